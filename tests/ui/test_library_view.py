"""The library view against a real library on the demo service: scan, posters, search, marks,
deletion to the trash, a fresh download listed without a rescan, and the keys that do it all.

Results are real: small MP4s filed with ``Library.add`` (as the engine files
downloads), or generated end to end on the embedded simulator.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest, Mode, Task, TaskStatus
from omnidesk.api.rules import build_body, validate
from omnidesk.engine.events import VideoUpdated
from omnidesk.engine.library import Library, LibraryItem, ResultMetadata, read_sidecar
from omnidesk.engine.store import DownloadState
from omnidesk.settings import Settings
from tests.helpers.media import write_test_mp4
from tests.ui.conftest import START_TIMEOUT_MS, TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.library.model import LibraryModel
from ui.library.view import LibraryView

T0 = 1_764_000_000.0
RED, BLUE, GREEN = (220, 30, 30), (30, 30, 220), (30, 200, 30)
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def clip_bank(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("library-view-clips")
    return {
        "landscape-red": write_test_mp4(folder / "lr.mp4", 64, 36, colours=[RED] * 5, audio=False),
        "landscape-green": write_test_mp4(folder / "lg.mp4", 64, 36, colours=[GREEN] * 5, audio=False),
        "portrait-blue": write_test_mp4(folder / "pb.mp4", 36, 64, colours=[BLUE] * 5, audio=False),
    }


@pytest.fixture
def add_result(clip_bank: dict[str, Path], tmp_path: Path) -> Callable[..., LibraryItem]:
    """Files a result in a library the way the engine does (a sidecar with the exact body)."""
    counter = itertools.count()

    def add(
        library: Library,
        prompt: str,
        *,
        clip: str = "landscape-red",
        when: float = T0,
        request: GenerationRequest | None = None,
        **fields: object,
    ) -> LibraryItem:
        number = next(counter)
        source = tmp_path / f"download-{number}.mp4"
        shutil.copyfile(clip_bank[clip], source)
        aspect = "9:16" if clip.startswith("portrait") else "16:9"
        request = request or GenerationRequest(prompt, Mode.TEXT, 6, "720p", aspect)
        task = Task(id=f"task_view_{number}", status=TaskStatus.COMPLETED, created=when - 60, completed=when)
        metadata = ResultMetadata.for_result(request, task, request_body=build_body(request))
        if fields:
            metadata = replace(metadata, **fields)  # type: ignore[arg-type]
        return library.add(source, metadata)

    return add


def library_of(context: AppContext) -> Library:
    assert context.engine is not None
    return context.engine.library


@pytest.fixture
def open_view(qtbot: QtBot) -> Iterator[Callable[[AppContext], LibraryView]]:
    """A shown LibraryView whose first scan has finished."""

    def make(context: AppContext) -> LibraryView:
        view = LibraryView(context)
        qtbot.addWidget(view)
        view.resize(760, 520)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(lambda: view._library is not None and not view._scanning, timeout=WAIT_MS)
        return view

    yield make


def stems(view: LibraryView) -> list[str]:
    return [view.proxy.item(row).metadata.prompt for row in range(view.proxy.rowCount())]


def focus_grid(qtbot: QtBot, view: LibraryView, row: int = 0) -> None:
    view.grid.setFocus()
    qtbot.waitUntil(view.grid.hasFocus, timeout=WAIT_MS)
    with qtbot.assertNotEmitted(view.playRequested, wait=0):
        # Put the cursor somewhere without "selecting" (no play): as the main window's select_video does.
        view.select_video(view.proxy.item(row).video)


def press(
    qtbot: QtBot,
    view: LibraryView,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(view.grid, key, modifier)


def message_box(qtbot: QtBot, view: LibraryView, name: str) -> QMessageBox:
    qtbot.waitUntil(
        lambda: (box := view.findChild(QMessageBox, name)) is not None and box.isVisible(), timeout=WAIT_MS
    )
    box = view.findChild(QMessageBox, name)
    assert box is not None
    return box


def click_button(box: QMessageBox, text: str) -> None:
    for button in box.findChildren(QPushButton):
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.findChildren(QPushButton)]}")


# --- loading ---------------------------------------------------------------------------------


def test_an_empty_library_says_so_and_a_generated_video_appears_without_a_rescan(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_view(app_context)
    assert view.item_count() == 0
    assert "Your videos appear here" in view.grid.placeholder_text
    assert view.count_label.text() == "0 videos"

    library = library_of(app_context)
    scans: list[object] = []
    real_scan = library.scan
    monkeypatch.setattr(library, "scan", lambda **kw: scans.append(1) or real_scan(**kw))

    # The main window asks to show the video as soon as its download is reported:
    # it is not listed yet (the view reads it on a worker), and is selected when it is.
    class MainWindow(QObject):
        # A signal emitted on an engine thread reaches its receivers in no fixed order
        # (PySide may let the UI thread run between two of them): this slot may run
        # before or after the view has listed the video, and both must end the same.
        def __init__(self) -> None:
            super().__init__()
            self.asked: list[object] = []

        @Slot(object)
        def on_video(self, event: VideoUpdated) -> None:
            if event.video.state is DownloadState.DONE and event.video.local_path:
                self.asked.append(view.select_video(event.video.local_path))

    window = MainWindow()
    asked = window.asked
    app_context.bridge.videoUpdated.connect(window.on_video)
    engine = app_context.engine
    assert engine is not None
    with qtbot.assertNotEmitted(view.playRequested, wait=0):
        engine.submit(GenerationRequest("a paper boat on a pond", duration=4))
        qtbot.waitUntil(lambda: view.item_count() == 1, timeout=TASK_TIMEOUT_MS)
        qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT_MS)
    assert scans == []  # listed from the download event alone
    assert asked[0] in (None, view.model.item(0)) and view.current_item() == view.model.item(0)
    item = view.proxy.item(0)
    assert item.metadata.prompt == "a paper boat on a pond" and item.video.is_file()
    assert view.grid.placeholder_text == "" and view.count_label.text() == "1 video"
    # The grid painted the new cell, which asked for its poster: it arrives.
    index = view.proxy.index(0, 0)
    qtbot.waitUntil(lambda: index.data(LibraryModel.PosterReadyRole), timeout=WAIT_MS)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()


def test_a_scan_lists_results_newest_first_with_posters_letterboxed(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    library = library_of(app_context)
    add_result(library, "Red fox", clip="landscape-red", when=T0 + 10)
    add_result(library, "Tall blue tower", clip="portrait-blue", when=T0 + 30)
    add_result(library, "Green field", clip="landscape-green", when=T0 + 20, favourite=True, rating=4)
    view = open_view(app_context)
    assert view.item_count() == 3
    assert stems(view) == ["Tall blue tower", "Green field", "Red fox"]
    assert view.proxy.index(1, 0).data(LibraryModel.DetailsRole) == "6 s · 720p · 16:9"

    # Painting the cells asked for their posters; wait for all three.
    qtbot.waitUntil(
        lambda: all(view.proxy.index(row, 0).data(LibraryModel.PosterReadyRole) for row in range(3)),
        timeout=WAIT_MS,
    )
    view.grid.viewport().update()
    picture = view.grid.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()

    def colour_at(row: int, fx: float, fy: float) -> tuple[int, int, int]:
        cell = view.grid.visualRect(view.proxy.index(row, 0))
        box = view.delegate.poster_rect(cell)
        point = QPoint(
            round((box.left() + box.width() * fx) * ratio), round((box.top() + box.height() * fy) * ratio)
        )
        colour = picture.pixelColor(point)
        return colour.red(), colour.green(), colour.blue()

    def near(found: tuple[int, int, int], expected: tuple[int, int, int]) -> bool:
        return all(abs(a - b) < 60 for a, b in zip(found, expected, strict=True))

    bars = view.palette().color(QPalette.ColorRole.Shadow)
    bar = (bars.red(), bars.green(), bars.blue())
    # The portrait poster is pillarboxed: blue in the middle, bars at the sides.
    assert near(colour_at(0, 0.5, 0.5), BLUE)
    assert near(colour_at(0, 0.05, 0.5), bar) and near(colour_at(0, 0.95, 0.5), bar)
    # Landscape posters fill the box.
    assert near(colour_at(1, 0.05, 0.5), GREEN) and near(colour_at(2, 0.5, 0.5), RED)


def test_refresh_notices_videos_added_and_deleted_by_hand(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    library = library_of(app_context)
    first = add_result(library, "First", when=T0)
    view = open_view(app_context)
    assert stems(view) == ["First"]
    add_result(library, "Second", when=T0 + 5)
    first.video.unlink()
    first.sidecar.unlink()
    focus_grid(qtbot, view)
    qtbot.keyClick(view.grid, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: stems(view) == ["Second"], timeout=WAIT_MS)
    assert view.refresh_button.isEnabled()


def test_a_new_service_with_another_library_folder_is_scanned(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_result(library_of(app_context), "In the first folder")
    view = open_view(app_context)
    assert stems(view) == ["In the first folder"]
    other = Library(tmp_path / "other-videos")
    add_result(other, "In the second folder")
    monkeypatch.delenv("OMNIDESK_LIBRARY", raising=False)
    with qtbot.waitSignal(app_context.engineReady, timeout=START_TIMEOUT_MS):
        app_context.apply_settings(app_context.with_settings(library_dir=str(other.root)))
    qtbot.waitUntil(lambda: stems(view) == ["In the second folder"], timeout=WAIT_MS)


# --- search, favourites, sort ------------------------------------------------------------


def test_search_favourites_and_sort(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    library = library_of(app_context)
    add_result(library, "A red fox in snow", when=T0 + 10, notes="for the client")
    add_result(library, "Lighthouse at dusk", when=T0 + 20, favourite=True)
    add_result(library, "Fox cubs playing", when=T0 + 30, favourite=True)
    view = open_view(app_context)

    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(view.search, "FOX")
    qtbot.waitUntil(lambda: stems(view) == ["Fox cubs playing", "A red fox in snow"], timeout=WAIT_MS)
    assert view.count_label.text() == "2 of 3 videos"
    view.search.setText("client")  # notes are searched too
    qtbot.waitUntil(lambda: stems(view) == ["A red fox in snow"], timeout=WAIT_MS)

    view.search.clear()
    qtbot.waitUntil(lambda: view.shown_count() == 3, timeout=WAIT_MS)
    view.favourites.click()
    assert stems(view) == ["Fox cubs playing", "Lighthouse at dusk"]
    view.sort.setCurrentIndex(1)  # oldest first
    assert stems(view) == ["Lighthouse at dusk", "Fox cubs playing"]
    view.search.setText("nothing like this")
    qtbot.waitUntil(lambda: view.shown_count() == 0, timeout=WAIT_MS)
    assert view.grid.placeholder_text == "No video matches this search."
    # Asking to show a hidden video clears what hides it.
    target = library.scan().shown[2].video  # "A red fox in snow", not a favourite
    assert view.select_video(target) is not None
    assert view.search.text() == "" and not view.favourites.isChecked()
    assert view.current_item() is not None and view.current_item().video == target  # type: ignore[union-attr]


# --- playing, marks, reuse, open ---------------------------------------------------------


def test_selecting_plays_and_enter_and_double_click_too_but_not_a_right_click(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    library = library_of(app_context)
    older = add_result(library, "Older", when=T0)
    newer = add_result(library, "Newer", when=T0 + 10)
    view = open_view(app_context)
    played: list[LibraryItem] = []
    view.playRequested.connect(played.append)
    viewport = view.grid.viewport()

    def centre(row: int) -> QPoint:
        return view.grid.visualRect(view.proxy.index(row, 0)).center()

    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre(0))
    assert [p.video for p in played] == [newer.video]
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert [p.video for p in played] == [newer.video, older.video]
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert played[-1].video == older.video and len(played) == 3
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre(0))
    assert played[-1].video == newer.video

    # A right click selects for the menu without playing.
    count = len(played)
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=centre(1))
    # The platform follows a right click with a context menu event; QTest does not.
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre(1), viewport.mapToGlobal(centre(1))),
    )
    qtbot.waitUntil(lambda: view.findChild(QMenu) is not None, timeout=WAIT_MS)
    assert view.current_item() == view.model.item_for(older.video)
    menu = view.findChild(QMenu)
    assert menu is not None
    texts = [action.text() for action in menu.actions() if action.text()]
    assert "Play" in texts and "Delete…" in texts and "Show in Folder" in texts
    menu.close()
    assert len(played) == count
    qtbot.waitUntil(lambda: view.findChild(QMenu) is None, timeout=WAIT_MS)
    # From the keyboard (Menu key), the menu opens on the current cell.
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    )
    qtbot.waitUntil(lambda: (m := view.findChild(QMenu)) is not None and m.isVisible(), timeout=WAIT_MS)
    menu = view.findChild(QMenu)
    assert menu is not None
    assert menu.geometry().contains(
        viewport.mapToGlobal(view.grid.visualRect(view.grid.currentIndex()).center())
    )
    menu.close()
    assert len(played) == count
    # select_video moves the cursor quietly: the main window decides about playing.
    with qtbot.assertNotEmitted(view.playRequested, wait=0):
        assert view.select_video(newer.video) == view.model.item_for(newer.video)


def test_keys_mark_favourite_and_rating_and_the_sidecar_keeps_them(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    result = add_result(library_of(app_context), "Mark me")
    view = open_view(app_context)
    focus_grid(qtbot, view)
    messages: list[str] = []
    view.message.connect(messages.append)

    press(qtbot, view, Qt.Key.Key_S)
    assert view.proxy.index(0, 0).data(LibraryModel.FavouriteRole) is True  # shown at once
    press(qtbot, view, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: (m := read_sidecar(result.sidecar)).favourite and m.rating == 4, timeout=WAIT_MS)
    assert view.favourite_action.isChecked() and view.rating_actions[4].isChecked()
    assert messages[:2] == ["Marked as favourite.", "Rated 4 of 5."]

    # Quick changes land in the order given.
    press(qtbot, view, Qt.Key.Key_S)
    press(qtbot, view, Qt.Key.Key_2)
    press(qtbot, view, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: not view._writing, timeout=WAIT_MS)
    stored = read_sidecar(result.sidecar)
    assert (stored.favourite, stored.rating) == (False, None)
    assert stored.prompt == "Mark me" and stored.request_body  # the rest of the sidecar is kept
    item = view.current_item()
    assert item is not None and (item.metadata.favourite, item.metadata.rating) == (False, None)


def test_a_mark_that_cannot_be_saved_is_told_and_undone(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    result = add_result(library_of(app_context), "Damaged record")
    damaged = '{"prompt": "Damaged record", '  # cut short: not JSON
    result.sidecar.write_text(damaged, encoding="utf-8")
    view = open_view(app_context)
    focus_grid(qtbot, view)
    assert view.current_item() is not None and view.current_item().orphan  # type: ignore[union-attr]

    with qtbot.waitSignal(view.message, timeout=WAIT_MS, check_params_cb=lambda t: "damaged" in t) as said:
        press(qtbot, view, Qt.Key.Key_S)
    assert result.sidecar.name in said.args[0] and "try again" in said.args[0]
    # The sidecar, maybe the only record of the prompt, is left as it was; the mark is undone.
    assert result.sidecar.read_text(encoding="utf-8") == damaged
    qtbot.waitUntil(lambda: view.proxy.index(0, 0).data(LibraryModel.FavouriteRole) is False, timeout=WAIT_MS)


def test_use_these_settings_open_in_the_system_player_and_show_in_folder(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    request = GenerationRequest(
        "Wake the statue", Mode.FRAME, 8, "1080p", "9:16", image_urls=("https://u.example/statue.png",)
    )
    result = add_result(
        library_of(app_context),
        "Wake the statue",
        clip="portrait-blue",
        request=request,
        image_paths=("/pics/statue.png",),
    )
    view = open_view(app_context)
    focus_grid(qtbot, view)

    with qtbot.waitSignal(view.reuseRequested) as reused:
        press(qtbot, view, Qt.Key.Key_U)
    again, paths = reused.args
    validate(again)
    assert again == request and paths == ("/pics/statue.png",)

    class Opener(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[QUrl] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.opened.append(url)

    opener = Opener()
    QDesktopServices.setUrlHandler("file", opener, "open")  # type: ignore[arg-type]
    try:
        press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        view.reveal_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in opener.opened] == [result.video, result.video.parent]


# --- deleting ----------------------------------------------------------------------------


def test_delete_asks_lets_the_player_go_first_then_moves_to_the_trash(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    trash = tmp_path / "xdg" / "Trash" / "files"
    keep = add_result(library_of(app_context), "Keep me", when=T0)
    doomed = add_result(library_of(app_context), "Delete me", when=T0 + 10)
    view = open_view(app_context)
    focus_grid(qtbot, view)
    released: list[tuple[Path, bool]] = []
    view.aboutToDelete.connect(lambda path: released.append((path, path.exists())))

    press(qtbot, view, Qt.Key.Key_Delete)
    click_button(message_box(qtbot, view, "confirmDelete"), "Cancel")
    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "confirmDelete") is None, timeout=WAIT_MS)
    assert released == [] and doomed.video.exists()
    # The window manager gives the window back its activation once the box closes; offscreen, we do.
    view.activateWindow()
    qtbot.waitUntil(view.grid.hasFocus, timeout=WAIT_MS)  # and the focus is back on the grid

    with qtbot.waitSignal(view.message, timeout=WAIT_MS) as said:
        press(qtbot, view, Qt.Key.Key_Delete)
        box = message_box(qtbot, view, "confirmDelete")
        assert "Delete me" in box.text()
        click_button(box, "Move to Trash")
    # The signal went out while the file was still there; the deletion came after.
    assert released == [(doomed.video, True)]
    assert said.args == ["Moved “Delete me” to the trash."]
    assert not doomed.video.exists() and not doomed.sidecar.exists()
    assert (trash / doomed.video.name).exists() and (trash / doomed.sidecar.name).exists()
    assert stems(view) == ["Keep me"] and keep.video.exists()


def test_without_a_trash_it_asks_before_deleting_for_good(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # XDG_DATA_HOME names a file: no trash folder can be made there.
    not_a_folder = tmp_path / "xdg-file"
    not_a_folder.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(not_a_folder))
    doomed = add_result(library_of(app_context), "No trash for me")
    view = open_view(app_context)
    focus_grid(qtbot, view)

    press(qtbot, view, Qt.Key.Key_Delete)
    click_button(message_box(qtbot, view, "confirmDelete"), "Move to Trash")
    box = message_box(qtbot, view, "confirmPermanentDelete")
    assert doomed.video.exists()  # nothing was deleted while asking
    assert "permanently" in box.text()
    with qtbot.waitSignal(view.message, timeout=WAIT_MS) as said:
        click_button(box, "Delete Permanently")
    assert said.args == ["Deleted “No trash for me”."]
    assert not doomed.video.exists() and not doomed.sidecar.exists()
    assert view.item_count() == 0
    assert "Your videos appear here" in view.grid.placeholder_text


def test_the_view_is_usable_before_the_service_is_ready(
    qtbot: QtBot, make_context: Callable[..., AppContext], add_result: Callable[..., LibraryItem]
) -> None:
    add_result(Library(Settings().library_root()), "Waiting for the engine")
    context = make_context(start=False)
    view = LibraryView(context)
    qtbot.addWidget(view)
    assert view.grid.placeholder_text == "Opening the library…"
    assert not view.play_action.isEnabled() and not view.delete_action.isEnabled()
    view.refresh()  # nothing to scan yet: does nothing
    with qtbot.waitSignal(context.engineReady, timeout=START_TIMEOUT_MS):
        context.start()
    qtbot.waitUntil(lambda: view.item_count() == 1, timeout=WAIT_MS)
    assert view.proxy.index(0, 0).data() == "Waiting for the engine"


# --- several results, archive, compare, next steps ------------------------------------------


def test_archived_results_are_hidden_unless_asked_for_and_the_mark_is_written(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    library = library_of(app_context)
    add_result(library, "Kept", when=T0 + 10)
    add_result(library, "Set aside earlier", clip="landscape-green", when=T0 + 20, archived=True)
    view = open_view(app_context)
    assert view.item_count() == 2 and stems(view) == ["Kept"]
    assert view.count_label.text() == "1 of 2 videos"
    view.set_show_archived(True)
    assert stems(view) == ["Set aside earlier", "Kept"]
    assert view.proxy.index(0, 0).data(LibraryModel.ArchivedRole) is True
    view.set_show_archived(False)

    # Archive from the grid (A): it leaves the grid at once, and its sidecar says so.
    focus_grid(qtbot, view)
    kept = view.current_item()
    assert kept is not None and view.archive_action.text() == "Archive"
    with qtbot.assertNotEmitted(view.playRequested, wait=0), qtbot.waitSignal(view.message) as said:
        press(qtbot, view, Qt.Key.Key_A)
    assert "Show archived" in said.args[0]
    assert view.shown_count() == 0
    assert "Turn on “Show archived”" in view.grid.placeholder_text
    qtbot.waitUntil(lambda: read_sidecar(kept.sidecar).archived, timeout=WAIT_MS)

    # Shown again, both are archived: the action unarchives them.
    view.set_show_archived(True)
    view.select_videos([view.proxy.item(0).video, view.proxy.item(1).video])
    assert len(view.selected_items()) == 2 and view.archive_action.text() == "Unarchive"
    view.archive_action.trigger()
    qtbot.waitUntil(
        lambda: not any(read_sidecar(item.sidecar).archived for item in view.model.items()), timeout=WAIT_MS
    )
    view.set_show_archived(False)
    assert view.shown_count() == 2


def test_compare_takes_two_to_four_selected_results(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    library = library_of(app_context)
    for n in range(5):
        add_result(library, f"Take {n}", when=T0 + n)
    view = open_view(app_context)
    videos = [view.proxy.item(row).video for row in range(5)]
    focus_grid(qtbot, view)
    assert not view.compare_action.isEnabled()  # one result

    # Ctrl+click adds to the selection (the grid takes several at once) without playing what it adds.
    second = view.grid.visualRect(view.proxy.index(1, 0)).center()
    with qtbot.assertNotEmitted(view.playRequested, wait=0):
        qtbot.mouseClick(
            view.grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, second
        )
    assert [i.video for i in view.selected_items()] == videos[:2]
    # Shift+Right extends it the same way.
    with qtbot.assertNotEmitted(view.playRequested, wait=0):
        press(qtbot, view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert [i.video for i in view.selected_items()] == videos[:3]
    view.select_videos(videos[:2])
    assert view.compare_action.isEnabled()
    with qtbot.waitSignal(view.compareRequested) as asked:
        view.compare_action.trigger()
    assert [i.video for i in asked.args[0]] == videos[:2]

    view.select_videos(videos[:4])
    with qtbot.waitSignal(view.compareRequested) as asked:
        view.compare_action.trigger()
    assert len(asked.args[0]) == 4 and all(isinstance(i, LibraryItem) for i in asked.args[0])

    view.select_videos(videos)  # five: more than a comparison takes
    assert len(view.selected_items()) == 5 and not view.compare_action.isEnabled()
    with qtbot.assertNotEmitted(view.compareRequested, wait=0):
        view.compare_action.trigger()


def test_marks_and_delete_act_on_every_selected_result(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    library = library_of(app_context)
    results = [add_result(library, f"Take {n}", when=T0 + n) for n in range(4)]
    view = open_view(app_context)
    focus_grid(qtbot, view)
    chosen = [view.proxy.item(row) for row in range(3)]
    view.select_videos([item.video for item in chosen])
    messages: list[str] = []
    view.message.connect(messages.append)

    press(qtbot, view, Qt.Key.Key_S)
    press(qtbot, view, Qt.Key.Key_5)
    qtbot.waitUntil(
        lambda: all((m := read_sidecar(i.sidecar)).favourite and m.rating == 5 for i in chosen),
        timeout=WAIT_MS,
    )
    assert messages == ["Marked 3 videos as favourites.", "Rated 3 videos 5 of 5."]
    left_alone = view.proxy.item(3)
    assert not read_sidecar(left_alone.sidecar).favourite and read_sidecar(left_alone.sidecar).rating is None
    # All favourites already: S takes the mark off all of them.
    press(qtbot, view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not any(read_sidecar(i.sidecar).favourite for i in chosen), timeout=WAIT_MS)
    assert messages[-1] == "3 videos are no longer favourites."

    press(qtbot, view, Qt.Key.Key_Delete)
    box = message_box(qtbot, view, "confirmDelete")
    assert box.text() == "Move these 3 videos to the trash?"
    click_button(box, "Move to Trash")
    qtbot.waitUntil(lambda: view.item_count() == 1, timeout=WAIT_MS)
    assert not any(item.video.exists() for item in chosen)
    assert [r.video.exists() for r in results].count(True) == 1 and left_alone.video.exists()


def test_the_context_menu_keeps_a_selection_and_offers_the_next_steps(
    qtbot: QtBot,
    app_context: AppContext,
    open_view: Callable[[AppContext], LibraryView],
    add_result: Callable[..., LibraryItem],
) -> None:
    library = library_of(app_context)
    for n in range(3):
        add_result(library, f"Shot {n}", when=T0 + n)
    view = open_view(app_context)
    videos = [view.proxy.item(row).video for row in range(3)]
    view.select_videos(videos[:2])
    where = view.grid.visualRect(view.proxy.index(1, 0)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, view.grid.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.grid.viewport(), event)
    menu = next(m for m in view.findChildren(QMenu) if m.isVisible())
    try:
        assert [i.video for i in view.selected_items()] == videos[:2]  # the right click kept both
        texts = [a.text() for a in menu.actions()]
        assert "Compare…" in texts and "Archive" in texts and "Next Steps" in texts
        steps = next(a.menu() for a in menu.actions() if a.text() == "Next Steps")
        names = [a.text() for a in steps.actions() if a.text()]
        assert names == [
            "Continue from Last Frame",
            "Promote to 1080p",
            "Flip Aspect",
            "2 Variations",
            "3 Variations",
            "4 Variations",
        ]
    finally:
        menu.close()

    # Promote from the library: the result's sidecar is the request (no record here: no parent).
    view.select_video(videos[0])
    with qtbot.waitSignal(view.next_steps.submitted, timeout=TASK_TIMEOUT_MS) as sent:
        view.promote_action.trigger()
    (promoted,) = sent.args[0]
    assert promoted.request.resolution == "1080p" and promoted.request.prompt == "Shot 2"
    assert promoted.parent_id is None
