"""ApiClient against a real (scripted) HTTP server: what is sent, how replies are read,
what is retried. Downloads are in test_client_download.py."""

from __future__ import annotations

import io
import json
import logging
import socket
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

import omnidesk
from omnidesk.api.client import ApiClient
from omnidesk.api.errors import (
    ApiError,
    AuthenticationError,
    IdempotencyConflictError,
    InvalidRequestError,
    InvalidUploadError,
    NetworkError,
    PaymentRequiredError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TaskNotFoundError,
    ValidationError,
)
from omnidesk.api.models import GenerationRequest, Mode, TaskStatus
from omnidesk.api.retry import RetryPolicy
from omnidesk.api.rules import build_body
from tests.api.conftest import TEST_API_KEY, FakeClock, Reply, ScriptedServer

SUBMIT_PATH = "/v1/videos/generations"
KEY = "7f1d2c3e-0000-4000-8000-000000000001"
ACCEPTED = {"code": 200, "data": [{"status": "submitted", "task_id": "task_01"}]}
MakeClient = Callable[..., ApiClient]


def text_request(**kwargs: Any) -> GenerationRequest:
    return GenerationRequest(prompt="a lighthouse in a storm, slow dolly-in", **kwargs)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- what a submission sends -----------------------------------------------------------


def test_submit_sends_the_documented_request(
    scripted_server: ScriptedServer, make_client: MakeClient
) -> None:
    scripted_server.reply(200, ACCEPTED)
    request = text_request(duration=8, resolution="1080p")
    result = make_client(scripted_server.url).submit(request, KEY)

    assert result.task_id == "task_01" and result.status is TaskStatus.PENDING and not result.replayed
    (sent,) = scripted_server.requests
    assert sent.method == "POST" and sent.path == SUBMIT_PATH
    assert sent.headers["authorization"] == f"Bearer {TEST_API_KEY}"
    assert sent.headers["user-agent"] == f"OmniDesk/{omnidesk.__version__}"
    assert sent.headers["idempotency-key"] == KEY
    assert sent.headers["content-type"] == "application/json"
    assert "x-apimart-response-version" not in sent.headers
    assert sent.json() == build_body(request)


def test_submit_video_mode_sends_no_duration(
    scripted_server: ScriptedServer, make_client: MakeClient
) -> None:
    scripted_server.reply(200, ACCEPTED)
    request = text_request(mode=Mode.VIDEO, duration=6, video_urls=("https://v.example/motion.mp4",))
    make_client(scripted_server.url).submit(request, KEY)
    body = scripted_server.requests[0].json()
    assert "duration" not in body
    assert body["video_urls"] == ["https://v.example/motion.mp4"]


def test_invalid_request_sends_nothing(scripted_server: ScriptedServer, make_client: MakeClient) -> None:
    client = make_client(scripted_server.url)
    with pytest.raises(ValidationError) as caught:
        client.submit(text_request(duration=5), KEY)
    assert caught.value.field == "duration"
    with pytest.raises(ValidationError):
        client.submit(
            text_request(mode=Mode.REFERENCE, image_urls=("https://i/1.png", "https://i/2.png")), KEY
        )
    assert scripted_server.requests == []


def test_submit_requires_an_idempotency_key(scripted_server: ScriptedServer, make_client: MakeClient) -> None:
    with pytest.raises(ValueError):
        make_client(scripted_server.url).submit(text_request(), "  ")
    assert scripted_server.requests == []


def test_submit_with_response_version_reads_the_object_reply(
    scripted_server: ScriptedServer, make_client: MakeClient
) -> None:
    scripted_server.reply(
        202,
        {
            "code": 202,
            "data": {"id": "task_v2", "object": "generation.task", "status": "pending", "progress": 0},
        },
    )
    client = make_client(scripted_server.url, response_version="2026-07-27")
    assert client.submit(text_request(), KEY).task_id == "task_v2"
    assert scripted_server.requests[0].headers["x-apimart-response-version"] == "2026-07-27"


# --- submission retries: same key, identical body -------------------------------------------


