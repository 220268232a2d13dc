"""Running the simulator: in-process on a background thread (demo mode, tests)
or standalone until Ctrl+C (``omnidesk-cli simulator``).

It always binds to 127.0.0.1: its control routes need no key, so it must
never be reachable from another machine.

With ``SimulatorConfig.state_dir`` a simulator picks up the state a previous
one left there (stopped or killed) before it starts listening; a state dir
another simulator is using is refused with ``store.StateDirBusy``.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from omnidesk.simulator.app import SimulatorApp
from omnidesk.simulator.config import SimulatorConfig
from omnidesk.simulator.faults import FaultInjector
from omnidesk.simulator.state import SimulatorState

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
# How often the serving loop checks for stop(); small so stopping feels instant.
POLL_INTERVAL = 0.05


class _QuietRequestHandler(WSGIRequestHandler):
    """Werkzeug's handler, logging to our logger at debug level instead of
    printing every request line to stderr (which would also show link tokens)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        log.debug("%s %s -> %s", self.command, self.path.split("?", 1)[0], code)

    def log(self, type: str, message: str, *args: Any) -> None:
        log.debug("werkzeug %s: %s", type, message % args if args else message)


class RunningSimulator:
    """A simulator serving on ``url`` until ``stop()``. ``state`` is its live memory
    (tasks, uploads, balance, request log) for tests to inspect and adjust;
    ``faults`` its fault injector (``faults.force(...)`` queues a fault)."""

    def __init__(
        self,
        server: BaseWSGIServer,
        state: SimulatorState,
        faults: FaultInjector,
        owned_data_dir: Path | None,
    ) -> None:
        self._server = server
        self.state = state
        self.faults = faults
        self.port: int = server.port
        self.url = f"http://{HOST}:{self.port}"
        self._owned_data_dir = owned_data_dir
        self._stopped = False
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": POLL_INTERVAL},
            name=f"omnidesk-simulator-{self.port}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving, finish the render in progress, remove the temp data dir. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
        self.state.close()
        if self._owned_data_dir is not None:
            shutil.rmtree(self._owned_data_dir, ignore_errors=True)
        log.info("simulator on %s stopped", self.url)

    def __enter__(self) -> RunningSimulator:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def start_simulator(config: SimulatorConfig | None = None) -> RunningSimulator:
    """Start a simulator on a background thread; returns once it is listening.

    Raises OSError when ``config.port`` is taken, ``StateDirBusy`` when another
    simulator uses ``config.state_dir``.
    """
    config = config or SimulatorConfig()
    # Bound first: listening before returning is what makes the URL usable at once.
    listener = _listen(config.port)
    with listener:
        owned: Path | None = None
        given = config.state_dir or config.data_dir
        if given is None:
            owned = Path(tempfile.mkdtemp(prefix="omnidesk-simulator-"))
            data_dir = owned
        else:
            data_dir = given
            data_dir.mkdir(parents=True, exist_ok=True)
        state = SimulatorState(config, data_dir)
        faults = FaultInjector(config.error_rate, config.seed, config.retry_after, config.clock)
        try:
            # Werkzeug duplicates the descriptor; ours is closed when this block ends.
            server = make_server(
                HOST,
                listener.getsockname()[1],
                SimulatorApp(state, faults),
                threaded=True,
                request_handler=_QuietRequestHandler,
                fd=listener.fileno(),
            )
        except BaseException:
            state.close()
            if owned is not None:
                shutil.rmtree(owned, ignore_errors=True)
            raise
    running = RunningSimulator(server, state, faults, owned)
    log.info("simulator listening on %s (data in %s)", running.url, data_dir)
    return running


def _listen(port: int) -> socket.socket:
    """A socket listening on HOST:port. Bound here rather than by werkzeug, which
    would print to stderr and call sys.exit() on a taken port - fatal in-process."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if os.name != "nt":
            # Lets a restarted standalone simulator reuse its port at once; on Windows
            # this option would instead let two servers share a port.
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, port))
        listener.listen(128)
    except BaseException:
        listener.close()
        raise
    return listener


def serve_forever(config: SimulatorConfig) -> None:
    """Run a simulator in the foreground until Ctrl+C (or SIGTERM), then stop cleanly."""
    simulator = start_simulator(config)
    keys = "any API key works" if config.api_keys is None else f"{len(config.api_keys)} API key(s) accepted"
    print(f"OmniDesk simulator listening on {simulator.url} ({keys})", flush=True)
    if config.state_dir is not None:
        count = len(simulator.state.tasks)
        print(f"State kept in {config.state_dir} ({count} task(s) carried over).", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    stop = threading.Event()
    previous = _on_sigterm(stop)
    try:
        # A timed wait keeps Ctrl+C responsive on every platform.
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        simulator.stop()
        print("OmniDesk simulator stopped.", flush=True)


def _on_sigterm(stop: threading.Event) -> Any:
    """Make SIGTERM stop the loop like Ctrl+C; returns the handler it replaced."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return None
    return signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
