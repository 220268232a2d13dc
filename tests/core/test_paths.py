from pathlib import Path

import pytest

from omnidesk import paths


def test_everything_lives_under_omnidesk_home(omnidesk_home: Path) -> None:
    folders = [
        paths.data_dir(),
        paths.config_dir(),
        paths.cache_dir(),
        paths.log_dir(),
        paths.default_library_dir(),
    ]
    for folder in folders:
        assert folder.is_dir()
        assert folder.is_relative_to(omnidesk_home)
    assert len(set(folders)) == len(folders)


def test_library_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMNIDESK_LIBRARY", str(tmp_path / "videos"))
    assert paths.default_library_dir() == (tmp_path / "videos").resolve()


def test_without_home_the_platform_folders_are_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OMNIDESK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    assert paths.data_dir() == tmp_path / "xdg-data" / "OmniDesk"
    assert paths.config_dir() == tmp_path / "xdg-config" / "OmniDesk"
