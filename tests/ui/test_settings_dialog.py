"""The settings dialog: settings round trip, the API key's keeping, and Test connection
against a real simulator."""

from __future__ import annotations

import json
import logging
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from omnidesk import secrets, settings
from omnidesk.api.models import Balance
from omnidesk.settings import Settings
from omnidesk.simulator import SimulatorConfig, start_simulator
from tests.helpers.keyrings import MemoryKeyring, NoKeychain
from tests.ui.conftest import START_TIMEOUT_MS
from ui.context import AppContext
from ui.settings import SettingsDialog

KEY = "sk-settings-test-key-7f3a9c1234"
WORKER_TIMEOUT_MS = 10_000
# A service that is never reached: with a key, the engine starts without talking to it.
NOWHERE = "http://127.0.0.1:9"


@pytest.fixture
def context(make_context: Callable[..., AppContext]) -> AppContext:
    return make_context(Settings(base_url=NOWHERE), start=False)


@pytest.fixture
def open_dialog(qtbot: QtBot) -> Iterator[Callable[[AppContext], SettingsDialog]]:
    def make(context: AppContext) -> SettingsDialog:
        dialog = SettingsDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        # Not waitSignal: the look may have ended already (Background can call back at once).
        qtbot.waitUntil(lambda: dialog.key_status_known, timeout=WORKER_TIMEOUT_MS)
        return dialog

    yield make


