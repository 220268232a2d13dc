"""Serving stored files (result videos, uploads) the way a CDN does.

Single byte ranges get 206 with Content-Range; an unsatisfiable range gets
416 with ``Content-Range: bytes */size``; several ranges are answered with
the whole file (allowed, and simpler for clients). Content-Length is always
exact - except for an injected truncation, which announces the full length,
sends part of it and closes the connection, as a broken transfer does.

With a ``rate`` (``SimulatorConfig.download_rate``) the body is sent in small
chunks paced to about that many bytes per second, so a client can be killed,
or drop the connection, mid-download and resume with a Range request.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from werkzeug.wrappers import Request, Response

from omnidesk.simulator.replies import ApiFailure

CHUNK_BYTES = 256 * 1024
# A throttled body goes out in chunks of about a tenth of a second's worth: small
# enough that a download at any rate is spread over many chunks (a 200 KB file at
# 50 KB/s: 40 chunks over ~4 s), big enough not to spin on tiny writes.
THROTTLED_CHUNKS_PER_SECOND = 10
MIN_THROTTLED_CHUNK_BYTES = 256


def throttled_chunk_bytes(rate: float) -> int:
    """The chunk size a body throttled to ``rate`` bytes per second is sent in."""
    return max(MIN_THROTTLED_CHUNK_BYTES, min(CHUNK_BYTES, int(rate / THROTTLED_CHUNKS_PER_SECOND)))


def file_response(
    request: Request,
    path: Path,
    content_type: str,
    *,
    truncate: bool = False,
    rate: float | None = None,
) -> Response:
    """Serve ``path`` honouring a Range header; ``truncate`` cuts the body short;
    ``rate`` (bytes per second) throttles it."""
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
        _read(path, start, start + sent, rate),
        status=status,
        content_type=content_type,
        direct_passthrough=True,
    )
    response.headers["Content-Length"] = str(length)
    response.headers["Accept-Ranges"] = "bytes"
    if status == 206:
        response.headers["Content-Range"] = f"bytes {start}-{stop - 1}/{size}"
    return response


def _read(path: Path, start: int, stop: int, rate: float | None = None) -> Iterator[bytes]:
    chunk_bytes = CHUNK_BYTES if rate is None else throttled_chunk_bytes(rate)
    began = time.monotonic()
    sent = 0
    with path.open("rb") as handle:
        handle.seek(start)
        remaining = stop - start
        while remaining > 0:
            if rate is not None:
                # Paced against the start, not chunk by chunk, so sleeps do not add up to drift.
                delay = began + sent / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            chunk = handle.read(min(chunk_bytes, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            sent += len(chunk)
            yield chunk
