"""A clock tests (and scripted demos) move by hand.

The simulator reads time only through ``SimulatorConfig.clock``; handing it a
``ManualClock`` lets a test walk a task from pending to completed, or a link
past its expiry, without sleeping.
"""

from __future__ import annotations

import threading

# A plausible "now" (2026-05-20) so timestamps in replies look like real ones.
DEFAULT_START = 1_779_246_294.0


class ManualClock:
    """A thread-safe clock that only moves when told to. Call it for the time."""

    def __init__(self, start: float = DEFAULT_START) -> None:
        self._now = float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move time forward (never back: task progress must stay monotonic)."""
        if seconds < 0:
            raise ValueError("a ManualClock only moves forward")
        with self._lock:
            self._now += seconds
            return self._now

    def set(self, now: float) -> None:
        """Jump to ``now`` (not earlier than the current time)."""
        with self._lock:
            if now < self._now:
                raise ValueError("a ManualClock only moves forward")
            self._now = float(now)
