"""``SettingsDialog``: the API key, the service, the library folder and the defaults, in one dialog.

The key is handled apart from the other settings: it goes to the system
keychain (or, when there is none and the user agrees, to a file only they can
read) the moment "Save key" is pressed, and it is never shown again in clear,
never written to settings.json, never logged. The dialog only ever holds the
key the user is typing; what it shows of a stored key is where it is kept and
its last four characters.

Everything that touches the disk or the network (the keychain, the key file,
the balance call of "Test connection") runs through ``Background.run``; the
dialog stays responsive and a busy control is always released in the
callback that ends its job, success or failure.

OK validates the form with ``Settings.validated()``; a refusal is shown at the
field it names and the dialog stays open with everything typed. Cancel
changes no setting.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from keyring.errors import KeyringError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from omnidesk import languages, paths, secrets
from omnidesk.api import spec
from omnidesk.api.client import PROXY_NONE, ApiClient
from omnidesk.api.errors import OmniDeskError
from omnidesk.api.models import Balance, Mode
from omnidesk.api.retry import NO_RETRY
from omnidesk.settings import PROXY_SYSTEM, Settings
from ui import icons
from ui.background import describe_error
from ui.context import AppContext
from ui.translations import language_for

# "Test connection" should answer within seconds, not wait out a slow service.
TEST_CONNECT_TIMEOUT = 10.0
TEST_READ_TIMEOUT = 20.0
KEYCHAIN = "the system keychain"  # what omnidesk.secrets calls the keychain


@dataclass(frozen=True)
class KeyStatus:
    """What can be shown about the keys: where they are and their masked form, never the keys."""

    env_source: str | None  # "$OMNIDESK_API_KEY" when a variable supplies the key
    env_masked: str
    stored_source: str | None  # the keychain, or the key file's path
    stored_masked: str
    key_file: Path  # where the key would go without a keychain
    default_library: Path
    library_override: bool  # OMNIDESK_LIBRARY is set and wins over the setting


def read_key_status() -> KeyStatus:
    """Look at the environment, the keychain and the key file (blocking: run it on a worker)."""
    resolved = secrets.resolve_api_key()
    from_env = resolved if resolved is not None and resolved.source.startswith("$") else None
    stored = secrets.load_stored_key()
    return KeyStatus(
        env_source=from_env.source if from_env else None,
        env_masked=secrets.mask(from_env.key) if from_env else "",
        stored_source=stored.source if stored else None,
        stored_masked=secrets.mask(stored.key) if stored else "",
        key_file=paths.config_dir() / secrets.KEY_FILE_NAME,
        default_library=paths.default_library_dir(),
        library_override=bool(os.environ.get(paths.LIBRARY_ENV, "").strip()),
    )


class _NoKeyToTest(Exception):
    """Test connection found neither a key nor a running demo service."""


@dataclass(frozen=True)
class _TestResult:
    balance: Balance
    simulated: bool


class _FieldError(QWidget):
    """A warning icon and a sentence under a form field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(icons.icon("warning").pixmap(size))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()


