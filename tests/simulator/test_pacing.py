"""Deliberate slowness for crash tests: ``submit_delay`` (the task exists before
its reply is sent) and ``download_rate`` (a download takes long enough to be
cut, and resumes with Range)."""

from __future__ import annotations

import io
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import requests
from PIL import Image

from omnidesk.simulator import RunningSimulator
from omnidesk.simulator.files import throttled_chunk_bytes
from tests.simulator.conftest import API_KEY, TIMEOUT, Api, base_body, wait_until

SUBMIT = "/v1/videos/generations"


def test_a_delayed_reply_times_out_but_the_task_exists(
    make_simulator: Callable[..., RunningSimulator], tmp_path: Path
) -> None:
    state_dir = tmp_path / "state"
    api = Api(make_simulator(submit_delay=2.0, state_dir=state_dir, data_dir=None))
    key = str(uuid.uuid4())
    headers = {"Authorization": f"Bearer {API_KEY}", "Idempotency-Key": key}
    # Any read timeout shorter than the delay expires: the reply is held that long.
    with pytest.raises(requests.ReadTimeout):
        requests.post(api.url + SUBMIT, json=base_body(), headers=headers, timeout=(TIMEOUT, 0.2))
    wait_until(lambda: bool(api.get("/_simulator/log").json()))  # logged just after the task was made
    [task] = api.get("/_simulator/tasks").json()
    assert task["idempotency_key"] == key
    # Logged with what the server answered, though the answer has not left yet.
    [logged] = api.get("/_simulator/log").json()
    assert (logged["task_id"], logged["status"]) == (task["id"], 200)

    # The client dies here, the simulator too; the task is on disk all the same, and the
    # client's retry with its key gets it back at once (replays are not delayed).
    api.sim.stop()
    again = Api(make_simulator(submit_delay=2.0, state_dir=state_dir, data_dir=None))
    retry = again.submit(key=key)
    assert retry.headers["Idempotency-Replayed"] == "true"
    assert retry.json()["data"][0]["task_id"] == task["id"]
    assert [t["id"] for t in again.get("/_simulator/tasks").json()] == [task["id"]]
    assert [e["task_id"] for e in again.get("/_simulator/log").json()] == [task["id"], task["id"]]


def noise_png(side: int) -> bytes:
    """A PNG that does not compress (so its size is about side * side * 3 bytes)."""
    pixels = np.random.default_rng(1).integers(0, 256, (side, side, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(buffer, "PNG")
    return buffer.getvalue()


def test_chunks_are_small_enough_to_spread_a_download() -> None:
    # A 200 KB file at 50 KB/s goes out in dozens of chunks over ~4 s.
    assert 200_000 // throttled_chunk_bytes(50_000) >= 20
    assert throttled_chunk_bytes(10) >= 256 and throttled_chunk_bytes(1e12) == 256 * 1024


def test_a_throttled_download_cut_short_resumes_with_a_range(
    make_simulator: Callable[..., RunningSimulator],
) -> None:
    rate = 100_000.0
    api = Api(make_simulator(download_rate=rate))
    data = noise_png(140)  # ~59 KB: ~0.6 s at this rate
    url = api.upload(data).json()["url"]
    chunk = throttled_chunk_bytes(rate)
    assert len(data) > 4 * chunk

    # The client reads the first chunk, then drops the connection.
    with requests.get(url, stream=True, timeout=TIMEOUT) as cut:
        assert cut.status_code == 200 and int(cut.headers["Content-Length"]) == len(data)
        head = cut.raw.read(chunk)
    assert 0 < len(head) < len(data)

    began = time.monotonic()
    rest = requests.get(url, headers={"Range": f"bytes={len(head)}-"}, timeout=TIMEOUT)
    elapsed = time.monotonic() - began
    assert rest.status_code == 206
    assert rest.headers["Content-Range"] == f"bytes {len(head)}-{len(data) - 1}/{len(data)}"
    assert head + rest.content == data
    # A lower bound only (a sleep never ends early): the rest came paced, not at once.
    assert elapsed >= (len(data) - len(head) - chunk) / rate
