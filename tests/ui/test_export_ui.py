"""Exporting results from the window: real results from the embedded simulator, written to a
folder with their prompt in the MP4's tags and their sidecar beside them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import av
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from omnidesk.api.models import GenerationRequest
from omnidesk.engine.engine import Engine
from omnidesk.engine.library import LibraryItem, read_sidecar, sidecar_path
from omnidesk.engine.store import DownloadState
from tests.ui.conftest import TASK_TIMEOUT_MS
from ui.context import AppContext
from ui.iterate.export import ExportJob, ExportReport, export_items, shown_path

TIMEOUT = 20_000
PROMPT = "a lighthouse on a cliff at dusk, waves breaking below"


def engine_of(context: AppContext) -> Engine:
    assert context.engine is not None
    return context.engine


def make_result(qtbot: QtBot, context: AppContext, prompt: str = PROMPT) -> LibraryItem:
    engine = engine_of(context)
    record = engine.submit(GenerationRequest(prompt, duration=4))
    qtbot.waitUntil(
        lambda: any(v.state is DownloadState.DONE for v in engine.store.videos(record.id)),
        timeout=TASK_TIMEOUT_MS,
    )
    found = [item for item in engine.library.scan().shown if item.metadata.prompt == prompt]
    assert len(found) == 1
    return found[0]


@pytest.fixture
def widget(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def run_export(
    qtbot: QtBot, widget: QWidget, context: AppContext, items: list[LibraryItem], folder: Path
) -> tuple[ExportReport, list[str]]:
    messages: list[str] = []
    job = export_items(widget, context, items, choose_folder=lambda: folder, on_message=messages.append)
    assert isinstance(job, ExportJob)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as finished:
        pass
    report = finished.args[0]
    assert isinstance(report, ExportReport)
    return report, messages


def title_and_comment(video: Path) -> tuple[str, dict[str, object]]:
    with av.open(str(video)) as container:
        return container.metadata["title"], json.loads(container.metadata["comment"])


def test_an_exported_video_carries_its_prompt_and_its_sidecar(
    qtbot: QtBot, app_context: AppContext, widget: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = make_result(qtbot, app_context)
    monkeypatch.setenv("HOME", str(tmp_path))  # so the folder reads as the user would write it
    folder = tmp_path / "Desktop" / "clips"
    report, messages = run_export(qtbot, widget, app_context, [item], folder)

    assert messages == ["Exporting 1 video to ~/Desktop/clips…", "1 video exported to ~/Desktop/clips."]
    assert len(report.exported) == 1 and not report.failed
    exported = report.exported[0]
    assert exported.video == folder / item.video.name
    title, comment = title_and_comment(exported.video)
    assert title == PROMPT
    assert comment["app"] == "OmniDesk" and comment["duration"] == 4 and comment["resolution"] == "720p"
    assert exported.sidecar == sidecar_path(exported.video) and exported.sidecar.parent == folder
    assert read_sidecar(exported.sidecar).prompt == PROMPT
    assert sorted(p.name for p in folder.iterdir()) == sorted([exported.video.name, exported.sidecar.name])
    # The library's own copy is untouched.
    assert item.video.exists() and item.sidecar.exists()


def test_two_videos_and_one_that_cannot_be_read(
    qtbot: QtBot, app_context: AppContext, widget: QWidget, tmp_path: Path
) -> None:
    first = make_result(qtbot, app_context)
    second = make_result(qtbot, app_context, "a paper boat drifting down a gutter in the rain")
    broken_video = tmp_path / "broken.mp4"
    broken_video.write_bytes(b"this is not a video" * 100)
    broken = dataclasses.replace(first, video=broken_video)
    folder = tmp_path / "out"

    report, messages = run_export(qtbot, widget, app_context, [first, broken, second], folder)
    assert [e.video.name for e in report.exported] == [first.video.name, second.video.name]
    assert [path for path, _ in report.failed] == [broken_video]
    assert messages[-1] == (
        f"2 videos exported to {folder}. 1 could not be: broken.mp4 could not be read as a video "
        "(Invalid data found when processing input); it may be damaged."
    )
    # Nothing half-written: no .part left, only the two videos and their sidecars.
    names = sorted(p.name for p in folder.iterdir())
    assert not any(name.endswith(".part") for name in names)
    assert len(names) == 4 and "broken.mp4" not in names

    # Exporting again never overwrites: the copies get free names.
    again, _ = run_export(qtbot, widget, app_context, [first], folder)
    assert again.exported[0].video != report.exported[0].video
    assert title_and_comment(again.exported[0].video)[0] == PROMPT


def test_a_folder_that_is_a_file_is_said_so_and_nothing_is_written(
    qtbot: QtBot, app_context: AppContext, widget: QWidget, tmp_path: Path
) -> None:
    item = make_result(qtbot, app_context)
    not_a_folder = tmp_path / "clips"
    not_a_folder.write_text("a file", encoding="utf-8")
    report, messages = run_export(qtbot, widget, app_context, [item, item], not_a_folder)
    assert report.exported == [] and report.skipped == 1
    assert messages[-1] == f"No video was exported. {not_a_folder} is a file, not a folder: choose a folder."
    assert not_a_folder.read_text(encoding="utf-8") == "a file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_no_folder_chosen_exports_nothing(widget: QWidget, make_context: Callable[..., AppContext]) -> None:
    context = make_context(start=False)
    fake = LibraryItem.__new__(LibraryItem)  # never read: nothing happens without a folder
    assert export_items(widget, context, [fake], choose_folder=lambda: None) is None
    assert export_items(widget, context, [], choose_folder=lambda: Path("/nowhere")) is None


def test_shown_path_uses_a_tilde_under_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert shown_path(tmp_path / "Desktop" / "clips") == "~/Desktop/clips"
    assert shown_path(tmp_path) == "~"
    assert shown_path(Path("/srv/videos")) == "/srv/videos"
