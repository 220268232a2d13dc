"""QueueView against the real app: a started AppContext on the embedded simulator.

Submissions go through ``app_context.engine`` (from the test thread, as the
form would through the background runner); the view only sees them through
the bridge and the store, as in the app. Actions are triggered by their
QAction or by the keys a user presses, and checked against the store, the
simulator's request log, the clipboard and the view's signals.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.pricing import estimate_cost
from omnidesk.api.rules import build_body
from omnidesk.engine.events import ConnectionChanged
from omnidesk.engine.library import INCOMING_DIR
from omnidesk.engine.store import DownloadState, TaskRecord
from omnidesk.settings import Settings
from tests.ui.conftest import TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.iterate.cap import SpendCheck
from ui.queue.delegate import poster_key
from ui.queue.model import Column, QueueModel, QueueStatus
from ui.queue.view import QueueView

SUBMIT_PATH = "/v1/videos/generations"
UPLOAD_PATH = "/v1/uploads/images"


# ---------------------------------------------------------------------- helpers


class UrlCatcher(QObject):
    """Stands in for the desktop's file manager (``QDesktopServices.setUrlHandler``)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def make_view(qtbot: QtBot, context: AppContext) -> QueueView:
    view = QueueView(context)
    qtbot.addWidget(view)
    view.resize(1000, 480)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.is_loading, timeout=TASK_TIMEOUT_MS)
    return view


@pytest.fixture
def view(qtbot: QtBot, app_context: AppContext) -> QueueView:
    return make_view(qtbot, app_context)


def engine_of(context: AppContext):  # type: ignore[no-untyped-def]
    engine = context.engine
    assert engine is not None
    return engine


def submit(context: AppContext, prompt: str = "a kite over a beach", **kw: object) -> TaskRecord:
    return engine_of(context).submit(GenerationRequest(prompt, duration=4, **kw))  # type: ignore[arg-type]


def shown(view: QueueView, local_id: int) -> TaskRecord | None:
    row = view.model.row_of(local_id)
    return None if row is None else view.model.record(row)


def cell(view: QueueView, local_id: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    row = view.model.row_of(local_id)
    assert row is not None, f"no row for submission {local_id}"
    return view.model.index(row, column).data(role)


def status(view: QueueView, local_id: int) -> QueueStatus | None:
    row = view.model.row_of(local_id)
    # Through Qt's variant a StrEnum comes back as its str: make it the enum again.
    return None if row is None else QueueStatus(view.model.index(row, 0).data(QueueModel.StatusRole))


def downloaded(view: QueueView, local_id: int) -> bool:
    record = shown(view, local_id)
    return (
        record is not None
        and record.download_state is DownloadState.DONE
        and view.model.video_path(local_id) is not None
    )


def wait_downloaded(qtbot: QtBot, view: QueueView, local_id: int) -> Path:
    qtbot.waitUntil(lambda: downloaded(view, local_id), timeout=TASK_TIMEOUT_MS)
    path = view.model.video_path(local_id)
    assert path is not None
    return path


def sim_log(context: AppContext) -> list[dict]:
    assert context.service is not None
    return requests.get(f"{context.service.backend.base_url}/_simulator/log", timeout=10).json()


def posts_to(context: AppContext, path: str) -> list[dict]:
    return [e for e in sim_log(context) if e["method"] == "POST" and e["path"] == path]


def enabled(view: QueueView) -> set[str]:
    names = {
        view.play_action: "play",
        view.reveal_action: "reveal",
        view.copy_action: "copy",
        view.rerun_action: "rerun",
        view.edit_action: "edit",
        view.stop_action: "stop",
        view.track_action: "track",
        view.retry_download_action: "retry_download",
        view.remove_action: "remove",
    }
    return {name for action, name in names.items() if action.isEnabled()}


def select(qtbot: QtBot, view: QueueView, *local_ids: int) -> None:
    view.select_task(local_ids[0])
    selection = view.table.selectionModel()
    for local_id in local_ids[1:]:
        row = view.model.row_of(local_id)
        assert row is not None
        index = view.proxy.mapFromSource(view.model.index(row, 0))
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    assert {r.id for r in view.selected_records()} == set(local_ids)


def activate(qtbot: QtBot, view: QueueView) -> None:
    """Keys reach shortcuts only in the active window."""
    view.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is view.windowHandle())
    view.table.setFocus()


