"""Tolerant parsing of real replies: every shape API.md section 5b lists."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omnidesk.api.errors import (
    ApiError,
    AuthenticationError,
    InvalidRequestError,
    OmniDeskError,
    PaymentRequiredError,
    ServerError,
    TaskNotFoundError,
)
from omnidesk.api.models import TaskStatus
from omnidesk.api.parse import (
    NO_REASON,
    load_json,
    parse_balance,
    parse_model_schema,
    parse_submit,
    parse_task,
    parse_upload,
    status_from_word,
)
from omnidesk.api.spec import UPLOAD_TTL_SECONDS

NOW = 1_800_000_000.0

DOCUMENTED_TASK = {
    "code": 200,
    "data": {
        "id": "task_01KS1H7ZYSJWH1N779S2FSHTKA",
        "status": "completed",
        "progress": 100,
        "created": 1779246294,
        "completed": 1779246534,
        "actual_time": 240,
        "estimated_time": 600,
        "cost": 0.4,
        "credits_cost": 4,
        "result": {"videos": [{"url": ["https://cdn.example/abc.mp4"], "expires_at": 1779332760}]},
    },
}


# --- submit ---------------------------------------------------------------------


def test_submit_documented_array() -> None:
    body = b'{"code": 200, "data": [{"status": "submitted", "task_id": "task_01KS1H7ZYSJWH1N779S2FSHTKA"}]}'
    result = parse_submit(body, {})
    assert result.task_id == "task_01KS1H7ZYSJWH1N779S2FSHTKA"
    assert result.status is TaskStatus.PENDING
    assert result.raw_status == "submitted"
    assert not result.replayed


def test_submit_versioned_object_with_id() -> None:
    body = {
        "code": 202,
        "data": {"id": "task_X", "object": "generation.task", "status": "pending", "progress": 0},
    }
    result = parse_submit(body, None)
    assert result.task_id == "task_X"
    assert result.status is TaskStatus.PENDING


@pytest.mark.parametrize("value", ["true", "True", " TRUE "])
def test_submit_replayed_header_any_case(value: str) -> None:
    result = parse_submit({"data": [{"task_id": "t1"}]}, {"idempotency-replayed": value})
    assert result.replayed


def test_submit_replayed_header_false() -> None:
    assert not parse_submit({"data": [{"task_id": "t1"}]}, {"Idempotency-Replayed": "false"}).replayed


def test_submit_numeric_task_id_is_kept_as_text() -> None:
    assert parse_submit({"data": {"id": 12345}}, {}).task_id == "12345"


@pytest.mark.parametrize(
    "body",
    [
        {"code": 200, "data": []},
        {"code": 200, "data": [{"status": "submitted"}]},
        {"code": 200, "data": {"task_id": ""}},
        {"code": 200},
        [],
        "just a string",
    ],
)
def test_submit_without_task_id_is_never_a_success(body: Any) -> None:
    with pytest.raises(ServerError):
        parse_submit(json.dumps(body), {})


def test_submit_failure_inside_http_200() -> None:
    with pytest.raises(PaymentRequiredError) as caught:
        parse_submit({"code": 402, "error": {"message": "余额不足", "type": "payment_required"}}, {})
    assert caught.value.message == "余额不足"


def test_submit_success_false() -> None:
    with pytest.raises(ApiError):
        parse_submit(
            {"success": False, "code": 400, "message": "prompt is empty", "data": [{"task_id": "t"}]}, {}
        )


# --- tasks ----------------------------------------------------------------------


def test_task_documented_completed() -> None:
    task = parse_task(DOCUMENTED_TASK)
    assert task.id == "task_01KS1H7ZYSJWH1N779S2FSHTKA"
    assert task.status is TaskStatus.COMPLETED and task.status.is_terminal
    assert task.progress == 100
    assert task.cost == 0.4 and task.credits_cost == 4
    assert task.created == 1779246294 and task.completed == 1779246534
    assert task.actual_time == 240 and task.estimated_time == 600
    assert [v.url for v in task.videos] == ["https://cdn.example/abc.mp4"]
    assert task.videos[0].expires_at == 1779332760
    assert task.error is None and not task.no_media


def test_task_without_envelope_reads_top_level() -> None:
    task = parse_task(DOCUMENTED_TASK["data"])
    assert task.status is TaskStatus.COMPLETED
    assert len(task.videos) == 1


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("pending", TaskStatus.PENDING),
        ("submitted", TaskStatus.PENDING),
        ("queued", TaskStatus.PENDING),
        ("QUEUED", TaskStatus.PENDING),
        ("processing", TaskStatus.PROCESSING),
        ("completed", TaskStatus.COMPLETED),
        ("failed", TaskStatus.FAILED),
        ("cancelled", TaskStatus.CANCELLED),
        ("warming_up", TaskStatus.PENDING),
        ("", TaskStatus.PENDING),
    ],
)
def test_status_words(word: str, status: TaskStatus) -> None:
    task = parse_task({"data": {"id": "t", "status": word}})
    assert task.status is status
    assert task.raw_status == word
    assert status_from_word(word) is status


def test_unknown_status_is_never_finished() -> None:
    task = parse_task({"id": "t", "status": "succeeded", "result": {"videos": [{"url": "https://x/a.mp4"}]}})
    assert not task.status.is_terminal
    assert task.raw_status == "succeeded"


def test_url_as_plain_string_older_responses() -> None:
    task = parse_task(
        {"data": {"id": "t", "status": "completed", "result": {"videos": [{"url": "https://x/a.mp4"}]}}}
    )
    assert [v.url for v in task.videos] == ["https://x/a.mp4"]


def test_signed_url_on_other_host_kept_intact() -> None:
    url = "https://other-cdn.example.net/v/abc.mp4?X-Amz-Signature=deadbeef&Expires=1779332760"
    task = parse_task({"id": "t", "status": "completed", "result": {"videos": [{"url": [url]}]}})
    assert task.videos[0].url == url
    assert "deadbeef" not in repr(task.videos[0])


def test_numbers_as_strings() -> None:
    body = {
        "data": {
            "id": "t",
            "status": "completed",
            "progress": "100",
            "cost": "0.40",
            "credits_cost": "4",
            "created": "1779246294",
            "result": {"videos": [{"url": ["https://x/a.mp4"], "expires_at": "1779332760"}]},
        }
    }
    task = parse_task(body)
    assert task.cost == 0.4 and task.credits_cost == 4.0
    assert task.progress == 100
    assert task.created == 1779246294
    assert task.videos[0].expires_at == 1779332760


def test_progress_missing_cost_present_while_pending() -> None:
    task = parse_task({"data": {"id": "t", "status": "pending", "cost": 0.17}})
    assert task.progress is None
    assert task.cost == 0.17
    assert task.status is TaskStatus.PENDING


@pytest.mark.parametrize(("raw", "expected"), [("45%", 45), (150, 100), (-3, 0), (37.9, 37), ("lots", None)])
def test_progress_is_read_leniently_and_clamped(raw: object, expected: int | None) -> None:
    assert parse_task({"id": "t", "status": "processing", "progress": raw}).progress == expected


def test_completed_without_videos_is_finished_with_no_media() -> None:
    for result in (None, {}, {"videos": []}, {"videos": [{"url": []}]}, {"videos": [{"url": ""}]}):
        task = parse_task({"data": {"id": "t", "status": "completed", "result": result}})
        assert task.status is TaskStatus.COMPLETED
        assert task.no_media
        assert task.videos == ()


def test_several_urls_in_one_video_entry() -> None:
    task = parse_task(
        {
            "id": "t",
            "status": "completed",
            "result": {"videos": [{"url": ["https://x/1.mp4", "https://x/2.mp4"]}]},
        }
    )
    assert [v.url for v in task.videos] == ["https://x/1.mp4", "https://x/2.mp4"]


def test_failed_with_error_object() -> None:
    task = parse_task(
        {
            "data": {
                "id": "t",
                "status": "failed",
                "error": {"message": "内容审核未通过", "code": "task_failed"},
            }
        }
    )
    assert task.status is TaskStatus.FAILED
    assert task.error is not None
    assert task.error.message == "内容审核未通过"
    assert task.error.code == "task_failed"


def test_failed_with_integer_code_and_type() -> None:
    task = parse_task({"id": "t", "status": "failed", "error": {"code": 500, "type": "upstream_timeout"}})
    assert task.error is not None
    assert task.error.code == "500" and task.error.type == "upstream_timeout"
    assert task.error.message == NO_REASON


def test_failed_with_string_error() -> None:
    task = parse_task({"id": "t", "status": "failed", "error": "upstream quota exhausted"})
    assert task.error is not None and task.error.message == "upstream quota exhausted"


@pytest.mark.parametrize("error", [None, {}, "", {"code": "", "message": ""}, 42, []])
def test_failed_without_reason(error: object) -> None:
    body: dict[str, Any] = {"id": "t", "status": "failed"}
    if error is not None:
        body["error"] = error
    task = parse_task(body)
    assert task.error is not None
    assert task.error.message == "failed, no reason given"


def test_empty_string_code_means_absent() -> None:
    task = parse_task({"id": "t", "status": "failed", "error": {"message": "boom", "code": "", "param": ""}})
    assert task.error is not None and task.error.code is None


def test_task_id_missing_falls_back_to_the_one_asked_for() -> None:
    assert parse_task({"data": {"status": "pending"}}, task_id="task_asked").id == "task_asked"


def test_task_id_missing_entirely_is_an_error() -> None:
    with pytest.raises(ServerError):
        parse_task({"data": {"status": "pending"}})


@pytest.mark.parametrize(
    "body",
    [
        {"code": 400, "error": {"message": "invalid task ID", "type": "invalid_request_error"}},
        {"code": 404, "message": "task not found"},
        {"error": {"message": "no such task", "type": "not_found_error"}},
        {"success": False, "code": 404, "message": "任务不存在"},
    ],
)
def test_task_not_found_shapes_inside_http_200(body: dict[str, Any]) -> None:
    with pytest.raises(TaskNotFoundError):
        parse_task(body)


def test_failed_task_is_not_a_failed_call() -> None:
    # A bare failed task has an "error" but also a status: it is a task.
    task = parse_task({"id": "t", "status": "failed", "error": {"message": "moderated"}})
    assert task.status is TaskStatus.FAILED


def test_wrong_typed_fields_are_ignored() -> None:
    body = {
        "data": {
            "id": "t",
            "status": "completed",
            "progress": {"nested": True},
            "cost": [1, 2],
            "credits_cost": True,
            "created": "yesterday",
            "estimated_time": float("nan"),
            "result": {"videos": ["https://x/plain.mp4", 3, None, {"url": {"no": "pe"}}]},
            "error": None,
        }
    }
    task = parse_task(body)
    assert task.progress is None and task.cost is None and task.credits_cost is None
    assert task.created is None and task.estimated_time is None
    assert [v.url for v in task.videos] == ["https://x/plain.mp4"]


# --- non-JSON bodies -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"<!DOCTYPE html><html><title>502 Bad Gateway</title></html>", "HTML page"),
        (b"", "empty"),
        (b"   \n", "empty"),
        (None, "empty"),
        (b'{"code": 200, "data": {"id": "t", "sta', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        (b"[" * 100_000, "not valid JSON"),
    ],
)
def test_non_json_is_a_clear_server_error(body: bytes | None, words: str) -> None:
    for parser in (parse_task, parse_balance, lambda b: parse_submit(b, {}), lambda b: parse_upload(b, NOW)):
        with pytest.raises(ServerError) as caught:
            parser(body)
        assert words in caught.value.message or "nested" in caught.value.message


def test_load_json_accepts_a_bom() -> None:
    assert load_json('\ufeff{"a": 1}'.encode()) == {"a": 1}


# --- balance ----------------------------------------------------------------------


def test_balance_documented() -> None:
    balance = parse_balance(
        b'{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "unlimited_quota": false}'
    )
    assert balance.remain_balance == 100.0
    assert balance.used_balance == 25.5
    assert not balance.unlimited_quota


def test_balance_unlimited_never_shows_minus_one() -> None:
    balance = parse_balance(
        {"success": True, "remain_balance": -1, "used_balance": 3, "unlimited_quota": True}
    )
    assert balance.unlimited_quota
    assert balance.remain_balance is None


def test_balance_unlimited_missing_means_false_and_strings_are_numbers() -> None:
    balance = parse_balance(
        {
            "success": True,
            "remain_balance": "12.5",
            "used_balance": "0",
            "remain_credits": "125",
            "used_credits": 0,
        }
    )
    assert not balance.unlimited_quota
    assert balance.remain_balance == 12.5 and balance.used_balance == 0.0
    assert balance.remain_credits == 125.0 and balance.used_credits == 0.0


def test_balance_in_an_envelope() -> None:
    assert parse_balance({"code": 200, "data": {"remain_balance": 5}}).remain_balance == 5.0


def test_balance_success_false_inside_http_200_is_an_error() -> None:
    with pytest.raises(ApiError) as caught:
        parse_balance({"success": False, "message": "无效的令牌"})
    assert caught.value.message == "无效的令牌"


def test_balance_success_false_with_type() -> None:
    with pytest.raises(AuthenticationError):
        parse_balance({"success": False, "error": {"message": "bad key", "type": "authentication_error"}})


def test_balance_without_any_amount_is_an_error() -> None:
    with pytest.raises(ServerError):
        parse_balance({"success": True})


# --- upload -----------------------------------------------------------------------


def test_upload_documented() -> None:
    body = {
        "url": "https://upload.example/f/image/abc-photo.jpg",
        "filename": "photo.jpg",
        "content_type": "image/jpeg",
        "bytes": 235680,
        "created_at": 1743436800,
    }
    upload = parse_upload(body, NOW)
    assert upload.url == body["url"]
    assert upload.filename == "photo.jpg" and upload.content_type == "image/jpeg"
    assert upload.bytes == 235680
    assert upload.expires_at == 1743436800 + 72 * 3600


def test_upload_without_filename_or_created_at_expires_from_now() -> None:
    upload = parse_upload({"url": "https://upload.example/f/x.png"}, NOW)
    assert upload.filename is None and upload.created_at is None
    assert upload.expires_at == NOW + UPLOAD_TTL_SECONDS


def test_upload_created_at_as_string() -> None:
    assert (
        parse_upload({"url": "https://u/x.png", "created_at": "1000"}, NOW).expires_at
        == 1000 + UPLOAD_TTL_SECONDS
    )


def test_upload_in_an_envelope() -> None:
    assert parse_upload({"code": 200, "data": {"url": "https://u/x.png"}}, NOW).url == "https://u/x.png"


@pytest.mark.parametrize("body", [{}, {"url": ""}, {"url": 5}, {"filename": "a.jpg"}])
def test_upload_without_url_is_an_error(body: dict[str, Any]) -> None:
    with pytest.raises(ServerError):
        parse_upload(body, NOW)


def test_upload_failure_inside_http_200() -> None:
    with pytest.raises(InvalidRequestError):
        parse_upload(
            {"code": 400, "error": {"message": "unsupported format", "type": "invalid_request_error"}}, NOW
        )


# --- model schema -------------------------------------------------------------------


def test_model_schema_bare_and_enveloped() -> None:
    schema = {"model": "Omni-Flash-Ext", "operation": "video_generation", "input_schema": {"type": "object"}}
    assert parse_model_schema(json.dumps(schema)) == schema
    assert parse_model_schema({"code": 200, "data": schema}) == schema
    with pytest.raises(ServerError):
        parse_model_schema(b"[1, 2]")


# --- nothing but our typed errors, ever ----------------------------------------------------

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=25,
)
known_keys = st.sampled_from(
    [
        "code", "data", "success", "error", "message", "id", "task_id", "status", "progress", "created",
        "completed", "cost", "credits_cost", "result", "videos", "url", "expires_at", "remain_balance",
        "used_balance", "unlimited_quota", "remain_credits", "used_credits", "filename", "created_at",
        "bytes", "content_type", "type", "input_schema",
    ]
)  # fmt: skip
# Objects made of the keys the parsers look for, with values of any type.
shaped = st.recursive(
    st.dictionaries(known_keys, json_values, max_size=8),
    lambda children: st.dictionaries(
        known_keys, children | json_values | st.lists(children, max_size=3), max_size=6
    ),
    max_leaves=12,
)
bodies = st.one_of(
    shaped,
    json_values,
    shaped.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=80),
    st.text(max_size=80),
    shaped.map(lambda v: json.dumps(v)[: len(json.dumps(v)) // 2]),
)

PARSERS = {
    "submit": lambda body: parse_submit(body, {"Idempotency-Replayed": "true"}),
    "task": parse_task,
    "balance": parse_balance,
    "upload": lambda body: parse_upload(body, NOW),
    "schema": parse_model_schema,
}


@pytest.mark.parametrize("name", sorted(PARSERS))
@settings(max_examples=150, deadline=None)
@given(body=bodies)
def test_any_body_gives_a_value_or_our_typed_error(name: str, body: Any) -> None:
    # Anything but our typed errors (KeyError, TypeError, JSONDecodeError...) fails the test.
    with contextlib.suppress(OmniDeskError):
        PARSERS[name](body)


@settings(max_examples=200, deadline=None)
@given(
    data=st.dictionaries(known_keys, json_values, max_size=10),
    status=st.sampled_from(["completed", "failed"]),
)
def test_any_task_fields_parse_to_a_consistent_task(data: dict[str, Any], status: str) -> None:
    data = {**data, "id": "t", "status": status}
    data.pop("code", None)
    data.pop("success", None)
    try:
        task = parse_task({"data": data})
    except OmniDeskError:
        return
    assert task.id == "t"
    if task.status is TaskStatus.FAILED:
        assert task.error is not None and task.error.message
    assert task.progress is None or 0 <= task.progress <= 100
    for video in task.videos:
        assert isinstance(video.url, str) and video.url
