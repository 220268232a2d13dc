"""The command line's options, turned into the service the core opens (``omnidesk.backend``)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from omnidesk import languages, settings
from omnidesk.api.retry import RetryPolicy
from omnidesk.backend import Backend, ServiceSettings, open_engine
from omnidesk.backend import open_backend as open_service
from omnidesk.cli.output import note

__all__ = ["Backend", "open_backend", "open_engine"]


@contextmanager
def open_backend(args: argparse.Namespace) -> Iterator[Backend]:
    """The service these options name, with the embedded simulator behind it when needed."""
    from omnidesk.secrets import resolve_api_key

    key = None if args.simulate else resolve_api_key(args.api_key)
    if key is None:
        reason = "--simulate" if args.simulate else "no API key found"
        note(f"Using the built-in simulator ({reason}): results are simulated, nothing is charged.")
    saved = settings.load()  # what the GUI's Settings chose, unless the options say otherwise
    service = ServiceSettings(
        key=key,
        base_url=args.base_url or saved.base_url or None,
        language=args.language or languages.resolve(saved.language),
        proxy=saved.proxy_for_client,
        policy=RetryPolicy(max_attempts=args.retries + 1),
    )
    with open_service(service) as backend:
        yield backend
