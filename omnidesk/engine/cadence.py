"""When to ask about a task next: adaptive polling within a request budget.

A fixed timer wastes requests while a task is far from done and detects the
end late. Instead each task earns request credit at the docs' pace (one
request per ``budget_interval`` seconds of its life) and spends it where
it pays: rarely while completion is far, densely around the moment
completion is likely. Completion is predicted from the task's progress rate
when progress moves, else from the server's ``estimated_time``, else from a
prior. When the credit runs out the task falls back to the budget pace, so
the average never exceeds one request per ``budget_interval`` per task.

Pure functions over plain numbers: the poller owns the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CadencePolicy:
    """Numbers the cadence works with, in seconds of a real service's time.

    ``time_scale`` shrinks every figure here at once (the simulator's demo and
    test modes run the service's minutes in seconds); figures the service
    reports (``estimated_time``) are its own and never scaled.
    """

    budget_interval: float = 5.0  # the docs' pace: at most one request per 5 s on average
    first_poll: float = 5.0  # the docs: first query 5-10 s after submission
    dense_interval: float = 1.0  # pace while completion is likely
    max_interval: float = 30.0  # never go quiet for longer than this
    credit_cap: float = 12.0  # requests' worth of credit a task can save up
    prior_duration: float = 240.0  # typical task length when nothing better is known (docs: 3-5 min)
    dense_window: float = 0.15  # share of the predicted length polled densely, each side of it
    time_scale: float = 1.0

    def scaled(self, seconds: float) -> float:
        return seconds * self.time_scale


@dataclass
class TaskPace:
    """What the cadence remembers about one task between polls."""

    submitted_at: float
    requests: int = 0
    last_poll_at: float | None = None
    progress_samples: list[tuple[float, float]] = field(default_factory=list)


def predicted_completion(
    pace: TaskPace, policy: CadencePolicy, estimated_time: float | None, now: float
) -> float:
    """When the task will most likely complete (an absolute time)."""
    return _prediction(pace, policy, estimated_time, now)[0]


def _prediction(
    pace: TaskPace, policy: CadencePolicy, estimated_time: float | None, now: float
) -> tuple[float, bool]:
    """The likely completion time, and whether it rests on the task's own progress.

    ``estimated_time`` alone is no prediction: the docs' own sample says 600 s
    for a task that took 240 s.
    """
    samples = [s for s in pace.progress_samples if 0 < s[1] < 100]
    if len(samples) >= 2:
        (t0, p0), (t1, p1) = samples[0], samples[-1]
        if p1 > p0 and t1 > t0:
            rate = (p1 - p0) / (t1 - t0)
            return t1 + (100 - p1) / rate, True
    if len(samples) == 1:
        t1, p1 = samples[0]
        elapsed = t1 - pace.submitted_at
        if elapsed > 0:
            return pace.submitted_at + elapsed * 100 / p1, True
    if estimated_time and estimated_time > 0:
        # The service's own figure, already in its seconds: not scaled.
        return pace.submitted_at + estimated_time, False
    return max(now, pace.submitted_at + policy.scaled(policy.prior_duration)), False


def credit(pace: TaskPace, policy: CadencePolicy, now: float) -> float:
    """Requests this task may still make without passing the budget."""
    earned = (now - pace.submitted_at) / policy.scaled(policy.budget_interval)
    return min(earned - pace.requests, policy.credit_cap)


def next_poll_delay(pace: TaskPace, policy: CadencePolicy, estimated_time: float | None, now: float) -> float:
    """Seconds from ``now`` until this task should be asked about again."""
    if pace.requests == 0:
        return max(0.0, pace.submitted_at + policy.scaled(policy.first_poll) - now)
    budget = policy.scaled(policy.budget_interval)
    dense = policy.scaled(policy.dense_interval)
    longest = policy.scaled(policy.max_interval)
    expected, confident = _prediction(pace, policy, estimated_time, now)
    window = max(dense, (expected - pace.submitted_at) * policy.dense_window)

    if now >= expected - window:
        # Completion is likely now: poll densely while the saved credit lasts.
        if credit(pace, policy, now + dense) >= 1:
            return dense
        # Out of credit: the budget pace, exactly when the next request is earned.
        return _until_credit(pace, policy, now, budget)
    if not confident:
        if not pace.progress_samples:
            # No progress to go by: the end could come any time, so keep the docs' pace.
            return budget
        # Progress is reported but has not moved (queued): a start shows before the end
        # for most tasks, so save some credit, but never go quiet for long.
        return min(longest, max(budget, (expected - window - now) / 2), 2 * budget)
    # Far from the end: sleep most of the way, arriving at the dense window.
    return min(longest, max(budget, (expected - window - now) / 2))


def _until_credit(pace: TaskPace, policy: CadencePolicy, now: float, budget: float) -> float:
    """Seconds until the task has earned one whole request of credit."""
    needed_at = pace.submitted_at + (pace.requests + 1) * budget
    return max(policy.scaled(policy.dense_interval), needed_at - now)


def note_poll(pace: TaskPace, now: float, progress: float | None) -> None:
    """Record that the task was asked about at ``now`` and what it said."""
    pace.requests += 1
    pace.last_poll_at = now
    if progress is not None and progress < 100:
        if pace.progress_samples and pace.progress_samples[-1][1] == progress:
            return  # no movement: the older sample dates the start of this plateau better
        pace.progress_samples.append((now, float(progress)))
