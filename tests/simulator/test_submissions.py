"""POST /v1/videos/generations: every server-side rule, the exact error
envelopes, both reply shapes, auth, and the model schema."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnidesk.api import rules
from omnidesk.api.errors import ValidationError
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.pricing import estimate_cost
from omnidesk.api.spec import ASPECT_RATIOS, DURATIONS, RESOLUTIONS
from omnidesk.simulator.replies import ApiFailure
from omnidesk.simulator.validation import validate_generation
from tests.simulator.conftest import TIMEOUT, Api, assert_error, base_body

IMG = "https://cdn.example.com/a.png"
VIDEO = "https://cdn.example.com/motion.mp4"

REFUSED: list[tuple[str, dict[str, Any], str]] = [
    ("duration 5", base_body(duration=5), "invalid_duration"),
    ("duration 7", base_body(duration=7), "invalid_duration"),
    ("duration as string", base_body(duration="6"), "invalid_duration"),
    ("duration as float", base_body(duration=6.5), "invalid_duration"),
    ("duration as bool", base_body(duration=True), "invalid_duration"),
    ("resolution 8k", base_body(resolution="8k"), "invalid_resolution"),
    ("resolution 480p", base_body(resolution="480p"), "invalid_resolution"),
    ("resolution as number", base_body(resolution=720), "invalid_resolution"),
    ("2 images", base_body(image_urls=[IMG, IMG]), "unsupported_image_count"),
    (
        "2 images as reference",
        base_body(generation_type="reference", image_urls=[IMG, IMG]),
        "unsupported_image_count",
    ),
    ("frame with 0 images", base_body(generation_type="frame"), "unsupported_image_count"),
    (
        "frame with 3 images",
        base_body(generation_type="frame", image_urls=[IMG] * 3),
        "unsupported_image_count",
    ),
    ("reference with 0 images", base_body(generation_type="reference"), "unsupported_image_count"),
    ("3 images without reference", base_body(image_urls=[IMG] * 3), "unsupported_image_count"),
    ("4 images", base_body(generation_type="reference", image_urls=[IMG] * 4), "unsupported_image_count"),
    ("2 videos", base_body(duration=None, video_urls=[VIDEO, VIDEO]), "unsupported_video_count"),
    ("duration with video", base_body(duration=6, video_urls=[VIDEO]), "invalid_request_error"),
    ("wrong model", base_body(model="Omni-Flash"), "invalid_request_error"),
    ("model in lower case", base_body(model="omni-flash-ext"), "invalid_request_error"),
    ("no model", base_body(model=None), "invalid_request_error"),
    ("empty prompt", base_body(prompt=""), "invalid_request_error"),
    ("blank prompt", base_body(prompt="  \n\t "), "invalid_request_error"),
    ("no prompt", base_body(prompt=None), "invalid_request_error"),
    ("prompt not a string", base_body(prompt=["a", "b"]), "invalid_request_error"),
    (
        "unknown generation_type",
        base_body(generation_type="first_last", image_urls=[IMG]),
        "invalid_request_error",
    ),
    ("aspect ratio 4:3", base_body(aspect_ratio="4:3"), "invalid_request_error"),
    ("size disagrees", base_body(aspect_ratio="16:9", size="9:16"), "invalid_request_error"),
    ("size unknown", base_body(aspect_ratio=None, size="1:1"), "invalid_request_error"),
    ("image_urls not a list", base_body(generation_type="frame", image_urls=IMG), "invalid_request_error"),
    ("image url not a string", base_body(generation_type="frame", image_urls=[42]), "invalid_request_error"),
    (
        "ftp image url",
        base_body(generation_type="frame", image_urls=["ftp://x/a.png"]),
        "invalid_request_error",
    ),
    (
        "file image url",
        base_body(generation_type="frame", image_urls=["file:///etc/a.png"]),
        "invalid_request_error",
    ),
    (
        "relative image url",
        base_body(generation_type="frame", image_urls=["/a.png"]),
        "invalid_request_error",
    ),
    ("non-http video url", base_body(duration=None, video_urls=["rtsp://cam/1"]), "invalid_request_error"),
]

ACCEPTED: list[tuple[str, dict[str, Any]]] = [
    ("text, every field", base_body()),
    ("text, defaults only", {"model": "Omni-Flash-Ext", "prompt": "waves"}),
    ("resolution upper case", base_body(resolution="1080P")),
    ("resolution 4K", base_body(resolution="4K")),
    ("size alone", base_body(aspect_ratio=None, size="9:16")),
    ("size agreeing", base_body(aspect_ratio="9:16", size="9:16")),
    ("nulls read as absent", base_body(generation_type=None) | {"image_urls": None, "size": None}),
    ("first frame", base_body(generation_type="frame", image_urls=[IMG])),
    ("one image, no type", base_body(image_urls=[IMG])),
    ("reference 1", base_body(generation_type="reference", image_urls=[IMG])),
    ("reference 3", base_body(generation_type="reference", image_urls=[IMG] * 3)),
    ("video alone", base_body(duration=None, video_urls=[VIDEO])),
    ("video + 1 image", base_body(duration=None, video_urls=[VIDEO], image_urls=[IMG])),
    (
        "video + 3 refs",
        base_body(duration=None, video_urls=[VIDEO], generation_type="reference", image_urls=[IMG] * 3),
    ),
    ("empty lists", base_body(image_urls=[], video_urls=[])),
    ("unknown extra field", base_body(seed=5)),
]


@pytest.mark.parametrize(
    ("body", "error_type"), [(b, t) for _, b, t in REFUSED], ids=[n for n, _, _ in REFUSED]
)
def test_refused_bodies_get_the_documented_error(api: Api, body: dict[str, Any], error_type: str) -> None:
    assert_error(api.submit(body), 400, error_type)
    assert api.sim.state.tasks == {}


@pytest.mark.parametrize("body", [b for _, b in ACCEPTED], ids=[n for n, _ in ACCEPTED])
def test_accepted_bodies_create_a_task(api: Api, body: dict[str, Any]) -> None:
    task_id = api.submit_ok(body)
    assert task_id in api.sim.state.tasks


@pytest.mark.parametrize(
    "raw",
    [b"{not json", b"", b"[1, 2]", b'"text"', b"\xff\xfe"],
    ids=["broken", "empty", "array", "string", "binary"],
)
def test_bodies_that_are_not_a_json_object(api: Api, raw: bytes) -> None:
    response = api.post("/v1/videos/generations", data=raw, headers={"Content-Type": "application/json"})
    assert_error(response, 400, "invalid_request_error")


def test_the_array_reply_without_the_version_header(api: Api) -> None:
    response = api.submit()
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == 200
    [entry] = body["data"]
    assert entry["status"] == "submitted"
    task_id = entry["task_id"]
    assert task_id.startswith("task_") and len(task_id) == 31
    assert task_id[5:].isupper() and task_id[5:].isalnum()


def test_the_object_reply_with_the_version_header_uses_200_and_202(api: Api) -> None:
    statuses = set()
    for _ in range(12):
        response = api.submit(headers={"X-APIMart-Response-Version": "2026-07-27"})
        body = response.json()
        assert response.status_code in (200, 202)
        assert body["code"] == response.status_code
        assert set(body["data"]) == {"id", "object", "status", "progress"}
        assert body["data"]["object"] == "generation.task"
        assert body["data"]["status"] == "pending" and body["data"]["progress"] == 0
        assert body["data"]["id"] in api.sim.state.tasks
        statuses.add(response.status_code)
    assert statuses == {200, 202}  # seeded: the same two every run


def test_an_older_version_header_gets_the_array_reply(api: Api) -> None:
    body = api.submit(headers={"X-APIMart-Response-Version": "2025-01-01"}).json()
    assert isinstance(body["data"], list)


@pytest.mark.parametrize(
    "authorization", [None, "", "Bearer", "Bearer   ", "Basic dXNlcjpwYXNz", "sk-test-key"], ids=repr
)
def test_a_request_without_a_bearer_key_is_refused(api: Api, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = requests.post(
        api.url + "/v1/videos/generations", json=base_body(), headers=headers, timeout=TIMEOUT
    )
    assert_error(response, 401, "authentication_error")
    assert api.sim.state.tasks == {}


def test_a_key_list_admits_only_its_keys(make_simulator: Any) -> None:
    sim = make_simulator(api_keys=frozenset({"good-key"}))
    assert Api(sim, "good-key").get("/v1/balance").status_code == 200
    assert_error(Api(sim, "other-key").get("/v1/balance"), 401, "authentication_error")
    assert_error(Api(sim, "other-key").task("task_01KS1H7ZYSJWH1N779S2FSHTKA"), 401, "authentication_error")


def test_the_authorization_header_is_never_logged(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    api.key = "sk-secret-do-not-log-7731"
    api.submit_ok()
    api.get("/v1/balance")
    assert "sk-secret-do-not-log-7731" not in caplog.text


def test_unknown_routes_and_methods_answer_with_the_envelope(api: Api) -> None:
    assert_error(api.get("/v1/videos/unknown"), 404, "not_found_error")
    response = api.get("/v1/videos/generations")
    assert_error(response, 405, "invalid_request_error")
    assert "POST" in response.headers["Allow"]


def test_a_trailing_slash_is_served_not_redirected(api: Api) -> None:
    response = api.get("/v1/balance/", allow_redirects=False)
    assert response.status_code == 200


# --- model schema ---------------------------------------------------------------------------------


def test_the_model_schema_describes_the_body(api: Api) -> None:
    response = api.get(
        "/v1/model-schema", params={"model": "Omni-Flash-Ext", "operation": "video_generation"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["model"] == "Omni-Flash-Ext" and body["operation"] == "video_generation"
    schema = body["input_schema"]
    assert schema["type"] == "object"
    assert set(schema["required"]) == {"model", "prompt"}
    properties = schema["properties"]
    assert {"model", "prompt", "duration", "resolution", "aspect_ratio", "size", "generation_type"} <= set(
        properties
    )
    assert {"image_urls", "video_urls"} <= set(properties)
    assert properties["duration"]["enum"] == list(DURATIONS)
    assert properties["resolution"]["enum"] == list(RESOLUTIONS)
    assert properties["aspect_ratio"]["enum"] == list(ASPECT_RATIOS)
    assert properties["video_urls"]["maxItems"] == 1


@pytest.mark.parametrize(
    "params",
    [
        {"model": "Sora-2", "operation": "video_generation"},
        {"operation": "video_generation"},
        {"model": "Omni-Flash-Ext", "operation": "image_generation"},
    ],
    ids=["unknown model", "no model", "unknown operation"],
)
def test_the_model_schema_refuses_what_it_does_not_know(api: Api, params: dict[str, str]) -> None:
    assert_error(api.get("/v1/model-schema", params=params), 400, "invalid_request_error")


def test_the_model_schema_needs_a_key(api: Api) -> None:
    api.key = None
    assert_error(api.get("/v1/model-schema", params={"model": "Omni-Flash-Ext"}), 401, "authentication_error")


# --- the server agrees with the client's rules -------------------------------------------------

_requests = st.builds(
    GenerationRequest,
    prompt=st.text(min_size=0, max_size=30),
    mode=st.sampled_from(list(Mode)),
    duration=st.one_of(st.none(), st.sampled_from([*DURATIONS, 0, 5, 12])),
    resolution=st.sampled_from([*RESOLUTIONS, "1080P", "4K", "8k"]),
    aspect_ratio=st.sampled_from([*ASPECT_RATIOS, "1:1"]),
    image_urls=st.lists(st.sampled_from([IMG, "https://x.test/b.jpg"]), max_size=4).map(tuple),
    video_urls=st.lists(st.just(VIDEO), max_size=2).map(tuple),
    generation_type=st.sampled_from([None, "frame", "reference"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_requests)
def test_every_body_the_client_builds_is_accepted_and_priced_alike(request: GenerationRequest) -> None:
    try:
        body = rules.build_body(request)
    except ValidationError:
        return
    params = validate_generation(body)
    assert params.cost == estimate_cost(request.resolution, body.get("duration"))


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "model",
                "prompt",
                "duration",
                "resolution",
                "aspect_ratio",
                "size",
                "generation_type",
                "image_urls",
                "video_urls",
            ]
        ),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-2, 12),
            st.text(max_size=8),
            st.sampled_from(["Omni-Flash-Ext", "720p", "4K", "9:16", "frame", "reference"]),
            st.lists(st.sampled_from([IMG, "nope", 3]), max_size=4),
        ),
    )
)
def test_any_json_object_is_accepted_or_refused_with_a_400(body: dict[str, Any]) -> None:
    try:
        validate_generation(body)
    except ApiFailure as failure:
        assert failure.status == 400
        assert failure.error_type in {
            "invalid_request_error",
            "invalid_duration",
            "invalid_resolution",
            "unsupported_image_count",
            "unsupported_video_count",
        }
