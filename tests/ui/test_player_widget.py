"""The player panel on a real QMediaPlayer and small real MP4s (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from omnidesk.api import pricing
from omnidesk.engine.library import ResultMetadata
from tests.ui.conftest import DURATION_MS, FPS, LOAD_TIMEOUT, PLAY_TIMEOUT, dispose
from ui.player.widget import PlayerPanel, format_time

META = ResultMetadata(
    task_id="task_1",
    prompt="A paper boat drifting across a calm pond at sunrise, mist rising, camera slowly pushing in",
    mode="text",
    duration=8,
    resolution="1080p",
    aspect_ratio="16:9",
    width=1920,
    height=1080,
    video_duration=8.0,
    quoted_cost=0.18,
    cost=0.2,
)


@dataclass
class Host:
    """A window with the panel and a line edit standing for the prompt editor."""

    window: QWidget
    panel: PlayerPanel
    editor: QLineEdit


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[Host]:
    window = QWidget()
    panel = PlayerPanel()
    if not panel.player.available:
        reason = panel.player.unavailable_reason
        panel.player.video_output = None
        dispose(panel, window)
        pytest.skip(f"no Qt multimedia backend on this machine: {reason}")
    editor = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(editor)
    layout.addWidget(panel)
    window.resize(640, 560)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield Host(window, panel, editor)
    panel.release()
    inner = panel.player._player
    qtbot.waitUntil(lambda: inner.mediaStatus() == QMediaPlayer.MediaStatus.NoMedia, timeout=LOAD_TIMEOUT)
    panel.player.video_output = None
    QCoreApplication.processEvents()
    window.close()
    dispose(window)


@pytest.fixture
def panel(host: Host) -> PlayerPanel:
    return host.panel


def _load(qtbot: QtBot, panel: PlayerPanel, path: Path, metadata: ResultMetadata | None = META) -> int:
    with qtbot.waitSignal(panel.player.loaded, timeout=LOAD_TIMEOUT) as blocker:
        panel.play(path, metadata, autoplay=False)
    return blocker.args[0]


def _key(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key)


def test_format_time() -> None:
    assert format_time(0) == "0:00.0"
    assert format_time(2000) == "0:02.0"
    assert format_time(65_432) == "1:05.4"
    assert format_time(-5) == "0:00.0"


def test_nothing_loaded_shows_a_calm_placeholder(panel: PlayerPanel) -> None:
    assert panel.notice_text() == "Select a video in the Library or the Queue to play it."
    assert panel.current_path() is None
    assert not panel.findChild(QWidget, "playerInfo").isVisible()
    assert not panel.findChild(QWidget, "playerSeek").isEnabled()


def test_play_loads_and_shows_the_duration(qtbot: QtBot, panel: PlayerPanel, video: Path) -> None:
    duration = _load(qtbot, panel, video)
    assert abs(duration - DURATION_MS) <= 100
    assert panel.current_path() == video
    assert panel.notice_text() == ""
    time_label = panel.findChild(QWidget, "playerTime")
    assert time_label.text() == f"0:00.0 / {format_time(duration)}"
    assert time_label.text().endswith("0:02.0")
    assert not panel.player.is_playing  # autoplay=False


def test_autoplay_starts_playing_and_the_time_moves(qtbot: QtBot, panel: PlayerPanel, video: Path) -> None:
    panel.play(video, META)
    qtbot.waitUntil(lambda: panel.player.is_playing, timeout=PLAY_TIMEOUT)
    time_label = panel.findChild(QWidget, "playerTime")
    qtbot.waitUntil(lambda: not time_label.text().startswith("0:00.0"), timeout=PLAY_TIMEOUT)


def test_space_toggles_play_in_the_panel_but_not_in_the_editor(qtbot: QtBot, host: Host, video: Path) -> None:
    panel = host.panel
    _load(qtbot, panel, video)
    seek = panel.findChild(QWidget, "playerSeek")
    _key(qtbot, seek, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.player.is_playing, timeout=LOAD_TIMEOUT)
    _key(qtbot, seek, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not panel.player.is_playing, timeout=LOAD_TIMEOUT)
    # The prompt editor elsewhere in the window keeps its Space.
    _key(qtbot, host.editor, Qt.Key.Key_Space)
    assert host.editor.text() == " "
    assert not panel.player.is_playing


def test_comma_and_period_step_one_frame(qtbot: QtBot, panel: PlayerPanel, video: Path) -> None:
    _load(qtbot, panel, video)
    panel.player.seek(1000)
    qtbot.waitUntil(lambda: abs(panel.player.position - 1000) <= 5, timeout=LOAD_TIMEOUT)
    frame_ms = 1000 / FPS
    _key(qtbot, panel, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: abs(panel.player.position - (1000 + frame_ms)) <= 2, timeout=LOAD_TIMEOUT)
    _key(qtbot, panel, Qt.Key.Key_Comma)
    _key(qtbot, panel, Qt.Key.Key_Comma)
    qtbot.waitUntil(lambda: abs(panel.player.position - (1000 - frame_ms)) <= 2, timeout=LOAD_TIMEOUT)
    assert not panel.player.is_playing


def test_the_seek_slider_moves_playback(qtbot: QtBot, panel: PlayerPanel, video: Path) -> None:
    _load(qtbot, panel, video)
    seek = panel.findChild(QWidget, "playerSeek")
    assert seek.maximum() == panel.player.duration
    seek.setValue(1500)  # as a drag or a click on the slider does
    qtbot.waitUntil(lambda: abs(panel.player.position - 1500) <= 100, timeout=LOAD_TIMEOUT)


def test_loop_speed_volume_and_mute_drive_the_player(qtbot: QtBot, panel: PlayerPanel, video: Path) -> None:
    _load(qtbot, panel, video)
    loop = panel._loop_button
    loop.click()
    assert panel.player.loop
    _key(qtbot, panel, Qt.Key.Key_L)
    assert not panel.player.loop and not loop.isChecked()

    speed = panel.findChild(QWidget, "playerSpeed")
    speeds = [speed.itemData(i) for i in range(speed.count())]
    assert min(speeds) == 0.25 and max(speeds) == 2.0
    speed.setCurrentIndex(speeds.index(2.0))
    assert panel.player.rate == 2.0
    speed.setCurrentIndex(speeds.index(0.25))
    assert panel.player.rate == 0.25

    volume = panel.findChild(QWidget, "playerVolume")
    volume.setValue(30)
    assert panel.player.volume == pytest.approx(0.3)

    panel._mute_button.click()
    assert panel.player.muted
    assert panel._mute_button.accessibleName() == "Unmute"
    _key(qtbot, panel, Qt.Key.Key_M)
    assert not panel.player.muted


def test_speed_and_loop_survive_the_next_clip(
    qtbot: QtBot, panel: PlayerPanel, video: Path, clip: Path
) -> None:
    _load(qtbot, panel, video)
    panel._loop_button.click()
    speed = panel.findChild(QWidget, "playerSpeed")
    speed.setCurrentIndex(speed.findData(1.5))
    _load(qtbot, panel, clip)
    assert panel.player.rate == 1.5 and panel.player.loop


def test_the_info_area_shows_prompt_parameters_and_cost(
    qtbot: QtBot, panel: PlayerPanel, video: Path
) -> None:
    _load(qtbot, panel, video)
    prompt = panel.findChild(QWidget, "playerPrompt")
    assert prompt.full_text() == META.prompt
    assert META.prompt in prompt.toolTip()
    params = panel.findChild(QWidget, "playerParams").text()
    for part in ("Text to video", "1080p", "8 s", "16:9", "1920×1080", "8.0 s long"):
        assert part in params
    assert panel.findChild(QWidget, "playerCost").text() == "Charged $0.20"


def test_without_a_charge_the_cost_is_an_approximate_quote(
    qtbot: QtBot, panel: PlayerPanel, video: Path
) -> None:
    quoted = ResultMetadata(prompt="p", resolution="4k", duration=10, quoted_cost=0.4)
    panel.play(video, quoted, autoplay=False)
    assert panel.findChild(QWidget, "playerCost").text() == "About $0.40 (estimate)"
    unquoted = ResultMetadata(prompt="p", resolution="720p", duration=6)
    _load(qtbot, panel, video, unquoted)
    expected = f"About ${pricing.estimate_cost('720p', 6):.2f} (estimate)"
    assert panel.findChild(QWidget, "playerCost").text() == expected
    # The file's own size and length fill in what the sidecar did not record.
    params = panel.findChild(QWidget, "playerParams").text()
    assert "320×180 px" in params and "2.0 s long" in params


def test_use_these_settings_emits_the_metadata(qtbot: QtBot, panel: PlayerPanel, video: Path) -> None:
    _load(qtbot, panel, video)
    with qtbot.waitSignal(panel.useSettingsRequested, timeout=1000) as blocker:
        panel.findChild(QWidget, "playerUseSettings").click()
    assert blocker.args[0] is META


def test_fullscreen_toggles_with_f_and_esc_leaves(qtbot: QtBot, panel: PlayerPanel, video: Path) -> None:
    _load(qtbot, panel, video)
    stage = panel.stage()
    with qtbot.waitSignal(panel.fullscreenChanged, timeout=1000):
        _key(qtbot, panel, Qt.Key.Key_F)
    assert panel.is_fullscreen and stage.isWindow() and stage.isFullScreen()
    qtbot.waitUntil(stage.isActiveWindow)
    # The controls work in fullscreen too.
    _key(qtbot, stage, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.player.is_playing, timeout=LOAD_TIMEOUT)
    _key(qtbot, stage, Qt.Key.Key_Escape)
    assert not panel.is_fullscreen
    assert not stage.isWindow() and not stage.isFullScreen()
    assert stage.parentWidget() is panel and stage.isVisible()
    # The window gets its activation back (asynchronously, as from a window manager).
    qtbot.waitUntil(panel.window().isActiveWindow)
    # F goes in, F comes out again.
    _key(qtbot, panel, Qt.Key.Key_F)
    qtbot.waitUntil(stage.isActiveWindow)
    _key(qtbot, stage, Qt.Key.Key_F)
    assert not panel.is_fullscreen and not stage.isWindow()


def test_closing_the_fullscreen_window_brings_the_video_back(
    qtbot: QtBot, panel: PlayerPanel, video: Path
) -> None:
    _load(qtbot, panel, video)
    panel.set_fullscreen(True)
    panel.stage().close()
    assert not panel.is_fullscreen and panel.stage().isVisible() and not panel.stage().isWindow()


def test_a_bad_file_shows_the_failure_sentence(qtbot: QtBot, panel: PlayerPanel, tmp_path: Path) -> None:
    bad = tmp_path / "notes.mp4"
    bad.write_text("this is not a video\n" * 50)
    with qtbot.waitSignal(panel.message, timeout=LOAD_TIMEOUT) as blocker:
        panel.play(bad, META)
    sentence = blocker.args[0]
    assert sentence.startswith("Could not") and "notes.mp4" in sentence
    assert panel.notice_text() == sentence
    assert not panel.findChild(QWidget, "playerSeek").isEnabled()


def test_release_lets_go_of_the_file(qtbot: QtBot, panel: PlayerPanel, video: Path) -> None:
    _load(qtbot, panel, video)
    panel.release()
    assert panel.current_path() is None
    assert panel.notice_text().startswith("Select a video")
    video.unlink()
    assert not video.exists()


def test_the_same_file_can_be_played_again(qtbot: QtBot, panel: PlayerPanel, video: Path) -> None:
    _load(qtbot, panel, video)
    assert abs(_load(qtbot, panel, video) - DURATION_MS) <= 100


def test_a_file_that_failed_plays_once_it_is_fixed(
    qtbot: QtBot, panel: PlayerPanel, video: Path, tmp_path: Path
) -> None:
    path = tmp_path / "later.mp4"
    with qtbot.waitSignal(panel.message, timeout=LOAD_TIMEOUT):
        panel.play(path, META)
    path.write_bytes(video.read_bytes())
    _load(qtbot, panel, path)
    assert panel.notice_text() == ""


def test_a_missing_backend_is_said_in_the_video_area(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QMediaPlayer, "isAvailable", lambda self: False)
    panel = PlayerPanel()
    reason = panel.player.unavailable_reason
    assert "libxrandr2" in reason
    assert panel.notice_text() == reason
    with qtbot.waitSignal(panel.message, timeout=1000) as blocker:
        panel.play(tmp_path / "any.mp4", META)
    assert blocker.args[0] == reason
    assert panel.notice_text() == reason
    panel.player.video_output = None
    dispose(panel)


def test_switching_clips_while_one_plays_plays_the_new_one(
    qtbot: QtBot, panel: PlayerPanel, video: Path, tmp_path: Path
) -> None:
    # Seen under Xvfb with Qt 6.11: the second clip loaded but never started (position stuck at 0).
    other = tmp_path / "other.mp4"
    other.write_bytes(video.read_bytes())
    panel.play(video, META)
    qtbot.waitUntil(lambda: panel.player.position > 300, timeout=20_000)
    panel.play(other, META)
    qtbot.waitUntil(lambda: panel.current_path() == other and panel.player.position > 300, timeout=20_000)
    assert panel.player.is_playing


def test_a_clip_after_one_that_ended_plays(
    qtbot: QtBot, panel: PlayerPanel, video: Path, tmp_path: Path
) -> None:
    # Seen in the app's auto-play of a fresh result after the last one ended: stuck at 0 (Qt 6.11).
    other = tmp_path / "other.mp4"
    other.write_bytes(video.read_bytes())
    with qtbot.waitSignal(panel.player.ended, timeout=PLAY_TIMEOUT):
        panel.play(video, META)
    panel.play(other, META)
    qtbot.waitUntil(
        lambda: panel.current_path() == other and panel.player.position > 300, timeout=PLAY_TIMEOUT
    )
