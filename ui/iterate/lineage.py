"""The iteration thread of one result: every version, what changed from the one it came from.

``LineageView.show_thread(local_id)`` reads ``store.thread`` on a worker:
the root the submission descends from and every generation made from it.
Each version is a row of ``LineageModel``: a small poster once downloaded
(``ui.posters.PosterCache``), its prompt as a word diff against its parent
(additions in the palette's link colour, removals struck through), the
parameters that changed ("duration 4 s → 8 s"), its status and cost. Rows
come parent first, each parent's children in the order they were made,
indented by generation; the version asked for is marked.

``LineageDelegate`` paints a row from the model's roles with a
``QTextDocument`` (rich text in a list view, no widget per row); the view
only displays. The thread follows the engine: a status change, a finished
download or a new child of one of its versions reloads it (debounced).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from omnidesk.engine.events import TaskUpdated, VideoUpdated
from omnidesk.engine.store import DownloadState, Store, TaskRecord, UnknownRecordError
from omnidesk.iterate.diff import Change, ParameterChange, Piece, diff_html, parameter_changes, word_diff
from ui import icons
from ui.background import describe_error
from ui.context import AppContext, Service
from ui.iterate.words import (
    cost_text,
    one_line,
    parameter_changes_text,
    request_summary,
    short_time,
)
from ui.posters import PosterCache, PosterKey
from ui.queue.model import QueueStatus, queue_status, status_text

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex

POSTER_SIZE = QSize(96, 54)  # 16:9; a portrait poster is pillarboxed inside
PADDING = 6
GAP = 10
INDENT = 18
MAX_INDENT_LEVELS = 6
FOCUS_BAR = 3
# Status changes and downloads of a thread's versions come in bursts: one reload after them.
RELOAD_DELAY_MS = 300

_STATUS_ICONS: dict[QueueStatus, str] = {
    QueueStatus.QUEUED: "status-queued",
    QueueStatus.PAUSED: "status-paused",
    QueueStatus.SENDING: "status-sending",
    QueueStatus.PENDING: "status-pending",
    QueueStatus.PROCESSING: "status-processing",
    QueueStatus.COMPLETED: "status-completed",
    QueueStatus.FAILED: "status-failed",
    QueueStatus.CANCELLED: "status-cancelled",
    QueueStatus.REFUSED: "status-refused",
    QueueStatus.NOT_TRACKED: "status-not-tracked",
}


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Version:
    """One version of a thread, with what changed from the version it was made from."""

    record: TaskRecord
    number: int  # 1 for the oldest, in the order they were made
    parent_number: int | None  # None for the root (or a parent outside the thread)
    depth: int  # generations below the root
    video: Path | None  # its downloaded video, if it is on disk
    video_size: int | None
    pieces: tuple[Piece, ...]  # the prompt against the parent's; empty for the root
    changes: tuple[ParameterChange, ...]

    @property
    def local_id(self) -> int:
        return self.record.id

    @property
    def is_root(self) -> bool:
        return self.parent_number is None

    @property
    def poster_key(self) -> PosterKey | None:
        return None if self.video is None else PosterKey(self.video, self.video_size)


def load_thread(store: Store, local_id: int) -> list[Version]:
    """On a worker: the thread of ``local_id`` as versions, parents before children
    (UnknownRecordError if there is no such submission)."""
    records = store.thread(local_id)  # oldest first
    by_id = {record.id: record for record in records}
    numbers = {record.id: n for n, record in enumerate(records, start=1)}
    children: dict[int | None, list[TaskRecord]] = {}
    for record in records:
        parent = record.parent_id if record.parent_id in by_id else None
        children.setdefault(parent, []).append(record)

    versions: list[Version] = []

    def visit(record: TaskRecord, depth: int) -> None:
        parent = by_id.get(record.parent_id) if record.parent_id is not None else None
        video, size = _downloaded(store, record.id)
        versions.append(
            Version(
                record=record,
                number=numbers[record.id],
                parent_number=numbers[parent.id] if parent is not None else None,
                depth=depth,
                video=video,
                video_size=size,
                pieces=tuple(word_diff(parent.request.prompt, record.request.prompt)) if parent else (),
                changes=tuple(parameter_changes(parent.request, record.request)) if parent else (),
            )
        )
        for child in children.get(record.id, []):
            visit(child, depth + 1)

    # A thread is shallow (tens of versions), so recursion stays far from Python's limit.
    for root in children.get(None, []):
        visit(root, 0)
    return versions


def load_thread_of_task(store: Store, task_id: str) -> tuple[int, list[Version]]:
    """On a worker: the thread of the submission the server knows as ``task_id``."""
    record = store.by_task_id(task_id)
    if record is None:
        raise UnknownRecordError(f"no submission with task id {task_id}")
    return record.id, load_thread(store, record.id)


def _downloaded(store: Store, local_id: int) -> tuple[Path | None, int | None]:
    for video in store.videos(local_id):
        if video.state is DownloadState.DONE and video.local_path is not None and video.local_path.is_file():
            return video.local_path, video.size
    return None, None


# --------------------------------------------------------------------------- model


class LineageModel(QAbstractListModel):
    """The versions of one thread, one row each, parents before their children.

    Roles: ``VersionRole`` (the ``Version``), ``DiffHtmlRole`` (the prompt as rich
    text, its word diff against the parent in the application palette's colours),
    ``HeadingRole`` ("Version 2 · from version 1 · completed · charged $0.40"),
    ``ChangesRole`` (the parameter changes, or the root's settings),
    ``FocusRole`` (whether it is the version asked for), ``VideoPathRole``,
    ``DepthRole``. No signals of its own.
    """

    VersionRole = Qt.ItemDataRole.UserRole + 1
    DiffHtmlRole = Qt.ItemDataRole.UserRole + 2
    HeadingRole = Qt.ItemDataRole.UserRole + 3
    ChangesRole = Qt.ItemDataRole.UserRole + 4
    FocusRole = Qt.ItemDataRole.UserRole + 5
    VideoPathRole = Qt.ItemDataRole.UserRole + 6
    DepthRole = Qt.ItemDataRole.UserRole + 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Version] = []
        self._focus: int | None = None

    def set_versions(self, versions: Sequence[Version], focus_id: int | None) -> None:
        self.beginResetModel()
        self._rows = list(versions)
        self._focus = focus_id
        self.endResetModel()

    def versions(self) -> tuple[Version, ...]:
        return tuple(self._rows)

    def version(self, row: int) -> Version:
        return self._rows[row]

    @property
    def focus_id(self) -> int | None:
        return self._focus

    def row_of(self, local_id: int | None) -> int | None:
        return next((row for row, v in enumerate(self._rows) if v.local_id == local_id), None)

    def ids(self) -> set[int]:
        return {version.local_id for version in self._rows}

    def poster_arrived(self, video: Path) -> None:
        for row, version in enumerate(self._rows):
            if version.video == video:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        version = self._rows[index.row()]
        if role == self.VersionRole:
            return version
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(version.record.request.prompt)
        if role == self.DiffHtmlRole:
            palette = QGuiApplication.palette()
            return self.prompt_html(version, palette.color(QPalette.ColorRole.Link), _removed_colour(palette))
        if role == self.HeadingRole:
            return self.heading(version)
        if role == self.ChangesRole:
            return self.changes_text(version)
        if role == self.FocusRole:
            return version.local_id == self._focus
        if role == self.VideoPathRole:
            return version.video
        if role == self.DepthRole:
            return version.depth
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(version)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(version)
        return None

    # -- words

    @staticmethod
    def prompt_html(version: Version, added: QColor, removed: QColor) -> str:
        """The prompt as rich text: for a child, its word diff against its parent."""
        if version.is_root or not version.pieces:
            return html.escape(one_line(version.record.request.prompt))
        return diff_html(list(version.pieces), added=added.name(), removed=removed.name())

    def heading(self, version: Version) -> str:
        title, details = self.heading_parts(version)
        return " · ".join([title, *details])

    def heading_parts(self, version: Version) -> tuple[str, list[str]]:
        """("Version 2", ["from version 1", "completed", "charged $0.40", when])."""
        details = []
        if version.parent_number is not None:
            details.append(self.tr("from version {number}").format(number=version.parent_number))
        details.append(status_text(version.record))
        cost = cost_text(version.record)
        if cost:
            details.append(cost)
        details.append(short_time(version.record.created_at))
        return self.tr("Version {number}").format(number=version.number), details

    def changes_text(self, version: Version) -> str:
        if version.is_root:
            return request_summary(version.record.request)
        return parameter_changes_text(version.changes)

    def _tooltip(self, version: Version) -> str:
        lines = [
            "<p><b>" + html.escape(self.heading(version)) + "</b></p>",
            "<p style='white-space:pre-wrap'>" + html.escape(version.record.request.prompt.strip()) + "</p>",
            "<p>" + html.escape(request_summary(version.record.request)) + "</p>",
        ]
        if version.video is None:
            lines.append("<p>" + html.escape(self.tr("Not downloaded: nothing to play yet.")) + "</p>")
        return "".join(lines)

    def _spoken(self, version: Version) -> str:
        parts = [self.heading(version)]
        if version.local_id == self._focus:
            parts.append(self.tr("this one"))
        added = " ".join(p.text for p in version.pieces if p.change is Change.ADDED)
        removed = " ".join(p.text for p in version.pieces if p.change is Change.REMOVED)
        if added:
            parts.append(self.tr("added: {words}").format(words=added))
        if removed:
            parts.append(self.tr("removed: {words}").format(words=removed))
        if version.is_root:
            parts.append(self.tr("prompt: {prompt}").format(prompt=one_line(version.record.request.prompt)))
        parts.append(self.changes_text(version))
        return ". ".join(parts)


def _removed_colour(palette: QPalette) -> QColor:
    # Struck through and dimmer than the text around it: a removal reads as gone, yet stays legible.
    return palette.color(QPalette.ColorRole.PlaceholderText)


# --------------------------------------------------------------------------- delegate


class LineageDelegate(QStyledItemDelegate):
    """Paints a version: poster (or its status icon), heading, prompt diff, parameter changes.

    The text is one ``QTextDocument`` per row, laid out to the view's width;
    the version asked for has a bar in the highlight colour at its left edge.
    """

    def __init__(self, posters: PosterCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posters = posters

    # -- geometry

    @staticmethod
    def _indent(index: AnyIndex) -> int:
        return INDENT * min(int(index.data(LineageModel.DepthRole) or 0), MAX_INDENT_LEVELS)

    def _text_width(self, option: QStyleOptionViewItem, index: AnyIndex) -> int:
        width = option.rect.width()  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        if isinstance(widget, QAbstractItemView):
            width = widget.viewport().width()
        return max(120, width - 2 * PADDING - self._indent(index) - POSTER_SIZE.width() - GAP - FOCUS_BAR)

    def document(
        self, option: QStyleOptionViewItem, index: AnyIndex, *, selected: bool = False
    ) -> QTextDocument:
        """The row's text, laid out for the view's width, in the view's palette."""
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        version: Version = index.data(LineageModel.VersionRole)
        if selected:
            text = palette.color(QPalette.ColorRole.HighlightedText)
            added = removed = secondary = text
        else:
            added = palette.color(QPalette.ColorRole.Link)
            removed = _removed_colour(palette)
            secondary = palette.color(QPalette.ColorRole.PlaceholderText)
        model = index.model()
        if isinstance(model, LineageModel):
            title, details = model.heading_parts(version)
        else:
            title, details = str(index.data(LineageModel.HeadingRole) or ""), []
        if index.data(LineageModel.FocusRole):
            title += " · " + QCoreApplication.translate("LineageModel", "this one")
        heading = f"<b>{html.escape(title)}</b>"
        if details:
            heading += (
                f" <span style='color:{secondary.name()}'>" + html.escape(" · ".join(details)) + "</span>"
            )
        changes = html.escape(str(index.data(LineageModel.ChangesRole) or ""))
        body = (
            f"<div>{heading}</div>"
            f"<div style='margin-top:2px'>{LineageModel.prompt_html(version, added, removed)}</div>"
            f"<div style='margin-top:2px; color:{secondary.name()}'>{changes}</div>"
        )
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setHtml(body)
        document.setTextWidth(self._text_width(option, index))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if not index.isValid():
            return QSize(0, 0)
        document = self.document(option, index)
        height = max(POSTER_SIZE.height(), round(document.size().height()))
        width = self._text_width(option, index) + self._indent(index) + POSTER_SIZE.width() + GAP + FOCUS_BAR
        return QSize(width + 2 * PADDING, height + 2 * PADDING)

    # -- painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        version: Version = index.data(LineageModel.VersionRole)
        painter.save()
        try:
            if index.data(LineageModel.FocusRole):
                bar = QRect(rect.left(), rect.top() + 2, FOCUS_BAR, rect.height() - 4)
                painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
            left = rect.left() + PADDING + FOCUS_BAR + self._indent(index)
            top = rect.top() + PADDING
            box = QRect(left, top, POSTER_SIZE.width(), POSTER_SIZE.height())
            self._paint_picture(painter, box, version, palette, selected)
            document = self.document(opt, index, selected=selected)
            painter.translate(box.right() + 1 + GAP, top)
            context = QAbstractTextDocumentLayout.PaintContext()
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
            document.documentLayout().draw(painter, context)
        finally:
            painter.restore()

    def _paint_picture(
        self, painter: QPainter, box: QRect, version: Version, palette: QPalette, selected: bool
    ) -> None:
        key = version.poster_key
        pixmap = self._posters.pixmap(key) if key is not None else None
        if pixmap is not None:
            size = pixmap.deviceIndependentSize().toSize()
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, pixmap)
            return
        if key is not None and self._posters.failed(key) is None:
            # Being made: the play symbol holds its place.
            placeholder = self._posters.placeholder()
            size = placeholder.deviceIndependentSize().toSize()
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, placeholder)
            return
        # Nothing to show yet (or the poster failed): the status stands in for it.
        painter.fillRect(box, palette.color(QPalette.ColorRole.AlternateBase))
        status = queue_status(version.record)
        side = min(box.height(), 24)
        icon = icons.icon(_STATUS_ICONS[status], QPalette.ColorRole.Text, max_size=side)
        target = QRect(0, 0, side, side)
        target.moveCenter(box.center())
        icon.paint(painter, target)


