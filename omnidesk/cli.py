"""``omnidesk-cli``: the command-line front end, on the same core as the GUI.

Its flags, ``--json`` output and exit codes are a public contract that
scripts depend on:

    0 success · 2 usage or validation error (nothing sent) · 3 API error
    4 the task failed · 5 network or server unreachable after retries
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from omnidesk import __version__, paths
from omnidesk.api import spec
from omnidesk.api.errors import (
    ApiError,
    NetworkError,
    OmniDeskError,
    ServerError,
    ValidationError,
)
from omnidesk.api.models import GenerationRequest, Mode, Task, TaskStatus
from omnidesk.api.retry import MAX_ATTEMPTS, RetryPolicy
from omnidesk.api.rules import is_public_http_url, validate
from omnidesk.naming import video_file_name

if TYPE_CHECKING:
    from omnidesk.api.client import ApiClient

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_API = 3
EXIT_TASK_FAILED = 4
EXIT_UNREACHABLE = 5
EXIT_INTERRUPTED = 130

DEMO_KEY = "demo-simulator-key"

log = logging.getLogger("omnidesk.cli")


class CliUsageError(Exception):
    """Bad command-line input, found before anything was sent."""


class TaskFailed(Exception):
    def __init__(self, task: Task) -> None:
        super().__init__(task.error.message if task.error else "the task failed, no reason given")
        self.task = task


# ---------------------------------------------------------------- arguments


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors honour --json and the exit-code contract."""

    def __init__(self, *args: Any, json_errors: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.json_errors = json_errors

    def error(self, message: str) -> NoReturn:
        if self.json_errors:
            _print_json({"error": {"type": "usage_error", "code": None, "message": message}})
        else:
            self.print_usage(sys.stderr)
            print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a subparser from overwriting a value given before the subcommand.
    group = parser.add_argument_group("global options")
    group.add_argument(
        "--base-url", default=argparse.SUPPRESS, help=f"API base URL (default {spec.DEFAULT_BASE_URL})"
    )
    group.add_argument(
        "--api-key",
        default=argparse.SUPPRESS,
        help="API key (else $OMNIDESK_API_KEY, then $APIMART_API_KEY, then the stored key)",
    )
    group.add_argument(
        "--simulate",
        action="store_true",
        default=argparse.SUPPRESS,
        help="use the built-in simulator (the default when no key is found)",
    )
    group.add_argument(
        "--language", choices=spec.LANGUAGES, default=argparse.SUPPRESS, help="language of messages"
    )
    group.add_argument(
        "--retries",
        type=_non_negative_int,
        default=argparse.SUPPRESS,
        metavar="N",
        help=f"retry transient failures N times (default {MAX_ATTEMPTS - 1})",
    )
    group.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
    group.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log details")


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


_GLOBAL_DEFAULTS: dict[str, Any] = {
    "base_url": None,
    "api_key": None,
    "simulate": False,
    "language": None,
    "retries": MAX_ATTEMPTS - 1,
    "json": False,
    "verbose": False,
}


def build_parser(*, json_errors: bool = False) -> argparse.ArgumentParser:
    """The whole command line; ``json_errors`` makes usage errors print JSON."""
    from functools import partial

    from omnidesk.simulator import add_cli_arguments

    parser = _Parser(
        prog="omnidesk-cli",
        description="Make videos with APIMart's Omni-Flash-Ext model (or the built-in simulator).",
        json_errors=json_errors,
    )
    parser.add_argument("--version", action="version", version=f"omnidesk-cli {__version__}")
    _add_global_options(parser)
    commands = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=partial(_Parser, json_errors=json_errors),
        required=True,
    )

    def command(name: str, help_text: str, *, global_options: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if global_options:
            _add_global_options(sub)
        return sub

    gen = command("generate", "submit a generation, wait for it and download the video")
    gen.add_argument("--prompt", required=True, help="what the video shows")
    gen.add_argument("--mode", choices=[m.value for m in Mode], help="default: from the inputs given")
    gen.add_argument(
        "--image", action="append", default=[], metavar="PATH_OR_URL", help="an image (repeatable)"
    )
    gen.add_argument("--video", metavar="URL", help="a public http(s) URL of a motion reference video")
    gen.add_argument("--duration", type=int, metavar="N", help="4, 6, 8 or 10 seconds (default 6)")
    gen.add_argument("--resolution", default=spec.DEFAULT_RESOLUTION, metavar="R", help="720p, 1080p or 4k")
    gen.add_argument("--aspect", default=spec.DEFAULT_ASPECT_RATIO, metavar="A", help="16:9 or 9:16")
    gen.add_argument("--generation-type", choices=spec.GENERATION_TYPES, help="only with --video and images")
    gen.add_argument("--out", type=Path, metavar="DIR", help="where to save (default: the library folder)")
    gen.add_argument("--no-wait", action="store_true", help="print the task id and return at once")

    status = command("status", "show a task's state (one query)")
    status.add_argument("task_id")
    wait = command("wait", "wait until a task finishes")
    wait.add_argument("task_id")
    download = command("download", "download a finished task's videos")
    download.add_argument("task_id")
    download.add_argument("--out", type=Path, metavar="DIR")
    command("balance", "show the balance of this key")
    upload = command("upload", "upload a local image and print its URL")
    upload.add_argument("path", type=Path)
    # The server has flags of its own (its --api-key lists the keys it accepts).
    sim = command("simulator", "run the offline simulator as a standalone server", global_options=False)
    add_cli_arguments(sim)
    return parser


# ---------------------------------------------------------------- backend


@dataclass
class Backend:
    client: ApiClient
    simulated: bool
    poll_floor: float  # shortest wait between two polls of one task


@contextmanager
def open_backend(args: argparse.Namespace) -> Iterator[Backend]:
    """The API client for these options, with the embedded simulator behind it when needed."""
    from omnidesk.api.client import ApiClient
    from omnidesk.secrets import resolve_api_key

    key = None if args.simulate else resolve_api_key(args.api_key)
    policy = RetryPolicy(max_attempts=args.retries + 1)
    if key is None:
        from omnidesk.simulator import SimulatorConfig, start_simulator

        config = SimulatorConfig.from_env()
        reason = "--simulate" if args.simulate else "no API key found"
        _note(args, f"Using the built-in simulator ({reason}): results are simulated, nothing is charged.")
        with start_simulator(config) as sim:
            client = ApiClient(DEMO_KEY, sim.url, language=args.language, policy=policy)
            try:
                # The simulator's clock runs faster than the real service's: poll in proportion.
                yield Backend(client, simulated=True, poll_floor=max(0.05, config.task_seconds / 20))
            finally:
                client.close()
        return
    client = ApiClient(key.key, args.base_url or spec.DEFAULT_BASE_URL, language=args.language, policy=policy)
    try:
        yield Backend(client, simulated=False, poll_floor=5.0)
    finally:
        client.close()


# ---------------------------------------------------------------- output


def _print_json(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, sort_keys=False) + "\n")
    sys.stdout.flush()


