import stat

import keyring
import pytest

from omnidesk import paths, secrets
from tests.helpers.keyrings import MemoryKeyring, NoKeychain

KEY = "sk-test-0123456789abcdef"


def test_stored_key_goes_to_the_keychain(memory_keyring: MemoryKeyring) -> None:
    where = secrets.store_api_key(KEY)
    assert where == "the system keychain"
    assert KEY in memory_keyring.passwords.values()
    assert not (paths.config_dir() / secrets.KEY_FILE_NAME).exists()
    resolved = secrets.resolve_api_key()
    assert resolved is not None and resolved.key == KEY
    assert KEY not in repr(resolved)


def test_without_a_keychain_the_key_goes_to_a_private_file() -> None:
    keyring.set_keyring(NoKeychain())
    where = secrets.store_api_key(KEY)
    path = paths.config_dir() / secrets.KEY_FILE_NAME
    assert str(path) in where and "no system keychain" in where
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    resolved = secrets.resolve_api_key()
    assert resolved is not None and resolved.key == KEY and resolved.source == str(path)
    secrets.delete_stored_key()
    assert secrets.resolve_api_key() is None


def test_without_a_keychain_and_no_file_allowed_it_raises() -> None:
    keyring.set_keyring(NoKeychain())
    with pytest.raises(keyring.errors.KeyringError):
        secrets.store_api_key(KEY, allow_file=False)
    assert not (paths.config_dir() / secrets.KEY_FILE_NAME).exists()


def test_precedence_explicit_then_environment_then_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    secrets.store_api_key("sk-stored-000000000000")
    assert secrets.resolve_api_key().source == "the system keychain"
    monkeypatch.setenv("APIMART_API_KEY", "sk-apimart-00000000000")
    assert secrets.resolve_api_key().source == "$APIMART_API_KEY"
    monkeypatch.setenv("OMNIDESK_API_KEY", "sk-omnidesk-0000000000")
    assert secrets.resolve_api_key().key == "sk-omnidesk-0000000000"
    assert secrets.resolve_api_key("  sk-explicit-000000  ").key == "sk-explicit-000000"


def test_no_key_anywhere_means_demo_mode() -> None:
    assert secrets.resolve_api_key() is None
    assert secrets.resolve_api_key("   ") is None


def test_mask_shows_at_most_four_characters() -> None:
    assert secrets.mask(KEY) == "…cdef"
    assert secrets.mask("short") == "…"
