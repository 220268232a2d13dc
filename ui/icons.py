"""OmniDesk's own icons: monochrome SVGs from ``resources/icons`` drawn in the palette's colours.

``icon("play")`` gives a ``QIcon`` whose engine (``SvgIconEngine``) renders
the SVG at the size and device pixel ratio asked for, so it stays crisp on
any screen, in the colour the application palette has *when it paints*:
the icons follow a switch to a dark colour scheme with no re-fetching.
Each mode has its colour: Normal and Active the role's colour, Disabled the
role's colour in the palette's Disabled group, Selected the HighlightedText
colour.

The monochrome SVGs are drawn in ``#000000`` only; that colour is what is
replaced. An SVG without it (warning, error, success, info and the
completed / failed / refused statuses) keeps its own fixed colours, chosen
to read on light and dark backgrounds; it is only faded when disabled.

Rendered pixmaps are cached by (name, colour, pixel size); the SVG text of
each icon is read from the package data once, the first time it is asked
for. A name with no SVG raises ``IconNotFoundError``: every name the UI uses
is checked by the tests, so a missing one is a packaging mistake worth
failing loudly on rather than a blank button.

Use it on the UI thread only (pixmaps and painters are GUI-thread objects).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from resources import ICONS, icon_path

# The one colour a monochrome icon is drawn in, and which the palette's colour replaces.
TEMPLATE_COLOUR = re.compile(rb"#000000\b", re.IGNORECASE)
# How much of a fixed-colour icon shows while disabled.
DISABLED_OPACITY = 0.4
# Rendered pixmaps kept: a few sizes and colours of the ~50 icons.
PIXMAP_CACHE_ENTRIES = 512


class IconNotFoundError(LookupError):
    """No SVG of that name in ``resources/icons``."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"No icon named {name!r}: expected {icon_path(name)} "
            f"(the names are the SVG files in {ICONS}, without .svg)"
        )
        self.name = name


@dataclass(frozen=True)
class _Source:
    """One icon's SVG as shipped, and whether it is a recolourable monochrome template."""

    data: bytes
    template: bool


@cache
def _source(name: str) -> _Source:
    path = icon_path(name)
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) or not path.is_file():
        raise IconNotFoundError(name)
    data = path.read_bytes()
    if not QSvgRenderer(QByteArray(data)).isValid():
        raise IconNotFoundError(name) from ValueError(f"{path} is not an SVG Qt can draw")
    return _Source(data, TEMPLATE_COLOUR.search(data) is not None)


@lru_cache(maxsize=256)
def _renderer(name: str, rgb: str) -> QSvgRenderer:
    """The icon drawn in ``rgb`` (``#rrggbb``; "" for a fixed-colour icon)."""
    source = _source(name)
    data = TEMPLATE_COLOUR.sub(rgb.encode(), source.data) if rgb else source.data
    return QSvgRenderer(QByteArray(data))


def colour_for(role: QPalette.ColorRole, mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour a monochrome icon of ``role`` is drawn in for ``mode`` (the app palette by default)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, role)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, role)


_pixmaps: OrderedDict[tuple[str, str, float, int, int, float], QPixmap] = OrderedDict()


class SvgIconEngine(QIconEngine):
    """Paints one of OmniDesk's SVG icons in the current palette's colour, at any size and ratio.

    ``max_size`` (logical pixels) caps how large it is drawn: in a larger
    rectangle it is centred at that size (as an icon made from one small
    pixmap would be) instead of stretched.
    """

    def __init__(self, name: str, role: QPalette.ColorRole, max_size: int | None = None) -> None:
        super().__init__()
        self._name = name
        self._role = role
        self._max_size = max_size
        self._template = _source(name).template

    # -- what the icon is drawn like now

    def _colour(self, mode: QIcon.Mode) -> tuple[str, float]:
        """(``#rrggbb`` or "" for a fixed-colour icon, opacity) for ``mode`` in the current palette."""
        if not self._template:
            return "", DISABLED_OPACITY if mode == QIcon.Mode.Disabled else 1.0
        colour = colour_for(self._role, mode)
        return colour.name(QColor.NameFormat.HexRgb), colour.alphaF()

    def _fit(self, size: QSize) -> QSize:
        if self._max_size is None:
            return QSize(size)
        side = min(size.width(), size.height(), self._max_size)
        return QSize(side, side)

    def _render(self, painter: QPainter, rect: QRectF, mode: QIcon.Mode) -> None:
        rgb, opacity = self._colour(mode)
        if opacity <= 0:
            return
        painter.save()
        try:
            painter.setOpacity(painter.opacity() * opacity)
            # The icons are square: keep them square in an oblong rectangle.
            side = min(rect.width(), rect.height())
            square = QRectF(0, 0, side, side)
            square.moveCenter(rect.center())
            _renderer(self._name, rgb).render(painter, square)
        finally:
            painter.restore()

    # -- QIconEngine

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        fitted = QRect(QPoint(0, 0), self._fit(rect.size()))
        fitted.moveCenter(rect.center())
        self._render(painter, QRectF(fitted), mode)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._fit(size)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        """``size`` is logical; the pixmap has ``size * scale`` pixels and that device pixel ratio."""
        logical = self._fit(size)
        scale = scale if scale > 0 else 1.0
        width, height = round(logical.width() * scale), round(logical.height() * scale)
        if width <= 0 or height <= 0:
            return QPixmap()
        rgb, opacity = self._colour(mode)
        key = (self._name, rgb, round(opacity, 3), width, height, scale)
        cached = _pixmaps.get(key)
        if cached is not None:
            _pixmaps.move_to_end(key)
            return cached
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._render(painter, QRectF(0, 0, width, height), mode)
        finally:
            painter.end()
        pixmap.setDevicePixelRatio(scale)
        _pixmaps[key] = pixmap
        while len(_pixmaps) > PIXMAP_CACHE_ENTRIES:
            _pixmaps.popitem(last=False)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._name, self._role, self._max_size)

    def key(self) -> str:
        return "OmniDeskSvgIconEngine"

    def iconName(self) -> str:
        return self._name

    def isNull(self) -> bool:
        return False


_icons: dict[tuple[str, QPalette.ColorRole, int | None], QIcon] = {}


def icon(
    name: str,
    role: QPalette.ColorRole = QPalette.ColorRole.ButtonText,
    *,
    max_size: int | None = None,
) -> QIcon:
    """OmniDesk's icon ``name`` (an SVG in ``resources/icons``), drawn in the palette's ``role`` colour.

    ``role`` is the colour of what the icon sits on: ButtonText for buttons,
    actions and menus, WindowText on a window's background, Text in a view.
    ``max_size`` caps the drawn size (see ``SvgIconEngine``). Raises
    ``IconNotFoundError`` for a name with no SVG.
    """
    key = (name, role, max_size)
    found = _icons.get(key)
    if found is None:
        found = _icons[key] = QIcon(SvgIconEngine(name, role, max_size))
    return QIcon(found)


def is_recoloured(name: str) -> bool:
    """Whether ``name`` is a monochrome icon drawn in the palette's colour (not a fixed-colour one)."""
    return _source(name).template
