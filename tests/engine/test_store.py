"""The ledger: real SQLite files under tmp_path, no mocks.

Times are plain numbers passed as ``now``: nothing here reads the clock or
sleeps.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from omnidesk import paths
from omnidesk.api.models import GenerationRequest, Mode, Task, TaskError, TaskStatus, Upload, VideoResult
from omnidesk.api.rules import build_body
from omnidesk.engine.store import (
    DB_FILE_NAME,
    MIGRATIONS,
    DownloadState,
    EventKind,
    Migration,
    MigrationError,
    SchemaTooNewError,
    StateError,
    Store,
    StoreError,
    SubmitState,
    TaskRecord,
    UnknownRecordError,
    sql_migration,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
SIGNED_URL = "https://cdn.example.net/v/abc.mp4?X-Amz-Signature=deadbeef&X-Amz-Expires=86400"


LATEST = 2  # the schema version this code writes


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as opened:
        yield opened


def submit(
    store: Store,
    *,
    now: float = 100.0,
    prompt: str = "a red fox in snow",
    key: str | None = None,
    **kwargs: object,
) -> TaskRecord:
    request = GenerationRequest(prompt=prompt)
    return store.add_submission(request, build_body(request), key or str(uuid.uuid4()), now=now, **kwargs)  # type: ignore[arg-type]


def accepted(store: Store, *, now: float = 100.0, task_id: str | None = None, **kwargs: object) -> TaskRecord:
    record = submit(store, now=now, **kwargs)
    store.mark_sending(record.id, now=now + 1)
    return store.mark_accepted(
        record.id, task_id or f"task_{record.id:04d}", TaskStatus.PENDING, "submitted", now=now + 2
    )


def poll(task_id: str, status: TaskStatus, progress: int | None = None, **kwargs: object) -> Task:
    return Task(id=task_id, status=status, raw_status=status.value, progress=progress, **kwargs)  # type: ignore[arg-type]


def completed(task_id: str, *videos: VideoResult) -> Task:
    return poll(
        task_id, TaskStatus.COMPLETED, 100, cost=0.2, credits_cost=2, actual_time=240, videos=tuple(videos)
    )


# --------------------------------------------------------------------------- opening


def test_default_path_is_in_the_data_folder(omnidesk_home: Path) -> None:
    with Store() as store:
        assert store.path == paths.data_dir() / DB_FILE_NAME
        assert store.path.is_relative_to(omnidesk_home)
        assert store.path.is_file()


def test_new_database_is_wal_at_the_latest_version_and_sound(store: Store, db_path: Path) -> None:
    assert store.schema_version == len(MIGRATIONS) == LATEST
    assert store.check_integrity()
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        raw.close()
    assert {"tasks", "task_events", "videos", "uploads", "prompts"} <= tables


def test_a_closed_store_refuses_work(db_path: Path) -> None:
    store = Store(db_path)
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        store.tasks()


def test_a_file_that_is_not_a_database_is_refused_clearly(db_path: Path) -> None:
    db_path.write_bytes(b"this is not sqlite, just some text that is long enough " * 40)
    with pytest.raises(StoreError, match="not a database"):
        Store(db_path)


# --------------------------------------------------------------------------- submissions


def test_a_submission_is_on_disk_with_its_key_before_it_is_sent(store: Store, db_path: Path) -> None:
    request = GenerationRequest(prompt="a red fox in snow", duration=8, resolution="1080p")
    body = build_body(request)
    key = str(uuid.uuid4())
    record = store.add_submission(request, body, key, now=100.0, quoted_cost=0.18)

    # Another connection (as after a crash) already sees it, queued, never sent.
    raw = sqlite3.connect(db_path)
    try:
        row = raw.execute(
            "SELECT idempotency_key, state, send_attempts, body_json FROM tasks WHERE id = ?", (record.id,)
        ).fetchone()
    finally:
        raw.close()
    assert row[0] == key
    assert row[1] == "queued"
    assert row[2] == 0
    assert json.loads(row[3]) == body

    sending = store.mark_sending(record.id, now=101.0)
    assert sending.state is SubmitState.SENDING
    assert sending.send_attempts == 1
    assert sending.last_sent_at == 101.0
    assert sending.idempotency_key == key
    assert sending.body == body


def test_the_request_and_its_context_round_trip(store: Store, db_path: Path) -> None:
    parent = submit(store, now=1.0)
    request = GenerationRequest(
        prompt="a fox, then a hare",
        mode=Mode.VIDEO,
        duration=None,
        resolution="4k",
        aspect_ratio="9:16",
        image_urls=("https://up.example/a.png", "https://up.example/b.png", "https://up.example/c.png"),
        video_urls=("https://media.example/motion.mp4",),
        generation_type="reference",
    )
    body = build_body(request)
    store.add_submission(
        request,
        body,
        "key-ctx",
        now=2.0,
        quoted_cost=0.4,
        local_images=["/photos/a.png", None, Path("/photos/c.png")],
        parent_id=parent.id,
        batch_id="batch-7",
    )
    store.close()

    with Store(db_path) as reopened:
        record = reopened.by_idempotency_key("key-ctx")
        assert record is not None
        assert record.request == request
        assert record.local_images == ("/photos/a.png", None, "/photos/c.png")
        assert record.body == body
        assert record.quoted_cost == 0.4
        assert record.parent_id == parent.id
        assert record.batch_id == "batch-7"
        assert record.created_at == 2.0
        assert reopened.tasks(parent_id=parent.id) == [record]
        assert reopened.tasks(batch_id="batch-7") == [record]


def test_submissions_are_checked_on_the_way_in(store: Store) -> None:
    first = submit(store, key="same-key")
    with pytest.raises(StoreError, match=f"already used by submission {first.id}"):
        submit(store, key="same-key")
    with pytest.raises(UnknownRecordError):
        submit(store, parent_id=999)
    request = GenerationRequest(prompt="x", mode=Mode.FRAME, image_urls=("https://up.example/a.png",))
    with pytest.raises(ValueError, match="local_images"):
        store.add_submission(request, {}, "k2", now=1.0, local_images=["/a.png", "/b.png"])
    with pytest.raises(ValueError):
        submit(store, state=SubmitState.ACCEPTED)
    assert len(store.tasks()) == 1


def test_write_and_first_attempt_can_be_one_transaction(store: Store) -> None:
    record = submit(store, now=5.0, state=SubmitState.SENDING)
    assert record.state is SubmitState.SENDING
    assert record.send_attempts == 1
    assert [e.kind for e in store.events(record.id)] == [EventKind.CREATED, EventKind.SENDING]


def test_after_a_restart_an_unanswered_submission_is_resent_with_the_same_key(db_path: Path) -> None:
    store = Store(db_path)
    record = submit(store, now=10.0, key="key-in-flight")
    store.mark_sending(record.id, now=11.0)
    store.close()  # the app dies before the reply: never marked accepted

    with Store(db_path) as restarted:
        pending = restarted.to_send()
        assert [(r.id, r.idempotency_key, r.state) for r in pending] == [
            (record.id, "key-in-flight", SubmitState.SENDING)
        ]
        assert pending[0].body == record.body
        again = restarted.mark_sending(record.id, now=20.0)
        assert again.send_attempts == 2
        restarted.mark_accepted(record.id, "task_A", TaskStatus.PENDING, "pending", now=21.0, replayed=True)
        assert restarted.to_send() == []


def test_to_send_is_oldest_first_and_leaves_paused_and_finished_ones_out(store: Store) -> None:
    later = submit(store, now=30.0)
    earliest = submit(store, now=10.0)
    middle = submit(store, now=20.0)
    paused = submit(store, now=5.0, paused=True)
    done = accepted(store, now=1.0)
    refused = submit(store, now=2.0)
    store.mark_rejected(refused.id, TaskError("bad key", code="401", type="authentication_error"), now=3.0)

    assert [r.id for r in store.to_send()] == [earliest.id, middle.id, later.id]
    assert [r.id for r in store.to_send(include_paused=True)] == [paused.id, earliest.id, middle.id, later.id]
    assert done.id not in {r.id for r in store.to_send(include_paused=True)}

    with pytest.raises(StateError, match="paused"):
        store.mark_sending(paused.id, now=40.0)
    store.set_paused(paused.id, False, now=41.0)
    assert store.to_send()[0].id == paused.id
    kinds = [e.kind for e in store.events(paused.id)]
    assert kinds == [EventKind.CREATED, EventKind.RESUMED]


def test_pausing_a_submission_in_flight_puts_it_back_in_the_queue(store: Store) -> None:
    record = submit(store)
    in_flight = store.mark_sending(record.id, now=101.0)
    assert store.set_paused(record.id, False, now=101.5) == in_flight  # not paused: nothing to resume
    paused = store.set_paused(record.id, True, now=102.0)
    assert (paused.state, paused.paused) == (SubmitState.QUEUED, True)
    assert store.to_send() == []


def test_a_transient_failure_requeues_with_the_same_key(store: Store) -> None:
    record = submit(store, now=1.0)
    store.mark_sending(record.id, now=2.0)
    requeued = store.back_to_queue(record.id, now=3.0, note="timed out after 30 s")
    assert requeued.state is SubmitState.QUEUED
    assert requeued.issue == "timed out after 30 s"
    assert requeued.issue_at == 3.0
    assert store.to_send()[0].idempotency_key == record.idempotency_key
    store.mark_sending(record.id, now=4.0)
    task = store.mark_accepted(record.id, "task_X", TaskStatus.PENDING, "submitted", now=5.0)
    assert task.issue is None
    assert task.send_attempts == 2
    with pytest.raises(StateError):
        store.back_to_queue(record.id, now=6.0, note="too late")


def test_a_rejection_keeps_its_error_and_is_never_resent(store: Store, db_path: Path) -> None:
    record = submit(store)
    store.mark_sending(record.id, now=101.0)
    error = TaskError("Insufficient balance", code="402", type="payment_required")
    rejected = store.mark_rejected(record.id, error, now=102.0)
    assert rejected.state is SubmitState.REJECTED
    assert rejected.error == error
    assert rejected.is_terminal
    assert store.to_send() == []
    with pytest.raises(StateError):
        store.mark_sending(record.id, now=103.0)
    store.close()
    with Store(db_path) as reopened:
        assert reopened.to_send() == []
        assert reopened.get(record.id) == rejected


def test_acceptance_is_idempotent_and_never_reassigned(store: Store) -> None:
    record = submit(store)
    store.mark_sending(record.id, now=101.0)
    first = store.mark_accepted(record.id, "task_1", TaskStatus.PENDING, "submitted", now=102.0)
    assert (first.state, first.task_id, first.status, first.raw_status) == (
        SubmitState.ACCEPTED,
        "task_1",
        TaskStatus.PENDING,
        "submitted",
    )
    assert first.accepted_at == 102.0
    assert first.tracking
    assert store.mark_accepted(record.id, "task_1", TaskStatus.PENDING, "submitted", now=200.0) == first
    assert [e.kind for e in store.events(record.id)].count(EventKind.ACCEPTED) == 1

    with pytest.raises(StateError, match="already task task_1"):
        store.mark_accepted(record.id, "task_2", TaskStatus.PENDING, now=103.0)
    with pytest.raises(StateError, match="accepted"):
        store.mark_rejected(record.id, TaskError("late refusal"), now=104.0)
    other = submit(store)
    with pytest.raises(StateError, match="already belongs"):
        store.mark_accepted(other.id, "task_1", TaskStatus.PENDING, now=105.0)
    assert store.by_task_id("task_1") == first
    assert store.by_task_id("task_unknown") is None
    with pytest.raises(UnknownRecordError):
        store.mark_sending(12345, now=1.0)


# --------------------------------------------------------------------------- polls and history


def test_the_same_poll_twice_adds_one_event_and_no_duplicate_videos(store: Store) -> None:
    record = accepted(store)
    task_id = record.task_id
    assert task_id is not None
    store.record_poll(record.id, poll(task_id, TaskStatus.PROCESSING, 10), now=110.0)
    store.record_poll(record.id, poll(task_id, TaskStatus.PROCESSING, 10), now=115.0)
    # progress alone updates the row, not the history
    moved = store.record_poll(record.id, poll(task_id, TaskStatus.PROCESSING, 55), now=120.0)
    assert moved.progress == 55
    assert moved.last_poll_at == 120.0

    done = completed(task_id, VideoResult(SIGNED_URL, 5000.0), VideoResult("https://cdn.example.net/2.mp4"))
    store.record_poll(record.id, done, now=130.0)
    final = store.record_poll(record.id, done, now=135.0)

    statuses = [e.status for e in store.events(record.id) if e.kind is EventKind.STATUS]
    assert statuses == [TaskStatus.PROCESSING, TaskStatus.COMPLETED]
    videos = store.videos(record.id)
    assert [(v.index, v.url, v.expires_at, v.state) for v in videos] == [
        (0, SIGNED_URL, 5000.0, DownloadState.PENDING),
        (1, "https://cdn.example.net/2.mp4", None, DownloadState.PENDING),
    ]
    assert all(v.task_id == task_id for v in videos)
    assert SIGNED_URL not in repr(videos[0])  # signed links stay out of logs
    assert final.status is TaskStatus.COMPLETED
    assert (final.cost, final.credits_cost, final.actual_time) == (0.2, 2, 240)
    assert final.download_state is DownloadState.PENDING


def test_status_history_has_every_change_with_its_time(store: Store) -> None:
    record = submit(store, now=1.0)
    store.mark_sending(record.id, now=2.0)
    store.mark_accepted(record.id, "task_H", TaskStatus.PENDING, "submitted", now=3.0)
    store.record_poll(record.id, poll("task_H", TaskStatus.PENDING, 0), now=10.0)
    store.record_poll(record.id, poll("task_H", TaskStatus.PROCESSING, 20), now=20.0)
    store.record_poll(record.id, poll("task_H", TaskStatus.PROCESSING, 70), now=30.0)
    failure = TaskError("content moderation", code="task_failed", type="upstream_error")
    store.record_poll(record.id, poll("task_H", TaskStatus.FAILED, error=failure), now=40.0)

    history = [(e.at, e.kind, e.status, e.progress, e.detail) for e in store.events(record.id)]
    assert history == [
        (1.0, EventKind.CREATED, None, None, None),
        (2.0, EventKind.SENDING, None, None, "attempt 1"),
        (3.0, EventKind.ACCEPTED, TaskStatus.PENDING, None, "task task_H"),
        (20.0, EventKind.STATUS, TaskStatus.PROCESSING, 20, None),
        (40.0, EventKind.STATUS, TaskStatus.FAILED, 70, "content moderation"),
    ]
    failed = store.get(record.id)
    assert failed is not None
    assert failed.error == failure
    assert failed.is_terminal


def test_a_late_stale_poll_does_not_undo_a_finished_task(store: Store) -> None:
    record = accepted(store)
    store.record_poll(record.id, completed("task_0001", VideoResult(SIGNED_URL, 9e9)), now=110.0)
    after = store.record_poll(record.id, poll("task_0001", TaskStatus.PROCESSING, 50), now=111.0)
    assert after.status is TaskStatus.COMPLETED
    assert after.progress == 100
    assert len([e for e in store.events(record.id) if e.kind is EventKind.STATUS]) == 1


def test_polls_must_match_the_task(store: Store) -> None:
    queued = submit(store)
    with pytest.raises(StateError, match="no task"):
        store.record_poll(queued.id, poll("task_x", TaskStatus.PENDING), now=1.0)
    record = accepted(store, task_id="task_mine")
    with pytest.raises(StateError):
        store.record_poll(record.id, poll("task_other", TaskStatus.PENDING), now=1.0)


def test_a_completed_task_without_media_says_so(store: Store) -> None:
    record = accepted(store)
    done = store.record_poll(record.id, completed("task_0001"), now=110.0)
    assert done.download_state is None
    assert store.videos(record.id) == []
    assert store.events(record.id)[-1].detail == "no media returned"


def test_poll_errors_are_shown_until_the_next_good_poll(store: Store) -> None:
    record = accepted(store)
    events_before = store.events(record.id)
    troubled = store.record_poll_error(record.id, "offline", now=110.0)
    assert (troubled.issue, troubled.issue_at) == ("offline", 110.0)
    assert store.events(record.id) == events_before
    healed = store.record_poll(record.id, poll("task_0001", TaskStatus.PENDING), now=120.0)
    assert healed.issue is None


def test_a_fresh_link_revives_an_expired_video(store: Store) -> None:
    record = accepted(store)
    store.record_poll(record.id, completed("task_0001", VideoResult("https://cdn/old.mp4", 200.0)), now=110.0)
    assert [v.state for v in store.expire_overdue_videos(now=200.0)] == [DownloadState.EXPIRED]
    store.record_poll(
        record.id, completed("task_0001", VideoResult("https://cdn/new.mp4?s=1", 900.0)), now=300.0
    )
    (video,) = store.videos(record.id)
    assert (video.url, video.expires_at, video.state) == (
        "https://cdn/new.mp4?s=1",
        900.0,
        DownloadState.PENDING,
    )
    assert store.get(record.id).download_state is DownloadState.PENDING  # type: ignore[union-attr]


# --------------------------------------------------------------------------- tracking, active, removal


def test_tracking_can_stop_and_start_again(store: Store) -> None:
    record = accepted(store)
    assert [r.id for r in store.active()] == [record.id]
    stopped = store.set_tracking(record.id, False, now=200.0)
    assert not stopped.tracking
    assert store.active() == []
    store.set_tracking(record.id, False, now=201.0)  # no change, no event
    store.set_tracking(record.id, True, now=300.0)
    assert [r.id for r in store.active()] == [record.id]
    toggles = [(e.at, e.kind) for e in store.events(record.id) if e.kind.startswith("tracking")]
    assert toggles == [(200.0, EventKind.TRACKING_OFF), (300.0, EventKind.TRACKING_ON)]
    with pytest.raises(StateError):
        store.set_tracking(submit(store).id, False, now=1.0)


def test_active_holds_exactly_the_tasks_to_poll(store: Store) -> None:
    submit(store)  # queued: nothing to poll yet
    running = accepted(store, now=10.0)
    untracked = accepted(store, now=20.0)
    store.set_tracking(untracked.id, False, now=25.0)
    finished = accepted(store, now=30.0)
    store.record_poll(finished.id, completed(finished.task_id or ""), now=35.0)
    # an idempotent replay may say "completed" at once: it still needs one poll for its videos
    replay = submit(store, now=40.0)
    store.mark_sending(replay.id, now=41.0)
    store.mark_accepted(replay.id, "task_replay", TaskStatus.COMPLETED, "completed", now=42.0, replayed=True)
    processing = accepted(store, now=50.0)
    store.record_poll(processing.id, poll(processing.task_id or "", TaskStatus.PROCESSING, 5), now=55.0)

    assert [r.id for r in store.active()] == [running.id, replay.id, processing.id]
    store.record_poll(replay.id, completed("task_replay", VideoResult(SIGNED_URL)), now=60.0)
    assert [r.id for r in store.active()] == [running.id, processing.id]


@pytest.mark.parametrize(
    ("setup", "allowed"),
    [
        ("queued, never sent", True),
        ("queued, sent once", False),
        ("sending", False),
        ("rejected", True),
        ("running, tracked", False),
        ("running, untracked", True),
        ("completed", True),
        ("failed", True),
    ],
)
def test_only_what_cannot_lose_a_task_can_be_removed(store: Store, setup: str, allowed: bool) -> None:
    record = submit(store)
    if setup != "queued, never sent":
        store.mark_sending(record.id, now=101.0)
    if setup == "queued, sent once":
        store.back_to_queue(record.id, now=102.0, note="timeout")
    if setup == "rejected":
        store.mark_rejected(record.id, TaskError("bad prompt"), now=102.0)
    if setup.startswith(("running", "completed", "failed")):
        store.mark_accepted(record.id, "task_R", TaskStatus.PENDING, now=102.0)
    if setup == "running, untracked":
        store.set_tracking(record.id, False, now=103.0)
    if setup in ("completed", "failed"):
        store.record_poll(record.id, poll("task_R", TaskStatus(setup)), now=103.0)

    if not allowed:
        with pytest.raises(StateError, match="cannot be removed"):
            store.remove(record.id, now=200.0)
        assert store.tasks() != []
        return
    removed = store.remove(record.id, now=200.0)
    assert removed.removed_at == 200.0
    assert store.tasks() == []
    assert store.tasks(include_removed=True) == [removed]
    assert store.get(record.id) == removed  # hidden, still on record
    assert store.to_send(include_paused=True) == []
    assert store.active() == []
    assert store.events(record.id)[-1].kind is EventKind.REMOVED
    assert store.remove(record.id, now=300.0) == removed  # twice: no change


def test_tracking_a_removed_task_again_brings_it_back(store: Store) -> None:
    record = accepted(store)
    store.set_tracking(record.id, False, now=200.0)
    store.remove(record.id, now=201.0)
    back = store.set_tracking(record.id, True, now=202.0)
    assert back.removed_at is None
    assert [r.id for r in store.active()] == [record.id]


def test_tasks_are_listed_newest_first_with_filters(store: Store) -> None:
    old = accepted(store, now=10.0)
    new = accepted(store, now=30.0)
    middle = submit(store, now=20.0)
    store.record_poll(new.id, poll(new.task_id or "", TaskStatus.PROCESSING), now=40.0)
    assert [r.id for r in store.tasks()] == [new.id, middle.id, old.id]
    assert [r.id for r in store.tasks(limit=2)] == [new.id, middle.id]
    assert [r.id for r in store.tasks(statuses=[TaskStatus.PENDING, TaskStatus.PROCESSING])] == [
        new.id,
        old.id,
    ]
    assert [r.id for r in store.tasks(statuses=[TaskStatus.PROCESSING])] == [new.id]
    assert [r.id for r in store.tasks(states=[SubmitState.QUEUED])] == [middle.id]
    assert store.tasks(statuses=[]) == []


# --------------------------------------------------------------------------- videos


def _task_with_videos(store: Store, now: float, *expiries: float | None) -> TaskRecord:
    record = accepted(store, now=now)
    videos = [VideoResult(f"https://cdn/{record.id}-{i}.mp4?sig=x", e) for i, e in enumerate(expiries)]
    return store.record_poll(record.id, completed(record.task_id or "", *videos), now=now + 5)


def test_videos_to_download_come_soonest_expiry_first(store: Store) -> None:
    a = _task_with_videos(store, 10.0, 5000.0, None)
    b = _task_with_videos(store, 20.0, 3000.0)
    c = _task_with_videos(store, 30.0, 4000.0, 1000.0)
    queue = store.videos_to_download(now=100.0)
    assert [(v.local_id, v.index) for v in queue] == [(c.id, 1), (b.id, 0), (c.id, 0), (a.id, 0), (a.id, 1)]
    # at 1000 the first link is dead: it is not offered any more
    assert (c.id, 1) not in [(v.local_id, v.index) for v in store.videos_to_download(now=1000.0)]


def test_downloads_move_through_their_states(store: Store, tmp_path: Path) -> None:
    record = _task_with_videos(store, 10.0, 5000.0, 6000.0)
    first, second = store.videos(record.id)

    started = store.set_video_state(first.id, DownloadState.DOWNLOADING, now=100.0)
    assert (started.state, started.attempts) == (DownloadState.DOWNLOADING, 1)
    assert store.get(record.id).download_state is DownloadState.DOWNLOADING  # type: ignore[union-attr]
    assert [v.id for v in store.videos_to_download(now=100.0)] == [second.id]

    with pytest.raises(ValueError, match="local path"):
        store.set_video_state(first.id, DownloadState.DONE, now=101.0)
    target = tmp_path / "fox.mp4"
    done = store.set_video_state(first.id, DownloadState.DONE, now=102.0, local_path=target, size=1234)
    assert (done.state, done.local_path, done.size, done.error) == (DownloadState.DONE, target, 1234, None)

    for attempt in range(1, 4):
        store.set_video_state(second.id, DownloadState.DOWNLOADING, now=110.0 + attempt)
        failed = store.set_video_state(second.id, DownloadState.FAILED, now=110.5 + attempt, error="HTTP 503")
        assert (failed.attempts, failed.error) == (attempt, "HTTP 503")
    assert store.get(record.id).download_state is DownloadState.FAILED  # type: ignore[union-attr]
    # failed but retryable until the attempts run out
    assert [v.id for v in store.videos_to_download(now=120.0, max_attempts=4)] == [second.id]
    assert store.videos_to_download(now=120.0, max_attempts=3) == []

    store.set_video_state(second.id, DownloadState.DOWNLOADING, now=130.0)
    store.set_video_state(second.id, DownloadState.DONE, now=131.0, local_path=tmp_path / "b.mp4", size=9)
    assert store.get(record.id).download_state is DownloadState.DONE  # type: ignore[union-attr]
    assert store.videos_to_download(now=132.0) == []
    with pytest.raises(UnknownRecordError):
        store.set_video_state(9999, DownloadState.FAILED, now=1.0)


def test_overdue_videos_expire_and_the_task_says_so(store: Store, tmp_path: Path) -> None:
    a = _task_with_videos(store, 10.0, 1000.0, 3000.0)
    b = _task_with_videos(store, 20.0, 1500.0, None)
    a0, a1 = store.videos(a.id)
    b0, _ = store.videos(b.id)
    store.set_video_state(a1.id, DownloadState.DOWNLOADING, now=50.0)
    store.set_video_state(a1.id, DownloadState.DONE, now=60.0, local_path=tmp_path / "a1.mp4")
    store.set_video_state(b0.id, DownloadState.DOWNLOADING, now=70.0)
    store.set_video_state(b0.id, DownloadState.FAILED, now=80.0, error="reset")

    assert store.expire_overdue_videos(now=999.0) == []
    expired = store.expire_overdue_videos(now=2000.0)
    assert [(v.id, v.state) for v in expired] == [
        (a0.id, DownloadState.EXPIRED),
        (b0.id, DownloadState.EXPIRED),
    ]
    assert store.expire_overdue_videos(now=2000.0) == []  # already done
    assert store.get(a.id).download_state is DownloadState.EXPIRED  # type: ignore[union-attr]
    assert store.get(b.id).download_state is DownloadState.PENDING  # type: ignore[union-attr]
    assert store.video(a1.id).state is DownloadState.DONE  # type: ignore[union-attr]
    assert store.video(b0.id).error == "reset"  # type: ignore[union-attr]


def test_a_download_cut_by_a_crash_is_queued_again(db_path: Path) -> None:
    store = Store(db_path)
    record = _task_with_videos(store, 10.0, 5000.0)
    (video,) = store.videos(record.id)
    store.set_video_state(video.id, DownloadState.DOWNLOADING, now=100.0)
    store.close()
    with Store(db_path) as restarted:
        assert restarted.videos_to_download(now=200.0) == []
        assert [v.id for v in restarted.requeue_interrupted_downloads(now=200.0)] == [video.id]
        assert [v.id for v in restarted.videos_to_download(now=200.0)] == [video.id]
        assert restarted.requeue_interrupted_downloads(now=201.0) == []


# --------------------------------------------------------------------------- uploads


def test_a_cached_upload_is_offered_only_while_it_stays_valid_long_enough(store: Store) -> None:
    sha = "AB" * 32
    upload = Upload(
        url="https://upload.example/f/image/1-photo.jpg",
        expires_at=10_000.0,
        filename="photo.jpg",
        content_type="image/jpeg",
        bytes=235680,
        created_at=0.0,
    )
    cached = store.remember_upload(upload, sha, now=1.0)
    assert cached.sha256 == sha.lower()
    assert cached.to_upload() == upload

    assert store.cached_upload(sha, now=9_000.0, min_remaining=1000.0) is not None  # exactly enough
    assert store.cached_upload(sha, now=9_000.5, min_remaining=1000.0) is None
    assert store.cached_upload(sha.lower(), now=9_399.0) is not None  # default margin: 600 s
    assert store.cached_upload(sha, now=9_401.0) is None
    assert store.cached_upload("cd" * 32, now=0.0) is None

    renewed = Upload(url="https://upload.example/f/image/2-photo.jpg", expires_at=50_000.0, sha256=sha)
    store.remember_upload(renewed, now=20_000.0)
    again = store.cached_upload(sha, now=20_000.0)
    assert again is not None
    assert again.url == renewed.url
    assert again.stored_at == 20_000.0

    store.forget_upload(sha)
    assert store.cached_upload(sha, now=20_000.0) is None
    with pytest.raises(ValueError):
        store.remember_upload(Upload(url="https://u/x.png", expires_at=1.0), now=1.0)


def test_expired_uploads_can_be_pruned(store: Store) -> None:
    store.remember_upload(Upload(url="https://u/a.png", expires_at=100.0), "a" * 64, now=1.0)
    store.remember_upload(Upload(url="https://u/b.png", expires_at=300.0), "b" * 64, now=1.0)
    assert store.prune_uploads(now=200.0) == 1
    assert store.cached_upload("b" * 64, now=200.0, min_remaining=0) is not None


# --------------------------------------------------------------------------- prompts


def test_prompt_history_counts_searches_and_stars(store: Store) -> None:
    store.note_prompt("A red fox in snow", now=1.0)
    store.note_prompt("  A red fox in snow\n", now=5.0)  # the same prompt, as sent
    store.note_prompt("A red fox in snow", now=3.0)  # an out-of-order time never moves last_used back
    store.note_prompt("Waves on a beach at dusk", now=4.0)
    store.note_prompt("Die Straße bei Nacht, FOXES everywhere", now=2.0)

    history = store.prompt_history()
    assert [(p.text, p.use_count, p.first_used, p.last_used) for p in history] == [
        ("A red fox in snow", 3, 1.0, 5.0),
        ("Waves on a beach at dusk", 1, 4.0, 4.0),
        ("Die Straße bei Nacht, FOXES everywhere", 1, 2.0, 2.0),
    ]
    assert [p.text for p in store.prompt_history("fOx")] == [
        "A red fox in snow",
        "Die Straße bei Nacht, FOXES everywhere",
    ]
    assert [p.text for p in store.prompt_history("STRASSE")] == ["Die Straße bei Nacht, FOXES everywhere"]
    assert store.prompt_history("50%_off") == []  # no LIKE wildcards
    assert len(store.prompt_history(limit=1)) == 1

    starred = store.set_prompt_starred(" Waves on a beach at dusk ", True)
    assert starred.starred
    assert [p.text for p in store.prompt_history(starred_only=True)] == ["Waves on a beach at dusk"]
    store.set_prompt_starred("Waves on a beach at dusk", False)
    assert store.prompt_history(starred_only=True) == []

    with pytest.raises(UnknownRecordError):
        store.set_prompt_starred("never used", True)
    with pytest.raises(ValueError):
        store.note_prompt("   ", now=6.0)
    store.forget_prompt("A red fox in snow")
    assert [p.text for p in store.prompt_history("fox")] == ["Die Straße bei Nacht, FOXES everywhere"]


# --------------------------------------------------------------------------- threads


def test_many_threads_and_two_stores_write_at_once_without_losing_anything(db_path: Path) -> None:
    first = Store(db_path)
    second = Store(db_path)  # as the CLI beside the app: a second connection to the same file
    workers, per_worker = 6, 12
    barrier = threading.Barrier(workers + 1)
    failures: list[BaseException] = []

    def work(worker: int) -> None:
        store = first if worker % 2 else second
        try:
            barrier.wait()
            for n in range(per_worker):
                now = float(worker * 1000 + n)
                record = submit(store, now=now, key=f"w{worker}-n{n}", prompt=f"prompt {worker} {n}")
                store.mark_sending(record.id, now=now)
                store.mark_accepted(record.id, f"task-{worker}-{n}", TaskStatus.PENDING, now=now)
                store.record_poll(
                    record.id,
                    completed(f"task-{worker}-{n}", VideoResult(f"https://cdn/{worker}/{n}.mp4")),
                    now=now,
                )
                (video,) = store.videos(record.id)
                store.set_video_state(video.id, DownloadState.DOWNLOADING, now=now)
                store.set_video_state(
                    video.id, DownloadState.DONE, now=now, local_path=Path(f"/v/{worker}-{n}")
                )
                store.note_prompt("shared prompt", now=now)
        except BaseException as exc:  # reported below; a thread's exception would vanish otherwise
            failures.append(exc)

    def read() -> None:
        try:
            barrier.wait()
            for _ in range(per_worker * 4):
                first.tasks(limit=20)
                first.active()
                first.videos_to_download(now=0.0)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
    threads.append(threading.Thread(target=read))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)  # only a guard against a deadlock hanging the suite
        assert not thread.is_alive(), "a thread is stuck: deadlock?"
    try:
        assert failures == []
        records = first.tasks()
        assert len(records) == workers * per_worker
        assert {r.idempotency_key for r in records} == {
            f"w{w}-n{n}" for w in range(workers) for n in range(per_worker)
        }
        assert all(r.download_state is DownloadState.DONE for r in records)
        assert first.prompt_history("shared")[0].use_count == workers * per_worker
        assert first.check_integrity()
    finally:
        first.close()
        second.close()


# --------------------------------------------------------------------------- kill -9

_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from omnidesk.api.models import GenerationRequest, Task, TaskStatus, VideoResult
    from omnidesk.engine.store import Store

    store = Store(Path(sys.argv[1]))
    run = sys.argv[2]
    n = 0
    while True:
        n += 1
        key = f"{run}-{n}"
        request = GenerationRequest(prompt=f"prompt {key}")
        record = store.add_submission(request, {"prompt": request.prompt}, key, now=n)
        print("added", record.id, key, flush=True)
        store.mark_sending(record.id, now=n)
        print("sending", record.id, flush=True)
        store.mark_accepted(record.id, f"task-{key}", TaskStatus.PENDING, "submitted", now=n)
        print("accepted", record.id, f"task-{key}", flush=True)
        video = VideoResult(f"https://cdn.example/{key}.mp4?sig=1", n + 1000.0)
        store.record_poll(record.id, Task(f"task-{key}", TaskStatus.COMPLETED, "completed", 100,
                                          videos=(video,)), now=n)
        print("completed", record.id, flush=True)
        store.note_prompt(request.prompt, now=n)
        print("prompt", record.id, key, flush=True)
    """
)


