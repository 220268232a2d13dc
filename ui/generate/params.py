"""Duration, resolution and aspect, with a picture of the frame's shape and the approximate cost.

Every control offers only what the API accepts (the durations, resolutions
and aspects of ``omnidesk.api.spec``), so no value the service would refuse
can be picked. The duration row disappears in reference-video mode, where
the video decides the length and no duration is sent.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from omnidesk.api import spec
from omnidesk.api.pricing import estimate_cost


class AspectPreview(QWidget):
    """A rectangle in the frame's proportions (palette colours only); the pixel size is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._aspect = spec.DEFAULT_ASPECT_RATIO
        self._resolution = spec.DEFAULT_RESOLUTION
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Frame shape"))
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(56, 32)

    def set_frame(self, resolution: str, aspect: str) -> None:
        self._resolution, self._aspect = resolution, aspect
        self._describe()
        self.update()

    def _describe(self) -> None:
        width, height = spec.frame_size(self._resolution, self._aspect)
        text = self.tr("{w} × {h} pixels").format(w=width, h=height)
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        width, height = spec.frame_size(self._resolution, self._aspect)
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        scale = min(area.width() / width, area.height() / height)
        frame = QRectF(0, 0, width * scale, height * scale)
        frame.moveCenter(area.center())
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(frame, 3, 3)
        painter.end()


class ParamsForm(QWidget):
    """Duration, resolution, aspect and the approximate cost of one video (or of ``count`` copies:
    ``set_count``, for variations).

    Signals: ``changed()``: a value changed (the cost line is already updated).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duration = QComboBox()
        for seconds in spec.DURATIONS:
            self.duration.addItem(self.tr("{n} seconds").format(n=seconds), seconds)
        self.duration.setAccessibleName(self.tr("Duration"))
        self.duration.setToolTip(self.tr("Length of the video"))

        self.resolution = QComboBox()
        for name in spec.RESOLUTIONS:
            self.resolution.addItem(name, name)
        self.resolution.setAccessibleName(self.tr("Resolution"))
        self.resolution.setToolTip(self.tr("Resolution: 4k costs about twice as much"))

        self.aspect = QComboBox()
        self.aspect.addItem(self.tr("16:9 landscape"), "16:9")
        self.aspect.addItem(self.tr("9:16 portrait"), "9:16")
        self.aspect.setAccessibleName(self.tr("Aspect"))
        self.aspect.setToolTip(self.tr("Shape of the frame"))
        self.preview = AspectPreview()
        # As tall as the combo beside it, so the row lines up with the others.
        self.preview.setFixedSize(56, self.aspect.sizeHint().height())
        self.frame_size = QLabel()
        self.frame_size.setAccessibleName(self.tr("Frame size"))

        self.cost = QLabel()
        self.cost.setAccessibleName(self.tr("Approximate cost"))
        self.cost.setToolTip(
            self.tr(
                "An estimate from a reseller's price table: there is no official price list. "
                "The charge the finished task reports is the real one."
            )
        )

        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.duration_label = QLabel(self.tr("&Duration:"))
        self.duration_label.setBuddy(self.duration)
        self._form.addRow(self.duration_label, self.duration)
        resolution_label = QLabel(self.tr("&Resolution:"))
        resolution_label.setBuddy(self.resolution)
        self._form.addRow(resolution_label, self.resolution)
        aspect_row = QHBoxLayout()
        aspect_row.addWidget(self.aspect, 1)
        aspect_row.addWidget(self.preview)
        aspect_row.addWidget(self.frame_size)
        aspect_label = QLabel(self.tr("&Aspect:"))
        aspect_label.setBuddy(self.aspect)
        self._form.addRow(aspect_label, aspect_row)
        self._form.addRow(self.tr("Cost:"), self.cost)

        self._duration_shown = True
        self._count = 1
        _select(self.duration, spec.DEFAULT_DURATION)
        _select(self.resolution, spec.DEFAULT_RESOLUTION)
        _select(self.aspect, spec.DEFAULT_ASPECT_RATIO)
        for combo in (self.duration, self.resolution, self.aspect):
            combo.currentIndexChanged.connect(self._on_changed)
        self._on_changed()

    # ------------------------------------------------------------------ values

    def selected_duration(self) -> int | None:
        """The duration to send: None when the duration row is hidden (reference video)."""
        return int(self.duration.currentData()) if self._duration_shown else None

    def selected_resolution(self) -> str:
        return str(self.resolution.currentData())

    def selected_aspect(self) -> str:
        return str(self.aspect.currentData())

    def set_values(
        self, *, duration: int | None = None, resolution: str | None = None, aspect: str | None = None
    ) -> None:
        """Pick these values; a value the API does not know is ignored (the control keeps its own)."""
        if duration is not None:
            _select(self.duration, duration)
        if resolution is not None:
            _select(self.resolution, resolution.lower())
        if aspect is not None:
            _select(self.aspect, aspect)

    def set_duration_shown(self, shown: bool) -> None:
        """Show or hide the duration row (hidden: no duration is sent)."""
        self._duration_shown = shown
        self._form.setRowVisible(self.duration, shown)
        self._on_changed()

    @property
    def duration_shown(self) -> bool:
        return self._duration_shown

    def estimated_cost(self) -> float:
        """The approximate cost of one video with these settings (USD)."""
        return estimate_cost(self.selected_resolution(), self.selected_duration())

    def set_count(self, count: int) -> None:
        """How many videos one submission makes (variations): the cost line shows their total."""
        self._count = max(1, count)
        self._on_changed()

    @property
    def count(self) -> int:
        return self._count

    def total_cost(self) -> float:
        """The approximate cost of the ``count`` videos one submission makes (USD)."""
        return round(self.estimated_cost() * self._count, 2)

    def _on_changed(self) -> None:
        resolution, aspect = self.selected_resolution(), self.selected_aspect()
        self.preview.set_frame(resolution, aspect)
        width, height = spec.frame_size(resolution, aspect)
        self.frame_size.setText(self.tr("{w} × {h}").format(w=width, h=height))
        if self._count > 1:
            self.cost.setText(
                self.tr("≈ ${cost:.2f} for {count} (approximate)").format(
                    cost=self.total_cost(), count=self._count
                )
            )
        else:
            self.cost.setText(self.tr("≈ ${cost:.2f} (approximate)").format(cost=self.estimated_cost()))
        self.changed.emit()


def _select(combo: QComboBox, value: object) -> bool:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0
