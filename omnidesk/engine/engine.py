"""The engine: the one facade the GUI and the CLI use to make videos.

It owns the life of every submission: written to the store before it is
sent, sent (and after a crash re-sent with the same Idempotency-Key), polled
in the background at an adaptive cadence, downloaded, verified and filed in
the library. Nothing here imports Qt: listeners get plain events on the
engine's threads (``events.py``); the GUI's bridge moves them to its UI thread.

Threads: one scheduler thread does every API call except downloads (sends
and polls, paced by one global rate cap, paused by a 429 and backed off
while offline); a small pool downloads. Each thread has its own ApiClient
(a requests.Session is not shared across threads). ``step()`` is the whole
scheduler logic for one instant, so tests can drive it on a fake clock.
"""

from __future__ import annotations

import hashlib
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from omnidesk.api.client import ApiClient
from omnidesk.api.errors import (
    AuthenticationError,
    IdempotencyConflictError,
    OmniDeskError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitedError,
    TaskNotFoundError,
    ValidationError,
)
from omnidesk.api.models import GenerationRequest, TaskError, TaskStatus
from omnidesk.api.pricing import estimate_cost
from omnidesk.api.retry import DEFAULT_POLICY, NO_RETRY, RetryPolicy
from omnidesk.api.rules import build_body, validate
from omnidesk.engine.cadence import CadencePolicy, TaskPace, next_poll_delay, note_poll
from omnidesk.engine.downloader import download_video
from omnidesk.engine.events import (
    ConnectionChanged,
    EngineEvent,
    Notice,
    QueueChanged,
    TaskUpdated,
    VideoUpdated,
)
from omnidesk.engine.library import Library
from omnidesk.engine.lock import EngineLock
from omnidesk.engine.pacing import Backoff, TokenBucket
from omnidesk.engine.store import (
    DEFAULT_MAX_DOWNLOAD_ATTEMPTS,
    DownloadState,
    Store,
    SubmitState,
    TaskRecord,
    VideoRecord,
)

log = logging.getLogger(__name__)

ClientFactory = Callable[[RetryPolicy], ApiClient]
Listener = Callable[[EngineEvent], None]

# The scheduler never sleeps longer than this, so a clock jump or a missed wake-up costs little.
MAX_IDLE = 1.0
# How many submissions one step sends before it lets polls have their turn.
SENDS_PER_STEP = 4
# How often the store is asked for links that expired before their download.
EXPIRY_CHECK_INTERVAL = 60.0


@dataclass(frozen=True)
class EngineConfig:
    """Tunable figures, in seconds of the service's time (``cadence.time_scale`` shrinks them all)."""

    cadence: CadencePolicy = field(default_factory=CadencePolicy)
    requests_per_second: float = 4.0  # global cap on sends and polls together
    burst: float = 8.0
    download_workers: int = 3
    offline_first_backoff: float = 2.0
    offline_max_backoff: float = 60.0
    rate_limit_fallback: float = 10.0  # pause after a 429 that gave no Retry-After
    download_retry_first: float = 5.0
    download_retry_max: float = 120.0
    download_policy: RetryPolicy = DEFAULT_POLICY

    def scaled(self, seconds: float) -> float:
        return self.cadence.scaled(seconds)


