"""The simulator's reply shapes: JSON bodies and API.md's error envelope.

Handlers raise ``ApiFailure`` anywhere; the app turns it into
``{"error": {"code", "message", "type"}}`` with the right HTTP status, so
every error the simulator sends has the one documented shape.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from werkzeug.wrappers import Response


class ApiFailure(Exception):
    """An error reply: HTTP ``status``, the API's ``error_type`` and a message."""

    def __init__(
        self,
        status: int,
        error_type: str,
        message: str,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message
        self.headers = dict(headers or {})

    def envelope(self) -> dict[str, Any]:
        return {"error": {"code": self.status, "message": self.message, "type": self.error_type}}

    def response(self) -> Response:
        return json_response(self.envelope(), self.status, self.headers)


def invalid_request(message: str, error_type: str = "invalid_request_error") -> ApiFailure:
    """A 400: the request itself is wrong (``error_type`` names the rule)."""
    return ApiFailure(400, error_type, message)


def json_response(payload: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON reply with an exact Content-Length (never chunked)."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    response = Response(body, status=status, content_type="application/json; charset=utf-8")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response
