"""One-click next steps from a result: continue from its last frame, promote, flip aspect, variations.

``NextSteps`` is a small QObject the queue and the library share the logic
of. It takes a result as a ``TaskRecord`` (the queue) or as a library
``LibraryItem`` / ``ResultMetadata`` (the library: its record is found by task
id on a worker; a result made elsewhere, with no record, is sent without a
parent). Every step records the result as the new generation's parent.

- ``continue_from``: the result's true last frame is saved as a PNG under
  ``paths.cache_dir()/"frames"`` (PyAV, on a worker) and a First frame
  generation from it is handed to the form (``formRequested``): the user edits
  the prompt and submits; the upload happens then.
- ``promote`` and ``flip_aspect``: the same request at the next resolution up
  (720p -> 1080p -> 4k) or in the other orientation, submitted at once.
- ``variations``: the same request n times (1-4) as one batch.

Local images are re-uploaded where they are still on disk (else the earlier
upload link is sent again, as the queue's re-run does). Before anything is
sent, ``ui.iterate.cap.confirm_spend`` checks the quote against the daily cap.
All disk, store and network work runs through ``context.background``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from omnidesk import paths
from omnidesk.api import spec
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.engine.library import LibraryItem, ResultMetadata
from omnidesk.engine.store import Store, TaskRecord
from omnidesk.iterate.matrix import MAX_VARIATIONS, approximate_total
from ui.background import describe_error
from ui.context import AppContext
from ui.generate.forms import LOCAL_PLACEHOLDER

if TYPE_CHECKING:
    from omnidesk.engine.engine import Engine  # with requests: loaded with the service, after start-up

log = logging.getLogger(__name__)

FRAMES_DIR_NAME = "frames"
Result = TaskRecord | LibraryItem | ResultMetadata


class NextStepError(Exception):
    """A step that does not apply to this result (already 4k...), in words for the user."""


# ---------------------------------------------------------------------- plain helpers


def next_resolution(resolution: str) -> str | None:
    """The resolution one step up (720p -> 1080p -> 4k), None at the top."""
    order = spec.RESOLUTIONS
    key = resolution.lower()
    if key not in order:
        return None
    position = order.index(key)
    return order[position + 1] if position + 1 < len(order) else None


def other_aspect(aspect: str) -> str:
    """16:9 <-> 9:16."""
    return "9:16" if aspect == "16:9" else "16:9"


def can_promote(request: GenerationRequest) -> bool:
    return next_resolution(request.resolution) is not None


def frames_dir() -> Path:
    return paths.cache_dir() / FRAMES_DIR_NAME


# ---------------------------------------------------------------------- work done on workers


@dataclass(frozen=True)
class Source:
    """A result as the next step needs it: its request, its local images, its record's id."""

    request: GenerationRequest
    local_images: tuple[str | None, ...]
    parent_id: int | None


@dataclass(frozen=True)
class Prepared:
    """A request ready to send: the files to upload at their positions, and what was missing."""

    request: GenerationRequest
    local: dict[int, Path]
    parent_id: int | None
    missing_images: int


def resolve(store: Store | None, result: Result) -> Source:
    """The request behind a result (on a worker: a library item's record is looked up by task id)."""
    if isinstance(result, TaskRecord):
        return Source(result.request, tuple(result.local_images), result.id)
    metadata = result.metadata if isinstance(result, LibraryItem) else result
    record = store.by_task_id(metadata.task_id) if store is not None and metadata.task_id else None
    if record is not None:
        return Source(record.request, tuple(record.local_images), record.id)
    request, local_images = metadata.to_request()
    return Source(request, local_images, None)


def local_files(
    request: GenerationRequest, local_images: Sequence[str | None]
) -> tuple[dict[int, Path], int]:
    """The local images still on disk, by position, and how many are gone (on a worker: stat)."""
    local: dict[int, Path] = {}
    missing = 0
    for index, name in enumerate(local_images[: len(request.image_urls)]):
        if not name:
            continue
        path = Path(name)
        if path.is_file():
            local[index] = path
        else:
            missing += 1
    return local, missing


def prepare(
    store: Store | None, result: Result, change: Callable[[GenerationRequest], GenerationRequest]
) -> Prepared:
    """The result's request changed by ``change`` (which raises NextStepError when it cannot apply)."""
    source = resolve(store, result)
    request = change(source.request)
    local, missing = local_files(request, source.local_images)
    return Prepared(request, local, source.parent_id, missing)


