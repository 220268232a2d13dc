"""Benchmark: how soon OmniDesk learns that a task finished, and what it costs in requests.

For a realistic spread of completion times (the simulator's tasks take
``--task-seconds`` +-30 %, default 240 s: the docs' "3-5 minutes"), this
measures, side by side in one run:

- ``adaptive``: OmniDesk's Engine with its default CadencePolicy (time_scale 1.0);
- ``fixed5``:   a plain poller asking every 5 s (the docs' recommendation);
- ``fixed2``:   a plain poller asking every 2 s.

For each it reports the delay from a task completing on the simulator to the
client knowing it (median, p90) and the GET /v1/tasks/{id} requests per task.

Everything runs in VIRTUAL time: one ManualClock drives the simulator and the
client, and a driver loop advances it straight to the next due poll, so four
minutes of task life take a fraction of a second of wall time. The only real
work is HTTP on loopback and the simulator's MP4 renders, which are waited for
right after submission (before virtual time moves) so that they never delay a
completion: each task then completes exactly at its planned end.

Each strategy gets a fresh simulator with the same seed and the same
submissions at the same virtual start, so all three see identical task ids and
identical completion times (checked; the run aborts if they differ). Separate
simulators, rather than one shared, keep the request log unambiguous: the log
records no client identity, only the task id, so requests per task can be
counted from the simulator's own records.

All figures come from the simulator's records (``/_simulator/tasks`` for when a
task completed, ``/_simulator/log`` for requests); the client's side is the
store's event time (adaptive) or the time of the poll that saw ``completed``
(fixed pollers).

``--hide-progress`` blanks the ``progress`` of every poll reply the engine
reads (the fixed pollers never look at it), to see the cadence fall back on
the server's ``estimated_time``: what it does against a service whose
progress figure is missing or stuck at 0.

Run:  .venv/bin/python bench/poll_cadence.py [--tasks 60] [--seed 1] [--hide-progress]
"""

from __future__ import annotations

import argparse
import dataclasses
import heapq
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

# Runnable as a plain script from the repo root or from bench/.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from omnidesk.api.client import ApiClient
from omnidesk.api.models import GenerationRequest, Task, TaskStatus
from omnidesk.api.retry import NO_RETRY, RetryPolicy
from omnidesk.engine.cadence import CadencePolicy
from omnidesk.engine.engine import Engine, EngineConfig
from omnidesk.engine.events import EngineEvent, TaskUpdated
from omnidesk.engine.library import Library
from omnidesk.engine.store import Store
from omnidesk.simulator import ManualClock, RunningSimulator, SimulatorConfig, start_simulator

API_KEY = "sk-bench-cadence"
# The engine's global rate cap, set far above anything this run asks for (N tasks
# whose first polls all fall on the same instant) so the cap never delays a poll:
# the benchmark measures the cadence, not the cap.
UNCAPPED_RPS = 100_000.0
# Renders are real work: keep them cheap (they only gate "completed", never the timing).
RENDER_FPS = 1
# Give up on a run whose tasks are not all known finished after this much virtual time.
VIRTUAL_TIMEOUT_FACTOR = 5.0


@dataclass
class Outcome:
    """What one strategy achieved over the same N tasks."""

    name: str
    delays: list[float]  # per task: client learned it - simulator completed it, seconds
    requests: list[int]  # per task: GET /v1/tasks/{id} the simulator received
    completions: dict[str, tuple[float, float]]  # task id -> (created, completed), virtual seconds
    wall_seconds: float

    @property
    def median(self) -> float:
        return statistics.median(self.delays)

    @property
    def p90(self) -> float:
        return percentile(self.delays, 90)

    @property
    def requests_per_task(self) -> float:
        return statistics.fmean(self.requests)


class ProgressBlindClient(ApiClient):
    """An ApiClient whose poll replies carry no progress (``--hide-progress``)."""

    def get_task(self, task_id: str) -> Task:
        return dataclasses.replace(super().get_task(task_id), progress=None)


