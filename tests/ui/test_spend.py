"""Spend and the daily cap against the real app: submissions on the embedded simulator, which
charges the pricing table, read back by SpendView and by confirm_spend."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest
from omnidesk.api.pricing import estimate_cost
from omnidesk.engine.engine import Engine
from omnidesk.settings import Settings
from tests.ui.conftest import TASK_TIMEOUT_MS
from tests.ui.test_history import MarkingTranslator, accessibility_problems
from ui.context import AppContext
from ui.iterate.cap import SpendCheck, confirm_spend, money
from ui.iterate.spend import SpendView

TIMEOUT = 10_000

FOX = GenerationRequest("a red fox in the snow", duration=4)  # 720p, 4 s: $0.15
OWL = GenerationRequest("an owl at night", duration=10, resolution="4k")  # $0.40
CAT = GenerationRequest("a cat on a windowsill", duration=6, resolution="1080p")  # $0.17 each


def engine_of(context: AppContext) -> Engine:
    assert context.engine is not None
    return context.engine


def all_charged(engine: Engine, count: int) -> bool:
    rows = engine.store.spend()
    return len(rows) == count and all(row.cost is not None for row in rows)


def make_view(qtbot: QtBot, context: AppContext) -> SpendView:
    view = SpendView(context)
    qtbot.addWidget(view)
    view.resize(640, 520)
    view.show()
    qtbot.waitExposed(view)
    return view


def row_texts(view: SpendView, model_name: str) -> list[list[str]]:
    model = getattr(view, model_name)
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def charged_today(view: SpendView) -> float | None:
    data = view.data
    today = data.today_total if data is not None else None
    return today.charged if today is not None else None


# ------------------------------------------------------------------ SpendView


def test_totals_per_day_and_per_batch_from_real_submissions(qtbot: QtBot, app_context: AppContext) -> None:
    view = make_view(qtbot, app_context)
    qtbot.waitUntil(lambda: view.data is not None, timeout=TIMEOUT)
    assert view.day_model.rowCount() == 0 and view.batch_model.rowCount() == 0
    assert view.summary.text() == "Nothing spent today. No daily cap is set."

    engine = engine_of(app_context)
    engine.submit(FOX)
    engine.submit(OWL)
    engine.submit_batch([(CAT, {}), (CAT, {})], label="Cats, two takes", kind="variations")
    qtbot.waitUntil(lambda: all_charged(engine, 4), timeout=TASK_TIMEOUT_MS)
    # The view reads again on its own once the charges come in.
    total = 0.15 + 0.40 + 2 * 0.17
    qtbot.waitUntil(lambda: charged_today(view) == round(total, 4), timeout=TIMEOUT)

    # The simulator charged what OmniDesk quoted (the pricing table), per submission.
    for row in engine.store.spend():
        assert row.cost == row.quoted_cost
    assert estimate_cost("1080p", 6) == 0.17

    assert row_texts(view, "day_model") == [["Today", "4", "about $0.89", "$0.89", "—"]]
    headers = [view.day_model.horizontalHeaderItem(c).text() for c in range(view.day_model.columnCount())]
    assert headers == ["Day", "Videos", "Quoted (approx.)", "Charged", "Still running (approx.)"]
    assert view.day_model.index(0, 3).data(SpendView.ValueRole) == 0.89

    batches = row_texts(view, "batch_model")
    assert len(batches) == 1
    name, started, count, quoted, charged, pending = batches[0]
    assert (name, count, quoted, charged, pending) == ("Cats, two takes", "2", "about $0.34", "$0.34", "—")
    assert started  # when the batch was sent, in the locale's words
    assert view.summary.text() == "Today: $0.89. No daily cap is set."
    assert not view.cap_bar.isVisible()


def test_what_is_still_running_is_shown_apart_until_charged(qtbot: QtBot, app_context: AppContext) -> None:
    engine = engine_of(app_context)
    engine.pause_queue()  # held here: quoted, never sent, so not charged
    engine.submit(FOX)
    view = make_view(qtbot, app_context)
    qtbot.waitUntil(lambda: view.day_model.rowCount() == 1, timeout=TIMEOUT)
    assert row_texts(view, "day_model") == [["Today", "1", "about $0.15", "$0.00", "about $0.15"]]
    assert view.summary.text() == (
        "Today: about $0.15. No daily cap is set. About $0.15 of it is still running."
    )

    engine.resume_queue()
    qtbot.waitUntil(lambda: all_charged(engine, 1), timeout=TASK_TIMEOUT_MS)
    qtbot.waitUntil(lambda: charged_today(view) == 0.15, timeout=TIMEOUT)
    assert row_texts(view, "day_model") == [["Today", "1", "about $0.15", "$0.15", "—"]]


def test_today_is_shown_against_the_daily_cap(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    context = make_context(Settings(daily_spend_cap=2.0))
    engine = engine_of(context)
    engine.submit(OWL)
    engine.submit(OWL)
    engine.submit(OWL)
    qtbot.waitUntil(lambda: all_charged(engine, 3), timeout=TASK_TIMEOUT_MS)
    view = make_view(qtbot, context)
    qtbot.waitUntil(lambda: charged_today(view) == 1.2, timeout=TIMEOUT)
    assert view.summary.text() == "Today: $1.20 of your $2.00 daily cap."
    assert view.cap_bar.isVisible() and view.cap_bar.value() == 60

    # A lower cap, from the settings: the sentence follows without reading the store again.
    with qtbot.waitSignal(context.settingsChanged, timeout=TIMEOUT):
        context.apply_settings(context.with_settings(daily_spend_cap=1.0))
    assert view.summary.text() == "Today: $1.20, over your $1.00 daily cap."
    assert view.cap_bar.value() == 100
    with qtbot.waitSignal(view.capSettingsRequested, timeout=TIMEOUT):
        view.cap_button.click()


def test_the_view_waits_for_the_service(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    context = make_context(start=False)
    view = make_view(qtbot, context)
    assert "once OmniDesk has opened the service" in view.summary.text()
    with qtbot.waitSignal(view.loaded, timeout=TASK_TIMEOUT_MS):
        context.start()
    assert view.summary.text() == "Nothing spent today. No daily cap is set."


# ------------------------------------------------------------------ the daily cap


def asker(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def pending_box(qtbot: QtBot, widget: QWidget) -> QMessageBox:
    def box() -> QMessageBox | None:
        check = widget.findChild(SpendCheck)
        return check.box if check is not None else None

    qtbot.waitUntil(lambda: box() is not None, timeout=TIMEOUT)
    found = box()
    assert found is not None
    return found


def button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_a_quote_that_passes_the_cap_asks_first(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    context = make_context(Settings(daily_spend_cap=0.20))
    engine = engine_of(context)
    engine.submit(FOX)  # $0.15 today
    qtbot.waitUntil(lambda: all_charged(engine, 1), timeout=TASK_TIMEOUT_MS)
    widget = asker(qtbot)
    sent: list[str] = []

    # 0.15 + 0.17 passes 0.20: asked, and Cancel sends nothing.
    confirm_spend(widget, context, 0.17, lambda: sent.append("first"))
    box = pending_box(qtbot, widget)
    assert box.isVisible() and box.windowModality() != Qt.WindowModality.NonModal
    assert "past your daily cap" in box.text()
    info = box.informativeText()
    assert "about $0.15" in info and "about $0.17" in info and "about $0.32" in info and "$0.20" in info
    check = widget.findChild(SpendCheck)
    assert check is not None
    with qtbot.waitSignal(check.decided, timeout=TIMEOUT) as decided:
        button(box, "Cancel").click()
    assert decided.args == [False]
    assert sent == []

    # Asked again, and "Send anyway" sends.
    confirm_spend(widget, context, 0.17, lambda: sent.append("second"))
    box = pending_box(qtbot, widget)
    assert box.defaultButton() is button(box, "Cancel")  # Enter does not spend past the cap
    button(box, "Send anyway").click()
    assert sent == ["second"]

    # 0.15 + 0.04 stays within 0.20: no question.
    fresh = asker(qtbot)
    confirm_spend(fresh, context, 0.04, lambda: sent.append("small"))
    qtbot.waitUntil(lambda: "small" in sent, timeout=TIMEOUT)
    assert fresh.findChildren(QMessageBox) == []


def test_without_a_cap_it_sends_at_once(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    # Not even started: with no cap the store is never needed.
    context = make_context(Settings(daily_spend_cap=0), start=False)
    widget = asker(qtbot)
    sent: list[bool] = []
    confirm_spend(widget, context, 99.0, lambda: sent.append(True))
    assert sent == [True]
    assert widget.findChildren(QMessageBox) == []


def test_with_a_cap_and_no_service_yet_it_asks(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    context = make_context(Settings(daily_spend_cap=1.0), start=False)
    widget = asker(qtbot)
    sent: list[bool] = []
    confirm_spend(widget, context, 0.4, lambda: sent.append(True))
    box = pending_box(qtbot, widget)
    assert "still starting" in box.text()
    assert money(0.4) in box.informativeText() and "$1.00" in box.informativeText()
    button(box, "Cancel").click()
    assert sent == []


def test_every_control_is_named_reachable_and_translated(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    context = make_context(Settings(daily_spend_cap=0.10))
    engine = engine_of(context)
    engine.submit_batch([(FOX, {})], label="Foxes", kind="variations")
    qtbot.waitUntil(lambda: all_charged(engine, 1), timeout=TASK_TIMEOUT_MS)
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        view = make_view(qtbot, context)
        qtbot.waitUntil(lambda: view.batch_model.rowCount() == 1, timeout=TIMEOUT)
        view.message.setText(view.tr("Could not read the spending: {reason} Press Refresh to try again."))
        view.message.show()  # an error shows: it is checked too
        assert view.cap_bar.isVisible()
        assert accessibility_problems(view) == []
        assert "⟦Today⟧" in view.day_model.index(0, 0).data()

        widget = asker(qtbot)
        confirm_spend(widget, context, 0.17, lambda: None)
        box = pending_box(qtbot, widget)
        assert accessibility_problems(box) == []
        assert all(b.accessibleName() for b in box.buttons())
        box.reject()
    finally:
        QCoreApplication.removeTranslator(translator)
