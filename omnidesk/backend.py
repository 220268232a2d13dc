"""Which service OmniDesk talks to, and the engine it works through.

With an API key: APIMart (or a mirror at another base URL). Without one, or
when demo mode is asked for: the embedded simulator, started in this process
on a free port and keeping its state under OmniDesk's data folder, so a task
started by one run is still known to the next. The CLI and the GUI both open
their service here, so they behave the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from omnidesk import paths
from omnidesk.api import spec
from omnidesk.api.client import ApiClient, check_proxy
from omnidesk.api.retry import DEFAULT_POLICY, RetryPolicy
from omnidesk.engine.cadence import CadencePolicy
from omnidesk.engine.engine import Engine, EngineConfig
from omnidesk.engine.library import Library
from omnidesk.engine.lock import EngineBusyError
from omnidesk.engine.store import Store
from omnidesk.secrets import ResolvedKey

DEMO_KEY = "demo-simulator-key"
# The simulator's tasks take seconds where the service's take minutes; below
# this scale polling would only spin.
MIN_TIME_SCALE = 0.002


@dataclass(frozen=True)
class ServiceSettings:
    """What the user chose: the key (None: demo mode), where, in which language, through what."""

    key: ResolvedKey | None = field(default=None, repr=False)
    base_url: str | None = None  # None: APIMart's own
    language: str | None = None
    proxy: str | None = None  # see ApiClient.check_proxy
    policy: RetryPolicy = DEFAULT_POLICY


@dataclass
class Backend:
    """How to reach the service, and how fast its clock runs compared with APIMart's."""

    make_client: Callable[[RetryPolicy], ApiClient]
    policy: RetryPolicy  # the user's choice of retries
    simulated: bool
    time_scale: float
    base_url: str

    def client(self) -> ApiClient:
        return self.make_client(self.policy)

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc


def simulator_state_dir() -> Path:
    """Where the embedded simulator keeps its tasks between runs (demo mode)."""
    return paths.data_dir() / "simulator"


@contextmanager
def open_backend(settings: ServiceSettings) -> Iterator[Backend]:
    """The service ``settings`` name, with the embedded simulator behind it when there is no key."""
    check_proxy(settings.proxy)
    language = settings.language
    if settings.key is None:
        from omnidesk.simulator import SimulatorConfig, start_simulator
        from omnidesk.simulator.store import StateDirBusy

        config = SimulatorConfig.from_env()
        if config.state_dir is None and config.data_dir is None:
            # Demo tasks outlive this process, like real ones: the next run still knows them.
            config.state_dir = simulator_state_dir()
        try:
            sim = start_simulator(config)
        except StateDirBusy:
            # Another OmniDesk (the app or the CLI) runs the demo on this data folder.
            raise EngineBusyError(config.state_dir or simulator_state_dir(), "") from None
        with sim:
            url = sim.url

            def simulated_client(retry: RetryPolicy) -> ApiClient:
                # The simulator is on this machine: never through a proxy.
                return ApiClient(DEMO_KEY, url, language=language, policy=retry, proxy="none")

            scale = max(MIN_TIME_SCALE, config.task_seconds / CadencePolicy().prior_duration)
            yield Backend(simulated_client, settings.policy, simulated=True, time_scale=scale, base_url=url)
        return
    base_url = settings.base_url or spec.DEFAULT_BASE_URL
    api_key = settings.key.key
    proxy = settings.proxy

    def real_client(retry: RetryPolicy) -> ApiClient:
        return ApiClient(api_key, base_url, language=language, policy=retry, proxy=proxy)

    yield Backend(real_client, settings.policy, simulated=False, time_scale=1.0, base_url=base_url)


def engine_config(backend: Backend) -> EngineConfig:
    """The engine's figures for this service's speed."""
    scale = backend.time_scale
    base = EngineConfig()
    policy = backend.policy
    return EngineConfig(
        cadence=CadencePolicy(time_scale=scale),
        # A faster clock needs proportionally more requests for the same cadence.
        requests_per_second=base.requests_per_second / scale,
        burst=base.burst,
        download_workers=base.download_workers,
        download_policy=RetryPolicy(
            max_attempts=policy.max_attempts,
            initial_delay=policy.initial_delay * scale,
            max_delay=policy.max_delay * scale,
            retry_after_cap=policy.retry_after_cap,
        ),
    )


def make_engine(backend: Backend, store: Store, library_root: Path | None = None) -> Engine:
    """An engine (not started) on ``store`` and the library at ``library_root`` (default: the setting)."""
    return Engine(
        backend.make_client, store=store, library=Library(library_root), config=engine_config(backend)
    )


@contextmanager
def open_engine(backend: Backend, library_root: Path | None = None) -> Iterator[Engine]:
    """A started engine on OmniDesk's store (the one the CLI and the GUI share) and library."""
    store = Store()
    try:
        engine = make_engine(backend, store, library_root)
        engine.start()
        try:
            yield engine
        finally:
            engine.stop()
    finally:
        store.close()
