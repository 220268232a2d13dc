#!/bin/sh
# Installs OmniDesk for this user, from the unpacked tarball (no Python, no root needed).
#
#     ./install.sh              copy the app to ~/.local/opt/OmniDesk, add the menu entry and icons
#                               under ~/.local/share, and omnidesk / omnidesk-cli to ~/.local/bin
#     ./install.sh --here       leave the app where it is; the menu entry and commands point here
#     ./install.sh --uninstall  remove all of that again (your videos, settings and key are kept)
#
# OMNIDESK_INSTALL_DIR, XDG_DATA_HOME and OMNIDESK_BIN_DIR change the three places.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
APP_DIR=${OMNIDESK_INSTALL_DIR:-$HOME/.local/opt/OmniDesk}
DATA_DIR=${XDG_DATA_HOME:-$HOME/.local/share}
BIN_DIR=${OMNIDESK_BIN_DIR:-$HOME/.local/bin}
DESKTOP_FILE=$DATA_DIR/applications/omnidesk.desktop
SIZES="16 32 48 64 128 256 512"

refresh_caches() {
    # The desktop picks new entries up by itself too; these only make it immediate.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_DIR/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA_DIR/icons/hicolor" 2>/dev/null || true
    fi
}

uninstall() {
    rm -f "$DESKTOP_FILE" "$BIN_DIR/omnidesk" "$BIN_DIR/omnidesk-cli"
    for size in $SIZES; do
        rm -f "$DATA_DIR/icons/hicolor/${size}x${size}/apps/omnidesk.png"
    done
    rm -f "$DATA_DIR/icons/hicolor/scalable/apps/omnidesk.svg"
    if [ -d "$APP_DIR" ] && [ -x "$APP_DIR/omnidesk" ]; then
        rm -rf "$APP_DIR"
    fi
    refresh_caches
    echo "OmniDesk removed. Your videos, settings and API key were not touched."
}

mode=copy
case "${1:-}" in
    --here) mode=here ;;
    --uninstall) uninstall; exit 0 ;;
    "") ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
esac

if [ ! -x "$HERE/omnidesk" ] || [ ! -x "$HERE/omnidesk-cli" ]; then
    echo "install.sh must stay in the unpacked OmniDesk folder (omnidesk and omnidesk-cli beside it)." >&2
    exit 1
fi

if [ "$mode" = here ]; then
    APP_DIR=$HERE
elif [ "$HERE" != "$(cd "$APP_DIR" 2>/dev/null && pwd || echo "$APP_DIR")" ]; then
    # Copied next to the old version first, then swapped: a failed copy leaves the old one working.
    mkdir -p "$(dirname "$APP_DIR")"
    rm -rf "$APP_DIR.new"
    cp -R "$HERE" "$APP_DIR.new"
    rm -rf "$APP_DIR"
    mv "$APP_DIR.new" "$APP_DIR"
fi

mkdir -p "$DATA_DIR/applications" "$BIN_DIR"
for size in $SIZES; do
    target=$DATA_DIR/icons/hicolor/${size}x${size}/apps
    mkdir -p "$target"
    cp "$APP_DIR/share/icons/hicolor/${size}x${size}/apps/omnidesk.png" "$target/omnidesk.png"
done
mkdir -p "$DATA_DIR/icons/hicolor/scalable/apps"
cp "$APP_DIR/share/icons/hicolor/scalable/apps/omnidesk.svg" "$DATA_DIR/icons/hicolor/scalable/apps/omnidesk.svg"
# The entry names the app by its full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=.*|Exec=\"$APP_DIR/omnidesk\"|" -e "s|^TryExec=.*|TryExec=$APP_DIR/omnidesk|" \
    "$APP_DIR/share/applications/omnidesk.desktop" > "$DESKTOP_FILE.tmp"
mv "$DESKTOP_FILE.tmp" "$DESKTOP_FILE"
ln -sf "$APP_DIR/omnidesk" "$BIN_DIR/omnidesk"
ln -sf "$APP_DIR/omnidesk-cli" "$BIN_DIR/omnidesk-cli"
refresh_caches

echo "OmniDesk $("$APP_DIR/omnidesk-cli" --version | sed 's/^omnidesk-cli //') installed:"
echo "  app           $APP_DIR"
echo "  menu entry    $DESKTOP_FILE"
echo "  icons         $DATA_DIR/icons/hicolor/<size>/apps/omnidesk.png"
echo "  commands      $BIN_DIR/omnidesk, $BIN_DIR/omnidesk-cli"
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "  ($BIN_DIR is not on your PATH: add it to run omnidesk-cli by name)" ;;
esac
