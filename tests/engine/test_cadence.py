"""The adaptive cadence against simulated tasks on a virtual clock."""

from __future__ import annotations

import random
import statistics

import pytest

from omnidesk.engine.cadence import CadencePolicy, TaskPace, next_poll_delay, note_poll

POLICY = CadencePolicy()


def simulate(
    duration: float, estimated: float | None, queue: float = 10.0, with_progress: bool = True
) -> tuple[int, float]:
    """Poll a task that is pending for ``queue`` s then progresses linearly until
    ``duration``; return (requests made, delay from completion to detection)."""
    pace = TaskPace(submitted_at=0.0)
    now = 0.0
    while True:
        now += next_poll_delay(pace, POLICY, estimated, now)
        done = now >= duration
        progress = 100 if done else (0 if now < queue else int(100 * (now - queue) / (duration - queue)))
        note_poll(pace, now, progress if with_progress or done else None)
        if done:
            return pace.requests, now - duration


def fixed(duration: float, interval: float) -> tuple[int, float]:
    polls = int(duration // interval) + 1
    return polls, polls * interval - duration


@pytest.mark.parametrize("estimated", [None, 600.0, 240.0])
def test_never_more_than_one_request_per_five_seconds_on_average(estimated: float | None) -> None:
    rng = random.Random(7)
    for _ in range(200):
        duration = rng.uniform(30, 600)
        requests, _delay = simulate(duration, estimated)
        # The first poll is earned at 5 s; the last may be the one that sees completion.
        assert requests <= duration / POLICY.budget_interval + 2


def test_first_poll_follows_the_docs() -> None:
    pace = TaskPace(submitted_at=100.0)
    assert next_poll_delay(pace, POLICY, None, 100.0) == pytest.approx(POLICY.first_poll)
    assert 5 <= POLICY.first_poll <= 10


def test_detects_completion_sooner_than_fixed_five_second_polling_at_no_more_requests() -> None:
    rng = random.Random(11)
    ours, fives = [], []
    our_requests = five_requests = 0
    for _ in range(300):
        duration = rng.uniform(120, 360)
        requests, delay = simulate(duration, estimated=600.0)
        ours.append(delay)
        our_requests += requests
        f_requests, f_delay = fixed(duration, 5.0)
        fives.append(f_delay)
        five_requests += f_requests
    assert statistics.median(ours) < statistics.median(fives)
    assert our_requests <= five_requests


def test_time_scale_shrinks_every_interval() -> None:
    fast = CadencePolicy(time_scale=0.01)
    pace = TaskPace(submitted_at=0.0)
    assert next_poll_delay(pace, fast, None, 0.0) == pytest.approx(0.05)
    note_poll(pace, 0.05, 0)
    assert next_poll_delay(pace, fast, None, 0.05) <= fast.scaled(fast.max_interval)


@pytest.mark.parametrize("estimated", [None, 600.0, 312.0])
def test_without_progress_it_is_no_worse_than_fixed_five_second_polling(estimated: float | None) -> None:
    # estimated_time alone is no guide (the docs' sample: 600 s for a 240 s task).
    rng = random.Random(5)
    ours, fives = [], []
    for _ in range(200):
        duration = rng.uniform(160, 320)
        _requests, delay = simulate(duration, estimated, with_progress=False)
        ours.append(delay)
        fives.append(fixed(duration, 5.0)[1])
    assert max(ours) <= POLICY.budget_interval
    assert statistics.median(ours) <= statistics.median(fives) + 0.5
