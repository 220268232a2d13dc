"""The queue's Qt item model: one row per submission, newest first.

``QueueModel`` is loaded once from a list of ``TaskRecord`` (the caller reads
the store off the UI thread and passes the list in: this model does no disk
or network I/O) and is then kept current by ``_on_task_updated``, connected
to ``EngineBridge.taskUpdated``. Every row holds the record itself
(``RecordRole``), so views and actions never go back to the store to find
what a row shows.

Result videos come in beside the records (``set_records(records, videos)``,
then ``_on_video_updated`` from ``EngineBridge.videoUpdated``), so a row knows
the path of its downloaded file (``VideoPathRole``) and how far a download in
progress has come.

``QueueFilter`` is a proxy that keeps only rows whose ``QueueStatus`` is in a
chosen set (the "active / completed / failed" tabs).
"""

from __future__ import annotations

import bisect
import enum
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from omnidesk.api.models import Mode, TaskStatus
from omnidesk.engine.events import TaskUpdated, VideoUpdated
from omnidesk.engine.store import DownloadState, SubmitState, TaskRecord, VideoRecord

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


def _duration_text(seconds: float) -> str:
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"


class QueueModel(QAbstractTableModel):
    """Submissions, newest first, one row each; columns are ``Column``.

    Custom roles: ``RecordRole`` (the TaskRecord), ``ProgressRole`` (int
    0-100, for a progress delegate), ``StatusRole`` (the row's
    ``QueueStatus``), ``VideosRole`` (the task's ``VideoRecord``s, by index)
    and ``VideoPathRole`` (the ``Path`` of its first downloaded video, or
    None). No signals of its own beyond the model's.

    The elapsed time of running tasks moves with the clock: a view that shows
    it calls ``refresh_elapsed()`` from a timer. ``clock`` must be the
    engine's clock (the store's times come from it).
    """

    RecordRole = Qt.ItemDataRole.UserRole + 1
    ProgressRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3
    VideosRole = Qt.ItemDataRole.UserRole + 4
    VideoPathRole = Qt.ItemDataRole.UserRole + 5

    def __init__(
        self,
        records: Iterable[TaskRecord] = (),
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
        videos: Iterable[VideoRecord] = (),
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._records: list[TaskRecord] = []
        self._rows: dict[int, int] = {}
        # local id -> video id -> the newest VideoRecord seen
        self._videos: dict[int, dict[int, VideoRecord]] = {}
        # video id -> (bytes received, total bytes) while it downloads
        self._received: dict[int, tuple[int, int | None]] = {}
        self._fill(records, videos)

    # ------------------------------------------------------------------ loading and updates

    def set_records(self, records: Iterable[TaskRecord], videos: Iterable[VideoRecord] = ()) -> None:
        """Replace every row (a reload read off the UI thread), with the tasks' result videos."""
        self.beginResetModel()
        self._fill(records, videos)
        self.endResetModel()

    def _fill(self, records: Iterable[TaskRecord], videos: Iterable[VideoRecord] = ()) -> None:
        self._records = sorted((r for r in records if not r.removed), key=_newest_first_key)
        self._reindex()
        self._videos = {}
        self._received = {}
        for video in videos:
            self._keep_video(video)

    def _keep_video(self, video: VideoRecord) -> bool:
        """Hold ``video`` unless a newer record of it is held already; True if it was kept."""
        held = self._videos.setdefault(video.local_id, {})
        current = held.get(video.id)
        if current is not None and video.updated_at < current.updated_at:
            return False
        held[video.id] = video
        return True

    def _reindex(self) -> None:
        self._rows = {record.id: row for row, record in enumerate(self._records)}

    def _on_task_updated(self, event: TaskUpdated) -> None:
        """Insert, update or remove the row of ``event.record``."""
        record = event.record
        row = self._rows.get(record.id)
        if row is None:
            if record.removed:
                return
            keys = [_newest_first_key(r) for r in self._records]
            row = bisect.bisect_left(keys, _newest_first_key(record))
            self.beginInsertRows(QModelIndex(), row, row)
            self._records.insert(row, record)
            self._reindex()
            self.endInsertRows()
            return
        if record.updated_at < self._records[row].updated_at:
            # An event older than what we hold (the list was read after it was sent).
            return
        if record.removed:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self._reindex()
            for video_id in self._videos.pop(record.id, {}):
                self._received.pop(video_id, None)
            self.endRemoveRows()
            return
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

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
        row = self._rows.get(local_id)
        if row is not None:
            end = last if last is not None else first
            self.dataChanged.emit(self.index(row, first), self.index(row, end))

    def refresh_elapsed(self) -> None:
        """Tell views the elapsed time of unfinished tasks has moved on."""
        for row, record in enumerate(self._records):
            if record.state is SubmitState.ACCEPTED and not record.is_terminal:
                index = self.index(row, Column.TIME)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    # ------------------------------------------------------------------ lookups

    def row_of(self, local_id: int) -> int | None:
        """The row of a submission, or None if it is not in the model."""
        return self._rows.get(local_id)

    def record(self, row: int) -> TaskRecord:
        return self._records[row]

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
        """How many rows show each status (for the filter tabs' counts)."""
        return Counter(queue_status(record) for record in self._records)

    def has_running(self) -> bool:
        """True if some row's elapsed time moves with the clock (see ``refresh_elapsed``)."""
        return any(r.state is SubmitState.ACCEPTED and not r.is_terminal for r in self._records)

    # ------------------------------------------------------------------ QAbstractTableModel

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

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
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= column < len(Column)):
            return None
        record = self._records[row]
        if role == self.RecordRole:
            return record
        if role == self.StatusRole:
            return queue_status(record)
        if role == self.ProgressRole:
            return self._progress(record)
        if role == self.VideosRole:
            return self.videos(record.id)
        if role == self.VideoPathRole:
            return self.video_path(record.id)
        col = Column(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.TIME, Column.COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ------------------------------------------------------------------ what each cell says

    def _display(self, record: TaskRecord, column: Column) -> str:
        if column is Column.PROMPT:
            # One line: the view elides it; the tooltip has it whole.
            return " ".join(record.request.prompt.split())
        if column is Column.MODE:
            return self.mode_label(record.request.mode)
        if column is Column.PARAMS:
            return self.params_text(record)
        if column is Column.STATUS:
            return self.status_text(record)
        if column is Column.PROGRESS:
            return self.tr("{percent}%").format(percent=self._progress(record))
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
            return self.status_text(record)
        if column is Column.DOWNLOAD:
            errors = [v.error for v in self.videos(record.id) if v.error]
            if errors and record.download_state in (DownloadState.FAILED, DownloadState.EXPIRED):
                return "\n".join(errors)
            path = self.video_path(record.id)
            return str(path) if path is not None else None
        return None

    def mode_label(self, mode: Mode) -> str:
        labels = {
            Mode.TEXT: self.tr("Text to video"),
            Mode.FRAME: self.tr("First frame"),
            Mode.REFERENCE: self.tr("Reference images"),
            Mode.VIDEO: self.tr("Reference video"),
        }
        return labels[mode]

    def status_text(self, record: TaskRecord) -> str:
        """Plain words for the row's status, with the server's reason when it failed."""
        status = queue_status(record)
        reason = record.error.message if record.error is not None else ""
        if status is QueueStatus.FAILED:
            return self.tr("failed: {reason}").format(reason=reason) if reason else self.tr("failed")
        if status is QueueStatus.REFUSED:
            return self.tr("refused: {reason}").format(reason=reason) if reason else self.tr("refused")
        words = {
            QueueStatus.QUEUED: self.tr("queued"),
            QueueStatus.PAUSED: self.tr("paused"),
            QueueStatus.SENDING: self.tr("sending"),
            QueueStatus.PENDING: self.tr("pending"),
            QueueStatus.PROCESSING: self.tr("processing"),
            QueueStatus.COMPLETED: self.tr("completed"),
            QueueStatus.CANCELLED: self.tr("cancelled"),
            QueueStatus.NOT_TRACKED: self.tr("not tracked"),
        }
        return words[status]

    @staticmethod
    def _progress(record: TaskRecord) -> int:
        if record.status is TaskStatus.COMPLETED:
            return 100
        return min(100, max(0, record.progress or 0))

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
    """Keeps the rows whose ``QueueStatus`` is in ``statuses`` (None: every row)."""

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
        status = source.data(source.index(source_row, 0, source_parent), QueueModel.StatusRole)
        return status in self._statuses
