"""GET /v1/tasks/{id}: the lifecycle driven by a manual clock, failures,
localised messages, billing, the 402 and result links that expire."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from omnidesk.api.pricing import credits_for, estimate_cost
from omnidesk.simulator import ManualClock, RunningSimulator
from omnidesk.simulator import render as render_module
from tests.simulator.conftest import TIMEOUT, Api, assert_error, base_body


def test_a_task_goes_pending_processing_completed_with_the_clock(api: Api, clock: ManualClock) -> None:
    created_at = clock()
    task_id = api.submit_ok(base_body(resolution="1080p", duration=8))
    seen: list[dict[str, Any]] = []
    # 10 s tasks take 7-13 s, of which the first 10-25 % queue: step through it in 0.5 s.
    for _ in range(30):
        seen.append(api.task(task_id).json()["data"])
        clock.advance(0.5)
    api.sim.state.wait_rendered(task_id, TIMEOUT)
    seen.append(api.task(task_id).json()["data"])

    statuses = [data["status"] for data in seen]
    assert statuses[0] == "pending"
    assert "processing" in statuses
    assert statuses[-1] == "completed"
    order = {"pending": 0, "processing": 1, "completed": 2}
    assert [order[s] for s in statuses] == sorted(order[s] for s in statuses)
    progress = [data["progress"] for data in seen]
    assert progress == sorted(progress) and progress[0] == 0 and progress[-1] == 100
    assert all(0 < data["progress"] < 100 for data in seen if data["status"] == "processing")

    done = seen[-1]
    assert done["id"] == task_id
    assert done["created"] == int(created_at)
    assert done["completed"] >= done["created"]
    assert done["actual_time"] >= 1 and done["estimated_time"] >= 1
    assert done["cost"] == pytest.approx(estimate_cost("1080p", 8))
    assert done["credits_cost"] == credits_for(estimate_cost("1080p", 8))
    [video] = done["result"]["videos"]
    assert isinstance(video["url"], list) and len(video["url"]) == 1
    assert video["url"][0].startswith(api.url + "/files/videos/")
    assert video["expires_at"] == pytest.approx(done["completed"] + 24 * 3600, abs=1)
    for data in seen:
        if data["status"] != "completed":
            assert "result" not in data and "completed" not in data and "cost" not in data


def test_the_history_records_each_change_with_its_time(api: Api, clock: ManualClock) -> None:
    task_id = api.submit_ok(key="history-key")
    api.finish(task_id, clock)
    [task] = api.get("/_simulator/tasks").json()
    assert task["id"] == task_id
    assert task["idempotency_key"] == "history-key"
    assert task["body"] == base_body()
    assert task["cost"] == pytest.approx(estimate_cost("720p", 4)) and task["charged"] is True
    history = task["history"]
    assert [entry["status"] for entry in history] == ["submitted", "pending", "processing", "completed"]
    times = [entry["time"] for entry in history]
    assert times == sorted(times)
    assert times[0] == task["created"]


def test_completed_only_once_the_video_exists(
    api: Api, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    real_render = render_module.render_video

    def held_render(spec: render_module.RenderSpec, destination: Path) -> None:
        gate.wait(TIMEOUT)
        real_render(spec, destination)

    monkeypatch.setattr(render_module, "render_video", held_render)
    task_id = api.submit_ok()
    clock.advance(1000)
    data = api.task(task_id).json()["data"]
    assert (data["status"], data["progress"]) == ("processing", 99)
    gate.set()
    assert api.sim.state.wait_rendered(task_id, TIMEOUT)
    data = api.task(task_id).json()["data"]
    assert data["status"] == "completed"
    assert requests.get(data["result"]["videos"][0]["url"][0], timeout=TIMEOUT).status_code == 200


def test_a_render_that_breaks_fails_the_task(
    api: Api, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_render(spec: render_module.RenderSpec, destination: Path) -> None:
        raise RuntimeError("encoder exploded")

    monkeypatch.setattr(render_module, "render_video", broken_render)
    task_id = api.submit_ok()
    data = api.finish(task_id, clock)
    assert data["status"] == "failed"
    assert data["error"]["code"] == "task_failed" and data["cost"] == 0


@pytest.fixture
def failing(make_simulator: Callable[..., RunningSimulator]) -> Api:
    return Api(make_simulator(seed=3, fail_rate=1.0))


def test_failed_tasks_report_a_reason_and_cost_nothing(failing: Api, clock: ManualClock) -> None:
    task_ids = [failing.submit_ok() for _ in range(8)]
    clock.advance(1000)
    kinds = set()
    for task_id in task_ids:
        data = failing.task(task_id).json()["data"]
        assert data["status"] == "failed"
        assert data["cost"] == 0 and data["credits_cost"] == 0
        assert "result" not in data
        error = data["error"]
        assert error["code"] == "task_failed"
        assert error["message"] and "req_" in error["message"]
        kinds.add(error["type"])
        assert 0 <= data["progress"] < 100
    assert kinds == {"content_moderation", "upstream_quota_exhausted", "upstream_timeout"}
    balance = failing.get("/v1/balance").json()
    assert (balance["remain_balance"], balance["used_balance"]) == (100.0, 0.0)
    assert not any(path.suffix == ".mp4" for path in failing.sim.state.data_dir.rglob("*"))


@pytest.mark.parametrize(
    ("language", "script"),
    [("zh", "\u4e00-\u9fff"), ("ja", "\u30a0-\u30ff\u4e00-\u9fff"), ("ko", "\uac00-\ud7af")],
)
def test_failure_messages_are_localised(failing: Api, clock: ManualClock, language: str, script: str) -> None:
    import re

    task_id = failing.submit_ok()
    clock.advance(1000)
    english = failing.task(task_id, "en").json()["data"]["error"]
    local = failing.task(task_id, language).json()["data"]["error"]
    assert local["type"] == english["type"] and local["code"] == "task_failed"
    assert local["message"] != english["message"]
    assert re.search(f"[{script}]", local["message"])


def test_an_unknown_language_falls_back_to_english(failing: Api, clock: ManualClock) -> None:
    task_id = failing.submit_ok()
    clock.advance(1000)
    assert failing.task(task_id, "xx").json() == failing.task(task_id, "en").json()


@pytest.mark.parametrize(
    "task_id",
    ["task_01KS1H7ZYSJWH1N779S2FSHTKA", "task_123", "not-a-task", "TASK_01KS1H7ZYSJWH1N779S2FSHTKA", "a/b"],
)
def test_an_unknown_or_malformed_task_id(api: Api, task_id: str) -> None:
    message = assert_error(api.task(task_id), 400, "invalid_request_error")
    assert message == "invalid task ID"


def test_the_unknown_task_message_is_localised(api: Api) -> None:
    response = api.task("task_01KS1H7ZYSJWH1N779S2FSHTKA", "zh")
    assert assert_error(response, 400, "invalid_request_error") == "无效的任务 ID"


# --- balance and billing --------------------------------------------------------------------------


def test_the_balance_goes_down_by_each_completed_task(api: Api, clock: ManualClock) -> None:
    first = api.submit_ok(base_body(resolution="720p", duration=4))
    second = api.submit_ok(base_body(resolution="4k", duration=10))
    for path in ("/v1/balance", "/v1/user/balance"):
        before = api.get(path).json()
        assert before == {
            "success": True,
            "remain_balance": 100.0,
            "used_balance": 0.0,
            "unlimited_quota": False,
        }
    api.finish(first, clock)
    api.sim.state.wait_rendered(second, TIMEOUT)
    for path in ("/v1/balance", "/v1/user/balance"):
        after = api.get(path).json()
        assert after["success"] is True
        assert after["used_balance"] == pytest.approx(0.55)
        assert after["remain_balance"] == pytest.approx(99.45)


def test_402_once_the_balance_cannot_pay(
    make_simulator: Callable[..., RunningSimulator], clock: ManualClock
) -> None:
    api = Api(make_simulator(balance=0.30))
    first = api.submit_ok(base_body(duration=6))  # 0.17
    # 0.13 is what is left once the first task is paid for.
    message = assert_error(api.submit(base_body(duration=6)), 402, "payment_required")
    assert "balance" in message.lower()
    assert len(api.sim.state.tasks) == 1
    api.finish(first, clock)
    assert api.get("/v1/balance").json()["remain_balance"] == pytest.approx(0.13)
    assert_error(api.submit(base_body(duration=4)), 402, "payment_required")
    api.sim.state.set_balance(10)
    assert api.submit(base_body(duration=4)).status_code == 200


def test_a_failed_task_releases_what_it_held(
    make_simulator: Callable[..., RunningSimulator], clock: ManualClock
) -> None:
    api = Api(make_simulator(balance=0.2, fail_rate=1.0, seed=5))
    api.submit_ok(base_body(duration=10))  # 0.20, all of it
    assert_error(api.submit(base_body(duration=10)), 402, "payment_required")
    clock.advance(1000)
    assert api.submit(base_body(duration=10)).status_code == 200


# --- result links ----------------------------------------------------------------------------------


def test_result_links_stop_working_when_they_expire(
    make_simulator: Callable[..., RunningSimulator], clock: ManualClock
) -> None:
    api = Api(make_simulator(link_ttl=3600))
    task_id = api.submit_ok()
    data = api.finish(task_id, clock)
    [video] = data["result"]["videos"]
    url = video["url"][0]
    assert video["expires_at"] == pytest.approx(data["completed"] + 3600, abs=1)
    assert requests.get(url, timeout=TIMEOUT).status_code == 200
    clock.set(video["expires_at"] + 1)
    assert_error(requests.get(url, timeout=TIMEOUT), 403, "permission_error")


def test_expire_links_helper(api: Api, clock: ManualClock) -> None:
    data = api.finish(api.submit_ok(), clock)
    api.sim.state.expire_links()
    assert requests.get(data["result"]["videos"][0]["url"][0], timeout=TIMEOUT).status_code == 403


def test_a_link_needs_its_token_and_a_finished_task(api: Api, clock: ManualClock) -> None:
    task_id = api.submit_ok()
    early = f"{api.url}/files/videos/{task_id}.mp4"
    assert_error(requests.get(early, timeout=TIMEOUT), 404, "not_found_error")
    url = api.finish(task_id, clock)["result"]["videos"][0]["url"][0]
    assert_error(requests.get(url.split("?")[0] + "?token=forged", timeout=TIMEOUT), 403, "permission_error")
    assert requests.get(url, timeout=TIMEOUT, allow_redirects=False).status_code == 200
