"""Image checks before upload: format by content, size limit, plain-words refusals."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from omnidesk.api.errors import InvalidUploadError
from omnidesk.api.images import check_image_file, sniff_image_type
from omnidesk.api.spec import UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES


def _image_bytes(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, format=fmt)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp"), ("GIF", "image/gif")],
)
def test_real_images_are_recognised(tmp_path: Path, fmt: str, content_type: str) -> None:
    data = _image_bytes(fmt)
    assert sniff_image_type(data[:16]) == content_type
    # The name does not matter: the content decides.
    path = tmp_path / "picture.dat"
    path.write_bytes(data)
    assert check_image_file(path) == (content_type, len(data))


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"\xff\xd8",  # cut-off JPEG marker
        b"BM" + b"\x00" * 14,  # BMP
        b"II*\x00" + b"\x00" * 12,  # TIFF
        b"RIFF\x00\x00\x00\x00WAVE",  # RIFF, but audio
        b"\x00\x00\x00\x18ftypheic",  # HEIC
        b"%PDF-1.7",
        b"GIF90a",
    ],
)
def test_other_formats_are_not_images(head: bytes) -> None:
    assert sniff_image_type(head) is None


@given(st.binary(max_size=32))
def test_sniff_is_total(head: bytes) -> None:
    assert sniff_image_type(head) in (None, *UPLOAD_CONTENT_TYPES)


def test_a_renamed_text_file_is_refused_by_content(tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_text("not really a photo")
    with pytest.raises(InvalidUploadError) as caught:
        check_image_file(path)
    assert "holiday.jpg" in caught.value.message
    assert "not a JPEG, PNG, WebP or GIF" in caught.value.message


def test_too_large_is_refused_without_reading_it_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.png"
    with open(path, "wb") as handle:
        handle.write(_image_bytes("PNG"))
        handle.truncate(UPLOAD_MAX_BYTES + 1)  # sparse: costs no disk
    read_sizes: list[int] = []
    real_open = open

    def spying_open(*args: Any, **kwargs: Any) -> Any:
        handle = real_open(*args, **kwargs)
        real_read = handle.read
        handle.read = lambda n=-1: (read_sizes.append(n), real_read(n))[1]
        return handle

    monkeypatch.setattr("builtins.open", spying_open)
    with pytest.raises(InvalidUploadError) as caught:
        check_image_file(path)
    assert "huge.png" in caught.value.message and "20.0 MB" in caught.value.message
    assert read_sizes == []  # refused by size alone


def test_exactly_the_limit_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    with open(path, "wb") as handle:
        handle.write(_image_bytes("PNG"))
        handle.truncate(UPLOAD_MAX_BYTES)
    assert check_image_file(path) == ("image/png", UPLOAD_MAX_BYTES)


def test_missing_empty_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InvalidUploadError, match="does not exist"):
        check_image_file(tmp_path / "nope.png")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(InvalidUploadError, match="empty"):
        check_image_file(empty)
    with pytest.raises(InvalidUploadError, match="not a file"):
        check_image_file(tmp_path)
