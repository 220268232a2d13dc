"""OmniDesk's icons: every name the UI asks for is shipped, renders crisply, and follows the palette."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from resources import ICONS, icon_path
from ui import icons
from ui.icons import IconNotFoundError, icon, is_recoloured

UI = Path(__file__).resolve().parents[2] / "ui"
# Icons that keep their own colours (readable on light and dark); every other one is recoloured.
FIXED_COLOUR = {"info", "warning", "error", "success", "status-completed", "status-failed", "status-refused"}
APP_ICON = "omnidesk"
SIZES = (16, 24, 48)
# Tints no grey of a style's bevels has, so a pixel of them is a pixel of the icon.
LIGHT_TEXT, DARK_TEXT = QColor("#20305a"), QColor("#e6f2d0")


# ---------------------------------------------------------------------- which names the UI asks for


def _strings(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _is_icon_call(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "icon" and isinstance(func.value, ast.Name) and func.value.id == "icons"
    return isinstance(func, ast.Name) and func.id == "icon"


def _asked_in(path: Path) -> Iterator[tuple[str, set[str]]]:
    """(where, the names one ``icons.icon(...)`` call can ask for) for each call in ``path``.

    A name may be written in the call, or held in a variable or a mapping assigned in the module
    (``icon = "warning"``, ``text, icon = ..., "warning"``, ``_LEVEL_ICONS = {...}``).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    values: dict[str, list[ast.expr]] = defaultdict(list)

    def bind(target: ast.expr, value: ast.expr) -> None:
        if isinstance(target, ast.Name):
            values[target.id].append(value)
        elif isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
            for one, other in zip(target.elts, value.elts, strict=False):
                bind(one, other)

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                bind(target, node.value)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            bind(node.target, node.value)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _is_icon_call(node.func) and node.args):
            continue
        argument = node.args[0]
        names = _strings(argument)
        for name in (n for n in ast.walk(argument) if isinstance(n, ast.Name)):
            for value in values.get(name.id, ()):
                # A mapping's keys say when; its values are the names.
                parts = [v for v in value.values if v is not None] if isinstance(value, ast.Dict) else [value]
                names = names.union(*map(_strings, parts))
        yield f"{path.relative_to(UI.parent)}:{node.lineno}", names


def _asked() -> dict[str, list[str]]:
    asked: dict[str, list[str]] = defaultdict(list)
    for path in sorted(UI.rglob("*.py")):
        if path.name == "icons.py":
            continue
        for where, names in _asked_in(path):
            assert names, f"{where}: cannot tell which icon this call asks for"
            for name in names:
                asked[name].append(where)
    return dict(asked)


ASKED = _asked()
SHIPPED = sorted(p.stem for p in ICONS.glob("*.svg") if p.stem != APP_ICON)


def test_the_ui_asks_for_icons_only_through_ui_icons() -> None:
    leftovers = [
        f"{path.relative_to(UI.parent)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "standardIcon(" in line
    ]
    assert leftovers == []
    # The scan above really sees the UI's calls (not a vacuous pass).
    assert {"play", "pause", "warning", "status-completed", "refresh", "exit-fullscreen"} <= set(ASKED)
    assert len(ASKED) >= 35


@pytest.mark.parametrize("name", sorted(ASKED))
def test_every_icon_the_ui_asks_for_is_shipped(name: str) -> None:
    assert icon_path(name).is_file(), f"{name!r} asked for at {', '.join(ASKED[name])}"


def test_the_requested_set_is_there() -> None:
    wanted = {
        "play", "pause", "frame-back", "frame-forward", "loop", "speed", "volume", "mute", "fullscreen",
        "exit-fullscreen", "generate", "image-add", "paste", "trash", "move-up", "move-down", "link",
        "reveal-folder", "copy", "re-run", "edit", "stop-tracking", "track-again", "retry-download",
        "remove-from-list", "pause-queue", "resume-queue", "refresh", "star", "star-filled", "info",
        "warning", "error", "success", "settings", "search", "close", "status-queued", "status-pending",
        "status-processing", "status-completed", "status-failed",
    }  # fmt: skip
    assert wanted <= set(SHIPPED)


# ---------------------------------------------------------------------- the files


@pytest.mark.parametrize("name", SHIPPED)
def test_svg_follows_the_conventions(name: str) -> None:
    text = icon_path(name).read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in text
    colours = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", text)}
    if name in FIXED_COLOUR:
        assert "#000000" not in colours and not is_recoloured(name)
    else:
        assert colours == {"#000000"}, "a monochrome icon is drawn in #000000 only"
        assert 'stroke-width="2"' in text and 'stroke-linejoin="round"' in text
        assert is_recoloured(name)


def _pixels(image: QImage) -> list[tuple[int, int, int, int]]:
    """(r, g, b, a) of every pixel, straight (not premultiplied) alpha."""
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888)  # alive while its bits are read
    data = bytes(converted.constBits())
    return list(zip(data[0::4], data[1::4], data[2::4], data[3::4], strict=True))


