"""Poster frames of result videos for every view that shows them, made on workers when painted.

A view asks ``PosterCache.pixmap(key)`` while painting a cell or a row. A
poster already in memory comes back at once; otherwise the request is queued
and ``None`` comes back (the view shows ``placeholder()`` or its own icon).
Workers turn the request into a ``QImage`` (``load_poster``:
``omnidesk.engine.thumbnails.poster`` decodes the frame, or finds the cached
JPEG, then the image is read and scaled there too); the UI thread only wraps
it in a ``QPixmap`` and emits ``posterReady``.

A poster is named by a ``PosterKey``: the file's path and, where the caller
knows them without touching the disk, its size and mtime (a library item
has both; the queue knows the size its download recorded). A replaced file
so gets a new poster; where less is known, ``forget(path)`` drops what is
held for the file.

Scrolling through thousands of videos must not queue thousands of decodes:
only a few run at once, the newest requests go first (the cells on screen
now), and the oldest waiting ones are dropped (they scrolled away; if they
are painted again, they are asked for again). Memory is bounded in bytes,
least recently used first out. Each view keeps its own cache, made for the
pixel size it paints.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap

from omnidesk.engine import thumbnails
from omnidesk.engine.library import LibraryItem
from omnidesk.media import MediaError
from ui import icons
from ui.background import Background

log = logging.getLogger(__name__)

# 16:9, the library grid's box; a portrait poster is pillarboxed inside it.
DEFAULT_POSTER_SIZE = QSize(224, 126)
DEFAULT_MEMORY_BYTES = 64 * 1024 * 1024
# Decodes at once: leaves workers for everything else the app does.
MAX_IN_FLIGHT = 2
# Requests waiting beyond this many are the ones that scrolled off long ago.
MAX_PENDING = 256


@dataclass(frozen=True)
class PosterKey:
    """One version of a video file, as far as it is known without reading the disk.

    ``size`` and ``mtime`` are None where the caller does not know them; a
    key with them tells a replaced file from the one it replaced.
    """

    path: Path
    size: int | None = None
    mtime: float | None = None

    @classmethod
    def of_item(cls, item: LibraryItem) -> PosterKey:
        """A library item's file, with the size and mtime its scan read."""
        return cls(item.video, item.size, item.mtime)


class PosterError(Exception):
    """A poster could not be made; the message is for a tooltip."""


