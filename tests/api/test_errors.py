"""error_from_response: one mapping by HTTP status and the API's type, never by message text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnidesk.api.errors import (
    ApiError,
    AuthenticationError,
    IdempotencyConflictError,
    IncompleteDownloadError,
    InvalidRequestError,
    LinkExpiredError,
    NetworkError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    ServerTimeoutError,
    TaskNotFoundError,
    ValidationError,
    error_from_response,
)

NOW = 1_800_000_000.0


def envelope(
    status: int, error_type: str, message: str = "something went wrong", code: object = None
) -> bytes:
    return json.dumps(
        {"error": {"code": status if code is None else code, "message": message, "type": error_type}}
    ).encode()


@pytest.mark.parametrize(
    ("status", "error_type", "expected", "retryable"),
    [
        (400, "invalid_request_error", InvalidRequestError, False),
        (400, "invalid_duration", InvalidRequestError, False),
        (400, "invalid_resolution", InvalidRequestError, False),
        (400, "unsupported_image_count", InvalidRequestError, False),
        (400, "unsupported_video_count", InvalidRequestError, False),
        (401, "authentication_error", AuthenticationError, False),
        (402, "payment_required", PaymentRequiredError, False),
        (403, "permission_error", PermissionDeniedError, False),
        (404, "not_found_error", InvalidRequestError, False),
        (408, "timeout", ServerTimeoutError, True),
        (409, "idempotency_in_progress", IdempotencyConflictError, True),
        (409, "idempotency_key_reused", IdempotencyConflictError, False),
        (413, "too_large", InvalidRequestError, False),
        (429, "rate_limit_error", RateLimitedError, True),
        (500, "server_error", ServerError, True),
        (502, "bad_gateway", ServerError, True),
        (503, "server_error", ServerError, True),
        (504, "whatever", ServerError, True),
    ],
)
def test_status_and_type_pick_the_class(
    status: int, error_type: str, expected: type[ApiError], retryable: bool
) -> None:
    error = error_from_response(status, envelope(status, error_type), {}, now=NOW)
    assert type(error) is expected
    assert error.status == status
    assert error.error_type == error_type
    assert error.retryable is retryable
    assert error.message == "something went wrong"


def test_400_carries_the_rule_that_was_broken() -> None:
    error = error_from_response(400, envelope(400, "invalid_duration", "duration must be 4/6/8/10"), None)
    assert isinstance(error, InvalidRequestError)
    assert error.error_type == "invalid_duration"
    # The numeric code only repeats the status: it is not the API's reason.
    assert error.code is None


@pytest.mark.parametrize("status", [400, 404])
def test_on_a_task_400_and_404_mean_not_found(status: int) -> None:
    error = error_from_response(
        status, envelope(status, "invalid_request_error", "invalid task ID"), {}, on_task=True
    )
    assert isinstance(error, TaskNotFoundError)
    assert not error.retryable


def test_flat_404_on_a_task_is_not_found() -> None:
    error = error_from_response(404, {"code": 404, "message": "task not found"}, {}, on_task=True)
    assert isinstance(error, TaskNotFoundError)
    assert error.message == "task not found"


def test_404_off_a_task_points_at_the_base_url() -> None:
    error = error_from_response(404, b"", {})
    assert isinstance(error, InvalidRequestError)
    assert "base URL" in error.hint


def test_decided_by_type_not_message_text() -> None:
    # A message that *says* rate limit does not make a 401 retryable.
    error = error_from_response(401, envelope(401, "authentication_error", "rate limit exceeded, retry"), {})
    assert isinstance(error, AuthenticationError)
    assert not error.retryable


def test_localised_message_is_shown_as_given_and_request_id_kept() -> None:
    message = "当前分组 default 下对于模型 Omni-Flash-Ext 无可用渠道 (request id: 20261125041601abcDEF12)"
    error = error_from_response(400, envelope(400, "new_api_error", message, code="get_channel_failed"), {})
    assert error.message == message
    assert error.request_id == "20261125041601abcDEF12"
    assert error.code == "get_channel_failed"


@pytest.mark.parametrize("code", ["get_channel_failed", "channel:no_available_key", "do_request_failed"])
def test_transient_400_codes_are_retryable(code: str) -> None:
    error = error_from_response(
        400, envelope(400, "new_api_error", "please wait and try again", code=code), {}
    )
    assert isinstance(error, InvalidRequestError)
    assert error.retryable
    assert "retries" in error.hint


def test_transient_400_on_a_task_is_not_a_missing_task() -> None:
    body = envelope(400, "new_api_error", "busy", code="get_channel_failed")
    error = error_from_response(400, body, {}, on_task=True)
    assert not isinstance(error, TaskNotFoundError)
    assert error.retryable


def test_unknown_string_code_on_400_is_not_retryable() -> None:
    error = error_from_response(400, envelope(400, "invalid_request_error", "no", code="prompt_blocked"), {})
    assert not error.retryable
    assert error.code == "prompt_blocked"


def test_request_id_from_header_wins() -> None:
    error = error_from_response(500, envelope(500, "server_error"), {"X-Request-Id": "req-abc-123"})
    assert error.request_id == "req-abc-123"


def test_retry_after_seconds_on_429() -> None:
    error = error_from_response(429, envelope(429, "rate_limit_error"), {"Retry-After": "7"}, now=NOW)
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 7.0


def test_retry_after_http_date_on_429() -> None:
    # 2027-01-15 08:00:30 GMT is 30 s after the clock below.
    error = error_from_response(
        429,
        envelope(429, "rate_limit_error"),
        {"retry-after": "Fri, 15 Jan 2027 08:00:30 GMT"},
        now=1_800_000_000.0,
    )
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 30.0


def test_retry_after_ms_header() -> None:
    error = error_from_response(429, b"", {"retry-after-ms": "1500"}, now=NOW)
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 1.5


def test_garbage_retry_after_is_ignored() -> None:
    error = error_from_response(429, b"", {"Retry-After": "soon-ish"}, now=NOW)
    assert isinstance(error, RateLimitedError)
    assert error.retry_after is None


def test_409_in_progress_keeps_retry_after() -> None:
    error = error_from_response(409, envelope(409, "idempotency_in_progress"), {"Retry-After": "2"}, now=NOW)
    assert isinstance(error, IdempotencyConflictError)
    assert error.in_progress and error.retryable
    assert error.retry_after == 2.0


def test_409_key_reused_is_never_retryable_even_with_retry_after() -> None:
    error = error_from_response(409, envelope(409, "idempotency_key_reused"), {"Retry-After": "2"}, now=NOW)
    assert isinstance(error, IdempotencyConflictError)
    assert not error.in_progress and not error.retryable
    assert "bug" in error.hint


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "HTML page"),
        (b"", "empty reply"),
        (None, "empty reply"),
        (b'{"error": {"message": "cut', "not the API"),
        ("\u00ff\u00fe garbage", "not the API"),
    ],
)
def test_non_json_bodies_get_plain_words(body: bytes | str | None, words: str) -> None:
    error = error_from_response(502, body, None)
    assert isinstance(error, ServerError)
    assert words in error.message
    assert "502" in error.message


def test_failure_inside_http_200_with_numeric_code() -> None:
    body = {"code": 402, "error": {"message": "余额不足", "type": "payment_required"}}
    error = error_from_response(200, body, {})
    assert isinstance(error, PaymentRequiredError)
    assert error.status == 402
    assert error.message == "余额不足"


def test_failure_inside_http_200_with_string_code() -> None:
    error = error_from_response(200, {"success": False, "code": "400", "message": "bad"}, {})
    assert isinstance(error, InvalidRequestError)


def test_failure_inside_http_200_known_only_by_type() -> None:
    error = error_from_response(200, {"error": {"message": "bad key", "type": "authentication_error"}}, {})
    assert isinstance(error, AuthenticationError)
    assert error.status == 401


def test_failure_inside_http_200_with_nothing_known_is_a_plain_api_error() -> None:
    error = error_from_response(200, {"success": False, "message": "无效的令牌"}, {})
    assert type(error) is ApiError
    assert error.message == "无效的令牌"
    assert not error.retryable


def test_error_as_plain_string() -> None:
    error = error_from_response(500, {"error": "upstream exploded"}, {})
    assert isinstance(error, ServerError)
    assert error.message == "upstream exploded"


def test_huge_message_is_cut() -> None:
    error = error_from_response(500, {"error": {"message": "x" * 100_000}}, {})
    assert len(error.message) <= 2000


def test_repr_and_user_text() -> None:
    error = error_from_response(402, envelope(402, "payment_required", "balance exhausted"), {})
    assert "PaymentRequiredError" in repr(error) and "402" in repr(error)
    assert error.user_text().startswith("balance exhausted ")


def test_retryable_of_non_api_errors() -> None:
    assert NetworkError("down").retryable
    assert RequestTimeoutError("slow").retryable
    assert IncompleteDownloadError("short").retryable
    assert not NetworkError("bad cert", transient=False).retryable
    assert not ValidationError("duration", "nope").retryable
    assert not LinkExpiredError("gone", status=410).retryable


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
error_keys = st.sampled_from(["error", "code", "message", "type", "success", "msg", "detail"])
error_like = st.dictionaries(error_keys, json_values, max_size=5)


@given(
    status=st.integers(min_value=0, max_value=999),
    body=st.one_of(json_values, error_like, st.binary(max_size=64), st.text(max_size=64)),
    headers=st.dictionaries(
        st.sampled_from(["Retry-After", "retry-after-ms", "X-Request-Id", "Other"]),
        st.text(max_size=40),
        max_size=3,
    ),
    on_task=st.booleans(),
)
def test_never_raises_always_an_api_error(
    status: int, body: object, headers: dict[str, str], on_task: bool
) -> None:
    if not isinstance(body, bytes | str | dict) and body is not None:
        body = json.dumps(body)
    error = error_from_response(status, body, headers, on_task=on_task, now=NOW)  # type: ignore[arg-type]
    assert isinstance(error, ApiError)
    assert isinstance(error.message, str) and error.message
    assert isinstance(error.retryable, bool)
