"""Next steps from a result against the real app: continue from the last frame, promote, flip the
aspect, variations, from the queue's actions and from library items.

Results are generated end to end on the embedded simulator, whose First frame
videos start with the uploaded image itself: so the new video's first frame
can be compared with the source's last frame.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import av
import pytest
from PIL import Image, ImageChops, ImageStat
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest, Mode, Task, TaskStatus
from omnidesk.api.rules import build_body
from omnidesk.engine import thumbnails
from omnidesk.engine.library import Library, LibraryItem, ResultMetadata
from omnidesk.engine.store import DownloadState, TaskRecord
from tests.helpers.media import write_test_mp4
from tests.ui.conftest import TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.generate import GenerationPanel
from ui.iterate.next_steps import NextSteps, frames_dir, next_resolution, other_aspect
from ui.queue.model import QueueModel
from ui.queue.view import QueueView


def engine_of(context: AppContext):  # type: ignore[no-untyped-def]
    assert context.engine is not None
    return context.engine


def finished(qtbot: QtBot, context: AppContext, record: TaskRecord) -> TaskRecord:
    """Wait until the record's video is downloaded; its record then."""
    store = engine_of(context).store

    def done() -> bool:
        current = store.get(record.id)
        return current is not None and current.download_state is DownloadState.DONE

    qtbot.waitUntil(done, timeout=TASK_TIMEOUT_MS)
    current = store.get(record.id)
    assert current is not None
    return current


def video_of(context: AppContext, record: TaskRecord) -> Path:
    videos = engine_of(context).store.videos(record.id)
    assert videos and videos[0].local_path is not None
    return videos[0].local_path


def generate(qtbot: QtBot, context: AppContext, **changes: object) -> TaskRecord:
    request = replace(GenerationRequest("a paper boat drifts down a gutter", duration=4), **changes)  # type: ignore[arg-type]
    return finished(qtbot, context, engine_of(context).submit(request))


@pytest.fixture
def view(qtbot: QtBot, app_context: AppContext) -> QueueView:
    view = QueueView(app_context)
    qtbot.addWidget(view)
    view.resize(1000, 480)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.is_loading, timeout=TASK_TIMEOUT_MS)
    return view


def first_frame(video: Path) -> Image.Image:
    with av.open(str(video)) as container:
        frame = next(container.decode(video=0))
        return frame.to_image()


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    difference = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    return sum(ImageStat.Stat(difference).mean) / 3


# ---------------------------------------------------------------------- plain rules


def test_the_next_resolution_and_the_other_aspect() -> None:
    assert next_resolution("720p") == "1080p"
    assert next_resolution("1080P") == "4k"
    assert next_resolution("4k") is None
    assert other_aspect("16:9") == "9:16" and other_aspect("9:16") == "16:9"


# ---------------------------------------------------------------------- from the queue


def test_promote_and_flip_from_the_queue_submit_with_the_parent(
    qtbot: QtBot, app_context: AppContext, view: QueueView
) -> None:
    source = generate(qtbot, app_context)
    qtbot.waitUntil(lambda: view.model.video_path(source.id) is not None, timeout=TASK_TIMEOUT_MS)
    view.select_task(source.id)
    assert view.promote_action.isEnabled() and view.flip_action.isEnabled()
    assert view.promote_action.text().replace("&", "") == "Promote to 1080p"

    with qtbot.waitSignal(view.next_steps.submitted, timeout=TASK_TIMEOUT_MS) as sent:
        view.promote_action.trigger()
    (promoted,) = sent.args[0]
    assert promoted.parent_id == source.id
    assert promoted.request == replace(source.request, resolution="1080p")
    stored = engine_of(app_context).store.get(promoted.id)
    assert stored is not None and stored.body["resolution"] == "1080p"
    qtbot.waitUntil(lambda: view.model.record_of(promoted.id) is not None, timeout=TASK_TIMEOUT_MS)
    assert [r.id for r in view.selected_records()] == [promoted.id]  # the new one is selected

    view.select_task(source.id)
    said: list[str] = []
    view.message.connect(said.append)
    with qtbot.waitSignal(view.next_steps.submitted, timeout=TASK_TIMEOUT_MS) as sent:
        view.flip_action.trigger()
    (flipped,) = sent.args[0]
    assert flipped.parent_id == source.id and flipped.request.aspect_ratio == "9:16"
    assert flipped.request.resolution == "720p"
    qtbot.waitUntil(lambda: any("portrait" in text for text in said))

    # Not finished yet: no next step (they start from a result).
    view.select_task(promoted.id)
    if engine_of(app_context).store.get(promoted.id).status is not TaskStatus.COMPLETED:  # type: ignore[union-attr]
        assert not view.promote_action.isEnabled()


def test_promote_is_off_at_4k_and_says_why_if_asked(
    qtbot: QtBot, app_context: AppContext, view: QueueView
) -> None:
    source = generate(qtbot, app_context, resolution="4k")
    qtbot.waitUntil(lambda: view.model.record_of(source.id) is not None, timeout=TASK_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: view.model.record_of(source.id).status is TaskStatus.COMPLETED,  # type: ignore[union-attr]
        timeout=TASK_TIMEOUT_MS,
    )
    view.select_task(source.id)
    assert not view.promote_action.isEnabled()
    assert view.flip_action.isEnabled()
    with qtbot.waitSignal(view.next_steps.failed, timeout=TASK_TIMEOUT_MS) as failed:
        view.next_steps.promote(source)
    assert "already 4k" in failed.args[0]


