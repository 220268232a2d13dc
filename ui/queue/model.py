"""The queue's Qt item model: submissions newest first, a batch's submissions grouped under it.

``QueueModel`` is a two-level tree. Its top-level rows are single
submissions and batch headers (variations, prompt matrices: submissions that
share a ``batch_id``); a header's children are that batch's submissions, in
the order they were made. It is loaded once from a list of ``TaskRecord``
(the caller reads the store off the UI thread and passes the list in, with the
batches' names: this model does no disk or network I/O) and is then kept
current by ``_on_task_updated``, connected to ``EngineBridge.taskUpdated``.
Every task row holds the record itself (``RecordRole``), so views and actions
never go back to the store to find what a row shows; a header row holds a
``BatchSummary`` (``BatchRole``): its label, how many are done of how many,
its progress as a whole and its cost.

Result videos come in beside the records (``set_records(records, videos)``,
then ``_on_video_updated`` from ``EngineBridge.videoUpdated``), so a row knows
the path of its downloaded file (``VideoPathRole``) and how far a download in
progress has come.

``QueueFilter`` is a proxy that keeps only rows whose ``QueueStatus`` is in a
chosen set (the "active / completed / failed" tabs), and a batch header when
any of its submissions is kept.
"""

from __future__ import annotations

import bisect
import enum
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from omnidesk.api.models import Mode, TaskStatus
from omnidesk.engine.events import TaskUpdated, VideoUpdated
from omnidesk.engine.store import Batch, DownloadState, SubmitState, TaskRecord, VideoRecord
from ui.words import mode_label

AnyIndex = QModelIndex | QPersistentModelIndex


class QueueStatus(enum.StrEnum):
    """Where a submission stands, in the words the queue shows (one per row)."""

    QUEUED = "queued"
    PAUSED = "paused"
    SENDING = "sending"
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    REFUSED = "refused"  # rejected by the server before it became a task: never billed
    NOT_TRACKED = "not_tracked"  # a live task the user stopped following


# Every status is in exactly one of these three groups, so no row falls
# outside all three tabs. An untracked task is unfinished, hence active.
ACTIVE_STATUSES = frozenset(
    {
        QueueStatus.QUEUED,
        QueueStatus.PAUSED,
        QueueStatus.SENDING,
        QueueStatus.PENDING,
        QueueStatus.PROCESSING,
        QueueStatus.NOT_TRACKED,
    }
)
COMPLETED_STATUSES = frozenset({QueueStatus.COMPLETED})
FAILED_STATUSES = frozenset({QueueStatus.FAILED, QueueStatus.CANCELLED, QueueStatus.REFUSED})
# A batch header shows the liveliest of its submissions' statuses.
_BATCH_STATUS_ORDER = (
    QueueStatus.PROCESSING,
    QueueStatus.PENDING,
    QueueStatus.SENDING,
    QueueStatus.QUEUED,
    QueueStatus.PAUSED,
    QueueStatus.NOT_TRACKED,
    QueueStatus.COMPLETED,
    QueueStatus.FAILED,
    QueueStatus.CANCELLED,
    QueueStatus.REFUSED,
)


def queue_status(record: TaskRecord) -> QueueStatus:
    """The one status a row shows for a record."""
    if record.state is SubmitState.REJECTED:
        return QueueStatus.REFUSED
    if record.state is SubmitState.SENDING:
        return QueueStatus.SENDING
    if record.state is SubmitState.QUEUED:
        return QueueStatus.PAUSED if record.paused else QueueStatus.QUEUED
    status = record.status
    if status is TaskStatus.COMPLETED:
        return QueueStatus.COMPLETED
    if status is TaskStatus.FAILED:
        return QueueStatus.FAILED
    if status is TaskStatus.CANCELLED:
        return QueueStatus.CANCELLED
    if not record.tracking:
        return QueueStatus.NOT_TRACKED
    if status is TaskStatus.PROCESSING:
        return QueueStatus.PROCESSING
    return QueueStatus.PENDING