def _opaque_fraction(image: QImage) -> float:
    pixels = _pixels(image)
    return sum(1 for *_, alpha in pixels if alpha) / len(pixels)


@pytest.mark.parametrize("name", sorted(set(SHIPPED) | set(ASKED)))
def test_renders_at_every_size_and_ratio(qapp: QApplication, name: str) -> None:
    for size in SIZES:
        for ratio in (1.0, 2.0):
            pixmap = icon(name).pixmap(QSize(size, size), ratio)
            assert pixmap.size() == QSize(round(size * ratio), round(size * ratio)), (size, ratio)
            assert pixmap.devicePixelRatio() == ratio
            covered = _opaque_fraction(pixmap.toImage())
            assert 0.04 < covered < 0.95, f"{name} at {size}px x{ratio}: {covered:.0%} painted"


@pytest.mark.parametrize("name", ["play", "settings", "warning"])
def test_a_high_ratio_is_drawn_from_the_vector_not_scaled_up(qapp: QApplication, name: str) -> None:
    double = icon(name).pixmap(QSize(24, 24), 2.0).toImage()
    native = icon(name).pixmap(QSize(48, 48), 1.0).toImage()
    assert double.convertToFormat(QImage.Format.Format_ARGB32) == native.convertToFormat(
        QImage.Format.Format_ARGB32
    )


# ---------------------------------------------------------------------- colours


def _palette(text: QColor, window: QColor, disabled: QColor, highlighted: QColor) -> QPalette:
    palette = QPalette(window)
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Active, role, text)
        palette.setColor(QPalette.ColorGroup.Inactive, role, text)
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorRole.HighlightedText, highlighted)
    return palette


DARK_DISABLED, DARK_HIGHLIGHTED = QColor("#6a6a8a"), QColor("#101030")
LIGHT = _palette(LIGHT_TEXT, QColor("#f4f4f4"), QColor("#9a9a9a"), QColor("#ffffff"))
DARK = _palette(DARK_TEXT, QColor("#2a2a2a"), DARK_DISABLED, DARK_HIGHLIGHTED)


@pytest.fixture
def palettes(qapp: QApplication) -> Iterator[QApplication]:
    before = QApplication.palette()
    yield qapp
    QApplication.setPalette(before)


def _close(pixel: tuple[int, int, int, int], colour: QColor) -> bool:
    """Same colour, give or take the rounding of premultiplied alpha where shapes overlap."""
    wanted = (colour.red(), colour.green(), colour.blue())
    return all(abs(a - b) <= 2 for a, b in zip(pixel[:3], wanted, strict=True))


def _opaque_colours(image: QImage, *expected: QColor) -> set[str]:
    """The opaque pixels' colours, those within rounding of one of ``expected`` named as it."""
    found = set()
    for pixel in _pixels(image):
        if pixel[3] == 255:
            match = next((c for c in expected if _close(pixel, c)), None)
            found.add(match.name() if match is not None else QColor(*pixel[:3]).name())
    return found


