"""The proxy setting: requests go through the proxy the user named, or straight out."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from omnidesk.api.client import PROXY_NONE, ApiClient, check_proxy
from omnidesk.api.errors import NetworkError
from omnidesk.api.retry import NO_RETRY

BALANCE = {"success": True, "remain_balance": 12.5, "used_balance": 1.0, "unlimited_quota": False}


class _Recorder(BaseHTTPRequestHandler):
    """Answers every GET with a balance and remembers the request line (a proxy sees absolute URLs)."""

    seen: list[str]

    def do_GET(self) -> None:
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        data = json.dumps(BALANCE).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}"


def test_a_proxy_url_carries_every_request(recorder: ThreadingHTTPServer) -> None:
    # The "API" host does not exist: only the proxy can answer for it.
    with ApiClient("sk-proxy-test", "http://api.example.invalid", proxy=_url(recorder)) as client:
        assert client.balance().remain_balance == 12.5
    assert recorder.seen == ["http://api.example.invalid/v1/balance"]  # type: ignore[attr-defined]


def test_no_proxy_ignores_the_environment(
    recorder: ThreadingHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "")
    with ApiClient("sk-proxy-test", _url(recorder), proxy=PROXY_NONE) as client:
        assert client.balance().remain_balance == 12.5
    assert recorder.seen == ["/v1/balance"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("value", [None, PROXY_NONE, "http://p:3128", "https://p", "socks5://p:1080"])
def test_accepted_proxy_settings(value: str | None) -> None:
    assert check_proxy(value) == value


@pytest.mark.parametrize("value", ["p:3128", "ftp://p", "socks4://p:1080", "http://", ""])
def test_refused_proxy_settings_say_what_is_expected(value: str) -> None:
    with pytest.raises(ValueError, match="socks5://host:port"):
        check_proxy(value)


def test_a_socks5_proxy_is_usable() -> None:
    # requests needs PySocks for socks5:// (requests[socks] in pyproject): a session built
    # with it fails on the connection, not with "Missing dependencies for SOCKS support".
    client = ApiClient(
        "sk-proxy-test", "http://api.example.invalid", proxy="socks5://127.0.0.1:9", policy=NO_RETRY
    )
    with client, pytest.raises(NetworkError) as caught:
        client.balance()
    assert "SOCKS support" not in str(caught.value)
