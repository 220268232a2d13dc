"""The retry policy, in one place: how often, how long to wait, and for what.

Everything tunable is a named constant here (modelled on openai-python's
``_constants.py``). ``RetryPolicy`` bundles them so tests and callers can use
other values; ``run_with_retries`` is the one loop that applies a policy. It
takes ``sleep``, ``clock`` and ``rng`` from the caller, so tests drive it with
a fake clock and a seeded ``random.Random`` and never sleep for real.

The loop knows nothing about HTTP: it retries an exception whose
``retryable`` attribute is true and honours its ``retry_after`` (seconds) when
set. ``errors.py`` decides what is retryable: connection errors, timeouts,
408, 429, 5xx, transient 400s and 409 ``idempotency_in_progress``; never other
4xx nor ``idempotency_key_reused``.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

# Attempts in all, the first one included (so 4 retries).
MAX_ATTEMPTS = 5
# Backoff before the first retry; doubles on each further retry up to MAX_DELAY.
INITIAL_DELAY = 1.0
MAX_DELAY = 20.0
# Each backoff is shortened by a random share of up to this fraction, so many
# clients that failed together do not retry together.
JITTER = 0.25
# A Retry-After longer than this is cut to it: a desktop app should not go
# silent for an hour because a proxy said so.
RETRY_AFTER_CAP = 60.0
# Never keep retrying one call for longer than this (waits plus attempts).
MAX_TOTAL_SECONDS = 180.0

# Explicit timeouts on every HTTP call: to connect, and between two reads.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0


@dataclass(frozen=True)
class RetryPolicy:
    """How one kind of call is retried. The defaults are the constants above."""

    max_attempts: int = MAX_ATTEMPTS
    initial_delay: float = INITIAL_DELAY
    max_delay: float = MAX_DELAY
    jitter: float = JITTER
    retry_after_cap: float = RETRY_AFTER_CAP
    max_total_seconds: float | None = MAX_TOTAL_SECONDS

    def backoff(self, retry_number: int, rng: random.Random) -> float:
        """Seconds to wait before retry number ``retry_number`` (1 = the first retry).

        Capped exponential: initial, 2x, 4x ... up to max_delay, each shortened
        by up to ``jitter`` of itself.
        """
        exponent = max(0, retry_number - 1)
        # Avoid float overflow for absurd retry numbers.
        base = self.max_delay if exponent > 60 else min(self.initial_delay * 2.0**exponent, self.max_delay)
        return max(0.0, base * (1.0 - self.jitter * rng.random()))

    def delay_for(self, retry_number: int, retry_after: float | None, rng: random.Random) -> float:
        """The wait before a retry: the server's Retry-After (capped) if it gave one, else backoff."""
        if retry_after is not None and math.isfinite(retry_after) and retry_after >= 0:
            return min(retry_after, self.retry_after_cap)
        return self.backoff(retry_number, rng)


DEFAULT_POLICY = RetryPolicy()
# For tests and callers that must not retry at all.
NO_RETRY = RetryPolicy(max_attempts=1)


def parse_retry_after(value: str | None, now: float, *, cap: float = RETRY_AFTER_CAP) -> float | None:
    """Seconds to wait from a Retry-After value, capped at ``cap``.

    Accepts delta-seconds (``"120"``, tolerating ``"1.5"``) or an HTTP-date
    (``"Wed, 21 Oct 2015 07:28:00 GMT"``), which is measured from ``now``
    (Unix seconds); a date in the past means 0. Anything else is None.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 64:
        return None
    seconds: float | None
    try:
        seconds = float(text)
    except ValueError:
        seconds = None
    if seconds is not None:
        # float() also takes "nan", "inf", "1e400" and "-5": none is a delay.
        if not math.isfinite(seconds) or seconds < 0:
            return None
        return min(seconds, cap)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        # HTTP dates are GMT by definition; email.utils leaves "-0000" naive.
        when = when.replace(tzinfo=UTC)
    try:
        target = when.timestamp()
    except (OverflowError, ValueError, OSError):
        return None
    return min(max(0.0, target - now), cap)


def is_retryable(exc: BaseException) -> bool:
    """True for errors that declare themselves retryable (see errors.py)."""
    return bool(getattr(exc, "retryable", False))


def run_with_retries(
    operation: Callable[[int], T],
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    sleep: Callable[[float], None],
    clock: Callable[[], float],
    rng: random.Random,
    what: str = "request",
    on_retry: Callable[[BaseException, int, float], None] | None = None,
) -> T:
    """Call ``operation(attempt)`` until it returns, retrying retryable errors.

    ``attempt`` counts from 1. Stops and re-raises the last error when it is
    not retryable, after ``policy.max_attempts`` attempts, or when the next
    wait would end past ``policy.max_total_seconds`` from the start (by
    ``clock``). ``on_retry(error, attempt, delay)`` is told before each wait.
    ``what`` names the call in log lines (never a URL with a query string).
    """
    started = clock()
    attempt = 1
    while True:
        try:
            return operation(attempt)
        except Exception as exc:
            if not is_retryable(exc) or attempt >= policy.max_attempts:
                raise
            retry_after = getattr(exc, "retry_after", None)
            if not isinstance(retry_after, int | float) or isinstance(retry_after, bool):
                retry_after = None
            delay = policy.delay_for(attempt, retry_after, rng)
            if policy.max_total_seconds is not None and clock() + delay - started > policy.max_total_seconds:
                log.info("%s: giving up after %d attempts (time budget spent)", what, attempt)
                raise
            log.info(
                "%s: attempt %d failed (%s); retrying in %.2f s", what, attempt, type(exc).__name__, delay
            )
            if on_retry is not None:
                on_retry(exc, attempt, delay)
            sleep(delay)
            attempt += 1
