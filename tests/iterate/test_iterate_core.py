"""Prompt iteration's core: word diff, parameter changes, variations and matrices with their
cost, spend totals and the daily cap, presets and history in and out, export with metadata."""

from __future__ import annotations

import json
import time
from pathlib import Path

import av
import pytest

from omnidesk.api.errors import ValidationError
from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.rules import build_body
from omnidesk.engine.library import Library, ResultMetadata
from omnidesk.engine.store import SpendRow, Store
from omnidesk.iterate import export, matrix, spend, transfer
from omnidesk.iterate.diff import Change, Piece, diff_html, parameter_changes, word_diff
from omnidesk.iterate.templates import TEMPLATES
from tests.helpers.media import write_test_mp4

# --------------------------------------------------------------------------- the word diff


def test_word_diff_shows_added_removed_and_kept_words() -> None:
    pieces = word_diff("a red fox in snow at noon, slow pan", "a red fox in deep snow at dusk, slow pan")
    assert pieces == [
        Piece(Change.SAME, "a red fox in"),
        Piece(Change.ADDED, "deep"),
        Piece(Change.SAME, "snow at"),
        Piece(Change.REMOVED, "noon,"),
        Piece(Change.ADDED, "dusk,"),
        Piece(Change.SAME, "slow pan"),
    ]


def test_word_diff_ignores_spacing_and_case_only_changes() -> None:
    assert word_diff("A  fox\n runs", "a fox runs") == [Piece(Change.SAME, "a fox runs")]
    assert word_diff("", "new words") == [Piece(Change.ADDED, "new words")]
    assert word_diff("old words", "") == [Piece(Change.REMOVED, "old words")]


def test_diff_html_escapes_and_marks() -> None:
    html = diff_html(word_diff("a <b> cat", "a <b> dog"), added="#0a0", removed="#a00")
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert 'color:#0a0; font-weight:600">dog' in html and 'line-through">cat' in html


def test_parameter_changes_name_what_differs() -> None:
    old = GenerationRequest("x", Mode.TEXT, 4, "720p", "16:9")
    new = GenerationRequest("y", Mode.TEXT, 8, "4K", "16:9")
    assert [(c.name, c.old, c.new) for c in parameter_changes(old, new)] == [
        ("duration", "4 s", "8 s"),
        ("resolution", "720p", "4k"),
    ]
    video = GenerationRequest("y", Mode.VIDEO, None, "720p", "16:9", video_urls=("https://v.example/m.mp4",))
    changes = {c.name: (c.old, c.new) for c in parameter_changes(old, video)}
    assert changes["duration"] == ("4 s", "from the video")
    assert changes["video"] == ("none", "https://v.example/m.mp4")


# --------------------------------------------------------------------------- variations and matrices


def test_variations_repeat_a_valid_request_one_to_four_times() -> None:
    request = GenerationRequest("a kite", duration=4)
    assert matrix.variations(request, 3) == [request] * 3
    for bad in (0, 5):
        with pytest.raises(ValueError, match="1 to 4"):
            matrix.variations(request, bad)
    with pytest.raises(ValidationError):
        matrix.variations(GenerationRequest("", duration=4), 2)


def test_a_matrix_expands_every_combination_and_prices_it() -> None:
    base = GenerationRequest("unused", duration=4, resolution="720p")
    grid = matrix.Matrix(
        prompts=matrix.Matrix.prompt_lines("a fox\n\n  an owl  \na hare\n"),
        aspect_ratios=("16:9", "9:16"),
        resolutions=("720p", "4k"),
    )
    requests = grid.expand(base)
    assert len(requests) == 3 * 2 * 2
    assert [r.prompt for r in requests[:4]] == ["a fox"] * 4
    assert {(r.aspect_ratio, r.resolution) for r in requests} == {
        ("16:9", "720p"), ("16:9", "4k"), ("9:16", "720p"), ("9:16", "4k"),
    }  # fmt: skip
    assert all(r.duration == 4 for r in requests)
    # 6 at 720p/4 s (0.15) and 6 at 4k/4 s (0.30)
    assert matrix.approximate_total(requests) == pytest.approx(6 * 0.15 + 6 * 0.30)


def test_durations_do_not_multiply_a_reference_video() -> None:
    base = GenerationRequest("dance", Mode.VIDEO, None, video_urls=("https://v.example/m.mp4",))
    requests = matrix.Matrix(durations=(4, 8, 10), aspect_ratios=("16:9", "9:16")).expand(base)
    assert len(requests) == 2 and all(r.duration is None for r in requests)
    assert all("duration" not in build_body(r) for r in requests)


def test_an_oversized_matrix_is_refused_before_expanding() -> None:
    grid = matrix.Matrix(prompts=tuple(f"p{i}" for i in range(17)), aspect_ratios=("16:9", "9:16"),
                         resolutions=("720p", "4k"))  # fmt: skip
    with pytest.raises(ValueError, match="68 videos"):
        grid.expand(GenerationRequest("x"))


# --------------------------------------------------------------------------- spend


def _row(local_id: int, at: float, quoted: float | None, cost: float | None, batch: str | None = None,
         billable: bool = True) -> SpendRow:  # fmt: skip
    return SpendRow(local_id, at, quoted, cost, batch, billable)


