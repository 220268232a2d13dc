"""``SyncedTransport``: one play / pause / seek / frame step / loop range for several players.

Each ``Player`` runs its own clock in Qt's decoding threads; started together
they stay within a few milliseconds, but a seek, a slow decoder or a clip
that ended drifts them apart. So one clip, the *leader* (the longest, which
runs until the comparison's end), drives the clock: every command goes to
all players at the leader's position, and while playing a timer checks each
follower against the leader and seeks one that is more than a frame off.

Qt reports a playing clip's position only about every 50 ms, in steps, and
each player on its own phase: comparing raw positions would see drift that
is not there. The check extrapolates each report by the time since it came
(times the playback rate), which puts two players started together within
about 20 ms of each other.

A clip shorter than the leader holds its last frame once it has ended (the
facade does that) while the others play on; a loop range (in and out points)
brings every clip back to the in point together. Qt's own looping is never
used: clips of different lengths would loop each at its own end.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from ui.player.facade import Player

# How often the clock looks at the players while playing: well under a frame (41 ms at 24 fps).
TICK_MS = 15
# A follower just seeked needs a moment to settle before it is judged again.
REALIGN_COOLDOWN_MS = 400
# Reports come every ~50 ms; a player silent for longer is stalled, not moving on unseen.
MAX_EXTRAPOLATION_MS = 120


def frame_ms(player: Player) -> float:
    return 1000.0 / player.frame_rate


def last_frame_start(player: Player) -> int:
    """Where a clip shows its last frame (where the facade holds it after the end)."""
    return max(0, player.duration - round(frame_ms(player)))


class _Report:
    """A player's last reported position and when it came."""

    def __init__(self, position: int) -> None:
        self.position = position
        self.since = QElapsedTimer()
        self.since.start()

    def set(self, position: int) -> None:
        self.position = position
        self.since.restart()


