"""POST /v1/uploads/images and serving files back: format by content, the
20 MB limit, the five reply fields, Range requests and expiry."""

from __future__ import annotations

import pytest
import requests

from omnidesk.api.spec import UPLOAD_MAX_BYTES, UPLOAD_TTL_SECONDS
from omnidesk.simulator import ManualClock
from tests.simulator.conftest import TIMEOUT, Api, assert_error, image_bytes


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp"), ("GIF", "image/gif")],
)
def test_each_supported_format_is_accepted(api: Api, clock: ManualClock, fmt: str, content_type: str) -> None:
    data = image_bytes(fmt=fmt)
    response = api.upload(data, "picture.bin")  # the name says nothing; the content does
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"url", "filename", "content_type", "bytes", "created_at"}
    assert body["content_type"] == content_type
    assert body["bytes"] == len(data)
    assert body["filename"] == "picture.bin"
    assert body["created_at"] == int(clock())
    assert body["url"].startswith(api.url + "/files/uploads/")
    served = requests.get(body["url"], timeout=TIMEOUT)
    assert served.status_code == 200
    assert served.content == data
    assert served.headers["Content-Type"] == content_type


def test_a_file_named_like_an_image_but_not_one_is_refused(api: Api) -> None:
    response = api.upload(b"%PDF-1.7 definitely not a picture", "photo.jpg")
    assert "format" in assert_error(response, 400, "invalid_request_error").lower()


def test_an_empty_file_is_refused(api: Api) -> None:
    assert_error(api.upload(b"", "empty.png"), 400, "invalid_request_error")


def test_a_missing_file_field_is_refused(api: Api) -> None:
    response = api.post("/v1/uploads/images", files={"image": ("a.png", image_bytes())})
    assert "file" in assert_error(response, 400, "invalid_request_error")
    response = api.post("/v1/uploads/images", data={"file": "not a file part"})
    assert_error(response, 400, "invalid_request_error")


def test_a_file_over_20_mb_is_refused(api: Api) -> None:
    too_big = image_bytes()[:64] + b"\0" * (UPLOAD_MAX_BYTES + 1 - 64)
    assert_error(api.upload(too_big, "big.png"), 413, "file_too_large")
    exactly = image_bytes()[:64] + b"\0" * (UPLOAD_MAX_BYTES - 64)
    assert api.upload(exactly, "limit.png").status_code == 200


def test_a_huge_body_is_refused_without_reading_it_all(api: Api) -> None:
    huge = b"\x89PNG\r\n\x1a\n" + b"\0" * (UPLOAD_MAX_BYTES * 2)
    try:
        response = api.upload(huge, "huge.png")
    except requests.ConnectionError:
        return  # closing on a client still sending is also a valid refusal
    assert_error(response, 413, "file_too_large")


def test_uploads_need_a_key(api: Api) -> None:
    api.key = None
    assert_error(api.upload(image_bytes()), 401, "authentication_error")


def test_unsafe_file_names_are_made_safe(api: Api) -> None:
    body = api.upload(image_bytes(), "../../etc/passwd").json()
    assert "/" not in body["filename"] and ".." not in body["filename"]
    assert requests.get(body["url"], timeout=TIMEOUT).status_code == 200
    nameless = api.upload(image_bytes(fmt="JPEG"), "").json()
    assert nameless["filename"].endswith(".jpg")


def test_upload_links_expire_after_72_hours(api: Api, clock: ManualClock) -> None:
    url = api.upload(image_bytes()).json()["url"]
    clock.advance(UPLOAD_TTL_SECONDS - 1)
    assert requests.get(url, timeout=TIMEOUT).status_code == 200
    clock.advance(2)
    assert_error(requests.get(url, timeout=TIMEOUT), 403, "permission_error")


def test_an_unknown_upload_is_not_found(api: Api) -> None:
    url = api.upload(image_bytes()).json()["url"]
    assert_error(requests.get(url + "x", timeout=TIMEOUT), 404, "not_found_error")
    assert_error(requests.get(api.url + "/files/uploads/0000/a.png", timeout=TIMEOUT), 404, "not_found_error")


# --- Range ------------------------------------------------------------------------------------------


@pytest.fixture
def served(api: Api) -> tuple[str, bytes]:
    data = image_bytes(size=(640, 480), fmt="GIF")
    return api.upload(data, "range.gif").json()["url"], data


@pytest.mark.parametrize(
    ("header", "start", "stop"),
    [("bytes=0-99", 0, 100), ("bytes=100-", 100, None), ("bytes=-50", -50, None), ("bytes=10-10", 10, 11)],
)
def test_a_byte_range_is_served_as_206(
    served: tuple[str, bytes], header: str, start: int, stop: int | None
) -> None:
    url, data = served
    response = requests.get(url, headers={"Range": header}, timeout=TIMEOUT)
    expected = data[start:stop]
    assert response.status_code == 206
    assert response.content == expected
    assert response.headers["Content-Length"] == str(len(expected))
    first = start if start >= 0 else len(data) + start
    assert response.headers["Content-Range"] == f"bytes {first}-{first + len(expected) - 1}/{len(data)}"


def test_a_range_past_the_end_is_416(served: tuple[str, bytes]) -> None:
    url, data = served
    response = requests.get(url, headers={"Range": f"bytes={len(data)}-"}, timeout=TIMEOUT)
    assert response.status_code == 416
    assert response.headers["Content-Range"] == f"bytes */{len(data)}"


def test_without_a_range_the_whole_file_with_its_length(served: tuple[str, bytes]) -> None:
    url, data = served
    response = requests.get(url, timeout=TIMEOUT)
    assert response.status_code == 200
    assert response.headers["Accept-Ranges"] == "bytes"
    assert response.headers["Content-Length"] == str(len(data))
    head = requests.head(url, timeout=TIMEOUT)
    assert head.status_code == 200 and head.headers["Content-Length"] == str(len(data))


def test_several_ranges_get_the_whole_file(served: tuple[str, bytes]) -> None:
    url, data = served
    response = requests.get(url, headers={"Range": "bytes=0-1,5-6"}, timeout=TIMEOUT)
    assert response.status_code == 200 and response.content == data


def test_resuming_a_download_by_range_rebuilds_the_file(served: tuple[str, bytes]) -> None:
    url, data = served
    half = len(data) // 2
    head = requests.get(url, headers={"Range": f"bytes=0-{half - 1}"}, timeout=TIMEOUT).content
    tail = requests.get(url, headers={"Range": f"bytes={half}-"}, timeout=TIMEOUT).content
    assert head + tail == data