def test_the_same_icon_takes_the_text_colour_of_each_palette(palettes: QApplication) -> None:
    play = icon("play")  # fetched once: it must follow the palette by itself
    for palette, text in ((LIGHT, LIGHT_TEXT), (DARK, DARK_TEXT), (LIGHT, LIGHT_TEXT)):
        QApplication.setPalette(palette)
        for ratio in (1.0, 2.0):
            assert _opaque_colours(play.pixmap(QSize(24, 24), ratio).toImage(), text) == {text.name()}


def test_modes_take_their_palette_colours(palettes: QApplication) -> None:
    QApplication.setPalette(DARK)
    stop = icon("stop-tracking")
    for mode, colour in (
        (QIcon.Mode.Disabled, DARK_DISABLED),
        (QIcon.Mode.Selected, DARK_HIGHLIGHTED),
        (QIcon.Mode.Active, DARK_TEXT),
        (QIcon.Mode.Normal, DARK_TEXT),
    ):
        image = stop.pixmap(QSize(48, 48), 1.0, mode).toImage()
        assert _opaque_colours(image, colour) == {colour.name()}, mode


def test_a_role_picks_the_colour(palettes: QApplication) -> None:
    palette = QPalette(LIGHT)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#4060a0"))
    QApplication.setPalette(palette)
    link = icon("link", QPalette.ColorRole.PlaceholderText)
    assert _opaque_colours(link.pixmap(QSize(48, 48), 1.0).toImage(), QColor("#4060a0")) == {"#4060a0"}


def test_fixed_colour_icons_keep_their_colours_and_fade_when_disabled(palettes: QApplication) -> None:
    QApplication.setPalette(LIGHT)
    light = icon("error").pixmap(QSize(48, 48), 1.0).toImage()
    QApplication.setPalette(DARK)
    dark = icon("error").pixmap(QSize(48, 48), 1.0).toImage()
    assert light == dark
    assert "#d93025" in _opaque_colours(dark)
    disabled = icon("error").pixmap(QSize(48, 48), 1.0, QIcon.Mode.Disabled).toImage()
    assert _opaque_colours(disabled) == set()  # faded: nothing fully opaque
    assert 0 < disabled.pixelColor(12, 24).alpha() < 255


def test_a_button_repaints_its_icon_in_the_new_palette(qtbot: QtBot, palettes: QApplication) -> None:
    QApplication.setPalette(LIGHT)
    button = QToolButton()
    button.setIcon(icon("pause"))
    button.setIconSize(QSize(24, 24))
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)

    def painted(colour: QColor) -> int:
        return sum(
            1 for pixel in _pixels(button.grab().toImage()) if pixel[3] == 255 and _close(pixel, colour)
        )

    assert painted(LIGHT_TEXT) > 20 and painted(DARK_TEXT) == 0
    QApplication.setPalette(DARK)
    qtbot.waitUntil(lambda: painted(DARK_TEXT) > 20)
    assert painted(LIGHT_TEXT) == 0


# ---------------------------------------------------------------------- size cap, errors


def test_max_size_centres_the_icon_instead_of_stretching_it(qapp: QApplication) -> None:
    capped = icon("status-queued", max_size=20)
    assert capped.actualSize(QSize(64, 36)) == QSize(20, 20)
    assert capped.pixmap(QSize(64, 36), 2.0).size() == QSize(40, 40)
    assert icon("status-queued").actualSize(QSize(48, 48)) == QSize(48, 48)


@pytest.mark.parametrize("name", ["no-such-icon", "../icons/play", "Play", ""])
def test_an_unknown_name_is_a_clear_error(qapp: QApplication, name: str) -> None:
    with pytest.raises(IconNotFoundError) as raised:
        icon(name)
    assert repr(name) in str(raised.value) and "resources" in str(raised.value)
    assert isinstance(raised.value, LookupError)


def test_the_app_icon_is_left_in_colour(qapp: QApplication) -> None:
    assert not is_recoloured(APP_ICON)
    assert icons.icon(APP_ICON).pixmap(QSize(32, 32), 1.0).toImage().pixelColor(16, 4).alpha() == 255
