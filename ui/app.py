"""Starts the desktop application: logging, the QApplication, the qasync loop, the window.

The window shows at once; the service (the demo simulator or APIMart) opens
on a worker behind it (``AppContext.start``), so start-up never waits for
the disk or the network. Uncaught exceptions, on the UI thread or any other,
are logged and shown to the user instead of ending the app silently.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from omnidesk import APP_NAME, __version__

log = logging.getLogger("omnidesk.app")

LOG_FILE = "omnidesk.log"


def setup_logging() -> None:
    """A rotating log file in the log folder (the API key never reaches a log line: the client hides it)."""
    from omnidesk import paths

    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / LOG_FILE, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthooks(show: Callable[[str], None]) -> None:
    """Log every uncaught exception and hand a sentence to ``show`` (called on any thread:
    ``show`` must only emit a signal)."""

    def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, value, tb))
        show(f"OmniDesk hit an unexpected problem: {value or kind.__name__}. It was written to the log.")

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            report(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = report
    threading.excepthook = on_thread


SMOKE_FLAG = "--quit-when-ready"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``omnidesk`` GUI command and of ``python main.py``.

    ``--quit-when-ready`` (for packaging checks and the start-up benchmark)
    prints ``shown`` once the window is on screen, ``built`` once its areas are
    made, and ``ready <backend>`` once
    the service runs, then quits; it exits 1 if the service failed to start.
    """
    # Qt is imported here, not at module level, so `omnidesk-cli` never pays for it.
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from omnidesk import settings
    from resources import icon_path
    from ui import translations
    from ui.collector import UiThreadCollector
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.prewarm import STEPS

    # Qt multimedia reports every optional library it did not find (VA-API, PipeWire): noise for a
    # user. Whether playback works at all is checked and told by the player itself.
    os.environ.setdefault(
        "QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg.info=false"
    )
    argv = list(sys.argv if argv is None else argv)
    smoke = SMOKE_FLAG in argv
    if smoke:
        argv.remove(SMOKE_FLAG)
    setup_logging()
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(icon_path("omnidesk"))))
    app.setQuitOnLastWindowClosed(True)
    UiThreadCollector(app).install()

    saved = settings.load()
    # Before any widget exists: texts are translated when they are made.
    translators = translations.install(app, translations.language_for(saved.language))
    context = AppContext(saved)
    window = MainWindow(context, build=False)
    install_excepthooks(window.show_problem_from_any_thread)

    outcome = {"code": 0}
    if smoke:

        def ready(service: object) -> None:
            print("ready", "simulator" if getattr(service, "simulated", False) else "apimart", flush=True)
            app.quit()

        def failed(message: str) -> None:
            print("failed", message, flush=True)
            outcome["code"] = 1
            app.quit()

        context.engineReady.connect(ready)
        context.engineFailed.connect(failed)

    # The frame goes on screen before anything else loads, the event loop included.
    window.show()
    app.processEvents()
    if smoke:
        print("shown", flush=True)
    import asyncio

    import qasync

    async def run_until_quit() -> None:
        quitting = asyncio.Event()
        app.aboutToQuit.connect(quitting.set)
        window.build()
        if smoke:
            print("built", flush=True)
        # What the workers will import, imported here first (see ui.prewarm), one step per
        # loop turn so the window paints and answers in between; then the service opens.
        for step in STEPS:
            await asyncio.sleep(0)
            step()
        context.start()
        await quitting.wait()

    try:
        qasync.run(run_until_quit())
    finally:
        if not smoke:
            window.save_layout()
        context.stop()
        for translator in translators:
            app.removeTranslator(translator)
    return outcome["code"]


if __name__ == "__main__":
    raise SystemExit(main())
