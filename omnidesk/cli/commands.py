"""What each subcommand does. Generation goes through the engine, so the CLI
records into the same store and library as the GUI."""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from omnidesk import settings
from omnidesk.api import spec
from omnidesk.api.errors import NetworkError, ValidationError
from omnidesk.api.images import check_image_file
from omnidesk.api.models import GenerationRequest, Mode, Task, TaskError, TaskStatus
from omnidesk.api.rules import is_public_http_url, validate
from omnidesk.cli.backend import Backend, open_engine
from omnidesk.cli.output import (
    ProgressLine,
    describe_record,
    describe_task,
    note,
    print_json,
    record_to_json,
    task_to_json,
)
from omnidesk.engine.engine import Engine
from omnidesk.engine.events import EngineEvent, Notice, QueueChanged, TaskUpdated, VideoUpdated
from omnidesk.engine.library import Library
from omnidesk.engine.store import DownloadState, Store, SubmitState, TaskRecord

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_API = 3
EXIT_TASK_FAILED = 4
EXIT_UNREACHABLE = 5


class CliUsageError(Exception):
    """Bad command-line input, found before anything was sent."""


# ---------------------------------------------------------------- requests


def _resolve_mode(args: argparse.Namespace) -> Mode:
    if args.mode:
        return Mode(args.mode)
    if args.video:
        return Mode.VIDEO
    if len(args.image) == 1:
        return Mode.FRAME
    if args.image:
        return Mode.REFERENCE
    return Mode.TEXT


def build_request(args: argparse.Namespace) -> tuple[GenerationRequest, dict[int, Path]]:
    """The request the options describe, with a placeholder URL for each local
    image, and those images by position (uploaded only once all is valid)."""
    mode = _resolve_mode(args)
    if mode is Mode.VIDEO and args.duration is not None:
        raise ValidationError("duration", "is not sent with a reference video: the video decides the length")
    image_urls: list[str] = []
    local: dict[int, Path] = {}
    for index, item in enumerate(args.image):
        if is_public_http_url(item):
            image_urls.append(item)
            continue
        path = Path(item).expanduser()
        if not path.is_file():
            raise ValidationError("image_urls", f"{item!r} is neither an http(s) URL nor an existing file")
        check_image_file(path)
        image_urls.append(f"https://local.invalid/{index}")
        local[index] = path.resolve()
    request = GenerationRequest(
        prompt=args.prompt,
        mode=mode,
        duration=None if mode is Mode.VIDEO else (args.duration or spec.DEFAULT_DURATION),
        resolution=args.resolution,
        aspect_ratio=args.aspect,
        image_urls=tuple(image_urls),
        video_urls=(args.video,) if args.video else (),
        generation_type=args.generation_type,
    )
    validate(request)
    return request, local


# ---------------------------------------------------------------- waiting


class Watcher:
    """Waits for engine events about some submissions, showing progress on stderr."""

    def __init__(self, engine: Engine, local_ids: Iterable[int], *, show: bool = True) -> None:
        self.engine = engine
        self.local_ids = set(local_ids)
        self._changed = threading.Event()
        self._line = ProgressLine() if show else None
        self._started = time.monotonic()
        self._unsubscribe = engine.subscribe(self._on_event)

    def _on_event(self, event: EngineEvent) -> None:
        if isinstance(event, TaskUpdated) and event.record.id in self.local_ids:
            if self._line is not None and len(self.local_ids) == 1:
                self._line.show(describe_record(event.record, time.monotonic() - self._started))
        elif isinstance(event, VideoUpdated) and event.video.local_id in self.local_ids:
            if self._line is not None and event.total and event.received is not None:
                self._line.show(f"downloading · {100 * event.received // event.total}%")
        elif isinstance(event, Notice | QueueChanged) and self._line is not None:
            text = event.message if isinstance(event, Notice) else event.reason
            if text and (not isinstance(event, Notice) or event.local_id in (None, *self.local_ids)):
                self._line.done()
                note(text)
        self._changed.set()

    def wait(self, done: Callable[[], bool]) -> None:
        try:
            while not done():
                self._changed.wait(timeout=1.0)
                self._changed.clear()
        finally:
            self._unsubscribe()
            if self._line is not None:
                self._line.done()

    def wait_settled(self) -> None:
        """Until nothing more happens by itself; raises the engine's stop error
        (a refused key, a spent balance) instead of waiting for the user."""
        self.wait(
            lambda: (
                self.engine.blocked_error is not None
                or all(self.engine.is_settled(local_id) for local_id in self.local_ids)
            )
        )
        _raise_if_blocked(self.engine)


def _raise_if_blocked(engine: Engine) -> None:
    error = engine.blocked_error
    if error is not None:
        note("Unsent submissions stay queued: `omnidesk-cli resume` sends them once this is fixed.")
        raise error


