"""Starting and stopping simulators, the standalone ``serve_forever``, and the
configuration from code, environment and command-line flags."""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from omnidesk.simulator import (
    RunningSimulator,
    SimulatorConfig,
    add_cli_arguments,
    config_from_args,
    start_simulator,
)
from tests.simulator.conftest import TIMEOUT, Api, image_bytes

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_start_returns_a_listening_server_and_stop_cleans_up() -> None:
    sim = start_simulator(SimulatorConfig(task_seconds=0.2))
    data_dir = sim.state.data_dir
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", sim.url)
    assert requests.get(sim.url + "/_simulator/health", timeout=TIMEOUT).json()["ok"] is True
    assert data_dir.is_dir()
    sim.stop()
    sim.stop()  # a second stop is harmless
    assert not data_dir.exists()
    with pytest.raises(requests.ConnectionError):
        requests.get(sim.url + "/_simulator/health", timeout=TIMEOUT)


def test_a_given_data_dir_is_kept(tmp_path: Path) -> None:
    with start_simulator(SimulatorConfig(data_dir=tmp_path / "sim")) as sim:
        Api(sim).upload(image_bytes())
    assert any((tmp_path / "sim" / "uploads").rglob("*.png"))


def test_a_taken_port_is_an_error(make_simulator: Callable[..., RunningSimulator]) -> None:
    taken = make_simulator().port
    with pytest.raises(OSError):
        start_simulator(SimulatorConfig(port=taken))


def test_simulators_are_independent(make_simulator: Callable[..., RunningSimulator]) -> None:
    first, second = make_simulator(), make_simulator()
    assert first.url != second.url
    Api(first).submit_ok()
    assert first.state.tasks and not second.state.tasks


def test_serve_forever_prints_its_url_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    code = (
        "from omnidesk.simulator import SimulatorConfig, serve_forever\n"
        f"serve_forever(SimulatorConfig(port=0, data_dir={str(tmp_path)!r}))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        match = re.fullmatch(
            r"OmniDesk simulator listening on (http://127\.0\.0\.1:\d+) \(any API key works\)\n", first_line
        )
        assert match, first_line
        url = match.group(1)
        response = requests.get(url + "/v1/balance", headers={"Authorization": "Bearer any"}, timeout=TIMEOUT)
        assert response.json()["success"] is True
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "stopped" in out
    assert "Traceback" not in err


# --- configuration ----------------------------------------------------------------------------------


def test_config_values_are_checked() -> None:
    for bad in (
        {"fail_rate": 1.5},
        {"error_rate": -0.1},
        {"task_seconds": -1},
        {"port": 70000},
        {"render_fps": 0},
        {"submit_delay": -1},
        {"download_rate": 0},
        {"state_dir": Path("/tmp/a"), "data_dir": Path("/tmp/b")},
    ):
        with pytest.raises(ValueError):
            SimulatorConfig(**bad)


def test_config_from_the_environment() -> None:
    environ = {
        "OMNIDESK_SIM_PORT": "8787",
        "OMNIDESK_SIM_SEED": "42",
        "OMNIDESK_SIM_TASK_SECONDS": "2.5",
        "OMNIDESK_SIM_FAIL_RATE": "0.25",
        "OMNIDESK_SIM_ERROR_RATE": "0.1",
        "OMNIDESK_SIM_BALANCE": "3",
        "OMNIDESK_SIM_API_KEYS": "a, b,,",
        "OMNIDESK_SIM_DATA_DIR": "/tmp/somewhere",
        "OMNIDESK_SIM_LINK_TTL": "60",
        "OMNIDESK_SIM_STATE_DIR": "/tmp/state",
        "OMNIDESK_SIM_SUBMIT_DELAY": "1.5",
        "OMNIDESK_SIM_DOWNLOAD_RATE": "50000",
    }
    config = SimulatorConfig.from_env({**environ, "OMNIDESK_SIM_DATA_DIR": "/tmp/state"})
    assert config.state_dir == Path("/tmp/state")
    assert (config.submit_delay, config.download_rate) == (1.5, 50000.0)
    environ.pop("OMNIDESK_SIM_STATE_DIR")
    config = SimulatorConfig.from_env(environ)
    assert (config.port, config.seed, config.task_seconds) == (8787, 42, 2.5)
    assert (config.fail_rate, config.error_rate, config.balance) == (0.25, 0.1, 3.0)
    assert config.api_keys == frozenset({"a", "b"})
    assert config.data_dir == Path("/tmp/somewhere") and config.link_ttl == 60
    assert SimulatorConfig.from_env({}) == SimulatorConfig()
    with pytest.raises(ValueError, match="OMNIDESK_SIM_SEED"):
        SimulatorConfig.from_env({"OMNIDESK_SIM_SEED": "many"})


def test_config_from_cli_flags_over_the_environment() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")  # the host CLI's own flags stay its own
    add_cli_arguments(parser)
    args = parser.parse_args(
        [
            "--port",
            "8787",
            "--seed",
            "3",
            "--task-seconds",
            "1",
            "--fail-rate",
            ".5",
            "--error-rate",
            ".2",
            "--balance",
            "5",
            "--api-key",
            "k1",
            "--api-key",
            "k2",
            "--retry-after",
            "2",
            "--slow-seconds",
            ".1",
            "--link-ttl",
            "30",
            "--render-fps",
            "4",
            "--state-dir",
            "/tmp/state",
            "--submit-delay",
            "0.5",
            "--download-rate",
            "50000",
        ]
    )
    config = config_from_args(args, environ={"OMNIDESK_SIM_BALANCE": "999", "OMNIDESK_SIM_SEED": "1"})
    assert (config.port, config.seed, config.task_seconds, config.fail_rate) == (8787, 3, 1.0, 0.5)
    assert (config.error_rate, config.balance, config.retry_after, config.slow_seconds) == (
        0.2,
        5.0,
        2.0,
        0.1,
    )
    assert config.api_keys == frozenset({"k1", "k2"})
    assert (config.link_ttl, config.render_fps) == (30.0, 4)
    assert (config.state_dir, config.submit_delay, config.download_rate) == (Path("/tmp/state"), 0.5, 50000.0)

    defaults = config_from_args(parser.parse_args([]), environ={"OMNIDESK_SIM_BALANCE": "7"})
    assert defaults.balance == 7.0 and defaults.port == 0 and defaults.api_keys is None
    assert defaults.state_dir is None and defaults.submit_delay == 0 and defaults.download_rate is None


def test_importing_the_package_is_cheap() -> None:
    code = (
        "import sys, omnidesk.simulator; print(sorted({'av', 'numpy', 'PIL', 'werkzeug'} & set(sys.modules)))"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=TIMEOUT
    )
    assert out.stdout.strip() == "[]", out.stderr
