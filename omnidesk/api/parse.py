"""Tolerant reading of real API replies into typed models (API.md section 5b).

Real traffic differs from the documentation: envelopes or bare objects, data
as an array or an object, numbers as strings, URLs as a string or an array,
failures inside HTTP 200. These functions read all of that without crashing
and without misreading it:

- a failure inside HTTP 200 raises the typed error ``error_from_response``
  picks, never a success;
- a reply that is not JSON (an HTML page from a proxy, an empty or cut-off
  body) raises ServerError in plain words;
- a field of the wrong type is treated as absent, never a crash. Only
  OmniDeskError subclasses ever leave this module.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from omnidesk.api.errors import ServerError, error_from_response, header_value
from omnidesk.api.models import Balance, SubmitResult, Task, TaskError, TaskStatus, Upload, VideoResult
from omnidesk.api.spec import UPLOAD_TTL_SECONDS

Body = bytes | str | Mapping[str, Any] | list[Any] | None

NO_REASON = "failed, no reason given"

# Server status words and what they mean to us. Anything not here is PENDING:
# never finished (API.md 2), with the raw word kept on the Task.
_STATUS_WORDS: dict[str, TaskStatus] = {
    "pending": TaskStatus.PENDING,
    "submitted": TaskStatus.PENDING,
    "queued": TaskStatus.PENDING,
    "processing": TaskStatus.PROCESSING,
    "in_progress": TaskStatus.PROCESSING,
    "running": TaskStatus.PROCESSING,
    "completed": TaskStatus.COMPLETED,
    "failed": TaskStatus.FAILED,
    "cancelled": TaskStatus.CANCELLED,
    "canceled": TaskStatus.CANCELLED,
}


# --- decoding -------------------------------------------------------------------


def load_json(body: Body, *, what: str = "reply") -> Any:
    """The decoded JSON of a reply, or ServerError saying in plain words what came instead."""
    if isinstance(body, Mapping | list):
        return body
    if body is None:
        raise ServerError(f"The server sent an empty {what}.")
    if isinstance(body, bytes | bytearray):
        text = bytes(body).decode("utf-8", errors="replace")
    elif isinstance(body, str):
        text = body
    else:
        raise ServerError(f"The server sent a {what} OmniDesk cannot read.")
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise ServerError(f"The server sent an empty {what}.")
    try:
        return json.loads(stripped)
    except RecursionError:
        raise ServerError(f"The server sent a {what} nested too deeply to read.") from None
    except ValueError:
        if stripped.startswith("<"):
            raise ServerError(
                f"The server sent an HTML page instead of the API's {what} "
                "(probably from a proxy or gateway in between)."
            ) from None
        raise ServerError(
            f"The server sent a {what} that is not valid JSON (it may have been cut off)."
        ) from None


def raise_if_failure(
    payload: Any, headers: Mapping[str, str] | None = None, *, on_task: bool = False
) -> None:
    """Raise the typed error for a failure that came inside HTTP 200.

    Failures look like ``{"success": false, ...}``, ``{"code": 400, ...}``
    (a numeric code of 400 or more) or a bare ``{"error": {...}}`` with
    neither data nor a task status. A failed *task* (``status: failed`` with
    an ``error``) is not a failed call and passes.
    """
    if not isinstance(payload, Mapping):
        return
    failed = payload.get("success") is False or _error_status(payload.get("code")) is not None
    if not failed and payload.get("error") and "data" not in payload and "status" not in payload:
        failed = True
    if failed:
        raise error_from_response(200, payload, headers, on_task=on_task)


def _error_status(value: Any) -> int | None:
    number = _as_int(value)
    return number if number is not None and number >= 400 else None


# --- lenient field readers --------------------------------------------------------


def _as_float(value: Any) -> float | None:
    """A finite number from a number or a numeric string; anything else is absent."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text or len(text) > 64:
            return None
        try:
            value = float(text)
        except ValueError:
            return None
    if isinstance(value, int):
        try:
            value = float(value)
        except OverflowError:
            return None
    if isinstance(value, float) and math.isfinite(value):
        return value
    return None


