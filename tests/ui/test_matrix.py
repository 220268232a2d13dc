"""Variations and the prompt matrix from the generation panel, against the real demo simulator:
counts and approximate totals shown before anything goes out, nothing sent before the user's
go-ahead (the matrix's Send, the daily cap's question), and one batch of n records after it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.pricing import estimate_cost
from omnidesk.engine.store import TaskRecord
from omnidesk.iterate.matrix import MAX_MATRIX
from omnidesk.settings import Settings
from tests.ui.conftest import TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.generate import GenerationPanel
from ui.generate.matrix_dialog import MatrixDialog
from ui.iterate.cap import SpendCheck

PROMPT = "a paper lantern rises over a night market"
OTHER = "a paper lantern drifts over a dark river"


@pytest.fixture
def make_panel(qtbot: QtBot) -> Callable[[AppContext], GenerationPanel]:
    def make(context: AppContext) -> GenerationPanel:
        panel = GenerationPanel(context)
        qtbot.addWidget(panel)
        panel.resize(420, 900)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


@pytest.fixture
def panel(app_context: AppContext, make_panel: Callable[[AppContext], GenerationPanel]) -> GenerationPanel:
    return make_panel(app_context)


def store_of(context: AppContext):  # type: ignore[no-untyped-def]
    assert context.engine is not None
    return context.engine.store


def open_matrix(qtbot: QtBot, panel: GenerationPanel) -> MatrixDialog:
    assert panel.matrix_button.isEnabled(), panel.matrix_button.toolTip()
    panel.matrix_button.click()
    dialog = panel.matrix_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def one_batch(context: AppContext, records: list[TaskRecord]) -> str:
    batch_ids = {record.batch_id for record in records}
    assert len(batch_ids) == 1 and None not in batch_ids, batch_ids
    (batch_id,) = batch_ids
    assert batch_id is not None
    assert {r.id for r in store_of(context).tasks(batch_id=batch_id)} == {r.id for r in records}
    return batch_id


# ---------------------------------------------------------------------- variations


def test_variations_submit_n_copies_as_one_batch_and_the_cost_shows_their_total(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel
) -> None:
    source = store_of(app_context)
    parent = app_context.engine.submit(GenerationRequest(PROMPT, duration=6))  # type: ignore[union-attr]
    panel.load_request(parent.request, parent_id=parent.id)
    one = estimate_cost("720p", 6)
    assert panel.params.cost.text() == f"≈ ${one:.2f} (approximate)"

    panel.variations.setValue(3)
    assert panel.params.cost.text() == f"≈ ${one * 3:.2f} for 3 (approximate)"
    assert panel.submit_button.text() == "Submit 3"
    with qtbot.waitSignal(panel.batchSubmitted, timeout=TASK_TIMEOUT_MS) as sent:
        panel.submit_button.click()
    records = sent.args[0]
    assert len(records) == 3
    batch = source.batch(one_batch(app_context, records))
    assert batch is not None and batch.kind == "variations"
    assert batch.label == f"Variations ×3: {PROMPT}"
    assert all(r.request == parent.request and r.parent_id == parent.id for r in records)
    assert all(r.quoted_cost == pytest.approx(one) for r in records)
    qtbot.waitUntil(lambda: not panel.submitting, timeout=TASK_TIMEOUT_MS)
    assert "3 videos as one batch" in panel.status.text()

    # Back to one: a single submission, in no batch.
    panel.variations.setValue(1)
    assert panel.submit_button.text() == "Submit"
    with qtbot.waitSignal(panel.submitted, timeout=TASK_TIMEOUT_MS) as single:
        panel.submit_button.click()
    assert single.args[0].batch_id is None


# ---------------------------------------------------------------------- the matrix


def test_a_2x2x1_matrix_is_counted_and_priced_and_sent_only_after_send(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel
) -> None:
    panel.prompt.set_text(PROMPT)
    panel.params.set_values(duration=6, resolution="720p", aspect="16:9")
    dialog = open_matrix(qtbot, panel)
    # Prefilled from the form: its prompt, its aspect, resolution and duration.
    assert dialog.prompts.toPlainText() == PROMPT
    assert [v for v, box in dialog.aspect_boxes.items() if box.isChecked()] == ["16:9"]
    assert [v for v, box in dialog.resolution_boxes.items() if box.isChecked()] == ["720p"]
    assert [v for v, box in dialog.duration_boxes.items() if box.isChecked()] == [6]
    assert dialog.count() == 1

    dialog.prompts.setPlainText(f"{PROMPT}\n\n  {OTHER}  \n")  # blank lines and spaces do not count
    dialog.aspect_boxes["9:16"].setChecked(True)
    total = round(4 * estimate_cost("720p", 6), 2)
    assert dialog.count() == 4 and dialog.total() == pytest.approx(total)
    assert dialog.summary.text() == f"4 videos · ≈ ${total:.2f} in all (approximate)"
    assert dialog.send_button.text() == f"Send 4 videos (≈ ${total:.2f})"
    assert dialog.send_button.isEnabled() and not dialog.send_button.autoDefault()
    assert dialog.label() == "Matrix: 2 prompts × 2 aspects × 1 resolution × 1 duration"
    assert store_of(app_context).tasks() == []  # shown, not sent

    # Cancel sends nothing.
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: panel.matrix_dialog is None)
    assert store_of(app_context).tasks() == [] and not panel.submitting

    dialog = open_matrix(qtbot, panel)
    dialog.prompts.setPlainText(f"{PROMPT}\n{OTHER}")
    dialog.aspect_boxes["9:16"].setChecked(True)
    label = dialog.label()
    with qtbot.waitSignal(panel.batchSubmitted, timeout=TASK_TIMEOUT_MS) as sent:
        dialog.send_button.click()
    records = sent.args[0]
    assert len(records) == 4
    batch = store_of(app_context).batch(one_batch(app_context, records))
    assert batch is not None and batch.kind == "matrix" and batch.label == label
    # Every combination once, prompts varying slowest.
    assert [(r.request.prompt, r.request.aspect_ratio) for r in records] == [
        (PROMPT, "16:9"),
        (PROMPT, "9:16"),
        (OTHER, "16:9"),
        (OTHER, "9:16"),
    ]
    assert {(r.request.resolution, r.request.duration) for r in records} == {("720p", 6)}
    assert sum(r.quoted_cost or 0 for r in records) == pytest.approx(total)
    qtbot.waitUntil(lambda: panel.matrix_dialog is None)  # closed on Send


def test_a_matrix_too_large_or_empty_is_refused_with_the_reason(qtbot: QtBot, panel: GenerationPanel) -> None:
    panel.prompt.set_text(PROMPT)
    dialog = open_matrix(qtbot, panel)
    dialog.prompts.setPlainText("\n".join(f"{PROMPT}, take {n}" for n in range(5)))
    for boxes in (dialog.aspect_boxes, dialog.resolution_boxes, dialog.duration_boxes):
        for box in boxes.values():
            box.setChecked(True)
    assert MAX_MATRIX < 5 * 2 * 3 * 4
    assert not dialog.send_button.isEnabled() and dialog.count() == 0
    assert dialog.problem == (
        f"That makes 120 videos: at most {MAX_MATRIX} go in one batch. Remove some prompt lines or settings."
    )
    assert dialog.summary.text() == dialog.problem

    for box in dialog.resolution_boxes.values():
        box.setChecked(False)
    assert dialog.problem == "Check at least one resolution." and not dialog.send_button.isEnabled()
    dialog.resolution_boxes["1080p"].setChecked(True)
    assert dialog.count() == 5 * 2 * 1 * 4 and dialog.send_button.isEnabled()
    dialog.prompts.setPlainText("   \n")
    assert dialog.problem == "Write at least one prompt line."
    dialog.reject()


def test_a_reference_video_matrix_offers_no_durations(qtbot: QtBot, panel: GenerationPanel) -> None:
    panel.load_request(
        GenerationRequest(
            "the dancer's moves, as a robot",
            Mode.VIDEO,
            duration=None,
            video_urls=("https://example.com/motion/dance.mp4",),
            generation_type="reference",
        )
    )
    dialog = open_matrix(qtbot, panel)
    assert not dialog.durations_group.isVisibleTo(dialog)
    dialog.resolution_boxes["1080p"].setChecked(True)
    assert dialog.count() == 2
    assert all(r.duration is None and r.mode is Mode.VIDEO for r in dialog.requests())
    assert dialog.label() == "Matrix: 1 prompt × 1 aspect × 2 resolutions"
    dialog.reject()


# ---------------------------------------------------------------------- the daily cap


def test_a_batch_that_would_pass_the_daily_cap_asks_first(
    qtbot: QtBot,
    make_context: Callable[..., AppContext],
    make_panel: Callable[[AppContext], GenerationPanel],
) -> None:
    context = make_context(Settings(daily_spend_cap=0.25))
    panel = make_panel(context)
    panel.prompt.set_text(PROMPT)
    panel.variations.setValue(2)  # 2 x 720p 6 s: about $0.34, over the $0.25 cap

    def question() -> QMessageBox | None:
        check = panel.findChild(SpendCheck)
        return check.box if check is not None else None

    panel.submit_button.click()
    qtbot.waitUntil(lambda: question() is not None, timeout=TASK_TIMEOUT_MS)
    assert "past your daily cap" in question().text()  # type: ignore[union-attr]
    assert not panel.submit_button.isEnabled() and "spending cap" in panel.submit_button.toolTip()
    assert store_of(context).tasks() == []
    question().reject()  # type: ignore[union-attr]  # Cancel: nothing goes out
    qtbot.waitUntil(lambda: panel.submit_button.isEnabled(), timeout=TASK_TIMEOUT_MS)
    assert store_of(context).tasks() == []

    panel.submit_button.click()
    qtbot.waitUntil(lambda: question() is not None, timeout=TASK_TIMEOUT_MS)
    box = question()
    assert box is not None
    send = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(panel.batchSubmitted, timeout=TASK_TIMEOUT_MS) as sent:
        send.click()
    assert len(sent.args[0]) == 2
    one_batch(context, sent.args[0])
