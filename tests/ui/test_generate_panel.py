"""GenerationPanel against the real demo simulator: each mode's form, submissions, errors, keys.

Every submission goes through the real engine (uploads included) to the
simulator; the tests check the exact body the store recorded, which is what
the service receives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from omnidesk import paths, secrets
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.spec import MODEL
from omnidesk.engine.store import DownloadState, TaskRecord
from omnidesk.settings import Settings
from omnidesk.simulator import SimulatorConfig, start_simulator
from tests.ui.conftest import START_TIMEOUT_MS, TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.generate import GenerationPanel
from ui.generate.image_slots import ImageSlot
from ui.generate.panel import QUEUE_KEY, RESTORE_KEY, SUBMIT_KEY

VIDEO_URL = "https://example.com/motion/dance.mp4"
WEB_IMAGE = "https://example.com/pictures/cat.jpg"


def make_png(
    path: Path, color: tuple[int, int, int] = (200, 80, 40), size: tuple[int, int] = (64, 36)
) -> Path:
    Image.new("RGB", size, color).save(path)
    return path


@pytest.fixture
def images(tmp_path: Path) -> list[Path]:
    return [
        make_png(tmp_path / "red.png", (220, 40, 40)),
        make_png(tmp_path / "green.png", (40, 200, 40)),
        make_png(tmp_path / "blue.png", (40, 40, 220)),
    ]


@pytest.fixture
def make_panel(qtbot: QtBot) -> Callable[[AppContext], GenerationPanel]:
    def make(context: AppContext) -> GenerationPanel:
        panel = GenerationPanel(context)
        qtbot.addWidget(panel)
        panel.resize(420, 900)
        panel.show()
        return panel

    return make


@pytest.fixture
def panel(app_context: AppContext, make_panel: Callable[[AppContext], GenerationPanel]) -> GenerationPanel:
    return make_panel(app_context)


def fill_local(qtbot: QtBot, slot: ImageSlot, path: Path) -> None:
    slot.set_local(path)
    qtbot.waitUntil(lambda: not slot.checking, timeout=TASK_TIMEOUT_MS)
    assert slot.is_filled(), slot.error()


def submit(qtbot: QtBot, panel: GenerationPanel) -> TaskRecord:
    assert panel.submit_button.isEnabled(), panel.submit_button.toolTip()
    with qtbot.waitSignal(panel.submitted, timeout=TASK_TIMEOUT_MS) as blocker:
        panel.submit_button.click()
    record = blocker.args[0]
    assert isinstance(record, TaskRecord)
    qtbot.waitUntil(lambda: not panel.submitting, timeout=TASK_TIMEOUT_MS)
    return record


def stored(context: AppContext, record: TaskRecord) -> TaskRecord:
    engine = context.engine
    assert engine is not None
    found = engine.store.get(record.id)
    assert found is not None
    return found


def upload_prefix(context: AppContext) -> str:
    assert context.service is not None
    return context.service.backend.base_url + "/files/uploads/"


# ---------------------------------------------------------------------- the forms


def test_reference_mode_offers_one_or_three_images_never_two(panel: GenerationPanel) -> None:
    panel.set_mode(Mode.REFERENCE)
    form = panel.forms[Mode.REFERENCE]
    assert sorted(form.count_group.id(b) for b in form.count_group.buttons()) == [1, 3]
    shown = lambda: sum(slot.isVisibleTo(panel) for slot in form.slots.slots)  # noqa: E731
    assert shown() == 1
    form.count_group.button(3).click()
    assert shown() == 3
    form.count_group.button(1).click()
    assert shown() == 1
    video = panel.forms[Mode.VIDEO]
    assert sorted(video.count_group.id(b) for b in video.count_group.buttons()) == [0, 1, 3]
    # First frame has exactly one slot and no choice.
    assert sum(slot.isVisibleTo(panel.forms[Mode.FRAME]) for slot in panel.forms[Mode.FRAME].slots.slots) == 1


def test_reference_video_mode_has_no_duration(panel: GenerationPanel) -> None:
    panel.prompt.set_text("a dancer on a rooftop")
    assert panel.params.duration.isVisibleTo(panel)
    panel.set_mode(Mode.VIDEO)
    assert not panel.params.duration.isVisibleTo(panel)
    panel.forms[Mode.VIDEO].url_edit.setText(VIDEO_URL)
    request, local = panel.build_request()
    assert request.duration is None and not local
    panel.set_mode(Mode.TEXT)
    assert panel.params.duration.isVisibleTo(panel)
    assert panel.build_request()[0].duration == 6


def test_submit_waits_for_a_prompt_and_every_shown_slot(
    qtbot: QtBot, panel: GenerationPanel, images: list[Path]
) -> None:
    button = panel.submit_button
    assert not button.isEnabled() and "prompt" in button.toolTip()
    panel.prompt.set_text("a lighthouse in a storm")
    assert button.isEnabled()

    panel.set_mode(Mode.FRAME)
    assert not button.isEnabled() and "image" in button.toolTip()
    fill_local(qtbot, panel.forms[Mode.FRAME].slots.slots[0], images[0])
    assert button.isEnabled()

    panel.set_mode(Mode.REFERENCE)
    form = panel.forms[Mode.REFERENCE]
    fill_local(qtbot, form.slots.slots[0], images[0])
    assert button.isEnabled()
    form.count_group.button(3).click()
    assert not button.isEnabled() and "2 empty" in button.toolTip()
    form.slots.slots[1].set_url(WEB_IMAGE)
    assert not button.isEnabled()
    fill_local(qtbot, form.slots.slots[2], images[2])
    assert button.isEnabled()
    form.slots.slots[1].clear()
    assert not button.isEnabled()


def test_reference_video_url_is_checked_as_typed(qtbot: QtBot, panel: GenerationPanel) -> None:
    panel.prompt.set_text("follow this motion")
    panel.set_mode(Mode.VIDEO)
    form = panel.forms[Mode.VIDEO]
    button = panel.submit_button
    assert not button.isEnabled()
    for text in ("example.com/a.mp4", "ftp://example.com/a.mp4", "https://"):
        form.url_edit.clear()
        qtbot.keyClicks(form.url_edit, text)
        assert not button.isEnabled(), text
        assert "http(s)" in form.url_status.text()
    form.url_edit.clear()
    qtbot.keyClicks(form.url_edit, VIDEO_URL)
    assert button.isEnabled()
    # One image must fill its slot before the request is complete.
    form.count_group.button(1).click()
    assert not button.isEnabled()
    assert form.use_row.isVisibleTo(panel)
    form.count_group.button(3).click()
    assert not form.use_row.isVisibleTo(panel)


def test_prompt_and_settings_survive_a_mode_switch(panel: GenerationPanel) -> None:
    panel.prompt.set_text("a slow pan over a desert at noon")
    panel.params.set_values(duration=10, resolution="4k", aspect="9:16")
    for mode in (Mode.FRAME, Mode.REFERENCE, Mode.VIDEO, Mode.TEXT):
        panel.set_mode(mode)
        assert panel.prompt.text() == "a slow pan over a desert at noon"
    assert panel.params.selected_resolution() == "4k"
    assert panel.params.selected_duration() == 10


def test_the_cost_is_shown_as_approximate(panel: GenerationPanel) -> None:
    assert panel.params.cost.text() == "≈ $0.17 (approximate)"
    panel.params.set_values(duration=10, resolution="4k")
    assert panel.params.cost.text() == "≈ $0.40 (approximate)"
    panel.set_mode(Mode.VIDEO)  # no duration: priced as the length the service picks
    assert "approximate" in panel.params.cost.text()


def test_aspect_preview_follows_the_aspect(panel: GenerationPanel) -> None:
    panel.params.set_values(resolution="1080p", aspect="16:9")
    assert panel.params.frame_size.text() == "1920 × 1080"
    panel.params.set_values(aspect="9:16")
    assert panel.params.frame_size.text() == "1080 × 1920"
    assert panel.params.preview.toolTip() == "1080 × 1920 pixels"


# ---------------------------------------------------------------------- submitting, per mode


def test_text_to_video_submission_reaches_the_store(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel
) -> None:
    panel.prompt.set_text("  a paper boat drifts down a rainy street  ")
    panel.params.set_values(duration=8, resolution="1080p", aspect="9:16")
    record = submit(qtbot, panel)
    assert stored(app_context, record).body == {
        "model": MODEL,
        "prompt": "a paper boat drifts down a rainy street",
        "resolution": "1080p",
        "aspect_ratio": "9:16",
        "duration": 8,
    }
    # The form keeps its content for the next try, and says where the submission went.
    assert panel.prompt.text().strip() == "a paper boat drifts down a rainy street"
    assert "Queue" in panel.status.text()
    assert panel.submit_button.isEnabled() and panel.submit_button.text() == "Submit"


def test_first_frame_submission_uploads_the_image(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel, images: list[Path]
) -> None:
    panel.set_mode(Mode.FRAME)
    panel.prompt.set_text("the red square unfolds into a bird")
    fill_local(qtbot, panel.forms[Mode.FRAME].slots.slots[0], images[0])
    with qtbot.waitSignal(panel.submitted, timeout=TASK_TIMEOUT_MS) as blocker:
        panel.submit_button.click()
        # The work runs on a worker: right after the click the button shows progress, disabled.
        assert not panel.submit_button.isEnabled()
        assert panel.submit_button.text() == "Uploading 1 of 1…"
    record = stored(app_context, blocker.args[0])
    body = record.body
    assert body["generation_type"] == "frame" and body["duration"] == 6
    assert len(body["image_urls"]) == 1 and body["image_urls"][0].startswith(upload_prefix(app_context))
    assert "video_urls" not in body
    assert record.local_images == (str(images[0]),)
    qtbot.waitUntil(lambda: panel.submit_button.isEnabled(), timeout=TASK_TIMEOUT_MS)


def test_three_reference_images_in_the_order_shown(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel, images: list[Path]
) -> None:
    panel.set_mode(Mode.REFERENCE)
    panel.prompt.set_text("these three, as one scene")
    form = panel.forms[Mode.REFERENCE]
    form.count_group.button(3).click()
    slots = form.slots.slots
    fill_local(qtbot, slots[0], images[0])
    slots[1].set_url(WEB_IMAGE)
    fill_local(qtbot, slots[2], images[2])
    # Move the first image down one place: the web image comes first.
    assert not slots[0].up_button.isEnabled() and slots[0].down_button.isEnabled()
    slots[0].down_button.click()
    assert slots[0].image().url == WEB_IMAGE and slots[1].image().path == images[0]
    with qtbot.waitSignal(panel.submitted, timeout=TASK_TIMEOUT_MS) as blocker:
        panel.submit_button.click()
        assert panel.submit_button.text() == "Uploading 1 of 2…"
    record = stored(app_context, blocker.args[0])
    body = record.body
    assert body["generation_type"] == "reference" and body["duration"] == 6
    urls = body["image_urls"]
    assert urls[0] == WEB_IMAGE
    assert all(url.startswith(upload_prefix(app_context)) for url in urls[1:]) and urls[1] != urls[2]
    assert record.local_images == (None, str(images[0]), str(images[2]))


def test_reference_video_submission_sends_no_duration(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel, images: list[Path]
) -> None:
    panel.set_mode(Mode.VIDEO)
    panel.prompt.set_text("the dancer's moves, in a forest")
    form = panel.forms[Mode.VIDEO]
    form.url_edit.setText(VIDEO_URL)
    form.count_group.button(1).click()
    form.use_frame.click()
    fill_local(qtbot, form.slots.slots[0], images[1])
    record = stored(app_context, submit(qtbot, panel))
    body = record.body
    assert "duration" not in body
    assert body["video_urls"] == [VIDEO_URL]
    assert body["generation_type"] == "frame"
    assert len(body["image_urls"]) == 1 and body["image_urls"][0].startswith(upload_prefix(app_context))
    assert body["resolution"] == "720p" and body["aspect_ratio"] == "16:9"


def test_reference_video_alone(qtbot: QtBot, app_context: AppContext, panel: GenerationPanel) -> None:
    panel.set_mode(Mode.VIDEO)
    panel.prompt.set_text("same motion, new subject")
    panel.forms[Mode.VIDEO].url_edit.setText(VIDEO_URL)
    body = stored(app_context, submit(qtbot, panel)).body
    assert body == {
        "model": MODEL,
        "prompt": "same motion, new subject",
        "resolution": "720p",
        "aspect_ratio": "16:9",
        "video_urls": [VIDEO_URL],
    }


# ---------------------------------------------------------------------- images


def drop(slot: ImageSlot, mime: QMimeData) -> None:
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    slot.dropEvent(event)


def file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_a_bad_file_is_refused_at_the_slot(
    qtbot: QtBot, panel: GenerationPanel, images: list[Path], tmp_path: Path
) -> None:
    panel.set_mode(Mode.FRAME)
    slot = panel.forms[Mode.FRAME].slots.slots[0]
    not_image = tmp_path / "notes.png"
    not_image.write_text("these are words, not pixels")
    drop(slot, file_mime(not_image))
    qtbot.waitUntil(lambda: not slot.checking, timeout=TASK_TIMEOUT_MS)
    assert not slot.is_filled()
    assert "not a JPEG, PNG, WebP or GIF" in (slot.error() or "")
    assert "notes.png" in slot.status.text()

    # A good file first; a refused one afterwards leaves it in place.
    drop(slot, file_mime(images[0]))
    qtbot.waitUntil(slot.is_filled, timeout=TASK_TIMEOUT_MS)
    huge = tmp_path / "huge.png"
    with open(huge, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    drop(slot, file_mime(huge))
    qtbot.waitUntil(lambda: not slot.checking, timeout=TASK_TIMEOUT_MS)
    assert "at most 20.0 MB" in (slot.error() or "")
    assert slot.is_filled() and slot.image().path == images[0]


def test_a_dropped_web_image_and_a_typed_url(panel: GenerationPanel) -> None:
    panel.set_mode(Mode.FRAME)
    slot = panel.forms[Mode.FRAME].slots.slots[0]
    mime = QMimeData()
    mime.setUrls([QUrl(WEB_IMAGE)])
    drop(slot, mime)
    assert slot.is_filled() and slot.image().url == WEB_IMAGE
    assert slot.url_edit.text() == WEB_IMAGE
    slot.url_edit.clear()
    slot.url_edit.textEdited.emit("not a url")
    assert not slot.is_filled() and "http(s)" in (slot.error() or "")


def test_a_pasted_picture_becomes_a_png_in_the_cache(qtbot: QtBot, panel: GenerationPanel) -> None:
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(picture)
    panel.set_mode(Mode.FRAME)
    slot = panel.forms[Mode.FRAME].slots.slots[0]
    slot.paste_button.click()
    qtbot.waitUntil(slot.is_filled, timeout=TASK_TIMEOUT_MS)
    path = slot.image().path
    assert path is not None and path.parent == paths.cache_dir() / "pasted"
    assert path.read_bytes().startswith(b"\x89PNG") and slot.image().thumbnail is not None


def test_a_pasted_file_url(qtbot: QtBot, panel: GenerationPanel, images: list[Path]) -> None:
    QGuiApplication.clipboard().setMimeData(file_mime(images[1]))
    panel.set_mode(Mode.FRAME)
    slot = panel.forms[Mode.FRAME].slots.slots[0]
    slot.paste()
    qtbot.waitUntil(slot.is_filled, timeout=TASK_TIMEOUT_MS)
    assert slot.image().path == images[1]


# ---------------------------------------------------------------------- loading a request


def test_load_request_round_trip(
    qtbot: QtBot,
    app_context: AppContext,
    panel: GenerationPanel,
    make_panel: Callable[[AppContext], GenerationPanel],
    images: list[Path],
) -> None:
    panel.set_mode(Mode.REFERENCE)
    panel.prompt.set_text("three friends at a picnic")
    panel.params.set_values(duration=4, resolution="4k", aspect="9:16")
    form = panel.forms[Mode.REFERENCE]
    form.count_group.button(3).click()
    for slot, path in zip(form.slots.slots, images, strict=True):
        fill_local(qtbot, slot, path)
    record = stored(app_context, submit(qtbot, panel))
    uploaded = record.request.image_urls
    images[1].unlink()  # moved away since: its slot falls back to the uploaded URL

    other = make_panel(app_context)
    other.load_request(record.request, record.local_images)
    slots = other.forms[Mode.REFERENCE].slots
    qtbot.waitUntil(lambda: not slots.checking(), timeout=TASK_TIMEOUT_MS)
    assert other.mode is Mode.REFERENCE and slots.count == 3
    request, local = other.build_request()
    assert request.prompt == "three friends at a picnic"
    assert (request.duration, request.resolution, request.aspect_ratio) == (4, "4k", "9:16")
    assert local == {0: images[0], 2: images[2]}
    assert request.image_urls[1] == uploaded[1]
    assert other.submit_button.isEnabled()


def test_load_request_in_video_mode(qtbot: QtBot, panel: GenerationPanel) -> None:
    original = GenerationRequest(
        "a skater's run, as a cat",
        Mode.VIDEO,
        duration=None,
        resolution="1080p",
        image_urls=(WEB_IMAGE,),
        video_urls=(VIDEO_URL,),
        generation_type="frame",
    )
    panel.load_request(original)
    form = panel.forms[Mode.VIDEO]
    assert not panel.params.duration.isVisibleTo(panel)
    assert form.use_frame.isChecked()
    request, local = panel.build_request()
    assert request == original and not local


def test_apply_defaults(panel: GenerationPanel) -> None:
    panel.apply_defaults(
        Settings(
            default_mode="reference", default_duration=10, default_resolution="1080p", default_aspect="9:16"
        )
    )
    assert panel.mode is Mode.REFERENCE
    request, _ = panel.build_request()
    assert (request.duration, request.resolution, request.aspect_ratio) == (10, "1080p", "9:16")


# ---------------------------------------------------------------------- errors


def test_a_spent_balance_says_top_up_then_resume(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: Callable[..., AppContext],
    make_panel: Callable[[AppContext], GenerationPanel],
) -> None:
    monkeypatch.setenv("OMNIDESK_SIM_BALANCE", "0")
    context = make_context()
    panel = make_panel(context)
    panel.prompt.set_text("an expensive sunset")
    submit(qtbot, panel)
    qtbot.waitUntil(lambda: panel.errors.text(QUEUE_KEY) is not None, timeout=TASK_TIMEOUT_MS)
    text = panel.errors.text(QUEUE_KEY) or ""
    assert "balance is spent" in text and "Top up" in text and "resume the queue" in text
    assert panel.errors.isVisibleTo(panel)
    # The engine's notice about the same submission says the same thing: shown once, not twice.
    assert len(panel.errors.texts()) == 1
    row = panel.errors.row(QUEUE_KEY)
    assert row is not None and row.action is not None and row.action.text() == "Resume queue"


def test_a_refused_key_says_to_open_settings(
    qtbot: QtBot,
    make_context: Callable[..., AppContext],
    make_panel: Callable[[AppContext], GenerationPanel],
    images: list[Path],
) -> None:
    simulator = start_simulator(
        SimulatorConfig(api_keys=frozenset({"other"}), task_seconds=0.3, render_fps=2)
    )
    try:
        secrets.store_api_key("sk-not-the-right-one-1234")
        context = make_context(Settings(base_url=simulator.url))
        panel = make_panel(context)
        panel.prompt.set_text("a locked door")
        submit(qtbot, panel)
        qtbot.waitUntil(lambda: panel.errors.text(QUEUE_KEY) is not None, timeout=TASK_TIMEOUT_MS)
        text = panel.errors.text(QUEUE_KEY) or ""
        assert "Open Settings" in text and "valid API key" in text
        with qtbot.waitSignal(panel.settingsRequested, timeout=START_TIMEOUT_MS):
            panel.errors.row(QUEUE_KEY).action.click()

        # With an image, the upload itself is refused: the form says so and Submit comes back.
        panel.set_mode(Mode.FRAME)
        fill_local(qtbot, panel.forms[Mode.FRAME].slots.slots[0], images[0])
        panel.submit_button.click()
        qtbot.waitUntil(lambda: panel.errors.text(SUBMIT_KEY) is not None, timeout=TASK_TIMEOUT_MS)
        assert "Open Settings" in (panel.errors.text(SUBMIT_KEY) or "")
        qtbot.waitUntil(lambda: not panel.submitting, timeout=TASK_TIMEOUT_MS)
        assert panel.submit_button.isEnabled() and panel.submit_button.text() == "Submit"
    finally:
        if context is not None:
            context.stop()  # before its service goes away (stop is idempotent: teardown calls it again)
        simulator.stop()


def test_the_queue_message_clears_when_the_cause_is_gone(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel
) -> None:
    engine = app_context.engine
    assert engine is not None
    engine.pause_queue()
    qtbot.waitUntil(lambda: panel.errors.text(QUEUE_KEY) is not None, timeout=TASK_TIMEOUT_MS)
    assert "paused" in (panel.errors.text(QUEUE_KEY) or "")
    panel.errors.row(QUEUE_KEY).action.click()  # "Resume queue"
    qtbot.waitUntil(lambda: panel.errors.text(QUEUE_KEY) is None, timeout=TASK_TIMEOUT_MS)
    assert not engine.queue_paused and not panel.errors.isVisibleTo(panel)


def test_a_message_can_be_dismissed(qtbot: QtBot, app_context: AppContext, panel: GenerationPanel) -> None:
    assert app_context.engine is not None
    app_context.engine.pause_queue()
    qtbot.waitUntil(lambda: panel.errors.text(QUEUE_KEY) is not None, timeout=TASK_TIMEOUT_MS)
    panel.errors.row(QUEUE_KEY).close_button.click()
    assert panel.errors.texts() == [] and not panel.errors.isVisibleTo(panel)


def test_a_failed_task_from_here_is_reported_beside_the_form(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: Callable[..., AppContext],
    make_panel: Callable[[AppContext], GenerationPanel],
) -> None:
    monkeypatch.setenv("OMNIDESK_SIM_FAIL_RATE", "1")
    context = make_context()
    panel = make_panel(context)
    assert context.engine is not None
    # Someone else's submission (the CLI, the queue's re-run) is not this panel's to report.
    foreign = context.engine.submit(GenerationRequest("not from the panel", duration=4))
    panel.prompt.set_text("this one will fail")
    record = submit(qtbot, panel)
    key = f"task:{record.id}"
    qtbot.waitUntil(lambda: panel.errors.text(key) is not None, timeout=TASK_TIMEOUT_MS)
    assert "failed" in (panel.errors.text(key) or "")
    qtbot.waitUntil(lambda: context.engine.is_settled(foreign.id), timeout=TASK_TIMEOUT_MS)
    assert panel.errors.text(f"task:{foreign.id}") is None


def test_submit_waits_for_the_engine(
    qtbot: QtBot, make_context: Callable[..., AppContext], make_panel: Callable[[AppContext], GenerationPanel]
) -> None:
    context = make_context(start=False)
    panel = make_panel(context)
    panel.prompt.set_text("ready when you are")
    assert not panel.submit_button.isEnabled()
    assert "connecting" in panel.submit_button.toolTip()
    panel.submit()  # a no-op, not a crash
    with qtbot.waitSignal(context.engineReady, timeout=START_TIMEOUT_MS):
        context.start()
    assert panel.submit_button.isEnabled()


# ---------------------------------------------------------------------- keyboard and accessibility


def test_ctrl_enter_in_the_prompt_submits(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel
) -> None:
    panel.focus_prompt()
    qtbot.keyClicks(panel.prompt.edit, "a kite over the dunes")
    with qtbot.waitSignal(panel.submitted, timeout=TASK_TIMEOUT_MS) as blocker:
        qtbot.keyClick(panel.prompt.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.prompt.text() == "a kite over the dunes"  # no line break went in
    assert stored(app_context, blocker.args[0]).body["prompt"] == "a kite over the dunes"


def test_prompt_undo_and_character_count(qtbot: QtBot, panel: GenerationPanel) -> None:
    qtbot.keyClicks(panel.prompt.edit, "abc")
    assert panel.prompt.count.text() == "3 characters"
    panel.prompt.undo_button.click()
    assert panel.prompt.text() == ""
    panel.prompt.redo_button.click()
    assert panel.prompt.text() == "abc"
    assert "camera" in panel.prompt.edit.placeholderText()


def test_alt_digits_pick_the_mode(qtbot: QtBot, panel: GenerationPanel) -> None:
    panel.activateWindow()
    panel.focus_prompt()
    qtbot.waitUntil(lambda: panel.prompt.edit.hasFocus())
    for key, mode in (
        (Qt.Key.Key_2, Mode.FRAME),
        (Qt.Key.Key_3, Mode.REFERENCE),
        (Qt.Key.Key_4, Mode.VIDEO),
        (Qt.Key.Key_1, Mode.TEXT),
    ):
        qtbot.keyClick(panel.prompt.edit, key, Qt.KeyboardModifier.AltModifier)
        assert panel.mode is mode


def test_every_control_has_an_accessible_name_and_takes_focus(panel: GenerationPanel) -> None:
    controls = [
        w
        for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit)
        for w in panel.findChildren(kind)
        if not isinstance(w.parent(), QLineEdit)  # a line edit's own clear button
    ]
    assert len(controls) > 20
    for widget in controls:
        assert widget.accessibleName(), widget
        group = widget.group() if isinstance(widget, QAbstractButton) else None
        if group is not None and group.exclusive():
            # Qt's way for a choice: Tab reaches the checked button, the arrow keys the others.
            widget = group.checkedButton()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()


# ---------------------------------------------------------------------- based on a result (lineage)


def downloaded(qtbot: QtBot, context: AppContext, record: TaskRecord) -> tuple[TaskRecord, Path]:
    """Wait until the record's video is in the library; its record and its file then."""
    engine = context.engine
    assert engine is not None

    def done() -> bool:
        current = engine.store.get(record.id)
        return current is not None and current.download_state is DownloadState.DONE

    qtbot.waitUntil(done, timeout=TASK_TIMEOUT_MS)
    videos = engine.store.videos(record.id)
    assert videos and videos[0].local_path is not None
    return stored(context, record), Path(videos[0].local_path)


