"""ApiClient.download against a real (scripted) server: resumable, verified, atomic.

The scripted server misbehaves on purpose: bodies that end before their
Content-Length, a server that ignores Range, a resume at the wrong offset,
expired links.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from omnidesk.api.client import DOWNLOAD_CHUNK_BYTES, ApiClient
from omnidesk.api.errors import IncompleteDownloadError, InvalidLinkError, LinkExpiredError, ServerError
from omnidesk.api.retry import RetryPolicy
from tests.api.conftest import TEST_API_KEY, FakeClock, RecordedRequest, Reply, ScriptedServer

MakeClient = Callable[..., ApiClient]
MiB = 1 << 20
VIDEO = random.Random(42).randbytes(3 * MiB + 12345)
VIDEO_PATH = "/files/result.mp4"


def serve(
    content: bytes = VIDEO, *, ignore_range: bool = False, cut_at: int | None = None
) -> Callable[[RecordedRequest], Reply]:
    """A reply that serves ``content`` honouring Range (unless told not to).

    ``cut_at`` sends the body only up to that absolute offset while still
    announcing the full length, so the connection ends short.
    """

    def reply(request: RecordedRequest) -> Reply:
        match = re.fullmatch(r"bytes=(\d+)-", request.headers.get("range", ""))
        start = int(match.group(1)) if match and not ignore_range else 0
        if start >= len(content) and match and not ignore_range:
            return Reply(416, b"", {"Content-Range": f"bytes */{len(content)}"})
        body = content[start:]
        headers = {"Content-Type": "video/mp4", "Accept-Ranges": "bytes"}
        status = 200
        if start:
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(content) - 1}/{len(content)}"
        announced = len(body)
        if cut_at is not None:
            body = content[start:cut_at]
        return Reply(status, body, headers, content_length=announced)

    return reply


@pytest.fixture
def chunk_sizes(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every chunk_size the code passes to Response.iter_content."""
    seen: list[Any] = []
    real = requests.Response.iter_content

    def spy(self: requests.Response, *args: Any, **kwargs: Any) -> Any:
        seen.append(args[0] if args else kwargs.get("chunk_size", "<no argument>"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(requests.Response, "iter_content", spy)
    return seen


def test_plain_download(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path, chunk_sizes: list[Any]
) -> None:
    scripted_server.add(serve())
    progress: list[tuple[int, int | None]] = []
    dest = tmp_path / "library" / "result.mp4"
    result = make_client(scripted_server.url).download(
        scripted_server.url + VIDEO_PATH, dest, on_progress=lambda done, total: progress.append((done, total))
    )
    assert result == dest
    assert dest.read_bytes() == VIDEO
    assert not dest.with_name("result.mp4.part").exists()
    assert progress[-1] == (len(VIDEO), len(VIDEO))
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert chunk_sizes == [DOWNLOAD_CHUNK_BYTES] and DOWNLOAD_CHUNK_BYTES == 1 << 20
    (sent,) = scripted_server.requests
    assert "range" not in sent.headers
    assert sent.headers["accept-encoding"] == "identity"


def test_truncated_body_is_resumed_with_range(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock, tmp_path: Path
) -> None:
    scripted_server.add(serve(cut_at=2 * MiB + 500_000), serve())
    dest = tmp_path / "result.mp4"
    make_client(scripted_server.url).download(scripted_server.url + VIDEO_PATH, dest)
    assert dest.read_bytes() == VIDEO
    first, second = scripted_server.requests
    assert "range" not in first.headers
    resumed_from = int(re.fullmatch(r"bytes=(\d+)-", second.headers["range"]).group(1))  # type: ignore[union-attr]
    # Whole chunks that arrived were kept; the resume starts after them.
    assert 0 < resumed_from <= 2 * MiB + 500_000
    assert len(fake_clock.sleeps) == 1


def test_existing_part_file_is_resumed(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    dest = tmp_path / "result.mp4"
    dest.with_name("result.mp4.part").write_bytes(VIDEO[:1000])
    scripted_server.add(serve())
    make_client(scripted_server.url).download(
        scripted_server.url + VIDEO_PATH, dest, expected_size=len(VIDEO)
    )
    assert dest.read_bytes() == VIDEO
    assert scripted_server.requests[0].headers["range"] == "bytes=1000-"


def test_server_ignoring_range_restarts_from_zero(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    dest = tmp_path / "result.mp4"
    dest.with_name("result.mp4.part").write_bytes(b"stale bytes that must not stay in front")
    scripted_server.add(serve(ignore_range=True))
    make_client(scripted_server.url).download(scripted_server.url + VIDEO_PATH, dest)
    assert dest.read_bytes() == VIDEO
    assert scripted_server.requests[0].headers["range"].startswith("bytes=")


def test_truncation_then_a_server_ignoring_range(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    scripted_server.add(serve(cut_at=2 * MiB + 1), serve(ignore_range=True))
    dest = tmp_path / "result.mp4"
    make_client(scripted_server.url).download(scripted_server.url + VIDEO_PATH, dest)
    assert dest.read_bytes() == VIDEO


def test_resume_at_the_wrong_offset_starts_over(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    dest = tmp_path / "result.mp4"
    dest.with_name("result.mp4.part").write_bytes(VIDEO[:5000])

    def wrong_place(_: RecordedRequest) -> Reply:
        return Reply(206, VIDEO[100:], {"Content-Range": f"bytes 100-{len(VIDEO) - 1}/{len(VIDEO)}"})

    scripted_server.add(wrong_place, serve())
    make_client(scripted_server.url).download(scripted_server.url + VIDEO_PATH, dest)
    assert dest.read_bytes() == VIDEO
    assert "range" not in scripted_server.requests[1].headers


def test_416_with_a_complete_part_just_finishes(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    dest = tmp_path / "result.mp4"
    dest.with_name("result.mp4.part").write_bytes(VIDEO)  # crashed after the last byte, before the rename
    scripted_server.add(serve())
    make_client(scripted_server.url).download(scripted_server.url + VIDEO_PATH, dest)
    assert dest.read_bytes() == VIDEO
    assert len(scripted_server.requests) == 1


def test_range_response_that_stops_early_is_resumed_again(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    # A server may answer an open range with only part of it (a proper 206, no error).
    def partial(request: RecordedRequest) -> Reply:
        start = int(request.headers["range"].split("=")[1].rstrip("-"))
        end = min(start + MiB, len(VIDEO)) - 1
        return Reply(206, VIDEO[start : end + 1], {"Content-Range": f"bytes {start}-{end}/{len(VIDEO)}"})

    dest = tmp_path / "result.mp4"
    dest.with_name("result.mp4.part").write_bytes(VIDEO[:10])
    scripted_server.add(partial, partial, partial, partial)
    make_client(scripted_server.url).download(scripted_server.url + VIDEO_PATH, dest)
    assert dest.read_bytes() == VIDEO
    assert len(scripted_server.requests) == 4


def test_persistent_truncation_gives_up_and_keeps_the_part_for_later(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock, tmp_path: Path
) -> None:
    content = VIDEO[: 2 * MiB]

    def short(request: RecordedRequest) -> Reply:
        # Always announces the whole file, always sends nothing new.
        return Reply(200, b"", {"Content-Length": str(len(content))}, content_length=len(content))

    scripted_server.add(short, short, short)
    dest = tmp_path / "result.mp4"
    with pytest.raises(IncompleteDownloadError):
        make_client(scripted_server.url, policy=RetryPolicy(max_attempts=3)).download(
            scripted_server.url + VIDEO_PATH, dest
        )
    assert not dest.exists()
    assert dest.with_name("result.mp4.part").exists()
    assert len(fake_clock.sleeps) == 2


@pytest.mark.parametrize("status", [403, 404, 410])
def test_expired_link(
    scripted_server: ScriptedServer,
    make_client: MakeClient,
    fake_clock: FakeClock,
    tmp_path: Path,
    status: int,
) -> None:
    dest = tmp_path / "result.mp4"
    dest.with_name("result.mp4.part").write_bytes(VIDEO[:100])
    scripted_server.reply(
        status, "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"
    )
    url = scripted_server.url + VIDEO_PATH + "?X-Amz-Signature=SECRETSIG"
    with pytest.raises(LinkExpiredError) as caught:
        make_client(scripted_server.url).download(url, dest)
    assert caught.value.status == status
    assert "SECRETSIG" not in caught.value.message and "result.mp4" in caught.value.message
    assert not caught.value.retryable
    assert len(scripted_server.requests) == 1 and fake_clock.sleeps == []
    assert not dest.with_name("result.mp4.part").exists() and not dest.exists()


def test_server_errors_are_retried(
    scripted_server: ScriptedServer, make_client: MakeClient, fake_clock: FakeClock, tmp_path: Path
) -> None:
    scripted_server.add(Reply(503, b"busy"), Reply(429, b"", {"Retry-After": "4"}), serve())
    dest = tmp_path / "result.mp4"
    make_client(scripted_server.url).download(scripted_server.url + VIDEO_PATH, dest)
    assert dest.read_bytes() == VIDEO
    assert len(fake_clock.sleeps) == 2 and fake_clock.sleeps[1] == 4.0


def test_unknown_length_is_checked_against_expected_size(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    scripted_server.add(Reply(200, b"12345", chunked=True), Reply(200, b"1234567890", chunked=True))
    client = make_client(scripted_server.url, policy=RetryPolicy(max_attempts=1))
    # "of 10": with no Content-Length, the caller's expected size is the measure.
    with pytest.raises(IncompleteDownloadError, match="5 of 10"):
        client.download(scripted_server.url + VIDEO_PATH, tmp_path / "x.mp4", expected_size=10)
    progress: list[tuple[int, int | None]] = []
    client.download(
        scripted_server.url + VIDEO_PATH, tmp_path / "y.mp4", on_progress=lambda d, t: progress.append((d, t))
    )
    assert (tmp_path / "y.mp4").read_bytes() == b"1234567890"
    assert progress == [(10, None)]


def test_existing_destination_is_replaced_atomically(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    dest = tmp_path / "result.mp4"
    dest.write_bytes(b"old version")
    scripted_server.add(serve(b"new version"))
    make_client(scripted_server.url).download(scripted_server.url + VIDEO_PATH, dest)
    assert dest.read_bytes() == b"new version"


def test_no_content_is_a_server_error(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path
) -> None:
    scripted_server.reply(204, b"")
    with pytest.raises(ServerError):
        make_client(scripted_server.url, policy=RetryPolicy(max_attempts=1)).download(
            scripted_server.url + VIDEO_PATH, tmp_path / "x.mp4"
        )


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://cdn.example/a.mp4", "/relative/a.mp4", "javascript:alert(1)", "https://"],
)
def test_only_http_links(
    scripted_server: ScriptedServer, make_client: MakeClient, tmp_path: Path, url: str
) -> None:
    with pytest.raises(InvalidLinkError):
        make_client(scripted_server.url).download(url, tmp_path / "x.mp4")
    assert scripted_server.requests == []


def test_key_goes_to_the_api_origin_only(make_client: MakeClient, tmp_path: Path) -> None:
    api, cdn = ScriptedServer(), ScriptedServer()
    try:
        api.add(serve(b"same origin"))
        cdn.add(serve(b"other origin"))
        client = make_client(api.url)
        client.download(api.url + VIDEO_PATH, tmp_path / "a.mp4")
        client.download(cdn.url + VIDEO_PATH + "?sig=1", tmp_path / "b.mp4")
    finally:
        api.stop()
        cdn.stop()
    assert api.requests[0].headers["authorization"] == f"Bearer {TEST_API_KEY}"
    assert "authorization" not in cdn.requests[0].headers
    assert cdn.requests[0].query == {"sig": "1"}  # signed links are fetched intact
    assert cdn.requests[0].headers["user-agent"].startswith("OmniDesk/")
