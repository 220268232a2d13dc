"""The queue view: every submission in a list, what it is doing, and what can be done with it.

``QueueView`` shows ``QueueModel`` through a ``QueueFilter`` (the status
tabs) in a tree: a batch (variations, a prompt matrix) is a collapsible
header row with its submissions under it. ``QueueDelegate`` paints posters
and progress bars (no per-row widgets, uniform rows: hundreds of rows scroll
smoothly); the actions on the selected rows are toolbar buttons, a context
menu and keys, among them the next steps from a finished result (continue
from its last frame, promote, flip aspect, variations: ``next_steps``, a
``NextSteps``). Selecting a batch's header selects its submissions for the
actions. Everything that touches the disk, the store or the network runs
through ``context.background``; the results come back to the UI thread.

It loads the store's tasks whenever a service becomes ready (the service can
be restarted when the settings change) and is then kept current by the
bridge's signals. Events that arrive while a load is in flight are held and
applied after it, so nothing newer is overwritten by the older read.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QProcess, QRect, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDesktopServices,
    QGuiApplication,
    QHideEvent,
    QIcon,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabBar,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from omnidesk.api.models import TaskStatus
from omnidesk.engine.events import ConnectionChanged, QueueChanged, TaskUpdated, VideoUpdated
from omnidesk.engine.store import Batch, DownloadState, Store, SubmitState, TaskRecord, VideoRecord
from omnidesk.iterate.matrix import approximate_total
from ui import icons
from ui.background import describe_error
from ui.context import AppContext, Service
from ui.iterate.next_steps import NextSteps, can_promote, next_resolution
from ui.posters import PosterCache
from ui.queue.delegate import QueueDelegate, poster_key
from ui.queue.model import (
    ACTIVE_STATUSES,
    COMPLETED_STATUSES,
    FAILED_STATUSES,
    BatchSummary,
    Column,
    QueueFilter,
    QueueModel,
    QueueStatus,
    status_text,
)
from ui.words import mode_label

if TYPE_CHECKING:
    from omnidesk.engine.engine import Engine  # with requests: loaded with the service, after start-up

log = logging.getLogger(__name__)

POSTER_SIZE = QSize(64, 36)  # 16:9, the height of two lines of text
# Room for about a thousand rows' posters (some 9 kB each).
POSTER_MEMORY_BYTES = 1000 * POSTER_SIZE.width() * POSTER_SIZE.height() * 4
TICK_MS = 1000


# ---------------------------------------------------------------------- what applies to a row


def can_stop_tracking(record: TaskRecord) -> bool:
    return record.state is SubmitState.ACCEPTED and record.tracking and not record.is_terminal


def can_track_again(record: TaskRecord) -> bool:
    return record.state is SubmitState.ACCEPTED and not record.tracking and not record.is_terminal


def can_retry_download(record: TaskRecord) -> bool:
    return record.download_state in (DownloadState.FAILED, DownloadState.EXPIRED)


def can_remove(record: TaskRecord) -> bool:
    """Finished or untracked tasks (and refused submissions): forgetting them loses nothing."""
    if record.state is SubmitState.REJECTED:
        return True
    return record.state is SubmitState.ACCEPTED and (record.is_terminal or not record.tracking)


# ---------------------------------------------------------------------- work done on workers


def can_take_next_step(record: TaskRecord) -> bool:
    """Promote, flip and variations start from a finished result."""
    return record.status is TaskStatus.COMPLETED


def read_queue(store: Store) -> tuple[list[TaskRecord], list[VideoRecord], list[Batch]]:
    """The list, the result videos of its tasks and the names of its batches (on a worker: SQLite)."""
    records = store.tasks()
    videos = [video for r in records if r.download_state is not None for video in store.videos(r.id)]
    batch_ids = {r.batch_id for r in records if r.batch_id is not None}
    batches = [batch for batch in store.batches() if batch.id in batch_ids]
    return records, videos, batches


@dataclass(frozen=True)
class Rerun:
    record: TaskRecord
    missing_images: int  # local images gone from disk: their earlier upload link was sent again


def rerun(engine: Engine, record: TaskRecord) -> Rerun:
    """Submit ``record``'s request again, re-uploading the local images that still exist."""
    count = len(record.request.image_urls)
    local: dict[int, Path] = {}
    missing = 0
    for index, name in enumerate(record.local_images[:count]):
        if not name:
            continue
        path = Path(name)
        if path.is_file():
            local[index] = path
        else:
            missing += 1
    new = engine.submit_with_images(record.request, local, parent_id=record.id)
    return Rerun(new, missing)


def file_exists(path: Path) -> bool:
    return path.is_file()


# ---------------------------------------------------------------------- small widgets


class Banner(QFrame):
    """A line above the table that says why something is held (icon, words, optional button).

    No signals of its own (its button's ``clicked`` is there for the owner).
    """

    def __init__(self, icon: QIcon, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(name)
        self._icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(icon.pixmap(size, size))
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text.setAccessibleName(name)
        self.button = QPushButton(self)
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def text(self) -> str:
        return self._text.text() if self.isVisibleTo(self.parentWidget()) else ""

    def say(self, text: str) -> None:
        """Show ``text`` (an empty text hides the line)."""
        self._text.setText(text)
        self._text.setAccessibleDescription(text)
        self.setVisible(bool(text))


class _Table(QTreeView):
    """The list of submissions (a tree: batches are headers with their rows under them), whose
    context menu also opens from the keyboard at the current row, and whose prompt column takes
    the room the others leave, never less than ``prompt_min`` pixels (below that the list scrolls
    sideways instead of squeezing the prompt away).

    Signals: ``menuRequested(QPoint)`` (global position).
    """

    menuRequested = Signal(QPoint)
    prompt_min = 240

    def fit_prompt(self, *_args: object) -> None:
        header = self.header()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != Column.PROMPT and not header.isSectionHidden(c)
        )
        width = max(self.prompt_min, self.viewport().width() - others)
        if header.sectionSize(Column.PROMPT) != width:
            header.resizeSection(Column.PROMPT, width)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.fit_prompt)  # after the scroll bars settled
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() is QContextMenuEvent.Reason.Mouse:
            self.menuRequested.emit(event.globalPos())
            return
        rect = self.visualRect(self.currentIndex())
        point = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
        self.menuRequested.emit(self.viewport().mapToGlobal(point))


