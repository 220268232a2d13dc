"""Fixtures for the simulator tests: real servers on free ports, a manual clock,
a small HTTP helper and image factories. No mocks of HTTP: every test talks to
a running simulator with ``requests``."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from omnidesk.simulator import ManualClock, RunningSimulator, SimulatorConfig, start_simulator

TIMEOUT = 10.0  # seconds; generous, only there so a broken server cannot hang the suite
API_KEY = "sk-test-simulator-key"


def base_body(**overrides: Any) -> dict[str, Any]:
    """A valid text-to-video submission, with fields replaced (None removes one)."""
    body: dict[str, Any] = {
        "model": "Omni-Flash-Ext",
        "prompt": "a lighthouse at dusk, slow dolly in, waves and gulls",
        "duration": 4,
        "resolution": "720p",
        "aspect_ratio": "16:9",
    }
    body.update(overrides)
    return {name: value for name, value in body.items() if value is not None}


def image_bytes(
    colour: tuple[int, int, int] = (30, 160, 220), size: tuple[int, int] = (320, 180), fmt: str = "PNG"
) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, fmt)
    return buffer.getvalue()


def wait_until(predicate: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    """Wait for a condition another thread brings about (not a timing assertion)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.005)


class Api:
    """A thin ``requests`` wrapper for one simulator and one API key."""

    def __init__(self, sim: RunningSimulator, key: str | None = API_KEY) -> None:
        self.sim = sim
        self.url = sim.url
        self.key = key

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.key}"} if self.key else {}
        headers.update(extra or {})
        return headers

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        headers = self.headers(kwargs.pop("headers", None))
        return requests.get(self.url + path, headers=headers, timeout=TIMEOUT, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        headers = self.headers(kwargs.pop("headers", None))
        return requests.post(self.url + path, headers=headers, timeout=TIMEOUT, **kwargs)

    def submit(
        self,
        body: dict[str, Any] | None = None,
        *,
        key: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> requests.Response:
        extra = dict(headers or {})
        if key is not None:
            extra["Idempotency-Key"] = key
        return self.post("/v1/videos/generations", json=base_body() if body is None else body, headers=extra)

    def submit_ok(self, body: dict[str, Any] | None = None, **kwargs: Any) -> str:
        """Submit and return the new task id (array-shaped reply)."""
        response = self.submit(body, **kwargs)
        assert response.status_code == 200, response.text
        return response.json()["data"][0]["task_id"]

    def task(self, task_id: str, language: str | None = None) -> requests.Response:
        params = {"language": language} if language else None
        return self.get(f"/v1/tasks/{task_id}", params=params)

    def upload(self, data: bytes, filename: str = "photo.png") -> requests.Response:
        return self.post("/v1/uploads/images", files={"file": (filename, data)})

    def finish(self, task_id: str, clock: ManualClock, seconds: float = 1000.0) -> dict[str, Any]:
        """Move time past the task's end, wait for its render, and poll it once."""
        clock.advance(seconds)
        assert self.sim.state.wait_rendered(task_id, TIMEOUT)
        response = self.task(task_id)
        assert response.status_code == 200, response.text
        return response.json()["data"]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_simulator(clock: ManualClock, tmp_path: Path) -> Iterator[Callable[..., RunningSimulator]]:
    """Start simulators with config overrides; every one is stopped after the test.

    Defaults suit tests: the manual clock, 10 s tasks (moved by the clock, not
    waited for), 1 fps renders, data in ``tmp_path``.
    """
    started: list[RunningSimulator] = []

    def make(**overrides: Any) -> RunningSimulator:
        settings: dict[str, Any] = {
            "clock": clock,
            "task_seconds": 10.0,
            "render_fps": 1,
            "slow_seconds": 0.05,
            "data_dir": tmp_path / f"sim{len(started)}",
        }
        settings.update(overrides)
        simulator = start_simulator(SimulatorConfig(**settings))
        started.append(simulator)
        return simulator

    yield make
    for simulator in started:
        simulator.stop()


@pytest.fixture
def sim(make_simulator: Callable[..., RunningSimulator]) -> RunningSimulator:
    return make_simulator(seed=1)


@pytest.fixture
def api(sim: RunningSimulator) -> Api:
    return Api(sim)


def assert_error(response: requests.Response, status: int, error_type: str) -> str:
    """Check API.md's error envelope exactly; returns the message."""
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"code", "message", "type"}
    assert error["code"] == status
    assert error["type"] == error_type
    assert isinstance(error["message"], str) and error["message"]
    return error["message"]
