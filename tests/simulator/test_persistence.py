"""A simulator with a state dir outlives its process: a new one on the same
directory answers for every task, upload, link, Idempotency-Key, charge and
log entry as if the old one had never stopped - after a clean stop, and after
a kill -9 of a standalone server."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
import requests

from omnidesk.api.pricing import estimate_cost
from omnidesk.simulator import ManualClock, RunningSimulator, SimulatorConfig, StateDirBusy, start_simulator
from omnidesk.simulator.store import LOG_NAME
from tests.simulator.conftest import TIMEOUT, Api, base_body, image_bytes, wait_until

REPO_ROOT = Path(__file__).resolve().parents[2]
SUBMIT = "/v1/videos/generations"


def probe(data: bytes, tmp_path: Path) -> dict[str, Any]:
    """Size, duration and mean colour of the first frame of an MP4 given as bytes."""
    path = tmp_path / f"probe-{uuid.uuid4().hex}.mp4"
    path.write_bytes(data)
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        first = next(container.decode(video=0)).to_ndarray(format="rgb24")
        return {
            "size": (video.codec_context.width, video.codec_context.height),
            "duration": container.duration / av.time_base,
            "first_mean": first.reshape(-1, 3).mean(axis=0),
        }


def durable(make_simulator: Callable[..., RunningSimulator], state_dir: Path, **overrides: Any) -> Api:
    """A simulator on ``state_dir`` (the fixture's manual clock, seed 3) and its Api."""
    settings: dict[str, Any] = {"state_dir": state_dir, "data_dir": None, "seed": 3}
    settings.update(overrides)
    return Api(make_simulator(**settings))


def test_a_restarted_simulator_carries_on_where_the_last_one_stopped(
    make_simulator: Callable[..., RunningSimulator], clock: ManualClock, tmp_path: Path
) -> None:
    state_dir = tmp_path / "state"
    first = durable(make_simulator, state_dir)
    text_key, frame_key = str(uuid.uuid4()), str(uuid.uuid4())

    # A text task that completes (and is charged) before the restart...
    text_body = base_body(resolution="1080p", aspect_ratio="9:16", duration=4)
    text_id = first.submit_ok(text_body, key=text_key)
    done = first.finish(text_id, clock, seconds=20)
    assert done["status"] == "completed"
    [old_link] = done["result"]["videos"][0]["url"]

    # ...and a first-frame task from an upload, whose video the old process never renders.
    first.sim.state.renders_open.clear()
    picture = image_bytes(colour=(200, 40, 40), size=(320, 180))
    upload = first.upload(picture).json()
    frame_body = base_body(generation_type="frame", image_urls=[upload["url"]], duration=6)
    frame_id = first.submit_ok(frame_body, key=frame_key)
    assert first.task(frame_id).json()["data"]["status"] == "pending"
    before = first.get("/v1/balance").json()
    assert before["used_balance"] == pytest.approx(estimate_cost("1080p", 4))
    first.sim.stop()

    clock.advance(1000)
    second = durable(make_simulator, state_dir)
    assert set(second.sim.state.tasks) == {text_id, frame_id}
    assert second.sim.state.wait_rendered(frame_id, TIMEOUT)

    # The completed task is unchanged, its old link (and token) still good on the new server.
    again = second.task(text_id).json()["data"]
    [new_link] = again.pop("result")["videos"][0]["url"]
    assert again == {name: value for name, value in done.items() if name != "result"}
    assert new_link == old_link.replace(first.url, second.url)  # same token, this server's host
    video = requests.get(new_link, timeout=TIMEOUT)
    assert video.status_code == 200
    text_video = probe(video.content, tmp_path)
    assert text_video["size"] == (1080, 1920) and text_video["duration"] == pytest.approx(4, abs=0.25)

    # The other one was rendered by the new process, from the persisted upload, and completed.
    frame = second.task(frame_id).json()["data"]
    assert frame["status"] == "completed" and frame["progress"] == 100
    assert frame["cost"] == pytest.approx(estimate_cost("720p", 6))
    [frame_link] = frame["result"]["videos"][0]["url"]
    frame_video = probe(requests.get(frame_link, timeout=TIMEOUT).content, tmp_path)
    assert frame_video["size"] == (1280, 720) and frame_video["duration"] == pytest.approx(6, abs=0.25)
    assert np.allclose(frame_video["first_mean"], (200, 40, 40), atol=20)
    assert requests.get(second.url + urlpath(upload["url"]), timeout=TIMEOUT).content == picture

    # Charged once each, across both processes.
    balance = second.get("/v1/balance").json()
    charges = estimate_cost("1080p", 4) + estimate_cost("720p", 6)
    assert balance["used_balance"] == pytest.approx(charges)
    assert balance["remain_balance"] == pytest.approx(100 - charges)

    # The client re-sending after its crash gets the same task back, and nothing new.
    replay = second.submit(frame_body, key=frame_key)
    assert replay.headers["Idempotency-Replayed"] == "true"
    assert replay.json()["data"][0]["task_id"] == frame_id
    assert len(second.get("/_simulator/tasks").json()) == 2
    assert second.get("/v1/balance").json()["used_balance"] == pytest.approx(charges)

    # The log holds both processes' requests: one real submission per key, then the replay.
    submissions = [e for e in second.get("/_simulator/log").json() if e["path"] == SUBMIT]
    assert [(e["idempotency_key"], e["task_id"], e["status"]) for e in submissions] == [
        (text_key, text_id, 200),
        (frame_key, frame_id, 200),
        (frame_key, frame_id, 200),
    ]
    assert len({e["time"] for e in submissions}) == 3


def urlpath(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_a_task_answers_exactly_as_if_its_simulator_had_never_stopped(
    make_simulator: Callable[..., RunningSimulator], clock: ManualClock, tmp_path: Path
) -> None:
    """Twin simulators on one clock and seed: one in memory, one restarted half way."""
    state_dir = tmp_path / "state"
    steady = Api(make_simulator(seed=5))
    restarted = durable(make_simulator, state_dir, seed=5)
    body = base_body(resolution="4k", duration=8)
    task_id = steady.submit_ok(body)
    assert restarted.submit_ok(body) == task_id  # same clock, same seed: same id
    for api in (steady, restarted):
        assert api.sim.state.wait_rendered(task_id, TIMEOUT)

    def view(api: Api) -> dict[str, Any]:
        data = api.task(task_id).json()["data"]
        if "result" in data:  # the link's host and token are the server's own
            data["result"] = data["result"]["videos"][0]["expires_at"]
        return data

    seen = []
    for step in range(30):
        if step == 10:
            restarted.sim.stop()
            restarted = durable(make_simulator, state_dir, seed=5)
        seen.append(view(steady))
        assert view(restarted) == seen[-1]
        clock.advance(0.5)
    assert {data["status"] for data in seen} == {"pending", "processing", "completed"}
    control = {task["id"]: task for task in restarted.get("/_simulator/tasks").json()}
    assert control[task_id]["history"] == steady.get("/_simulator/tasks").json()[0]["history"]

    # The seeded stream carries on too: the next task is drawn alike on both.
    next_id = steady.submit_ok()
    assert restarted.submit_ok() == next_id
    plans = [
        {task["id"]: task["planned_end"] for task in api.get("/_simulator/tasks").json()}
        for api in (steady, restarted)
    ]
    assert plans[0] == plans[1]


def test_one_state_dir_serves_one_simulator_at_a_time(
    make_simulator: Callable[..., RunningSimulator], tmp_path: Path
) -> None:
    state_dir = tmp_path / "state"
    first = durable(make_simulator, state_dir)
    with pytest.raises(StateDirBusy, match=rf"in use by another simulator \(process {os.getpid()}\)"):
        start_simulator(SimulatorConfig(state_dir=state_dir))
    first.sim.stop()
    durable(make_simulator, state_dir)  # free again once stopped


def test_what_a_crash_leaves_behind_is_tidied_on_load(
    make_simulator: Callable[..., RunningSimulator], tmp_path: Path
) -> None:
    state_dir = tmp_path / "state"
    first = durable(make_simulator, state_dir)
    first.submit_ok()
    upload = first.upload(image_bytes()).json()
    first.sim.stop()
    # A log line cut by a kill, a half-written video, an upload whose record never committed.
    with (state_dir / LOG_NAME).open("ab") as handle:
        handle.write(b'{"time": 1, "meth')
    (state_dir / "videos" / "task_X.mp4.part").write_bytes(b"partial")
    (state_dir / "uploads" / "0123456789abcdef").mkdir()

    second = durable(make_simulator, state_dir)
    second.get("/v1/balance")
    log = second.get("/_simulator/log").json()
    assert [entry["path"] for entry in log] == [SUBMIT, "/v1/uploads/images", "/v1/balance"]
    assert not (state_dir / "videos" / "task_X.mp4.part").exists()
    assert sorted(p.name for p in (state_dir / "uploads").iterdir()) == [urlpath(upload["url"]).split("/")[3]]

    # A reset empties the state dir as well.
    assert second.post("/_simulator/reset").status_code == 200
    second.sim.stop()
    third = durable(make_simulator, state_dir)
    assert third.get("/_simulator/tasks").json() == [] and third.get("/_simulator/log").json() == []
    assert third.get("/v1/balance").json()["remain_balance"] == 100


# --- a standalone server killed with SIGKILL ------------------------------------------------------


def start_standalone(state_dir: Path) -> tuple[subprocess.Popen[str], str, str]:
    """``python -m omnidesk.simulator`` on ``state_dir``; returns it, its URL and its state line."""
    command = [sys.executable, "-m", "omnidesk.simulator", "--port", "0", "--state-dir", str(state_dir)]
    command += ["--task-seconds", "0.2", "--render-fps", "1", "--seed", "7"]
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    first_line, state_line = process.stdout.readline(), process.stdout.readline()
    match = re.match(r"OmniDesk simulator listening on (http://127\.0\.0\.1:\d+) ", first_line)
    if match is None:
        process.kill()
        raise AssertionError(first_line + process.communicate()[1])
    return process, match.group(1), state_line


def test_a_standalone_simulator_killed_after_replying_still_knows_the_task(tmp_path: Path) -> None:
    state_dir = tmp_path / "state"
    headers = {"Authorization": "Bearer any-key", "Idempotency-Key": str(uuid.uuid4())}
    process, url, _ = start_standalone(state_dir)
    try:
        reply = requests.post(url + SUBMIT, json=base_body(), headers=headers, timeout=TIMEOUT)
        process.kill()  # SIGKILL on POSIX: no cleanup of any kind
        process.communicate()
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert reply.status_code == 200
    task_id = reply.json()["data"][0]["task_id"]

    process, url, state_line = start_standalone(state_dir)
    try:
        assert "1 task(s) carried over" in state_line
        with pytest.raises(StateDirBusy, match=str(process.pid)):
            start_simulator(SimulatorConfig(state_dir=state_dir))
        auth = {"Authorization": "Bearer any-key"}

        def status() -> str:
            response = requests.get(f"{url}/v1/tasks/{task_id}", headers=auth, timeout=TIMEOUT)
            assert response.status_code == 200, response.text
            return str(response.json()["data"]["status"])

        wait_until(lambda: status() == "completed")  # the task's own (wall-clock) timeline
        replay = requests.post(url + SUBMIT, json=base_body(), headers=headers, timeout=TIMEOUT)
        assert replay.headers["Idempotency-Replayed"] == "true"
        assert replay.json()["data"][0]["task_id"] == task_id
        log = requests.get(url + "/_simulator/log", timeout=TIMEOUT).json()
        assert [(e["task_id"], e["status"]) for e in log if e["path"] == SUBMIT] == [
            (task_id, 200),
            (task_id, 200),
        ]
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err