def percentile(values: list[float], pct: float) -> float:
    """Linear-interpolated percentile (inclusive), as numpy's default computes it."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def bench_requests(n: int) -> list[GenerationRequest]:
    # 720p, 4 s: the cheapest render; length and resolution do not affect the timeline.
    return [GenerationRequest(prompt=f"benchmark task {i}", duration=4, resolution="720p") for i in range(n)]


def start_sim(seed: int, task_seconds: float, clock: ManualClock, n: int) -> RunningSimulator:
    return start_simulator(
        SimulatorConfig(
            seed=seed,
            task_seconds=task_seconds,
            render_fps=RENDER_FPS,
            clock=clock,
            balance=1.0 * n + 100.0,  # a 720p 4 s task costs 0.15: never a 402
        )
    )


def wait_all_rendered(sim: RunningSimulator, task_ids: list[str]) -> None:
    """Block (in wall time, with virtual time frozen) until every MP4 exists."""
    for task_id in task_ids:
        if not sim.state.wait_rendered(task_id, timeout=300.0):
            raise RuntimeError(f"the simulator did not render {task_id} in 300 s")


def simulator_records(sim: RunningSimulator) -> tuple[dict[str, tuple[float, float]], Counter[str]]:
    """From the simulator's own records: each task's (created, completed) and its poll count."""
    tasks: list[dict[str, Any]] = requests.get(f"{sim.url}/_simulator/tasks", timeout=30).json()
    completions: dict[str, tuple[float, float]] = {}
    for task in tasks:
        completed = [h["time"] for h in task["history"] if h["status"] == "completed"]
        if task["status"] != "completed" or not completed:
            raise RuntimeError(f"task {task['id']} ended {task['status']}, not completed")
        completions[task["id"]] = (float(task["created"]), float(completed[0]))
    log: list[dict[str, Any]] = requests.get(f"{sim.url}/_simulator/log", timeout=30).json()
    polls: Counter[str] = Counter(
        e["task_id"] for e in log if e["method"] == "GET" and e["path"].startswith("/v1/tasks/")
    )
    return completions, polls


def run_adaptive(n: int, seed: int, task_seconds: float, hide_progress: bool = False) -> Outcome:
    """OmniDesk's engine, default cadence, driven step by step on the virtual clock."""
    began = time.perf_counter()
    clock = ManualClock()
    sim = start_sim(seed, task_seconds, clock, n)
    with tempfile.TemporaryDirectory(prefix="omnidesk-bench-") as tmp:
        root = Path(tmp)
        store = Store(root / "omnidesk.sqlite3")
        library = Library(root / "library", thumbnail_dir=root / "thumbs")

        def client_factory(policy: RetryPolicy) -> ApiClient:
            kind = ProgressBlindClient if hide_progress else ApiClient
            return kind(API_KEY, sim.url, policy=policy, clock=clock)

        config = EngineConfig(
            cadence=CadencePolicy(),  # the default: real seconds, time_scale 1.0
            requests_per_second=UNCAPPED_RPS,
            burst=UNCAPPED_RPS,
        )
        # Never start()ed: no scheduler thread and no download pool; this loop is the scheduler.
        engine = Engine(
            client_factory,
            store=store,
            library=library,
            config=config,
            clock=clock,
            lock_path=root / "engine.lock",
        )
        finished: set[int] = set()

        def on_event(event: EngineEvent) -> None:
            if isinstance(event, TaskUpdated) and event.record.is_terminal:
                finished.add(event.record.id)

        engine.subscribe(on_event)
        try:
            local_ids = [engine.submit(r).id for r in bench_requests(n)]
            # Send everything at the start instant (a step sends a few at a time).
            for _ in range(n + 10):
                if all(store.get(i).task_id is not None for i in local_ids):  # type: ignore[union-attr]
                    break
                engine.step()
            else:
                raise RuntimeError("the engine did not send every submission")
            task_ids = [store.get(i).task_id for i in local_ids]  # type: ignore[union-attr]
            wait_all_rendered(sim, [t for t in task_ids if t])

            deadline = clock() + task_seconds * VIRTUAL_TIMEOUT_FACTOR
            while len(finished) < n:
                delay = engine.step()
                if clock() > deadline:
                    raise RuntimeError(f"only {len(finished)} of {n} tasks finished in virtual time")
                # Jump straight to the next thing due: virtual time, no sleeping.
                if delay > 0:
                    clock.advance(delay)

            completions, polls = simulator_records(sim)
            delays, counts = [], []
            for local_id in local_ids:
                record = store.get(local_id)
                assert record is not None and record.task_id is not None
                if record.status is not TaskStatus.COMPLETED:
                    raise RuntimeError(f"task {record.task_id} ended {record.status}")
                learned = next(e.at for e in store.events(local_id) if e.status is TaskStatus.COMPLETED)
                delays.append(learned - completions[record.task_id][1])
                counts.append(polls[record.task_id])
        finally:
            engine.stop()
            store.close()
            sim.stop()
    return Outcome(
        "adaptive-noprogress" if hide_progress else "adaptive",
        delays,
        counts,
        completions,
        time.perf_counter() - began,
    )


