"""Imports that worker threads would otherwise make on first use, made up front.

PySide6 replaces ``__import__`` with its own hook, which reads every newly
imported module's source (``shibokensupport.feature``); run on a worker
while the UI thread collects garbage, that has crashed the process here
(seen in this project's test runs; other PySide projects report the
same). So the modules workers need are imported on the main thread before
any worker starts: the demo simulator and its HTTP server, Pillow's image
plugins, PyAV, the keyring backends.
"""

from __future__ import annotations


def prewarm() -> None:
    import av  # noqa: F401  (posters, probes)
    import keyring
    from PIL import Image

    import omnidesk.backend
    import omnidesk.simulator.server  # demo mode opens it on a worker
    import omnidesk.simulator.store  # noqa: F401

    Image.init()  # the format plugins, otherwise imported by the first open() or save()
    keyring.get_keyring()  # backend discovery imports its modules
