"""Desktop notifications when a task ends: ready to play, failed, or refused.

``TaskNotifier`` watches the bridge's task updates. A task is announced once,
when this run of the app sees it end: a result is "ready" when its download
is done (not merely when the service finished, since only then can it be
played). Tasks that ended before the app started are never announced. The
notification goes to the system tray where there is one; ``announced``
carries the same words for the window to show in any case.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from omnidesk.api.models import TaskStatus
from omnidesk.engine.events import TaskUpdated
from omnidesk.engine.store import DownloadState, SubmitState, TaskRecord

PROMPT_CHARS = 60


def _short(prompt: str) -> str:
    text = " ".join(prompt.split())
    return text if len(text) <= PROMPT_CHARS else text[: PROMPT_CHARS - 1] + "…"


def ending(record: TaskRecord) -> str | None:
    """Which end a record has reached: "ready", "failed", "refused", "expired" or None (not yet)."""
    if record.state is SubmitState.REJECTED:
        return "refused"
    if record.status is TaskStatus.FAILED or record.status is TaskStatus.CANCELLED:
        return "failed"
    if record.status is TaskStatus.COMPLETED:
        if record.download_state is DownloadState.DONE:
            return "ready"
        if record.download_state is DownloadState.EXPIRED:
            return "expired"
    return None


class TaskNotifier(QObject):
    """Signals:

    - ``announced(int, str, str)``: local id, title, message — a task ended.
    - ``activated(int)``: the user clicked the notification of that task.
    """

    announced = Signal(int, str, str)
    activated = Signal(int)

    def __init__(
        self,
        icon: QIcon,
        parent: QObject | None = None,
        *,
        enabled: Callable[[], bool] = lambda: True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._started = clock()
        self._told: set[int] = set()
        self._last_local_id: int | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("OmniDesk")
            self.tray.messageClicked.connect(self._on_message_clicked)
            self.tray.show()

    def _on_task_updated(self, event: TaskUpdated) -> None:
        record = event.record
        end = ending(record)
        if end is None or record.id in self._told:
            return
        self._told.add(record.id)
        if record.updated_at < self._started:
            return  # ended in an earlier run: nothing new to tell
        title, message = self._words(end, record)
        self.announced.emit(record.id, title, message)
        if self.tray is not None and self._enabled():
            self._last_local_id = record.id
            warning = end != "ready"
            icon = QSystemTrayIcon.MessageIcon.Warning if warning else QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(title, message, icon, 8000)

    def _words(self, end: str, record: TaskRecord) -> tuple[str, str]:
        prompt = _short(record.request.prompt)
        if end == "ready":
            return self.tr("Video ready"), prompt
        if end == "expired":
            return self.tr("Result link expired"), self.tr(
                "{prompt}: generate it again to get the video."
            ).format(prompt=prompt)
        reason = record.error.message if record.error and record.error.message else self.tr("no reason given")
        if end == "refused":
            return self.tr("Submission refused"), f"{prompt}: {reason}"
        return self.tr("Generation failed"), f"{prompt}: {reason}"

    def _on_message_clicked(self) -> None:
        if self._last_local_id is not None:
            self.activated.emit(self._last_local_id)