class SettingsDialog(QDialog):
    """Settings for the service, the key, the library and new generations.

    Signals:

    - ``keyChanged()``: a key was saved or removed (the service is restarted on close).
    - ``connectionTested(bool, str)``: "Test connection" ended; whether it reached the
      service, and the sentence shown (a balance, or what went wrong).
    - ``keyStatusLoaded()``: what is known about the stored key is on screen.
    """

    keyChanged = Signal()
    connectionTested = Signal(bool, str)
    keyStatusLoaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._key_changed = False
        self._status: KeyStatus | None = None
        self._status_failed = False
        self._key_busy = False
        self._testing = False
        self.keychain_question: QMessageBox | None = None  # open while asking where to keep the key
        self.setWindowTitle(self.tr("OmniDesk settings"))
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(560)
        # Room for the messages that appear under the fields, without the dialog jumping.
        self.resize(640, 560)

        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(self.tr("Settings sections"))
        self._tabs.addTab(self._build_service_tab(), self.tr("&Service"))
        self._tabs.addTab(self._build_general_tab(), self.tr("&Library and new videos"))

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs)
        layout.addWidget(self._buttons)

        self._errors: dict[str, tuple[int, QWidget, _FieldError]] = {
            "base_url": (0, self._base_url, self._base_url_error),
            "proxy": (0, self._proxy_url, self._proxy_error),
            "language": (0, self._language, self._language_error),
            "library_dir": (1, self._library, self._library_error),
            "default_mode": (1, self._mode, self._defaults_error),
            "default_duration": (1, self._duration, self._defaults_error),
            "default_resolution": (1, self._resolution, self._defaults_error),
            "default_aspect": (1, self._aspect, self._defaults_error),
            "daily_spend_cap": (1, self._spend_cap, self._spend_cap_error),
        }
        self._load_settings(context.settings)
        self._refresh_key_status()

    # ------------------------------------------------------------------ building

    def _build_service_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._build_key_group())
        layout.addWidget(self._build_connection_group())
        layout.addStretch(1)
        return page

    def _build_key_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("APIMart API key"))
        self._key_status = QLabel(self.tr("Looking for a stored key…"))
        self._key_status.setObjectName("keyStatus")
        self._key_status.setAccessibleName(self.tr("Stored key"))
        self._key_status.setWordWrap(True)
        self._key_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._key_edit = QLineEdit()
        self._key_edit.setObjectName("keyEdit")
        self._key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._key_edit.setPlaceholderText(self.tr("Paste a new key here"))
        self._key_edit.setAccessibleName(self.tr("New API key"))
        self._key_edit.setToolTip(self.tr("A new key replaces the stored one when you save it."))
        self._key_edit.setClearButtonEnabled(True)
        self._key_edit.textChanged.connect(self._on_key_text_changed)
        key_label = QLabel(self.tr("&New key:"))
        key_label.setBuddy(self._key_edit)

        self._save_key = QPushButton(self.tr("Sa&ve key"))
        self._save_key.setAccessibleName(self.tr("Save key"))
        self._save_key.setToolTip(self.tr("Keep the key in the system keychain"))
        self._save_key.setEnabled(False)
        self._save_key.clicked.connect(self._on_save_key)
        self._remove_key = QPushButton(self.tr("&Remove key"))
        self._remove_key.setAccessibleName(self.tr("Remove key"))
        self._remove_key.setToolTip(self.tr("Forget the stored key (OmniDesk then runs in demo mode)"))
        self._remove_key.setEnabled(False)
        self._remove_key.clicked.connect(self._on_remove_key)

        self._key_message = QLabel()
        self._key_message.setObjectName("keyMessage")
        self._key_message.setAccessibleName(self.tr("Key message"))
        self._key_message.setWordWrap(True)
        self._key_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._key_message.hide()

        row = QHBoxLayout()
        row.addWidget(key_label)
        row.addWidget(self._key_edit, 1)
        row.addWidget(self._save_key)
        row.addWidget(self._remove_key)
        layout = QVBoxLayout(group)
        layout.addWidget(self._key_status)
        layout.addLayout(row)
        layout.addWidget(self._key_message)
        return group

    def _build_connection_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Connection"))
        form = QFormLayout(group)

        self._base_url = QLineEdit()
        self._base_url.setObjectName("baseUrl")
        self._base_url.setAccessibleName(self.tr("Base URL"))
        self._base_url.setPlaceholderText(spec.DEFAULT_BASE_URL)
        self._base_url.setToolTip(
            self.tr("Leave empty for APIMart at {url}, or give a mirror's address.").format(
                url=spec.DEFAULT_BASE_URL
            )
        )
        self._base_url_error = _FieldError()
        form.addRow(self.tr("&Base URL:"), self._base_url)
        form.addRow("", self._base_url_error)

        self._proxy_mode = QComboBox()
        self._proxy_mode.setObjectName("proxyMode")
        self._proxy_mode.setAccessibleName(self.tr("Network proxy"))
        self._proxy_mode.addItem(self.tr("System settings"), PROXY_SYSTEM)
        self._proxy_mode.addItem(self.tr("No proxy"), PROXY_NONE)
        self._proxy_mode.addItem(self.tr("Custom:"), "custom")
        self._proxy_mode.setToolTip(
            self.tr("System settings: the proxy your system or environment names. Custom: http(s) or socks5.")
        )
        self._proxy_mode.currentIndexChanged.connect(self._on_proxy_mode_changed)
        self._proxy_url = QLineEdit()
        self._proxy_url.setObjectName("proxyUrl")
        self._proxy_url.setAccessibleName(self.tr("Proxy address"))
        self._proxy_url.setPlaceholderText(self.tr("http://host:port or socks5://host:port"))
        proxy_row = QHBoxLayout()
        proxy_row.addWidget(self._proxy_mode)
        proxy_row.addWidget(self._proxy_url, 1)
        self._proxy_error = _FieldError()
        proxy_label = QLabel(self.tr("&Proxy:"))
        proxy_label.setBuddy(self._proxy_mode)
        form.addRow(proxy_label, proxy_row)
        form.addRow("", self._proxy_error)

        self._language = QComboBox()
        self._language.setObjectName("language")
        self._language.setAccessibleName(self.tr("Language of the window and of the service's messages"))
        # Each language in its own words: whoever cannot read the current one still finds theirs.
        names = {
            "en": "English",
            "zh": "中文（简体）",
            "ko": "한국어",
            "ja": "日本語",
        }
        system = names[language_for(languages.SYSTEM)]
        self._language.addItem(
            self.tr("As the system ({language})").format(language=system), languages.SYSTEM
        )
        for code in spec.LANGUAGES:
            self._language.addItem(names.get(code, code), code)
        self._language_error = _FieldError()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self._language)
        form.addRow(language_label, self._language)
        language_note = QLabel(
            self.tr("The service's messages follow at once; the window, when OmniDesk next starts.")
        )
        language_note.setWordWrap(True)
        form.addRow("", language_note)
        form.addRow("", self._language_error)

        self._demo = QCheckBox(self.tr("&Demo mode: use the built-in simulator even with a key"))
        self._demo.setObjectName("demoMode")
        self._demo.setAccessibleName(self.tr("Demo mode"))
        self._demo.setToolTip(self.tr("Nothing is sent to APIMart and nothing is charged."))
        form.addRow(self._demo)

        self._test_button = QPushButton(self.tr("&Test connection"))
        self._test_button.setObjectName("testConnection")
        self._test_button.setAccessibleName(self.tr("Test connection"))
        self._test_button.setToolTip(
            self.tr("Ask the service for the balance, with the key typed above or the stored one")
        )
        self._test_button.clicked.connect(self._on_test_connection)
        self._test_result = QLabel()
        self._test_result.setObjectName("testResult")
        self._test_result.setAccessibleName(self.tr("Connection test result"))
        self._test_result.setWordWrap(True)
        self._test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self._test_button)
        test_row.addStretch(1)
        form.addRow(test_row)
        form.addRow(self._test_result)
        return group

    def _build_general_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        library_group = QGroupBox(self.tr("Library"))
        library_form = QFormLayout(library_group)
        self._library = QLineEdit()
        self._library.setObjectName("libraryDir")
        self._library.setAccessibleName(self.tr("Library folder"))
        self._library.setToolTip(self.tr("Where finished videos are kept. Leave empty for the default."))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setAccessibleName(self.tr("Choose the library folder"))
        browse.clicked.connect(self._on_browse_library)
        library_row = QHBoxLayout()
        library_row.addWidget(self._library, 1)
        library_row.addWidget(browse)
        library_label = QLabel(self.tr("&Folder:"))
        library_label.setBuddy(self._library)
        library_form.addRow(library_label, library_row)
        self._library_note = QLabel()
        self._library_note.setWordWrap(True)
        self._library_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._library_note.hide()
        library_form.addRow("", self._library_note)
        self._library_error = _FieldError()
        library_form.addRow("", self._library_error)
        layout.addWidget(library_group)

        defaults = QGroupBox(self.tr("Defaults for new videos"))
        form = QFormLayout(defaults)
        self._mode = QComboBox()
        self._mode.setObjectName("defaultMode")
        self._mode.setAccessibleName(self.tr("Default mode"))
        mode_names = {
            Mode.TEXT: self.tr("Text to video"),
            Mode.FRAME: self.tr("First frame (image to video)"),
            Mode.REFERENCE: self.tr("Reference images"),
            Mode.VIDEO: self.tr("Reference video"),
        }
        for mode in Mode:
            self._mode.addItem(mode_names.get(mode, mode.value), mode.value)
        self._duration = QComboBox()
        self._duration.setObjectName("defaultDuration")
        self._duration.setAccessibleName(self.tr("Default duration"))
        for seconds in spec.DURATIONS:
            self._duration.addItem(self.tr("{seconds} seconds").format(seconds=seconds), seconds)
        self._resolution = QComboBox()
        self._resolution.setObjectName("defaultResolution")
        self._resolution.setAccessibleName(self.tr("Default resolution"))
        for resolution in spec.RESOLUTIONS:
            self._resolution.addItem(resolution.upper() if resolution == "4k" else resolution, resolution)
        self._aspect = QComboBox()
        self._aspect.setObjectName("defaultAspect")
        self._aspect.setAccessibleName(self.tr("Default aspect ratio"))
        aspect_names = {"16:9": self.tr("16:9 (landscape)"), "9:16": self.tr("9:16 (portrait)")}
        for aspect in spec.ASPECT_RATIOS:
            self._aspect.addItem(aspect_names.get(aspect, aspect), aspect)
        form.addRow(self.tr("&Mode:"), self._mode)
        form.addRow(self.tr("&Duration:"), self._duration)
        form.addRow(self.tr("R&esolution:"), self._resolution)
        form.addRow(self.tr("&Aspect ratio:"), self._aspect)
        self._defaults_error = _FieldError()
        form.addRow("", self._defaults_error)
        layout.addWidget(defaults)
        layout.addWidget(self._build_spending_group())

        behaviour = QGroupBox(self.tr("When a video is ready"))
        behaviour_layout = QVBoxLayout(behaviour)
        self._autoplay = QCheckBox(self.tr("&Play it at once"))
        self._autoplay.setObjectName("autoplay")
        self._autoplay.setAccessibleName(self.tr("Play new results at once"))
        self._notify = QCheckBox(self.tr("Show a desktop &notification"))
        self._notify.setObjectName("notify")
        self._notify.setAccessibleName(self.tr("Desktop notifications"))
        behaviour_layout.addWidget(self._autoplay)
        behaviour_layout.addWidget(self._notify)
        layout.addWidget(behaviour)
        layout.addStretch(1)
        return page

    def _build_spending_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Spending"))
        form = QFormLayout(group)
        self._spend_cap = QDoubleSpinBox()
        self._spend_cap.setObjectName("dailySpendCap")
        self._spend_cap.setAccessibleName(self.tr("Daily spending cap in dollars, approximate (0: no cap)"))
        self._spend_cap.setPrefix("$")
        self._spend_cap.setDecimals(2)
        self._spend_cap.setRange(0.0, 999_999.99)
        self._spend_cap.setSingleStep(0.5)
        # At 0 the box reads "No cap" instead of "$0.00", which could look like "spend nothing".
        self._spend_cap.setSpecialValueText(self.tr("No cap"))
        self._spend_cap.setToolTip(
            self.tr(
                "Before a submission would take the day's spending past this amount, OmniDesk asks first. "
                "0 means no cap."
            )
        )
        cap_label = QLabel(self.tr("Daily &cap (approximate):"))
        cap_label.setBuddy(self._spend_cap)
        cap_row = QHBoxLayout()
        cap_row.addWidget(self._spend_cap)
        cap_row.addStretch(1)
        form.addRow(cap_label, cap_row)
        note = QLabel(
            self.tr(
                "Counted from OmniDesk's price estimates and the charges the service reports, "
                "so it may differ a little from your APIMart bill."
            )
        )
        note.setWordWrap(True)
        # A wrapped label in a form row is given more height than its lines need: keep the text
        # under the field rather than centred in that space.
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow("", note)
        self._spend_cap_error = _FieldError()
        form.addRow("", self._spend_cap_error)
        return group

    # ------------------------------------------------------------------ the form

    def _load_settings(self, settings: Settings) -> None:
        self._base_url.setText(settings.base_url)
        if settings.proxy in (PROXY_SYSTEM, PROXY_NONE):
            self._proxy_mode.setCurrentIndex(self._proxy_mode.findData(settings.proxy))
            self._proxy_url.clear()
        else:
            self._proxy_mode.setCurrentIndex(self._proxy_mode.findData("custom"))
            self._proxy_url.setText(settings.proxy)
        self._update_proxy_field()
        self._select(self._language, settings.language)
        self._demo.setChecked(settings.demo_mode)
        self._library.setText(settings.library_dir)
        self._select(self._mode, settings.default_mode)
        self._select(self._duration, settings.default_duration)
        self._select(self._resolution, settings.default_resolution)
        self._select(self._aspect, settings.default_aspect)
        self._autoplay.setChecked(settings.autoplay)
        self._notify.setChecked(settings.notify)
        self._spend_cap.setValue(settings.daily_spend_cap)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _proxy_value(self) -> str:
        mode = self._proxy_mode.currentData()
        if mode == "custom":
            return self._proxy_url.text().strip()
        return str(mode)

    def form_settings(self) -> Settings:
        """The settings as the form has them now (not validated)."""
        return replace(
            self._context.settings,
            base_url=self._base_url.text().strip(),
            proxy=self._proxy_value(),
            language=str(self._language.currentData()),
            demo_mode=self._demo.isChecked(),
            library_dir=self._library.text().strip(),
            default_mode=str(self._mode.currentData()),
            default_duration=int(self._duration.currentData()),
            default_resolution=str(self._resolution.currentData()),
            default_aspect=str(self._aspect.currentData()),
            autoplay=self._autoplay.isChecked(),
            notify=self._notify.isChecked(),
            daily_spend_cap=round(self._spend_cap.value(), 2),
        )

    def _validated_form(self) -> Settings | None:
        """The form's settings, or None after showing the refusal at its field."""
        self._clear_field_errors()
        new = self.form_settings()
        if self._proxy_mode.currentData() == "custom" and not new.proxy:
            self._show_field_error(
                "proxy", self.tr("Type the proxy's address, like http://host:port or socks5://host:port.")
            )
            return None
        try:
            return new.validated()
        except ValueError as exc:
            field, _, problem = str(exc).partition(": ")
            self._show_field_error(field, self._problem_sentence(field, problem or str(exc)))
            return None

    def _problem_sentence(self, field: str, problem: str) -> str:
        labels = {
            "base_url": self.tr("The base URL"),
            "language": self.tr("The language"),
            "default_mode": self.tr("The default mode"),
            "default_duration": self.tr("The default duration"),
            "default_resolution": self.tr("The default resolution"),
            "default_aspect": self.tr("The default aspect ratio"),
            "daily_spend_cap": self.tr("The daily spending cap"),
        }
        if field in labels and problem.startswith("must"):
            return self.tr("{field} {problem}.").format(field=labels[field], problem=problem.rstrip("."))
        return problem  # the core words some problems as whole sentences (the proxy's)

    def _show_field_error(self, field: str, text: str) -> None:
        tab, widget, error = self._errors.get(field, (0, self._base_url, self._base_url_error))
        error.show_text(text)
        self._tabs.setCurrentIndex(tab)
        widget.setFocus()

    def _clear_field_errors(self) -> None:
        for _tab, _widget, error in self._errors.values():
            error.clear()

    def field_error(self, field: str) -> str:
        """The refusal shown at ``field`` ("" when there is none)."""
        entry = self._errors.get(field)
        return entry[2].label.text() if entry is not None and entry[2].isVisible() else ""

    # ------------------------------------------------------------------ the key

    def _refresh_key_status(self) -> None:
        self._context.background.run(
            read_key_status, on_done=self._on_key_status, on_error=self._on_key_status_failed
        )

    def _on_key_status(self, status: KeyStatus) -> None:
        if not isValid(self):
            return  # the dialog was closed and deleted meanwhile
        self._status = status
        lines: list[str] = []
        if status.env_source:
            lines.append(
                self.tr(
                    "In use: the key from {variable} ({masked}). It wins over a stored key; "
                    "unset the variable to use the one kept here."
                ).format(variable=status.env_source, masked=status.env_masked)
            )
        if status.stored_source:
            lines.append(
                self.tr("Stored in {where}: {masked}.").format(
                    where=self._where(status.stored_source), masked=status.stored_masked
                )
            )
        elif not status.env_source:
            lines.append(
                self.tr(
                    "No key stored. OmniDesk runs in demo mode with its built-in simulator until you add one."
                )
            )
        self._key_status.setText("\n".join(lines))
        self._remove_key.setEnabled(status.stored_source is not None and not self._key_busy)
        self._library.setPlaceholderText(str(status.default_library))
        if status.library_override:
            self._library_note.setText(
                self.tr("{variable} is set, so videos go to {path} whatever is chosen here.").format(
                    variable=paths.LIBRARY_ENV, path=status.default_library
                )
            )
            self._library_note.show()
        self.keyStatusLoaded.emit()

    def _on_key_status_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._status_failed = True
        self._key_status.setText(
            self.tr("Could not look for a stored key: {reason}").format(reason=describe_error(exc))
        )
        self.keyStatusLoaded.emit()

    @property
    def key_status_known(self) -> bool:
        """Whether the look for a stored key has ended (``keyStatusLoaded`` was emitted)."""
        return self._status is not None or self._status_failed

    def _where(self, source: str) -> str:
        if source == KEYCHAIN:
            return self.tr("the system keychain")
        return self.tr("a file only you can read ({path})").format(path=source)

    def _say_about_key(self, text: str, *, warning: bool = False) -> None:
        self._key_message.setText(text)
        self._key_message.setForegroundRole(
            QPalette.ColorRole.WindowText if warning else QPalette.ColorRole.PlaceholderText
        )
        self._key_message.setVisible(bool(text))

    def key_message(self) -> str:
        """The last thing said about saving or removing the key."""
        return self._key_message.text()

    def _set_key_busy(self, busy: bool) -> None:
        self._key_busy = busy
        has_text = bool(self._key_edit.text().strip())
        self._save_key.setEnabled(not busy and has_text)
        stored = self._status is not None and self._status.stored_source is not None
        self._remove_key.setEnabled(not busy and stored)
        self._key_edit.setEnabled(not busy)
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)

    def _on_key_text_changed(self, text: str) -> None:
        self._save_key.setEnabled(bool(text.strip()) and not self._key_busy)

    def _on_save_key(self) -> None:
        key = self._key_edit.text().strip()
        if key:
            self._store_key(key, allow_file=False, then=None)

    def _store_key(self, key: str, *, allow_file: bool, then: Callable[[], None] | None) -> None:
        """Keep ``key`` on a worker; without a keychain, ask before writing the file."""
        self._set_key_busy(True)
        self._say_about_key(self.tr("Saving the key…"))

        def done(where: str) -> None:
            if not isValid(self):
                return
            self._set_key_busy(False)
            self._key_edit.clear()
            self._key_changed = True
            place = KEYCHAIN if where == KEYCHAIN else str(self._key_file())
            self._say_about_key(self.tr("Key saved in {where}.").format(where=self._where(place)))
            self.keyChanged.emit()
            self._refresh_key_status()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._set_key_busy(False)
            if isinstance(exc, KeyringError) and not allow_file:
                self._ask_for_key_file(key, then)
            elif isinstance(exc, ValueError):
                self._say_about_key(str(exc).capitalize() + ".", warning=True)
            else:
                self._say_about_key(
                    self.tr("The key was not saved: {reason}").format(reason=describe_error(exc)),
                    warning=True,
                )

        self._context.background.run(
            secrets.store_api_key, key, allow_file=allow_file, on_done=done, on_error=failed
        )

    def _key_file(self) -> Path:
        if self._status is not None:
            return self._status.key_file
        return Path(secrets.KEY_FILE_NAME)

    def _ask_for_key_file(self, key: str, then: Callable[[], None] | None) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("No system keychain"))
        box.setText(self.tr("This computer has no system keychain, so the key cannot be kept there."))
        box.setInformativeText(
            self.tr(
                "OmniDesk can keep it in a file only your user account can read:\n{path}\n\n"
                "Anyone who can use your account or read your backups could read it. "
                "Alternatively, do not save it and set the OMNIDESK_API_KEY environment variable."
            ).format(path=self._key_file())
        )
        keep = box.addButton(self.tr("&Keep it in the file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Don't save it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.keychain_question = box

        def answered(_result: int) -> None:
            self.keychain_question = None
            clicked: QAbstractButton | None = box.clickedButton()
            box.deleteLater()
            if clicked is keep:
                self._store_key(key, allow_file=True, then=then)
            else:
                self._say_about_key(
                    self.tr("The key was not saved. Set OMNIDESK_API_KEY, or save it in the file."),
                    warning=True,
                )

        box.finished.connect(answered)
        box.open()

    def _on_remove_key(self) -> None:
        self._set_key_busy(True)

        def done(_result: object) -> None:
            if not isValid(self):
                return
            self._set_key_busy(False)
            self._key_changed = True
            if self._status is not None and self._status.env_source:
                text = self.tr("The stored key was removed; the key from {variable} is still in use.").format(
                    variable=self._status.env_source
                )
            else:
                text = self.tr("The stored key was removed. OmniDesk will run in demo mode.")
            self._say_about_key(text)
            self.keyChanged.emit()
            self._refresh_key_status()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._set_key_busy(False)
            self._say_about_key(
                self.tr("The key was not removed: {reason}").format(reason=describe_error(exc)), warning=True
            )

        self._context.background.run(secrets.delete_stored_key, on_done=done, on_error=failed)

    # ------------------------------------------------------------------ test connection

    def _on_test_connection(self) -> None:
        if self._testing:
            return
        settings = self._validated_form()
        if settings is None:
            return
        typed = self._key_edit.text().strip()
        service = self._context.service
        engine = self._context.engine if service is not None and service.simulated else None
        base_url = settings.base_url or spec.DEFAULT_BASE_URL

        def work() -> _TestResult:
            key = typed
            if not key and not settings.demo_mode:
                resolved = secrets.resolve_api_key()
                key = resolved.key if resolved is not None else ""
            if not key:
                if engine is None:
                    raise _NoKeyToTest()
                return _TestResult(engine.client(NO_RETRY).balance(), simulated=True)
            with ApiClient(
                key,
                base_url,
                proxy=settings.proxy_for_client,
                language=language_for(settings.language),
                policy=NO_RETRY,
                connect_timeout=TEST_CONNECT_TIMEOUT,
                read_timeout=TEST_READ_TIMEOUT,
            ) as client:
                return _TestResult(client.balance(), simulated=False)

        self._testing = True
        self._test_button.setEnabled(False)
        self._test_result.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._test_result.setText(self.tr("Asking {host} for the balance…").format(host=base_url))
        self._context.background.run(work, on_done=self._on_test_done, on_error=self._on_test_failed)

    def _balance_text(self, balance: Balance) -> str:
        # Unlimited keys report -1 as their balance: never show that as money.
        if balance.unlimited_quota or balance.remain_balance is None or balance.remain_balance < 0:
            text = self.tr("Balance: unlimited")
        else:
            text = self.tr("Balance: ${remain} left").format(remain=f"{balance.remain_balance:.2f}")
        if balance.used_balance is not None and balance.used_balance >= 0:
            text += " " + self.tr("(${used} used so far)").format(used=f"{balance.used_balance:.2f}")
        return text + "."

    def _on_test_done(self, result: _TestResult) -> None:
        if not isValid(self):
            return
        self._end_test()
        if result.simulated:
            head = self.tr("Connected to the demo simulator (no key is set).")
        else:
            head = self.tr("Connected: the key works.")
        text = f"{head} {self._balance_text(result.balance)}"
        self._test_result.setForegroundRole(QPalette.ColorRole.WindowText)
        self._test_result.setText(text)
        self.connectionTested.emit(True, text)

    def _on_test_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._end_test()
        if isinstance(exc, _NoKeyToTest):
            text = self.tr(
                "There is no key to test and the demo service is not running yet. "
                "Paste a key above, or wait for the demo to start and try again."
            )
        elif isinstance(exc, OmniDeskError):
            text = describe_error(exc)
        elif isinstance(exc, ValueError):
            text = str(exc)
        else:
            text = describe_error(exc)
        self._test_result.setForegroundRole(QPalette.ColorRole.WindowText)
        self._test_result.setText(text)
        self.connectionTested.emit(False, text)

    def _end_test(self) -> None:
        self._testing = False
        self._test_button.setEnabled(True)

    def test_result(self) -> str:
        return self._test_result.text()

    # ------------------------------------------------------------------ other controls

    def _update_proxy_field(self) -> None:
        self._proxy_url.setEnabled(self._proxy_mode.currentData() == "custom")

    def _on_proxy_mode_changed(self, _index: int) -> None:
        self._update_proxy_field()
        if self._proxy_url.isEnabled():
            self._proxy_url.setFocus()

    def _on_browse_library(self) -> None:
        start = self._library.text().strip() or self._library.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the library folder"), start)
        if chosen:
            self._library.setText(chosen)

    # ------------------------------------------------------------------ closing

    def accept(self) -> None:
        """Validate; keep a typed key first (it may need a question); then apply and close."""
        if self._key_busy or self._validated_form() is None:
            return
        typed = self._key_edit.text().strip()
        if typed:
            self._store_key(typed, allow_file=False, then=self._finish_accept)
            return
        self._finish_accept()

    def _finish_accept(self) -> None:
        new = self._validated_form()
        if new is None:
            return
        try:
            self._context.apply_settings(new, restart=True if self._key_changed else None)
        except ValueError as exc:
            field, _, problem = str(exc).partition(": ")
            self._show_field_error(field, self._problem_sentence(field, problem or str(exc)))
            return
        self._key_edit.clear()
        super().accept()

    def reject(self) -> None:
        """Close without changing a setting. A key already saved with "Save key" stays saved,
        so the service is reopened to use it (or to go back to demo mode)."""
        self._key_edit.clear()
        if self._key_changed:
            self._context.start()
        super().reject()
