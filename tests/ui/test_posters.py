"""The one poster cache of the UI (``ui.posters``): real clips decoded on real workers.

Posters must fit their box, stay within their memory bound, say why a file
has none, and never queue more decodes than a few: the newest requests first,
the oldest waiting ones dropped.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot

from omnidesk.engine.library import Library, ResultMetadata
from tests.helpers.media import write_test_mp4
from ui.background import Background
from ui.library.model import LibraryModel
from ui.posters import PosterCache, PosterKey

T0 = 1_764_000_000.0
RED = (200, 40, 40)


def test_posters_arrive_fit_their_box_and_are_bounded_in_memory(qtbot: QtBot, tmp_path: Path) -> None:
    library = Library(tmp_path / "videos", thumbnail_dir=tmp_path / "thumbs")
    added = []
    for n, size in enumerate([(64, 36), (36, 64), (64, 36)]):
        clip = write_test_mp4(tmp_path / f"c{n}.mp4", *size, colours=[(200, 40, 40)] * 5, audio=False)
        added.append(library.add(clip, ResultMetadata(task_id=f"t{n}", prompt=f"clip {n}", completed=T0 + n)))
    broken = library.root / "broken.mp4"
    broken.write_bytes(b"not a video at all")
    added.append(library.item_at(broken))

    background = Background(workers=2)
    # Room for about two posters of this box.
    box = QSize(160, 90)
    posters = PosterCache(background, size=box, memory_bytes=2 * 160 * 90 * 4 + 10)
    posters.set_cache_dir(library.thumbnail_dir)
    model = LibraryModel(added, posters=posters)

    def poster_of(number: int) -> QModelIndex:
        # By what was added (the model orders rows by date).
        row = model.row_of(added[number].video)
        assert row is not None
        return model.index(row)

    placeholder = poster_of(0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(placeholder, QPixmap) and not poster_of(0).data(LibraryModel.PosterReadyRole)
    for row in range(4):
        poster_of(row).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: posters.waiting == 0, timeout=20_000)

    # Only two fit in memory: one of the three good ones was dropped (least recently used).
    ready = [number for number in range(3) if poster_of(number).data(LibraryModel.PosterReadyRole)]
    assert len(ready) == 2
    assert posters.memory_used <= 2 * 160 * 90 * 4 + 10
    for number in ready:
        pixmap = poster_of(number).data(Qt.ItemDataRole.DecorationRole)
        if number == 1:  # portrait: as tall as the box, narrower
            assert pixmap.height() == 90 and 48 <= pixmap.width() <= 52
        else:
            assert (pixmap.width(), pixmap.height()) == (160, 90)
        colour = pixmap.toImage().pixelColor(pixmap.width() // 2, 45)
        assert colour.red() > 150 and colour.green() < 90

    # A broken file: a warning placeholder and the reason in the tooltip; not retried on repaint.
    assert posters.failed(PosterKey.of_item(added[3]))
    assert "No preview" in poster_of(3).data(Qt.ItemDataRole.ToolTipRole)
    poster_of(3).data(Qt.ItemDataRole.DecorationRole)
    assert posters.waiting == 0

    # Asked again, the dropped one comes back (and posterReady updates its row).
    (dropped,) = {0, 1, 2} - set(ready)
    with qtbot.waitSignal(model.dataChanged, timeout=20_000):
        poster_of(dropped).data(Qt.ItemDataRole.DecorationRole)
    assert poster_of(dropped).data(LibraryModel.PosterReadyRole)
    background.shutdown(wait=True)


def test_a_path_and_size_key_waits_for_a_folder_then_arrives_and_is_forgotten_by_path(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The queue's key: the downloaded file and its recorded size, no mtime (no stat() in paint).
    video = write_test_mp4(tmp_path / "done.mp4", 64, 36, colours=[RED] * 5, audio=False)
    key = PosterKey(video, video.stat().st_size)
    background = Background(workers=2)
    posters = PosterCache(background, size=QSize(64, 36))

    # No folder for the JPEGs yet (no service): the request waits, nothing is decoded.
    assert posters.pixmap(key) is None
    assert posters.waiting == 1
    with qtbot.waitSignal(posters.posterReady, timeout=20_000) as ready:
        posters.set_cache_dir(tmp_path / "thumbs")
        assert posters.waiting == 0  # a new folder drops what was asked before it
        assert posters.pixmap(key) is None
    assert ready.args == [video]
    pixmap = posters.pixmap(key, request=False)
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (64, 36)
    assert posters.failed(key) is None and posters.memory_used > 0

    # Another version of the file is another poster; forgetting the path drops every version.
    assert posters.pixmap(PosterKey(video, 1), request=False) is None
    posters.forget(video)
    assert posters.pixmap(key, request=False) is None and posters.memory_used == 0
    background.shutdown(wait=True)


def test_few_decodes_at_once_newest_request_first_oldest_waiting_dropped(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clip = write_test_mp4(tmp_path / "clip.mp4", 64, 36, colours=[RED] * 5, audio=False)
    keys = []
    for n in range(4):
        copy = tmp_path / f"row{n}.mp4"
        shutil.copyfile(clip, copy)
        keys.append(PosterKey(copy))
    background = Background(workers=2)
    posters = PosterCache(
        background, size=QSize(64, 36), cache_dir=tmp_path / "thumbs", max_in_flight=1, max_pending=2
    )
    arrived: list[Path] = []
    posters.posterReady.connect(arrived.append)

    # Painted in one turn, top to bottom: the first starts, two wait, the oldest waiting is dropped.
    for key in keys:
        assert posters.pixmap(key) is None
    assert posters.waiting == 3
    qtbot.waitUntil(lambda: posters.waiting == 0, timeout=20_000)
    assert arrived == [keys[0].path, keys[3].path, keys[2].path]
    assert posters.pixmap(keys[1], request=False) is None
    background.shutdown(wait=True)
