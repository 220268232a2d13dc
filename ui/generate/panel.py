"""The generation panel: mode, prompt, images, settings, cost, and Submit.

The form makes an invalid request impossible to enter (each mode shows only
what it may send), and Submit stays disabled, with the reason in its tooltip
and under it, until the request is complete and the service is running.

Submitting never blocks the window: local images go in as placeholder URLs
(``https://local.invalid/<i>``) with a ``{index: Path}`` map, and
``Engine.submit_with_images`` uploads them and records the submission on a
worker. The button shows the upload progress and comes back on success and
failure alike. The form keeps its content afterwards, so a creator can
change one thing and submit again.

Problems show in the error area above the button: a refused request (naming
the field), an upload that failed, and what the engine reports later about
this panel's submissions (``bridge.notice``) or about sending as a whole
(``bridge.queueChanged``: key refused, balance spent, slowed down), which
clears itself when the cause is gone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from omnidesk.api.errors import ValidationError
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.rules import validate
from omnidesk.engine.events import Notice, QueueChanged
from omnidesk.engine.store import TaskRecord
from omnidesk.settings import Settings
from ui import icons
from ui.context import AppContext
from ui.generate.errors import ErrorAction, ErrorArea, Wording, queue_wording, submit_wording
from ui.generate.forms import LOCAL_PLACEHOLDER, FrameForm, ModeForm, ReferenceForm, TextForm, VideoForm
from ui.generate.params import ParamsForm
from ui.generate.prompt_editor import PromptEditor, submit_shortcuts

log = logging.getLogger(__name__)

MODES: tuple[Mode, ...] = (Mode.TEXT, Mode.FRAME, Mode.REFERENCE, Mode.VIDEO)
SUBMIT_KEY = "submit"
QUEUE_KEY = "queue"


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class GenerationPanel(QWidget):
    """The form that makes a generation and submits it.

    Signals:

    - ``submitted(object)``: the ``TaskRecord`` the engine returned for a submission from here.
    - ``settingsRequested()``: the user asked to open Settings (from a refused-key message).
    """

    submitted = Signal(object)
    settingsRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        background = context.background
        self._submitting = False
        self._upload_total = 0
        self._uploaded = 0
        self._submit_job = 0
        self._confirmation: str | None = None
        self._engine_problem: str | None = None
        self._mine: set[int] = set()  # local ids submitted from here: their notices show here

        # --- mode
        self.mode_buttons = QButtonGroup(self)
        self.mode_buttons.setExclusive(True)
        mode_grid = QGridLayout()
        mode_grid.setSpacing(4)
        short = {
            Mode.TEXT: self.tr("Text to video"),
            Mode.FRAME: self.tr("First frame"),
            Mode.REFERENCE: self.tr("Reference images"),
            Mode.VIDEO: self.tr("Reference video"),
        }
        full = {
            Mode.TEXT: self.tr("Text to video: from the prompt alone"),
            Mode.FRAME: self.tr("First frame (image to video): the video starts from your image"),
            Mode.REFERENCE: self.tr("Reference images: 1 or 3 images guide the video"),
            Mode.VIDEO: self.tr("Reference video: a video's motion guides the new one"),
        }
        for number, mode in enumerate(MODES):
            button = QPushButton(short[mode])
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolTip(self.tr("{what} (Alt+{n})").format(what=full[mode], n=number + 1))
            button.setAccessibleName(self.tr("Mode: {name}").format(name=short[mode]))
            button.setAccessibleDescription(full[mode])
            self.mode_buttons.addButton(button, number)
            mode_grid.addWidget(button, number // 2, number % 2)

        # --- prompt
        self.prompt = PromptEditor()
        prompt_label = _section(self.tr("&Prompt"))
        prompt_label.setBuddy(self.prompt.edit)

        # --- the mode's own inputs
        self.forms: dict[Mode, ModeForm] = {
            Mode.TEXT: TextForm(),
            Mode.FRAME: FrameForm(background),
            Mode.REFERENCE: ReferenceForm(background),
            Mode.VIDEO: VideoForm(background),
        }

        # --- settings and cost
        self.params = ParamsForm()

        # --- problems, and Submit
        self.errors = ErrorArea()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Submission status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setWordWrap(True)  # after the size policy, which would drop its height-for-width
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setIcon(icons.icon("generate"))
        self.submit_button.setAccessibleName(self.tr("Submit the generation"))
        self.submit_button.setDefault(True)
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.submit_button.setMinimumWidth(self.submit_button.sizeHint().width() + 60)

        column = QVBoxLayout(self)
        column.addWidget(_section(self.tr("Mode")))
        column.addLayout(mode_grid)
        column.addSpacing(6)
        column.addWidget(prompt_label)
        column.addWidget(self.prompt, 1)
        column.addSpacing(6)
        self.inputs_label = _section(self.tr("Images"))
        column.addWidget(self.inputs_label)
        for form in self.forms.values():
            column.addWidget(form)
            form.hide()
        column.addSpacing(6)
        column.addWidget(_section(self.tr("Settings")))
        column.addWidget(self.params)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(line)
        column.addWidget(self.errors)
        submit_row = QHBoxLayout()
        submit_row.addWidget(self.status, 1)
        submit_row.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(submit_row)
        column.addStretch(0)

        # --- keys
        self.mode_shortcuts: list[QShortcut] = []
        for number, mode in enumerate(MODES):
            # Window-wide: picking a mode from the queue or the player is still about this form.
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda m=mode: self._on_mode_shortcut(m))
            self.mode_shortcuts.append(shortcut)
        self.submit_shortcuts: list[QShortcut] = []
        for sequence in submit_shortcuts():
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
            self.submit_shortcuts.append(shortcut)

        # --- wiring
        self.mode_buttons.idToggled.connect(self._on_mode_toggled)
        self.prompt.textChanged.connect(self._on_form_changed)
        self.prompt.submitRequested.connect(self.submit)
        for form in self.forms.values():
            form.changed.connect(self._on_form_changed)
        self.params.changed.connect(self._on_form_changed)
        self.submit_button.clicked.connect(self.submit)
        self.errors.actionRequested.connect(self._on_error_action)
        context.engineStarting.connect(self._on_engine_starting)
        context.engineReady.connect(self._on_engine_ready)
        context.engineFailed.connect(self._on_engine_failed)
        context.bridge.notice.connect(self._on_notice)
        context.bridge.queueChanged.connect(self._on_queue_changed)

        self.set_mode(Mode.TEXT)
        self._update_submit()

    # ------------------------------------------------------------------ public API

    @property
    def mode(self) -> Mode:
        return MODES[max(0, self.mode_buttons.checkedId())]

    @property
    def form(self) -> ModeForm:
        return self.forms[self.mode]

    def set_mode(self, mode: Mode) -> None:
        """Show ``mode``'s form (the prompt and the settings stay as they are)."""
        button = self.mode_buttons.button(MODES.index(mode))
        if not button.isChecked():
            button.setChecked(True)  # _on_mode_toggled does the rest
        else:
            self._show_mode(mode)

    def focus_prompt(self) -> None:
        self.prompt.focus()

    def apply_defaults(self, settings: Settings) -> None:
        """The mode, duration, resolution and aspect the user chose as defaults."""
        try:
            mode = Mode(settings.default_mode)
        except ValueError:
            mode = Mode.TEXT
        self.set_mode(mode)
        self.params.set_values(
            duration=settings.default_duration,
            resolution=settings.default_resolution,
            aspect=settings.default_aspect,
        )

    def load_request(self, request: GenerationRequest, local_images: Sequence[str | None] = ()) -> None:
        """Fill the form from ``request``: for "edit and re-run" and "use these settings".

        Where ``local_images`` names a file that still exists (checked on a worker) the slot takes
        the file, else the request's URL.
        """
        self.set_mode(request.mode)
        self.prompt.set_text(request.prompt)
        self.params.set_values(
            duration=request.duration, resolution=request.resolution, aspect=request.aspect_ratio
        )
        self.forms[request.mode].load(request, local_images)
        self._confirmation = None
        self.errors.clear(SUBMIT_KEY)
        self._update_submit()

    def build_request(self) -> tuple[GenerationRequest, dict[int, Path]]:
        """The request the form describes, local images as placeholders, and the files behind them."""
        form = self.form
        image_urls: list[str] = []
        local: dict[int, Path] = {}
        for index, image in enumerate(form.images()):
            if image.path is not None:
                image_urls.append(f"{LOCAL_PLACEHOLDER}{index}")
                local[index] = image.path
            else:
                image_urls.append(image.url or "")
        request = GenerationRequest(
            prompt=self.prompt.text(),
            mode=self.mode,
            duration=self.params.selected_duration(),
            resolution=self.params.selected_resolution(),
            aspect_ratio=self.params.selected_aspect(),
            image_urls=tuple(image_urls),
            video_urls=form.video_urls(),
            generation_type=form.generation_type(),
        )
        return request, local

    def blocker(self) -> str | None:
        """Why Submit is disabled, in words (None when it is enabled or busy submitting)."""
        if self.context.engine is None:
            if self._engine_problem:
                return self.tr("The service is not running: {problem}").format(problem=self._engine_problem)
            return self.tr("OmniDesk is connecting to the service; Submit is available in a moment.")
        if not self.prompt.text().strip():
            return self.tr("Write a prompt first.")
        return self.form.blocker()

    @property
    def submitting(self) -> bool:
        return self._submitting

    def submit(self) -> None:
        """Submit the form (does nothing while Submit is disabled)."""
        engine = self.context.engine
        if self._submitting or engine is None or self.blocker() is not None:
            return
        request, local = self.build_request()
        try:
            validate(request)
        except ValidationError as exc:
            self._show_submit_error(exc)
            return
        self._submit_job += 1
        job = self._submit_job
        self._submitting = True
        self._upload_total, self._uploaded = len(local), 0
        self._confirmation = None
        self.errors.clear(SUBMIT_KEY)
        self._update_submit()

        def on_uploaded(_path: Path) -> None:
            # Runs on the worker that uploads: hand the progress to the UI thread.
            self.context.background.call_on_ui(self._on_image_uploaded, job)

        try:
            self.context.background.run(
                engine.submit_with_images,
                request,
                local,
                on_uploaded=on_uploaded,
                on_done=lambda record: self._on_submit_done(job, record),
                on_error=lambda exc: self._on_submit_failed(job, exc),
            )
        except Exception as exc:  # the runner is shut down (quitting): say so, never stay busy
            self._on_submit_failed(job, exc)

    # ------------------------------------------------------------------ submitting

    def _on_image_uploaded(self, job: int) -> None:
        if job == self._submit_job and self._submitting:
            self._uploaded += 1
            self._update_submit()

    def _on_submit_done(self, job: int, record: TaskRecord) -> None:
        try:
            self._mine.add(record.id)
            self._confirmation = self.tr("Submitted — see the Queue.")
            self.submitted.emit(record)
        finally:
            self._finish_submit(job)

    def _on_submit_failed(self, job: int, exc: BaseException) -> None:
        try:
            log.info("a submission from the form failed: %s", type(exc).__name__)
            self._show_submit_error(exc)
        finally:
            self._finish_submit(job)

    def _finish_submit(self, job: int) -> None:
        if job == self._submit_job:
            self._submitting = False
            self._update_submit()

    def _show_submit_error(self, exc: BaseException) -> None:
        self.errors.show_message(SUBMIT_KEY, submit_wording(exc))

    def _progress_text(self) -> str:
        if self._uploaded < self._upload_total:
            return self.tr("Uploading {n} of {total}…").format(n=self._uploaded + 1, total=self._upload_total)
        return self.tr("Submitting…")

    def _update_submit(self) -> None:
        if self._submitting:
            progress = self._progress_text()
            self.submit_button.setEnabled(False)
            self.submit_button.setText(progress)
            self.submit_button.setToolTip(progress)
            self.status.setText(self.tr("The window stays usable while this runs."))
            return
        reason = self.blocker()
        self.submit_button.setText(self.tr("Submit"))
        self.submit_button.setEnabled(reason is None)
        self.submit_button.setToolTip(reason or self.tr("Submit the generation (Ctrl+Enter)"))
        self.submit_button.setAccessibleDescription(reason or "")
        if self._confirmation:
            self.status.setText(self._confirmation)
        else:
            self.status.setText(reason or self.tr("Ready: Ctrl+Enter submits."))

    # ------------------------------------------------------------------ the form

    def _on_mode_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self._show_mode(MODES[number])

    def _on_mode_shortcut(self, mode: Mode) -> None:
        self.set_mode(mode)
        self.mode_buttons.button(MODES.index(mode)).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_mode(self, mode: Mode) -> None:
        for form_mode, form in self.forms.items():
            form.setVisible(form_mode is mode)
        self.inputs_label.setText(self.tr("Reference video") if mode is Mode.VIDEO else self.tr("Images"))
        self.params.set_duration_shown(mode is not Mode.VIDEO)
        self._on_form_changed()

    def _on_form_changed(self, *_: object) -> None:
        # A change after a submission means a new request: the old confirmation no longer applies.
        self._confirmation = None
        self._update_submit()

    # ------------------------------------------------------------------ the engine

    def _on_engine_starting(self) -> None:
        self._engine_problem = None
        self._update_submit()

    def _on_engine_ready(self, _service: object) -> None:
        self._engine_problem = None
        # A new engine starts sending afresh: what held the old one back is gone.
        self.errors.clear(QUEUE_KEY)
        self._update_submit()

    def _on_engine_failed(self, message: str) -> None:
        self._engine_problem = message
        self._update_submit()

    def _on_queue_changed(self, event: QueueChanged) -> None:
        engine = self.context.engine
        wording = queue_wording(event, engine.blocked_error if engine is not None else None)
        if wording is None:
            self.errors.clear(QUEUE_KEY)
        else:
            self.errors.show_message(QUEUE_KEY, wording)

    def _on_notice(self, notice: Notice) -> None:
        if notice.level == "info" or notice.local_id not in self._mine:
            return
        engine = self.context.engine
        blocked = engine.blocked_error if engine is not None else None
        if blocked is not None and notice.message == blocked.user_text():
            return  # the queue's message says this, with what to do
        self.errors.show_message(
            f"task:{notice.local_id}",
            Wording(
                self.tr("Submission #{id}: {message}").format(id=notice.local_id, message=notice.message),
                level=notice.level,
            ),
        )

    def _on_error_action(self, action: ErrorAction) -> None:
        if action is ErrorAction.OPEN_SETTINGS:
            self.settingsRequested.emit()
        elif action is ErrorAction.RESUME_QUEUE:
            engine = self.context.engine
            if engine is None:
                return
            self.context.background.run(
                engine.resume_queue,
                on_error=lambda exc: self.errors.show_message(QUEUE_KEY, submit_wording(exc)),
            )
