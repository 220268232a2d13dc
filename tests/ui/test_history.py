"""HistoryPanel against the real app: a started AppContext on the embedded simulator.

Prompts and submissions are written straight into the running engine's store
(as sending them would); the panel reads them through its workers. The
dialogs it asks through (a name, a confirmation, a file) are replaced by
answers the test gives.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.rules import build_body
from omnidesk.engine.store import PromptUse, Store
from omnidesk.iterate.templates import TEMPLATES
from tests.ui.conftest import START_TIMEOUT_MS
from ui.context import AppContext
from ui.iterate.history import HistoryPanel, PromptHistoryModel
from ui.iterate.words import relative_day

DAY = 86_400.0
TIMEOUT = 10_000


def store_of(context: AppContext) -> Store:
    assert context.engine is not None
    return context.engine.store


def record_use(store: Store, request: GenerationRequest, *, now: float | None = None) -> None:
    """What a submission leaves behind: its row (with its parameters) and one use of its prompt."""
    now = time.time() if now is None else now
    store.add_submission(request, build_body(request), str(uuid.uuid4()), now=now, paused=True)
    store.note_prompt(request.prompt, now=now)


class Form:
    """Stands in for the generation form: what ``current_request`` returns."""

    def __init__(self) -> None:
        self.request = GenerationRequest("a lighthouse in a storm", duration=8, resolution="1080p")
        self.local_images: tuple[str | None, ...] = ()

    def __call__(self) -> tuple[GenerationRequest, tuple[str | None, ...]]:
        return self.request, self.local_images


def make_panel(qtbot: QtBot, context: AppContext, form: Form | None = None) -> HistoryPanel:
    panel = HistoryPanel(context, form or Form())
    qtbot.addWidget(panel)
    panel.resize(480, 420)
    panel.show()
    with qtbot.waitSignals([panel.historyLoaded, panel.presetsLoaded], timeout=TIMEOUT):
        pass
    return panel


def prompts_shown(panel: HistoryPanel) -> list[str]:
    return [use.text for use in panel.history_model.rows()]


def cell(panel: HistoryPanel, row: int, column: int) -> str:
    return panel.history_model.index(row, column).data()


def answers(*values: object) -> Callable[..., object]:
    """A dialog that gives these answers in turn (and fails the test if asked once more)."""
    queue = list(values)

    def ask(*_args: object) -> object:
        assert queue, "the panel asked one question too many"
        return queue.pop(0)

    return ask


class MarkingTranslator(QTranslator):
    """Translates every string to itself in brackets, so untranslated text stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧" if source else source


