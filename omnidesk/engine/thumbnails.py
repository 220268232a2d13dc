"""Poster frames and last frames of result videos, decoded with PyAV.

``poster`` makes a small JPEG for the library grid, cached under
``paths.cache_dir() / "thumbnails"`` and keyed by the video's absolute path
and its on-disk state (inode, size, mtime), so a replaced or re-encoded file
gets a new poster and the old one is dropped. ``last_frame`` decodes to the
true last frame, which a later "continue this clip" feature uploads as the
next generation's first frame.

Everything here may run on worker threads at once: files are written under a
unique temporary name and renamed into place, so a reader never sees half a
picture, and a broken video raises ``MediaError`` without leaving anything
behind. No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import threading
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from omnidesk import paths
from omnidesk.media import MediaError

if TYPE_CHECKING:
    # Imported where used: PyAV and Pillow cost ~100 ms, and the app must show its window first.
    import av
    from PIL import Image

THUMBNAIL_DIR_NAME = "thumbnails"
DEFAULT_MAX_SIZE = 320
# Where in the clip the poster is taken: the first frame of a generated clip
# is often a fade-in or the uploaded first-frame image itself.
POSTER_POSITION = 0.10
# Below this length the first frame is as good as any and needs no seek.
SHORT_CLIP_SECONDS = 1.0
# last_frame seeks this far before the stated end, then decodes to the real
# end: stated durations can be off by a frame or two, so never trust them for
# "the last frame", only for where to start looking.
_TAIL_SECONDS = 3.0
_JPEG_QUALITY = 85
_TEMP_PREFIX = ".tmp-"

# A fixed stripe of locks (not one per key, which would grow for ever) so two
# threads asking for the same poster decode it once.
_LOCKS = tuple(threading.Lock() for _ in range(64))


def default_cache_dir() -> Path:
    """The thumbnail cache: ``paths.cache_dir() / "thumbnails"`` (created on demand)."""
    return paths.cache_dir() / THUMBNAIL_DIR_NAME


def poster(video: Path, *, max_size: int = DEFAULT_MAX_SIZE, cache_dir: Path | None = None) -> Path:
    """The cached JPEG poster of ``video``, no larger than ``max_size`` on either side.

    Raises ``MediaError`` when the file cannot be read or decoded.
    """
    if max_size < 1:
        raise ValueError("max_size must be positive")
    video = Path(video).absolute()
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    target = cache / _poster_name(video, _stat(video), max_size)
    if target.exists():
        return target
    with _LOCKS[hash(target.name) % len(_LOCKS)]:
        if target.exists():  # another thread made it while we waited
            return target
        from PIL import Image

        image = _poster_image(video)
        image.thumbnail((max_size, max_size), Image.Resampling.LANCZOS)  # keeps the aspect ratio
        cache.mkdir(parents=True, exist_ok=True)
        _save_atomic(image, target, "JPEG", quality=_JPEG_QUALITY)
        # Only the caller holding the file's current version cleans up: one
        # still decoding an older version must not delete a newer poster.
        with contextlib.suppress(OSError):
            if _poster_name(video, video.stat(), max_size) == target.name:
                _drop_stale_posters(cache, video, keep=target.name)
    return target


def cached_poster(
    video: Path, *, max_size: int = DEFAULT_MAX_SIZE, cache_dir: Path | None = None
) -> Path | None:
    """The poster if it is already cached for the file as it is now, without decoding."""
    video = Path(video).absolute()
    try:
        state = video.stat()
    except OSError:
        return None
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    target = cache / _poster_name(video, state, max_size)
    return target if target.exists() else None


def forget(video: Path, *, cache_dir: Path | None = None) -> None:
    """Delete every cached poster of ``video`` (all sizes, all versions)."""
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if not cache.is_dir():
        return
    for old in cache.glob(f"{_path_key(Path(video).absolute())}-*"):
        with contextlib.suppress(FileNotFoundError):
            old.unlink()


def last_frame(video: Path) -> Image.Image:
    """The video's true last frame as an RGB image (decoded, not guessed from the duration)."""
    import av

    video = Path(video)
    try:
        with av.open(str(video)) as container:
            stream = _video_stream(container, video)
            start, duration = _start_and_duration(container, stream)
            frame = None
            if duration is not None and duration > _TAIL_SECONDS:
                _seek(container, stream, start + duration - _TAIL_SECONDS)
                frame = _last(container.decode(stream))
            if frame is None:
                # Short clip, unknown length, or the seek landed past the end:
                # decode the whole stream from the start.
                container.seek(0)
                frame = _last(container.decode(stream))
            if frame is None:
                raise MediaError(f"{video.name} has no frames")
            return frame.to_image()
    except (av.error.FFmpegError, OSError) as exc:
        raise MediaError(f"cannot decode {video.name}: {exc}") from exc


