#!/usr/bin/env bash
# Builds OmniDesk for people without Python, from a clean checkout, with one command:
#
#     packaging/build.sh [--clean] [--no-wheel]
#
# dist/OmniDesk/                             the one-folder bundle: omnidesk (GUI), omnidesk-cli,
#                                            _internal/, and on Linux share/ (desktop entry, icons)
#                                            and install.sh
# dist/OmniDesk-<version>-linux-<arch>.tar.gz   that folder as a tarball (Linux)
# dist/omnidesk-<version>-py3-none-any.whl   the wheel, and the sdist beside it (for pipx)
#
# It needs python3 (3.11+) to build; the results do not. The build environment is its own venv
# (build/venv: the app's dependencies and PyInstaller only, not the test tools in .venv), created
# on the first run and reused while pyproject.toml is unchanged. The Qt system libraries are
# checked (and installed as root) the way dev.py does. --clean drops PyInstaller's cache;
# --no-wheel skips the wheel and sdist. PYTHON picks the interpreter (default python3).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
VENV=$ROOT/build/venv
WORK=$ROOT/build/pyinstaller
DIST=$ROOT/dist
BUNDLE=$DIST/OmniDesk

clean=()
wheel=1
for arg in "$@"; do
    case $arg in
        --clean) clean=(--clean) ;;
        --no-wheel) wheel=0 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

say() { printf '[omnidesk build] %s\n' "$*" >&2; }
started=$SECONDS

# --- Python and the system libraries Qt needs (dev.py's check, so there is one list) ----------
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "building needs Python 3.11 or newer as '$PYTHON' (set PYTHON=/path/to/python3.11)"
    exit 1
fi
"$PYTHON" - "$ROOT" <<'EOF'
import sys

sys.path.insert(0, sys.argv[1])
import dev

try:
    dev.ensure_system_libraries(with_window=False)
except dev.SetupError as exc:
    dev.say(str(exc))
    raise SystemExit(1) from None
EOF

# --- The build venv: the app's dependencies and the packaging extra, from pyproject.toml -------
# OmniDesk itself is not installed there: the spec bundles this checkout.
fingerprint=$("$PYTHON" -c 'import hashlib; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')
stamp=$VENV/.omnidesk-build-deps
if [ ! -x "$VENV/bin/python" ]; then
    say "creating the build environment in $VENV"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$fingerprint" ]; then
    say "installing OmniDesk's dependencies and PyInstaller into $VENV (the first time takes a few minutes)"
    "$VENV/bin/python" - > "$VENV/requirements.txt" <<'EOF'
import tomllib

project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join([*project["dependencies"], *project["optional-dependencies"]["packaging"]]))
EOF
    pip=("$VENV/bin/python" -m pip --disable-pip-version-check -q)
    "${pip[@]}" install --upgrade pip
    "${pip[@]}" install -r "$VENV/requirements.txt"
    echo "$fingerprint" > "$stamp"
fi
version=$("$VENV/bin/python" -c 'import sys; sys.path.insert(0, "."); import omnidesk; print(omnidesk.__version__)')

# --- The bundle ---------------------------------------------------------------------------------
say "bundling OmniDesk $version with PyInstaller"
pyinstaller_started=$SECONDS
# No PYTHONPATH from the caller: the spec puts this checkout first, nothing else.
env -u PYTHONPATH QT_QPA_PLATFORM=offscreen \
    "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN "${clean[@]}" \
    --distpath "$DIST" --workpath "$WORK" packaging/omnidesk.spec
pyinstaller_seconds=$((SECONDS - pyinstaller_started))
for exe in omnidesk omnidesk-cli; do
    [ -x "$BUNDLE/$exe" ] || { say "PyInstaller made no $BUNDLE/$exe"; exit 1; }
done
bundled_version=$("$BUNDLE/omnidesk-cli" --version)
if [ "$bundled_version" != "omnidesk-cli $version" ]; then
    say "the bundle says '$bundled_version', the checkout is $version"
    exit 1
fi

tarball=
case $(uname -s) in
Linux)
    # Desktop entry and icons inside the bundle, where install.sh (and a packager) finds them.
    mkdir -p "$BUNDLE/share/applications" "$BUNDLE/share/icons/hicolor/scalable/apps"
    cp packaging/linux/omnidesk.desktop "$BUNDLE/share/applications/omnidesk.desktop"
    for size in 16 32 48 64 128 256 512; do
        mkdir -p "$BUNDLE/share/icons/hicolor/${size}x${size}/apps"
        cp "resources/icons/omnidesk-$size.png" "$BUNDLE/share/icons/hicolor/${size}x${size}/apps/omnidesk.png"
    done
    cp resources/icons/omnidesk.svg "$BUNDLE/share/icons/hicolor/scalable/apps/omnidesk.svg"
    install -m 0755 packaging/linux/install.sh "$BUNDLE/install.sh"
    tarball=$DIST/OmniDesk-$version-linux-$(uname -m).tar.gz
    say "packing $(basename "$tarball")"
    # One top folder named with the version, so two versions unpack side by side.
    tar -C "$DIST" --transform "s,^OmniDesk,OmniDesk-$version," -czf "$tarball.part" OmniDesk
    mv "$tarball.part" "$tarball"
    ;;
Darwin) say "macOS: the .app is $DIST/OmniDesk.app (see packaging/README.md to sign and package it)" ;;
*) say "$(uname -s): no desktop integration step here (see packaging/README.md)" ;;
esac

# --- The wheel and sdist (for pipx install) -----------------------------------------------------
if [ "$wheel" = 1 ]; then
    say "building the sdist and the wheel"
    # The wheel is built from the sdist (build's default), so a file missing from the sdist is
    # missing from the wheel too and shows up here, not on a user's machine.
    "$VENV/bin/python" -m build --outdir "$DIST" . > "$WORK.build.log" 2>&1 || {
        cat "$WORK.build.log" >&2
        say "python -m build failed"
        exit 1
    }
fi

size=$(du -sh "$BUNDLE" | cut -f1)
echo "OmniDesk $version built in $((SECONDS - started)) s (PyInstaller $pyinstaller_seconds s):"
echo "  bundle    $BUNDLE ($size): omnidesk, omnidesk-cli"
[ -n "$tarball" ] && echo "  tarball   $tarball ($(du -h "$tarball" | cut -f1)); unpack it, then ./install.sh"
if [ "$wheel" = 1 ]; then
    echo "  wheel     $DIST/omnidesk-$version-py3-none-any.whl (pipx install it)"
    echo "  sdist     $DIST/omnidesk-$version.tar.gz"
fi
