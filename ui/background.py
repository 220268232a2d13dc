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
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from omnidesk.api.errors import OmniDeskError

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 4


def describe_error(exc: BaseException) -> str:
    """A sentence for the user about a failure, with what to do next where we know it."""
    if isinstance(exc, OmniDeskError):
        return exc.user_text()
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{where}. Check the file or folder and try again."
    return f"OmniDesk hit an unexpected problem: {exc or type(exc).__name__}. Try again."


@dataclass
class _Job:
    future: Future[Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


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
        future = self._pool.submit(fn, *args, **kwargs)
        job = _Job(future, on_done, on_error)
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
        try:
            if job.future.cancelled():
                return
            exc = job.future.exception()
            if exc is None:
                if job.on_done is not None:
                    job.on_done(job.future.result())
            elif job.on_error is not None:
                job.on_error(exc)
            else:
                log.error("background job failed", exc_info=exc)
                self.failed.emit(describe_error(exc))
        finally:
            if self._running == 0:
                self.busyChanged.emit(False)

    def _on_call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        fn(*args)
