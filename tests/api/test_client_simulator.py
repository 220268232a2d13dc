"""ApiClient end to end against the embedded simulator (a real HTTP server).

Client and simulator share one manual clock: the client's ``sleep`` moves it,
so Retry-After dates, task progress and link expiry agree, and nothing waits
for real. (``wait_rendered`` waits for the simulator's render thread to finish
a video: a condition, not a timing.)
"""

from __future__ import annotations

import io
import random
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from omnidesk.api.client import ApiClient
from omnidesk.api.errors import (
    AuthenticationError,
    IdempotencyConflictError,
    LinkExpiredError,
    TaskNotFoundError,
    ValidationError,
)
from omnidesk.api.models import GenerationRequest, Mode, TaskStatus
from omnidesk.api.retry import RetryPolicy
from omnidesk.simulator import FaultKind, ManualClock, RunningSimulator, SimulatorConfig, start_simulator

API_KEY = "sk-test-simulator-client"
RENDER_TIMEOUT = 60.0  # only a guard against a hung render thread


class SharedTime:
    """The simulator's manual clock, which the client's sleep advances."""

    def __init__(self) -> None:
        self.clock = ManualClock()
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.clock.advance(seconds)


@pytest.fixture
def shared_time() -> SharedTime:
    return SharedTime()


@pytest.fixture
def make_sim(shared_time: SharedTime, tmp_path: Path) -> Iterator[Callable[..., RunningSimulator]]:
    started: list[RunningSimulator] = []

    def make(**overrides: Any) -> RunningSimulator:
        settings: dict[str, Any] = {
            "seed": 1,
            "clock": shared_time.clock,
            "task_seconds": 10.0,
            "error_rate": 0.0,
            "fail_rate": 0.0,
            "render_fps": 1,
            "retry_after": 2.0,
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
def sim(make_sim: Callable[..., RunningSimulator]) -> RunningSimulator:
    return make_sim()


@pytest.fixture
def client(sim: RunningSimulator, shared_time: SharedTime) -> Iterator[ApiClient]:
    with ApiClient(
        API_KEY,
        sim.url,
        sleep=shared_time.sleep,
        clock=shared_time.clock,
        rng=random.Random(5),
        policy=RetryPolicy(),
    ) as api_client:
        yield api_client


def request_log(sim: RunningSimulator) -> list[dict[str, Any]]:
    response = requests.get(f"{sim.url}/_simulator/log", timeout=10)
    response.raise_for_status()
    entries: list[dict[str, Any]] = response.json()
    return entries


def finish(sim: RunningSimulator, shared_time: SharedTime, task_id: str) -> None:
    shared_time.clock.advance(1000)
    assert sim.state.wait_rendered(task_id, RENDER_TIMEOUT)


def png_file(path: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 180), (240, 120, 20)).save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_submit_poll_download_end_to_end(
    sim: RunningSimulator, client: ApiClient, shared_time: SharedTime, tmp_path: Path
) -> None:
    start_balance = client.balance()
    submitted = client.submit(
        GenerationRequest("a paper boat on a rainy street", duration=4), str(uuid.uuid4())
    )
    assert submitted.status is TaskStatus.PENDING and not submitted.replayed

    early = client.get_task(submitted.task_id)
    assert not early.status.is_terminal

    finish(sim, shared_time, submitted.task_id)
    task = client.get_task(submitted.task_id)
    assert task.status is TaskStatus.COMPLETED
    assert task.progress == 100 and task.cost is not None and task.cost > 0
    assert len(task.videos) == 1 and "token=" in task.videos[0].url

    progress: list[tuple[int, int | None]] = []
    dest = client.download(
        task.videos[0].url, tmp_path / "out" / "boat.mp4", on_progress=lambda d, t: progress.append((d, t))
    )
    data = dest.read_bytes()
    assert data[4:8] == b"ftyp"  # an MP4
    assert progress[-1] == (len(data), len(data))
    assert not (tmp_path / "out" / "boat.mp4.part").exists()

    after = client.balance()
    assert after.remain_balance is not None and start_balance.remain_balance is not None
    assert after.remain_balance == pytest.approx(start_balance.remain_balance - task.cost)


def test_object_shaped_submission(sim: RunningSimulator, shared_time: SharedTime) -> None:
    with ApiClient(
        API_KEY, sim.url, sleep=shared_time.sleep, clock=shared_time.clock, response_version="2026-07-27"
    ) as c:
        result = c.submit(GenerationRequest("fog over a harbour"), str(uuid.uuid4()))
    assert result.task_id in sim.state.tasks