def status_text(record: TaskRecord) -> str:
    """Plain words for a task's status, with the server's reason when it failed (the queue's
    words, wherever a status shows)."""
    status = queue_status(record)
    reason = record.error.message if record.error is not None else ""
    if status is QueueStatus.FAILED:
        if reason:
            return QCoreApplication.translate("QueueModel", "failed: {reason}").format(reason=reason)
        return QCoreApplication.translate("QueueModel", "failed")
    if status is QueueStatus.REFUSED:
        if reason:
            return QCoreApplication.translate("QueueModel", "refused: {reason}").format(reason=reason)
        return QCoreApplication.translate("QueueModel", "refused")
    words = {
        QueueStatus.QUEUED: QCoreApplication.translate("QueueModel", "queued"),
        QueueStatus.PAUSED: QCoreApplication.translate("QueueModel", "paused"),
        QueueStatus.SENDING: QCoreApplication.translate("QueueModel", "sending"),
        QueueStatus.PENDING: QCoreApplication.translate("QueueModel", "pending"),
        QueueStatus.PROCESSING: QCoreApplication.translate("QueueModel", "processing"),
        QueueStatus.COMPLETED: QCoreApplication.translate("QueueModel", "completed"),
        QueueStatus.CANCELLED: QCoreApplication.translate("QueueModel", "cancelled"),
        QueueStatus.NOT_TRACKED: QCoreApplication.translate("QueueModel", "not tracked"),
    }
    return words[status]


def progress_of(record: TaskRecord) -> int:
    """A submission's progress, 0-100 (100 once completed)."""
    if record.status is TaskStatus.COMPLETED:
        return 100
    return min(100, max(0, record.progress or 0))


class Column(enum.IntEnum):
    PROMPT = 0
    MODE = 1
    PARAMS = 2
    STATUS = 3
    PROGRESS = 4
    TIME = 5
    COST = 6
    DOWNLOAD = 7


def _newest_first_key(record: TaskRecord) -> tuple[float, int]:
    # The store's order (created_at DESC, id DESC), as an ascending key.
    return (-record.created_at, -record.id)


def _made_order_key(record: TaskRecord) -> tuple[float, int]:
    # A batch's own submissions read in the order they were made (a matrix's order).
    return (record.created_at, record.id)


def _duration_text(seconds: float) -> str:
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class BatchSummary:
    """What a batch header shows: its name and its submissions taken as a whole.

    ``label`` is None until the batch's name has been read from the store.
    ``progress`` is the mean progress of its submissions (0-100); ``quoted``
    the sum of their quotes, ``charged`` the sum of what finished ones reported
    (None while none has).
    """

    batch_id: str
    label: str | None
    kind: str | None
    count: int
    done: int
    failed: int
    progress: int
    quoted: float | None
    charged: float | None
    status: QueueStatus
    local_ids: tuple[int, ...]


@dataclass
class _Group:
    """A batch header's row: its submissions (oldest first) and where it sorts among the top rows."""

    batch_id: str
    handle: int  # the internal id its children's indexes carry (never 0: that is the top level)
    key: tuple[float, int]
    children: list[TaskRecord] = field(default_factory=list)


_Entry = TaskRecord | _Group


def _entry_key(entry: _Entry) -> tuple[float, int]:
    return entry.key if isinstance(entry, _Group) else _newest_first_key(entry)


