"""Imports that worker threads would otherwise make on first use, made up front.

PySide6 replaces ``__import__`` with its own hook, which reads every newly
imported module's source (``shibokensupport.feature``); run on a worker
while the UI thread collects garbage, that has crashed the process here
(seen in this project's test runs; other PySide projects report the
same). So the modules workers need are imported on the main thread before
any worker starts: the demo simulator and its HTTP server, Pillow's image
plugins, PyAV, the keyring backends, the service's client.

The app shows its window first and runs these one step per event-loop turn
(``STEPS``), so the window paints and stays responsive between them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable


def _modules(*names: str) -> Callable[[], None]:
    def step() -> None:
        for name in names:
            importlib.import_module(name)

    return step


def _pillow_plugins() -> None:
    from PIL import Image

    Image.init()  # the format plugins, otherwise imported by the first open() or save()


def _keyring_backends() -> None:
    import keyring

    keyring.get_keyring()  # backend discovery imports its modules


STEPS: tuple[Callable[[], None], ...] = (
    _modules("requests", "omnidesk.api.client"),
    _modules("av", "omnidesk.media"),
    _pillow_plugins,
    _modules("omnidesk.engine.engine", "omnidesk.backend"),
    _modules("werkzeug.serving", "omnidesk.simulator.server", "omnidesk.simulator.store"),
    _modules("omnidesk.simulator.render", "omnidesk.simulator.app"),
    _keyring_backends,
)


def prewarm() -> None:
    """All of it at once (tests, scripts)."""
    for step in STEPS:
        step()
