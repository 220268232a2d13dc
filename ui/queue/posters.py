"""Small poster frames of downloaded results for the queue's rows, made off the UI thread.

``PosterCache.pixmap(path)`` answers from memory only. A miss asks for the
poster once (``request``): a worker decodes it with
``omnidesk.engine.thumbnails.poster`` (cached as a JPEG on disk, shared with
the library grid), reads and scales it into a ``QImage`` (safe off the UI
thread), and the UI thread turns that into a ``QPixmap``. The delegate asks
only for rows it paints, so a long list costs nothing until it is scrolled.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from omnidesk.engine import thumbnails
from ui.background import Background, describe_error

log = logging.getLogger(__name__)

# Enough for every row of a long session; a poster this small is a few kB.
MAX_POSTERS = 1000


def _load_poster(video: Path, cache_dir: Path | None, size: QSize) -> QImage:
    """On a worker: the poster of ``video``, scaled to fit ``size``."""
    poster = thumbnails.poster(video, cache_dir=cache_dir)
    image = QImage(str(poster))
    if image.isNull():
        raise OSError(f"the poster {poster} could not be read")
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class PosterCache(QObject):
    """Posters of result videos, in memory, made on demand.

    Signals:

    - ``ready(object)``: the poster of this video ``Path`` is now in ``pixmap``.
    - ``failed(object, str)``: it could not be made (the file is gone or unreadable); a sentence.
    """

    ready = Signal(object)
    failed = Signal(object, str)

    def __init__(
        self,
        background: Background,
        cache_dir: Callable[[], Path | None],
        size: QSize,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._background = background
        self._cache_dir = cache_dir
        self._size = QSize(size)
        self._pixmaps: OrderedDict[Path, QPixmap] = OrderedDict()
        self._pending: set[Path] = set()
        # A video that failed is not asked for again (each paint would start another decode);
        # ``forget`` clears it when the file may have changed.
        self._failed: dict[Path, str] = {}

    @property
    def size(self) -> QSize:
        return QSize(self._size)

    def pixmap(self, video: Path) -> QPixmap | None:
        """The poster if it is in memory (never waits, never reads the disk)."""
        found = self._pixmaps.get(video)
        if found is not None:
            self._pixmaps.move_to_end(video)
        return found

    def error(self, video: Path) -> str | None:
        """Why the poster of ``video`` could not be made, if it could not."""
        return self._failed.get(video)

    def request(self, video: Path) -> None:
        """Make the poster of ``video`` unless it is there, on its way, or failed already."""
        if video in self._pixmaps or video in self._pending or video in self._failed:
            return
        self._pending.add(video)
        self._background.run(
            _load_poster,
            video,
            self._cache_dir(),
            self._size,
            on_done=lambda image: self._on_loaded(video, image),
            on_error=lambda exc: self._on_failed(video, exc),
        )

    def forget(self, video: Path | None = None) -> None:
        """Drop one poster (or all), so the next paint asks again."""
        if video is None:
            self._pixmaps.clear()
            self._failed.clear()
            return
        self._pixmaps.pop(video, None)
        self._failed.pop(video, None)

    def _on_loaded(self, video: Path, image: QImage) -> None:
        self._pending.discard(video)
        self._pixmaps[video] = QPixmap.fromImage(image)
        while len(self._pixmaps) > MAX_POSTERS:
            self._pixmaps.popitem(last=False)
        self.ready.emit(video)

    def _on_failed(self, video: Path, exc: BaseException) -> None:
        self._pending.discard(video)
        # Not worth a dialog: the row keeps its status icon and says why in its tooltip.
        log.warning("no poster for %s: %s", video, exc)
        reason = describe_error(exc) if isinstance(exc, OSError) else str(exc)
        self._failed[video] = self.tr("No preview: {reason}").format(reason=reason)
        self.failed.emit(video, self._failed[video])
