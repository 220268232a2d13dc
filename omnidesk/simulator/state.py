"""Everything a running simulator remembers: tasks, uploads, balance, idempotency
keys and the request log, behind one lock, with time from the injectable clock.

Tests reach it as ``RunningSimulator.state`` to inspect or adjust it (set the
balance, expire links, hold submissions in flight, wait for renders).
"""

from __future__ import annotations

import hashlib
import logging
import random
import secrets
import shutil
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from omnidesk.api.spec import UPLOAD_TTL_SECONDS
from omnidesk.simulator import tasks
from omnidesk.simulator.config import SimulatorConfig
from omnidesk.simulator.replies import ApiFailure
from omnidesk.simulator.tasks import SimTask, TaskPlan
from omnidesk.simulator.validation import GenerationParams

if TYPE_CHECKING:
    from omnidesk.simulator import render

log = logging.getLogger(__name__)

# The render pool is small on purpose: rendering competes with the app for the CPU.
RENDER_WORKERS = 2
# A demo left polling for days must not grow without bound; tests never get near this.
REQUEST_LOG_LIMIT = 100_000
UPLOAD_PATH_PREFIX = "/files/uploads/"
VIDEO_PATH_PREFIX = "/files/videos/"
_MODE_LABELS = {
    "text": "text to video",
    "frame": "first frame",
    "reference": "reference images",
    "video": "reference video",
}


@dataclass
class StoredUpload:
    """An uploaded image kept on disk and served back at its URL path."""

    id: str
    filename: str
    content_type: str
    size: int
    created_at: float
    path: Path

    @property
    def url_path(self) -> str:
        return f"{UPLOAD_PATH_PREFIX}{self.id}/{self.filename}"

    @property
    def expires_at(self) -> float:
        return self.created_at + UPLOAD_TTL_SECONDS


@dataclass
class IdempotencyRecord:
    """What the server remembers about one Idempotency-Key."""

    fingerprint: str
    done: bool = False
    status: int = 0
    reply: Any = None
    task_id: str | None = None


