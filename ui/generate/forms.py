"""One form per mode, each offering only what that mode may send.

- Text to video: no images.
- First frame: exactly one image slot.
- Reference images: a "1 image / 3 images" choice that shows 1 or 3 slots (never 2).
- Reference video: one http(s) video URL, checked as it is typed, plus 0, 1 or
  3 images; with one image, whether it is the first frame or a reference.

Each form says what still blocks a submission (``blocker``) and what it
contributes to the request (``images``, ``video_urls``, ``generation_type``),
and can be filled back from a request (``load``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.rules import is_public_http_url
from ui import icons
from ui.background import Background
from ui.generate.image_slots import ImageSlots, SlotImage

LOCAL_PLACEHOLDER = "https://local.invalid/"


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _slot_items(
    request: GenerationRequest, local_images: Sequence[str | None]
) -> list[tuple[str | None, str]]:
    items = []
    for index, url in enumerate(request.image_urls):
        local = local_images[index] if index < len(local_images) else None
        # A placeholder never reached the service: only the file can stand for it.
        items.append((local, "" if url.startswith(LOCAL_PLACEHOLDER) else url))
    return items


class ModeForm(QWidget):
    """The part of the form that depends on the mode. Signals: ``changed()``."""

    changed = Signal()
    mode: Mode = Mode.TEXT
    # Its own strings are translated in its own context: self.tr() would look them up under
    # the subclass's name, where the catalogue does not have them.

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots: ImageSlots | None = None

    def blocker(self) -> str | None:
        """Why this form cannot be submitted yet, in words for the submit button's tooltip."""
        if self.slots is None:
            return None
        if self.slots.checking():
            return QCoreApplication.translate("ModeForm", "Wait until the images are checked.")
        missing = self.slots.missing()
        if missing == 1 and self.slots.count == 1:
            return QCoreApplication.translate("ModeForm", "Add the image first.")
        if missing:
            return QCoreApplication.translate("ModeForm", "Fill every image slot first ({n} empty).").format(
                n=missing
            )
        return None

    def images(self) -> list[SlotImage]:
        if self.slots is None:
            return []
        return [image for image in self.slots.images() if image is not None]

    def video_urls(self) -> tuple[str, ...]:
        return ()

    def generation_type(self) -> str | None:
        return None

    def load(self, request: GenerationRequest, local_images: Sequence[str | None]) -> None:
        if self.slots is not None:
            self.slots.load(_slot_items(request, local_images))

    def _count_choice(self, counts: Sequence[tuple[int, str]], name: str) -> tuple[QButtonGroup, QHBoxLayout]:
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for count, text in counts:
            button = QRadioButton(text)
            button.setAccessibleName(
                QCoreApplication.translate("ModeForm", "{group}: {choice}").format(group=name, choice=text)
            )
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            group.addButton(button, count)
            row.addWidget(button)
        row.addStretch(1)
        return group, row


class TextForm(ModeForm):
    mode = Mode.TEXT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_hint(self.tr("Only the prompt and the settings below are sent: no images.")))


class FrameForm(ModeForm):
    mode = Mode.FRAME

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots = ImageSlots(background, 1)
        self.slots.slots[0].set_title(self.tr("First frame"))
        self.slots.changed.connect(self.changed)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_hint(self.tr("The video starts from this image.")))
        column.addWidget(self.slots)

    def generation_type(self) -> str | None:
        return "frame"


class ReferenceForm(ModeForm):
    mode = Mode.REFERENCE

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_group, row = self._count_choice(
            [(1, self.tr("1 image")), (3, self.tr("3 images"))], self.tr("Reference images")
        )
        self.count_group.button(1).setChecked(True)
        self.slots = ImageSlots(background, 1)
        self.slots.changed.connect(self.changed)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            _hint(self.tr("The subject, look or composition of these images guides the video (1 or 3)."))
        )
        column.addLayout(row)
        column.addWidget(self.slots)
        self.count_group.idToggled.connect(self._on_count_toggled)

    def set_count(self, count: int) -> None:
        self.count_group.button(count).setChecked(True)

    def _on_count_toggled(self, count: int, checked: bool) -> None:
        if checked and self.slots is not None:
            self.slots.set_count(count)

    def generation_type(self) -> str | None:
        return "reference"

    def load(self, request: GenerationRequest, local_images: Sequence[str | None]) -> None:
        self.set_count(3 if len(request.image_urls) == 3 else 1)
        super().load(request, local_images)


