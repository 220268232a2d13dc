"""The real main window against the demo simulator: write a prompt, submit, watch the queue,
find the result in the library and play it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from omnidesk.api.models import Mode
from omnidesk.settings import Settings
from tests.ui.conftest import TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.main_window import HISTORY_TAB, LIBRARY_TAB, QUEUE_TAB, MainWindow
from ui.queue.model import QueueModel, QueueStatus


@pytest.fixture
def window(started_window: MainWindow) -> MainWindow:
    return started_window


def _queue_statuses(win: MainWindow) -> list[QueueStatus]:
    model = win.queue.model
    return [model.data(model.index(row, 0), QueueModel.StatusRole) for row in range(model.rowCount())]


def test_demo_mode_is_announced_with_a_way_to_add_a_key(window: MainWindow) -> None:
    assert window.demo_banner.isVisible()
    assert "simulated" in window.demo_banner.label.text()
    assert "Demo" in window.windowTitle()
    assert window.service_status.backend_label.text() == "Demo simulator"


def test_a_prompt_becomes_a_video_that_plays(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.generate
    panel.set_mode(Mode.TEXT)
    panel.prompt.set_text("a lighthouse in a storm, waves crashing, slow dolly in")
    panel.params.set_values(duration=4, resolution="720p", aspect="9:16")
    assert panel.submit_button.isEnabled()
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)

    # The queue shows it at once and follows it to the end.
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1, timeout=TASK_TIMEOUT_MS)
    assert window.tabs.currentIndex() == QUEUE_TAB
    qtbot.waitUntil(lambda: _queue_statuses(window) == [QueueStatus.COMPLETED], timeout=TASK_TIMEOUT_MS)

    # The result reaches the library, and auto-play loads it with its real length.
    qtbot.waitUntil(lambda: window.library.item_count() == 1, timeout=TASK_TIMEOUT_MS)
    player = window.player.player
    qtbot.waitUntil(lambda: player.duration > 0, timeout=TASK_TIMEOUT_MS)
    assert abs(player.duration - 4000) < 300
    assert player._player.mediaStatus() in (
        QMediaPlayer.MediaStatus.LoadedMedia,
        QMediaPlayer.MediaStatus.BufferedMedia,
        QMediaPlayer.MediaStatus.BufferingMedia,
        QMediaPlayer.MediaStatus.EndOfMedia,
    )
    window.tabs.setCurrentIndex(LIBRARY_TAB)
    assert window.library.isVisible()


def test_use_these_settings_fills_the_form(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.generate
    panel.prompt.set_text("a neon street at night, rain, handheld camera")
    panel.params.set_values(duration=6, resolution="1080p", aspect="16:9")
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.player.current_path() is not None, timeout=TASK_TIMEOUT_MS)
    panel.prompt.set_text("")
    panel.params.set_values(duration=10, resolution="4k", aspect="9:16")
    window.player._use_button.click()
    request, _local = panel.build_request()
    assert request.prompt == "a neon street at night, rain, handheld camera"
    assert (request.duration, request.resolution, request.aspect_ratio) == (6, "1080p", "16:9")


def test_the_layout_is_kept(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    first = MainWindow(make_context(Settings(), start=False))
    qtbot.addWidget(first)
    first.resize(780, 560)  # fits the offscreen screen, so the geometry comes back as it was
    first.show()
    first.main_splitter.setSizes([400, 380])
    first.tabs.setCurrentIndex(LIBRARY_TAB)
    wanted = first.main_splitter.sizes()
    first.save_layout()
    first.close()
    second = MainWindow(make_context(Settings(), start=False))
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentIndex() == LIBRARY_TAB
    assert second.size() == first.size()
    assert second.main_splitter.sizes() == wanted


def test_history_templates_and_the_iteration_thread_are_wired(qtbot: QtBot, window: MainWindow) -> None:
    from omnidesk.iterate.templates import TEMPLATES

    window.tabs.setCurrentIndex(HISTORY_TAB)
    window.history.templateRequested.emit(TEMPLATES[0].text)
    assert window.generate.prompt.text() == TEMPLATES[0].text
    panel = window.generate
    panel.prompt.set_text("a paper lantern drifting up at night")
    panel.params.set_values(duration=4)
    panel.submit_button.click()
    qtbot.waitUntil(lambda: window.player.current_path() is not None, timeout=TASK_TIMEOUT_MS)
    window.show_thread_of_current()
    assert window.lineage_dock.isVisible()
    qtbot.waitUntil(lambda: window.lineage.model.rowCount() == 1, timeout=TASK_TIMEOUT_MS)


def test_a_results_menu_offers_its_iteration_thread(qtbot: QtBot, window: MainWindow) -> None:
    # The empty thread panel says to choose "Iteration thread" on a result: every result's menu has it.
    assert "Iteration thread" in window.lineage.placeholder.text()
    panel = window.generate
    panel.prompt.set_text("a paper boat on a puddle")
    panel.params.set_values(duration=4)
    panel.submit_button.click()
    qtbot.waitUntil(lambda: window.library.item_count() == 1, timeout=TASK_TIMEOUT_MS)
    window.tabs.setCurrentIndex(LIBRARY_TAB)
    grid = window.library.grid
    where = grid.visualRect(window.library.proxy.index(0, 0)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, grid.viewport().mapToGlobal(where))
    QApplication.sendEvent(grid.viewport(), event)
    menu = next(m for m in window.library.findChildren(QMenu) if m.isVisible())
    try:
        thread = next(a for a in menu.actions() if a.text().replace("&", "") == "Iteration thread")
    finally:
        menu.close()
    assert thread is window.thread_action and window.thread_action in window.queue.menu_actions
    thread.trigger()
    assert window.lineage_dock.isVisible()
    qtbot.waitUntil(lambda: window.lineage.model.rowCount() == 1, timeout=TASK_TIMEOUT_MS)


def test_compare_needs_two_to_four_and_opens_for_two(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.generate
    for prompt in ("a red kite over hills", "a blue kite over hills"):
        panel.prompt.set_text(prompt)
        panel.params.set_values(duration=4)
        qtbot.waitUntil(lambda: panel.submit_button.isEnabled(), timeout=TASK_TIMEOUT_MS)
        panel.submit_button.click()
    qtbot.waitUntil(lambda: window.library.item_count() == 2, timeout=TASK_TIMEOUT_MS)
    items = [window.library.model.item(row) for row in range(2)]
    window.open_compare(items[:1])
    assert "2" in window.statusBar().currentMessage()  # says it needs 2 to 4
    window.open_compare(items)
    assert len(window._compare_windows) == 1
    window._compare_windows[0].close()
