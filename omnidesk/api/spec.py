"""The fixed facts of the Omni-Flash-Ext contract (API.md), named once.

Both the client's request rules and the simulator's server-side checks read
these, so the two can never drift apart on what the model accepts.
"""

from __future__ import annotations

MODEL = "Omni-Flash-Ext"
DEFAULT_BASE_URL = "https://api.apimart.ai"

DURATIONS: tuple[int, ...] = (4, 6, 8, 10)
DEFAULT_DURATION = 6
# A reference video decides the length itself; the simulator renders this long.
REFERENCE_VIDEO_DURATION = 6

RESOLUTIONS: tuple[str, ...] = ("720p", "1080p", "4k")
DEFAULT_RESOLUTION = "720p"

ASPECT_RATIOS: tuple[str, ...] = ("16:9", "9:16")
DEFAULT_ASPECT_RATIO = "16:9"

GENERATION_TYPES: tuple[str, ...] = ("frame", "reference")
FRAME_IMAGE_COUNTS: tuple[int, ...] = (1,)
REFERENCE_IMAGE_COUNTS: tuple[int, ...] = (1, 3)
MAX_VIDEO_URLS = 1

# Width x height of a landscape frame; portrait swaps them.
LANDSCAPE_SIZES: dict[str, tuple[int, int]] = {
    "720p": (1280, 720),
    "1080p": (1920, 1080),
    "4k": (3840, 2160),
}

UPLOAD_MAX_BYTES = 20 * 1024 * 1024
UPLOAD_TTL_SECONDS = 72 * 3600
UPLOAD_CONTENT_TYPES: tuple[str, ...] = ("image/jpeg", "image/png", "image/webp", "image/gif")

# The header with which APIMart's own tooling asks for the object-shaped reply.
RESPONSE_VERSION_HEADER = "X-APIMart-Response-Version"
RESPONSE_VERSION = "2026-07-27"

LANGUAGES: tuple[str, ...] = ("en", "zh", "ko", "ja")


def frame_size(resolution: str, aspect_ratio: str) -> tuple[int, int]:
    """Pixel width and height of a video of this resolution and aspect."""
    width, height = LANDSCAPE_SIZES[resolution.lower()]
    return (height, width) if aspect_ratio == "9:16" else (width, height)