class VideoForm(ModeForm):
    mode = Mode.VIDEO

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://… public address of the video"))
        self.url_edit.setAccessibleName(self.tr("Reference video URL"))
        self.url_edit.setClearButtonEnabled(True)
        url_label = QLabel(self.tr("Reference video &URL:"))
        url_label.setBuddy(self.url_edit)
        self.url_icon = QLabel()
        self.url_status = QLabel()
        self.url_status.setWordWrap(True)

        self.count_group, count_row = self._count_choice(
            [(0, self.tr("No images")), (1, self.tr("1 image")), (3, self.tr("3 images"))], self.tr("Images")
        )
        self.count_group.button(0).setChecked(True)
        self.use_group = QButtonGroup(self)
        self.use_frame = QRadioButton(self.tr("Use as f&irst frame"))
        self.use_frame.setAccessibleName(self.tr("Use the image as the first frame"))
        self.use_reference = QRadioButton(self.tr("Use as r&eference"))
        self.use_reference.setAccessibleName(self.tr("Use the image as a reference"))
        for button in (self.use_frame, self.use_reference):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.use_group.addButton(self.use_frame)
        self.use_group.addButton(self.use_reference)
        self.use_reference.setChecked(True)
        self.use_row = QWidget()
        use_layout = QHBoxLayout(self.use_row)
        use_layout.setContentsMargins(0, 0, 0, 0)
        use_layout.addWidget(self.use_frame)
        use_layout.addWidget(self.use_reference)
        use_layout.addStretch(1)

        self.slots = ImageSlots(background, 0)
        self.slots.changed.connect(self.changed)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            _hint(
                self.tr(
                    "The motion of this video guides the new one, and it decides the length (no "
                    "duration is sent). Videos cannot be uploaded: give a public http(s) address."
                )
            )
        )
        column.addWidget(url_label)
        column.addWidget(self.url_edit)
        status_row = QHBoxLayout()
        status_row.addWidget(self.url_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.url_status, 1)
        column.addLayout(status_row)
        column.addWidget(QLabel(self.tr("Images (optional):")))
        column.addLayout(count_row)
        column.addWidget(self.use_row)
        column.addWidget(self.slots)

        self.url_edit.textChanged.connect(self._on_url_changed)
        self.count_group.idToggled.connect(self._on_count_toggled)
        self.use_group.buttonToggled.connect(lambda *_: self.changed.emit())
        self._on_url_changed(self.url_edit.text())
        self._on_count_toggled(0, True)

    def video_url(self) -> str:
        return self.url_edit.text().strip()

    def video_urls(self) -> tuple[str, ...]:
        return (self.video_url(),)

    def set_count(self, count: int) -> None:
        self.count_group.button(count).setChecked(True)

    def generation_type(self) -> str | None:
        count = self.slots.count if self.slots is not None else 0
        if count == 0:
            return None
        if count == 1 and self.use_frame.isChecked():
            return "frame"
        return "reference"

    def blocker(self) -> str | None:
        url = self.video_url()
        if not url:
            return self.tr("Enter the reference video's URL first.")
        if not is_public_http_url(url):
            return self.tr("The reference video URL must be an http(s) address.")
        return super().blocker()

    def load(self, request: GenerationRequest, local_images: Sequence[str | None]) -> None:
        self.url_edit.setText(request.video_urls[0] if request.video_urls else "")
        count = len(request.image_urls)
        self.set_count(count if count in (0, 1, 3) else 0)
        if count == 1:
            (self.use_frame if request.generation_type == "frame" else self.use_reference).setChecked(True)
        super().load(request, local_images)

    def _on_url_changed(self, text: str) -> None:
        url = text.strip()
        style = self.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        if not url:
            icon, words = None, self.tr("Required: the public http(s) address of the motion reference.")
        elif is_public_http_url(url):
            icon = "success"
            words = self.tr("An http(s) address: the service fetches it when the task is sent.")
        else:
            icon = "warning"
            words = self.tr(
                "Not an http(s) address: it must start with https:// (or http://) and name a host."
            )
        self.url_status.setText(words)
        self.url_edit.setAccessibleDescription(words)
        if icon is None:
            self.url_icon.clear()
            self.url_icon.hide()
        else:
            self.url_icon.setPixmap(icons.icon(icon).pixmap(size, size))
            self.url_icon.show()
        self.changed.emit()

    def _on_count_toggled(self, count: int, checked: bool) -> None:
        if not checked or self.slots is None:
            return
        self.slots.set_count(count)
        self.use_row.setVisible(count == 1)
        if count == 1:
            self.slots.slots[0].set_title(self.tr("Image"))
        else:
            self.slots.slots[0].set_index(0)
        self.changed.emit()
