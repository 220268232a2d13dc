"""The one door between the engine and the widgets: engine events in, Qt signals out.

The engine calls its listeners on its own threads. ``EngineBridge`` lives in
the UI thread and re-emits every event as a signal; Qt queues a signal
emitted from another thread to receivers in this object's thread, so slots
always run on the UI thread and never touch widgets from a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    # Loaded with the service, after the window shows: the engine imports requests, the events
    # the store; neither is needed to draw the first frame.
    from omnidesk.engine.engine import Engine
    from omnidesk.engine.events import EngineEvent


class EngineBridge(QObject):
    """Signals (each carries the event object from ``omnidesk.engine.events``):

    - ``taskUpdated(TaskUpdated)``
    - ``videoUpdated(VideoUpdated)``
    - ``connectionChanged(ConnectionChanged)``
    - ``queueChanged(QueueChanged)``
    - ``notice(Notice)``
    """

    taskUpdated = Signal(object)
    videoUpdated = Signal(object)
    connectionChanged = Signal(object)
    queueChanged = Signal(object)
    notice = Signal(object)

    def __init__(self, engine: Engine | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._routes: dict[type, Signal] = {}
        if engine is not None:
            self.attach(engine)

    def attach(self, engine: Engine) -> None:
        """Listen to ``engine`` (instead of any engine before it): widgets stay connected
        to this one bridge when the app switches service."""
        from omnidesk.engine.events import ConnectionChanged, Notice, QueueChanged, TaskUpdated, VideoUpdated

        self.detach()
        self._routes = {
            TaskUpdated: self.taskUpdated,
            VideoUpdated: self.videoUpdated,
            ConnectionChanged: self.connectionChanged,
            QueueChanged: self.queueChanged,
            Notice: self.notice,
        }
        self.engine = engine
        self._unsubscribe = engine.subscribe(self._on_engine_event)

    def _on_engine_event(self, event: EngineEvent) -> None:
        # Runs on an engine thread: only emit, never touch widgets here.
        self._routes[type(event)].emit(event)

    def detach(self) -> None:
        """Stop listening (before the engine or this object goes away)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.engine = None
