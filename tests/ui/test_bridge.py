"""Engine events reach Qt slots on the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest, TaskStatus
from omnidesk.engine.events import TaskUpdated
from tests.helpers.engine_harness import Harness
from ui.bridge import EngineBridge


def test_task_updates_arrive_as_signals_on_the_ui_thread(
    qtbot: QtBot, make_harness: Callable[..., Harness]
) -> None:
    h = make_harness()
    engine = h.engine()
    bridge = EngineBridge(engine)
    seen: list[tuple[TaskUpdated, bool]] = []
    ui_thread = QThread.currentThread()

    def on_task(event: TaskUpdated) -> None:
        seen.append((event, QThread.currentThread() is ui_thread))

    bridge.taskUpdated.connect(on_task)
    record = engine.submit(GenerationRequest("a kite over a beach", duration=4))
    qtbot.waitUntil(lambda: any(e.record.status is TaskStatus.COMPLETED for e, _ in seen), timeout=30_000)
    assert all(on_ui for _, on_ui in seen)
    assert {e.record.id for e, _ in seen} == {record.id}
    bridge.detach()