def test_variations_from_the_queue_make_one_batch_of_n(
    qtbot: QtBot, app_context: AppContext, view: QueueView
) -> None:
    source = generate(qtbot, app_context)
    qtbot.waitUntil(lambda: view.model.record_of(source.id) is not None, timeout=TASK_TIMEOUT_MS)
    view.select_task(source.id)
    with qtbot.waitSignal(view.next_steps.submitted, timeout=TASK_TIMEOUT_MS) as sent:
        view.variation_actions[3].trigger()
    records = sent.args[0]
    assert len(records) == 3
    batch_ids = {r.batch_id for r in records}
    assert len(batch_ids) == 1 and None not in batch_ids
    (batch_id,) = batch_ids
    batch = engine_of(app_context).store.batch(batch_id)
    assert batch is not None and batch.kind == "variations" and batch.label.startswith("Variations ×3")
    assert all(r.parent_id == source.id and r.request == source.request for r in records)
    # One read: the engine is sending them meanwhile, so two reads may differ in their states.
    ids = [record.id for record in engine_of(app_context).store.tasks(batch_id=batch_id)]
    assert ids == sorted(ids, reverse=True) and len(ids) == 3

    # In the queue: one header with the three under it, its name read from the store.
    header = view.model.batch_index(batch_id)
    qtbot.waitUntil(lambda: view.model.batch_index(batch_id).data() == batch.label, timeout=TASK_TIMEOUT_MS)
    header = view.model.batch_index(batch_id)
    assert view.model.rowCount(header) == 3
    assert {view.model.index(r, 0, header).data(QueueModel.RecordRole).id for r in range(3)} == {
        r.id for r in records
    }


def test_continue_opens_a_first_frame_form_from_the_last_frame_and_the_new_video_starts_there(
    qtbot: QtBot, app_context: AppContext, view: QueueView
) -> None:
    source = generate(qtbot, app_context, prompt="a lighthouse beam sweeps over a stormy sea")
    qtbot.waitUntil(lambda: view.model.video_path(source.id) is not None, timeout=TASK_TIMEOUT_MS)
    video = video_of(app_context, source)
    view.select_task(source.id)
    assert view.continue_action.isEnabled()
    with qtbot.waitSignal(view.next_steps.formRequested, timeout=TASK_TIMEOUT_MS) as asked:
        view.continue_action.trigger()
    request, local_images, parent_id = asked.args
    assert parent_id == source.id
    assert request.mode is Mode.FRAME and request.generation_type == "frame"
    assert request.prompt == source.request.prompt
    assert (request.resolution, request.aspect_ratio) == (source.request.resolution, "16:9")
    (png,) = local_images
    png = Path(png)
    assert png.parent == frames_dir() and png.suffix == ".png"
    # The form's image is the source's true last frame, pixel for pixel.
    last = thumbnails.last_frame(video)
    with Image.open(png) as saved:
        assert saved.size == last.size
        assert ImageChops.difference(saved.convert("RGB"), last.convert("RGB")).getbbox() is None

    panel = GenerationPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load_request(request, local_images, parent_id=parent_id)
    qtbot.waitUntil(lambda: panel.submit_button.isEnabled(), timeout=TASK_TIMEOUT_MS)
    assert panel.parent_id == source.id and panel.parent_chip.isVisible()
    with qtbot.waitSignal(panel.submitted, timeout=TASK_TIMEOUT_MS) as submitted:
        panel.submit_button.click()
    new = finished(qtbot, app_context, submitted.args[0])
    assert new.parent_id == source.id and new.request.mode is Mode.FRAME
    assert new.local_images == (str(png),)
    # The simulator starts a First frame video with the uploaded image: the chain is seamless.
    started = first_frame(video_of(app_context, new))
    assert started.size == last.size
    assert mean_difference(started, last) < 6.0


# ---------------------------------------------------------------------- from library items


def test_a_library_item_finds_its_record_and_one_made_elsewhere_has_no_parent(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    source = generate(qtbot, app_context)
    library: Library = engine_of(app_context).library
    item = library.item_at(video_of(app_context, source))
    steps = NextSteps(app_context)
    with qtbot.waitSignal(steps.submitted, timeout=TASK_TIMEOUT_MS) as sent:
        steps.flip_aspect(item)
    (flipped,) = sent.args[0]
    assert flipped.parent_id == source.id and flipped.request.aspect_ratio == "9:16"

    # A result this ledger has no record of (another machine's): sent from its sidecar, no parent.
    request = GenerationRequest("a tram crosses a bridge at night", duration=6, resolution="720p")
    clip = write_test_mp4(tmp_path / "elsewhere.mp4", 64, 36, colours=[(10, 120, 200)] * 5, audio=False)
    task = Task(id="task_from_elsewhere", status=TaskStatus.COMPLETED, created=1.0, completed=2.0)
    foreign: LibraryItem = library.add(
        clip, ResultMetadata.for_result(request, task, request_body=build_body(request))
    )
    with qtbot.waitSignal(steps.submitted, timeout=TASK_TIMEOUT_MS) as sent:
        steps.promote(foreign)
    (promoted,) = sent.args[0]
    assert promoted.parent_id is None
    assert promoted.request == replace(request, resolution="1080p")

    with qtbot.waitSignal(steps.formRequested, timeout=TASK_TIMEOUT_MS) as asked:
        steps.continue_from(foreign.video, foreign)
    assert asked.args[2] is None and asked.args[0].prompt == request.prompt
    assert asked.args[0].duration == 6


def test_a_broken_video_cannot_be_continued_and_says_so(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    source = generate(qtbot, app_context)
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video at all")
    steps = NextSteps(app_context)
    with qtbot.waitSignal(steps.failed, timeout=TASK_TIMEOUT_MS) as failed:
        steps.continue_from(broken, source)
    assert failed.args[0].startswith("Could not take the last frame")
