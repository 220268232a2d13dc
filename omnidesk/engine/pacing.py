"""Request pacing shared by everything the engine sends: a global rate cap,
the pause a 429 imposes, and the backoff while offline.

Plain objects over an injected clock value (``now``): the engine decides
when to call them, tests drive them with numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    """At most ``rate`` requests per second on average, bursts up to ``burst``."""

    rate: float
    burst: float
    tokens: float = field(init=False)
    updated: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.tokens = self.burst

    def _refill(self, now: float) -> None:
        if self.updated is not None and now > self.updated:
            self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now if self.updated is None else max(self.updated, now)

    def try_take(self, now: float) -> bool:
        """Spend one request if the cap allows it now."""
        self._refill(now)
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

    def wait_time(self, now: float) -> float:
        """Seconds until one request is allowed."""
        self._refill(now)
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


@dataclass
class Backoff:
    """Capped exponential backoff with jitter for repeated failures of one kind."""

    first: float
    cap: float
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0
    retry_at: float | None = None

    def fail(self, now: float, retry_after: float | None = None) -> float:
        """Note a failure; return when to try again (the server's Retry-After wins)."""
        self.failures += 1
        if retry_after is not None:
            delay = retry_after
        else:
            delay = min(self.cap, self.first * 2 ** (self.failures - 1))
            delay *= 1 - 0.25 * self.rng.random()
        self.retry_at = now + delay
        return self.retry_at

    def succeed(self) -> bool:
        """Note a success; True if this ends a run of failures."""
        was_failing = self.failures > 0
        self.failures = 0
        self.retry_at = None
        return was_failing

    def blocked(self, now: float) -> bool:
        return self.retry_at is not None and now < self.retry_at
