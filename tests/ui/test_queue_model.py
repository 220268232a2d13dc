"""The queue's item model: its cells, its updates from engine events, its filter."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest, Mode, Task, TaskError, TaskStatus, VideoResult
from omnidesk.api.pricing import estimate_cost
from omnidesk.api.rules import build_body
from omnidesk.engine.events import TaskUpdated, VideoUpdated
from omnidesk.engine.store import Batch, DownloadState, Store, SubmitState, TaskRecord
from tests.helpers.engine_harness import Harness
from ui.bridge import EngineBridge
from ui.queue.model import (
    ACTIVE_STATUSES,
    COMPLETED_STATUSES,
    FAILED_STATUSES,
    BatchSummary,
    Column,
    QueueFilter,
    QueueModel,
    QueueStatus,
)

T0 = 1_700_000_000.0


class Ledger:
    """Real TaskRecords from a real Store, at chosen times."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._keys = itertools.count(1)
        self._tasks = itertools.count(1)
        self.now = T0

    def tick(self, seconds: float = 1.0) -> float:
        self.now += seconds
        return self.now

    def submit(
        self, request: GenerationRequest, *, paused: bool = False, batch_id: str | None = None
    ) -> TaskRecord:
        body = build_body(request)
        return self.store.add_submission(
            request,
            body,
            f"key-{next(self._keys)}",
            now=self.tick(),
            quoted_cost=estimate_cost(request.resolution, body.get("duration")),
            paused=paused,
            batch_id=batch_id,
        )

    def batch(self, label: str, count: int, kind: str = "variations") -> tuple[Batch, list[TaskRecord]]:
        batch = self.store.add_batch(f"batch-{label}", label, kind, now=self.tick())
        records = [self.submit(text(f"{label} {n}"), batch_id=batch.id) for n in range(count)]
        return batch, records

    def accept(self, record: TaskRecord) -> TaskRecord:
        self.store.mark_sending(record.id, now=self.tick())
        return self.store.mark_accepted(
            record.id, f"task_{next(self._tasks)}", TaskStatus.PENDING, "submitted", now=self.tick()
        )

    def poll(self, record: TaskRecord, **task: object) -> TaskRecord:
        assert record.task_id is not None
        return self.store.record_poll(record.id, Task(id=record.task_id, **task), now=self.tick())  # type: ignore[arg-type]


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    store = Store(tmp_path / "ledger.sqlite3")
    yield Ledger(store)
    store.close()


def text(prompt: str = "a lighthouse at dusk", **kw: object) -> GenerationRequest:
    return GenerationRequest(prompt, **kw)  # type: ignore[arg-type]


def cell(model: QueueModel, row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, column), role)


