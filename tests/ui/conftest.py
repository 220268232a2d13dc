"""Fixtures for the UI tests: a fast embedded simulator and a started ``AppContext``.

The app under test is the real one: its context opens the embedded simulator
(demo mode, no key) over real HTTP, the real store and library under the
test's OMNIDESK_HOME. Simulated tasks take a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from omnidesk.settings import Settings
from tests.helpers.media import write_test_mp4
from ui.collector import UiThreadCollector
from ui.context import AppContext

if TYPE_CHECKING:
    from ui.main_window import MainWindow
from ui.prewarm import prewarm

prewarm()  # as the app does: workers must not be the first to import these

FAST_SIMULATOR = {
    "OMNIDESK_SIM_TASK_SECONDS": "0.3",
    "OMNIDESK_SIM_RENDER_FPS": "2",
    "OMNIDESK_SIM_SEED": "5",
}
# The small real clip the player tests play.
WIDTH, HEIGHT, FPS, SECONDS = 320, 180, 10, 2
DURATION_MS = SECONDS * 1000
LOAD_TIMEOUT = 10_000
# Playing 2 s of video takes ~2 s; leave plenty for a loaded CI machine.
PLAY_TIMEOUT = 20_000
START_TIMEOUT_MS = 30_000
TASK_TIMEOUT_MS = 60_000


def dispose(*objects: QObject) -> None:
    """Delete Qt objects now: multimedia objects left for Python's garbage
    collector at interpreter exit outlive the QApplication and crash or hang it."""
    for obj in objects:
        obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_ui_thread(qapp: QCoreApplication) -> Iterator[None]:
    """As the app does: cycles holding widgets are never collected from a worker thread."""
    collector = UiThreadCollector(qapp)
    collector.install()
    yield
    collector.uninstall()


@pytest.fixture(scope="session")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A WIDTHxHEIGHT, SECONDS s H.264 + AAC MP4, made once."""
    path = tmp_path_factory.mktemp("player") / "clip.mp4"
    return write_test_mp4(path, WIDTH, HEIGHT, SECONDS, FPS)


@pytest.fixture
def video(clip: Path, tmp_path: Path) -> Path:
    """A private copy of the clip, so a test may rename or delete it."""
    path = tmp_path / "video.mp4"
    path.write_bytes(clip.read_bytes())
    return path


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


@pytest.fixture
def started_window(qtbot: QtBot, make_context: Callable[..., AppContext]) -> Iterator[MainWindow]:
    """The real main window on the demo simulator, shown, its service started; closed at teardown
    (which releases the player and waits for Qt's decoding threads)."""
    from ui.main_window import MainWindow

    context = make_context(start=False)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(context.engineReady, timeout=START_TIMEOUT_MS):
        context.start()
    yield win
    win.close()
