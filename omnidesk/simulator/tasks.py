"""One simulated generation task: its planned timeline and what a poll sees.

A task's state is derived from the clock, not from timers: at submission it
gets a plan (how long it queues, how long it runs, whether and when it fails)
and ``advance(now)`` works out where it is. It only reaches ``completed`` once
its MP4 has really been rendered, so a client never gets a link to a file
that is not there. Every status change is recorded with the (planned) time it
happened.

Because the timeline is anchored to the clock, a task saved with
``to_record`` and loaded with ``from_record`` by another simulator process
carries on exactly where it would have been.
"""

from __future__ import annotations

import dataclasses
import math
import random
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from omnidesk.api.pricing import credits_for
from omnidesk.simulator import messages
from omnidesk.simulator.validation import GenerationParams

PENDING = "pending"
PROCESSING = "processing"
COMPLETED = "completed"
FAILED = "failed"
TERMINAL = frozenset({COMPLETED, FAILED})

# Where in the processing phase each kind of failure strikes (0 = at once, 1 = at the end).
FAILURE_POINT = {
    messages.UPSTREAM_QUOTA: 0.0,
    messages.MODERATION: 0.15,
    messages.UPSTREAM_TIMEOUT: 1.0,
}
TASK_SPREAD = 0.3  # a task takes task_seconds +- 30 %

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_task_id(now: float, rng: random.Random) -> str:
    """``task_`` + a 26-character ULID: 48 bits of milliseconds, 80 random bits."""
    value = (int(now * 1000) & (2**48 - 1)) << 80 | rng.getrandbits(80)
    chars = []
    for _ in range(26):
        value, digit = divmod(value, 32)
        chars.append(_CROCKFORD[digit])
    return "task_" + "".join(reversed(chars))


def is_well_formed_task_id(task_id: str) -> bool:
    return len(task_id) == 31 and task_id.startswith("task_") and all(c in _CROCKFORD for c in task_id[5:])


@dataclass(frozen=True)
class TaskPlan:
    """How a task will go, decided (seeded) at submission."""

    queue_seconds: float
    run_seconds: float  # from submission to the planned end, queue included
    failure: str | None  # a messages.FAILURE_KINDS value, or None to succeed
    estimated_time: int

    @classmethod
    def draw(cls, rng: random.Random, task_seconds: float, fail_rate: float) -> TaskPlan:
        run = task_seconds * rng.uniform(1 - TASK_SPREAD, 1 + TASK_SPREAD)
        queue = run * rng.uniform(0.1, 0.25)
        failure = rng.choice(messages.FAILURE_KINDS) if rng.random() < fail_rate else None
        return cls(
            queue_seconds=queue,
            run_seconds=run,
            failure=failure,
            estimated_time=max(1, math.ceil(task_seconds * (1 + TASK_SPREAD))),
        )


