"""Fixtures for the UI tests: a fast embedded simulator and a started ``AppContext``.

The app under test is the real one: its context opens the embedded simulator
(demo mode, no key) over real HTTP, the real store and library under the
test's OMNIDESK_HOME. Simulated tasks take a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from omnidesk.settings import Settings
from ui.context import AppContext
from ui.prewarm import prewarm

prewarm()  # as the app does: workers must not be the first to import these

FAST_SIMULATOR = {
    "OMNIDESK_SIM_TASK_SECONDS": "0.3",
    "OMNIDESK_SIM_RENDER_FPS": "2",
    "OMNIDESK_SIM_SEED": "5",
}
START_TIMEOUT_MS = 30_000
TASK_TIMEOUT_MS = 60_000


@pytest.fixture(autouse=True)
def fast_simulator(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in FAST_SIMULATOR.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def make_context(qtbot: QtBot) -> Iterator[Callable[..., AppContext]]:
    """Makes AppContexts (started unless ``start=False``), stopped at teardown."""
    made: list[AppContext] = []

    def make(settings: Settings | None = None, *, start: bool = True) -> AppContext:
        context = AppContext(settings or Settings())
        made.append(context)
        if start:
            with qtbot.waitSignal(context.engineReady, timeout=START_TIMEOUT_MS):
                context.start()
        return context

    yield make
    for context in made:
        context.stop()


@pytest.fixture
def app_context(make_context: Callable[..., AppContext]) -> AppContext:
    """A started context on the demo simulator."""
    return make_context()
