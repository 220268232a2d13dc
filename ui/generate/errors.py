"""What went wrong with a generation, in plain words, and the area beside the form that shows it.

The wording functions turn the core's typed errors (and the engine's queue
state) into a sentence that says what happened and what to do next. They
decide on the error's type, never on its message text. ``ErrorArea`` holds
those sentences, one row per cause (keyed, so a cause that comes back replaces
its row instead of piling up), each dismissible, some with an action button
(open Settings, resume the queue).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omnidesk.api.errors import (
    AuthenticationError,
    InvalidUploadError,
    NetworkError,
    OmniDeskError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitedError,
    ValidationError,
)
from omnidesk.engine.events import QueueChanged
from ui import icons
from ui.background import describe_error

_CONTEXT = "GenerationErrors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class ErrorAction(enum.StrEnum):
    """What a message's button does (the panel carries it out)."""

    OPEN_SETTINGS = "open_settings"
    RESUME_QUEUE = "resume_queue"


@dataclass(frozen=True)
class Wording:
    """A sentence for the user, how serious it is, and the one action that fixes it (if any)."""

    text: str
    level: str = "error"  # "error", "warning" or "info"
    action: ErrorAction | None = None


def field_label(field: str) -> str:
    """The name the form shows for a request field."""
    labels = {
        "prompt": _tr("Prompt"),
        "duration": _tr("Duration"),
        "resolution": _tr("Resolution"),
        "aspect_ratio": _tr("Aspect"),
        "image_urls": _tr("Images"),
        "video_urls": _tr("Reference video URL"),
        "generation_type": _tr("Image use"),
    }
    return labels.get(field, field)


def validation_wording(exc: ValidationError) -> Wording:
    """A broken request rule, naming the form's field."""
    detail = exc.message
    prefix = f"{exc.field}: "
    if detail.startswith(prefix):
        detail = detail[len(prefix) :]
    return Wording(
        _tr("{field}: {detail}. Fix it and submit again; nothing was sent.").format(
            field=field_label(exc.field), detail=detail.rstrip(".")
        )
    )


def submit_wording(exc: BaseException) -> Wording:
    """A submission that failed before it reached the queue (checks, uploads, the store)."""
    if isinstance(exc, ValidationError):
        return validation_wording(exc)
    if isinstance(exc, InvalidUploadError):
        return Wording(
            _tr("An image could not be used: {reason} Replace it and submit again; nothing was sent.").format(
                reason=exc.message
            )
        )
    if isinstance(exc, AuthenticationError):
        return Wording(
            _tr(
                "The service refused the API key while uploading the images (401), so nothing was "
                "submitted. Open Settings and enter a valid API key, then submit again."
            ),
            action=ErrorAction.OPEN_SETTINGS,
        )
    if isinstance(exc, PaymentRequiredError):
        return Wording(
            _tr(
                "Your APIMart balance is spent (402), so nothing was submitted. Top up the balance, "
                "then submit again."
            )
        )
    if isinstance(exc, PermissionDeniedError):
        return Wording(
            _tr(
                "The service does not let this API key do that (403): {message} Check the key's "
                "permissions, or enter another key in Settings."
            ).format(message=exc.message),
            action=ErrorAction.OPEN_SETTINGS,
        )
    if isinstance(exc, RateLimitedError):
        return Wording(
            _tr(
                "The service is busy (too many requests) and the images could not be uploaded, so "
                "nothing was submitted. Wait a minute and submit again."
            )
        )
    if isinstance(exc, NetworkError):
        return Wording(
            _tr(
                "OmniDesk could not reach the service to upload the images: {reason} Nothing was "
                "submitted; check the connection and submit again."
            ).format(reason=exc.message)
        )
    if isinstance(exc, OmniDeskError):
        return Wording(_tr("The submission failed: {reason}").format(reason=describe_error(exc)))
    return Wording(describe_error(exc))


