"""The one typed error hierarchy for everything the API can do wrong.

Every error carries a plain-words ``message`` meant for the user and, where
useful, ``hint`` (what to do next). ``error_from_response`` is the one place
that maps an HTTP status and the API's error ``type`` to a class; it decides
on status and ``type`` (and a few known transient ``code`` values), never on
message text, because messages arrive localised.

``retryable`` on every error is what the retry loop (``retry.py``) consults.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Mapping
from typing import Any

from omnidesk.api.retry import RETRY_AFTER_CAP, parse_retry_after
from omnidesk.translatable import QT_TRANSLATE_NOOP


class OmniDeskError(Exception):
    """Base of every error OmniDesk reports to a user."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def user_text(self) -> str:
        """The message and what to do next, as one paragraph (in English: the window shows the
        hint translated, see ``ui.background.describe_error``)."""
        return f"{self.message} {self.hint}".strip()

    @property
    def retryable(self) -> bool:
        """Whether trying the same call again may succeed (the retry loop asks this)."""
        return False


class ValidationError(OmniDeskError):
    """A request broke a rule of the API; it was not sent.

    ``field`` names the request field (``duration``, ``image_urls``, ...),
    ``rule`` the API's error type the server would have answered with.
    """

    def __init__(self, field: str, message: str, *, rule: str = "invalid_request_error") -> None:
        super().__init__(
            f"{field}: {message}", hint=QT_TRANSLATE_NOOP("Errors", "Fix it and try again; nothing was sent.")
        )
        self.field = field
        self.rule = rule


class ApiError(OmniDeskError):
    """The API answered with an error.

    ``status`` is the HTTP status (or the envelope's code for failures inside
    HTTP 200), ``error_type`` the API's ``type`` (an open set), ``code`` its
    ``code`` when present, ``request_id`` the id support asks for (from a
    header or the message). ``transient`` marks an error the server says will
    pass (a 400 with a code such as ``get_channel_failed``).
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        error_type: str | None = None,
        code: str | None = None,
        request_id: str | None = None,
        hint: str | None = None,
        transient: bool = False,
    ) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.error_type = error_type
        self.code = code
        self.request_id = request_id
        self.transient = transient

    @property
    def retryable(self) -> bool:
        return self.transient

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, type={self.error_type!r}, "
            f"code={self.code!r}, message={self.message!r}, request_id={self.request_id!r})"
        )


class AuthenticationError(ApiError):
    hint = QT_TRANSLATE_NOOP("Errors", "Check your API key in Settings (or OMNIDESK_API_KEY) and try again.")


class PaymentRequiredError(ApiError):
    hint = QT_TRANSLATE_NOOP(
        "Errors", "Your balance is spent. Top up your APIMart account, then submit again."
    )


class PermissionDeniedError(ApiError):
    hint = QT_TRANSLATE_NOOP(
        "Errors", "This key may not use this model or may be restricted by IP; check the key's permissions."
    )


class RateLimitedError(ApiError):
    """429: too many requests. ``retry_after`` is seconds to wait (None if not given)."""

    hint = QT_TRANSLATE_NOOP("Errors", "OmniDesk waits and retries by itself.")

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return True


class InvalidRequestError(ApiError):
    """400 for a request the server refused (``error_type`` says which rule)."""

    hint = QT_TRANSLATE_NOOP("Errors", "The request was refused; change it and submit again.")


class IdempotencyConflictError(ApiError):
    """409: the same Idempotency-Key is still in progress (retry later) or was reused
    with a different body (a client bug: never retry).

    A bare 409 without a type but with Retry-After counts as in progress: the
    server asked to be asked again.
    """

    def __init__(
        self, message: str, *, retry_after: float | None = None, hint: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, hint=hint, **kwargs)
        self.retry_after = retry_after
        if hint is None:
            self.hint = (
                QT_TRANSLATE_NOOP(
                    "Errors", "The same submission is still being handled; OmniDesk waits and asks again."
                )
                if self.in_progress
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "This submission's key was already used for a different request (a bug in OmniDesk).",
                )
            )

    @property
    def in_progress(self) -> bool:
        if "idempotency_in_progress" in (self.error_type, self.code):
            return True
        untyped = self.error_type is None and self.code is None
        return untyped and self.retry_after is not None

    @property
    def retryable(self) -> bool:
        # In progress: wait and resend the identical request. Key reused with
        # another body: a client bug that no retry can fix.
        return self.in_progress


class TaskNotFoundError(ApiError):
    """The server does not know this task id (400 or 404 on a task)."""

    hint = QT_TRANSLATE_NOOP("Errors", "Check the task id; the server may have forgotten very old tasks.")


class ServerError(ApiError):
    """5xx, or a reply that is not the API's (HTML from a proxy, an empty body)."""

    hint = QT_TRANSLATE_NOOP("Errors", "The service had a problem; try again in a moment.")

    @property
    def retryable(self) -> bool:
        return True


