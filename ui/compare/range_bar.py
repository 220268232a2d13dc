"""The comparison's seek slider and, under it, the loop range with its two handles.

``SeekSlider`` is a QSlider that jumps to where it is clicked (as video
players do) and says where a value sits on its groove, so ``LoopRangeBar``
can draw its in and out handles exactly under the slider's positions
whatever the style's margins are.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QSlider, QStyle, QStyleOptionSlider, QWidget

from ui.player.widget import format_time

HANDLE_WIDTH = 9
BAR_HEIGHT = 18
# Keyboard steps of a handle: one frame, or (with Shift) a second.
BIG_STEP_MS = 1000


class SeekSlider(QSlider):
    """A horizontal slider over ms that jumps to a click and maps values to x positions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def _rects(self) -> tuple[QRectF, QRectF]:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        return QRectF(groove), QRectF(handle)

    def _span(self) -> tuple[float, float]:
        """The x of the minimum and of the maximum (the handle's centre there), in own coordinates."""
        groove, handle = self._rects()
        half = handle.width() / 2
        return groove.left() + half, groove.right() - half

    def x_for(self, value: int) -> float:
        left, right = self._span()
        span = self.maximum() - self.minimum()
        if span <= 0:
            return left
        return left + (value - self.minimum()) / span * (right - left)

    def value_at(self, x: float) -> int:
        left, right = self._span()
        if right <= left:
            return self.minimum()
        fraction = min(1.0, max(0.0, (x - left) / (right - left)))
        return round(self.minimum() + fraction * (self.maximum() - self.minimum()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            _groove, handle = self._rects()
            if not handle.contains(event.position()):
                # Jump there first; the press below then grabs the handle under the pointer.
                self.setValue(self.value_at(event.position().x()))
        super().mousePressEvent(event)


class LoopRangeBar(QWidget):
    """The loop's in and out points as two handles under the seek slider.

    Signals:

    - ``rangeEdited(int, int)``: the user dragged a handle or moved one with the keys; the new in
      and out points in ms.

    Keyboard: Left / Right move the chosen handle one ``step`` (Shift: a second); Up / Down
    choose the in or the out handle.
    """

    rangeEdited = Signal(int, int)

    def __init__(self, slider: SeekSlider | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareLoopRange")
        self.setAccessibleName(self.tr("Loop range"))
        self.setToolTip(
            self.tr(
                "Drag the handles to choose the part that plays in a loop; "
                "or press I and O to set them at the current position"
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._slider = slider
        self._duration = 0
        self._in = 0
        self._out = 0
        self._loop = False
        self._step = 40
        self._active = 0  # 0: in handle, 1: out handle (the keys move it)
        self._dragging: int | None = None
        self._describe()

    # ------------------------------------------------------------------ API

    @property
    def range(self) -> tuple[int, int]:
        return (self._in, self._out)

    @property
    def active_handle(self) -> int:
        """0 when the keys move the in point, 1 for the out point."""
        return self._active

    def set_duration(self, ms: int) -> None:
        self._duration = max(0, int(ms))
        self.update()

    def set_step(self, ms: float) -> None:
        self._step = max(1, round(ms))

    def set_range(self, loop: bool, in_ms: int, out_ms: int) -> None:
        self._loop, self._in, self._out = bool(loop), int(in_ms), int(out_ms)
        self._describe()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, BAR_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, BAR_HEIGHT)

    # ------------------------------------------------------------------ geometry

    def _x_for(self, ms: int) -> float:
        if self._slider is not None:
            x = self._slider.x_for(ms)
            return float(self.mapFromGlobal(self._slider.mapToGlobal(QPoint(round(x), 0))).x())
        left, right = HANDLE_WIDTH, self.width() - HANDLE_WIDTH
        return left + (ms / self._duration * (right - left) if self._duration else 0)

    def _ms_at(self, x: float) -> int:
        if self._duration <= 0:
            return 0
        start, end = self._x_for(0), self._x_for(self._duration)
        if end <= start:
            return 0
        return round(min(1.0, max(0.0, (x - start) / (end - start))) * self._duration)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            enabled = self.isEnabled() and self._duration > 0
            middle = self.height() / 2
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(QPointF(self._x_for(0), middle), QPointF(self._x_for(self._duration), middle))
            if not enabled:
                return
            x_in, x_out = self._x_for(self._in), self._x_for(self._out)
            # The range in the highlight colour while it loops; only its handles while it does not.
            colour = palette.color(QPalette.ColorRole.Highlight if self._loop else QPalette.ColorRole.Dark)
            if self._loop:
                painter.setPen(QPen(colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
                painter.drawLine(QPointF(x_in, middle), QPointF(x_out, middle))
            for index, x in enumerate((x_in, x_out)):
                self._paint_handle(painter, x, index, colour)
        finally:
            painter.end()

    def _paint_handle(self, painter: QPainter, x: float, index: int, colour: QColor) -> None:
        palette = self.palette()
        top, bottom = 1.0, self.height() - 1.0
        # A bracket: "[" for in, "]" for out, pointing into the range.
        inward = 1 if index == 0 else -1
        shape = QPolygonF(
            [
                QPointF(x, top),
                QPointF(x + inward * HANDLE_WIDTH * 0.6, top),
                QPointF(x, top + HANDLE_WIDTH * 0.6),
                QPointF(x, bottom),
                QPointF(x - inward * 2, bottom),
                QPointF(x - inward * 2, top),
            ]
        )
        painter.setBrush(colour)
        active = self.hasFocus() and index == self._active
        outline = palette.color(QPalette.ColorRole.WindowText if active else QPalette.ColorRole.Window)
        painter.setPen(QPen(outline, 2 if active else 1))
        painter.drawPolygon(shape)

    # ------------------------------------------------------------------ input

    def _nearest(self, x: float) -> int:
        return 0 if abs(x - self._x_for(self._in)) <= abs(x - self._x_for(self._out)) else 1

    def _move(self, handle: int, ms: int) -> None:
        ms = min(max(0, ms), self._duration)
        gap = self._step
        start, end = (
            (min(ms, self._out - gap), self._out) if handle == 0 else (self._in, max(ms, self._in + gap))
        )
        new = (max(0, start), min(self._duration, end))
        if new != (self._in, self._out):
            self._in, self._out = new
            self._describe()
            self.update()
            self.rangeEdited.emit(self._in, self._out)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled() and self._duration > 0:
            x = event.position().x()
            self._dragging = self._active = self._nearest(x)
            self._move(self._dragging, self._ms_at(x))
            self.update()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None:
            self._move(self._dragging, self._ms_at(event.position().x()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = None
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = BIG_STEP_MS if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else self._step
        key = event.key()
        current = self._in if self._active == 0 else self._out
        if key == Qt.Key.Key_Left:
            self._move(self._active, current - step)
        elif key == Qt.Key.Key_Right:
            self._move(self._active, current + step)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._active = 1 - self._active
            self._describe()
            self.update()
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

    def _describe(self) -> None:
        which = self.tr("in point") if self._active == 0 else self.tr("out point")
        state = self.tr("looping") if self._loop else self.tr("not looping")
        self.setAccessibleDescription(
            self.tr("From {start} to {end}, {state}. Arrow keys move the {which}; Up or Down switch.").format(
                start=format_time(self._in), end=format_time(self._out), state=state, which=which
            )
        )
