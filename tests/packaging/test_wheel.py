"""The wheel `pipx install` gets: built from a copy of this checkout, then read and run.

Fast half of the packaging checks (about 10 s): the wheel is built with pip
from a copy of the source (the checkout stays clean: setuptools writes
build/ and *.egg-info where it builds), its file list and metadata are
checked, and it is installed without dependencies into a private folder
whose generated `omnidesk-cli` and `omnidesk` scripts are run against the
packages already in this environment. The slow half, the bundle and a real
pipx install into a fresh venv, is `packaging/test_bundle.sh` (on demand).

The build's backend (setuptools>=68, wheel) comes through pip's build
isolation, from the package index pip is configured with (cached after the
first run).
"""

from __future__ import annotations

import email.parser
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import omnidesk

ROOT = Path(__file__).resolve().parents[2]
# What a source checkout hands to the build: everything the wheel is made of, nothing else.
SOURCE_PARTS = ("pyproject.toml", "README.md", "omnidesk", "ui", "resources")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

pytestmark = pytest.mark.slow


PIP = (sys.executable, "-m", "pip", "-q", "--disable-pip-version-check")


def _run(args: list[str | os.PathLike[str]], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=300, check=False, **kwargs
    )
    assert result.returncode == 0, f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for part in SOURCE_PARTS:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, source / part, ignore=ignore)
        else:
            shutil.copy2(ROOT / part, source / part)
    # An absolute path: a bare name would be looked up as a requirement on the index.
    _run([*PIP, "wheel", "--no-deps", "--wheel-dir", work / "out", source.resolve()])
    (built,) = (work / "out").glob("*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _dist_info(wheel: Path, name: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(f"omnidesk-{omnidesk.__version__}.dist-info/{name}").decode("utf-8")


def test_the_wheel_is_named_for_the_one_version(wheel: Path) -> None:
    assert wheel.name == f"omnidesk-{omnidesk.__version__}-py3-none-any.whl"
    metadata = email.parser.Parser().parsestr(_dist_info(wheel, "METADATA"))
    assert metadata["Name"] == "omnidesk"
    assert metadata["Version"] == omnidesk.__version__
    assert metadata["Requires-Python"] == PROJECT["requires-python"]


def test_it_carries_every_resource(names: set[str]) -> None:
    shipped = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix in {".svg", ".png", ".ico", ".icns", ".qss", ".qm"}
    }
    assert any(name.endswith(".svg") for name in shipped)
    # The app icon set the desktop entry, Windows and macOS use.
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert f"resources/icons/omnidesk-{size}.png" in shipped
    assert {"resources/icons/omnidesk.ico", "resources/icons/omnidesk.icns"} <= shipped
    assert shipped - names == set()
    assert "resources/__init__.py" in names


def test_it_holds_the_app_and_nothing_else(names: set[str]) -> None:
    tops = {name.split("/", 1)[0] for name in names}
    assert tops == {"omnidesk", "ui", "resources", f"omnidesk-{omnidesk.__version__}.dist-info"}
    # Every module of the checkout is in it (the app imports many lazily).
    for package in ("omnidesk", "ui"):
        for module in (ROOT / package).rglob("*.py"):
            assert module.relative_to(ROOT).as_posix() in names


def test_its_commands_are_the_gui_and_the_cli(wheel: Path) -> None:
    entry_points = _dist_info(wheel, "entry_points.txt")
    sections: dict[str, dict[str, str]] = {}
    section = ""
    for line in entry_points.splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line.strip("[]")
            sections[section] = {}
        elif "=" in line:
            key, value = (part.strip() for part in line.split("=", 1))
            sections[section][key] = value
    assert sections["console_scripts"] == {"omnidesk-cli": "omnidesk.cli:main"}
    assert sections["gui_scripts"] == {"omnidesk": "ui.app:main"}


def test_it_asks_for_what_pyproject_lists(wheel: Path) -> None:
    metadata = email.parser.Parser().parsestr(_dist_info(wheel, "METADATA"))
    required = {
        str(Requirement(line)) for line in metadata.get_all("Requires-Dist", []) if "extra ==" not in line
    }
    assert required == {str(Requirement(line)) for line in PROJECT["dependencies"]}
    # QtMultimedia lives in Addons; the PySide6 meta package would pull WebEngine.
    assert {Requirement(r).name for r in required} >= {"PySide6-Essentials", "PySide6-Addons", "av"}
    assert "PySide6" not in {Requirement(r).name for r in required}


def test_installed_it_runs_its_commands_from_its_own_files(wheel: Path, tmp_path: Path) -> None:
    """The wheel's own scripts and files, not this checkout: the packages come from the wheel,
    the dependencies from this environment."""
    site = tmp_path / "site"
    _run([*PIP, "install", "--no-deps", "--target", site, wheel])
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "OMNIDESK_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.multimedia.*=false",
    }
    cwd = tmp_path  # not the checkout, whose packages would shadow the wheel's

    version = _run([site / "bin" / "omnidesk-cli", "--version"], env=env, cwd=cwd)
    assert version.stdout.strip() == f"omnidesk-cli {omnidesk.__version__}"

    where = _run(
        [
            sys.executable,
            "-P",
            "-c",
            "import omnidesk, resources, ui; print(omnidesk.__file__); "
            "print(resources.icon_path('omnidesk')); print(ui.__file__)",
        ],
        env=env,
        cwd=cwd,
    ).stdout.split()
    assert all(Path(path).is_relative_to(site) for path in where), where
    assert Path(where[1]).is_file()

    gui = _run([site / "bin" / "omnidesk", "--quit-when-ready"], env=env, cwd=cwd)
    lines = gui.stdout.splitlines()
    assert "shown" in lines and "ready simulator" in lines, gui.stdout + gui.stderr
