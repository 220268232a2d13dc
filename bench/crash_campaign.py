"""Crash campaign: kill -9 OmniDesk at random moments, resume, and count what broke.

    .venv/bin/python bench/crash_campaign.py [--trials 50] [--seed 1] [--tasks 2]

Each trial gets a fresh data folder and starts real work against the
embedded simulator: ``--tasks`` CLI generations one after another in one
process tree (each a real ``omnidesk-cli generate``), and kills the running
one with SIGKILL at a random moment of its life — drawn uniformly over how
long a generation takes, so the kill lands while submitting, while the task
is polled, while the video downloads (downloads are throttled so that
window is wide) or while it is filed into the library. Then
``omnidesk-cli resume`` must finish everything, and the audit
(tests/helpers/crash.py) checks: every task the service created is known and
downloaded once and plays at the right size, no submission was billed as two
tasks (the simulator's own log), no ``.part`` or other half-written file is
left, and the database passes ``PRAGMA integrity_check``.

The last line is machine-readable:
``trials=N tasks=M lost=L duplicated=D corrupt=C``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.crash import audit, kill, resume, start_generate, submissions  # noqa: E402

# The simulator's pace for the campaign: tasks finish in about a second and a
# video downloads in about one more, so a random kill hits every phase.
SIMULATOR = {"task_seconds": "0.8", "download_rate": "400000"}


def phase(home: Path, known: int) -> str:
    """Where the killed process's submission stood when the kill landed (for the report);
    ``known`` submissions were there before it started."""
    records = submissions(home)
    if len(records) <= known:
        return "before recording"
    record = records[0]
    if record.state.value != "accepted":
        return f"submission {record.state.value}"
    if record.download_state is not None:
        return f"download {record.download_state.value}"
    return f"task {record.status.value if record.status else 'unknown'}"


def measure_lifetime(scratch: Path) -> float:
    """How long one uninterrupted generation takes here (the span kills are drawn from)."""
    home = scratch / "calibrate"
    started = time.monotonic()
    process = start_generate(home, "calibration run", **SIMULATOR)
    process.communicate(timeout=120)
    if process.returncode != 0:
        raise SystemExit(f"a plain generation failed (exit {process.returncode}); fix that first")
    return time.monotonic() - started


def trial(home: Path, rng: random.Random, lifetime: float, tasks: int) -> tuple[str, str]:
    """Run ``tasks`` generations, kill one at random; returns where it was killed and how resume ended."""
    victim = rng.randrange(tasks)
    where = "not killed"
    for index in range(tasks):
        known = len(submissions(home))
        process = start_generate(home, f"crash trial task {index}", **SIMULATOR)
        if index != victim:
            process.communicate(timeout=120)
            continue
        deadline = time.monotonic() + rng.uniform(0.05, lifetime)
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.005)
        if process.poll() is None:
            where = phase(home, known)
            kill(process)
        else:
            where = "finished before the kill"
    done = resume(home, task_seconds=SIMULATOR["task_seconds"])
    return where, "resumed" if done.returncode == 0 else f"resume exit {done.returncode}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tasks", type=int, default=2, help="generations per trial (one is killed)")
    parser.add_argument("--keep", action="store_true", help="keep each trial's folder")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    scratch = Path(tempfile.mkdtemp(prefix="omnidesk-crash-"))
    totals = Counter()
    phases: Counter[str] = Counter()
    try:
        lifetime = measure_lifetime(scratch)
        print(f"one generation takes {lifetime:.2f} s here; kills are drawn from that span", flush=True)
        for number in range(1, args.trials + 1):
            home = scratch / f"trial-{number:03d}"
            where, outcome = trial(home, rng, lifetime, args.tasks)
            found = audit(home)
            phases[where] += 1
            totals.update(
                tasks=found.tasks, lost=found.lost, duplicated=found.duplicated, corrupt=found.corrupt
            )
            verdict = "ok" if not found.problems and outcome == "resumed" else "FAILED"
            print(f"trial {number:3d}: killed {where:<24} {outcome:<10} {verdict}", flush=True)
            for problem in found.problems:
                print(f"    {problem}", flush=True)
            if outcome != "resumed":
                totals.update(lost=1)
            if not args.keep and verdict == "ok":
                shutil.rmtree(home, ignore_errors=True)
        print("kills by phase: " + ", ".join(f"{name} {count}" for name, count in sorted(phases.items())))
    finally:
        if not args.keep:
            shutil.rmtree(scratch / "calibrate", ignore_errors=True)
    print(
        f"trials={args.trials} tasks={totals['tasks']} lost={totals['lost']} "
        f"duplicated={totals['duplicated']} corrupt={totals['corrupt']}"
    )
    return 0 if totals["lost"] == totals["duplicated"] == totals["corrupt"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