def _labels(dialog: SettingsDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def _set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _save_key(qtbot: QtBot, dialog: SettingsDialog, key: str) -> None:
    qtbot.keyClicks(dialog._key_edit, key)
    with qtbot.waitSignal(dialog.keyChanged, timeout=WORKER_TIMEOUT_MS):
        dialog._save_key.click()


# ------------------------------------------------------------------ settings


def test_settings_round_trip_through_the_dialog(
    qtbot: QtBot, make_context: Callable[..., AppContext], open_dialog, tmp_path: Path
) -> None:
    context = make_context(start=False)
    dialog = open_dialog(context)
    assert dialog.form_settings() == Settings()
    dialog._base_url.setText("https://mirror.example.com")
    _set_combo(dialog._proxy_mode, "custom")
    dialog._proxy_url.setText("socks5://127.0.0.1:1080")
    _set_combo(dialog._language, "ja")
    dialog._demo.setChecked(True)
    dialog._library.setText(str(tmp_path / "videos"))
    _set_combo(dialog._mode, "frame")
    _set_combo(dialog._duration, 10)
    _set_combo(dialog._resolution, "4k")
    _set_combo(dialog._aspect, "9:16")
    dialog._autoplay.setChecked(False)
    dialog._notify.setChecked(False)
    expected = Settings(
        base_url="https://mirror.example.com",
        proxy="socks5://127.0.0.1:1080",
        language="ja",
        demo_mode=True,
        library_dir=str(tmp_path / "videos"),
        default_mode="frame",
        default_duration=10,
        default_resolution="4k",
        default_aspect="9:16",
        autoplay=False,
        notify=False,
    )
    with qtbot.waitSignal(context.settingsChanged, timeout=START_TIMEOUT_MS):
        dialog._buttons.button(dialog._buttons.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert context.settings == expected
    assert settings.load() == expected

    again = open_dialog(context)
    assert again.form_settings() == expected
    assert again._proxy_url.isEnabled() and again._proxy_url.text() == "socks5://127.0.0.1:1080"
    assert again._language.currentData() == "ja" and again._resolution.currentData() == "4k"


def test_the_daily_spending_cap_round_trips(
    qtbot: QtBot, make_context: Callable[..., AppContext], open_dialog
) -> None:
    context = make_context(start=False)
    dialog = open_dialog(context)
    cap = dialog._spend_cap
    # 0 is "no cap", and says so rather than "$0.00".
    assert cap.value() == 0 and cap.text() == "No cap"
    assert cap.prefix() == "$" and "approximate" in cap.accessibleName()
    cap.setValue(2.5)
    assert cap.text() == "$2.50"
    with qtbot.waitSignal(context.settingsChanged, timeout=WORKER_TIMEOUT_MS):
        dialog.accept()
    assert context.settings.daily_spend_cap == 2.5
    assert settings.load().daily_spend_cap == 2.5

    again = open_dialog(context)
    assert again._spend_cap.value() == 2.5
    assert again.form_settings() == context.settings
    again._spend_cap.setValue(0)
    with qtbot.waitSignal(context.settingsChanged, timeout=WORKER_TIMEOUT_MS):
        again.accept()
    assert settings.load().daily_spend_cap == 0


def test_cancel_changes_nothing(qtbot: QtBot, context: AppContext, open_dialog) -> None:
    before = context.settings
    dialog = open_dialog(context)
    _set_combo(dialog._language, "ko")
    dialog._autoplay.setChecked(False)
    dialog._buttons.button(dialog._buttons.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert context.settings == before
    assert not settings.settings_path().exists()


@pytest.mark.parametrize(
    ("proxy", "expected"),
    [("gopher://proxy:70", "The proxy must be an address like"), ("", "Type the proxy's address")],
)
def test_an_invalid_proxy_keeps_the_dialog_open_with_the_message(
    qtbot: QtBot, context: AppContext, open_dialog, proxy: str, expected: str
) -> None:
    before = context.settings
    dialog = open_dialog(context)
    dialog._base_url.setText("https://mirror.example.com")
    _set_combo(dialog._proxy_mode, "custom")
    dialog._proxy_url.setText(proxy)
    dialog._buttons.button(dialog._buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.field_error("proxy").startswith(expected)
    assert dialog._proxy_url.hasFocus() or not dialog.isActiveWindow()
    # Nothing typed is lost, and nothing was applied.
    assert dialog._base_url.text() == "https://mirror.example.com"
    assert dialog._proxy_url.text() == proxy
    assert context.settings == before
    assert not settings.settings_path().exists()
    # Fixing it clears the message and closes the dialog.
    dialog._proxy_url.setText("http://proxy.example.com:3128")
    with qtbot.waitSignal(context.settingsChanged, timeout=WORKER_TIMEOUT_MS):
        dialog.accept()
    assert dialog.field_error("proxy") == ""
    assert settings.load().proxy == "http://proxy.example.com:3128"


def test_an_invalid_base_url_keeps_the_dialog_open_with_the_message(
    qtbot: QtBot, context: AppContext, open_dialog
) -> None:
    dialog = open_dialog(context)
    dialog._tabs.setCurrentIndex(1)
    dialog._base_url.setText("ftp://files.example.com")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.field_error("base_url").startswith("The base URL must be an http(s) address")
    assert dialog._tabs.currentIndex() == 0  # the field's tab is brought forward
    assert dialog._base_url.text() == "ftp://files.example.com"
    assert not settings.settings_path().exists()


# ------------------------------------------------------------------ the key


def test_a_saved_key_goes_to_the_keychain_and_nowhere_else(
    qtbot: QtBot,
    context: AppContext,
    open_dialog,
    memory_keyring: MemoryKeyring,
    omnidesk_home: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    written: list[tuple[str, object]] = []
    # Recorded, not written: a test must not touch the real QSettings store.
    monkeypatch.setattr(QSettings, "setValue", lambda self, name, value: written.append((name, value)))
    dialog = open_dialog(context)
    assert "No key stored" in dialog._key_status.text()
    _save_key(qtbot, dialog, KEY)
    assert memory_keyring.passwords[(secrets.KEYRING_SERVICE, secrets.KEYRING_USER)] == KEY
    assert dialog._key_edit.text() == ""
    assert dialog.key_message() == "Key saved in the system keychain."
    qtbot.waitUntil(lambda: "…1234" in dialog._key_status.text(), timeout=WORKER_TIMEOUT_MS)
    assert "the system keychain" in dialog._key_status.text()

    # OK restarts the service on the new key and saves the settings, without the key.
    with (
        qtbot.waitSignal(context.settingsChanged, timeout=START_TIMEOUT_MS),
        qtbot.waitSignal(context.engineReady, timeout=START_TIMEOUT_MS) as ready,
    ):
        dialog.accept()
    assert ready.args[0].key_source == "the system keychain"
    text = settings.settings_path().read_text(encoding="utf-8")
    assert json.loads(text)["base_url"] == NOWHERE
    assert KEY not in text
    for path in omnidesk_home.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
    assert KEY not in caplog.text
    assert all(KEY not in f"{name}={value}" for name, value in written)
    assert KEY not in _labels(dialog)


def test_without_a_keychain_the_dialog_offers_a_private_file(
    qtbot: QtBot, context: AppContext, open_dialog, omnidesk_home: Path
) -> None:
    keyring.set_keyring(NoKeychain())
    dialog = open_dialog(context)
    qtbot.keyClicks(dialog._key_edit, KEY)
    dialog._save_key.click()
    qtbot.waitUntil(lambda: dialog.keychain_question is not None, timeout=WORKER_TIMEOUT_MS)
    box = dialog.keychain_question
    assert box is not None and box.isVisible()
    assert "no system keychain" in box.text()
    key_file = omnidesk_home / "config" / secrets.KEY_FILE_NAME
    assert str(key_file) in box.informativeText()
    assert not key_file.exists()  # nothing written before the user agrees
    keep = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(dialog.keyChanged, timeout=WORKER_TIMEOUT_MS):
        keep.click()
    assert key_file.read_text(encoding="utf-8") == KEY
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "a file only you can read" in dialog.key_message()
    qtbot.waitUntil(lambda: "…1234" in dialog._key_status.text(), timeout=WORKER_TIMEOUT_MS)
    assert str(key_file) in dialog._key_status.text()


def test_declining_the_file_saves_nothing(
    qtbot: QtBot, context: AppContext, open_dialog, omnidesk_home: Path
) -> None:
    keyring.set_keyring(NoKeychain())
    dialog = open_dialog(context)
    qtbot.keyClicks(dialog._key_edit, KEY)
    dialog.accept()  # OK keeps a typed key first, and asks
    qtbot.waitUntil(lambda: dialog.keychain_question is not None, timeout=WORKER_TIMEOUT_MS)
    box = dialog.keychain_question
    assert box is not None
    decline = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    decline.click()
    assert dialog.key_message().startswith("The key was not saved")
    assert dialog.isVisible() and dialog._key_edit.text() == KEY
    assert not (omnidesk_home / "config" / secrets.KEY_FILE_NAME).exists()
    assert not settings.settings_path().exists()


def test_ok_keeps_a_typed_key(
    qtbot: QtBot, context: AppContext, open_dialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(context)
    qtbot.keyClicks(dialog._key_edit, KEY)
    with qtbot.waitSignal(context.engineReady, timeout=START_TIMEOUT_MS):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert secrets.load_stored_key() is not None
    assert memory_keyring.passwords[(secrets.KEYRING_SERVICE, secrets.KEYRING_USER)] == KEY


def test_remove_key_forgets_it(qtbot: QtBot, context: AppContext, open_dialog) -> None:
    secrets.store_api_key("sk-stored-key-00005555")
    dialog = open_dialog(context)
    assert "…5555" in dialog._key_status.text()
    assert "sk-stored-key-00005555" not in _labels(dialog)
    assert dialog._remove_key.isEnabled()
    with qtbot.waitSignal(dialog.keyChanged, timeout=WORKER_TIMEOUT_MS):
        dialog._remove_key.click()
    assert secrets.load_stored_key() is None
    qtbot.waitUntil(lambda: "No key stored" in dialog._key_status.text(), timeout=WORKER_TIMEOUT_MS)
    assert not dialog._remove_key.isEnabled()
    # Cancel keeps the settings, but the service follows the key that is gone.
    with qtbot.waitSignal(context.engineReady, timeout=START_TIMEOUT_MS) as ready:
        dialog.reject()
    assert ready.args[0].simulated


def test_a_key_from_the_environment_is_shown_as_such(
    context: AppContext, open_dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_key = "sk-from-the-environment-9876"
    monkeypatch.setenv("OMNIDESK_API_KEY", env_key)
    secrets.store_api_key("sk-stored-key-00005555")
    dialog = open_dialog(context)
    status = dialog._key_status.text()
    assert "$OMNIDESK_API_KEY" in status and "…9876" in status and "wins" in status
    assert "…5555" in status
    assert env_key not in _labels(dialog)


# ------------------------------------------------------------------ test connection


def _test_connection(qtbot: QtBot, dialog: SettingsDialog) -> tuple[bool, str]:
    with qtbot.waitSignal(dialog.connectionTested, timeout=START_TIMEOUT_MS) as blocker:
        dialog._test_button.click()
    assert dialog._test_button.isEnabled()
    assert dialog.test_result() == blocker.args[1]
    return blocker.args[0], blocker.args[1]


def test_test_connection_shows_the_balance_and_a_wrong_key(
    qtbot: QtBot, context: AppContext, open_dialog, memory_keyring: MemoryKeyring
) -> None:
    with start_simulator(SimulatorConfig(api_keys=frozenset({"right-key"}), balance=42.5)) as sim:
        dialog = open_dialog(context)
        dialog._base_url.setText(sim.url)
        _set_combo(dialog._proxy_mode, "none")
        qtbot.keyClicks(dialog._key_edit, "right-key")
        ok, text = _test_connection(qtbot, dialog)
        assert ok, text
        assert "Balance: $42.50 left (" in text
        assert "-1" not in text

        dialog._key_edit.clear()
        qtbot.keyClicks(dialog._key_edit, "wrong-key")
        ok, text = _test_connection(qtbot, dialog)
        assert not ok
        assert "Check your API key" in text

        # No typed key: the stored one is tested.
        dialog._key_edit.clear()
        secrets.store_api_key("right-key")
        ok, text = _test_connection(qtbot, dialog)
        assert ok and "$42.50" in text
    # Testing stores nothing and applies nothing.
    assert memory_keyring.passwords[(secrets.KEYRING_SERVICE, secrets.KEYRING_USER)] == "right-key"
    assert context.settings.base_url == NOWHERE


def test_test_connection_refuses_an_invalid_base_url_before_calling(
    qtbot: QtBot, context: AppContext, open_dialog
) -> None:
    dialog = open_dialog(context)
    dialog._base_url.setText("not a url")
    dialog._test_button.click()
    assert dialog.field_error("base_url").startswith("The base URL must be")
    assert dialog._test_button.isEnabled()


def test_without_a_key_test_connection_asks_the_demo_simulator(
    qtbot: QtBot, app_context: AppContext, open_dialog
) -> None:
    dialog = open_dialog(app_context)
    ok, text = _test_connection(qtbot, dialog)
    assert ok, text
    assert "demo simulator" in text and "Balance: $" in text


def test_an_unlimited_balance_is_never_shown_as_minus_one(context: AppContext, open_dialog) -> None:
    dialog = open_dialog(context)
    text = dialog._balance_text(Balance(remain_balance=None, used_balance=3.0, unlimited_quota=True))
    assert "unlimited" in text and "-1" not in text
    assert "-1" not in dialog._balance_text(Balance(remain_balance=-1.0, used_balance=None))
