"""The API key is nowhere it should not be, after a whole session of real use; and no reply
can turn certificate checking off.

The session uses the key the ways a user does: given on the command line, in the
environment, and stored in the keychain from the app; it generates with local images,
polls, downloads, fails a call, crashes a CLI process (an uncaught traceback on its
stderr), and runs the app's engine. Then every file under OMNIDESK_HOME (database and
its WAL, settings, window layout, logs, sidecars, videos, caches) and every captured
output is searched for the key, as text and in the encodings a leak could take.
"""

from __future__ import annotations

import base64
import os
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from omnidesk import secrets
from omnidesk.api.client import ApiClient
from omnidesk.api.errors import NetworkError
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.retry import NO_RETRY
from omnidesk.settings import Settings
from omnidesk.simulator import RunningSimulator, SimulatorConfig, start_simulator

KEY = "sk-SECRET-leakcheck-7d41c9a2b8e6"
TIMEOUT = 180


@pytest.fixture
def service(tmp_path: Path) -> Iterator[RunningSimulator]:
    # The service keeps its own state elsewhere: what it logs is APIMart's business, not ours.
    config = SimulatorConfig(
        task_seconds=0.3, render_fps=2, seed=4, api_keys=frozenset({KEY}), data_dir=tmp_path / "service"
    )
    with start_simulator(config) as sim:
        yield sim


def _cli(home: Path, *args: str, env_key: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, OMNIDESK_HOME=str(home))
    env.pop("APIMART_API_KEY", None)
    if env_key:
        env["OMNIDESK_API_KEY"] = KEY
    else:
        env.pop("OMNIDESK_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "omnidesk", *args], env=env, capture_output=True, text=True, timeout=TIMEOUT
    )


def _forms_of_the_key() -> list[bytes]:
    raw = KEY.encode()
    return [
        raw,
        raw[::-1],
        base64.b64encode(raw),
        base64.b64encode(f"Bearer {KEY}".encode()),
        raw.hex().encode(),
    ]


def _leaks(blob: bytes) -> list[bytes]:
    return [form for form in _forms_of_the_key() if form in blob]


def test_a_whole_session_leaves_the_key_nowhere(
    qtbot: QtBot, service: RunningSimulator, omnidesk_home: Path, tmp_path: Path
) -> None:
    outputs: list[str] = []
    image = tmp_path / "face.png"
    Image.new("RGB", (96, 96), (180, 90, 40)).save(image)
    base = ["--base-url", service.url]

    # The command line: a key given as an option and one from the environment, verbose logging.
    for args, env_key in (
        (["-v", "generate", "--prompt", "a face in the rain", "--mode", "frame", "--image", str(image),
          "--duration", "4", "--api-key", KEY, *base, "--json"], False),
        (["-v", "balance", *base], True),
        (["-v", "status", "task_DOES_NOT_EXIST", *base], True),
        (["-v", "tasks", "--json"], True),
        (["-v", "upload", str(image), *base], True),
    ):  # fmt: skip
        done = _cli(omnidesk_home, *args, env_key=env_key)
        outputs += [done.stdout, done.stderr]
    assert '"status": "completed"' in outputs[0]

    # A crash: an uncaught exception in a process that holds the key prints a traceback.
    crash = subprocess.run(
        [sys.executable, "-c",
         "import sys; from omnidesk.api.client import ApiClient; "
         f"c = ApiClient({KEY!r}, {service.url!r}); print(repr(c), vars(c)); "
         "raise RuntimeError(f'boom {c!r} {vars(c)}')"],
        env=dict(os.environ, OMNIDESK_HOME=str(omnidesk_home)), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert crash.returncode != 0 and "Traceback" in crash.stderr
    outputs += [crash.stdout, crash.stderr]

    # The app: the key saved from Settings into the keychain, the engine making a video.
    from ui.app import setup_logging
    from ui.context import AppContext

    setup_logging()
    where = secrets.store_api_key(KEY)
    assert where == "the system keychain"
    context = AppContext(Settings(base_url=service.url))
    with qtbot.waitSignal(context.engineReady, timeout=60_000):
        context.start()
    try:
        engine = context.engine
        assert engine is not None and not context.service.simulated  # type: ignore[union-attr]
        record = engine.submit(GenerationRequest("an owl blinks", Mode.TEXT, duration=4))
        qtbot.waitUntil(lambda: engine.is_settled(record.id), timeout=60_000)
        done_record = engine.store.get(record.id)
        assert done_record is not None and done_record.download_state is not None
    finally:
        context.stop()

    found = []
    for path in omnidesk_home.rglob("*"):
        if path.is_file():
            leaks = _leaks(path.read_bytes())
            if leaks:
                found.append(f"{path.relative_to(omnidesk_home)}: {leaks}")
    for index, text in enumerate(outputs):
        if _leaks(text.encode()):
            found.append(f"output {index}: {text[:200]!r}")
    assert found == []
    # What was searched is real: the session did write a database, a log and a result.
    names = {p.name for p in omnidesk_home.rglob("*") if p.is_file()}
    assert "omnidesk.sqlite3" in names and "omnidesk.log" in names
    assert any(n.endswith(".omnidesk.json") for n in names)


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"success": true, "remain_balance": 1, "used_balance": 0}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def untrusted_https(tmp_path: Path) -> Iterator[str]:
    """An HTTPS server whose certificate no one trusts (self-signed, made here)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_untrusted_certificate_is_refused_and_nothing_turns_the_check_off(untrusted_https: str) -> None:
    client = ApiClient(KEY, untrusted_https, policy=NO_RETRY)
    with client, pytest.raises(NetworkError, match="secure connection"):
        client.balance()
    # Certificate checking is on for every session OmniDesk makes, and no code path turns it off.
    assert client._session.verify is True
    sources = [p.read_text() for p in Path(__file__).resolve().parents[2].joinpath("omnidesk").rglob("*.py")]
    assert not any("verify=False" in s or ".verify = False" in s for s in sources)
