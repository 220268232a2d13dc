"""Bars across the top of the window: demo mode, and problems worth the user's attention.

``DemoBanner`` says results are simulated and offers to add a key.
``ProblemBar`` shows one sentence (the latest problem) with optional action
buttons and a close button; it never blocks the window the way a modal
message box would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui import icons


def _bar_frame(frame: QFrame, role: QPalette.ColorRole) -> QHBoxLayout:
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    palette = frame.palette()
    palette.setColor(QPalette.ColorRole.Window, palette.color(role))
    frame.setPalette(palette)
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(10, 4, 6, 4)
    return layout


class DemoBanner(QFrame):
    """Signals: ``addKeyRequested()`` — the user wants to enter an API key."""

    addKeyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        layout = _bar_frame(self, QPalette.ColorRole.AlternateBase)
        icon = QLabel()
        icon.setPixmap(icons.icon("info").pixmap(18, 18))
        self.label = QLabel(
            self.tr(
                "<b>Demo mode</b>: videos come from OmniDesk's built-in simulator. They are "
                "simulated and cost nothing. Add your APIMart API key to make real ones."
            )
        )
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton(self.tr("Add API key…"))
        self.button.setAccessibleName(self.tr("Add API key"))
        self.button.clicked.connect(self.addKeyRequested)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)


class ProblemBar(QFrame):
    """One problem at a time, in plain words, with up to two actions; hidden until needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBar")
        layout = _bar_frame(self, QPalette.ColorRole.ToolTipBase)
        self._icon = QLabel()
        self._icon.setPixmap(icons.icon("warning").pixmap(18, 18))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.label.setPalette(palette)
        self._buttons: list[QPushButton] = []
        close = QToolButton()
        close.setIcon(icons.icon("close"))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss the message"))
        close.clicked.connect(self.hide)
        layout.addWidget(self._icon)
        layout.addWidget(self.label, 1)
        self._actions = QHBoxLayout()
        layout.addLayout(self._actions)
        layout.addWidget(close)
        self.hide()

    def show_problem(self, text: str, actions: tuple[tuple[str, Callable[[], None]], ...] = ()) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for title, callback in actions:
            button = QPushButton(title)
            button.clicked.connect(callback)
            button.clicked.connect(self.hide)
            self._actions.addWidget(button)
            self._buttons.append(button)
        self.label.setText(text)
        self.show()

    @property
    def text(self) -> str:
        return self.label.text()
