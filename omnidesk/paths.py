"""Every folder OmniDesk reads or writes, decided in one place.

By default the platform's own folders (platformdirs). ``OMNIDESK_HOME=DIR``
puts all state (database, library, cache, settings) under DIR, for tests and
portable installs. Nothing is created until it is asked for.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from omnidesk import APP_NAME

HOME_ENV = "OMNIDESK_HOME"
LIBRARY_ENV = "OMNIDESK_LIBRARY"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser().resolve() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The database and other records that must never be lost."""
    home = _home()
    return _ensure(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    """Settings and, when no keychain exists, the 0600 key file."""
    home = _home()
    return _ensure(home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def cache_dir() -> Path:
    """Thumbnails and other things that can be made again."""
    home = _home()
    return _ensure(home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    home = _home()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def default_library_dir() -> Path:
    """Where downloaded videos go unless the user picked another folder."""
    override = os.environ.get(LIBRARY_ENV, "").strip()
    if override:
        return _ensure(Path(override).expanduser().resolve())
    home = _home()
    if home:
        return _ensure(home / "library")
    return _ensure(Path(platformdirs.user_videos_dir()) / APP_NAME)
