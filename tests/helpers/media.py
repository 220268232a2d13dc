"""Small real MP4s for tests, encoded with PyAV (H.264, optionally an AAC tone), as the simulator makes them.

``write_test_mp4`` is the one encoder the tests share. Its frames are either
solid colours, one per entry of ``colours`` (posters and last frames are then
checked by pixel colour), or a bar that grows from the left edge to the full
width over the clip (a frame shows how far into the clip it is).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

RGB = tuple[int, int, int]

BAR_COLOUR: RGB = (40, 160, 220)
AUDIO_RATE = 48_000
_AUDIO_CHUNK = 1024
_TONE_HZ = 440


def write_test_mp4(
    path: Path,
    width: int,
    height: int,
    seconds: float | None = None,
    fps: int = 5,
    *,
    colours: Sequence[RGB] | None = None,
    audio: bool = True,
    gop: int | None = None,
) -> Path:
    """Write a ``width`` x ``height`` H.264 MP4 at ``fps`` to ``path`` and return ``path``.

    Give ``colours`` (one solid frame each: the clip lasts ``len(colours) / fps``) or
    ``seconds`` (``seconds * fps`` frames of the growing bar). ``audio`` adds a mono
    440 Hz AAC tone as long as the video; ``gop`` sets the keyframe interval.
    """
    if colours is not None and seconds is None:
        count = len(colours)
    elif seconds is not None and colours is None:
        count = round(seconds * fps)
    else:
        raise ValueError("give either colours or seconds")
    with av.open(str(path), "w", format="mp4") as container:
        video = container.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.options = {"preset": "ultrafast"}
        if gop:
            video.codec_context.gop_size = gop
        sound = container.add_stream("aac", rate=AUDIO_RATE) if audio else None
        if sound is not None:
            sound.layout = "mono"
        for index in range(count):
            if colours is not None:
                rgb = np.full((height, width, 3), colours[index], dtype=np.uint8)
            else:
                rgb = np.zeros((height, width, 3), dtype=np.uint8)
                rgb[:, : (index + 1) * width // count] = BAR_COLOUR
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, fps)
            container.mux(video.encode(frame))
        container.mux(video.encode(None))
        if sound is not None:
            samples = round(count / fps * AUDIO_RATE)
            t = np.arange(samples) / AUDIO_RATE
            tone = (0.2 * np.sin(2 * np.pi * _TONE_HZ * t)).astype(np.float32)
            for start in range(0, tone.size, _AUDIO_CHUNK):
                chunk = av.AudioFrame.from_ndarray(
                    tone[np.newaxis, start : start + _AUDIO_CHUNK], format="fltp", layout="mono"
                )
                chunk.sample_rate, chunk.pts, chunk.time_base = AUDIO_RATE, start, Fraction(1, AUDIO_RATE)
                container.mux(sound.encode(chunk))
            container.mux(sound.encode(None))
    return path