def load_poster(video: Path, size: QSize, cache_dir: Path) -> QImage:
    """On a worker: the poster of ``video`` as a QImage no larger than ``size`` (aspect kept).

    The frame is decoded once and kept as a JPEG in ``cache_dir`` (the
    library's thumbnail folder), shared by every view.
    """
    max_side = max(thumbnails.DEFAULT_MAX_SIZE, size.width(), size.height())
    try:
        path = thumbnails.poster(video, max_size=max_side, cache_dir=cache_dir)
    except MediaError as exc:
        raise PosterError(str(exc) or "the video could not be decoded") from exc
    except OSError as exc:
        raise PosterError(exc.strerror or str(exc)) from exc
    image = QImage(str(path))
    if image.isNull():
        raise PosterError("the preview image could not be read")
    # Fitted here, off the UI thread, so painting a cell only copies pixels
    # (a small clip's poster is enlarged to fill the box too).
    fitted = image.size().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    if fitted != image.size():
        image = image.scaled(
            fitted, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


class PosterCache(QObject):
    """Posters of result videos, by ``PosterKey``, fitted to one box. Signals:

    - ``posterReady(object)``: the video ``Path`` whose poster arrived (or failed for good).
    """

    posterReady = Signal(object)

    def __init__(
        self,
        background: Background,
        *,
        size: QSize = DEFAULT_POSTER_SIZE,
        cache_dir: Path | None = None,
        device_pixel_ratio: float = 1.0,
        memory_bytes: int = DEFAULT_MEMORY_BYTES,
        max_in_flight: int = MAX_IN_FLIGHT,
        max_pending: int = MAX_PENDING,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._background = background
        self._cache_dir = cache_dir
        self._size = QSize(size)
        self._ratio = device_pixel_ratio
        self._memory_bytes = memory_bytes
        self._max_in_flight = max(1, max_in_flight)
        self._max_pending = max(1, max_pending)
        self._pixmaps: OrderedDict[PosterKey, QPixmap] = OrderedDict()
        self._bytes = 0
        self._failed: dict[PosterKey, str] = {}
        self._pending: OrderedDict[PosterKey, None] = OrderedDict()
        self._in_flight: dict[PosterKey, Future[QImage]] = {}
        self._placeholders: dict[bool, QPixmap] = {}
        # Bumped whenever what was asked for no longer holds (other folder, other size).
        self._generation = 0

    # ------------------------------------------------------------------ settings

    @property
    def size(self) -> QSize:
        """The box posters fit in, in device-independent pixels."""
        return QSize(self._size)

    def set_cache_dir(self, cache_dir: Path | None) -> None:
        """Posters are kept in this folder from now on (the engine's ``library.thumbnail_dir``).

        Everything held is dropped: a new service may have filed other
        videos under the same names. Until a folder is set, requests wait.
        """
        self._cache_dir = cache_dir
        self.clear()

    def set_device_pixel_ratio(self, ratio: float) -> None:
        if ratio > 0 and ratio != self._ratio:
            self._ratio = ratio
            self.clear()

    def clear(self) -> None:
        """Forget every poster and every waiting request (running ones are ignored when they end)."""
        self._generation += 1
        self._pixmaps.clear()
        self._bytes = 0
        self._failed.clear()
        self._pending.clear()
        self._in_flight.clear()
        self._placeholders.clear()

    def forget(self, video: Path) -> None:
        """Drop what is held for one file, every version of it (it was deleted or replaced)."""
        for store in (self._pixmaps, self._failed, self._pending):
            for key in [k for k in store if k.path == video]:
                if store is self._pixmaps:
                    self._bytes -= _cost(self._pixmaps[key])
                del store[key]

    # ------------------------------------------------------------------ reading

    def pixmap(self, key: PosterKey, *, request: bool = True) -> QPixmap | None:
        """The poster if it is in memory; else None, and (with ``request``) it is asked for."""
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
            return found
        if request and key not in self._failed:
            self._request(key)
        return None

    def failed(self, key: PosterKey) -> str | None:
        """Why this file has no poster, if making it failed (a phrase, for a tooltip)."""
        return self._failed.get(key)

    def placeholder(self, *, failed: bool | str | None = False) -> QPixmap:
        """What a cell shows without a poster: a play symbol, or a warning when it failed."""
        broken = bool(failed)
        found = self._placeholders.get(broken)
        if found is None:
            found = self._make_placeholder(broken)
            self._placeholders[broken] = found
        return found

    @property
    def memory_used(self) -> int:
        """Bytes of posters held (for tests and the bound)."""
        return self._bytes

    @property
    def waiting(self) -> int:
        """Requests queued or running."""
        return len(self._pending) + len(self._in_flight)

    # ------------------------------------------------------------------ work

    def _request(self, key: PosterKey) -> None:
        if key in self._in_flight:
            return
        self._pending[key] = None
        self._pending.move_to_end(key)  # asked for again: it is on screen now
        while len(self._pending) > self._max_pending:
            self._pending.popitem(last=False)
        self._pump()

    def _pump(self) -> None:
        cache_dir = self._cache_dir
        if cache_dir is None:
            return
        while self._pending and len(self._in_flight) < self._max_in_flight:
            key, _ = self._pending.popitem(last=True)
            generation = self._generation
            try:
                future = self._background.run(
                    load_poster,
                    key.path,
                    self._device_size(),
                    cache_dir,
                    on_done=partial(self._on_loaded, key, generation),
                    on_error=partial(self._on_failed, key, generation),
                )
            except RuntimeError:
                return  # the app is shutting down: no more work is taken
            self._in_flight[key] = future

    def _device_size(self) -> QSize:
        return QSize(round(self._size.width() * self._ratio), round(self._size.height() * self._ratio))

    def _on_loaded(self, key: PosterKey, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return
        self._in_flight.pop(key, None)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._ratio)
        self._pixmaps[key] = pixmap
        self._bytes += _cost(pixmap)
        while self._bytes > self._memory_bytes and len(self._pixmaps) > 1:
            _, dropped = self._pixmaps.popitem(last=False)
            self._bytes -= _cost(dropped)
        self.posterReady.emit(key.path)
        self._pump()

    def _on_failed(self, key: PosterKey, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._in_flight.pop(key, None)
        if isinstance(exc, PosterError):
            reason = str(exc)
        else:
            reason = self.tr("unexpected problem ({error})").format(error=exc or type(exc).__name__)
        # Not worth a dialog: the cell shows a warning and says why in its tooltip. Remembered,
        # so a broken file is not decoded again on every repaint.
        log.warning("no poster for %s: %s", key.path, reason)
        self._failed[key] = reason
        self.posterReady.emit(key.path)
        self._pump()

    def _make_placeholder(self, broken: bool) -> QPixmap:
        box = self._device_size()
        pixmap = QPixmap(box)
        pixmap.fill(Qt.GlobalColor.transparent)
        icon = icons.icon("warning" if broken else "play", QPalette.ColorRole.PlaceholderText)
        side = round(min(box.width(), box.height()) * 0.3)
        painter = QPainter(pixmap)
        try:
            rect = QRect(0, 0, side, side)
            rect.moveCenter(QRect(0, 0, box.width(), box.height()).center())
            icon.paint(painter, rect)
        finally:
            painter.end()
        pixmap.setDevicePixelRatio(self._ratio)
        return pixmap


def _cost(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)