def test_transient_failures_are_retried_with_the_same_key_and_body(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock
) -> None:
    scripted_server.add(
        Reply(503, {"error": {"code": 503, "message": "busy", "type": "server_error"}}),
        Reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", {"Content-Type": "text/html"}),
        Reply(200, b""),  # an empty 200: not a success, retried
        Reply(200, ACCEPTED),
    )
    result = make_client(scripted_server.url).submit(text_request(), KEY)
    assert result.task_id == "task_01"
    sent = scripted_server.requests
    assert len(sent) == 4
    assert {r.headers["idempotency-key"] for r in sent} == {KEY}
    assert len({r.body for r in sent}) == 1
    assert len(fake_clock.sleeps) == 3
    policy = RetryPolicy()
    for retry_number, delay in enumerate(fake_clock.sleeps, start=1):
        ceiling = min(policy.initial_delay * 2 ** (retry_number - 1), policy.max_delay)
        assert ceiling * (1 - policy.jitter) <= delay <= ceiling


def test_in_progress_409_waits_retry_after_then_resends_identically(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock
) -> None:
    scripted_server.add(
        Reply(
            409,
            {"error": {"code": 409, "message": "still processing", "type": "idempotency_in_progress"}},
            {"Retry-After": "3"},
        ),
        Reply(200, ACCEPTED, {"Idempotency-Replayed": "true"}),
    )
    result = make_client(scripted_server.url).submit(text_request(), KEY)
    assert result.replayed and result.task_id == "task_01"
    assert fake_clock.sleeps == [3.0]
    first, second = scripted_server.requests
    assert first.body == second.body
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"] == KEY


def test_key_reused_409_is_never_retried(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock
) -> None:
    scripted_server.reply(
        409,
        {"error": {"code": 409, "message": "key used with another body", "type": "idempotency_key_reused"}},
        {"Retry-After": "1"},
    )
    with pytest.raises(IdempotencyConflictError) as caught:
        make_client(scripted_server.url).submit(text_request(), KEY)
    assert not caught.value.retryable
    assert len(scripted_server.requests) == 1
    assert fake_clock.sleeps == []


def test_429_honours_an_http_date_retry_after(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock
) -> None:
    retry_at = formatdate(fake_clock.now + 12, usegmt=True)
    scripted_server.add(
        Reply(
            429,
            {"error": {"code": 429, "message": "too many", "type": "rate_limit_error"}},
            {"Retry-After": retry_at},
        ),
        Reply(200, ACCEPTED),
    )
    make_client(scripted_server.url).submit(text_request(), KEY)
    assert fake_clock.sleeps == [12.0]


def test_429_without_retry_after_backs_off(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock
) -> None:
    scripted_server.add(
        Reply(429, {"error": {"type": "rate_limit_error", "message": "slow"}}), Reply(200, ACCEPTED)
    )
    make_client(scripted_server.url).submit(text_request(), KEY)
    assert len(fake_clock.sleeps) == 1 and 0 < fake_clock.sleeps[0] <= RetryPolicy().initial_delay


def test_429_gives_up_after_the_policy(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock
) -> None:
    for _ in range(3):
        scripted_server.reply(
            429, {"error": {"type": "rate_limit_error", "message": "slow"}}, {"Retry-After": "2"}
        )
    with pytest.raises(RateLimitedError) as caught:
        make_client(scripted_server.url, policy=RetryPolicy(max_attempts=3)).submit(text_request(), KEY)
    assert caught.value.retry_after == 2.0
    assert fake_clock.sleeps == [2.0, 2.0]
    assert scripted_server.remaining == 0


def test_transient_400_is_retried(scripted_server: ScriptedServer, make_client: MakeClient) -> None:
    scripted_server.add(
        Reply(
            400, {"error": {"code": "get_channel_failed", "message": "请稍后再试", "type": "new_api_error"}}
        ),
        Reply(200, ACCEPTED),
    )
    assert make_client(scripted_server.url).submit(text_request(), KEY).task_id == "task_01"
    assert len(scripted_server.requests) == 2


