"""Approximate prices (API.md section 6).

No official price table exists for Omni-Flash-Ext: these figures come from a
reseller's published markup and match the one documented sample (4k, 10 s,
0.4). Anything shown to a user from here must be labelled approximate; the
charge a task reports is the real one. The simulator charges by this table.
"""

from __future__ import annotations

from omnidesk.api.spec import DEFAULT_DURATION, REFERENCE_VIDEO_DURATION

_PRICE_USD: dict[str, dict[int, float]] = {
    "720p": {4: 0.15, 6: 0.17, 8: 0.18, 10: 0.20},
    "1080p": {4: 0.15, 6: 0.17, 8: 0.18, 10: 0.20},
    "4k": {4: 0.30, 6: 0.34, 8: 0.36, 10: 0.40},
}
CREDITS_PER_USD = 10


def estimate_cost(resolution: str, duration: int | None) -> float:
    """Approximate USD cost of one video.

    ``duration`` None means a reference-video task, whose length the server
    picks; it is priced as the length the simulator renders.
    """
    seconds = REFERENCE_VIDEO_DURATION if duration is None else duration
    table = _PRICE_USD[resolution.lower()]
    return table.get(seconds, table[DEFAULT_DURATION])


def credits_for(cost: float) -> int:
    """Credits charged for a cost (credits = cost x 10 in every sample seen)."""
    return round(cost * CREDITS_PER_USD)
