"""Batches as groups, against the real app: in the queue a collapsible header row over the batch's
submissions (its name, done of total, progress as a whole, cost), and in the library a badge and
"Show This Batch" with a chip to leave it.

Batches are sent through the engine (as the panel's variations and matrix send them) to the
embedded simulator, and their videos land in the real library.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest
from omnidesk.engine.store import DownloadState, TaskRecord
from tests.ui.conftest import TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.library.model import LibraryModel
from ui.library.view import LibraryView
from ui.queue.model import Column, QueueModel, QueueStatus
from ui.queue.view import QueueView


def engine_of(context: AppContext):  # type: ignore[no-untyped-def]
    assert context.engine is not None
    return context.engine


def send_batch(context: AppContext, prompts: list[str], label: str, kind: str = "matrix") -> list[TaskRecord]:
    items = [(GenerationRequest(p, duration=4), {}) for p in prompts]
    return engine_of(context).submit_batch(items, label=label, kind=kind)


def all_downloaded(context: AppContext, records: list[TaskRecord]) -> bool:
    store = engine_of(context).store
    return all(
        (r := store.get(record.id)) is not None and r.download_state is DownloadState.DONE
        for record in records
    )


@pytest.fixture
def queue(qtbot: QtBot, app_context: AppContext) -> QueueView:
    view = QueueView(app_context)
    qtbot.addWidget(view)
    view.resize(1100, 520)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.is_loading, timeout=TASK_TIMEOUT_MS)
    return view


@pytest.fixture
def open_library(qtbot: QtBot) -> Callable[[AppContext], LibraryView]:
    def make(context: AppContext) -> LibraryView:
        view = LibraryView(context)
        qtbot.addWidget(view)
        view.resize(760, 520)
        view.show()
        qtbot.waitExposed(view)
        qtbot.waitUntil(lambda: view._library is not None and not view._scanning, timeout=TASK_TIMEOUT_MS)
        return view

    return make


# ---------------------------------------------------------------------- the queue


def test_a_batch_is_one_header_over_its_rows_with_its_progress_as_a_whole(
    qtbot: QtBot, app_context: AppContext, queue: QueueView, qtmodeltester: ModelTester
) -> None:
    lone = engine_of(app_context).submit(GenerationRequest("a single lighthouse", duration=4))
    records = send_batch(
        app_context, ["dunes at noon", "dunes at dusk", "dunes at night"], "Matrix: 3 prompts"
    )
    batch_id = records[0].batch_id
    assert batch_id is not None
    model = queue.model
    qtbot.waitUntil(lambda: model.rowCount(model.batch_index(batch_id)) == 3, timeout=TASK_TIMEOUT_MS)
    qtmodeltester.check(model)

    # Top level: the header (newest) and the single task; the header's name read from the store.
    assert model.rowCount() == 2
    header = model.batch_index(batch_id)
    assert header.row() == 0 and model.record(1).id == lone.id
    qtbot.waitUntil(
        lambda: model.batch_index(batch_id).data() == "Matrix: 3 prompts", timeout=TASK_TIMEOUT_MS
    )
    assert model.batch_index(batch_id, Column.PARAMS).data() == "3 videos"
    assert [model.index(r, 0, header).data(QueueModel.RecordRole).id for r in range(3)] == [
        r.id for r in records
    ]
    # The queue's tabs count submissions, not headers.
    assert queue.tab_counts()["all"] == 4

    # As the batch runs, its header follows it as a whole, and ends at "3 of 3 done", 100%.
    qtbot.waitUntil(lambda: all_downloaded(app_context, [lone, *records]), timeout=TASK_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: model.batch_index(batch_id, Column.STATUS).data() == "3 of 3 done", timeout=TASK_TIMEOUT_MS
    )
    header = model.batch_index(batch_id)
    assert header.data(QueueModel.ProgressRole) == 100
    assert QueueStatus(header.data(QueueModel.StatusRole)) is QueueStatus.COMPLETED
    summary = header.data(QueueModel.BatchRole)
    quoted = sum(r.quoted_cost or 0 for r in records)
    charged = sum(engine_of(app_context).store.get(r.id).cost or 0 for r in records)  # type: ignore[union-attr]
    assert summary.quoted == pytest.approx(quoted) and summary.charged == pytest.approx(charged)
    assert model.batch_index(batch_id, Column.COST).data() == f"≈{quoted:.2f} / {charged:.2f}"
    qtmodeltester.check(model)


def test_a_batch_header_folds_its_rows_away_and_selecting_it_selects_them(
    qtbot: QtBot, app_context: AppContext, queue: QueueView
) -> None:
    records = send_batch(app_context, ["kites 1", "kites 2"], "Variations ×2: kites", kind="variations")
    batch_id = records[0].batch_id
    assert batch_id is not None
    qtbot.waitUntil(
        lambda: queue.model.rowCount(queue.model.batch_index(batch_id)) == 2, timeout=TASK_TIMEOUT_MS
    )
    # New batches open, so their rows are seen arriving.
    assert not queue.is_collapsed(batch_id)
    header = queue.proxy.mapFromSource(queue.model.batch_index(batch_id))
    first = queue.proxy.index(0, 0, header)
    assert not queue.table.isRowHidden(0, header) and queue.table.visualRect(first).isValid()

    queue.set_collapsed(batch_id, True)
    assert queue.is_collapsed(batch_id)
    assert not queue.table.visualRect(queue.proxy.index(0, 0, header)).isValid()  # its rows are hidden
    # Folded it stays, through a reload of the list.
    with qtbot.waitSignal(queue.loaded, timeout=TASK_TIMEOUT_MS):
        assert app_context.service is not None
        queue._on_engine_ready(app_context.service)
    assert queue.is_collapsed(batch_id)

    # Selecting the header is selecting its rows for the actions; its details speak of the batch.
    header = queue.proxy.mapFromSource(queue.model.batch_index(batch_id))
    selection = queue.table.selectionModel()
    selection.select(header, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
    assert [r.id for r in queue.selected_records()] == [r.id for r in records]
    assert queue.selected_batch() is not None
    assert queue.details.text().startswith("Variations: Variations ×2: kites")
    assert "of 2 done" in queue.details.text()

    # Selecting one of its rows opens the folded batch.
    queue.select_task(records[1].id)
    assert not queue.is_collapsed(batch_id)
    assert [r.id for r in queue.selected_records()] == [records[1].id]
    assert "In batch: Variations ×2: kites" in queue.details.text()


def test_the_status_tabs_keep_a_header_while_any_of_its_rows_is_shown(
    qtbot: QtBot, app_context: AppContext, queue: QueueView
) -> None:
    records = send_batch(app_context, ["one", "two"], "Matrix: 2 prompts")
    batch_id = records[0].batch_id
    assert batch_id is not None
    qtbot.waitUntil(lambda: all_downloaded(app_context, records), timeout=TASK_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: queue.model.batch_index(batch_id, Column.STATUS).data() == "2 of 2 done",
        timeout=TASK_TIMEOUT_MS,
    )
    queue.tabs.setCurrentIndex(2)  # completed
    assert queue.proxy.rowCount() == 1 and queue.proxy.rowCount(queue.proxy.index(0, 0)) == 2
    queue.tabs.setCurrentIndex(1)  # active: none of its rows
    assert queue.proxy.rowCount() == 0
    queue.tabs.setCurrentIndex(0)
    assert not queue.is_collapsed(batch_id)  # shown again, open as it was


# ---------------------------------------------------------------------- the library


def test_the_library_shows_one_batch_with_a_chip_to_leave_it(
    qtbot: QtBot, app_context: AppContext, open_library: Callable[[AppContext], LibraryView]
) -> None:
    lone = engine_of(app_context).submit(GenerationRequest("a fox alone", duration=4))
    records = send_batch(
        app_context, ["a fox, take 1", "a fox, take 2"], "Variations ×2: a fox", "variations"
    )
    qtbot.waitUntil(lambda: all_downloaded(app_context, [lone, *records]), timeout=TASK_TIMEOUT_MS)
    view = open_library(app_context)
    qtbot.waitUntil(lambda: view.item_count() == 3, timeout=TASK_TIMEOUT_MS)
    batch_id = records[0].batch_id

    batched = [view.proxy.item(r) for r in range(3) if view.proxy.item(r).metadata.batch_id == batch_id]
    assert len(batched) == 2  # the sidecars carry the batch
    for row in range(3):
        index = view.proxy.index(row, 0)
        badge = index.data(LibraryModel.BatchRole)
        assert badge == (batch_id if index.data(LibraryModel.ItemRole) in batched else None)
    assert not view.batch_chip.isVisible()

    # "Show This Batch" from one of them: the grid narrows to it, the chip names it.
    view.select_video(batched[0].video)
    assert view.show_batch_action.isEnabled()
    view.show_batch_action.trigger()
    assert view.shown_count() == 2 and view.batch_chip.isVisible()
    qtbot.waitUntil(lambda: view.batch_chip_text() == "Batch: Variations ×2: a fox", timeout=TASK_TIMEOUT_MS)
    assert {view.proxy.item(r).video for r in range(2)} == {i.video for i in batched}
    assert view.count_label.text() == "2 of 3 videos"

    # A result made alone has no batch to show.
    view.clear_batch()
    assert view.shown_count() == 3 and not view.batch_chip.isVisible()
    single = next(view.proxy.item(r) for r in range(3) if view.proxy.item(r).metadata.batch_id is None)
    view.select_video(single.video)
    assert not view.show_batch_action.isEnabled()

    # The chip's ✕ leaves the batch too.
    view.show_batch(batch_id)
    assert view.shown_count() == 2
    view.batch_clear.click()
    assert view.shown_count() == 3 and view.batch_chip_text() == ""
