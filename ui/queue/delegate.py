"""How the queue's cells are painted: one delegate for the whole table, no per-row widgets.

The prompt cell carries a picture: the poster of the downloaded video once
there is one (asked of the shared ``ui.posters.PosterCache`` only when the
row is painted), a status icon until then. The progress cell is a real
progress bar drawn by the style (``QStyleOptionProgressBar``), so it looks
native and follows the palette. Every other cell is the standard item
painting.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from omnidesk.engine.store import VideoRecord
from ui import icons
from ui.posters import PosterCache, PosterKey
from ui.queue.model import Column, QueueModel, QueueStatus

AnyIndex = QModelIndex | QPersistentModelIndex

# Statuses whose progress means something (the server took the task).
BAR_STATUSES = frozenset(
    {QueueStatus.PENDING, QueueStatus.PROCESSING, QueueStatus.NOT_TRACKED, QueueStatus.COMPLETED}
)
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
# Vertical room around the picture and the bar inside a row.
ROW_PADDING = 6
BAR_PADDING = 4


def poster_key(path: Path, videos: Iterable[VideoRecord]) -> PosterKey:
    """The poster of a row: its downloaded file (``VideoPathRole``), with the size its download recorded.

    The queue knows no mtime without a stat(); ``forget`` covers a file filed again under its name.
    """
    size = next((video.size for video in videos if video.local_path == path), None)
    return PosterKey(path, size)


def status_icon(style: QStyle, status: QueueStatus, size: int) -> QIcon:
    """The icon that stands for a status (before a poster exists), ``size`` pixels.

    Drawn at most ``size`` so it is centred in the poster's place instead of stretched to fill it;
    in the view's text colour, which it follows when the palette changes.
    """
    return icons.icon(_STATUS_ICONS[status], QPalette.ColorRole.Text, max_size=size)


class QueueDelegate(QStyledItemDelegate):
    """Paints posters or status icons in the prompt cell and a progress bar in the progress cell.

    No signals of its own.
    """

    def __init__(self, posters: PosterCache | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._posters = posters
        self._icons: dict[tuple[int, QueueStatus], QIcon] = {}

    def _status_icon(self, style: QStyle, status: QueueStatus) -> QIcon:
        key = (id(style), status)
        icon = self._icons.get(key)
        if icon is None:
            size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4
            icon = self._icons[key] = status_icon(style, status, size)
        return icon

    @property
    def picture_size(self) -> QSize:
        return self._posters.size if self._posters is not None else QSize(64, 36)

    def row_height(self, widget: QWidget | None) -> int:
        """The one height of every row (uniform rows keep long lists fast)."""
        metrics = widget.fontMetrics() if widget is not None else QApplication.fontMetrics()
        return max(self.picture_size.height(), 2 * metrics.height()) + ROW_PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), self.row_height(option.widget))  # type: ignore[attr-defined]

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() != Column.PROMPT:
            return
        status = index.data(QueueModel.StatusRole)
        if status is None:
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        icon = self._status_icon(style, status)
        path = index.data(QueueModel.VideoPathRole)
        if path is not None and self._posters is not None:
            key = poster_key(path, index.data(QueueModel.VideosRole) or ())
            pixmap = self._posters.pixmap(key)  # asked for if missing: painted now, worth making
            if pixmap is not None:
                icon = QIcon(pixmap)
        option.icon = icon  # type: ignore[attr-defined]
        option.decorationSize = self.picture_size  # type: ignore[attr-defined]
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.column() != Column.PROGRESS:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        # The row's background and selection first, as every other cell has them.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        if index.data(QueueModel.StatusRole) not in BAR_STATUSES:
            return
        value = int(index.data(QueueModel.ProgressRole) or 0)
        bar = QStyleOptionProgressBar()
        if widget is not None:
            bar.initFrom(widget)
        rect = option.rect  # type: ignore[attr-defined]
        height = min(rect.height() - 2 * BAR_PADDING, bar.fontMetrics.height() + 6)
        bar.rect = rect.adjusted(BAR_PADDING, 0, -BAR_PADDING, 0)
        bar.rect.setTop(rect.top() + (rect.height() - height) // 2)
        bar.rect.setHeight(height)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = value
        bar.text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = (
            bar.state | QStyle.StateFlag.State_Horizontal | QStyle.StateFlag.State_Enabled
        )  # Qt 6 reads the orientation from the state
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
