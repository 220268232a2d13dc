"""The library: a searchable, sortable grid of the downloaded videos, and what can be done to them.

``LibraryView`` is the widget the main window embeds. It scans the engine's
library on a worker whenever a service becomes ready (and on Refresh), lists
a freshly downloaded result as soon as the engine reports it, and writes the
user's marks (favourite, rating) to the video's sidecar on a worker. Nothing
here touches the disk on the UI thread; posters come from ``PosterCache``.

Deleting sends the video and its sidecar to the system trash after a
confirmation; ``aboutToDelete`` goes out first, so the main window can let go
of a file its player has open, and the deletion only starts once that signal
has returned.

Iterating: the grid takes several results at once (Ctrl/Shift): 2 to 4 can be
compared (``compareRequested``); results can be archived (hidden unless "Show
archived" is on) and unarchived; a result made in a batch carries a badge, and
"Show This Batch" narrows the grid to its batch, with a chip to leave it. The
next steps from a result (continue from its last frame, promote, flip aspect,
variations) are in its context menu, carried out by ``next_steps``.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QContextMenuEvent,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omnidesk.engine.events import VideoUpdated
from omnidesk.engine.library import Library, LibraryItem, ScanResult, SidecarError, TrashError
from omnidesk.engine.store import Batch, DownloadState
from ui import icons
from ui.background import describe_error
from ui.context import AppContext, Service
from ui.iterate.next_steps import NextSteps, next_resolution
from ui.library.delegate import LibraryDelegate
from ui.library.model import MAX_RATING, LibraryFilter, LibraryModel
from ui.posters import PosterCache

log = logging.getLogger(__name__)

_EXTENDING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# Typing in the search field filters once the user pauses this long.
SEARCH_DELAY_MS = 200
GRID_SPACING = 8


class LibraryGrid(QListView):
    """The grid itself: icon mode, uniform cells, a text in the middle when empty. Signals:

    - ``menuRequested(QModelIndex, QPoint)``: a context menu from the mouse or the keyboard
      (Menu key, Shift+F10), for the cell under the mouse or the current cell, at a global point.
    """

    menuRequested = Signal(QModelIndex, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(GRID_SPACING)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionRectVisible(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)  # hover highlight
        self.placeholder_text = ""
        self.right_press = False
        # Ctrl or Shift held: the user is gathering a selection (to compare, to archive), not
        # choosing a video to watch.
        self.extending = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread_columns()

    def _spread_columns(self) -> None:
        """Share the width out between the columns, so no wide empty strip is left on the right."""
        model = self.model()
        delegate = self.itemDelegate()
        if model is None or delegate is None:
            return
        cell = delegate.sizeHint(self.viewOptions_(), QModelIndex())
        # The scroll bar's width is always kept free: its coming and going must not
        # change the columns, which would change whether it is needed.
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        room = self.contentsRect().width() - scroll_bar - 1
        step = cell.width() + GRID_SPACING
        columns = max(1, room // step)
        grid = QSize(max(step, room // columns), cell.height() + GRID_SPACING)
        if grid != self.gridSize():
            self.setGridSize(grid)

    def viewOptions_(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        return option

    def set_placeholder_text(self, text: str) -> None:
        if text != self.placeholder_text:
            self.placeholder_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if (model is not None and model.rowCount() > 0) or not self.placeholder_text:
            return
        painter = QPainter(self.viewport())
        try:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(
                area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.placeholder_text
            )
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A right click selects the cell for its menu; it must not start playing it.
        self.right_press = event.button() == Qt.MouseButton.RightButton
        self.extending = bool(event.modifiers() & _EXTENDING)
        try:
            super().mousePressEvent(event)
        finally:
            self.right_press = False
            self.extending = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.extending = bool(event.modifiers() & _EXTENDING)
        try:
            super().keyPressEvent(event)
        finally:
            self.extending = False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            where = event.globalPos()
        else:
            index = self.currentIndex()
            rect = self.visualRect(index) if index.isValid() else QRect()
            where = self.viewport().mapToGlobal(rect.center() if index.isValid() else QPoint(8, 8))
        self.menuRequested.emit(index, where)
        event.accept()


class LibraryView(QWidget):
    """The library grid with its search, sort and favourites toolbar. Signals:

    - ``playRequested(object)``: a ``LibraryItem`` the user selected, double-clicked or pressed Enter on.
    - ``aboutToDelete(object)``: the video ``Path`` about to be deleted (release it now; the
      deletion starts when this signal returns).
    - ``message(str)``: a sentence for the status bar (what was done, or what went wrong).
    - ``reuseRequested(object, object)``: "Use these settings": the ``GenerationRequest`` that made
      the selected result and its local image paths (tuple, None where there was none).
    - ``reuseItemRequested(object)``: the same "Use these settings", with the ``LibraryItem``
      (for ``GenerationPanel.load_result(item.metadata)``, which also finds its parent); sent
      right after ``reuseRequested``: connect one of the two.
    - ``countChanged(int)``: how many videos the library holds changed.
    - ``compareRequested(list)``: "Compare…" with 2 to 4 selected results (``LibraryItem``s).

    ``next_steps`` (a ``NextSteps``) carries out the next steps of the context menu: connect its
    ``formRequested`` to the generation panel's ``load_request``; its failures and messages come
    out of ``message``.
    """

    playRequested = Signal(object)
    aboutToDelete = Signal(object)
    message = Signal(str)
    reuseRequested = Signal(object, object)
    reuseItemRequested = Signal(object)
    countChanged = Signal(int)
    compareRequested = Signal(list)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._library: Library | None = None
        self._scanning = False
        self._rescan = False
        self._scan_generation = 0
        self._failed_text = ""
        # Results listed or deleted while a scan runs: that scan's snapshot may predate them.
        self._late: dict[Path, LibraryItem] = {}
        self._gone: set[Path] = set()
        self._looking_up: set[Path] = set()
        self._deleting: set[Path] = set()
        # Sidecar writes, one at a time per file, so marks land in the order given.
        self._writing: set[Path] = set()
        self._to_write: dict[Path, dict[str, Any]] = {}
        self._wanted: Path | None = None
        self._quiet = 0
        self._last_played: Path | None = None
        self._batch_names: dict[str, str] = {}
        self.next_steps = NextSteps(context, self)
        # The window's own actions on a result (its iteration thread), offered in the context menu.
        self.menu_actions: list[QAction] = []

        self.posters = PosterCache(context.background, parent=self)
        self.model = LibraryModel(parent=self, posters=self.posters)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)

        self._build()
        self._build_actions()
        self._connect()
        self._update_placeholder()
        self._update_count()
        self._sync_actions(None)

        if context.ready and context.service is not None:
            self._on_engine_ready(context.service)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search prompts and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setToolTip(self.tr("Search prompts and notes (Ctrl+F)"))

        self.sort = QComboBox(self)
        self.sort.addItem(self.tr("Newest first"), True)
        self.sort.addItem(self.tr("Oldest first"), False)
        self.sort.setAccessibleName(self.tr("Sort order"))
        self.sort.setToolTip(self.tr("Order of the videos by date"))

        self.favourites = QToolButton(self)
        self.favourites.setCheckable(True)
        self.favourites.setText(self.tr("★ Favourites"))
        self.favourites.setAccessibleName(self.tr("Show favourites only"))
        self.favourites.setToolTip(self.tr("Show only the videos marked as favourite"))
        self.favourites.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.archived_toggle = QToolButton(self)
        self.archived_toggle.setCheckable(True)
        self.archived_toggle.setText(self.tr("Show archived"))
        self.archived_toggle.setIcon(icons.icon("archive"))
        self.archived_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.archived_toggle.setAccessibleName(self.tr("Show archived videos"))
        self.archived_toggle.setToolTip(self.tr("Show the videos you archived (set aside) too"))
        self.archived_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.refresh_button = QToolButton(self)
        self.refresh_button.setIcon(icons.icon("refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the library"))
        self.refresh_button.setToolTip(self.tr("Look at the library folder again (F5)"))
        self.refresh_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of videos"))
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # "Batch: <label> ✕" while the grid shows one batch only.
        self.batch_chip = QFrame(self)
        self.batch_chip.setObjectName("batchChip")
        self.batch_chip.setFrameShape(QFrame.Shape.StyledPanel)
        self.batch_chip.setAccessibleName(self.tr("Batch shown"))
        self.batch_label = QLabel(self.batch_chip)
        self.batch_label.setTextFormat(Qt.TextFormat.PlainText)
        self.batch_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.batch_clear = QToolButton(self.batch_chip)
        self.batch_clear.setIcon(icons.icon("close"))
        self.batch_clear.setAutoRaise(True)
        self.batch_clear.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.batch_clear.setAccessibleName(self.tr("Show every video again"))
        self.batch_clear.setToolTip(self.tr("Leave this batch: show every video again"))
        chip_row = QHBoxLayout(self.batch_chip)
        chip_row.setContentsMargins(6, 2, 2, 2)
        chip_icon = QLabel(self.batch_chip)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        chip_icon.setPixmap(icons.icon("batch", QPalette.ColorRole.WindowText).pixmap(size, size))
        chip_row.addWidget(chip_icon)
        chip_row.addWidget(self.batch_label, 1)
        chip_row.addWidget(self.batch_clear)
        self.batch_chip.hide()

        self.grid = LibraryGrid(self)
        self.grid.setAccessibleName(self.tr("Video library"))
        self.grid.setAccessibleDescription(
            self.tr("Enter plays, Delete deletes, S marks as favourite, 1 to 5 rate, 0 clears the rating")
        )
        self.delegate = LibraryDelegate(self.grid, poster_size=self.posters.size)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setModel(self.proxy)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.sort)
        bar.addWidget(self.favourites)
        bar.addWidget(self.archived_toggle)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.batch_chip)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search, self.sort)
        self.setTabOrder(self.sort, self.favourites)
        self.setTabOrder(self.favourites, self.archived_toggle)
        self.setTabOrder(self.archived_toggle, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.batch_clear)
        self.setTabOrder(self.batch_clear, self.grid)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _grid_action(self, text: str, keys: list[QKeySequence] | None = None) -> QAction:
        """An action whose keys work while the grid has focus (not while typing a search)."""
        action = QAction(text, self)
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.grid.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.play_action = self._grid_action(self.tr("Play"), [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter)])
        self.play_action.setIcon(icons.icon("play"))
        self.reuse_action = self._grid_action(self.tr("Use These Settings"), [key(Qt.Key.Key_U)])
        self.favourite_action = self._grid_action(self.tr("Favourite"), [key(Qt.Key.Key_S)])
        self.favourite_action.setCheckable(True)
        self.rating_actions: list[QAction] = []
        self._rating_group = QActionGroup(self)
        for stars in range(MAX_RATING + 1):
            text = self.tr("No Rating") if stars == 0 else "★" * stars + "☆" * (MAX_RATING - stars)
            action = self._grid_action(text, [key(str(stars))])
            action.setCheckable(True)
            action.setData(stars)
            self._rating_group.addAction(action)
            self.rating_actions.append(action)
        self.open_action = self._grid_action(
            self.tr("Open in System Player"), [key(Qt.Modifier.SHIFT | Qt.Key.Key_Return)]
        )
        self.reveal_action = self._grid_action(self.tr("Show in Folder"))
        self.reveal_action.setIcon(icons.icon("reveal-folder"))
        self.delete_action = self._grid_action(self.tr("Delete…"), [key(Qt.Key.Key_Delete)])
        self.delete_action.setIcon(icons.icon("trash"))

        # Iterating: several results at once, and the next steps from one.
        self.compare_action = self._grid_action(self.tr("Compare…"))
        self.compare_action.setIcon(icons.icon("wipe"))
        self.compare_action.setToolTip(self.tr("Compare 2 to 4 selected videos side by side"))
        self.archive_action = self._grid_action(self.tr("Archive"), [key(Qt.Key.Key_A)])
        self.archive_action.setIcon(icons.icon("archive"))
        self.show_batch_action = self._grid_action(self.tr("Show This Batch"), [key(Qt.Key.Key_B)])
        self.show_batch_action.setIcon(icons.icon("batch"))
        self.continue_action = self._grid_action(self.tr("Continue from Last Frame"), [key("Ctrl+Shift+L")])
        self.continue_action.setIcon(icons.icon("continue"))
        self.promote_action = self._grid_action(self.tr("Promote"), [key("Ctrl+Shift+U")])
        self.promote_action.setIcon(icons.icon("promote"))
        self.flip_action = self._grid_action(self.tr("Flip Aspect"), [key("Ctrl+Shift+A")])
        self.flip_action.setIcon(icons.icon("flip-aspect"))
        self.variation_actions: dict[int, QAction] = {}
        for count in (2, 3, 4):
            action = self._grid_action(
                self.tr("{count} Variations").format(count=count),
                [key("Ctrl+Shift+V")] if count == 3 else None,
            )
            action.setIcon(icons.icon("variations"))
            action.triggered.connect(lambda _checked=False, n=count: self._on_variations(n))
            self.variation_actions[count] = action

        # These work anywhere inside the library view.
        self.find_action = QAction(self.tr("Search the Library"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.find_action)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setIcon(icons.icon("refresh"))
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.refresh_action)

    def _connect(self) -> None:
        context = self._context
        context.engineReady.connect(self._on_engine_ready)
        context.engineStarting.connect(self._on_engine_starting)
        context.engineFailed.connect(self._on_engine_failed)
        context.bridge.videoUpdated.connect(self._on_video_updated)

        self.search.textChanged.connect(self._on_search_typed)
        self.search.returnPressed.connect(self._on_search_now)
        self._search_timer.timeout.connect(self._on_search_now)
        self.sort.currentIndexChanged.connect(self._on_sort_changed)
        self.favourites.toggled.connect(self._on_favourites_toggled)
        self.archived_toggle.toggled.connect(self._on_archived_toggled)
        self.batch_clear.clicked.connect(self.clear_batch)
        self.refresh_button.clicked.connect(self.refresh)

        self.grid.activated.connect(self._on_activated)
        self.grid.menuRequested.connect(self._show_menu)
        self.grid.selectionModel().currentChanged.connect(self._on_current_changed)
        self.grid.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # Both: the proxy drops a row while the source is still about to remove it.
        for model in (self.proxy, self.model):
            model.rowsInserted.connect(self._on_rows_changed)
            model.rowsRemoved.connect(self._on_rows_changed)
            model.modelReset.connect(self._on_rows_changed)
            model.layoutChanged.connect(self._on_rows_changed)

        self.play_action.triggered.connect(self._on_play)
        self.reuse_action.triggered.connect(self._on_reuse)
        self.favourite_action.triggered.connect(self._on_toggle_favourite)
        for action in self.rating_actions:
            action.triggered.connect(lambda _checked=False, a=action: self._on_rate(int(a.data())))
        self.open_action.triggered.connect(self._on_open_externally)
        self.reveal_action.triggered.connect(self._on_reveal)
        self.delete_action.triggered.connect(self._on_delete)
        self.compare_action.triggered.connect(self._on_compare)
        self.archive_action.triggered.connect(self._on_archive)
        self.show_batch_action.triggered.connect(self._on_show_batch)
        self.continue_action.triggered.connect(self._on_continue)
        self.promote_action.triggered.connect(self._on_promote)
        self.flip_action.triggered.connect(self._on_flip)
        self.next_steps.failed.connect(self.message)
        self.next_steps.message.connect(self.message)
        self.find_action.triggered.connect(self.focus_search)
        self.refresh_action.triggered.connect(self.refresh)

    # ------------------------------------------------------------------ public API

    def item_count(self) -> int:
        """How many videos the library holds (whatever the search shows)."""
        return self.model.rowCount()

    def shown_count(self) -> int:
        """How many of them the grid shows now (after search and favourites)."""
        return self.proxy.rowCount()

    def current_item(self) -> LibraryItem | None:
        index = self.grid.currentIndex()
        if not index.isValid():
            return None
        item = index.data(LibraryModel.ItemRole)
        return item if isinstance(item, LibraryItem) else None

    def selected_items(self) -> list[LibraryItem]:
        """The selected results, in the grid's order."""
        rows = sorted(self.grid.selectionModel().selectedIndexes(), key=lambda index: index.row())
        items = [index.data(LibraryModel.ItemRole) for index in rows]
        return [item for item in items if isinstance(item, LibraryItem)]

    def select_videos(self, paths: list[Path]) -> None:
        """Select these results (the first becomes current) without playing any."""
        selection = self.grid.selectionModel()
        with self._quietly():
            selection.clearSelection()
            first = True
            for path in paths:
                row = self.model.row_of(Path(path))
                if row is None:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row))
                if not index.isValid():
                    continue
                flags = QItemSelectionModel.SelectionFlag.Select
                if first:
                    selection.setCurrentIndex(index, flags)
                    first = False
                else:
                    selection.select(index, flags)

    def show_batch(self, batch_id: str | None) -> None:
        """Show only the results of this batch (None: every result again), with its chip."""
        with self._quietly():
            self.proxy.set_batch(batch_id)
        if batch_id is None:
            self.batch_chip.hide()
        else:
            self._show_batch_label(batch_id)
            self.batch_chip.show()
            self._read_batch_name(batch_id)
        self._after_filter()

    def clear_batch(self) -> None:
        """Leave the batch filter (the chip's ✕)."""
        self.show_batch(None)
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def batch_chip_text(self) -> str:
        """What the batch chip says ("" while no batch is shown)."""
        return self.batch_label.text() if self.batch_chip.isVisibleTo(self) else ""

    def set_show_archived(self, on: bool) -> None:
        self.archived_toggle.setChecked(on)

    def select_video(self, path: Path) -> LibraryItem | None:
        """Select and show the video of this file (without emitting ``playRequested``).

        A search or favourites filter that hides it is cleared. If it is not
        listed yet (its download was just reported), it is selected when it
        arrives, and None is returned.
        """
        path = Path(path)
        row = self.model.row_of(path)
        if row is None:
            path = Path(os.path.normpath(os.path.abspath(path)))
            row = self.model.row_of(path)
        if row is None:
            self._wanted = path
            return None
        self._wanted = None
        source = self.model.index(row)
        if not self.proxy.mapFromSource(source).isValid():
            self._clear_filters(archived=self.model.item(row).metadata.archived)
        index = self.proxy.mapFromSource(source)
        with self._quietly():
            self.grid.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.grid.scrollTo(index)
        return self.model.item(row)

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Scan the library folder again (on a worker): files added or deleted by hand show up."""
        if self._library is None:
            return
        if self._scanning:
            self._rescan = True  # once this scan ends: it may have looked before the change
            return
        self._scan()

    # ------------------------------------------------------------------ loading

    def _on_engine_starting(self) -> None:
        self._failed_text = ""
        self._update_placeholder()

    def _on_engine_ready(self, service: Service) -> None:
        library = service.engine.library
        if library is not self._library:
            self._library = library
            self._scan_generation += 1
            self._late.clear()
            self._gone.clear()
            self.posters.set_cache_dir(library.thumbnail_dir)
            self._scanning = False
            # What was listed belongs to another folder (or another service): not shown meanwhile.
            with self._quietly():
                self.model.set_items([])
        self._failed_text = ""
        self._scan()
        self._sync_actions(self.current_item())  # the next steps need the engine

    def _on_engine_failed(self, text: str) -> None:
        self._failed_text = text
        self._update_placeholder()

    def _scan(self) -> None:
        library = self._library
        if library is None:
            return
        self._scanning = True
        self._rescan = False
        self._scan_generation += 1
        generation = self._scan_generation
        self.refresh_button.setEnabled(False)
        self.refresh_action.setEnabled(False)
        self._update_placeholder()
        self._context.background.run(
            library.scan,
            on_done=lambda result: self._on_scanned(generation, result),
            on_error=lambda exc: self._on_scan_failed(generation, exc),
        )

    def _scan_ended(self) -> None:
        self._scanning = False
        self.refresh_button.setEnabled(True)
        self.refresh_action.setEnabled(True)
        if self._rescan:
            self._scan()
        else:
            self._update_placeholder()

    def _on_scanned(self, generation: int, result: ScanResult) -> None:
        if generation != self._scan_generation:
            return  # another library, or a newer scan, replaced this one
        try:
            shown = [item for item in result.shown if item.video not in self._gone]
            listed = {item.video for item in shown}
            shown.extend(item for path, item in self._late.items() if path not in listed)
            self._late.clear()
            self._gone.clear()
            current = self.current_item()
            with self._quietly():
                self.model.set_items(shown)
                if current is not None:
                    self._restore_current(current.video)
            self._update_count()
            if self._wanted is not None:
                self.select_video(self._wanted)
        finally:
            self._scan_ended()

    def _on_scan_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._scan_generation:
            return
        try:
            log.error("library scan failed", exc_info=exc)
            self.message.emit(
                self.tr("The library folder could not be read: {reason}").format(reason=describe_error(exc))
            )
        finally:
            self._scan_ended()

    def _restore_current(self, video: Path) -> None:
        row = self.model.row_of(video)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if index.isValid():
            self.grid.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _on_video_updated(self, event: VideoUpdated) -> None:
        video = event.video
        library = self._library
        if video.state is not DownloadState.DONE or video.local_path is None or library is None:
            return
        path = Path(video.local_path)
        if not path.is_relative_to(library.root) or path in self._looking_up:
            return  # a file of another library folder (the service changed meanwhile)
        self._looking_up.add(path)

        def found(item: LibraryItem) -> None:
            self._looking_up.discard(path)
            if library is not self._library:
                return
            if self._scanning:
                self._late[item.video] = item
            with self._quietly():
                self.model.add_item(item)
            self._update_count()
            if self._wanted is not None and self._wanted in (item.video, path):
                self.select_video(item.video)

        def failed(exc: BaseException) -> None:
            self._looking_up.discard(path)
            log.warning("could not list a new video %s", path, exc_info=exc)
            self.message.emit(
                self.tr("A new video could not be listed: {reason} Refresh the library to try again.").format(
                    reason=describe_error(exc)
                )
            )

        self._context.background.run(library.item_at, path, on_done=found, on_error=failed)

    # ------------------------------------------------------------------ search, sort, filters

    def _on_search_typed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_now(self) -> None:
        self._search_timer.stop()
        with self._quietly():
            self.proxy.set_search(self.search.text())
        self._after_filter()

    def _on_sort_changed(self, _index: int) -> None:
        with self._quietly():
            self.proxy.set_newest_first(bool(self.sort.currentData()))
        self._after_filter()

    def _on_favourites_toggled(self, on: bool) -> None:
        with self._quietly():
            self.proxy.set_favourites_only(on)
        self._after_filter()

    def _on_archived_toggled(self, on: bool) -> None:
        with self._quietly():
            self.proxy.set_show_archived(on)
        self._after_filter()

    def _clear_filters(self, *, archived: bool = False) -> None:
        """Search, favourites and batch off (and with ``archived`` archived ones shown)."""
        with self._quietly():
            self.proxy.set_batch(None)
            self.batch_chip.hide()
            if archived:
                self.archived_toggle.setChecked(True)
            self._search_timer.stop()
            self.search.blockSignals(True)
            try:
                self.search.clear()
            finally:
                self.search.blockSignals(False)
            self.proxy.set_search("")
            self.favourites.blockSignals(True)
            try:
                self.favourites.setChecked(False)
            finally:
                self.favourites.blockSignals(False)
            self.proxy.set_favourites_only(False)
        self._after_filter()

    def _after_filter(self) -> None:
        index = self.grid.currentIndex()
        if index.isValid():
            self.grid.scrollTo(index)
        self._update_count()
        self._update_placeholder()

    # ------------------------------------------------------------------ texts

    def _on_rows_changed(self, *_args: object) -> None:
        self._update_count()
        self._update_placeholder()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("1 video") if total == 1 else self.tr("{total} videos").format(total=total)
        else:
            text = self.tr("{shown} of {total} videos").format(shown=shown, total=total)
        if text != self.count_label.text():
            self.count_label.setText(text)
            self.countChanged.emit(total)

    def _update_placeholder(self) -> None:
        if self.proxy.rowCount() > 0:
            text = ""
        elif self._failed_text:
            text = self.tr("The library is not available. {reason}").format(reason=self._failed_text)
        elif self._library is None or (self._scanning and self.model.rowCount() == 0):
            text = self.tr("Opening the library…")
        elif self.model.rowCount() == 0:
            text = self.tr("Your videos appear here once a generation finishes.")
        elif self.proxy.favourites_only and not self.proxy.search:
            text = self.tr("No favourites yet. Select a video and press S to mark it as a favourite.")
        elif not self.proxy.search and not self.proxy.show_archived and self.proxy.batch is None:
            text = self.tr("Every video here is archived. Turn on “Show archived” to see them.")
        else:
            text = self.tr("No video matches this search.")
        self.grid.set_placeholder_text(text)

    # ------------------------------------------------------------------ playing

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Changes of the current cell made by code, not the user: nothing starts playing."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(LibraryModel.ItemRole) if current.isValid() else None
        self._sync_actions(item if isinstance(item, LibraryItem) else None)
        if self._quiet or self.grid.right_press or self.grid.extending or not isinstance(item, LibraryItem):
            return
        if item.video != self._last_played:
            self._play(item)

    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(LibraryModel.ItemRole)
        if isinstance(item, LibraryItem):
            self._play(item)

    def _on_play(self) -> None:
        item = self.current_item()
        if item is not None:
            self._play(item)

    def _play(self, item: LibraryItem) -> None:
        self._last_played = item.video
        self.playRequested.emit(item)

    def _sync_actions(self, item: LibraryItem | None) -> None:
        has = item is not None
        for action in (
            self.play_action,
            self.favourite_action,
            self.open_action,
            self.reveal_action,
            self.delete_action,
            *self.rating_actions,
        ):
            action.setEnabled(has)
        # A video added by hand has no record of a request to reuse.
        reusable = item is not None and not item.orphan and bool(item.metadata.prompt.strip())
        self.reuse_action.setEnabled(reusable)
        selected = self.selected_items() or ([item] if item is not None else [])
        self.compare_action.setEnabled(2 <= len(selected) <= 4)
        self.archive_action.setEnabled(bool(selected))
        unarchive = bool(selected) and all(i.metadata.archived for i in selected)
        self.archive_action.setText(self.tr("Unarchive") if unarchive else self.tr("Archive"))
        self.show_batch_action.setEnabled(item is not None and bool(item.metadata.batch_id))
        # The next steps start from one result whose request is known.
        engine = self._context.engine is not None
        self.continue_action.setEnabled(reusable and engine)
        self.flip_action.setEnabled(reusable and engine)
        for action in self.variation_actions.values():
            action.setEnabled(reusable and engine)
        higher = None
        if reusable and item is not None:
            higher = next_resolution(item.metadata.to_request()[0].resolution)
        self.promote_action.setEnabled(higher is not None and engine)
        self.promote_action.setText(
            self.tr("Promote to {resolution}").format(resolution=higher) if higher else self.tr("Promote")
        )
        if item is not None:
            self.favourite_action.setChecked(item.metadata.favourite)
            rating = item.metadata.rating or 0
            for action in self.rating_actions:
                action.setChecked(int(action.data()) == rating)

    # ------------------------------------------------------------------ the context menu

    def _show_menu(self, index: QModelIndex, where: QPoint) -> None:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        if index.isValid():
            selection = self.grid.selectionModel()
            if selection.isSelected(index):
                # A right click inside the selection acts on all of it (compare, archive).
                with self._quietly():
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            item = self.current_item()
            self._sync_actions(item)
            menu.addAction(self.play_action)
            menu.addAction(self.reuse_action)
            menu.addSeparator()
            steps = menu.addMenu(icons.icon("generate"), self.tr("Next Steps"))
            steps.setToolTipsVisible(True)
            steps.addAction(self.continue_action)
            steps.addAction(self.promote_action)
            steps.addAction(self.flip_action)
            steps.addSeparator()
            for action in self.variation_actions.values():
                steps.addAction(action)
            steps.setEnabled(any(a.isEnabled() for a in steps.actions()))
            menu.addAction(self.compare_action)
            for action in self.menu_actions:
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction(self.favourite_action)
            rating = menu.addMenu(self.tr("Rating"))
            for action in self.rating_actions[1:]:
                rating.addAction(action)
            rating.addSeparator()
            rating.addAction(self.rating_actions[0])
            menu.addSeparator()
            menu.addAction(self.show_batch_action)
            menu.addAction(self.archive_action)
            menu.addSeparator()
            menu.addAction(self.open_action)
            menu.addAction(self.reveal_action)
            menu.addSeparator()
            menu.addAction(self.delete_action)
            menu.addSeparator()
        menu.addAction(self.refresh_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    # ------------------------------------------------------------------ marks (favourite, rating)

    def _targets(self) -> list[LibraryItem]:
        """What a mark or a deletion acts on: every selected result when several are, else the
        current one."""
        selected = self.selected_items()
        if len(selected) > 1:
            return selected
        item = self.current_item()
        return [item] if item is not None else []

    def _on_toggle_favourite(self) -> None:
        items = self._targets()
        if len(items) == 1:
            self.set_favourite(items[0].video, not items[0].metadata.favourite)
        elif items:
            # Mixed: all become favourites; all favourites already: all stop being.
            favourite = not all(item.metadata.favourite for item in items)
            marked = sum(self._mark(item.video, favourite=favourite) for item in items)
            if favourite:
                self.message.emit(self.tr("Marked {n} videos as favourites.").format(n=marked))
            else:
                self.message.emit(self.tr("{n} videos are no longer favourites.").format(n=marked))

    def _on_rate(self, stars: int) -> None:
        items = self._targets()
        if len(items) == 1:
            self.set_rating(items[0].video, stars)
        elif items:
            stars = max(0, min(MAX_RATING, stars))
            rated = sum(self._mark(item.video, rating=stars or None) for item in items)
            if stars:
                self.message.emit(self.tr("Rated {n} videos {stars} of 5.").format(n=rated, stars=stars))
            else:
                self.message.emit(self.tr("Rating cleared for {n} videos.").format(n=rated))

    def set_favourite(self, video: Path, favourite: bool) -> None:
        """Mark or unmark a video as favourite (shown at once, written to its sidecar on a worker)."""
        if self._mark(video, favourite=favourite):
            self.message.emit(
                self.tr("Marked as favourite.") if favourite else self.tr("No longer a favourite.")
            )

    def set_rating(self, video: Path, stars: int) -> None:
        """Rate a video 1-5 stars (0 clears the rating); written to its sidecar on a worker."""
        stars = max(0, min(MAX_RATING, stars))
        if self._mark(video, rating=stars or None):
            self.message.emit(
                self.tr("Rated {stars} of 5.").format(stars=stars) if stars else self.tr("Rating cleared.")
            )

    def _mark(self, video: Path, **changes: Any) -> bool:
        """Show the change at once and queue its sidecar write; False if the video is not listed."""
        if self._library is None or self.model.update_metadata(video, **changes) is None:
            return False
        self._sync_actions(self.current_item())
        self._to_write.setdefault(video, {}).update(changes)
        if video not in self._writing:
            self._write_next(video)
        return True

    def _write_next(self, video: Path) -> None:
        library = self._library
        changes = self._to_write.pop(video, None)
        item = self.model.item_for(video)
        if library is None or changes is None or item is None:
            self._writing.discard(video)
            return
        self._writing.add(video)

        def done(updated: LibraryItem) -> None:
            if video in self._to_write:
                self._write_next(video)  # newer marks were given meanwhile: they win
                return
            self._writing.discard(video)
            if library is self._library:
                self.model.replace_item(updated)
                self._sync_actions(self.current_item())

        def failed(exc: BaseException) -> None:
            self._writing.discard(video)
            self._to_write.pop(video, None)
            log.warning("could not write the sidecar of %s", video, exc_info=exc)
            if isinstance(exc, SidecarError):
                text = self.tr(
                    "Could not save the mark on “{name}”: its settings file is damaged ({reason}). "
                    "Repair or remove {sidecar}, then try again."
                ).format(name=item.video.name, reason=exc, sidecar=item.sidecar.name)
            else:
                text = self.tr("Could not save the mark on “{name}”: {reason}").format(
                    name=item.video.name, reason=describe_error(exc)
                )
            self.message.emit(text)
            # Show what is really on disk again.
            self._context.background.run(
                library.item_at, video, on_done=self._on_reread, on_error=self._on_reread_failed
            )

        self._context.background.run(library.update_sidecar, item, **changes, on_done=done, on_error=failed)

    def _on_reread(self, item: LibraryItem) -> None:
        self.model.replace_item(item)
        self._sync_actions(self.current_item())

    def _on_reread_failed(self, exc: BaseException) -> None:
        # The user was already told the mark was not saved; a refresh shows the truth.
        log.warning("could not re-read a video after a failed write", exc_info=exc)

    # ------------------------------------------------------------------ reuse, open, reveal

    def _on_reuse(self) -> None:
        item = self.current_item()
        if item is None or not self.reuse_action.isEnabled():
            return
        request, paths = item.metadata.to_request()
        self.reuseRequested.emit(request, paths)
        self.reuseItemRequested.emit(item)

    # ------------------------------------------------------------------ several results, batches

    def _on_selection_changed(self, *_args: object) -> None:
        self._sync_actions(self.current_item())

    def _on_compare(self) -> None:
        items = self.selected_items()
        if 2 <= len(items) <= 4:
            self.compareRequested.emit(items)
        else:
            self.message.emit(self.tr("Select 2 to 4 videos to compare (Ctrl or Shift and click)."))

    def _on_archive(self) -> None:
        items = self.selected_items() or [i for i in [self.current_item()] if i is not None]
        if not items:
            return
        archive = not all(item.metadata.archived for item in items)
        with self._quietly():
            marked = sum(1 for item in items if self._mark(item.video, archived=archive))
        if not marked:
            return
        if archive and not self.proxy.show_archived:
            text = (
                self.tr("Archived. Turn on “Show archived” to see it again.")
                if marked == 1
                else self.tr("{count} videos archived. Turn on “Show archived” to see them again.").format(
                    count=marked
                )
            )
        elif archive:
            text = (
                self.tr("Archived.")
                if marked == 1
                else self.tr("{count} videos archived.").format(count=marked)
            )
        else:
            text = (
                self.tr("No longer archived.")
                if marked == 1
                else self.tr("{count} videos no longer archived.").format(count=marked)
            )
        self.message.emit(text)

    def _on_show_batch(self) -> None:
        item = self.current_item()
        if item is not None and item.metadata.batch_id:
            self.show_batch(item.metadata.batch_id)

    def _show_batch_label(self, batch_id: str) -> None:
        label = self._batch_names.get(batch_id)
        if label is None:
            count = len(self.model.batch_items(batch_id))
            label = self.tr("{count} videos sent together").format(count=count)
        text = self.tr("Batch: {label}").format(label=label)
        self.batch_label.setText(text)
        self.batch_label.setToolTip(text)
        self.batch_chip.setAccessibleDescription(text)

    def _read_batch_name(self, batch_id: str) -> None:
        """The batch's name from the store (on a worker); results made elsewhere have none there."""
        engine = self._context.engine
        if engine is None or batch_id in self._batch_names:
            return

        def named(batch: Batch | None) -> None:
            if batch is not None:
                self._batch_names[batch_id] = batch.label
            if self.proxy.batch == batch_id:
                self._show_batch_label(batch_id)

        self._context.background.run(
            engine.store.batch,
            batch_id,
            on_done=named,
            on_error=lambda exc: log.warning("could not read batch %s", batch_id, exc_info=exc),
        )

    # ------------------------------------------------------------------ next steps

    def _step_item(self) -> LibraryItem | None:
        item = self.current_item()
        if item is None or item.orphan or not item.metadata.prompt.strip():
            return None
        return item

    def _on_continue(self) -> None:
        item = self._step_item()
        if item is not None:
            self.next_steps.continue_from(item.video, item)

    def _on_promote(self) -> None:
        item = self._step_item()
        if item is not None and self.promote_action.isEnabled():
            self.next_steps.promote(item)

    def _on_flip(self) -> None:
        item = self._step_item()
        if item is not None:
            self.next_steps.flip_aspect(item)

    def _on_variations(self, count: int) -> None:
        item = self._step_item()
        if item is not None:
            self.next_steps.variations(item, count)

    def _on_open_externally(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(item.video))):
            self.message.emit(
                self.tr("No application could open “{name}”. Install a video player and try again.").format(
                    name=item.video.name
                )
            )

    def _on_reveal(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if not _reveal(item.video):
            self.message.emit(
                self.tr("Could not open the folder {folder}.").format(folder=str(item.video.parent))
            )

    # ------------------------------------------------------------------ deleting

    def _on_delete(self) -> None:
        items = [item for item in self._targets() if item.video not in self._deleting]
        if not items or self._library is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        if len(items) == 1:
            box.setWindowTitle(self.tr("Delete Video"))
            box.setText(self.tr("Move “{title}” to the trash?").format(title=_short(items[0])))
            box.setInformativeText(
                self.tr("The video and its settings file go to the system trash, where you can restore them.")
            )
        else:
            box.setWindowTitle(self.tr("Delete Videos"))
            box.setText(self.tr("Move these {n} videos to the trash?").format(n=len(items)))
            box.setInformativeText(
                self.tr(
                    "The videos and their settings files go to the system trash, where you can restore them."
                )
            )
        confirm = box.addButton(self.tr("Move to Trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("confirmDelete")

        def answered(_result: int) -> None:
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)  # where the user was, for the next key
            if box.clickedButton() is confirm:
                for item in items:
                    self._delete(item, True)

        box.finished.connect(answered)
        box.open()

    def _delete(self, item: LibraryItem, to_trash: bool) -> None:
        library = self._library
        if library is None or item.video in self._deleting:
            return
        self._deleting.add(item.video)
        try:
            # Receivers close the file now (the player); the deletion starts after they return.
            self.aboutToDelete.emit(item.video)
        except BaseException:
            self._deleting.discard(item.video)
            raise
        self._context.background.run(
            library.remove,
            item,
            to_trash=to_trash,
            on_done=lambda _none: self._on_deleted(item, to_trash),
            on_error=lambda exc: self._on_delete_failed(item, to_trash, exc),
        )

    def _on_deleted(self, item: LibraryItem, to_trash: bool) -> None:
        self._deleting.discard(item.video)
        self._late.pop(item.video, None)
        if self._scanning:
            self._gone.add(item.video)
        self.posters.forget(item.video)
        if self._last_played == item.video:
            self._last_played = None
        with self._quietly():
            self.model.remove_video(item.video)
        self._update_count()
        if to_trash:
            self.message.emit(self.tr("Moved “{title}” to the trash.").format(title=_short(item)))
        else:
            self.message.emit(self.tr("Deleted “{title}”.").format(title=_short(item)))

    def _on_delete_failed(self, item: LibraryItem, to_trash: bool, exc: BaseException) -> None:
        self._deleting.discard(item.video)
        if to_trash and isinstance(exc, TrashError):
            self._ask_delete_permanently(item, str(exc))
            return
        log.warning("could not delete %s", item.video, exc_info=exc)
        reason = describe_error(exc) if isinstance(exc, OSError) else str(exc)
        self.message.emit(
            self.tr(
                "Could not delete “{title}”: {reason}. Check that no other program uses it and try again."
            ).format(title=_short(item), reason=reason.rstrip("."))
        )

    def _ask_delete_permanently(self, item: LibraryItem, reason: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete Video"))
        box.setText(
            self.tr("“{title}” cannot go to the trash. Delete it permanently?").format(title=_short(item))
        )
        box.setInformativeText(
            self.tr(
                "There is no usable trash here ({reason}). A permanent deletion cannot be undone."
            ).format(reason=reason)
        )
        confirm = box.addButton(self.tr("Delete Permanently"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("confirmPermanentDelete")

        def answered(_result: int) -> None:
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
            if box.clickedButton() is confirm:
                self._delete(item, False)
            else:
                self.message.emit(self.tr("Nothing was deleted."))

        box.finished.connect(answered)
        box.open()

    # ------------------------------------------------------------------ events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Posters are made for the screen's pixel density.
        self.posters.set_device_pixel_ratio(self.devicePixelRatioF())

    def sizeHint(self) -> QSize:
        return QSize(760, 520)


def _short(item: LibraryItem, limit: int = 60) -> str:
    text = " ".join(item.metadata.prompt.split()) or item.video.name
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _reveal(video: Path) -> bool:
    """Show the file in the system's file manager, selected where the platform allows it."""
    try:
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", str(video)])
            return True
        if os.name == "nt":
            subprocess.Popen(["explorer", "/select,", str(video)])
            return True
    except OSError:
        pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(video.parent)))
