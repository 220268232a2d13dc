"""Every control of the main window can be reached by keyboard and has a name for screen readers,
and every visible string went through Qt's translation functions."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from omnidesk.api.models import Mode
from ui.context import AppContext
from ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


@pytest.fixture
def window(qtbot: QtBot, make_context: Callable[..., AppContext]) -> Iterator[MainWindow]:
    win = MainWindow(make_context(start=False))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _controls(window: QWidget) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and widget.isVisibleTo(window):
            # Qt's own parts of composite widgets (a scroll area's bars, a combo's view, a table's
            # header) are named and reached through the widget they belong to.
            if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
                continue
            found.append(widget)
    return found


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "") or widget.toolTip()
    # A label's buddy is named by the label, as screen readers read it.
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&", "")
    return ""


def _unnamed(window: QWidget) -> list[str]:
    return [
        f"{type(w).__name__}({w.objectName()!r}, parent {type(w.parent()).__name__})"
        for w in _controls(window)
        if not _name(w)
    ]


@pytest.mark.parametrize("mode", list(Mode))
def test_every_control_has_a_name_for_screen_readers(window: MainWindow, mode: Mode) -> None:
    window.generate.set_mode(mode)
    assert _unnamed(window) == []


def test_the_settings_dialog_names_its_controls(qtbot: QtBot, window: MainWindow) -> None:
    from ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.findChild(QTabWidget)
    for index in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        assert _unnamed(dialog) == []
    dialog.reject()


def test_every_control_can_take_keyboard_focus(window: MainWindow) -> None:
    unreachable = [
        f"{type(w).__name__}: {_name(w)}"
        for w in _controls(window)
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not isinstance(w, QTabBar)
        # A tool button in a toolbar is reached through its action's shortcut and the menus.
        and not (
            isinstance(w, QAbstractButton)
            and w.parent() is not None
            and type(w.parent()).__name__ == "QToolBar"
        )
    ]
    assert unreachable == []


class _MarkingTranslator(QTranslator):
    """Translates every string to itself in brackets, so untranslated text stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧" if source else source


def test_every_visible_string_goes_through_tr(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    translator = _MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        win = MainWindow(make_context(start=False))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        untranslated = []
        translated = 0
        for widget in win.findChildren(QWidget):
            if not widget.isVisibleTo(win) or widget.objectName().startswith("qt_"):
                continue
            texts = []
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                texts.append(widget.placeholderText())
            texts.append(widget.toolTip())
            for text in texts:
                plain = text.replace("&", "").strip()
                # Numbers, times, sizes and names of things are not words to translate.
                if plain and any(c.isalpha() for c in plain):
                    if "⟦" in plain:
                        translated += 1
                    else:
                        untranslated.append(f"{type(widget).__name__}: {plain!r}")
        win.close()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert untranslated == []
    assert translated > 40  # the check saw the window's words, not an empty window
