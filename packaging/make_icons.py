"""Renders the app icon set from ``resources/icons/omnidesk.svg``.

    .venv/bin/python packaging/make_icons.py        # writes resources/icons/omnidesk-*.png, .ico, .icns
    .venv/bin/python packaging/make_icons.py --check  # exits 1 if part of the committed set is missing

Output: ``omnidesk-<size>.png`` for the freedesktop hicolor sizes, and
``omnidesk.ico`` (Windows) and ``omnidesk.icns`` (macOS), both written by
Pillow from the same renders so every size is drawn at that size, not scaled
down from a large one. The PNGs are committed (the bundle build and the wheel
use them as they are); rerun this after changing the SVG.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "omnidesk.svg"
OUT = ROOT / "resources" / "icons"
# hicolor's usual sizes; 512 is the largest a Linux desktop asks for and the macOS 256@2x.
SIZES = (16, 32, 48, 64, 128, 256, 512)
# Windows shows at most 256 px from an .ico.
ICO_SIZES = (16, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"omnidesk-{size}.png"


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes (transparent background)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE} as SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def build() -> dict[str, bytes]:
    """Every file of the set, by name."""
    from PIL import Image

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in SIZES}
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    files = {png_name(size): data for size, data in pngs.items()}

    ico = io.BytesIO()
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    files["omnidesk.ico"] = ico.getvalue()

    icns = io.BytesIO()
    images[512].save(icns, format="ICNS", append_images=[images[s] for s in SIZES if s != 512])
    files["omnidesk.icns"] = icns.getvalue()
    return files


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed set is there")
    args = parser.parse_args(argv)
    if args.check:
        missing = [
            name
            for name in [*map(png_name, SIZES), "omnidesk.ico", "omnidesk.icns"]
            if not (OUT / name).is_file()
        ]
        if missing:
            # Presence only: a fresh clone's file times say nothing about which file is newer.
            print(
                f"icon set incomplete: {', '.join(missing)} missing; run packaging/make_icons.py",
                file=sys.stderr,
            )
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in build().items():
        (OUT / name).write_bytes(data)
        print(f"{OUT / name}  {len(data):>7} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
