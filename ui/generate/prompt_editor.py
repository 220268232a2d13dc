"""The prompt editor: multi-line text with a character count, undo/redo, and Ctrl+Enter to submit.

The placeholder repeats the model documentation's advice on what a prompt
should cover, so a creator sees it exactly when the box is empty.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from ui.generate.restore import restorable_path

SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _PromptText(QPlainTextEdit):
    """A plain-text edit that hands Ctrl+Enter to its owner instead of inserting a line break, and
    leaves a dropped OmniDesk video or sidecar to the panel (which restores its settings) instead
    of typing its path.

    Signals: ``submitRequested()``.
    """

    submitRequested = Signal()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if restorable_path(event.mimeData()) is not None:
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if restorable_path(event.mimeData()) is not None:
            event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if restorable_path(event.mimeData()) is not None:
            event.ignore()
            return
        super().dropEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in SUBMIT_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            self.submitRequested.emit()
            return
        super().keyPressEvent(event)


class PromptEditor(QWidget):
    """The prompt box and its character count.

    Signals:

    - ``textChanged(str)``: the prompt changed.
    - ``submitRequested()``: Ctrl+Enter was pressed in the box.
    """

    textChanged = Signal(str)
    submitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _PromptText()
        self.edit.setObjectName("prompt")
        self.edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
        self.edit.setPlaceholderText(
            self.tr(
                "Describe the video: the scene, the subject and what it does, the environment, "
                "the camera movement, the visual style and the sounds.\n"
                "e.g. A red fox trots through fresh snow in a birch forest at dawn; slow tracking "
                "shot at ground level; soft golden light, film grain; crunching snow, distant crows."
            )
        )
        self.edit.setAccessibleName(self.tr("Prompt"))
        self.edit.setAccessibleDescription(
            self.tr("What the video should show. Ctrl+Enter submits; Ctrl+Z undoes, Ctrl+Shift+Z redoes.")
        )
        self.edit.setMinimumHeight(96)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Prompt length"))
        self.undo_button = self._tool_button(self.tr("Undo"), self.tr("Undo (Ctrl+Z)"), self.edit.undo)
        self.redo_button = self._tool_button(self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)"), self.edit.redo)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit, 1)
        under = QHBoxLayout()
        under.addWidget(self.count, 1)
        under.addWidget(self.undo_button)
        under.addWidget(self.redo_button)
        column.addLayout(under)

        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.undoAvailable.connect(self.undo_button.setEnabled)
        self.edit.redoAvailable.connect(self.redo_button.setEnabled)
        self.edit.submitRequested.connect(self.submitRequested)
        self._on_text_changed()

    def _tool_button(self, name: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(name)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(slot)
        return button

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the prompt as one undoable step (so loading a request can be undone)."""
        if text == self.text():
            return
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def _on_text_changed(self) -> None:
        text = self.text()
        n = len(text)
        if not text.strip():
            self.count.setText(self.tr("{n} characters · write a prompt to submit").format(n=n))
        elif n == 1:
            self.count.setText(self.tr("1 character"))
        else:
            self.count.setText(self.tr("{n} characters").format(n=n))
        self.textChanged.emit(text)


def submit_shortcuts() -> list[QKeySequence]:
    """Ctrl+Return and Ctrl+Enter (the keypad's), both of which submit."""
    return [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
