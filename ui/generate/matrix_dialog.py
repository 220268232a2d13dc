"""The prompt matrix: several prompt lines and settings, every combination, counted and priced first.

``MatrixDialog`` starts from the form's request: its prompt fills the text
box (one prompt per line) and its aspect, resolution and duration are
checked. Every change shows at once how many videos the matrix makes and
their approximate total (``omnidesk.iterate.matrix``); a matrix over
``MAX_MATRIX`` is refused with the reason. Nothing is sent from here: the
Send button names the count and the total ("Send 12 videos (≈ $2.40)"),
and pressing it is the confirmation (``accepted``); the panel then sends
``requests()`` as one batch named ``label()``. Durations are not offered for
a reference video, which sets its own length.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omnidesk.api import spec
from omnidesk.api.errors import ValidationError
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.iterate.matrix import MAX_MATRIX, Matrix, approximate_total
from ui.background import describe_error


class MatrixDialog(QDialog):
    """Prompt lines and settings for a batch of every combination (see the module docstring).

    No signals beyond QDialog's: ``accepted`` is the user's go-ahead to send ``requests()``.
    """

    def __init__(self, base: GenerationRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixDialog")
        self.setWindowTitle(self.tr("Prompt matrix"))
        self.setAccessibleName(self.tr("Prompt matrix"))
        self._base = base
        self._requests: list[GenerationRequest] = []
        self._problem: str | None = None

        intro = QLabel(
            self.tr(
                "Every prompt line is combined with every checked setting. Nothing is sent until you "
                "press Send; the requests then go out at the pace the service allows."
            )
        )
        intro.setWordWrap(True)

        self.prompts = QPlainTextEdit()
        self.prompts.setObjectName("matrixPrompts")
        self.prompts.setPlainText(base.prompt)
        self.prompts.setTabChangesFocus(True)
        # One line is one prompt: wrapping would make one long prompt look like two.
        self.prompts.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.prompts.setAccessibleName(self.tr("Prompts, one per line"))
        self.prompts.setPlaceholderText(self.tr("One prompt per line"))
        self.prompts.setMinimumHeight(110)
        prompts_label = QLabel(self.tr("&Prompts (one per line):"))
        prompts_label.setBuddy(self.prompts)

        self.aspect_boxes = self._boxes(
            [("16:9", self.tr("16:9 landscape")), ("9:16", self.tr("9:16 portrait"))],
            base.aspect_ratio,
            self.tr("Aspect"),
        )
        self.resolution_boxes = self._boxes(
            [(name, name) for name in spec.RESOLUTIONS], base.resolution.lower(), self.tr("Resolution")
        )
        self.duration_boxes = self._boxes(
            [(seconds, self.tr("{n} s").format(n=seconds)) for seconds in spec.DURATIONS],
            base.duration,
            self.tr("Duration"),
        )
        self.aspects_group = self._group(self.tr("Aspects"), self.aspect_boxes)
        self.resolutions_group = self._group(self.tr("Resolutions"), self.resolution_boxes)
        self.durations_group = self._group(self.tr("Durations"), self.duration_boxes)
        # A reference video decides its own length: no duration is sent, so none is offered.
        self.durations_group.setVisible(base.mode is not Mode.VIDEO)

        self.summary = QLabel()
        self.summary.setObjectName("matrixSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("How many videos and their cost"))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.note = QLabel(
            self.tr(
                "Costs are estimates from a reseller's price table; the charges reported are the real ones."
            )
        )
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("matrixSend")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel: send nothing"))
        # Enter must not send a batch by accident: the user presses Send itself.
        self.send_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self._on_send)
        buttons.rejected.connect(self.reject)

        groups = QHBoxLayout()
        groups.addWidget(self.aspects_group)
        groups.addWidget(self.resolutions_group)
        groups.addWidget(self.durations_group)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(prompts_label)
        column.addWidget(self.prompts, 1)
        column.addLayout(groups)
        column.addWidget(self.summary)
        column.addWidget(self.note)
        column.addWidget(buttons)
        self.setMinimumWidth(460)

        self.prompts.textChanged.connect(self._on_changed)
        for box in (
            *self.aspect_boxes.values(),
            *self.resolution_boxes.values(),
            *self.duration_boxes.values(),
        ):
            box.toggled.connect(self._on_changed)
        self._on_changed()

    # ------------------------------------------------------------------ building

    def _boxes(
        self, choices: list[tuple[object, str]], current: object, axis: str
    ) -> dict[object, QCheckBox]:
        boxes: dict[object, QCheckBox] = {}
        for value, text in choices:
            box = QCheckBox(text)
            box.setChecked(value == current)
            box.setAccessibleName(self.tr("{axis}: {value}").format(axis=axis, value=text))
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            boxes[value] = box
        return boxes

    def _group(self, title: str, boxes: dict[object, QCheckBox]) -> QGroupBox:
        group = QGroupBox(title)
        grid = QGridLayout(group)
        for row, box in enumerate(boxes.values()):
            grid.addWidget(box, row, 0)
        grid.setRowStretch(len(boxes), 1)
        return group

    # ------------------------------------------------------------------ what it makes

    def matrix(self) -> Matrix:
        """The axes as checked now."""
        return Matrix(
            prompts=Matrix.prompt_lines(self.prompts.toPlainText()),
            aspect_ratios=tuple(str(v) for v, box in self.aspect_boxes.items() if box.isChecked()),
            resolutions=tuple(str(v) for v, box in self.resolution_boxes.items() if box.isChecked()),
            durations=tuple(int(v) for v, box in self.duration_boxes.items() if box.isChecked()),  # type: ignore[call-overload]
        )

    def requests(self) -> list[GenerationRequest]:
        """Every request of the matrix (empty while it cannot be sent: see ``problem``)."""
        return list(self._requests)

    def count(self) -> int:
        return len(self._requests)

    def total(self) -> float:
        """The approximate price of sending them all (USD)."""
        return approximate_total(self._requests)

    @property
    def problem(self) -> str | None:
        """Why the matrix cannot be sent as it stands, in words (None when it can)."""
        return self._problem

    def label(self) -> str:
        """The batch's name: "Matrix: 3 prompts × 2 aspects × 1 resolution × 2 durations"."""
        matrix = self.matrix()
        prompts = len(matrix.prompts)
        parts = [
            self.tr("1 prompt") if prompts == 1 else self.tr("{n} prompts").format(n=prompts),
            self._axis_words(len(matrix.aspect_ratios), self.tr("1 aspect"), self.tr("{n} aspects")),
            self._axis_words(len(matrix.resolutions), self.tr("1 resolution"), self.tr("{n} resolutions")),
        ]
        if self._base.mode is not Mode.VIDEO:
            parts.append(
                self._axis_words(len(matrix.durations), self.tr("1 duration"), self.tr("{n} durations"))
            )
        return self.tr("Matrix: {axes}").format(axes=" × ".join(parts))

    @staticmethod
    def _axis_words(n: int, one: str, many: str) -> str:
        return one if n == 1 else many.format(n=n)

    def _why_not(self, matrix: Matrix) -> str | None:
        if not matrix.prompts:
            return self.tr("Write at least one prompt line.")
        if not matrix.aspect_ratios:
            return self.tr("Check at least one aspect.")
        if not matrix.resolutions:
            return self.tr("Check at least one resolution.")
        if self._base.mode is not Mode.VIDEO and not matrix.durations:
            return self.tr("Check at least one duration.")
        return None

    def _on_changed(self, *_args: object) -> None:
        matrix = self.matrix()
        self._requests = []
        self._problem = self._why_not(matrix)
        if self._problem is None:
            try:
                self._requests = matrix.expand(self._base)
            except ValidationError as exc:
                self._problem = self.tr("One of these combinations cannot be sent: {reason}").format(
                    reason=describe_error(exc)
                )
            except ValueError:
                size = len(matrix.prompts) * len(matrix.aspect_ratios) * len(matrix.resolutions)
                if self._base.mode is not Mode.VIDEO:
                    size *= len(matrix.durations)
                self._problem = self.tr(
                    "That makes {count} videos: at most {most} go in one batch. Remove some prompt lines "
                    "or settings."
                ).format(count=size, most=MAX_MATRIX)
        if self._problem is not None:
            self.summary.setText(self._problem)
            self.send_button.setText(self.tr("Send"))
            self.send_button.setEnabled(False)
            self.send_button.setAccessibleName(self.tr("Send (nothing to send yet)"))
            return
        count, total = self.count(), self.total()
        videos = self.tr("1 video") if count == 1 else self.tr("{n} videos").format(n=count)
        self.summary.setText(
            self.tr("{videos} · ≈ ${total} in all (approximate)").format(videos=videos, total=f"{total:.2f}")
        )
        send = self.tr("Send {videos} (≈ ${total})").format(videos=videos, total=f"{total:.2f}")
        self.send_button.setText(send)
        self.send_button.setAccessibleName(send)
        self.send_button.setEnabled(True)

    def _on_send(self) -> None:
        if self._requests and self._problem is None:
            self.accept()
