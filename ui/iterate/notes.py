"""A result's own notes and its 1-5 rating, edited in a small dialog.

``NotesDialog`` writes both into the result's sidecar
(``Library.update_sidecar``) on a worker; the library's search reads notes
from there, so a note is findable as soon as the grid has the new item
(``saved``). A failed write keeps the dialog open with the text as typed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omnidesk.engine.library import LibraryError, LibraryItem
from ui import icons
from ui.background import describe_error
from ui.context import AppContext
from ui.iterate.words import one_line, sentence

log = logging.getLogger(__name__)

MAX_RATING = 5
STAR_SIZE = 22


class RatingBar(QWidget):
    """Five stars, 0 (no rating) to 5: one control for the keyboard. Signals:

    - ``ratingChanged(int)``: the rating the user gave (0 = none).

    Click a star to give that rating, the same star again to clear it. With
    focus: Left/Right (or -/+) step, 1-5 set, 0, Delete or Backspace clear.
    """

    ratingChanged = Signal(int)

    def __init__(self, rating: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rating = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Rating"))
        self.setAccessibleDescription(self.tr("Left and Right change it, 1 to 5 set it, 0 clears it"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        self.stars: list[QToolButton] = []
        for stars in range(1, MAX_RATING + 1):
            button = QToolButton(self)
            button.setAutoRaise(True)
            # The bar takes the focus for all five: one Tab stop, arrows inside it.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setIconSize(QSize(STAR_SIZE, STAR_SIZE))
            text = self.tr("1 star") if stars == 1 else self.tr("{n} stars").format(n=stars)
            button.setAccessibleName(text)
            button.setToolTip(self.tr("Rate {stars} (click again to clear)").format(stars=text))
            button.clicked.connect(lambda _checked=False, n=stars: self._on_star_clicked(n))
            layout.addWidget(button)
            self.stars.append(button)
        self.label = QLabel(self)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addSpacing(8)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.set_rating(rating)

    def rating(self) -> int:
        return self._rating

    def set_rating(self, rating: int) -> None:
        """Show ``rating`` (clamped to 0-5) without emitting ``ratingChanged``."""
        self._rating = max(0, min(MAX_RATING, rating))
        for stars, button in enumerate(self.stars, start=1):
            button.setIcon(icons.icon("star-filled" if stars <= self._rating else "star"))
        if self._rating == 0:
            words = self.tr("Not rated")
        else:
            words = self.tr("{n} of {max}").format(n=self._rating, max=MAX_RATING)
        self.label.setText(words)
        self.setAccessibleName(self.tr("Rating: {words}").format(words=words))
        self.update()

    def _change(self, rating: int) -> None:
        rating = max(0, min(MAX_RATING, rating))
        if rating != self._rating:
            self.set_rating(rating)
            self.ratingChanged.emit(rating)

    def _on_star_clicked(self, stars: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._change(0 if stars == self._rating else stars)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        # A plain widget shows no focus of its own (and Fusion's focus frame only appears after a
        # Tab): keyboard users must always see where they are.
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        finally:
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self._change(self._rating + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self._change(self._rating - 1)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._change(0)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self._change(int(key) - int(Qt.Key.Key_0))
        elif key == Qt.Key.Key_Home:
            self._change(0)
        elif key == Qt.Key.Key_End:
            self._change(MAX_RATING)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class NotesDialog(QDialog):
    """Edit a result's notes and rating. Signals:

    - ``saved(object)``: the ``LibraryItem`` as written (new notes and rating), once the sidecar is saved.
    """

    saved = Signal(object)

    def __init__(self, context: AppContext, item: LibraryItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._item = item
        self._saving = False
        metadata = item.metadata

        self.setWindowTitle(self.tr("Notes and Rating"))
        self.setAccessibleName(self.tr("Notes and rating"))
        self.setModal(True)

        prompt = one_line(metadata.prompt) or item.video.name
        self.prompt_label = QLabel(self)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setText(prompt if len(prompt) <= 160 else prompt[:159].rstrip() + "…")
        self.prompt_label.setToolTip(metadata.prompt)
        self.prompt_label.setAccessibleName(self.tr("Prompt of the result"))
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.prompt_label.font()
        font.setItalic(True)
        self.prompt_label.setFont(font)

        self.rating = RatingBar(metadata.rating or 0, self)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlainText(metadata.notes)
        self.notes.setPlaceholderText(self.tr("What worked, what to change next time…"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setToolTip(self.tr("Your notes on this result; the library's search finds them"))
        # Tab leaves the notes (keyboard users must reach the buttons); Ctrl+Tab types a tab.
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(360, 140)

        self.error_icon = QLabel(self)
        self.error_icon.setPixmap(icons.icon("error").pixmap(16, 16))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem saving"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error_row = QWidget(self)
        error_layout = QHBoxLayout(self._error_row)
        error_layout.setContentsMargins(0, 0, 0, 0)
        error_layout.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignTop)
        error_layout.addWidget(self.error_label, 1)
        self._error_row.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save notes and rating"))
        self.save_button.setToolTip(self.tr("Save the notes and the rating (Ctrl+Enter)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, self.save)
        # The editor takes Ctrl+Return as typing, before any shortcut sees it.
        self.notes.installEventFilter(self)

        form = QFormLayout()
        rating_label = QLabel(self.tr("&Rating:"), self)
        rating_label.setBuddy(self.rating)
        notes_label = QLabel(self.tr("&Notes:"), self)
        notes_label.setBuddy(self.notes)
        form.addRow(rating_label, self.rating)
        form.addRow(notes_label, self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addLayout(form, 1)
        layout.addWidget(self._error_row)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.rating, self.notes)
        self.setTabOrder(self.notes, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.notes
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    @property
    def item(self) -> LibraryItem:
        """The result as last saved (or as given)."""
        return self._item

    def save(self) -> None:
        """Write the notes and the rating into the sidecar (on a worker); close when done."""
        if self._saving:
            return
        engine = self._context.engine
        if engine is None:
            self._show_error(self.tr("The library is not open yet. Wait a moment, then save again."))
            return
        self._set_saving(True)
        rating = self.rating.rating()
        try:
            self._context.background.run(
                engine.library.update_sidecar,
                self._item,
                notes=self.notes.toPlainText(),
                rating=rating if rating > 0 else None,
                on_done=self._on_saved,
                on_error=self._on_save_failed,
            )
        except BaseException:
            self._set_saving(False)
            raise

    def _on_saved(self, item: LibraryItem) -> None:
        self._set_saving(False)
        self._item = item
        self._error_row.hide()
        self.saved.emit(item)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        log.error("could not save the notes of %s", self._item.video, exc_info=exc)
        reason = sentence(str(exc)) if isinstance(exc, LibraryError) else describe_error(exc)
        self._show_error(
            self.tr("The notes could not be saved: {reason} Your text is still here: try again.").format(
                reason=reason
            )
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self._error_row.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))
