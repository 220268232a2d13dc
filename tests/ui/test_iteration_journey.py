"""The prompt-iteration journey, end to end through the real main window on the demo simulator.

A creator takes a result, tweaks its prompt twice (each time from the result
before), runs three variations of the best one, compares them side by side in
sync, and later finds the whole thread from the library, with every change
between versions shown. Each step goes through the window's own paths: the
queue's "Edit and re-run…", the library's "Use These Settings", the player's
"Use these settings" with the Variations box, the Result menu's "Compare
selected…" and the View menu's "Iteration thread".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from omnidesk.api.models import Mode
from omnidesk.engine.engine import Engine
from omnidesk.engine.store import DownloadState, TaskRecord
from tests.ui.conftest import LOAD_TIMEOUT, TASK_TIMEOUT_MS
from tests.ui.test_lineage import added_words, struck_words
from ui.compare import CompareWindow
from ui.iterate.lineage import LineageModel
from ui.library.view import LibraryView
from ui.main_window import LIBRARY_TAB, QUEUE_TAB, MainWindow

ROOT = "a red fox running through snow at dawn"
FIRST_TWEAK = "a red fox trotting through deep snow at dawn"
SECOND_TWEAK = "a red fox trotting through deep snow at dusk"
VARIATIONS = 3


@pytest.fixture
def window(started_window: MainWindow) -> Iterator[MainWindow]:
    yield started_window
    started_window.close()  # releases the player and waits for Qt's decoding threads
    assert started_window.player.current_path() is None


# ---------------------------------------------------------------------- helpers


def engine_of(win: MainWindow) -> Engine:
    assert win.context.engine is not None
    return win.context.engine


def downloaded(qtbot: QtBot, win: MainWindow, record: TaskRecord) -> tuple[TaskRecord, Path]:
    """Wait until the record's video is downloaded and listed in the library: its record and file."""
    store = engine_of(win).store

    def video() -> Path | None:
        current = store.get(record.id)
        if current is None or current.download_state is not DownloadState.DONE:
            return None
        path = next((v.local_path for v in store.videos(record.id) if v.local_path is not None), None)
        return path if path is not None and win.library.model.row_of(path) is not None else None

    qtbot.waitUntil(lambda: video() is not None, timeout=TASK_TIMEOUT_MS)
    current, path = store.get(record.id), video()
    assert current is not None and path is not None
    return current, path


def cell_centre(library: LibraryView, video: Path) -> QPoint:
    row = library.model.row_of(video)
    assert row is not None
    index = library.proxy.mapFromSource(library.model.index(row))
    assert index.isValid()
    library.grid.scrollTo(index)
    return library.grid.visualRect(index).center()


def click_cell(
    qtbot: QtBot,
    library: LibraryView,
    video: Path,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.mouseClick(
        library.grid.viewport(), Qt.MouseButton.LeftButton, modifier, cell_centre(library, video)
    )


def menu_action(win: MainWindow, shortcut: str) -> QAction:
    """The window's menu command with this shortcut (what the user picks from the menu bar)."""
    for menu_entry in win.menuBar().actions():
        menu = menu_entry.menu()
        for action in menu.actions() if menu is not None else ():
            if action.shortcut() == QKeySequence(shortcut):
                return action
    raise AssertionError(f"no menu command on {shortcut}")


def submit_from_panel(qtbot: QtBot, win: MainWindow) -> TaskRecord:
    panel = win.generate
    qtbot.waitUntil(panel.submit_button.isEnabled, timeout=TASK_TIMEOUT_MS)
    with qtbot.waitSignal(panel.submitted, timeout=TASK_TIMEOUT_MS) as sent:
        qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    record = sent.args[0]
    assert isinstance(record, TaskRecord)
    return record


def spoken(model: LineageModel, row: int) -> str:
    return str(model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole))


# ---------------------------------------------------------------------- the journey


