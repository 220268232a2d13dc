"""The retry policy: Retry-After parsing, capped backoff with jitter, and the retry loop.

Everything runs on a fake clock and a seeded random source: nothing sleeps.
"""

from __future__ import annotations

import random
from email.utils import formatdate

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnidesk.api import retry
from omnidesk.api.errors import (
    ApiError,
    AuthenticationError,
    IdempotencyConflictError,
    InvalidRequestError,
    NetworkError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    ServerTimeoutError,
    TaskNotFoundError,
    error_from_response,
)
from omnidesk.api.retry import RetryPolicy, parse_retry_after, run_with_retries
from tests.api.conftest import FakeClock

NOW = 1_800_000_000.0


# --- Retry-After ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0.0), ("5", 5.0), (" 12 ", 12.0), ("1.5", 1.5), ("60", 60.0), ("61", 60.0), ("86400", 60.0)],
)
def test_retry_after_delta_seconds_capped(value: str, expected: float) -> None:
    assert parse_retry_after(value, NOW) == expected


def test_retry_after_http_date() -> None:
    assert parse_retry_after(formatdate(NOW + 42, usegmt=True), NOW) == 42.0


def test_retry_after_http_date_in_the_past_is_zero() -> None:
    assert parse_retry_after(formatdate(NOW - 300, usegmt=True), NOW) == 0.0


def test_retry_after_far_date_is_capped() -> None:
    assert parse_retry_after(formatdate(NOW + 7200, usegmt=True), NOW) == retry.RETRY_AFTER_CAP


def test_retry_after_obsolete_date_formats() -> None:
    # RFC 850 and asctime forms are still valid HTTP-dates.
    assert parse_retry_after("Friday, 15-Jan-27 08:00:10 GMT", NOW) == 10.0
    assert parse_retry_after("Fri Jan 15 08:00:10 2027", NOW) == 10.0


def test_retry_after_custom_cap() -> None:
    assert parse_retry_after("500", NOW, cap=300) == 300


@pytest.mark.parametrize(
    "value",
    [None, "", "  ", "soon", "-5", "nan", "inf", "1e400", "12 seconds", "Thu, 99 Foo 2015", "x" * 500],
)
def test_retry_after_garbage_is_none(value: str | None) -> None:
    assert parse_retry_after(value, NOW) is None


@given(st.text(max_size=80))
def test_retry_after_never_raises_and_stays_in_bounds(value: str) -> None:
    seconds = parse_retry_after(value, NOW)
    assert seconds is None or 0.0 <= seconds <= retry.RETRY_AFTER_CAP


# --- backoff ----------------------------------------------------------------------


