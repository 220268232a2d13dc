"""``WipeView``: two clips of one shape in one picture, split by a divider the user moves.

A QVideoWidget paints in its own native surface and cannot be clipped, so
both players render into ``QVideoSink``s instead and this widget paints the
two current frames itself: clip A left of the divider, clip B right of it,
both letterboxed into the same rectangle. Because it paints plain images,
``QWidget.grab()`` captures it (which it cannot do for a QVideoWidget).

The divider follows the mouse (press anywhere, drag) and the arrow keys
(Shift for bigger steps, Home / End for the edges).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.compare.layout import fitted

KEY_STEP = 0.02
BIG_KEY_STEP = 0.1
# How close to the divider the pointer must be to show that it can be dragged.
GRAB_DISTANCE_PX = 8


class WipeView(QWidget):
    """Paints clip A left of a vertical divider and clip B right of it.

    Signals:

    - ``dividerChanged(float)``: the divider moved; where it is, 0 (left edge) to 1 (right edge).

    ``set_sinks(a, b)`` gives the two sinks the players render into; ``set_names`` the two
    short names painted in the top corners.
    """

    dividerChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareWipe")
        self.setAccessibleName(self.tr("Wipe view"))
        self.setAccessibleDescription(
            self.tr(
                "The first clip left of the divider, the second right of it. Move it with the arrow keys."
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 135)
        self._divider = 0.5
        self._sinks: tuple[QVideoSink, QVideoSink] | None = None
        self._names = ("", "")
        self._dragging = False

    # ------------------------------------------------------------------ API

    def set_sinks(self, first: QVideoSink, second: QVideoSink) -> None:
        if self._sinks is not None:
            for sink in self._sinks:
                sink.videoFrameChanged.disconnect(self._on_frame)
        self._sinks = (first, second)
        for sink in self._sinks:
            sink.videoFrameChanged.connect(self._on_frame)
        self.update()

    def set_names(self, first: str, second: str) -> None:
        self._names = (first, second)
        self.update()

    @property
    def divider(self) -> float:
        return self._divider

    def set_divider(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, float(fraction)))
        if fraction == self._divider:
            return
        self._divider = fraction
        self.update()
        self.dividerChanged.emit(fraction)

    def has_frames(self) -> bool:
        """Whether both clips have a frame to show."""
        frames = self._frames()
        return bool(frames) and all(frame.isValid() for frame in frames)

    def picture_rect(self) -> QRectF:
        """Where the frames are painted (letterboxed; the whole widget before the first frame)."""
        size = self._frame_size()
        if size is None:
            return QRectF(self.rect())
        width, height = fitted(size.width() / size.height(), self.width(), self.height())
        rect = QRectF(0, 0, width, height)
        rect.moveCenter(QRectF(self.rect()).center())
        return rect

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    # ------------------------------------------------------------------ painting

    def _frames(self) -> list[QVideoFrame]:
        return [sink.videoFrame() for sink in self._sinks] if self._sinks is not None else []

    def _frame_size(self) -> QSize | None:
        for frame in self._frames():
            if frame.isValid() and not frame.size().isEmpty():
                return frame.size()
        return None

    def _divider_x(self) -> float:
        picture = self.picture_rect()
        return picture.left() + self._divider * picture.width()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            palette = self.palette()
            # Letterbox bars in the palette's darkest shade, as the video widgets' black.
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Shadow))
            picture = self.picture_rect()
            split = self._divider_x()
            halves = (
                QRectF(picture.left(), picture.top(), split - picture.left(), picture.height()),
                QRectF(split, picture.top(), picture.right() - split, picture.height()),
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            frames = self._frames() or [QVideoFrame(), QVideoFrame()]
            for frame, half in zip(frames, halves, strict=True):
                image = self._image(frame)
                if image is None or half.width() <= 0:
                    continue
                painter.save()
                painter.setClipRect(half)
                painter.drawImage(picture, image)
                painter.restore()
            self._paint_divider(painter, picture, split)
            self._paint_names(painter, picture)
            if self.hasFocus():
                pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        finally:
            painter.end()

    def _image(self, frame: QVideoFrame) -> QImage | None:
        if not frame.isValid():
            return None
        image = frame.toImage()
        return None if image.isNull() else image

    def _paint_divider(self, painter: QPainter, picture: QRectF, x: float) -> None:
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        painter.drawLine(QPointF(x, picture.top()), QPointF(x, picture.bottom()))
        # A grip in the middle, so the divider reads as something to drag.
        grip = QRectF(0, 0, 12, 36)
        grip.moveCenter(QPointF(x, picture.center().y()))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.HighlightedText), 1))
        painter.drawRoundedRect(grip, 4, 4)

    def _paint_names(self, painter: QPainter, picture: QRectF) -> None:
        palette = self.palette()
        metrics = painter.fontMetrics()
        margin = 6
        for index, name in enumerate(self._names):
            if not name:
                continue
            width = metrics.horizontalAdvance(name) + 2 * margin
            height = metrics.height() + margin
            left = picture.left() + margin if index == 0 else picture.right() - margin - width
            box = QRectF(left, picture.top() + margin, width, height)
            path = QPainterPath()
            path.addRoundedRect(box, 4, 4)
            painter.fillPath(path, palette.color(QPalette.ColorRole.ToolTipBase))
            painter.setPen(palette.color(QPalette.ColorRole.ToolTipText))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)

    # ------------------------------------------------------------------ input

    def _fraction_at(self, x: float) -> float:
        picture = self.picture_rect()
        if picture.width() <= 0:
            return self._divider
        return (x - picture.left()) / picture.width()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self.set_divider(self._fraction_at(event.position().x()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._dragging:
            self.set_divider(self._fraction_at(x))
            event.accept()
            return
        near = abs(x - self._divider_x()) <= GRAB_DISTANCE_PX
        if near:
            self.setCursor(Qt.CursorShape.SplitHCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._dragging:
            self._dragging = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = BIG_KEY_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else KEY_STEP
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.set_divider(self._divider - step)
        elif key == Qt.Key.Key_Right:
            self.set_divider(self._divider + step)
        elif key == Qt.Key.Key_Home:
            self.set_divider(0.0)
        elif key == Qt.Key.Key_End:
            self.set_divider(1.0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # ------------------------------------------------------------------ frames

    def _on_frame(self, _frame: QVideoFrame) -> None:
        # Painted from the sinks' current frames: a burst of frames costs one paint.
        self.update()