# ---------------------------------------------------------------------- the view


class QueueView(QWidget):
    """The queue of submissions: status tabs, actions, the table and the selected task's details.

    Signals:

    - ``playRequested(object)``: the ``pathlib.Path`` of a downloaded video to play (it exists).
    - ``editRequested(object)``: the ``TaskRecord`` to put back in the form to edit and re-run.
    - ``rerunSubmitted(object)``: the new ``TaskRecord`` of a re-run.
    - ``message(str)``: a sentence for the status bar after an action ("Task id copied").
    - ``loaded()``: the list was read from the store (after each start of the service).

    Public actions (``play_action`` ... ``pause_action``, and the next steps ``continue_action``,
    ``promote_action``, ``flip_action``, ``variation_actions``) may also be put in the window's
    menus. ``next_steps`` (a ``NextSteps``) carries them out: connect its ``formRequested`` to the
    generation panel's ``load_request`` and its ``submitted`` to wherever new tasks are shown
    (the view itself selects the first one and reports failures in its problem line).
    """

    playRequested = Signal(object)
    editRequested = Signal(object)
    rerunSubmitted = Signal(object)
    message = Signal(str)
    loaded = Signal()

    FILTERS: tuple[frozenset[QueueStatus] | None, ...] = (
        None,
        ACTIVE_STATUSES,
        COMPLETED_STATUSES,
        FAILED_STATUSES,
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._clock: Callable[[], float] = time.time  # the engine's clock (AppContext runs it on time.time)
        self.setAccessibleName(self.tr("Queue"))
        self.model = QueueModel(parent=self, clock=self._clock)
        self.proxy = QueueFilter(None, self)
        self.proxy.setSourceModel(self.model)
        # Its own cache (the grid's posters are larger), filled from the same JPEGs on disk.
        self.posters = PosterCache(
            context.background, size=POSTER_SIZE, memory_bytes=POSTER_MEMORY_BYTES, parent=self
        )
        # Events that arrive while the list is being read; None when no read is in flight.
        self._held: list[TaskUpdated | VideoUpdated] | None = None
        self._loading = False
        self._load_generation = 0
        self._select_when_loaded: int | None = None
        self._offline: ConnectionChanged | None = None
        self._stop_dialog: QMessageBox | None = None
        # Batches the user folded (they stay folded across reloads) and names being read.
        self._collapsed: set[str] = set()
        self._naming: set[str] = set()
        self.next_steps = NextSteps(context, self)
        # The window's own actions on a result (its iteration thread), offered in the context menu.
        self.menu_actions: list[QAction] = []

        self._build_actions()
        self._build_widgets()
        self._connect()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # many changes in one event-loop turn: one refresh
        self._refresh_timer.timeout.connect(self._on_refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._on_refresh()
        if context.ready and context.service is not None:
            self._on_engine_ready(context.service)

    # ------------------------------------------------------------------ building

    def _action(
        self,
        text: str,
        icon: QIcon,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str],
        slot: Any,
    ) -> QAction:
        action = QAction(icon, text, self)
        keys = [QKeySequence(k) for k in shortcuts]
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plain = text.replace("&", "").removesuffix("…")
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(self.tr("{action} ({keys})").format(action=plain, keys=shown) if shown else plain)
        action.setStatusTip(plain)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.play_action = self._action(
            self.tr("&Play"),
            icons.icon("play"),
            [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter)],
            self._on_play,
        )
        self.reveal_action = self._action(
            self.tr("Show in &folder"), icons.icon("reveal-folder"), ["Ctrl+Shift+O"], self._on_reveal
        )
        self.copy_action = self._action(
            self.tr("&Copy task id"), icons.icon("copy"), [key.StandardKey.Copy], self._on_copy_id
        )
        self.rerun_action = self._action(self.tr("&Re-run"), icons.icon("re-run"), ["Ctrl+R"], self._on_rerun)
        self.edit_action = self._action(
            self.tr("&Edit and re-run…"), icons.icon("edit"), ["Ctrl+E"], self._on_edit
        )
        self.stop_action = self._action(
            self.tr("&Stop tracking…"), icons.icon("stop-tracking"), ["Ctrl+Shift+T"], self._on_stop_tracking
        )
        self.track_action = self._action(
            self.tr("&Track again"), icons.icon("track-again"), ["Ctrl+T"], self._on_track_again
        )
        self.retry_download_action = self._action(
            self.tr("Retry &download"), icons.icon("retry-download"), ["Ctrl+D"], self._on_retry_download
        )
        self.remove_action = self._action(
            self.tr("Re&move from list"),
            icons.icon("remove-from-list"),
            [key(Qt.Key.Key_Delete)],
            self._on_remove,
        )
        self.pause_action = self._action(
            self.tr("Pa&use sending"), icons.icon("pause-queue"), ["Ctrl+Shift+P"], self._on_pause_toggled
        )
        self.continue_action = self._action(
            self.tr("Co&ntinue from last frame"),
            icons.icon("continue"),
            ["Ctrl+Shift+L"],
            self._on_continue,
        )
        self.continue_action.setStatusTip(
            self.tr("A First frame generation that starts where this video ends, in the form")
        )
        self.promote_action = self._action(
            self.tr("Pr&omote to higher resolution"),
            icons.icon("promote"),
            ["Ctrl+Shift+U"],
            self._on_promote,
        )
        self.flip_action = self._action(
            self.tr("F&lip aspect"), icons.icon("flip-aspect"), ["Ctrl+Shift+A"], self._on_flip
        )
        self.variation_actions: dict[int, QAction] = {}
        for count in (2, 3, 4):
            keys = ["Ctrl+Shift+V"] if count == 3 else []
            action = self._action(
                self.tr("{count} variations").format(count=count),
                icons.icon("variations"),
                keys,
                lambda _checked=False, n=count: self._on_variations(n),
            )
            self.variation_actions[count] = action
        self.variations_menu = QMenu(self.tr("&Variations"), self)
        self.variations_menu.setIcon(icons.icon("variations"))
        self.variations_menu.setAccessibleName(self.tr("Variations"))
        self.variations_menu.setToolTipsVisible(True)
        for action in self.variation_actions.values():
            self.variations_menu.addAction(action)
        self.step_actions = (
            self.continue_action,
            self.promote_action,
            self.flip_action,
            *self.variation_actions.values(),
        )
        self.pause_action.setCheckable(True)
        self.pause_action.setToolTip(
            self.tr("Hold queued submissions; tasks already sent keep running ({keys})").format(
                keys=QKeySequence("Ctrl+Shift+P").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.row_actions = (
            self.play_action,
            self.reveal_action,
            self.copy_action,
            self.rerun_action,
            self.edit_action,
            self.stop_action,
            self.track_action,
            self.retry_download_action,
            self.remove_action,
        )

    def _build_widgets(self) -> None:
        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Show tasks by status"))
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        for _ in self.FILTERS:
            self.tabs.addTab("")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.toolbar = QToolBar(self.tr("Queue actions"), self)
        self.toolbar.setAccessibleName(self.tr("Queue actions"))
        self.toolbar.setIconSize(QSize(16, 16))
        for action in self.row_actions:
            if action is self.edit_action:
                continue  # in the menu; the toolbar keeps the frequent ones
            self.toolbar.addAction(action)
        self.steps_menu = QMenu(self.tr("Next steps"), self)
        self.steps_menu.setAccessibleName(self.tr("Next steps"))
        self.steps_menu.setToolTipsVisible(True)
        self._fill_steps_menu(self.steps_menu)
        self.steps_button = QToolButton(self)
        self.steps_button.setText(self.tr("Next steps"))
        self.steps_button.setIcon(icons.icon("generate"))
        self.steps_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.steps_button.setMenu(self.steps_menu)
        self.steps_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.steps_button.setAccessibleName(self.tr("Next steps from the selected result"))
        self.steps_button.setToolTip(
            self.tr("Continue from the last frame, promote, flip the aspect or make variations")
        )
        self.steps_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toolbar.addWidget(self.steps_button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.pause_action)
        for action in (*self.row_actions, self.pause_action):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                # Reachable with Tab, not only with the mouse.
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.setAccessibleName(action.text().replace("&", "").removesuffix("…"))

        self.held = Banner(icons.icon("info"), self.tr("Why sending is held"), self)
        self.held.button.setText(self.tr("Resume sending"))
        self.held.button.setAccessibleName(self.tr("Resume sending"))
        self.held.button.clicked.connect(self._on_resume_clicked)
        self.offline = Banner(icons.icon("warning"), self.tr("Connection"), self)
        self.problem = Banner(icons.icon("error"), self.tr("Last problem"), self)
        self.problem.button.setText(self.tr("Dismiss"))
        self.problem.button.setAccessibleName(self.tr("Dismiss the problem"))
        self.problem.button.show()
        self.problem.button.clicked.connect(lambda: self.problem.say(""))

        self.table = _Table(self)
        self.table.setObjectName("queueTable")
        self.table.setAccessibleName(self.tr("Submissions"))
        self.table.setModel(self.proxy)
        self.delegate = QueueDelegate(self.posters, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setRootIsDecorated(True)  # a batch's header opens and closes
        self.table.setIndentation(self.table.fontMetrics().horizontalAdvance("M") + 6)
        self.table.setExpandsOnDoubleClick(False)  # double click plays; Left/Right and the arrow fold
        # One fixed height: the view never asks hundreds of rows for their size.
        self.table.setUniformRowHeights(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.PROMPT, QHeaderView.ResizeMode.Fixed)  # fitted by the table
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.table.fontMetrics()
        samples = {
            Column.MODE: self.tr("Reference images"),
            Column.PARAMS: "1080p · 10 s · 16:9",
            Column.STATUS: self.tr("processing…"),
            Column.PROGRESS: "100%  100%",
            Column.TIME: "10:00 / ≈10:00",
            Column.COST: "≈00.00 / 00.00",
            Column.DOWNLOAD: self.tr("downloading 100%"),
        }
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setMinimumSectionSize(metrics.horizontalAdvance("0000") + 8)
        self.table.prompt_min = POSTER_SIZE.width() + metrics.horizontalAdvance("x") * 28
        header.sectionResized.connect(
            lambda column, _old, _new: column != Column.PROMPT and self.table.fit_prompt()
        )
        self.table.setMinimumHeight(self.delegate.row_height(self.table) * 4)

        self.details = QLabel(self)
        self.details.setObjectName("queueDetails")
        self.details.setAccessibleName(self.tr("Selected task"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(6)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lines = self.details.fontMetrics().lineSpacing() * 3 + 2 * 6 + 2
        self.details.setMinimumHeight(lines)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.tabs, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.held)
        layout.addWidget(self.offline)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self.setFocusProxy(self.table)
        QWidget.setTabOrder(self.tabs, self.table)
        QWidget.setTabOrder(self.table, self.details)

    def _connect(self) -> None:
        context = self._context
        context.engineReady.connect(self._on_engine_ready)
        context.engineStarting.connect(self._on_engine_starting)
        bridge = context.bridge
        bridge.taskUpdated.connect(self._on_task_updated)
        bridge.videoUpdated.connect(self._on_video_updated)
        bridge.queueChanged.connect(self._on_queue_changed)
        bridge.connectionChanged.connect(self._on_connection_changed)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            signal.connect(self._schedule_refresh)
        # At once, not coalesced: what the keys and buttons do must match the row just selected.
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.menuRequested.connect(self._on_menu_requested)
        self.tabs.currentChanged.connect(self._on_filter_changed)
        self.posters.posterReady.connect(self._on_poster_ready)
        # New batch headers open unless the user folded that batch; a reload or a filter keeps that.
        self.proxy.rowsInserted.connect(self._on_proxy_rows_inserted)
        self.proxy.modelReset.connect(self._expand_headers)
        self.proxy.layoutChanged.connect(self._expand_headers)
        self.table.collapsed.connect(self._on_collapsed)
        self.table.expanded.connect(self._on_expanded)
        self.next_steps.submitted.connect(self._on_steps_submitted)
        self.next_steps.failed.connect(self._problem)
        self.next_steps.message.connect(self._on_step_message)

    # ------------------------------------------------------------------ public API

    def select_task(self, local_id: int) -> None:
        """Select a submission's row and scroll to it (after the list loads, if it has not yet);
        a folded batch that holds it is opened."""
        source = self.model.index_of(local_id)
        if not source.isValid():
            self._select_when_loaded = local_id
            return
        self._select_when_loaded = None
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.tabs.setCurrentIndex(0)  # hidden by the filter: show every status
            index = self.proxy.mapFromSource(source)
        if index.parent().isValid():
            self.table.expand(index.parent())
        selection = self.table.selectionModel()
        selection.setCurrentIndex(
            index,
            selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    @property
    def is_loading(self) -> bool:
        """True while the list is being read from the store (``loaded`` follows)."""
        return self._loading

    def selected_records(self) -> list[TaskRecord]:
        """The selected rows' records, top to bottom; a selected batch header stands for the
        submissions it shows."""
        ids: set[int] = set()
        for index in self.table.selectionModel().selectedRows():
            record = index.data(QueueModel.RecordRole)
            if isinstance(record, TaskRecord):
                ids.add(record.id)
                continue
            for row in range(self.proxy.rowCount(index)):
                child = self.proxy.index(row, 0, index).data(QueueModel.RecordRole)
                if isinstance(child, TaskRecord):
                    ids.add(child.id)
        return [record for record in self.model.records() if record.id in ids]

    def selected_batch(self) -> BatchSummary | None:
        """The batch whose header is the one selected row, if that is what is selected."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        summary = rows[0].data(QueueModel.BatchRole)
        return summary if isinstance(summary, BatchSummary) else None

    def is_collapsed(self, batch_id: str) -> bool:
        """Whether a batch's header is folded (its rows hidden)."""
        index = self.proxy.mapFromSource(self.model.batch_index(batch_id))
        return index.isValid() and not self.table.isExpanded(index)

    def set_collapsed(self, batch_id: str, collapsed: bool) -> None:
        """Fold or open a batch's header."""
        index = self.proxy.mapFromSource(self.model.batch_index(batch_id))
        if index.isValid():
            self.table.setExpanded(index, not collapsed)

    # ------------------------------------------------------------------ service and events

    def _on_engine_starting(self) -> None:
        self._schedule_refresh()

    def _on_engine_ready(self, service: Service) -> None:
        engine = service.engine
        self._load_generation += 1
        generation = self._load_generation
        self._held = []
        self._loading = True
        self.posters.set_cache_dir(engine.library.thumbnail_dir)
        self._sync_pause(engine.queue_paused)
        blocked = engine.blocked_error
        if engine.queue_paused:
            self._show_held(
                QueueChanged(True, None, self.tr("Paused: queued submissions wait until you resume."))
            )
        elif blocked is not None:
            self._show_held(
                QueueChanged(False, None, self.tr("Stopped: {reason}").format(reason=describe_error(blocked)))
            )
        else:
            self._show_held(QueueChanged(False))

        def on_read(result: tuple[list[TaskRecord], list[VideoRecord], list[Batch]]) -> None:
            if generation != self._load_generation:
                return  # a newer service's read replaces this one
            records, videos, batches = result
            held, self._held = self._held or [], None
            self._loading = False
            selected = [r.id for r in self.selected_records()]
            self._naming.clear()
            self.model.set_records(records, videos, batches)
            for event in held:  # newer than the read, or dropped by the model as stale
                self._apply(event)
            self._reselect(selected)
            if self._select_when_loaded is not None:
                self.select_task(self._select_when_loaded)
            self.loaded.emit()

        def on_read_failed(exc: BaseException) -> None:
            if generation == self._load_generation:
                held, self._held = self._held or [], None
                self._loading = False
                for event in held:
                    self._apply(event)
                self._problem(
                    self.tr("Could not read the list of tasks: {reason}").format(reason=describe_error(exc))
                )

        self._context.background.run(read_queue, engine.store, on_done=on_read, on_error=on_read_failed)
        self._schedule_refresh()

    def _reselect(self, local_ids: Sequence[int]) -> None:
        """Select these submissions again after a reload (those still shown)."""
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for local_id in local_ids:
            index = self.proxy.mapFromSource(self.model.index_of(local_id))
            if index.isValid():
                selection.select(index, flags)

    def _apply(self, event: TaskUpdated | VideoUpdated) -> None:
        if isinstance(event, TaskUpdated):
            self.model._on_task_updated(event)
            batch_id = event.record.batch_id
            if batch_id is not None and not self.model.has_batch(batch_id):
                self._read_batch_name(batch_id)
            if self._select_when_loaded == event.record.id:
                self.select_task(event.record.id)
        else:
            if event.received is None and event.video.state is DownloadState.DONE and event.video.local_path:
                self.posters.forget(event.video.local_path)  # a file filed again under the same name
            self.model._on_video_updated(event)

    def _read_batch_name(self, batch_id: str) -> None:
        """A batch new to the list: its name is read from the store (on a worker), once."""
        engine = self._context.engine
        if engine is None or batch_id in self._naming:
            return
        self._naming.add(batch_id)
        store = engine.store

        def named(batch: Batch | None) -> None:
            if batch is not None and store is self._store():
                self.model.set_batch(batch)

        def failed(exc: BaseException) -> None:
            self._naming.discard(batch_id)
            log.warning("could not read the name of batch %s", batch_id, exc_info=exc)

        self._context.background.run(store.batch, batch_id, on_done=named, on_error=failed)

    def _store(self) -> Store | None:
        engine = self._context.engine
        return engine.store if engine is not None else None

    # ------------------------------------------------------------------ batches folded and opened

    def _on_proxy_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self._expand_header(self.proxy.index(row, 0))

    def _expand_headers(self) -> None:
        for row in range(self.proxy.rowCount()):
            self._expand_header(self.proxy.index(row, 0))

    def _expand_header(self, index: QModelIndex) -> None:
        summary = index.data(QueueModel.BatchRole)
        if isinstance(summary, BatchSummary) and summary.batch_id not in self._collapsed:
            self.table.expand(index)

    def _on_collapsed(self, index: QModelIndex) -> None:
        summary = index.data(QueueModel.BatchRole)
        if isinstance(summary, BatchSummary):
            self._collapsed.add(summary.batch_id)

    def _on_expanded(self, index: QModelIndex) -> None:
        summary = index.data(QueueModel.BatchRole)
        if isinstance(summary, BatchSummary):
            self._collapsed.discard(summary.batch_id)

    def _on_task_updated(self, event: TaskUpdated) -> None:
        if self._held is not None:
            self._held.append(event)
        else:
            self._apply(event)

    def _on_video_updated(self, event: VideoUpdated) -> None:
        if self._held is not None:
            self._held.append(event)
        else:
            self._apply(event)

    def _on_queue_changed(self, event: QueueChanged) -> None:
        self._sync_pause(event.paused_by_user)
        self._show_held(event)

    def _show_held(self, event: QueueChanged) -> None:
        self.held.say(event.reason)
        # Resuming lifts a pause by the user or a stop for a refused key or spent balance;
        # a rate limit ends by itself.
        rate_limited = not event.paused_by_user and event.blocked_until is not None
        self.held.button.setVisible(bool(event.reason) and not rate_limited)

    def _on_connection_changed(self, event: ConnectionChanged) -> None:
        self._offline = None if event.online else event
        self._show_offline()
        self._update_tick()

    def _show_offline(self) -> None:
        event = self._offline
        if event is None:
            self.offline.say("")
            return
        left = None if event.retry_at is None else round(event.retry_at - self._clock())
        if left is None or left <= 0:
            retry = self.tr("Offline, retrying now.")
        else:
            retry = self.tr("Offline, retrying in {seconds} s.").format(seconds=left)
        self.offline.say(f"{retry} {event.message}".strip())

    def _sync_pause(self, paused: bool) -> None:
        blocked = self.pause_action.blockSignals(True)
        self.pause_action.setChecked(paused)
        self.pause_action.blockSignals(blocked)

    # ------------------------------------------------------------------ counts, actions, details, timer

    def _schedule_refresh(self, *_args: object) -> None:
        self._refresh_timer.start()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_actions()
        self._update_details()

    def _on_refresh(self) -> None:
        self._update_counts()
        self._update_actions()
        self._update_details()
        self._update_tick()

    def _update_counts(self) -> None:
        counts = self.model.status_counts()
        total = sum(counts.values())
        labels = (
            self.tr("&All ({count})"),
            self.tr("A&ctive ({count})"),
            self.tr("C&ompleted ({count})"),
            self.tr("&Failed ({count})"),
        )
        names = (self.tr("All"), self.tr("Active"), self.tr("Completed"), self.tr("Failed"))
        for index, (group, label) in enumerate(zip(self.FILTERS, labels, strict=True)):
            count = total if group is None else sum(counts[s] for s in group)
            self.tabs.setTabText(index, label.format(count=count))
            self.tabs.setTabToolTip(
                index, self.tr("{filter}: {count} tasks").format(filter=names[index], count=count)
            )
            self.tabs.setAccessibleTabName(
                index, self.tr("{filter}, {count}").format(filter=names[index], count=count)
            )

    def tab_counts(self) -> dict[str, int]:
        """The count each status tab shows, by its plain name (for the window's summary and tests)."""
        counts = self.model.status_counts()
        total = sum(counts.values())
        names = ("all", "active", "completed", "failed")
        return {
            name: total if group is None else sum(counts[s] for s in group)
            for name, group in zip(names, self.FILTERS, strict=True)
        }

    def _update_actions(self) -> None:
        records = self.selected_records()
        one = records[0] if len(records) == 1 else None
        has_engine = self._context.engine is not None
        path = self.model.video_path(one.id) if one is not None else None
        self.play_action.setEnabled(path is not None)
        self.reveal_action.setEnabled(path is not None)
        self.copy_action.setEnabled(any(r.task_id for r in records))
        self.rerun_action.setEnabled(has_engine and bool(records))
        self.edit_action.setEnabled(one is not None)
        self.stop_action.setEnabled(has_engine and bool(records) and all(map(can_stop_tracking, records)))
        self.track_action.setEnabled(has_engine and bool(records) and all(map(can_track_again, records)))
        self.retry_download_action.setEnabled(
            has_engine and bool(records) and all(map(can_retry_download, records))
        )
        self.remove_action.setEnabled(has_engine and bool(records) and all(map(can_remove, records)))
        self.pause_action.setEnabled(has_engine)
        finished = bool(records) and all(map(can_take_next_step, records))
        self.continue_action.setEnabled(one is not None and path is not None and finished)
        self.promote_action.setEnabled(
            has_engine and finished and all(can_promote(r.request) for r in records)
        )
        higher = next_resolution(one.request.resolution) if one is not None else None
        if higher is not None:
            self.promote_action.setText(self.tr("Pr&omote to {resolution}").format(resolution=higher))
        else:
            self.promote_action.setText(self.tr("Pr&omote to higher resolution"))
        self.flip_action.setEnabled(has_engine and finished)
        for action in self.variation_actions.values():
            action.setEnabled(has_engine and one is not None and finished)
        self.variations_menu.setEnabled(has_engine and one is not None and finished)
        self.steps_button.setEnabled(any(a.isEnabled() for a in self.step_actions))

    def _update_details(self) -> None:
        batch = self.selected_batch()
        if batch is not None:
            self.details.setText(self.batch_details_text(batch))
            return
        records = self.selected_records()
        if not records:
            self.details.setText(self.tr("Select a task to see its details."))
            return
        if len(records) > 1:
            self.details.setText(self.tr("{count} tasks selected.").format(count=len(records)))
            return
        self.details.setText(self.details_text(records[0]))

    def batch_details_text(self, summary: BatchSummary) -> str:
        """What the details pane says about a batch: its name, kind, how far it is, what it cost."""
        lines = [
            self.tr("{kind}: {label}").format(
                kind=self.model.batch_kind_text(summary.kind), label=self.model.batch_label(summary)
            ),
            self.tr("{status} · {percent}% as a whole").format(
                status=self.model.batch_status_text(summary), percent=summary.progress
            ),
        ]
        costs = []
        if summary.quoted is not None:
            costs.append(self.tr("quoted about ${cost}").format(cost=f"{summary.quoted:.2f}"))
        if summary.charged is not None:
            costs.append(self.tr("charged ${cost} so far").format(cost=f"{summary.charged:.2f}"))
        if costs:
            lines.append(self.tr("Cost: {costs}").format(costs="; ".join(costs)))
        return "\n".join(lines)

    def details_text(self, record: TaskRecord) -> str:
        """What the details pane says about one task: its id, status and any reason or trouble."""
        task = record.task_id or self.tr("not sent yet")
        lines = [
            self.tr("Task {task} · {mode} · {settings}").format(
                task=task,
                mode=mode_label(record.request.mode),
                settings=self.model.params_text(record),
            ),
            self.tr("Status: {status}").format(status=status_text(record)),
        ]
        if record.issue and not record.is_terminal:
            lines.append(self.tr("Last trouble: {issue}").format(issue=record.issue))
        if record.error is not None and record.error.code:
            lines.append(self.tr("The service's code: {code}").format(code=record.error.code))
        for video in self.model.videos(record.id):
            if video.error and video.state in (DownloadState.FAILED, DownloadState.EXPIRED):
                lines.append(self.tr("Download: {reason}").format(reason=video.error))
        path = self.model.video_path(record.id)
        if path is not None:
            lines.append(self.tr("File: {path}").format(path=path))
            poster_error = self.posters.failed(poster_key(path, self.model.videos(record.id)))
            if poster_error:
                lines.append(self.tr("No preview: {reason}").format(reason=poster_error))
        if record.parent_id is not None:
            lines.append(self.tr("Made from submission #{parent}").format(parent=record.parent_id))
        if record.batch_id is not None:
            summary = self.model.batch_summary(record.batch_id)
            if summary is not None:
                lines.append(self.tr("In batch: {label}").format(label=self.model.batch_label(summary)))
        return "\n".join(lines)

    def _update_tick(self) -> None:
        # The clock only matters while someone can see it move.
        needed = self.isVisible() and (self.model.has_running() or self._offline is not None)
        if needed and not self._tick.isActive():
            self._tick.start()
        elif not needed and self._tick.isActive():
            self._tick.stop()

    def repaint_elapsed(self) -> None:
        """Redraw the visible Time cells: elapsed time follows the clock, not the model's data.

        Not a dataChanged per running task: with hundreds running, those signals cost the UI
        thread ~40 ms a second, and one signal over a range makes the view repaint every column.
        """
        header = self.table.header()
        viewport = self.table.viewport()
        left = header.sectionViewportPosition(Column.TIME)
        viewport.update(QRect(left, 0, header.sectionSize(Column.TIME), viewport.height()))

    @property
    def ticking(self) -> bool:
        """True while the 1 s timer moves elapsed times and the offline countdown (only when seen)."""
        return self._tick.isActive()

    def _on_tick(self) -> None:
        self.repaint_elapsed()
        if self._offline is not None:
            self._show_offline()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_tick()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_tick()

    # ------------------------------------------------------------------ table events

    def _on_filter_changed(self, index: int) -> None:
        self.proxy.set_statuses(self.FILTERS[index] if 0 <= index < len(self.FILTERS) else None)
        self._schedule_refresh()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if isinstance(index.data(QueueModel.BatchRole), BatchSummary):
            first = index.siblingAtColumn(0)
            self.table.setExpanded(first, not self.table.isExpanded(first))
        elif self.play_action.isEnabled():
            self._on_play()

    def _fill_steps_menu(self, menu: QMenu) -> None:
        menu.addAction(self.continue_action)
        menu.addAction(self.promote_action)
        menu.addAction(self.flip_action)
        menu.addMenu(self.variations_menu)

    def _on_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Task actions"))
        menu.setToolTipsVisible(True)
        for action in self.row_actions:
            menu.addAction(action)
            if action in (self.copy_action, self.edit_action, self.retry_download_action):
                menu.addSeparator()
            if action is self.edit_action:
                self._fill_steps_menu(menu)
                for shared in self.menu_actions:
                    menu.addAction(shared)
                menu.addSeparator()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)

    def _on_poster_ready(self, _path: Path) -> None:
        self.table.viewport().update()
        self._schedule_refresh()  # the details say why when a poster could not be made

    # ------------------------------------------------------------------ actions

    def _engine_or_say(self) -> Engine | None:
        engine = self._context.engine
        if engine is None:
            self._problem(self.tr("The service is still starting. Try again in a moment."))
        return engine

    def _problem(self, text: str) -> None:
        """A failure, in plain words, where the user looks and on the status bar."""
        self.problem.say(text)
        self.message.emit(text)

    def _failed(self, what: str) -> Callable[[BaseException], None]:
        def on_error(exc: BaseException) -> None:
            log.warning("%s failed", what, exc_info=exc)
            self._problem(self.tr("{what}: {reason}").format(what=what, reason=describe_error(exc)))

        return on_error

    def _done(self, text: str) -> Callable[[object], None]:
        def on_done(_result: object) -> None:
            self.problem.say("")
            self.message.emit(text)

        return on_done

    def _single_path(self) -> Path | None:
        records = self.selected_records()
        return self.model.video_path(records[0].id) if len(records) == 1 else None

    def _on_play(self) -> None:
        path = self._single_path()
        if path is None:
            return

        def checked(exists: bool) -> None:
            if exists:
                self.playRequested.emit(path)
            else:
                self._problem(
                    self.tr(
                        "The video {path} is no longer there: it was moved or deleted. "
                        "Look for it in the library."
                    ).format(path=path)
                )

        self._context.background.run(
            file_exists, path, on_done=checked, on_error=self._failed(self.tr("Could not play"))
        )

    def _on_reveal(self) -> None:
        path = self._single_path()
        if path is None:
            return

        self._context.background.run(
            lambda: (path.is_file(), path.parent.is_dir()),
            on_done=lambda found: self._reveal(path, *found),
            on_error=self._failed(self.tr("Could not show the folder")),
        )

    def _reveal(self, path: Path, file_exists: bool, folder_exists: bool) -> None:
        if not folder_exists:
            self._problem(
                self.tr(
                    "The folder {folder} is no longer there. Check the library folder in the settings."
                ).format(folder=path.parent)
            )
            return
        started = False
        if file_exists and sys.platform == "win32":
            # Two arguments, as Qt Creator does: explorer parses a quoted "/select,path" badly.
            started = QProcess.startDetached("explorer.exe", ["/select,", str(path)])[0]
        elif file_exists and sys.platform == "darwin":
            started = QProcess.startDetached("open", ["-R", str(path)])[0]
        if not started:
            started = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        if started:
            self.message.emit(self.tr("Opened the folder of {name}").format(name=path.name))
        else:
            self._problem(
                self.tr(
                    "Could not open the folder {folder}: no file manager answered. Open it by hand."
                ).format(folder=path.parent)
            )

    def _on_copy_id(self) -> None:
        ids = [r.task_id for r in self.selected_records() if r.task_id]
        if not ids:
            return
        QGuiApplication.clipboard().setText("\n".join(ids))
        if len(ids) == 1:
            self.message.emit(self.tr("Task id copied"))
        else:
            self.message.emit(self.tr("{count} task ids copied").format(count=len(ids)))

    def _on_rerun(self) -> None:
        from ui.iterate.cap import confirm_spend

        records = self.selected_records()
        if not records or self._engine_or_say() is None:
            return
        quote = approximate_total([record.request for record in records])
        # A re-run spends like any submission: past the daily cap, the user is asked first.
        confirm_spend(self, self._context, quote, lambda: self._rerun(records))

    def _rerun(self, records: list[TaskRecord]) -> None:
        engine = self._engine_or_say()
        if engine is None:
            return
        for record in records:
            self._context.background.run(
                rerun,
                engine,
                record,
                on_done=self._on_rerun_done,
                on_error=self._failed(self.tr("Could not submit again")),
            )

    def _on_rerun_done(self, result: Rerun) -> None:
        self.problem.say("")
        self.rerunSubmitted.emit(result.record)
        if result.missing_images == 1:
            self.message.emit(
                self.tr("Submitted again. 1 image is no longer on disk: its earlier upload was used.")
            )
        elif result.missing_images:
            self.message.emit(
                self.tr(
                    "Submitted again. {count} images are no longer on disk: their earlier upload was used."
                ).format(count=result.missing_images)
            )
        else:
            self.message.emit(self.tr("Submitted again"))

    def _on_edit(self) -> None:
        records = self.selected_records()
        if len(records) == 1:
            self.editRequested.emit(records[0])

    # ------------------------------------------------------------------ next steps

    def _finished_selection(self) -> list[TaskRecord]:
        return [r for r in self.selected_records() if can_take_next_step(r)]

    def _on_continue(self) -> None:
        records = self.selected_records()
        if len(records) != 1 or not can_take_next_step(records[0]):
            return
        path = self.model.video_path(records[0].id)
        if path is None:
            self._problem(self.tr("Continue needs the downloaded video: wait for its download, or retry it."))
            return
        self.next_steps.continue_from(path, records[0])

    def _on_promote(self) -> None:
        if self._engine_or_say() is None:
            return
        for record in self._finished_selection():
            if can_promote(record.request):
                self.next_steps.promote(record)

    def _on_flip(self) -> None:
        if self._engine_or_say() is None:
            return
        for record in self._finished_selection():
            self.next_steps.flip_aspect(record)

    def _on_variations(self, count: int) -> None:
        records = self._finished_selection()
        if len(records) == 1 and self._engine_or_say() is not None:
            self.next_steps.variations(records[0], count)

    def _on_steps_submitted(self, records: list[TaskRecord]) -> None:
        self.problem.say("")
        if records:
            self.select_task(records[0].id)

    def _on_step_message(self, text: str) -> None:
        self.message.emit(text)

    def _on_stop_tracking(self) -> None:
        records = [r for r in self.selected_records() if can_stop_tracking(r)]
        if not records or self._engine_or_say() is None:
            return
        box = QMessageBox(self)
        box.setObjectName("stopTrackingDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Stop tracking"))
        if len(records) == 1:
            box.setText(self.tr("Stop checking this task?"))
        else:
            box.setText(self.tr("Stop checking these {count} tasks?").format(count=len(records)))
        box.setInformativeText(
            self.tr(
                "The service has no cancel: the task keeps running there, may still finish, and may be "
                "charged. OmniDesk only stops checking it. Choose Track again later to pick it up."
            )
        )
        stop = box.addButton(self.tr("Stop tracking"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [r.id for r in records]

        def finished(_result: int) -> None:
            self._stop_dialog = None
            if box.clickedButton() is stop:
                self._stop_tracking(ids)

        box.finished.connect(finished)
        self._stop_dialog = box
        box.open()

    @property
    def stop_dialog(self) -> QMessageBox | None:
        """The open "stop tracking?" question, if any (the window or a test may answer it)."""
        return self._stop_dialog

    def _stop_tracking(self, ids: list[int]) -> None:
        engine = self._engine_or_say()
        if engine is None:
            return
        keys = self.track_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self._context.background.run(
            lambda: [engine.stop_tracking(i) for i in ids],
            on_done=self._done(
                self.tr(
                    "Stopped tracking. The task may still finish and be charged; choose Track again ({keys}) "
                    "to pick it up."
                ).format(keys=keys)
            ),
            on_error=self._failed(self.tr("Could not stop tracking")),
        )

    def _on_track_again(self) -> None:
        engine = self._engine_or_say()
        ids = [r.id for r in self.selected_records() if can_track_again(r)]
        if engine is None or not ids:
            return
        self._context.background.run(
            lambda: [engine.track_again(i) for i in ids],
            on_done=self._done(self.tr("Tracking again")),
            on_error=self._failed(self.tr("Could not track again")),
        )

    def _on_retry_download(self) -> None:
        engine = self._engine_or_say()
        ids = [r.id for r in self.selected_records() if can_retry_download(r)]
        if engine is None or not ids:
            return
        self._context.background.run(
            lambda: [engine.retry_download(i) for i in ids],
            on_done=self._done(self.tr("Downloading again")),
            on_error=self._failed(self.tr("Could not retry the download")),
        )

    def _on_remove(self) -> None:
        engine = self._engine_or_say()
        ids = [r.id for r in self.selected_records() if can_remove(r)]
        if engine is None or not ids:
            return
        text = (
            self.tr("Removed from the list. Its downloaded video stays in the library.")
            if len(ids) == 1
            else self.tr("{count} tasks removed from the list. Their videos stay in the library.").format(
                count=len(ids)
            )
        )
        self._context.background.run(
            lambda: [engine.remove(i) for i in ids],
            on_done=self._done(text),
            on_error=self._failed(self.tr("Could not remove from the list")),
        )

    def _on_pause_toggled(self, checked: bool) -> None:
        engine = self._engine_or_say()
        if engine is None:
            self._sync_pause(not checked)
            return
        if checked:
            self._context.background.run(
                engine.pause_queue,
                on_done=self._done(self.tr("Sending paused: queued submissions wait until you resume.")),
                on_error=self._failed(self.tr("Could not pause sending")),
            )
        else:
            self._context.background.run(
                engine.resume_queue,
                on_done=self._done(self.tr("Sending resumed")),
                on_error=self._failed(self.tr("Could not resume sending")),
            )

    def _on_resume_clicked(self) -> None:
        if self.pause_action.isChecked():
            self.pause_action.trigger()  # unchecks it and resumes
        else:
            self._on_pause_toggled(False)