def _note(args: argparse.Namespace, message: str) -> None:
    """A human message: always on stderr, so stdout stays machine-readable."""
    print(message, file=sys.stderr, flush=True)


def task_to_json(task: Task, files: Sequence[Path] | None = None) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "task_id": task.id,
        "status": task.status.value,
        "progress": task.progress,
        "cost": task.cost,
        "credits_cost": task.credits_cost,
        "estimated_time": task.estimated_time,
        "actual_time": task.actual_time,
        "videos": [{"url": v.url, "expires_at": v.expires_at} for v in task.videos],
        "error": (
            {"type": task.error.type, "code": task.error.code, "message": task.error.message}
            if task.error
            else None
        ),
    }
    if files is not None:
        obj["files"] = [str(path.resolve()) for path in files]
    return obj


def _format_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = max(0, round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def describe_task(task: Task, elapsed: float | None = None) -> str:
    """One line for a human: status, percent, elapsed against estimated."""
    parts = [task.status.value]
    if task.raw_status and task.raw_status != task.status.value:
        parts[0] += f" ({task.raw_status})"
    if task.progress is not None:
        parts.append(f"{task.progress}%")
    if elapsed is not None:
        estimate = f" of ~{_format_seconds(task.estimated_time)} estimated" if task.estimated_time else ""
        parts.append(f"{_format_seconds(elapsed)} elapsed{estimate}")
    if task.cost is not None and task.status is TaskStatus.COMPLETED:
        parts.append(f"cost {task.cost:g}")
    if task.error:
        parts.append(f"error: {task.error.message}")
    if task.no_media:
        parts.append("no media returned")
    return " · ".join(parts)


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


# ---------------------------------------------------------------- work


def poll_delay(task: Task, elapsed: float, floor: float) -> float:
    """How long to wait before asking again: rarely while the end is far, at the
    floor once it is near (the engine's poller refines this)."""
    if task.estimated_time and task.estimated_time > elapsed:
        remaining = task.estimated_time - elapsed
        return max(floor, min(remaining / 3, floor * 3))
    return floor


def wait_for_task(
    backend: Backend,
    task_id: str,
    *,
    on_update: Callable[[Task, float], None],
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Task:
    started = clock()
    while True:
        task = backend.client.get_task(task_id)
        elapsed = clock() - started
        on_update(task, elapsed)
        if task.status.is_terminal:
            return task
        sleep(poll_delay(task, elapsed, backend.poll_floor))


def download_task(backend: Backend, task: Task, out_dir: Path, prompt: str = "") -> list[Path]:
    """Download every video of a completed task and verify each file plays."""
    from omnidesk.media import MediaError, probe

    out_dir.mkdir(parents=True, exist_ok=True)
    files = []
    for index, video in enumerate(task.videos):
        name = video_file_name(prompt, task.id, index if len(task.videos) > 1 else None)
        path = backend.client.download(video.url, out_dir / name)
        try:
            info = probe(path)
        except MediaError as exc:
            path.unlink(missing_ok=True)
            raise ServerError(f"The downloaded video is broken ({exc}); it was deleted.") from exc
        log.info("downloaded %s: %dx%d, %.1f s", path.name, info.width, info.height, info.duration)
        files.append(path)
    return files


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


def build_request(args: argparse.Namespace) -> tuple[GenerationRequest, list[int]]:
    """The request the options describe, with a placeholder URL for each local
    image, and the indexes of those images (uploaded only once all is valid)."""
    from omnidesk.api.images import check_image_file

    mode = _resolve_mode(args)
    if mode is Mode.VIDEO and args.duration is not None:
        raise ValidationError("duration", "is not sent with a reference video: the video decides the length")
    image_urls: list[str] = []
    local: list[int] = []
    for index, item in enumerate(args.image):
        if is_public_http_url(item):
            image_urls.append(item)
            continue
        path = Path(item).expanduser()
        if not path.is_file():
            raise ValidationError("image_urls", f"{item!r} is neither an http(s) URL nor an existing file")
        check_image_file(path)
        image_urls.append(f"https://local.invalid/{index}")
        local.append(index)
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


def cmd_generate(args: argparse.Namespace, backend: Backend) -> int:
    from dataclasses import replace

    request, local = args.prepared_request
    if local:
        urls = list(request.image_urls)
        for index in local:
            upload = backend.client.upload_image(Path(args.image[index]).expanduser())
            _note(args, f"Uploaded {Path(args.image[index]).name}.")
            urls[index] = upload.url
        request = replace(request, image_urls=tuple(urls))
    idempotency_key = str(uuid.uuid4())
    submitted = backend.client.submit(request, idempotency_key)
    _note(args, f"Submitted task {submitted.task_id}.")
    if args.no_wait:
        if args.json:
            task = backend.client.get_task(submitted.task_id)
            _print_json(task_to_json(task))
        else:
            print(submitted.task_id)
        return EXIT_OK
    task = _wait_with_progress(args, backend, submitted.task_id)
    return _finish(args, backend, task, args.out, request.prompt)


def _wait_with_progress(args: argparse.Namespace, backend: Backend, task_id: str) -> Task:
    line = ProgressLine()
    try:
        return wait_for_task(backend, task_id, on_update=lambda t, e: line.show(describe_task(t, e)))
    finally:
        line.done()


def _finish(args: argparse.Namespace, backend: Backend, task: Task, out: Path | None, prompt: str) -> int:
    """Download a completed task's videos and report; a failed task exits 4."""
    if task.status is not TaskStatus.COMPLETED:
        raise TaskFailed(task)
    out_dir = out or paths.default_library_dir()
    files = download_task(backend, task, out_dir, prompt)
    if task.no_media:
        _note(args, "The task finished but the server returned no media.")
    if args.json:
        _print_json(task_to_json(task, files))
    else:
        for path in files:
            print(path.resolve())
    return EXIT_OK


def cmd_status(args: argparse.Namespace, backend: Backend) -> int:
    task = backend.client.get_task(args.task_id)
    if args.json:
        _print_json(task_to_json(task))
    else:
        print(f"{task.id}: {describe_task(task)}")
    return EXIT_TASK_FAILED if task.status in (TaskStatus.FAILED, TaskStatus.CANCELLED) else EXIT_OK


def cmd_wait(args: argparse.Namespace, backend: Backend) -> int:
    task = _wait_with_progress(args, backend, args.task_id)
    if task.status is not TaskStatus.COMPLETED:
        raise TaskFailed(task)
    if args.json:
        _print_json(task_to_json(task))
    else:
        print(f"{task.id}: {describe_task(task)}")
    return EXIT_OK


def cmd_download(args: argparse.Namespace, backend: Backend) -> int:
    task = backend.client.get_task(args.task_id)
    if not task.status.is_terminal:
        raise CliUsageError(f"task {task.id} is not finished yet ({task.status.value}); run `wait` first")
    return _finish(args, backend, task, args.out, "")


def cmd_balance(args: argparse.Namespace, backend: Backend) -> int:
    balance = backend.client.balance()
    if args.json:
        _print_json(
            {
                "remain_balance": balance.remain_balance,
                "used_balance": balance.used_balance,
                "unlimited_quota": balance.unlimited_quota,
            }
        )
    elif balance.unlimited_quota:
        print(f"Unlimited quota (used {balance.used_balance:g})")
    else:
        print(f"Remaining {balance.remain_balance:g}, used {balance.used_balance:g}")
    return EXIT_OK


def cmd_upload(args: argparse.Namespace, backend: Backend) -> int:
    from omnidesk.api.images import check_image_file

    if not args.path.is_file():
        raise ValidationError("path", f"{str(args.path)!r} is not an existing file")
    check_image_file(args.path)  # before anything is sent
    upload = backend.client.upload_image(args.path)
    if args.json:
        _print_json(
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


def cmd_simulator(args: argparse.Namespace) -> int:
    from omnidesk.simulator import config_from_args, serve_forever

    serve_forever(config_from_args(args))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Backend], int]] = {
    "generate": cmd_generate,
    "status": cmd_status,
    "wait": cmd_wait,
    "download": cmd_download,
    "balance": cmd_balance,
    "upload": cmd_upload,
}


