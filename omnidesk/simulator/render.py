"""Renders the simulator's result videos: real H.264 + AAC MP4 files.

A video shows its prompt, its parameters and its input images, plus a moving
ball, a progress bar and a running timecode, so a player visibly plays it. In
frame mode the first frame *is* the input image (scaled and cropped to fill);
in reference mode the 1 or 3 images are laid out as cards. An image the
simulator cannot fetch offline is drawn as a labelled placeholder.

Cheap by design: everything static is drawn once (with Pillow) and converted
to YUV once; each frame is a copy of that plus a few filled rectangles and a
small timecode patch. Frame rates are low (the size, duration and audio length
are exact, which is what the app checks), so even a 10 s 4k video takes well
under a few seconds.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import itertools
import logging
import math
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageOps

log = logging.getLogger(__name__)

AUDIO_RATE = 48_000
AUDIO_FRAME_SAMPLES = 1024
# 4k frames cost ~9x 720p ones to build and encode; render them at a quarter of the rate.
UHD_FPS_DIVISOR = 4

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@dataclass(frozen=True)
class ImageInput:
    """One input image: its bytes (None when it cannot be fetched offline) and a label."""

    label: str
    data: bytes | None = None


@dataclass(frozen=True)
class RenderSpec:
    """What one video shows. ``mode`` is text, frame, reference or video."""

    prompt: str
    width: int
    height: int
    seconds: int
    fps: int
    mode: str = "text"
    caption: str = ""
    images: tuple[ImageInput, ...] = ()
    video_label: str | None = None

    @property
    def frame_count(self) -> int:
        return self.seconds * self.fps


def fps_for(resolution: str, render_fps: int) -> int:
    """The frame rate to render a video of ``resolution`` at."""
    if resolution.lower() == "4k":
        return max(1, render_fps // UHD_FPS_DIVISOR)
    return render_fps


def render_video(spec: RenderSpec, destination: Path) -> None:
    """Write the MP4 for ``spec`` to ``destination`` (atomically: a partial
    file never appears under the final name)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    try:
        _encode(spec, partial)
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)


# --- encoding -------------------------------------------------------------------------------------


def _encode(spec: RenderSpec, path: Path) -> None:
    frames = _FramePainter(spec)
    # faststart puts the index first, so a player can start before the whole file is read.
    with av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"}) as container:
        video = container.add_stream("libx264", rate=spec.fps)
        video.width = spec.width
        video.height = spec.height
        video.pix_fmt = "yuv420p"
        video.codec_context.gop_size = spec.fps  # a keyframe each second keeps seeking cheap
        video.options = {"preset": "ultrafast", "crf": "28"}
        audio = container.add_stream("aac", rate=AUDIO_RATE)
        audio.layout = "mono"

        for index, planes in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(planes, format="yuv420p")
            frame.pts = index
            frame.time_base = Fraction(1, spec.fps)
            container.mux(video.encode(frame))
        container.mux(video.encode(None))

        samples = _soundtrack(spec)
        for start in range(0, samples.size, AUDIO_FRAME_SAMPLES):
            chunk = samples[start : start + AUDIO_FRAME_SAMPLES]
            audio_frame = av.AudioFrame.from_ndarray(chunk[np.newaxis, :], format="fltp", layout="mono")
            audio_frame.sample_rate = AUDIO_RATE
            audio_frame.pts = start
            audio_frame.time_base = Fraction(1, AUDIO_RATE)
            container.mux(audio.encode(audio_frame))
        container.mux(audio.encode(None))


def _soundtrack(spec: RenderSpec) -> np.ndarray:
    """A quiet two-note pad with a tick each second, pitched by the prompt."""
    count = spec.seconds * AUDIO_RATE
    t = np.arange(count, dtype=np.float32) / AUDIO_RATE
    base = 180.0 + _prompt_hash(spec.prompt) % 120
    pad = 0.08 * np.sin(2 * np.pi * base * t) + 0.05 * np.sin(2 * np.pi * base * 1.5 * t)
    since_second = t - np.floor(t)
    tick = 0.12 * np.sin(2 * np.pi * 880.0 * t) * np.exp(-since_second * 40.0)
    return (pad + tick).astype(np.float32)


# --- frames -----------------------------------------------------------------------------------