def save_last_frame(video: Path, dest: Path) -> Path:
    """Write the true last frame of ``video`` to ``dest`` as PNG (lossless, for upload)."""
    image = last_frame(video)
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    _save_atomic(image, dest, "PNG")
    return dest


# --- decoding ------------------------------------------------------------------


def _poster_image(video: Path) -> Image.Image:
    import av

    try:
        with av.open(str(video)) as container:
            stream = _video_stream(container, video)
            stream.thread_type = "AUTO"
            start, duration = _start_and_duration(container, stream)
            frame = None
            if duration is not None and duration >= SHORT_CLIP_SECONDS:
                target = start + duration * POSTER_POSITION
                _seek(container, stream, target)
                frame = _first_at_or_after(container.decode(stream), target)
            if frame is None:
                container.seek(0)
                frame = next(iter(container.decode(stream)), None)
            if frame is None:
                raise MediaError(f"{video.name} has no frames")
            return frame.to_image()
    except (av.error.FFmpegError, OSError) as exc:
        raise MediaError(f"cannot decode {video.name}: {exc}") from exc


def _video_stream(container: av.container.InputContainer, video: Path) -> av.video.stream.VideoStream:
    if not container.streams.video:
        raise MediaError(f"{video.name} has no video stream")
    return container.streams.video[0]


def _start_and_duration(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream
) -> tuple[float, float | None]:
    import av

    base = stream.time_base or Fraction(1, av.time_base)
    start = float(stream.start_time * base) if stream.start_time is not None else 0.0
    if stream.duration is not None and stream.time_base is not None:
        return start, float(stream.duration * stream.time_base)
    if container.duration is not None:
        return start, container.duration / av.time_base
    return start, None


def _seek(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream, seconds: float
) -> None:
    # backward=True lands on the keyframe at or before the time; decoding
    # forward from there reaches the wanted frame.
    import av

    base = stream.time_base or Fraction(1, av.time_base)
    container.seek(max(0, int(seconds / base)), stream=stream, backward=True, any_frame=False)


def _first_at_or_after(frames: Iterator[av.VideoFrame], seconds: float) -> av.VideoFrame | None:
    previous = None
    for frame in frames:
        if frame.time is None or frame.time >= seconds - 1e-6:
            return frame
        previous = frame
    return previous  # the clip ended before the target: its last frame


def _last(frames: Iterator[av.VideoFrame]) -> av.VideoFrame | None:
    last = None
    for frame in frames:
        last = frame
    return last


# --- cache files -----------------------------------------------------------------


def _stat(video: Path) -> os.stat_result:
    try:
        return video.stat()
    except OSError as exc:
        raise MediaError(f"cannot read {video.name}: {exc.strerror or exc}") from exc


def _path_key(video: Path) -> str:
    raw = os.fsencode(str(video))
    return hashlib.sha256(raw).hexdigest()[:20]


def _poster_name(video: Path, state: os.stat_result, max_size: int) -> str:
    # The inode catches a file replaced by rename even when size and mtime match.
    version = f"{state.st_ino}:{state.st_size}:{state.st_mtime_ns}".encode()
    return f"{_path_key(video)}-{hashlib.sha256(version).hexdigest()[:12]}-{max_size}.jpg"


def _drop_stale_posters(cache: Path, video: Path, keep: str) -> None:
    """Delete posters of earlier versions of this file (any size) so the cache does not grow."""
    version = keep.split("-")[1]
    for old in cache.glob(f"{_path_key(video)}-*"):
        if old.name.split("-")[1] != version:
            with contextlib.suppress(FileNotFoundError):
                old.unlink()


def _save_atomic(image: Image.Image, target: Path, image_format: str, **options: int) -> None:
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            image.save(handle, image_format, **options)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