def queue_wording(event: QueueChanged, blocked: OmniDeskError | None) -> Wording | None:
    """Why sending is held, from a QueueChanged and the engine's blocking error; None if it is not."""
    if not event.reason:
        return None
    if isinstance(blocked, AuthenticationError):
        return Wording(
            _tr(
                "The service refused the API key (401), so OmniDesk stopped sending. Open Settings "
                "and enter a valid API key; your submissions wait in the Queue and go out once it works."
            ),
            action=ErrorAction.OPEN_SETTINGS,
        )
    if isinstance(blocked, PaymentRequiredError):
        return Wording(
            _tr(
                "Your APIMart balance is spent (402), so OmniDesk stopped sending. Top up the balance, "
                "then resume the queue; your submissions wait there."
            ),
            action=ErrorAction.RESUME_QUEUE,
        )
    if isinstance(blocked, PermissionDeniedError):
        return Wording(
            _tr(
                "The service does not let this API key do that (403): {message} Check the key's "
                "permissions or enter another key in Settings, then resume the queue."
            ).format(message=blocked.message),
            action=ErrorAction.OPEN_SETTINGS,
        )
    if event.paused_by_user:
        return Wording(
            _tr("Sending is paused: new submissions wait in the Queue until you resume it."),
            level="info",
            action=ErrorAction.RESUME_QUEUE,
        )
    if blocked is None and event.blocked_until is not None:
        return Wording(
            _tr(
                "The service asked OmniDesk to slow down (429, too many requests). OmniDesk waits and "
                "retries by itself; there is nothing to do."
            ),
            level="warning",
        )
    if blocked is not None:
        return Wording(_tr("OmniDesk stopped sending: {reason}").format(reason=describe_error(blocked)))
    return Wording(event.reason, level="warning")


_LEVEL_ICONS = {"error": "error", "warning": "warning", "info": "info"}


class _MessageRow(QWidget):
    """One message: icon, text, an optional action, a dismiss button."""

    def __init__(self, wording: Wording, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wording = wording
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = icons.icon(_LEVEL_ICONS.get(wording.level, _LEVEL_ICONS["error"]))
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(wording.text)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.setWordWrap(True)  # after the size policy, which would drop its height-for-width
        self.text.setAccessibleName(self.tr("Problem"))
        self.action: QPushButton | None = None
        if wording.action is ErrorAction.OPEN_SETTINGS:
            self.action = QPushButton(self.tr("Open Settings"))
        elif wording.action is ErrorAction.RESUME_QUEUE:
            self.action = QPushButton(self.tr("Resume queue"))
        self.close_button = QToolButton()
        self.close_button.setIcon(icons.icon("close"))
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        if self.action is not None:
            self.action.setAccessibleName(self.action.text())
            self.action.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            under = QHBoxLayout()
            under.addSpacing(size + top.spacing())  # in line with the text, not the icon
            under.addWidget(self.action)
            under.addStretch(1)
            column.addLayout(under)


class ErrorArea(QFrame):
    """The messages beside the form; hidden while there are none.

    Signals:

    - ``actionRequested(object)``: the user pressed a message's button (an ``ErrorAction``).
    - ``changed()``: a message came or went.
    """

    actionRequested = Signal(object)
    changed = Signal()

    MAX_MESSAGES = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A tinted panel from the palette (no colour of our own), so it reads as apart from the form.
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Problems with generating"))
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(8, 6, 4, 6)
        self._rows: dict[str, _MessageRow] = {}
        self.hide()

    def show_message(self, key: str, wording: Wording) -> None:
        """Show ``wording`` as the message for ``key`` (replacing what that key said before)."""
        self._remove(key)
        while len(self._rows) >= self.MAX_MESSAGES:
            self._remove(next(iter(self._rows)))  # the oldest
        row = _MessageRow(wording, self)
        row.close_button.clicked.connect(lambda: self.clear(key))
        if row.action is not None:
            action = wording.action
            row.action.clicked.connect(lambda: self.actionRequested.emit(action))
        self._rows[key] = row
        self._column.addWidget(row)
        self.show()
        self.changed.emit()

    def clear(self, key: str) -> None:
        """Remove the message for ``key``, if any."""
        if self._remove(key):
            self.changed.emit()

    def clear_all(self) -> None:
        for key in list(self._rows):
            self._remove(key)
        self.changed.emit()

    def text(self, key: str) -> str | None:
        """What the message for ``key`` says (None if there is none)."""
        row = self._rows.get(key)
        return row.wording.text if row is not None else None

    def texts(self) -> list[str]:
        """Every message shown, oldest first."""
        return [row.wording.text for row in self._rows.values()]

    def row(self, key: str) -> _MessageRow | None:
        return self._rows.get(key)

    def _remove(self, key: str) -> bool:
        row = self._rows.pop(key, None)
        if row is None:
            return False
        self._column.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.setVisible(bool(self._rows))
        return True
