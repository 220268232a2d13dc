"""Local file names for results: made by OmniDesk, never taken from a server.

Readable and unique: the date and time, a slug of the prompt, a short task id.
Only ASCII letters, digits and dashes, so no response can steer a file
outside its folder.
"""

from __future__ import annotations

import re
import time
import unicodedata

_SLUG_MAX = 40


def slugify(text: str, limit: int = _SLUG_MAX) -> str:
    """Lower-case ASCII words joined by dashes, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or (words[0][:limit] if words else "")


def short_task_id(task_id: str) -> str:
    """The last 8 safe characters of a task id (ids are opaque: keep only [A-Za-z0-9])."""
    safe = re.sub(r"[^A-Za-z0-9]", "", task_id)
    return safe[-8:].lower() or "task"


def video_file_name(prompt: str, task_id: str, index: int | None = None, when: float | None = None) -> str:
    """``20261125-101500_a-red-fox-in-snow_k9f3a2b1.mp4`` (``-2`` etc. for extra videos)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    parts = [stamp, slugify(prompt), short_task_id(task_id)]
    stem = "_".join(part for part in parts if part)
    if index:
        stem += f"-{index + 1}"
    return f"{stem}.mp4"
