"""Starts the desktop application: the QApplication, its main window, the loop."""

from __future__ import annotations

import sys

from omnidesk import APP_NAME, __version__


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``omnidesk`` GUI command and of ``python main.py``."""
    # Qt is imported here, not at module level, so `omnidesk-cli` never pays for it.
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    window = MainWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
