"""Fixtures every test gets: a private OMNIDESK_HOME, no API key from the
environment, an in-memory keychain, and headless Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.helpers.keyrings import MemoryKeyring

# Shared fixtures: make_harness (an engine on a real simulator).
pytest_plugins = ["tests.helpers.engine_harness"]

# Set before any test can import Qt: the suite always runs headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")


@pytest.fixture(autouse=True)
def omnidesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """All of OmniDesk's state goes under a temporary folder for each test."""
    home = tmp_path / "omnidesk-home"
    monkeypatch.setenv("OMNIDESK_HOME", str(home))
    monkeypatch.delenv("OMNIDESK_LIBRARY", raising=False)
    for name in ("OMNIDESK_API_KEY", "APIMART_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
