"""Reading video files with PyAV: is this a playable video, and what is it.

Used to verify a download before it is shown as a result, and by tests to
check what the simulator rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Imported where used: PyAV costs ~60 ms, and the app must show its window first.
    import av


class MediaError(Exception):
    """The file is not a playable video (unreadable, truncated, no video stream)."""


@dataclass(frozen=True)
class VideoInfo:
    width: int
    height: int
    duration: float
    has_audio: bool
    codec: str


def probe(path: Path, *, decode_check: bool = True) -> VideoInfo:
    """Open the file, read its video stream's size and duration.

    With ``decode_check`` the first and last frames are decoded too: a file
    cut short still has a header, so only decoding proves it plays.
    """
    import av

    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise MediaError(f"{path.name} has no video stream")
            stream = container.streams.video[0]
            duration = _duration_seconds(container, stream)
            info = VideoInfo(
                width=stream.codec_context.width,
                height=stream.codec_context.height,
                duration=duration,
                has_audio=bool(container.streams.audio),
                codec=stream.codec_context.name,
            )
            if decode_check:
                _decode_end_to_end(container, stream, duration)
    except av.error.FFmpegError as exc:
        raise MediaError(f"{path.name} is not a playable video: {exc}") from exc
    except OSError as exc:
        raise MediaError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    return info


def _duration_seconds(container: av.container.InputContainer, stream: av.video.stream.VideoStream) -> float:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        import av

        return container.duration / av.time_base
    raise MediaError("the video does not say how long it is")


# How far before the stated end the last frame may start (covers low frame rates).
_END_TOLERANCE_SECONDS = 1.0


def _decode_end_to_end(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream, duration: float
) -> None:
    """Decode every frame of the video stream; a truncated file fails here."""
    last_time: float | None = None
    for frame in container.decode(stream):
        if frame.time is not None:
            last_time = frame.time
    if last_time is None:
        raise MediaError("the video has no frames")
    start = float(stream.start_time * stream.time_base) if stream.start_time and stream.time_base else 0.0
    if last_time - start + _END_TOLERANCE_SECONDS < duration:
        raise MediaError(f"the video stops at {last_time:.1f} s of {duration:.1f} s: it is incomplete")
