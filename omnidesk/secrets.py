"""The API key: where it comes from and where it is kept.

Order of precedence: an explicit key (``--api-key``), ``OMNIDESK_API_KEY``,
``APIMART_API_KEY``, then the stored key. The stored key lives in the OS
keychain through keyring; where no keychain exists (headless Linux picks
keyring's fail backend) it goes to a file readable only by the user, and the
caller is told so. The key is never logged, printed or put in a repr.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from omnidesk import paths

log = logging.getLogger(__name__)

KEYRING_SERVICE = "OmniDesk"
KEYRING_USER = "apimart-api-key"
KEY_FILE_NAME = "api-key"
ENV_VARS = ("OMNIDESK_API_KEY", "APIMART_API_KEY")


@dataclass(frozen=True)
class ResolvedKey:
    """An API key and where it was found (``source`` is safe to show)."""

    key: str = field(repr=False)
    source: str


def mask(key: str) -> str:
    """A form of the key safe to show: its last four characters at most."""
    return f"…{key[-4:]}" if len(key) >= 12 else "…"


def _key_file() -> Path:
    return paths.config_dir() / KEY_FILE_NAME


def resolve_api_key(explicit: str | None = None) -> ResolvedKey | None:
    """The key to use, or None when there is none (then OmniDesk runs in demo mode)."""
    if explicit and explicit.strip():
        return ResolvedKey(explicit.strip(), "--api-key")
    for name in ENV_VARS:
        value = os.environ.get(name, "").strip()
        if value:
            return ResolvedKey(value, f"${name}")
    return load_stored_key()


def load_stored_key() -> ResolvedKey | None:
    """The key kept by ``store_api_key``, from the keychain or the 0600 file."""
    try:
        value = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except KeyringError as exc:
        log.info("keychain unavailable (%s); looking for the key file", type(exc).__name__)
        value = None
    if value:
        return ResolvedKey(value, "the system keychain")
    path = _key_file()
    try:
        value = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("cannot read the key file %s: %s", path, exc.strerror)
        return None
    return ResolvedKey(value, str(path)) if value else None


def store_api_key(key: str, *, allow_file: bool = True) -> str:
    """Keep the key; return a plain-words description of where it went.

    Tries the keychain first. Without one, writes a file only the user can
    read (when ``allow_file``), else raises KeyringError so the caller can ask.
    """
    key = key.strip()
    if not key:
        raise ValueError("the API key is empty")
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key)
    except KeyringError:
        if not allow_file:
            raise
    else:
        _remove_key_file()
        return "the system keychain"
    path = _key_file()
    # Create with 0600 from the start so the key is never readable by others, even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key)
    os.chmod(path, 0o600)
    return f"{path} (readable only by you; no system keychain was found)"


def delete_stored_key() -> None:
    """Forget the stored key everywhere it may be."""
    # Nothing stored there, or no keychain at all: the file is the other place.
    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
    _remove_key_file()


def _remove_key_file() -> None:
    with contextlib.suppress(FileNotFoundError):
        _key_file().unlink()
