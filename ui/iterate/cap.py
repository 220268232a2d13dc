"""The daily spending cap, asked about before money is spent.

``confirm_spend`` is what every "send" path calls with its quote: with no cap
it goes ahead at once; with one, it reads today's spending on a worker and,
if this submission would take the day past the cap, asks first (a
non-blocking question: the window stays usable while it is open). The sums
and the rule live in ``omnidesk.iterate.spend``; this only asks.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.background import describe_error

if TYPE_CHECKING:
    from omnidesk.engine.store import SpendRow
    from ui.context import AppContext

log = logging.getLogger(__name__)


def money(value: float) -> str:
    """An amount in dollars with two decimals ("$1.20")."""
    return f"${value:,.2f}"


class SpendCheck(QObject):
    """One pending check of a quote against the daily cap (a child of the asking widget).

    Signals:

    - ``decided(bool)``: True when the submission may go (``on_ok`` has just run), False when the
      user cancelled it.

    ``box`` is the open question while the user is asked, else None. Find a pending check with
    ``parent.findChild(SpendCheck)``.
    """

    decided = Signal(bool)

    def __init__(self, parent: QWidget, context: AppContext, quote: float, on_ok: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("spendCheck")
        self._parent = parent
        self._context = context
        self._quote = quote
        self._on_ok = on_ok
        self._cap = context.settings.daily_spend_cap
        self.box: QMessageBox | None = None

    # ------------------------------------------------------------------ flow

    def start(self) -> None:
        if self._cap <= 0:
            self._go()
            return
        engine = self._context.engine
        if engine is None:
            reason = self.tr("The service is still starting, so today's spending is not known yet.")
            self._ask_unchecked(reason)
            return
        now = time.time()
        store = engine.store

        def read() -> list[SpendRow]:
            from omnidesk.iterate.spend import start_of_today

            return store.spend(since=start_of_today(now))

        self._context.background.run(
            read, on_done=lambda rows: self._on_rows(rows, now), on_error=self._on_read_failed
        )

    def _on_rows(self, rows: list[SpendRow], now: float) -> None:
        if not shiboken6.isValid(self):
            return  # the widget that asked is gone, and its question with it
        from omnidesk.iterate.spend import would_pass_cap

        total = would_pass_cap(rows, self._quote, self._cap, now)
        if total is None:
            self._go()
            return
        spent = max(0.0, total - self._quote)
        text = self.tr("This would take today's spending past your daily cap.")
        info = self.tr(
            "Today so far: about {spent}. This submission: about {quote}. "
            "Together about {total}, over your {cap} daily cap.\n\n"
            "These are estimates; the service's charges may differ a little."
        ).format(spent=money(spent), quote=money(self._quote), total=money(total), cap=money(self._cap))
        self._ask(text, info)

    def _on_read_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        log.error("could not read today's spending", exc_info=exc)
        self._ask_unchecked(
            self.tr("OmniDesk could not read today's spending: {reason}").format(reason=describe_error(exc))
        )

    def _ask_unchecked(self, reason: str) -> None:
        info = self.tr(
            "This submission costs about {quote}; your daily cap is {cap}. "
            "Send it anyway, or cancel and try again in a moment."
        ).format(quote=money(self._quote), cap=money(self._cap))
        self._ask(reason, info)

    def _ask(self, text: str, info: str) -> None:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Daily spending cap"))
        box.setText(text)
        box.setInformativeText(info)
        send = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        send.setAccessibleName(self.tr("Send anyway, past the daily cap"))
        cancel.setAccessibleName(self.tr("Cancel this submission"))
        # Spending past the cap takes a deliberate choice: Enter and Escape both cancel.
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.box = box
        box.finished.connect(self._on_answered)
        box.open()

    def _on_answered(self, _result: int) -> None:
        box, self.box = self.box, None
        if box is None:
            return
        clicked = box.clickedButton()
        go = clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
        box.deleteLater()
        if go:
            self._go()
        else:
            self.decided.emit(False)
            self.deleteLater()

    def _go(self) -> None:
        try:
            self._on_ok()
        finally:
            self.decided.emit(True)
            self.deleteLater()


def confirm_spend(parent: QWidget, context: AppContext, quote: float, on_ok: Callable[[], None]) -> None:
    """Call ``on_ok()`` on the UI thread if sending ``quote`` more keeps today within the daily cap
    (or there is none); else ask first, and call it only on "Send anyway".

    With no cap it never reads the store and ``on_ok`` runs before this returns. The pending check
    is ``parent.findChild(SpendCheck)`` (its ``box`` is the question while it is open).
    """
    SpendCheck(parent, context, quote, on_ok).start()
