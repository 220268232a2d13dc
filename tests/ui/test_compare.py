"""The compare window on real players, real MP4s and a real library (offscreen).

Sync is checked the way the issue asks: after a seek every clip's position is
within one frame of the leader's; while playing, a follower knocked off is
brought back; looping keeps every clip inside the range; a frame step moves
every clip by one frame. The wipe view paints its frames itself, so a grab
shows clip A (red) left of the divider and clip B (blue) right of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox, QLabel, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from omnidesk.engine.library import Library, LibraryItem, ResultMetadata, read_sidecar
from tests.helpers.media import RGB, write_test_mp4
from tests.ui.conftest import LOAD_TIMEOUT, PLAY_TIMEOUT, TASK_TIMEOUT_MS, dispose
from ui.compare import CompareWindow
from ui.compare.layout import Rect, aspect_of, best_shape, cell_rects, fitted, shapes
from ui.context import AppContext
from ui.player.facade import Player

FPS = 10
FRAMES = 20  # 2 s at 10 fps: a frame is 100 ms, far above the position reports' jitter
FRAME_MS = 1000 / FPS
RED: RGB = (220, 30, 30)
BLUE: RGB = (30, 40, 220)
GREEN: RGB = (30, 180, 60)
PROMPT = "A red fox runs through fresh snow at dawn, camera tracking low"


@dataclass(frozen=True)
class Clip:
    colour: RGB = RED
    width: int = 320
    height: int = 180
    frames: int = FRAMES
    prompt: str = PROMPT
    resolution: str = "720p"
    duration: int = 4


def _add(library: Library, folder: Path, clips: Sequence[Clip]) -> list[LibraryItem]:
    items = []
    for index, clip in enumerate(clips):
        source = write_test_mp4(
            folder / f"source-{index}.mp4",
            clip.width,
            clip.height,
            colours=[clip.colour] * clip.frames,
            fps=FPS,
            audio=False,
        )
        aspect = "16:9" if clip.width >= clip.height else "9:16"
        metadata = ResultMetadata(
            task_id=f"task_{index}",
            prompt=clip.prompt,
            mode="text",
            duration=clip.duration,
            resolution=clip.resolution,
            aspect_ratio=aspect,
            quoted_cost=0.1,
        )
        items.append(library.add(source, metadata))
    return items


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "videos", thumbnail_dir=tmp_path / "thumbs")


@pytest.fixture
def context(make_context: Callable[..., AppContext]) -> AppContext:
    """A context whose service is not started: enough for everything but writing sidecars."""
    return make_context(start=False)


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[..., CompareWindow]]:
    """Opens compare windows (shown, active, every clip loaded); closes and disposes them after."""
    made: list[CompareWindow] = []

    def open_(
        context: AppContext, items: Sequence[LibraryItem], size: tuple[int, int] = (1000, 700)
    ) -> CompareWindow:
        window = CompareWindow(context, items)
        made.append(window)
        if not window.players[0].available:
            pytest.skip(f"no Qt multimedia backend here: {window.players[0].unavailable_reason}")
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=LOAD_TIMEOUT)
        return window

    yield open_
    for window in made:
        window.close()
        # Closing released every player and waited for Qt's decoding threads.
        assert all(p.path is None for p in window.players)
        for player in window.players:
            qtbot.waitUntil(
                lambda p=player: p._player.mediaStatus() == QMediaPlayer.MediaStatus.NoMedia,
                timeout=LOAD_TIMEOUT,
            )
        QCoreApplication.processEvents()
        dispose(window)


def _ready(qtbot: QtBot, window: CompareWindow) -> None:
    qtbot.waitUntil(lambda: window.transport.is_ready, timeout=LOAD_TIMEOUT)


def _leader(window: CompareWindow) -> Player:
    leader = window.transport.leader
    assert leader is not None
    return leader


def _in_sync(window: CompareWindow, tolerance: float | None = None) -> bool:
    leader = _leader(window)
    frame = tolerance if tolerance is not None else 1000 / leader.frame_rate
    return all(abs(p.position - leader.position) <= frame for p in window.transport.usable)


@pytest.fixture
def two(library: Library, tmp_path: Path) -> list[LibraryItem]:
    return _add(library, tmp_path, [Clip(RED), Clip(BLUE)])


# ---------------------------------------------------------------------- refusing


def test_fewer_than_two_or_more_than_four_results_are_refused(
    context: AppContext, library: Library, tmp_path: Path
) -> None:
    items = _add(library, tmp_path, [Clip(RED)])
    for count in (0, 1, 5):
        with pytest.raises(ValueError, match="2 to 4 results"):
            CompareWindow(context, (items * 5)[:count])


# ---------------------------------------------------------------------- sync


def test_after_a_seek_every_clip_is_within_one_frame_of_the_leader(
    qtbot: QtBot, context: AppContext, library: Library, tmp_path: Path, open_window
) -> None:
    items = _add(library, tmp_path, [Clip(RED), Clip(BLUE), Clip(GREEN)])
    window = open_window(context, items)
    _ready(qtbot, window)
    leader = _leader(window)
    assert leader.frame_rate == pytest.approx(FPS, abs=0.01)
    for target in (1200, 300, 1700, 0):
        window.seek(target)
        qtbot.waitUntil(
            lambda t=target: abs(leader.position - t) <= 1000 / leader.frame_rate, timeout=LOAD_TIMEOUT
        )
        assert _in_sync(window)
        assert all(not p.is_playing for p in window.players)

    # A seek while playing: they play on, together.
    window.transport.play()
    qtbot.waitUntil(lambda: leader.is_playing and leader.position > 200, timeout=PLAY_TIMEOUT)
    window.seek(600)
    qtbot.waitUntil(lambda: 600 <= leader.position < 1500, timeout=PLAY_TIMEOUT)
    assert all(p.is_playing for p in window.players)
    assert _in_sync(window)


def test_play_and_pause_reach_every_clip_from_the_keyboard(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    window = open_window(context, two)
    _ready(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: all(p.is_playing for p in window.players), timeout=PLAY_TIMEOUT)
    assert window.transport.is_playing
    qtbot.waitUntil(lambda: _leader(window).position > 300, timeout=PLAY_TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not any(p.is_playing for p in window.players), timeout=PLAY_TIMEOUT)
    # Paused, they show the same frame.
    qtbot.waitUntil(lambda: _in_sync(window), timeout=LOAD_TIMEOUT)
    assert not window.transport.is_playing


def test_a_follower_knocked_off_while_playing_is_brought_back(
    qtbot: QtBot, context: AppContext, library: Library, tmp_path: Path, open_window
) -> None:
    items = _add(library, tmp_path, [Clip(RED, frames=60), Clip(BLUE, frames=60)])
    window = open_window(context, items)
    _ready(qtbot, window)
    leader = _leader(window)
    follower = next(p for p in window.players if p is not leader)
    window.transport.play()
    qtbot.waitUntil(lambda: leader.is_playing and leader.position > 300, timeout=PLAY_TIMEOUT)
    follower.seek(leader.position + 1500)  # behind the transport's back
    qtbot.waitUntil(lambda: abs(follower.position - leader.position) > 1000, timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: _in_sync(window), timeout=PLAY_TIMEOUT)
    assert follower.is_playing and leader.is_playing


def test_looping_keeps_every_clip_inside_the_range(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    window = open_window(context, two)
    _ready(qtbot, window)
    window.seek(500)
    qtbot.waitUntil(lambda: _leader(window).position == 500, timeout=LOAD_TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_I)
    window.seek(1100)
    qtbot.waitUntil(lambda: _leader(window).position == 1100, timeout=LOAD_TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_O)
    transport = window.transport
    assert (transport.loop, transport.loop_in, transport.loop_out) == (True, 500, 1100)
    assert window._range.range == (500, 1100)

    seen: list[int] = []
    for player in window.players:
        player.positionChanged.connect(seen.append)
    window.transport.play()  # starts at the in point: the position is at the out point
    wraps = 0
    last = -1

    def wrapped_twice() -> bool:
        nonlocal wraps, last
        now = _leader(window).position
        if now < last - 300:
            wraps += 1
        last = now
        return wraps >= 2

    qtbot.waitUntil(wrapped_twice, timeout=PLAY_TIMEOUT)
    assert seen
    assert all(500 - FRAME_MS <= ms <= 1100 + FRAME_MS for ms in seen), sorted(set(seen))
    assert all(p.is_playing for p in window.players)


def test_a_frame_step_moves_every_clip_one_frame(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    window = open_window(context, two)
    _ready(qtbot, window)
    window.seek(1000)
    qtbot.waitUntil(lambda: all(p.position == 1000 for p in window.players), timeout=LOAD_TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_Period)
    qtbot.waitUntil(
        lambda: all(abs(p.position - (1000 + FRAME_MS)) <= 1 for p in window.players), timeout=LOAD_TIMEOUT
    )
    qtbot.keyClick(window, Qt.Key.Key_Comma)
    qtbot.keyClick(window, Qt.Key.Key_Comma)
    qtbot.waitUntil(
        lambda: all(abs(p.position - (1000 - FRAME_MS)) <= 1 for p in window.players), timeout=LOAD_TIMEOUT
    )
    # A step while playing pauses every clip first.
    window.transport.play()
    qtbot.waitUntil(lambda: all(p.is_playing for p in window.players), timeout=PLAY_TIMEOUT)
    window.transport.step(+1)
    assert not window.transport.is_playing
    qtbot.waitUntil(lambda: not any(p.is_playing for p in window.players), timeout=LOAD_TIMEOUT)
    assert _in_sync(window, tolerance=1)


def test_a_shorter_clip_holds_its_last_frame_while_the_longest_plays_on(
    qtbot: QtBot, context: AppContext, library: Library, tmp_path: Path, open_window
) -> None:
    items = _add(library, tmp_path, [Clip(RED, frames=8), Clip(BLUE, frames=20)])
    window = open_window(context, items)
    _ready(qtbot, window)
    short, long_ = window.players
    assert window.transport.leader is long_
    assert window.transport.duration == long_.duration
    window.transport.play()
    qtbot.waitUntil(lambda: long_.position > short.duration + 300, timeout=PLAY_TIMEOUT)
    assert long_.is_playing and not short.is_playing
    assert short.position >= short.duration - 2 * FRAME_MS
    # Back inside the shorter clip, both play again, together.
    window.seek(200)
    qtbot.waitUntil(lambda: short.is_playing and long_.is_playing, timeout=PLAY_TIMEOUT)
    assert _in_sync(window)


def test_playing_to_the_end_stops_every_clip_and_play_starts_again(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    window = open_window(context, two)
    _ready(qtbot, window)
    leader = _leader(window)
    window.seek(1400)
    window.transport.play()
    qtbot.waitUntil(lambda: not window.transport.is_playing, timeout=PLAY_TIMEOUT)
    qtbot.waitUntil(lambda: not any(p.is_playing for p in window.players), timeout=LOAD_TIMEOUT)
    # Each holds its last frame.
    qtbot.waitUntil(
        lambda: all(p.position >= p.duration - 2 * FRAME_MS for p in window.players), timeout=LOAD_TIMEOUT
    )
    window.transport.play()
    qtbot.waitUntil(lambda: leader.is_playing and leader.position < 1000, timeout=PLAY_TIMEOUT)
    assert all(p.is_playing for p in window.players)


def test_looping_the_whole_clip_brings_every_clip_round_together(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    window = open_window(context, two)
    _ready(qtbot, window)
    leader = _leader(window)
    qtbot.keyClick(window, Qt.Key.Key_L)
    transport = window.transport
    assert (transport.loop, transport.loop_in, transport.loop_out) == (True, 0, leader.duration)
    assert window._loop_button.isChecked()
    window.seek(1500)
    transport.play()
    qtbot.waitUntil(lambda: leader.position >= 1700, timeout=PLAY_TIMEOUT)
    qtbot.waitUntil(lambda: leader.is_playing and 100 < leader.position < 800, timeout=PLAY_TIMEOUT)
    assert all(p.is_playing for p in window.players)
    assert _in_sync(window)
    # X: the whole clip, no loop.
    qtbot.keyClick(window, Qt.Key.Key_X)
    assert not transport.loop and not window._loop_button.isChecked()


def test_speed_and_sound_apply_to_every_clip(
    qtbot: QtBot, context: AppContext, library: Library, tmp_path: Path, open_window
) -> None:
    window = open_window(context, _add(library, tmp_path, [Clip(RED), Clip(BLUE), Clip(GREEN)]))
    _ready(qtbot, window)
    window._speed.setCurrentIndex(window._speed.findData(2.0))
    assert [p.rate for p in window.players] == [2.0, 2.0, 2.0]
    # One clip is heard at a time: the first, unless another is chosen.
    assert [p.muted for p in window.players] == [False, True, True]
    window._sound.setCurrentIndex(window._sound.findData(1))
    assert [p.muted for p in window.players] == [True, False, True]
    window._sound.setCurrentIndex(window._sound.findData(-1))
    assert all(p.muted for p in window.players)


def test_the_loop_range_handles_move_with_the_keys_and_the_mouse(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    window = open_window(context, two)
    _ready(qtbot, window)
    bar, transport = window._range, window.transport
    duration = transport.duration
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert (transport.loop_in, transport.loop_out) == (100, duration)
    qtbot.keyClick(bar, Qt.Key.Key_Down)  # now the out point
    qtbot.keyClick(bar, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert (transport.loop_in, transport.loop_out) == (100, duration - 1000)
    # A press moves the nearest handle there; dragging carries it on.
    y = bar.height() // 2
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint(round(bar._x_for(300)), y))
    assert abs(transport.loop_in - 300) <= 30
    qtbot.mouseMove(bar, QPoint(round(bar._x_for(600)), y))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(round(bar._x_for(600)), y))
    assert abs(transport.loop_in - 600) <= 30
    assert transport.loop_out == duration - 1000


# ---------------------------------------------------------------------- wipe


def _colour_at(image: QImage, x: int, y: int) -> QColor:
    return image.pixelColor(x, y)


def _is(colour: QColor, rgb: RGB) -> bool:
    return all(
        abs(a - b) <= 40 for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True)
    )


def test_the_wipe_view_paints_clip_a_left_and_clip_b_right_of_the_divider(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    window = open_window(context, two)
    _ready(qtbot, window)
    assert window.wipe_available()
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert window.in_wipe
    wipe = window.wipe_view
    qtbot.waitUntil(wipe.has_frames, timeout=LOAD_TIMEOUT)
    assert wipe.hasFocus()

    def sample(fraction: float) -> QColor:
        image = wipe.grab().toImage()
        picture = wipe.picture_rect()
        x = round(picture.left() + fraction * picture.width())
        return _colour_at(image, x, round(picture.center().y()))

    assert _is(sample(0.25), RED) and _is(sample(0.75), BLUE)
    # The keys move the divider: red now reaches past the middle.
    for _ in range(15):
        qtbot.keyClick(wipe, Qt.Key.Key_Right)
    assert wipe.divider == pytest.approx(0.8)
    assert _is(sample(0.7), RED) and _is(sample(0.9), BLUE)
    # And the mouse: a press at a fifth of the picture puts it there.
    picture = wipe.picture_rect()
    where = QPoint(round(picture.left() + 0.2 * picture.width()), round(picture.center().y()))
    qtbot.mouseClick(wipe, Qt.MouseButton.LeftButton, pos=where)
    assert wipe.divider == pytest.approx(0.2, abs=0.01)
    assert _is(sample(0.1), RED) and _is(sample(0.5), BLUE)

    # W again: back to the grid, the players on their video widgets.
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert not window.in_wipe
    assert [p.video_output for p in window.players] == [c.video_widget for c in window.cells]


def test_the_wipe_view_is_refused_for_clips_of_different_shapes(
    qtbot: QtBot, context: AppContext, library: Library, tmp_path: Path, open_window
) -> None:
    items = _add(library, tmp_path, [Clip(RED), Clip(BLUE, width=180, height=320)])
    window = open_window(context, items)
    _ready(qtbot, window)
    assert not window.wipe_available()
    window.toggle_wipe()
    assert not window.in_wipe
    assert "same shape" in window.status_text()


# ---------------------------------------------------------------------- labels and layout


def test_each_cell_shows_its_word_diff_its_differing_settings_and_its_cost(
    qtbot: QtBot, context: AppContext, library: Library, tmp_path: Path, open_window
) -> None:
    clips = [
        Clip(RED, prompt="A red fox runs through fresh snow"),
        Clip(BLUE, prompt="A red fox trots through fresh snow at dusk", resolution="1080p"),
        Clip(GREEN, prompt="A red fox runs through fresh snow"),
    ]
    window = open_window(context, _add(library, tmp_path, clips))
    first, second, third = window.cells
    assert "<span" not in first.prompt_html() and "A red fox runs" in first.prompt_html()
    html = second.prompt_html()
    assert 'line-through">runs</span>' in html
    assert 'font-weight:600">trots</span>' in html and 'font-weight:600">at dusk</span>' in html
    assert "same prompt" in third.prompt_html()
    # Only the resolution differs, so only the resolution is said, each cell its own value.
    assert first.settings_text() == "Resolution: 720p"
    assert second.settings_text() == "Resolution: 1080p"
    assert third.settings_text() == "Resolution: 720p"
    assert all("$0.10" in cell.cost_text() for cell in window.cells)


def test_two_portrait_clips_sit_side_by_side_and_two_landscape_clips_stack_in_a_tall_window(
    qtbot: QtBot, context: AppContext, library: Library, tmp_path: Path, open_window
) -> None:
    portrait = _add(library, tmp_path, [Clip(RED, 180, 320), Clip(BLUE, 180, 320)])
    window = open_window(context, portrait, size=(900, 700))
    qtbot.waitUntil(lambda: window.grid_shape == (1, 2), timeout=LOAD_TIMEOUT)
    a, b = (cell.geometry() for cell in window.cells)
    assert a.top() == b.top() and a.right() < b.left()

    (tmp_path / "landscape").mkdir()
    landscape = _add(library, tmp_path / "landscape", [Clip(RED), Clip(BLUE)])
    tall = open_window(context, landscape, size=(700, 900))
    qtbot.waitUntil(lambda: tall.grid_shape == (2, 1), timeout=LOAD_TIMEOUT)
    a, b = (cell.geometry() for cell in tall.cells)
    assert a.left() == b.left() and a.bottom() < b.top()
    # Each clip is letterboxed in a picture area as wide as its cell.
    for cell in (*window.cells, *tall.cells):
        assert cell.video_widget.aspectRatioMode() == Qt.AspectRatioMode.KeepAspectRatio
        _x, _y, width, height = cell.video_rect_in(cell)
        assert width >= cell.width() - 10 and height > 100
    # Portrait pictures are taller than wide in their cells; landscape ones in a tall window wider.
    _x, _y, width, height = window.cells[0].video_rect_in(window)
    assert height > width
    _x, _y, width, height = tall.cells[0].video_rect_in(tall)
    assert width > height


def test_grid_arithmetic() -> None:
    assert aspect_of(1920, 1080) == pytest.approx(16 / 9)
    assert aspect_of(None, None, "9:16") == pytest.approx(9 / 16)
    assert aspect_of(None, None, "junk") == pytest.approx(16 / 9)
    assert fitted(16 / 9, 1600, 1600) == (1600, 900)
    assert fitted(9 / 16, 1600, 1600) == (900, 1600)
    assert shapes(3) == [(3, 1), (2, 2), (1, 3)]
    assert (2, 2) in shapes(4) and (1, 4) in shapes(4)
    # Four landscape clips in a landscape window: 2x2; in a very wide strip: one row.
    assert best_shape([16 / 9] * 4, 1200, 800) == (2, 2)
    assert best_shape([16 / 9] * 4, 3000, 300) == (1, 4)
    # Labels under the pictures count: a tall label area favours fewer rows.
    assert best_shape([16 / 9] * 2, 1000, 800) == (2, 1)
    assert best_shape([16 / 9] * 2, 1000, 800, label_height=lambda width: 300) == (1, 2)
    # A short last row is centred.
    assert cell_rects(3, 2, 2, 200, 100) == [
        Rect(0, 0, 100, 50),
        Rect(100, 0, 100, 50),
        Rect(50, 50, 100, 50),
    ]
    with pytest.raises(ValueError):
        best_shape([], 100, 100)


# ---------------------------------------------------------------------- errors


def test_a_missing_file_says_so_in_its_cell_and_the_others_still_play(
    qtbot: QtBot, context: AppContext, library: Library, tmp_path: Path, open_window
) -> None:
    items = _add(library, tmp_path, [Clip(RED), Clip(BLUE), Clip(GREEN)])
    items[1].video.unlink()
    window = open_window(context, items)
    messages: list[str] = []
    window.message.connect(messages.append)
    _ready(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.cells[1].notice_text()), timeout=LOAD_TIMEOUT)
    assert items[1].video.name in window.cells[1].notice_text()
    assert "missing" in window.cells[1].notice_text()
    assert window.players[1] not in window.transport.usable
    window.transport.play()
    qtbot.waitUntil(
        lambda: window.players[0].is_playing and window.players[2].is_playing, timeout=PLAY_TIMEOUT
    )
    window.transport.pause()


# ---------------------------------------------------------------------- the winner


def test_the_winner_key_stars_it_and_archiving_sets_the_others_aside(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, open_window
) -> None:
    library = app_context.engine.library
    items = _add(library, tmp_path, [Clip(RED), Clip(BLUE), Clip(GREEN)])
    window = open_window(app_context, items)
    changed: list[LibraryItem] = []
    window.resultChanged.connect(changed.append)
    _ready(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: window.winner == 1, timeout=TASK_TIMEOUT_MS)
    assert read_sidecar(items[1].sidecar).favourite
    assert not read_sidecar(items[0].sidecar).favourite
    assert "Clip 2 is the winner" in window.status_text()
    assert window._archive_bar.isVisible()
    assert "Archive clips 1 and 3" in window._archive_text.text()
    assert [item.video for item in changed] == [items[1].video]

    # Changing one's mind: the first pick gets its star back as it was.
    qtbot.keyClick(window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: window.winner == 2, timeout=TASK_TIMEOUT_MS)
    assert read_sidecar(items[2].sidecar).favourite
    assert not read_sidecar(items[1].sidecar).favourite

    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: not window._archive_bar.isVisible(), timeout=TASK_TIMEOUT_MS)
    assert [read_sidecar(item.sidecar).archived for item in items] == [True, True, False]
    assert "Archived clips 1 and 2" in window.status_text()
    assert window.cells[0]._state.text() == "Archived" and window.cells[2]._state.text() == ""
    assert [item.metadata.archived for item in window.items] == [True, True, False]

    # A number with no clip says so instead of failing.
    qtbot.keyClick(window, Qt.Key.Key_4)
    assert "no clip 4" in window.status_text()


def test_without_a_library_the_winner_key_says_what_to_do(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    window = open_window(context, two)
    window.set_winner(0)
    assert "library is not open yet" in window.status_text()
    assert not read_sidecar(two[0].sidecar).favourite
    with pytest.raises(ValueError):
        window.set_winner(2)


# ---------------------------------------------------------------------- accessibility


CONTROLS = (QAbstractButton, QAbstractSlider, QComboBox, QTextEdit)


def test_every_control_is_named_and_reachable_by_keyboard(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    window = open_window(context, two)
    _ready(qtbot, window)
    window._archive_bar.show()
    controls = [
        w
        for w in window.findChildren(QWidget)
        if (isinstance(w, CONTROLS) or w is window.wipe_view or w is window._range)
        and not w.objectName().startswith("qt_")
        and (w.isVisibleTo(window) or w is window.wipe_view)
    ]
    assert len(controls) > 12
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []
    assert [w.accessibleName() for w in controls if not w.focusPolicy() & Qt.FocusPolicy.TabFocus] == []


class _MarkingTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧" if source else source


def test_every_visible_string_goes_through_tr(
    qtbot: QtBot, context: AppContext, two: list[LibraryItem], open_window
) -> None:
    translator = _MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window = open_window(context, two)
        _ready(qtbot, window)
        untranslated = []
        for widget in window.findChildren(QWidget):
            if not widget.isVisibleTo(window) or widget.objectName() in ("compareFileName",):
                continue  # a file's name is not a word to translate
            texts = [widget.toolTip()]
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QComboBox):
                texts.append(widget.currentText())
            for text in texts:
                plain = text.replace("&", "").strip()
                if plain and any(c.isalpha() for c in plain) and "⟦" not in plain:
                    untranslated.append(f"{type(widget).__name__}({widget.objectName()}): {plain!r}")
        assert untranslated == []
    finally:
        QCoreApplication.removeTranslator(translator)
