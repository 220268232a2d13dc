"""Every request rule of API.md section 1, in one place.

``build_body`` is the only way a GenerationRequest becomes JSON: it validates
first, so an invalid request raises ValidationError (naming the field and the
rule) and is never sent.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from omnidesk.api.errors import ValidationError
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.spec import (
    ASPECT_RATIOS,
    DURATIONS,
    FRAME_IMAGE_COUNTS,
    GENERATION_TYPES,
    MAX_VIDEO_URLS,
    MODEL,
    REFERENCE_IMAGE_COUNTS,
    RESOLUTIONS,
)


def is_public_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def generation_type_for(request: GenerationRequest) -> str | None:
    """The generation_type the API wants for this request's mode."""
    if request.mode is Mode.FRAME:
        return "frame"
    if request.mode is Mode.REFERENCE:
        return "reference"
    if request.mode is Mode.VIDEO:
        if request.generation_type is None and len(request.image_urls) == 3:
            # Three images are only accepted as references.
            return "reference"
        return request.generation_type if request.image_urls else None
    return None


def validate(request: GenerationRequest) -> None:
    """Raise ValidationError for the first rule the request breaks."""
    if not isinstance(request.prompt, str) or not request.prompt.strip():
        raise ValidationError("prompt", "must not be empty")

    if request.resolution.lower() not in RESOLUTIONS:
        raise ValidationError(
            "resolution",
            f"{request.resolution!r} is not one of {', '.join(RESOLUTIONS)}",
            rule="invalid_resolution",
        )
    if request.aspect_ratio not in ASPECT_RATIOS:
        raise ValidationError(
            "aspect_ratio", f"{request.aspect_ratio!r} is not one of {', '.join(ASPECT_RATIOS)}"
        )

    images = request.image_urls
    videos = request.video_urls
    for url in images:
        if not is_public_http_url(url):
            raise ValidationError("image_urls", f"{url!r} is not a public http(s) URL")
    for url in videos:
        if not is_public_http_url(url):
            raise ValidationError("video_urls", f"{url!r} is not a public http(s) URL")

    if request.mode is Mode.VIDEO:
        if len(videos) != MAX_VIDEO_URLS:
            raise ValidationError(
                "video_urls",
                f"reference video mode takes exactly one video URL, got {len(videos)}",
                rule="unsupported_video_count",
            )
    else:
        if request.duration not in DURATIONS:
            raise ValidationError(
                "duration",
                f"{request.duration!r} is not one of {', '.join(map(str, DURATIONS))} seconds",
                rule="invalid_duration",
            )
        if videos:
            raise ValidationError(
                "video_urls",
                f"a reference video is only used in {Mode.VIDEO.label} mode",
                rule="unsupported_video_count",
            )

    if request.mode is Mode.TEXT and images:
        raise ValidationError(
            "image_urls",
            "text to video takes no images (use first frame or reference mode)",
            rule="unsupported_image_count",
        )
    if request.mode is Mode.FRAME and len(images) not in FRAME_IMAGE_COUNTS:
        raise ValidationError(
            "image_urls",
            f"first frame mode takes exactly 1 image, got {len(images)}",
            rule="unsupported_image_count",
        )
    if request.mode is Mode.REFERENCE and len(images) not in REFERENCE_IMAGE_COUNTS:
        raise ValidationError(
            "image_urls",
            f"reference mode takes 1 or 3 images, got {len(images)}",
            rule="unsupported_image_count",
        )
    if request.mode is Mode.VIDEO:
        if len(images) not in (0, *REFERENCE_IMAGE_COUNTS):
            raise ValidationError(
                "image_urls",
                f"reference video mode takes 0, 1 or 3 images, got {len(images)}",
                rule="unsupported_image_count",
            )
        gtype = request.generation_type
        if gtype is not None and gtype not in GENERATION_TYPES:
            raise ValidationError("generation_type", f"{gtype!r} is not one of frame, reference")
        if gtype is not None and not images:
            raise ValidationError("generation_type", "only applies when images are given")
        if gtype == "frame" and len(images) not in FRAME_IMAGE_COUNTS:
            raise ValidationError(
                "image_urls",
                f"generation_type frame takes exactly 1 image, got {len(images)}",
                rule="unsupported_image_count",
            )
    elif request.generation_type not in (None, generation_type_for(request)):
        raise ValidationError(
            "generation_type",
            f"{request.generation_type!r} does not match {request.mode.label} mode",
        )


def build_body(request: GenerationRequest) -> dict[str, Any]:
    """The exact JSON body for POST /v1/videos/generations (validates first)."""
    validate(request)
    body: dict[str, Any] = {
        "model": MODEL,
        "prompt": request.prompt.strip(),
        "resolution": request.resolution.lower(),
        "aspect_ratio": request.aspect_ratio,
    }
    if request.mode is not Mode.VIDEO:
        body["duration"] = request.duration
    gtype = generation_type_for(request)
    if gtype is not None:
        body["generation_type"] = gtype
    if request.image_urls:
        body["image_urls"] = list(request.image_urls)
    if request.video_urls:
        body["video_urls"] = list(request.video_urls)
    return body
