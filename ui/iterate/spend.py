"""``SpendView``: what the videos cost, per day and per batch, and today against the daily cap.

Quotes are OmniDesk's own estimates (approximate, and labelled so); charges
are what the service reported. A submission still running counts its quote,
shown apart as "still running", until its charge comes in. The sums are
``omnidesk.iterate.spend``'s; the store is read on a worker, again whenever a
task's charge or state changes (debounced) and whenever the service restarts.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import icons
from ui.background import describe_error
from ui.iterate.cap import money

if TYPE_CHECKING:
    from omnidesk.engine.events import TaskUpdated
    from omnidesk.engine.store import Batch, Store
    from omnidesk.iterate.spend import SpendTotal
    from ui.context import AppContext, Service

Charge = tuple[float | None, bool]  # (what the task reported, whether the service took it)

# Tasks report progress often; one read of the store per burst of charges is plenty.
RELOAD_DELAY_MS = 400


@dataclass(frozen=True)
class BatchSpend:
    total: SpendTotal
    batch: Batch | None  # None when the store no longer knows it


@dataclass(frozen=True)
class SpendData:
    """What the view shows, read on a worker at ``now``."""

    days: tuple[SpendTotal, ...]  # newest first
    batches: tuple[BatchSpend, ...]  # newest first
    today: str  # the local day ``now`` falls in (ISO)
    now: float
    charges: Mapping[int, Charge]  # every submission's charge as read, to tell which updates matter

    @property
    def today_total(self) -> SpendTotal | None:
        return next((day for day in self.days if day.key == self.today), None)


def load_spend(store: Store, now: float) -> SpendData:
    """Read every submission's quote and charge and sum them (blocking: run it on a worker)."""
    from omnidesk.iterate.spend import by_batch, by_day, local_day

    rows = store.spend()
    batches = [BatchSpend(total, store.batch(total.key)) for total in by_batch(rows)]
    # by_batch keeps the order batches were first seen (oldest first); the newest matters most.
    batches.reverse()
    charges = {row.local_id: (row.cost, row.billable) for row in rows}
    return SpendData(tuple(by_day(rows)), tuple(batches), local_day(now), now, charges)