class ServerTimeoutError(ApiError):
    """408: the server gave up waiting for the request. Sending it again may work."""

    hint = QT_TRANSLATE_NOOP("Errors", "The service timed out; OmniDesk retries by itself.")

    @property
    def retryable(self) -> bool:
        return True


class LinkExpiredError(ApiError):
    """A result or upload link the server refuses (403, 404 or 410): it has expired."""

    hint = QT_TRANSLATE_NOOP(
        "Errors", "Result links only last 24-72 hours; this one can no longer be downloaded."
    )


class NetworkError(OmniDeskError):
    """The server could not be reached, or the connection broke or timed out.

    ``transient`` is False for failures no retry fixes (a TLS certificate the
    system does not trust, a malformed base URL).
    """

    hint = QT_TRANSLATE_NOOP(
        "Errors", "Check your internet connection (and proxy settings); OmniDesk retries by itself."
    )

    def __init__(self, message: str, *, hint: str | None = None, transient: bool = True) -> None:
        super().__init__(message, hint=hint)
        self.transient = transient

    @property
    def retryable(self) -> bool:
        return self.transient


class RequestTimeoutError(NetworkError):
    """A connect or read timeout."""


class IncompleteDownloadError(NetworkError):
    """A download ended before the size the server announced; resumed by a retry."""

    hint = QT_TRANSLATE_NOOP("Errors", "The download broke off; OmniDesk resumes it by itself.")


class InvalidLinkError(OmniDeskError):
    """A link OmniDesk refuses to fetch: not an http(s) URL."""

    hint = QT_TRANSLATE_NOOP("Errors", "Only http(s) links can be downloaded.")


class InvalidUploadError(OmniDeskError):
    """A local image that cannot be uploaded (not JPEG/PNG/WebP/GIF, or over 20 MB)."""

    hint = QT_TRANSLATE_NOOP("Errors", "Use a JPEG, PNG, WebP or GIF image of at most 20 MB.")


# --- mapping a reply to an error ------------------------------------------------

# 400s that APIMart-style gateways use for "no upstream channel right now,
# please wait and try again": transient despite their status. Matched against
# the error's ``code`` and ``type``, never against message text.
TRANSIENT_ERROR_CODES: frozenset[str] = frozenset(
    {
        "get_channel_failed",
        "channel:no_available_key",
        "do_request_failed",
        "read_response_body_failed",
    }
)

# When a failure arrives inside HTTP 200 without a numeric code, its ``type``
# still tells which status it stands for.
_STATUS_FOR_TYPE: dict[str, int] = {
    "invalid_request_error": 400,
    "invalid_duration": 400,
    "invalid_resolution": 400,
    "unsupported_image_count": 400,
    "unsupported_video_count": 400,
    "authentication_error": 401,
    "payment_required": 402,
    "insufficient_quota": 402,
    "permission_error": 403,
    "not_found_error": 404,
    "idempotency_in_progress": 409,
    "idempotency_key_reused": 409,
    "rate_limit_error": 429,
    "server_error": 500,
    "bad_gateway": 502,
}

_REQUEST_ID_HEADERS = ("x-request-id", "x-oneapi-request-id", "x-apimart-request-id", "request-id")
# "... (request id: 2025052312345678abcdef)" as gateways append it to messages.
_REQUEST_ID_IN_MESSAGE = re.compile(
    r"request[ _-]?id\s*[:：=]?\s*([A-Za-z0-9][A-Za-z0-9_.\-]{5,})", re.IGNORECASE
)

_MAX_MESSAGE_CHARS = 2000


def header_value(headers: Mapping[str, str] | None, name: str) -> str | None:
    """A header's value looked up case-insensitively in any mapping (or None)."""
    if not headers:
        return None
    try:
        value = headers.get(name)
    except Exception:  # an odd mapping type; fall back to a scan
        value = None
    if value is None:
        lowered = name.lower()
        for key, candidate in headers.items():
            if isinstance(key, str) and key.lower() == lowered:
                value = candidate
                break
    return value if isinstance(value, str) else None


def decode_error_body(body: bytes | str | Mapping[str, Any] | None) -> Any:
    """The JSON inside an error reply, or None when it is not JSON (HTML, empty, cut off)."""
    if body is None or isinstance(body, Mapping):
        return body
    if isinstance(body, bytes | bytearray):
        text = bytes(body).decode("utf-8", errors="replace")
    elif isinstance(body, str):
        text = body
    else:
        return None
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _text(value: Any) -> str | None:
    """A non-empty string form of a scalar field (empty strings mean absent)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, int | float):
        return str(value)
    return None


def _status_code(value: Any) -> int | None:
    """An HTTP-error-like status from an envelope ``code`` (int or numeric string)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 3:
        value = int(value.strip())
    if isinstance(value, int) and 400 <= value <= 599:
        return value
    return None