@pytest.mark.parametrize(
    ("status", "error_type", "expected"),
    [
        (400, "invalid_duration", InvalidRequestError),
        (401, "authentication_error", AuthenticationError),
        (402, "payment_required", PaymentRequiredError),
    ],
)
def test_client_errors_are_not_retried(
    scripted_server: ScriptedServer,
    make_client: MakeClient,
    fake_clock: FakeClock,
    status: int,
    error_type: str,
    expected: type[ApiError],
) -> None:
    scripted_server.reply(status, {"error": {"code": status, "message": "nope", "type": error_type}})
    with pytest.raises(expected) as caught:
        make_client(scripted_server.url).submit(text_request(), KEY)
    assert caught.value.error_type == error_type
    assert len(scripted_server.requests) == 1 and fake_clock.sleeps == []


def test_failure_inside_http_200_is_not_an_accepted_task(
    scripted_server: ScriptedServer, make_client: MakeClient
) -> None:
    scripted_server.reply(200, {"code": 402, "error": {"message": "余额不足", "type": "payment_required"}})
    with pytest.raises(PaymentRequiredError) as caught:
        make_client(scripted_server.url).submit(text_request(), KEY)
    assert caught.value.message == "余额不足"
    assert len(scripted_server.requests) == 1


def test_html_200_exhausts_retries_into_a_server_error(
    scripted_server: ScriptedServer, make_client: MakeClient
) -> None:
    for _ in range(2):
        scripted_server.reply(200, "<html><body>Please log in to the hotel Wi-Fi</body></html>")
    with pytest.raises(ServerError) as caught:
        make_client(scripted_server.url, policy=RetryPolicy(max_attempts=2)).submit(text_request(), KEY)
    assert "HTML page" in caught.value.message


# --- polling ------------------------------------------------------------------------------


def test_get_task_reads_odd_but_real_replies(
    scripted_server: ScriptedServer, make_client: MakeClient
) -> None:
    scripted_server.reply(
        200,
        {
            "code": 200,
            "data": {
                "id": "task_01",
                "status": "completed",
                "progress": "100",
                "cost": "0.40",
                "credits_cost": "4",
                "result": {
                    "videos": [{"url": "https://cdn.example/a.mp4?sig=abc", "expires_at": "1779332760"}]
                },
            },
        },
    )
    task = make_client(scripted_server.url, language="zh").get_task("task_01")
    assert task.status is TaskStatus.COMPLETED
    assert task.cost == 0.4 and task.credits_cost == 4.0 and task.progress == 100
    assert task.videos[0].url == "https://cdn.example/a.mp4?sig=abc"
    (sent,) = scripted_server.requests
    assert sent.method == "GET" and sent.path == "/v1/tasks/task_01"
    assert sent.query == {"language": "zh"}
    assert sent.headers["authorization"] == f"Bearer {TEST_API_KEY}"


def test_get_task_without_language_sends_no_query(
    scripted_server: ScriptedServer, make_client: MakeClient
) -> None:
    scripted_server.reply(200, {"id": "t", "status": "queued"})
    task = make_client(scripted_server.url).get_task("t")
    assert task.status is TaskStatus.PENDING and task.raw_status == "queued"
    assert scripted_server.requests[0].query == {}


def test_task_ids_are_opaque_and_quoted(scripted_server: ScriptedServer, make_client: MakeClient) -> None:
    scripted_server.reply(200, {"data": {"status": "pending"}})
    task = make_client(scripted_server.url).get_task("weird/../id?x")
    assert task.id == "weird/../id?x"
    # One path segment, escaped: the id cannot climb the path or start a query.
    assert scripted_server.requests[0].raw_uri == "/v1/tasks/weird%2F..%2Fid%3Fx"


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, {"error": {"code": 400, "message": "invalid task ID", "type": "invalid_request_error"}}),
        (404, {"error": {"code": 404, "message": "not found", "type": "not_found_error"}}),
        (404, {"code": 404, "message": "task not found"}),
        (200, {"code": 404, "message": "task not found"}),
    ],
)
def test_unknown_task_is_task_not_found(
    scripted_server: ScriptedServer, make_client: MakeClient, status: int, body: dict[str, Any]
) -> None:
    scripted_server.reply(status, body)
    with pytest.raises(TaskNotFoundError):
        make_client(scripted_server.url).get_task("task_missing")
    assert len(scripted_server.requests) == 1


