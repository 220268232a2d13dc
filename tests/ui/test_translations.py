"""The shipped translations: complete, in step with the sources, and what the window shows.

The catalogues are made with Qt's own tools (``python3 dev.py translations``); these tests
fail when a string was added to the UI without being translated, when a catalogue was edited
without its .qm being rebuilt, or when a translation lost a placeholder or an accelerator.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QTabBar, QWidget
from pytestqt.qtbot import QtBot

import dev
from omnidesk.settings import Settings
from ui import translations
from ui.context import AppContext
from ui.main_window import MainWindow

LANGUAGES = ["zh", "ja", "ko"]
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[^>]*>")
# An accelerator: "&" before a letter or digit; "&&" is a literal ampersand, "&amp;" an entity.
ACCELERATOR = re.compile(r"(?<!&)&(?!&|[a-z]+;)([A-Za-z0-9])")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _messages(catalogue: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


def _catalogue(language: str) -> Path:
    return translations.catalogue_path(language).with_suffix(".ts")


def test_every_language_we_offer_is_shipped() -> None:
    assert translations.shipped_languages() == LANGUAGES
    assert sorted(translations.TRANSLATIONS_DIR.glob("*.ts")) == sorted(map(_catalogue, LANGUAGES))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_keeping_placeholders_tags_and_accelerators(language: str) -> None:
    problems = []
    for (context, source), translation in _messages(_catalogue(language)).items():
        text = translation.text or ""
        where = f"{context}: {source!r} -> {text!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"not translated: {where}")
            continue
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {where}")
        if TAG.findall(source) != TAG.findall(text):
            problems.append(f"markup differs: {where}")
        keys = [key.upper() for key in ACCELERATOR.findall(source)]
        if keys != [key.upper() for key in ACCELERATOR.findall(text)]:
            problems.append(f"accelerator differs: {where}")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_one_the_sources_make(language: str, tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(_catalogue(language)), "-qm", str(built)],
        check=True,
    )
    assert built.read_bytes() == translations.catalogue_path(language).read_bytes(), (
        "run: python3 dev.py translations"
    )


def test_the_catalogues_hold_exactly_the_strings_of_the_ui(tmp_path: Path) -> None:
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / _catalogue(language).name
        shutil.copy(_catalogue(language), copy)
        copies.append(copy)
    sources = [str(path) for path in dev.translation_sources()]
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            *map(str, copies),
        ],
        check=True,
    )
    for language, copy in zip(LANGUAGES, copies, strict=True):
        fresh = _messages(copy)
        untranslated = [key for key, translation in fresh.items() if translation.get("type") == "unfinished"]
        assert untranslated == [], f"{language}: new strings to translate (python3 dev.py translations)"
        assert fresh.keys() == _messages(_catalogue(language)).keys(), f"{language}: catalogue out of date"


def test_english_loads_nothing_and_a_missing_catalogue_is_only_a_warning(
    qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert translations.install(qapp, "en") == []
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
    installed = translations.install(qapp, "ja")
    try:
        assert "the window stays in English" in caplog.text
        assert len(installed) == 1  # Qt's own buttons are still translated
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


class _Misses(QTranslator):
    """Asked last (installed first): whatever reaches it, no catalogue had."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if source and context in self.contexts:
            self.missed.add((context, source))
        return ""


def _visible_texts(window: QWidget) -> list[str]:
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
        texts.append(widget.toolTip())
    texts.extend(action.text() for action in window.findChildren(QAction))
    return [text for text in texts if any(c.isalpha() for c in text)]


@pytest.fixture
def in_language(qapp: QCoreApplication) -> Iterator[Callable[[str], _Misses]]:
    installed: list[QTranslator] = []

    def install(language: str) -> _Misses:
        contexts = {context for context, _ in _messages(_catalogue(language))}
        misses = _Misses(contexts)
        qapp.installTranslator(misses)
        installed.append(misses)
        installed.extend(translations.install(qapp, language))
        return misses

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_speaks_the_language(
    qtbot: QtBot, make_context: Callable[..., AppContext], in_language, language: str
) -> None:
    misses = in_language(language)
    window = MainWindow(make_context(Settings(language=language), start=False))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    texts = _visible_texts(window)
    window.close()
    assert misses.missed == set()
    english = {
        source.replace("&", "")
        for (_, source), translation in _messages(_catalogue(language)).items()
        if translation.text != source
    }
    still_english = [text for text in texts if text.replace("&", "") in english]
    assert still_english == []
    assert sum(1 for text in texts if CJK.search(text)) > 40  # the check saw the window's words


def test_the_service_is_asked_in_the_same_language(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    context = make_context(Settings(language="ko"))
    assert context.engine is not None
    assert context.engine.client().language == "ko"


def test_the_built_in_templates_are_translated_too(in_language) -> None:
    # Their words live in the core (no Qt there), marked for the catalogues with QT_TRANSLATE_NOOP.
    from omnidesk.iterate.templates import TEMPLATES
    from ui.iterate.history import TemplateModel

    in_language("ja")
    model = TemplateModel()
    shown = [model.template(row) for row in range(model.rowCount())]
    assert len(shown) == len(TEMPLATES)
    for template, original in zip(shown, TEMPLATES, strict=True):
        assert template.name != original.name and CJK.search(template.name)
        assert template.text != original.text and template.text.count("[") == original.text.count("[")


def test_what_to_do_after_an_error_is_said_in_the_language(in_language) -> None:
    # The core's hints are fixed sentences marked for the catalogues; the service's own message
    # comes in the language it was asked for, and is shown as it came.
    from omnidesk.api.errors import PaymentRequiredError
    from ui.background import describe_error

    english = PaymentRequiredError("残高不足", status=402)
    in_language("ja")
    shown = describe_error(english)
    assert shown.startswith("残高不足 ") and english.hint not in shown
    assert "APIMart" in shown and CJK.search(shown.removeprefix("残高不足"))
    assert "予期しない問題" in describe_error(RuntimeError("boom"))