def outcome(store: Store, record: TaskRecord) -> tuple[int, dict]:
    """The exit code and JSON object for a settled submission."""
    videos = store.videos(record.id)
    if record.state is SubmitState.REJECTED:
        error = record.error or TaskError("the submission was refused")
        return EXIT_API, {"error": {"type": error.type, "code": error.code, "message": error.message}}
    payload = record_to_json(record, videos, with_files=record.status is TaskStatus.COMPLETED)
    if record.status is not TaskStatus.COMPLETED:
        return EXIT_TASK_FAILED, payload
    if any(v.state is DownloadState.EXPIRED for v in videos):
        return EXIT_API, payload
    if any(v.state is not DownloadState.DONE for v in videos):
        return EXIT_UNREACHABLE, payload
    return EXIT_OK, payload


def finish(args: argparse.Namespace, store: Store, local_id: int) -> int:
    record = store.get(local_id)
    assert record is not None
    code, payload = outcome(store, record)
    if args.json:
        print_json(payload)
        return code
    if code == EXIT_OK:
        for path in payload["files"]:
            print(path)
        if not payload["files"]:
            note("The task finished but the service returned no video.")
        return code
    reasons = [v.error for v in store.videos(local_id) if v.error]
    message = (payload.get("error") or {}).get("message") or "; ".join(reasons) or describe_record(record)
    note(f"{'The task failed' if code == EXIT_TASK_FAILED else 'Error'}: {message}")
    return code


# ---------------------------------------------------------------- commands


def cmd_generate(args: argparse.Namespace, backend: Backend) -> int:
    request, local = args.prepared_request
    with open_engine(backend, args.out) as engine:
        record = engine.submit_with_images(
            request, local, on_uploaded=lambda path: note(f"Uploaded {path.name}.")
        )
        watcher = Watcher(engine, [record.id])
        if args.no_wait:
            watcher.wait(lambda: engine.blocked_error is not None or _sent(engine.store, record.id))
            _raise_if_blocked(engine)
            sent = engine.store.get(record.id)
            assert sent is not None
            if sent.state is SubmitState.REJECTED:
                return finish(args, engine.store, record.id)
            note(f"Submitted task {sent.task_id}; `omnidesk-cli resume` downloads it when done.")
            if args.json:
                print_json(record_to_json(sent, [], with_files=False))
            else:
                print(sent.task_id)
            return EXIT_OK
        watcher.wait_settled()
        return finish(args, engine.store, record.id)


def _sent(store: Store, local_id: int) -> bool:
    record = store.get(local_id)
    return record is None or record.state in (SubmitState.ACCEPTED, SubmitState.REJECTED)


def cmd_status(args: argparse.Namespace, backend: Backend) -> int:
    task = backend.client().get_task(args.task_id)
    _remember_poll(task)
    if args.json:
        print_json(task_to_json(task))
    else:
        print(f"{task.id}: {describe_task(task)}")
    return EXIT_TASK_FAILED if task.status in (TaskStatus.FAILED, TaskStatus.CANCELLED) else EXIT_OK


def _remember_poll(task: Task) -> None:
    """A task OmniDesk knows gets the news recorded too."""
    with Store() as store:
        record = store.by_task_id(task.id)
        if record is not None:
            store.record_poll(record.id, task, now=time.time())


def cmd_wait(args: argparse.Namespace, backend: Backend) -> int:
    with Store() as store:
        known = store.by_task_id(args.task_id)
    if known is not None:
        # Ours: the engine tracks it (and downloads it, as it would anyway).
        with open_engine(backend) as engine:
            if not known.tracking:
                engine.track_again(known.id)
            Watcher(engine, [known.id]).wait(lambda: _terminal(engine.store, known.id))
            record = engine.store.get(known.id)
            assert record is not None
            return _report_task(args, record_to_json(record, engine.store.videos(known.id), with_files=False))
    task = _poll_until_done(backend, args.task_id)
    return _report_task(args, task_to_json(task))


def _terminal(store: Store, local_id: int) -> bool:
    record = store.get(local_id)
    return record is None or record.is_terminal or not record.tracking


def _report_task(args: argparse.Namespace, payload: dict) -> int:
    code = EXIT_OK if payload["status"] == TaskStatus.COMPLETED.value else EXIT_TASK_FAILED
    if args.json:
        print_json(payload)
    else:
        error = payload.get("error") or {}
        print(f"{payload['task_id']}: {payload['status']}" + (f" · {error['message']}" if error else ""))
    return code


def _poll_until_done(backend: Backend, task_id: str) -> Task:
    """Wait for a task OmniDesk did not submit (no record to keep), at the docs' pace."""
    client = backend.client()
    line = ProgressLine()
    started = time.monotonic()
    interval = 5.0 * backend.time_scale
    try:
        while True:
            task = client.get_task(task_id)
            line.show(describe_task(task, time.monotonic() - started))
            if task.status.is_terminal:
                return task
            time.sleep(interval)
    finally:
        line.done()


def cmd_download(args: argparse.Namespace, backend: Backend) -> int:
    with Store() as store:
        known = store.by_task_id(args.task_id)
    if known is not None:
        with open_engine(backend, args.out) as engine:
            engine.retry_download(known.id)
            if not known.tracking:
                engine.track_again(known.id)
            Watcher(engine, [known.id]).wait_settled()
            return finish(args, engine.store, known.id)
    return _download_foreign(args, backend)


