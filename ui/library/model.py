"""The library's Qt item models: one row per result video, and the filter/sort proxy over it.

``LibraryModel`` holds ``LibraryItem`` values that the view read off the UI
thread (a scan, or ``Library.item_at`` for a fresh download) and passed in:
it does no disk or network I/O, and ``data()`` only formats what the item
already holds. Posters come from a ``PosterCache`` that loads them on a
worker when a row's ``DecorationRole`` is first asked for (that is, when the
row is painted) and tells the model when one arrives.

``LibraryFilter`` keeps the rows whose prepared lowercase text (prompt,
notes, file name) contains every word searched for, optionally only the
favourites or only one batch's results; archived results (set aside, a
comparison's losers) stay hidden unless asked for. Filtering reads the
model's own list, never ``data()``, and the model keeps itself sorted by
date, so ten thousand rows filter and re-sort in milliseconds.
"""

from __future__ import annotations

import bisect
import html
import math
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from omnidesk.engine.library import LibraryItem, ResultMetadata
from ui.posters import PosterCache, PosterKey
from ui.words import mode_label

AnyIndex = QModelIndex | QPersistentModelIndex

MAX_RATING = 5
# The grid shows this much of a prompt; the tooltip has all of it.
SHORT_PROMPT_CHARS = 120


def item_date(item: LibraryItem) -> float:
    """When the result was made (completion time, else the file's mtime): what sorts the grid."""
    return item.metadata.completed if item.metadata.completed is not None else item.mtime


def search_text(item: LibraryItem) -> str:
    """What a search looks in, lowercased once: prompt, notes and file name."""
    metadata = item.metadata
    return "\n".join((metadata.prompt, metadata.notes, item.video.name)).casefold()


def search_words(text: str) -> tuple[str, ...]:
    """A search field's text as the words every matching row must contain."""
    return tuple(text.casefold().split())


