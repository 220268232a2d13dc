"""What the command line prints: one JSON object for scripts, plain lines and a
progress line on stderr for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from omnidesk.api.models import Task, TaskError, TaskStatus
from omnidesk.engine.store import SubmitState, TaskRecord, VideoRecord


def print_json(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def note(message: str) -> None:
    """A human message: always on stderr, so stdout stays machine-readable."""
    print(message, file=sys.stderr, flush=True)


def error_json(error: TaskError | None) -> dict[str, Any] | None:
    if error is None:
        return None
    return {"type": error.type, "code": error.code, "message": error.message}


def task_to_json(task: Task, files: Sequence[Path] | None = None) -> dict[str, Any]:
    """The CLI's public shape of a task (see the README)."""
    obj: dict[str, Any] = {
        "task_id": task.id,
        "status": task.status.value,
        "progress": task.progress,
        "cost": task.cost,
        "credits_cost": task.credits_cost,
        "estimated_time": task.estimated_time,
        "actual_time": task.actual_time,
        "videos": [{"url": v.url, "expires_at": v.expires_at} for v in task.videos],
        "error": error_json(task.error),
    }
    if files is not None:
        obj["files"] = [str(path.resolve()) for path in files]
    return obj


def record_to_json(record: TaskRecord, videos: Sequence[VideoRecord], *, with_files: bool) -> dict[str, Any]:
    """A stored task in the same shape as ``task_to_json`` (plus local fields)."""
    status = record.status.value if record.status else TaskStatus.PENDING.value
    obj: dict[str, Any] = {
        "task_id": record.task_id,
        "status": status,
        "progress": record.progress,
        "cost": record.cost,
        "credits_cost": record.credits_cost,
        "estimated_time": record.estimated_time,
        "actual_time": record.actual_time,
        "videos": [{"url": v.url, "expires_at": v.expires_at} for v in videos],
        "error": error_json(record.error),
    }
    if with_files:
        obj["files"] = [str(v.local_path.resolve()) for v in videos if v.local_path is not None]
    return obj


def format_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def describe(
    status: str,
    *,
    raw_status: str | None = None,
    progress: int | None = None,
    elapsed: float | None = None,
    estimated: float | None = None,
    cost: float | None = None,
    error: TaskError | None = None,
) -> str:
    """One line for a person: status, percent, elapsed against estimated, cost or error."""
    parts = [status if not raw_status or raw_status == status else f"{status} ({raw_status})"]
    if progress is not None:
        parts.append(f"{progress}%")
    if elapsed is not None:
        estimate = f" of ~{format_seconds(estimated)} estimated" if estimated else ""
        parts.append(f"{format_seconds(elapsed)} elapsed{estimate}")
    if cost is not None and status == TaskStatus.COMPLETED.value:
        parts.append(f"cost {cost:g}")
    if error is not None:
        parts.append(f"error: {error.message}")
    return " · ".join(parts)


def describe_task(task: Task, elapsed: float | None = None) -> str:
    line = describe(
        task.status.value,
        raw_status=task.raw_status,
        progress=task.progress,
        elapsed=elapsed,
        estimated=task.estimated_time,
        cost=task.cost,
        error=task.error,
    )
    return line + (" · no media returned" if task.no_media else "")


def describe_record(record: TaskRecord, elapsed: float | None = None) -> str:
    if record.state is not SubmitState.ACCEPTED:
        word = {SubmitState.QUEUED: "queued", SubmitState.SENDING: "sending", SubmitState.REJECTED: "refused"}
        line = word[record.state] + (" (paused)" if record.paused else "")
        return line + (f" · {record.issue}" if record.issue else "")
    assert record.status is not None
    line = describe(
        record.status.value,
        raw_status=record.raw_status,
        progress=record.progress,
        elapsed=elapsed,
        estimated=record.estimated_time,
        cost=record.cost,
        error=record.error,
    )
    if record.download_state is not None:
        line += f" · download {record.download_state.value}"
    return line


class ProgressLine:
    """Progress on stderr: rewritten in place on a terminal, one line per change otherwise."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last = ""

    def show(self, text: str) -> None:
        if text == self._last:
            return
        if self._tty:
            sys.stderr.write("\r\x1b[2K" + text)
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()
        self._last = text

    def done(self) -> None:
        if self._tty and self._last:
            sys.stderr.write("\n")
            sys.stderr.flush()
        self._last = ""
