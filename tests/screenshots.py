"""Screenshots of OmniDesk's main states, for a person to look at (not a test).

    .venv/bin/python tests/screenshots.py [--out screenshots] [--task-seconds 8]

Starts the real app in demo mode on a fresh data folder, under Xvfb when
there is no display (it re-runs itself through ``xvfb-run``), makes one
video in each of the four modes and saves PNGs of: the empty window, a
generation in progress, a video playing, the library, each mode's form, and
the settings dialog. Screens are grabbed from the X server
(``QScreen.grabWindow``), which, unlike ``QWidget.grab``, includes video.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = "1600x1000x24"


def _dark_palette():  # -> QPalette (Qt is imported late, after the display is known)
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#333333"), (role.Text, "#e6e6e6"), (role.Button, "#3a3a3a"),
        (role.ButtonText, "#e6e6e6"), (role.Highlight, "#3d7bd9"), (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#3a3a3a"), (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#8c8c8c"),
        (role.Link, "#7fb0ff"), (role.Mid, "#505050"), (role.Dark, "#1a1a1a"), (role.Light, "#505050"),
    ):  # fmt: skip
        palette.setColor(name, QColor(colour))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, QColor("#7a7a7a"))
    return palette


def _under_xvfb(argv: list[str]) -> int:
    if not shutil.which("xvfb-run"):
        print("No display and no xvfb-run: apt-get install xvfb xauth", file=sys.stderr)
        return 1
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, __file__, *argv]
    return subprocess.call(command)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--task-seconds", type=float, default=8.0)
    parser.add_argument("--dark", action="store_true", help="as on a desktop set to a dark colour scheme")
    parser.add_argument(
        "--language", default="en", choices=["en", "zh", "ja", "ko"], help="the window's language"
    )
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        return _under_xvfb(argv)

    home = Path(tempfile.mkdtemp(prefix="omnidesk-shots-"))
    os.environ["OMNIDESK_HOME"] = str(home)
    os.environ["OMNIDESK_SIM_TASK_SECONDS"] = str(args.task_seconds)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    sys.path.insert(0, str(ROOT))
    args.out.mkdir(parents=True, exist_ok=True)

    from PIL import Image
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from omnidesk.api.models import GenerationRequest, Mode
    from omnidesk.settings import Settings
    from resources import icon_path
    from ui import translations
    from ui.context import AppContext
    from ui.main_window import LIBRARY_TAB, QUEUE_TAB, MainWindow
    from ui.queue.model import QueueModel, QueueStatus

    app = QApplication([sys.argv[0]])
    if args.dark:
        # Xvfb has no desktop theme to follow, so set the dark palette a dark desktop would give.
        app.setStyle("Fusion")
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(_dark_palette())
    app.setWindowIcon(QIcon(str(icon_path("omnidesk"))))
    translators = translations.install(app, args.language)  # kept: a translator works while it lives
    context = AppContext(Settings(language=args.language))
    window = MainWindow(context)
    window.resize(1580, 960)
    window.move(10, 10)
    window.show()
    context.start()

    # How late a 10 ms timer fires is how long the UI thread was busy: the window's freezes.
    stalls: list[float] = []
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        stalls.append(max(0.0, now - last[0] - 0.010))
        last[0] = now

    ticker.timeout.connect(tick)
    ticker.start(10)

    def wait(what: str, condition: Callable[[], bool], timeout: float = 120.0) -> None:
        # A nested event loop, so the window runs exactly as it would for a user meanwhile.
        if condition():
            return
        loop = QEventLoop()
        checker = QTimer()
        checker.timeout.connect(lambda: loop.quit() if condition() else None)
        checker.start(20)
        QTimer.singleShot(int(timeout * 1000), loop.quit)
        loop.exec()
        checker.stop()
        if not condition():
            raise SystemExit(f"gave up waiting for {what}")

    def settle(seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        wait("a moment", lambda: time.monotonic() > end)

    def shot(name: str) -> None:
        settle()
        path = args.out / f"{name}.png"
        window.screen().grabWindow(0).save(str(path))
        last[0] = time.monotonic()  # grabbing the screen is this script's pause, not the app's
        print(path)

    def statuses() -> list[QueueStatus]:
        model = window.queue.model
        return [model.data(model.index(r, 0), QueueModel.StatusRole) for r in range(model.rowCount())]

    images = []
    for index, colour in enumerate([(200, 80, 60), (60, 140, 200), (90, 170, 90)]):
        path = home / f"reference-{index}.png"
        Image.new("RGB", (640, 360), colour).save(path)
        images.append(path)

    try:
        wait("the demo service", lambda: context.ready)
        shot("01-empty")

        panel = window.generate
        panel.prompt.set_text(
            "A red fox trots through fresh snow in a birch forest at dawn; slow tracking shot at "
            "ground level; soft golden light, film grain; crunching snow, distant crows."
        )
        panel.params.set_values(duration=4, resolution="1080p", aspect="16:9")
        panel.submit_button.click()
        wait("the task to run", lambda: QueueStatus.PROCESSING in statuses())
        wait(
            "some progress",
            lambda: window.queue.model.data(window.queue.model.index(0, 0), QueueModel.ProgressRole) >= 30,
        )
        shot("02-generating")

        wait("the result to play", lambda: window.player.player.is_playing)
        settle(1.5)
        shot("03-playing")

        # The other three modes, each shown filled in (as "edit and re-run" fills it) before it is sent.
        prompt = panel.prompt.text()
        placeholders = tuple(f"https://local.invalid/{i}" for i in range(3))
        for name, request, local in (
            (
                "04-first-frame",
                GenerationRequest(prompt, Mode.FRAME, 4, "720p", "9:16", placeholders[:1]),
                images[:1],
            ),
            (
                "05-reference",
                GenerationRequest(prompt, Mode.REFERENCE, 6, "720p", "16:9", placeholders),
                images,
            ),
            (
                "06-reference-video",
                GenerationRequest(
                    prompt, Mode.VIDEO, None, "720p", "16:9", (), ("https://example.com/motion.mp4",)
                ),
                [],
            ),
        ):
            panel.load_request(request, [str(p) for p in local])
            wait(f"{name} to be ready", lambda: panel.submit_button.isEnabled(), timeout=30)
            shot(name)
            panel.submit_button.click()
            wait(f"{name} to be sent", lambda: not panel.submitting, timeout=60)
        window.tabs.setCurrentIndex(QUEUE_TAB)
        wait("all four to finish", lambda: statuses().count(QueueStatus.COMPLETED) == 4, timeout=300)
        wait("all four in the library", lambda: window.library.item_count() == 4, timeout=60)
        shot("07-queue-done")
        window.tabs.setCurrentIndex(LIBRARY_TAB)
        settle(2.0)
        shot("08-library")

        window.open_settings()
        settle(1.0)
        shot("09-settings")
        ticker.stop()
        ordered = sorted(stalls)
        p99 = ordered[int(0.99 * (len(ordered) - 1))]
        worst = ordered[-1]
        print(f"UI stalls over {len(ordered)} ticks: p99={1000 * p99:.0f} ms worst={1000 * worst:.0f} ms")
    finally:
        for widget in app.topLevelWidgets():
            if widget is not window:
                widget.close()
        window.player.release()
        window.close()
        context.stop()
        QCoreApplication.processEvents()
        for translator in translators:
            app.removeTranslator(translator)
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
