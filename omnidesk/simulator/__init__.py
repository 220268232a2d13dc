"""The embedded offline backend: a real HTTP server on 127.0.0.1 speaking
APIMart's video API (API.md) for the Omni-Flash-Ext model.

OmniDesk uses it when no API key is configured ("demo mode") and in tests;
``omnidesk-cli simulator`` runs it standalone. It validates requests as the
real server does, bills a balance, renders real H.264/AAC MP4s, and can inject
seeded faults (429, 5xx, slow, dropped and truncated responses).

    with start_simulator(SimulatorConfig(task_seconds=0.3)) as sim:
        ...  # talk to sim.url with any bearer key

State lives in memory unless ``SimulatorConfig.state_dir`` is set: then it is
kept on disk, crash-safe, and a new simulator on the same directory (another
process, after a kill -9) carries on with every task, upload, key and charge.
``python -m omnidesk.simulator`` runs one standalone.

Modules: ``config`` (settings, env, CLI flags), ``server`` (start/stop),
``app`` (routes), ``state`` (memory), ``store`` (the durable state dir),
``tasks`` (task timelines), ``validation`` (request checks), ``render``
(MP4s), ``faults``, ``files`` (Range serving, throttling), ``uploads``,
``schema``, ``messages`` (localised text), ``replies`` (error envelope),
``clock`` (a manual clock for tests).

Importing this package is cheap (the CLI imports it for its flags); the
server, werkzeug, PyAV, numpy and Pillow load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from omnidesk.simulator.clock import ManualClock
from omnidesk.simulator.config import SimulatorConfig, add_cli_arguments, config_from_args

if TYPE_CHECKING:
    from omnidesk.simulator.faults import FaultKind
    from omnidesk.simulator.server import RunningSimulator, serve_forever, start_simulator
    from omnidesk.simulator.state import SimulatorState
    from omnidesk.simulator.store import StateDirBusy

_LAZY = {
    "FaultKind": "omnidesk.simulator.faults",
    "RunningSimulator": "omnidesk.simulator.server",
    "serve_forever": "omnidesk.simulator.server",
    "start_simulator": "omnidesk.simulator.server",
    "SimulatorState": "omnidesk.simulator.state",
    "StateDirBusy": "omnidesk.simulator.store",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)


__all__ = [
    "FaultKind",
    "ManualClock",
    "RunningSimulator",
    "SimulatorConfig",
    "SimulatorState",
    "StateDirBusy",
    "add_cli_arguments",
    "config_from_args",
    "serve_forever",
    "start_simulator",
]