def test_tweak_twice_vary_compare_and_find_the_thread_from_the_library(
    qtbot: QtBot, window: MainWindow
) -> None:
    win = window
    panel, library, player = win.generate, win.library, win.player

    # 1. A first prompt from the generation panel becomes a video.
    panel.set_mode(Mode.TEXT)
    panel.prompt.set_text(ROOT)
    panel.params.set_values(duration=4, resolution="720p", aspect="16:9")
    root = submit_from_panel(qtbot, win)
    assert root.parent_id is None
    root, _root_video = downloaded(qtbot, win, root)

    # 2. First tweak, from the queue: "Edit and re-run…" on the selected result. The form is based
    #    on it; the prompt and the duration change.
    assert win.tabs.currentIndex() == QUEUE_TAB
    assert [r.id for r in win.queue.selected_records()] == [root.id]  # the submission was selected
    assert win.queue.edit_action.isEnabled()
    win.queue.edit_action.trigger()
    assert panel.prompt.text() == ROOT
    assert panel.parent_id == root.id
    assert ROOT in panel.parent_chip.text()
    panel.prompt.set_text(FIRST_TWEAK)
    panel.params.set_values(duration=8)
    first = submit_from_panel(qtbot, win)
    assert first.parent_id == root.id
    first, first_video = downloaded(qtbot, win, first)

    # 3. Second tweak, from the library: pick the first tweak's video, "Use These Settings" (U).
    win.tabs.setCurrentIndex(LIBRARY_TAB)
    qtbot.waitUntil(library.isVisible, timeout=LOAD_TIMEOUT)
    click_cell(qtbot, library, first_video)
    assert library.current_item() is not None and library.current_item().video == first_video
    assert player.current_path() == first_video  # picking a result plays it
    assert library.reuse_action.isEnabled()
    qtbot.keyClick(library.grid, Qt.Key.Key_U)
    assert panel.prompt.text() == FIRST_TWEAK and panel.params.selected_duration() == 8
    qtbot.waitUntil(lambda: panel.parent_id == first.id, timeout=LOAD_TIMEOUT)  # found on a worker
    panel.prompt.set_text(SECOND_TWEAK)
    panel.params.set_values(resolution="1080p")
    second = submit_from_panel(qtbot, win)
    assert second.parent_id == first.id
    second, second_video = downloaded(qtbot, win, second)
    assert second.request.resolution == "1080p" and second.request.duration == 8

    # 4. The best one: play it from the library, "Use these settings" in the player, Variations 3.
    win.tabs.setCurrentIndex(LIBRARY_TAB)
    click_cell(qtbot, library, second_video)
    assert player.current_path() == second_video
    metadata = player.metadata()
    assert metadata is not None and metadata.task_id == second.task_id
    qtbot.mouseClick(player._use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.parent_id == second.id, timeout=LOAD_TIMEOUT)
    assert panel.prompt.text() == SECOND_TWEAK
    panel.variations.setValue(VARIATIONS)
    assert panel.submit_button.text() == f"Submit {VARIATIONS}"
    qtbot.waitUntil(panel.submit_button.isEnabled, timeout=TASK_TIMEOUT_MS)
    with qtbot.waitSignal(panel.batchSubmitted, timeout=TASK_TIMEOUT_MS) as sent:
        qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    batch: list[TaskRecord] = sent.args[0]
    assert len(batch) == VARIATIONS
    assert all(r.parent_id == second.id and r.request == second.request for r in batch)
    assert len({r.batch_id for r in batch}) == 1 and batch[0].batch_id is not None
    finished = [downloaded(qtbot, win, record) for record in batch]
    variations = sorted((record for record, _video in finished), key=lambda r: r.id)
    variation_videos = [video for _record, video in finished]
    qtbot.waitUntil(lambda: library.item_count() == 3 + VARIATIONS, timeout=TASK_TIMEOUT_MS)

    # 5. Compare: select the three variations in the library (click, then Ctrl+click) and pick
    #    Result > Compare selected…
    win.tabs.setCurrentIndex(LIBRARY_TAB)
    click_cell(qtbot, library, variation_videos[0])
    for video in variation_videos[1:]:
        click_cell(qtbot, library, video, Qt.KeyboardModifier.ControlModifier)
    assert {item.video for item in library.selected_items()} == set(variation_videos)
    assert library.compare_action.isEnabled()
    menu_action(win, "Ctrl+Shift+C").trigger()
    assert len(win._compare_windows) == 1
    compare = win._compare_windows[0]
    assert isinstance(compare, CompareWindow)
    if not compare.players[0].available:
        pytest.skip(f"no Qt multimedia backend here: {compare.players[0].unavailable_reason}")
    qtbot.waitExposed(compare)
    assert len(compare.cells) == VARIATIONS and len(compare.players) == VARIATIONS
    assert {item.video for item in compare.items} == set(variation_videos)
    qtbot.waitUntil(lambda: compare.transport.is_ready, timeout=LOAD_TIMEOUT)
    # Variations of one request: the labels say the prompts are the same.
    assert all("same prompt" in cell.prompt_html() for cell in compare.cells[1:])
    leader = compare.transport.leader
    assert leader is not None and leader.frame_rate > 0
    frame_ms = 1000 / leader.frame_rate
    duration = leader.duration
    assert duration > 0
    for target in (duration * 3 // 5, duration // 5, 0):
        compare.seek(target)
        qtbot.waitUntil(lambda t=target: abs(leader.position - t) <= frame_ms, timeout=LOAD_TIMEOUT)
        positions = [p.position for p in compare.transport.usable]
        assert len(positions) == VARIATIONS
        assert all(abs(position - leader.position) <= frame_ms for position in positions), positions
    players = list(compare.players)
    compare.close()
    assert all(p.path is None for p in players)  # closing released every clip
    for p in players:
        qtbot.waitUntil(
            lambda p=p: p._player.mediaStatus() == QMediaPlayer.MediaStatus.NoMedia, timeout=LOAD_TIMEOUT
        )
    qtbot.waitUntil(lambda: win._compare_windows == [], timeout=LOAD_TIMEOUT)

    # 6. Later, from the library: the three are still selected, the last one Ctrl+clicked is the
    #    current cell (not the one playing); View > Iteration thread shows its thread, it marked.
    win.tabs.setCurrentIndex(LIBRARY_TAB)
    picked = library.current_item()
    assert picked is not None and picked.video == variation_videos[-1]
    assert player.current_path() != picked.video
    chosen = next(record for record, video in finished if video == picked.video)
    lineage = win.lineage
    total = 3 + VARIATIONS
    with qtbot.waitSignal(
        lineage.threadLoaded, timeout=TASK_TIMEOUT_MS, check_params_cb=lambda n: n == total
    ):
        menu_action(win, "Ctrl+I").trigger()
    assert win.lineage_dock.isVisible()
    model = lineage.model
    assert model.rowCount() == total

    # Every version, in order: the root, its two tweaks, the three variations under the last.
    versions = model.versions()
    assert [v.local_id for v in versions] == [root.id, first.id, second.id, *(r.id for r in variations)]
    assert [v.depth for v in versions] == [0, 1, 2, 3, 3, 3]
    assert [v.parent_number for v in versions] == [None, 1, 2, 3, 3, 3]
    assert all(v.video is not None for v in versions)  # each one can be played from here
    assert model.focus_id == chosen.id
    current = lineage.current_version()
    assert current is not None and current.local_id == chosen.id
    assert lineage.title.text() == f"Iteration thread of “{ROOT}”: {total} versions"

    html = [model.index(row, 0).data(LineageModel.DiffHtmlRole) for row in range(total)]
    changes = [model.index(row, 0).data(LineageModel.ChangesRole) for row in range(total)]
    # The root as written, with its settings.
    assert html[0] == ROOT
    assert "4 s" in changes[0] and "720p" in changes[0]
    # The first tweak against the root: words in and out, and the longer duration.
    assert added_words(html[1]) == ["trotting", "deep"]
    assert struck_words(html[1]) == ["running"]
    assert changes[1] == "duration 4 s → 8 s"
    assert "added: trotting deep" in spoken(model, 1) and "removed: running" in spoken(model, 1)
    # The second tweak against the first (not against the root): dawn became dusk, at 1080p.
    assert added_words(html[2]) == ["dusk"]
    assert struck_words(html[2]) == ["dawn"]
    assert changes[2] == "resolution 720p → 1080p"
    assert "added: dusk" in spoken(model, 2) and "removed: dawn" in spoken(model, 2)
    # The variations: the same prompt and settings as the version they were made from.
    for row in range(3, total):
        assert html[row] == SECOND_TWEAK
        assert added_words(html[row]) == [] and struck_words(html[row]) == []
        assert changes[row] == "same settings"
        assert (
            model.index(row, 0)
            .data(LineageModel.HeadingRole)
            .startswith(f"Version {row + 1} · from version 3")
        )
    # The tooltip carries each version's whole prompt.
    for row, prompt in enumerate([ROOT, FIRST_TWEAK, SECOND_TWEAK]):
        assert prompt in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not lineage.grab().isNull()

    # Another variation, clicked (so it plays): the same thread, that one marked.
    other = next(record for record in variations if record.id != chosen.id)
    other_video = next(video for record, video in finished if record.id == other.id)
    click_cell(qtbot, library, other_video)
    assert player.current_path() == other_video
    with qtbot.waitSignal(
        lineage.threadLoaded, timeout=TASK_TIMEOUT_MS, check_params_cb=lambda n: n == total
    ):
        menu_action(win, "Ctrl+I").trigger()
    assert model.focus_id == other.id
    assert [v.local_id for v in model.versions()] == [v.local_id for v in versions]