def _download_foreign(args: argparse.Namespace, backend: Backend) -> int:
    """A task submitted elsewhere: fetch its videos straight into the folder, verified."""
    from omnidesk.media import MediaError, probe
    from omnidesk.naming import video_file_name

    client = backend.client()
    task = client.get_task(args.task_id)
    if not task.status.is_terminal:
        raise CliUsageError(f"task {task.id} is not finished yet ({task.status.value}); run `wait` first")
    if task.status is not TaskStatus.COMPLETED:
        return _report_task(args, task_to_json(task))
    out_dir = args.out or settings.load().library_root()
    files = []
    for index, video in enumerate(task.videos):
        path = out_dir / video_file_name("", task.id, index if len(task.videos) > 1 else None, task.completed)
        client.download(video.url, path)
        try:
            probe(path)
        except MediaError as exc:
            path.unlink(missing_ok=True)
            raise NetworkError(f"The downloaded video is broken ({exc}); it was deleted.") from exc
        files.append(path)
    if args.json:
        print_json(task_to_json(task, files))
    else:
        for path in files:
            print(path.resolve())
    return EXIT_OK


def cmd_balance(args: argparse.Namespace, backend: Backend) -> int:
    balance = backend.client().balance()
    if args.json:
        print_json(
            {
                "remain_balance": balance.remain_balance,
                "used_balance": balance.used_balance,
                "unlimited_quota": balance.unlimited_quota,
            }
        )
    elif balance.unlimited_quota:
        print(f"Unlimited quota (used {balance.used_balance or 0:g})")
    else:
        print(f"Remaining {balance.remain_balance or 0:g}, used {balance.used_balance or 0:g}")
    return EXIT_OK


def cmd_upload(args: argparse.Namespace, backend: Backend) -> int:
    upload = backend.client().upload_image(args.path)
    if args.json:
        print_json(
            {
                "url": upload.url,
                "expires_at": upload.expires_at,
                "filename": upload.filename,
                "content_type": upload.content_type,
                "bytes": upload.bytes,
            }
        )
    else:
        print(upload.url)
    return EXIT_OK


def cmd_resume(args: argparse.Namespace, backend: Backend) -> int:
    """Send what was never sent, track what is unfinished, download what is due."""
    with open_engine(backend) as engine:
        store = engine.store
        pending = {r.id for r in store.to_send()} | {r.id for r in store.active()}
        pending |= {v.local_id for v in store.videos_to_download(now=time.time())}
        if not pending:
            note("Nothing to resume: every task is finished and downloaded.")
        else:
            note(f"Resuming {len(pending)} task(s).")
            Watcher(engine, pending, show=False).wait_settled()
        records = [store.get(local_id) for local_id in sorted(pending)]
        results = [(r, *outcome(store, r)) for r in records if r is not None]
    worst = max((code for _r, code, _p in results), default=EXIT_OK)
    if args.json:
        print_json({"tasks": [payload for _r, _code, payload in results]})
    else:
        for record, _code, _payload in results:
            print(f"{record.task_id or '(not sent)'}: {describe_record(record)}")
    return worst


def cmd_tasks(args: argparse.Namespace, backend: Backend | None = None) -> int:
    with Store() as store:
        rows = []
        for record in store.tasks():
            videos = store.videos(record.id)
            rows.append(
                {
                    **record_to_json(record, videos, with_files=True),
                    "state": record.state.value,
                    "prompt": record.request.prompt,
                    "mode": record.request.mode.value,
                    "created_at": record.created_at,
                    "download_state": record.download_state.value if record.download_state else None,
                }
            )
    if args.json:
        print_json({"tasks": rows})
    elif not rows:
        print("No tasks yet.")
    else:
        for row in rows:
            cost = f"{row['cost']:g}" if row["cost"] is not None else "-"
            files = ", ".join(row["files"]) or "-"
            prompt = row["prompt"] if len(row["prompt"]) <= 40 else row["prompt"][:39] + "…"
            print(f"{row['task_id'] or '(not sent)'}  {row['status']:<10} {cost:>6}  {prompt}  {files}")
    return EXIT_OK


def cmd_library(args: argparse.Namespace, backend: Backend | None = None) -> int:
    # The folder is the truth: this works with the database gone.
    scan = Library(args.out).scan()
    items = []
    for item in scan.shown:
        meta = item.metadata.to_json()
        items.append({"file": str(item.video), "size": item.size, "orphan": item.orphan, **meta})
    if args.json:
        print_json({"videos": items, "missing": [str(m.video) for m in scan.missing]})
    elif not items:
        print("The library is empty.")
    else:
        for entry in items:
            print(f"{entry['file']}  {entry.get('task_id') or '-'}  {entry.get('prompt') or ''}")
    return EXIT_OK


def check_upload_path(path: Path) -> None:
    if not path.is_file():
        raise ValidationError("path", f"{str(path)!r} is not an existing file")
    check_image_file(path)
