"""Which language OmniDesk speaks: the window's and the API's ``language`` follow one choice.

The choice is a setting: ``system`` (the default) follows the system locale,
or one of the API's languages names it. Anything the locale names that we do
not ship falls back to English.
"""

from __future__ import annotations

import locale
import os

from omnidesk.api import spec

SYSTEM = "system"
ENGLISH = "en"
CHOICES: tuple[str, ...] = (SYSTEM, *spec.LANGUAGES)
# The environment variables that name the locale for messages, strongest first (as gettext reads them).
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def from_locale_name(name: str | None) -> str:
    """The language a locale name means (``ja_JP.UTF-8``, ``zh-Hans-CN``, ``ko``): en, zh, ko or ja."""
    code = (name or "").strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in spec.LANGUAGES else ENGLISH


def system_locale_name() -> str:
    """The locale name the environment gives for messages (empty when it gives none)."""
    for variable in _LOCALE_VARIABLES:
        value = os.environ.get(variable, "").strip()
        if value:
            # LANGUAGE may list several ("ja:en"); the first is the wish.
            return value.split(":")[0]
    return locale.getlocale(locale.LC_CTYPE)[0] or ""


def resolve(choice: str, locale_name: str | None = None) -> str:
    """The language ``choice`` means here; ``locale_name`` stands in for the system's (the GUI
    passes Qt's, which also knows Windows and macOS)."""
    if choice in spec.LANGUAGES:
        return choice
    return from_locale_name(system_locale_name() if locale_name is None else locale_name)