# ---------------------------------------------------------------------- a task's life in the list


def test_a_submission_runs_through_its_statuses_to_a_downloaded_video(
    qtbot: QtBot, view: QueueView, app_context: AppContext, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(view.model)  # and keeps checking it through every change below
    seen: list[QueueStatus] = []
    watched: list[int] = []

    def note(*_args: object) -> None:
        current = status(view, watched[0]) if watched else None
        if current is not None and (not seen or seen[-1] is not current):
            seen.append(current)

    view.model.dataChanged.connect(note)
    view.model.rowsInserted.connect(note)
    record = submit(app_context, "a paper boat on a pond")
    watched.append(record.id)
    path = wait_downloaded(qtbot, view, record.id)

    assert seen[-1] is QueueStatus.COMPLETED
    order = list(QueueStatus)
    assert [order.index(s) for s in seen] == sorted(order.index(s) for s in seen)  # never backwards
    assert cell(view, record.id, Column.DOWNLOAD) == "done"
    assert cell(view, record.id, Column.PROGRESS, QueueModel.ProgressRole) == 100
    final = shown(view, record.id)
    assert final is not None and final.cost is not None
    assert cell(view, record.id, Column.COST) == f"{final.cost:.2f}"  # charged: no "≈" any more
    assert view.tab_counts() == {"all": 1, "active": 0, "completed": 1, "failed": 0}
    assert path.is_file() and path.is_relative_to(engine_of(app_context).library.root)

    # Its poster is made once the row is painted, and then painted from memory.
    key = poster_key(path, view.model.videos(record.id))
    assert view.posters.pixmap(key, request=False) is None
    view.grab()
    qtbot.waitUntil(lambda: view.posters.pixmap(key, request=False) is not None, timeout=TASK_TIMEOUT_MS)
    assert not view.posters.pixmap(key, request=False).isNull()  # type: ignore[union-attr]


def test_the_list_is_read_from_the_store_when_the_service_is_ready(
    qtbot: QtBot, app_context: AppContext
) -> None:
    engine = engine_of(app_context)
    done = submit(app_context, "made before the window opened")
    qtbot.waitUntil(lambda: engine.is_settled(done.id), timeout=TASK_TIMEOUT_MS)

    view = make_view(qtbot, app_context)
    assert downloaded(view, done.id)
    assert status(view, done.id) is QueueStatus.COMPLETED
    view.select_task(done.id)
    qtbot.waitUntil(lambda: view.play_action.isEnabled())
    assert "made before the window opened" not in view.details.text()  # the prompt is in the row
    assert done.idempotency_key not in view.details.text()
    final = shown(view, done.id)
    assert final is not None and final.task_id in view.details.text()

    # A new submission after the load arrives through the bridge.
    later = submit(app_context, "made after")
    wait_downloaded(qtbot, view, later.id)
    assert view.model.row_of(later.id) == 0


# ---------------------------------------------------------------------- tabs, counts, applicable actions


def test_status_tabs_filter_and_count_and_actions_follow_the_selection(
    qtbot: QtBot, view: QueueView, app_context: AppContext
) -> None:
    engine = engine_of(app_context)
    completed = submit(app_context, "will complete")
    wait_downloaded(qtbot, view, completed.id)
    # A body the client never builds: the service refuses it (never billed), with its reason.
    request = GenerationRequest("will be refused", duration=4)
    bad = {**build_body(request), "duration": 7}
    refused = engine.store.add_submission(request, bad, "refused-key-1", now=time.time())
    engine.wake()
    qtbot.waitUntil(lambda: status(view, refused.id) is QueueStatus.REFUSED, timeout=TASK_TIMEOUT_MS)
    engine.pause_queue()
    paused = submit(app_context, "waits while paused")
    qtbot.waitUntil(lambda: status(view, paused.id) is QueueStatus.PAUSED, timeout=TASK_TIMEOUT_MS)

    assert view.tab_counts() == {"all": 3, "active": 1, "completed": 1, "failed": 1}
    tab_texts = ["&All (3)", "A&ctive (1)", "C&ompleted (1)", "&Failed (1)"]
    qtbot.waitUntil(lambda: [view.tabs.tabText(i) for i in range(view.tabs.count())] == tab_texts)

    def ids_shown() -> list[int]:
        return [
            view.proxy.index(row, 0).data(QueueModel.RecordRole).id for row in range(view.proxy.rowCount())
        ]

    assert ids_shown() == [paused.id, refused.id, completed.id]  # newest first
    view.tabs.setCurrentIndex(1)
    assert ids_shown() == [paused.id]
    view.tabs.setCurrentIndex(2)
    assert ids_shown() == [completed.id]
    view.tabs.setCurrentIndex(3)
    assert ids_shown() == [refused.id]

    # A failed row says why: in its status, its tooltip, and the details pane.
    reason = cell(view, refused.id, Column.STATUS)
    assert isinstance(reason, str) and reason.startswith("refused: ") and "duration" in reason
    assert cell(view, refused.id, Column.STATUS, Qt.ItemDataRole.ToolTipRole) == reason
    select(qtbot, view, refused.id)
    assert reason in view.details.text()
    assert enabled(view) == {"rerun", "edit", "remove"}  # never became a task: no id to copy

    # Selecting a row the filter hides shows every status again.
    view.select_task(paused.id)
    assert view.tabs.currentIndex() == 0
    assert [r.id for r in view.selected_records()] == [paused.id]
    # Not sent yet: nothing to play, copy, stop, download; not removable (it will be sent).
    assert enabled(view) == {"rerun", "edit"}

    select(qtbot, view, completed.id)
    assert enabled(view) == {"play", "reveal", "copy", "rerun", "edit", "remove"}
    select(qtbot, view, completed.id, refused.id)
    assert enabled(view) == {"copy", "rerun", "remove"}  # one task at a time for play and edit

    view.table.clearSelection()
    assert not enabled(view)
    assert view.details.text() == "Select a task to see its details."


# ---------------------------------------------------------------------- the actions


def test_play_and_edit_emit_the_path_and_the_record(
    qtbot: QtBot, view: QueueView, app_context: AppContext
) -> None:
    record = submit(app_context, "a lantern festival")
    path = wait_downloaded(qtbot, view, record.id)
    select(qtbot, view, record.id)
    activate(qtbot, view)
    with qtbot.waitSignal(view.playRequested, timeout=TASK_TIMEOUT_MS) as played:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert played.args == [path] and path.is_file()

    # Show in folder opens the folder that holds the file (caught here instead of a file manager).
    opened = UrlCatcher()
    QDesktopServices.setUrlHandler("file", opened, "catch")
    try:
        with qtbot.waitSignal(view.message, timeout=TASK_TIMEOUT_MS) as said:
            qtbot.keyClick(
                view.table,
                Qt.Key.Key_O,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in opened.urls] == [path.parent]
    assert path.name in said.args[0]

    with qtbot.waitSignal(view.editRequested) as edited:
        qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(edited.args[0], TaskRecord) and edited.args[0].id == record.id
    assert edited.args[0].request.prompt == "a lantern festival"

    # A file that went away is not handed to the player: the user is told instead.
    path.unlink()
    with qtbot.waitSignal(view.message, timeout=TASK_TIMEOUT_MS) as said:
        view.play_action.trigger()
    assert "no longer there" in said.args[0]
    assert "no longer there" in view.problem.text()


def test_copy_task_id_puts_it_on_the_clipboard(
    qtbot: QtBot, view: QueueView, app_context: AppContext
) -> None:
    record = submit(app_context, "copy me")
    wait_downloaded(qtbot, view, record.id)
    task_id = shown(view, record.id).task_id  # type: ignore[union-attr]
    assert task_id
    QGuiApplication.clipboard().clear()
    select(qtbot, view, record.id)
    activate(qtbot, view)
    with qtbot.waitSignal(view.message) as said:
        qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == task_id
    assert said.args == ["Task id copied"]
    assert "Ctrl+C" in view.copy_action.toolTip()


def test_rerun_submits_the_same_request_again_reusing_the_upload(
    qtbot: QtBot, view: QueueView, app_context: AppContext, tmp_path: Path
) -> None:
    engine = engine_of(app_context)
    image = tmp_path / "first-frame.png"
    Image.new("RGB", (96, 64), (30, 120, 200)).save(image)
    request = GenerationRequest(
        "the sky turns to night", Mode.FRAME, duration=4, image_urls=("https://local.invalid/0",)
    )
    first = engine.submit_with_images(request, {0: image})
    wait_downloaded(qtbot, view, first.id)
    assert len(posts_to(app_context, SUBMIT_PATH)) == 1

    select(qtbot, view, first.id)
    with qtbot.waitSignal(view.rerunSubmitted, timeout=TASK_TIMEOUT_MS) as rerun:
        view.rerun_action.trigger()
    again = rerun.args[0]
    assert isinstance(again, TaskRecord)
    assert again.id != first.id and again.parent_id == first.id
    assert again.request == shown(view, first.id).request  # type: ignore[union-attr]
    assert again.local_images == (str(image),)
    wait_downloaded(qtbot, view, again.id)
    assert len(posts_to(app_context, SUBMIT_PATH)) == 2
    assert len(posts_to(app_context, UPLOAD_PATH)) == 1  # the upload's URL was still valid
    assert "Made from submission" in view.details_text(shown(view, again.id))  # type: ignore[arg-type]


def test_a_rerun_past_the_daily_cap_asks_first(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    one = estimate_cost("720p", 4)
    context = make_context(Settings(daily_spend_cap=round(one * 1.5, 2)))
    view = make_view(qtbot, context)
    first = submit(context, "a heron in the rain")  # within the cap
    qtbot.waitUntil(lambda: shown(view, first.id) is not None, timeout=TASK_TIMEOUT_MS)
    select(qtbot, view, first.id)

    def question() -> QMessageBox | None:
        check = view.findChild(SpendCheck)
        return check.box if check is not None else None

    view.rerun_action.trigger()  # a second one would pass the cap
    qtbot.waitUntil(lambda: question() is not None, timeout=TASK_TIMEOUT_MS)
    assert "daily cap" in question().text()  # type: ignore[union-attr]
    with qtbot.assertNotEmitted(view.rerunSubmitted, wait=200):
        question().reject()  # type: ignore[union-attr]
    assert [r.id for r in engine_of(context).store.tasks()] == [first.id]

    view.rerun_action.trigger()
    qtbot.waitUntil(lambda: question() is not None, timeout=TASK_TIMEOUT_MS)
    box = question()
    assert box is not None
    send = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(view.rerunSubmitted, timeout=TASK_TIMEOUT_MS) as again:
        send.click()
    assert again.args[0].parent_id == first.id


class _PaintedAreas(QObject):
    """Records the rectangles a widget is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())  # type: ignore[attr-defined]
        return False


def test_the_clock_repaints_only_the_time_column(qtbot: QtBot, view: QueueView) -> None:
    # Elapsed time follows the clock: each tick redraws the Time cells, nothing else, however
    # many tasks run (a signal per running task cost ~40 ms a second at 500).
    viewport = view.table.viewport()
    QCoreApplication.processEvents()
    painted = _PaintedAreas()
    viewport.installEventFilter(painted)
    try:
        view.repaint_elapsed()
        qtbot.waitUntil(lambda: bool(painted.rects))
    finally:
        viewport.removeEventFilter(painted)
    header = view.table.header()
    column = QRect(
        header.sectionViewportPosition(Column.TIME), 0, header.sectionSize(Column.TIME), viewport.height()
    )
    assert column.width() > 0
    assert all(column.contains(rect) for rect in painted.rects)


def test_stop_tracking_asks_first_and_track_again_picks_it_up(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_context: Callable[..., AppContext]
) -> None:
    monkeypatch.setenv("OMNIDESK_SIM_TASK_SECONDS", "120")  # stays running for the whole test
    context = make_context()
    view = make_view(qtbot, context)
    record = submit(context, "a very long render")
    qtbot.waitUntil(
        lambda: status(view, record.id) in (QueueStatus.PENDING, QueueStatus.PROCESSING),
        timeout=TASK_TIMEOUT_MS,
    )
    select(qtbot, view, record.id)
    assert enabled(view) == {"copy", "rerun", "edit", "stop"}  # running and tracked: not removable
    # Its elapsed time moves once a second, only while someone can see it.
    qtbot.waitUntil(lambda: view.ticking)
    view.hide()
    assert not view.ticking
    view.show()
    assert view.ticking

    # The question says plainly that the task goes on and may be charged; Cancel changes nothing.
    view.stop_action.trigger()
    box = view.stop_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    words = box.text() + " " + box.informativeText()
    assert "no cancel" in words and "charged" in words and "Track again" in words
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: view.stop_dialog is None)
    assert shown(view, record.id).tracking  # type: ignore[union-attr]

    view.stop_action.trigger()
    box = view.stop_dialog
    assert box is not None
    [stop] = [b for b in box.buttons() if b.text() == "Stop tracking"]
    with qtbot.waitSignal(view.message, timeout=TASK_TIMEOUT_MS) as said:
        stop.click()
    assert "Track again" in said.args[0]
    qtbot.waitUntil(lambda: status(view, record.id) is QueueStatus.NOT_TRACKED)
    qtbot.waitUntil(lambda: "track" in enabled(view))
    assert enabled(view) == {"copy", "rerun", "edit", "track", "remove"}
    assert not engine_of(context).store.get(record.id).tracking  # type: ignore[union-attr]

    with qtbot.waitSignal(view.message, timeout=TASK_TIMEOUT_MS):
        view.track_action.trigger()
    qtbot.waitUntil(lambda: status(view, record.id) in (QueueStatus.PENDING, QueueStatus.PROCESSING))
    qtbot.waitUntil(lambda: "stop" in enabled(view))
    assert engine_of(context).store.get(record.id).tracking  # type: ignore[union-attr]


def test_delete_removes_a_finished_task_from_the_list(
    qtbot: QtBot, view: QueueView, app_context: AppContext
) -> None:
    keep = submit(app_context, "keep me")
    gone = submit(app_context, "remove me")
    wait_downloaded(qtbot, view, keep.id)
    path = wait_downloaded(qtbot, view, gone.id)
    select(qtbot, view, gone.id)
    activate(qtbot, view)
    with qtbot.waitSignal(view.model.rowsRemoved, timeout=TASK_TIMEOUT_MS):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.row_of(gone.id) is None and view.model.row_of(keep.id) is not None
    qtbot.waitUntil(lambda: view.tab_counts()["all"] == 1)
    stored = engine_of(app_context).store.get(gone.id)
    assert stored is not None and stored.removed  # hidden, still on record
    assert path.is_file()  # the video stays in the library


def test_retry_download_after_a_failed_download(
    qtbot: QtBot, view: QueueView, app_context: AppContext
) -> None:
    engine = engine_of(app_context)
    # A file where the library's download folder should be: every download fails to save.
    blocker = engine.library.root / INCOMING_DIR
    assert not blocker.exists()
    blocker.write_text("in the way")
    record = submit(app_context, "the download fails at first")
    # The engine retries by itself a few times, then leaves it to the user.
    qtbot.waitUntil(lambda: engine.is_settled(record.id), timeout=TASK_TIMEOUT_MS)
    qtbot.waitUntil(lambda: shown(view, record.id).download_state is DownloadState.FAILED)  # type: ignore[union-attr]
    assert cell(view, record.id, Column.DOWNLOAD) == "failed"
    assert cell(view, record.id, Column.DOWNLOAD, Qt.ItemDataRole.ToolTipRole)  # the reason
    select(qtbot, view, record.id)
    assert "retry_download" in enabled(view) and "play" not in enabled(view)
    assert "Download: " in view.details.text()

    blocker.unlink()
    with qtbot.waitSignal(view.message, timeout=TASK_TIMEOUT_MS) as said:
        view.retry_download_action.trigger()
    assert said.args == ["Downloading again"]
    path = wait_downloaded(qtbot, view, record.id)
    assert path.is_file()
    qtbot.waitUntil(lambda: "retry_download" not in enabled(view) and "play" in enabled(view))


# ---------------------------------------------------------------------- why sending is held


def test_pausing_shows_why_the_queue_is_held_and_resume_sends_again(
    qtbot: QtBot, view: QueueView, app_context: AppContext
) -> None:
    assert view.held.text() == ""
    with qtbot.waitSignal(view.message, timeout=TASK_TIMEOUT_MS):
        view.pause_action.trigger()
    qtbot.waitUntil(lambda: view.held.text().startswith("Paused"))
    assert view.pause_action.isChecked() and view.held.button.isVisibleTo(view)
    record = submit(app_context, "held back")
    qtbot.waitUntil(lambda: status(view, record.id) is QueueStatus.PAUSED)

    view.held.button.click()
    qtbot.waitUntil(lambda: view.held.text() == "", timeout=TASK_TIMEOUT_MS)
    assert not view.pause_action.isChecked()
    wait_downloaded(qtbot, view, record.id)

    # Paused from elsewhere (the CLI beside the app, the window's menu): the line follows.
    engine_of(app_context).pause_queue()
    qtbot.waitUntil(lambda: view.held.text().startswith("Paused"))
    assert view.pause_action.isChecked()


def test_a_spent_balance_holds_the_queue_with_the_reason(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_context: Callable[..., AppContext]
) -> None:
    monkeypatch.setenv("OMNIDESK_SIM_BALANCE", "0.01")
    context = make_context()
    view = make_view(qtbot, context)
    record = submit(context, "costs more than is left")
    qtbot.waitUntil(lambda: view.held.text().startswith("Stopped"), timeout=TASK_TIMEOUT_MS)
    assert "balance" in view.held.text().lower()
    assert view.held.button.isVisibleTo(view)  # resuming is how the user says "try again"
    assert status(view, record.id) is QueueStatus.QUEUED
    assert "balance" in str(cell(view, record.id, Column.STATUS, Qt.ItemDataRole.ToolTipRole)).lower()


def test_offline_says_when_it_retries(qtbot: QtBot, view: QueueView, app_context: AppContext) -> None:
    app_context.bridge.connectionChanged.emit(
        ConnectionChanged(False, time.time() + 30, "OmniDesk could not reach the service.")
    )
    text = view.offline.text()
    assert text.startswith("Offline, retrying in ") and " s." in text
    assert "could not reach" in text
    app_context.bridge.connectionChanged.emit(ConnectionChanged(True))
    assert view.offline.text() == ""


def test_every_action_has_a_shortcut_in_its_tooltip_and_a_name(view: QueueView) -> None:
    for action in (*view.row_actions, view.pause_action):
        assert not action.shortcut().isEmpty(), action.text()
        assert action.shortcut().toString() in action.toolTip()
        button = view.toolbar.widgetForAction(action)
        if button is not None:
            assert button.accessibleName()
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view.accessibleName() == "Queue" and view.table.accessibleName()
    assert view.tabs.accessibleName()


def test_the_next_steps_are_offered_for_a_finished_result_only(
    qtbot: QtBot, view: QueueView, app_context: AppContext
) -> None:
    engine_of(app_context).pause_queue()
    waiting = submit(app_context, "waits to be sent")
    qtbot.waitUntil(lambda: status(view, waiting.id) is QueueStatus.PAUSED, timeout=TASK_TIMEOUT_MS)
    view.select_task(waiting.id)
    steps = [view.continue_action, view.promote_action, view.flip_action, *view.variation_actions.values()]
    assert not any(action.isEnabled() for action in steps) and not view.steps_button.isEnabled()
    engine_of(app_context).resume_queue()
    wait_downloaded(qtbot, view, waiting.id)
    view.select_task(waiting.id)
    assert all(action.isEnabled() for action in steps) and view.steps_button.isEnabled()
    assert [a.text().replace("&", "") for a in view.steps_menu.actions()] == [
        "Continue from last frame",
        "Promote to 1080p",
        "Flip aspect",
        "Variations",
    ]
    assert [a.text() for a in view.variations_menu.actions()] == [
        "2 variations",
        "3 variations",
        "4 variations",
    ]
    for action in steps:
        assert action.toolTip() and action.text()
    assert "Ctrl+Shift+V" in view.variation_actions[3].toolTip()
    # The context menu holds them too, after the edit action.
    view._on_menu_requested(view.table.viewport().mapToGlobal(view.table.viewport().rect().center()))
    menu = next(m for m in view.findChildren(QMenu) if m.isVisible())
    try:
        texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
        edit = texts.index("Edit and re-run…")
        assert texts[edit + 1 : edit + 5] == [
            "Continue from last frame",
            "Promote to 1080p",
            "Flip aspect",
            "Variations",
        ]
    finally:
        menu.close()