def accessibility_problems(root: QWidget, *, data: tuple[str, ...] = ()) -> list[str]:
    """Visible controls without a screen-reader name or keyboard focus, and visible words that did
    not go through tr() (with ``MarkingTranslator`` installed); ``data`` are texts that are the
    user's own (a prompt), not words to translate."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        control = isinstance(widget, QAbstractButton | QAbstractItemView | QLineEdit | QPlainTextEdit)
        if control and not isinstance(widget, QHeaderView | QTabBar):
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name:
                problems.append(f"no name: {type(widget).__name__}")
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                problems.append(f"no keyboard focus: {name or type(widget).__name__}")
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        for text in texts:
            plain = text.replace("&", "").strip()
            if plain and any(c.isalpha() for c in plain) and "⟦" not in plain and plain not in data:
                problems.append(f"not translated: {type(widget).__name__} {plain!r}")
    return problems


# ---------------------------------------------------------------------- history


def test_the_history_lists_prompts_with_counts_and_when_and_searches_as_typed(
    qtbot: QtBot, app_context: AppContext, qtmodeltester: ModelTester
) -> None:
    store = store_of(app_context)
    now = time.time()
    for _ in range(3):
        record_use(store, GenerationRequest("a red fox running through snow"), now=now - 3 * DAY)
    record_use(store, GenerationRequest("a blue whale under the ice"), now=now)

    panel = make_panel(qtbot, app_context)
    qtmodeltester.check(panel.history_model)

    assert prompts_shown(panel) == ["a blue whale under the ice", "a red fox running through snow"]
    assert cell(panel, 0, PromptHistoryModel.USES) == "1"
    assert cell(panel, 1, PromptHistoryModel.USES) == "3"
    assert cell(panel, 0, PromptHistoryModel.LAST_USED) == "today"
    assert cell(panel, 1, PromptHistoryModel.LAST_USED) == relative_day(now - 3 * DAY, now) == "3 days ago"
    assert "Used 3 times" in panel.history_model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)

    with qtbot.waitSignal(panel.historyLoaded, timeout=TIMEOUT):
        qtbot.keyClicks(panel.search_field, "FOX")
    assert prompts_shown(panel) == ["a red fox running through snow"]

    with qtbot.waitSignal(panel.historyLoaded, timeout=TIMEOUT):
        qtbot.keyClicks(panel.search_field, " nothing like it")
    assert prompts_shown(panel) == []
    assert panel.history_empty.isVisible()
    assert "nothing like it" in panel.history_empty.text()


def test_a_new_submission_appears_in_the_history(qtbot: QtBot, app_context: AppContext) -> None:
    panel = make_panel(qtbot, app_context)
    assert prompts_shown(panel) == []
    assert panel.history_empty.isVisible()

    engine = app_context.engine
    assert engine is not None
    with qtbot.waitSignal(panel.historyLoaded, timeout=TIMEOUT):
        engine.submit(GenerationRequest("a paper boat on a puddle"))
    assert prompts_shown(panel) == ["a paper boat on a puddle"]


def test_picking_a_prompt_loads_it_with_the_parameters_it_was_last_sent_with(
    qtbot: QtBot, app_context: AppContext
) -> None:
    store = store_of(app_context)
    now = time.time()
    record_use(store, GenerationRequest("a red fox", duration=4), now=now - 60)
    last = GenerationRequest("a red fox", duration=8, resolution="1080p", aspect_ratio="9:16")
    record_use(store, last, now=now)
    # A prompt that came from another machine's history: no submission behind it.
    store.merge_prompt_use(PromptUse("an imported prompt", 2, now - DAY, now - DAY, False))
    panel = make_panel(qtbot, app_context)
    assert prompts_shown(panel) == ["a red fox", "an imported prompt"]

    panel.history_view.setFocus()
    panel.history_view.setCurrentIndex(panel.history_model.index(0, 0))
    with qtbot.waitSignal(panel.loadRequested, timeout=TIMEOUT) as loaded:
        qtbot.keyClick(panel.history_view, Qt.Key.Key_Return)
    assert loaded.args == [last, ()]

    panel.history_view.setCurrentIndex(panel.history_model.index(1, 0))
    with qtbot.waitSignal(panel.loadRequested, timeout=TIMEOUT) as loaded:
        panel.use_button.click()
    assert loaded.args == [GenerationRequest("an imported prompt"), ()]


def test_enter_in_the_search_uses_the_first_prompt_found(qtbot: QtBot, app_context: AppContext) -> None:
    store = store_of(app_context)
    record_use(store, GenerationRequest("a red fox"))
    record_use(store, GenerationRequest("a blue whale", duration=10))
    panel = make_panel(qtbot, app_context)

    panel.search_field.setFocus()
    qtbot.keyClicks(panel.search_field, "whale")
    with qtbot.waitSignal(panel.loadRequested, timeout=TIMEOUT) as loaded:
        qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
    assert loaded.args[0] == GenerationRequest("a blue whale", duration=10)


def test_starred_prompts_come_first_and_can_be_shown_alone(qtbot: QtBot, app_context: AppContext) -> None:
    store = store_of(app_context)
    now = time.time()
    record_use(store, GenerationRequest("an old favourite"), now=now - 10 * DAY)
    record_use(store, GenerationRequest("something recent"), now=now)
    panel = make_panel(qtbot, app_context)
    assert prompts_shown(panel) == ["something recent", "an old favourite"]

    panel.history_view.setFocus()
    panel.history_view.setCurrentIndex(panel.history_model.index(1, 0))
    with qtbot.waitSignal(panel.historyLoaded, timeout=TIMEOUT):
        qtbot.keyClick(panel.history_view, Qt.Key.Key_S)
    assert prompts_shown(panel) == ["an old favourite", "something recent"]
    assert panel.history_model.use(0).starred
    assert panel.current_prompt() == panel.history_model.use(0)  # the starred one stays selected
    assert panel.star_button.text() == "Unstar"
    assert store.prompt_history("old favourite")[0].starred

    with qtbot.waitSignal(panel.historyLoaded, timeout=TIMEOUT):
        panel.starred_only.click()
    assert prompts_shown(panel) == ["an old favourite"]

    with qtbot.waitSignal(panel.historyLoaded, timeout=TIMEOUT):
        panel.star_action.trigger()  # unstar it: the starred-only list empties
    assert prompts_shown(panel) == []
    assert "starred" in panel.history_empty.text()


def test_forget_removes_a_prompt_from_the_history(qtbot: QtBot, app_context: AppContext) -> None:
    store = store_of(app_context)
    record_use(store, GenerationRequest("keep me"), now=time.time() - 5)
    record_use(store, GenerationRequest("forget me"))
    panel = make_panel(qtbot, app_context)
    panel.history_view.setFocus()
    panel.history_view.setCurrentIndex(panel.history_model.index(0, 0))

    with qtbot.waitSignal(panel.historyLoaded, timeout=TIMEOUT):
        qtbot.keyClick(panel.history_view, Qt.Key.Key_Delete)
    assert prompts_shown(panel) == ["keep me"]
    assert [use.text for use in store.prompt_history()] == ["keep me"]
    assert panel.current_prompt() is not None and panel.current_prompt().text == "keep me"
    assert "forget me" in panel.message_label.text()


# ---------------------------------------------------------------------- presets


def preset_names(panel: HistoryPanel) -> list[str]:
    return [preset.name for preset in panel.preset_model.rows()]


def test_presets_save_apply_overwrite_after_asking_and_delete(qtbot: QtBot, app_context: AppContext) -> None:
    store = store_of(app_context)
    form = Form()
    panel = make_panel(qtbot, app_context, form)
    assert preset_names(panel) == []

    panel.ask_text = answers("Storm")
    with qtbot.waitSignal(panel.presetsLoaded, timeout=TIMEOUT):
        panel.save_preset_button.click()
    assert preset_names(panel) == ["Storm"]
    assert store.presets()[0].request == form.request

    # The same name again: asked first; "no" keeps the saved one.
    first = form.request
    form.request = GenerationRequest("a lighthouse at dawn", duration=4, aspect_ratio="9:16")
    asked: list[str] = []

    def refuse(_title: str, text: str) -> bool:
        asked.append(text)
        return False

    panel.ask_text = answers("Storm")
    panel.confirm = refuse
    panel.save_preset_button.click()
    assert asked and "Storm" in asked[0]
    assert store.presets()[0].request == first

    # "Yes" replaces it.
    panel.ask_text = answers("Storm")
    panel.confirm = answers(True)
    with qtbot.waitSignal(panel.presetsLoaded, timeout=TIMEOUT):
        panel.save_preset_button.click()
    assert [p.request for p in store.presets()] == [form.request]

    # Another one, then apply the first by Enter.
    form.request = GenerationRequest("a quiet harbour", resolution="4k")
    panel.ask_text = answers("Harbour")
    with qtbot.waitSignal(panel.presetsLoaded, timeout=TIMEOUT):
        panel.save_preset_button.click()
    assert preset_names(panel) == ["Harbour", "Storm"]
    assert panel.current_preset() is not None and panel.current_preset().name == "Harbour"

    panel.tabs.setCurrentIndex(1)
    panel.presets_view.setFocus()
    panel.presets_view.setCurrentIndex(panel.preset_model.index(1, 0))
    with qtbot.waitSignal(panel.loadRequested, timeout=TIMEOUT) as loaded:
        qtbot.keyClick(panel.presets_view, Qt.Key.Key_Return)
    assert loaded.args == [GenerationRequest("a lighthouse at dawn", duration=4, aspect_ratio="9:16"), ()]

    # Rename (F2), then delete (Delete, confirmed).
    panel.ask_text = answers("Lighthouse")
    with qtbot.waitSignal(panel.presetsLoaded, timeout=TIMEOUT):
        qtbot.keyClick(panel.presets_view, Qt.Key.Key_F2)
    assert preset_names(panel) == ["Harbour", "Lighthouse"]
    assert panel.current_preset() is not None and panel.current_preset().name == "Lighthouse"

    panel.confirm = answers(False)
    qtbot.keyClick(panel.presets_view, Qt.Key.Key_Delete)
    assert [p.name for p in store.presets()] == ["Harbour", "Lighthouse"]
    panel.confirm = answers(True)
    with qtbot.waitSignal(panel.presetsLoaded, timeout=TIMEOUT):
        qtbot.keyClick(panel.presets_view, Qt.Key.Key_Delete)
    assert preset_names(panel) == ["Harbour"]
    assert [p.name for p in store.presets()] == ["Harbour"]


def test_a_preset_keeps_the_forms_local_images(qtbot: QtBot, app_context: AppContext, tmp_path: Path) -> None:
    form = Form()
    image = str(tmp_path / "first.png")
    form.request = GenerationRequest(
        "from this frame", mode=Mode.FRAME, image_urls=("https://local.invalid/0",)
    )
    form.local_images = (image,)
    panel = make_panel(qtbot, app_context, form)
    panel.ask_text = answers("Frame")
    with qtbot.waitSignal(panel.presetsLoaded, timeout=TIMEOUT):
        panel.save_preset()
    with qtbot.waitSignal(panel.loadRequested, timeout=TIMEOUT) as loaded:
        panel.apply_preset_button.click()
    assert loaded.args == [form.request, (image,)]


def test_an_empty_name_saves_nothing_and_says_so(qtbot: QtBot, app_context: AppContext) -> None:
    panel = make_panel(qtbot, app_context)
    panel.ask_text = answers("   ")
    panel.save_preset()
    assert "name" in panel.message_label.text()
    assert store_of(app_context).presets() == []


# ---------------------------------------------------------------------- files


def test_presets_and_history_round_trip_through_a_json_file_into_a_fresh_home(
    qtbot: QtBot,
    make_context: Callable[..., AppContext],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = make_context()
    store = store_of(source)
    record_use(store, GenerationRequest("a red fox", duration=8))
    record_use(store, GenerationRequest("a red fox", duration=8))
    record_use(store, GenerationRequest("a blue whale"))
    store.set_prompt_starred("a blue whale", True)
    store.save_preset("Fox", GenerationRequest("a red fox", duration=8), now=time.time())
    store.save_preset("Whale", GenerationRequest("a blue whale", resolution="4k"), now=time.time())
    panel = make_panel(qtbot, source)

    path = tmp_path / "exported.json"
    panel.choose_file = answers(path)
    with qtbot.waitSignal(panel.message, timeout=TIMEOUT) as said:
        panel.export_button.click()
    assert said.args == ["Exported 2 presets and 2 prompts to exported.json."]
    source.stop()

    # Another home: nothing in it but a preset named like one in the file.
    monkeypatch.setenv("OMNIDESK_HOME", str(tmp_path / "fresh-home"))
    target = make_context()
    fresh = store_of(target)
    mine = GenerationRequest("my own whale", duration=10)
    fresh.save_preset("Whale", mine, now=time.time())
    other = make_panel(qtbot, target)

    clashes: list[list[str]] = []

    def keep_mine(names: list[str]) -> bool:
        clashes.append(names)
        return False

    other.choose_file = answers(path)
    other.ask_replace = keep_mine
    with qtbot.waitSignals([other.historyLoaded, other.presetsLoaded], timeout=TIMEOUT):
        other.import_button.click()
    assert clashes == [["Whale"]]
    assert other.message_label.text() == "From exported.json: 1 preset added, 1 kept, 2 prompts merged."
    assert preset_names(other) == ["Fox", "Whale"]
    assert {p.name: p.request for p in fresh.presets()} == {
        "Fox": GenerationRequest("a red fox", duration=8),
        "Whale": mine,
    }
    assert prompts_shown(other) == ["a blue whale", "a red fox"]  # starred first
    assert cell(other, 1, PromptHistoryModel.USES) == "2"
    assert other.history_model.use(0).starred

    # Again, replacing (both names are taken now): the file's Whale wins; the counts add up.
    other.choose_file = answers(path)
    other.ask_replace = answers(True)
    with qtbot.waitSignals([other.historyLoaded, other.presetsLoaded], timeout=TIMEOUT):
        other.import_file()
    assert other.message_label.text() == "From exported.json: 2 replaced, 2 prompts merged."
    assert {p.name: p.request.prompt for p in fresh.presets()} == {
        "Fox": "a red fox",
        "Whale": "a blue whale",
    }
    assert cell(other, 1, PromptHistoryModel.USES) == "4"


def test_importing_a_file_that_is_not_ours_says_so_and_changes_nothing(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"hello": "world"}', encoding="utf-8")
    panel = make_panel(qtbot, app_context)
    panel.choose_file = answers(path)
    panel.ask_replace = answers()  # never asked: the file is refused first
    with qtbot.waitSignal(panel.message, timeout=TIMEOUT) as said:
        panel.import_button.click()
    assert said.args == ["Nothing was imported: notes.json is not an OmniDesk presets or history file."]
    assert store_of(app_context).presets() == []


def test_a_cancelled_file_dialog_does_nothing(qtbot: QtBot, app_context: AppContext) -> None:
    panel = make_panel(qtbot, app_context)
    panel.choose_file = answers(None, None)
    panel.export_file()
    panel.import_file()
    assert not panel.message_label.isVisible()


# ---------------------------------------------------------------------- templates


def test_templates_hand_their_text_to_the_prompt_editor(qtbot: QtBot, app_context: AppContext) -> None:
    panel = make_panel(qtbot, app_context)
    panel.tabs.setCurrentIndex(2)
    assert panel.template_model.rowCount() == len(TEMPLATES)
    assert panel.template_preview.text() == TEMPLATES[0].text

    panel.templates_view.setFocus()
    panel.templates_view.setCurrentIndex(panel.template_model.index(2, 0))
    assert panel.template_preview.text() == TEMPLATES[2].text
    with qtbot.waitSignal(panel.templateRequested, timeout=TIMEOUT) as used:
        qtbot.keyClick(panel.templates_view, Qt.Key.Key_Return)
    assert used.args == [TEMPLATES[2].text]
    with qtbot.waitSignal(panel.templateRequested, timeout=TIMEOUT) as used:
        panel.use_template_button.click()
    assert used.args == [TEMPLATES[2].text]


def test_the_panel_waits_for_the_service(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    context = make_context(start=False)
    panel = HistoryPanel(context, Form())
    qtbot.addWidget(panel)
    panel.use_prompt()  # nothing selected, nothing to do
    panel.ask_text = answers("Early")
    panel.save_preset()
    assert "still opening" in panel.message_label.text()
    with qtbot.waitSignals([panel.historyLoaded, panel.presetsLoaded], timeout=START_TIMEOUT_MS):
        context.start()


def test_every_control_is_named_reachable_and_translated(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        panel = HistoryPanel(make_context(start=False), Form())
        qtbot.addWidget(panel)
        panel.show()
        panel.ask_text = answers("x")
        panel.save_preset()  # a message shows: it is checked too
        for tab in range(panel.tabs.count()):
            panel.tabs.setCurrentIndex(tab)
            assert accessibility_problems(panel) == []
    finally:
        QCoreApplication.removeTranslator(translator)
