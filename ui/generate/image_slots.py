"""Image slots: where a creator puts the images a generation starts from.

A slot takes an image four ways: dropped from the file manager (or a
browser), pasted from the clipboard (an image, a file, or a URL), picked
with a file dialog, or typed as an http(s) URL. A local file is checked on a
worker (``check_image_file``: format by content, at most 20 MB) before the
slot counts as filled; a bad file is refused with the reason shown at the
slot, and whatever the slot held before stays. A pasted picture is saved as
a PNG under the cache folder (on a worker) and then used like any file.

``ImageSlots`` shows exactly as many slots as the mode allows (1 or 3; the
mode's form never offers 2), lets the creator reorder them, and says whether
every shown slot is filled.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omnidesk import paths
from omnidesk.api.images import check_image_file
from omnidesk.api.rules import is_public_http_url
from ui import icons
from ui.background import Background, describe_error
from ui.generate.restore import restorable_path

THUMB_SIZE = QSize(96, 72)
MAX_SLOTS = 3
PASTED_FOLDER = "pasted"
_TYPE_NAMES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "image/gif": "GIF"}


# ---------------------------------------------------------------------- worker side


@dataclass(frozen=True)
class CheckedImage:
    """A local image that may be uploaded, and a small picture of it (made on a worker)."""

    path: Path
    content_type: str
    size: int
    thumbnail: QImage | None = field(default=None, compare=False)


def check_local_image(path: Path) -> CheckedImage:
    """Check ``path`` as the upload will (raises InvalidUploadError with the reason) and make a thumbnail.

    Runs on a worker: it reads the file. QImage (unlike QPixmap) may be made off the UI thread.
    """
    content_type, size = check_image_file(path)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid():
        # Twice the shown size, so the thumbnail stays sharp on high-DPI screens.
        reader.setScaledSize(full.scaled(THUMB_SIZE * 2, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return CheckedImage(Path(path), content_type, size, None if image.isNull() else image)


def pasted_folder() -> Path:
    return paths.cache_dir() / PASTED_FOLDER


def save_pasted_image(image: QImage) -> Path:
    """Save a pasted picture as a PNG named by its content (on a worker); the same picture, the same file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the pasted picture could not be turned into a PNG")
    buffer.close()
    content = bytes(data.data())
    folder = pasted_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"pasted-{hashlib.sha256(content).hexdigest()[:16]}.png"
    if not path.exists():
        # Written aside and renamed, so a crash never leaves half a PNG under the final name.
        handle, temp = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(content)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    return path


# ---------------------------------------------------------------------- what a slot holds


@dataclass(frozen=True)
class SlotImage:
    """A checked local file (uploaded at submit) or an http(s) URL (sent as it is)."""

    path: Path | None = None
    url: str | None = None
    content_type: str | None = None
    size: int | None = None
    thumbnail: QImage | None = field(default=None, compare=False, repr=False)

    @property
    def is_local(self) -> bool:
        return self.path is not None

    @classmethod
    def from_checked(cls, checked: CheckedImage) -> SlotImage:
        return cls(
            path=checked.path,
            content_type=checked.content_type,
            size=checked.size,
            thumbnail=checked.thumbnail,
        )


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _local_file_from_text(text: str) -> Path | None:
    text = text.strip()
    if text.startswith("file://"):
        url = QUrl(text.splitlines()[0])
        return Path(url.toLocalFile()) if url.isLocalFile() else None
    return None


