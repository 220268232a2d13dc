"""One language choice: the system locale's, or the one named in Settings; English otherwise."""

from __future__ import annotations

import pytest

from omnidesk import languages, settings
from omnidesk.settings import Settings


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("ja_JP.UTF-8", "ja"),
        ("zh_CN", "zh"),
        ("zh-Hans-CN", "zh"),
        ("ko_KR.eucKR", "ko"),
        ("ko", "ko"),
        ("de_DE.UTF-8", "en"),
        ("C.UTF-8", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_a_locale_name_means_one_of_the_four_languages(name: str | None, language: str) -> None:
    assert languages.from_locale_name(name) == language


def test_a_named_language_wins_over_the_locale() -> None:
    assert languages.resolve("ko", "ja_JP") == "ko"
    assert languages.resolve("en", "zh_CN") == "en"


def test_system_follows_the_locale_given_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert languages.resolve(languages.SYSTEM, "ja_JP") == "ja"
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert languages.resolve(languages.SYSTEM) == "ko"
    # LANGUAGE may list several; the first is the wish, and it is stronger than LANG.
    monkeypatch.setenv("LANGUAGE", "zh_CN:en")
    assert languages.resolve(languages.SYSTEM) == "zh"


def test_the_setting_defaults_to_the_system_and_refuses_what_we_do_not_ship() -> None:
    assert Settings().language == languages.SYSTEM
    for choice in languages.CHOICES:
        Settings(language=choice).validated()
    with pytest.raises(ValueError, match="language: must be one of system, en, zh, ko, ja"):
        Settings(language="fr").validated()


def test_a_saved_language_round_trips() -> None:
    settings.save(Settings(language="ja"))
    assert settings.load().language == "ja"