def frame_file(video: Path) -> Path:
    """Where a video's last frame is kept: named by the file's path and state, so a replaced file
    gets a new picture (on a worker: stat)."""
    video = Path(video)
    state = video.stat()
    digest = hashlib.sha256(f"{video.resolve()}\0{state.st_size}\0{state.st_mtime_ns}".encode()).hexdigest()[
        :16
    ]
    return frames_dir() / f"{video.stem[:60]}-{digest}-last.png"


def continue_request(source: GenerationRequest, image: Path) -> tuple[GenerationRequest, tuple[str | None]]:
    """A First frame generation from ``image``, with the source's prompt, resolution and aspect."""
    duration = source.duration
    if source.mode is Mode.VIDEO or duration not in spec.DURATIONS:
        duration = spec.DEFAULT_DURATION
    request = GenerationRequest(
        prompt=source.prompt,
        mode=Mode.FRAME,
        duration=duration,
        resolution=source.resolution,
        aspect_ratio=source.aspect_ratio,
        image_urls=(f"{LOCAL_PLACEHOLDER}0",),
        generation_type="frame",
    )
    return request, (str(image),)


@dataclass(frozen=True)
class Continuation:
    request: GenerationRequest
    local_images: tuple[str | None, ...]
    parent_id: int | None


def make_continuation(store: Store | None, video: Path, result: Result) -> Continuation:
    """Save the video's last frame and build the generation that starts from it (on a worker)."""
    from omnidesk.engine import thumbnails  # PyAV and Pillow: loaded when first needed

    source = resolve(store, result)
    png = thumbnails.save_last_frame(video, frame_file(video))
    request, local_images = continue_request(source.request, png)
    return Continuation(request, local_images, source.parent_id)


# ---------------------------------------------------------------------- the steps