def test_poll_retries_server_errors(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock
) -> None:
    scripted_server.add(
        Reply(500, b""), Reply(504, b"Gateway Timeout"), Reply(200, {"id": "t", "status": "processing"})
    )
    assert make_client(scripted_server.url).get_task("t").status is TaskStatus.PROCESSING
    assert len(fake_clock.sleeps) == 2


def test_poll_of_truncated_json_is_a_server_error(
    scripted_server: ScriptedServer, make_client: MakeClient
) -> None:
    scripted_server.reply(200, b'{"code": 200, "data": {"id": "t", "stat')
    with pytest.raises(ServerError, match="not valid JSON"):
        make_client(scripted_server.url, policy=RetryPolicy(max_attempts=1)).get_task("t")


# --- balance, schema -----------------------------------------------------------------------


def test_balance_scopes(scripted_server: ScriptedServer, make_client: MakeClient) -> None:
    scripted_server.add(
        Reply(200, {"success": True, "remain_balance": "10.5", "used_balance": 1, "unlimited_quota": False}),
        Reply(200, {"success": True, "remain_balance": -1, "used_balance": 1, "unlimited_quota": True}),
    )
    client = make_client(scripted_server.url)
    assert client.balance().remain_balance == 10.5
    account = client.balance("account")
    assert account.unlimited_quota and account.remain_balance is None
    assert [r.path for r in scripted_server.requests] == ["/v1/balance", "/v1/user/balance"]
    with pytest.raises(ValueError):
        client.balance("everything")  # type: ignore[arg-type]


def test_balance_failure_inside_http_200(scripted_server: ScriptedServer, make_client: MakeClient) -> None:
    scripted_server.reply(200, {"success": False, "message": "令牌已过期"})
    with pytest.raises(ApiError) as caught:
        make_client(scripted_server.url).balance()
    assert caught.value.message == "令牌已过期"


def test_model_schema(scripted_server: ScriptedServer, make_client: MakeClient) -> None:
    schema = {"model": "Omni-Flash-Ext", "operation": "video_generation", "input_schema": {"type": "object"}}
    scripted_server.reply(200, schema)
    assert make_client(scripted_server.url).model_schema() == schema
    assert scripted_server.requests[0].path == "/v1/model-schema"
    assert scripted_server.requests[0].query == {"model": "Omni-Flash-Ext", "operation": "video_generation"}


def test_base_url_trailing_slash_is_tolerated(
    scripted_server: ScriptedServer, make_client: MakeClient
) -> None:
    scripted_server.reply(200, {"success": True, "remain_balance": 1})
    make_client(scripted_server.url + "/").balance()
    assert scripted_server.requests[0].path == "/v1/balance"


def test_base_url_under_a_path_prefix(scripted_server: ScriptedServer, make_client: MakeClient) -> None:
    scripted_server.reply(200, {"success": True, "remain_balance": 1})
    make_client(scripted_server.url + "/mirror/").balance()
    assert scripted_server.requests[0].path == "/mirror/v1/balance"


# --- uploads ------------------------------------------------------------------------------


def _png(path: Path) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (0, 128, 255)).save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def test_upload_sends_multipart_file_and_fills_the_hash(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock, tmp_path: Path
) -> None:
    import hashlib

    image = tmp_path / "photo (1).png"
    data = _png(image)
    scripted_server.reply(200, {"url": "https://upload.example/f/image/x-photo.png"})
    upload = make_client(scripted_server.url).upload_image(image)

    assert upload.url == "https://upload.example/f/image/x-photo.png"
    assert upload.sha256 == hashlib.sha256(data).hexdigest()
    assert upload.expires_at == fake_clock.now + 72 * 3600
    assert (
        upload.filename == "photo (1).png"
        and upload.content_type == "image/png"
        and upload.bytes == len(data)
    )
    (sent,) = scripted_server.requests
    assert sent.path == "/v1/uploads/images"
    assert sent.headers["content-type"].startswith("multipart/form-data")
    assert sent.files == {"file": ("photo (1).png", "image/png", data)}


