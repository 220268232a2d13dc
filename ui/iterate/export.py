"""Export results to a folder of the user's choice: each video tagged with its prompt and
parameters (``omnidesk.iterate.export``), its sidecar beside it.

``export_items`` asks for the folder, then copies on a worker, one video
after another, and says in plain words what happened ("2 videos exported to
~/Desktop/clips", or why not: a full disk, a folder it may not write in).
The core writes each video to a hidden ``.part`` file and renames it only
once complete, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.background import describe_error

if TYPE_CHECKING:
    from omnidesk.engine.library import LibraryItem
    from omnidesk.iterate.export import Exported
    from ui.context import AppContext

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "export/lastFolder"
# Problems of the folder itself: the next videos would fail the same way, so stop at the first.
FOLDER_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def shown_path(path: Path) -> str:
    """A folder as a person writes it: under the home folder as ``~/…``."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix() if path != Path.home() else "~"
    except ValueError:
        return str(path)


def explain(exc: BaseException, folder: Path, video: Path) -> str:
    """Why one video could not be exported, and what to do."""
    where = shown_path(folder)
    code = exc.errno if isinstance(exc, OSError) else None
    if code in (errno.ENOSPC, errno.EDQUOT):
        return _tr("There is no room left on the disk of {folder}: free some space and export again.").format(
            folder=where
        )
    if code in (errno.EACCES, errno.EPERM):
        return _tr(
            "OmniDesk may not write in {folder}: choose another folder, or change its permissions."
        ).format(folder=where)
    if code == errno.EROFS:
        return _tr("{folder} is on a disk that cannot be written to: choose another folder.").format(
            folder=where
        )
    if code in (errno.ENOTDIR, errno.EEXIST) and not folder.is_dir():
        if folder.exists():
            return _tr("{folder} is a file, not a folder: choose a folder.").format(folder=where)
        return _tr("{folder} cannot be made: part of that path is a file. Choose another folder.").format(
            folder=where
        )
    if isinstance(exc, FileNotFoundError) and not video.exists():
        return _tr("{name} is no longer in the library.").format(name=video.name)
    import av  # loaded already: the export itself uses it

    if isinstance(exc, av.error.FFmpegError) and not isinstance(exc, OSError):
        # FFmpeg's own failures (damaged data, a codec MP4 cannot hold): about the source video.
        return _tr("{name} could not be read as a video ({reason}); it may be damaged.").format(
            name=video.name, reason=getattr(exc, "strerror", None) or str(exc)
        )
    return _tr("{name}: {reason}").format(name=video.name, reason=describe_error(exc))


@dataclass
class ExportReport:
    """What one export did: the videos written, and those that could not be, with why."""

    folder: Path
    exported: list[Exported] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # the library video, the sentence
    skipped: int = 0  # not tried after a problem of the folder itself

    def sentence(self) -> str:
        where = shown_path(self.folder)
        done = len(self.exported)
        if done == 1:
            text = _tr("1 video exported to {folder}.").format(folder=where)
        elif done:
            text = _tr("{n} videos exported to {folder}.").format(n=done, folder=where)
        else:
            text = _tr("No video was exported.")
        if not self.failed:
            return text
        not_done = len(self.failed) + self.skipped
        if done:
            text += " " + (
                _tr("1 could not be:") if not_done == 1 else _tr("{n} could not be:").format(n=not_done)
            )
        # The first reason says what to do; the same cause usually explains the rest.
        return f"{text} {self.failed[0][1]}"


class ExportJob(QObject):
    """One export on a worker. Signals:

    - ``progress(int, int)``: videos done so far, and how many in all.
    - ``message(str)``: a sentence for the user (the status bar): progress, then the outcome.
    - ``finished(object)``: the ``ExportReport``, once every video was tried.
    """

    progress = Signal(int, int)
    message = Signal(str)
    finished = Signal(object)

    def __init__(self, context: AppContext, items: Sequence[LibraryItem], folder: Path) -> None:
        super().__init__(context)  # not the asking widget: the export outlives a closed view
        self._context = context
        self.items = tuple(items)
        self.folder = folder
        self.report: ExportReport | None = None

    def start(self) -> None:
        total = len(self.items)
        self.message.emit(
            _tr("Exporting 1 video to {folder}…").format(folder=shown_path(self.folder))
            if total == 1
            else _tr("Exporting {n} videos to {folder}…").format(n=total, folder=shown_path(self.folder))
        )
        self._context.background.run(
            self._work, self._context.background.call_on_ui, on_done=self._on_done, on_error=self._on_error
        )

    def _work(self, call_on_ui: Callable[..., None]) -> ExportReport:
        # On a worker: files only; progress goes to the UI thread through call_on_ui.
        from omnidesk.iterate.export import export_result

        report = ExportReport(self.folder)
        total = len(self.items)
        for done, item in enumerate(self.items):
            try:
                report.exported.append(export_result(item, self.folder))
            except Exception as exc:  # reported, one sentence per video
                log.warning("could not export %s", item.video, exc_info=exc)
                report.failed.append((item.video, explain(exc, self.folder, item.video)))
                code = exc.errno if isinstance(exc, OSError) else None
                if code in FOLDER_ERRNOS or not self.folder.is_dir():
                    report.skipped = total - done - 1
                    break
            call_on_ui(self._on_progress, done + 1, total)
        return report

    def _on_progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.progress.emit(done, total)

    def _on_done(self, report: ExportReport) -> None:
        if not shiboken6.isValid(self):
            return
        self.report = report
        self.message.emit(report.sentence())
        self.finished.emit(report)
        self.deleteLater()

    def _on_error(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        log.error("export failed", exc_info=exc)
        first = self.items[0].video if self.items else self.folder
        # Not explain(): it looks at the disk, and this runs on the UI thread.
        report = ExportReport(self.folder, failed=[(first, describe_error(exc))])
        report.skipped = max(0, len(self.items) - 1)
        self._on_done(report)


def choose_export_folder(parent: QWidget) -> Path | None:
    """Ask for the folder (starting at the last one used); None when the user cancels."""
    settings = QSettings()
    start = str(settings.value(LAST_FOLDER_KEY, "") or Path.home())
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Export", "Export to folder"), start
    )
    if not chosen:
        return None
    settings.setValue(LAST_FOLDER_KEY, chosen)
    return Path(chosen)


def export_items(
    parent: QWidget,
    context: AppContext,
    items: Sequence[LibraryItem],
    choose_folder: Callable[[], Path | None] | None = None,
    *,
    on_message: Callable[[str], None] | None = None,
) -> ExportJob | None:
    """Export ``items`` to a folder the user picks (``choose_folder`` replaces the dialog).

    Returns the running ``ExportJob`` (connect its ``message`` / ``finished``; ``on_message`` is
    connected for you), or None when there was nothing to export or no folder was chosen.
    """
    if not items:
        return None
    folder = choose_folder() if choose_folder is not None else choose_export_folder(parent)
    if folder is None:
        return None
    job = ExportJob(context, items, folder)
    if on_message is not None:
        job.message.connect(on_message)
    job.start()
    return job
