"""Crash safety with real processes: kill -9 the CLI at the worst moments, then
`omnidesk-cli resume`. Every task must be found, completed, downloaded once,
and never submitted (billed) twice.

Demo mode end to end: the CLI runs the simulator in-process with its state
under OMNIDESK_HOME, so the killed process takes the server down with it, as
an app crash would, and the next command brings both back.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from omnidesk.engine.store import DownloadState, Store, SubmitState
from omnidesk.media import probe

TIMEOUT = 120.0  # only so a broken build cannot hang the suite


def env_for(home: Path, **sim: str) -> dict[str, str]:
    env = dict(os.environ, OMNIDESK_HOME=str(home), OMNIDESK_SIM_RENDER_FPS="2")
    env.pop("OMNIDESK_API_KEY", None)
    env.pop("APIMART_API_KEY", None)
    env.update({f"OMNIDESK_SIM_{name.upper()}": value for name, value in sim.items()})
    return env


def start_generate(home: Path, prompt: str, **sim: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "omnidesk", "generate", "--simulate", "--prompt", prompt, "--duration", "4"],
        env=env_for(home, **sim),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(predicate: Callable[[], bool], process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not predicate():
        if process.poll() is not None:
            raise AssertionError(f"the CLI ended before the moment to kill it: {process.communicate()}")
        if time.monotonic() > deadline:
            raise AssertionError("the moment to kill never came")
        time.sleep(0.02)


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def store_of(home: Path) -> Store:
    return Store(home / "data" / "omnidesk.sqlite3")


def submissions(home: Path) -> list:
    path = home / "data" / "omnidesk.sqlite3"
    if not path.exists():
        return []
    with store_of(home) as store:
        return store.tasks()


def simulator_log(home: Path) -> list[dict]:
    path = home / "data" / "simulator" / "requests.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def resume(home: Path, **sim: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "omnidesk", "resume", "--simulate", "--json"],
        env=env_for(home, **sim),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_everything_done_once(home: Path, expected_tasks: int) -> None:
    with store_of(home) as store:
        assert store.check_integrity()
        records = store.tasks()
        assert len(records) == expected_tasks
        for record in records:
            assert record.state is SubmitState.ACCEPTED
            assert record.download_state is DownloadState.DONE, record
            [video] = store.videos(record.id)
            assert video.local_path is not None
            info = probe(video.local_path)
            assert (info.width, info.height) == (1280, 720)
    library = home / "library"
    assert len(list(library.glob("*.mp4"))) == expected_tasks
    assert not list(library.rglob("*.part"))
    assert not list((library / ".incoming").glob("*"))
    log = simulator_log(home)
    posts = [e for e in log if e["method"] == "POST" and e["path"] == "/v1/videos/generations"]
    created = {e["task_id"] for e in posts if e["task_id"]}
    keys = {e["idempotency_key"] for e in posts}
    # Re-sends carry the same key and come back as the same task: one task, one charge each.
    assert len(created) == expected_tasks and len(keys) == expected_tasks


def test_killed_while_the_task_is_processing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    process = start_generate(home, "killed while processing", task_seconds="3")
    wait_for(lambda: any(r.state is SubmitState.ACCEPTED for r in submissions(home)), process)
    kill(process)
    resume(home, task_seconds="3")
    assert_everything_done_once(home, 1)


def test_killed_while_downloading(tmp_path: Path) -> None:
    home = tmp_path / "home"
    process = start_generate(home, "killed while downloading", task_seconds="0.3", download_rate="40000")
    wait_for(lambda: any(r.download_state is DownloadState.DOWNLOADING for r in submissions(home)), process)
    kill(process)
    resume(home, task_seconds="0.3")
    assert_everything_done_once(home, 1)


def test_killed_between_submitting_and_recording_the_task_id(tmp_path: Path) -> None:
    home = tmp_path / "home"
    process = start_generate(home, "killed before the reply", task_seconds="0.3", submit_delay="5")

    def task_created_but_not_recorded() -> bool:
        created = any(e["method"] == "POST" and e["task_id"] for e in simulator_log(home))
        return created and all(r.state is SubmitState.SENDING for r in submissions(home))

    wait_for(task_created_but_not_recorded, process)
    kill(process)
    resume(home, task_seconds="0.3")
    assert_everything_done_once(home, 1)
    posts = [e for e in simulator_log(home) if e["method"] == "POST"]
    assert len(posts) == 2  # the original and the re-send with its key, answered as a replay
