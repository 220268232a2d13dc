"""Which service the command line talks to, and the engine it works through.

With a key: APIMart (or ``--base-url``). Without one, or with
``--simulate``: the embedded simulator, started in this process on a free
port and keeping its state under OmniDesk's data folder, so a task started
by one command is still known to the next.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from omnidesk import paths
from omnidesk.api import spec
from omnidesk.api.client import ApiClient
from omnidesk.api.retry import RetryPolicy
from omnidesk.cli.output import note
from omnidesk.engine.cadence import CadencePolicy
from omnidesk.engine.engine import Engine, EngineConfig
from omnidesk.engine.library import Library
from omnidesk.engine.store import Store

DEMO_KEY = "demo-simulator-key"
# The simulator's tasks take seconds where the service's take minutes; below
# this scale polling would only spin.
MIN_TIME_SCALE = 0.002


@dataclass
class Backend:
    """How to reach the service, and how fast its clock runs compared with APIMart's."""

    make_client: Callable[[RetryPolicy], ApiClient]
    policy: RetryPolicy  # the user's choice of retries (--retries)
    simulated: bool
    time_scale: float

    def client(self) -> ApiClient:
        return self.make_client(self.policy)


def simulator_state_dir() -> Path:
    """Where the embedded simulator keeps its tasks between runs (demo mode)."""
    return paths.data_dir() / "simulator"


@contextmanager
def open_backend(args: argparse.Namespace) -> Iterator[Backend]:
    """The service these options name, with the embedded simulator behind it when needed."""
    from omnidesk.secrets import resolve_api_key

    key = None if args.simulate else resolve_api_key(args.api_key)
    policy = RetryPolicy(max_attempts=args.retries + 1)
    if key is None:
        from omnidesk.simulator import SimulatorConfig, start_simulator

        config = SimulatorConfig.from_env()
        if config.state_dir is None and config.data_dir is None:
            # Demo tasks outlive this process, like real ones: the next command still knows them.
            config.state_dir = simulator_state_dir()
        reason = "--simulate" if args.simulate else "no API key found"
        note(f"Using the built-in simulator ({reason}): results are simulated, nothing is charged.")
        with start_simulator(config) as sim:
            url = sim.url

            def simulated_client(retry: RetryPolicy) -> ApiClient:
                return ApiClient(DEMO_KEY, url, language=args.language, policy=retry)

            scale = max(MIN_TIME_SCALE, config.task_seconds / CadencePolicy().prior_duration)
            yield Backend(simulated_client, policy, simulated=True, time_scale=scale)
        return
    base_url = args.base_url or spec.DEFAULT_BASE_URL
    api_key = key.key

    def real_client(retry: RetryPolicy) -> ApiClient:
        return ApiClient(api_key, base_url, language=args.language, policy=retry)

    yield Backend(real_client, policy, simulated=False, time_scale=1.0)


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


@contextmanager
def open_engine(backend: Backend, library_root: Path | None = None) -> Iterator[Engine]:
    """A started engine on OmniDesk's store (the same one the GUI uses) and library."""
    store = Store()
    try:
        engine = Engine(
            backend.make_client,
            store=store,
            library=Library(library_root),
            config=engine_config(backend),
        )
        engine.start()
        try:
            yield engine
        finally:
            engine.stop()
    finally:
        store.close()