class SyncedTransport(QObject):
    """Plays, pauses, seeks, steps and loops several ``Player``s as one.

    Signals:

    - ``ready(int)``: every player has loaded or failed and at least one can play; carries the
      comparison's duration (the leader's) in ms. Commands do nothing before it.
    - ``positionChanged(int)``: the comparison's position in ms (the leader's).
    - ``playingChanged(bool)``: playback started (True) or stopped (False).
    - ``rangeChanged(bool, int, int)``: looping on or off, the in and the out point in ms.

    The players are opened by the caller; the transport listens to their ``loaded`` and
    ``failed`` and sends the commands. A failed player is left out.
    """

    ready = Signal(int)
    positionChanged = Signal(int)
    playingChanged = Signal(bool)
    rangeChanged = Signal(bool, int, int)

    def __init__(self, players: Sequence[Player], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._players = list(players)
        self._loaded: list[Player] = []
        self._failed: list[Player] = []
        self._reports = {id(p): _Report(0) for p in self._players}
        self._realigned = {id(p): QElapsedTimer() for p in self._players}
        self._leader: Player | None = None
        self._ready = False
        self._playing = False
        self._rate = 1.0
        self._loop = False
        self._in = 0
        self._out = 0
        self._last_position = -1
        self._clock = QTimer(self)
        self._clock.setTimerType(Qt.TimerType.PreciseTimer)
        self._clock.setInterval(TICK_MS)
        self._clock.timeout.connect(self._on_tick)
        for player in self._players:
            player.set_loop(False)
            player.loaded.connect(lambda _ms, p=player: self._on_loaded(p))
            player.failed.connect(lambda _text, p=player: self._on_failed(p))
            player.positionChanged.connect(lambda ms, p=player: self._on_position(p, ms))
            player.ended.connect(lambda p=player: self._on_ended(p))

    # ------------------------------------------------------------------ state

    @property
    def players(self) -> list[Player]:
        return list(self._players)

    @property
    def usable(self) -> list[Player]:
        """The players that loaded (in their order)."""
        return [p for p in self._players if p in self._loaded and p not in self._failed]

    @property
    def leader(self) -> Player | None:
        """The clip whose clock the others follow: the longest that loaded (the first of equals)."""
        return self._leader

    @property
    def is_ready(self) -> bool:
        return self._ready

    @property
    def is_playing(self) -> bool:
        return self._playing

    @property
    def duration(self) -> int:
        return self._leader.duration if self._leader is not None else 0

    @property
    def position(self) -> int:
        """The leader's position (extrapolated while playing), in ms."""
        return self._now(self._leader) if self._leader is not None else 0

    @property
    def frame_ms(self) -> float:
        """One of the leader's frames, in ms."""
        return frame_ms(self._leader) if self._leader is not None else 40.0

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def loop(self) -> bool:
        return self._loop

    @property
    def loop_in(self) -> int:
        return self._in

    @property
    def loop_out(self) -> int:
        return self._out

    # ------------------------------------------------------------------ commands

    def play(self) -> None:
        """Play every clip from the leader's position (from the start or the in point at the end)."""
        leader = self._leader
        if not self._ready or self._playing or leader is None:
            return
        start = self.position
        if self._loop and not self._in <= start < self._out - self.frame_ms / 2:
            start = self._in
        elif not self._loop and start >= last_frame_start(leader) - 1:
            start = 0  # at the end: play again, as a player does
        self._playing = True
        # Every clip seeks first, so each starts at the same point whatever it did before
        # (and a clip that had ended plays again instead of jumping to its start).
        self._seek_all(start)
        for player in self.usable:
            if start < last_frame_start(player):
                player.play()
        self._clock.start()
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if not self._playing:
            return
        self._playing = False
        self._clock.stop()
        for player in self.usable:
            player.pause()
        # Paused, every clip shows the leader's frame exactly.
        self._seek_all(self._leader.position if self._leader is not None else 0)
        self.playingChanged.emit(False)

    def toggle(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        """Move every clip to ``ms`` (a shorter clip to its last frame); playing goes on."""
        if not self._ready or self._leader is None:
            return
        target = min(max(0, int(ms)), last_frame_start(self._leader))
        self._seek_all(target)
        if self._playing:
            for player in self.usable:
                if target < last_frame_start(player) and not player.is_playing:
                    player.play()

    def step(self, direction: int) -> None:
        """Pause, then move every clip one of the leader's frames forward (+1) or back (-1)."""
        if not self._ready:
            return
        self.pause()
        frame = self.frame_ms
        # The frame on show is the one that started at or before the position.
        index = math.floor(self.position / frame + 1e-6) + (1 if direction >= 0 else -1)
        self.seek(max(0, math.ceil(index * frame - 1e-6)))

    def refresh(self) -> None:
        """Seek every clip to where it is, so a video output just attached gets the current frame."""
        if self._ready and not self._playing:
            self._seek_all(self.position)

    def set_rate(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError(f"playback rate must be positive, got {rate}")
        self._rate = float(rate)
        for player in self._players:
            player.set_rate(self._rate)
        # The extrapolation restarts from fresh reports at the new rate.
        for player in self._players:
            self._reports[id(player)].set(player.position)

    def set_loop(self, on: bool) -> None:
        self._loop = bool(on)
        self._emit_range()

    def set_in(self, ms: int | None = None) -> None:
        """The loop's in point (the current position if None); turns looping on."""
        if not self._ready:
            return
        point = self.position if ms is None else int(ms)
        self._in = min(max(0, point), max(0, self._out - round(self.frame_ms)))
        self._loop = True
        self._emit_range()

    def set_out(self, ms: int | None = None) -> None:
        """The loop's out point (the current position if None); turns looping on."""
        if not self._ready:
            return
        point = self.position if ms is None else int(ms)
        self._out = max(min(self.duration, point), min(self.duration, self._in + round(self.frame_ms)))
        self._loop = True
        self._emit_range()

    def set_range(self, in_ms: int, out_ms: int) -> None:
        """Both points at once (dragging the range's handles); looping is left as it is."""
        if not self._ready:
            return
        frame = round(self.frame_ms)
        self._in = min(max(0, int(in_ms)), max(0, self.duration - frame))
        self._out = min(self.duration, max(int(out_ms), self._in + frame))
        self._emit_range()

    def clear_range(self) -> None:
        """The whole clip again, looping off."""
        self._in, self._out, self._loop = 0, self.duration, False
        self._emit_range()

    def stop(self) -> None:
        """Stop the clock (before the players are released)."""
        self._playing = False
        self._clock.stop()

    # ------------------------------------------------------------------ internals

    def _emit_range(self) -> None:
        self.rangeChanged.emit(self._loop, self._in, self._out)

    def _now(self, player: Player) -> int:
        """Where ``player`` is now: its last report, carried forward while it plays."""
        if not player.is_playing:
            return player.position
        report = self._reports[id(player)]
        moved = report.position + min(report.since.elapsed(), MAX_EXTRAPOLATION_MS) * self._rate
        return int(min(moved, max(player.duration, report.position)))

    def _seek_all(self, target: int) -> None:
        for player in self.usable:
            self._seek(player, min(target, last_frame_start(player)))
        self._announce(target, force=True)

    def _seek(self, player: Player, ms: int) -> None:
        player.seek(ms)
        self._reports[id(player)].set(ms)
        self._realigned[id(player)].start()

    def _announce(self, position: int, force: bool = False) -> None:
        if force or position != self._last_position:
            self._last_position = position
            self.positionChanged.emit(position)

    def _on_loaded(self, player: Player) -> None:
        if player not in self._loaded:
            self._loaded.append(player)
        player.set_loop(False)
        player.set_rate(self._rate)
        self._reports[id(player)].set(player.position)
        self._check_ready()

    def _on_failed(self, player: Player) -> None:
        if player not in self._failed:
            self._failed.append(player)
        if player is self._leader:
            self._choose_leader()
        self._check_ready()

    def _check_ready(self) -> None:
        if self._ready:
            return
        if len(set(self._loaded) | set(self._failed)) < len(self._players) or not self.usable:
            return
        self._choose_leader()
        self._ready = True
        self._in, self._out = 0, self.duration
        self.ready.emit(self.duration)
        self._emit_range()
        # Every clip on its first frame, so each view shows a picture before anything plays
        # (a player just loaded renders nothing until it is paused or played).
        for player in self.usable:
            player.pause()
        self._seek_all(0)

    def _choose_leader(self) -> None:
        usable = self.usable
        self._leader = max(usable, key=lambda p: p.duration) if usable else None
        if self._leader is None:
            self.stop()

    def _on_position(self, player: Player, ms: int) -> None:
        self._reports[id(player)].set(ms)
        if player is self._leader and not self._playing:
            self._announce(ms)

    def _on_ended(self, player: Player) -> None:
        if player is not self._leader or not self._playing:
            return
        # Later, not inside Qt's status report (seeking or pausing from there can deadlock).
        QTimer.singleShot(0, self._on_leader_ended)

    def _on_leader_ended(self) -> None:
        if not self._playing or self._leader is None:
            return
        if self._loop:
            self.seek(self._in)
            return
        self._playing = False
        self._clock.stop()
        # The leader holds its last frame; anything still running stops with it.
        for player in self.usable:
            if player.is_playing:
                player.pause()
        self._announce(last_frame_start(self._leader), force=True)
        self.playingChanged.emit(False)

    def _on_tick(self) -> None:
        leader = self._leader
        if leader is None or not self._playing:
            self._clock.stop()
            return
        now = self._now(leader)
        if self._loop and now >= self._out:
            self.seek(self._in)
            return
        self._announce(min(now, leader.duration))
        if not leader.is_playing:
            return  # just seeked or just ended: its report will catch up
        for follower in self.usable:
            if follower is not leader:
                self._realign(follower, now)

    def _realign(self, follower: Player, now: int) -> None:
        """Seek ``follower`` back to the leader's ``now`` if it is more than a frame off."""
        if self._realigned[id(follower)].isValid() and (
            self._realigned[id(follower)].elapsed() < REALIGN_COOLDOWN_MS
        ):
            return
        end = last_frame_start(follower)
        tolerance = max(frame_ms(follower), self.frame_ms)
        if now >= end:
            # Past its end it holds the last frame; one that lags far behind is put there.
            if not follower.is_playing and abs(follower.position - end) > tolerance:
                self._seek(follower, end)
            return
        if not follower.is_playing:
            # It had ended (or failed to restart): the leader is inside it again.
            self._seek(follower, now)
            follower.play()
            return
        if abs(self._now(follower) - now) > tolerance:
            self._seek(follower, now)