@pytest.mark.slow
def test_kill_9_in_a_burst_of_writes_keeps_every_acknowledged_write(db_path: Path, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(_CHILD)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    acknowledged: list[list[str]] = []
    # Three kills at different points of the burst, on the same file.
    for run, kill_after in (("r1", 37), ("r2", 101), ("r3", 230)):
        child = subprocess.Popen(
            [sys.executable, str(script), str(db_path), run],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
            env=env,
        )
        assert child.stdout is not None
        for lines, line in enumerate(child.stdout, start=1):
            acknowledged.append(line.split())
            if lines == kill_after:
                child.send_signal(signal.SIGKILL)
                break
        rest, errors = child.communicate()
        assert child.returncode == -signal.SIGKILL, errors
        # anything acknowledged between the kill decision and the kill counts too
        acknowledged.extend(line.split() for line in rest.splitlines())

    with Store(db_path) as store:
        assert store.check_integrity()
        for ack in acknowledged:
            record = store.get(int(ack[1]))
            assert record is not None, ack
            if ack[0] == "added":
                assert record.idempotency_key == ack[2]
            elif ack[0] == "sending":
                assert record.send_attempts >= 1
            elif ack[0] == "accepted":
                assert record.task_id == ack[2]
            elif ack[0] == "completed":
                assert record.status is TaskStatus.COMPLETED
                assert len(store.videos(record.id)) == 1
            elif ack[0] == "prompt":
                assert f"prompt {ack[2]}" in {p.text for p in store.prompt_history(ack[2])}
        # A write cut short is all or nothing, and nothing falls between the
        # lists: every submission is either a known task or waiting to be re-sent.
        records = store.tasks()
        assert len(records) >= len({a[1] for a in acknowledged})
        for record in records:
            assert record.request.prompt == f"prompt {record.idempotency_key}"
        unsent = {r.id for r in records if r.state is not SubmitState.ACCEPTED}
        assert {r.id for r in store.to_send()} == unsent


# --------------------------------------------------------------------------- migrations


def _raw_version(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute("PRAGMA user_version").fetchone()[0])
    finally:
        raw.close()


def _columns(path: Path, table: str) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {r[1] for r in raw.execute(f"PRAGMA table_info({table})")}
    finally:
        raw.close()


def test_an_empty_version_0_file_is_migrated_to_the_latest_schema(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with Store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)
        record = submit(store)
        assert store.get(record.id) == record


def test_a_new_migration_moves_an_older_database_forward_and_keeps_its_data(db_path: Path) -> None:
    with Store(db_path) as v1:
        record = accepted(v1)
        v1.record_poll(record.id, completed(record.task_id or "", VideoResult(SIGNED_URL, 5000.0)), now=110.0)
        v1.note_prompt("kept", now=1.0)
        before = v1.get(record.id)
        videos_before = v1.videos(record.id)
    assert _raw_version(db_path) == LATEST

    applied: list[int] = []

    def add_colour(conn: sqlite3.Connection) -> None:
        applied.append(1)
        conn.execute("ALTER TABLE tasks ADD COLUMN colour TEXT")
        conn.execute("UPDATE tasks SET colour = 'blue'")

    future: tuple[Migration, ...] = (*MIGRATIONS, add_colour)
    with Store(db_path, migrations=future) as v2:
        assert v2.schema_version == LATEST + 1
        assert v2.get(record.id) == before
        assert v2.videos(record.id) == videos_before
        assert v2.prompt_history("kept")[0].use_count == 1
    assert "colour" in _columns(db_path, "tasks")
    with Store(db_path, migrations=future):
        pass
    assert applied == [1]  # applied once, not again on the next open

    # and the code that only knows the versions before it now refuses the file
    with pytest.raises(SchemaTooNewError, match=f"version {LATEST + 1}"):
        Store(db_path)


def test_migrations_run_in_order_from_version_0(db_path: Path) -> None:
    future = (
        *MIGRATIONS,
        sql_migration("CREATE TABLE extra (x INTEGER)"),
        sql_migration("INSERT INTO extra VALUES (3)"),
    )
    with Store(db_path, migrations=future) as store:
        assert store.schema_version == LATEST + 2
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("SELECT x FROM extra").fetchall() == [(3,)]
    finally:
        raw.close()


def test_a_failing_migration_leaves_the_database_as_it_was(db_path: Path) -> None:
    with Store(db_path) as v1:
        record = submit(v1)

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE tasks ADD COLUMN colour TEXT")
        raise RuntimeError("bug in migration")

    with pytest.raises(MigrationError, match=f"version {LATEST + 1} failed: bug in migration"):
        Store(db_path, migrations=(*MIGRATIONS, half_done))
    assert _raw_version(db_path) == LATEST
    assert "colour" not in _columns(db_path, "tasks")
    with Store(db_path) as again:
        assert again.get(record.id) == record


def test_a_migration_that_breaks_a_foreign_key_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    orphan = sql_migration("INSERT INTO task_events (local_id, at, kind) VALUES (404, 0, 'created')")
    with pytest.raises(MigrationError, match="foreign key"):
        Store(db_path, migrations=(*MIGRATIONS, orphan))
    assert _raw_version(db_path) == LATEST


def test_a_database_newer_than_the_code_is_refused_and_left_untouched(db_path: Path) -> None:
    with Store(db_path) as store:
        record = submit(store)
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()

    with pytest.raises(SchemaTooNewError, match=r"schema version 99.*newer OmniDesk"):
        Store(db_path)
    assert _raw_version(db_path) == 99
    with Store(db_path, migrations=[*MIGRATIONS] + [sql_migration("SELECT 1")] * 98) as future:
        assert future.get(record.id) == record


# ----------------------------------------------------------------- presets, batches, lineage, spend


def test_a_version_1_database_gains_presets_and_batches_and_keeps_its_tasks(db_path: Path) -> None:
    with Store(db_path, migrations=MIGRATIONS[:1]) as v1:
        record = accepted(v1, prompt="kept across the upgrade")
    assert _raw_version(db_path) == 1
    with Store(db_path) as v2:
        assert v2.schema_version == LATEST
        assert v2.get(record.id) == record
        preset = v2.save_preset("Dusk", GenerationRequest("a city at dusk", duration=8), now=5.0)
        assert v2.presets() == [preset]
        assert v2.check_integrity()


def test_presets_are_saved_overwritten_listed_by_name_and_deleted(store: Store) -> None:
    request = GenerationRequest(
        "a foggy harbour", Mode.FRAME, 4, "1080p", "9:16", ("https://x.example/a.png",)
    )
    first = store.save_preset("  harbour ", request, ["/pics/a.png"], now=10.0)
    assert first.name == "harbour" and first.request == request and first.local_images == ("/pics/a.png",)
    store.save_preset("Alpine", GenerationRequest("snowy peaks"), now=11.0)
    again = store.save_preset("harbour", GenerationRequest("a foggy harbour at night"), now=12.0)
    assert (again.created_at, again.updated_at) == (10.0, 12.0)
    assert [p.name for p in store.presets()] == ["Alpine", "harbour"]
    assert store.presets()[1].request.prompt == "a foggy harbour at night"
    store.delete_preset("harbour")
    assert [p.name for p in store.presets()] == ["Alpine"]
    with pytest.raises(ValueError, match="name"):
        store.save_preset("   ", request, now=13.0)


def test_batches_are_named_and_group_their_submissions(store: Store) -> None:
    batch = store.add_batch("b-1", "3 variations of 'a kite'", "variations", now=20.0)
    members = [submit(store, now=21.0 + i, prompt="a kite", batch_id="b-1") for i in range(3)]
    submit(store, now=30.0, prompt="alone")
    assert store.batch("b-1") == batch
    assert store.batch("missing") is None
    assert store.batches() == [batch]
    assert {r.id for r in store.tasks(batch_id="b-1")} == {r.id for r in members}


def test_the_thread_holds_the_root_and_every_descendant_oldest_first(store: Store) -> None:
    root = submit(store, now=1.0, prompt="v1")
    child = submit(store, now=2.0, prompt="v2", parent_id=root.id)
    grandchild = submit(store, now=3.0, prompt="v3", parent_id=child.id)
    sibling = submit(store, now=4.0, prompt="v2b", parent_id=root.id)
    other = submit(store, now=5.0, prompt="unrelated")
    expected = [root.id, child.id, grandchild.id, sibling.id]
    for member in (root, child, grandchild, sibling):
        assert [r.id for r in store.thread(member.id)] == expected
    assert [r.id for r in store.thread(other.id)] == [other.id]
    with pytest.raises(UnknownRecordError):
        store.thread(999)


def test_spend_rows_carry_quote_charge_and_batch(store: Store) -> None:
    quoted = submit(store, now=10.0, quoted_cost=0.17, batch_id="b")
    charged = accepted(store, now=20.0, quoted_cost=0.15)
    store.record_poll(charged.id, completed(charged.task_id or ""), now=30.0)
    refused = submit(store, now=40.0, quoted_cost=0.4)
    store.mark_sending(refused.id, now=41.0)
    store.mark_rejected(refused.id, TaskError("bad prompt"), now=42.0)
    rows = store.spend()
    assert [(r.local_id, r.quoted_cost, r.cost, r.batch_id, r.billable) for r in rows] == [
        (quoted.id, 0.17, None, "b", True),
        (charged.id, 0.15, 0.2, None, True),
        (refused.id, 0.4, None, None, False),
    ]
    assert [r.local_id for r in store.spend(since=15.0)] == [charged.id, refused.id]


def test_the_last_request_of_a_prompt_loads_it_with_its_parameters(store: Store) -> None:
    first = GenerationRequest("  a desert road ", duration=4)
    store.add_submission(first, build_body(first), "k1", now=1.0)
    second = GenerationRequest("a desert road", duration=10, resolution="4k")
    store.add_submission(second, build_body(second), "k2", now=2.0)
    found = store.last_request_for_prompt("a desert road")
    assert found is not None and found.request == second
    assert store.last_request_for_prompt("never used") is None
