"""``omnidesk-cli``: the command-line front end, on the same core as the GUI.

Its flags, ``--json`` output and exit codes are a public contract that
scripts depend on:

    0 success · 2 usage or validation error (nothing sent) · 3 API error
    4 the task failed · 5 network or server unreachable after retries

Modules: ``parser`` (the words), ``backend`` (which service, the engine),
``commands`` (what each does), ``output`` (JSON and progress).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from omnidesk.api.errors import ApiError, NetworkError, OmniDeskError, ServerError, ValidationError
from omnidesk.cli import commands
from omnidesk.cli.backend import Backend, open_backend
from omnidesk.cli.commands import (
    EXIT_API,
    EXIT_OK,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    CliUsageError,
)
from omnidesk.cli.output import print_json
from omnidesk.cli.parser import parse_args
from omnidesk.engine.lock import EngineBusyError
from omnidesk.engine.store import StoreError
from omnidesk.simulator import StateDirBusy

EXIT_INTERRUPTED = 130

# Commands that need the service; the others read local records only.
REMOTE: dict[str, Callable[[argparse.Namespace, Backend], int]] = {
    "generate": commands.cmd_generate,
    "status": commands.cmd_status,
    "wait": commands.cmd_wait,
    "download": commands.cmd_download,
    "balance": commands.cmd_balance,
    "upload": commands.cmd_upload,
    "resume": commands.cmd_resume,
}
LOCAL: dict[str, Callable[[argparse.Namespace], int]] = {
    "tasks": commands.cmd_tasks,
    "library": commands.cmd_library,
}


def _report(args: argparse.Namespace, exc: BaseException) -> int:
    """Turn an error into the exit-code contract, in plain words (or JSON)."""
    extra: dict[str, Any] = {}
    status = getattr(exc, "status", None)
    if isinstance(exc, ValidationError):
        code, kind, text = EXIT_USAGE, exc.rule, exc.user_text()
        extra["field"] = exc.field
    elif isinstance(exc, CliUsageError):
        code, kind, text = EXIT_USAGE, "usage_error", str(exc)
    elif isinstance(exc, ServerError | NetworkError):
        default = "network_error" if isinstance(exc, NetworkError) else "server_error"
        code, kind, text = EXIT_UNREACHABLE, getattr(exc, "error_type", None) or default, exc.user_text()
    elif isinstance(exc, ApiError):
        code, kind, text = EXIT_API, exc.error_type or type(exc).__name__, exc.user_text()
    elif isinstance(exc, OmniDeskError):
        # A local problem with the user's input (an image that cannot be uploaded, ...).
        code, kind, text = EXIT_USAGE, type(exc).__name__, exc.user_text()
    elif isinstance(exc, EngineBusyError | StoreError | StateDirBusy):
        code, kind, text = EXIT_API, type(exc).__name__, str(exc)
    else:
        raise exc
    if args.json:
        print_json({"error": {"type": kind, "code": status, "message": text, **extra}})
    else:
        print(f"Error: {text}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # urllib3's debug lines carry full URLs, signed result links included.
    logging.getLogger("urllib3").setLevel(logging.INFO)
    try:
        if args.command == "simulator":
            from omnidesk.simulator import config_from_args, serve_forever

            serve_forever(config_from_args(args))
            return EXIT_OK
        if args.command in LOCAL:
            return LOCAL[args.command](args)
        # Validate before anything starts (even the simulator): nothing is sent.
        if args.command == "generate":
            args.prepared_request = commands.build_request(args)
        elif args.command == "upload":
            commands.check_upload_path(args.path)
        with open_backend(args) as backend:
            return REMOTE[args.command](args, backend)
    except KeyboardInterrupt:
        print(
            "\nStopped. Submitted tasks go on on the service; `omnidesk-cli resume` picks them up.",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except (OmniDeskError, CliUsageError, EngineBusyError, StoreError, StateDirBusy) as exc:
        return _report(args, exc)
