"""An engine wired to a real simulator, a store and a library, for tests.

The simulator's tasks take a fraction of a second and the engine's cadence is
scaled to match (``fast_config``), so tests run in real time and wait for
conditions the engine's threads bring about, never for a fixed time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from omnidesk.api.client import ApiClient
from omnidesk.api.retry import RetryPolicy
from omnidesk.engine.cadence import CadencePolicy
from omnidesk.engine.engine import Engine, EngineConfig
from omnidesk.engine.events import EngineEvent
from omnidesk.engine.library import Library
from omnidesk.engine.store import Store
from omnidesk.simulator import RunningSimulator, SimulatorConfig, start_simulator

TIMEOUT = 60.0  # only so a broken engine cannot hang the suite


def wait_until(predicate: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.01)


def fast_config(**overrides: object) -> EngineConfig:
    scale = 0.002
    values: dict[str, object] = {
        "cadence": CadencePolicy(time_scale=scale),
        "requests_per_second": 400.0,
        "burst": 20.0,
        "download_policy": RetryPolicy(max_attempts=4, initial_delay=0.01, max_delay=0.05),
        "download_retry_first": 5.0,
        "download_retry_max": 10.0,
    }
    values.update(overrides)
    return EngineConfig(**values)  # type: ignore[arg-type]


class Harness:
    """A simulator, a store, a library and engines over them; records every event."""

    def __init__(self, sim: RunningSimulator, root: Path, key: str = "sk-engine-test") -> None:
        self.sim = sim
        self.root = root
        self.key = key
        self.events: list[EngineEvent] = []
        self._lock = threading.Lock()
        self.store = Store(root / "omnidesk.sqlite3")
        self.library = Library(root / "library", thumbnail_dir=root / "thumbs")
        self.engines: list[Engine] = []

    def client(self, policy: RetryPolicy) -> ApiClient:
        return ApiClient(self.key, self.sim.url, policy=policy)

    def engine(self, config: EngineConfig | None = None, start: bool = True) -> Engine:
        engine = Engine(
            self.client,
            store=self.store,
            library=self.library,
            config=config or fast_config(),
            lock_path=self.root / "engine.lock",
        )
        engine.subscribe(self._record)
        if start:
            engine.start()
        self.engines.append(engine)
        return engine

    def _record(self, event: EngineEvent) -> None:
        with self._lock:
            self.events.append(event)

    def of_type(self, kind: type) -> list:
        with self._lock:
            return [e for e in self.events if isinstance(e, kind)]

    def log(self) -> list[dict]:
        return requests.get(f"{self.sim.url}/_simulator/log", timeout=10).json()

    def posts(self) -> list[dict]:
        return [e for e in self.log() if e["method"] == "POST" and e["path"] == "/v1/videos/generations"]

    def close(self) -> None:
        for engine in self.engines:
            engine.stop()
        self.store.close()


@pytest.fixture
def make_harness(tmp_path: Path) -> Iterator[Callable[..., Harness]]:
    made: list[tuple[Harness, RunningSimulator]] = []

    def make(**sim_config: object) -> Harness:
        values: dict[str, object] = {"task_seconds": 0.3, "render_fps": 2, "seed": 7}
        values.update(sim_config)
        sim = start_simulator(SimulatorConfig(**values))  # type: ignore[arg-type]
        harness = Harness(sim, tmp_path / f"h{len(made)}")
        made.append((harness, sim))
        return harness

    yield make
    for harness, sim in made:
        harness.close()
        sim.stop()
