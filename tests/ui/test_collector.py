"""Cyclic garbage is collected on the UI thread only, never by whichever thread allocates."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from ui.collector import UiThreadCollector


class _Cycle:
    """Half of a reference cycle; records the thread that collects it."""

    def __init__(self, died_on: list[str]) -> None:
        self.other: object = self
        self._died_on = died_on

    def __del__(self) -> None:
        self._died_on.append(threading.current_thread().name)


def _make_garbage(died_on: list[str]) -> None:
    _Cycle(died_on)  # unreachable at once, but only a collection can free it


@pytest.fixture
def collector(qapp: QCoreApplication) -> Iterator[UiThreadCollector]:
    # The session already collects on the UI thread; this one is the object under test.
    made = UiThreadCollector(qapp, interval_ms=10)
    made.install()
    yield made
    made.uninstall()
    made.deleteLater()


def test_a_worker_that_allocates_a_lot_collects_nothing(collector: UiThreadCollector) -> None:
    assert not gc.isenabled()
    died_on: list[str] = []
    _make_garbage(died_on)

    def allocate() -> None:
        # Far past generation 0's threshold: with automatic collection this collects the cycle here.
        junk = [[index] for index in range(50 * gc.get_threshold()[0])]
        del junk

    worker = threading.Thread(target=allocate, name="allocating-worker")
    worker.start()
    worker.join()
    assert died_on == []


def test_the_timer_collects_the_cycle_on_the_ui_thread(qtbot: QtBot, collector: UiThreadCollector) -> None:
    died_on: list[str] = []
    _make_garbage(died_on)
    # Push generation 0 past its threshold with cycles of our own, as a busy app would.
    for _ in range(gc.get_threshold()[0] + 1):
        _Cycle([])
    qtbot.waitUntil(lambda: bool(died_on), timeout=5_000)
    assert died_on == [threading.current_thread().name]


def test_nothing_due_collects_nothing(collector: UiThreadCollector) -> None:
    gc.collect()
    assert collector.collect_due() == 0


def test_uninstall_gives_collection_back_as_it_was(qapp: QCoreApplication) -> None:
    before = gc.isenabled()
    made = UiThreadCollector(qapp)
    made.install()
    assert not gc.isenabled()
    made.uninstall()
    assert gc.isenabled() == before
    made.deleteLater()
