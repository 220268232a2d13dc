"""Fault campaign: 100 tasks through a simulator that fails 30 % of requests on purpose.

    .venv/bin/python bench/fault_campaign.py [--tasks 100] [--error-rate 0.3] [--retry-after 0.5] [--seed 3]

The real engine (threads, rate cap, downloads) against the embedded
simulator injecting transient faults into every kind of request: 429 with
Retry-After (in seconds or as an HTTP date), 500/502/503 (some with a
proxy's HTML page), slow replies, dropped connections, replies lost after
the task was made, truncated downloads. Every task must end completed,
downloaded and playable; the simulator must have made exactly one task per
submission; and, from the simulator's own request log, no API request may
follow a 429 sooner than its Retry-After allowed.

The last line is machine-readable:
``tasks=N completed=C downloaded=D duplicated=X early_after_429=E faults=F seconds=S``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from omnidesk.api.models import GenerationRequest, TaskStatus  # noqa: E402
from omnidesk.engine.store import DownloadState  # noqa: E402
from omnidesk.media import probe  # noqa: E402
from omnidesk.simulator import SimulatorConfig, start_simulator  # noqa: E402
from tests.helpers.engine_harness import Harness, fast_config, wait_until  # noqa: E402

# Retry-After dates have one-second resolution and the log's clock is the same
# machine's: allow this much for the two clocks' reading order.
CLOCK_SLACK = 0.02


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--error-rate", type=float, default=0.3)
    parser.add_argument("--retry-after", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)

    import tempfile

    root = Path(tempfile.mkdtemp(prefix="omnidesk-faults-"))
    config = SimulatorConfig(
        task_seconds=0.5,
        render_fps=2,
        seed=args.seed,
        error_rate=args.error_rate,
        retry_after=args.retry_after,
        slow_seconds=0.2,
    )
    started = time.monotonic()
    with start_simulator(config) as sim:
        harness = Harness(sim, root)
        engine = harness.engine(fast_config(download_retry_first=0.05, download_retry_max=0.5))
        try:
            records = [
                engine.submit(GenerationRequest(f"fault campaign task {n}", duration=4))
                for n in range(args.tasks)
            ]
            wait_until(lambda: all(engine.is_settled(r.id) for r in records), timeout=1800)
            completed = downloaded = 0
            for record in records:
                done = harness.store.get(record.id)
                if done is not None and done.status is TaskStatus.COMPLETED:
                    completed += 1
                for video in harness.store.videos(record.id):
                    if video.state is DownloadState.DONE and video.local_path is not None:
                        probe(video.local_path)  # raises if it does not play
                        downloaded += 1
            log = harness.log()
            made = len(requests.get(f"{sim.url}/_simulator/tasks", timeout=10).json())
        finally:
            harness.close()
    seconds = time.monotonic() - started

    faults = sum(1 for e in log if e.get("status") in (429, 500, 502, 503) or e.get("status") is None)
    api = [e for e in log if e["path"].startswith("/v1/")]
    early = 0
    for index, entry in enumerate(api):
        if entry["status"] != 429:
            continue
        later = [e for e in api[index + 1 :] if e["time"] > entry["time"]]
        if later and later[0]["time"] < entry["time"] + args.retry_after - CLOCK_SLACK:
            early += 1
            print(
                f"request at {later[0]['time']:.3f} only {later[0]['time'] - entry['time']:.3f} s after a 429"
            )
    rate_limited = sum(1 for e in api if e["status"] == 429)
    print(f"{len(log)} requests, {faults} of them faults ({rate_limited} rate limits); {made} tasks made")
    print(
        f"tasks={args.tasks} completed={completed} downloaded={downloaded} duplicated={made - args.tasks} "
        f"early_after_429={early} faults={faults} seconds={seconds:.0f}"
    )
    ok = completed == downloaded == args.tasks and made == args.tasks and early == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