class NextSteps(QObject):
    """Continue, promote, flip aspect and variations for a result (see the module docstring).

    Signals:

    - ``formRequested(object, object, object)``: a ``GenerationRequest``, its local images (tuple of
      path strings or None) and the parent's local id (int or None), for the generation panel's
      ``load_request(request, local_images, parent_id=...)``. Sent by ``continue_from``.
    - ``submitted(list)``: the new ``TaskRecord``s of a step that was sent.
    - ``failed(str)``: a step could not be done, in plain words with what to do.
    - ``message(str)``: a sentence for the status bar about what was done.

    ``parent`` should be the widget the actions live in: the spending-cap question opens over it.
    """

    formRequested = Signal(object, object, object)
    submitted = Signal(list)
    failed = Signal(str)
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context

    # ------------------------------------------------------------------ public API

    def continue_from(self, video: Path, result: Result) -> None:
        """Open a First frame generation from ``video``'s last frame (a downloaded result's file)."""
        store = self._store()
        self._context.background.run(
            make_continuation,
            store,
            Path(video),
            result,
            on_done=self._on_continuation,
            on_error=self._failed(self.tr("Could not take the last frame")),
        )

    def promote(self, result: Result) -> None:
        """Send the same request again one resolution up (720p -> 1080p -> 4k)."""

        def change(request: GenerationRequest) -> GenerationRequest:
            higher = next_resolution(request.resolution)
            if higher is None:
                raise NextStepError(
                    self.tr("This result is already {resolution}, the highest resolution.").format(
                        resolution=request.resolution
                    )
                )
            return replace(request, resolution=higher)

        self._prepare_and_send(result, change, self.tr("Could not promote"), self._promoted_text)

    def flip_aspect(self, result: Result) -> None:
        """Send the same request again in the other orientation (16:9 <-> 9:16)."""

        def change(request: GenerationRequest) -> GenerationRequest:
            return replace(request, aspect_ratio=other_aspect(request.aspect_ratio))

        self._prepare_and_send(result, change, self.tr("Could not flip the aspect"), self._flipped_text)

    def variations(self, result: Result, count: int) -> None:
        """Send the same request ``count`` times (1-4) as one batch."""
        if not 1 <= count <= MAX_VARIATIONS:
            self.failed.emit(self.tr("Choose 1 to {most} variations.").format(most=MAX_VARIATIONS))
            return
        self._prepare_and_send(
            result,
            lambda request: request,
            self.tr("Could not send the variations"),
            lambda prepared, records: self._variations_text(records),
            count=count,
        )

    # ------------------------------------------------------------------ flow

    def _store(self) -> Store | None:
        engine = self._context.engine
        return engine.store if engine is not None else None

    def _engine_or_fail(self) -> Engine | None:
        engine = self._context.engine
        if engine is None:
            self.failed.emit(self.tr("The service is still starting. Try again in a moment."))
        return engine

    def _failed(self, what: str) -> Callable[[BaseException], None]:
        def on_error(exc: BaseException) -> None:
            if isinstance(exc, NextStepError):
                self.failed.emit(str(exc))
                return
            log.warning("%s failed", what, exc_info=exc)
            self.failed.emit(self.tr("{what}: {reason}").format(what=what, reason=describe_error(exc)))

        return on_error

    def _on_continuation(self, continuation: Continuation) -> None:
        self.formRequested.emit(continuation.request, continuation.local_images, continuation.parent_id)
        self.message.emit(
            self.tr(
                "The form holds a First frame generation from the last frame: edit the prompt, then submit."
            )
        )

    def _prepare_and_send(
        self,
        result: Result,
        change: Callable[[GenerationRequest], GenerationRequest],
        what: str,
        words: Callable[[Prepared, list[TaskRecord]], str],
        *,
        count: int = 1,
    ) -> None:
        if self._engine_or_fail() is None:
            return
        self._context.background.run(
            prepare,
            self._store(),
            result,
            change,
            on_done=lambda prepared: self._confirm(prepared, what, words, count),
            on_error=self._failed(what),
        )

    def _confirm(
        self,
        prepared: Prepared,
        what: str,
        words: Callable[[Prepared, list[TaskRecord]], str],
        count: int,
    ) -> None:
        quote = approximate_total([prepared.request] * count)
        self._confirm_spend(quote, lambda: self._send(prepared, what, words, count))

    def _confirm_spend(self, quote: float, on_ok: Callable[[], None]) -> None:
        from ui.iterate.cap import confirm_spend

        owner = self.parent()
        widget = owner if isinstance(owner, QWidget) else QApplication.activeWindow()
        if widget is None:
            # No window to ask over (only in scripts): without a cap there is nothing to ask.
            if self._context.settings.daily_spend_cap <= 0:
                on_ok()
            else:
                self.failed.emit(self.tr("Open the main window to confirm spending past the daily cap."))
            return
        confirm_spend(widget, self._context, quote, on_ok)

    def _send(
        self,
        prepared: Prepared,
        what: str,
        words: Callable[[Prepared, list[TaskRecord]], str],
        count: int,
    ) -> None:
        engine = self._engine_or_fail()
        if engine is None:
            return
        request, local, parent_id = prepared.request, prepared.local, prepared.parent_id
        label = self.tr("Variations ×{count}: {prompt}").format(count=count, prompt=_short(request.prompt))

        def send() -> list[TaskRecord]:
            if count == 1:
                return [engine.submit_with_images(request, local, parent_id=parent_id)]
            return engine.submit_batch(
                [(request, local)] * count, label=label, kind="variations", parent_id=parent_id
            )

        def done(records: list[TaskRecord]) -> None:
            self.submitted.emit(records)
            text = words(prepared, records)
            if prepared.missing_images == 1:
                text += " " + self.tr("1 image is no longer on disk: its earlier upload was used.")
            elif prepared.missing_images:
                text += " " + self.tr(
                    "{count} images are no longer on disk: their earlier upload was used."
                ).format(count=prepared.missing_images)
            self.message.emit(text)

        self._context.background.run(send, on_done=done, on_error=self._failed(what))

    # ------------------------------------------------------------------ words

    def _promoted_text(self, prepared: Prepared, records: list[TaskRecord]) -> str:
        return self.tr("Promoted to {resolution}: submitted as #{id}.").format(
            resolution=prepared.request.resolution, id=records[0].id
        )

    def _flipped_text(self, prepared: Prepared, records: list[TaskRecord]) -> str:
        shape = self.tr("portrait") if prepared.request.aspect_ratio == "9:16" else self.tr("landscape")
        return self.tr("Flipped to {shape} ({aspect}): submitted as #{id}.").format(
            shape=shape, aspect=prepared.request.aspect_ratio, id=records[0].id
        )

    def _variations_text(self, records: list[TaskRecord]) -> str:
        if len(records) == 1:
            return self.tr("1 variation submitted as #{id}.").format(id=records[0].id)
        return self.tr("{count} variations submitted as one batch.").format(count=len(records))


def _short(prompt: str, limit: int = 48) -> str:
    text = " ".join(prompt.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
