"""NotesDialog against a real result: made on the embedded simulator, filed in the real library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest
from omnidesk.engine.library import LibraryItem, read_sidecar, sidecar_path
from omnidesk.engine.store import DownloadState
from tests.ui.conftest import TASK_TIMEOUT_MS
from tests.ui.test_history import MarkingTranslator, accessibility_problems
from ui.context import AppContext
from ui.iterate.notes import NotesDialog
from ui.library.model import LibraryFilter, LibraryModel

TIMEOUT = 10_000


@pytest.fixture
def result(qtbot: QtBot, app_context: AppContext) -> LibraryItem:
    """One finished, downloaded result in the library."""
    engine = app_context.engine
    assert engine is not None
    record = engine.submit(GenerationRequest("a lighthouse in a storm at night"))

    def video() -> Path | None:
        for v in engine.store.videos(record.id):
            if v.state is DownloadState.DONE and v.local_path is not None:
                return v.local_path
        return None

    qtbot.waitUntil(lambda: video() is not None, timeout=TASK_TIMEOUT_MS)
    path = video()
    assert path is not None
    return engine.library.item_at(path)


def make_dialog(qtbot: QtBot, context: AppContext, item: LibraryItem) -> NotesDialog:
    dialog = NotesDialog(context, item)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_notes_and_rating_go_into_the_sidecar_and_the_library_search_finds_them(
    qtbot: QtBot, app_context: AppContext, result: LibraryItem
) -> None:
    dialog = make_dialog(qtbot, app_context, result)
    assert dialog.notes.toPlainText() == ""
    assert dialog.rating.rating() == 0

    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Beam too weak; try a wider lens")
    dialog.rating.stars[3].click()  # four stars
    assert dialog.rating.rating() == 4
    assert dialog.rating.label.text() == "4 of 5"

    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.save_button.click()
    item = saved.args[0]
    assert isinstance(item, LibraryItem)
    assert item.metadata.notes == "Beam too weak; try a wider lens"
    assert item.metadata.rating == 4
    assert not dialog.isVisible()  # closed once saved

    on_disk = read_sidecar(sidecar_path(result.video))
    assert on_disk.notes == "Beam too weak; try a wider lens"
    assert on_disk.rating == 4
    assert on_disk.prompt == result.metadata.prompt  # the rest of the sidecar is kept

    model = LibraryModel([item])
    search = LibraryFilter()
    search.setSourceModel(model)
    search.set_search("wider lens")
    assert search.rowCount() == 1
    search.set_search("narrow lens")
    assert search.rowCount() == 0


def test_the_rating_by_keyboard_and_clearing_it(
    qtbot: QtBot, app_context: AppContext, result: LibraryItem
) -> None:
    dialog = make_dialog(qtbot, app_context, result)
    dialog.rating.setFocus()
    qtbot.keyClick(dialog.rating, Qt.Key.Key_3)
    assert dialog.rating.rating() == 3
    qtbot.keyClick(dialog.rating, Qt.Key.Key_Right)
    assert dialog.rating.rating() == 4
    qtbot.keyClick(dialog.rating, Qt.Key.Key_Left)
    qtbot.keyClick(dialog.rating, Qt.Key.Key_Left)
    assert dialog.rating.rating() == 2
    dialog.rating.stars[1].click()  # the given rating's star again: no rating
    assert dialog.rating.rating() == 0
    assert dialog.rating.label.text() == "Not rated"
    qtbot.keyClick(dialog.rating, Qt.Key.Key_5)
    qtbot.keyClick(dialog.rating, Qt.Key.Key_0)
    assert dialog.rating.rating() == 0

    # Tab from the notes reaches the buttons; Ctrl+Enter saves.
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "no rating")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    on_disk = read_sidecar(sidecar_path(result.video))
    assert on_disk.rating is None
    assert on_disk.notes == "no rating"


def test_an_existing_note_and_rating_are_shown_and_can_be_changed(
    qtbot: QtBot, app_context: AppContext, result: LibraryItem
) -> None:
    engine = app_context.engine
    assert engine is not None
    rated = engine.library.update_sidecar(result, notes="first take", rating=2)
    dialog = make_dialog(qtbot, app_context, rated)
    assert dialog.notes.toPlainText() == "first take"
    assert dialog.rating.rating() == 2
    assert dialog.rating.stars[1].accessibleName() == "2 stars"

    dialog.notes.selectAll()
    qtbot.keyClicks(dialog.notes, "second take")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # a new line in the notes, not "Save"
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.notes, "better")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.save()
    assert saved.args[0].metadata.notes == "second take\nbetter"
    assert saved.args[0].metadata.rating == 2


def test_a_failed_save_keeps_the_dialog_open_with_the_text(
    qtbot: QtBot, app_context: AppContext, result: LibraryItem
) -> None:
    sidecar = sidecar_path(result.video)
    kept = sidecar.read_bytes()
    sidecar.unlink()  # gone behind OmniDesk's back: nothing to update, and nothing is made up
    dialog = make_dialog(qtbot, app_context, result)
    qtbot.keyClicks(dialog.notes, "keep this text")
    dialog.rating.stars[4].click()
    saved: list[object] = []
    dialog.saved.connect(saved.append)

    dialog.save_button.click()
    assert not dialog.save_button.isEnabled()  # one save at a time
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=TIMEOUT)
    assert "could not be saved" in dialog.error_label.text()
    assert sidecar.name in dialog.error_label.text()
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "keep this text"
    assert dialog.rating.rating() == 5
    assert dialog.save_button.isEnabled()
    assert saved == []

    sidecar.write_bytes(kept)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save_button.click()
    assert read_sidecar(sidecar).notes == "keep this text"


def test_every_control_is_named_reachable_and_translated(
    qtbot: QtBot, app_context: AppContext, result: LibraryItem
) -> None:
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        dialog = make_dialog(qtbot, app_context, result)
        problems = accessibility_problems(dialog, data=(result.metadata.prompt,))
    finally:
        QCoreApplication.removeTranslator(translator)
    # The five stars are one control for the keyboard: the bar takes the focus, arrows move in it.
    stars = {f"no keyboard focus: {star.accessibleName()}" for star in dialog.rating.stars}
    assert [p for p in problems if p not in stars] == []
    assert dialog.rating.focusPolicy() & Qt.FocusPolicy.TabFocus
