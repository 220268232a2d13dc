"""Server-side checks of a raw ``POST /v1/videos/generations`` body (API.md 1).

Deliberately independent of ``omnidesk.api.rules``: that module checks the
client's typed request, this one checks untrusted JSON as the real server
would (wrong types, the ``size`` alias, case-insensitive resolution, ...).
If the client's rules drift, the simulator still says no, and tests notice.
Only the contract's constants are shared, from ``omnidesk.api.spec``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from omnidesk.api.pricing import estimate_cost
from omnidesk.api.spec import (
    ASPECT_RATIOS,
    DEFAULT_ASPECT_RATIO,
    DEFAULT_DURATION,
    DEFAULT_RESOLUTION,
    DURATIONS,
    FRAME_IMAGE_COUNTS,
    GENERATION_TYPES,
    MAX_VIDEO_URLS,
    MODEL,
    REFERENCE_IMAGE_COUNTS,
    REFERENCE_VIDEO_DURATION,
    RESOLUTIONS,
    frame_size,
)
from omnidesk.simulator.replies import ApiFailure, invalid_request

# The most images any mode takes; more are "unverified" upstream and refused here.
MAX_IMAGE_URLS = max(REFERENCE_IMAGE_COUNTS)


@dataclass(frozen=True)
class GenerationParams:
    """A submission that passed every check, normalised.

    ``mode`` is what the server will do: ``text``, ``frame`` (the one image is
    the first frame), ``reference`` (images guide the look) or ``video`` (a
    motion reference video, optionally with images).
    """

    prompt: str
    duration: int | None
    resolution: str
    aspect_ratio: str
    generation_type: str | None
    image_urls: tuple[str, ...]
    video_urls: tuple[str, ...]

    @property
    def mode(self) -> str:
        if self.video_urls:
            return "video"
        if self.generation_type == "reference":
            return "reference"
        return "frame" if self.image_urls else "text"

    @property
    def seconds(self) -> int:
        """The length of the video this produces."""
        return REFERENCE_VIDEO_DURATION if self.duration is None else self.duration

    @property
    def size(self) -> tuple[int, int]:
        return frame_size(self.resolution, self.aspect_ratio)

    @property
    def cost(self) -> float:
        return estimate_cost(self.resolution, self.duration)


def parse_json_object(raw: bytes) -> dict[str, Any]:
    """The body as a JSON object, or a 400 ``invalid_request_error``."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise invalid_request(f"Invalid JSON body: {exc}") from exc
    if not isinstance(body, dict):
        raise invalid_request("Invalid request body: expected a JSON object")
    return body