def test_backoff_doubles_up_to_the_cap_without_jitter() -> None:
    policy = RetryPolicy(initial_delay=1.0, max_delay=8.0, jitter=0.0)
    rng = random.Random(0)
    assert [policy.backoff(n, rng) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


@given(retry_number=st.integers(min_value=1, max_value=10_000), seed=st.integers())
def test_backoff_with_jitter_stays_within_bounds(retry_number: int, seed: int) -> None:
    policy = RetryPolicy()
    base = min(policy.initial_delay * 2.0 ** min(retry_number - 1, 60), policy.max_delay)
    delay = policy.backoff(retry_number, random.Random(seed))
    assert base * (1 - policy.jitter) <= delay <= base


def test_backoff_jitter_comes_from_the_injected_rng() -> None:
    policy = RetryPolicy()
    first = [policy.backoff(n, random.Random(7)) for n in range(1, 5)]
    again = [policy.backoff(n, random.Random(7)) for n in range(1, 5)]
    assert first == again
    assert len({policy.backoff(1, random.Random(seed)) for seed in range(20)}) > 1


def test_delay_prefers_retry_after_exactly_and_caps_it() -> None:
    policy = RetryPolicy()
    rng = random.Random(0)
    assert policy.delay_for(1, 7.0, rng) == 7.0
    assert policy.delay_for(1, 0.0, rng) == 0.0
    assert policy.delay_for(1, 1000.0, rng) == policy.retry_after_cap
    assert policy.delay_for(3, None, rng) <= 4 * policy.initial_delay


def test_policy_constants_are_named_and_sane() -> None:
    assert retry.MAX_ATTEMPTS >= 2
    assert 0 < retry.INITIAL_DELAY <= retry.MAX_DELAY
    assert 0 <= retry.JITTER < 1
    assert retry.RETRY_AFTER_CAP > 0
    assert retry.CONNECT_TIMEOUT > 0 and retry.READ_TIMEOUT > 0
    assert RetryPolicy() == retry.DEFAULT_POLICY


# --- what is retried ---------------------------------------------------------------


def _error(
    status: int, error_type: str = "x", code: object = None, headers: dict[str, str] | None = None
) -> ApiError:
    body = {"error": {"code": code if code is not None else status, "message": "m", "type": error_type}}
    return error_from_response(status, body, headers or {}, now=NOW)


@pytest.mark.parametrize(
    "error",
    [
        NetworkError("connection refused"),
        RequestTimeoutError("read timed out"),
        _error(408),
        _error(429, "rate_limit_error"),
        _error(500, "server_error"),
        _error(502, "bad_gateway"),
        _error(503),
        _error(504),
        _error(400, "new_api_error", "get_channel_failed"),
        _error(409, "idempotency_in_progress"),
        ServerError("HTML page from a proxy"),
    ],
    ids=repr,
)
def test_retried(error: Exception) -> None:
    assert retry.is_retryable(error)


@pytest.mark.parametrize(
    "error",
    [
        _error(400, "invalid_request_error"),
        _error(400, "invalid_duration"),
        _error(401, "authentication_error"),
        _error(402, "payment_required"),
        _error(403, "permission_error"),
        _error(404, "not_found_error"),
        _error(409, "idempotency_key_reused", headers={"Retry-After": "1"}),
        ValueError("a bug"),
    ],
    ids=repr,
)
def test_never_retried(error: Exception) -> None:
    assert not retry.is_retryable(error)


# --- the loop ---------------------------------------------------------------------


def _run(
    outcomes: list[object], policy: RetryPolicy | None = None, clock: FakeClock | None = None
) -> tuple[object, list[int], FakeClock]:
    """Run the loop over a list of outcomes (exceptions raised, anything else returned)."""
    clock = clock or FakeClock(NOW)
    attempts: list[int] = []

    def operation(attempt: int) -> object:
        attempts.append(attempt)
        outcome = outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    try:
        result: object = run_with_retries(
            operation, policy=policy or RetryPolicy(), sleep=clock.sleep, clock=clock, rng=random.Random(3)
        )
    except Exception as exc:
        result = exc
    return result, attempts, clock


def test_loop_returns_after_transient_failures() -> None:
    result, attempts, clock = _run([ServerError("a"), NetworkError("b"), "ok"])
    assert result == "ok"
    assert attempts == [1, 2, 3]
    assert len(clock.sleeps) == 2
    policy = RetryPolicy()
    assert policy.initial_delay * (1 - policy.jitter) <= clock.sleeps[0] <= policy.initial_delay
    assert 2 * policy.initial_delay * (1 - policy.jitter) <= clock.sleeps[1] <= 2 * policy.initial_delay


def test_loop_honours_retry_after() -> None:
    limited = RateLimitedError("slow down", status=429, retry_after=7.0)
    result, _, clock = _run([limited, "ok"])
    assert result == "ok"
    assert clock.sleeps == [7.0]


def test_loop_caps_retry_after() -> None:
    limited = RateLimitedError("slow down", status=429, retry_after=3600.0)
    _, _, clock = _run([limited, "ok"])
    assert clock.sleeps == [retry.RETRY_AFTER_CAP]


@pytest.mark.parametrize(
    "error",
    [
        InvalidRequestError("bad", status=400),
        AuthenticationError("key", status=401),
        PaymentRequiredError("money", status=402),
        PermissionDeniedError("no", status=403),
        TaskNotFoundError("gone", status=404),
        IdempotencyConflictError("reused", status=409, error_type="idempotency_key_reused", retry_after=1.0),
    ],
)
def test_loop_raises_non_retryable_at_once(error: Exception) -> None:
    result, attempts, clock = _run([error, "never"])
    assert result is error
    assert attempts == [1]
    assert clock.sleeps == []


def test_loop_gives_up_after_max_attempts_with_the_last_error() -> None:
    errors = [ServerError(f"fail {n}") for n in range(10)]
    result, attempts, clock = _run(list(errors), RetryPolicy(max_attempts=4))
    assert result is errors[3]
    assert attempts == [1, 2, 3, 4]
    assert len(clock.sleeps) == 3


def test_loop_stops_when_the_time_budget_is_spent() -> None:
    policy = RetryPolicy(max_attempts=100, max_total_seconds=100.0)
    errors: list[object] = [RateLimitedError("x", retry_after=30.0) for _ in range(100)]
    result, attempts, clock = _run(errors, policy)
    assert isinstance(result, RateLimitedError)
    # 30 + 30 + 30 fits in 100 s; a fourth wait would not.
    assert clock.sleeps == [30.0, 30.0, 30.0]
    assert len(attempts) == 4


def test_loop_counts_time_spent_in_attempts_too() -> None:
    clock = FakeClock(NOW)
    policy = RetryPolicy(max_attempts=10, max_total_seconds=50.0, jitter=0.0, initial_delay=1.0)

    def slow_failure(_: int) -> None:
        clock.now += 20.0  # each attempt takes 20 s of (fake) time
        raise ServerError("slow")

    with pytest.raises(ServerError):
        run_with_retries(slow_failure, policy=policy, sleep=clock.sleep, clock=clock, rng=random.Random(0))
    assert clock.sleeps == [1.0, 2.0]


def test_no_retry_policy() -> None:
    error = ServerError("once")
    result, attempts, _ = _run([error, "ok"], retry.NO_RETRY)
    assert result is error and attempts == [1]


def test_on_retry_is_told_before_each_wait() -> None:
    clock = FakeClock(NOW)
    seen: list[tuple[str, int, float]] = []
    outcomes: list[object] = [ServerTimeoutError("408", status=408), "done"]

    def operation(_: int) -> object:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    run_with_retries(
        operation,
        policy=RetryPolicy(jitter=0.0),
        sleep=clock.sleep,
        clock=clock,
        rng=random.Random(0),
        on_retry=lambda exc, attempt, delay: seen.append((type(exc).__name__, attempt, delay)),
    )
    assert seen == [("ServerTimeoutError", 1, 1.0)]
