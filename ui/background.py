"""The one way widgets get blocking work done: ``Background.run``.

Disk and network work never runs on the UI thread. A widget hands a plain
function to ``run``; it runs on a worker thread, and its result (or its
exception) comes back to the UI thread through a queued signal, where the
widget's ``on_done`` / ``on_error`` run. A failure nobody handles is not
swallowed: it is worded for the user and sent out as ``failed``, which the
main window shows. Never touch a widget inside the function itself.

``call_on_ui`` lets a worker hand a progress callback to the UI thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 4


def describe_error(exc: BaseException) -> str:
    """A sentence for the user about a failure, with what to do next where we know it."""
    from omnidesk.api.errors import OmniDeskError  # not before the window shows: see ui.app

    if isinstance(exc, OmniDeskError):
        # The message is the service's (in the language asked for) or the core's; the hint, what
        # to do next, is one of the core's fixed sentences, marked for the catalogues.
        hint = QCoreApplication.translate("Errors", exc.hint) if exc.hint else ""
        return f"{exc.message} {hint}".strip()
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return QCoreApplication.translate(
            "Errors", "{problem}{where}. Check the file or folder and try again."
        ).format(problem=exc.strerror, where=where)
    return QCoreApplication.translate(
        "Errors", "OmniDesk hit an unexpected problem: {problem}. Try again."
    ).format(problem=exc or type(exc).__name__)


@dataclass
class _Job:
    """One ``run``: what to call, and what to call back.

    Everything that may name a widget (the function, its arguments, the callbacks) is
    dropped on the UI thread once the job is over, never on a worker: a widget whose last
    reference goes on a worker thread is destroyed there, and Qt crashes.
    """

    call: tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]] | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    future: Future[Any] | None = None

    def release(self) -> None:
        self.call = self.on_done = self.on_error = None


def _work(job: _Job) -> Any:
    """On a worker: run the job's call, holding nothing of it afterwards."""
    assert job.call is not None
    fn, args, kwargs = job.call
    try:
        return fn(*args, **kwargs)
    except BaseException as exc:
        # The traceback's frames hold the function's locals; keep the lines, drop the objects.
        traceback.clear_frames(exc.__traceback__)
        raise
    finally:
        del fn, args, kwargs


class Background(QObject):
    """Runs functions on worker threads; callbacks on the UI thread.

    Signals:

    - ``failed(str)``: a job without ``on_error`` failed; a sentence for the user.
    - ``busyChanged(bool)``: whether any job is running (for a busy indicator).
    """

    failed = Signal(str)
    busyChanged = Signal(bool)
    _finished = Signal(object)  # a _Job, from a worker thread
    _call = Signal(object, object)  # fn, args: run on the UI thread

    def __init__(self, parent: QObject | None = None, *, workers: int = DEFAULT_WORKERS) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(
            workers, thread_name_prefix="omnidesk-ui-work"
        )
        self._running = 0
        # Always queued, even when a job ends before run() returns (the done callback then runs on
        # the UI thread): callers connect and set state after run(), and the callback must come later.
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._call.connect(self._on_call, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Future[Any]:
        """Run ``fn(*args, **kwargs)`` off the UI thread; then ``on_done(result)`` or
        ``on_error(exception)`` on the UI thread (``failed`` if there is no ``on_error``)."""
        if self._pool is None:
            raise RuntimeError("Background was shut down")
        job = _Job((fn, args, kwargs), on_done, on_error)
        future = job.future = self._pool.submit(_work, job)
        self._running += 1
        if self._running == 1:
            self.busyChanged.emit(True)
        future.add_done_callback(lambda _f: self._finished.emit(job))
        return future

    def call_on_ui(self, fn: Callable[..., Any], *args: Any) -> None:
        """From any thread: run ``fn(*args)`` on the UI thread soon."""
        self._call.emit(fn, args)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; with ``wait``, let running jobs end first (their callbacks are dropped)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)

    def _on_finished(self, job: _Job) -> None:
        self._running -= 1
        future = job.future
        assert future is not None
        try:
            if future.cancelled():
                return
            exc = future.exception()
            if exc is None:
                if job.on_done is not None:
                    job.on_done(future.result())
            elif job.on_error is not None:
                job.on_error(exc)
            else:
                log.error("background job failed", exc_info=exc)
                self.failed.emit(describe_error(exc))
        finally:
            job.release()
            if self._running == 0:
                self.busyChanged.emit(False)

    def _on_call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        fn(*args)