def test_spend_per_day_and_per_batch_quoted_against_charged() -> None:
    day = time.mktime((2026, 11, 30, 12, 0, 0, 0, 0, -1))
    rows = [
        _row(1, day, 0.17, 0.17, "b1"),
        _row(2, day + 60, 0.17, 0.20, "b1"),
        _row(3, day + 120, 0.40, None, "b1"),  # still running: its quote is pending
        _row(4, day + 86400, 0.15, 0.15),
        _row(5, day + 86400, 0.30, None, billable=False),  # refused: never charged
    ]
    days = spend.by_day(rows)
    assert [(d.key, d.count, d.quoted, d.charged, d.pending) for d in days] == [
        ("2026-12-01", 1, 0.15, 0.15, 0.0),
        ("2026-11-30", 3, 0.74, 0.37, 0.40),
    ]
    assert days[1].expected == pytest.approx(0.77)
    [batch] = spend.by_batch(rows)
    assert (batch.key, batch.count, batch.quoted, batch.charged) == ("b1", 3, 0.74, 0.37)


def test_the_daily_cap_asks_only_when_it_would_be_passed() -> None:
    now = time.time()
    today = spend.start_of_today(now) + 1
    rows = [_row(1, today, 0.40, 0.40), _row(2, today - 86400, 5.0, 5.0)]  # yesterday does not count
    assert spend.would_pass_cap(rows, 0.5, cap=1.0, now=now) is None
    assert spend.would_pass_cap(rows, 0.7, cap=1.0, now=now) == pytest.approx(1.1)
    assert spend.would_pass_cap(rows, 99.0, cap=0.0, now=now) is None  # no cap


# --------------------------------------------------------------------------- templates, presets and history


def test_templates_follow_the_docs_structure() -> None:
    structured = TEMPLATES[0].text.lower()
    for part in ("scene", "subject", "action", "environment", "camera", "style", "audio"):
        assert part in structured
    assert len({t.name for t in TEMPLATES}) == len(TEMPLATES) >= 4


def test_presets_and_history_round_trip_through_json(tmp_path: Path) -> None:
    with Store(tmp_path / "a.sqlite3") as source:
        source.save_preset(
            "Dawn fox", GenerationRequest("a fox at dawn", Mode.TEXT, 8, "1080p", "9:16"), now=1.0
        )
        for when in (1.0, 2.0, 3.0):
            source.note_prompt("a fox at dawn", now=when)
        source.note_prompt("an owl at night", now=4.0)
        source.set_prompt_starred("an owl at night", True)
        path = tmp_path / "mine.json"
        assert transfer.export_json(source, path) == 3
    with Store(tmp_path / "b.sqlite3") as target:
        target.note_prompt("a fox at dawn", now=10.0)
        result = transfer.import_json(target, path)
        assert (result.presets_added, result.prompts) == (1, 2)
        [preset] = target.presets()
        assert (
            preset.name == "Dawn fox"
            and preset.request.duration == 8
            and preset.request.aspect_ratio == "9:16"
        )
        history = {u.text: u for u in target.prompt_history(limit=None)}
        assert history["a fox at dawn"].use_count == 4 and history["a fox at dawn"].first_used == 1.0
        assert history["an owl at night"].starred
        again = transfer.import_json(target, path)
        assert (again.presets_added, again.presets_skipped) == (0, 1)
        assert transfer.import_json(target, path, replace_presets=True).presets_replaced == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "could not be read"),
        ('{"format": "something-else"}', "not an OmniDesk"),
        ('{"format": "omnidesk-iteration", "version": 99}', "newer OmniDesk"),
        ('{"format": "omnidesk-iteration", "version": 1, "presets": [{"nom": 1}]}', "nothing was imported"),
    ],
)
def test_a_file_that_is_not_ours_is_refused_and_imports_nothing(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "x.json"
    path.write_text(content)
    with Store(tmp_path / "s.sqlite3") as store:
        with pytest.raises(transfer.TransferError, match=message):
            transfer.import_json(store, path)
        assert store.presets() == [] and store.prompt_history() == []


# --------------------------------------------------------------------------- export


def test_export_embeds_prompt_and_parameters_without_re_encoding(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib", thumbnail_dir=tmp_path / "thumbs")
    clip = write_test_mp4(tmp_path / "clip.mp4", 320, 180, 2, 10)
    request = GenerationRequest("a heron lifts off the water — slow motion", duration=4)
    meta = ResultMetadata(
        task_id="task_exp1",
        prompt=request.prompt,
        mode="text",
        duration=4,
        resolution="720p",
        aspect_ratio="16:9",
        request_body=build_body(request),
        cost=0.15,
    )
    item = library.add(clip, meta)
    out = export.export_result(item, tmp_path / "out")
    assert out.video.parent == tmp_path / "out" and out.sidecar.exists()
    with av.open(str(out.video)) as container:
        tags = container.metadata
        assert tags["title"] == "a heron lifts off the water — slow motion"
        params = json.loads(tags["comment"])
        assert params["task_id"] == "task_exp1" and params["duration"] == 4 and params["cost"] == 0.15
        video = container.streams.video[0]
        assert (video.width, video.height) == (320, 180)
        assert container.streams.audio
        frames = sum(1 for _ in container.decode(video=0))

    def packet_sizes(path: Path) -> list[int]:
        with av.open(str(path)) as container:
            return [p.size for p in container.demux(video=0) if p.size]

    with av.open(str(item.video)) as original:
        assert frames == sum(1 for _ in original.decode(video=0))
    assert packet_sizes(out.video) == packet_sizes(item.video) != []  # copied, not re-encoded
    second = export.export_result(item, tmp_path / "out")
    assert second.video != out.video and second.video.exists()  # never overwrites