class LibraryModel(QAbstractListModel):
    """Result videos, one row each, sorted by date (newest first unless ``sort`` says otherwise).

    Custom roles: ``ItemRole`` (the LibraryItem), ``DateRole`` (float,
    seconds since the epoch), ``FavouriteRole`` (bool), ``RatingRole`` (int,
    0 for none), ``DetailsRole`` (the "6 s · 720p · 16:9" line),
    ``PosterReadyRole`` (bool: the poster is loaded, not the placeholder),
    ``BatchRole`` (the batch id of a result sent in a batch, else None),
    ``ArchivedRole`` (bool). No signals of its own beyond the model's.
    """

    ItemRole = Qt.ItemDataRole.UserRole + 1
    DateRole = Qt.ItemDataRole.UserRole + 2
    FavouriteRole = Qt.ItemDataRole.UserRole + 3
    RatingRole = Qt.ItemDataRole.UserRole + 4
    DetailsRole = Qt.ItemDataRole.UserRole + 5
    PosterReadyRole = Qt.ItemDataRole.UserRole + 6
    BatchRole = Qt.ItemDataRole.UserRole + 7
    ArchivedRole = Qt.ItemDataRole.UserRole + 8

    def __init__(
        self,
        items: Iterable[LibraryItem] = (),
        parent: QObject | None = None,
        *,
        posters: PosterCache | None = None,
        newest_first: bool = True,
    ) -> None:
        super().__init__(parent)
        self._items: list[LibraryItem] = []
        self._search: list[str] = []
        self._keys: list[tuple[float, str]] = []
        self._rows: dict[Path, int] = {}
        self._newest_first = newest_first
        self._posters = posters
        if posters is not None:
            posters.posterReady.connect(self._on_poster_ready)
        self._fill(items)

    # ------------------------------------------------------------------ loading and changes

    @property
    def newest_first(self) -> bool:
        return self._newest_first

    def set_items(self, items: Iterable[LibraryItem]) -> None:
        """Replace every row (a scan read off the UI thread)."""
        self.beginResetModel()
        self._fill(items)
        self.endResetModel()

    def _fill(self, items: Iterable[LibraryItem]) -> None:
        unique: dict[Path, LibraryItem] = {}
        for item in items:
            unique.setdefault(item.video, item)  # one row per file, whatever the caller passed
        ordered = sorted(unique.values(), key=self._key)
        self._items = ordered
        self._keys = [self._key(item) for item in ordered]
        self._search = [search_text(item) for item in ordered]
        self._reindex()

    def _key(self, item: LibraryItem) -> tuple[float, str]:
        when = item_date(item)
        return (-when if self._newest_first else when, item.video.name)

    def sort(self, column: int = 0, order: Qt.SortOrder = Qt.SortOrder.DescendingOrder) -> None:
        """Order the rows by date: descending is newest first.

        The model sorts itself (in Python, on its own list) rather than
        leaving it to a proxy, whose C++ sort would call ``data()`` for every
        comparison: ten thousand rows sort here in milliseconds, not a second.
        """
        newest_first = order == Qt.SortOrder.DescendingOrder
        if newest_first == self._newest_first:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self._items[index.row()].video for index in persistent]
        self._newest_first = newest_first
        order_ = sorted(range(len(self._items)), key=lambda row: self._key(self._items[row]))
        self._items = [self._items[row] for row in order_]
        self._search = [self._search[row] for row in order_]
        self._keys = [self._key(item) for item in self._items]
        self._reindex()
        self.changePersistentIndexList(persistent, [self.index(self._rows[video]) for video in kept])
        self.layoutChanged.emit()

    def add_item(self, item: LibraryItem) -> QModelIndex:
        """List a new result where its date puts it (the top, for a fresh one, newest first);
        if the file is already listed, its row is updated instead."""
        if item.video in self._rows:
            self.replace_item(item)
            return self.index(self._rows[item.video])
        key = self._key(item)
        row = bisect.bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self._keys.insert(row, key)
        self._search.insert(row, search_text(item))
        self._reindex()
        self.endInsertRows()
        return self.index(row)

    def replace_item(self, item: LibraryItem) -> bool:
        """Show a changed item (same file) in its row; False if the file is not listed."""
        row = self._rows.get(item.video)
        if row is None:
            return False
        if self._key(item) != self._keys[row]:
            # Its date changed (a hand-edited sidecar): it belongs elsewhere.
            self.remove_video(item.video)
            self.add_item(item)
            return True
        self._items[row] = item
        self._search[row] = search_text(item)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def update_metadata(self, video: Path, **changes: Any) -> LibraryItem | None:
        """Change fields of a row's metadata in memory (shown before the sidecar write returns)."""
        item = self.item_for(video)
        if item is None:
            return None
        updated = replace(item, metadata=replace(item.metadata, **changes))
        self.replace_item(updated)
        return updated

    def remove_video(self, video: Path) -> bool:
        """Drop the row of this file; False if it was not listed."""
        row = self._rows.get(video)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        del self._keys[row]
        del self._search[row]
        self._reindex()
        self.endRemoveRows()
        return True

    def _reindex(self) -> None:
        self._rows = {item.video: row for row, item in enumerate(self._items)}

    # ------------------------------------------------------------------ reading

    def items(self) -> tuple[LibraryItem, ...]:
        return tuple(self._items)

    def item(self, row: int) -> LibraryItem:
        return self._items[row]

    def item_for(self, video: Path) -> LibraryItem | None:
        row = self._rows.get(video)
        return None if row is None else self._items[row]

    def row_of(self, video: Path) -> int | None:
        return self._rows.get(video)

    def matches(
        self,
        row: int,
        words: tuple[str, ...],
        favourites_only: bool,
        show_archived: bool = True,
        batch_id: str | None = None,
    ) -> bool:
        """Whether a row passes a filter (for ``LibraryFilter``; no Qt calls, no I/O)."""
        return _passes(
            self._items[row].metadata, self._search[row], words, favourites_only, show_archived, batch_id
        )

    def matching(
        self,
        words: tuple[str, ...],
        favourites_only: bool,
        show_archived: bool = True,
        batch_id: str | None = None,
    ) -> list[bool]:
        """``matches`` for every row, in order (one pass, for a filter change)."""
        return [
            _passes(item.metadata, text, words, favourites_only, show_archived, batch_id)
            for item, text in zip(self._items, self._search, strict=True)
        ]

    def batch_items(self, batch_id: str) -> tuple[LibraryItem, ...]:
        """The results of one batch, in the grid's order."""
        return tuple(item for item in self._items if item.metadata.batch_id == batch_id)

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        metadata = item.metadata
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(item)
        if role == Qt.ItemDataRole.DecorationRole:
            # Asked for when the row is painted: only then is its poster requested.
            if self._posters is None:
                return None
            key = PosterKey.of_item(item)
            return self._posters.pixmap(key) or self._posters.placeholder(failed=self._posters.failed(key))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(item)
        if role == self.ItemRole:
            return item
        if role == self.DateRole:
            return item_date(item)
        if role == self.FavouriteRole:
            return metadata.favourite
        if role == self.RatingRole:
            return _rating(item)
        if role == self.DetailsRole:
            return self._details(item)
        if role == self.PosterReadyRole:
            posters = self._posters
            return posters is not None and posters.pixmap(PosterKey.of_item(item), request=False) is not None
        if role == self.BatchRole:
            return metadata.batch_id or None
        if role == self.ArchivedRole:
            return metadata.archived
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in (
            (self.ItemRole, b"item"),
            (self.DateRole, b"date"),
            (self.FavouriteRole, b"favourite"),
            (self.RatingRole, b"rating"),
            (self.DetailsRole, b"details"),
            (self.PosterReadyRole, b"posterReady"),
            (self.BatchRole, b"batch"),
            (self.ArchivedRole, b"archived"),
        ):
            names[role] = QByteArray(name)
        return names

    # ------------------------------------------------------------------ texts

    def _title(self, item: LibraryItem) -> str:
        prompt = " ".join(item.metadata.prompt.split())
        if not prompt:
            return item.video.name
        if len(prompt) > SHORT_PROMPT_CHARS:
            return prompt[: SHORT_PROMPT_CHARS - 1].rstrip() + "…"
        return prompt

    def _details(self, item: LibraryItem) -> str:
        metadata = item.metadata
        parts = []
        seconds = metadata.duration if metadata.duration is not None else metadata.video_duration
        if seconds is not None and math.isfinite(seconds):
            parts.append(self.tr("{seconds} s").format(seconds=round(seconds)))
        if metadata.resolution:
            parts.append(metadata.resolution)
        aspect = _aspect(item)
        if aspect:
            parts.append(aspect)
        if not parts and item.orphan:
            return self.tr("Added by hand")
        return " · ".join(parts)

    def _when(self, item: LibraryItem) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(item_date(item)))
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    def _tooltip(self, item: LibraryItem) -> str:
        metadata = item.metadata
        lines = [f"<p>{html.escape(metadata.prompt or item.video.name)}</p>"]
        facts = [self._details(item), self._when(item)]
        mode = metadata.mode_enum
        if mode is not None and not item.orphan:
            facts.insert(0, mode_label(mode))
        lines.append("<p>" + html.escape(" · ".join(f for f in facts if f)) + "</p>")
        rating = _rating(item)
        if metadata.favourite or rating:
            marks = []
            if metadata.favourite:
                marks.append(self.tr("Favourite"))
            if rating:
                marks.append(self.tr("Rated {rating} of 5").format(rating=rating))
            lines.append("<p>" + html.escape(" · ".join(marks)) + "</p>")
        if metadata.notes.strip():
            lines.append("<p><i>" + html.escape(metadata.notes.strip()) + "</i></p>")
        flags = []
        if metadata.batch_id:
            flags.append(self.tr("Made in a batch: “Show This Batch” lists its results"))
        if metadata.archived:
            flags.append(self.tr("Archived"))
        if flags:
            lines.append("<p>" + html.escape(" · ".join(flags)) + "</p>")
        if item.orphan:
            lines.append("<p>" + html.escape(self.tr("No record of how this video was made.")) + "</p>")
        if self._posters is not None:
            problem = self._posters.failed(PosterKey.of_item(item))
            if problem:
                lines.append(
                    "<p>" + html.escape(self.tr("No preview: {reason}").format(reason=problem)) + "</p>"
                )
        return "".join(lines)

    def _spoken(self, item: LibraryItem) -> str:
        parts = [self._title(item), self._details(item)]
        if item.metadata.favourite:
            parts.append(self.tr("favourite"))
        rating = _rating(item)
        if rating:
            parts.append(self.tr("rated {rating} of 5").format(rating=rating))
        if item.metadata.batch_id:
            parts.append(self.tr("in a batch"))
        if item.metadata.archived:
            parts.append(self.tr("archived"))
        return ", ".join(p for p in parts if p)

    # ------------------------------------------------------------------ posters

    def _on_poster_ready(self, video: Path) -> None:
        row = self._rows.get(video)
        if row is not None:
            index = self.index(row)
            roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, self.PosterReadyRole]
            self.dataChanged.emit(index, index, roles)