def _amount_item(value: float, text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(value, SpendView.ValueRole)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _count_item(count: int) -> QStandardItem:
    item = QStandardItem(str(count))
    item.setData(count, SpendView.ValueRole)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(model: QStandardItemModel, name: str, description: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class SpendView(QWidget):
    """Spending per day and per batch, and today against the daily cap. Signals:

    - ``loaded()``: the figures were read and are on screen.
    - ``capSettingsRequested()``: the user wants to set or change the daily cap (open the settings).

    ``day_model`` and ``batch_model`` hold the figures (``ValueRole``: the amount or count as a
    number, ``KeyRole`` on the first column: the ISO day or the batch id).
    """

    loaded = Signal()
    capSettingsRequested = Signal()

    ValueRole = Qt.ItemDataRole.UserRole + 1
    KeyRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._data: SpendData | None = None
        self._generation = 0
        self._stale = False  # a change came in while hidden: read again when shown
        self._known: dict[int, Charge] = {}  # local id -> its charge as last read
        self.setObjectName("spendView")
        self.setAccessibleName(self.tr("Spending"))

        self.summary = QLabel(self)
        self.summary.setObjectName("spendSummary")
        self.summary.setAccessibleName(self.tr("Today's spending"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        self.cap_bar = QProgressBar(self)
        self.cap_bar.setObjectName("spendCapBar")
        self.cap_bar.setAccessibleName(self.tr("Today's spending against the daily cap"))
        self.cap_bar.setTextVisible(True)
        self.cap_bar.setRange(0, 100)
        self.cap_bar.hide()

        self.note = QLabel(
            self.tr(
                "Quoted amounts are OmniDesk's estimates before sending (approximate); charged amounts are "
                "what the service reported. “Still running” is the quote of videos not charged yet."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.message = QLabel(self)
        self.message.setObjectName("spendMessage")
        self.message.setAccessibleName(self.tr("Spending message"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.day_model = QStandardItemModel(0, 5, self)
        self.day_model.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Videos"),
                self.tr("Quoted (approx.)"),
                self.tr("Charged"),
                self.tr("Still running (approx.)"),
            ]
        )
        self.batch_model = QStandardItemModel(0, 6, self)
        self.batch_model.setHorizontalHeaderLabels(
            [
                self.tr("Batch"),
                self.tr("Started"),
                self.tr("Videos"),
                self.tr("Quoted (approx.)"),
                self.tr("Charged"),
                self.tr("Still running (approx.)"),
            ]
        )
        self.day_table = _table(
            self.day_model, self.tr("Spending per day"), self.tr("Newest day first; amounts in dollars")
        )
        self.batch_table = _table(
            self.batch_model,
            self.tr("Spending per batch"),
            self.tr("Variations and prompt matrices, newest first; amounts in dollars"),
        )
        day_label = QLabel(self.tr("Per &day"), self)
        day_label.setBuddy(self.day_table)
        batch_label = QLabel(self.tr("Per &batch"), self)
        batch_label.setBuddy(self.batch_table)

        self.cap_button = QPushButton(icons.icon("settings"), self.tr("Daily &cap…"), self)
        self.cap_button.setAccessibleName(self.tr("Set the daily spending cap"))
        self.cap_button.setToolTip(self.tr("Set or change the daily spending cap in the settings"))
        self.cap_button.clicked.connect(self.capSettingsRequested)
        self.refresh_button = QPushButton(icons.icon("refresh"), self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the spending"))
        self.refresh_button.setToolTip(self.tr("Read the spending again (F5)"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.clicked.connect(self.reload)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cap_button)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.cap_bar)
        layout.addWidget(self.message)
        layout.addWidget(day_label)
        layout.addWidget(self.day_table, 3)
        layout.addWidget(batch_label)
        layout.addWidget(self.batch_table, 2)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        context.engineReady.connect(self._on_engine_ready)
        context.settingsChanged.connect(self._on_settings_changed)
        context.bridge.taskUpdated.connect(self._on_task_updated)
        self.summary.setText(self.tr("Reading the spending…"))
        if context.ready and context.service is not None:
            self._on_engine_ready(context.service)
        else:
            self.summary.setText(self.tr("The spending appears once OmniDesk has opened the service."))

    # ------------------------------------------------------------------ public

    @property
    def data(self) -> SpendData | None:
        """The figures on screen (None before the first read)."""
        return self._data

    def reload(self) -> None:
        """Read the spending again (on a worker)."""
        self._reload_timer.stop()
        engine = self._context.engine
        if engine is None:
            return  # engineReady reads it
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._context.background.run(
            load_spend,
            engine.store,
            time.time(),
            on_done=lambda result: self._on_loaded(generation, result),
            on_error=lambda exc: self._on_failed(generation, exc),
        )

    # ------------------------------------------------------------------ reading

    def _on_loaded(self, generation: int, data: SpendData) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._data = data
        self._known = dict(data.charges)
        self.message.hide()
        self._fill_days(data.days, data.today)
        self._fill_batches(data.batches)
        # With the row numbers hidden, Qt does not re-fit the columns to new rows by itself.
        self.day_table.horizontalHeader().resizeSections()
        self.batch_table.horizontalHeader().resizeSections()
        self._show_today()
        self.loaded.emit()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.message.setText(
            self.tr("Could not read the spending: {reason} Press Refresh to try again.").format(
                reason=describe_error(exc)
            )
        )
        self.message.show()

    # ------------------------------------------------------------------ filling

    def _day_name(self, key: str, today: str) -> str:
        day = dt.date.fromisoformat(key)
        if key == today:
            return self.tr("Today")
        if (dt.date.fromisoformat(today) - day).days == 1:
            return self.tr("Yesterday")
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

    def _amounts(self, total: SpendTotal) -> list[QStandardItem]:
        pending = (
            _amount_item(total.pending, self.tr("about {amount}").format(amount=money(total.pending)))
            if total.pending
            else _amount_item(0.0, "—")
        )
        if not total.pending:
            pending.setData(self.tr("nothing"), Qt.ItemDataRole.AccessibleTextRole)
        return [
            _count_item(total.count),
            _amount_item(total.quoted, self.tr("about {amount}").format(amount=money(total.quoted))),
            _amount_item(total.charged, money(total.charged)),
            pending,
        ]

    def _fill_days(self, days: Sequence[SpendTotal], today: str) -> None:
        self.day_model.removeRows(0, self.day_model.rowCount())
        for total in days:
            name = QStandardItem(self._day_name(total.key, today))
            name.setData(total.key, self.KeyRole)
            name.setToolTip(total.key)
            row = [name, *self._amounts(total)]
            for item in row:
                item.setEditable(False)
            self.day_model.appendRow(row)

    def _fill_batches(self, batches: Sequence[BatchSpend]) -> None:
        self.batch_model.removeRows(0, self.batch_model.rowCount())
        for entry in batches:
            batch = entry.batch
            label = (
                batch.label
                if batch is not None and batch.label
                else self.tr("Batch {id}").format(id=entry.total.key[:8])
            )
            name = QStandardItem(label)
            name.setData(entry.total.key, self.KeyRole)
            kinds = {"variations": self.tr("Variations"), "matrix": self.tr("Prompt matrix")}
            if batch is not None:
                name.setToolTip(kinds.get(batch.kind, batch.kind))
            started = QStandardItem(self._moment(batch.created_at) if batch is not None else "")
            if batch is not None:
                started.setData(batch.created_at, self.ValueRole)
            row = [name, started, *self._amounts(entry.total)]
            for item in row:
                item.setEditable(False)
            self.batch_model.appendRow(row)

    @staticmethod
    def _moment(when: float) -> str:
        moment = QDateTime.fromMSecsSinceEpoch(round(when * 1000))
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    def _show_today(self) -> None:
        data = self._data
        if data is None:
            return
        cap = self._context.settings.daily_spend_cap
        today = data.today_total
        expected = today.expected if today is not None else 0.0
        pending = today.pending if today is not None else 0.0
        # "about" only while a quote is in the sum: a reported charge is the real figure.
        spent = self.tr("about {amount}").format(amount=money(expected)) if pending else money(expected)
        if cap > 0:
            if expected > cap:
                text = self.tr("Today: {spent}, over your {cap} daily cap.")
            else:
                text = self.tr("Today: {spent} of your {cap} daily cap.")
            text = text.format(spent=spent, cap=money(cap))
            percent = round(100 * expected / cap)
            self.cap_bar.setValue(min(100, percent))
            self.cap_bar.setFormat(self.tr("{percent}% of the cap").format(percent=percent))
            self.cap_bar.show()
        else:
            if today is None:
                text = self.tr("Nothing spent today.")
            else:
                text = self.tr("Today: {spent}.").format(spent=spent)
            text += " " + self.tr("No daily cap is set.")
            self.cap_bar.hide()
        if pending:
            text += " " + self.tr("About {pending} of it is still running.").format(pending=money(pending))
        self.summary.setText(text)

    # ------------------------------------------------------------------ events

    def _on_engine_ready(self, _service: Service) -> None:
        self._known.clear()
        self.reload()

    def _on_settings_changed(self, _settings: object) -> None:
        self._show_today()  # the cap may have changed; the figures have not

    def _on_task_updated(self, event: TaskUpdated) -> None:
        from omnidesk.engine.store import SubmitState

        record = event.record
        # Progress reports come often and change no money: read again only for a new submission,
        # a charge that came in, or a refusal (which takes its quote out).
        charge = (record.cost, record.state is not SubmitState.REJECTED)
        if self._known.get(record.id) == charge:
            return
        self._known[record.id] = charge
        if not self.isVisible():
            self._stale = True
            return
        if not self._reload_timer.isActive():
            self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A change seen while hidden, or a new day since the last read: read again.
        if self._stale or (self._data is not None and self._data.today != _today()):
            self.reload()


def _today() -> str:
    return dt.date.today().isoformat()
