"""Serving stored files (result videos, uploads) the way a CDN does.

Single byte ranges get 206 with Content-Range; an unsatisfiable range gets
416 with ``Content-Range: bytes */size``; several ranges are answered with
the whole file (allowed, and simpler for clients). Content-Length is always
exact - except for an injected truncation, which announces the full length,
sends part of it and closes the connection, as a broken transfer does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from werkzeug.wrappers import Request, Response

from omnidesk.simulator.replies import ApiFailure

CHUNK_BYTES = 256 * 1024


def file_response(request: Request, path: Path, content_type: str, *, truncate: bool = False) -> Response:
    """Serve ``path`` honouring a Range header; ``truncate`` cuts the body short."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ApiFailure(404, "not_found_error", "file not found") from exc
    start, stop, status = 0, size, 200
    byte_range = request.range
    if byte_range is not None and byte_range.units == "bytes" and len(byte_range.ranges) == 1:
        span = byte_range.range_for_length(size)
        if span is None:
            failure = ApiFailure(416, "invalid_request_error", "Requested range not satisfiable")
            response = failure.response()
            response.headers["Content-Range"] = f"bytes */{size}"
            return response
        start, stop = span
        status = 206
    length = stop - start
    # A truncated body stops half way (always at least one byte short).
    sent = max(0, min(length - 1, length // 2)) if truncate else length
    response = Response(
        _read(path, start, start + sent),
        status=status,
        content_type=content_type,
        direct_passthrough=True,
    )
    response.headers["Content-Length"] = str(length)
    response.headers["Accept-Ranges"] = "bytes"
    if status == 206:
        response.headers["Content-Range"] = f"bytes {start}-{stop - 1}/{size}"
    return response


def _read(path: Path, start: int, stop: int) -> Iterator[bytes]:
    with path.open("rb") as handle:
        handle.seek(start)
        remaining = stop - start
        while remaining > 0:
            chunk = handle.read(min(CHUNK_BYTES, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk
