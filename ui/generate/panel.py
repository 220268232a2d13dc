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

Iterating: a form filled from a result ("edit and re-run", "use these
settings", a dropped result) is *based on* it: a chip above the prompt says
so, and what is submitted records that result as its parent, however much
the prompt is edited meanwhile (the chip's clear button, clearing the form or
loading a request with no parent ends it). "Variations" sends n copies as one
batch; "Matrix…" expands prompt lines and settings into every combination
(``matrix_dialog``), sent only after the user confirms. Every send first
passes ``ui.iterate.cap.confirm_spend`` (the daily cap). Dropping an OmniDesk
video or its sidecar on the panel restores its settings (``restore``),
showing what would change first when the form already holds something.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omnidesk.api.errors import ValidationError
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.rules import validate
from omnidesk.engine.events import Notice, QueueChanged
from omnidesk.engine.library import ResultMetadata
from omnidesk.engine.store import TaskRecord
from omnidesk.iterate.matrix import MAX_VARIATIONS, approximate_total
from omnidesk.settings import Settings
from ui import icons
from ui.background import describe_error
from ui.context import AppContext
from ui.generate.errors import ErrorAction, ErrorArea, Wording, queue_wording, submit_wording
from ui.generate.forms import LOCAL_PLACEHOLDER, FrameForm, ModeForm, ReferenceForm, TextForm, VideoForm
from ui.generate.matrix_dialog import MatrixDialog
from ui.generate.params import ParamsForm
from ui.generate.prompt_editor import PromptEditor, submit_shortcuts
from ui.generate.restore import NotOursError, Restored, RestoreDialog, read_restorable, restorable_path
from ui.iterate.cap import confirm_spend
from ui.words import mode_label

log = logging.getLogger(__name__)

MODES: tuple[Mode, ...] = (Mode.TEXT, Mode.FRAME, Mode.REFERENCE, Mode.VIDEO)
SUBMIT_KEY = "submit"
QUEUE_KEY = "queue"
RESTORE_KEY = "restore"
# The chip shows this much of the prompt it is based on; its tooltip has all of it.
CHIP_PROMPT_CHARS = 60


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _short(text: str, limit: int = CHIP_PROMPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class BasedOnChip(QFrame):
    """ "Based on: <short prompt>" above the prompt, with a button that ends it.

    Signals: ``cleared()``: the user pressed the clear button.
    """

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basedOn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Based on"))
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(icons.icon("close"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button.setAccessibleName(self.tr("Not based on that result"))
        self.clear_button.setToolTip(
            self.tr("Not based on that result any more: what you submit records no parent")
        )
        self.clear_button.clicked.connect(self.cleared)
        self._text = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 2, 2)
        row.setSpacing(6)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear_button)
        self.hide()

    def show_parent(self, local_id: int, prompt: str) -> None:
        size = self.style().pixelMetric(self.style().PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(icons.icon("re-run").pixmap(size, size))
        text = self.tr("Based on: “{prompt}”").format(prompt=_short(prompt))
        self._text = text
        self._elide()
        tip = self.tr(
            "What you submit records submission #{id} as its parent, even after you edit the "
            "prompt:\n{prompt}"
        ).format(id=local_id, prompt=prompt)
        self.label.setToolTip(tip)
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        """The chip's words, whole (the label shows them elided to its width)."""
        return self._text if self.isVisibleTo(self.parentWidget()) else ""

    def _elide(self) -> None:
        width = self.label.width()
        shown = self.label.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, width)
        self.label.setText(shown if width > 0 else self._text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class GenerationPanel(QWidget):
    """The form that makes a generation and submits it.

    Signals:

    - ``submitted(object)``: the ``TaskRecord`` the engine returned for a submission from here
      (for variations and matrices, the batch's first).
    - ``batchSubmitted(list)``: every ``TaskRecord`` of a batch sent from here (variations, matrix).
    - ``settingsRequested()``: the user asked to open Settings (from a refused-key message).
    - ``parentChanged(object)``: the local id the form is based on (int), or None.
    """

    submitted = Signal(object)
    batchSubmitted = Signal(list)
    settingsRequested = Signal()
    parentChanged = Signal(object)

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
        self._parent_id: int | None = None
        self._loads = 0  # bumped by every load: a parent looked up for an older one is dropped
        self._confirming = False  # a spending question is open
        self._restore_dialog: RestoreDialog | None = None
        self._matrix_dialog: MatrixDialog | None = None
        self.setAcceptDrops(True)  # a dropped OmniDesk video or sidecar restores its settings

        # --- mode
        self.mode_buttons = QButtonGroup(self)
        self.mode_buttons.setExclusive(True)
        mode_grid = QGridLayout()
        mode_grid.setSpacing(4)
        short = {mode: mode_label(mode) for mode in Mode}
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

        # --- what the form is based on, and the prompt
        self.parent_chip = BasedOnChip()
        self.prompt = PromptEditor()
        prompt_label = _section(self.tr("&Prompt"))
        prompt_label.setBuddy(self.prompt.edit)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear form"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button.setAccessibleName(self.tr("Clear the form"))
        self.clear_button.setToolTip(self.tr("Empty the prompt and the images, and start afresh"))

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
        self.variations = QSpinBox()
        self.variations.setRange(1, MAX_VARIATIONS)
        self.variations.setValue(1)
        self.variations.setAccessibleName(self.tr("Variations"))
        inner = self.variations.findChild(QLineEdit)
        if inner is not None:  # what a screen reader lands on inside the spin box
            inner.setAccessibleName(self.tr("Variations"))
        self.variations.setToolTip(
            self.tr(
                "How many videos of this request to make at once (1 to {most}), sent as one batch"
            ).format(most=MAX_VARIATIONS)
        )
        variations_label = QLabel(self.tr("&Variations:"))
        variations_label.setBuddy(self.variations)
        self.matrix_button = QPushButton(self.tr("&Matrix…"))
        self.matrix_button.setIcon(icons.icon("matrix"))
        self.matrix_button.setAutoDefault(False)
        self.matrix_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.matrix_button.setAccessibleName(self.tr("Prompt matrix"))
        self.matrix_button.setToolTip(
            self.tr("Several prompt lines and settings: every combination, counted and priced before sending")
        )

        column = QVBoxLayout(self)
        column.addWidget(_section(self.tr("Mode")))
        column.addLayout(mode_grid)
        column.addSpacing(6)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(prompt_label)
        prompt_row.addStretch(1)
        prompt_row.addWidget(self.clear_button)
        column.addLayout(prompt_row)
        column.addWidget(self.parent_chip)
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
        column.addWidget(self.status)
        submit_row = QHBoxLayout()
        submit_row.addWidget(self.matrix_button)
        submit_row.addStretch(1)
        submit_row.addWidget(variations_label)
        submit_row.addWidget(self.variations)
        submit_row.addWidget(self.submit_button)
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
        self.variations.valueChanged.connect(self._on_variations_changed)
        self.matrix_button.clicked.connect(self.open_matrix)
        self.parent_chip.cleared.connect(self.clear_parent)
        self.clear_button.clicked.connect(self.clear_form)
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

    def load_request(
        self,
        request: GenerationRequest,
        local_images: Sequence[str | None] = (),
        parent_id: int | None = None,
    ) -> None:
        """Fill the form from ``request``: for "edit and re-run", "use these settings", next steps.

        Where ``local_images`` names a file that still exists (checked on a worker) the slot takes
        the file, else the request's URL. With ``parent_id`` (the local id of the result it comes
        from) the form is based on that result and what is submitted records it as its parent;
        without, the form is based on nothing.
        """
        self._loads += 1
        self.set_mode(request.mode)
        self.prompt.set_text(request.prompt)
        self.params.set_values(
            duration=request.duration, resolution=request.resolution, aspect=request.aspect_ratio
        )
        self.forms[request.mode].load(request, local_images)
        self._set_parent(parent_id, request.prompt)
        self._confirmation = None
        self.errors.clear(SUBMIT_KEY)
        self.errors.clear(RESTORE_KEY)
        self._update_submit()

    def load_result(self, metadata: ResultMetadata) -> None:
        """Fill the form from a result's sidecar ("use these settings" in the library or the player):
        at once, then based on its record once that is found by task id (on a worker)."""
        request, local_images = metadata.to_request()
        self.load_request(request, local_images)
        engine = self.context.engine
        if engine is None or not metadata.task_id:
            return
        load = self._loads

        def found(record: TaskRecord | None) -> None:
            if record is not None and load == self._loads:
                self._set_parent(record.id, request.prompt)

        self.context.background.run(
            engine.store.by_task_id,
            metadata.task_id,
            on_done=found,
            # The form is filled; only its parent is unknown: say so and go on without one.
            on_error=lambda exc: log.warning("no parent for task %s", metadata.task_id, exc_info=exc),
        )

    @property
    def parent_id(self) -> int | None:
        """The local id of the result the form is based on (recorded as the parent), or None."""
        return self._parent_id

    def clear_parent(self) -> None:
        """The form is based on nothing any more (the chip's clear button)."""
        self._set_parent(None, "")

    def _set_parent(self, parent_id: int | None, prompt: str) -> None:
        changed = parent_id != self._parent_id
        self._parent_id = parent_id
        if parent_id is None:
            self.parent_chip.hide()
        else:
            self.parent_chip.show_parent(parent_id, prompt)
        if changed:
            self.parentChanged.emit(parent_id)

    def clear_form(self) -> None:
        """Empty the prompt, the images and the video URL; the form is based on nothing."""
        self._loads += 1
        self.prompt.set_text("")
        for form in self.forms.values():
            if form.slots is not None:
                form.slots.load([])
        video_form = self.forms[Mode.VIDEO]
        if isinstance(video_form, VideoForm):
            video_form.url_edit.clear()
        self.variations.setValue(1)
        self._set_parent(None, "")
        self._confirmation = None
        for key in (SUBMIT_KEY, RESTORE_KEY):
            self.errors.clear(key)
        self._update_submit()
        self.focus_prompt()

    def is_empty(self) -> bool:
        """Nothing would be lost by filling the form: no prompt, no image, no video URL."""
        if self.prompt.text().strip():
            return False
        if any(form.images() for form in self.forms.values() if form.isVisibleTo(self)):
            return False
        return self.mode is not Mode.VIDEO or not self.forms[Mode.VIDEO].video_urls()[0]

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
        """Submit the form (does nothing while Submit is disabled): one video, or with Variations
        above 1 that many copies as one batch."""
        if self._busy() or self.context.engine is None or self.blocker() is not None:
            return
        request, local = self.build_request()
        try:
            validate(request)
        except ValidationError as exc:
            self._show_submit_error(exc)
            return
        count = self.variations.value()
        if count > 1:
            label = self.tr("Variations ×{count}: {prompt}").format(
                count=count, prompt=_short(request.prompt, 48)
            )
            self._send_batch([request] * count, local, kind="variations", label=label)
            return
        self._confirm_spend(self.params.estimated_cost(), lambda: self._send_one(request, local))

    def open_matrix(self) -> None:
        """Open the prompt matrix from what the form holds (nothing is sent before its Send)."""
        if self._busy() or self.blocker() is not None:
            return
        request, local = self.build_request()
        try:
            validate(request)
        except ValidationError as exc:
            self._show_submit_error(exc)
            return
        dialog = MatrixDialog(request, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def accepted() -> None:
            self._send_batch(dialog.requests(), local, kind="matrix", label=dialog.label())

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: setattr(self, "_matrix_dialog", None))
        self._matrix_dialog = dialog
        dialog.open()

    @property
    def matrix_dialog(self) -> MatrixDialog | None:
        """The open prompt matrix, if any (the window or a test may drive it)."""
        return self._matrix_dialog

    @property
    def restore_dialog(self) -> RestoreDialog | None:
        """The open "replace the form?" question of a drop, if any."""
        return self._restore_dialog

    def _busy(self) -> bool:
        return self._submitting or self._confirming

    def _confirm_spend(self, quote: float, on_ok: Callable[[], None]) -> None:
        """The one place a send from this panel asks about the daily spending cap first."""
        from ui.iterate.cap import SpendCheck

        self._confirming = True
        self._update_submit()

        def go() -> None:
            self._confirming = False
            on_ok()

        confirm_spend(self, self.context, quote, go)
        if self._confirming:  # asked (or still reading today's spending): wait for the answer
            check = self.findChild(SpendCheck)
            if check is not None:
                check.decided.connect(self._on_spend_decided)

    def _on_spend_decided(self, go: bool) -> None:
        if not go:
            self._confirming = False
            self._update_submit()

    def _start_job(self, uploads: int) -> int:
        self._submit_job += 1
        self._submitting = True
        self._upload_total, self._uploaded = uploads, 0
        self._confirmation = None
        self.errors.clear(SUBMIT_KEY)
        self._update_submit()
        return self._submit_job

    def _uploaded_callback(self, job: int) -> Callable[[Path], None]:
        def on_uploaded(_path: Path) -> None:
            # Runs on the worker that uploads: hand the progress to the UI thread.
            self.context.background.call_on_ui(self._on_image_uploaded, job)

        return on_uploaded

    def _send_one(self, request: GenerationRequest, local: dict[int, Path]) -> None:
        engine = self.context.engine
        if engine is None:
            self._update_submit()
            return
        job = self._start_job(len(local))
        try:
            self.context.background.run(
                engine.submit_with_images,
                request,
                local,
                on_uploaded=self._uploaded_callback(job),
                parent_id=self._parent_id,
                on_done=lambda record: self._on_submit_done(job, record),
                on_error=lambda exc: self._on_submit_failed(job, exc),
            )
        except Exception as exc:  # the runner is shut down (quitting): say so, never stay busy
            self._on_submit_failed(job, exc)

    def _send_batch(
        self, requests: list[GenerationRequest], local: dict[int, Path], *, kind: str, label: str
    ) -> None:
        """Send several requests as one batch, after the spending check."""
        if not requests:
            return
        quote = approximate_total(requests)
        self._confirm_spend(quote, lambda: self._submit_batch(requests, local, kind, label))

    def _submit_batch(
        self, requests: list[GenerationRequest], local: dict[int, Path], kind: str, label: str
    ) -> None:
        engine = self.context.engine
        if engine is None:
            self._update_submit()
            return
        job = self._start_job(len(local) * len(requests))
        parent_id = self._parent_id
        try:
            self.context.background.run(
                engine.submit_batch,
                [(request, local) for request in requests],
                label=label,
                kind=kind,
                parent_id=parent_id,
                on_uploaded=self._uploaded_callback(job),
                on_done=lambda records: self._on_batch_done(job, records),
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

    def _on_batch_done(self, job: int, records: list[TaskRecord]) -> None:
        try:
            self._mine.update(record.id for record in records)
            self._confirmation = self.tr("Submitted {count} videos as one batch — see the Queue.").format(
                count=len(records)
            )
            if records:
                self.submitted.emit(records[0])
            self.batchSubmitted.emit(records)
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
            self.matrix_button.setEnabled(False)
            self.submit_button.setText(progress)
            self.submit_button.setToolTip(progress)
            self.status.setText(self.tr("The window stays usable while this runs."))
            return
        reason = self.blocker()
        if reason is None and self._confirming:
            reason = self.tr("Answer the question about the daily spending cap first.")
        count = self.variations.value()
        self.submit_button.setText(
            self.tr("Submit") if count == 1 else self.tr("Submit {count}").format(count=count)
        )
        self.submit_button.setEnabled(reason is None)
        self.matrix_button.setEnabled(reason is None)
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

    def _on_variations_changed(self, count: int) -> None:
        self.params.set_count(count)  # the cost line shows the total; its change updates the button

    # ------------------------------------------------------------------ drop to restore

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if restorable_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if restorable_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = restorable_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.restore_from(path)

    def restore_from(self, path: Path) -> None:
        """Restore the settings of a dropped OmniDesk video or sidecar (read on a worker); when the
        form holds something, what would change is shown first."""
        engine = self.context.engine
        store = engine.store if engine is not None else None
        self.errors.clear(RESTORE_KEY)
        load = self._loads
        self.context.background.run(
            read_restorable,
            Path(path),
            store,
            on_done=lambda restored: self._on_restored(load, restored),
            on_error=self._on_restore_failed,
        )

    def _on_restored(self, load: int, restored: Restored) -> None:
        if load != self._loads:
            return  # the form was filled another way meanwhile: that wins
        if self.is_empty():
            self._apply_restored(restored)
            return
        current, _local = self.build_request()
        dialog = RestoreDialog(current, restored.request, restored.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._apply_restored(restored))
        dialog.finished.connect(lambda _result: setattr(self, "_restore_dialog", None))
        self._restore_dialog = dialog
        dialog.open()

    def _apply_restored(self, restored: Restored) -> None:
        self.load_request(restored.request, restored.local_images, parent_id=restored.parent_id)
        self._confirmation = self.tr("The form holds the settings of “{name}”.").format(name=restored.name)
        self._update_submit()

    def _on_restore_failed(self, exc: BaseException) -> None:
        text = (
            str(exc)
            if isinstance(exc, NotOursError)
            else self.tr("Could not restore from that file: {reason}").format(reason=describe_error(exc))
        )
        self.errors.show_message(RESTORE_KEY, Wording(text, level="warning"))

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
