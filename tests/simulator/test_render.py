"""Rendered MP4s, checked with PyAV: exact size, duration, H.264 + AAC, the
first frame in frame mode, and videos made end to end through the server."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
import requests

from omnidesk.api.spec import REFERENCE_VIDEO_DURATION, frame_size
from omnidesk.simulator import ManualClock, render
from omnidesk.simulator.render import ImageInput, RenderSpec, caption_layout, fps_for, render_video
from omnidesk.simulator.state import _short_task_id
from tests.simulator.conftest import TIMEOUT, Api, base_body, image_bytes

DURATION_TOLERANCE = 0.25


def probe(path: Path) -> dict[str, object]:
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        audio = container.streams.audio
        first = next(container.decode(video=0)).to_ndarray(format="rgb24")
        return {
            "width": video.codec_context.width,
            "height": video.codec_context.height,
            "codec": video.codec_context.name,
            "pix_fmt": video.codec_context.pix_fmt,
            "duration": container.duration / av.time_base,
            "audio": [stream.codec_context.name for stream in audio],
            "audio_duration": float(audio[0].duration * audio[0].time_base) if audio else 0.0,
            "first": first,
        }


def decoded_frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]


@pytest.mark.parametrize(
    ("resolution", "aspect", "seconds"),
    [("720p", "16:9", 4), ("720p", "9:16", 6), ("1080p", "9:16", 4), ("4k", "16:9", 4), ("4k", "9:16", 10)],
)
def test_size_duration_and_streams_are_exact(
    tmp_path: Path, resolution: str, aspect: str, seconds: int
) -> None:
    width, height = frame_size(resolution, aspect)
    spec = RenderSpec(
        prompt="a paper boat on a rainy street, macro lens, soft rain sounds",
        width=width,
        height=height,
        seconds=seconds,
        fps=fps_for(resolution, 2),
        caption=f"{resolution} · {aspect} · {seconds} s",
    )
    out = tmp_path / "video.mp4"
    render_video(spec, out)
    info = probe(out)
    assert (info["width"], info["height"]) == (width, height)
    assert info["codec"] == "h264" and info["pix_fmt"] == "yuv420p"
    assert info["duration"] == pytest.approx(seconds, abs=DURATION_TOLERANCE)
    assert info["audio"] == ["aac"]
    assert info["audio_duration"] == pytest.approx(seconds, abs=DURATION_TOLERANCE)
    assert not list(tmp_path.glob("*.part"))


def test_4k_renders_at_a_lower_frame_rate() -> None:
    assert fps_for("4k", 8) == 2 and fps_for("4K", 1) == 1
    assert fps_for("1080p", 8) == 8


def test_frames_move(tmp_path: Path) -> None:
    spec = RenderSpec(prompt="motion", width=1280, height=720, seconds=4, fps=2)
    render_video(spec, tmp_path / "m.mp4")
    frames = decoded_frames(tmp_path / "m.mp4")
    assert len(frames) == 8
    assert np.abs(frames[1].astype(int) - frames[-1].astype(int)).mean() > 0.1


def test_frame_mode_starts_on_the_image(tmp_path: Path) -> None:
    colour = (200, 40, 120)
    spec = RenderSpec(
        prompt="she turns and smiles",
        width=720,
        height=1280,
        seconds=4,
        fps=2,
        mode="frame",
        images=(ImageInput("photo", image_bytes(colour, (400, 300))),),
    )
    render_video(spec, tmp_path / "f.mp4")
    frames = decoded_frames(tmp_path / "f.mp4")
    assert frames[0].reshape(-1, 3).mean(axis=0) == pytest.approx(colour, abs=8)
    # Later frames carry the text panel and the moving ball over the image.
    assert np.abs(frames[-1].astype(int) - frames[0].astype(int)).mean() > 5


def test_images_that_cannot_be_had_become_placeholders(tmp_path: Path) -> None:
    spec = RenderSpec(
        prompt="three friends, one style",
        width=1280,
        height=720,
        seconds=4,
        fps=1,
        mode="reference",
        images=(
            ImageInput("good", image_bytes((10, 200, 10))),
            ImageInput("example.com/…/remote.png", None),
            ImageInput("broken", b"\x89PNG\r\n\x1a\nnot really"),
        ),
        video_label="example.com/…/motion.mp4",
    )
    render_video(spec, tmp_path / "r.mp4")
    info = probe(tmp_path / "r.mp4")
    assert (info["width"], info["height"]) == (1280, 720)


def test_frame_mode_with_an_unusable_image_still_renders(tmp_path: Path) -> None:
    spec = RenderSpec(
        prompt="x", width=1280, height=720, seconds=4, fps=1, mode="frame", images=(ImageInput("gone", None),)
    )
    render_video(spec, tmp_path / "u.mp4")
    assert probe(tmp_path / "u.mp4")["width"] == 1280


def test_cjk_prompts_render(tmp_path: Path) -> None:
    spec = RenderSpec(prompt="夕暮れの灯台 lighthouse 등대 黄昏", width=1280, height=720, seconds=4, fps=1)
    render_video(spec, tmp_path / "c.mp4")
    assert probe(tmp_path / "c.mp4")["duration"] == pytest.approx(4, abs=DURATION_TOLERANCE)


@pytest.mark.parametrize("resolution", ["720p", "1080p", "4k"])
@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_the_parameters_line_fits_the_frame(resolution: str, aspect: str) -> None:
    width, height = frame_size(resolution, aspect)
    task_id = "task_01M88FB00G0289GABJZN7P4YRS"
    # The longest line the simulator writes: on one line, even in portrait.
    caption = f"1080p · 9:16 · 10 s · reference images · {_short_task_id(task_id)}"
    spec = RenderSpec(prompt="p", width=width, height=height, seconds=4, fps=1, caption=caption)
    painter = render._FramePainter(spec)
    assert painter.caption_lines == [caption]
    assert painter.font_small.getlength(caption) <= painter.text_width
    # A longer one (the full id, as before) wraps between its parts instead of overflowing.
    long_caption = f"1080p · 9:16 · 10 s · reference images · {task_id}"
    lines = caption_layout(long_caption, painter.font_small.getlength, painter.text_width)
    assert all(painter.font_small.getlength(line) <= painter.text_width for line in lines)
    if aspect == "16:9":
        assert lines == [long_caption]
    else:
        assert len(lines) == 2 and " · ".join(lines) == long_caption


def test_a_part_too_long_for_a_line_is_broken_anywhere() -> None:
    assert caption_layout("short · " + "x" * 50 + " · end", len, 30) == [
        "short",
        "x" * 30,
        "x" * 20 + " · end",
    ]
    # At most three lines: the last one says it was cut.
    assert caption_layout("a · " + "x" * 200, len, 30)[-1].endswith("…")


# --- end to end through the server ---------------------------------------------------------------


def _download(api: Api, data: dict[str, object], tmp_path: Path) -> Path:
    url = data["result"]["videos"][0]["url"][0]  # type: ignore[index]
    response = requests.get(url, timeout=TIMEOUT)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "video/mp4"
    assert int(response.headers["Content-Length"]) == len(response.content)
    path = tmp_path / "download.mp4"
    path.write_bytes(response.content)
    return path


def test_a_frame_mode_task_starts_on_the_uploaded_image(api: Api, clock: ManualClock, tmp_path: Path) -> None:
    colour = (30, 160, 220)
    upload_url = api.upload(image_bytes(colour, (640, 360), fmt="JPEG"), "blue.jpg").json()["url"]
    body = base_body(generation_type="frame", image_urls=[upload_url], aspect_ratio="9:16")
    data = api.finish(api.submit_ok(body), clock)
    info = probe(_download(api, data, tmp_path))
    assert (info["width"], info["height"]) == (720, 1280)
    assert info["duration"] == pytest.approx(4, abs=DURATION_TOLERANCE)
    assert info["first"].reshape(-1, 3).mean(axis=0) == pytest.approx(colour, abs=10)


def test_a_reference_video_task_lasts_the_reference_length(
    api: Api, clock: ManualClock, tmp_path: Path
) -> None:
    upload_url = api.upload(image_bytes((250, 200, 0))).json()["url"]
    body = base_body(
        duration=None,
        video_urls=["https://cdn.example.com/dance.mp4"],
        generation_type="reference",
        image_urls=[upload_url, "https://cdn.example.com/b.png", upload_url],
    )
    data = api.finish(api.submit_ok(body), clock)
    info = probe(_download(api, data, tmp_path))
    assert (info["width"], info["height"]) == (1280, 720)
    assert info["duration"] == pytest.approx(REFERENCE_VIDEO_DURATION, abs=DURATION_TOLERANCE)
    assert info["audio"] == ["aac"]
