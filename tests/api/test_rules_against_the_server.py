"""The client's request rules against the server's, over the whole space of requests.

Hypothesis draws requests of every shape, valid and not (any mode, durations in and out of
the list or absent, resolutions and aspects in any case or made up, 0-4 images, 0-2 videos,
any generation_type, empty prompts). Two properties, with the simulator's independent
server-side checks (omnidesk/simulator/validation.py) standing for APIMart:

- whatever the client builds and would send, the server accepts (no request is refused
  after being paid for in time and trust);
- whatever the server would refuse, the client refuses first, before anything is sent.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from omnidesk.api.errors import ValidationError
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.rules import build_body, generation_type_for
from omnidesk.api.spec import MODEL
from omnidesk.simulator.replies import ApiFailure
from omnidesk.simulator.validation import validate_generation

IMAGES = tuple(f"https://img.example.com/{n}.png" for n in range(4))
VIDEOS = ("https://vid.example.com/a.mp4", "https://vid.example.com/b.mp4")

requests_of_every_shape = st.builds(
    GenerationRequest,
    prompt=st.sampled_from(["a red fox in snow", "  spaced  ", "", "   ", "雪の中の狐"]),
    mode=st.sampled_from(list(Mode)),
    duration=st.sampled_from([None, 0, 4, 5, 6, 8, 10, 12]),
    resolution=st.sampled_from(["720p", "1080p", "4k", "4K", "1080P", "480p", "8k", ""]),
    aspect_ratio=st.sampled_from(["16:9", "9:16", "1:1", "4:3", ""]),
    image_urls=st.integers(0, 4).map(lambda n: IMAGES[:n]),
    video_urls=st.integers(0, 2).map(lambda n: VIDEOS[:n]),
    generation_type=st.sampled_from([None, "frame", "reference", "keyframes"]),
)


def naive_body(request: GenerationRequest) -> dict[str, Any]:
    """The body a client without rules would send for this request."""
    body: dict[str, Any] = {
        "model": MODEL,
        "prompt": request.prompt,
        "resolution": request.resolution,
        "aspect_ratio": request.aspect_ratio,
    }
    if request.duration is not None and not request.video_urls:
        body["duration"] = request.duration
    gtype = request.generation_type or generation_type_for(request)
    if gtype is not None:
        body["generation_type"] = gtype
    if request.image_urls:
        body["image_urls"] = list(request.image_urls)
    if request.video_urls:
        body["video_urls"] = list(request.video_urls)
    return body


def server_accepts(body: dict[str, Any]) -> bool:
    try:
        validate_generation(body)
    except ApiFailure:
        return False
    return True


@settings(max_examples=600, deadline=None)
@given(request=requests_of_every_shape)
def test_what_the_client_sends_the_server_accepts(request: GenerationRequest) -> None:
    try:
        body = build_body(request)
    except ValidationError:
        return
    assert server_accepts(body), body


@settings(max_examples=600, deadline=None)
@given(request=requests_of_every_shape)
def test_what_the_server_refuses_the_client_refuses_first(request: GenerationRequest) -> None:
    if server_accepts(naive_body(request)):
        return
    try:
        body = build_body(request)
    except ValidationError as refused:
        assert refused.field and str(refused)
        return
    raise AssertionError(f"the client would send {body}, which the server refuses")
