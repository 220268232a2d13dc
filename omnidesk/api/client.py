"""ApiClient: the one way OmniDesk talks HTTP to APIMart (or the simulator).

One ``requests.Session`` (connection reuse), explicit (connect, read)
timeouts on every call, ``Authorization: Bearer`` and ``User-Agent:
OmniDesk/<version>`` on every API call. Replies are read by ``parse.py``;
errors are mapped by ``errors.error_from_response``; transient failures are
retried by ``retry.run_with_retries`` with an injectable sleep, clock and
random source, so tests never wait for real.

Secrets: the API key never appears in a log line, an exception message or a
repr. requests' own exceptions (which hold the prepared request, headers and
all) are replaced by our typed errors without chaining. Result links are
signed: only ``redact_url`` forms of them are logged, and the key is only
sent to the API's own origin, never to a CDN.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import random
import re
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, NoReturn, TypeVar
from urllib.parse import quote, urlsplit

import requests

import omnidesk
from omnidesk.api import spec
from omnidesk.api.errors import (
    ApiError,
    IncompleteDownloadError,
    InvalidLinkError,
    InvalidUploadError,
    LinkExpiredError,
    NetworkError,
    OmniDeskError,
    RequestTimeoutError,
    ServerError,
    error_from_response,
)
from omnidesk.api.images import check_image_file
from omnidesk.api.models import Balance, GenerationRequest, SubmitResult, Task, Upload, redact_url
from omnidesk.api.parse import parse_balance, parse_model_schema, parse_submit, parse_task, parse_upload
from omnidesk.api.proxy import PROXY_NONE, check_proxy
from omnidesk.api.retry import CONNECT_TIMEOUT, DEFAULT_POLICY, READ_TIMEOUT, RetryPolicy, run_with_retries
from omnidesk.api.rules import build_body
from omnidesk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

T = TypeVar("T")

# Downloads stream in 1 MiB chunks: iter_content() without a size reads one
# byte at a time (0.3 MB/s, PLATFORM.md pitfall 8).
DOWNLOAD_CHUNK_BYTES = 1 << 20
PART_SUFFIX = ".part"
# A download link the server refuses with these has expired (24-72 h).
LINK_EXPIRED_STATUSES = frozenset({403, 404, 410})

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)
_UNSATISFIED_RANGE = re.compile(r"^\s*bytes\s+\*/(\d+)\s*$", re.IGNORECASE)


class _Secret:
    """Holds the Authorization value; shows as hidden in repr, str and vars() dumps."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<hidden>"

    __str__ = __repr__


def _check_api_key(api_key: str) -> str:
    if not isinstance(api_key, str) or not api_key.strip():
        raise ValueError("An API key is required.")
    key = api_key.strip()
    # A key with a line break or other control character cannot go in a
    # header; requests would echo the whole header in its error.
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in key):
        raise ValueError("The API key contains characters that cannot be sent (line breaks or controls).")
    return key


def _check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url.strip()) if isinstance(base_url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"The API base URL must be an http(s) address, got {base_url!r}.")
    return base_url.strip().rstrip("/")


def apply_proxy(session: requests.Session, proxy: str | None) -> None:
    """Route ``session`` through ``proxy`` (see ``check_proxy``)."""
    proxy = check_proxy(proxy)
    if proxy is None:
        return  # requests reads the system's (environment) proxy settings itself
    # Either way the environment's proxy variables no longer apply.
    session.trust_env = False
    session.proxies = {} if proxy == PROXY_NONE else {"http": proxy, "https": proxy}


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


