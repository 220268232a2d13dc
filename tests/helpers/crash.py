"""Real processes killed at bad moments, and an audit of what they left.

The CLI runs the simulator in-process with its state under OMNIDESK_HOME
(demo mode), so killing the CLI takes the server down with it, as an app
crash would, and the next command brings both back. ``audit`` reads the
store, the library and the simulator's own request log and counts what a
crash may have broken: tasks lost, tasks created (billed) twice, files
corrupt or left half-written. Used by tests/engine/test_crash.py and by
bench/crash_campaign.py.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from omnidesk.engine.store import DownloadState, Store, SubmitState
from omnidesk.media import MediaError, probe

TIMEOUT = 120.0  # only so a broken build cannot hang a run


def env_for(home: Path, **sim: str) -> dict[str, str]:
    env = dict(os.environ, OMNIDESK_HOME=str(home), OMNIDESK_SIM_RENDER_FPS="2")
    env.pop("OMNIDESK_API_KEY", None)
    env.pop("APIMART_API_KEY", None)
    env.update({f"OMNIDESK_SIM_{name.upper()}": value for name, value in sim.items()})
    return env


def start_generate(home: Path, prompt: str, *extra: str, **sim: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "omnidesk",
            "generate",
            "--simulate",
            "--prompt",
            prompt,
            "--duration",
            "4",
            *extra,
        ],
        env=env_for(home, **sim),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def store_path(home: Path) -> Path:
    return home / "data" / "omnidesk.sqlite3"


def submissions(home: Path) -> list:
    if not store_path(home).exists():
        return []
    with Store(store_path(home)) as store:
        return store.tasks()


def simulator_log(home: Path) -> list[dict]:
    path = home / "data" / "simulator" / "requests.jsonl"
    if not path.exists():
        return []
    entries = []
    for line in path.read_text().splitlines():
        if line.strip():
            try:
                entries.append(json.loads(line))
            except ValueError:
                continue  # a line cut by the kill: it recorded nothing
    return entries


def submissions_sent(home: Path) -> list[dict]:
    """The simulator's log entries of every generation request it received."""
    return [e for e in simulator_log(home) if e["method"] == "POST" and e["path"] == "/v1/videos/generations"]


def resume(home: Path, **sim: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "omnidesk", "resume", "--simulate", "--json"],
        env=env_for(home, **sim),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


@dataclass
class Audit:
    tasks: int = 0  # submissions OmniDesk knows
    lost: int = 0  # created on the service but unknown here, or known and not finished downloaded
    duplicated: int = 0  # one submission billed as two tasks, or one result filed twice
    corrupt: int = 0  # an unplayable or half-written file, or a database failing its check
    problems: list[str] = field(default_factory=list)


def audit(home: Path, *, width: int = 1280, height: int = 720) -> Audit:
    """What a crash followed by ``resume`` left behind (see the module docstring)."""
    result = Audit()
    records = []
    if store_path(home).exists():
        with Store(store_path(home)) as store:
            if not store.check_integrity():
                result.corrupt += 1
                result.problems.append("database integrity check failed")
            records = store.tasks()
            videos = {r.id: store.videos(r.id) for r in records}
    result.tasks = len(records)
    known_ids = {r.task_id for r in records if r.task_id}
    for record in records:
        if record.state is not SubmitState.ACCEPTED or record.download_state is not DownloadState.DONE:
            result.lost += 1
            result.problems.append(f"submission {record.id} ended {record.state}/{record.download_state}")
            continue
        for video in videos[record.id]:
            try:
                info = probe(video.local_path)
            except (MediaError, OSError, TypeError) as exc:
                result.corrupt += 1
                result.problems.append(f"submission {record.id}: its video does not play ({exc})")
                continue
            if (info.width, info.height) != (width, height):
                result.corrupt += 1
                result.problems.append(f"submission {record.id}: {info.width}x{info.height}")
    library = home / "library"
    files = list(library.glob("*.mp4")) if library.exists() else []
    if len(files) > len(records):
        result.duplicated += len(files) - len(records)
        result.problems.append(f"{len(files)} videos in the library for {len(records)} submissions")
    leftovers = [*library.rglob("*.part"), *(library / ".incoming").glob("*")] if library.exists() else []
    if leftovers:
        result.corrupt += len(leftovers)
        result.problems.append(f"left behind: {[p.name for p in leftovers]}")
    posts = submissions_sent(home)
    created = {e["task_id"] for e in posts if e.get("task_id")}
    keys = {e["idempotency_key"] for e in posts if e.get("task_id")}
    if len(created) > len(keys):
        result.duplicated += len(created) - len(keys)
        result.problems.append(f"{len(created)} tasks created for {len(keys)} idempotency keys")
    unknown = created - known_ids
    if unknown:
        result.lost += len(unknown)
        result.problems.append(f"tasks the service made that OmniDesk does not know: {sorted(unknown)}")
    return result
