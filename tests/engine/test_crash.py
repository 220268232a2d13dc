"""Crash safety with real processes: kill -9 the CLI at the worst moments, then
`omnidesk-cli resume`. Every task must be found, completed, downloaded once,
and never submitted (billed) twice.

Demo mode end to end: the CLI runs the simulator in-process with its state
under OMNIDESK_HOME, so the killed process takes the server down with it, as
an app crash would, and the next command brings both back.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from omnidesk.engine.store import DownloadState, SubmitState
from tests.helpers.crash import (
    TIMEOUT,
    audit,
    kill,
    resume,
    simulator_log,
    start_generate,
    submissions,
    submissions_sent,
)


def wait_for(predicate: Callable[[], bool], process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not predicate():
        if process.poll() is not None:
            raise AssertionError(f"the CLI ended before the moment to kill it: {process.communicate()}")
        if time.monotonic() > deadline:
            raise AssertionError("the moment to kill never came")
        time.sleep(0.02)


def kill_now(process: subprocess.Popen[str]) -> None:
    kill(process)
    assert process.returncode == -signal.SIGKILL


def resume_ok(home: Path, **sim: str) -> dict:
    result = resume(home, **sim)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_everything_done_once(home: Path, expected_tasks: int) -> None:
    found = audit(home)
    assert found.problems == []
    assert (found.tasks, found.lost, found.duplicated, found.corrupt) == (expected_tasks, 0, 0, 0)
    # Re-sends carry the same key and come back as the same task: one task, one charge each.
    assert len({e["task_id"] for e in submissions_sent(home) if e["task_id"]}) == expected_tasks


def test_killed_while_the_task_is_processing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    process = start_generate(home, "killed while processing", task_seconds="3")
    wait_for(lambda: any(r.state is SubmitState.ACCEPTED for r in submissions(home)), process)
    kill_now(process)
    resume_ok(home, task_seconds="3")
    assert_everything_done_once(home, 1)


def test_killed_while_downloading(tmp_path: Path) -> None:
    home = tmp_path / "home"
    process = start_generate(home, "killed while downloading", task_seconds="0.3", download_rate="40000")
    wait_for(lambda: any(r.download_state is DownloadState.DOWNLOADING for r in submissions(home)), process)
    kill_now(process)
    resume_ok(home, task_seconds="0.3")
    assert_everything_done_once(home, 1)


def test_killed_between_submitting_and_recording_the_task_id(tmp_path: Path) -> None:
    home = tmp_path / "home"
    process = start_generate(home, "killed before the reply", task_seconds="0.3", submit_delay="5")

    def task_created_but_not_recorded() -> bool:
        created = any(e["method"] == "POST" and e["task_id"] for e in simulator_log(home))
        return created and all(r.state is SubmitState.SENDING for r in submissions(home))

    wait_for(task_created_but_not_recorded, process)
    kill_now(process)
    resume_ok(home, task_seconds="0.3")
    assert_everything_done_once(home, 1)
    posts = submissions_sent(home)
    assert len(posts) == 2  # the original and the re-send with its key, answered as a replay
