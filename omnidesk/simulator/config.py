"""How a simulator is set up: one dataclass, filled from code, environment or CLI.

The same fields can come from ``OMNIDESK_SIM_*`` environment variables
(``SimulatorConfig.from_env``) and from command-line flags
(``add_cli_arguments`` / ``config_from_args``); flags win over the
environment, which wins over the defaults.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ENV_PREFIX = "OMNIDESK_SIM_"


@dataclass
class SimulatorConfig:
    """Everything that shapes a simulator's behaviour.

    ``seed`` seeds every random choice (task length spread, failures, fault
    injection, the 200/202 reply code), so a run can be replayed exactly.
    ``render_fps`` is the frame rate of rendered videos up to 1080p; 4k renders
    at a quarter of it (at least 1 fps) because a 4k frame costs ~9x a 720p
    one. Size, duration and the audio track are exact at any frame rate.

    ``state_dir`` makes the simulator durable: tasks, uploads, videos, the
    balance, Idempotency-Keys and the request log live there (see ``store``),
    and a new simulator on the same directory carries on where the last one
    stopped, even after a kill -9. It also holds the files, so ``data_dir``
    must then be unset (or the same directory). A state dir keeps its own
    balance: ``balance`` only starts a new one. None keeps everything in
    memory and the files in ``data_dir`` or a temp dir, as before.

    ``submit_delay`` is how long a submission waits, after its task is
    recorded, before it replies (tests kill a client in that gap).
    ``download_rate`` throttles file downloads to about that many bytes per
    second (tests kill a client mid-download); None serves at full speed.
    """

    port: int = 0
    seed: int | None = None
    task_seconds: float = 30.0
    fail_rate: float = 0.0
    error_rate: float = 0.0
    balance: float = 100.0
    retry_after: float = 1.0
    slow_seconds: float = 0.5
    link_ttl: float = 24 * 3600
    data_dir: Path | None = None
    api_keys: frozenset[str] | None = None
    clock: Callable[[], float] = time.time
    render_fps: int = 8
    state_dir: Path | None = None
    submit_delay: float = 0.0
    download_rate: float | None = None

    def __post_init__(self) -> None:
        for name in ("fail_rate", "error_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        for name in ("task_seconds", "retry_after", "slow_seconds", "link_ttl", "submit_delay"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if not 0 <= self.port <= 65535:
            raise ValueError(f"port must be 0-65535, got {self.port}")
        if self.render_fps < 1:
            raise ValueError("render_fps must be at least 1")
        if self.download_rate is not None and not self.download_rate > 0:
            raise ValueError(f"download_rate must be positive (bytes per second), got {self.download_rate}")
        if self.data_dir is not None:
            self.data_dir = Path(self.data_dir)
        if self.state_dir is not None:
            self.state_dir = Path(self.state_dir)
            # The files are part of the durable state, so they must live with it.
            if self.data_dir is not None and self.data_dir != self.state_dir:
                raise ValueError("give state_dir or data_dir, not both: state_dir keeps the files too")
        if self.api_keys is not None:
            self.api_keys = frozenset(self.api_keys)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> SimulatorConfig:
        """A config from ``OMNIDESK_SIM_<FIELD>`` variables, then ``overrides``.

        ``OMNIDESK_SIM_API_KEYS`` is a comma-separated list.
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, convert in _FIELD_PARSERS.items():
            raw = env.get(ENV_PREFIX + name.upper())
            if raw is not None and raw.strip():
                try:
                    values[name] = convert(raw.strip())
                except ValueError as exc:
                    raise ValueError(f"{ENV_PREFIX}{name.upper()}={raw!r}: {exc}") from exc
        values.update(overrides)
        return cls(**values)


def _parse_keys(raw: str) -> frozenset[str]:
    return frozenset(key.strip() for key in raw.split(",") if key.strip())


_FIELD_PARSERS: dict[str, Callable[[str], Any]] = {
    "port": int,
    "seed": int,
    "task_seconds": float,
    "fail_rate": float,
    "error_rate": float,
    "balance": float,
    "retry_after": float,
    "slow_seconds": float,
    "link_ttl": float,
    "data_dir": Path,
    "api_keys": _parse_keys,
    "render_fps": int,
    "state_dir": Path,
    "submit_delay": float,
    "download_rate": float,
}


def add_cli_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the simulator's flags to ``parser`` (all optional; unset ones fall
    back to OMNIDESK_SIM_* variables, then to the defaults)."""
    defaults = SimulatorConfig()
    group = parser.add_argument_group("simulator")
    # dest names carry a prefix so they cannot collide with the host CLI's own flags.
    group.add_argument("--port", dest="sim_port", type=int, help="port to listen on (0 = any free port)")
    group.add_argument("--seed", dest="sim_seed", type=int, help="seed for every random choice")
    group.add_argument(
        "--task-seconds",
        dest="sim_task_seconds",
        type=float,
        help=f"typical seconds a task takes, +-30%% (default {defaults.task_seconds:g})",
    )
    group.add_argument(
        "--fail-rate", dest="sim_fail_rate", type=float, help="share of tasks that fail (0-1, default 0)"
    )
    group.add_argument(
        "--error-rate",
        dest="sim_error_rate",
        type=float,
        help="share of requests hit by a transient fault: 429, 5xx, slow, dropped, truncated (0-1)",
    )
    group.add_argument(
        "--balance", dest="sim_balance", type=float, help=f"starting balance (default {defaults.balance:g})"
    )
    group.add_argument(
        "--retry-after", dest="sim_retry_after", type=float, help="seconds in Retry-After of injected 429s"
    )
    group.add_argument(
        "--slow-seconds", dest="sim_slow_seconds", type=float, help="delay of an injected slow response"
    )
    group.add_argument(
        "--link-ttl", dest="sim_link_ttl", type=float, help="seconds result links stay valid (default 24 h)"
    )
    group.add_argument(
        "--data-dir", dest="sim_data_dir", type=Path, help="keep uploads and videos here (default: temp dir)"
    )
    group.add_argument(
        "--api-key",
        dest="sim_api_keys",
        action="append",
        metavar="KEY",
        help="accept only this key (repeatable; default: any non-empty key)",
    )
    group.add_argument(
        "--render-fps",
        dest="sim_render_fps",
        type=int,
        help=f"frame rate of rendered videos (default {defaults.render_fps}; 4k uses a quarter)",
    )
    group.add_argument(
        "--state-dir",
        dest="sim_state_dir",
        type=Path,
        help="keep tasks, uploads, videos, balance and log here, across restarts (default: memory only)",
    )
    group.add_argument(
        "--submit-delay",
        dest="sim_submit_delay",
        type=float,
        help="seconds a submission waits after recording its task before replying (default 0)",
    )
    group.add_argument(
        "--download-rate",
        dest="sim_download_rate",
        type=float,
        metavar="BYTES_PER_SECOND",
        help="throttle result and upload downloads to about this rate (default: unthrottled)",
    )


def config_from_args(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> SimulatorConfig:
    """The config the parsed flags describe, over the environment's."""
    overrides: dict[str, Any] = {}
    for config_field in dataclasses.fields(SimulatorConfig):
        value = getattr(args, "sim_" + config_field.name, None)
        if value is not None:
            overrides[config_field.name] = frozenset(value) if config_field.name == "api_keys" else value
    return SimulatorConfig.from_env(environ, **overrides)


__all__ = ["SimulatorConfig", "add_cli_arguments", "config_from_args"]
