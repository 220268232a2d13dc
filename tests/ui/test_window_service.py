"""The window with an API key, against a standalone simulator standing in for APIMart:
the status names the host, there is no demo banner, a 429 is explained beside the form and
the video still arrives."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from omnidesk import secrets
from omnidesk.settings import Settings
from omnidesk.simulator import RunningSimulator, SimulatorConfig, start_simulator
from omnidesk.simulator.faults import FaultKind
from tests.ui.conftest import START_TIMEOUT_MS, TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.queue.model import QueueModel, QueueStatus

KEY = "sk-window-service-7f3a"


@pytest.fixture
def service() -> Iterator[RunningSimulator]:
    config = SimulatorConfig(
        task_seconds=0.3, render_fps=2, seed=11, api_keys=frozenset({KEY}), retry_after=1.0
    )
    with start_simulator(config) as sim:
        yield sim


@pytest.fixture
def window(
    qtbot: QtBot, make_context: Callable[..., AppContext], service: RunningSimulator
) -> Iterator[MainWindow]:
    secrets.store_api_key(KEY)
    context = make_context(Settings(base_url=service.url), start=False)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(context.engineReady, timeout=START_TIMEOUT_MS):
        context.start()
    # The status bar asks for the balance first; wait for it so a forced fault hits the submission.
    qtbot.waitUntil(
        lambda: win.service_status.balance_label.text().startswith("Balance: 1"), timeout=START_TIMEOUT_MS
    )
    yield win
    win.close()  # releases the player and waits for Qt's decoding threads


def _statuses(win: MainWindow) -> list[QueueStatus]:
    model = win.queue.model
    return [model.data(model.index(r, 0), QueueModel.StatusRole) for r in range(model.rowCount())]


def test_with_a_key_the_window_names_the_service(window: MainWindow, service: RunningSimulator) -> None:
    host = service.url.split("://", 1)[1]
    assert not window.demo_banner.isVisible()
    assert window.service_status.backend_label.text() == f"APIMart at {host}"
    assert host in window.windowTitle()


def test_a_429_is_explained_beside_the_form_and_the_video_still_arrives(
    qtbot: QtBot, window: MainWindow, service: RunningSimulator
) -> None:
    panel = window.generate
    service.faults.force(FaultKind.RATE_LIMIT)
    panel.prompt.set_text("a hot air balloon over a canyon at sunrise")
    panel.params.set_values(duration=4)
    panel.submit_button.click()
    qtbot.waitUntil(lambda: any("429" in text for text in panel.errors.texts()), timeout=TASK_TIMEOUT_MS)
    assert any("waits and" in text for text in panel.errors.texts())
    qtbot.waitUntil(lambda: _statuses(window) == [QueueStatus.COMPLETED], timeout=TASK_TIMEOUT_MS)
    # Once sending goes on, the explanation goes away by itself.
    qtbot.waitUntil(lambda: not any("429" in text for text in panel.errors.texts()), timeout=TASK_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.library.item_count() == 1, timeout=TASK_TIMEOUT_MS)
