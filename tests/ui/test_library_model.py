"""The library's item model and its filter: rows, roles, search, favourites, sort, posters, no I/O."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from omnidesk.engine.library import Library, LibraryItem, ResultMetadata, sidecar_path
from ui.background import Background
from ui.library.model import LibraryFilter, LibraryModel, search_words
from ui.posters import PosterCache

T0 = 1_764_000_000.0
ROOT = Path("/nonexistent-library")


def item(
    name: str,
    prompt: str = "",
    *,
    when: float = T0,
    favourite: bool = False,
    rating: int | None = None,
    notes: str = "",
    orphan: bool = False,
    **fields: object,
) -> LibraryItem:
    """A LibraryItem as a scan would give it; its files need not exist (the model never looks)."""
    video = ROOT / f"{name}.mp4"
    values: dict[str, object] = {
        "task_id": f"task_{name}",
        "prompt": prompt,
        "mode": "" if orphan else "text",
        "duration": None if orphan else 6,
        "resolution": None if orphan else "720p",
        "aspect_ratio": None if orphan else "16:9",
        "completed": when,
        "favourite": favourite,
        "rating": rating,
        "notes": notes,
        "file_name": video.name,
    }
    values.update(fields)
    metadata = ResultMetadata(**values)  # type: ignore[arg-type]
    return LibraryItem(video, sidecar_path(video), metadata, 1000, when, orphan)


@pytest.fixture
def items() -> list[LibraryItem]:
    return [
        item("fox", "A red fox in deep snow", when=T0 + 30, favourite=True, rating=4),
        item("lighthouse", "Lighthouse at dusk, waves", when=T0 + 20, notes="Client likes THIS one"),
        item("city", "Neon city in the rain", when=T0 + 10, rating=2),
        item("orphan", orphan=True, when=T0),
    ]


def shown(proxy: LibraryFilter) -> list[str]:
    return [proxy.item(row).video.stem for row in range(proxy.rowCount())]


def make_filter(model: LibraryModel) -> LibraryFilter:
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    return proxy


# --- the model ------------------------------------------------------------------------------


def test_empty_and_filled_models_pass_the_model_tester(
    qtmodeltester: ModelTester, items: list[LibraryItem]
) -> None:
    qtmodeltester.check(LibraryModel())
    model = LibraryModel(items)
    qtmodeltester.check(model)
    proxy = make_filter(model)
    qtmodeltester.check(proxy)
    # Changes made while the tester watches keep the model consistent.
    model.add_item(item("new", "Fresh result", when=T0 + 99))
    model.replace_item(item("city", "Neon city, edited", when=T0 + 10))
    model.update_metadata(items[0].video, favourite=False)
    model.remove_video(items[1].video)
    proxy.set_search("city")
    proxy.set_newest_first(False)
    model.set_items(items)


def test_rows_carry_their_items_and_texts(items: list[LibraryItem]) -> None:
    model = LibraryModel(items)
    fox = model.index(0)
    assert fox.data(LibraryModel.ItemRole) == items[0]
    assert fox.data(Qt.ItemDataRole.DisplayRole) == "A red fox in deep snow"
    assert fox.data(LibraryModel.DetailsRole) == "6 s · 720p · 16:9"
    assert fox.data(LibraryModel.FavouriteRole) is True and fox.data(LibraryModel.RatingRole) == 4
    assert fox.data(LibraryModel.DateRole) == T0 + 30
    spoken = fox.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "A red fox" in spoken and "favourite" in spoken and "4 of 5" in spoken
    tooltip = fox.data(Qt.ItemDataRole.ToolTipRole)
    assert "A red fox in deep snow" in tooltip and "Text to video" in tooltip and "Rated 4 of 5" in tooltip
    # Without a poster source there is no decoration, and no poster is ready.
    assert fox.data(Qt.ItemDataRole.DecorationRole) is None
    assert fox.data(LibraryModel.PosterReadyRole) is False

    orphan = model.index(3)
    assert orphan.data(Qt.ItemDataRole.DisplayRole) == "orphan.mp4"
    assert orphan.data(LibraryModel.DetailsRole) == "Added by hand"
    assert "No record" in orphan.data(Qt.ItemDataRole.ToolTipRole)
    assert orphan.data(LibraryModel.RatingRole) == 0

    video_mode = item("v", "Restyle", mode="video", duration=None, video_duration=5.8, aspect_ratio="9:16")
    others = LibraryModel(
        [
            item("long", "word " * 100, when=T0 + 2),
            item("tags", "<b>bold</b> & more", when=T0 + 1),
            video_mode,
        ]
    )
    title = others.index(0).data(Qt.ItemDataRole.DisplayRole)
    assert len(title) <= 120 and title.endswith("…")
    # A tooltip shows the prompt as text, never as markup.
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in others.index(1).data(Qt.ItemDataRole.ToolTipRole)
    # A reference video result has no requested duration: the probed one is shown.
    assert others.index(2).data(LibraryModel.DetailsRole) == "6 s · 720p · 9:16"
    assert others.index(3).data() is None


def test_adding_updating_and_removing_rows(qtbot: QtBot, items: list[LibraryItem]) -> None:
    model = LibraryModel(items)
    new = item("new", "Fresh", when=T0 + 50)
    with qtbot.waitSignal(model.rowsInserted):
        index = model.add_item(new)
    assert index.row() == 0 and model.row_of(new.video) == 0 and model.row_of(items[0].video) == 1
    # The same file again updates its row instead of adding one.
    with qtbot.waitSignal(model.dataChanged):
        model.add_item(item("new", "Fresh, renamed", when=T0 + 50))
    assert model.rowCount() == 5 and model.index(0).data() == "Fresh, renamed"

    with qtbot.waitSignal(model.dataChanged):
        updated = model.update_metadata(items[2].video, rating=5, favourite=True)
    assert updated is not None and updated.metadata.rating == 5
    assert model.item_for(items[2].video) == updated
    assert model.update_metadata(ROOT / "absent.mp4", rating=1) is None
    assert model.replace_item(item("absent")) is False

    with qtbot.waitSignal(model.rowsRemoved):
        assert model.remove_video(items[0].video)
    assert model.row_of(items[0].video) is None and model.row_of(items[1].video) == 1
    assert not model.remove_video(items[0].video)
    # A list with the same file twice shows it once.
    model.set_items([items[1], items[1], items[2]])
    assert model.rowCount() == 2


# --- the filter ------------------------------------------------------------------------


def test_search_finds_every_word_in_prompt_notes_or_file_name(items: list[LibraryItem]) -> None:
    proxy = make_filter(LibraryModel(items))
    assert shown(proxy) == ["fox", "lighthouse", "city", "orphan"]
    proxy.set_search("FOX")
    assert shown(proxy) == ["fox"]
    proxy.set_search("snow   red")  # any order, any spacing
    assert shown(proxy) == ["fox"]
    proxy.set_search("client likes")  # notes
    assert shown(proxy) == ["lighthouse"]
    proxy.set_search("orphan.mp4")  # a hand-added video is found by its name
    assert shown(proxy) == ["orphan"]
    proxy.set_search("fox rain")
    assert shown(proxy) == []
    proxy.set_search("  ")
    assert shown(proxy) == ["fox", "lighthouse", "city", "orphan"]
    assert search_words(" Ünïcode  FOX ") == ("ünïcode", "fox")


def test_favourites_only_and_a_row_that_stops_being_one_leaves(items: list[LibraryItem]) -> None:
    model = LibraryModel(items)
    proxy = make_filter(model)
    proxy.set_favourites_only(True)
    assert shown(proxy) == ["fox"]
    model.update_metadata(items[2].video, favourite=True)
    assert shown(proxy) == ["fox", "city"]
    model.update_metadata(items[0].video, favourite=False)
    assert shown(proxy) == ["city"]
    proxy.set_search("lighthouse")
    assert shown(proxy) == []
    proxy.set_favourites_only(False)
    assert shown(proxy) == ["lighthouse"]


def test_sorted_newest_or_oldest_first_whatever_order_rows_come_in(items: list[LibraryItem]) -> None:
    model = LibraryModel(reversed(items))
    proxy = make_filter(model)
    assert proxy.newest_first and shown(proxy) == ["fox", "lighthouse", "city", "orphan"]
    proxy.set_newest_first(False)
    assert shown(proxy) == ["orphan", "city", "lighthouse", "fox"]
    # A new result lands where its date puts it.
    model.add_item(item("middle", "Between", when=T0 + 15))
    assert shown(proxy) == ["orphan", "city", "middle", "lighthouse", "fox"]
    proxy.set_newest_first(True)
    assert shown(proxy)[0] == "fox"
    # Without a completion time the file's mtime dates it.
    undated = item("undated", "x", when=T0 + 25, completed=None)
    model.add_item(undated)
    assert shown(proxy)[:2] == ["fox", "undated"]


# --- no I/O in data(), even over ten thousand rows ---------------------------------------------


@pytest.fixture
def no_io_on_this_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Records any file access made on the test's (the UI) thread while active."""
    seen: list[str] = []
    ui_thread = threading.get_ident()
    active = [True]

    def hook(event: str, args: tuple[object, ...]) -> None:
        if active[0] and threading.get_ident() == ui_thread and event.split(".")[0] in ("open", "os"):
            seen.append(f"{event} {args[:1]}")

    sys.addaudithook(hook)  # audit hooks cannot be removed: it is switched off below

    def guard(real):  # type: ignore[no-untyped-def]
        def checked(*args, **kwargs):  # type: ignore[no-untyped-def]
            if active[0] and threading.get_ident() == ui_thread:
                seen.append(f"{real.__name__} {args[:1]}")
            return real(*args, **kwargs)

        return checked

    for name in ("stat", "lstat", "scandir", "listdir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))
    try:
        yield seen
    finally:
        active[0] = False


def test_ten_thousand_rows_filter_and_answer_data_without_touching_the_disk(
    qtbot: QtBot, tmp_path: Path, no_io_on_this_thread: list[str]
) -> None:
    rows = [
        item(f"clip{n:05d}", f"Shot {n} of a {'fox' if n % 10 == 0 else 'city'} scene", when=T0 + n)
        for n in range(10_000)
    ]
    background = Background(workers=2)
    posters = PosterCache(background)
    # The library object is made before the check starts; its files do not exist.
    library = Library(tmp_path / "videos", thumbnail_dir=tmp_path / "thumbs")
    # Icons are read once per process (the first painted cell does it in the app): not per row.
    posters.placeholder()
    posters.placeholder(failed=True)
    no_io_on_this_thread.clear()
    posters.set_cache_dir(library.thumbnail_dir)
    model = LibraryModel(rows, posters=posters)
    proxy = make_filter(model)
    assert proxy.rowCount() == 10_000
    proxy.set_search("fox")
    assert proxy.rowCount() == 1_000
    proxy.set_search("fox 9990")
    assert shown(proxy) == ["clip09990"]
    proxy.set_search("")
    proxy.set_newest_first(False)
    assert proxy.item(0).video.stem == "clip00000"
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.DecorationRole,
        *range(LibraryModel.ItemRole, LibraryModel.ArchivedRole + 1),
    ]
    for row in range(model.rowCount()):
        index = model.index(row)
        for role in roles:
            index.data(role)
    assert no_io_on_this_thread == []
    # Asking for ten thousand posters queued only a bounded number of decodes.
    assert posters.waiting <= 256 + 2
    decoration = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(decoration, QPixmap) and not decoration.isNull()  # the placeholder
    posters.clear()
    background.shutdown(wait=True)