class ImageSlot(QFrame):
    """One image of a generation.

    Signals:

    - ``changed()``: what the slot holds (or whether it is being checked) changed.
    - ``moveRequested(int)``: the user asked to move this image up (-1) or down (+1).
    """

    changed = Signal()
    moveRequested = Signal(int)

    def __init__(self, background: Background, index: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self._image: SlotImage | None = None
        self._error: str | None = None
        self._checking: str | None = None  # the name being checked
        self._job = 0  # results of older checks are dropped
        self.index = index

        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB_SIZE)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setFrameShape(QFrame.Shape.Box)
        self.thumb.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.thumb.setWordWrap(True)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("or an image URL: https://…"))
        self.url_edit.setClearButtonEnabled(True)
        self.status_icon = QLabel()
        self.status = QLabel()
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setWordWrap(True)  # after the size policy, which would drop its height-for-width
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.choose_button = self._button(
            self.tr("Choose…"),
            None,
            self.tr("Choose an image file"),
            self.tr("Choose an image file (JPEG, PNG, WebP or GIF, at most 20 MB)"),
        )
        self.paste_button = self._button(
            self.tr("Paste"),
            None,
            self.tr("Paste an image"),
            self.tr("Use the image, file or URL on the clipboard (Ctrl+V)"),
        )
        self.remove_button = self._button(
            None,
            icons.icon("trash"),
            self.tr("Remove this image"),
            self.tr("Remove this image (Delete)"),
        )
        self.up_button = self._button(
            None,
            icons.icon("move-up"),
            self.tr("Move this image up"),
            self.tr("Move this image up"),
        )
        self.down_button = self._button(
            None,
            icons.icon("move-down"),
            self.tr("Move this image down"),
            self.tr("Move this image down"),
        )

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.thumb, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.url_edit, 1, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for button in (self.choose_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 2, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status, 1)
        grid.addLayout(status_row, 3, 1)
        grid.setColumnStretch(1, 1)

        self.choose_button.clicked.connect(self._on_choose)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button.clicked.connect(self.clear)
        self.up_button.clicked.connect(lambda: self.moveRequested.emit(-1))
        self.down_button.clicked.connect(lambda: self.moveRequested.emit(1))
        self.url_edit.textEdited.connect(self._on_url_edited)
        self.set_index(index)
        self.set_move_enabled(False, False)
        self._refresh()

    def _button(self, text: str | None, icon: QIcon | None, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        if text is not None:
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if icon is not None:
            button.setIcon(icon)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # ------------------------------------------------------------------ state

    def image(self) -> SlotImage | None:
        """What the slot holds (None while empty)."""
        return self._image

    @property
    def checking(self) -> bool:
        return self._checking is not None

    def is_filled(self) -> bool:
        """Holds an image and no check is running (a running check may still replace it)."""
        return self._image is not None and self._checking is None

    def error(self) -> str | None:
        """Why the last image offered here was refused (None when it was not)."""
        return self._error

    def set_index(self, index: int) -> None:
        self.index = index
        self.title.setText(self.tr("Image {n}").format(n=index + 1))
        self.setAccessibleName(self.tr("Image {n}").format(n=index + 1))
        self.url_edit.setAccessibleName(self.tr("Image {n} URL").format(n=index + 1))

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.setAccessibleName(text)

    def set_move_enabled(self, up: bool, down: bool) -> None:
        self.up_button.setVisible(up or down)
        self.down_button.setVisible(up or down)
        self.up_button.setEnabled(up)
        self.down_button.setEnabled(down)

    # ------------------------------------------------------------------ filling

    def set_image(self, image: SlotImage | None) -> None:
        """Hold ``image`` as it is (already checked); stops any check in progress."""
        self._job += 1
        self._checking = None
        self._image = image
        self._error = None
        self._show_url(image.url if image is not None and image.url else "")
        self._refresh()

    def clear(self) -> None:
        self.set_image(None)

    def set_url(self, url: str) -> bool:
        """Hold an http(s) URL (False and the reason at the slot when it is not one)."""
        url = url.strip()
        self._show_url(url)
        return self._take_url(url)

    def set_local(self, path: Path | str, fallback_url: str | None = None) -> None:
        """Check a local file on a worker, then hold it; a refused file leaves the slot as it was.

        With ``fallback_url``, a file that is gone or refused gives way to that URL (loading an old
        request whose file was moved).
        """
        path = Path(path)
        self._job += 1
        job = self._job
        self._checking = path.name or str(path)
        self._error = None
        self._refresh()
        self._background.run(
            check_local_image,
            path,
            on_done=lambda checked: self._on_checked(job, checked),
            on_error=lambda exc: self._on_check_failed(job, exc, fallback_url),
        )

    def set_pasted_image(self, image: QImage) -> None:
        """Save a pasted picture as a PNG (on a worker), then hold it like a dropped file."""
        self._job += 1
        job = self._job
        self._checking = self.tr("the pasted picture")
        self._error = None
        self._refresh()
        self._background.run(
            save_pasted_image,
            image.copy(),  # a copy of its own: the clipboard may change meanwhile
            on_done=lambda path: self._on_pasted_saved(job, path),
            on_error=lambda exc: self._on_check_failed(job, exc, None),
        )

    def take_mime(self, mime: QMimeData | None) -> bool:
        """Take what a drop or the clipboard carries: a file, a picture, or a URL (False if nothing fits)."""
        if mime is None:
            self._refuse(
                self.tr("The clipboard is empty. Copy an image, an image file or an image URL first.")
            )
            return False
        if mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile():
                    self.set_local(Path(url.toLocalFile()))
                    return True
                if url.scheme() in ("http", "https"):
                    return self.set_url(url.toString())
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QPixmap):
                image = image.toImage()
            if isinstance(image, QImage) and not image.isNull():
                self.set_pasted_image(image)
                return True
        if mime.hasText():
            text = mime.text().strip()
            local = _local_file_from_text(text)
            if local is not None:
                self.set_local(local)
                return True
            if is_public_http_url(text):
                return self.set_url(text)
        self._refuse(self.tr("That is not an image, an image file or an http(s) image URL. Try another one."))
        return False

    def paste(self) -> None:
        self.take_mime(QGuiApplication.clipboard().mimeData())

    # ------------------------------------------------------------------ results

    def _on_checked(self, job: int, checked: CheckedImage) -> None:
        if job != self._job:
            return
        self._checking = None
        self._image = SlotImage.from_checked(checked)
        self._error = None
        self._show_url("")
        self._refresh()

    def _on_check_failed(self, job: int, exc: BaseException, fallback_url: str | None) -> None:
        if job != self._job:
            return
        self._checking = None
        if fallback_url and is_public_http_url(fallback_url):
            self.set_url(fallback_url)
            return
        self._error = describe_error(exc)
        self._refresh()

    def _on_pasted_saved(self, job: int, path: Path) -> None:
        if job == self._job:
            self.set_local(path)

    def _on_url_edited(self, text: str) -> None:
        self._take_url(text.strip())

    def _take_url(self, url: str) -> bool:
        # Typing replaces what the slot held: the field is what the creator now means.
        self._job += 1
        self._checking = None
        if not url:
            self._image, self._error = None, None
            self._refresh()
            return False
        if is_public_http_url(url):
            self._image, self._error = SlotImage(url=url), None
            self._refresh()
            return True
        self._image = None
        self._error = self.tr("Type a full http(s) address, e.g. https://example.com/photo.jpg")
        self._refresh()
        return False

    def _refuse(self, reason: str) -> None:
        self._error = reason
        self._refresh()

    def _show_url(self, url: str) -> None:
        if self.url_edit.text() != url:
            self.url_edit.setText(url)

    def _on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)"),
        )
        if name:
            self.set_local(Path(name))

    # ------------------------------------------------------------------ showing

    def _refresh(self) -> None:
        image = self._image
        style = self.style()
        icon_size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        if image is not None and image.thumbnail is not None:
            pixmap = QPixmap.fromImage(image.thumbnail)
            pixmap = pixmap.scaled(
                THUMB_SIZE - QSize(4, 4),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.thumb.setPixmap(pixmap)
        elif image is not None and image.url:
            big = style.pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
            self.thumb.setPixmap(icons.icon("link", QPalette.ColorRole.PlaceholderText).pixmap(big, big))
        elif image is not None:
            self.thumb.clear()
            self.thumb.setText(self.tr("No preview"))  # Qt cannot draw it; the service can still use it
        else:
            self.thumb.clear()
            self.thumb.setText(self.tr("Drop or paste an image here"))

        if self._checking is not None:
            text, icon = self.tr("Checking {name}…").format(name=self._checking), None
        elif self._error is not None:
            text, icon = self._error, "warning"
        elif image is not None and image.path is not None:
            kind = _TYPE_NAMES.get(image.content_type or "", self.tr("image"))
            size = _size_text(image.size) if image.size is not None else ""
            text = (
                self.tr("{name} · {kind} {size}").format(name=image.path.name, kind=kind, size=size).strip()
            )
            icon = None
        elif image is not None and image.url:
            host = urlsplit(image.url).hostname or image.url
            text = self.tr("From {host}: the service fetches it when the task is sent.").format(host=host)
            icon = None
        else:
            text, icon = self.tr("Empty: drop a file, paste, choose a file or type a URL."), None
        self.status.setText(text)
        if icon is None:
            self.status_icon.clear()
            self.status_icon.hide()
        else:
            self.status_icon.setPixmap(icons.icon(icon).pixmap(icon_size, icon_size))
            self.status_icon.show()
        self.remove_button.setEnabled(image is not None or self._checking is not None)
        self.setAccessibleDescription(text)
        self.changed.emit()

    # ------------------------------------------------------------------ events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if restorable_path(mime) is not None:
            event.ignore()  # an OmniDesk video or sidecar: the panel restores its settings
        elif mime.hasUrls() or mime.hasImage() or mime.hasText():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.take_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Only when the slot itself has focus: its line edit keeps Ctrl+V and Delete for its text.
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            event.accept()
        else:
            super().keyPressEvent(event)


class ImageSlots(QWidget):
    """One or three image slots, top to bottom in the order they are sent.

    Signals: ``changed()``: an image, a check or the number of slots changed.
    """

    changed = Signal()

    def __init__(self, background: Background, count: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots: list[ImageSlot] = []
        self._count = 0
        self._movable = True
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for index in range(MAX_SLOTS):
            slot = ImageSlot(background, index)
            slot.changed.connect(self.changed)
            slot.moveRequested.connect(lambda delta, s=slot: self._on_move(s, delta))
            column.addWidget(slot)
            self.slots.append(slot)
        self.set_count(count)

    @property
    def count(self) -> int:
        return self._count

    def set_count(self, count: int) -> None:
        """Show the first ``count`` slots (the others keep what they hold, hidden and not sent)."""
        if not 0 <= count <= MAX_SLOTS:
            raise ValueError(f"between 0 and {MAX_SLOTS} slots, not {count}")
        self._count = count
        for index, slot in enumerate(self.slots):
            slot.setVisible(index < count)
        self._update_moves()
        self.changed.emit()

    def set_movable(self, movable: bool) -> None:
        self._movable = movable
        self._update_moves()

    def shown(self) -> list[ImageSlot]:
        return self.slots[: self._count]

    def images(self) -> list[SlotImage | None]:
        """What each shown slot holds, in order."""
        return [slot.image() if slot.is_filled() else None for slot in self.shown()]

    def is_complete(self) -> bool:
        return all(slot.is_filled() for slot in self.shown())

    def missing(self) -> int:
        return sum(1 for slot in self.shown() if not slot.is_filled())

    def checking(self) -> bool:
        return any(slot.checking for slot in self.shown())

    def load(self, items: Sequence[tuple[str | None, str | None]]) -> None:
        """Fill the slots from (local path, URL) pairs: the file where there is one (checked on a
        worker, the URL if the file is gone), else the URL. Slots past ``items`` are emptied."""
        for index, slot in enumerate(self.slots):
            local, url = items[index] if index < len(items) else (None, None)
            if local:
                slot.set_local(Path(local), fallback_url=url)
            elif url:
                slot.set_url(url)
            else:
                slot.clear()

    def _on_move(self, slot: ImageSlot, delta: int) -> None:
        index = self.slots.index(slot)
        other = index + delta
        if not 0 <= other < self._count:
            return
        a, b = self.slots[index], self.slots[other]
        first, second = a.image() if a.is_filled() else None, b.image() if b.is_filled() else None
        a.set_image(second)
        b.set_image(first)
        # Keep the keyboard on the image that moved, so pressing again moves it on.
        button = b.up_button if delta < 0 else b.down_button
        (button if button.isEnabled() else b).setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_moves(self) -> None:
        for index, slot in enumerate(self.slots):
            if self._movable and self._count > 1:
                slot.set_move_enabled(index > 0, index < self._count - 1)
            else:
                slot.set_move_enabled(False, False)
