"""The one typed error hierarchy for everything the API can do wrong.

Every error carries a plain-words ``message`` meant for the user and, where
useful, ``hint`` (what to do next). ``error_from_response`` is the one place
that maps an HTTP status and the API's error ``type`` to a class.
"""

from __future__ import annotations


class OmniDeskError(Exception):
    """Base of every error OmniDesk reports to a user."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def user_text(self) -> str:
        """The message and what to do next, as one paragraph."""
        return f"{self.message} {self.hint}".strip()


class ValidationError(OmniDeskError):
    """A request broke a rule of the API; it was not sent.

    ``field`` names the request field (``duration``, ``image_urls``, ...),
    ``rule`` the API's error type the server would have answered with.
    """

    def __init__(self, field: str, message: str, *, rule: str = "invalid_request_error") -> None:
        super().__init__(f"{field}: {message}", hint="Fix it and try again; nothing was sent.")
        self.field = field
        self.rule = rule


class ApiError(OmniDeskError):
    """The API answered with an error.

    ``status`` is the HTTP status (or the envelope's code for failures inside
    HTTP 200), ``error_type`` the API's ``type`` (an open set), ``code`` its
    ``code`` when present.
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
    ) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.error_type = error_type
        self.code = code
        self.request_id = request_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, type={self.error_type!r}, message={self.message!r})"


class AuthenticationError(ApiError):
    hint = "Check your API key in Settings (or OMNIDESK_API_KEY) and try again."


class PaymentRequiredError(ApiError):
    hint = "Your balance is spent. Top up your APIMart account, then submit again."


class PermissionDeniedError(ApiError):
    hint = "This key may not use this model or may be restricted by IP; check the key's permissions."


class RateLimitedError(ApiError):
    """429: too many requests. ``retry_after`` is seconds to wait (None if not given)."""

    hint = "OmniDesk waits and retries by itself."

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class InvalidRequestError(ApiError):
    """400 for a request the server refused (``error_type`` says which rule)."""

    hint = "The request was refused; change it and submit again."


class IdempotencyConflictError(ApiError):
    """409: the same Idempotency-Key is still in progress (retry later) or was reused
    with a different body (a client bug: never retry)."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after

    @property
    def in_progress(self) -> bool:
        return self.error_type == "idempotency_in_progress"


class TaskNotFoundError(ApiError):
    """The server does not know this task id (400 or 404 on a task)."""

    hint = "Check the task id; the server may have forgotten very old tasks."


class ServerError(ApiError):
    """5xx, or a reply that is not the API's (HTML from a proxy, an empty body)."""

    hint = "The service had a problem; try again in a moment."


class NetworkError(OmniDeskError):
    """The server could not be reached, or the connection broke or timed out."""

    hint = "Check your internet connection (and proxy settings); OmniDesk retries by itself."


class RequestTimeoutError(NetworkError):
    """A connect or read timeout."""


class InvalidUploadError(OmniDeskError):
    """A local image that cannot be uploaded (not JPEG/PNG/WebP/GIF, or over 20 MB)."""

    hint = "Use a JPEG, PNG, WebP or GIF image of at most 20 MB."
