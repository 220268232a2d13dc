"""Icons, styles and translations shipped with OmniDesk (package data: a wheel or a bundle carries them)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
ICONS = ROOT / "icons"
TRANSLATIONS = ROOT / "translations"


def icon_path(name: str) -> Path:
    """The SVG of the icon ``name`` (no extension)."""
    return ICONS / f"{name}.svg"
