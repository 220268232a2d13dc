"""The player facade against a real QMediaPlayer on a small real MP4 (offscreen)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import av
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtMultimedia import QMediaPlayer, QVideoSink
from PySide6.QtMultimediaWidgets import QVideoWidget

from tests.ui.conftest import DURATION_MS, FPS, HEIGHT, LOAD_TIMEOUT, PLAY_TIMEOUT, WIDTH, dispose
from ui.player.facade import FALLBACK_FPS, Player


@pytest.fixture
def player(qtbot) -> Iterator[Player]:
    p = Player()
    if not p.available:
        dispose(p)
        pytest.skip(f"no Qt multimedia backend on this machine: {p.unavailable_reason}")
    sink = QVideoSink(p)
    p.video_output = sink
    yield p
    p.release()
    # Let Qt's decoding threads wind down before the objects go away.
    qtbot.waitUntil(lambda: p._player.mediaStatus() == QMediaPlayer.MediaStatus.NoMedia, timeout=LOAD_TIMEOUT)
    p.video_output = None
    QCoreApplication.processEvents()
    dispose(p)


def _open(qtbot, player: Player, path: Path) -> int:
    with qtbot.waitSignal(player.loaded, timeout=LOAD_TIMEOUT) as blocker:
        player.open(path)
    return blocker.args[0]


def test_clip_is_what_we_think(clip: Path) -> None:
    with av.open(str(clip)) as container:
        stream = container.streams.video[0]
        assert (stream.width, stream.height) == (WIDTH, HEIGHT)
        assert stream.average_rate == FPS
        assert len(container.streams.audio) == 1


def test_loaded_reports_duration(qtbot, player: Player, video: Path) -> None:
    duration = _open(qtbot, player, video)
    assert abs(duration - DURATION_MS) <= 100
    assert player.duration == duration
    assert player.path == video
    assert not player.is_playing


def test_plays_to_the_end(qtbot, player: Player, video: Path) -> None:
    _open(qtbot, player, video)
    positions: list[int] = []
    player.positionChanged.connect(positions.append)
    states: list[bool] = []
    player.playingChanged.connect(states.append)
    with qtbot.waitSignal(player.ended, timeout=PLAY_TIMEOUT):
        player.play()
    assert states[0] is True
    assert positions and max(positions) >= DURATION_MS - 300
    qtbot.waitUntil(lambda: not player.is_playing, timeout=LOAD_TIMEOUT)
    assert states[-1] is False


def test_the_last_frame_stays_after_the_end_and_play_starts_again(qtbot, player: Player, video: Path) -> None:
    _open(qtbot, player, video)
    with qtbot.waitSignal(player.ended, timeout=PLAY_TIMEOUT):
        player.play()
    qtbot.waitUntil(lambda: not player.is_playing, timeout=LOAD_TIMEOUT)
    # Held one frame before the end, with that frame on show (not a blank picture).
    qtbot.waitUntil(lambda: player.position >= DURATION_MS - 2 * 1000 // FPS, timeout=LOAD_TIMEOUT)
    sink = player.video_output
    qtbot.waitUntil(lambda: sink.videoFrame().isValid(), timeout=LOAD_TIMEOUT)
    player.play()
    qtbot.waitUntil(
        lambda: player.is_playing and 0 < player.position < DURATION_MS // 2, timeout=PLAY_TIMEOUT
    )


def test_frames_reach_the_video_sink(qtbot, player: Player, video: Path) -> None:
    _open(qtbot, player, video)
    sink = player.video_output
    assert isinstance(sink, QVideoSink)
    player.play()
    qtbot.waitUntil(lambda: sink.videoFrame().isValid(), timeout=PLAY_TIMEOUT)
    image = sink.videoFrame().toImage()
    assert (image.width(), image.height()) == (WIDTH, HEIGHT)


def test_seek_moves_position(qtbot, player: Player, video: Path) -> None:
    _open(qtbot, player, video)
    player.seek(1200)
    qtbot.waitUntil(lambda: abs(player.position - 1200) <= 100, timeout=LOAD_TIMEOUT)
    player.seek(10 * DURATION_MS)  # clamped to the end
    qtbot.waitUntil(lambda: player.position >= DURATION_MS - 100, timeout=LOAD_TIMEOUT)
    player.seek(-5)
    qtbot.waitUntil(lambda: player.position <= 100, timeout=LOAD_TIMEOUT)


def test_step_frame_pauses_and_moves_one_frame(qtbot, player: Player, video: Path) -> None:
    _open(qtbot, player, video)
    player.play()
    qtbot.waitUntil(lambda: player.is_playing, timeout=LOAD_TIMEOUT)
    player.pause()
    player.seek(1000)
    qtbot.waitUntil(lambda: abs(player.position - 1000) <= 5, timeout=LOAD_TIMEOUT)
    frame_ms = 1000 / player.frame_rate
    assert player.frame_rate in (FPS, FALLBACK_FPS)
    player.play()
    qtbot.waitUntil(lambda: player.is_playing, timeout=LOAD_TIMEOUT)
    start = player.position
    player.step_frame(+1)
    assert not player.is_playing
    qtbot.waitUntil(lambda: abs(player.position - (start + frame_ms)) <= 2, timeout=LOAD_TIMEOUT)
    forward = player.position
    player.step_frame(-1)
    qtbot.waitUntil(lambda: abs(player.position - (forward - frame_ms)) <= 2, timeout=LOAD_TIMEOUT)


def test_frame_rate_comes_from_metadata(qtbot, player: Player, video: Path) -> None:
    _open(qtbot, player, video)
    assert player.frame_rate == pytest.approx(FPS, abs=0.01)


def test_loop_restarts(qtbot, player: Player, video: Path) -> None:
    _open(qtbot, player, video)
    player.set_loop(True)
    assert player.loop
    ended: list[bool] = []
    player.ended.connect(lambda: ended.append(True))
    seen_end = False

    def wrapped_around() -> bool:
        nonlocal seen_end
        if player.position >= DURATION_MS - 500:
            seen_end = True
        return seen_end and player.position < 500 and player.is_playing

    player.seek(DURATION_MS - 600)
    player.play()
    qtbot.waitUntil(wrapped_around, timeout=PLAY_TIMEOUT)
    assert not ended
    player.set_loop(False)
    with qtbot.waitSignal(player.ended, timeout=PLAY_TIMEOUT):
        pass


def test_toggle_rate_volume_mute(qtbot, player: Player, video: Path) -> None:
    _open(qtbot, player, video)
    with qtbot.waitSignal(player.playingChanged, check_params_cb=lambda playing: playing is True):
        player.toggle()
    with qtbot.waitSignal(player.playingChanged, check_params_cb=lambda playing: playing is False):
        player.toggle()
    player.set_rate(2.0)
    assert player.rate == 2.0
    with pytest.raises(ValueError):
        player.set_rate(0)
    player.set_volume(1.7)
    assert player.volume == pytest.approx(1.0)
    player.set_volume(-1)
    assert player.volume == pytest.approx(0.0)
    player.set_volume(0.5)
    assert player.volume == pytest.approx(0.5)
    player.set_muted(True)
    assert player.muted


def test_not_a_video_fails_with_a_sentence(qtbot, player: Player, tmp_path: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("this is not a video\n" * 50)
    with qtbot.waitSignal(player.failed, timeout=LOAD_TIMEOUT) as blocker:
        player.open(text)
    message = blocker.args[0]
    assert "notes.mp4" in message
    assert message.startswith("Could not")
    assert any(hint in message for hint in ("Download it again", "download it again", "convert"))


def test_missing_file_fails(qtbot, player: Player, tmp_path: Path) -> None:
    with qtbot.waitSignal(player.failed, timeout=LOAD_TIMEOUT) as blocker:
        player.open(tmp_path / "gone.mp4")
    assert "gone.mp4" in blocker.args[0]


def test_release_lets_the_file_be_renamed_and_deleted(
    qtbot, player: Player, video: Path, clip: Path, tmp_path: Path
) -> None:
    _open(qtbot, player, video)
    player.play()
    qtbot.waitUntil(lambda: player.position > 0, timeout=PLAY_TIMEOUT)
    player.release()
    assert player.path is None
    assert not player.is_playing
    moved = video.with_name("moved.mp4")
    video.rename(moved)
    moved.unlink()
    assert not moved.exists()
    # Still usable afterwards.
    again = tmp_path / "again.mp4"
    again.write_bytes(clip.read_bytes())
    assert abs(_open(qtbot, player, again) - DURATION_MS) <= 100


def test_video_widget_output_shows_frames(qtbot, player: Player, video: Path) -> None:
    widget = QVideoWidget()
    qtbot.addWidget(widget)
    widget.resize(WIDTH, HEIGHT)
    widget.show()
    player.video_output = widget
    assert player.video_output is widget
    _open(qtbot, player, video)
    player.play()
    # QWidget.grab() misses video; the widget's sink holds the frame.
    qtbot.waitUntil(lambda: widget.videoSink().videoFrame().isValid(), timeout=PLAY_TIMEOUT)
    image = widget.videoSink().videoFrame().toImage()
    assert (image.width(), image.height()) == (WIDTH, HEIGHT)
    player.release()
    player.video_output = None


def test_emitting_keeps_true_alive(qtbot, player: Player) -> None:
    """PySide6 6.12.0's emit() drops a reference to True each time; the facade
    gives it back, or a long playback would abort the interpreter."""
    before = sys.getrefcount(True)
    for ms in range(2000):
        player._on_position(ms)
        player._on_playback_state(QMediaPlayer.PlaybackState.PlayingState)
    # A few new references are fine (the player keeps its state); 2000 lost ones are not.
    assert abs(sys.getrefcount(True) - before) < 10


def test_missing_backend_is_reported(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(QMediaPlayer, "isAvailable", lambda self: False)
    p = Player()
    assert not p.available
    assert "libpulse0" in p.unavailable_reason and "libxrandr2" in p.unavailable_reason
    with qtbot.waitSignal(p.failed, timeout=1000) as blocker:
        p.open(tmp_path / "any.mp4")
    assert blocker.args[0] == p.unavailable_reason
    p.play()  # harmless
    assert not p.is_playing
    dispose(p)