class SimulatorState:
    """The simulator's memory. Thread-safe: every request thread and render
    worker goes through ``self.lock``."""

    def __init__(self, config: SimulatorConfig, data_dir: Path) -> None:
        self.config = config
        self.clock: Callable[[], float] = config.clock
        self.data_dir = data_dir
        self.lock = threading.RLock()
        # One seeded stream for task plans, ids and reply codes; faults have their own.
        self.rng = random.Random(f"tasks:{config.seed}") if config.seed is not None else random.Random()
        self._render_pool = ThreadPoolExecutor(RENDER_WORKERS, thread_name_prefix="omnidesk-sim-render")
        # Cleared by tests to keep a submission "still being handled" (idempotency_in_progress).
        self.submissions_open = threading.Event()
        self.submissions_open.set()
        self._reset_memory()

    def _reset_memory(self) -> None:
        self.tasks: dict[str, SimTask] = {}
        self.uploads: dict[str, StoredUpload] = {}
        self.idempotency: dict[tuple[str, str], IdempotencyRecord] = {}
        self.request_log: deque[dict[str, Any]] = deque(maxlen=REQUEST_LOG_LIMIT)
        self.remain_balance = float(self.config.balance)
        self.used_balance = 0.0
        self._rendered: dict[str, threading.Event] = {}

    def now(self) -> float:
        return float(self.clock())

    # --- tasks ----------------------------------------------------------------------------------

    def create_task(
        self, params: GenerationParams, body: dict[str, Any], idempotency_key: str | None
    ) -> SimTask:
        """Record a new task and start rendering it; 402 when the balance cannot pay for it.

        What is left is the balance minus what unfinished tasks will be charged,
        so a burst of submissions cannot overspend it.
        """
        with self.lock:
            now = self.now()
            self.refresh_all(now)
            if params.cost > self.available_balance() + 1e-9:
                raise ApiFailure(
                    402, "payment_required", "Insufficient account balance. Please recharge and try again"
                )
            task = SimTask(
                id=self._unused_task_id(now),
                params=params,
                body=body,
                created=now,
                plan=TaskPlan.draw(self.rng, self.config.task_seconds, self.config.fail_rate),
                idempotency_key=idempotency_key,
                link_ttl=self.config.link_ttl,
            )
            self.tasks[task.id] = task
            self._rendered[task.id] = threading.Event()
        log.info("task %s submitted (%s, %s)", task.id, params.mode, params.resolution)
        if task.plan.failure is None:
            spec = self._render_spec(task)
            self._render_pool.submit(self._render, task.id, spec)
        else:
            # A task doomed to fail never needs its video.
            self._rendered[task.id].set()
        return task

    def draw_accepted_status(self) -> int:
        """200 or 202 for an object-shaped submission reply (seeded: both occur)."""
        with self.lock:
            return 202 if self.rng.random() < 0.5 else 200

    def _unused_task_id(self, now: float) -> str:
        while True:
            task_id = tasks.new_task_id(now, self.rng)
            if task_id not in self.tasks:
                return task_id

    def get_task(self, task_id: str) -> SimTask | None:
        """The task brought up to now, or None."""
        with self.lock:
            task = self.tasks.get(task_id)
            if task is not None:
                self._advance(task, self.now())
            return task

    def refresh_all(self, now: float | None = None) -> None:
        """Bring every task up to now (charging the ones that just completed)."""
        with self.lock:
            moment = self.now() if now is None else now
            for task in self.tasks.values():
                self._advance(task, moment)

    def _advance(self, task: SimTask, now: float) -> None:
        if task.advance(now) and task.status == tasks.COMPLETED and not task.charged:
            task.charged = True
            self.remain_balance = round(self.remain_balance - task.cost, 6)
            self.used_balance = round(self.used_balance + task.cost, 6)
            log.info("task %s completed; charged %.2f", task.id, task.cost)

    def available_balance(self) -> float:
        with self.lock:
            held = sum(t.cost for t in self.tasks.values() if t.status not in tasks.TERMINAL)
            return self.remain_balance - held

    def set_balance(self, remain: float) -> None:
        """Set what is left (tests: spend the balance, top it up)."""
        with self.lock:
            self.remain_balance = float(remain)

    def balance_reply(self) -> dict[str, Any]:
        with self.lock:
            self.refresh_all()
            return {
                "success": True,
                "remain_balance": round(self.remain_balance, 4),
                "used_balance": round(self.used_balance, 4),
                "unlimited_quota": False,
            }

    def expire_links(self) -> None:
        """Make every result link already expired (tests of expiry without moving the clock)."""
        with self.lock:
            self.refresh_all()
            now = self.now()
            for task in self.tasks.values():
                if task.finished_at is not None:
                    task.link_ttl = min(task.link_ttl, now - task.finished_at - 1)

    def wait_rendered(self, task_id: str, timeout: float = 30.0) -> bool:
        """Block until the task's video is rendered (or known never to be). True if so."""
        event = self._rendered.get(task_id)
        return event.wait(timeout) if event is not None else False

    def snapshot_tasks(self) -> list[dict[str, Any]]:
        with self.lock:
            self.refresh_all()
            return [task.to_control() for task in self.tasks.values()]

    # --- rendering ------------------------------------------------------------------------------

    def _render_spec(self, task: SimTask) -> render.RenderSpec:
        # Imported here: PyAV, numpy and Pillow cost ~120 ms, paid only once a task exists.
        from omnidesk.simulator import render

        params = task.params
        width, height = params.size
        caption = (
            f"{params.resolution} · {params.aspect_ratio} · {params.seconds} s · "
            f"{_MODE_LABELS[params.mode]} · {_short_task_id(task.id)}"
        )
        images = tuple(
            render.ImageInput(_short_url(url), self.upload_bytes_for(url)) for url in params.image_urls
        )
        mode = params.mode
        if mode == "video" and params.generation_type == "frame":
            mode = "frame"
        return render.RenderSpec(
            prompt=params.prompt,
            width=width,
            height=height,
            seconds=params.seconds,
            fps=render.fps_for(params.resolution, self.config.render_fps),
            mode=mode,
            caption=caption,
            images=images,
            video_label=_short_url(params.video_urls[0]) if params.video_urls else None,
        )

    def _render(self, task_id: str, spec: render.RenderSpec) -> None:
        from omnidesk.simulator import render

        destination = self.data_dir / "videos" / f"{task_id}.mp4"
        failed = False
        try:
            render.render_video(spec, destination)
        except Exception:
            # The task then fails like an upstream error would; a render bug must not hang it.
            log.exception("rendering %s (%s) failed", task_id, render.describe(spec))
            failed = True
        with self.lock:
            task = self.tasks.get(task_id)
            if task is not None:
                task.video_path = None if failed else destination
                task.render_failed = failed
                task.rendered_at = self.now()
            event = self._rendered.get(task_id)
        if event is not None:
            event.set()

    # --- uploads --------------------------------------------------------------------------------

    def store_upload(self, data: bytes, filename: str, content_type: str) -> StoredUpload:
        upload_id = secrets.token_hex(8)
        folder = self.data_dir / "uploads" / upload_id
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / filename
        path.write_bytes(data)
        upload = StoredUpload(upload_id, filename, content_type, len(data), self.now(), path)
        with self.lock:
            self.uploads[upload_id] = upload
        return upload

    def find_upload(self, upload_id: str) -> StoredUpload | None:
        with self.lock:
            return self.uploads.get(upload_id)

    def upload_bytes_for(self, url: str) -> bytes | None:
        """The bytes behind an image URL if it is one of this simulator's live uploads;
        None for anything else (the simulator cannot fetch the internet)."""
        try:
            path = urlsplit(url).path
        except ValueError:
            return None
        if not path.startswith(UPLOAD_PATH_PREFIX):
            return None
        upload = self.find_upload(path[len(UPLOAD_PATH_PREFIX) :].split("/", 1)[0])
        if upload is None or self.now() >= upload.expires_at:
            return None
        try:
            return upload.path.read_bytes()
        except OSError:
            return None

    # --- idempotency ----------------------------------------------------------------------------

    def begin_idempotent(self, scope: str, key: str, fingerprint: str) -> tuple[str, IdempotencyRecord]:
        """Claim ``key`` for a submission. Returns the verdict and the record:
        ``new`` (claimed: finish or abandon it), ``replay``, ``in_progress`` or ``reused``."""
        with self.lock:
            record = self.idempotency.get((scope, key))
            if record is None:
                record = IdempotencyRecord(fingerprint)
                self.idempotency[(scope, key)] = record
                return "new", record
            if record.fingerprint != fingerprint:
                return "reused", record
            return ("replay" if record.done else "in_progress"), record

    def finish_idempotent(self, scope: str, key: str, status: int, reply: Any, task_id: str) -> None:
        with self.lock:
            record = self.idempotency[(scope, key)]
            record.done, record.status, record.reply, record.task_id = True, status, reply, task_id

    def abandon_idempotent(self, scope: str, key: str) -> None:
        """Forget a claim whose request failed, so a corrected retry is judged afresh."""
        with self.lock:
            record = self.idempotency.get((scope, key))
            if record is not None and not record.done:
                del self.idempotency[(scope, key)]

    def key_in_flight(self, key: str) -> bool:
        """True while a submission with this Idempotency-Key is being handled."""
        with self.lock:
            return any(k == key and not r.done for (_, k), r in self.idempotency.items())

    # --- request log ----------------------------------------------------------------------------

    def record_request(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.request_log.append(entry)

    def log_snapshot(self) -> list[dict[str, Any]]:
        with self.lock:
            return [dict(entry) for entry in self.request_log]

    # --- lifecycle ------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget every task, upload, key and log entry; restore the starting balance."""
        with self.lock:
            for event in self._rendered.values():
                event.set()
            self._reset_memory()
        for folder in ("uploads", "videos"):
            shutil.rmtree(self.data_dir / folder, ignore_errors=True)

    def close(self) -> None:
        """Stop rendering (queued renders are dropped; a running one is waited for)."""
        self.submissions_open.set()
        self._render_pool.shutdown(wait=True, cancel_futures=True)


def scope_for(api_key: str) -> str:
    """Idempotency keys are per API key; keep a digest, never the key itself."""
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()[:16]


def _short_task_id(task_id: str) -> str:
    """The task id as drawn on a frame: the prefix and the last characters (the
    random part of the ULID), short enough for a portrait 720p frame."""
    return f"{task_id[:5]}…{task_id[-8:]}"


def _short_url(url: str) -> str:
    """A URL shortened for drawing on a frame: host and file name, no query."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<url>"
    name = parts.path.rsplit("/", 1)[-1] or "/"
    return f"{parts.netloc}/…/{name}"
