"""Drop to restore: an OmniDesk video (or its sidecar) dropped on the form brings its settings back.

A result's sidecar (``<stem>.omnidesk.json`` beside ``<stem>.mp4``) holds the
exact request that made it. ``restorable_path`` says whether a drag carries
such a file (a video with a sidecar beside it is checked only when dropped);
``read_restorable`` reads it on a worker and finds the result's record by task
id, so the new generation records it as its parent. A file that is not ours
raises ``NotOursError`` with a sentence that says why.

``RestoreDialog`` shows what would change before the form is replaced: the
prompt as a word diff (colours from the palette) and the settings that differ.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from omnidesk.api.models import GenerationRequest
from omnidesk.engine.library import (
    SIDECAR_FORMAT,
    SIDECAR_SUFFIX,
    VIDEO_EXTENSIONS,
    ResultMetadata,
    sidecar_path,
)
from omnidesk.engine.store import Store
from omnidesk.iterate.diff import diff_html, parameter_changes, word_diff
from ui.iterate.words import parameter_changes_text

_CONTEXT = "Restore"
# A sidecar is a few kilobytes: a larger file is not one of ours (and is not read whole).
_MAX_SIDECAR_BYTES = 4 * 1024 * 1024


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class NotOursError(Exception):
    """The dropped file is not an OmniDesk result (or its settings cannot be read): why, in words."""


def is_restorable_name(path: Path) -> bool:
    """A sidecar, or a video (which may have one beside it): what the form takes to restore."""
    name = path.name.lower()
    return name.endswith(SIDECAR_SUFFIX) or path.suffix.lower() in VIDEO_EXTENSIONS


def restorable_path(mime: QMimeData | None) -> Path | None:
    """The first local sidecar or video a drag carries, or None (images go to the image slots)."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if is_restorable_name(path):
                return path
    return None


@dataclass(frozen=True)
class Restored:
    """What a dropped result restores: its request, local images and record (None if unknown)."""

    request: GenerationRequest
    local_images: tuple[str | None, ...]
    parent_id: int | None
    name: str


def _read_ours(sidecar: Path, shown: str) -> ResultMetadata:
    try:
        with open(sidecar, "rb") as handle:
            raw = handle.read(_MAX_SIDECAR_BYTES + 1)
    except FileNotFoundError as exc:
        raise NotOursError(_tr("“{name}” is no longer there.").format(name=shown)) from exc
    except OSError as exc:
        raise NotOursError(
            _tr("“{name}” could not be read: {reason}.").format(name=shown, reason=exc.strerror or exc)
        ) from exc
    try:
        data = json.loads(raw) if len(raw) <= _MAX_SIDECAR_BYTES else None
    except (ValueError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT:
        raise NotOursError(
            _tr("“{name}” is not an OmniDesk settings file, so there is nothing to restore from it.").format(
                name=sidecar.name
            )
        )
    metadata = ResultMetadata.from_json(data)
    if not metadata.prompt.strip():
        raise NotOursError(_tr("“{name}” holds no prompt to restore.").format(name=shown))
    return metadata


def read_restorable(path: Path, store: Store | None) -> Restored:
    """Read a dropped sidecar or video's sidecar (on a worker); raises NotOursError."""
    path = Path(path)
    if path.name.lower().endswith(SIDECAR_SUFFIX):
        metadata = _read_ours(path, path.name)
    elif path.suffix.lower() in VIDEO_EXTENSIONS:
        sidecar = sidecar_path(path)
        if not sidecar.is_file():
            raise NotOursError(
                _tr(
                    "“{name}” is not an OmniDesk video: there is no settings file ({sidecar}) beside it, "
                    "so OmniDesk cannot tell how it was made."
                ).format(name=path.name, sidecar=sidecar.name)
            )
        metadata = _read_ours(sidecar, path.name)
    else:
        raise NotOursError(_tr("“{name}” is not an OmniDesk video or settings file.").format(name=path.name))
    request, local_images = metadata.to_request()
    record = store.by_task_id(metadata.task_id) if store is not None and metadata.task_id else None
    return Restored(request, local_images, record.id if record is not None else None, path.name)


class RestoreDialog(QDialog):
    """What restoring a dropped result would change in the form, with Replace and Cancel.

    No signals beyond QDialog's (``accepted`` means replace).
    """

    def __init__(
        self,
        current: GenerationRequest,
        restored: GenerationRequest,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore settings"))
        self.setAccessibleName(self.tr("Restore settings"))
        palette = self.palette()
        added = palette.color(QPalette.ColorRole.Link).name()
        removed = palette.color(QPalette.ColorRole.PlaceholderText).name()

        heading = QLabel(self.tr("Replace the form with the settings of “{name}”?").format(name=name))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.prompt_diff = QLabel()
        self.prompt_diff.setObjectName("promptDiff")
        self.prompt_diff.setTextFormat(Qt.TextFormat.RichText)
        self.prompt_diff.setWordWrap(True)
        self.prompt_diff.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt_diff.setAccessibleName(self.tr("How the prompt would change"))
        pieces = word_diff(current.prompt, restored.prompt)
        if current.prompt.split() == restored.prompt.split():
            self.prompt_diff.setText(self.tr("The prompt stays the same."))
        else:
            self.prompt_diff.setText(diff_html(pieces, added=added, removed=removed))
        self.prompt_diff.setAccessibleDescription(restored.prompt)

        self.changes = parameter_changes(current, restored)
        self.settings = QLabel(parameter_changes_text(self.changes))
        self.settings.setObjectName("settingsChanges")
        self.settings.setWordWrap(True)
        self.settings.setAccessibleName(self.tr("How the settings would change"))

        prompt_title = QLabel(self.tr("Prompt:"))
        settings_title = QLabel(self.tr("Settings:"))
        for title in (prompt_title, settings_title):
            title.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        buttons = QDialogButtonBox()
        self.replace_button = buttons.addButton(self.tr("Replace"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.replace_button.setAccessibleName(self.tr("Replace the form"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Keep the form as it is"))
        self.replace_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addSpacing(4)
        column.addWidget(prompt_title)
        column.addWidget(self.prompt_diff)
        column.addSpacing(4)
        column.addWidget(settings_title)
        column.addWidget(self.settings)
        column.addSpacing(8)
        column.addWidget(buttons)
        self.setMinimumWidth(420)
