"""``PlayerPanel``: the video area, its transport controls and what the clip was made from.

The panel plays one file at a time through the ``Player`` facade (never
QMediaPlayer directly), so a missing multimedia backend or a broken file
becomes a sentence in the video area instead of a silent black box. It never
touches the file itself: QMediaPlayer opens it asynchronously and reports
back; the clip's details come from the ``ResultMetadata`` the caller already
loaded.

Fullscreen takes the *stage* (video plus controls) out of the window, so the
controls stay reachable there. The shortcuts live on the panel with
``WidgetWithChildrenShortcut``, so Space plays only while the panel has focus
and never steals it from the prompt editor elsewhere in the window; a second
set on the stage serves while it is a fullscreen window of its own.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omnidesk.api import pricing
from omnidesk.engine.library import ResultMetadata
from ui import icons
from ui.player.facade import Player
from ui.words import mode_label

SPEEDS: tuple[float, ...] = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
DEFAULT_SPEED = 1.0
VOLUME_STEPS = 100


def format_time(ms: int) -> str:
    """``m:ss.t``: clips are 4-10 s, so tenths matter when stepping frames."""
    tenths = max(0, int(ms)) // 100
    minutes, rest = divmod(tenths, 600)
    seconds, tenth = divmod(rest, 10)
    return f"{minutes}:{seconds:02d}.{tenth}"


class _ElidedLabel(QLabel):
    """One line of text cut with "…" to the width it gets; the whole text in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        # Ignored: the label takes the width the layout gives and elides to it,
        # instead of widening the panel to fit a long prompt.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        # Rich text so the tooltip wraps instead of running off the screen.
        self.setToolTip(f"<p>{html.escape(text)}</p>" if text else "")
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        one_line = " ".join(self._full.split())
        self.setText(self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, self.width()))


class _Stage(QWidget):
    """The video and its controls; a window of its own while fullscreen.

    Signals:

    - ``leaveRequested()``: the fullscreen window was asked to close (Alt+F4,
      the window manager): the panel takes the stage back instead.
    """

    leaveRequested = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isWindow():
            event.ignore()
            self.leaveRequested.emit()
            return
        super().closeEvent(event)