def _describe_non_json(status: int, body: Any) -> str:
    if isinstance(body, bytes | bytearray):
        text = bytes(body).decode("utf-8", errors="replace")
    elif isinstance(body, str):
        text = body
    else:
        text = ""
    text = text.lstrip()
    if not text:
        what = "an empty reply"
    elif text.startswith("<"):
        what = "an HTML page (probably from a proxy or gateway) instead of the API's reply"
    else:
        what = "a reply that is not the API's JSON"
    return f"The server answered HTTP {status} with {what}."


def _request_id(headers: Mapping[str, str] | None, message: str) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = header_value(headers, name)
        if value and value.strip():
            return value.strip()
    match = _REQUEST_ID_IN_MESSAGE.search(message)
    return match.group(1) if match else None


def _retry_after(headers: Mapping[str, str] | None, now: float) -> float | None:
    """Seconds to wait from Retry-After (or the finer retry-after-ms some gateways send), capped."""
    millis = header_value(headers, "retry-after-ms")
    if millis is not None:
        try:
            value = float(millis.strip())
        except ValueError:
            value = math.nan
        if math.isfinite(value) and value >= 0:
            return min(value / 1000.0, RETRY_AFTER_CAP)
    return parse_retry_after(header_value(headers, "retry-after"), now)


def error_from_response(
    status: int,
    body: bytes | str | Mapping[str, Any] | None,
    headers: Mapping[str, str] | None,
    *,
    on_task: bool = False,
    now: float | None = None,
) -> ApiError:
    """The one mapping from an error reply to a typed ApiError.

    ``status`` is the HTTP status; for a failure inside HTTP 200 the
    envelope's numeric ``code`` (or, lacking one, its ``type``) stands in.
    ``on_task`` says the call was about one task id, where 400 and 404 both
    mean "no such task". ``now`` (Unix seconds) dates an HTTP-date
    Retry-After. Never raises: odd bodies give a plain message.
    """
    if now is None:
        now = time.time()
    payload = decode_error_body(body)
    envelope: Mapping[str, Any] = payload if isinstance(payload, Mapping) else {}
    raw_error = envelope.get("error")
    error_obj: Mapping[str, Any] = raw_error if isinstance(raw_error, Mapping) else {}

    message = (
        _text(error_obj.get("message"))
        or (_text(raw_error) if isinstance(raw_error, str) else None)
        or _text(envelope.get("message"))
        or _text(envelope.get("msg"))
        or _text(envelope.get("detail"))
    )
    if message is None:
        if payload is None or not isinstance(payload, Mapping):
            message = _describe_non_json(status, body)
        else:
            message = f"The server answered HTTP {status} without saying why."
    message = message[:_MAX_MESSAGE_CHARS]

    error_type = _text(error_obj.get("type")) or _text(envelope.get("type"))
    inner_code = error_obj.get("code")
    outer_code = envelope.get("code")
    # A string code ("get_channel_failed") is the API's reason; a numeric one
    # merely repeats a status.
    code = None if _status_code(inner_code) else _text(inner_code)
    if code is None and not _status_code(outer_code) and outer_code not in (200, "200"):
        code = _text(outer_code)

    effective = status
    if not 400 <= status <= 599:
        effective = (
            _status_code(outer_code) or _status_code(inner_code) or _STATUS_FOR_TYPE.get(error_type or "", 0)
        )
    transient = bool({code, error_type} & TRANSIENT_ERROR_CODES)
    if not effective and transient:
        effective = 400

    fields: dict[str, Any] = {
        "status": effective or status,
        "error_type": error_type,
        "code": code,
        "request_id": _request_id(headers, message),
    }
    retry_after = _retry_after(headers, now)

    if effective == 400:
        if transient:
            return InvalidRequestError(
                message,
                hint=QT_TRANSLATE_NOOP("Errors", "The service is busy; OmniDesk retries by itself."),
                transient=True,
                **fields,
            )
        if on_task:
            return TaskNotFoundError(message, **fields)
        return InvalidRequestError(message, **fields)
    if effective == 401:
        return AuthenticationError(message, **fields)
    if effective == 402:
        return PaymentRequiredError(message, **fields)
    if effective == 403:
        return PermissionDeniedError(message, **fields)
    if effective == 404:
        if on_task:
            return TaskNotFoundError(message, **fields)
        return InvalidRequestError(
            message,
            hint=QT_TRANSLATE_NOOP(
                "Errors", "The address was not found; check the API base URL in Settings."
            ),
            **fields,
        )
    if effective == 408:
        return ServerTimeoutError(message, **fields)
    if effective == 409:
        return IdempotencyConflictError(message, retry_after=retry_after, **fields)
    if effective == 429:
        return RateLimitedError(message, retry_after=retry_after, **fields)
    if 500 <= effective <= 599:
        return ServerError(message, **fields)
    if 400 <= effective <= 499:
        return InvalidRequestError(message, transient=transient, **fields)
    return ApiError(message, transient=transient, **fields)
