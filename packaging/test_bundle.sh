#!/usr/bin/env bash
# On-demand check of what packaging/build.sh makes (not in the default test suite: it builds for
# ~2 minutes and installs PySide6 into a fresh venv for ~1-2 more).
#
#     packaging/test_bundle.sh [--no-build] [--no-pipx]
#
# 1. builds (packaging/build.sh), unless --no-build reuses dist/;
# 2. the bundle holds what it must (Qt Multimedia's FFmpeg backend, PyAV's libraries, the
#    resources, keyring's entry points, the desktop entry and icons) and its executables are
#    native programs, not scripts;
# 3. with no Python anywhere on the PATH and an empty environment (env -i), the bundled app starts
#    offscreen (`omnidesk --quit-when-ready` prints "shown" and "ready simulator", exits 0) and
#    the bundled CLI makes a simulated video end to end, whose file is there and decodes; under
#    strace, when it can trace here, nothing but the bundle's own executables is run;
# 4. the tarball unpacks, its install.sh installs into a scratch HOME and uninstalls again;
# 5. the wheel installs with pipx (from PyPI) into a fresh venv and its omnidesk-cli and omnidesk
#    work (--no-pipx skips this step).
#
# Every step prints what it checks; the first failure stops the script with exit 1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
DIST=$ROOT/dist
BUNDLE=$DIST/OmniDesk
build=1
pipx=1
for arg in "$@"; do
    case $arg in
        --no-build) build=0 ;;
        --no-pipx) pipx=0 ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/omnidesk-bundle-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
checks=0
step() { printf '\n== %s\n' "$*"; }
ok() { checks=$((checks + 1)); printf '  ok  %s\n' "$*"; }
fail() { printf '  FAILED  %s\n' "$*" >&2; printf '\n0 passed, 1 failed\n'; exit 1; }
# The test's own tooling (JSON, version) may use Python; the bundle under test may not.
# json_get FILE EXPRESSION [ARG...]: EXPRESSION over the JSON `d`, with the ARGs as `argv`.
json_get() {
    "$PYTHON" -c 'import json, sys; print(eval(sys.argv[2], {"d": json.load(open(sys.argv[1])), "argv": sys.argv[3:]}))' "$@"
}

version=$("$PYTHON" -c 'import sys; sys.path.insert(0, "."); import omnidesk; print(omnidesk.__version__)')

if [ "$build" = 1 ]; then
    step "build (packaging/build.sh)"
    started=$SECONDS
    packaging/build.sh || fail "packaging/build.sh exited $?"
    ok "built in $((SECONDS - started)) s"
fi

# --- 2. What the bundle holds ------------------------------------------------------------------
step "the bundle's contents ($BUNDLE)"
internal=$BUNDLE/_internal
for exe in omnidesk omnidesk-cli; do
    [ -x "$BUNDLE/$exe" ] || fail "$exe missing or not executable"
    [ "$(head -c 4 "$BUNDLE/$exe" | od -An -c | tr -d ' ')" = '177ELF' ] || fail "$exe is not a native executable"
done
ok "omnidesk and omnidesk-cli are native executables (ELF), side by side"
[ -f "$internal/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so" ] || fail "no Qt Multimedia FFmpeg plugin"
for lib in libavcodec libavformat libavutil libswresample libswscale; do
    compgen -G "$internal/PySide6/Qt/lib/$lib.so.*" >/dev/null || fail "Qt's $lib missing"