# ---------------------------------------------------------------- errors


def _error_json(error_type: str, message: str, code: Any = None, **extra: Any) -> dict[str, Any]:
    return {"error": {"type": error_type, "code": code, "message": message, **extra}}


def _report(args: argparse.Namespace, exc: BaseException) -> int:
    """Turn an error into the exit-code contract, in plain words (or JSON)."""
    if isinstance(exc, TaskFailed):
        if args.json:
            _print_json(task_to_json(exc.task))
        else:
            print(f"The task failed: {exc}", file=sys.stderr)
        return EXIT_TASK_FAILED
    if isinstance(exc, ValidationError):
        code, kind, text, extra = EXIT_USAGE, exc.rule, exc.user_text(), {"field": exc.field}
    elif isinstance(exc, CliUsageError):
        code, kind, text, extra = EXIT_USAGE, "usage_error", str(exc), {}
    elif isinstance(exc, ServerError | NetworkError):
        kind = getattr(exc, "error_type", None) or (
            "network_error" if isinstance(exc, NetworkError) else "server_error"
        )
        code, text, extra = EXIT_UNREACHABLE, exc.user_text(), {}
    elif isinstance(exc, ApiError):
        code, kind, text, extra = EXIT_API, exc.error_type or type(exc).__name__, exc.user_text(), {}
    elif isinstance(exc, OmniDeskError):
        # Local problems with the user's input (an image that cannot be uploaded, ...).
        code, kind, text, extra = EXIT_USAGE, type(exc).__name__, exc.user_text(), {}
    else:
        raise exc
    if args.json:
        _print_json(_error_json(kind, text, getattr(exc, "status", None), **extra))
    else:
        print(f"Error: {text}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(json_errors="--json" in arguments).parse_args(arguments)
    for name, default in _GLOBAL_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if args.command == "simulator":
        return cmd_simulator(args)
    try:
        if args.command == "generate":
            # Validate before anything starts (even the simulator): nothing is sent.
            args.prepared_request = build_request(args)
        with open_backend(args) as backend:
            return COMMANDS[args.command](args, backend)
    except KeyboardInterrupt:
        print(
            "\nStopped. A submitted task goes on on the server; check it with `omnidesk-cli status TASK_ID`.",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except (OmniDeskError, CliUsageError, TaskFailed) as exc:
        return _report(args, exc)


if __name__ == "__main__":
    raise SystemExit(main())
