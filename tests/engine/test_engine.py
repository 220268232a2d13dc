"""The engine end to end against the real simulator over real HTTP.

The simulator's tasks take a fraction of a second and the engine's cadence is
scaled to match, so these run in real time without sleeping in the tests:
they wait for conditions the engine's threads bring about.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from PIL import Image

from omnidesk.api.errors import ValidationError
from omnidesk.api.models import GenerationRequest, Mode, TaskStatus
from omnidesk.api.retry import RetryPolicy
from omnidesk.api.rules import build_body
from omnidesk.engine.events import ConnectionChanged, Notice, QueueChanged, TaskUpdated
from omnidesk.engine.library import read_sidecar, sidecar_path
from omnidesk.engine.lock import EngineBusyError
from omnidesk.engine.store import DownloadState, SubmitState
from omnidesk.media import probe
from omnidesk.simulator import SimulatorConfig, start_simulator
from tests.helpers.engine_harness import Harness, fast_config, wait_until


def text_request(prompt: str = "a lighthouse at dusk", **changes: object) -> GenerationRequest:
    values: dict[str, object] = {"prompt": prompt, "duration": 4}
    values.update(changes)
    return GenerationRequest(**values)  # type: ignore[arg-type]


def test_a_submission_ends_downloaded_verified_and_filed_with_its_sidecar(
    make_harness: Callable[..., Harness],
) -> None:
    h = make_harness()
    engine = h.engine()
    record = engine.submit(text_request(aspect_ratio="9:16"))
    assert record.state is SubmitState.QUEUED and record.idempotency_key
    assert record.quoted_cost == pytest.approx(0.15)
    wait_until(lambda: engine.is_settled(record.id))

    done = h.store.get(record.id)
    assert done.status is TaskStatus.COMPLETED and done.cost == pytest.approx(0.15)
    assert done.download_state is DownloadState.DONE
    [video] = h.store.videos(record.id)
    assert video.state is DownloadState.DONE and video.local_path.is_relative_to(h.library.root)
    info = probe(video.local_path)
    assert (info.width, info.height) == (720, 1280)
    meta = read_sidecar(sidecar_path(video.local_path))
    assert meta.task_id == done.task_id and meta.prompt == "a lighthouse at dusk"
    assert meta.request_body == build_body(text_request(aspect_ratio="9:16"))
    assert meta.quoted_cost == pytest.approx(0.15) and meta.cost == pytest.approx(0.15)
    # The history has every status with its time, and listeners saw the task move.
    statuses = [e.status for e in h.store.events(record.id) if e.status is not None]
    assert statuses[-1] is TaskStatus.COMPLETED
    seen = {e.record.status for e in h.of_type(TaskUpdated) if e.record.id == record.id}
    assert TaskStatus.COMPLETED in seen
    assert not list((h.library.root / ".incoming").glob("*"))
    assert len(h.posts()) == 1


def test_a_restart_resends_an_unrecorded_submission_with_its_key_and_bills_once(
    make_harness: Callable[..., Harness],
) -> None:
    h = make_harness()
    request = text_request("sent just before a crash")
    key = str(uuid.uuid4())
    record = h.store.add_submission(request, build_body(request), key, now=time.time())
    h.store.mark_sending(record.id, now=time.time())
    # The request reached the service, but the app died before recording the task id.
    with h.client(RetryPolicy(max_attempts=1)) as client:
        first = client.submit(request, key)

    engine = h.engine()
    wait_until(lambda: engine.is_settled(record.id))
    recovered = h.store.get(record.id)
    assert recovered.task_id == first.task_id
    assert recovered.status is TaskStatus.COMPLETED and recovered.download_state is DownloadState.DONE
    posts = h.posts()
    assert len(posts) == 2 and {p["idempotency_key"] for p in posts} == {key}
    tasks = requests.get(f"{h.sim.url}/_simulator/tasks", timeout=10).json()
    assert len(tasks) == 1


def test_tasks_found_at_start_are_tracked_to_the_end(make_harness: Callable[..., Harness]) -> None:
    h = make_harness()
    first = h.engine()
    record = first.submit(text_request())
    wait_until(lambda: h.store.get(record.id).state is SubmitState.ACCEPTED)
    first.stop()
    second = h.engine()
    wait_until(lambda: second.is_settled(record.id))
    assert h.store.get(record.id).download_state is DownloadState.DONE


def test_an_interrupted_download_resumes_and_files_one_copy(make_harness: Callable[..., Harness]) -> None:
    h = make_harness()
    engine = h.engine()
    record = engine.submit(text_request())
    wait_until(lambda: engine.is_settled(record.id))
    engine.stop()
    [video] = h.store.videos(record.id)
    # As if the app had died after filing the video but before recording that.
    h.store.set_video_state(video.id, DownloadState.DOWNLOADING, now=time.time())
    downloads_before = [e for e in h.log() if e["path"].startswith("/files/")]

    again = h.engine()
    wait_until(lambda: h.store.videos(record.id)[0].state is DownloadState.DONE)
    assert h.store.videos(record.id)[0].local_path == video.local_path
    assert len(list(h.library.root.glob("*.mp4"))) == 1
    downloads_after = [e for e in h.log() if e["path"].startswith("/files/")]
    assert len(downloads_after) == len(downloads_before)
    again.stop()


def test_fault_storm_every_task_still_ends_downloaded_and_retry_after_is_obeyed(
    make_harness: Callable[..., Harness],
) -> None:
    h = make_harness(error_rate=0.3, retry_after=0.2, slow_seconds=0.05, seed=11)
    engine = h.engine(fast_config(download_retry_first=0.02, download_retry_max=0.1))
    records = [engine.submit(text_request(f"storm {n}")) for n in range(6)]
    wait_until(lambda: all(engine.is_settled(r.id) for r in records), timeout=120)
    for record in records:
        done = h.store.get(record.id)
        assert done.status is TaskStatus.COMPLETED, done
        [video] = h.store.videos(record.id)
        assert video.state is DownloadState.DONE
        probe(video.local_path)
    log = h.log()
    assert any(e["status"] == 429 for e in log), "the storm should include rate limiting"
    # One task per submission, however many retries.
    assert len(requests.get(f"{h.sim.url}/_simulator/tasks", timeout=10).json()) == len(records)
    # After a 429 on the API, no API request goes out before its Retry-After has passed.
    api = [e for e in log if e["path"].startswith("/v1/")]
    for index, entry in enumerate(api):
        if entry["status"] == 429:
            later = [e for e in api[index + 1 :] if e["time"] > entry["time"]]
            if later:
                assert later[0]["time"] >= entry["time"] + 0.2 - 0.02


def test_a_spent_balance_stops_sending_until_the_user_resumes(make_harness: Callable[..., Harness]) -> None:
    h = make_harness(balance=0.0)
    engine = h.engine()
    record = engine.submit(text_request())
    wait_until(lambda: engine.blocked_error is not None)
    assert h.store.get(record.id).state is SubmitState.QUEUED
    assert any(isinstance(e, Notice) and e.level == "error" for e in h.events)
    assert any(isinstance(e, QueueChanged) and "Stopped" in e.reason for e in h.events)
    h.sim.state.set_balance(10.0)
    engine.resume_queue()
    wait_until(lambda: engine.is_settled(record.id))
    assert h.store.get(record.id).download_state is DownloadState.DONE
    assert len({p["idempotency_key"] for p in h.posts()}) == 1


def test_pausing_the_queue_holds_submissions(make_harness: Callable[..., Harness]) -> None:
    h = make_harness()
    engine = h.engine(start=False)
    engine.pause_queue()
    record = engine.submit(text_request())
    assert h.store.get(record.id).paused
    for _ in range(3):
        engine.step()
    assert h.posts() == []
    engine.resume_queue()
    engine.start()
    wait_until(lambda: engine.is_settled(record.id))
    assert len(h.posts()) == 1


def test_stop_tracking_tells_the_user_and_track_again_picks_it_up(
    make_harness: Callable[..., Harness],
) -> None:
    h = make_harness(task_seconds=2.0)
    engine = h.engine()
    record = engine.submit(text_request())
    wait_until(lambda: h.store.get(record.id).state is SubmitState.ACCEPTED)
    engine.stop_tracking(record.id)
    notice = [e for e in h.of_type(Notice) if e.local_id == record.id][-1]
    assert "may still" in notice.message and "charge" in notice.message
    assert engine.is_settled(record.id)
    engine.track_again(record.id)
    wait_until(lambda: engine.is_settled(record.id))
    assert h.store.get(record.id).download_state is DownloadState.DONE


def test_a_link_that_expired_before_download_says_so(make_harness: Callable[..., Harness]) -> None:
    h = make_harness(link_ttl=0.5)
    engine = h.engine(start=False)
    record = engine.submit(text_request())
    # Send and poll by hand (no download pool yet), then let the link die.
    wait_until(lambda: (engine.step(), h.store.get(record.id).is_terminal)[1])
    h.sim.state.expire_links()
    engine.start()
    wait_until(lambda: engine.is_settled(record.id))
    [video] = h.store.videos(record.id)
    assert video.state is DownloadState.EXPIRED
    assert "expired" in video.error


def test_offline_is_visible_and_recovers(make_harness: Callable[..., Harness]) -> None:
    h = make_harness()
    engine = h.engine(start=False)
    record = engine.submit(text_request())
    port = h.sim.port
    h.sim.stop()
    engine.step()  # the send fails: nobody listens
    offline = h.of_type(ConnectionChanged)
    assert offline and offline[-1].online is False and offline[-1].retry_at is not None
    assert h.store.get(record.id).state is SubmitState.QUEUED
    h.sim = start_simulator(SimulatorConfig(port=port, task_seconds=0.3, render_fps=2))
    try:
        engine.start()
        wait_until(lambda: engine.is_settled(record.id))
        assert h.of_type(ConnectionChanged)[-1].online is True
    finally:
        engine.stop()
        h.sim.stop()


def test_a_refused_submission_is_kept_with_the_reason_and_never_resent(
    make_harness: Callable[..., Harness],
) -> None:
    h = make_harness()
    engine = h.engine(start=False)
    request = text_request()
    # A body the client would never build: the service refuses it.
    bad = {**build_body(request), "duration": 7}
    record = h.store.add_submission(request, bad, str(uuid.uuid4()), now=time.time())
    engine.start()
    wait_until(lambda: h.store.get(record.id).state is SubmitState.REJECTED)
    refused = h.store.get(record.id)
    assert refused.error is not None and refused.error.type == "invalid_duration"
    assert engine.is_settled(record.id)
    assert len(h.posts()) == 1


def test_uploads_are_reused_while_valid(make_harness: Callable[..., Harness], tmp_path: Path) -> None:
    h = make_harness()
    engine = h.engine()
    image = tmp_path / "face.png"
    Image.new("RGB", (64, 64), (200, 40, 40)).save(image)
    first = engine.upload_images([image])
    second = engine.upload_images([image])
    assert first == second
    uploads = [e for e in h.log() if e["path"] == "/v1/uploads/images"]
    assert len(uploads) == 1
    record = engine.submit(
        GenerationRequest("the face smiles", Mode.FRAME, duration=4, image_urls=tuple(first)),
        local_images=[str(image)],
    )
    wait_until(lambda: engine.is_settled(record.id))
    [video] = h.store.videos(record.id)
    assert read_sidecar(sidecar_path(video.local_path)).image_paths == (str(image),)


def test_one_engine_per_data_folder(make_harness: Callable[..., Harness]) -> None:
    h = make_harness()
    h.engine()
    with pytest.raises(EngineBusyError):
        h.engine()


def test_a_batch_is_named_shares_its_uploads_and_every_member_ends_downloaded(
    make_harness: Callable[..., Harness], tmp_path: Path
) -> None:
    h = make_harness()
    engine = h.engine()
    image = tmp_path / "hero.png"
    Image.new("RGB", (64, 64), (40, 120, 200)).save(image)
    placeholder = ("https://local.invalid/0",)

    def take(aspect: str) -> tuple[GenerationRequest, dict[int, Path]]:
        request = GenerationRequest(
            "the hero turns", Mode.FRAME, 4, aspect_ratio=aspect, image_urls=placeholder
        )
        return request, {0: image}

    items = [take(aspect) for aspect in ("16:9", "9:16", "16:9")]
    records = engine.submit_batch(items, label="3 takes of the hero", kind="variations")
    assert len({r.batch_id for r in records}) == 1
    batch = h.store.batch(records[0].batch_id or "")
    assert batch is not None and batch.label == "3 takes of the hero" and batch.kind == "variations"
    wait_until(lambda: all(engine.is_settled(r.id) for r in records))
    assert all(h.store.get(r.id).download_state is DownloadState.DONE for r in records)  # type: ignore[union-attr]
    assert len([e for e in h.log() if e["path"] == "/v1/uploads/images"]) == 1
    assert len(h.posts()) == 3


def test_a_batch_with_one_bad_request_records_nothing(make_harness: Callable[..., Harness]) -> None:
    h = make_harness()
    engine = h.engine()
    good = (text_request("fine"), {})
    bad = (text_request("too long", duration=5), {})
    with pytest.raises(ValidationError, match="duration"):
        engine.submit_batch([good, bad], label="mixed", kind="matrix")
    assert h.store.tasks() == [] and h.store.batches() == []