def test_upload_of_a_non_image_sends_nothing(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    fake = tmp_path / "notes.jpg"
    fake.write_text("hello")
    with pytest.raises(InvalidUploadError, match=r"notes\.jpg"):
        make_client(scripted_server.url).upload_image(fake)
    assert scripted_server.requests == []


def test_upload_413_becomes_an_upload_error(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    image = tmp_path / "a.png"
    _png(image)
    scripted_server.reply(
        413, {"error": {"code": 413, "message": "file too large", "type": "invalid_request_error"}}
    )
    with pytest.raises(InvalidUploadError, match="too large"):
        make_client(scripted_server.url).upload_image(image)


def test_upload_retries_500(scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    data = _png(image)
    scripted_server.add(
        Reply(500, {"error": {"message": "upload failed"}}), Reply(200, {"url": "https://u/a.png"})
    )
    make_client(scripted_server.url).upload_image(image)
    assert [r.files["file"][2] for r in scripted_server.requests] == [data, data]


# --- transport: one session, timeouts, network errors --------------------------------------------


class RecordingSession(requests.Session):
    """A real session that remembers the keyword arguments of every request."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[dict[str, Any]] = []

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.calls.append({"method": method, "url": url, **kwargs})
        return super().request(method, url, *args, **kwargs)


def test_one_session_and_explicit_timeouts_on_every_call(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    session = RecordingSession()
    client = make_client(scripted_server.url, session=session, connect_timeout=3.0, read_timeout=45.0)
    image = tmp_path / "a.png"
    _png(image)
    scripted_server.add(
        Reply(200, ACCEPTED),
        Reply(200, {"id": "task_01", "status": "pending"}),
        Reply(200, {"success": True, "remain_balance": 1}),
        Reply(200, {"url": "https://u/a.png"}),
        Reply(200, {"input_schema": {}}),
        Reply(200, b"video-bytes", {"Content-Length": "11"}),
    )
    client.submit(text_request(), KEY)
    client.get_task("task_01")
    client.balance()
    client.upload_image(image)
    client.model_schema()
    client.download(scripted_server.url + "/files/a.mp4", tmp_path / "a.mp4")
    assert len(session.calls) == 6
    assert all(call["timeout"] == (3.0, 45.0) for call in session.calls)
    client.close()  # an injected session belongs to the caller
    assert session.adapters, "the caller's session must stay usable"


def test_owned_session_is_closed(scripted_server: ScriptedServer) -> None:
    with ApiClient(TEST_API_KEY, scripted_server.url) as client:
        session = client._session
        closed: list[bool] = []
        session.close = lambda: closed.append(True)  # type: ignore[method-assign]
    assert closed == [True]


def test_connection_refused_is_a_network_error_after_retries(
    make_client: MakeClient, fake_clock: FakeClock
) -> None:
    client = make_client(f"http://127.0.0.1:{free_port()}", policy=RetryPolicy(max_attempts=3))
    with pytest.raises(NetworkError) as caught:
        client.balance()
    assert "127.0.0.1" in caught.value.message
    assert caught.value.retryable
    assert len(fake_clock.sleeps) == 2
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


class RaisingSession(requests.Session):
    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc
        self.count = 0

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.count += 1
        raise self.exc


@pytest.mark.parametrize(
    ("exc", "expected", "retryable", "words"),
    [
        (
            requests.exceptions.ReadTimeout("read timed out"),
            RequestTimeoutError,
            True,
            "did not answer within 60 s",
        ),
        (requests.exceptions.ConnectTimeout("connect timed out"), RequestTimeoutError, True, "connect"),
        (requests.exceptions.ConnectionError("reset by peer"), NetworkError, True, "Could not reach"),
        (requests.exceptions.ChunkedEncodingError("broken"), NetworkError, True, "broke off"),
        (requests.exceptions.SSLError("certificate verify failed"), NetworkError, False, "secure connection"),
        (requests.exceptions.ProxyError("proxy said no"), NetworkError, True, "proxy"),
        (
            requests.exceptions.InvalidHeader(
                f"Invalid return character in header value: 'Bearer {TEST_API_KEY}\\n'"
            ),
            NetworkError,
            False,
            "could not be made",
        ),
    ],
)
def test_requests_exceptions_become_plain_typed_errors(
    make_client: MakeClient,
    fake_clock: FakeClock,
    exc: Exception,
    expected: type[NetworkError],
    retryable: bool,
    words: str,
) -> None:
    session = RaisingSession(exc)
    client = make_client("https://api.example.test", session=session, read_timeout=60.0)
    with pytest.raises(expected) as caught:
        client.get_task("task_01")
    error = caught.value
    assert type(error) is expected
    assert words in error.message
    assert error.retryable is retryable
    assert session.count == (RetryPolicy().max_attempts if retryable else 1)
    assert TEST_API_KEY not in str(error) and TEST_API_KEY not in repr(error)
    # requests' exception (which holds the prepared request and its headers) is not attached.
    assert error.__cause__ is None and error.__suppress_context__


# --- the key never leaks ---------------------------------------------------------------------


def test_api_key_never_appears_in_logs_errors_or_repr(
    scripted_server: ScriptedServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(scripted_server.url, policy=RetryPolicy(max_attempts=2))
    assert TEST_API_KEY not in repr(client) and TEST_API_KEY not in str(vars(client))
    scripted_server.add(
        Reply(401, {"error": {"code": 401, "message": "invalid token", "type": "authentication_error"}}),
        Reply(500, "<html>oops</html>"),
        Reply(500, "<html>oops</html>"),
        Reply(200, ACCEPTED),
        Reply(404, b"gone"),
    )
    errors: list[BaseException] = []
    for call in (
        client.balance,
        lambda: client.get_task("t"),
        lambda: client.submit(text_request(), KEY),
        lambda: client.download(scripted_server.url + "/f/a.mp4?sig=SIGNED-SECRET", tmp_path / "a.mp4"),
    ):
        try:
            call()
        except Exception as exc:
            errors.append(exc)
    with pytest.raises(NetworkError) as caught:
        make_client(f"http://127.0.0.1:{free_port()}", policy=RetryPolicy(max_attempts=1)).balance()
    errors.append(caught.value)
    assert len(errors) == 4
    for error in errors:
        assert TEST_API_KEY not in str(error) and TEST_API_KEY not in repr(error)
    assert TEST_API_KEY not in caplog.text
    # Signed result links are never logged whole by us. (urllib3's own DEBUG
    # lines do print request paths: the app's logging setup keeps urllib3 above DEBUG.)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("omnidesk")]
    assert ours, "the client logs what it does"
    assert not [line for line in ours if "SIGNED-SECRET" in line]
    assert all("SIGNED-SECRET" not in str(error) for error in errors)


@pytest.mark.parametrize("bad", ["", "   ", "sk-abc\nX-Evil: 1"])
def test_bad_api_keys_are_refused_without_echo(bad: str) -> None:
    with pytest.raises(ValueError) as caught:
        ApiClient(bad, "https://api.example.test")
    assert "Evil" not in str(caught.value)


@pytest.mark.parametrize("base_url", ["", "api.apimart.ai", "ftp://api.apimart.ai", "https://"])
def test_bad_base_urls_are_refused(base_url: str) -> None:
    with pytest.raises(ValueError):
        ApiClient(TEST_API_KEY, base_url)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        ApiClient(TEST_API_KEY, "https://api.example.test", language="fr")


def test_wire_json_is_compact_utf8(scripted_server: ScriptedServer, make_client: MakeClient) -> None:
    scripted_server.reply(200, ACCEPTED)
    make_client(scripted_server.url).submit(GenerationRequest(prompt="海边的灯塔，暴风雨"), KEY)
    raw = scripted_server.requests[0].body
    assert "海边的灯塔".encode() in raw
    assert json.loads(raw)["prompt"] == "海边的灯塔，暴风雨"