def _rating(item: LibraryItem) -> int:
    rating = item.metadata.rating
    return rating if rating is not None and 1 <= rating <= MAX_RATING else 0


def _aspect(item: LibraryItem) -> str:
    metadata = item.metadata
    if metadata.aspect_ratio:
        return metadata.aspect_ratio
    if metadata.width and metadata.height:
        # A hand-added video: say which way it is, from its probed size.
        return "16:9" if metadata.width >= metadata.height else "9:16"
    return ""


def _passes(
    metadata: ResultMetadata,
    text: str,
    words: tuple[str, ...],
    favourites_only: bool,
    show_archived: bool,
    batch_id: str | None,
) -> bool:
    if favourites_only and not metadata.favourite:
        return False
    if not show_archived and metadata.archived:
        return False
    if batch_id is not None and metadata.batch_id != batch_id:
        return False
    # A loop, not all(): this runs for every row on every keystroke, and all()'s generator costs
    # a third of the filter's time at 10,000 rows.
    for word in words:  # noqa: SIM110
        if word not in text:
            return False
    return True


class LibraryFilter(QSortFilterProxyModel):
    """The grid's rows: searched, favourites only if asked, one batch only if asked, archived ones
    only if asked, sorted by date.

    Set the words with ``set_search`` and the rest with ``set_favourites_only``,
    ``set_batch``, ``set_show_archived`` and ``set_newest_first``. No signals of
    its own beyond the model's.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._favourites_only = False
        self._show_archived = False
        self._batch: str | None = None
        # While a filter change re-filters every row: each row's answer, worked out in one pass.
        self._answers: list[bool] | None = None
        # A row whose favourite flag changes leaves a favourites-only view at once.
        # The proxy itself never sorts (see LibraryModel.sort): it keeps the model's order.
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: Any) -> None:
        if not isinstance(model, LibraryModel):
            raise TypeError("LibraryFilter filters a LibraryModel")
        super().setSourceModel(model)

    @property
    def search(self) -> tuple[str, ...]:
        return self._words

    @property
    def favourites_only(self) -> bool:
        return self._favourites_only

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    @property
    def batch(self) -> str | None:
        """The batch whose results alone are shown, or None."""
        return self._batch

    @property
    def newest_first(self) -> bool:
        model = self.sourceModel()
        return not isinstance(model, LibraryModel) or model.newest_first

    def set_show_archived(self, on: bool) -> None:
        if on != self._show_archived:
            self._change_filter(lambda: setattr(self, "_show_archived", on))

    def set_batch(self, batch_id: str | None) -> None:
        """Show only the results of this batch (None: every result)."""
        if batch_id != self._batch:
            self._change_filter(lambda: setattr(self, "_batch", batch_id))

    def set_search(self, text: str) -> None:
        words = search_words(text)
        if words != self._words:
            self._change_filter(lambda: setattr(self, "_words", words))

    def set_favourites_only(self, on: bool) -> None:
        if on != self._favourites_only:
            self._change_filter(lambda: setattr(self, "_favourites_only", on))

    def set_newest_first(self, on: bool) -> None:
        model = self.sourceModel()
        if isinstance(model, LibraryModel):
            model.sort(0, Qt.SortOrder.DescendingOrder if on else Qt.SortOrder.AscendingOrder)

    def _change_filter(self, change: Any) -> None:
        # Qt 6.9 added begin/endFilterChange; older ones only have the invalidate call.
        new_api = hasattr(self, "beginFilterChange")
        if new_api:
            self.beginFilterChange()
        change()
        self._answers = self._all_answers(self.sourceModel())
        try:
            if new_api:
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self.invalidateRowsFilter()
        finally:
            # Rows added or changed later are asked one by one, against the model as it is then.
            self._answers = None

    def _all_answers(self, model: Any) -> list[bool] | None:
        # Qt asks about every row of a large library in one go; one Python pass answers them
        # sooner than as many calls from Qt into Python (with _passes: a keystroke over 10,000
        # rows went from ~47 to ~22 ms here, bench/library_scale.py).
        if not isinstance(model, LibraryModel):
            return None
        return model.matching(self._words, self._favourites_only, self._show_archived, self._batch)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        answers = self._answers
        if answers is not None and source_row < len(answers):
            return answers[source_row]
        model = self.sourceModel()
        return isinstance(model, LibraryModel) and model.matches(
            source_row, self._words, self._favourites_only, self._show_archived, self._batch
        )

    def item(self, row: int) -> LibraryItem:
        source = self.mapToSource(self.index(row, 0))
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return model.item(source.row())
