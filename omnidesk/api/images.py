"""Checks a local image before it is uploaded (API.md section 3).

The server detects the format from the content, not the name, and takes JPEG,
PNG, WebP or GIF of at most 20 MB. We check the same way first, so a wrong
file is refused in plain words before anything is sent. Only the first bytes
are read: a huge file is refused by its size alone.
"""

from __future__ import annotations

import stat
from pathlib import Path

from omnidesk.api.errors import InvalidUploadError
from omnidesk.api.spec import UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES

# Enough bytes for every signature below (WebP needs 12).
SNIFF_BYTES = 16


def sniff_image_type(head: bytes) -> str | None:
    """The content type of an image from its first bytes, or None if not JPEG/PNG/WebP/GIF."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_image_file(path: Path | str) -> tuple[str, int]:
    """The content type and size of an image OmniDesk may upload.

    Raises InvalidUploadError naming the file and the reason: missing, not a
    file, unreadable, empty, larger than 20 MB, or not a JPEG/PNG/WebP/GIF.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InvalidUploadError(f"{name}: the file does not exist.") from None
    except OSError as exc:
        raise InvalidUploadError(f"{name}: the file cannot be read ({exc.strerror or 'error'}).") from None
    if not stat.S_ISREG(info.st_mode):
        raise InvalidUploadError(f"{name}: this is not a file.")
    size = info.st_size
    if size == 0:
        raise InvalidUploadError(f"{name}: the file is empty.")
    if size > UPLOAD_MAX_BYTES:
        raise InvalidUploadError(
            f"{name}: the file is {_megabytes(size)}; images may be at most {_megabytes(UPLOAD_MAX_BYTES)}."
        )
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        raise InvalidUploadError(f"{name}: the file cannot be read ({exc.strerror or 'error'}).") from None
    content_type = sniff_image_type(head)
    if content_type is None or content_type not in UPLOAD_CONTENT_TYPES:
        raise InvalidUploadError(
            f"{name}: this is not a JPEG, PNG, WebP or GIF image (checked by its content, not its name)."
        )
    return content_type, size


__all__ = ["SNIFF_BYTES", "check_image_file", "sniff_image_type"]
