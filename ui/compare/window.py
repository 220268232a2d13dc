"""``CompareWindow``: 2 to 4 results side by side, played in sync, and the winner picked with one key.

Each clip has its own ``Player`` and QVideoWidget; ``SyncedTransport`` keeps
them on one clock (play, pause, seek, frame step, loop range, speed). The
grid takes the shape that shows the most picture for the clips' shapes and
the window's (``layout.best_shape``). Two clips of one shape can also be seen
in a wipe view: both players then render into ``QVideoSink``s that
``WipeView`` paints, split at a divider.

Picking a winner stars it in the library (its sidecar, written on a worker)
and offers, in a bar that does not block, to archive the others. Every
player is released when the window closes.

Keys (anywhere in the window): Space play / pause, comma and period a frame
back / forward, I and O the loop's in and out points, L loop on / off, X
clear the range, W grid / wipe, 1-4 pick the winner, A archive the others
(once a winner is picked), Esc or Ctrl+W close.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtMultimedia import QVideoSink
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from omnidesk.engine.library import Library, LibraryItem
from ui import icons
from ui.background import describe_error
from ui.compare.cell import CompareCell
from ui.compare.labels import describe
from ui.compare.layout import aspect_of, best_shape, cell_rects
from ui.compare.range_bar import LoopRangeBar, SeekSlider
from ui.compare.sync import SyncedTransport
from ui.compare.wipe import WipeView
from ui.context import AppContext
from ui.player.facade import Player
from ui.player.widget import DEFAULT_SPEED, SPEEDS, format_time

MIN_ITEMS, MAX_ITEMS = 2, 4
GRID_SPACING = 6
# Two shapes within this of each other count as one (a 1280x720 and a 1920x1080 clip).
SAME_ASPECT_TOLERANCE = 0.01


def same_aspect(first: float, second: float) -> bool:
    return abs(first - second) <= SAME_ASPECT_TOLERANCE * max(first, second)


class _Grid(QWidget):
    """Places the cells in the grid shape that shows the most picture."""

    def __init__(self, cells: Sequence[CompareCell], aspects: Callable[[], list[float]]) -> None:
        super().__init__()
        self.setObjectName("compareGrid")
        self._cells = list(cells)
        self._aspects = aspects
        self.shape = (1, len(self._cells))
        for cell in self._cells:
            cell.setParent(self)

    def sizeHint(self) -> QSize:
        return QSize(960, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 240)

    def relayout(self) -> None:
        if not self._cells:
            return
        width, height = self.width(), self.height()

        def info(cell_width: int) -> int:
            return max(cell.info_height(cell_width) for cell in self._cells)

        def chrome(cell_width: int) -> int:
            return self._cells[0].chrome_height(info(cell_width))

        rows, columns = best_shape(self._aspects(), width, height, spacing=GRID_SPACING, label_height=chrome)
        self.shape = (rows, columns)
        rects = cell_rects(len(self._cells), rows, columns, width, height, GRID_SPACING)
        shared = info(rects[0].width)
        for cell, rect in zip(self._cells, rects, strict=True):
            cell.set_info_height(shared)
            cell.setGeometry(rect.x, rect.y, rect.width, rect.height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()


class CompareWindow(QWidget):
    """A window comparing 2 to 4 library results side by side, in sync.

    Signals:

    - ``message(str)``: a sentence for the status bar (what was done, or what went wrong).
    - ``resultChanged(object)``: a result's sidecar was rewritten (starred, archived); carries the
      new ``LibraryItem``, for the library view to show (``LibraryModel.replace_item``).

    ``players`` are the clips' ``Player`` facades, in the order of ``items``; ``set_winner``,
    ``archive_others``, ``toggle_wipe`` and ``seek`` are what the keys do. Raises ``ValueError``
    for fewer than 2 or more than 4 items.
    """

    message = Signal(str)
    resultChanged = Signal(object)

    def __init__(
        self, context: AppContext, items: Sequence[LibraryItem], parent: QWidget | None = None
    ) -> None:
        items = list(items)
        if not MIN_ITEMS <= len(items) <= MAX_ITEMS:
            raise ValueError(
                f"Compare needs {MIN_ITEMS} to {MAX_ITEMS} results, got {len(items)}: "
                "select between two and four results."
            )
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("Compare {count} results").format(count=len(items)))
        self.setAccessibleName(self.tr("Compare results"))
        self.context = context
        self._items = items
        self._aspects = [
            aspect_of(item.metadata.width, item.metadata.height, item.metadata.aspect_ratio) for item in items
        ]
        self._winner: int | None = None
        self._favourite_before: dict[int, bool] = {}
        self._busy = False
        self._closed = False
        self._wipe = False
        self._syncing_slider = False
        self._sinks: list[QVideoSink] = []

        self.players: list[Player] = [Player(self) for _ in items]
        self.cells: list[CompareCell] = [CompareCell(i, item) for i, item in enumerate(items)]
        self.transport = SyncedTransport(self.players, self)

        self._build()
        self._fill_labels()
        self._connect()
        self._make_shortcuts()
        self._set_transport_enabled(False)
        self.resize(1100, 760)

        # Quitting with the window open: players must stop before Qt's multimedia goes away.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._shut_down)
        for player, cell, item in zip(self.players, self.cells, items, strict=True):
            player.video_output = cell.video_widget
            player.open(item.video)
        self._on_sound_changed(self._sound.currentIndex())
        self._say(
            self.tr(
                "Space plays every clip; I and O set a loop; W switches to the wipe view; "
                "1 to {count} picks the winner."
            ).format(count=len(items))
        )

    # ------------------------------------------------------------------ building

    def _tool(self, name: str, tip: str, slot: Callable[..., None], *, text: str = "") -> QToolButton:
        button = QToolButton()
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if text:
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        # -- the bar that offers to archive the others once a winner is picked
        self._archive_bar = QFrame()
        self._archive_bar.setObjectName("compareArchiveBar")
        self._archive_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self._archive_bar.setAutoFillBackground(True)
        palette = self._archive_bar.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self._archive_bar.setPalette(palette)
        self._archive_text = QLabel()
        self._archive_text.setObjectName("compareArchiveText")
        self._archive_text.setWordWrap(True)
        self._archive_button = QPushButton(self.tr("Archive the others"))
        self._archive_button.setObjectName("compareArchiveButton")
        self._archive_button.setAccessibleName(self.tr("Archive the other clips"))
        self._archive_button.setToolTip(
            self.tr("Set the other clips aside in the library: hidden from the grid, not deleted (A)")
        )
        self._archive_button.clicked.connect(self.archive_others)
        self._keep_button = QPushButton(self.tr("Keep them"))
        self._keep_button.setObjectName("compareKeepButton")
        self._keep_button.setAccessibleName(self.tr("Keep the other clips"))
        self._keep_button.setToolTip(self.tr("Leave the other clips as they are"))
        self._keep_button.clicked.connect(self._on_keep_others)
        bar = QHBoxLayout(self._archive_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self._archive_text, 1)
        bar.addWidget(self._archive_button)
        bar.addWidget(self._keep_button)
        self._archive_bar.hide()

        # -- the clips: grid or wipe
        self._grid = _Grid(self.cells, lambda: list(self._aspects))
        self._wipe_view = WipeView()
        self._wipe_view.set_names(self.tr("1"), self.tr("2"))
        self._wipe_caption = QLabel(
            self.tr("Clip 1 left of the divider, clip 2 right of it. Drag it, or use the arrow keys.")
        )
        self._wipe_caption.setObjectName("compareWipeCaption")
        self._wipe_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._wipe_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        wipe_page = QWidget()
        wipe_layout = QVBoxLayout(wipe_page)
        wipe_layout.setContentsMargins(0, 0, 0, 0)
        wipe_layout.addWidget(self._wipe_view, 1)
        wipe_layout.addWidget(self._wipe_caption)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._grid)
        self._stack.addWidget(wipe_page)

        # -- the transport
        self._seek = SeekSlider()
        self._seek.setObjectName("compareSeek")
        self._seek.setAccessibleName(self.tr("Position"))
        self._seek.setToolTip(self.tr("Position in every clip"))
        self._seek.setRange(0, 0)
        self._seek.setSingleStep(100)
        self._seek.setPageStep(1000)
        self._seek.valueChanged.connect(self._on_seek_value)
        self._range = LoopRangeBar(self._seek)
        self._range.rangeEdited.connect(self._on_range_edited)
        self._time = QLabel(self._time_text(0, 0))
        self._time.setObjectName("compareTime")
        self._time.setAccessibleName(self.tr("Time"))
        timeline = QGridLayout()
        timeline.setContentsMargins(0, 0, 0, 0)
        timeline.setVerticalSpacing(0)
        timeline.addWidget(self._seek, 0, 0)
        timeline.addWidget(self._time, 0, 1)
        timeline.addWidget(self._range, 1, 0)

        self._play_button = self._tool(
            self.tr("Play"), self.tr("Play every clip (Space)"), self.transport.toggle
        )
        self._play_button.setIcon(icons.icon("play"))
        self._back_button = self._tool(
            self.tr("Previous frame"), self.tr("Every clip one frame back (,)"), self._on_step_back
        )
        self._back_button.setIcon(icons.icon("frame-back"))
        self._forward_button = self._tool(
            self.tr("Next frame"), self.tr("Every clip one frame forward (.)"), self._on_step_forward
        )
        self._forward_button.setIcon(icons.icon("frame-forward"))
        self._in_button = self._tool(
            self.tr("Set the in point"),
            self.tr("Start the loop here (I)"),
            self._on_set_in,
            text=self.tr("In"),
        )
        self._out_button = self._tool(
            self.tr("Set the out point"),
            self.tr("End the loop here (O)"),
            self._on_set_out,
            text=self.tr("Out"),
        )
        self._loop_button = self._tool(
            self.tr("Loop"), self.tr("Play the range in a loop (L)"), self._on_loop_clicked
        )
        self._loop_button.setIcon(icons.icon("loop"))
        self._loop_button.setCheckable(True)
        self._clear_button = self._tool(
            self.tr("Clear the loop range"),
            self.tr("Back to the whole clip, no loop (X)"),
            self.transport.clear_range,
            text=self.tr("Clear"),
        )
        self._speed = QComboBox()
        self._speed.setObjectName("compareSpeed")
        self._speed.setAccessibleName(self.tr("Playback speed"))
        self._speed.setToolTip(self.tr("Playback speed of every clip"))
        for speed in SPEEDS:
            self._speed.addItem(self.tr("{speed}×").format(speed=f"{speed:g}"), speed)
        self._speed.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self._speed.currentIndexChanged.connect(self._on_speed_changed)
        self._sound = QComboBox()
        self._sound.setObjectName("compareSound")
        self._sound.setAccessibleName(self.tr("Sound from"))
        self._sound.setToolTip(self.tr("Whose sound plays (one at a time, so they can be told apart)"))
        for index in range(len(self._items)):
            self._sound.addItem(self.tr("Sound: clip {number}").format(number=index + 1), index)
        self._sound.addItem(self.tr("No sound"), -1)
        self._sound.currentIndexChanged.connect(self._on_sound_changed)
        self._wipe_button = self._tool(
            self.tr("Wipe view"),
            self.tr("One picture split by a divider (W)"),
            self.toggle_wipe,
            text=self.tr("Wipe"),
        )
        self._wipe_button.setIcon(icons.icon("wipe"))
        self._wipe_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._wipe_button.setCheckable(True)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for widget in (self._play_button, self._back_button, self._forward_button):
            buttons.addWidget(widget)
        buttons.addSpacing(12)
        for widget in (self._in_button, self._out_button, self._loop_button, self._clear_button):
            buttons.addWidget(widget)
        buttons.addSpacing(12)
        buttons.addWidget(self._speed)
        buttons.addWidget(self._sound)
        buttons.addStretch(1)
        buttons.addWidget(self._wipe_button)

        self._status = QLabel()
        self._status.setObjectName("compareStatus")
        self._status.setAccessibleName(self.tr("Status"))
        self._status.setWordWrap(True)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self._archive_bar)
        layout.addWidget(self._stack, 1)
        layout.addLayout(timeline)
        layout.addLayout(buttons)
        layout.addWidget(self._status)
        self._update_wipe_button()

    def _fill_labels(self) -> None:
        palette = self.palette()
        texts = describe(
            self._items,
            added=palette.color(QPalette.ColorRole.Link).name(),
            removed=palette.color(QPalette.ColorRole.PlaceholderText).name(),
            quiet=palette.color(QPalette.ColorRole.PlaceholderText).name(),
        )
        for cell, text in zip(self.cells, texts, strict=True):
            cell.set_text(text)

    def _connect(self) -> None:
        for index, (player, cell) in enumerate(zip(self.players, self.cells, strict=True)):
            player.loaded.connect(lambda _ms, i=index: self._on_loaded(i))
            player.failed.connect(lambda text, i=index: self._on_failed(i, text))
            cell.winnerRequested.connect(self.set_winner)
        self.transport.ready.connect(self._on_ready)
        self.transport.positionChanged.connect(self._on_position)
        self.transport.playingChanged.connect(self._on_playing_changed)
        self.transport.rangeChanged.connect(self._on_range_changed)

    def _make_shortcuts(self) -> None:
        keys: list[tuple[str, Callable[[], Any]]] = [
            ("Space", self.transport.toggle),
            (",", self._on_step_back),
            (".", self._on_step_forward),
            ("I", self._on_set_in),
            ("O", self._on_set_out),
            ("L", self._loop_button.click),
            ("X", self.transport.clear_range),
            ("W", self.toggle_wipe),
            ("A", self._on_archive_key),
            ("Esc", self.close),
            (QKeySequence(QKeySequence.StandardKey.Close).toString(), self.close),
        ]
        for number in range(1, MAX_ITEMS + 1):
            keys.append((str(number), partial(self._on_winner_key, number)))
        self._shortcuts = []
        for key, slot in keys:
            if not key:
                continue
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    # ------------------------------------------------------------------ public API

    @property
    def items(self) -> list[LibraryItem]:
        """The results compared, as last written (a winner's star, the others' archive mark)."""
        return list(self._items)

    @property
    def grid_shape(self) -> tuple[int, int]:
        """(rows, columns) of the grid as laid out now."""
        return self._grid.shape

    @property
    def wipe_view(self) -> WipeView:
        return self._wipe_view

    @property
    def in_wipe(self) -> bool:
        return self._wipe

    @property
    def winner(self) -> int | None:
        """The index (0-based) of the clip picked as the winner, if any."""
        return self._winner

    def status_text(self) -> str:
        return self._status.text()

    def seek(self, ms: int) -> None:
        """Move every clip to ``ms``."""
        self.transport.seek(ms)

    def wipe_available(self) -> bool:
        return len(self._items) == 2 and same_aspect(self._aspects[0], self._aspects[1])

    def toggle_wipe(self) -> None:
        """Switch between the grid and the wipe view (two clips of one shape only)."""
        if self._closed:
            return
        if not self._wipe and not self.wipe_available():
            self._say(self._wipe_refusal())
            self._wipe_button.setChecked(False)
            return
        self._wipe = not self._wipe
        if self._wipe:
            if not self._sinks:
                self._sinks = [QVideoSink(self), QVideoSink(self)]
                self._wipe_view.set_sinks(self._sinks[0], self._sinks[1])
            for player, sink in zip(self.players, self._sinks, strict=True):
                player.video_output = sink
            self._stack.setCurrentIndex(1)
            self._wipe_view.setFocus()
            self._say(self.tr("Wipe view: clip 1 on the left, clip 2 on the right. W goes back to the grid."))
        else:
            for player, cell in zip(self.players, self.cells, strict=True):
                player.video_output = cell.video_widget
            self._stack.setCurrentIndex(0)
            self._play_button.setFocus()
            self._say(self.tr("Grid view."))
        self._wipe_button.setChecked(self._wipe)
        # A paused player sends nothing to an output attached now: show where it is again.
        self.transport.refresh()

    def set_winner(self, index: int) -> None:
        """Star clip ``index`` (0-based) as the winner in the library, then offer to archive the others.

        A winner picked before in this window gets its star back as it was."""
        if not 0 <= index < len(self._items):
            raise ValueError(f"no clip {index + 1}: this comparison has {len(self._items)}")
        if self._closed:
            return
        library = self._library()
        if library is None or self._refuse_while_busy():
            return
        item = self._items[index]
        previous = self._winner if self._winner is not None and self._winner != index else None
        restore = None
        if previous is not None:
            restore = (self._items[previous], self._favourite_before.get(previous, False))
        self._favourite_before.setdefault(index, item.metadata.favourite)

        def work() -> tuple[LibraryItem, LibraryItem | None]:
            won = library.update_sidecar(item, favourite=True, archived=False)
            undone = library.update_sidecar(restore[0], favourite=restore[1]) if restore else None
            return won, undone

        def done(result: tuple[LibraryItem, LibraryItem | None]) -> None:
            self._busy = False
            won, undone = result
            self._replace(index, won)
            if undone is not None and previous is not None:
                self._replace(previous, undone)
            self._winner = index
            self._show_choices()
            self._say(
                self.tr("Clip {number} is the winner: starred in the library.").format(number=index + 1)
            )
            rest = [i for i in range(len(self._items)) if i != index]
            if len(rest) == 1:
                offer = self.tr(
                    "Clip {number} is starred. Archive clip {other} to set it aside in the library?"
                )
            else:
                offer = self.tr(
                    "Clip {number} is starred. Archive clips {others} to set them aside in the library?"
                )
            self._archive_text.setText(
                offer.format(number=index + 1, other=rest[0] + 1, others=self._numbers(rest))
            )
            self._archive_button.setEnabled(True)
            self._archive_bar.show()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._say(
                self.tr("Clip {number} could not be starred: {reason}").format(
                    number=index + 1, reason=describe_error(exc)
                )
            )

        self._busy = True
        self.context.background.run(work, on_done=self._alive(done), on_error=self._alive(failed))

    def archive_others(self) -> None:
        """Archive every clip but the winner (once one is picked)."""
        if self._closed or self._winner is None:
            return
        library = self._library()
        if library is None or self._refuse_while_busy():
            return
        winner = self._winner
        others = [(i, item) for i, item in enumerate(self._items) if i != winner]

        def work() -> tuple[list[tuple[int, LibraryItem]], list[tuple[int, BaseException]]]:
            archived: list[tuple[int, LibraryItem]] = []
            failures: list[tuple[int, BaseException]] = []
            for index, item in others:
                try:
                    archived.append((index, library.update_sidecar(item, archived=True)))
                except Exception as exc:  # each clip on its own: one bad sidecar must not stop the rest
                    failures.append((index, exc))
            return archived, failures

        def done(result: tuple[list[tuple[int, LibraryItem]], list[tuple[int, BaseException]]]) -> None:
            self._busy = False
            archived, failures = result
            for index, item in archived:
                self._replace(index, item)
            self._show_choices()
            if archived:
                self._archive_bar.hide()
            parts = []
            if len(archived) == 1:
                parts.append(
                    self.tr("Archived clip {number}: set aside in the library, not deleted.").format(
                        number=archived[0][0] + 1
                    )
                )
            elif archived:
                parts.append(
                    self.tr("Archived clips {numbers}: set aside in the library, not deleted.").format(
                        numbers=self._numbers([index for index, _ in archived])
                    )
                )
            for index, exc in failures:
                parts.append(
                    self.tr("Clip {number} could not be archived: {reason}").format(
                        number=index + 1, reason=describe_error(exc)
                    )
                )
            self._say(" ".join(parts))

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._say(
                self.tr("The other clips could not be archived: {reason}").format(reason=describe_error(exc))
            )

        self._busy = True
        self._archive_button.setEnabled(False)
        self.context.background.run(work, on_done=self._alive(done), on_error=self._alive(failed))

    # ------------------------------------------------------------------ helpers

    def _numbers(self, indices: Sequence[int]) -> str:
        """Clip numbers for a sentence: "1 and 3", "1, 2 and 4"."""
        numbers = [str(i + 1) for i in indices]
        if len(numbers) < 2:
            return "".join(numbers)
        return self.tr("{first} and {last}").format(first=", ".join(numbers[:-1]), last=numbers[-1])

    def _say(self, text: str) -> None:
        if not text:
            return
        self._status.setText(text)
        self.message.emit(text)

    def _alive(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        """``fn`` that does nothing once this window's C++ side is gone (closed and deleted)."""

        def call(value: Any) -> None:
            if isValid(self):
                fn(value)

        return call

    def _library(self) -> Library | None:
        engine = self.context.engine
        if engine is None:
            self._say(
                self.tr("The library is not open yet: wait until OmniDesk is connected, then try again.")
            )
            return None
        return engine.library

    def _refuse_while_busy(self) -> bool:
        if self._busy:
            self._say(self.tr("Still saving the last change to the library; try again in a moment."))
        return self._busy

    def _replace(self, index: int, item: LibraryItem) -> None:
        self._items[index] = item
        self.cells[index].item = item
        self.resultChanged.emit(item)

    def _show_choices(self) -> None:
        for index, cell in enumerate(self.cells):
            cell.set_choice(winner=index == self._winner, archived=self._items[index].metadata.archived)

    def _wipe_refusal(self) -> str:
        if len(self._items) != 2:
            return self.tr("The wipe view shows exactly two clips; this comparison has {count}.").format(
                count=len(self._items)
            )
        return self.tr("The wipe view needs two clips of the same shape; these two differ.")

    def _update_wipe_button(self) -> None:
        available = self.wipe_available()
        self._wipe_button.setEnabled(available or self._wipe)
        self._wipe_button.setToolTip(
            self.tr("One picture split by a divider (W)") if available else self._wipe_refusal()
        )

    def _set_transport_enabled(self, enabled: bool) -> None:
        for widget in (
            self._play_button,
            self._back_button,
            self._forward_button,
            self._in_button,
            self._out_button,
            self._loop_button,
            self._clear_button,
            self._seek,
            self._range,
        ):
            widget.setEnabled(enabled)

    def _time_text(self, position: int, duration: int) -> str:
        return self.tr("{position} / {duration}").format(
            position=format_time(position), duration=format_time(duration)
        )

    # ------------------------------------------------------------------ slots

    def _on_loaded(self, index: int) -> None:
        self.cells[index].show_video()
        meta = self._items[index].metadata
        size = self.players[index].frame_size
        if (not meta.width or not meta.height) and size is not None:
            # The sidecar did not say (a video added by hand): the stream does.
            self._aspects[index] = aspect_of(*size)
            self._grid.relayout()
            self._update_wipe_button()

    def _on_failed(self, index: int, sentence: str) -> None:
        self.cells[index].show_notice(sentence, warning=True)
        self._say(self.tr("Clip {number}: {reason}").format(number=index + 1, reason=sentence))

    def _on_ready(self, duration: int) -> None:
        self._set_transport_enabled(True)
        self._syncing_slider = True
        try:
            self._seek.setRange(0, duration)
        finally:
            self._syncing_slider = False
        self._range.set_duration(duration)
        self._range.set_step(self.transport.frame_ms)
        self._time.setText(self._time_text(0, duration))

    def _on_position(self, ms: int) -> None:
        self._syncing_slider = True
        try:
            if not self._seek.isSliderDown():
                self._seek.setValue(ms)
        finally:
            self._syncing_slider = False
        self._time.setText(self._time_text(ms, self.transport.duration))

    def _on_playing_changed(self, playing: bool) -> None:
        self._play_button.setIcon(icons.icon("pause" if playing else "play"))
        self._play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        self._play_button.setToolTip(
            self.tr("Pause every clip (Space)") if playing else self.tr("Play every clip (Space)")
        )

    def _on_range_changed(self, loop: bool, in_ms: int, out_ms: int) -> None:
        self._range.set_range(loop, in_ms, out_ms)
        self._loop_button.setChecked(loop)

    def _on_range_edited(self, in_ms: int, out_ms: int) -> None:
        self.transport.set_range(in_ms, out_ms)

    def _on_seek_value(self, value: int) -> None:
        if not self._syncing_slider:
            self.transport.seek(value)

    def _on_step_back(self) -> None:
        self.transport.step(-1)

    def _on_step_forward(self) -> None:
        self.transport.step(+1)

    def _on_set_in(self) -> None:
        self.transport.set_in()

    def _on_set_out(self) -> None:
        self.transport.set_out()

    def _on_loop_clicked(self, checked: bool) -> None:
        self.transport.set_loop(checked)

    def _on_speed_changed(self, _index: int) -> None:
        self.transport.set_rate(float(self._speed.currentData()))

    def _on_sound_changed(self, _index: int) -> None:
        heard = self._sound.currentData()
        for index, player in enumerate(self.players):
            player.set_muted(index != heard)

    def _on_winner_key(self, number: int) -> None:
        if number > len(self._items):
            self._say(
                self.tr("There is no clip {number} here: pick 1 to {count}.").format(
                    number=number, count=len(self._items)
                )
            )
            return
        self.set_winner(number - 1)

    def _on_archive_key(self) -> None:
        if self._archive_bar.isVisible() and self._archive_button.isEnabled():
            self.archive_others()

    def _on_keep_others(self) -> None:
        self._archive_bar.hide()
        self._say(self.tr("The other clips were left as they are."))

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        self._shut_down()
        super().closeEvent(event)

    def _shut_down(self) -> None:
        """Release every player and let Qt's decoding threads finish (files unlocked, safe to delete)."""
        if self._closed:
            return
        self._closed = True
        self.transport.stop()
        for player in self.players:
            player.release()
        for player in self.players:
            player.wait_released()
        for player in self.players:
            player.video_output = None
