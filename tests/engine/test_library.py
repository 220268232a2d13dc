"""The library of result videos and its thumbnails, on real files under tmp_path.

Clips are small real MP4s made with PyAV whose frames are solid colours, so
posters and last frames are checked by pixel colour. No mocks: crashes are
simulated by leaving the folder in the state a crash would, and once by
really killing a process that is adding results.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest
from PIL import Image

from omnidesk.api.models import GenerationRequest, Mode, Task, TaskStatus
from omnidesk.api.rules import build_body, validate
from omnidesk.engine import thumbnails
from omnidesk.engine.library import (
    SIDECAR_SUFFIX,
    SIDECAR_VERSION,
    TEMP_PREFIX,
    Library,
    LibraryError,
    LibraryItem,
    ResultMetadata,
    SidecarError,
    read_sidecar,
    sidecar_path,
)
from omnidesk.media import MediaError
from tests.helpers.media import write_test_mp4

RED, GREEN, BLUE, YELLOW = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0)
REPO = Path(__file__).resolve().parents[2]
COMPLETED = 1_764_000_000.0  # a fixed completion time keeps file names predictable


@pytest.fixture(scope="session")
def clip_bank(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Encoded once per session; tests copy what they need."""
    folder = tmp_path_factory.mktemp("clips")

    def make_clip(name: str, colours: list[tuple[int, int, int]], gop: int | None = None) -> Path:
        # 64x36 at 5 fps, silent: one solid-colour frame per entry.
        return write_test_mp4(folder / name, 64, 36, colours=colours, audio=False, gop=gop)

    return {
        # 2 s: red first frame, green middle (the poster at 10 %), blue last frame.
        "rgb": make_clip("rgb.mp4", [RED] + [GREEN] * 8 + [BLUE]),
        # 6 s with keyframes every 6 frames: last_frame must seek and still find the end.
        "long": make_clip("long.mp4", [RED] + [GREEN] * 28 + [BLUE], gop=6),
        # 0.6 s: short enough that the poster is the first frame.
        "short": make_clip("short.mp4", [RED, GREEN, BLUE]),
        "yellow": make_clip("yellow.mp4", [YELLOW] * 10),
    }


@pytest.fixture
def clip(clip_bank: dict[str, Path], tmp_path: Path) -> Callable[..., Path]:
    """A fresh copy of a bank clip, by default as a download's ``.part`` file."""
    incoming = tmp_path / "incoming"
    incoming.mkdir(exist_ok=True)
    counter = iter(range(1_000_000))

    def copy(kind: str = "rgb", dest: Path | None = None) -> Path:
        target = dest or incoming / f"download-{next(counter)}.mp4.part"
        shutil.copyfile(clip_bank[kind], target)
        return target

    return copy


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "videos", thumbnail_dir=tmp_path / "thumbs")


def meta(task_id: str = "task_01KS1H7ZYSJWH1N779S2FSHTKA", **changes: object) -> ResultMetadata:
    values: dict[str, object] = {
        "task_id": task_id,
        "prompt": "A red fox in snow",
        "mode": "text",
        "duration": 6,
        "resolution": "720p",
        "aspect_ratio": "16:9",
        "request_body": {"model": "Omni-Flash-Ext", "prompt": "A red fox in snow", "duration": 6},
        "quoted_cost": 0.3,
        "cost": 0.29,
        "credits_cost": 29.0,
        "created": COMPLETED - 90,
        "completed": COMPLETED,
        "actual_time": 88.5,
    }
    values.update(changes)
    return ResultMetadata(**values)  # type: ignore[arg-type]


def colour_near(pixel: tuple[int, ...], expected: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], expected, strict=True))


