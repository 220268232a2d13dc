"""Typed values that cross the API boundary: requests out, tasks and balances in.

These are plain frozen dataclasses with no I/O. ``rules.py`` decides whether a
request may be sent and what JSON it becomes; ``parse.py`` builds the reply
types from whatever a real server sent.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from omnidesk.api.spec import DEFAULT_ASPECT_RATIO, DEFAULT_DURATION, DEFAULT_RESOLUTION


class Mode(enum.StrEnum):
    """What the user picks; decides generation_type and which inputs apply."""

    TEXT = "text"
    FRAME = "frame"
    REFERENCE = "reference"
    VIDEO = "video"

    @property
    def label(self) -> str:
        return _MODE_LABELS[self]


_MODE_LABELS = {
    Mode.TEXT: "Text to video",
    Mode.FRAME: "First frame (image to video)",
    Mode.REFERENCE: "Reference images",
    Mode.VIDEO: "Reference video",
}


@dataclass(frozen=True)
class GenerationRequest:
    """One generation as the user asked for it.

    ``duration`` is ignored (never sent) in video mode. ``generation_type`` is
    derived from the mode except in video mode, where it is optional and only
    meaningful with images.
    """

    prompt: str
    mode: Mode = Mode.TEXT
    duration: int | None = DEFAULT_DURATION
    resolution: str = DEFAULT_RESOLUTION
    aspect_ratio: str = DEFAULT_ASPECT_RATIO
    image_urls: tuple[str, ...] = ()
    video_urls: tuple[str, ...] = ()
    generation_type: str | None = None


class TaskStatus(enum.StrEnum):
    """A task's state as OmniDesk understands it.

    The server's ``submitted`` and ``queued`` and any status we do not know
    all read as PENDING: never finished.
    """

    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def is_terminal(self) -> bool:
        return self in (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED)


@dataclass(frozen=True)
class VideoResult:
    """One result video: its link (kept intact, query string and all) and when it dies."""

    url: str
    expires_at: float | None = None

    def __repr__(self) -> str:
        # Signed links are credentials of a sort: never show them whole.
        return f"VideoResult(url={redact_url(self.url)!r}, expires_at={self.expires_at!r})"


@dataclass(frozen=True)
class TaskError:
    """Why a task failed, as the server put it (message shown as given)."""

    message: str
    code: str | None = None
    type: str | None = None


@dataclass(frozen=True)
class Task:
    """A task's state from one poll."""

    id: str
    status: TaskStatus
    raw_status: str = ""
    progress: int | None = None
    created: float | None = None
    completed: float | None = None
    estimated_time: float | None = None
    actual_time: float | None = None
    cost: float | None = None
    credits_cost: float | None = None
    videos: tuple[VideoResult, ...] = ()
    error: TaskError | None = None

    @property
    def no_media(self) -> bool:
        """Completed but the server returned nothing to download."""
        return self.status is TaskStatus.COMPLETED and not self.videos


@dataclass(frozen=True)
class SubmitResult:
    """What a submission returned: the new (or, on an idempotent replay, original) task."""

    task_id: str
    status: TaskStatus
    raw_status: str = ""
    replayed: bool = False


@dataclass(frozen=True)
class Balance:
    """Money left on the account or key. ``remain_balance`` is None when unlimited."""

    remain_balance: float | None
    used_balance: float | None
    unlimited_quota: bool = False
    remain_credits: float | None = None
    used_credits: float | None = None


@dataclass(frozen=True)
class Upload:
    """An uploaded image: its public URL and when that URL stops working."""

    url: str
    expires_at: float
    filename: str | None = None
    content_type: str | None = None
    bytes: int | None = None
    created_at: float | None = None
    sha256: str | None = field(default=None, compare=False)


def redact_url(url: str) -> str:
    """A URL safe to log: scheme, host and the file name, no query string."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable url>"
    name = parts.path.rsplit("/", 1)[-1]
    query = "?…" if parts.query else ""
    return f"{parts.scheme}://{parts.netloc}/…/{name}{query}" if parts.netloc else "<url>"
