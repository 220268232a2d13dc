#!/usr/bin/env python3
"""Set everything up, then run OmniDesk or its tests. Needs only Python 3.11+.

    python3 dev.py run     # the desktop app (built-in simulator when no API key is set)
    python3 dev.py test    # the whole test suite, headless (extra arguments go to pytest)
    python3 dev.py translations  # refresh resources/translations/ from the sources

It creates ``.venv`` beside this file, installs OmniDesk into it, and checks
that the system libraries Qt needs are present. Missing ones are installed
with apt-get when running as root; otherwise the exact command is printed and
nothing else happens. Standard library only: it runs before anything is
installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".omnidesk-installed"
MIN_PYTHON = (3, 11)

# Shared library -> Debian package, measured in shared/PLATFORM.md.
QT_LIBRARIES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
    # Without these two QtMultimedia finds no backend and fails silently.
    "libpulse.so.0": "libpulse0",
    "libXrandr.so.2": "libxrandr2",
}
# Only needed for a real window on X11 (xcb), not for the headless tests.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def say(message: str) -> None:
    print(f"[omnidesk setup] {message}", file=sys.stderr, flush=True)


class SetupError(Exception):
    """Setup cannot go on; the message says what the user should do."""


def installed_libraries() -> set[str]:
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}


def apt_install(packages: list[str], why: str) -> None:
    """Install Debian packages as root, or stop with the exact command to run."""
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if not shutil.which("apt-get"):
        raise SetupError(
            f"{why} is missing. Install the packages {' '.join(packages)} with your package manager."
        )
    if os.geteuid() != 0:
        raise SetupError(
            f"{why} is missing. Run this, then try again:\n"
            f"    sudo apt-get update && sudo {' '.join(command)}"
        )
    say(f"installing {' '.join(packages)} ({why})")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


def ensure_system_libraries(with_window: bool) -> None:
    if not sys.platform.startswith("linux"):
        return  # Qt's wheels bundle what they need on Windows and macOS.
    wanted = dict(QT_LIBRARIES)
    if with_window:
        wanted.update(XCB_LIBRARIES)
    present = installed_libraries()
    missing = sorted({package for library, package in wanted.items() if library not in present})
    if missing:
        apt_install(missing, "system libraries Qt needs")


def ensure_venv() -> Path:
    python = VENV / "bin" / "python"
    if os.name == "nt":
        python = VENV / "Scripts" / "python.exe"
    if python.exists():
        return python
    say(f"creating a virtual environment in {VENV}")
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    except (subprocess.CalledProcessError, OSError):
        # Debian splits venv's pip bootstrap into its own package.
        shutil.rmtree(VENV, ignore_errors=True)
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        apt_install([f"{version}-venv"], "Python's venv module")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    return python


def install_package(python: Path) -> None:
    """pip install -e .[test], skipped while pyproject.toml is unchanged."""
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    say("installing OmniDesk and its dependencies (the first time takes a few minutes)")
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(fingerprint)


def setup(with_window: bool) -> Path:
    if sys.version_info < MIN_PYTHON:
        raise SetupError(
            f"OmniDesk needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
            f"this is {sys.version.split()[0]}."
        )
    ensure_system_libraries(with_window)
    python = ensure_venv()
    install_package(python)
    return python


def run_app(python: Path, args: list[str]) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        say(
            "no display found (DISPLAY is not set). "
            "Start OmniDesk from a desktop session, or try it under xvfb-run."
        )
        return 1
    return subprocess.call([str(python), str(ROOT / "main.py"), *args])


def run_tests(python: Path, args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.multimedia.*=false")
    code = subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)
    if code == 5:
        say("pytest collected no tests: that is a failure, not a pass.")
        return 1
    return code


TRANSLATIONS = ROOT / "resources" / "translations"


# Core files with user-visible words marked QT_TRANSLATE_NOOP (the core has no Qt to translate them).
CORE_TRANSLATED = ("omnidesk/api/client.py", "omnidesk/api/errors.py", "omnidesk/iterate/templates.py")


def translation_sources() -> list[Path]:
    """The files whose tr() strings make the catalogues: the whole UI, and the core's marked words."""
    ui = [path for path in (ROOT / "ui").rglob("*.py") if "__pycache__" not in path.parts]
    return sorted([*ui, *(ROOT / name for name in CORE_TRANSLATED)])


def update_translations(python: Path) -> int:
    """pyside6-lupdate (new strings come in unfinished, gone ones go), then pyside6-lrelease."""
    tools = python.parent
    catalogues = sorted(TRANSLATIONS.glob("omnidesk_*.ts"))
    sources = [str(path.relative_to(ROOT)) for path in translation_sources()]
    subprocess.check_call(
        [
            str(tools / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            *map(str, catalogues),
        ],
        cwd=ROOT,
    )
    for catalogue in catalogues:
        subprocess.check_call([str(tools / "pyside6-lrelease"), "-silent", str(catalogue)], cwd=ROOT)
    say("translations updated; strings still to translate are marked unfinished in the .ts files")
    return 0


COMMANDS = ("run", "test", "translations")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    try:
        python = setup(with_window=command == "run")
    except SetupError as exc:
        say(str(exc))
        return 1
    except subprocess.CalledProcessError as exc:
        say(f"setup failed: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}")
        return 1
    if command == "translations":
        return update_translations(python)
    return run_app(python, rest) if command == "run" else run_tests(python, rest)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
