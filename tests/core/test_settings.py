"""Settings shared by the CLI and the GUI: round trip, damaged files, and what the CLI takes from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from omnidesk import settings
from omnidesk.engine.library import Library
from omnidesk.settings import Settings


def test_defaults_when_nothing_is_saved() -> None:
    assert settings.load() == Settings()


def test_round_trip(tmp_path: Path) -> None:
    chosen = Settings(
        base_url="https://mirror.example.com",
        proxy="socks5://127.0.0.1:1080",
        language="ja",
        demo_mode=True,
        library_dir=str(tmp_path / "videos"),
        default_mode="reference",
        default_duration=10,
        default_resolution="4k",
        default_aspect="9:16",
        autoplay=False,
        notify=False,
        daily_spend_cap=2.5,
    )
    settings.save(chosen)
    assert settings.load() == chosen
    assert settings.settings_path().stat().st_size > 0


def test_an_invalid_value_is_refused_and_nothing_is_written() -> None:
    settings.save(Settings(language="zh"))
    with pytest.raises(ValueError, match="default_duration"):
        settings.save(Settings(default_duration=5))
    assert settings.load().language == "zh"


def test_a_damaged_file_keeps_what_is_valid() -> None:
    path = settings.settings_path()
    path.write_text(
        json.dumps({"language": "ko", "default_duration": 7, "autoplay": "yes", "proxy": "ftp://x", "new": 1})
    )
    loaded = settings.load()
    assert loaded.language == "ko"
    assert loaded.default_duration == Settings().default_duration
    assert loaded.autoplay is True
    assert loaded.proxy == "system"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", ""])
def test_an_unreadable_file_gives_the_defaults(content: str) -> None:
    settings.settings_path().write_text(content)
    assert settings.load() == Settings()


def test_the_library_folder_setting_is_where_results_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "My Videos"
    settings.save(Settings(library_dir=str(chosen)))
    assert Library().root == chosen.resolve()
    # The environment's folder wins (tests and scripts set it).
    monkeypatch.setenv("OMNIDESK_LIBRARY", str(tmp_path / "env-lib"))
    assert Library().root == (tmp_path / "env-lib").resolve()


def test_proxy_for_the_client() -> None:
    assert Settings().proxy_for_client is None
    assert Settings(proxy="none").proxy_for_client == "none"
    assert Settings(proxy="http://p:3128").proxy_for_client == "http://p:3128"


def test_a_whole_number_cap_reads_as_money_and_a_negative_one_is_refused() -> None:
    settings.settings_path().write_text(json.dumps({"daily_spend_cap": 5}))
    assert settings.load().daily_spend_cap == 5.0
    with pytest.raises(ValueError, match="daily_spend_cap"):
        settings.save(Settings(daily_spend_cap=-1.0))
