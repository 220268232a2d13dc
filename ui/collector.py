"""Python's cyclic garbage collection, run on the UI thread only.

CPython collects cycles in whichever thread crosses the allocation threshold:
the engine, the simulator's request threads, the Background workers. A cycle
that holds a Qt widget (a dialog and a lambda that names it, say) would then
destroy the widget from that thread, and Qt crashes, at random, much later.
So automatic collection is switched off and a UI-thread timer collects
instead, generation by generation, when the counts pass the thresholds Python
itself would have used (the approach qutebrowser and calibre take).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that garbage never piles up between two looks; cheap when there is nothing to do.
INTERVAL_MS = 250


class UiThreadCollector(QObject):
    """Owns cyclic garbage collection while it is installed (``install``/``uninstall``)."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = gc.isenabled()

    def install(self) -> None:
        """Stop automatic collection; collect from this (the UI) thread from now on."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def uninstall(self) -> None:
        """Give collection back to Python as it was before ``install``."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; how many objects went."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0