def fingerprint(body: dict[str, Any]) -> str:
    """A canonical form of a body: equal for the same request however it was spelled."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def validate_generation(body: dict[str, Any]) -> GenerationParams:
    """Check a submission body against every rule of API.md section 1.

    Raises ApiFailure (400) naming the first broken rule with its error type.
    """
    _check_model(body)
    prompt = _check_prompt(body)
    resolution = _check_resolution(body)
    aspect_ratio = _check_aspect_ratio(body)
    generation_type = _check_generation_type(body)
    video_urls = _url_list(body, "video_urls")
    if len(video_urls) > MAX_VIDEO_URLS:
        raise invalid_request(
            f"video_urls takes at most {MAX_VIDEO_URLS} video, got {len(video_urls)}",
            "unsupported_video_count",
        )
    duration = _check_duration(body, has_video=bool(video_urls))
    image_urls = _url_list(body, "image_urls")
    _check_image_count(len(image_urls), generation_type)
    return GenerationParams(
        prompt=prompt,
        duration=duration,
        resolution=resolution,
        aspect_ratio=aspect_ratio,
        generation_type=generation_type,
        image_urls=image_urls,
        video_urls=video_urls,
    )


def _present(body: dict[str, Any], name: str) -> bool:
    # JSON null reads as "not sent", as most servers treat it.
    return body.get(name) is not None


def _check_model(body: dict[str, Any]) -> None:
    model = body.get("model")
    if model is None:
        raise invalid_request("model is required")
    if model != MODEL:
        raise invalid_request(f"model {model!r} is not supported by this endpoint; use {MODEL!r}")


def _check_prompt(body: dict[str, Any]) -> str:
    prompt = body.get("prompt")
    if prompt is None:
        raise invalid_request("prompt is required")
    if not isinstance(prompt, str):
        raise invalid_request("prompt must be a string")
    if not prompt.strip():
        raise invalid_request("prompt must not be empty")
    return prompt.strip()


def _check_resolution(body: dict[str, Any]) -> str:
    if not _present(body, "resolution"):
        return DEFAULT_RESOLUTION
    resolution = body["resolution"]
    if not isinstance(resolution, str) or resolution.strip().lower() not in RESOLUTIONS:
        raise invalid_request(
            f"resolution {resolution!r} is not supported; use one of {', '.join(RESOLUTIONS)}",
            "invalid_resolution",
        )
    return resolution.strip().lower()


def _check_aspect_ratio(body: dict[str, Any]) -> str:
    given: dict[str, str] = {}
    for name in ("aspect_ratio", "size"):
        if not _present(body, name):
            continue
        value = body[name]
        if not isinstance(value, str) or value.strip() not in ASPECT_RATIOS:
            raise invalid_request(f"{name} {value!r} is not supported; use one of {', '.join(ASPECT_RATIOS)}")
        given[name] = value.strip()
    if len(set(given.values())) > 1:
        raise invalid_request(
            f"size {given['size']!r} and aspect_ratio {given['aspect_ratio']!r} disagree; "
            "size is an alias of aspect_ratio, send one or make them equal"
        )
    return next(iter(given.values()), DEFAULT_ASPECT_RATIO)


def _check_generation_type(body: dict[str, Any]) -> str | None:
    if not _present(body, "generation_type"):
        return None
    value = body["generation_type"]
    if value not in GENERATION_TYPES:
        raise invalid_request(
            f"generation_type {value!r} is not supported; use one of {', '.join(GENERATION_TYPES)}"
        )
    return str(value)


def _check_duration(body: dict[str, Any], *, has_video: bool) -> int | None:
    if not _present(body, "duration"):
        return None if has_video else DEFAULT_DURATION
    if has_video:
        raise invalid_request(
            "duration and video_urls cannot be sent together: the reference video sets the length"
        )
    duration = body["duration"]
    # bool is an int in Python but never a duration in JSON.
    if not isinstance(duration, int) or isinstance(duration, bool) or duration not in DURATIONS:
        raise invalid_request(
            f"duration {duration!r} is not supported; use one of {', '.join(map(str, DURATIONS))} seconds",
            "invalid_duration",
        )
    return duration


def _is_http_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _url_list(body: dict[str, Any], name: str) -> tuple[str, ...]:
    if not _present(body, name):
        return ()
    value = body[name]
    if not isinstance(value, list):
        raise invalid_request(f"{name} must be an array of URLs")
    for item in value:
        if not isinstance(item, str) or not _is_http_url(item.strip()):
            raise invalid_request(f"{name} must hold public http(s) URLs; {item!r} is not one")
    return tuple(item.strip() for item in value)


def _check_image_count(count: int, generation_type: str | None) -> None:
    def refuse(reason: str) -> ApiFailure:
        return invalid_request(reason, "unsupported_image_count")

    if count > MAX_IMAGE_URLS:
        raise refuse(f"{count} images are not supported; send 0, 1 or 3")
    if count == 2:
        raise refuse("2 images are not supported (first + last frame is not available); send 1 or 3")
    if generation_type == "frame" and count not in FRAME_IMAGE_COUNTS:
        raise refuse(f"generation_type frame takes exactly 1 image, got {count}")
    if generation_type == "reference" and count not in REFERENCE_IMAGE_COUNTS:
        raise refuse(f"generation_type reference takes 1 or 3 images, got {count}")
    if count == 3 and generation_type != "reference":
        raise refuse("3 images are only supported with generation_type reference")