class Engine:
    """Submit, track, download; see the module docstring.

    ``client_factory(policy)`` makes an ApiClient with that retry policy; the
    engine calls it once per thread that talks to the API.
    """

    def __init__(
        self,
        client_factory: ClientFactory,
        *,
        store: Store,
        library: Library,
        config: EngineConfig | None = None,
        clock: Callable[[], float] = time.time,
        lock_path: Path | None = None,
    ) -> None:
        self.store = store
        self.library = library
        self.config = config or EngineConfig()
        self._clock = clock
        self._client_factory = client_factory
        self._lock_path = lock_path or store.path.with_name("engine.lock")
        self._process_lock: EngineLock | None = None
        self._listeners: list[Listener] = []
        self._listeners_lock = threading.Lock()
        self._state_lock = threading.RLock()
        self._local = threading.local()
        self._all_clients: list[ApiClient] = []
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._pool: ThreadPoolExecutor | None = None
        rng = random.Random()
        self._bucket = TokenBucket(self.config.requests_per_second, self.config.burst)
        self._offline = Backoff(
            self.config.scaled(self.config.offline_first_backoff),
            self.config.scaled(self.config.offline_max_backoff),
            rng,
        )
        self._rate_limited_until: float | None = None
        self._user_paused = False
        # A stop only the user can lift (key refused, balance spent), and the error behind it.
        self._blocked_error: OmniDeskError | None = None
        self._paces: dict[int, TaskPace] = {}
        self._next_poll: dict[int, float] = {}
        self._active: dict[int, TaskRecord] = {}
        self._send_not_before: dict[int, float] = {}
        self._downloading: dict[int, Future[VideoRecord]] = {}
        self._download_retry: dict[int, Backoff] = {}
        self._next_expiry_check = 0.0
        self._recovered = False

    # ------------------------------------------------------------ listeners

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every event (on engine threads); returns an unsubscribe."""
        with self._listeners_lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._listeners_lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, event: EngineEvent) -> None:
        with self._listeners_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:  # a broken listener must not stop the engine
                log.exception("an engine listener failed on %s", type(event).__name__)

    # ------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Take the process lock, recover what a previous run left, start the threads."""
        if self._thread is not None:
            return
        self._process_lock = EngineLock(self._lock_path)
        self._process_lock.acquire()
        self.recover()
        self._pool = ThreadPoolExecutor(self.config.download_workers, thread_name_prefix="omnidesk-download")
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="omnidesk-engine", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 30.0) -> None:
        """Stop the threads (downloads finish their current chunk) and release the lock.

        Nothing is lost by stopping at any moment: the next start resumes.
        """
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        with self._state_lock:
            clients, self._all_clients = self._all_clients, []
        for client in clients:
            client.close()
        if self._process_lock is not None:
            self._process_lock.release()
            self._process_lock = None

    def __enter__(self) -> Engine:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def recover(self) -> None:
        """Pick up after a previous run, however it ended (idempotent)."""
        if self._recovered:
            return
        now = self._clock()
        interrupted = self.store.requeue_interrupted_downloads(now=now)
        if interrupted:
            log.info("resuming %d interrupted download(s)", len(interrupted))
        with self._state_lock:
            for record in self.store.active():
                self._track(record)
            # Links may have changed since (signed links rotate; the demo server moves
            # port): ask once for fresh ones before downloading what is left.
            for local_id in {video.local_id for video in self.store.videos_to_download(now=now)}:
                finished = self.store.get(local_id)
                if finished is not None and finished.task_id and local_id not in self._active:
                    self._track(finished, poll_now=True)
        self._recovered = True

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                delay = self.step()
            except Exception as exc:  # keep the engine alive, and say so
                log.exception("engine step failed")
                self._emit(Notice("error", f"OmniDesk hit an unexpected problem and will retry: {exc}"))
                delay = MAX_IDLE
            self._wake.wait(timeout=max(0.0, min(delay, MAX_IDLE)))
            self._wake.clear()

    def wake(self) -> None:
        self._wake.set()

    # ------------------------------------------------------------ clients

    def client(self, policy: RetryPolicy = DEFAULT_POLICY) -> ApiClient:
        """This thread's ApiClient for ``policy`` (made on first use)."""
        clients: dict[RetryPolicy, ApiClient] = getattr(self._local, "clients", None) or {}
        self._local.clients = clients
        if policy not in clients:
            client = self._client_factory(policy)
            clients[policy] = client
            with self._state_lock:
                self._all_clients.append(client)
        return clients[policy]

    # ------------------------------------------------------------ user actions

    def submit(
        self,
        request: GenerationRequest,
        *,
        local_images: Sequence[str | None] = (),
        parent_id: int | None = None,
        batch_id: str | None = None,
    ) -> TaskRecord:
        """Record a submission (validated; raises ValidationError) and queue it for sending.

        Images must already be URLs (see ``upload_images``); ``local_images``
        names the files they came from, for the sidecar.
        """
        body = build_body(request)
        now = self._clock()
        record = self.store.add_submission(
            request,
            body,
            str(uuid.uuid4()),
            now=now,
            quoted_cost=estimate_cost(request.resolution, body.get("duration")),
            local_images=local_images,
            parent_id=parent_id,
            batch_id=batch_id,
            paused=self._user_paused,
        )
        self.store.note_prompt(request.prompt, now=now)
        self._emit(TaskUpdated(record))
        self.wake()
        return record

    def upload_images(
        self, paths: Sequence[Path], on_uploaded: Callable[[Path], None] | None = None
    ) -> list[str]:
        """Upload local images (on the calling thread), reusing a URL while it stays valid."""
        urls = []
        for path in paths:
            digest = _sha256(path)
            cached = self.store.cached_upload(digest, now=self._clock())
            if cached is None:
                upload = self.client().upload_image(path)
                cached = self.store.remember_upload(upload, digest, now=self._clock())
            urls.append(cached.url)
            if on_uploaded is not None:
                on_uploaded(path)
        return urls

    def submit_with_images(
        self,
        request: GenerationRequest,
        local: Mapping[int, Path],
        *,
        on_uploaded: Callable[[Path], None] | None = None,
        parent_id: int | None = None,
        batch_id: str | None = None,
    ) -> TaskRecord:
        """Upload the local images first, then submit (on the calling thread).

        ``local`` maps positions in ``request.image_urls`` to files; whatever
        URL stands at those positions (a placeholder that passed validation)
        is replaced by the upload's URL. The request is validated before any
        upload, so a bad one uploads nothing.
        """
        validate(request)
        if not local:
            return self.submit(request, parent_id=parent_id, batch_id=batch_id)
        positions = sorted(local)
        urls = self.upload_images([local[i] for i in positions], on_uploaded=on_uploaded)
        image_urls = list(request.image_urls)
        for index, url in zip(positions, urls, strict=True):
            image_urls[index] = url
        local_images = [str(local[i]) if i in local else None for i in range(len(image_urls))]
        return self.submit(
            replace(request, image_urls=tuple(image_urls)),
            local_images=local_images,
            parent_id=parent_id,
            batch_id=batch_id,
        )

    def submit_batch(
        self,
        items: Sequence[tuple[GenerationRequest, Mapping[int, Path]]],
        *,
        label: str,
        kind: str,
        parent_id: int | None = None,
        on_uploaded: Callable[[Path], None] | None = None,
    ) -> list[TaskRecord]:
        """Submit several requests as one named batch (variations, a prompt matrix).

        Every request is validated before anything is recorded, so a bad one
        leaves no half batch. Images shared by the requests upload once (the
        upload cache); the scheduler sends them at the pace the rate cap allows.
        """
        if not items:
            raise ValueError("a batch needs at least one request")
        for request, _local in items:
            validate(request)
        batch_id = str(uuid.uuid4())
        self.store.add_batch(batch_id, label, kind, now=self._clock())
        return [
            self.submit_with_images(
                request, local, on_uploaded=on_uploaded, parent_id=parent_id, batch_id=batch_id
            )
            for request, local in items
        ]

    def pause_queue(self) -> None:
        """Hold queued submissions (already sent ones keep running on the server)."""
        now = self._clock()
        with self._state_lock:
            self._user_paused = True
            for record in self.store.to_send():
                if record.state is SubmitState.QUEUED:
                    self._emit(TaskUpdated(self.store.set_paused(record.id, True, now=now)))
        self._emit_queue_state()

    def resume_queue(self) -> None:
        """Send queued submissions again; also lifts a stop for a refused key or spent balance."""
        now = self._clock()
        with self._state_lock:
            self._user_paused = False
            self._blocked_error = None
            for record in self.store.to_send(include_paused=True):
                if record.paused:
                    self._emit(TaskUpdated(self.store.set_paused(record.id, False, now=now)))
        self._emit_queue_state()
        self.wake()

    def stop_tracking(self, local_id: int) -> TaskRecord:
        """Stop polling a task. The server may still finish it and charge for it."""
        record = self.store.set_tracking(local_id, False, now=self._clock())
        with self._state_lock:
            self._untrack(local_id)
        self._emit(TaskUpdated(record))
        self._emit(
            Notice(
                "info",
                "OmniDesk stopped checking this task. The service has no cancel, so it may still "
                "finish and charge for it; choose 'Track again' to pick it up.",
                local_id,
            )
        )
        return record

    def track_again(self, local_id: int) -> TaskRecord:
        record = self.store.set_tracking(local_id, True, now=self._clock())
        with self._state_lock:
            self._paces.pop(local_id, None)
            if record.state is SubmitState.ACCEPTED:
                self._track(record, poll_now=True)
        self._emit(TaskUpdated(record))
        self.wake()
        return record

    def retry_download(self, local_id: int) -> None:
        """Try a task's failed or expired downloads again now (an expired link is re-polled first)."""
        now = self._clock()
        record = self.store.get(local_id)
        if record is None:
            return
        for video in self.store.videos(local_id):
            if video.state in (DownloadState.FAILED, DownloadState.EXPIRED):
                self._download_retry.pop(video.id, None)
                self._emit(VideoUpdated(self.store.set_video_state(video.id, DownloadState.PENDING, now=now)))
        if record.task_id and any(v.state is DownloadState.EXPIRED for v in self.store.videos(local_id)):
            # The service may hand out a fresh link for a finished task.
            with self._state_lock:
                self._track(record, poll_now=True)
        self._next_expiry_check = 0.0
        self.wake()

    def remove(self, local_id: int) -> TaskRecord:
        """Hide a finished (or untracked) task from the list; its history stays on record."""
        record = self.store.remove(local_id, now=self._clock())
        with self._state_lock:
            self._untrack(local_id)
        self._emit(TaskUpdated(record))
        return record

    # ------------------------------------------------------------ status

    @property
    def queue_paused(self) -> bool:
        return self._user_paused

    @property
    def blocked_error(self) -> OmniDeskError | None:
        """Why sending stopped until the user acts (a refused key, a spent balance), if it did."""
        return self._blocked_error

    def is_settled(self, local_id: int) -> bool:
        """True once nothing more will happen to this submission by itself."""
        record = self.store.get(local_id)
        if record is None or record.state is SubmitState.REJECTED or not record.tracking:
            return True
        if record.state is not SubmitState.ACCEPTED or not record.is_terminal:
            return False
        if local_id in self._active:
            return False  # a replayed task still needs its first poll
        return all(self._video_settled(video) for video in self.store.videos(local_id))

    def _video_settled(self, video: VideoRecord) -> bool:
        if video.state in (DownloadState.DONE, DownloadState.EXPIRED):
            return True
        return video.state is DownloadState.FAILED and video.attempts >= DEFAULT_MAX_DOWNLOAD_ATTEMPTS

    # ------------------------------------------------------------ the scheduler

    def step(self) -> float:
        """Do everything due now; return seconds until something is next due."""
        now = self._clock()
        waits = [MAX_IDLE]
        if now >= self._next_expiry_check:
            self._expire_links(now)
            self._next_expiry_check = now + self.config.scaled(EXPIRY_CHECK_INTERVAL)
        waits.append(self._send_due(now))
        waits.append(self._poll_due(self._clock()))
        waits.append(self._start_downloads(self._clock()))
        return max(0.0, min(waits))

    def _connection_wait(self, now: float) -> float | None:
        """Seconds until the API may be asked again (offline or rate limited), None if now."""
        waits = []
        if self._offline.blocked(now):
            waits.append(self._offline.retry_at - now)  # type: ignore[operator]
        if self._rate_limited_until is not None:
            if now < self._rate_limited_until:
                waits.append(self._rate_limited_until - now)
            else:
                self._rate_limited_until = None
                self._emit_queue_state()
        return max(waits) if waits else None

    def _send_due(self, now: float) -> float:
        if self._user_paused or self._blocked_error:
            return MAX_IDLE
        wait = self._connection_wait(now)
        if wait is not None:
            return wait
        soonest = MAX_IDLE
        sent = 0
        for record in self.store.to_send():
            not_before = self._send_not_before.get(record.id, 0.0)
            if now < not_before:
                soonest = min(soonest, not_before - now)
                continue
            if sent >= SENDS_PER_STEP:
                return 0.0
            if not self._bucket.try_take(now):
                return self._bucket.wait_time(now)
            self._send(record, now)
            sent += 1
            if self._blocked_error or self._connection_wait(self._clock()) is not None:
                return MAX_IDLE
            now = self._clock()
        return soonest

    def _send(self, record: TaskRecord, now: float) -> None:
        record = self.store.mark_sending(record.id, now=now)
        self._emit(TaskUpdated(record))
        try:
            result = self.client(NO_RETRY).submit_body(record.body, record.idempotency_key)
        except OmniDeskError as exc:
            self._on_send_error(record, exc)
            return
        now = self._clock()
        self._send_not_before.pop(record.id, None)
        self._online()
        record = self.store.mark_accepted(
            record.id, result.task_id, result.status, result.raw_status, now=now, replayed=result.replayed
        )
        with self._state_lock:
            self._track(record)
        self._emit(TaskUpdated(record))

    def _on_send_error(self, record: TaskRecord, exc: OmniDeskError) -> None:
        now = self._clock()
        text = exc.user_text()
        if isinstance(exc, RateLimitedError):
            self._rate_limit(now, exc.retry_after)
            self._emit(TaskUpdated(self.store.back_to_queue(record.id, now=now, note=text)))
        elif isinstance(exc, IdempotencyConflictError) and exc.in_progress:
            # The service is still handling the first attempt: ask again with the same key later.
            delay = exc.retry_after if exc.retry_after is not None else self.config.scaled(2.0)
            self._send_not_before[record.id] = now + delay
            self._emit(TaskUpdated(self.store.back_to_queue(record.id, now=now, note=text)))
        elif isinstance(exc, AuthenticationError | PaymentRequiredError | PermissionDeniedError):
            # Nothing was created; every later submission would fail the same way. Stop and ask.
            self._blocked_error = exc
            self._emit(TaskUpdated(self.store.back_to_queue(record.id, now=now, note=text)))
            self._emit(Notice("error", text, record.id))
            self._emit_queue_state()
        elif exc.retryable:
            # It may or may not have reached the service: re-send later with the same key.
            retry_at = self._went_offline(now, text)
            self._send_not_before[record.id] = retry_at
            self._emit(TaskUpdated(self.store.back_to_queue(record.id, now=now, note=text)))
        else:
            error = TaskError(
                message=exc.message,
                code=getattr(exc, "code", None),
                type=getattr(exc, "error_type", None)
                or (exc.rule if isinstance(exc, ValidationError) else None),
            )
            self._emit(TaskUpdated(self.store.mark_rejected(record.id, error, now=now)))
            self._emit(Notice("error", f"The submission was refused: {text}", record.id))

    def _track(self, record: TaskRecord, *, poll_now: bool = False) -> None:
        """Start polling an accepted task (call with the state lock held)."""
        self._active[record.id] = record
        start = record.accepted_at or record.created_at
        pace = self._paces.setdefault(record.id, TaskPace(submitted_at=start))
        now = self._clock()
        due = (
            now if poll_now else now + next_poll_delay(pace, self.config.cadence, record.estimated_time, now)
        )
        self._next_poll[record.id] = due

    def _untrack(self, local_id: int) -> None:
        self._active.pop(local_id, None)
        self._next_poll.pop(local_id, None)

    def _poll_due(self, now: float) -> float:
        wait = self._connection_wait(now)
        if wait is not None:
            return wait
        with self._state_lock:
            due = sorted((at, local_id) for local_id, at in self._next_poll.items())
        soonest = MAX_IDLE
        for at, local_id in due:
            if at > now:
                soonest = min(soonest, at - now)
                break
            if not self._bucket.try_take(now):
                return self._bucket.wait_time(now)
            self._poll(local_id, now)
            if self._connection_wait(self._clock()) is not None:
                return MAX_IDLE
            now = self._clock()
        return soonest

    def _poll(self, local_id: int, now: float) -> None:
        with self._state_lock:
            record = self._active.get(local_id)
        if record is None or record.task_id is None:
            return
        pace = self._paces[local_id]
        try:
            task = self.client(NO_RETRY).get_task(record.task_id)
        except TaskNotFoundError as exc:
            note_poll(pace, now, None)
            self._lost(record, exc)
            return
        except OmniDeskError as exc:
            note_poll(pace, now, None)
            self._on_poll_error(record, exc)
            return
        now = self._clock()
        self._online()
        note_poll(pace, now, task.progress)
        updated = self.store.record_poll(local_id, task, now=now)
        with self._state_lock:
            if updated.is_terminal:
                self._untrack(local_id)
                self._paces.pop(local_id, None)
            elif local_id in self._active:
                self._active[local_id] = updated
                self._next_poll[local_id] = now + next_poll_delay(
                    pace, self.config.cadence, updated.estimated_time, now
                )
        self._emit(TaskUpdated(updated))
        if updated.is_terminal and record.status != updated.status:
            self._announce_end(updated)

    def _announce_end(self, record: TaskRecord) -> None:
        if record.status is TaskStatus.COMPLETED:
            if not self.store.videos(record.id):
                self._emit(
                    Notice("warning", "The task finished but the service returned no video.", record.id)
                )
        elif record.status is TaskStatus.FAILED:
            reason = record.error.message if record.error else "no reason given"
            self._emit(Notice("error", f"The task failed: {reason}", record.id))

    def _lost(self, record: TaskRecord, exc: OmniDeskError) -> None:
        """The service does not know the task (any more): stop polling, keep the record."""
        now = self._clock()
        message = "The service no longer knows this task; OmniDesk stopped checking it."
        self.store.record_poll_error(record.id, message, now=now)
        updated = self.store.set_tracking(record.id, False, now=now)
        with self._state_lock:
            self._untrack(record.id)
        self._emit(TaskUpdated(updated))
        self._emit(Notice("warning", f"{message} ({exc.message})", record.id))

    def _on_poll_error(self, record: TaskRecord, exc: OmniDeskError) -> None:
        now = self._clock()
        text = exc.user_text()
        if isinstance(exc, RateLimitedError):
            self._rate_limit(now, exc.retry_after)
            retry_at = self._rate_limited_until or now
        elif exc.retryable:
            retry_at = self._went_offline(now, text)
        else:
            # A refused key and the like: keep the task, ask again much later, tell the user once.
            retry_at = now + self.config.scaled(self.config.offline_max_backoff)
            self._emit(Notice("error", text, record.id))
        with self._state_lock:
            if record.id in self._next_poll:
                self._next_poll[record.id] = max(self._next_poll[record.id], retry_at)

    def _rate_limit(self, now: float, retry_after: float | None) -> None:
        delay = (
            retry_after if retry_after is not None else self.config.scaled(self.config.rate_limit_fallback)
        )
        until = now + delay
        if self._rate_limited_until is None or until > self._rate_limited_until:
            self._rate_limited_until = until
        log.info("rate limited by the API: pausing requests for %.1f s", delay)
        self._emit_queue_state()

    def _went_offline(self, now: float, message: str) -> float:
        retry_at = self._offline.fail(now)
        self._emit(ConnectionChanged(False, retry_at, message))
        return retry_at

    def _online(self) -> None:
        if self._offline.succeed():
            self._emit(ConnectionChanged(True))

    def _emit_queue_state(self) -> None:
        if self._user_paused:
            reason = "Paused: queued submissions wait until you resume."
        elif self._blocked_error:
            reason = f"Stopped: {self._blocked_error.user_text()}"
        elif self._rate_limited_until is not None:
            left = max(0.0, self._rate_limited_until - self._clock())
            reason = f"The service asked OmniDesk to slow down: waiting {left:.0f} s before sending more."
        else:
            reason = ""
        self._emit(QueueChanged(self._user_paused, self._rate_limited_until, reason))

    # ------------------------------------------------------------ downloads

    def _expire_links(self, now: float) -> None:
        for video in self.store.expire_overdue_videos(now=now):
            self._emit(VideoUpdated(video))
            self._emit(
                Notice(
                    "warning",
                    "A result's link expired before it was downloaded. Generate it again to get the video.",
                    video.local_id,
                )
            )

    def _start_downloads(self, now: float) -> float:
        pool = self._pool
        if pool is None:
            return MAX_IDLE
        with self._state_lock:
            for video_id in [v for v, f in self._downloading.items() if f.done()]:
                del self._downloading[video_id]
            free = self.config.download_workers - len(self._downloading)
        if free <= 0:
            return MAX_IDLE
        soonest = MAX_IDLE
        for video in self.store.videos_to_download(now=now):
            if video.id in self._downloading:
                continue
            backoff = self._download_retry.get(video.id)
            if video.state is DownloadState.FAILED and backoff is not None and backoff.blocked(now):
                soonest = min(soonest, backoff.retry_at - now)  # type: ignore[operator]
                continue
            if free <= 0:
                break
            with self._state_lock:
                self._downloading[video.id] = pool.submit(self._download, video)
            free -= 1
        return soonest

    def _download(self, video: VideoRecord) -> VideoRecord:
        def progress(received: int, total: int | None) -> None:
            self._emit(VideoUpdated(video, received, total))

        try:
            result = download_video(
                self.client(self.config.download_policy),
                self.store,
                self.library,
                video,
                clock=self._clock,
                on_progress=progress,
            )
        except Exception as exc:
            log.exception("download of task %s video %d failed", video.task_id, video.index)
            result = self.store.set_video_state(
                video.id, DownloadState.FAILED, now=self._clock(), error=f"Unexpected problem: {exc}"
            )
        if result.state is DownloadState.FAILED:
            # The link itself may be what failed: the next poll brings a fresh one.
            record = self.store.get(video.local_id)
            if record is not None and record.task_id and record.tracking:
                with self._state_lock:
                    if video.local_id not in self._active:
                        self._track(record, poll_now=True)
            backoff = self._download_retry.setdefault(
                video.id,
                Backoff(
                    self.config.scaled(self.config.download_retry_first),
                    self.config.scaled(self.config.download_retry_max),
                ),
            )
            backoff.fail(self._clock())
        else:
            self._download_retry.pop(video.id, None)
        self._emit(VideoUpdated(result))
        record = self.store.get(video.local_id)
        if record is not None:
            self._emit(TaskUpdated(record))
        self.wake()
        return result


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