@dataclass
class SimTask:
    """A task as the simulator keeps it. Mutated only under the state's lock."""

    id: str
    params: GenerationParams
    body: dict[str, Any]
    created: float
    plan: TaskPlan
    idempotency_key: str | None = None
    request_id: str = field(default_factory=lambda: "req_" + secrets.token_hex(8))
    link_token: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    status: str = PENDING
    progress: int = 0
    history: list[dict[str, Any]] = field(default_factory=list)
    finished_at: float | None = None
    failure: str | None = None
    video_path: Path | None = None
    rendered_at: float | None = None  # clock time the MP4 was ready (or the render gave up)
    render_failed: bool = False
    charged: bool = False
    link_ttl: float = 24 * 3600

    def __post_init__(self) -> None:
        if not self.history:
            # "submitted" is what the submission reply said; polls start at "pending".
            self.history = [
                {"status": "submitted", "time": self.created},
                {"status": PENDING, "time": self.created},
            ]

    @property
    def cost(self) -> float:
        """What this task costs when it completes (failures cost nothing)."""
        return self.params.cost

    @property
    def processing_at(self) -> float:
        return self.created + self.plan.queue_seconds

    @property
    def planned_end(self) -> float:
        return self.created + self.plan.run_seconds

    @property
    def expires_at(self) -> float | None:
        if self.status != COMPLETED or self.finished_at is None:
            return None
        return self.finished_at + self.link_ttl

    def advance(self, now: float) -> bool:
        """Bring status and progress up to ``now``. True when the task just finished."""
        if self.status in TERMINAL:
            return False
        if self.status == PENDING and now >= self.processing_at:
            self._enter(PROCESSING, self.processing_at)
        if self.status != PROCESSING:
            return False
        failure_time = self._failure_time()
        if failure_time is not None and now >= failure_time:
            self.progress = max(self.progress, self._progress_at(failure_time))
            self.failure = self.plan.failure
            self._enter(FAILED, failure_time)
            return True
        if now >= self.planned_end and self.rendered_at is not None:
            finished = max(self.planned_end, self.rendered_at)
            if self.render_failed:
                self.failure = messages.RENDER_ERROR
                self._enter(FAILED, finished)
            else:
                self.progress = 100
                self._enter(COMPLETED, finished)
            return True
        self.progress = max(self.progress, self._progress_at(now))
        return False

    def _failure_time(self) -> float | None:
        if self.plan.failure is None:
            return None
        processing = self.planned_end - self.processing_at
        return self.processing_at + FAILURE_POINT[self.plan.failure] * processing

    def _progress_at(self, when: float) -> int:
        if when < self.processing_at:
            return 0
        span = self.planned_end - self.processing_at
        fraction = 1.0 if span <= 0 else (when - self.processing_at) / span
        # 99 at most until the video really exists.
        return min(99, 1 + int(98 * min(1.0, fraction)))

    def _enter(self, status: str, when: float) -> None:
        self.status = status
        self.history.append({"status": status, "time": when})
        if status in TERMINAL:
            self.finished_at = when

    def to_api(self, file_url: str, language: str) -> dict[str, Any]:
        """The ``data`` of a ``GET /v1/tasks/{id}`` reply. ``file_url`` is the result
        link (used only when completed)."""
        data: dict[str, Any] = {
            "id": self.id,
            "model": self.body.get("model"),
            "status": self.status,
            "progress": self.progress,
            "created": int(self.created),
            "estimated_time": self.plan.estimated_time,
        }
        if self.finished_at is not None:
            data["completed"] = int(self.finished_at)
            data["actual_time"] = max(1, round(self.finished_at - self.created))
        if self.status == COMPLETED:
            data["cost"] = self.cost
            data["credits_cost"] = credits_for(self.cost)
            expires_at = self.expires_at
            data["result"] = {"videos": [{"url": [file_url], "expires_at": int(expires_at or 0)}]}
        elif self.status == FAILED:
            kind = self.failure or messages.RENDER_ERROR
            data["cost"] = 0
            data["credits_cost"] = 0
            data["error"] = {
                "message": messages.failure_message(kind, self.request_id, language),
                "code": "task_failed",
                "type": kind,
            }
        return data

    def to_record(self, root: Path) -> dict[str, Any]:
        """Everything about the task as JSON, for the durable store. ``root`` is the
        data dir: the video is kept as a path relative to it, so the dir can move."""
        video = None
        if self.video_path is not None:
            video = self.video_path.relative_to(root).as_posix()
        return {
            "id": self.id,
            "params": dataclasses.asdict(self.params),
            "body": self.body,
            "created": self.created,
            "plan": dataclasses.asdict(self.plan),
            "idempotency_key": self.idempotency_key,
            "request_id": self.request_id,
            "link_token": self.link_token,
            "status": self.status,
            "progress": self.progress,
            "history": self.history,
            "finished_at": self.finished_at,
            "failure": self.failure,
            "video": video,
            "rendered_at": self.rendered_at,
            "render_failed": self.render_failed,
            "charged": self.charged,
            "link_ttl": self.link_ttl,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any], root: Path) -> SimTask:
        """The task ``to_record`` described."""
        params = dict(record["params"])
        params["image_urls"] = tuple(params["image_urls"])
        params["video_urls"] = tuple(params["video_urls"])
        video = record.get("video")
        return cls(
            id=record["id"],
            params=GenerationParams(**params),
            body=record["body"],
            created=float(record["created"]),
            plan=TaskPlan(**record["plan"]),
            idempotency_key=record.get("idempotency_key"),
            request_id=record["request_id"],
            link_token=record["link_token"],
            status=record["status"],
            progress=int(record["progress"]),
            history=list(record["history"]),
            finished_at=record.get("finished_at"),
            failure=record.get("failure"),
            video_path=None if video is None else root / video,
            rendered_at=record.get("rendered_at"),
            render_failed=bool(record.get("render_failed", False)),
            charged=bool(record.get("charged", False)),
            link_ttl=float(record["link_ttl"]),
        )

    def to_control(self) -> dict[str, Any]:
        """Everything about the task, for ``GET /_simulator/tasks``."""
        return {
            "id": self.id,
            "status": self.status,
            "progress": self.progress,
            "mode": self.params.mode,
            "body": self.body,
            "idempotency_key": self.idempotency_key,
            "cost": self.cost,
            "charged": self.charged,
            "created": self.created,
            "finished_at": self.finished_at,
            "expires_at": self.expires_at,
            "planned_end": self.planned_end,
            "planned_failure": self.plan.failure,
            "rendered": self.video_path is not None and not self.render_failed,
            "history": list(self.history),
        }