class _FramePainter:
    """Iterates over the video's frames as yuv420p arrays (height * 3/2 x width)."""

    def __init__(self, spec: RenderSpec) -> None:
        self.spec = spec
        width, height = spec.width, spec.height
        self.unit = min(width, height) / 720.0  # 1 at 720p; every size below scales by it
        self.font_small = _font(round(22 * self.unit))
        self.prompt_font = _MixedFont(round(38 * self.unit), spec.prompt)

        first_image = _load_image(spec.images[0]) if spec.mode == "frame" and spec.images else None
        canvas = self._background(first_image)
        # In frame mode the first frame is exactly the uploaded image, with nothing drawn over it.
        self.first_frame = _to_yuv(canvas) if first_image is not None else None
        self.track_top = _even(height - round(40 * self.unit))
        self.track_height = _even(max(2, round(8 * self.unit)))
        self.ball = _even(max(8, round(36 * self.unit)))
        self.stage_top = _even(self.track_top - self.ball - round(16 * self.unit))
        self._draw_static(canvas)
        self.background = _to_yuv(canvas)
        self.ball_mask_luma, self.ball_mask_chroma = _disc_masks(self.ball)
        self.ball_colour = _yuv(255, 214, 64)
        self.bar_colour = _yuv(90, 200, 255)

    def __iter__(self) -> Iterator[np.ndarray]:
        total = self.spec.frame_count
        for index in range(total):
            if index == 0 and self.first_frame is not None:
                yield self.first_frame
                continue
            planes = self.background.copy()
            fraction = index / max(1, total - 1)
            self._draw_progress(planes, fraction)
            self._draw_ball(planes, index)
            self._draw_timecode(planes, index / self.spec.fps)
            yield planes

    # static layer

    def _background(self, first_image: Image.Image | None) -> Image.Image:
        width, height = self.spec.width, self.spec.height
        if first_image is not None:
            return ImageOps.fit(first_image, (width, height), Image.Resampling.BILINEAR).convert("RGB")
        # A tiny two-colour gradient scaled up is as smooth as a full-size one and far cheaper.
        hue = (_prompt_hash(self.spec.prompt) % 360) / 360.0
        top = _hsv(hue, 0.55, 0.45)
        bottom = _hsv((hue + 0.12) % 1.0, 0.65, 0.18)
        ramp = np.linspace(0.0, 1.0, 32)[:, None, None]
        small = (np.array(top) * (1 - ramp) + np.array(bottom) * ramp).astype(np.uint8)
        small = np.repeat(small, 2, axis=1)
        return Image.fromarray(small, "RGB").resize((width, height), Image.Resampling.BILINEAR)

    def _draw_static(self, canvas: Image.Image) -> None:
        spec, unit = self.spec, self.unit
        width, height = spec.width, spec.height
        margin = round(36 * unit)
        overlay = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        draw.text(
            (margin, margin),
            "OMNI-FLASH-EXT · OMNIDESK SIMULATOR",
            font=self.font_small,
            fill=(255, 255, 255, 200),
        )

        y = margin + round(48 * unit)
        if spec.mode in ("reference", "video"):
            y = self._draw_cards(canvas, draw, y, margin)

        text_top = y
        if spec.mode == "frame":
            # The image fills the frame; text sits on a translucent panel at the bottom instead.
            text_top = round(height * 0.62)
            draw.rectangle((0, text_top - margin // 2, width, height), fill=(0, 0, 0, 140))
        text_bottom = self.stage_top - round(12 * unit)
        line_height = round(48 * unit)
        # The caption wraps between its " · " parts, so it fits a portrait frame too;
        # the prompt gets what room the caption leaves.
        self.text_width = width - 2 * margin
        self.caption_lines = caption_layout(spec.caption, self.font_small.getlength, self.text_width)
        caption_lines = self.caption_lines
        caption_line_height = round(30 * unit)
        caption_height = round(8 * unit) + len(caption_lines) * caption_line_height
        max_lines = max(1, (text_bottom - text_top - caption_height) // line_height)
        lines = _wrap(spec.prompt, self.prompt_font.length, width - 2 * margin, max_lines)
        for number, line in enumerate(lines):
            self.prompt_font.draw(draw, (margin, text_top + number * line_height), line, (255, 255, 255, 255))
        caption_y = text_top + len(lines) * line_height + round(8 * unit)
        for number, line in enumerate(caption_lines):
            draw.text(
                (margin, caption_y + number * caption_line_height),
                line,
                font=self.font_small,
                fill=(255, 230, 150, 255),
            )
        draw.rectangle(
            (0, self.track_top, width, self.track_top + self.track_height), fill=(255, 255, 255, 60)
        )
        canvas.paste(overlay, (0, 0), overlay)

    def _draw_cards(self, canvas: Image.Image, draw: ImageDraw.ImageDraw, top: int, margin: int) -> int:
        """Lay the reference images (and the reference video's placeholder) out in a row."""
        spec, unit = self.spec, self.unit
        cards: list[tuple[str, Image.Image | None]] = [
            (f"reference {n}", _load_image(image)) for n, image in enumerate(spec.images, 1)
        ]
        labels = [image.label for image in spec.images]
        if spec.video_label is not None:
            cards.append(("motion reference video", None))
            labels.append(spec.video_label)
        count = len(cards)
        if not count:
            return top
        gap = round(16 * unit)
        card_width = (spec.width - 2 * margin - gap * (count - 1)) // count
        card_height = min(round(spec.height * 0.32), round(card_width * 1.2))
        for index, ((title, image), label) in enumerate(zip(cards, labels, strict=True)):
            left = margin + index * (card_width + gap)
            box = (left, top, left + card_width, top + card_height)
            if image is not None:
                fitted = ImageOps.contain(image, (card_width, card_height), Image.Resampling.BILINEAR)
                offset_x = left + (card_width - fitted.width) // 2
                offset_y = top + (card_height - fitted.height) // 2
                draw.rectangle(box, fill=(0, 0, 0, 90))
                canvas.paste(fitted, (offset_x, offset_y))
            else:
                _draw_placeholder(draw, box, label, self.font_small)
            draw.text((left, top + card_height + round(6 * unit)), title, font=self.font_small, fill="white")
        return top + card_height + round(48 * unit)

    # moving layer (drawn straight into the YUV planes)

    def _planes(self, planes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return _split_planes(planes, self.spec.width, self.spec.height)

    def _draw_progress(self, planes: np.ndarray, fraction: float) -> None:
        luma, u, v = self._planes(planes)
        right = _even(round(self.spec.width * fraction))
        if right <= 0:
            return
        top, bottom = self.track_top, self.track_top + self.track_height
        y_val, u_val, v_val = self.bar_colour
        luma[top:bottom, :right] = y_val
        u[top // 2 : bottom // 2, : right // 2] = u_val
        v[top // 2 : bottom // 2, : right // 2] = v_val

    def _draw_ball(self, planes: np.ndarray, index: int) -> None:
        """A ball bouncing along the stage strip above the progress bar."""
        luma, u, v = self._planes(planes)
        span = self.spec.width - self.ball
        seconds = index / self.spec.fps
        # A triangle wave: one pass across the frame every ~2.5 seconds.
        phase = (seconds / 2.5) % 2.0
        x = _even(round(span * (phase if phase <= 1 else 2 - phase)))
        bounce = abs(math.sin(seconds * math.pi * 1.6))
        y = _even(self.stage_top - round(bounce * 60 * self.unit))
        y = max(0, y)
        size = self.ball
        y_val, u_val, v_val = self.ball_colour
        luma[y : y + size, x : x + size][self.ball_mask_luma] = y_val
        half_y, half_x, half = y // 2, x // 2, size // 2
        u[half_y : half_y + half, half_x : half_x + half][self.ball_mask_chroma] = u_val
        v[half_y : half_y + half, half_x : half_x + half][self.ball_mask_chroma] = v_val

    def _draw_timecode(self, planes: np.ndarray, seconds: float) -> None:
        text = f"{_clock_text(seconds)} / {_clock_text(self.spec.seconds)}"
        font = self.font_small
        pad = round(10 * self.unit)
        left, top, right, bottom = font.getbbox("00:00.0 / 00:00.0")
        size = (_multiple_of_4(right - left + 2 * pad), _multiple_of_4(bottom - top + 2 * pad))
        patch = Image.new("RGB", size, (16, 16, 20))
        ImageDraw.Draw(patch).text((pad - left, pad - top), text, font=font, fill=(255, 255, 255))
        patch_planes = _to_yuv(patch)
        x = _even(self.spec.width - patch.width - round(24 * self.unit))
        y = _even(round(24 * self.unit))
        _paste_yuv(planes, self.spec.width, self.spec.height, patch_planes, patch.width, patch.height, x, y)


# --- helpers ----------------------------------------------------------------------------------


def _font(size: int) -> Font:
    """Pillow's built-in scalable font (no system fonts needed)."""
    try:
        return ImageFont.load_default(size=max(8, size))
    except (OSError, ValueError, TypeError):
        # Pillow without FreeType has only its small bitmap font; text stays readable, just small.
        return ImageFont.load_default()


def _is_wide(char: str) -> bool:
    return ord(char) >= _FIRST_WIDE_CODEPOINT


class _MixedFont:
    """Pillow's font for Latin text, switching to a CJK-capable system font for runs of
    CJK or Hangul characters (the built-in font draws those as empty boxes). Without
    such a font installed, everything uses the built-in one."""

    def __init__(self, size: int, sample: str) -> None:
        self.latin = _font(size)
        self.wide: Font | None = None
        if any(_is_wide(char) for char in sample):
            for candidate in _WIDE_FONT_CANDIDATES:
                try:
                    self.wide = ImageFont.truetype(candidate, max(8, size))
                    break
                except OSError:
                    continue

    def _runs(self, text: str) -> Iterator[tuple[str, Font]]:
        if self.wide is None:
            yield text, self.latin
            return
        for wide, chars in itertools.groupby(text, key=_is_wide):
            yield "".join(chars), self.wide if wide else self.latin

    def length(self, text: str) -> float:
        return sum(font.getlength(run) for run, font in self._runs(text))

    def draw(self, draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, fill: tuple[int, ...]) -> None:
        if self.wide is None:
            draw.text(xy, text, font=self.latin, fill=fill)
            return
        # Both fonts share one baseline, so mixed runs line up.
        ascent = self.latin.getmetrics()[0] if isinstance(self.latin, ImageFont.FreeTypeFont) else 0
        x, y = float(xy[0]), xy[1] + ascent
        for run, font in self._runs(text):
            draw.text((x, y), run, font=font, fill=fill, anchor="ls")
            x += font.getlength(run)


# Hiragana starts the CJK and Hangul blocks; Latin, Greek and Cyrillic stay below it.
_FIRST_WIDE_CODEPOINT = 0x3040
_WIDE_FONT_CANDIDATES: tuple[str, ...] = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/malgun.ttf",
)


def _load_image(image: ImageInput) -> Image.Image | None:
    if image.data is None:
        return None
    try:
        with Image.open(io.BytesIO(image.data)) as opened:
            opened.draft("RGB", (3840, 3840))  # lets big JPEGs decode at a reduced size
            picture = ImageOps.exif_transpose(opened)
            if picture.mode in ("RGBA", "LA", "P"):
                picture = picture.convert("RGBA")
                flattened = Image.new("RGB", picture.size, (40, 40, 40))
                flattened.paste(picture, (0, 0), picture)
                return flattened
            return picture.convert("RGB")
    except Exception:  # a bad upload must never stop a render
        log.warning("could not decode input image %s; drawing a placeholder", image.label)
        return None


def _draw_placeholder(
    draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], label: str, font: Font
) -> None:
    left, top, right, bottom = box
    draw.rectangle(box, fill=(70, 70, 78, 230), outline=(200, 200, 210, 255), width=2)
    draw.line((left, top, right, bottom), fill=(120, 120, 130, 255), width=2)
    draw.line((left, bottom, right, top), fill=(120, 120, 130, 255), width=2)
    lines = _wrap(f"not available offline: {label}", font.getlength, right - left - 16, 5)
    line_height = font.getbbox("Ag")[3] + 6
    for number, line in enumerate(lines):
        draw.text((left + 8, top + 8 + number * line_height), line, font=font, fill=(255, 255, 255, 255))


CAPTION_SEPARATOR = " · "
CAPTION_MAX_LINES = 3


def caption_layout(caption: str, measure: Callable[[str], float], max_width: int) -> list[str]:
    """The caption's lines: its " · " parts packed greedily into lines at most
    ``max_width`` wide (a part too long for a line alone is broken anywhere)."""
    lines: list[str] = []
    current = ""
    for part in caption.split(CAPTION_SEPARATOR) if caption else []:
        candidate = f"{current}{CAPTION_SEPARATOR}{part}" if current else part
        if measure(candidate) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _wrap(part, measure, max_width, CAPTION_MAX_LINES)
        lines.extend(pieces[:-1])
        current = pieces[-1] if pieces else ""
    if current:
        lines.append(current)
    return _wrap_limit(lines, CAPTION_MAX_LINES)


def _wrap_limit(lines: list[str], max_lines: int) -> list[str]:
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(0, len(lines[-1]) - 1)] + "…"
    return lines


def _wrap(text: str, measure: Callable[[str], float], max_width: int, max_lines: int) -> list[str]:
    """Greedy word wrap by pixel width; words longer than a line (or CJK runs) break anywhere."""
    lines: list[str] = []
    current = ""
    for word in " ".join(text.split()).split(" "):
        candidate = f"{current} {word}".strip()
        if measure(candidate) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if measure(current + char) > max_width and current:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return _wrap_limit(lines, max_lines)


def _to_yuv(image: Image.Image) -> np.ndarray:
    rgb = np.asarray(image.convert("RGB"))
    return av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p").to_ndarray()


def _split_planes(planes: np.ndarray, width: int, height: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Views of the Y, U and V planes of a contiguous yuv420p array (as PyAV lays it out:
    Y rows, then U and V each flattened)."""
    chroma = planes[height:].reshape(-1)
    quarter = (width // 2) * (height // 2)
    u = chroma[:quarter].reshape(height // 2, width // 2)
    v = chroma[quarter : 2 * quarter].reshape(height // 2, width // 2)
    return planes[:height], u, v


def _paste_yuv(
    planes: np.ndarray,
    width: int,
    height: int,
    patch: np.ndarray,
    patch_width: int,
    patch_height: int,
    x: int,
    y: int,
) -> None:
    """Copy a yuv420p patch into a frame at even coordinates (x, y)."""
    target = _split_planes(planes, width, height)
    source = _split_planes(patch, patch_width, patch_height)
    target[0][y : y + patch_height, x : x + patch_width] = source[0]
    for plane in (1, 2):
        target[plane][y // 2 : (y + patch_height) // 2, x // 2 : (x + patch_width) // 2] = source[plane]


def _disc_masks(size: int) -> tuple[np.ndarray, np.ndarray]:
    def disc(diameter: int) -> np.ndarray:
        centre = (diameter - 1) / 2
        yy, xx = np.mgrid[0:diameter, 0:diameter]
        return (xx - centre) ** 2 + (yy - centre) ** 2 <= (diameter / 2) ** 2

    return disc(size), disc(size // 2)


def _yuv(red: int, green: int, blue: int) -> tuple[int, int, int]:
    """BT.601 limited range, as swscale converts rgb24 to yuv420p by default."""
    y = 16 + (65.481 * red + 128.553 * green + 24.966 * blue) / 255
    u = 128 + (-37.797 * red - 74.203 * green + 112.0 * blue) / 255
    v = 128 + (112.0 * red - 93.786 * green - 18.214 * blue) / 255
    return round(y), round(u), round(v)


def _hsv(hue: float, saturation: float, value: float) -> tuple[int, int, int]:
    red, green, blue = colorsys.hsv_to_rgb(hue, saturation, value)
    return round(red * 255), round(green * 255), round(blue * 255)


def _prompt_hash(prompt: str) -> int:
    return int.from_bytes(hashlib.sha256(prompt.encode("utf-8")).digest()[:4], "big")


def _clock_text(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes):02d}:{rest:04.1f}"


def _multiple_of_4(value: float) -> int:
    return math.ceil(value / 4) * 4


def _even(value: int) -> int:
    # yuv420p halves chroma: keep every drawn rectangle on even pixels so planes stay aligned.
    return max(0, int(value) // 2 * 2)


def describe(spec: RenderSpec) -> str:
    """A short description of a spec, for logs."""
    return f"{spec.width}x{spec.height} {spec.seconds}s @{spec.fps}fps {spec.mode}"


__all__: Sequence[str] = ["ImageInput", "RenderSpec", "caption_layout", "describe", "fps_for", "render_video"]
