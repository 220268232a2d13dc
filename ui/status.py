"""The status bar's permanent parts: which service, the balance, the connection.

``ServiceStatus`` listens to the context and the bridge and shows, always:
the backend ("Demo simulator", or "APIMart at <host>"), the balance (fetched
on a worker when the service starts, after a task ends, and on demand) and
the connection ("Online", or "Offline, retrying in N s" counting down).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from omnidesk.api.models import Balance
from ui import icons
from ui.background import describe_error
from ui.context import AppContext, Service

if TYPE_CHECKING:
    from omnidesk.engine.events import ConnectionChanged, TaskUpdated  # the store: not for the first frame


def balance_text(balance: Balance) -> str:
    """The balance in words: never -1 for an unlimited key; the unit is the account's own."""
    # A module function has no widget's tr(): its strings get a context of their own.
    if balance.unlimited_quota:
        return QCoreApplication.translate("Balance", "Balance: unlimited")
    if balance.remain_balance is None:
        return QCoreApplication.translate("Balance", "Balance: unknown")
    amount = f"{balance.remain_balance:.2f}"
    return QCoreApplication.translate("Balance", "Balance: {amount}").format(amount=amount)


class ServiceStatus(QWidget):
    """Backend, balance and connection, side by side (no signals of its own)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._retry_at: float | None = None
        self._fetching = False

        self.backend_label = QLabel(self.tr("Starting…"))
        self.backend_label.setAccessibleName(self.tr("Service"))
        self.balance_label = QLabel("")
        self.balance_label.setAccessibleName(self.tr("Balance"))
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(icons.icon("refresh"))
        self.refresh_button.setToolTip(self.tr("Refresh the balance"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the balance"))
        self.refresh_button.setAutoRaise(True)
        self.refresh_button.clicked.connect(self.refresh_balance)
        self.connection_label = QLabel("")
        self.connection_label.setAccessibleName(self.tr("Connection"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.backend_label)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.connection_label)

        # Counts the offline retry down once a second, only while offline.
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._show_connection)

        context.engineStarting.connect(self._on_starting)
        context.engineReady.connect(self._on_ready)
        context.engineFailed.connect(self._on_failed)
        context.bridge.connectionChanged.connect(self._on_connection)
        context.bridge.taskUpdated.connect(self._on_task)
        if context.service is not None:
            self._on_ready(context.service)

    # ------------------------------------------------------------------ balance

    def refresh_balance(self) -> None:
        engine = self._context.engine
        if engine is None or self._fetching:
            return
        self._fetching = True
        self.refresh_button.setEnabled(False)
        self.balance_label.setText(self.tr("Balance: …"))
        self._context.background.run(
            lambda: engine.client().balance(), on_done=self._on_balance, on_error=self._on_balance_error
        )

    def _on_balance(self, balance: Balance) -> None:
        self._balance_done()
        self.balance_label.setText(balance_text(balance))
        self.balance_label.setToolTip(self.tr("Remaining balance of this key, in the account's unit"))

    def _on_balance_error(self, exc: BaseException) -> None:
        self._balance_done()
        self.balance_label.setText(self.tr("Balance: unavailable"))
        self.balance_label.setToolTip(describe_error(exc))

    def _balance_done(self) -> None:
        self._fetching = False
        self.refresh_button.setEnabled(self._context.ready)

    # ------------------------------------------------------------------ service

    def _on_starting(self) -> None:
        self.backend_label.setText(self.tr("Starting…"))
        self.balance_label.setText("")
        self.refresh_button.setEnabled(False)
        self._set_online()

    def _on_ready(self, service: Service) -> None:
        if service.simulated:
            self.backend_label.setText(self.tr("Demo simulator"))
            self.backend_label.setToolTip(
                self.tr("Results are simulated on this computer; nothing is charged.")
            )
        else:
            self.backend_label.setText(self.tr("APIMart at {host}").format(host=service.backend.host))
            self.backend_label.setToolTip(self.tr("API key from {source}").format(source=service.key_source))
        self.refresh_button.setEnabled(True)
        self._set_online()
        self.refresh_balance()

    def _on_failed(self, message: str) -> None:
        self.backend_label.setText(self.tr("Not connected"))
        self.backend_label.setToolTip(message)
        self.refresh_button.setEnabled(False)

    def _on_task(self, event: TaskUpdated) -> None:
        # A task that just ended was charged (or refunded): the balance moved.
        if event.record.is_terminal and event.record.cost is not None:
            self._balance_due()

    def _balance_due(self) -> None:
        # Several tasks often end together: one request for all of them.
        if not self._fetching:
            QTimer.singleShot(500, self.refresh_balance)

    # ------------------------------------------------------------------ connection

    def _on_connection(self, event: ConnectionChanged) -> None:
        if event.online:
            self._set_online()
            return
        # retry_at is on the engine's clock, which is wall time in the app.
        self._retry_at = event.retry_at if event.retry_at is not None else time.time()
        self.connection_label.setToolTip(event.message)
        self._countdown.start()
        self._show_connection()

    def _set_online(self) -> None:
        self._retry_at = None
        self._countdown.stop()
        self.connection_label.setText(self.tr("Online"))
        self.connection_label.setToolTip("")

    def _show_connection(self) -> None:
        if self._retry_at is None:
            return
        left = max(0, round(self._retry_at - time.time()))
        if left > 0:
            self.connection_label.setText(self.tr("Offline, retrying in {seconds} s").format(seconds=left))
        else:
            self.connection_label.setText(self.tr("Offline, retrying…"))