class PlayerPanel(QWidget):
    """Plays one result video with its controls and details.

    Signals:

    - ``useSettingsRequested(object)``: "Use these settings" was pressed; carries the
      ``ResultMetadata`` of the clip, for the generation form to take over.
    - ``message(str)``: a sentence for the status bar (a file that failed to play).
    - ``fullscreenChanged(bool)``: the video area entered (True) or left fullscreen.

    ``player`` is the ``Player`` facade; ``play``, ``release`` and ``current_path``
    are the rest of the API.
    """

    useSettingsRequested = Signal(object)
    message = Signal(str)
    fullscreenChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerPanel")
        self.setAccessibleName(self.tr("Video player"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.player = Player(self)
        self._metadata: ResultMetadata | None = None
        self._autoplay = False
        self._loaded = False
        self._syncing_slider = False  # the slider follows playback; only the user's moves seek
        self._fullscreen = False
        self._focus_before: QWidget | None = None

        self._stage = _Stage(self)
        self._stage.setObjectName("playerStage")
        self._stage.setWindowTitle(self.tr("OmniDesk video"))
        self._stage.leaveRequested.connect(self._on_leave_fullscreen)
        self._build_screen()
        self._build_controls()
        stage_layout = QVBoxLayout(self._stage)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        stage_layout.addWidget(self._screen, 1)
        stage_layout.addLayout(self._controls)

        self._info = self._build_info()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stage, 1)
        layout.addWidget(self._info)

        self._panel_shortcuts = self._make_shortcuts(self, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # While fullscreen the stage is its own window, outside the panel's shortcut reach.
        self._stage_shortcuts = self._make_shortcuts(self._stage, Qt.ShortcutContext.WindowShortcut)
        self._stage_shortcuts.append(self._shortcut(self._stage, "Esc", self._on_leave_fullscreen))
        for shortcut in self._stage_shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setEnabled(False)

        self.player.video_output = self._video
        self.player.loaded.connect(self._on_loaded)
        self.player.positionChanged.connect(self._on_position)
        self.player.playingChanged.connect(self._on_playing_changed)
        self.player.ended.connect(self._on_ended)
        self.player.failed.connect(self._on_failed)

        self._show_metadata(None)
        self._info.hide()
        self._set_media_controls_enabled(False)
        if self.player.available:
            self._show_notice(self.tr("Select a video in the Library or the Queue to play it."))
        else:
            self._show_notice(self.player.unavailable_reason, warning=True)

    # ------------------------------------------------------------------ building

    def _build_screen(self) -> None:
        self._video = QVideoWidget()
        self._video.setObjectName("playerVideo")
        self._video.setAccessibleName(self.tr("Video"))
        self._video.setMinimumSize(320, 180)
        self._video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Clicking the picture gives the panel focus, so the shortcuts apply.
        self._video.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._video.installEventFilter(self)

        self._notice_icon = QLabel()
        self._notice_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._notice = QLabel()
        self._notice.setObjectName("playerNotice")
        self._notice.setAccessibleName(self.tr("Player message"))
        self._notice.setWordWrap(True)
        self._notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notice_page = QWidget()
        notice_page.setMinimumSize(320, 180)
        notice_layout = QVBoxLayout(notice_page)
        notice_layout.setContentsMargins(24, 24, 24, 24)
        notice_layout.addStretch(1)
        notice_layout.addWidget(self._notice_icon)
        notice_layout.addWidget(self._notice)
        notice_layout.addStretch(1)

        self._screen = QStackedWidget()
        self._screen.addWidget(notice_page)
        self._screen.addWidget(self._video)

    def _tool_button(self, icon: QIcon, name: str, tip: str, slot: Callable[..., None]) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(slot)
        return button

    def _build_controls(self) -> None:
        self._seek = QSlider(Qt.Orientation.Horizontal)
        self._seek.setObjectName("playerSeek")
        self._seek.setAccessibleName(self.tr("Position"))
        self._seek.setToolTip(self.tr("Position in the video"))
        self._seek.setRange(0, 0)
        self._seek.setSingleStep(100)
        self._seek.setPageStep(1000)
        self._seek.valueChanged.connect(self._on_seek_value)
        self._time = QLabel(self._time_text(0, 0))
        self._time.setObjectName("playerTime")
        self._time.setAccessibleName(self.tr("Time"))
        seek_row = QHBoxLayout()
        seek_row.setContentsMargins(6, 0, 6, 0)
        seek_row.addWidget(self._seek, 1)
        seek_row.addWidget(self._time)

        self._play_button = self._tool_button(
            icons.icon("play"), self.tr("Play"), self.tr("Play (Space)"), self._on_toggle_play
        )
        self._back_button = self._tool_button(
            icons.icon("frame-back"),
            self.tr("Previous frame"),
            self.tr("Previous frame (,)"),
            self._on_step_back,
        )
        self._forward_button = self._tool_button(
            icons.icon("frame-forward"),
            self.tr("Next frame"),
            self.tr("Next frame (.)"),
            self._on_step_forward,
        )
        self._loop_button = self._tool_button(
            icons.icon("loop"), self.tr("Loop"), self.tr("Play in a loop (L)"), self._on_loop_clicked
        )
        self._loop_button.setCheckable(True)

        self._speed = QComboBox()
        self._speed.setObjectName("playerSpeed")
        self._speed.setAccessibleName(self.tr("Playback speed"))
        self._speed.setToolTip(self.tr("Playback speed"))
        for speed in SPEEDS:
            self._speed.addItem(self.tr("{speed}×").format(speed=f"{speed:g}"), speed)
        self._speed.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self._speed.currentIndexChanged.connect(self._on_speed_changed)

        self._mute_button = self._tool_button(
            icons.icon("volume"), self.tr("Mute"), self.tr("Mute (M)"), self._on_mute_clicked
        )
        self._mute_button.setCheckable(True)
        self._volume = QSlider(Qt.Orientation.Horizontal)
        self._volume.setObjectName("playerVolume")
        self._volume.setAccessibleName(self.tr("Volume"))
        self._volume.setToolTip(self.tr("Volume"))
        self._volume.setRange(0, VOLUME_STEPS)
        self._volume.setValue(round(self.player.volume * VOLUME_STEPS))
        self._volume.setMaximumWidth(120)
        self._volume.valueChanged.connect(self._on_volume_changed)

        self._fullscreen_button = self._tool_button(
            icons.icon("fullscreen"), self.tr("Fullscreen"), self.tr("Fullscreen (F)"), self.toggle_fullscreen
        )
        self._fullscreen_button.setCheckable(True)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 0, 6, 6)
        left: tuple[QWidget, ...] = (
            self._play_button,
            self._back_button,
            self._forward_button,
            self._loop_button,
            self._speed,
        )
        for widget in left:
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self._mute_button, self._volume, self._fullscreen_button):
            buttons.addWidget(widget)

        self._controls = QVBoxLayout()
        self._controls.setSpacing(2)
        self._controls.addLayout(seek_row)
        self._controls.addLayout(buttons)

    def _build_info(self) -> QWidget:
        info = QWidget()
        info.setObjectName("playerInfo")
        self._prompt = _ElidedLabel()
        self._prompt.setObjectName("playerPrompt")
        self._prompt.setAccessibleName(self.tr("Prompt"))
        self._prompt.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy_action = QAction(self.tr("Copy the whole prompt"), self._prompt)
        copy_action.triggered.connect(self._on_copy_prompt)
        self._prompt.addAction(copy_action)
        font = self._prompt.font()
        font.setBold(True)
        self._prompt.setFont(font)

        self._params = QLabel()
        self._params.setObjectName("playerParams")
        self._params.setAccessibleName(self.tr("Parameters"))
        self._params.setWordWrap(True)
        self._params.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._cost = QLabel()
        self._cost.setObjectName("playerCost")
        self._cost.setAccessibleName(self.tr("Cost"))

        self._copy_button = QPushButton(self.tr("Copy prompt"))
        self._copy_button.setAccessibleName(self.tr("Copy prompt"))
        self._copy_button.setToolTip(self.tr("Copy the whole prompt to the clipboard"))
        self._copy_button.clicked.connect(self._on_copy_prompt)
        self._use_button = QPushButton(self.tr("Use these settings"))
        self._use_button.setObjectName("playerUseSettings")
        self._use_button.setAccessibleName(self.tr("Use these settings"))
        self._use_button.setToolTip(self.tr("Start a new generation with this clip's prompt and parameters"))
        self._use_button.clicked.connect(self._on_use_settings)

        details = QHBoxLayout()
        details.addWidget(self._params, 1)
        details.addWidget(self._cost)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self._copy_button)
        actions.addWidget(self._use_button)
        layout = QVBoxLayout(info)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self._prompt)
        layout.addLayout(details)
        layout.addLayout(actions)
        return info

    def _shortcut(self, owner: QWidget, key: str, slot: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.activated.connect(slot)
        return shortcut

    def _make_shortcuts(self, owner: QWidget, context: Qt.ShortcutContext) -> list[QShortcut]:
        made = [
            self._shortcut(owner, "Space", self._on_toggle_play),
            self._shortcut(owner, ",", self._on_step_back),
            self._shortcut(owner, ".", self._on_step_forward),
            self._shortcut(owner, "F", self.toggle_fullscreen),
            self._shortcut(owner, "M", self._mute_button.click),
            self._shortcut(owner, "L", self._loop_button.click),
        ]
        for shortcut in made:
            shortcut.setContext(context)
        return made

    # ------------------------------------------------------------------ public API

    def play(self, path: Path, metadata: ResultMetadata | None = None, autoplay: bool = True) -> None:
        """Open ``path`` (asynchronously) and show ``metadata``; start playing once loaded if ``autoplay``."""
        path = Path(path)
        self._loaded = False
        self._show_metadata(metadata)
        # Without metadata there is nothing to say until the stream tells its size and length.
        self._info.setVisible(metadata is not None)
        self._autoplay = autoplay
        self._set_media_controls_enabled(False)
        self._sync_slider(0, 0)
        if self.player.available:
            self._screen.setCurrentWidget(self._video)
        self.player.open(path)

    def release(self) -> None:
        """Let go of the file (before the library moves or deletes it) and show the placeholder."""
        self.set_fullscreen(False)
        self.player.release()
        self._loaded = False
        self._autoplay = False
        self._show_metadata(None)
        self._info.hide()
        self._set_media_controls_enabled(False)
        self._sync_slider(0, 0)
        self._set_play_icon(False)
        if self.player.available:
            self._show_notice(self.tr("Select a video in the Library or the Queue to play it."))

    def current_path(self) -> Path | None:
        """The file opened last; None when nothing is open (or after ``release``)."""
        return self.player.path

    def metadata(self) -> ResultMetadata | None:
        """The details shown for the current clip."""
        return self._metadata

    @property
    def is_fullscreen(self) -> bool:
        return self._fullscreen

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self._fullscreen)

    def set_fullscreen(self, on: bool) -> None:
        """Put the video with its controls on the whole screen, or back in the panel."""
        on = bool(on)
        if on == self._fullscreen:
            return
        self._fullscreen = on
        for shortcut in self._stage_shortcuts:
            shortcut.setEnabled(on)
        self._stage.setWindowFlag(Qt.WindowType.Window, on)
        if on:
            self._focus_before = QApplication.focusWidget()
            self._stage.showFullScreen()
            self._stage.activateWindow()
            self._stage.setFocus()
        else:
            # Back as a child: the panel's layout takes it in again.
            self._stage.showNormal()
            self._stage.show()
            # The window lost activation to the fullscreen one; give it back, focus where it was.
            self.window().activateWindow()
            before, self._focus_before = self._focus_before, None
            if before is not None and self.isAncestorOf(before) and before.isVisible():
                before.setFocus()
            else:
                self.setFocus()
        self._fullscreen_button.setChecked(on)
        self._fullscreen_button.setIcon(icons.icon("exit-fullscreen" if on else "fullscreen"))
        name = self.tr("Leave fullscreen") if on else self.tr("Fullscreen")
        self._fullscreen_button.setAccessibleName(name)
        self._fullscreen_button.setToolTip(
            self.tr("Leave fullscreen (F or Esc)") if on else self.tr("Fullscreen (F)")
        )
        self.fullscreenChanged.emit(on)

    def stage(self) -> QWidget:
        """The widget that goes fullscreen (the video and its controls)."""
        return self._stage

    # ------------------------------------------------------------------ display

    def _show_notice(self, text: str, *, warning: bool = False) -> None:
        self._notice.setText(text)
        # The placeholder is calm (placeholder colour); a failure reads as normal text by its icon.
        self._notice.setForegroundRole(
            QPalette.ColorRole.WindowText if warning else QPalette.ColorRole.PlaceholderText
        )
        if warning:
            icon = icons.icon("warning")
            self._notice_icon.setPixmap(icon.pixmap(32, 32))
            self._notice_icon.show()
        else:
            self._notice_icon.clear()
            self._notice_icon.hide()
        self._screen.setCurrentIndex(0)

    def notice_text(self) -> str:
        """What the video area says instead of a picture ("" while it shows video)."""
        return self._notice.text() if self._screen.currentIndex() == 0 else ""

    def _time_text(self, position: int, duration: int) -> str:
        return self.tr("{position} / {duration}").format(
            position=format_time(position), duration=format_time(duration)
        )

    def _sync_slider(self, position: int, duration: int) -> None:
        self._syncing_slider = True
        try:
            if self._seek.maximum() != duration:
                self._seek.setRange(0, max(0, duration))
            if not self._seek.isSliderDown():
                self._seek.setValue(position)
        finally:
            self._syncing_slider = False
        self._time.setText(self._time_text(position, duration))

    def _set_media_controls_enabled(self, enabled: bool) -> None:
        for widget in (self._play_button, self._back_button, self._forward_button, self._seek):
            widget.setEnabled(enabled)

    def _set_play_icon(self, playing: bool) -> None:
        self._play_button.setIcon(icons.icon("pause" if playing else "play"))
        self._play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        self._play_button.setToolTip(self.tr("Pause (Space)") if playing else self.tr("Play (Space)"))

    def _show_metadata(self, metadata: ResultMetadata | None) -> None:
        self._metadata = metadata
        prompt = metadata.prompt if metadata is not None else ""
        self._prompt.set_full_text(prompt)
        self._prompt.setVisible(bool(prompt))
        self._copy_button.setEnabled(bool(prompt))
        self._use_button.setEnabled(metadata is not None)
        self._params.setText(self._params_text())
        self._cost.setText(self._cost_text(metadata))

    def _params_text(self) -> str:
        """Mode, resolution, duration, aspect as asked; then the file's real size and length."""
        meta = self._metadata
        parts: list[str] = []
        if meta is not None:
            parts.append(mode_label(meta.mode))
            if meta.resolution:
                parts.append(meta.resolution)
            if meta.duration is not None:
                parts.append(self.tr("{seconds} s").format(seconds=meta.duration))
            if meta.aspect_ratio:
                parts.append(meta.aspect_ratio)
        width = meta.width if meta is not None else None
        height = meta.height if meta is not None else None
        if (width is None or height is None) and self._loaded:
            size = self.player.frame_size
            if size is not None:
                width, height = size
        if width and height:
            parts.append(self.tr("{width}×{height} px").format(width=width, height=height))
        length = meta.video_duration if meta is not None else None
        if length is None and self._loaded and self.player.duration > 0:
            length = self.player.duration / 1000
        if length:
            parts.append(self.tr("{seconds} s long").format(seconds=f"{length:.1f}"))
        return " · ".join(parts)

    def _cost_text(self, meta: ResultMetadata | None) -> str:
        if meta is None:
            return ""
        if meta.cost is not None:
            return self.tr("Charged ${cost}").format(cost=f"{meta.cost:.2f}")
        quote = meta.quoted_cost
        if quote is None and meta.resolution:
            try:
                quote = pricing.estimate_cost(meta.resolution, meta.duration)
            except KeyError:
                quote = None  # a resolution this version has no price for
        if quote is None:
            return self.tr("Cost unknown")
        return self.tr("About ${cost} (estimate)").format(cost=f"{quote:.2f}")

    # ------------------------------------------------------------------ events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._video and event.type() == QEvent.Type.MouseButtonDblClick:
            self.toggle_fullscreen()
            return True
        return super().eventFilter(watched, event)

    def _on_loaded(self, duration: int) -> None:
        self._loaded = True
        self._set_media_controls_enabled(True)
        self._screen.setCurrentWidget(self._video)
        # A new source starts from Qt's defaults; keep what the user chose.
        self.player.set_rate(float(self._speed.currentData()))
        self.player.set_loop(self._loop_button.isChecked())
        self._sync_slider(self.player.position, duration)
        self._params.setText(self._params_text())
        self._info.show()
        if self._autoplay:
            self.player.play()

    def _on_position(self, ms: int) -> None:
        self._sync_slider(ms, self.player.duration)

    def _on_playing_changed(self, playing: bool) -> None:
        self._set_play_icon(playing)

    def _on_ended(self) -> None:
        self._set_play_icon(False)

    def _on_failed(self, sentence: str) -> None:
        self._loaded = False
        self._set_media_controls_enabled(False)
        self._set_play_icon(False)
        self._show_notice(sentence, warning=True)
        self.message.emit(sentence)

    def _on_seek_value(self, value: int) -> None:
        if not self._syncing_slider and self._loaded:
            self.player.seek(value)
            self._time.setText(self._time_text(value, self.player.duration))

    def _on_toggle_play(self) -> None:
        if self._loaded:
            self.player.toggle()

    def _on_step_back(self) -> None:
        if self._loaded:
            self.player.step_frame(-1)

    def _on_step_forward(self) -> None:
        if self._loaded:
            self.player.step_frame(+1)

    def _on_loop_clicked(self, checked: bool) -> None:
        self.player.set_loop(checked)

    def _on_speed_changed(self, _index: int) -> None:
        self.player.set_rate(float(self._speed.currentData()))

    def _on_mute_clicked(self, checked: bool) -> None:
        self.player.set_muted(checked)
        self._mute_button.setIcon(icons.icon("mute" if checked else "volume"))
        self._mute_button.setAccessibleName(self.tr("Unmute") if checked else self.tr("Mute"))
        self._mute_button.setToolTip(self.tr("Unmute (M)") if checked else self.tr("Mute (M)"))

    def _on_volume_changed(self, value: int) -> None:
        self.player.set_volume(value / VOLUME_STEPS)

    def _on_leave_fullscreen(self) -> None:
        self.set_fullscreen(False)

    def _on_copy_prompt(self) -> None:
        prompt = self._prompt.full_text()
        if prompt:
            QGuiApplication.clipboard().setText(prompt)

    def _on_use_settings(self) -> None:
        if self._metadata is not None:
            self.useSettingsRequested.emit(self._metadata)
