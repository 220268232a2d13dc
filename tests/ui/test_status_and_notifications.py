"""The status bar's service, balance and connection, and the notification when a task ends."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest
from omnidesk.engine.events import ConnectionChanged, TaskUpdated
from tests.ui.conftest import START_TIMEOUT_MS, TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.notifications import TaskNotifier
from ui.status import ServiceStatus


def test_demo_service_and_its_balance_are_shown(qtbot: QtBot, app_context: AppContext) -> None:
    status = ServiceStatus(app_context)
    qtbot.addWidget(status)
    assert status.backend_label.text() == "Demo simulator"
    qtbot.waitUntil(lambda: status.balance_label.text() == "Balance: 100.00", timeout=START_TIMEOUT_MS)
    assert status.connection_label.text() == "Online"


def test_the_balance_follows_a_charged_task(qtbot: QtBot, app_context: AppContext) -> None:
    status = ServiceStatus(app_context)
    qtbot.addWidget(status)
    qtbot.waitUntil(lambda: status.balance_label.text() == "Balance: 100.00", timeout=START_TIMEOUT_MS)
    assert app_context.engine is not None
    app_context.engine.submit(GenerationRequest("a windmill at noon", duration=4))
    # 720p, 4 s costs 0.15 on the simulator's price table.
    qtbot.waitUntil(lambda: status.balance_label.text() == "Balance: 99.85", timeout=TASK_TIMEOUT_MS)


def test_offline_counts_down_and_online_clears_it(qtbot: QtBot, app_context: AppContext) -> None:
    status = ServiceStatus(app_context)
    qtbot.addWidget(status)
    app_context.bridge.connectionChanged.emit(ConnectionChanged(False, time.time() + 30, "no route"))
    assert status.connection_label.text().startswith("Offline, retrying in ")
    assert status.connection_label.toolTip() == "no route"
    app_context.bridge.connectionChanged.emit(ConnectionChanged(True))
    assert status.connection_label.text() == "Online"


def test_a_finished_download_is_announced_once(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    context = make_context()
    notifier = TaskNotifier(QIcon())
    context.bridge.taskUpdated.connect(notifier._on_task_updated)
    announced: list[tuple[int, str, str]] = []
    notifier.announced.connect(lambda *args: announced.append(args))
    assert context.engine is not None
    record = context.engine.submit(GenerationRequest("two cranes over a lake at dawn", duration=4))
    qtbot.waitUntil(lambda: bool(announced), timeout=TASK_TIMEOUT_MS)
    assert announced == [(record.id, "Video ready", "two cranes over a lake at dawn")]
    # Later updates of the same task (a re-poll, the library) tell nothing new.
    context.bridge.taskUpdated.emit(_updated(context, record.id))
    assert len(announced) == 1


def test_a_failed_task_is_announced_with_the_reason(
    qtbot: QtBot, make_context: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIDESK_SIM_FAIL_RATE", "1")
    context = make_context()
    notifier = TaskNotifier(QIcon())
    context.bridge.taskUpdated.connect(notifier._on_task_updated)
    announced: list[tuple[int, str, str]] = []
    notifier.announced.connect(lambda *args: announced.append(args))
    assert context.engine is not None
    context.engine.submit(GenerationRequest("a storm over the sea", duration=4))
    qtbot.waitUntil(lambda: bool(announced), timeout=TASK_TIMEOUT_MS)
    [(_, title, message)] = announced
    assert title == "Generation failed"
    assert message.startswith("a storm over the sea: ") and len(message) > len("a storm over the sea: ")


def _updated(context: AppContext, local_id: int) -> TaskUpdated:
    assert context.engine is not None
    record = context.engine.store.get(local_id)
    assert record is not None
    return TaskUpdated(record)