# --------------------------------------------------------------------------- view


class LineageView(QWidget):
    """The iteration thread of one result or task. Signals:

    - ``playRequested(object)``: the ``Path`` of the selected version's downloaded video (the user
      picked a version that has one, or pressed Enter on it).
    - ``loadRequested(object, object)``: "Use these settings": the selected version's
      ``GenerationRequest`` and its local image paths (tuple, None where an image was a URL).
    - ``threadLoaded(int)``: a thread was read and shown; how many versions it has.
    """

    playRequested = Signal(object)
    loadRequested = Signal(object, object)
    threadLoaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._local_id: int | None = None  # the version asked for
        self._task_id: str | None = None  # asked for by the server's id, not known locally yet
        self._generation = 0
        self._selecting = False

        self.posters = PosterCache(context.background, size=POSTER_SIZE, parent=self)
        self.model = LineageModel(self)
        self.posters.posterReady.connect(self.model.poster_arrived)

        self.setAccessibleName(self.tr("Iteration thread"))
        self.title = QLabel(self.tr("Iteration thread"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Iteration thread title"))
        self.title.setWordWrap(True)

        self.list = QListView(self)
        self.list.setModel(self.model)
        self.delegate = LineageDelegate(self.posters, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setAccessibleDescription(
            self.tr(
                "Oldest first, each version under the one it was made from. Enter plays, U uses its settings"
            )
        )
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.activated.connect(self._on_activated)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.play_action = QAction(icons.icon("play"), self.tr("Play"), self)
        self.play_action.triggered.connect(self.play_current)
        self.use_action = QAction(icons.icon("re-run"), self.tr("Use These Settings"), self)
        self.use_action.setShortcut(QKeySequence(Qt.Key.Key_U))
        self.use_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.use_action.triggered.connect(self.use_current)
        self.list.addAction(self.play_action)
        self.list.addAction(self.use_action)

        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setAccessibleName(self.tr("Iteration thread message"))
        self.placeholder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.list)

        self.play_button = QPushButton(icons.icon("play"), self.tr("Play"), self)
        self.play_button.setAccessibleName(self.tr("Play this version"))
        self.play_button.setToolTip(self.tr("Play the selected version (Enter)"))
        self.play_button.clicked.connect(self.play_current)
        self.use_button = QPushButton(icons.icon("re-run"), self.tr("Use these settings"), self)
        self.use_button.setAccessibleName(self.tr("Use these settings"))
        self.use_button.setToolTip(
            self.tr("Start a new generation with the selected version's prompt and parameters (U)")
        )
        self.use_button.clicked.connect(self.use_current)
        self.refresh_button = QPushButton(icons.icon("refresh"), self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the thread"))
        self.refresh_button.setToolTip(self.tr("Read the thread again"))
        self.refresh_button.clicked.connect(self.reload)

        buttons = QHBoxLayout()
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self._stack, 1)
        layout.addLayout(buttons)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        context.engineReady.connect(self._on_engine_ready)
        context.bridge.taskUpdated.connect(self._on_task_updated)
        context.bridge.videoUpdated.connect(self._on_video_updated)
        self._say(self.tr("Choose “Iteration thread” (Ctrl+I) on a result to see every version of it here."))
        self._sync_actions()
        if context.ready and context.service is not None:
            self._on_engine_ready(context.service)

    # ------------------------------------------------------------------ public

    @property
    def local_id(self) -> int | None:
        """The submission whose thread is shown (the version asked for)."""
        return self._local_id

    def show_thread(self, local_id: int) -> None:
        """Show the thread ``local_id`` belongs to, that version marked and selected."""
        self._local_id = local_id
        self._task_id = None
        self._load(announce=True)

    def show_task(self, task_id: str) -> None:
        """Show the thread of the submission the server calls ``task_id`` (a library result's id)."""
        self._local_id = None
        self._task_id = task_id
        self._load(announce=True)

    def reload(self) -> None:
        """Read the shown thread again (keeps the selection)."""
        self._reload_timer.stop()
        if self._local_id is not None or self._task_id is not None:
            self._load(announce=False)

    def current_version(self) -> Version | None:
        index = self.list.currentIndex()
        return self.model.version(index.row()) if index.isValid() else None

    def play_current(self) -> None:
        version = self.current_version()
        if version is not None and version.video is not None:
            self.playRequested.emit(version.video)

    def use_current(self) -> None:
        version = self.current_version()
        if version is not None:
            self.loadRequested.emit(version.record.request, tuple(version.record.local_images))

    # ------------------------------------------------------------------ loading

    def _load(self, *, announce: bool) -> None:
        engine = self._context.engine
        if engine is None:
            self._say(self.tr("OmniDesk is still opening the service; the thread appears once it is ready."))
            return
        self._generation += 1
        generation = self._generation
        if announce:
            self.model.set_versions([], None)
            self.title.setText(self.tr("Iteration thread"))
            self._say(self.tr("Reading the iteration thread…"))
        keep = self.current_version()
        selected = keep.local_id if keep is not None and not announce else None
        if self._task_id is not None:
            self._context.background.run(
                load_thread_of_task,
                engine.store,
                self._task_id,
                on_done=lambda found: self._on_loaded(generation, selected, found[1], found[0]),
                on_error=partial(self._on_failed, generation),
            )
            return
        self._context.background.run(
            load_thread,
            engine.store,
            self._local_id,
            on_done=lambda versions: self._on_loaded(generation, selected, versions, self._local_id),
            on_error=partial(self._on_failed, generation),
        )

    def _on_loaded(
        self, generation: int, selected: int | None, versions: list[Version], focus_id: int | None
    ) -> None:
        if generation != self._generation:
            return  # another thread was asked for since
        self._local_id, self._task_id = focus_id, None
        self.model.set_versions(versions, focus_id)
        row = self.model.row_of(selected if selected is not None else focus_id)
        if row is not None:
            self._selecting = True  # shown, not picked: nothing starts playing
            try:
                self.list.setCurrentIndex(self.model.index(row, 0))
            finally:
                self._selecting = False
            self.list.scrollTo(self.model.index(row, 0))
        root = versions[0].record.request.prompt if versions else ""
        self.title.setText(
            self.tr("Iteration thread of “{prompt}”: {count}").format(
                prompt=_short(root),
                count=self.tr("1 version")
                if len(versions) == 1
                else self.tr("{n} versions").format(n=len(versions)),
            )
        )
        self._stack.setCurrentWidget(self.list)
        self._sync_actions()
        self.threadLoaded.emit(len(versions))

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, UnknownRecordError):
            text = self.tr(
                "OmniDesk has no record of this result's submission on this computer (it may come from "
                "another computer or an older library), so it has no iteration thread here."
            )
        else:
            log.error("could not read the iteration thread", exc_info=exc)
            text = self.tr("The iteration thread could not be read: {reason}").format(
                reason=describe_error(exc)
            )
        self.model.set_versions([], None)
        self._say(text)
        self._sync_actions()

    def _say(self, text: str) -> None:
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)

    # ------------------------------------------------------------------ following the engine

    def _on_engine_ready(self, service: Service) -> None:
        self.posters.set_cache_dir(service.engine.library.thumbnail_dir)
        self.reload()

    def _on_task_updated(self, event: TaskUpdated) -> None:
        record = event.record
        ids = self.model.ids()
        if record.id in ids or (record.parent_id is not None and record.parent_id in ids):
            self._reload_timer.start()

    def _on_video_updated(self, event: VideoUpdated) -> None:
        video = event.video
        if video.local_id in self.model.ids() and video.state in (DownloadState.DONE, DownloadState.FAILED):
            if video.local_path is not None:
                self.posters.forget(video.local_path)
            self._reload_timer.start()

    # ------------------------------------------------------------------ selection

    def _on_current_changed(self, current: AnyIndex, _previous: AnyIndex) -> None:
        self._sync_actions()
        if self._selecting or not current.isValid():
            return
        self.play_current()

    def _on_activated(self, _index: AnyIndex) -> None:
        self.play_current()

    def _sync_actions(self) -> None:
        version = self.current_version()
        playable = version is not None and version.video is not None
        self.play_button.setEnabled(playable)
        self.play_action.setEnabled(playable)
        self.use_button.setEnabled(version is not None)
        self.use_action.setEnabled(version is not None)
        self.refresh_button.setEnabled(self._local_id is not None or self._task_id is not None)


def _short(text: str, limit: int = 60) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