def test_lost_reply_is_retried_with_the_same_key_and_creates_one_task(
    sim: RunningSimulator, client: ApiClient, shared_time: SharedTime
) -> None:
    key = str(uuid.uuid4())
    # The server records the task, then the connection drops: the client never sees the reply.
    sim.faults.force(FaultKind.DROP_AFTER)
    result = client.submit(GenerationRequest("a kite over dunes"), key)

    assert result.replayed
    assert len(sim.state.tasks) == 1 and result.task_id in sim.state.tasks
    posts = [e for e in request_log(sim) if e["method"] == "POST" and e["path"] == "/v1/videos/generations"]
    assert len(posts) == 2
    assert {e["idempotency_key"] for e in posts} == {key}
    assert {e["task_id"] for e in posts} == {result.task_id}
    assert len(shared_time.sleeps) == 1


def test_rate_limit_with_an_http_date_is_honoured(
    sim: RunningSimulator, client: ApiClient, shared_time: SharedTime
) -> None:
    sim.faults.force(FaultKind.RATE_LIMIT, http_date=True)
    client.submit(GenerationRequest("a tram at night"), str(uuid.uuid4()))
    assert shared_time.sleeps == [2.0]  # the simulator's retry_after, read from the date
    assert len(sim.state.tasks) == 1


def test_html_bad_gateway_and_dropped_connection_are_retried(
    sim: RunningSimulator, client: ApiClient, shared_time: SharedTime
) -> None:
    sim.faults.force(FaultKind.SERVER_ERROR, status=502, html=True)
    task_id = client.submit(GenerationRequest("a red balloon"), str(uuid.uuid4())).task_id
    sim.faults.force(FaultKind.DROP)
    assert client.get_task(task_id).id == task_id
    assert len(shared_time.sleeps) == 2


def test_invalid_request_sends_nothing(sim: RunningSimulator, client: ApiClient) -> None:
    with pytest.raises(ValidationError):
        client.submit(GenerationRequest("x", duration=7), str(uuid.uuid4()))
    with pytest.raises(ValidationError):
        client.submit(
            GenerationRequest("x", mode=Mode.REFERENCE, image_urls=("https://i/1.png", "https://i/2.png")),
            "k",
        )
    assert [e for e in request_log(sim) if e["method"] == "POST"] == []


def test_same_key_with_another_request_is_refused_once(sim: RunningSimulator, client: ApiClient) -> None:
    key = str(uuid.uuid4())
    client.submit(GenerationRequest("first idea"), key)
    with pytest.raises(IdempotencyConflictError) as caught:
        client.submit(GenerationRequest("second idea"), key)
    assert not caught.value.in_progress
    assert len([e for e in request_log(sim) if e["method"] == "POST"]) == 2


@pytest.mark.parametrize(
    ("mode", "images", "videos"),
    [
        (Mode.TEXT, 0, 0),
        (Mode.FRAME, 1, 0),
        (Mode.REFERENCE, 1, 0),
        (Mode.REFERENCE, 3, 0),
        (Mode.VIDEO, 0, 1),
        (Mode.VIDEO, 3, 1),
    ],
)
def test_every_mode_the_rules_accept_the_simulator_accepts(
    sim: RunningSimulator, client: ApiClient, mode: Mode, images: int, videos: int
) -> None:
    request = GenerationRequest(
        "a lantern festival, slow pan",
        mode=mode,
        duration=8,
        resolution="1080p",
        aspect_ratio="9:16",
        image_urls=tuple(f"https://img.example/{n}.png" for n in range(images)),
        video_urls=tuple(f"https://vid.example/{n}.mp4" for n in range(videos)),
    )
    result = client.submit(request, str(uuid.uuid4()))
    assert result.task_id in sim.state.tasks


def test_upload_then_first_frame(sim: RunningSimulator, client: ApiClient, tmp_path: Path) -> None:
    image = png_file(tmp_path / "frame.png")
    upload = client.upload_image(image)
    assert upload.url.startswith(sim.url)
    assert upload.content_type == "image/png" and upload.sha256 and len(upload.sha256) == 64
    assert upload.expires_at > (upload.created_at or 0)
    client.download(upload.url, tmp_path / "back.png")
    assert (tmp_path / "back.png").read_bytes() == image.read_bytes()
    result = client.submit(
        GenerationRequest("it starts to snow", mode=Mode.FRAME, image_urls=(upload.url,)), "k1"
    )
    assert result.task_id in sim.state.tasks


