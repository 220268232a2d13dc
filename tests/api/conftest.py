"""Fixtures for the API tests: a scripted real HTTP server and a fake clock.

``scripted_server`` is a real werkzeug server on 127.0.0.1 (a free port) that
answers each request with the next reply of a script and records every
request it got. It produces the hostile and odd replies the simulator never
will: HTML error pages, empty bodies, failures inside HTTP 200, a body
shorter than its Content-Length, a server that ignores Range.

``fake_clock`` stands in for time: ``sleep`` only advances it and records how
long it was asked to wait, so no test ever sleeps for real.
"""

from __future__ import annotations

import io
import json
import random
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from omnidesk.api.client import ApiClient
from omnidesk.api.retry import RetryPolicy

TEST_API_KEY = "sk-test-SECRET-4f9a1c"


@dataclass
class Reply:
    """One scripted reply. A dict or list body is sent as JSON.

    ``content_length`` announces a length other than the body's own (to
    send a body that ends short; the server then closes the connection).
    ``chunked`` sends the body with no Content-Length at all.
    """

    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_length: int | None = None
    chunked: bool = False

    def to_response(self) -> Response:
        body = self.body
        headers = dict(self.headers)
        if isinstance(body, dict | list):
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            data = body.encode("utf-8")
        else:
            data = body or b""
        # An iterable body leaves the length unknown: werkzeug sends it chunked.
        response = Response(iter([data]) if self.chunked else data, status=self.status, headers=headers)
        if self.content_length is not None:
            response.headers["Content-Length"] = str(self.content_length)
        return response


@dataclass(frozen=True)
class RecordedRequest:
    """What the server received (header names lower-cased)."""

    method: str
    path: str
    raw_uri: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    files: dict[str, tuple[str | None, str | None, bytes]]

    def json(self) -> Any:
        return json.loads(self.body)


Script = Reply | Callable[[RecordedRequest], Reply]


class _QuietHandler(WSGIRequestHandler):
    def log(self, type: str, message: str, *args: Any) -> None:
        pass


class ScriptedServer:
    """A real HTTP server replaying a script of replies (or reply-making callables)."""

    def __init__(self) -> None:
        self._script: list[Script] = []
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self._server: BaseWSGIServer = make_server(
            "127.0.0.1", 0, self._app, threaded=True, request_handler=_QuietHandler
        )
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            # A short poll interval only makes shutdown() prompt; requests are served at once.
            kwargs={"poll_interval": 0.01},
            name="scripted-server",
            daemon=True,
        )
        self._thread.start()

    def add(self, *replies: Script) -> ScriptedServer:
        with self._lock:
            self._script.extend(replies)
        return self

    def reply(
        self, status: int = 200, body: Any = None, headers: dict[str, str] | None = None, **kw: Any
    ) -> None:
        self.add(Reply(status, body, dict(headers or {}), **kw))

    @property
    def remaining(self) -> int:
        with self._lock:
            return len(self._script)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def _app(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        body = request.get_data(cache=True)
        files: dict[str, tuple[str | None, str | None, bytes]] = {}
        if request.mimetype == "multipart/form-data":
            # get_data consumed the stream; parse the form from the cached copy.
            request = Request(environ | {"wsgi.input": io.BytesIO(body)})
            for name, storage in request.files.items():
                files[name] = (storage.filename, storage.mimetype, storage.read())
        recorded = RecordedRequest(
            method=request.method,
            path=request.path,
            raw_uri=environ.get("REQUEST_URI") or environ.get("RAW_URI") or "",
            query=dict(request.args),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=body,
            files=files,
        )
        with self._lock:
            self.requests.append(recorded)
            step = self._script.pop(0) if self._script else None
        if step is None:
            # Not retryable, so a test with too short a script fails fast.
            reply = Reply(418, {"error": {"message": "scripted server: no reply left", "type": "test_error"}})
        elif isinstance(step, Reply):
            reply = step
        else:
            reply = step(recorded)
        return reply.to_response()(environ, start_response)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class FakeClock:
    """Time that moves only when ``sleep`` is called; records every sleep."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0, f"asked to sleep {seconds} s"
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    yield server
    server.stop()


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_client(fake_clock: FakeClock) -> Iterator[Callable[..., ApiClient]]:
    """Build ApiClients driven by the fake clock and a seeded random source."""
    clients: list[ApiClient] = []

    def build(base_url: str, **overrides: Any) -> ApiClient:
        options: dict[str, Any] = {
            "sleep": fake_clock.sleep,
            "clock": fake_clock,
            "rng": random.Random(1234),
            "policy": RetryPolicy(),
        }
        api_key = overrides.pop("api_key", TEST_API_KEY)
        options.update(overrides)
        client = ApiClient(api_key, base_url, **options)
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.close()
