"""``AppContext``: what the running app is made of, and the switch between services.

It holds the user's settings, the one ``Background`` runner, the one
``EngineBridge`` every widget listens to, and, once started, the service
(APIMart, or the embedded simulator in demo mode) with its engine. Opening
a service starts threads and touches the disk (the simulator, the store,
recovery of unfinished work), so it happens on a worker; the window is up
and responsive meanwhile, and listens for ``engineReady``.

Changing a setting that names the service (key, base URL, proxy, language,
demo mode, library folder) stops the engine and opens the new one; nothing
is lost in between (the engine resumes whatever was unfinished).
"""

from __future__ import annotations

import logging
import threading
from contextlib import ExitStack
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from omnidesk import settings as saved_settings
from omnidesk.settings import Settings
from ui.background import Background, describe_error
from ui.bridge import EngineBridge
from ui.translations import language_for

if TYPE_CHECKING:
    # The service's modules (requests, the engine, the simulator) load on the worker that
    # opens it, after the window is up: they are most of the app's start-up cost.
    from omnidesk.backend import Backend
    from omnidesk.engine.engine import Engine
    from omnidesk.secrets import ResolvedKey

log = logging.getLogger(__name__)

# Settings whose change means another service or another library: the engine restarts.
SERVICE_FIELDS = ("base_url", "proxy", "language", "demo_mode", "library_dir")


@dataclass(frozen=True)
class Service:
    """A running service: what the status bar says about it, and its engine."""

    engine: Engine
    backend: Backend
    key_source: str | None  # where the key came from; None in demo mode

    @property
    def simulated(self) -> bool:
        return self.backend.simulated


class _Running:
    """What one start opened, closed in reverse by ``close`` (on a worker thread)."""

    def __init__(self) -> None:
        self.stack = ExitStack()
        self.service: Service | None = None

    def open(self, settings: Settings, key: ResolvedKey | None) -> Service:
        from omnidesk.backend import ServiceSettings, make_engine, open_backend
        from omnidesk.engine.store import Store

        try:
            backend = self.stack.enter_context(
                open_backend(
                    ServiceSettings(
                        key=key,
                        base_url=settings.base_url or None,
                        language=language_for(settings.language),
                        proxy=settings.proxy_for_client,
                    )
                )
            )
            store = Store()
            self.stack.callback(store.close)
            engine = make_engine(backend, store, settings.library_root())
            engine.start()
            self.stack.callback(engine.stop)
        except BaseException:
            self.stack.close()
            raise
        self.service = Service(engine, backend, key.source if key else None)
        return self.service

    def close(self) -> None:
        self.stack.close()


class AppContext(QObject):
    """The app's services. Signals:

    - ``engineStarting()``: a service is being opened (actions that need it wait).
    - ``engineReady(object)``: the ``Service`` is running; ``bridge`` carries its events.
    - ``engineFailed(str)``: it could not be opened; a sentence for the user.
    - ``settingsChanged(object)``: the new ``Settings`` were saved.
    """

    engineStarting = Signal()
    engineReady = Signal(object)
    engineFailed = Signal(str)
    settingsChanged = Signal(object)

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        background: Background | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings: Settings = settings if settings is not None else Settings()
        self.background = background or Background(self)
        self.bridge = EngineBridge(parent=self)
        self.service: Service | None = None
        self._running: _Running | None = None
        self._generation = 0  # which start() the current one is, so a stale result is dropped
        # Starts run on workers; one at a time, so a start never closes what another is still opening.
        self._switch_lock = threading.Lock()

    # ------------------------------------------------------------------ state

    @property
    def engine(self) -> Engine | None:
        return self.service.engine if self.service is not None else None

    @property
    def ready(self) -> bool:
        return self.service is not None

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Open the service the settings and the stored key name (on a worker)."""
        self._generation += 1
        generation = self._generation
        previous, self._running = self._running, _Running()
        running = self._running
        settings = self.settings
        self.service = None
        self.bridge.detach()
        self.engineStarting.emit()

        def work() -> Service:
            with self._switch_lock:
                if previous is not None:
                    previous.close()
                from omnidesk import secrets

                key = None if settings.demo_mode else secrets.resolve_api_key()
                return running.open(settings, key)

        def done(service: Service) -> None:
            if generation != self._generation:
                return  # a newer start() replaced this one; it closes what this opened
            self.service = service
            self.bridge.attach(service.engine)
            self.engineReady.emit(service)

        def failed(exc: BaseException) -> None:
            log.error("could not start the service", exc_info=exc)
            if generation == self._generation:
                self.engineFailed.emit(describe_error(exc))

        self.background.run(work, on_done=done, on_error=failed)

    def stop(self) -> None:
        """Stop the engine and the simulator and wait for them (at quit)."""
        self._generation += 1
        self.bridge.detach()
        self.service = None
        running, self._running = self._running, None
        self.background.shutdown(wait=True)
        if running is not None:
            with self._switch_lock:
                running.close()

    # ------------------------------------------------------------------ settings

    def apply_settings(self, new: Settings, *, restart: bool | None = None) -> None:
        """Save ``new`` (validated; ValueError names the field) and restart the service if it changed.

        ``restart`` forces the choice (True after the API key changed).
        """
        new.validated()
        old, self.settings = self.settings, new
        if restart is None:
            restart = any(getattr(old, name) != getattr(new, name) for name in SERVICE_FIELDS)
        self.background.run(saved_settings.save, new, on_done=lambda _: self.settingsChanged.emit(new))
        if restart:
            self.start()

    def with_settings(self, **changes: object) -> Settings:
        """The current settings with some fields changed (not applied)."""
        return replace(self.settings, **changes)  # type: ignore[arg-type]