def test_edit_and_rerun_records_the_parent_even_after_the_prompt_is_edited(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel
) -> None:
    assert app_context.engine is not None
    source = app_context.engine.submit(GenerationRequest("a heron waits in the reeds", duration=4))
    # What the main window does with the queue's editRequested(record).
    with qtbot.waitSignal(panel.parentChanged) as changed:
        panel.load_request(source.request, source.local_images, parent_id=source.id)
    assert changed.args == [source.id] and panel.parent_id == source.id
    assert panel.parent_chip.isVisible()
    assert panel.parent_chip.text() == "Based on: “a heron waits in the reeds”"
    assert str(source.id) in panel.parent_chip.label.toolTip()

    panel.prompt.set_text("a heron waits in the reeds, then strikes at a fish")  # edit, then re-run
    assert panel.parent_id == source.id and panel.parent_chip.isVisible()
    child = stored(app_context, submit(qtbot, panel))
    assert child.parent_id == source.id
    assert child.body["prompt"] == "a heron waits in the reeds, then strikes at a fish"
    # The form stays based on it: the next try is a sibling, not a grandchild.
    assert stored(app_context, submit(qtbot, panel)).parent_id == source.id

    # The chip's clear button ends it: what is submitted next records no parent.
    with qtbot.waitSignal(panel.parentChanged) as changed:
        panel.parent_chip.clear_button.click()
    assert changed.args == [None] and panel.parent_id is None and not panel.parent_chip.isVisible()
    assert stored(app_context, submit(qtbot, panel)).parent_id is None

    # Loading a request without a parent, or clearing the form, also ends it.
    panel.load_request(source.request, parent_id=source.id)
    panel.load_request(source.request)
    assert panel.parent_id is None and not panel.parent_chip.isVisible()
    panel.load_request(source.request, parent_id=source.id)
    panel.clear_button.click()
    assert panel.parent_id is None and not panel.parent_chip.isVisible() and panel.prompt.text() == ""


