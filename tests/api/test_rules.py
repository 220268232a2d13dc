"""The request rules of API.md section 1, checked against an independent oracle.

``expected_outcome`` restates the API's mode table in the simplest way; every
combination of mode, image count, video count, generation_type and duration
must agree with rules.validate/build_body: valid ones give exactly the JSON
body API.md wants (no ``duration`` with a reference video, generation_type
per mode), invalid ones raise ValidationError naming an offending field.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnidesk.api.errors import ValidationError
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.rules import build_body, validate
from omnidesk.api.spec import DURATIONS, MODEL

IMAGE_URLS = tuple(f"https://img.example/{n}.png" for n in range(5))
VIDEO_URLS = tuple(f"https://vid.example/{n}.mp4" for n in range(3))

MODES = list(Mode)
IMAGE_COUNTS = range(5)
VIDEO_COUNTS = range(3)
GENERATION_TYPES = [None, "frame", "reference", "first_last"]
DURATION_VALUES = [None, 4, 5, 6, 8, 10, 12]


def expected_outcome(
    mode: Mode, images: int, videos: int, gtype: str | None, duration: int | None
) -> dict[str, Any] | set[str]:
    """The body API.md wants, or the set of fields that break a rule."""
    broken: set[str] = set()
    if mode is Mode.VIDEO:
        if videos != 1:
            broken.add("video_urls")
        if images not in (0, 1, 3):
            broken.add("image_urls")
        if gtype is not None:
            if gtype not in ("frame", "reference") or images == 0:
                broken.add("generation_type")
            elif gtype == "frame" and images != 1:
                broken |= {"image_urls", "generation_type"}
    else:
        if duration not in DURATIONS:
            broken.add("duration")
        if videos:
            broken.add("video_urls")
        allowed = {Mode.TEXT: (0,), Mode.FRAME: (1,), Mode.REFERENCE: (1, 3)}[mode]
        if images not in allowed:
            broken.add("image_urls")
        derived = {Mode.TEXT: None, Mode.FRAME: "frame", Mode.REFERENCE: "reference"}[mode]
        if gtype not in (None, derived):
            broken.add("generation_type")
    if broken:
        return broken

    body: dict[str, Any] = {
        "model": MODEL,
        "prompt": "a red fox",
        "resolution": "720p",
        "aspect_ratio": "16:9",
    }
    if mode is not Mode.VIDEO:
        body["duration"] = duration
    sent_type = {Mode.TEXT: None, Mode.FRAME: "frame", Mode.REFERENCE: "reference"}.get(mode)
    if mode is Mode.VIDEO:
        sent_type = gtype if gtype is not None else ("reference" if images == 3 else None)
    if sent_type is not None:
        body["generation_type"] = sent_type
    if images:
        body["image_urls"] = list(IMAGE_URLS[:images])
    if videos:
        body["video_urls"] = list(VIDEO_URLS[:videos])
    return body


COMBINATIONS = list(itertools.product(MODES, IMAGE_COUNTS, VIDEO_COUNTS, GENERATION_TYPES, DURATION_VALUES))


def test_every_combination_matches_the_api_table() -> None:
    valid = 0
    for mode, images, videos, gtype, duration in COMBINATIONS:
        request = GenerationRequest(
            prompt="  a red fox  ",
            mode=mode,
            duration=duration,
            image_urls=IMAGE_URLS[:images],
            video_urls=VIDEO_URLS[:videos],
            generation_type=gtype,
        )
        expected = expected_outcome(mode, images, videos, gtype, duration)
        label = f"{mode.value} images={images} videos={videos} type={gtype} duration={duration}"
        if isinstance(expected, dict):
            valid += 1
            assert build_body(request) == expected, label
        else:
            with pytest.raises(ValidationError) as caught:
                build_body(request)
            assert caught.value.field in expected, f"{label}: named {caught.value.field}, broken {expected}"
            assert caught.value.field in caught.value.message
    # Sanity: the table has valid cells in every mode.
    assert valid > 0


@pytest.mark.parametrize(
    ("mode", "images", "body_type"),
    [
        (Mode.TEXT, 0, None),
        (Mode.FRAME, 1, "frame"),
        (Mode.REFERENCE, 1, "reference"),
        (Mode.REFERENCE, 3, "reference"),
    ],
)
def test_the_four_modes_send_what_the_table_says(mode: Mode, images: int, body_type: str | None) -> None:
    body = build_body(GenerationRequest("p", mode=mode, duration=8, image_urls=IMAGE_URLS[:images]))
    assert body.get("generation_type") == body_type
    assert body["duration"] == 8
    assert "video_urls" not in body


def test_reference_video_never_sends_duration() -> None:
    for duration in (None, 4, 6, 7):
        body = build_body(
            GenerationRequest("p", mode=Mode.VIDEO, duration=duration, video_urls=VIDEO_URLS[:1])
        )
        assert "duration" not in body
        assert body["video_urls"] == [VIDEO_URLS[0]]


@pytest.mark.parametrize(
    ("request_kwargs", "field", "rule"),
    [
        ({"duration": 5}, "duration", "invalid_duration"),
        ({"resolution": "480p"}, "resolution", "invalid_resolution"),
        ({"mode": Mode.REFERENCE, "image_urls": IMAGE_URLS[:2]}, "image_urls", "unsupported_image_count"),
        ({"mode": Mode.FRAME, "image_urls": IMAGE_URLS[:2]}, "image_urls", "unsupported_image_count"),
        ({"mode": Mode.VIDEO, "video_urls": VIDEO_URLS[:2]}, "video_urls", "unsupported_video_count"),
        ({"video_urls": VIDEO_URLS[:1]}, "video_urls", "unsupported_video_count"),
    ],
)
def test_rule_names_match_the_api_error_types(request_kwargs: dict[str, Any], field: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate(GenerationRequest("p", **request_kwargs))
    assert caught.value.field == field
    assert caught.value.rule == rule
    assert "nothing was sent" in caught.value.hint


@pytest.mark.parametrize("prompt", ["", "   ", "\n\t"])
def test_empty_prompt(prompt: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build_body(GenerationRequest(prompt))
    assert caught.value.field == "prompt"


@pytest.mark.parametrize("resolution", ["720p", "1080P", "4K", "4k"])
def test_resolution_is_case_insensitive_and_sent_lower(resolution: str) -> None:
    assert build_body(GenerationRequest("p", resolution=resolution))["resolution"] == resolution.lower()


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_aspect_ratios(aspect: str) -> None:
    assert build_body(GenerationRequest("p", aspect_ratio=aspect))["aspect_ratio"] == aspect


@pytest.mark.parametrize("aspect", ["1:1", "4:3", "16x9", ""])
def test_other_aspect_ratios_are_refused(aspect: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build_body(GenerationRequest("p", aspect_ratio=aspect))
    assert caught.value.field == "aspect_ratio"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://x/a.png",
        "file:///etc/passwd",
        "/local/a.png",
        "C:\\a.png",
        "https://",
        "data:image/png;base64,AA",
    ],
)
def test_only_public_http_urls(url: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build_body(GenerationRequest("p", mode=Mode.FRAME, image_urls=(url,)))
    assert caught.value.field == "image_urls"
    with pytest.raises(ValidationError) as caught:
        build_body(GenerationRequest("p", mode=Mode.VIDEO, video_urls=(url,)))
    assert caught.value.field == "video_urls"


@given(
    prompt=st.text(min_size=1, max_size=200).filter(lambda s: s.strip()),
    mode=st.sampled_from(list(Mode)),
    duration=st.sampled_from(DURATIONS),
    resolution=st.sampled_from(["720p", "1080p", "4k", "4K", "1080P"]),
    aspect=st.sampled_from(["16:9", "9:16"]),
)
def test_valid_requests_always_build_a_body(
    prompt: str, mode: Mode, duration: int, resolution: str, aspect: str
) -> None:
    images = {Mode.TEXT: 0, Mode.FRAME: 1, Mode.REFERENCE: 3, Mode.VIDEO: 1}[mode]
    request = GenerationRequest(
        prompt,
        mode=mode,
        duration=duration,
        resolution=resolution,
        aspect_ratio=aspect,
        image_urls=IMAGE_URLS[:images],
        video_urls=VIDEO_URLS[:1] if mode is Mode.VIDEO else (),
    )
    body = build_body(request)
    assert body["model"] == MODEL
    assert body["prompt"] == prompt.strip()
    assert body["resolution"] in ("720p", "1080p", "4k")
    assert ("duration" in body) is (mode is not Mode.VIDEO)
