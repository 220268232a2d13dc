"""Everything a running simulator remembers: tasks, uploads, balance, idempotency
keys and the request log, behind one lock, with time from the injectable clock.

In memory only by default. With ``SimulatorConfig.state_dir`` every change is
also written to a ``store.DiskStore`` before it is acted on (a submission is
committed before its reply exists), and a new state on the same directory
loads it all back: tasks carry on along their clock-anchored timelines,
videos a dead process never finished are rendered again, links, tokens and
Idempotency-Keys stay valid.

Tests reach it as ``RunningSimulator.state`` to inspect or adjust it (set the
balance, expire links, hold submissions in flight or renders back, wait for
renders).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import random
import secrets
import shutil
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from omnidesk.api.spec import UPLOAD_TTL_SECONDS
from omnidesk.simulator import tasks
from omnidesk.simulator.config import SimulatorConfig
from omnidesk.simulator.replies import ApiFailure
from omnidesk.simulator.store import DiskStore, sync_directory, sync_file, write_durably
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

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "created_at": self.created_at,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any], root: Path) -> StoredUpload:
        upload_id, filename = record["id"], record["filename"]
        return cls(
            id=upload_id,
            filename=filename,
            content_type=record["content_type"],
            size=int(record["size"]),
            created_at=float(record["created_at"]),
            path=root / "uploads" / upload_id / filename,
        )


@dataclass
class IdempotencyRecord:
    """What the server remembers about one Idempotency-Key."""

    fingerprint: str
    done: bool = False
    status: int = 0
    reply: Any = None
    task_id: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "status": self.status,
            "reply": self.reply,
            "task_id": self.task_id,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> IdempotencyRecord:
        return cls(record["fingerprint"], True, int(record["status"]), record["reply"], record["task_id"])


class SimulatorState:
    """The simulator's memory. Thread-safe: every request thread and render
    worker goes through ``self.lock``.

    With ``config.state_dir``, ``data_dir`` must be that directory: the state is
    loaded from it here (raising ``store.StateDirBusy`` if another simulator
    holds it) and kept there until ``close()``.
    """

    def __init__(self, config: SimulatorConfig, data_dir: Path) -> None:
        self.config = config
        self.clock: Callable[[], float] = config.clock
        self.data_dir = data_dir
        self.lock = threading.RLock()
        # One seeded stream for task plans, ids and reply codes; faults have their own.
        self.rng = random.Random(f"tasks:{config.seed}") if config.seed is not None else random.Random()
        # Cleared by tests to keep a submission "still being handled" (idempotency_in_progress).
        self.submissions_open = threading.Event()
        self.submissions_open.set()
        # Cleared by tests to hold renders back (a process that dies before its video is made).
        self.renders_open = threading.Event()
        self.renders_open.set()
        self._closing = False
        self._reset_memory()
        self.store: DiskStore | None = None
        if config.state_dir is not None:
            self.store = DiskStore(data_dir, REQUEST_LOG_LIMIT)
        self._render_pool = ThreadPoolExecutor(RENDER_WORKERS, thread_name_prefix="omnidesk-sim-render")
        if self.store is not None:
            try:
                self._load()
            except BaseException:
                self.close()
                raise

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

    @property
    def durable(self) -> bool:
        """True when the state lives in a state dir and outlives this process."""
        return self.store is not None

    # --- persistence ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Everything saved inside is committed together (a no-op in memory)."""
        if self.store is None:
            yield
            return
        with self.store.transaction():
            yield

    def _save_task(self, task: SimTask) -> None:
        if self.store is not None:
            self.store.put_task(task.id, task.to_record(self.data_dir))

    def _save_rng(self) -> None:
        # A seeded run stays reproducible across a restart: the next task draws what it
        # would have drawn had the process lived on (an unseeded one needs no such care).
        if self.store is not None and self.config.seed is not None:
            self.store.set_meta("rng", {"seed": self.config.seed, "state": self.rng.getstate()})

    def _save_balance(self) -> None:
        if self.store is not None:
            self.store.set_meta("balance", {"remain": self.remain_balance, "used": self.used_balance})

    def _load(self) -> None:
        """Take up what the state dir holds (called once, before serving)."""
        assert self.store is not None
        store = self.store
        for folder in ("uploads", "videos"):
            (self.data_dir / folder).mkdir(exist_ok=True)
        sync_directory(self.data_dir)
        balance = store.get_meta("balance")
        if balance is None:
            self._save_balance()  # a new state dir starts from the configured balance
        else:
            self.remain_balance, self.used_balance = float(balance["remain"]), float(balance["used"])
        saved_rng = store.get_meta("rng")
        # Only the same seed's stream is carried on; another seed starts its own.
        if saved_rng is not None and saved_rng["seed"] == self.config.seed:
            version, internal, gauss = saved_rng["state"]
            self.rng.setstate((version, tuple(internal), gauss))
        for record in store.uploads():
            upload = StoredUpload.from_record(record, self.data_dir)
            if upload.path.is_file():
                self.uploads[upload.id] = upload
            else:
                log.warning("upload %s lost its file; forgetting it", upload.id)
        for record in store.tasks():
            task = SimTask.from_record(record, self.data_dir)
            self.tasks[task.id] = task
        for scope, key, record in store.idempotency():
            self.idempotency[(scope, key)] = IdempotencyRecord.from_record(record)
        self.request_log.extend(store.read_log())
        self._sweep_files()
        self._resume_renders()
        log.info("loaded %d tasks, %d uploads from %s", len(self.tasks), len(self.uploads), self.data_dir)

    def _sweep_files(self) -> None:
        """Remove what a crash can leave behind: half-written files, and files written
        durably whose record the crash kept from being committed."""
        for path in (self.data_dir / "videos").iterdir():
            if path.suffix == ".part" or path.stem not in self.tasks:
                path.unlink(missing_ok=True)
        for folder in (self.data_dir / "uploads").iterdir():
            if folder.name not in self.uploads:
                shutil.rmtree(folder, ignore_errors=True)
                continue
            for path in folder.glob("*.part"):
                path.unlink(missing_ok=True)

    def _resume_renders(self) -> None:
        """Render again every video the last process did not finish (or lost)."""
        for task in self.tasks.values():
            event = threading.Event()
            self._rendered[task.id] = event
            never_rendered = task.plan.failure is not None or task.render_failed
            if never_rendered or (task.video_path is not None and task.video_path.is_file()):
                event.set()
            else:
                if task.status not in tasks.TERMINAL:
                    # Not rendered (or its file is gone): it must not complete until it is.
                    task.video_path, task.rendered_at = None, None
                log.info("task %s has no video yet; rendering it", task.id)
                self._render_pool.submit(self._render, task.id, self._render_spec(task))

    # --- tasks ----------------------------------------------------------------------------------

    def create_task(
        self,
        params: GenerationParams,
        body: dict[str, Any],
        idempotency_key: str | None,
        reply_for: Callable[[SimTask], tuple[int, Any]],
        scope: str | None = None,
    ) -> tuple[SimTask, int, Any]:
        """Record a new task and start rendering it; 402 when the balance cannot pay for it.

        Returns the task and the reply ``reply_for`` made for it (status, body).
        With an Idempotency-Key claimed in ``scope`` (``begin_idempotent``), the
        claim is finished with that reply in the same step - and, with a state
        dir, in the same committed transaction: no crash can keep the task but
        forget the key, which would let a retry create and bill a second one.

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
            status, reply = reply_for(task)
            record = None
            if idempotency_key is not None and scope is not None:
                record = self.idempotency.get((scope, idempotency_key))
            # Durable first, then in memory: if the commit fails, nothing happened.
            with self._transaction():
                self._save_task(task)
                if record is not None and self.store is not None:
                    done = IdempotencyRecord(record.fingerprint, True, status, reply, task.id)
                    self.store.put_idempotency(scope or "", idempotency_key or "", done.to_record())
                self._save_rng()
            self.tasks[task.id] = task
            self._rendered[task.id] = threading.Event()
            if record is not None:
                record.done, record.status, record.reply, record.task_id = True, status, reply, task.id
        log.info("task %s submitted (%s, %s)", task.id, params.mode, params.resolution)
        if task.plan.failure is None:
            spec = self._render_spec(task)
            self._render_pool.submit(self._render, task.id, spec)
        else:
            # A task doomed to fail never needs its video.
            self._rendered[task.id].set()
        return task, status, reply

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
        with self.lock, self._transaction():
            moment = self.now() if now is None else now
            for task in self.tasks.values():
                self._advance(task, moment)

    def _advance(self, task: SimTask, now: float) -> None:
        status = task.status
        if task.advance(now) and task.status == tasks.COMPLETED and not task.charged:
            task.charged = True
            self.remain_balance = round(self.remain_balance - task.cost, 6)
            self.used_balance = round(self.used_balance + task.cost, 6)
            log.info("task %s completed; charged %.2f", task.id, task.cost)
        if task.status != status:
            # Saved on each status change (progress alone is re-derived from the clock);
            # a completion and its charge in one transaction, so neither outlives the other.
            with self._transaction():
                self._save_task(task)
                if task.charged and task.status == tasks.COMPLETED:
                    self._save_balance()

    def available_balance(self) -> float:
        with self.lock:
            held = sum(t.cost for t in self.tasks.values() if t.status not in tasks.TERMINAL)
            return self.remain_balance - held

    def set_balance(self, remain: float) -> None:
        """Set what is left (tests: spend the balance, top it up)."""
        with self.lock:
            self.remain_balance = float(remain)
            self._save_balance()

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
            with self._transaction():
                for task in self.tasks.values():
                    if task.finished_at is not None:
                        task.link_ttl = min(task.link_ttl, now - task.finished_at - 1)
                        self._save_task(task)

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
        # Images as they were when the task was submitted: a render resumed after a
        # restart uses the same pictures even if their links have expired since.
        images = tuple(
            render.ImageInput(_short_url(url), self.upload_bytes_for(url, at=task.created))
            for url in params.image_urls
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

        self.renders_open.wait()
        if self._closing:
            return  # left for the next simulator on this state dir (or for nobody)
        destination = self.data_dir / "videos" / f"{task_id}.mp4"
        failed = False
        try:
            render.render_video(spec, destination)
            if self.store is not None:
                # On disk before the record saying so is committed.
                sync_file(destination)
        except Exception:
            # The task then fails like an upstream error would; a render bug must not hang it.
            log.exception("rendering %s (%s) failed", task_id, render.describe(spec))
            failed = True
        with self.lock:
            task = self.tasks.get(task_id)
            if task is not None:
                task.video_path = None if failed else destination
                if task.status not in tasks.TERMINAL:
                    task.render_failed = failed
                    task.rendered_at = self.now()
                self._save_task(task)
            event = self._rendered.get(task_id)
        if event is not None:
            event.set()

    # --- uploads --------------------------------------------------------------------------------

    def store_upload(self, data: bytes, filename: str, content_type: str) -> StoredUpload:
        upload_id = secrets.token_hex(8)
        folder = self.data_dir / "uploads" / upload_id
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / filename
        if self.store is not None:
            # The file (and its new folder) reach the disk before the record naming them.
            write_durably(path, data)
            sync_directory(folder.parent)
        else:
            path.write_bytes(data)
        upload = StoredUpload(upload_id, filename, content_type, len(data), self.now(), path)
        with self.lock:
            if self.store is not None:
                self.store.put_upload(upload_id, upload.to_record())
            self.uploads[upload_id] = upload
        return upload

    def find_upload(self, upload_id: str) -> StoredUpload | None:
        with self.lock:
            return self.uploads.get(upload_id)

    def upload_bytes_for(self, url: str, at: float | None = None) -> bytes | None:
        """The bytes behind an image URL if it is one of this simulator's uploads, live
        at ``at`` (default now); None for anything else (the simulator cannot fetch
        the internet)."""
        try:
            path = urlsplit(url).path
        except ValueError:
            return None
        if not path.startswith(UPLOAD_PATH_PREFIX):
            return None
        upload = self.find_upload(path[len(UPLOAD_PATH_PREFIX) :].split("/", 1)[0])
        moment = self.now() if at is None else at
        if upload is None or moment >= upload.expires_at:
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

    def abandon_idempotent(self, scope: str, key: str) -> None:
        """Forget a claim whose request failed, so a corrected retry is judged afresh.
        (Claims live in memory only until ``create_task`` finishes them: a claim
        dies with its process, as the request holding it does.)"""
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
            if self.store is not None:
                try:
                    self.store.append_log(entry)
                except OSError:
                    # The log is a testing aid: a full disk must not fail the request itself.
                    log.warning("could not append to the request log in %s", self.data_dir, exc_info=True)

    def log_snapshot(self) -> list[dict[str, Any]]:
        with self.lock:
            return [dict(entry) for entry in self.request_log]

    # --- lifecycle ------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget every task, upload, key and log entry; restore the starting balance
        (in the state dir too)."""
        with self.lock:
            for event in self._rendered.values():
                event.set()
            if self.store is not None:
                self.store.clear()
            self._reset_memory()
            self._save_balance()
            for folder in ("uploads", "videos"):
                shutil.rmtree(self.data_dir / folder, ignore_errors=True)
                if self.store is not None:
                    (self.data_dir / folder).mkdir()

    def close(self) -> None:
        """Stop rendering (queued renders are dropped - a state dir keeps them for the
        next simulator; a running one is waited for), then close the state dir."""
        self._closing = True
        self.submissions_open.set()
        self.renders_open.set()
        self._render_pool.shutdown(wait=True, cancel_futures=True)
        with self.lock:
            if self.store is not None:
                self.store.close()


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