def run_fixed(n: int, seed: int, task_seconds: float, interval: float) -> Outcome:
    """A plain poller: every task asked about every ``interval`` s, first one interval after submission."""
    began = time.perf_counter()
    clock = ManualClock()
    sim = start_sim(seed, task_seconds, clock, n)
    client = ApiClient(API_KEY, sim.url, policy=NO_RETRY, clock=clock)
    try:
        task_ids = [client.submit(r, str(uuid.uuid4())).task_id for r in bench_requests(n)]
        wait_all_rendered(sim, task_ids)
        start = clock()
        due: list[tuple[float, int]] = [(start + interval, i) for i in range(n)]
        heapq.heapify(due)
        learned: dict[str, float] = {}
        while due:
            at, index = heapq.heappop(due)
            if at > clock():
                clock.set(at)
            task = client.get_task(task_ids[index])
            if task.status in (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED):
                learned[task_ids[index]] = clock()
            else:
                # Scheduled from the previous due time, as a timer would: no drift.
                heapq.heappush(due, (at + interval, index))
        completions, polls = simulator_records(sim)
        delays = [learned[t] - completions[t][1] for t in task_ids]
        counts = [polls[t] for t in task_ids]
    finally:
        client.close()
        sim.stop()
    return Outcome(f"fixed{interval:g}", delays, counts, completions, time.perf_counter() - began)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def describe(seconds: list[float]) -> str:
    return f"min {min(seconds):.0f} s, median {statistics.median(seconds):.0f} s, max {max(seconds):.0f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--tasks", type=int, default=60, help="tasks per strategy (default 60)")
    parser.add_argument("--seed", type=int, default=1, help="simulator seed (default 1)")
    parser.add_argument(
        "--task-seconds", type=float, default=240.0, help="typical task length, +-30%% (default 240)"
    )
    parser.add_argument(
        "--hide-progress",
        action="store_true",
        help="the engine sees no progress in poll replies (falls back on estimated_time)",
    )
    args = parser.parse_args(argv)
    if args.tasks < 1:
        parser.error("--tasks must be at least 1")

    print(
        f"machine: {os.cpu_count()} cpu ({cpu_model()}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    print(
        f"{args.tasks} tasks per strategy, seed {args.seed}, task_seconds {args.task_seconds:g} (+-30%), "
        f"virtual time{'; engine sees NO progress' if args.hide_progress else ''}"
    )
    print(
        f"engine rate cap {UNCAPPED_RPS:g} req/s, burst {UNCAPPED_RPS:g}: far above need, never delays a poll"
    )

    runners: list[Callable[[], Outcome]] = [
        lambda: run_adaptive(args.tasks, args.seed, args.task_seconds, args.hide_progress),
        lambda: run_fixed(args.tasks, args.seed, args.task_seconds, 5.0),
        lambda: run_fixed(args.tasks, args.seed, args.task_seconds, 2.0),
    ]
    outcomes = [run() for run in runners]

    reference = outcomes[0].completions
    for outcome in outcomes[1:]:
        if outcome.completions != reference:
            print(f"ERROR: {outcome.name} saw different tasks than adaptive (seeded runs diverged)")
            return 1
    lengths = [done - created for created, done in reference.values()]
    print(f"completion times (identical for all strategies): {describe(lengths)}")
    print()

    fixed5 = next(o for o in outcomes if o.name == "fixed5")
    width = max(len(o.name) for o in outcomes)
    print(
        f"{'strategy':<{width}} {'median':>7} {'p90':>7} {'max':>7} {'req/task':>9} "
        f"{'delay vs fixed5':>16} {'req vs fixed5':>14} {'wall':>6}"
    )
    for o in outcomes:
        delay_ratio = o.median / fixed5.median if fixed5.median > 0 else float("nan")
        print(
            f"{o.name:<{width}} {o.median:>6.2f}s {o.p90:>6.2f}s {max(o.delays):>6.2f}s "
            f"{o.requests_per_task:>9.2f} {delay_ratio:>15.2f}x "
            f"{o.requests_per_task / fixed5.requests_per_task:>13.2f}x {o.wall_seconds:>5.1f}s"
        )
    adaptive = outcomes[0]
    # "Beats" on both the typical and the bad case: a lower median bought with a long tail is no win.
    beats = adaptive.median < fixed5.median and adaptive.p90 < fixed5.p90
    verdict = "PASS" if beats and adaptive.requests_per_task <= fixed5.requests_per_task else "FAIL"
    print(
        f"\ngoal (adaptive: lower median and p90 delay than fixed5, at no more requests per task): {verdict}"
    )
    print(
        " | ".join(
            f"{o.name} median={o.median:.2f}s p90={o.p90:.2f}s req/task={o.requests_per_task:.2f}"
            for o in outcomes
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