def centre(image: Image.Image) -> tuple[int, ...]:
    return image.convert("RGB").getpixel((image.width // 2, image.height // 2))  # type: ignore[return-value]


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


# --- adding and sidecars ------------------------------------------------------------


def test_add_moves_the_file_and_writes_a_sidecar_that_round_trips(
    library: Library, clip: Callable[..., Path]
) -> None:
    source = clip()
    item = library.add(
        source, meta(parent_task_id="task_parent", batch_id="batch-7", image_paths=("/x/a.png",))
    )

    assert not source.exists()
    assert item.video.parent == library.root
    assert item.video.name.endswith("_a-red-fox-in-snow_s2fshtka.mp4")
    assert item.sidecar == item.video.with_name(item.video.stem + SIDECAR_SUFFIX)
    assert item.size == item.video.stat().st_size and not item.orphan

    raw = json.loads(item.sidecar.read_text(encoding="utf-8"))
    assert raw["format_version"] == SIDECAR_VERSION and raw["app_name"] == "OmniDesk"
    assert raw["file_name"] == item.video.name
    assert raw["request_body"]["model"] == "Omni-Flash-Ext"
    assert raw["completed_iso"].startswith(time.strftime("%Y-%m-%d", time.localtime(COMPLETED)))
    # Probed on the way in: what the file really is.
    assert (raw["width"], raw["height"], raw["video_duration"], raw["has_audio"]) == (64, 36, 2.0, False)
    assert (raw["parent_task_id"], raw["batch_id"], raw["image_paths"]) == (
        "task_parent",
        "batch-7",
        ["/x/a.png"],
    )
    for key in ("rating", "notes", "favourite", "quoted_cost", "cost", "credits_cost", "actual_time"):
        assert key in raw

    assert read_sidecar(item.sidecar) == item.metadata
    assert ResultMetadata.from_json(json.dumps(item.metadata.to_json())) == item.metadata
    assert set(library.root.iterdir()) == {item.video, item.sidecar}  # no temp files left


def test_metadata_from_the_engine_keeps_the_exact_body(library: Library, clip: Callable[..., Path]) -> None:
    request = GenerationRequest(prompt="Lighthouse at dusk", mode=Mode.TEXT, duration=8, resolution="1080p")
    body = build_body(request)
    task = Task(
        id="task_abc123",
        status=TaskStatus.COMPLETED,
        created=COMPLETED - 60,
        completed=COMPLETED,
        actual_time=59.0,
        cost=0.8,
        credits_cost=80.0,
    )
    metadata = ResultMetadata.for_result(request, task, request_body=body, quoted_cost=0.75, batch_id="b1")
    item = library.add(clip(), metadata)
    stored = read_sidecar(item.sidecar)
    assert stored.request_body == body
    assert (stored.prompt, stored.duration, stored.resolution, stored.aspect_ratio) == (
        "Lighthouse at dusk",
        8,
        "1080p",
        "16:9",
    )
    assert (stored.quoted_cost, stored.cost, stored.credits_cost) == (0.75, 0.8, 80.0)
    assert stored.mode_enum is Mode.TEXT and stored.batch_id == "b1"


def test_older_and_newer_sidecars_load_and_unknown_keys_survive() -> None:
    older = ResultMetadata.from_json(
        {"task_id": "t1", "prompt": "fox", "completed_iso": "2025-11-24T10:00:00+00:00"}
    )
    assert older.task_id == "t1" and older.rating is None and older.favourite is False
    assert older.completed == 1_763_978_400.0

    newer = ResultMetadata.from_json(
        {
            "format_version": 7,
            "task_id": "t2",
            "duration": "6",  # a hand edit: still understood
            "cost": "not a number",  # dropped, not fatal
            "mode": "storyboard",  # a mode this version does not know
            "camera": {"path": "orbit"},
            "rating": 4,
        }
    )
    assert newer.duration == 6 and newer.cost is None and newer.rating == 4
    assert newer.mode_enum is None and newer.format_version == 7
    written = newer.to_json()
    assert written["camera"] == {"path": "orbit"} and written["mode"] == "storyboard"
    assert ResultMetadata.from_json(written) == newer

    with pytest.raises(SidecarError):
        ResultMetadata.from_json("[1, 2]")
    with pytest.raises(SidecarError):
        ResultMetadata.from_json(b"{not json")


def test_names_are_unique_and_never_overwrite(library: Library, clip: Callable[..., Path]) -> None:
    predicted = library.name_for(meta())
    first = library.add(clip(), meta())
    assert first.video == predicted

    # Same task, same second: a counter, never an overwrite.
    assert library.name_for(meta()).name.endswith("_s2fshtka_2.mp4")
    second = library.add(clip("yellow"), meta())
    assert second.video.name.endswith("_s2fshtka_2.mp4")
    assert second.video != first.video and first.video.exists()
    assert read_sidecar(first.sidecar).file_name == first.video.name

    # The task's second video is "-2" (naming's rule), distinct from the counter.
    other = library.add(clip(), meta(video_index=1))
    assert other.video.name.endswith("_s2fshtka-2.mp4")
    assert len(library.scan().items) == 3


def test_hostile_metadata_cannot_write_outside_the_root(
    library: Library, clip: Callable[..., Path], tmp_path: Path
) -> None:
    before = files_under(tmp_path) - files_under(library.root)
    hostile = meta(
        task_id="../../../../etc/cron.d/evil",
        prompt="/etc/passwd ../../../x \\..\\..\\windows",
        file_name="../../escape.mp4",
        image_paths=("/etc/shadow",),
    )
    source = clip()
    before.discard(source)
    item = library.add(source, hostile)
    assert item.video.parent == library.root and item.sidecar.parent == library.root
    assert ".." not in item.video.name
    assert item.metadata.file_name == item.video.name  # the metadata's own name was ignored
    after = files_under(tmp_path) - files_under(library.root) - files_under(library.thumbnail_dir)
    assert after == before

    # A name given as a change is only data: the sidecar stays where it is.
    changed = library.update_sidecar(item, file_name="../../escape.mp4")
    assert changed.sidecar == item.sidecar

    # Forged items pointing outside the root are refused before anything is touched.
    outside = tmp_path / "precious.mp4"
    outside.write_bytes(b"keep me")
    forged = LibraryItem(outside, sidecar_path(outside), item.metadata, 7, 0.0)
    sneaky = LibraryItem(library.root / ".." / "precious.mp4", item.sidecar, item.metadata, 7, 0.0)
    for bad in (forged, sneaky):
        with pytest.raises(LibraryError):
            library.remove(bad, to_trash=False)
        with pytest.raises(LibraryError):
            library.update_sidecar(bad, rating=1)
        with pytest.raises(LibraryError):
            library.adopt(bad)
    assert outside.read_bytes() == b"keep me"
    assert not sidecar_path(outside).exists()

    # A hand-edited sidecar naming a path outside: the missing video is reported inside.
    planted = library.root / f"planted{SIDECAR_SUFFIX}"
    planted.write_text(json.dumps({"task_id": "x", "file_name": "../../../../etc/passwd"}))
    (missing,) = library.scan().missing
    assert missing.video == library.root / "planted.mp4"


def test_scan_does_not_follow_symlinks_out_of_the_root(
    library: Library, clip: Callable[..., Path], tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    clip(dest=elsewhere / "private.mp4")
    (library.root / "link-dir").symlink_to(elsewhere, target_is_directory=True)
    (library.root / "link.mp4").symlink_to(elsewhere / "private.mp4")
    result = library.scan()
    assert result.shown == ()


# --- crash order ----------------------------------------------------------------------


def test_a_temp_sidecar_left_by_a_crash_is_cleaned_once_old(
    library: Library, clip: Callable[..., Path]
) -> None:
    item = library.add(clip(), meta())
    # Killed while writing the temp file: half a sidecar under a hidden temp name.
    stale = library.root / f"{TEMP_PREFIX}0a1b2c3d-next{SIDECAR_SUFFIX}"
    stale.write_text('{"task_id": "task_9", "pro')
    fresh = library.root / f"{TEMP_PREFIX}4e5f6a7b-other{SIDECAR_SUFFIX}"
    fresh.write_text('{"task_id": "task_8"')
    old = time.time() - 3600
    os.utime(stale, (old, old))

    result = library.scan()
    assert result.cleaned == (stale,)
    assert not stale.exists() and fresh.exists()  # an add may still be writing this one
    assert result.corrupt == () and result.missing == () and result.orphans == ()
    assert [i.video for i in result.items] == [item.video]


def test_a_crash_between_sidecar_and_move_is_missing_not_shown_and_add_takes_it_over(
    library: Library, clip: Callable[..., Path]
) -> None:
    source = clip()
    item = library.add(source, meta())
    # The state a kill -9 after step 2 leaves: whole sidecar, video still at its source.
    os.rename(item.video, source)

    result = library.scan()
    assert result.items == () and result.orphans == ()
    assert [m.sidecar for m in result.missing] == [item.sidecar]

    # The downloader retries the same result: same name, not "_2".
    again = library.add(source, meta())
    assert again.video == item.video
    result = library.scan()
    assert [i.video for i in result.items] == [item.video] and result.missing == ()


def test_a_video_without_sidecar_is_an_orphan_and_still_shown(
    library: Library, clip: Callable[..., Path]
) -> None:
    item = library.add(clip(), meta())
    item.sidecar.unlink()  # e.g. the sidecar deleted by hand, or copied without it
    result = library.scan()
    assert result.items == ()
    (orphan,) = result.orphans
    assert orphan.video == item.video and orphan.orphan
    assert result.shown == (orphan,)


def test_item_at_reads_one_video_as_scan_would(library: Library, clip: Callable[..., Path]) -> None:
    item = library.add(clip(), meta(rating=3))
    assert library.item_at(item.video) == item
    (scanned,) = library.scan().shown
    assert library.item_at(item.video) == scanned

    item.sidecar.write_text("{not json", encoding="utf-8")
    orphan = library.item_at(item.video)
    assert orphan.orphan and orphan.video == item.video and orphan.metadata.prompt == ""
    assert orphan.metadata.completed == orphan.mtime and orphan.size == item.size
    assert library.scan().shown == (orphan,)

    item.sidecar.unlink()
    assert library.item_at(item.video) == orphan


def test_item_at_a_sibling_of_the_same_stem_is_an_orphan(library: Library, clip: Callable[..., Path]) -> None:
    item = library.add(clip(), meta())
    sibling = clip(dest=item.video.with_suffix(".mov"))
    assert library.item_at(sibling).orphan
    assert not library.item_at(item.video).orphan
    assert {(i.video, i.orphan) for i in library.scan().shown} == {(item.video, False), (sibling, True)}


def test_item_at_refuses_what_is_not_in_the_library(library: Library, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.mp4"
    outside.write_bytes(b"x")
    with pytest.raises(LibraryError):
        library.item_at(outside)
    with pytest.raises(FileNotFoundError):
        library.item_at(library.root / "gone.mp4")


# Every kind of request the form can make: each mode with each count of images it takes.
_REQUESTS = [
    GenerationRequest("A red fox in snow", Mode.TEXT, 4, "720p", "16:9"),
    GenerationRequest("Lighthouse at dusk", Mode.TEXT, 10, "4k", "9:16"),
    GenerationRequest("Wake up", Mode.FRAME, 6, "1080p", "9:16", image_urls=("https://u.example/a.png",)),
    GenerationRequest("Two cats", Mode.REFERENCE, 8, "720p", image_urls=("https://u.example/a.png",)),
    GenerationRequest(
        "Three friends",
        Mode.REFERENCE,
        6,
        "4k",
        image_urls=tuple(f"https://u.example/{n}.png" for n in "abc"),
    ),
    GenerationRequest("Restyle", Mode.VIDEO, None, "720p", video_urls=("https://v.example/in.mp4",)),
    GenerationRequest(
        "Restyle as frame",
        Mode.VIDEO,
        None,
        "1080p",
        "9:16",
        image_urls=("https://u.example/a.png",),
        video_urls=("https://v.example/in.mp4",),
        generation_type="frame",
    ),
    GenerationRequest(
        "Restyle with three",
        Mode.VIDEO,
        None,
        image_urls=tuple(f"https://u.example/{n}.png" for n in "abc"),
        video_urls=("https://v.example/in.mp4",),
    ),
]


@pytest.mark.parametrize("request_", _REQUESTS, ids=lambda r: f"{r.mode.value}-{len(r.image_urls)}")
def test_to_request_gives_back_the_request_that_made_the_result(request_: GenerationRequest) -> None:
    body = build_body(request_)
    local = tuple(f"/pictures/{n}.png" if n % 2 == 0 else None for n in range(len(request_.image_urls)))
    task = Task(id="task_x", status=TaskStatus.COMPLETED, completed=COMPLETED)
    metadata = ResultMetadata.for_result(
        request_, task, request_body=body, image_paths=[p or "" for p in local]
    )
    # Through the sidecar's JSON, as the library view reads it.
    again, paths = ResultMetadata.from_json(json.dumps(metadata.to_json())).to_request()
    validate(again)
    assert build_body(again) == body
    assert paths == local
    assert (again.mode, again.prompt, again.image_urls, again.video_urls) == (
        request_.mode,
        request_.prompt,
        request_.image_urls,
        request_.video_urls,
    )
    assert again.duration == (None if request_.mode is Mode.VIDEO else request_.duration)


def test_to_request_of_a_sparse_or_hand_edited_sidecar_still_validates() -> None:
    # No body, no paths, an unknown mode: guessed from what is there, defaults for the rest.
    request, paths = ResultMetadata(
        prompt="fox", mode="storyboard", duration=7, image_urls=("https://u.example/a.png",)
    ).to_request()
    validate(request)
    assert request.mode is Mode.REFERENCE and request.duration == 6 and paths == (None,)
    assert request.resolution == "720p" and request.aspect_ratio == "16:9"

    request, paths = ResultMetadata(
        prompt="cut", mode="video", duration=6, video_urls=("https://v/x",)
    ).to_request()
    validate(request)
    assert request.duration is None and paths == ()

    # More paths than images (a hand edit): only as many as there are images.
    request, paths = ResultMetadata(
        prompt="one", mode="frame", image_urls=("https://u.example/a.png",), image_paths=("/a.png", "/b.png")
    ).to_request()
    validate(request)
    assert paths == ("/a.png",)


# File operations after which add's state on disk can change; the audit hook
# kills the process just before the step-th of them.
_STEPS = frozenset({"open", "os.rename", "os.link", "os.remove", "shutil.copyfile"})


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_9_before_any_file_operation_of_add_never_shows_a_video_without_its_sidecar(
    tmp_path: Path, clip: Callable[..., Path]
) -> None:
    """A real SIGKILL at every step boundary of ``add``, then recovery by retrying the add."""
    killed_at = []
    for step in range(1, 100):
        library = Library(tmp_path / f"round-{step}", thumbnail_dir=tmp_path / "thumbs")
        expected = library.name_for(meta())
        source = clip(dest=library.root / "download.mp4.part")
        pid = os.fork()
        if pid == 0:  # the child: add, killed just before its step-th file operation
            seen = 0

            def hook(event: str, args: tuple[object, ...], kill_at: int = step) -> None:
                nonlocal seen
                if event in _STEPS:
                    seen += 1
                    if seen == kill_at:
                        os.kill(os.getpid(), signal.SIGKILL)

            try:
                sys.addaudithook(hook)
                library.add(source, meta(width=64, height=36, video_duration=2.0, has_audio=False))
            except BaseException:
                os._exit(1)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        if not os.WIFSIGNALED(status):
            assert os.WEXITSTATUS(status) == 0
            break
        killed_at.append(step)

        result = library.scan(leftover_age=0)
        assert result.orphans == () and result.corrupt == ()
        assert [i.video for i in result.items] in ([], [expected])
        assert [m.video for m in result.missing] in ([], [expected])
        if not result.items:
            assert source.exists()  # not shown yet, but nothing lost: the download is still there
        # Recovery: the downloader retries with the file it still has.
        if source.exists():
            assert library.add(source, meta()).video == expected
        result = library.scan()
        assert [i.video for i in result.items] == [expected] and result.missing == ()
        assert set(library.root.iterdir()) == {expected, sidecar_path(expected)}
    assert len(killed_at) >= 4  # temp write, sidecar rename, link, unlink at least


# --- scanning ---------------------------------------------------------------------------


def test_scan_notices_hand_added_and_hand_deleted_videos(library: Library, clip: Callable[..., Path]) -> None:
    kept = library.add(clip(), meta("task_keep"))
    gone = library.add(clip(), meta("task_gone", completed=COMPLETED + 60))
    gone.video.unlink()
    sub = library.root / "from the camera"
    sub.mkdir()
    by_hand = clip("yellow", dest=sub / "my own clip.MP4")
    (library.root / ".hidden").mkdir()
    clip(dest=library.root / ".hidden" / "ignored.mp4")
    (library.root / "notes.txt").write_text("not a video")

    result = library.scan()
    assert [i.video for i in result.items] == [kept.video]
    (orphan,) = result.orphans
    assert orphan.video == by_hand and orphan.metadata.file_name == "my own clip.MP4"
    assert orphan.metadata.width is None  # scanning never probes
    assert orphan.metadata.task_id == "" and orphan.metadata.mode_enum is None
    assert [m.sidecar for m in result.missing] == [gone.sidecar]
    assert result.missing[0].metadata.task_id == "task_gone"
    assert result.missing[0].video == gone.video

    probed = library.probe_orphan(orphan)
    assert (probed.metadata.width, probed.metadata.height) == (64, 36)
    adopted = library.adopt(orphan)
    assert not adopted.orphan and adopted.sidecar.exists()
    assert adopted.metadata.video_duration == 2.0

    library.forget(result.missing[0], to_trash=False)
    result = library.scan()
    assert {i.video for i in result.items} == {kept.video, by_hand} and result.missing == ()


def test_a_corrupt_sidecar_is_reported_and_its_video_still_shown(
    library: Library, clip: Callable[..., Path]
) -> None:
    good = library.add(clip(), meta("task_good"))
    broken = library.add(clip(), meta("task_broken"))
    broken.sidecar.write_bytes(b'{"task_id": "task_broken", "prompt": "cut sh')
    (library.root / f"list{SIDECAR_SUFFIX}").write_text("[1, 2, 3]")
    (library.root / f"binary{SIDECAR_SUFFIX}").write_bytes(b"\xff\xfe\x00garbage")

    result = library.scan()
    assert [i.video for i in result.items] == [good.video]
    assert {c.sidecar.name for c in result.corrupt} == {
        broken.sidecar.name,
        f"list{SIDECAR_SUFFIX}",
        f"binary{SIDECAR_SUFFIX}",
    }
    assert all(c.reason for c in result.corrupt)
    assert [o.video for o in result.orphans] == [broken.video]
    # The corrupt file may be the only record of the prompt: never overwritten.
    with pytest.raises(SidecarError):
        library.update_sidecar(result.orphans[0], rating=3)
    with pytest.raises(SidecarError):
        library.adopt(result.orphans[0])
    assert broken.sidecar.read_bytes().endswith(b"cut sh")


def test_abandoned_part_files_are_cleaned_and_live_downloads_kept(library: Library) -> None:
    abandoned = library.root / "20251124-101500_fox_abcd1234.mp4.part"
    live = library.root / "20251124-101600_fox_abcd1235.mp4.part"
    abandoned.write_bytes(b"partial")
    live.write_bytes(b"partial")
    two_days_ago = time.time() - 2 * 86400
    os.utime(abandoned, (two_days_ago, two_days_ago))
    result = library.scan()
    assert result.cleaned == (abandoned,) and live.exists()
    assert result.shown == ()


def test_downloads_wait_hidden_in_incoming_until_added(library: Library, clip: Callable[..., Path]) -> None:
    metadata = meta()
    incoming = library.incoming_path(metadata)
    assert incoming.parent.parent == library.root and incoming.parent.name.startswith(".")
    # What ApiClient.download does: stream into ".part", then rename to the dest it was given.
    part = clip(dest=incoming.with_name(incoming.name + ".part"))
    os.replace(part, incoming)
    abandoned = clip(dest=incoming.with_name("task_old-0.mp4.part"))
    two_days_ago = time.time() - 2 * 86400
    os.utime(abandoned, (two_days_ago, two_days_ago))

    result = library.scan()
    assert result.shown == ()  # a downloaded file is not a result until add()
    assert result.incoming == (incoming,) and result.cleaned == (abandoned,)

    item = library.add(incoming, metadata)
    assert item.video.parent == library.root and not incoming.exists()
    result = library.scan()
    assert [i.video for i in result.items] == [item.video] and result.incoming == ()


def test_the_folder_alone_rebuilds_every_record(library: Library, clip: Callable[..., Path]) -> None:
    added = [
        library.add(clip(), meta("task_one", prompt="one", cost=0.1)),
        library.add(
            clip(), meta("task_two", prompt="two", mode="reference", image_urls=("https://x/a.png",))
        ),
        library.add(clip(), meta("task_two", prompt="two", video_index=1, batch_id="b")),
    ]
    library.update_sidecar(added[0], rating=5, notes="keeper")
    database = {item.video: item.record() for item in library.scan().shown}
    del database  # the database is lost

    rebuilt = Library(library.root, thumbnail_dir=library.thumbnail_dir).rebuild_records()
    by_path = {Path(row["video_path"]): row for row in rebuilt}
    assert set(by_path) == {item.video for item in added}
    for item in added:
        row = by_path[item.video]
        expected = item.metadata.to_json()
        for key in (
            "task_id",
            "prompt",
            "mode",
            "duration",
            "resolution",
            "aspect_ratio",
            "request_body",
            "quoted_cost",
            "cost",
            "credits_cost",
            "created",
            "completed",
            "actual_time",
            "video_index",
            "image_urls",
            "batch_id",
            "width",
            "height",
            "video_duration",
        ):
            assert row[key] == expected[key], key
        assert row["size"] == item.size and row["orphan"] is False
        assert Path(row["sidecar_path"]) == item.sidecar
    assert (by_path[added[0].video]["rating"], by_path[added[0].video]["notes"]) == (5, "keeper")


def test_update_sidecar_keeps_unknown_keys_and_concurrent_changes(
    library: Library, clip: Callable[..., Path]
) -> None:
    item = library.add(clip(), meta())
    raw = json.loads(item.sidecar.read_text())
    raw["written_by_a_newer_version"] = {"keep": True}
    item.sidecar.write_text(json.dumps(raw))

    rated = library.update_sidecar(item, rating=4, favourite=True)
    # `item` is stale now (it predates the rating); a change through it keeps the rating.
    noted = library.update_sidecar(item, notes="use for the trailer")
    on_disk = json.loads(item.sidecar.read_text())
    assert (
        on_disk["rating"] == 4 and on_disk["favourite"] is True and on_disk["notes"] == "use for the trailer"
    )
    assert on_disk["written_by_a_newer_version"] == {"keep": True}
    assert rated.metadata.rating == 4 and noted.metadata.notes == "use for the trailer"
    assert [p.name for p in library.root.iterdir() if p.name.startswith(".")] == []
    with pytest.raises(TypeError):
        library.update_sidecar(item, no_such_field=1)


def test_a_scan_of_two_thousand_sidecars_works(library: Library) -> None:
    for index in range(2000):
        name = f"20251124-{index:06d}_clip_{index:08d}"
        (library.root / f"{name}.mp4").write_bytes(b"\0")  # never probed by a scan
        metadata = meta(f"task_{index}", file_name=f"{name}.mp4", completed=COMPLETED + index)
        (library.root / f"{name}{SIDECAR_SUFFIX}").write_text(json.dumps(metadata.to_json()))
    result = library.scan()
    assert len(result.items) == 2000 and result.orphans == () and result.corrupt == ()
    assert result.items[0].metadata.task_id == "task_1999"  # newest first


# --- removing -----------------------------------------------------------------------------


def test_remove_moves_video_and_sidecar_to_the_xdg_trash(
    library: Library, clip: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    trash = tmp_path / "xdg" / "Trash"
    item = library.add(clip(), meta())
    poster = library.poster(item)
    library.remove(item)

    assert not item.video.exists() and not item.sidecar.exists() and not poster.exists()
    assert (trash / "files" / item.video.name).exists()
    assert (trash / "files" / item.sidecar.name).exists()
    info = (trash / "info" / f"{item.video.name}.trashinfo").read_text()
    lines = info.splitlines()
    assert lines[0] == "[Trash Info]"
    assert unquote(lines[1].removeprefix("Path=")) == str(item.video)
    assert time.strptime(lines[2].removeprefix("DeletionDate="), "%Y-%m-%dT%H:%M:%S")
    assert library.scan().shown == () and library.scan().missing == ()

    # The same names again: the trash gets new names, nothing in it is overwritten.
    again = library.add(clip(), meta())
    assert again.video.name == item.video.name
    library.remove(again)
    stem = again.video.stem
    assert (trash / "files" / f"{stem}.2.mp4").exists()
    assert (trash / "info" / f"{stem}.2.mp4.trashinfo").exists()
    assert len(list((trash / "files").iterdir())) == 4


def test_remove_permanently_only_when_asked(
    library: Library, clip: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    item = library.add(clip(), meta())
    library.remove(item, to_trash=False)
    assert list(library.root.iterdir()) == []
    assert not (tmp_path / "xdg" / "Trash" / "files").exists()


# --- thumbnails ------------------------------------------------------------------------------


def test_poster_is_taken_ten_percent_in_cached_and_remade_when_the_file_changes(
    library: Library, clip: Callable[..., Path], clip_bank: dict[str, Path]
) -> None:
    item = library.add(clip(), meta())
    poster = library.poster(item)
    with Image.open(poster) as image:
        assert image.format == "JPEG" and image.size == (64, 36)
        assert colour_near(centre(image), GREEN)  # not the red first frame
    made = poster.stat().st_mtime_ns
    assert library.poster(item) == poster and poster.stat().st_mtime_ns == made  # cached
    assert thumbnails.cached_poster(item.video, cache_dir=library.thumbnail_dir) == poster

    # The file is replaced under the same name (e.g. re-encoded by the user).
    replacement = item.video.with_name(".replacement.mp4")
    shutil.copyfile(clip_bank["yellow"], replacement)
    os.replace(replacement, item.video)
    assert thumbnails.cached_poster(item.video, cache_dir=library.thumbnail_dir) is None
    fresh = library.poster(item)
    assert fresh != poster and not poster.exists()  # the stale one is dropped
    with Image.open(fresh) as image:
        assert colour_near(centre(image), YELLOW)


def test_poster_of_a_short_clip_is_its_first_frame_and_keeps_the_aspect(
    clip: Callable[..., Path], tmp_path: Path
) -> None:
    short = clip("short", dest=tmp_path / "short.mp4")
    small = thumbnails.poster(short, max_size=32, cache_dir=tmp_path / "thumbs")
    with Image.open(small) as image:
        assert image.size == (32, 18)
        assert colour_near(centre(image), RED)
    # Sizes are cached apart; the default cache is under OMNIDESK_HOME.
    default = thumbnails.poster(short)
    assert default.parent == thumbnails.default_cache_dir() and default != small


def test_posters_are_safe_from_many_threads(clip: Callable[..., Path], tmp_path: Path) -> None:
    video = clip("long", dest=tmp_path / "long.mp4")
    cache = tmp_path / "thumbs"
    results: list[Path] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(thumbnails.poster(video, cache_dir=cache))
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(results)) == 1
    assert [p.name for p in cache.iterdir()] == [results[0].name]  # no temp files left
    with Image.open(results[0]) as image:
        image.load()


def test_a_broken_video_raises_media_error_and_leaves_no_thumbnail(
    clip_bank: dict[str, Path], tmp_path: Path
) -> None:
    truncated = tmp_path / "truncated.mp4"
    data = clip_bank["rgb"].read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    garbage = tmp_path / "garbage.mp4"
    garbage.write_bytes(os.urandom(4096))
    cache = tmp_path / "thumbs"
    for broken in (truncated, garbage, tmp_path / "absent.mp4"):
        with pytest.raises(MediaError):
            thumbnails.poster(broken, cache_dir=cache)
        with pytest.raises(MediaError):
            thumbnails.last_frame(broken)
    assert not cache.exists() or list(cache.iterdir()) == []


@pytest.mark.parametrize("kind", ["rgb", "long", "short"])
def test_last_frame_is_the_true_last_frame(clip: Callable[..., Path], tmp_path: Path, kind: str) -> None:
    video = clip(kind, dest=tmp_path / f"{kind}.mp4")
    image = thumbnails.last_frame(video)
    assert image.size == (64, 36) and colour_near(centre(image), BLUE)
    saved = thumbnails.save_last_frame(video, tmp_path / "frames" / "last.png")
    with Image.open(saved) as png:
        assert png.format == "PNG" and colour_near(centre(png), BLUE)


def test_the_library_imports_no_qt() -> None:
    code = (
        "import sys, omnidesk.engine.library, omnidesk.engine.thumbnails; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'PyQt6', 'PyQt5') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO, check=False).returncode == 0