def by_id(
    model: QueueModel, local_id: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    row = model.row_of(local_id)
    assert row is not None
    return cell(model, row, column, role)


def fill(ledger: Ledger) -> dict[str, TaskRecord]:
    """One record in every state the queue shows, written through the store."""
    s = ledger.store
    r: dict[str, TaskRecord] = {}
    r["queued"] = ledger.submit(text("queued one", duration=4, resolution="720p", aspect_ratio="16:9"))
    r["paused"] = ledger.submit(text("paused one"), paused=True)
    sending = ledger.submit(text("sending one"))
    r["sending"] = s.mark_sending(sending.id, now=ledger.tick())
    r["pending"] = ledger.accept(ledger.submit(text("pending one")))
    running = ledger.accept(ledger.submit(text("running one")))
    r["processing"] = ledger.poll(
        running, status=TaskStatus.PROCESSING, raw_status="processing", progress=45, estimated_time=90
    )
    done = ledger.accept(ledger.submit(text("done one")))
    r["completed"] = ledger.poll(
        done,
        status=TaskStatus.COMPLETED,
        raw_status="completed",
        progress=100,
        actual_time=72,
        cost=0.3,
        videos=(VideoResult("https://cdn.example.com/v/done.mp4?sig=x", expires_at=T0 + 86_400),),
    )
    bad = ledger.accept(ledger.submit(text("failed one")))
    r["failed"] = ledger.poll(
        bad,
        status=TaskStatus.FAILED,
        raw_status="failed",
        error=TaskError("content policy violation", code="moderation"),
    )
    refused = ledger.submit(text("refused one"))
    s.mark_sending(refused.id, now=ledger.tick())
    r["refused"] = s.mark_rejected(refused.id, TaskError("insufficient balance"), now=ledger.tick())
    untracked = ledger.accept(ledger.submit(text("untracked one")))
    r["not_tracked"] = s.set_tracking(untracked.id, False, now=ledger.tick())
    r["video"] = ledger.submit(
        text(
            "restyle this clip",
            mode=Mode.VIDEO,
            duration=None,
            resolution="1080p",
            aspect_ratio="9:16",
            video_urls=("https://example.com/ref.mp4",),
        )
    )
    return r


def test_an_empty_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = QueueModel([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.columnCount() == len(Column)
    assert model.row_of(1) is None


def test_a_filled_model_passes_the_model_tester_and_its_filter_too(
    qtmodeltester: ModelTester, ledger: Ledger
) -> None:
    fill(ledger)
    model = QueueModel(ledger.store.tasks())
    qtmodeltester.check(model)
    proxy = QueueFilter(ACTIVE_STATUSES)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_rows_are_newest_first_and_each_carries_its_record(ledger: Ledger) -> None:
    records = fill(ledger)
    # Given in any order: shown newest first, as the store lists them.
    model = QueueModel(reversed(ledger.store.tasks()))
    assert [cell(model, row, Column.PROMPT, QueueModel.RecordRole).id for row in range(model.rowCount())] == [  # type: ignore[attr-defined]
        r.id for r in ledger.store.tasks()
    ]
    assert model.row_of(records["video"].id) == 0
    for record in records.values():
        assert by_id(model, record.id, Column.STATUS, QueueModel.RecordRole) == record


def test_each_status_in_plain_words(ledger: Ledger) -> None:
    records = fill(ledger)
    model = QueueModel(ledger.store.tasks())
    words = {name: by_id(model, r.id, Column.STATUS) for name, r in records.items()}
    assert words == {
        "queued": "queued",
        "paused": "paused",
        "sending": "sending",
        "pending": "pending",
        "processing": "processing",
        "completed": "completed",
        "failed": "failed: content policy violation",
        "refused": "refused: insufficient balance",
        "not_tracked": "not tracked",
        "video": "queued",
    }
    assert by_id(model, records["not_tracked"].id, Column.STATUS, QueueModel.StatusRole) is (
        QueueStatus.NOT_TRACKED
    )


def test_cells_of_a_row(ledger: Ledger) -> None:
    records = fill(ledger)
    model = QueueModel(ledger.store.tasks(), clock=lambda: records["processing"].accepted_at + 45)  # type: ignore[operator]
    queued, video = records["queued"].id, records["video"].id
    running, done = records["processing"].id, records["completed"].id
    assert by_id(model, queued, Column.PARAMS) == "720p · 4 s · 16:9"
    assert by_id(model, video, Column.PARAMS) == "1080p · 9:16"  # no duration for a reference video
    assert by_id(model, queued, Column.MODE) == "Text to video"
    assert by_id(model, video, Column.MODE) == "Reference video"
    # Progress: an int for the delegate, a percentage for the text.
    assert by_id(model, running, Column.PROGRESS, QueueModel.ProgressRole) == 45
    assert by_id(model, running, Column.PROGRESS) == "45%"
    assert by_id(model, done, Column.PROGRESS, QueueModel.ProgressRole) == 100
    assert by_id(model, queued, Column.PROGRESS, QueueModel.ProgressRole) == 0
    # Time: elapsed / the server's estimate while running; the actual time once done.
    assert by_id(model, running, Column.TIME) == "0:45 / ≈1:30"
    assert by_id(model, done, Column.TIME) == "1:12"
    assert by_id(model, queued, Column.TIME) == ""
    # Cost: what was charged, else the approximate quote.
    assert by_id(model, done, Column.COST) == "0.30"
    assert by_id(model, queued, Column.COST) == f"≈{records['queued'].quoted_cost:.2f}"
    # Download state of the task's videos.
    assert by_id(model, done, Column.DOWNLOAD) == "waiting"
    assert by_id(model, queued, Column.DOWNLOAD) == ""


def test_the_prompt_is_one_line_and_whole_in_its_tooltip(ledger: Ledger) -> None:
    prompt = "a very long prompt\nover two lines " + "with many words " * 30
    record = ledger.submit(text(prompt))
    model = QueueModel([record])
    assert cell(model, 0, Column.PROMPT) == " ".join(prompt.split())
    assert cell(model, 0, Column.PROMPT, Qt.ItemDataRole.ToolTipRole) == prompt
    assert model.headerData(Column.PROMPT, Qt.Orientation.Horizontal) == "Prompt"


def test_a_new_submission_is_inserted_at_the_top(qtbot: QtBot, ledger: Ledger) -> None:
    first = ledger.submit(text("first"))
    model = QueueModel([first])
    newer = ledger.submit(text("second"))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model._on_task_updated(TaskUpdated(newer))
    assert inserted.args[1:] == [0, 0]
    assert model.row_of(newer.id) == 0
    assert model.row_of(first.id) == 1


def test_an_update_changes_only_its_row(qtbot: QtBot, ledger: Ledger, qtmodeltester: ModelTester) -> None:
    a = ledger.accept(ledger.submit(text("a")))
    b = ledger.accept(ledger.submit(text("b")))
    model = QueueModel([a, b])
    qtmodeltester.check(model)  # keeps checking through the changes below
    changed: list[tuple[QModelIndex, QModelIndex]] = []
    model.dataChanged.connect(lambda top, bottom, roles: changed.append((top, bottom)))
    a = ledger.poll(a, status=TaskStatus.PROCESSING, raw_status="processing", progress=30)
    model._on_task_updated(TaskUpdated(a))
    row = model.row_of(a.id)
    assert [(t.row(), bt.row(), t.column(), bt.column()) for t, bt in changed] == [
        (row, row, 0, len(Column) - 1)
    ]
    assert by_id(model, a.id, Column.PROGRESS) == "30%"
    assert model.rowCount() == 2


def test_a_stale_event_does_not_undo_a_newer_record(ledger: Ledger) -> None:
    old = ledger.accept(ledger.submit(text("a")))
    newer = ledger.poll(old, status=TaskStatus.PROCESSING, raw_status="processing", progress=60)
    model = QueueModel([newer])
    model._on_task_updated(TaskUpdated(old))
    assert by_id(model, old.id, Column.STATUS) == "processing"


def test_a_removed_record_leaves_the_model(qtbot: QtBot, ledger: Ledger) -> None:
    keep = ledger.submit(text("keep"))
    gone = ledger.submit(text("gone"))
    model = QueueModel([keep, gone])
    removed = ledger.store.remove(gone.id, now=ledger.tick())
    with qtbot.waitSignal(model.rowsRemoved):
        model._on_task_updated(TaskUpdated(removed))
    assert model.row_of(gone.id) is None
    assert model.row_of(keep.id) == 0
    # A removed record never enters: not on load, not from a late event.
    model._on_task_updated(TaskUpdated(removed))
    assert model.rowCount() == 1
    assert QueueModel([keep, removed]).rowCount() == 1


def test_the_filter_shows_only_the_chosen_statuses(ledger: Ledger) -> None:
    records = fill(ledger)
    model = QueueModel(ledger.store.tasks())
    proxy = QueueFilter(ACTIVE_STATUSES)
    proxy.setSourceModel(model)

    def shown() -> set[str]:
        ids = {proxy.index(r, 0).data(QueueModel.RecordRole).id for r in range(proxy.rowCount())}
        return {name for name, record in records.items() if record.id in ids}

    assert shown() == {"queued", "paused", "sending", "pending", "processing", "not_tracked", "video"}
    proxy.set_statuses(COMPLETED_STATUSES)
    assert shown() == {"completed"}
    proxy.set_statuses(FAILED_STATUSES)
    assert shown() == {"failed", "refused"}
    proxy.set_statuses(None)
    assert shown() == set(records)
    # A row that changes status moves between filters without a reload.
    proxy.set_statuses(COMPLETED_STATUSES)
    finished = ledger.poll(
        records["processing"], status=TaskStatus.COMPLETED, raw_status="completed", progress=100, cost=0.3
    )
    model._on_task_updated(TaskUpdated(finished))
    assert shown() == {"completed", "processing"}


def test_the_three_groups_cover_every_status_once() -> None:
    groups = [ACTIVE_STATUSES, COMPLETED_STATUSES, FAILED_STATUSES]
    assert sorted(s for g in groups for s in g) == sorted(QueueStatus)


def test_elapsed_time_follows_the_clock(ledger: Ledger) -> None:
    running = ledger.accept(ledger.submit(text("running")))
    queued = ledger.submit(text("queued"))
    assert running.accepted_at is not None
    now = [running.accepted_at + 5]
    model = QueueModel([running, queued], clock=lambda: now[0])
    assert by_id(model, running.id, Column.TIME) == "0:05"
    now[0] += 60
    # Read at paint time from the clock: the view repaints the column (QueueView.repaint_elapsed).
    assert by_id(model, running.id, Column.TIME) == "1:05"


def test_the_status_tooltip_tells_a_transient_trouble(ledger: Ledger) -> None:
    running = ledger.accept(ledger.submit(text("running")))
    troubled = ledger.store.record_poll_error(running.id, "offline: will try again", now=ledger.tick())
    model = QueueModel([troubled])
    assert cell(model, 0, Column.STATUS) == "pending"
    assert cell(model, 0, Column.STATUS, Qt.ItemDataRole.ToolTipRole) == "offline: will try again"


@pytest.mark.slow
def test_end_to_end_a_submission_runs_to_a_downloaded_video(
    qtbot: QtBot, make_harness: Callable[..., Harness], qtmodeltester: ModelTester
) -> None:
    h = make_harness()
    engine = h.engine()
    bridge = EngineBridge(engine)
    model = QueueModel(h.store.tasks())  # empty ledger: nothing to load yet
    qtmodeltester.check(model)
    bridge.taskUpdated.connect(model._on_task_updated)
    finished = QueueFilter(COMPLETED_STATUSES)
    finished.setSourceModel(model)
    try:
        record = engine.submit(GenerationRequest("a kite over a beach", duration=4))

        def done() -> bool:
            row = model.row_of(record.id)
            return (
                row is not None
                and cell(model, row, Column.STATUS) == "completed"
                and cell(model, row, Column.DOWNLOAD) == "done"
            )

        qtbot.waitUntil(done, timeout=30_000)
        row = model.row_of(record.id)
        assert row == 0 and model.rowCount() == 1
        shown = cell(model, row, Column.STATUS, QueueModel.RecordRole)
        assert isinstance(shown, TaskRecord)
        assert shown.state is SubmitState.ACCEPTED and shown.download_state is DownloadState.DONE
        assert cell(model, row, Column.PROGRESS, QueueModel.ProgressRole) == 100
        assert cell(model, row, Column.COST) == f"{shown.cost:.2f}"
        assert finished.rowCount() == 1
    finally:
        bridge.detach()


def test_a_download_shows_its_percentage_then_the_file(ledger: Ledger, tmp_path: Path) -> None:
    done = ledger.accept(ledger.submit(text("downloading one")))
    done = ledger.poll(
        done,
        status=TaskStatus.COMPLETED,
        raw_status="completed",
        progress=100,
        cost=0.3,
        videos=(VideoResult("https://cdn.example.com/v/one.mp4?sig=x", expires_at=T0 + 86_400),),
    )
    [video] = ledger.store.videos(done.id)
    model = QueueModel([done], videos=[video])
    assert by_id(model, done.id, Column.DOWNLOAD) == "waiting"
    assert by_id(model, done.id, Column.PROMPT, QueueModel.VideoPathRole) is None
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, roles: changed.append((top.column(), bottom.column())))
    # Progress reports carry the record as it was when the download began.
    model._on_video_updated(VideoUpdated(video, 250, 1000))
    assert by_id(model, done.id, Column.DOWNLOAD) == "downloading 25%"
    assert changed == [(Column.DOWNLOAD, Column.DOWNLOAD)]
    model._on_video_updated(VideoUpdated(video, 300, None))  # a server that gives no length
    assert by_id(model, done.id, Column.DOWNLOAD) == "downloading"
    file = tmp_path / "one.mp4"
    filed = ledger.store.set_video_state(
        video.id, DownloadState.DONE, now=ledger.tick(), local_path=file, size=1000
    )
    model._on_video_updated(VideoUpdated(filed))
    model._on_task_updated(TaskUpdated(ledger.store.get(done.id)))  # type: ignore[arg-type]
    assert by_id(model, done.id, Column.DOWNLOAD) == "done"
    assert model.video_path(done.id) == file
    assert by_id(model, done.id, Column.PROMPT, QueueModel.VideoPathRole) == file
    assert by_id(model, done.id, Column.DOWNLOAD, Qt.ItemDataRole.ToolTipRole) == str(file)
    # A late progress report does not undo the finished download.
    model._on_video_updated(VideoUpdated(video, 900, 1000))
    assert model.video_path(done.id) == file


def test_a_failed_download_says_why_in_its_tooltip(ledger: Ledger) -> None:
    done = ledger.accept(ledger.submit(text("link trouble")))
    done = ledger.poll(
        done,
        status=TaskStatus.COMPLETED,
        raw_status="completed",
        videos=(VideoResult("https://cdn.example.com/v/two.mp4?sig=x"),),
    )
    [video] = ledger.store.videos(done.id)
    ledger.store.set_video_state(video.id, DownloadState.DOWNLOADING, now=ledger.tick())
    failed = ledger.store.set_video_state(
        video.id, DownloadState.FAILED, now=ledger.tick(), error="The server dropped the connection."
    )
    model = QueueModel([ledger.store.get(done.id)], videos=[failed])  # type: ignore[list-item]
    assert by_id(model, done.id, Column.DOWNLOAD) == "failed"
    assert by_id(model, done.id, Column.DOWNLOAD, Qt.ItemDataRole.ToolTipRole) == (
        "The server dropped the connection."
    )


def test_status_counts_and_running_rows(ledger: Ledger) -> None:
    records = fill(ledger)
    model = QueueModel(ledger.store.tasks())
    counts = model.status_counts()
    assert counts[QueueStatus.QUEUED] == 2 and counts[QueueStatus.COMPLETED] == 1
    assert sum(counts.values()) == len(records)
    assert model.has_running()
    assert not QueueModel([records["completed"], records["queued"]]).has_running()
    assert model.headerData(Column.COST, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


# ---------------------------------------------------------------------- batches


def complete(ledger: Ledger, record: TaskRecord, cost: float = 0.2) -> TaskRecord:
    return ledger.poll(
        ledger.accept(record), status=TaskStatus.COMPLETED, raw_status="completed", progress=100, cost=cost
    )


def test_a_batch_is_a_header_row_with_its_submissions_under_it(
    ledger: Ledger, qtmodeltester: ModelTester
) -> None:
    lone = ledger.submit(text("alone before"))
    batch, members = ledger.batch("Variations ×3: a fox", 3)
    after = ledger.submit(text("alone after"))
    model = QueueModel(ledger.store.tasks(), batches=[batch])
    qtmodeltester.check(model)

    assert model.rowCount() == 3  # two single tasks and one header
    assert model.record(0).id == after.id and model.record(2).id == lone.id
    header = model.index(1, 0)
    summary = header.data(QueueModel.BatchRole)
    assert isinstance(summary, BatchSummary) and summary.batch_id == batch.id
    assert header.data(QueueModel.RecordRole) is None
    assert header.data() == "Variations ×3: a fox"
    assert model.index(1, Column.MODE).data() == "Variations"
    assert model.index(1, Column.PARAMS).data() == "3 videos"
    assert model.index(1, Column.STATUS).data() == "0 of 3 done"
    assert model.rowCount(header) == 3
    # Under the header in the order they were made.
    assert [model.index(r, 0, header).data(QueueModel.RecordRole).id for r in range(3)] == [
        m.id for m in members
    ]
    child = model.index(1, 0, header)
    assert child.parent() == header and model.parent(child) == header
    assert model.index_of(members[1].id) == child and model.row_of(members[1].id) == 1
    assert model.record_of(members[1].id) == members[1]
    assert model.rowCount(child) == 0 and not model.hasChildren(child)
    assert sum(model.status_counts().values()) == 5  # headers are not counted
    with pytest.raises(LookupError):
        model.record(1)


def test_a_batch_header_follows_its_submissions_as_a_whole(
    qtbot: QtBot, ledger: Ledger, qtmodeltester: ModelTester
) -> None:
    batch, members = ledger.batch("Matrix: 2 prompts", 2, kind="matrix")
    model = QueueModel(ledger.store.tasks())
    qtmodeltester.check(model)
    header = model.index(0, 0)
    # The name is read from the store after the rows: words for it meanwhile.
    assert header.data() == "Batch of 2"
    assert model.index(0, Column.MODE).data() == "Batch"
    with qtbot.waitSignal(model.dataChanged):
        model.set_batch(batch)
    assert header.data() == "Matrix: 2 prompts" and model.index(0, Column.MODE).data() == "Prompt matrix"

    quoted = sum(m.quoted_cost or 0 for m in members)
    assert model.index(0, Column.COST).data() == f"≈{quoted:.2f}"
    running = ledger.poll(ledger.accept(members[0]), status=TaskStatus.PROCESSING, progress=50)
    with qtbot.waitSignals([model.dataChanged, model.dataChanged]):
        model._on_task_updated(TaskUpdated(running))
    assert header.data(QueueModel.ProgressRole) == 25  # (50 + 0) / 2
    assert QueueStatus(header.data(QueueModel.StatusRole)) is QueueStatus.PROCESSING

    model._on_task_updated(TaskUpdated(complete(ledger, members[1], cost=0.25)))
    assert model.index(0, Column.STATUS).data() == "1 of 2 done"
    assert header.data(QueueModel.ProgressRole) == 75
    assert model.index(0, Column.COST).data() == f"≈{quoted:.2f} / 0.25"
    summary = header.data(QueueModel.BatchRole)
    assert summary.done == 1 and summary.charged == 0.25 and summary.count == 2


def test_submissions_of_a_new_batch_arrive_under_one_header_and_leave_with_it(
    qtbot: QtBot, ledger: Ledger, qtmodeltester: ModelTester
) -> None:
    older = ledger.submit(text("older"))
    model = QueueModel(ledger.store.tasks())
    qtmodeltester.check(model)
    batch = ledger.store.add_batch("b-live", "Variations ×2", "variations", now=ledger.tick())
    first = ledger.submit(text("v"), batch_id=batch.id)
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model._on_task_updated(TaskUpdated(first))
    assert not inserted.args[0].isValid() and inserted.args[1] == 0  # a new header, at the top
    second = ledger.submit(text("v"), batch_id=batch.id)
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model._on_task_updated(TaskUpdated(second))
    assert inserted.args[0] == model.batch_index(batch.id) and inserted.args[1] == 1
    assert model.rowCount() == 2 and model.record(1).id == older.id
    assert model.batch_records(batch.id) == (first, second)

    # Removing one leaves the header; removing the last removes it too.
    removed = ledger.store.remove(first.id, now=ledger.tick())
    model._on_task_updated(TaskUpdated(removed))
    assert model.rowCount(model.batch_index(batch.id)) == 1
    removed = ledger.store.remove(second.id, now=ledger.tick())
    with qtbot.waitSignal(model.rowsRemoved) as gone:
        model._on_task_updated(TaskUpdated(removed))
    assert not gone.args[0].isValid()
    assert model.rowCount() == 1 and not model.batch_index(batch.id).isValid()


def test_the_filter_keeps_a_header_when_any_of_its_rows_passes(
    qtbot: QtBot, ledger: Ledger, qtmodeltester: ModelTester
) -> None:
    batch, members = ledger.batch("two", 2)
    lone = complete(ledger, ledger.submit(text("lone")))
    model = QueueModel(ledger.store.tasks(), batches=[batch])
    proxy = QueueFilter(COMPLETED_STATUSES)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(QueueModel.RecordRole).id == lone.id

    model._on_task_updated(TaskUpdated(complete(ledger, members[0])))
    assert proxy.rowCount() == 2
    header = proxy.index(1, 0)  # the lone one is newer
    assert isinstance(header.data(QueueModel.BatchRole), BatchSummary)
    assert proxy.rowCount(header) == 1  # only its completed one
    assert proxy.index(0, 0, header).data(QueueModel.RecordRole).id == members[0].id
    proxy.set_statuses(ACTIVE_STATUSES)
    assert proxy.rowCount() == 1 and proxy.rowCount(proxy.index(0, 0)) == 1
    proxy.set_statuses(None)
    assert proxy.rowCount() == 2 and proxy.rowCount(proxy.index(1, 0)) == 2
