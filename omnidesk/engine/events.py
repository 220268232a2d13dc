"""What the engine tells its listeners (the Qt bridge, the CLI's progress line).

Events are small frozen values delivered on the engine's own threads; a
listener must not block, and a GUI listener must hand them to its UI thread
(``ui/bridge.py`` does, through queued signals).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from omnidesk.engine.store import TaskRecord, VideoRecord


@dataclass(frozen=True)
class TaskUpdated:
    """A submission or task changed (state, status, progress, download state...)."""

    record: TaskRecord


@dataclass(frozen=True)
class VideoUpdated:
    """A result video's download moved on (queued, downloading, done, failed, expired)."""

    video: VideoRecord
    received: int | None = None  # bytes so far, while downloading
    total: int | None = None


@dataclass(frozen=True)
class ConnectionChanged:
    """Online, or offline and when the next try is (``retry_at``, engine clock)."""

    online: bool
    retry_at: float | None = None
    message: str = ""


@dataclass(frozen=True)
class QueueChanged:
    """Whether queued submissions are being sent, and if not, why and until when.

    ``reason`` is plain words for the user ("Paused by you", "Rate limited by
    the API: waiting 30 s", "Your balance is spent", ...). ``blocked_until``
    is an engine-clock time for waits that end by themselves.
    """

    paused_by_user: bool
    blocked_until: float | None = None
    reason: str = ""


@dataclass(frozen=True)
class Notice:
    """A message for the user, in plain words with what to do next."""

    level: Literal["info", "warning", "error"]
    message: str
    local_id: int | None = None


EngineEvent = TaskUpdated | VideoUpdated | ConnectionChanged | QueueChanged | Notice