def test_truncated_download_completes_on_retry(
    sim: RunningSimulator, client: ApiClient, shared_time: SharedTime, tmp_path: Path
) -> None:
    task_id = client.submit(GenerationRequest("waves on rocks", resolution="4k"), str(uuid.uuid4())).task_id
    finish(sim, shared_time, task_id)
    task = client.get_task(task_id)
    sim.faults.force(FaultKind.TRUNCATE)
    dest = client.download(task.videos[0].url, tmp_path / "waves.mp4")
    expected = Path(sim.state.tasks[task_id].video_path).read_bytes()
    assert dest.read_bytes() == expected
    downloads = [e for e in request_log(sim) if e["path"].startswith("/files/videos/")]
    assert len(downloads) == 2


class RangeRecordingSession(requests.Session):
    """Remembers the Range header of each request and the status it got."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[str | None, int]] = []

    def request(self, method: Any, url: Any, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        response = super().request(method, url, *args, **kwargs)
        self.exchanges.append(((kwargs.get("headers") or {}).get("Range"), response.status_code))
        return response


def test_partial_file_is_resumed_with_range(
    sim: RunningSimulator, shared_time: SharedTime, tmp_path: Path
) -> None:
    session = RangeRecordingSession()
    with ApiClient(API_KEY, sim.url, session=session, sleep=shared_time.sleep, clock=shared_time.clock) as c:
        task_id = c.submit(GenerationRequest("a windmill turning"), str(uuid.uuid4())).task_id
        finish(sim, shared_time, task_id)
        url = c.get_task(task_id).videos[0].url
        expected = Path(sim.state.tasks[task_id].video_path).read_bytes()
        dest = tmp_path / "windmill.mp4"
        # A previous run got this far before the app quit.
        dest.with_name("windmill.mp4.part").write_bytes(expected[:50_000])
        c.download(url, dest, expected_size=len(expected))
    assert dest.read_bytes() == expected
    assert session.exchanges[-1] == ("bytes=50000-", 206)


def test_expired_link(
    sim: RunningSimulator, client: ApiClient, shared_time: SharedTime, tmp_path: Path
) -> None:
    task_id = client.submit(GenerationRequest("a sundial"), str(uuid.uuid4())).task_id
    finish(sim, shared_time, task_id)
    url = client.get_task(task_id).videos[0].url
    shared_time.clock.advance(3 * 24 * 3600)
    with pytest.raises(LinkExpiredError):
        client.download(url, tmp_path / "late.mp4")
    assert not (tmp_path / "late.mp4").exists()


def test_failed_task_carries_its_reason(
    make_sim: Callable[..., RunningSimulator], shared_time: SharedTime
) -> None:
    sim = make_sim(fail_rate=1.0)
    with ApiClient(API_KEY, sim.url, sleep=shared_time.sleep, clock=shared_time.clock, language="zh") as c:
        task_id = c.submit(GenerationRequest("doomed"), str(uuid.uuid4())).task_id
        shared_time.clock.advance(1000)
        task = c.get_task(task_id)
    assert task.status is TaskStatus.FAILED
    assert task.error is not None and task.error.message


def test_unknown_task(client: ApiClient) -> None:
    with pytest.raises(TaskNotFoundError):
        client.get_task("task_does_not_exist")


def test_wrong_key_is_not_retried(make_sim: Callable[..., RunningSimulator], shared_time: SharedTime) -> None:
    sim = make_sim(api_keys=frozenset({"the-right-key"}))
    with (
        ApiClient("the-wrong-key", sim.url, sleep=shared_time.sleep, clock=shared_time.clock) as c,
        pytest.raises(AuthenticationError),
    ):
        c.balance()
    assert len(request_log(sim)) == 1 and shared_time.sleeps == []


def test_balance_scopes_and_schema(client: ApiClient) -> None:
    assert client.balance("key").remain_balance == pytest.approx(100.0)
    assert client.balance("account").remain_balance == pytest.approx(100.0)
    schema = client.model_schema()
    assert schema["model"] == "Omni-Flash-Ext"
    assert "prompt" in schema["input_schema"]["properties"]