def _as_int(value: Any) -> int | None:
    number = _as_float(value)
    return None if number is None else int(number)


def _as_str(value: Any) -> str | None:
    """A non-empty string; numbers become their text; empty strings mean absent."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else str(value)
    return None


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return False


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _first_mapping(value: Any) -> Mapping[str, Any] | None:
    """The object itself, or the first object of an array."""
    if isinstance(value, Mapping):
        return value
    if isinstance(value, list):
        for item in value:
            if isinstance(item, Mapping):
                return item
    return None


def _unwrap(payload: Any) -> Mapping[str, Any] | None:
    """The fields of a reply: inside ``data`` when enveloped, else the top level."""
    if not isinstance(payload, Mapping):
        return _first_mapping(payload)
    if "data" in payload:
        inner = _first_mapping(payload.get("data"))
        if inner is not None:
            return inner
    return payload


def status_from_word(word: str) -> TaskStatus:
    """What a server status word means to us (unknown words: PENDING, not finished)."""
    return _STATUS_WORDS.get(word.strip().lower(), TaskStatus.PENDING)


# --- the replies ----------------------------------------------------------------


def parse_submit(body: Body, headers: Mapping[str, str] | None = None) -> SubmitResult:
    """The task a submission created (or, replayed, the original one).

    Accepts ``data`` as the documented array or the newer object, and the id
    as ``task_id`` or ``id``. A reply without a task id is a ServerError, never
    an accepted task.
    """
    payload = load_json(body, what="reply to the submission")
    raise_if_failure(payload, headers)
    data = _unwrap(payload)
    if data is None:
        raise ServerError("The server accepted the submission but its reply holds no task.")
    task_id = _as_str(data.get("task_id")) or _as_str(data.get("id"))
    if task_id is None:
        raise ServerError("The server's reply to the submission carries no task id.")
    raw_status = _as_str(data.get("status")) or ""
    replayed = (header_value(headers, "Idempotency-Replayed") or "").strip().lower() == "true"
    return SubmitResult(
        task_id=task_id,
        status=status_from_word(raw_status),
        raw_status=raw_status,
        replayed=replayed,
    )


def parse_task(body: Body, *, task_id: str | None = None) -> Task:
    """A task's state from a poll reply (enveloped or bare).

    ``task_id`` is the id that was asked for, used when the reply omits it.
    """
    payload = load_json(body, what="task reply")
    raise_if_failure(payload, on_task=True)
    data = _unwrap(payload)
    if data is None:
        raise ServerError("The server's task reply holds no task.")
    found_id = _as_str(data.get("id")) or _as_str(data.get("task_id")) or task_id
    if found_id is None:
        raise ServerError("The server's task reply carries no task id.")
    raw_status = _as_str(data.get("status")) or ""
    status = status_from_word(raw_status)

    progress = _as_int(data.get("progress"))
    if progress is None and isinstance(data.get("progress"), str):
        # "45%" is seen from some proxies.
        progress = _as_int(data["progress"].strip().rstrip("%"))
    if progress is not None:
        progress = min(100, max(0, progress))

    videos = _videos(data.get("result"))
    error = _task_error(data.get("error"))
    if status is TaskStatus.FAILED and error is None:
        error = TaskError(NO_REASON)

    return Task(
        id=found_id,
        status=status,
        raw_status=raw_status,
        progress=progress,
        created=_as_float(data.get("created")),
        completed=_as_float(data.get("completed")),
        estimated_time=_as_float(data.get("estimated_time")),
        actual_time=_as_float(data.get("actual_time")),
        cost=_as_float(data.get("cost")),
        credits_cost=_as_float(data.get("credits_cost")),
        videos=videos,
        error=error,
    )


def _videos(result: Any) -> tuple[VideoResult, ...]:
    """Every result link, from ``result.videos[].url`` as an array or a plain string."""
    entries: Any
    if isinstance(result, Mapping):
        entries = result.get("videos")
    elif isinstance(result, list):
        entries = result
    else:
        return ()
    if isinstance(entries, Mapping | str):
        entries = [entries]
    if not isinstance(entries, list):
        return ()
    found: list[VideoResult] = []
    for entry in entries:
        if isinstance(entry, str):
            urls: Any = entry
            expires_at = None
        elif isinstance(entry, Mapping):
            urls = entry.get("url")
            if urls is None:
                urls = entry.get("urls")
            expires_at = _as_float(entry.get("expires_at"))
        else:
            continue
        if isinstance(urls, str):
            urls = [urls]
        if not isinstance(urls, list):
            continue
        for url in urls:
            if isinstance(url, str) and url.strip():
                found.append(VideoResult(url=url.strip(), expires_at=expires_at))
    return tuple(found)


def _task_error(value: Any) -> TaskError | None:
    """Why a task failed: an object with any of code/message/type, or a plain string."""
    if isinstance(value, str):
        return TaskError(value.strip()) if value.strip() else None
    if not isinstance(value, Mapping) or not value:
        return None
    message = _as_str(value.get("message")) or _as_str(value.get("msg"))
    code = _as_str(value.get("code"))
    error_type = _as_str(value.get("type"))
    if message is None and code is None and error_type is None:
        return None
    return TaskError(message=message or NO_REASON, code=code, type=error_type)


def parse_balance(body: Body) -> Balance:
    """Money (and credits) left. ``success: false`` in HTTP 200 raises; unlimited means no amount."""
    payload = load_json(body, what="balance reply")
    raise_if_failure(payload)
    data = _unwrap(payload)
    if data is None:
        raise ServerError("The server's balance reply holds no balance.")
    known = ("remain_balance", "used_balance", "unlimited_quota", "remain_credits", "used_credits")
    if not any(key in data for key in known):
        raise ServerError("The server's balance reply holds no balance.")
    unlimited = _as_bool(data.get("unlimited_quota"))
    remain = _as_float(data.get("remain_balance"))
    # -1 stands for "unlimited": never show it as money.
    return Balance(
        remain_balance=None if unlimited else remain,
        used_balance=_as_float(data.get("used_balance")),
        unlimited_quota=unlimited,
        remain_credits=None if unlimited else _as_float(data.get("remain_credits")),
        used_credits=_as_float(data.get("used_credits")),
    )


def parse_upload(body: Body, now: float) -> Upload:
    """An uploaded image's public URL and when it expires (72 h after creation).

    ``now`` (Unix seconds) dates the upload when the reply has no ``created_at``.
    """
    payload = load_json(body, what="upload reply")
    raise_if_failure(payload)
    data = _unwrap(payload)
    raw_url = data.get("url") if data is not None else None
    url = raw_url.strip() if isinstance(raw_url, str) else None
    if data is None or not url:
        raise ServerError("The server's upload reply carries no image URL.")
    created_at = _as_float(data.get("created_at"))
    expires_at = _as_float(data.get("expires_at"))
    if expires_at is None:
        expires_at = (created_at if created_at is not None else now) + UPLOAD_TTL_SECONDS
    size = _as_int(data.get("bytes"))
    return Upload(
        url=url,
        expires_at=expires_at,
        filename=_as_str(data.get("filename")),
        content_type=_as_str(data.get("content_type")),
        bytes=size if size is not None and size >= 0 else None,
        created_at=created_at,
    )


def parse_model_schema(body: Body) -> dict[str, Any]:
    """The model-schema reply as a dict (unwrapped from ``data`` if enveloped)."""
    payload = load_json(body, what="model schema")
    raise_if_failure(payload)
    if not isinstance(payload, Mapping):
        raise ServerError("The server's model schema is not a JSON object.")
    data = payload.get("data")
    if "input_schema" not in payload and isinstance(data, Mapping):
        payload = data
    return dict(payload)
