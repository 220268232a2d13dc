"""The model schema the simulator serves at ``GET /v1/model-schema`` (API.md 2b).

Built from ``omnidesk.api.spec`` so it always describes what the simulator's
validation accepts.
"""

from __future__ import annotations

from typing import Any

from omnidesk.api.spec import (
    ASPECT_RATIOS,
    DEFAULT_ASPECT_RATIO,
    DEFAULT_DURATION,
    DEFAULT_RESOLUTION,
    DURATIONS,
    GENERATION_TYPES,
    MAX_VIDEO_URLS,
    MODEL,
    RESOLUTIONS,
)

OPERATION = "video_generation"


def input_schema() -> dict[str, Any]:
    """A JSON Schema (2020-12) of the submission body's fields."""
    url_item = {"type": "string", "format": "uri", "pattern": "^https?://"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["model", "prompt"],
        "properties": {
            "model": {"type": "string", "const": MODEL},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "Scene, subject, action, environment, camera movement, style, audio cues.",
            },
            "duration": {
                "type": "integer",
                "enum": list(DURATIONS),
                "default": DEFAULT_DURATION,
                "description": "Seconds. Must not be sent together with video_urls.",
            },
            "resolution": {
                "type": "string",
                "enum": list(RESOLUTIONS),
                "default": DEFAULT_RESOLUTION,
                "description": "Case-insensitive.",
            },
            "aspect_ratio": {"type": "string", "enum": list(ASPECT_RATIOS), "default": DEFAULT_ASPECT_RATIO},
            "size": {
                "type": "string",
                "enum": list(ASPECT_RATIOS),
                "description": "Compatibility alias of aspect_ratio; must agree with it when both are sent.",
            },
            "generation_type": {
                "type": "string",
                "enum": list(GENERATION_TYPES),
                "description": "frame: exactly 1 image, the first frame. reference: 1 or 3 reference images.",
            },
            "image_urls": {
                "type": "array",
                "items": url_item,
                "maxItems": 3,
                "description": "0, 1 or 3 public image URLs (3 only with generation_type reference).",
            },
            "video_urls": {
                "type": "array",
                "items": url_item,
                "maxItems": MAX_VIDEO_URLS,
                "description": "At most one public motion-reference video URL; excludes duration.",
            },
        },
        "additionalProperties": True,
    }


def model_schema(model: str, operation: str) -> dict[str, Any] | None:
    """The reply for this model and operation, or None when the simulator has none."""
    if model != MODEL or operation != OPERATION:
        return None
    return {"model": MODEL, "operation": OPERATION, "input_schema": input_schema()}
