"""The window's language: OmniDesk's own translations and Qt's, chosen once at start-up.

``language_for`` turns the Settings choice into a language (``system``
follows the system locale as Qt reads it, which also knows Windows and
macOS); the API's ``language`` is given the same one, so the window and the
service's messages agree. The catalogues are ``resources/translations/``,
made from the sources with ``python3 dev.py translations`` (pyside6-lupdate,
pyside6-lrelease). A language change shows from the next start: every widget
would otherwise have to rebuild its texts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from omnidesk import languages
from resources import TRANSLATIONS

log = logging.getLogger(__name__)

TRANSLATIONS_DIR: Path = TRANSLATIONS
CATALOGUE_PREFIX = "omnidesk_"
# The file name each language's catalogue has (Qt's own use the same codes).
QT_CODES = {"zh": "zh_CN", "ja": "ja", "ko": "ko"}
# Qt's own catalogues for the standard buttons and dialogs (OK, Cancel, the file dialog).
QT_CATALOGUES = ("qtbase",)


def language_for(choice: str) -> str:
    """The language (en, zh, ko, ja) the Settings choice means on this machine."""
    return languages.resolve(choice, QLocale.system().name())


def catalogue_path(language: str) -> Path:
    """Where OmniDesk's catalogue for ``language`` is (English has none: it is the source)."""
    return TRANSLATIONS_DIR / f"{CATALOGUE_PREFIX}{QT_CODES.get(language, language)}.qm"


def shipped_languages() -> list[str]:
    """The languages with a catalogue, besides English."""
    return [language for language in QT_CODES if catalogue_path(language).is_file()]


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ``language``'s catalogues into ``app`` (nothing for English); the translators
    (kept alive by the caller as long as they are installed)."""
    if language == languages.ENGLISH:
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(catalogue_path(language))):
        installed.append(ours)
    else:
        log.warning(
            "no translation for %s at %s; the window stays in English", language, catalogue_path(language)
        )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES:
        theirs = QTranslator(app)
        if theirs.load(f"{name}_{QT_CODES[language]}", qt_dir):
            installed.append(theirs)
    for translator in installed:
        app.installTranslator(translator)
    return installed