done
ok "Qt Multimedia with its FFmpeg backend (plugin and libav*/libsw* in PySide6/Qt/lib)"
compgen -G "$internal/av.libs/libavcodec-*.so*" >/dev/null || fail "PyAV's own libavcodec missing"
compgen -G "$internal/av/*.so" >/dev/null || fail "PyAV's extension modules missing"
ok "PyAV and its FFmpeg (av.libs)"
for file in "$ROOT"/resources/icons/*; do
    [ -f "$internal/resources/icons/$(basename "$file")" ] || fail "resource $(basename "$file") missing"
done
ok "every file of resources/icons ($(ls "$ROOT"/resources/icons | wc -l))"
for file in "$ROOT"/resources/translations/*.qm; do
    [ -f "$internal/resources/translations/$(basename "$file")" ] || fail "translation $(basename "$file") missing"
done
for code in zh_CN ja ko; do
    [ -f "$internal/PySide6/Qt/translations/qtbase_$code.qm" ] || fail "Qt's own qtbase_$code.qm missing"
done
ok "the translations (ours and Qt's qtbase) for zh_CN, ja and ko"
entry_points=$(compgen -G "$internal/keyring-*.dist-info/entry_points.txt") || fail "keyring's metadata missing"
grep -q "keyring.backends" "$entry_points" || fail "keyring's backends are not in its entry points"
ok "keyring's metadata with its backends' entry points"
desktop=$BUNDLE/share/applications/omnidesk.desktop
[ -f "$desktop" ] || fail "no desktop entry"
grep -qx 'Icon=omnidesk' "$desktop" && grep -qx 'Exec=omnidesk' "$desktop" || fail "desktop entry: Exec/Icon"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
fi
for size in 16 32 48 64 128 256 512; do
    icon=$BUNDLE/share/icons/hicolor/${size}x${size}/apps/omnidesk.png
    [ -f "$icon" ] || fail "icon $size px missing"
    # PNG width at bytes 16-19 of the IHDR chunk.
    width=$(od -An -tu1 -j16 -N4 "$icon" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    [ "$width" = "$size" ] || fail "icon ${size}x${size} is $width px wide"
done
[ -f "$BUNDLE/share/icons/hicolor/scalable/apps/omnidesk.svg" ] || fail "scalable icon missing"
ok "desktop entry and hicolor icons 16-512 px (and scalable) in share/"
[ -x "$BUNDLE/install.sh" ] || fail "install.sh missing"
ok "install.sh"

# --- 3. Running with no Python ------------------------------------------------------------------
step "the bundle with no Python on the PATH and an empty environment"
# A PATH of a few basic tools and nothing else (/usr/bin has a python3 on most systems).
nopy=$tmp/nopython-bin
mkdir -p "$nopy"
for tool in sh cp mv rm mkdir ln sed cat dirname ls; do
    ln -s "$(command -v "$tool")" "$nopy/$tool"
done
run_bare() { # HOME, then the command; stdout and stderr go to files named by the caller
    local home=$1
    shift
    env -i PATH="$nopy" HOME="$home" OMNIDESK_HOME="$home/omnidesk" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen OMNIDESK_SIM_TASK_SECONDS=3 "$@"
}
if run_bare "$tmp" /bin/sh -c 'command -v python3 || command -v python'; then
    fail "a Python is reachable on the test's PATH"
fi
ok "no python3 or python on the PATH the bundle runs with"

[ "$(run_bare "$tmp/home-version" "$BUNDLE/omnidesk-cli" --version)" = "omnidesk-cli $version" ] \
    || fail "omnidesk-cli --version does not say $version"
ok "omnidesk-cli --version: omnidesk-cli $version (the checkout's omnidesk/__init__.py)"

# Which programs the bundle starts, recorded when strace can trace here (ptrace may be refused).
gui_trace=()
cli_trace=()
if command -v strace >/dev/null && strace -f -qq -o /dev/null /bin/true 2>/dev/null; then
    gui_trace=("$(command -v strace)" -f -qq -e trace=execve -o "$tmp/exec-gui.log")
    cli_trace=("$(command -v strace)" -f -qq -e trace=execve -o "$tmp/exec-cli.log")
fi

code=0
run_bare "$tmp/home-gui" "${gui_trace[@]}" "$BUNDLE/omnidesk" --quit-when-ready >"$tmp/gui.out" 2>"$tmp/gui.err" \
    || code=$?
[ "$code" = 0 ] || { cat "$tmp/gui.out" "$tmp/gui.err" >&2; fail "omnidesk --quit-when-ready exited $code"; }
grep -qx shown "$tmp/gui.out" || fail "the app never said 'shown'"
grep -qx "ready simulator" "$tmp/gui.out" || fail "the app never said 'ready simulator'"
if grep -q "No QtMultimedia backends found" "$tmp/gui.err"; then
    fail "Qt Multimedia found no backend in the bundle"
fi
ok "omnidesk --quit-when-ready: shown, ready simulator, exit 0, a multimedia backend loaded"

run_bare "$tmp/home-cli" "${cli_trace[@]}" "$BUNDLE/omnidesk-cli" generate --simulate \
    --prompt "a red fox in snow" --duration 4 --json >"$tmp/generate.json" 2>"$tmp/generate.err" || code=$?
[ "$code" = 0 ] || { cat "$tmp/generate.json" "$tmp/generate.err" >&2; fail "omnidesk-cli generate exited $code"; }
[ "$(json_get "$tmp/generate.json" 'd["status"]')" = completed ] || fail "the task did not complete"
video=$(json_get "$tmp/generate.json" 'd["files"][0]')
[ -s "$video" ] || fail "the video $video is not there"
ok "omnidesk-cli generate --simulate --duration 4: completed, $(du -h "$video" | cut -f1) MP4"

run_bare "$tmp/home-cli" "$BUNDLE/omnidesk-cli" library --json >"$tmp/library.json" 2>"$tmp/library.err" \
    || fail "omnidesk-cli library exited $?"
# The library lists a video only after media.probe decoded it to the end (right size and length).
[ "$(json_get "$tmp/library.json" '[v["file"] for v in d["videos"]] == argv' "$video")" = True ] \
    || fail "the library does not list exactly the video made"
shape=$(json_get "$tmp/library.json" '"%sx%s %ss v%s" % (d["videos"][0]["width"], d["videos"][0]["height"], d["videos"][0]["video_duration"], d["videos"][0]["app_version"])')
[ "$shape" = "1280x720 4.0s v$version" ] || fail "the library says $shape, not 1280x720 4.0s v$version"
if command -v ffprobe >/dev/null; then
    ffprobe -v error -show_entries stream=width,height -of csv=p=0 "$video" | grep -q '^1280,720' \
        || fail "ffprobe does not read a 1280x720 video"
    ok "ffprobe reads it as 1280x720"
fi
ok "the bundled library verified it: $shape"

if [ ${#gui_trace[@]} -gt 0 ]; then
    # Every program the app and the CLI started (successful or not): no Python among them.
    ran=$(grep -ho 'execve("[^"]*"' "$tmp/exec-gui.log" "$tmp/exec-cli.log" | sed 's/execve("//; s/"$//' | sort -u)
    if printf '%s\n' "$ran" | grep -q 'python[0-9.]*$'; then
        fail "the bundle ran a Python: $(printf '%s\n' "$ran" | grep 'python[0-9.]*$' | tr '\n' ' ')"
    fi
    ok "strace: the programs run were $(printf '%s\n' "$ran" | sed "s|^$BUNDLE/||" | tr '\n' ' ')(no python)"
else
    echo "  (strace cannot trace here: the exec check was skipped)"
fi

# --- 4. The tarball and install.sh --------------------------------------------------------------
step "the tarball and install.sh"
tarball=$DIST/OmniDesk-$version-linux-$(uname -m).tar.gz
[ -f "$tarball" ] || fail "no $tarball"
mkdir -p "$tmp/unpack" "$tmp/user"
tar -C "$tmp/unpack" -xzf "$tarball"
[ "$(ls "$tmp/unpack")" = "OmniDesk-$version" ] || fail "the tarball's top folder is not OmniDesk-$version"
ok "$(basename "$tarball") unpacks into OmniDesk-$version/"
run_bare "$tmp/user" "$tmp/unpack/OmniDesk-$version/install.sh" >"$tmp/install.out" 2>&1 \
    || { cat "$tmp/install.out" >&2; fail "install.sh exited $?"; }
share=$tmp/user/.local/share
installed=$share/applications/omnidesk.desktop
[ -f "$installed" ] || fail "install.sh wrote no desktop entry"
grep -qx "Exec=\"$tmp/user/.local/opt/OmniDesk/omnidesk\"" "$installed" || fail "the entry's Exec is not the installed app"
for size in 16 32 48 64 128 256 512; do
    [ -f "$share/icons/hicolor/${size}x${size}/apps/omnidesk.png" ] || fail "icon $size px not installed"
done
[ "$(run_bare "$tmp/user" "$tmp/user/.local/bin/omnidesk-cli" --version)" = "omnidesk-cli $version" ] \
    || fail "~/.local/bin/omnidesk-cli does not run"
ok "install.sh: app in ~/.local/opt/OmniDesk, entry and icons in ~/.local/share, commands in ~/.local/bin"
run_bare "$tmp/user" "$tmp/user/.local/opt/OmniDesk/install.sh" --uninstall >"$tmp/uninstall.out" 2>&1 \
    || { cat "$tmp/uninstall.out" >&2; fail "install.sh --uninstall exited $?"; }
[ ! -e "$installed" ] && [ ! -e "$tmp/user/.local/bin/omnidesk-cli" ] && [ ! -e "$tmp/user/.local/opt/OmniDesk" ] \
    || fail "install.sh --uninstall left files behind"
ok "install.sh --uninstall removes them"

# --- 5. The wheel through pipx ------------------------------------------------------------------
if [ "$pipx" = 1 ]; then
    step "the wheel with pipx, into a fresh venv"
    wheel=$DIST/omnidesk-$version-py3-none-any.whl
    [ -f "$wheel" ] || fail "no $wheel"
    "$PYTHON" -m venv "$tmp/pipx-tool"
    "$tmp/pipx-tool/bin/python" -m pip install -q --disable-pip-version-check pipx >"$tmp/pipx-install.log" 2>&1 \
        || { cat "$tmp/pipx-install.log" >&2; fail "pip install pipx"; }
    started=$SECONDS
    PIPX_HOME=$tmp/pipx PIPX_BIN_DIR=$tmp/pipx-bin PIPX_MAN_DIR=$tmp/pipx-man \
        "$tmp/pipx-tool/bin/pipx" install "$wheel" >"$tmp/pipx.log" 2>&1 || { cat "$tmp/pipx.log" >&2; fail "pipx install"; }
    ok "pipx install $(basename "$wheel") in $((SECONDS - started)) s"
    [ "$("$tmp/pipx-bin/omnidesk-cli" --version)" = "omnidesk-cli $version" ] || fail "pipx's omnidesk-cli --version"
    ok "pipx's omnidesk-cli --version: omnidesk-cli $version"
    code=0
    env -i PATH=/usr/bin:/bin HOME="$tmp/pipx-user" OMNIDESK_HOME="$tmp/pipx-user/omnidesk" LANG=C.UTF-8 \
        OMNIDESK_SIM_TASK_SECONDS=3 "$tmp/pipx-bin/omnidesk-cli" generate --simulate --prompt "a red fox in snow" \
        --duration 4 --json >"$tmp/pipx-generate.json" 2>"$tmp/pipx-generate.err" || code=$?
    [ "$code" = 0 ] && [ "$(json_get "$tmp/pipx-generate.json" 'd["status"]')" = completed ] \
        || { cat "$tmp/pipx-generate.err" >&2; fail "pipx's omnidesk-cli generate"; }
    ok "pipx's omnidesk-cli generate --simulate: completed"
    env -i PATH=/usr/bin:/bin HOME="$tmp/pipx-user" OMNIDESK_HOME="$tmp/pipx-user/omnidesk" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$tmp/pipx-bin/omnidesk" --quit-when-ready >"$tmp/pipx-gui.out" 2>"$tmp/pipx-gui.err" \
        || { cat "$tmp/pipx-gui.out" "$tmp/pipx-gui.err" >&2; fail "pipx's omnidesk --quit-when-ready"; }
    grep -qx shown "$tmp/pipx-gui.out" || fail "pipx's omnidesk never showed its window"
    grep -qx "ready simulator" "$tmp/pipx-gui.out" || fail "pipx's omnidesk never got ready"
    ok "pipx's omnidesk --quit-when-ready: shown, ready simulator"
fi

printf '\n%s passed, 0 failed\n' "$checks"
