"""The main window. For now a placeholder that says which backend is in use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from omnidesk import APP_NAME, __version__
from omnidesk.secrets import resolve_api_key


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.resize(1100, 700)
        key = resolve_api_key()
        backend = (
            self.tr("APIMart (key from %s)") % key.source
            if key
            else self.tr("Demo mode: results come from the built-in simulator")
        )
        label = QLabel(self.tr("%s\n\n%s\n\nThe studio is being built.") % (APP_NAME, backend))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("placeholder")
        self.setCentralWidget(label)
        self.statusBar().showMessage(backend)
