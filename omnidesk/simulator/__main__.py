"""``python -m omnidesk.simulator [flags]``: the standalone simulator, as
``omnidesk-cli simulator`` runs it, without the rest of the CLI (tests start
it in a subprocess they can kill)."""

from __future__ import annotations

import argparse
import sys

from omnidesk.simulator.config import add_cli_arguments, config_from_args


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m omnidesk.simulator",
        description="Run OmniDesk's offline APIMart simulator on 127.0.0.1 until Ctrl+C.",
    )
    add_cli_arguments(parser)
    args = parser.parse_args(argv)
    try:
        config = config_from_args(args)
    except ValueError as exc:
        parser.error(str(exc))
    from omnidesk.simulator.server import serve_forever
    from omnidesk.simulator.store import StateDirBusy

    try:
        serve_forever(config)
    except (StateDirBusy, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