class ApiClient:
    """A blocking client for the Omni-Flash-Ext video API.

    Thread use: one client per thread, or calls serialised by the caller
    (``requests.Session`` is not documented as thread-safe).
    """

    def __init__(
        self,
        api_key: str,
        base_url: str = spec.DEFAULT_BASE_URL,
        *,
        session: requests.Session | None = None,
        language: str | None = None,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        response_version: str | None = None,
        user_agent: str = f"OmniDesk/{omnidesk.__version__}",
        proxy: str | None = None,
    ) -> None:
        # Wrapped so that no repr, str or vars() dump (crash reports, debuggers) shows it.
        self._authorization = _Secret(f"Bearer {_check_api_key(api_key)}")
        self.base_url = _check_base_url(base_url)
        if language is not None and language not in spec.LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(spec.LANGUAGES)}, got {language!r}")
        if connect_timeout <= 0 or read_timeout <= 0:
            raise ValueError("timeouts must be positive")
        self.language = language
        self.timeout: tuple[float, float] = (connect_timeout, read_timeout)
        self.policy = policy or DEFAULT_POLICY
        self.response_version = response_version
        self.user_agent = user_agent
        self._sleep = sleep
        self._clock = clock
        self._rng = rng or random.Random()
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()
        apply_proxy(self._session, proxy)
        self._api_origin = _origin(self.base_url)

    def __repr__(self) -> str:
        return f"ApiClient(base_url={self.base_url!r})"

    # --- lifecycle ---------------------------------------------------------------

    def close(self) -> None:
        """Close the session's connections (only if this client created the session)."""
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- the API -------------------------------------------------------------------

    def submit(self, request: GenerationRequest, idempotency_key: str) -> SubmitResult:
        """Submit a generation; returns the new task (or, replayed, the original one).

        The body is built (and validated) first: a ValidationError means nothing
        was sent. See ``submit_body`` for retries and idempotency.
        """
        return self.submit_body(build_body(request), idempotency_key)

    def submit_body(self, body: Mapping[str, Any], idempotency_key: str) -> SubmitResult:
        """Send an already built body (the one stored before a first attempt).

        Resending a stored body rather than rebuilding it keeps a retry after a
        restart byte-for-byte the request the key was first used with.
        Transient failures are retried with the same body and the same
        ``idempotency_key``, so a retry can never create a second task; a 409
        ``idempotency_in_progress`` waits its Retry-After and resends; a 409
        ``idempotency_key_reused`` is raised at once.
        """
        if not isinstance(idempotency_key, str) or not idempotency_key.strip():
            raise ValueError("submit needs an idempotency key (generate and store it before submitting)")
        # Serialised once: every retry resends byte-identical content.
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = {"Content-Type": "application/json", "Idempotency-Key": idempotency_key}
        if self.response_version:
            headers[spec.RESPONSE_VERSION_HEADER] = self.response_version
        log.info(
            "submitting a generation (%s, %s s) with Idempotency-Key %s",
            body.get("resolution"),
            body.get("duration", "auto"),
            idempotency_key,
        )

        def attempt(_: int) -> SubmitResult:
            response = self._send(
                "POST", "/v1/videos/generations", what="submission", headers=headers, data=payload
            )
            return parse_submit(response.content, response.headers)

        result = self._retrying(attempt, "submit")
        log.info("submitted task %s%s", result.task_id, " (replayed)" if result.replayed else "")
        return result

    def get_task(self, task_id: str) -> Task:
        """Poll one task. An id the server does not know raises TaskNotFoundError."""
        if not isinstance(task_id, str) or not task_id.strip():
            raise ValueError("get_task needs a task id")
        path = "/v1/tasks/" + quote(task_id.strip(), safe="")
        params = {"language": self.language} if self.language else None

        def attempt(_: int) -> Task:
            response = self._send("GET", path, what="task status", params=params, on_task=True)
            return parse_task(response.content, task_id=task_id.strip())

        return self._retrying(attempt, f"poll {task_id}")

    def balance(self, scope: Literal["key", "account"] = "key") -> Balance:
        """Money left on this key (``/v1/balance``) or the whole account (``/v1/user/balance``)."""
        paths = {"key": "/v1/balance", "account": "/v1/user/balance"}
        if scope not in paths:
            raise ValueError(f"scope must be 'key' or 'account', got {scope!r}")

        def attempt(_: int) -> Balance:
            response = self._send("GET", paths[scope], what="balance")
            return parse_balance(response.content)

        return self._retrying(attempt, f"balance ({scope})")

    def upload_image(self, path: Path) -> Upload:
        """Upload a local JPEG/PNG/WebP/GIF (checked first) and return its public URL.

        ``Upload.sha256`` is the file's content hash, the key for caching the URL
        for its 72 hours.
        """
        path = Path(path)
        content_type, size = check_image_file(path)
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise InvalidUploadError(
                f"{path.name}: the file cannot be read ({exc.strerror or 'error'})."
            ) from None
        if len(content) > spec.UPLOAD_MAX_BYTES:
            raise InvalidUploadError(f"{path.name}: the file grew past 20 MB while being read.")
        digest = hashlib.sha256(content).hexdigest()
        files = {"file": (path.name, content, content_type)}
        log.info("uploading %s (%s, %d bytes)", path.name, content_type, len(content))

        def attempt(_: int) -> Upload:
            try:
                response = self._send("POST", "/v1/uploads/images", what="upload", files=files)
            except ApiError as exc:
                if exc.status == 413:
                    raise InvalidUploadError(
                        f"{path.name}: the server refused the file as too large ({exc.message})"
                    ) from None
                raise
            return parse_upload(response.content, now=self._clock())

        upload = self._retrying(attempt, f"upload {path.name}")
        return dataclasses.replace(
            upload,
            sha256=digest,
            filename=upload.filename or path.name,
            content_type=upload.content_type or content_type,
            bytes=upload.bytes if upload.bytes is not None else size,
        )

    def model_schema(self) -> dict[str, Any]:
        """The live model's input schema (``GET /v1/model-schema``), as a dict."""
        params = {"model": spec.MODEL, "operation": "video_generation"}

        def attempt(_: int) -> dict[str, Any]:
            response = self._send("GET", "/v1/model-schema", what="model schema", params=params)
            return parse_model_schema(response.content)

        return self._retrying(attempt, "model schema")

    def download(
        self,
        url: str,
        dest: Path,
        *,
        expected_size: int | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> Path:
        """Download a result to ``dest``, resumably and atomically; returns ``dest``.

        Streams in 1 MiB chunks into ``dest + ".part"``. A transfer that drops
        or ends short is retried and resumed with a Range request from the
        .part's size (a server that ignores Range and answers 200 is read from
        the start again). The final size is checked against Content-Length /
        Content-Range (or ``expected_size`` when the server gives neither)
        before ``os.replace`` moves the file into place.
        ``on_progress(bytes_so_far, total_or_None)`` is called after each chunk.
        A refused link (403/404/410) raises LinkExpiredError.
        """
        scheme = urlsplit(url).scheme.lower() if isinstance(url, str) else ""
        if scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise InvalidLinkError(f"Refusing to download {redact_url(str(url))}: not an http(s) link.")
        dest = Path(dest)
        part = dest.with_name(dest.name + PART_SUFFIX)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shown = redact_url(url)

        def attempt(_: int) -> None:
            self._download_once(url, part, shown, expected_size, on_progress)

        try:
            self._retrying(attempt, f"download {shown}")
        except (LinkExpiredError, InvalidLinkError):
            # A dead link's partial file can never be finished from it.
            part.unlink(missing_ok=True)
            raise
        os.replace(part, dest)
        log.info("downloaded %s to %s", shown, dest)
        return dest

    # --- internals -------------------------------------------------------------------

    def _retrying(self, operation: Callable[[int], T], what: str) -> T:
        return run_with_retries(
            operation, policy=self.policy, sleep=self._sleep, clock=self._clock, rng=self._rng, what=what
        )

    def _headers(self, url: str, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        # The key goes to the API's own origin only: result links may point at
        # a CDN or another host, which must never see it.
        if _origin(url) == self._api_origin:
            headers["Authorization"] = self._authorization.reveal()
        if extra:
            headers.update(extra)
        return headers

    def _send(
        self,
        method: str,
        path_or_url: str,
        *,
        what: str,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        data: bytes | None = None,
        files: Mapping[str, Any] | None = None,
        stream: bool = False,
        on_task: bool = False,
        check_status: bool = True,
    ) -> requests.Response:
        """One HTTP exchange. Raises our typed errors, never requests' own."""
        url = path_or_url if "://" in path_or_url else self.base_url + path_or_url
        try:
            response = self._session.request(
                method,
                url,
                headers=self._headers(url, headers),
                params=params,
                data=data,
                files=files,
                timeout=self.timeout,
                stream=stream,
                allow_redirects=True,
            )
        except requests.exceptions.RequestException as exc:
            self._raise_network_error(exc, what, url)
        if check_status and response.status_code >= 400:
            try:
                body = response.content
            except requests.exceptions.RequestException:
                body = b""
            finally:
                response.close()
            raise error_from_response(
                response.status_code, body, response.headers, on_task=on_task, now=self._clock()
            )
        log.debug(
            "%s %s -> %d", method, path_or_url if "://" not in path_or_url else what, response.status_code
        )
        return response

    def _raise_network_error(self, exc: BaseException, what: str, url: str) -> NoReturn:
        """Replace a requests exception by a plain-words typed error.

        ``from None``: requests' exceptions hold the prepared request (headers,
        key and all); they must not ride along as __cause__ or __context__.
        """
        host = urlsplit(url).netloc or "the server"
        log.info("%s: %s talking to %s", what, type(exc).__name__, host)
        connect, read = self.timeout
        error: NetworkError
        exceptions = requests.exceptions
        if isinstance(exc, exceptions.ConnectTimeout):
            error = RequestTimeoutError(f"Could not connect to {host} within {connect:g} s ({what}).")
        elif isinstance(exc, exceptions.ReadTimeout):
            error = RequestTimeoutError(f"{host} did not answer within {read:g} s ({what}).")
        elif isinstance(exc, exceptions.SSLError):
            error = NetworkError(
                f"The secure connection to {host} failed ({what}).",
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Check the system clock, any proxy, and that the certificate is trusted."
                ),
                transient=False,
            )
        elif isinstance(exc, exceptions.ProxyError):
            error = NetworkError(f"The proxy failed to connect to {host} ({what}).")
        elif isinstance(exc, exceptions.ChunkedEncodingError | exceptions.ContentDecodingError):
            error = NetworkError(f"The connection to {host} broke off in the middle of the reply ({what}).")
        elif isinstance(exc, exceptions.ConnectionError):
            error = NetworkError(f"Could not reach {host}: no network, refused or reset ({what}).")
        elif isinstance(
            exc,
            exceptions.InvalidURL
            | exceptions.MissingSchema
            | exceptions.InvalidSchema
            | exceptions.InvalidHeader,
        ):
            error = NetworkError(
                f"The request to {host} could not be made: invalid address or header ({what}).",
                transient=False,
            )
        else:
            error = NetworkError(f"The request to {host} failed ({what}).")
        raise error from None

    def _download_once(
        self,
        url: str,
        part: Path,
        shown: str,
        expected_size: int | None,
        on_progress: Callable[[int, int | None], None] | None,
    ) -> None:
        """One attempt: fetch what is missing from ``part``; raise if it is not complete after."""
        offset = part.stat().st_size if part.exists() else 0
        if expected_size is not None and offset > expected_size:
            log.info("download %s: leftover .part is larger than expected; starting over", shown)
            part.unlink()
            offset = 0
        extra = {"Accept-Encoding": "identity", "Accept": "*/*"}
        if offset:
            extra["Range"] = f"bytes={offset}-"
        response = self._send("GET", url, what="download", headers=extra, stream=True, check_status=False)
        with response:
            status = response.status_code
            if status == 416 and offset:
                self._finish_unsatisfiable_range(response, part, offset, expected_size, shown)
                return
            if status in LINK_EXPIRED_STATUSES:
                raise LinkExpiredError(
                    f"The link to {shown} no longer works (HTTP {status}): it has probably expired.",
                    status=status,
                )
            if status >= 400:
                raise error_from_response(status, _safe_body(response), response.headers, now=self._clock())
            if status not in (200, 206):
                raise ServerError(
                    f"The server answered HTTP {status} instead of the video {shown}.", status=status
                )

            total = self._total_size(response)
            if status == 206:
                start = self._range_start(response)
                if start is None or (start != offset and start != 0):
                    part.unlink(missing_ok=True)
                    raise IncompleteDownloadError(
                        f"The server resumed {shown} at the wrong place; starting over."
                    )
                if start == 0:
                    offset = 0
            else:
                if offset:
                    log.info("download %s: server ignored the Range request; starting over", shown)
                offset = 0
            if total is None:
                total = expected_size

            received = offset
            with open(part, "ab" if offset else "wb") as sink:
                try:
                    for chunk in response.iter_content(DOWNLOAD_CHUNK_BYTES):
                        if not chunk:
                            continue
                        sink.write(chunk)
                        received += len(chunk)
                        if on_progress is not None:
                            on_progress(received, total)
                except requests.exceptions.RequestException:
                    # What arrived is kept in the .part; the retry resumes from it.
                    raise IncompleteDownloadError(
                        f"The download of {shown} broke off at {received} of "
                        f"{total if total is not None else '?'} bytes."
                    ) from None

        if total is not None and received != total:
            if received < total:
                raise IncompleteDownloadError(
                    f"The download of {shown} stopped at {received} of {total} bytes."
                )
            part.unlink(missing_ok=True)
            raise IncompleteDownloadError(
                f"The download of {shown} is {received} bytes, more than the {total} announced.",
                transient=False,
            )

    def _finish_unsatisfiable_range(
        self, response: requests.Response, part: Path, offset: int, expected_size: int | None, shown: str
    ) -> None:
        """416 to our Range: the .part may already be whole (a crash before the rename)."""
        match = _UNSATISFIED_RANGE.match(response.headers.get("Content-Range", ""))
        total = int(match.group(1)) if match else expected_size
        if total is not None and total == offset:
            return
        part.unlink(missing_ok=True)
        raise IncompleteDownloadError(
            f"The partial download of {shown} does not match the file; starting over."
        )

    @staticmethod
    def _range_start(response: requests.Response) -> int | None:
        match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
        return int(match.group(1)) if match else None

    @staticmethod
    def _total_size(response: requests.Response) -> int | None:
        """The whole file's size as the server announced it, if it did."""
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            # The length counts compressed bytes; we receive decoded ones.
            return None
        if response.status_code == 206:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
            if match and match.group(3) != "*":
                return int(match.group(3))
            if match:
                return int(match.group(2)) + 1
            return None
        length = response.headers.get("Content-Length", "").strip()
        return int(length) if length.isdigit() else None


def _safe_body(response: requests.Response) -> bytes:
    """An error reply's body, at most 64 KiB, or empty if reading it fails."""
    try:
        return next(response.iter_content(64 * 1024), b"")
    except (requests.exceptions.RequestException, OmniDeskError):
        return b""
