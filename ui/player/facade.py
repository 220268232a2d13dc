"""``Player``: one facade over QMediaPlayer + QAudioOutput for every video view.

Why a facade: QMediaPlayer fails silently when no multimedia backend loaded
(on Debian, without ``libxrandr2`` it never changes status and never errors),
its errors are enum values, and an open source keeps the file locked on
Windows. ``Player`` checks the backend at construction, re-emits what views
need under its own names, words every failure for the user, and ``release()``
lets go of the file before the library moves or deletes it.

It reads nothing from disk itself: the frame rate for ``step_frame`` comes
from the metadata QMediaPlayer has already parsed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtMultimedia import QAudioOutput, QMediaMetaData, QMediaPlayer

log = logging.getLogger(__name__)

# Used by step_frame when the stream does not say its frame rate.
FALLBACK_FPS = 25.0

MISSING_BACKEND_REASON = (
    "Video playback is not available: Qt found no multimedia backend. "
    "On Debian or Ubuntu install the packages libpulse0 and libxrandr2 "
    "(sudo apt install libpulse0 libxrandr2), then restart OmniDesk."
)


_STOP_BEFORE_SWITCH = frozenset(
    {
        QMediaPlayer.MediaStatus.LoadedMedia,
        QMediaPlayer.MediaStatus.BufferingMedia,
        QMediaPlayer.MediaStatus.BufferedMedia,
        QMediaPlayer.MediaStatus.StalledMedia,
        QMediaPlayer.MediaStatus.EndOfMedia,
    }
)


class Player(QObject):
    """Plays one video file at a time.

    Signals:

    - ``loaded(int)``: the source is ready; carries its duration in ms.
    - ``positionChanged(int)``: playback position in ms.
    - ``playingChanged(bool)``: playback started (True) or paused/stopped (False).
    - ``ended()``: playback reached the end (not emitted while looping).
    - ``failed(str)``: a sentence for the user saying what went wrong and what to do.

    ``available`` is False when Qt has no multimedia backend;
    ``unavailable_reason`` then says why and how to fix it, and ``open()``
    emits ``failed`` with the same sentence.
    """

    loaded = Signal(int)
    positionChanged = Signal(int)
    playingChanged = Signal(bool)
    ended = Signal()
    failed = Signal(str)
    _commandsRan = Signal()  # queued behind the commands: they have all run

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        self._player.setAudioOutput(self._audio)
        self._video_output: QObject | None = None
        self._path: Path | None = None
        self._source = QUrl()  # what the player was last told to open (it may not have yet)
        self._queued = 0  # batches of commands waiting for the event loop (see _send)
        self._output_pending = False  # a video output to set once they have run
        self._commandsRan.connect(self._on_commands_ran, Qt.ConnectionType.QueuedConnection)
        self._loop = False
        # Per source: emit loaded / failed once, however often Qt repeats a status.
        self._loaded_sent = False
        self._failed_sent = False
        self._playing = False
        self._at_end = False  # stopped on the last frame after playing to the end

        self.available: bool = bool(self._player.isAvailable())
        self.unavailable_reason: str = "" if self.available else MISSING_BACKEND_REASON
        if not self.available:
            log.warning("%s", MISSING_BACKEND_REASON)

        self._player.mediaStatusChanged.connect(self._on_media_status)
        self._player.errorOccurred.connect(self._on_error)
        self._player.positionChanged.connect(self._on_position)
        self._player.playbackStateChanged.connect(self._on_playback_state)

    # --- state ------------------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The file opened last, or None (never opened, or released)."""
        return self._path

    @property
    def duration(self) -> int:
        """Duration in ms; 0 until loaded."""
        return int(self._player.duration())

    @property
    def position(self) -> int:
        return int(self._player.position())

    @property
    def is_playing(self) -> bool:
        """Playing now; never once released (the player stops a moment later, see ``_send``)."""
        playing = self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        return playing and not self._source.isEmpty()

    @property
    def loop(self) -> bool:
        return self._loop

    @property
    def rate(self) -> float:
        return float(self._player.playbackRate())

    @property
    def volume(self) -> float:
        return float(self._audio.volume())

    @property
    def muted(self) -> bool:
        return bool(self._audio.isMuted())

    @property
    def frame_rate(self) -> float:
        """Frames per second of the loaded stream, from its metadata; FALLBACK_FPS if unknown."""
        value = self._player.metaData().value(QMediaMetaData.Key.VideoFrameRate)
        try:
            fps = float(value)
        except (TypeError, ValueError):
            return FALLBACK_FPS
        return fps if 0 < fps < 1000 else FALLBACK_FPS

    @property
    def frame_size(self) -> tuple[int, int] | None:
        """Width and height of the loaded stream, from its metadata; None until known."""
        value = self._player.metaData().value(QMediaMetaData.Key.Resolution)
        try:
            width, height = int(value.width()), int(value.height())
        except (AttributeError, TypeError, ValueError):
            return None
        return (width, height) if width > 0 and height > 0 else None

    @property
    def video_output(self) -> QObject | None:
        """Where frames go: a QVideoWidget, a QVideoSink, or None."""
        return self._video_output

    @video_output.setter
    def video_output(self, output: QObject | None) -> None:
        self._video_output = output
        if self._queued:
            # Not while a stop or an unload waits in the queue: Qt's FFmpeg threads are still on
            # the old source then, and changing the output under them deadlocks (see _send).
            # It is not a slot, so it cannot queue itself: it follows once they have run.
            self._output_pending = True
            return
        self._player.setVideoOutput(output)

    # --- commands ---------------------------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Load ``path`` (paused at the start); ``loaded`` or ``failed`` follows."""
        if self.available and self._player.mediaStatus() in _STOP_BEFORE_SWITCH:
            # Switched from a clip that plays, is paused or has ended, Qt's FFmpeg backend (6.11)
            # opens the new file but never starts it: position stays 0 and no frame comes.
            # Stop first, before this source's flags are reset (stopping reports the old
            # source's status again). Not while loading, or after a failure: nothing to stop.
            self._send("stop", unload=True)
        self._path = Path(path)
        self._loaded_sent = False
        self._failed_sent = False
        self._at_end = False
        if not self.available:
            self._fail(self.unavailable_reason)
            return
        url = QUrl.fromLocalFile(str(self._path.absolute()))
        if self._source == url:
            # Qt ignores the source it already has: nothing would follow. Unload first so
            # the file is opened afresh (it may have been replaced, or have failed before).
            self._set_source(QUrl())
        self._set_source(url)

    def play(self) -> None:
        """Play from where it is; from the start again once it has reached the end."""
        if self.available and self._path is not None:
            if self._at_end:
                self._at_end = False
                self._send("setPosition", ("qint64", 0))
            self._send("play")

    def pause(self) -> None:
        self._send("pause")

    def toggle(self) -> None:
        if self.is_playing:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        """Move to ``ms``, clamped to the video's length once that is known."""
        self._at_end = False
        target = max(0, int(ms))
        if self.duration > 0:
            target = min(target, self.duration)
        self._send("setPosition", ("qint64", target))

    def step_frame(self, direction: int = 1) -> None:
        """Pause, then move one frame forward (+1) or back (-1)."""
        self.pause()
        frame_ms = 1000.0 / self.frame_rate
        step = 1 if direction >= 0 else -1
        self.seek(round(self.position + step * frame_ms))

    def set_loop(self, loop: bool) -> None:
        """Loop forever (Qt restarts without a gap) or play once."""
        self._loop = bool(loop)
        self._player.setLoops(QMediaPlayer.Loops.Infinite if self._loop else QMediaPlayer.Loops.Once)

    def set_rate(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError(f"playback rate must be positive, got {rate}")
        self._send("setPlaybackRate", ("qreal", float(rate)))

    def set_volume(self, volume: float) -> None:
        """Volume from 0 (silent) to 1 (full); values outside are clamped."""
        self._audio.setVolume(min(1.0, max(0.0, float(volume))))

    def set_muted(self, muted: bool) -> None:
        self._audio.setMuted(bool(muted))

    def release(self) -> None:
        """Stop and unload the source so the file can be moved or deleted
        (Windows keeps an open file locked). Unloading finishes on Qt's threads:
        ``wait_released`` waits for it where the next step needs it done."""
        unloaded = self._source.isEmpty()
        self._path = None
        self._loaded_sent = False
        if unloaded:
            # Released already (its status may still be catching up): nothing to stop.
            self._failed_sent = False
            return
        status = self._player.mediaStatus()
        Status = QMediaPlayer.MediaStatus
        if not self._failed_sent and status not in (Status.NoMedia, Status.InvalidMedia):
            self._send("stop", unload=True)
        self._failed_sent = False
        self._set_source(QUrl())

    def wait_released(self, timeout_ms: int = 3000) -> bool:
        """After ``release``: let Qt's decoding threads wind down (events are processed
        meanwhile), so the video output and this object can go away safely. True once done."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._queued or self._player.mediaStatus() != QMediaPlayer.MediaStatus.NoMedia:
            if deadline.hasExpired():
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(5)
        return True

    # --- commands to QMediaPlayer ---------------------------------------------------------------

    def _set_source(self, url: QUrl) -> None:
        self._source = QUrl(url)
        self._send("setSource", (QUrl, url), unload=True)

    def _send(self, slot: str, arg: tuple[object, object] | None = None, *, unload: bool = False) -> None:
        """Call one of QMediaPlayer's slots; from the event loop when it may tear down a pipeline.

        Stopping or changing the source waits for Qt's FFmpeg threads, and those take the
        Python lock (GIL) to destroy objects Python made. Called from Python, the UI thread
        holds that lock while it waits: a deadlock (Qt 6.11, seen in stop() and setSource()).
        Queued, the call runs from Qt's event loop, which holds no Python lock. While
        such a call waits, every later command queues behind it, so the order stays the one
        given. ``arg`` is the slot's one argument, as (C++ type, value).
        """
        if not unload and not self._queued:
            getattr(self._player, slot)(*([] if arg is None else [arg[1]]))
            return
        queued = [] if arg is None else [Q_ARG(*arg)]
        QMetaObject.invokeMethod(self._player, slot, Qt.ConnectionType.QueuedConnection, *queued)
        self._queued += 1
        self._commandsRan.emit()

    def _on_commands_ran(self) -> None:
        self._queued -= 1
        if not self._queued and self._output_pending:
            self._output_pending = False
            self._player.setVideoOutput(self._video_output)

    # --- QMediaPlayer -> our signals --------------------------------------------------------------

    def _on_media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        Status = QMediaPlayer.MediaStatus
        if status in (Status.LoadedMedia, Status.BufferedMedia) and not self._loaded_sent:
            if self._path is None:
                return
            self._loaded_sent = True
            self.loaded.emit(self.duration)
        elif status == Status.EndOfMedia:
            # Qt blanks the picture at the end; hold the last frame instead, as players do
            # (paused one frame before the end, so Qt keeps showing it).
            self._at_end = True
            # Later, not inside Qt's status report: pausing from in there deadlocks the FFmpeg
            # backend (6.11).
            QTimer.singleShot(0, self._hold_last_frame)
            self.ended.emit()
        elif status == Status.InvalidMedia:
            # Qt normally reports errorOccurred too; whichever comes first is shown.
            self._fail(self._describe(QMediaPlayer.Error.FormatError, ""))

    def _hold_last_frame(self) -> None:
        if not self._at_end or self._player.mediaStatus() != QMediaPlayer.MediaStatus.EndOfMedia:
            return  # something else happened meanwhile (a new file, a seek, play again)
        self._send("pause")
        self._send("setPosition", ("qint64", max(0, self.duration - round(1000.0 / self.frame_rate))))

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        self._fail(self._describe(error, message))

    def _on_position(self, ms: int) -> None:
        self.positionChanged.emit(int(ms))

    def _on_playback_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if playing != self._playing:
            self._playing = playing
            self.playingChanged.emit(playing)

    def _fail(self, sentence: str) -> None:
        if self._failed_sent:
            return
        self._failed_sent = True
        log.warning("player: %s", sentence)
        self.failed.emit(sentence)

    def _describe(self, error: QMediaPlayer.Error, detail: str) -> str:
        """A sentence for the user: what failed and what to do next."""
        name = self._path.name if self._path is not None else "The video"
        Error = QMediaPlayer.Error
        if error == Error.ResourceError:
            text = (
                f"Could not open {name}: the file is missing, unreadable or not a video. "
                "Check that it still exists, or download it again."
            )
        elif error == Error.FormatError:
            text = (
                f"Could not play {name}: its format or codec is not supported. "
                "Download it again, or convert it to an H.264 MP4."
            )
        elif error == Error.AccessDeniedError:
            text = f"Could not open {name}: permission denied. Check the file's permissions."
        elif error == Error.NetworkError:
            text = f"Could not load {name}: a network error occurred. Check the connection and retry."
        else:
            text = f"Could not play {name}. Try opening it again."
        if detail:
            text += f" (Details: {detail})"
        return text
