"""Seeded fault injection: the transient trouble a real API and CDN cause.

With probability ``error_rate`` a request to an API path or a file download
gets one fault: a 429 with Retry-After (in seconds, or sometimes as an HTTP
date), a 500/502/503 (sometimes with the HTML body a proxy sends), a slow
response, a dropped connection, or, for downloads only, a truncated body.
A submission's connection may also drop *after* the task was recorded (the
reply is lost, as on a client timeout): only the Idempotency-Key then keeps a
retry from creating a second task.

The same seed gives the same sequence of faults for the same sequence of
requests. Tests can also queue a specific fault with ``force``.
"""

from __future__ import annotations

import enum
import math
import random
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime

from werkzeug.wrappers import Response

from omnidesk.simulator.replies import ApiFailure


class FaultKind(enum.StrEnum):
    RATE_LIMIT = "rate_limit"
    SERVER_ERROR = "server_error"
    SLOW = "slow"
    DROP = "drop"  # connection closed before any reply
    DROP_AFTER = "drop_after"  # request handled, then the connection closed with no reply
    TRUNCATE = "truncate"  # download only: full Content-Length, fewer bytes, then close


class Target(enum.StrEnum):
    """What kind of request a fault is drawn for (each has its own menu)."""

    API = "api"
    SUBMISSION = "submission"
    DOWNLOAD = "download"


# Relative weights of each fault per target.
_MENUS: dict[Target, tuple[tuple[FaultKind, float], ...]] = {
    Target.API: (
        (FaultKind.RATE_LIMIT, 3),
        (FaultKind.SERVER_ERROR, 3),
        (FaultKind.SLOW, 2),
        (FaultKind.DROP, 2),
    ),
    Target.SUBMISSION: (
        (FaultKind.RATE_LIMIT, 3),
        (FaultKind.SERVER_ERROR, 3),
        (FaultKind.SLOW, 2),
        (FaultKind.DROP, 1),
        (FaultKind.DROP_AFTER, 1),
    ),
    Target.DOWNLOAD: (
        (FaultKind.RATE_LIMIT, 1),
        (FaultKind.SERVER_ERROR, 2),
        (FaultKind.SLOW, 1.5),
        (FaultKind.DROP, 1.5),
        (FaultKind.TRUNCATE, 4),
    ),
}
SERVER_ERROR_STATUSES = (500, 502, 503)
_SERVER_ERROR_TYPES = {500: "server_error", 502: "bad_gateway", 503: "server_error"}
_SERVER_ERROR_TEXT = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
}


@dataclass(frozen=True)
class Fault:
    """One injected fault. ``status`` for server errors; ``html`` for a proxy-style
    body; ``http_date`` for a Retry-After given as a date."""

    kind: FaultKind
    status: int = 0
    html: bool = False
    http_date: bool = False

    @property
    def answers_early(self) -> bool:
        """True when the fault replaces the real reply altogether."""
        return self.kind in (FaultKind.RATE_LIMIT, FaultKind.SERVER_ERROR)


class FaultInjector:
    """Draws faults from its own seeded stream (so task plans do not shift them)."""

    def __init__(self, rate: float, seed: int | None, retry_after: float, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.retry_after = retry_after
        self.clock = clock
        self._rng = random.Random(f"faults:{seed}") if seed is not None else random.Random()
        self._forced: deque[Fault] = deque()
        self._lock = threading.Lock()

    def force(
        self, kind: FaultKind, *, status: int = 503, html: bool = False, http_date: bool = False
    ) -> None:
        """Inject ``kind`` into the next request that can take it (tests)."""
        with self._lock:
            self._forced.append(Fault(kind, status if kind is FaultKind.SERVER_ERROR else 0, html, http_date))

    def draw(self, target: Target) -> Fault | None:
        """The fault for one request, or None. Always consumes the same random
        numbers per request, so one request's outcome never shifts the next's."""
        with self._lock:
            forced = self._take_forced(target)
            roll, pick, detail, form = (self._rng.random() for _ in range(4))
            if forced is not None:
                return forced
            if roll >= self.rate:
                return None
            kind = _pick_weighted(_MENUS[target], pick)
            if kind is FaultKind.SERVER_ERROR:
                status = SERVER_ERROR_STATUSES[min(2, int(detail * 3))]
                return Fault(kind, status=status, html=form < 0.4)
            if kind is FaultKind.RATE_LIMIT:
                return Fault(kind, http_date=form < 0.3)
            return Fault(kind)

    def _take_forced(self, target: Target) -> Fault | None:
        for fault in list(self._forced):
            fits = fault.kind is not FaultKind.TRUNCATE or target is Target.DOWNLOAD
            fits = fits and (fault.kind is not FaultKind.DROP_AFTER or target is not Target.DOWNLOAD)
            if fits:
                self._forced.remove(fault)
                return fault
        return None

    def retry_after_header(self, http_date: bool) -> str:
        """Retry-After as whole seconds, or as the HTTP date that many seconds from now."""
        seconds = max(0, math.ceil(self.retry_after))
        if not http_date:
            return str(seconds)
        # Dates have one-second resolution: round up so the wait is never shorter.
        when = datetime.fromtimestamp(math.ceil(self.clock() + self.retry_after), UTC)
        return format_datetime(when, usegmt=True)

    def early_response(self, fault: Fault) -> Response:
        """The reply that stands in for the real one (429 or 5xx)."""
        if fault.kind is FaultKind.RATE_LIMIT:
            return ApiFailure(
                429,
                "rate_limit_error",
                "Too many requests. Please try again later",
                headers={"Retry-After": self.retry_after_header(fault.http_date)},
            ).response()
        status = fault.status or 500
        text = _SERVER_ERROR_TEXT[status]
        if fault.html:
            # What nginx in front of an API sends: not the API's envelope at all.
            page = (
                f"<html>\r\n<head><title>{status} {text}</title></head>\r\n<body>\r\n"
                f"<center><h1>{status} {text}</h1></center>\r\n<hr><center>nginx</center>\r\n"
                "</body>\r\n</html>\r\n"
            )
            return Response(page, status=status, content_type="text/html; charset=utf-8")
        return ApiFailure(status, _SERVER_ERROR_TYPES[status], f"{text}: please retry later").response()


def _pick_weighted(menu: tuple[tuple[FaultKind, float], ...], roll: float) -> FaultKind:
    total = sum(weight for _, weight in menu)
    point = roll * total
    for kind, weight in menu:
        point -= weight
        if point < 0:
            return kind
    return menu[-1][0]
