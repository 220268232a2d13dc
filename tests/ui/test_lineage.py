"""LineageView against the real app: versions made with ``parent_id`` on the embedded simulator."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest
from omnidesk.engine.engine import Engine
from omnidesk.engine.store import DownloadState, TaskRecord
from tests.ui.conftest import TASK_TIMEOUT_MS
from tests.ui.test_history import MarkingTranslator, accessibility_problems
from ui.context import AppContext
from ui.iterate.lineage import POSTER_SIZE, LineageModel, LineageView

TIMEOUT = 10_000

ROOT = GenerationRequest("a red fox running through snow at dawn", duration=4)
CHILD = GenerationRequest("a red fox trotting through deep snow at dawn", duration=8)
GRANDCHILD = GenerationRequest("a red fox trotting through deep snow at dusk", duration=8, resolution="1080p")


def engine_of(context: AppContext) -> Engine:
    assert context.engine is not None
    return context.engine


def make_thread(engine: Engine) -> tuple[TaskRecord, TaskRecord, TaskRecord]:
    root = engine.submit(ROOT)
    child = engine.submit(CHILD, parent_id=root.id)
    grandchild = engine.submit(GRANDCHILD, parent_id=child.id)
    return root, child, grandchild


def downloaded(engine: Engine, *records: TaskRecord) -> bool:
    return all(any(v.state is DownloadState.DONE for v in engine.store.videos(r.id)) for r in records)


def make_view(qtbot: QtBot, context: AppContext) -> LineageView:
    view = LineageView(context)
    qtbot.addWidget(view)
    view.resize(560, 480)
    view.show()
    qtbot.waitExposed(view)
    return view


def show(qtbot: QtBot, view: LineageView, local_id: int) -> None:
    with qtbot.waitSignal(view.threadLoaded, timeout=TIMEOUT):
        view.show_thread(local_id)


def colour(role: QPalette.ColorRole) -> str:
    return QGuiApplication.palette().color(role).name()


def added_words(html: str) -> list[str]:
    return re.findall(r'<span style="color:[^;"]+; font-weight:600">([^<]*)</span>', html)


def struck_words(html: str) -> list[str]:
    return re.findall(r'<span style="color:[^;"]+; text-decoration:line-through">([^<]*)</span>', html)


def test_a_three_version_thread_shows_each_change_against_its_parent(
    qtbot: QtBot, app_context: AppContext, qtmodeltester: ModelTester
) -> None:
    root, child, grandchild = make_thread(engine_of(app_context))
    view = make_view(qtbot, app_context)
    show(qtbot, view, child.id)
    model = view.model
    qtmodeltester.check(model)

    assert [v.local_id for v in model.versions()] == [root.id, child.id, grandchild.id]
    assert [v.depth for v in model.versions()] == [0, 1, 2]
    html = [model.index(row, 0).data(LineageModel.DiffHtmlRole) for row in range(3)]

    # The root: its prompt as it is, no marks, and its settings.
    assert html[0] == "a red fox running through snow at dawn"
    assert "4 s" in model.index(0, 0).data(LineageModel.ChangesRole)
    # The child against the root; the grandchild against the child (not against the root).
    assert added_words(html[1]) == ["trotting", "deep"]
    assert struck_words(html[1]) == ["running"]
    assert added_words(html[2]) == ["dusk"]
    assert struck_words(html[2]) == ["dawn"]
    assert f'color:{colour(QPalette.ColorRole.Link)}; font-weight:600">dusk' in html[2]
    assert model.index(1, 0).data(LineageModel.ChangesRole) == "duration 4 s → 8 s"
    assert model.index(2, 0).data(LineageModel.ChangesRole) == "resolution 720p → 1080p"
    assert model.index(2, 0).data(LineageModel.HeadingRole).startswith("Version 3 · from version 2 · ")

    # The version asked for is marked and selected; the others are not marked.
    assert [model.index(row, 0).data(LineageModel.FocusRole) for row in range(3)] == [False, True, False]
    assert view.list.currentIndex().row() == 1
    assert "this one" in model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert view.title.text() == "Iteration thread of “a red fox running through snow at dawn”: 3 versions"

    # Rows are tall enough for their poster and their text, and paint.
    for row in range(3):
        rect = view.list.visualRect(model.index(row, 0))
        assert rect.height() >= POSTER_SIZE.height()
    assert not view.grab().isNull()


def test_children_of_one_parent_come_in_order_under_it(qtbot: QtBot, app_context: AppContext) -> None:
    engine = engine_of(app_context)
    root = engine.submit(ROOT)
    first = engine.submit(CHILD, parent_id=root.id)
    second = engine.submit(GenerationRequest("a grey wolf running through snow at dawn"), parent_id=root.id)
    under_first = engine.submit(GRANDCHILD, parent_id=first.id)
    view = make_view(qtbot, app_context)
    show(qtbot, view, second.id)

    versions = view.model.versions()
    assert [v.local_id for v in versions] == [root.id, first.id, under_first.id, second.id]
    assert [v.number for v in versions] == [1, 2, 4, 3]  # numbered in the order they were made
    assert versions[3].parent_number == 1
    assert view.current_version() is not None and view.current_version().local_id == second.id


def test_selecting_a_version_plays_it_and_use_these_settings_loads_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    engine = engine_of(app_context)
    root, child, grandchild = make_thread(engine)
    qtbot.waitUntil(lambda: downloaded(engine, root, child, grandchild), timeout=TASK_TIMEOUT_MS)
    view = make_view(qtbot, app_context)
    played: list[object] = []
    view.playRequested.connect(played.append)
    show(qtbot, view, root.id)
    assert played == []  # showing a thread does not start playing it

    versions = view.model.versions()
    assert all(v.video is not None and v.video.is_file() for v in versions)
    qtbot.waitUntil(
        lambda: all(view.posters.pixmap(v.poster_key, request=False) for v in versions), timeout=TIMEOUT
    )

    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    assert played == [versions[1].video]
    with qtbot.waitSignal(view.playRequested, timeout=TIMEOUT) as replay:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert replay.args == [versions[1].video]

    with qtbot.waitSignal(view.loadRequested, timeout=TIMEOUT) as loaded:
        qtbot.keyClick(view.list, Qt.Key.Key_U)
    assert loaded.args == [CHILD, ()]
    with qtbot.waitSignal(view.loadRequested, timeout=TIMEOUT) as loaded:
        view.use_button.click()
    assert loaded.args == [CHILD, ()]


def test_a_new_version_made_from_one_in_the_thread_appears(qtbot: QtBot, app_context: AppContext) -> None:
    engine = engine_of(app_context)
    root = engine.submit(ROOT)
    view = make_view(qtbot, app_context)
    show(qtbot, view, root.id)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == ROOT.prompt

    with qtbot.waitSignal(view.threadLoaded, timeout=TASK_TIMEOUT_MS, check_params_cb=lambda n: n == 2):
        child = engine.submit(CHILD, parent_id=root.id)
    assert [v.local_id for v in view.model.versions()] == [root.id, child.id]
    assert view.current_version() is not None and view.current_version().local_id == root.id


def test_a_thread_found_by_the_servers_task_id(qtbot: QtBot, app_context: AppContext) -> None:
    engine = engine_of(app_context)
    _root, child, _grandchild = make_thread(engine)
    qtbot.waitUntil(
        lambda: (engine.store.get(child.id) or child).task_id is not None, timeout=TASK_TIMEOUT_MS
    )
    task_id = engine.store.get(child.id).task_id  # type: ignore[union-attr]
    view = make_view(qtbot, app_context)
    with qtbot.waitSignal(view.threadLoaded, timeout=TIMEOUT):
        view.show_task(task_id)
    assert view.local_id == child.id
    assert view.model.rowCount() == 3
    assert view.model.focus_id == child.id


def test_an_unknown_result_says_why_there_is_no_thread(qtbot: QtBot, app_context: AppContext) -> None:
    view = make_view(qtbot, app_context)
    view.show_task("task-from-another-computer")
    qtbot.waitUntil(lambda: "no record" in view.placeholder.text(), timeout=TIMEOUT)
    assert view.placeholder.isVisible()
    assert view.model.rowCount() == 0
    assert not view.use_button.isEnabled()


def test_every_control_is_named_reachable_and_translated(qtbot: QtBot, app_context: AppContext) -> None:
    _root, child, _grandchild = make_thread(engine_of(app_context))
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        view = make_view(qtbot, app_context)
        assert accessibility_problems(view) == []  # the message before any thread
        show(qtbot, view, child.id)
        assert accessibility_problems(view) == []
        assert view.model.index(0, 0).data(LineageModel.HeadingRole).startswith("⟦Version 1⟧ · ")
    finally:
        QCoreApplication.removeTranslator(translator)
