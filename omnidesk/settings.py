"""The user's settings that the core needs too (service, library, defaults), in one file.

Kept as JSON in the config folder so the CLI and the GUI agree on where the
library is and which service to use; the window's own layout stays in
QSettings on the GUI side. The API key is never here (``secrets.py`` keeps
it). A damaged or partly invalid file loads as far as it can: a value that
does not fit falls back to its default, with a log line, and nothing else
is lost.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from omnidesk import languages, paths
from omnidesk.api import spec
from omnidesk.api.models import Mode
from omnidesk.api.proxy import PROXY_NONE, check_proxy

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
PROXY_SYSTEM = "system"


@dataclass(frozen=True)
class Settings:
    """Every field has a default; ``validated`` says what is wrong with a value, in plain words."""

    base_url: str = ""  # empty: APIMart's own address
    proxy: str = PROXY_SYSTEM  # "system", "none", or a proxy URL
    language: str = languages.SYSTEM  # of the window and the API's messages (see languages.py)
    demo_mode: bool = False  # use the simulator even when a key is stored
    library_dir: str = ""  # empty: the platform's videos folder + /OmniDesk
    default_mode: str = Mode.TEXT.value
    default_duration: int = spec.DEFAULT_DURATION
    default_resolution: str = spec.DEFAULT_RESOLUTION
    default_aspect: str = spec.DEFAULT_ASPECT_RATIO
    autoplay: bool = True  # play a newly downloaded result
    notify: bool = True  # a desktop notification when a task ends
    # Approximate USD a day; a submission that would pass it asks first (0: no cap).
    daily_spend_cap: float = 0.0

    def validated(self) -> Settings:
        """This, unchanged, or ValueError naming the first field that does not fit."""
        for name, problem in _problems(self):
            raise ValueError(f"{name}: {problem}")
        return self

    @property
    def proxy_for_client(self) -> str | None:
        """The proxy as ``ApiClient`` takes it (None: the system's)."""
        return None if self.proxy == PROXY_SYSTEM else self.proxy

    def library_root(self) -> Path:
        """The library folder this names (``OMNIDESK_LIBRARY`` wins, for tests and scripts)."""
        if os.environ.get(paths.LIBRARY_ENV, "").strip() or not self.library_dir.strip():
            return paths.default_library_dir()
        return Path(self.library_dir).expanduser()


def _problems(settings: Settings) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if settings.base_url:
        from omnidesk.api.rules import is_public_http_url

        if not is_public_http_url(settings.base_url):
            found.append(("base_url", "must be an http(s) address such as https://api.apimart.ai"))
    if settings.proxy != PROXY_SYSTEM:
        try:
            check_proxy(settings.proxy)
        except ValueError as exc:
            found.append(("proxy", str(exc)))
    if settings.language not in languages.CHOICES:
        found.append(("language", f"must be one of {', '.join(languages.CHOICES)}"))
    if settings.default_mode not in {m.value for m in Mode}:
        found.append(("default_mode", f"must be one of {', '.join(m.value for m in Mode)}"))
    if settings.default_duration not in spec.DURATIONS:
        found.append(("default_duration", f"must be one of {', '.join(map(str, spec.DURATIONS))}"))
    if settings.default_resolution not in spec.RESOLUTIONS:
        found.append(("default_resolution", f"must be one of {', '.join(spec.RESOLUTIONS)}"))
    if not 0 <= settings.daily_spend_cap < 1_000_000:
        found.append(("daily_spend_cap", "must be 0 (no cap) or a positive amount"))
    if settings.default_aspect not in spec.ASPECT_RATIOS:
        found.append(("default_aspect", f"must be one of {', '.join(spec.ASPECT_RATIOS)}"))
    return found


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def load(path: Path | None = None) -> Settings:
    """The saved settings; defaults for anything missing, unreadable or invalid."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s is unreadable (%s); using the defaults", path, exc)
        return Settings()
    if not isinstance(data, dict):
        log.warning("settings file %s holds no settings; using the defaults", path)
        return Settings()
    defaults = Settings()
    values: dict[str, Any] = {}
    for spec_field in fields(Settings):
        if spec_field.name not in data:
            continue
        value = data[spec_field.name]
        default = getattr(defaults, spec_field.name)
        if type(default) is float and type(value) is int:
            value = float(value)  # JSON writes 5.0 as 5
        if type(value) is not type(default):
            log.warning("setting %s=%r has the wrong type; using %r", spec_field.name, value, default)
            continue
        values[spec_field.name] = value
    settings = replace(defaults, **values)
    for name, problem in _problems(settings):
        log.warning("setting %s %s; using the default", name, problem)
        settings = replace(settings, **{name: getattr(defaults, name)})
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (validated first: an invalid value raises and writes nothing)."""
    settings.validated()
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2, ensure_ascii=False)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


__all__ = ["PROXY_NONE", "PROXY_SYSTEM", "Settings", "load", "save", "settings_path"]