def test_use_these_settings_of_a_result_finds_its_record_as_the_parent(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel
) -> None:
    engine = app_context.engine
    assert engine is not None
    source, video = downloaded(
        qtbot, app_context, engine.submit(GenerationRequest("fog lifts off a mountain lake", duration=4))
    )
    item = engine.library.item_at(video)
    # "Use these settings" from the library or the player: the sidecar fills the form at once and
    # its record (found by task id on a worker) becomes the parent.
    panel.load_result(item.metadata)
    assert panel.prompt.text() == "fog lifts off a mountain lake"
    qtbot.waitUntil(lambda: panel.parent_id == source.id, timeout=TASK_TIMEOUT_MS)
    assert panel.parent_chip.isVisible()
    child = stored(app_context, submit(qtbot, panel))
    assert child.parent_id == source.id and child.request == source.request


# ---------------------------------------------------------------------- drop to restore


def drop_on(widget: QWidget, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)
    return event


def drag_enter(widget: QWidget, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    widget.dragEnterEvent(event)
    return event.isAccepted()


def test_an_omnidesk_video_dropped_on_an_empty_form_restores_it_at_once(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel
) -> None:
    engine = app_context.engine
    assert engine is not None
    request = GenerationRequest(
        "a red kite over green hills", duration=8, resolution="1080p", aspect_ratio="9:16"
    )
    source, video = downloaded(qtbot, app_context, engine.submit(request))
    mime = file_mime(video)
    # The prompt and the image slots leave it to the panel (no path typed into the prompt).
    assert drag_enter(panel, mime)
    assert not drag_enter(panel.prompt.edit, mime)
    panel.set_mode(Mode.FRAME)
    assert not drag_enter(panel.forms[Mode.FRAME].slots.slots[0], mime)
    panel.set_mode(Mode.TEXT)

    assert panel.is_empty()
    drop_on(panel, mime)
    qtbot.waitUntil(lambda: panel.prompt.text() == request.prompt, timeout=TASK_TIMEOUT_MS)
    assert panel.restore_dialog is None  # nothing to lose: no question
    built, local = panel.build_request()
    assert built == request and not local
    assert panel.parent_id == source.id  # found by task id: the next one records it
    assert video.name in panel.status.text()

    # The sidecar itself does the same.
    panel.clear_form()
    drop_on(panel, file_mime(video.with_name(video.stem + ".omnidesk.json")))
    qtbot.waitUntil(lambda: panel.prompt.text() == request.prompt, timeout=TASK_TIMEOUT_MS)


def test_a_drop_on_a_filled_form_shows_what_would_change_first(
    qtbot: QtBot, app_context: AppContext, panel: GenerationPanel
) -> None:
    engine = app_context.engine
    assert engine is not None
    request = GenerationRequest("a red kite over green hills", duration=8, resolution="1080p")
    source, video = downloaded(qtbot, app_context, engine.submit(request))
    panel.prompt.set_text("a blue kite over green hills")
    panel.params.set_values(duration=4, resolution="720p", aspect="16:9")

    drop_on(panel, file_mime(video))
    qtbot.waitUntil(lambda: panel.restore_dialog is not None, timeout=TASK_TIMEOUT_MS)
    dialog = panel.restore_dialog
    assert dialog is not None and dialog.isVisible()
    diff = dialog.prompt_diff.text()
    assert "line-through" in diff and ">blue<" in diff and ">red<" in diff  # removed, then added
    assert "kite over green hills" in diff
    names = {change.name for change in dialog.changes}
    assert names == {"duration", "resolution"}
    assert "4 s" in dialog.settings.text() and "8 s" in dialog.settings.text()

    # Cancel keeps the form as it was.
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: panel.restore_dialog is None)
    assert panel.prompt.text() == "a blue kite over green hills" and panel.parent_id is None

    # Replace fills it.
    drop_on(panel, file_mime(video))
    qtbot.waitUntil(lambda: panel.restore_dialog is not None, timeout=TASK_TIMEOUT_MS)
    panel.restore_dialog.replace_button.click()
    assert panel.prompt.text() == request.prompt
    assert panel.build_request()[0] == request and panel.parent_id == source.id


def test_a_file_that_is_not_ours_says_so_and_changes_nothing(
    qtbot: QtBot, panel: GenerationPanel, tmp_path: Path, clip: Path
) -> None:
    panel.prompt.set_text("keep me")
    stray = tmp_path / "holiday.mp4"
    stray.write_bytes(clip.read_bytes())  # a real video, but no sidecar beside it
    drop_on(panel, file_mime(stray))
    qtbot.waitUntil(lambda: panel.errors.text(RESTORE_KEY) is not None, timeout=TASK_TIMEOUT_MS)
    assert "“holiday.mp4” is not an OmniDesk video" in (panel.errors.text(RESTORE_KEY) or "")

    other = tmp_path / "settings.omnidesk.json"
    other.write_text('{"format": "something-else", "prompt": "x"}')
    drop_on(panel, file_mime(other))
    qtbot.waitUntil(
        lambda: "not an OmniDesk settings file" in (panel.errors.text(RESTORE_KEY) or ""),
        timeout=TASK_TIMEOUT_MS,
    )
    assert panel.prompt.text() == "keep me" and panel.restore_dialog is None