class QueueModel(QAbstractItemModel):
    """Submissions, newest first, a batch's grouped under a header row; columns are ``Column``.

    Custom roles: ``RecordRole`` (the TaskRecord; None on a header),
    ``ProgressRole`` (int 0-100, for a progress delegate; a header's is the
    mean of its submissions'), ``StatusRole`` (the row's ``QueueStatus``; a
    header's is the liveliest of its submissions'), ``VideosRole`` (the task's
    ``VideoRecord``s, by index), ``VideoPathRole`` (the ``Path`` of its first
    downloaded video, or None) and ``BatchRole`` (a header's ``BatchSummary``,
    None on a task row). No signals of its own beyond the model's.

    The elapsed time of running tasks moves with the clock: a view that shows
    it calls ``refresh_elapsed()`` from a timer. ``clock`` must be the
    engine's clock (the store's times come from it).
    """

    RecordRole = Qt.ItemDataRole.UserRole + 1
    ProgressRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3
    VideosRole = Qt.ItemDataRole.UserRole + 4
    VideoPathRole = Qt.ItemDataRole.UserRole + 5
    BatchRole = Qt.ItemDataRole.UserRole + 6

    def __init__(
        self,
        records: Iterable[TaskRecord] = (),
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
        videos: Iterable[VideoRecord] = (),
        batches: Iterable[Batch] = (),
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._top: list[_Entry] = []
        self._top_keys: list[tuple[float, int]] = []
        self._groups: dict[str, _Group] = {}
        self._handles: dict[int, _Group] = {}
        self._next_handle = 1
        self._batches: dict[str, Batch] = {}
        # local id -> (batch id or None, row under its parent); batch id -> its top row
        self._where: dict[int, tuple[str | None, int]] = {}
        self._group_rows: dict[str, int] = {}
        # local id -> video id -> the newest VideoRecord seen
        self._videos: dict[int, dict[int, VideoRecord]] = {}
        # video id -> (bytes received, total bytes) while it downloads
        self._received: dict[int, tuple[int, int | None]] = {}
        self._fill(records, videos, batches)

    # ------------------------------------------------------------------ loading and updates

    def set_records(
        self,
        records: Iterable[TaskRecord],
        videos: Iterable[VideoRecord] = (),
        batches: Iterable[Batch] = (),
    ) -> None:
        """Replace every row (a reload read off the UI thread), with the tasks' result videos and
        the names of their batches."""
        self.beginResetModel()
        self._fill(records, videos, batches)
        self.endResetModel()

    def _fill(
        self, records: Iterable[TaskRecord], videos: Iterable[VideoRecord], batches: Iterable[Batch]
    ) -> None:
        self._batches = {batch.id: batch for batch in batches}
        self._groups = {}
        self._handles = {}
        top: list[_Entry] = []
        for record in records:
            if record.removed:
                continue
            if record.batch_id is None:
                top.append(record)
                continue
            group = self._groups.get(record.batch_id)
            if group is None:
                group = self._new_group(record)
                top.append(group)
            group.children.append(record)
        for group in self._groups.values():
            group.children.sort(key=_made_order_key)
            group.key = _newest_first_key(group.children[0])
        top.sort(key=_entry_key)
        self._top = top
        self._top_keys = [_entry_key(entry) for entry in top]
        self._reindex()
        self._videos = {}
        self._received = {}
        for video in videos:
            self._keep_video(video)

    def _new_group(self, first: TaskRecord) -> _Group:
        assert first.batch_id is not None
        group = _Group(first.batch_id, self._next_handle, _newest_first_key(first))
        self._next_handle += 1
        self._groups[group.batch_id] = group
        self._handles[group.handle] = group
        return group

    def set_batch(self, batch: Batch) -> None:
        """Learn a batch's name (read from the store after its first submission arrived)."""
        self._batches[batch.id] = batch
        self._header_changed(batch.id)

    def has_batch(self, batch_id: str) -> bool:
        """Whether the name of this batch is known."""
        return batch_id in self._batches

    def _keep_video(self, video: VideoRecord) -> bool:
        """Hold ``video`` unless a newer record of it is held already; True if it was kept."""
        held = self._videos.setdefault(video.local_id, {})
        current = held.get(video.id)
        if current is not None and video.updated_at < current.updated_at:
            return False
        held[video.id] = video
        return True

    def _reindex(self) -> None:
        self._where = {}
        self._group_rows = {}
        for row, entry in enumerate(self._top):
            if isinstance(entry, _Group):
                self._group_rows[entry.batch_id] = row
                self._reindex_group(entry)
            else:
                self._where[entry.id] = (None, row)

    def _reindex_group(self, group: _Group) -> None:
        for row, child in enumerate(group.children):
            self._where[child.id] = (group.batch_id, row)

    def _held(self, local_id: int) -> TaskRecord | None:
        where = self._where.get(local_id)
        if where is None:
            return None
        batch_id, row = where
        if batch_id is None:
            entry = self._top[row]
            assert isinstance(entry, TaskRecord)
            return entry
        return self._groups[batch_id].children[row]

    def _on_task_updated(self, event: TaskUpdated) -> None:
        """Insert, update or remove the row of ``event.record``."""
        record = event.record
        held = self._held(record.id)
        if held is None:
            if not record.removed:
                self._insert(record)
            return
        if record.updated_at < held.updated_at:
            # An event older than what we hold (the list was read after it was sent).
            return
        if record.removed:
            self._remove(record.id)
            return
        batch_id, row = self._where[record.id]
        if batch_id is None:
            self._top[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            return
        self._groups[batch_id].children[row] = record
        parent = self._group_index(batch_id)
        self.dataChanged.emit(self.index(row, 0, parent), self.index(row, len(Column) - 1, parent))
        self._header_changed(batch_id)

    def _insert(self, record: TaskRecord) -> None:
        if record.batch_id is None:
            self._insert_top(record)
            return
        group = self._groups.get(record.batch_id)
        if group is None:
            group = self._new_group(record)
            group.children.append(record)
            self._insert_top(group)
            return
        keys = [_made_order_key(child) for child in group.children]
        row = bisect.bisect_left(keys, _made_order_key(record))
        self.beginInsertRows(self._group_index(group.batch_id), row, row)
        group.children.insert(row, record)
        self._reindex_group(group)
        self.endInsertRows()
        self._header_changed(group.batch_id)

    def _insert_top(self, entry: _Entry) -> None:
        key = _entry_key(entry)
        row = bisect.bisect_left(self._top_keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._top.insert(row, entry)
        self._top_keys.insert(row, key)
        self._reindex()
        self.endInsertRows()

    def _remove(self, local_id: int) -> None:
        batch_id, row = self._where[local_id]
        for video_id in self._videos.pop(local_id, {}):
            self._received.pop(video_id, None)
        if batch_id is None:
            self._remove_top(row)
            return
        group = self._groups[batch_id]
        if len(group.children) == 1:
            # The batch's last submission: the header goes with it.
            self._remove_top(self._group_rows[batch_id])
            return
        self.beginRemoveRows(self._group_index(batch_id), row, row)
        del group.children[row]
        del self._where[local_id]
        self._reindex_group(group)
        self.endRemoveRows()
        self._header_changed(batch_id)

    def _remove_top(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        entry = self._top.pop(row)
        del self._top_keys[row]
        if isinstance(entry, _Group):
            del self._groups[entry.batch_id]
            del self._handles[entry.handle]
        self._reindex()
        self.endRemoveRows()

    def _on_video_updated(self, event: VideoUpdated) -> None:
        """Note a result video's new state, or how far its download has come."""
        video = event.video
        if event.received is not None:
            # A progress report carries the record as it was when the download began: keep
            # only the byte counts from it.
            self._received[video.id] = (event.received, event.total)
            self._keep_video(video)
            self._changed(video.local_id, Column.DOWNLOAD)
            return
        if not self._keep_video(video):
            return
        if video.state is not DownloadState.DOWNLOADING:
            self._received.pop(video.id, None)
        # The path of a finished download changes what the prompt cell shows (its poster).
        self._changed(video.local_id, Column.PROMPT, Column.DOWNLOAD)

    def _changed(self, local_id: int, first: Column, last: Column | None = None) -> None:
        start = self.index_of(local_id, first)
        if start.isValid():
            end = last if last is not None else first
            self.dataChanged.emit(start, start.siblingAtColumn(end))

    def _header_changed(self, batch_id: str) -> None:
        index = self._group_index(batch_id)
        if index.isValid():
            self.dataChanged.emit(index, index.siblingAtColumn(len(Column) - 1))

    # ------------------------------------------------------------------ lookups

    def row_of(self, local_id: int) -> int | None:
        """The row of a submission under its parent (the top level, or its batch's header), or None
        if it is not in the model. ``index_of`` gives its index wherever it is."""
        where = self._where.get(local_id)
        return None if where is None else where[1]

    def index_of(self, local_id: int, column: int = 0) -> QModelIndex:
        """The index of a submission's row (under its batch's header if it has one); invalid if absent."""
        where = self._where.get(local_id)
        if where is None:
            return QModelIndex()
        batch_id, row = where
        parent = QModelIndex() if batch_id is None else self._group_index(batch_id)
        return self.index(row, column, parent)

    def batch_index(self, batch_id: str, column: int = 0) -> QModelIndex:
        """The index of a batch's header row; invalid if the batch is not shown."""
        return self._group_index(batch_id, column)

    def _group_index(self, batch_id: str, column: int = 0) -> QModelIndex:
        row = self._group_rows.get(batch_id)
        return QModelIndex() if row is None else self.createIndex(row, column, 0)

    def record(self, row: int) -> TaskRecord:
        """The record of a top-level row (LookupError for a batch header: see ``record_of``)."""
        entry = self._top[row]
        if isinstance(entry, _Group):
            raise LookupError(f"row {row} is the header of batch {entry.batch_id}")
        return entry

    def record_of(self, local_id: int) -> TaskRecord | None:
        """The record a submission's row holds, wherever it is; None if it is not in the model."""
        return self._held(local_id)

    def records(self) -> Iterator[TaskRecord]:
        """Every submission, top to bottom (a batch's under its header)."""
        for entry in self._top:
            if isinstance(entry, _Group):
                yield from entry.children
            else:
                yield entry

    def batch_records(self, batch_id: str) -> tuple[TaskRecord, ...]:
        """A batch's submissions, in the order they were made (empty if it is not shown)."""
        group = self._groups.get(batch_id)
        return () if group is None else tuple(group.children)

    def batch_summary(self, batch_id: str) -> BatchSummary | None:
        group = self._groups.get(batch_id)
        return None if group is None else self._summary(group)

    def videos(self, local_id: int) -> tuple[VideoRecord, ...]:
        """The result videos known for a submission, by index."""
        return tuple(sorted(self._videos.get(local_id, {}).values(), key=lambda v: v.index))

    def video_path(self, local_id: int) -> Path | None:
        """Where the first downloaded video of a submission was filed (the file may have moved since)."""
        for video in self.videos(local_id):
            if video.state is DownloadState.DONE and video.local_path is not None:
                return video.local_path
        return None

    def status_counts(self) -> Counter[QueueStatus]:
        """How many submissions show each status (for the filter tabs' counts; headers not counted)."""
        return Counter(queue_status(record) for record in self.records())

    def has_running(self) -> bool:
        """True if some row's elapsed time moves with the clock (see ``refresh_elapsed``)."""
        return any(r.state is SubmitState.ACCEPTED and not r.is_terminal for r in self.records())

    def _entry(self, index: AnyIndex) -> _Entry | None:
        if not index.isValid():
            return None
        handle = index.internalId()
        if handle == 0:
            row = index.row()
            return self._top[row] if 0 <= row < len(self._top) else None
        group = self._handles.get(handle)
        if group is None or not 0 <= index.row() < len(group.children):
            return None
        return group.children[index.row()]

    def _summary(self, group: _Group) -> BatchSummary:
        children = group.children
        statuses = [queue_status(child) for child in children]
        batch = self._batches.get(group.batch_id)
        quotes = [c.quoted_cost for c in children if c.quoted_cost is not None]
        charges = [c.cost for c in children if c.cost is not None]
        present = set(statuses)
        status = next((s for s in _BATCH_STATUS_ORDER if s in present), QueueStatus.QUEUED)
        return BatchSummary(
            batch_id=group.batch_id,
            label=batch.label if batch is not None else None,
            kind=batch.kind if batch is not None else None,
            count=len(children),
            done=sum(1 for s in statuses if s is QueueStatus.COMPLETED),
            failed=sum(1 for s in statuses if s in FAILED_STATUSES),
            progress=round(sum(progress_of(c) for c in children) / len(children)) if children else 0,
            quoted=round(sum(quotes), 2) if quotes else None,
            charged=round(sum(charges), 2) if charges else None,
            status=status,
            local_ids=tuple(c.id for c in children),
        )

    # ------------------------------------------------------------------ QAbstractItemModel

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not (0 <= column < len(Column)) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._top) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        entry = self._top[parent.row()] if 0 <= parent.row() < len(self._top) else None
        if not isinstance(entry, _Group) or row >= len(entry.children):
            return QModelIndex()
        return self.createIndex(row, column, entry.handle)

    def parent(self, index: AnyIndex | None = None) -> Any:  # type: ignore[override]
        if index is None:
            return super().parent()  # QObject.parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        group = self._handles.get(index.internalId())
        if group is None:
            return QModelIndex()
        return self._group_index(group.batch_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if not parent.isValid():
            return len(self._top)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        entry = self._top[parent.row()] if 0 <= parent.row() < len(self._top) else None
        return len(entry.children) if isinstance(entry, _Group) else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        entry = self._entry(index)
        if entry is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not isinstance(entry, _Group):
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Figures line up on the right, their titles with them.
            right = section in (Column.TIME, Column.COST)
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.PROMPT: self.tr("Prompt"),
            Column.MODE: self.tr("Mode"),
            Column.PARAMS: self.tr("Settings"),
            Column.STATUS: self.tr("Status"),
            Column.PROGRESS: self.tr("Progress"),
            Column.TIME: self.tr("Time"),
            Column.COST: self.tr("Cost"),
            Column.DOWNLOAD: self.tr("Download"),
        }
        return titles[Column(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._entry(index)
        if entry is None or not 0 <= index.column() < len(Column):
            return None
        col = Column(index.column())
        if isinstance(entry, _Group):
            return self._header_data(self._summary(entry), col, role)
        record = entry
        if role == self.RecordRole:
            return record
        if role == self.StatusRole:
            return queue_status(record)
        if role == self.ProgressRole:
            return progress_of(record)
        if role == self.VideosRole:
            return self.videos(record.id)
        if role == self.VideoPathRole:
            return self.video_path(record.id)
        if role == self.BatchRole:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.TIME, Column.COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ------------------------------------------------------------------ what a batch header says

    def _header_data(self, summary: BatchSummary, column: Column, role: int) -> Any:
        if role == self.BatchRole:
            return summary
        if role == self.StatusRole:
            return summary.status
        if role == self.ProgressRole:
            return summary.progress
        if role in (self.RecordRole, self.VideoPathRole):
            return None
        if role == self.VideosRole:
            return ()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(summary, column)
        if role == Qt.ItemDataRole.FontRole and column is Column.PROMPT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.TIME, Column.COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def batch_label(self, summary: BatchSummary) -> str:
        """A batch's name, or words for it while its name is not known."""
        if summary.label:
            return summary.label
        return self.tr("Batch of {count}").format(count=summary.count)

    def batch_kind_text(self, kind: str | None) -> str:
        words = {"variations": self.tr("Variations"), "matrix": self.tr("Prompt matrix")}
        return words.get(kind or "", self.tr("Batch"))

    def batch_status_text(self, summary: BatchSummary) -> str:
        """ "3 of 4 done", and how many failed."""
        text = self.tr("{done} of {count} done").format(done=summary.done, count=summary.count)
        if summary.failed:
            text = self.tr("{done_text}, {failed} failed").format(done_text=text, failed=summary.failed)
        return text

    def batch_cost_text(self, summary: BatchSummary) -> str:
        """The quote (≈) and, once some reported it, the charge: "≈0.51 / 0.34"."""
        quoted = self.tr("≈{cost}").format(cost=f"{summary.quoted:.2f}") if summary.quoted is not None else ""
        if summary.charged is None:
            return quoted
        charged = f"{summary.charged:.2f}"
        return self.tr("{quoted} / {charged}").format(quoted=quoted, charged=charged) if quoted else charged

    def _header_display(self, summary: BatchSummary, column: Column) -> str:
        if column is Column.PROMPT:
            return self.batch_label(summary)
        if column is Column.MODE:
            return self.batch_kind_text(summary.kind)
        if column is Column.PARAMS:
            if summary.count == 1:
                return self.tr("1 video")
            return self.tr("{count} videos").format(count=summary.count)
        if column is Column.STATUS:
            return self.batch_status_text(summary)
        if column is Column.PROGRESS:
            return self.tr("{percent}%").format(percent=summary.progress)
        if column is Column.COST:
            return self.batch_cost_text(summary)
        return ""

    def _header_tooltip(self, summary: BatchSummary, column: Column) -> str | None:
        if column is Column.PROMPT:
            return self.tr("{label}: {status}").format(
                label=self.batch_label(summary), status=self.batch_status_text(summary)
            )
        if column is Column.COST:
            parts = []
            if summary.quoted is not None:
                parts.append(self.tr("quoted about ${cost}").format(cost=f"{summary.quoted:.2f}"))
            if summary.charged is not None:
                parts.append(self.tr("charged ${cost} so far").format(cost=f"{summary.charged:.2f}"))
            return "; ".join(parts) or None
        if column is Column.PROGRESS:
            return self.tr("The batch as a whole: {percent}%").format(percent=summary.progress)
        return None

    # ------------------------------------------------------------------ what each cell says

    def _display(self, record: TaskRecord, column: Column) -> str:
        if column is Column.PROMPT:
            # One line: the view elides it; the tooltip has it whole.
            return " ".join(record.request.prompt.split())
        if column is Column.MODE:
            return mode_label(record.request.mode)
        if column is Column.PARAMS:
            return self.params_text(record)
        if column is Column.STATUS:
            return status_text(record)
        if column is Column.PROGRESS:
            return self.tr("{percent}%").format(percent=progress_of(record))
        if column is Column.TIME:
            return self._time(record)
        if column is Column.COST:
            return self._cost(record)
        return self._download(record)

    def _tooltip(self, record: TaskRecord, column: Column) -> str | None:
        if column is Column.PROMPT:
            return record.request.prompt
        if column is Column.STATUS:
            if record.issue and not record.is_terminal:
                return record.issue
            return status_text(record)
        if column is Column.DOWNLOAD:
            errors = [v.error for v in self.videos(record.id) if v.error]
            if errors and record.download_state in (DownloadState.FAILED, DownloadState.EXPIRED):
                return "\n".join(errors)
            path = self.video_path(record.id)
            return str(path) if path is not None else None
        return None

    def params_text(self, record: TaskRecord) -> str:
        """Resolution, duration (when sent) and aspect ratio, on one line."""
        request = record.request
        parts = [request.resolution]
        # A reference video sets its own length: no duration is sent.
        if request.mode is not Mode.VIDEO and request.duration is not None:
            parts.append(self.tr("{seconds} s").format(seconds=request.duration))
        parts.append(request.aspect_ratio)
        return " · ".join(parts)

    def _time(self, record: TaskRecord) -> str:
        """Elapsed since the server took it, and the server's estimate (or the actual time)."""
        if record.state is not SubmitState.ACCEPTED or record.accepted_at is None:
            return ""
        if record.is_terminal:
            if record.actual_time is not None:
                return _duration_text(record.actual_time)
            if record.server_created is not None and record.server_completed is not None:
                return _duration_text(record.server_completed - record.server_created)
            return _duration_text(record.updated_at - record.accepted_at)
        elapsed = _duration_text(self._clock() - record.accepted_at)
        if record.estimated_time:
            return self.tr("{elapsed} / ≈{estimate}").format(
                elapsed=elapsed, estimate=_duration_text(record.estimated_time)
            )
        return elapsed

    def _cost(self, record: TaskRecord) -> str:
        if record.cost is not None:
            return f"{record.cost:.2f}"
        if record.quoted_cost is not None:
            return self.tr("≈{cost}").format(cost=f"{record.quoted_cost:.2f}")
        return ""

    def downloading(self, local_id: int) -> bool:
        """True while bytes of one of the submission's videos are arriving."""
        return any(video_id in self._received for video_id in self._videos.get(local_id, {}))

    def download_percent(self, local_id: int) -> int | None:
        """How much of a submission's downloads in progress has arrived (0-100), if known."""
        received = total = 0
        for video_id in self._videos.get(local_id, {}):
            progress = self._received.get(video_id)
            if progress is None:
                continue
            if progress[1] is None or progress[1] <= 0:
                return None
            received += progress[0]
            total += progress[1]
        if total <= 0:
            return None
        return min(100, int(received * 100 / total))

    def _download(self, record: TaskRecord) -> str:
        state = record.download_state
        if state is None:
            return ""
        # The engine reports bytes as they arrive but no task update when a download starts:
        # the bytes are what says it is under way.
        if state is not DownloadState.DONE and self.downloading(record.id):
            percent = self.download_percent(record.id)
            if percent is not None:
                return self.tr("downloading {percent}%").format(percent=percent)
            return self.tr("downloading")
        words = {
            DownloadState.PENDING: self.tr("waiting"),
            DownloadState.DOWNLOADING: self.tr("downloading"),
            DownloadState.DONE: self.tr("done"),
            DownloadState.FAILED: self.tr("failed"),
            DownloadState.EXPIRED: self.tr("link expired"),
        }
        return words[state]


class QueueFilter(QSortFilterProxyModel):
    """Keeps the rows whose ``QueueStatus`` is in ``statuses`` (None: every row), and a batch's
    header row when any of its submissions is kept."""

    def __init__(
        self, statuses: Collection[QueueStatus] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._statuses: frozenset[QueueStatus] | None = None if statuses is None else frozenset(statuses)

    @property
    def statuses(self) -> frozenset[QueueStatus] | None:
        return self._statuses

    def set_statuses(self, statuses: Collection[QueueStatus] | None) -> None:
        self.beginFilterChange()
        self._statuses = None if statuses is None else frozenset(statuses)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._statuses is None:
            return True
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        summary = index.data(QueueModel.BatchRole)
        if isinstance(summary, BatchSummary):
            # The model tells the header changed whenever one of its rows does, so this is asked again.
            return any(self._accepts(source.index(row, 0, index)) for row in range(source.rowCount(index)))
        return self._accepts(index)

    def _accepts(self, index: QModelIndex) -> bool:
        return index.data(QueueModel.StatusRole) in (self._statuses or ())
