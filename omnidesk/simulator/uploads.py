"""Checks on uploaded images: format from content (never the name), safe file names."""

from __future__ import annotations

from werkzeug.utils import secure_filename

_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/gif": ".gif"}


def sniff_image_type(data: bytes) -> str | None:
    """The MIME type of a JPEG, PNG, WebP or GIF file from its magic bytes, else None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return None


def safe_filename(original: str | None, content_type: str) -> str:
    """A file name safe in a URL and on disk; made up from the type when none is usable."""
    name = secure_filename(original or "")
    return name or "image" + _EXTENSIONS[content_type]
