"""The command line's words: subcommands, their flags, and the global options
that work before or after the subcommand."""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path
from typing import Any, NoReturn

from omnidesk import __version__
from omnidesk.api import spec
from omnidesk.api.models import Mode
from omnidesk.api.retry import MAX_ATTEMPTS

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors honour --json and the exit-code contract."""

    def __init__(self, *args: Any, json_errors: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.json_errors = json_errors

    def error(self, message: str) -> NoReturn:
        if self.json_errors:
            error = {"type": "usage_error", "code": None, "message": message}
            sys.stdout.write(json.dumps({"error": error}) + "\n")
        else:
            self.print_usage(sys.stderr)
            print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


# What a global option means when it was given neither before nor after the subcommand.
GLOBAL_DEFAULTS: dict[str, Any] = {
    "base_url": None,
    "api_key": None,
    "simulate": False,
    "language": None,
    "retries": MAX_ATTEMPTS - 1,
    "json": False,
    "verbose": False,
}


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


def build_parser(*, json_errors: bool = False) -> argparse.ArgumentParser:
    """The whole command line; ``json_errors`` makes usage errors print JSON."""
    from omnidesk.simulator import add_cli_arguments

    parser = _Parser(
        prog="omnidesk-cli",
        description="Make videos with APIMart's Omni-Flash-Ext model (or the built-in simulator).",
        json_errors=json_errors,
    )
    parser.add_argument("--version", action="version", version=f"omnidesk-cli {__version__}")
    _add_global_options(parser)
    # A partial is a factory argparse accepts; typeshed only knows classes.
    commands = parser.add_subparsers(  # type: ignore[call-overload]
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
    gen.add_argument("--no-wait", action="store_true", help="return once the task is submitted")

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
    command("tasks", "list every task OmniDesk knows (the history)")
    command("resume", "track every unfinished task to the end and download what is due")
    library = command("library", "list the videos in the library with their details")
    library.add_argument("--out", type=Path, metavar="DIR", help="a library folder other than the default")
    # The server has flags of its own (its --api-key lists the keys it accepts).
    sim = command("simulator", "run the offline simulator as a standalone server", global_options=False)
    add_cli_arguments(sim)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    args = build_parser(json_errors="--json" in argv).parse_args(argv)
    for name, default in GLOBAL_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    return args
