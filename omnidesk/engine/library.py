"""The local library of result videos: one folder, one JSON sidecar per video.

The folder is the source of truth. Beside each ``<stem>.mp4`` lies
``<stem>.omnidesk.json`` with everything needed to understand and reproduce
the video (prompt, parameters, the exact request body, costs, times, what the
file really is). The engine's database table of results is an index that
``scan()`` / ``rebuild_records()`` can rebuild from the folder alone, so
losing the database loses no result.

Crash order of ``add`` (a kill -9 may land between any two steps):

1. the sidecar is written to a hidden temporary file and fsynced;
2. it is renamed over ``<stem>.omnidesk.json`` (atomic: the name holds either
   nothing or a whole sidecar, never half of one);
3. the video is moved to ``<stem>.mp4`` without overwriting (hard link then
   unlink, or rename): the name appears at once, whole.

So a video under its final name always has its complete sidecar already.
Killed during or after 1: a hidden temp file, which ``scan`` deletes once
old. Killed after 2: a sidecar without its video, which ``scan`` reports in
``missing`` and which the next ``add`` of the same task and video index takes
over (same name, no ``_2``). Killed inside 3 (link made, source not yet
unlinked): the result is complete; the next ``add`` of the same source sees
the two names are one file and only drops the source's name. In every case
the caller's source file is still there until the result is complete, so
retrying ``add`` with it finishes the job.

Everything written stays inside the library root: file names come from
``naming.video_file_name`` (never from metadata or a server) and every path
is resolved and checked against the root before it is touched.

``remove`` sends the video and its sidecar to the system trash (freedesktop
trash on Linux, ``~/.Trash`` on macOS) and deletes permanently only when asked.
No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import re
import secrets
import shutil
import stat
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from omnidesk import APP_NAME, __version__, naming
from omnidesk.api import spec
from omnidesk.api.models import GenerationRequest, Mode, Task
from omnidesk.engine import thumbnails
from omnidesk.media import VideoInfo, probe

SIDECAR_SUFFIX = ".omnidesk.json"
SIDECAR_FORMAT = "omnidesk-result"
SIDECAR_VERSION = 1
VIDEO_EXTENSIONS = frozenset({".mp4", ".m4v", ".mov", ".webm", ".mkv"})
# Every temporary file the library writes starts with this (hidden, so file
# managers and other tools leave it alone; scan deletes it once it is old).
TEMP_PREFIX = ".omnidesk-tmp-"
PART_SUFFIX = ".part"
# A temp file this old cannot belong to an add still in progress (that takes
# milliseconds), so it is a crash's leftover.
LEFTOVER_AGE_SECONDS = 120.0
# A download's .part file is resumed with a Range request, possibly after a
# restart: only one untouched for this long is abandoned.
PART_MAX_AGE_SECONDS = 24 * 3600.0
# A sidecar is a few kilobytes; anything this big is not one of ours.
_SIDECAR_MAX_BYTES = 4 * 1024 * 1024
_MAX_NAME_ATTEMPTS = 10_000
# Downloads land here (hidden, inside the root so on the same filesystem) and
# are moved into the library by ``add`` once verified.
INCOMING_DIR = ".incoming"


class LibraryError(Exception):
    """A library operation was refused or failed (path outside the root, name exhausted...)."""


class SidecarError(LibraryError):
    """A sidecar cannot be read: not JSON, not an object, unreadable file."""


class TrashError(LibraryError):
    """The file could not be moved to the trash (nothing was deleted)."""


# --- metadata ----------------------------------------------------------------------


@dataclass(frozen=True)
class ResultMetadata:
    """Everything about one result video, as stored in its sidecar.

    Every field has a default so older and newer sidecars load; keys this
    version does not know are kept in ``extra`` and written back unchanged.
    ``request_body`` and ``extra`` are plain dicts: treat them as read-only.
    ``rating``, ``notes``, ``favourite`` and ``archived`` are the user's own fields.
    """

    task_id: str = ""
    prompt: str = ""
    mode: str = Mode.TEXT.value
    duration: int | None = None
    resolution: str | None = None
    aspect_ratio: str | None = None
    generation_type: str | None = None
    image_urls: tuple[str, ...] = ()
    image_paths: tuple[str, ...] = ()
    video_urls: tuple[str, ...] = ()
    request_body: Mapping[str, Any] = field(default_factory=dict, hash=False)
    # Which of the task's videos this is (0 = first; names get "-2" for 1).
    video_index: int = 0
    quoted_cost: float | None = None
    cost: float | None = None
    credits_cost: float | None = None
    created: float | None = None
    completed: float | None = None
    actual_time: float | None = None
    width: int | None = None
    height: int | None = None
    video_duration: float | None = None
    has_audio: bool | None = None
    file_name: str = ""
    parent_task_id: str | None = None
    batch_id: str | None = None
    rating: int | None = None
    notes: str = ""
    favourite: bool = False
    archived: bool = False  # set aside (a comparison's losers): hidden from the grid unless asked for
    app_name: str = APP_NAME
    app_version: str = __version__
    format_version: int = SIDECAR_VERSION
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def mode_enum(self) -> Mode | None:
        """The mode as a ``Mode``, or None for a mode this version does not know."""
        try:
            return Mode(self.mode)
        except ValueError:
            return None

    @classmethod
    def for_result(
        cls,
        request: GenerationRequest,
        task: Task,
        *,
        request_body: Mapping[str, Any],
        video_index: int = 0,
        quoted_cost: float | None = None,
        image_paths: Sequence[Path | str] = (),
        info: VideoInfo | None = None,
        parent_task_id: str | None = None,
        batch_id: str | None = None,
    ) -> ResultMetadata:
        """The metadata of one video of a completed task, from what the engine holds."""
        body = dict(request_body)
        return cls(
            task_id=task.id,
            prompt=str(body.get("prompt", request.prompt)),
            mode=request.mode.value,
            duration=_opt_int(body.get("duration", None if request.mode is Mode.VIDEO else request.duration)),
            resolution=_opt_str(body.get("resolution", request.resolution)),
            aspect_ratio=_opt_str(body.get("aspect_ratio", request.aspect_ratio)),
            generation_type=_opt_str(body.get("generation_type", request.generation_type)),
            image_urls=tuple(request.image_urls),
            image_paths=tuple(str(p) for p in image_paths),
            video_urls=tuple(request.video_urls),
            request_body=body,
            video_index=video_index,
            quoted_cost=quoted_cost,
            cost=task.cost,
            credits_cost=task.credits_cost,
            created=task.created,
            completed=task.completed,
            actual_time=task.actual_time,
            width=info.width if info else None,
            height=info.height if info else None,
            video_duration=info.duration if info else None,
            has_audio=info.has_audio if info else None,
            parent_task_id=parent_task_id,
            batch_id=batch_id,
        )

    def to_request(self) -> tuple[GenerationRequest, tuple[str | None, ...]]:
        """The request that made this result, and its local image files position by position.

        For "use these settings": the form refills from it. Values come from
        the exact body sent where the sidecar has it (the request as the API
        saw it), else from the sidecar's own fields; a value missing from a
        hand-edited sidecar takes the form's default. Reference video mode has
        no duration (None). The paths tuple is as long as ``image_urls``, None
        where the image was given as a URL (or the sidecar does not say).
        """
        body = self.request_body
        mode = self.mode_enum or _mode_from(self, body)
        prompt = _body_str(body, "prompt") or self.prompt
        resolution = (_body_str(body, "resolution") or self.resolution or spec.DEFAULT_RESOLUTION).lower()
        aspect = _body_str(body, "aspect_ratio") or self.aspect_ratio or spec.DEFAULT_ASPECT_RATIO
        image_urls = _body_strings(body, "image_urls") or self.image_urls
        video_urls = _body_strings(body, "video_urls") or self.video_urls
        duration: int | None = None
        generation_type: str | None = None
        if mode is Mode.VIDEO:
            # Only video mode sends generation_type as a choice; the others derive it.
            generation_type = _body_str(body, "generation_type") or self.generation_type
        else:
            body_duration = body.get("duration")
            duration = body_duration if isinstance(body_duration, int) else self.duration
            if duration not in spec.DURATIONS:
                duration = spec.DEFAULT_DURATION
        request = GenerationRequest(
            prompt=prompt,
            mode=mode,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect,
            image_urls=tuple(image_urls),
            video_urls=tuple(video_urls),
            generation_type=generation_type,
        )
        paths = tuple(path or None for path in self.image_paths[: len(image_urls)])
        return request, paths + (None,) * (len(image_urls) - len(paths))

    def with_probe(self, info: VideoInfo) -> ResultMetadata:
        """A copy with what probing the file found."""
        return replace(
            self, width=info.width, height=info.height, video_duration=info.duration, has_audio=info.has_audio
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: known keys first (readable), then preserved unknown keys."""
        # What the file is and who wrote it come first, for a person opening it.
        data: dict[str, Any] = {
            "format": SIDECAR_FORMAT,
            "format_version": self.format_version,
            "app_name": self.app_name,
            "app_version": self.app_version,
        }
        for f in fields(self):
            if f.name == "extra" or f.name in data:
                continue
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                value = list(value)
            elif f.name == "request_body":
                value = dict(value)
            data[f.name] = value
            if f.name in ("created", "completed"):
                data[f"{f.name}_iso"] = _iso(value)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | str | bytes) -> ResultMetadata:
        """Read a sidecar's object tolerantly: missing keys take defaults, bad values are dropped.

        Raises ``SidecarError`` only when the input is not a JSON object at all.
        """
        if isinstance(data, str | bytes):
            try:
                data = json.loads(data)
            except (ValueError, UnicodeDecodeError) as exc:
                raise SidecarError(f"not JSON: {exc}") from exc
        if not isinstance(data, Mapping):
            raise SidecarError("a sidecar must be a JSON object")
        values: dict[str, Any] = {}
        for name, convert in _CONVERTERS.items():
            if name in data:
                # try/except, not contextlib.suppress: this runs ~30 times per sidecar, and a
                # scan reads thousands of sidecars.
                try:  # noqa: SIM105
                    values[name] = convert(data[name])
                except _Invalid:
                    pass
        # A hand-written sidecar may carry only the ISO form of a time.
        for name in ("created", "completed"):
            if name not in values:
                values[name] = _from_iso(data.get(f"{name}_iso"))
        derived = {"format", "created_iso", "completed_iso"}
        values["extra"] = {k: v for k, v in data.items() if k not in _CONVERTERS and k not in derived}
        return cls(**values)


class _Invalid(Exception):
    pass


def _body_str(body: Mapping[str, Any], key: str) -> str | None:
    value = body.get(key)
    return value if isinstance(value, str) and value else None


def _body_strings(body: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = body.get(key)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return ()
    return tuple(value)


def _mode_from(metadata: ResultMetadata, body: Mapping[str, Any]) -> Mode:
    """The mode of a sidecar that does not name a known one, guessed from what was sent."""
    if _body_strings(body, "video_urls") or metadata.video_urls:
        return Mode.VIDEO
    kind = _body_str(body, "generation_type") or metadata.generation_type
    if kind == "frame":
        return Mode.FRAME
    if kind == "reference" or _body_strings(body, "image_urls") or metadata.image_urls:
        return Mode.REFERENCE
    return Mode.TEXT


def _opt_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise _Invalid


def _opt_int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise _Invalid
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise _Invalid


def _int(value: Any) -> int:
    result = _opt_int(value)
    if result is None:
        raise _Invalid
    return result


def _opt_float(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise _Invalid
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise _Invalid from None
    # JSON cannot hold NaN or infinity; a sidecar must stay valid JSON.
    if not math.isfinite(result):
        raise _Invalid
    return result


def _opt_bool(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _Invalid


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _Invalid


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise _Invalid
    return tuple(_str(item) for item in value)


def _mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise _Invalid
    return dict(value)


_CONVERTERS: dict[str, Any] = {
    "task_id": _str,
    "prompt": _str,
    "mode": _str,
    "duration": _opt_int,
    "resolution": _opt_str,
    "aspect_ratio": _opt_str,
    "generation_type": _opt_str,
    "image_urls": _strings,
    "image_paths": _strings,
    "video_urls": _strings,
    "request_body": _mapping,
    "video_index": _int,
    "quoted_cost": _opt_float,
    "cost": _opt_float,
    "credits_cost": _opt_float,
    "created": _opt_float,
    "completed": _opt_float,
    "actual_time": _opt_float,
    "width": _opt_int,
    "height": _opt_int,
    "video_duration": _opt_float,
    "has_audio": _opt_bool,
    "file_name": _str,
    "parent_task_id": _opt_str,
    "batch_id": _opt_str,
    "rating": _opt_int,
    "notes": _str,
    "favourite": _bool,
    "archived": _bool,
    "app_name": _str,
    "app_version": _str,
    "format_version": _int,
}


def _iso(seconds: float | None) -> str | None:
    if seconds is None:
        return None
    try:
        return datetime.fromtimestamp(seconds).astimezone().isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return None


def _from_iso(text: Any) -> float | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return None


# --- items and scans --------------------------------------------------------------------


@dataclass(frozen=True)
class LibraryItem:
    """One video in the library.

    ``orphan`` is True for a video with no readable sidecar (added by hand, or
    its sidecar is corrupt): its metadata is only what the folder tells
    (file name, mtime); ``Library.probe_orphan`` fills in the rest.
    """

    video: Path
    sidecar: Path
    metadata: ResultMetadata
    size: int
    mtime: float
    orphan: bool = False

    @property
    def task_id(self) -> str:
        return self.metadata.task_id

    def record(self) -> dict[str, Any]:
        """A flat row for the engine's results table: the sidecar's fields plus where the file is."""
        row = self.metadata.to_json()
        row.pop("format", None)
        row.update(
            video_path=str(self.video),
            sidecar_path=str(self.sidecar),
            size=self.size,
            mtime=self.mtime,
            orphan=self.orphan,
        )
        return row


@dataclass(frozen=True)
class MissingVideo:
    """A sidecar whose video is gone (deleted or moved by hand, or an add cut short)."""

    sidecar: Path
    video: Path
    metadata: ResultMetadata


@dataclass(frozen=True)
class CorruptSidecar:
    """A sidecar that could not be read; its video (if any) is listed as an orphan."""

    sidecar: Path
    reason: str


@dataclass(frozen=True)
class ScanResult:
    """What one walk of the library folder found, newest first within each list."""

    items: tuple[LibraryItem, ...] = ()
    orphans: tuple[LibraryItem, ...] = ()
    missing: tuple[MissingVideo, ...] = ()
    corrupt: tuple[CorruptSidecar, ...] = ()
    cleaned: tuple[Path, ...] = ()
    # Complete downloads in the incoming folder that were never added (the
    # app stopped in between): the engine retries ``add`` for them.
    incoming: tuple[Path, ...] = ()

    @property
    def shown(self) -> tuple[LibraryItem, ...]:
        """Everything the library view lists: results and orphans, newest first."""
        return tuple(sorted((*self.items, *self.orphans), key=_newest_first))


def _newest_first(item: LibraryItem) -> tuple[float, str]:
    when = item.metadata.completed if item.metadata.completed is not None else item.mtime
    return (-when, item.video.name)


def sidecar_path(video: Path) -> Path:
    """``<dir>/<stem>.omnidesk.json`` for ``<dir>/<stem>.<ext>``."""
    return video.with_name(video.stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> ResultMetadata:
    """Load one sidecar; raises ``SidecarError`` (also for an unreadable file)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_SIDECAR_MAX_BYTES + 1)
    except OSError as exc:
        raise SidecarError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if len(raw) > _SIDECAR_MAX_BYTES:
        raise SidecarError(f"{path.name} is too large to be a sidecar")
    return ResultMetadata.from_json(raw)


# --- the library ---------------------------------------------------------------------


class Library:
    """The result videos in one folder (the one in the settings unless given).

    One ``Library`` per folder per process: a lock serialises its own writes
    between threads; a second process writing the same folder is not guarded
    against beyond never overwriting a video.
    """

    def __init__(self, root: Path | None = None, thumbnail_dir: Path | None = None) -> None:
        if root is None:
            from omnidesk import settings

            root = settings.load().library_root()
        root = Path(root).expanduser()
        root.mkdir(parents=True, exist_ok=True)
        self._root = root.resolve()
        self._thumbnail_dir = (
            Path(thumbnail_dir) if thumbnail_dir is not None else thumbnails.default_cache_dir()
        )
        self._lock = threading.RLock()

    @property
    def root(self) -> Path:
        return self._root

    @property
    def thumbnail_dir(self) -> Path:
        return self._thumbnail_dir

    # -- adding -------------------------------------------------------------------

    def incoming_path(self, metadata: ResultMetadata) -> Path:
        """Where to download this result before ``add`` (``ApiClient.download``'s ``dest``).

        Hidden and inside the root: the download's own rename cannot make it
        look like a result, and ``add`` then moves it within one filesystem.
        """
        safe_id = re.sub(r"[^A-Za-z0-9]", "", metadata.task_id)[-40:] or "local"
        folder = self._root / INCOMING_DIR
        folder.mkdir(exist_ok=True)
        return self._inside(folder / f"{safe_id}-{max(0, metadata.video_index)}.mp4")

    def name_for(self, metadata: ResultMetadata) -> Path:
        """The path ``add`` would give this result now (the first free name).

        Stable only if ``metadata.completed`` is set (the name carries that time).
        """
        with self._lock:
            return self._free_name(self._with_completion(metadata))

    def add(self, source: Path, metadata: ResultMetadata) -> LibraryItem:
        """Move a verified downloaded file into the library under a new unique name.

        ``source`` is best ``incoming_path(metadata)``; any file on the same
        filesystem works (another is copied, then deleted), but never a
        visible video in the library folder: it must not look like a result
        before its sidecar exists. Missing probe fields are filled by probing
        ``source``. Retrying with the same source after a crash is safe.
        """
        source = Path(source)
        if not source.is_file():
            raise LibraryError(f"{source} is not a file")
        metadata = self._with_completion(metadata)
        if metadata.width is None or metadata.video_duration is None:
            metadata = metadata.with_probe(probe(source, decode_check=False))
        _fsync_file(source)  # the bytes are on disk before any name points at them
        with self._lock:
            finished = self._finished_earlier(source, metadata)
            if finished is not None:
                # Killed between link and unlink last time: the result is
                # complete; only the source's second name is left to drop.
                source.unlink()
                return finished
            for _ in range(_MAX_NAME_ATTEMPTS):
                video = self._free_name(metadata)
                sidecar = sidecar_path(video)
                final = replace(metadata, file_name=video.name)
                _write_json_atomic(sidecar, final.to_json())
                try:
                    _move_no_overwrite(source, video)
                except FileExistsError:
                    # Another process took the name between our check and the
                    # move: give our sidecar up and try the next name.
                    _unlink_quietly(sidecar)
                    continue
                except BaseException:
                    # The video is not in place; a sidecar alone would read as
                    # "deleted by hand".
                    _unlink_quietly(sidecar)
                    raise
                _fsync_dir(video.parent)
                return self._item(video, sidecar, final)
        raise LibraryError("no free file name for this result")

    def find(self, metadata: ResultMetadata) -> LibraryItem | None:
        """The result already added for this task and video index, if any.

        Looks only where ``add`` would have put it (``metadata.completed`` must
        be set), so it is cheap enough to call before every download: a crash
        after ``add`` but before the engine recorded it must not download twice.
        """
        if metadata.completed is None or not metadata.task_id:
            return None
        for video in self._candidates(metadata):
            if not os.path.lexists(video):
                return None
            try:
                found = read_sidecar(sidecar_path(video))
            except SidecarError:
                continue
            if found.task_id == metadata.task_id and found.video_index == metadata.video_index:
                return self._item(video, sidecar_path(video), found)
        return None

    def _with_completion(self, metadata: ResultMetadata) -> ResultMetadata:
        return metadata if metadata.completed is not None else replace(metadata, completed=time.time())

    def _free_name(self, metadata: ResultMetadata) -> Path:
        for video in self._candidates(metadata):
            sidecar = sidecar_path(video)
            if os.path.lexists(video):
                continue
            if not os.path.lexists(sidecar) or self._is_interrupted_add(sidecar, video, metadata):
                return video
        raise LibraryError("no free file name for this result")

    def _candidates(self, metadata: ResultMetadata) -> Iterator[Path]:
        name = naming.video_file_name(
            metadata.prompt, metadata.task_id or "local", max(0, metadata.video_index), metadata.completed
        )
        stem, suffix = os.path.splitext(name)
        for counter in range(1, _MAX_NAME_ATTEMPTS + 1):
            # "_2", not "-2": "-2" already means the task's second video.
            candidate = name if counter == 1 else f"{stem}_{counter}{suffix}"
            yield self._inside(self._root / candidate)

    def _finished_earlier(self, source: Path, metadata: ResultMetadata) -> LibraryItem | None:
        """The item an earlier, interrupted add of this very file already put in place."""
        if not metadata.task_id:
            return None
        for video in self._candidates(metadata):
            if not os.path.lexists(video):
                return None  # the names taken so far end here
            try:
                if not os.path.samefile(source, video):
                    continue
                existing = read_sidecar(sidecar_path(video))
            except (OSError, SidecarError):
                continue
            if existing.task_id == metadata.task_id and existing.video_index == metadata.video_index:
                return self._item(video, sidecar_path(video), existing)
        return None

    def _is_interrupted_add(self, sidecar: Path, video: Path, metadata: ResultMetadata) -> bool:
        """A sidecar for this very task and video whose move never happened: take it over."""
        try:
            existing = read_sidecar(sidecar)
        except SidecarError:
            return False
        return (
            bool(metadata.task_id)
            and existing.task_id == metadata.task_id
            and existing.video_index == metadata.video_index
            and existing.file_name == video.name
        )

    # -- reading ---------------------------------------------------------------------

    def scan(
        self,
        *,
        leftover_age: float = LEFTOVER_AGE_SECONDS,
        part_age: float = PART_MAX_AGE_SECONDS,
    ) -> ScanResult:
        """Walk the folder (sub-folders too, hidden ones skipped); never probes a video.

        Cleans temp files older than ``leftover_age`` and ``.part`` files
        older than ``part_age`` seconds; lists complete files left in the
        incoming folder (never deleted). Symbolic links are ignored, so the
        walk never leaves the root.
        """
        now = time.time()
        items: list[LibraryItem] = []
        orphans: list[LibraryItem] = []
        missing: list[MissingVideo] = []
        corrupt: list[CorruptSidecar] = []
        cleaned: list[Path] = []
        incoming = self._scan_incoming(now, part_age, cleaned)
        pending = [self._root]
        while pending:
            folder = pending.pop()
            videos: dict[str, list[os.DirEntry[str]]] = {}
            sidecars: dict[str, os.DirEntry[str]] = {}
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue  # unreadable sub-folder: nothing to list from it
            for entry in entries:
                name = entry.name
                try:
                    if entry.is_symlink():
                        continue
                    if entry.is_dir():
                        if not name.startswith("."):
                            pending.append(Path(entry.path))
                        continue
                    if not entry.is_file():
                        continue
                    if name.startswith(TEMP_PREFIX) or name.endswith(PART_SUFFIX):
                        age = leftover_age if name.startswith(TEMP_PREFIX) else part_age
                        if now - entry.stat().st_mtime >= age:
                            os.unlink(entry.path)
                            cleaned.append(Path(entry.path))
                        continue
                except OSError:
                    continue  # vanished or unreadable while we looked
                if name.startswith("."):
                    continue
                if name.endswith(SIDECAR_SUFFIX):
                    sidecars[name[: -len(SIDECAR_SUFFIX)]] = entry
                elif os.path.splitext(name)[1].lower() in VIDEO_EXTENSIONS:
                    videos.setdefault(os.path.splitext(name)[0], []).append(entry)
            self._pair(videos, sidecars, items, orphans, missing, corrupt)
        return ScanResult(
            items=tuple(sorted(items, key=_newest_first)),
            orphans=tuple(sorted(orphans, key=_newest_first)),
            missing=tuple(sorted(missing, key=lambda m: m.sidecar.name)),
            corrupt=tuple(sorted(corrupt, key=lambda c: c.sidecar.name)),
            cleaned=tuple(cleaned),
            incoming=tuple(incoming),
        )

    def _scan_incoming(self, now: float, part_age: float, cleaned: list[Path]) -> list[Path]:
        """Abandoned ``.part`` files there are deleted; complete files are kept and listed."""
        found: list[Path] = []
        try:
            entries = list(os.scandir(self._root / INCOMING_DIR))
        except OSError:
            return found
        for entry in sorted(entries, key=lambda e: e.name):
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                if entry.name.endswith(PART_SUFFIX) or entry.name.startswith(TEMP_PREFIX):
                    if now - entry.stat().st_mtime >= part_age:
                        os.unlink(entry.path)
                        cleaned.append(Path(entry.path))
                else:
                    # Never deleted: it may be the only copy once the link has expired.
                    found.append(Path(entry.path))
            except OSError:
                continue
        return found

    def _pair(
        self,
        videos: dict[str, list[os.DirEntry[str]]],
        sidecars: dict[str, os.DirEntry[str]],
        items: list[LibraryItem],
        orphans: list[LibraryItem],
        missing: list[MissingVideo],
        corrupt: list[CorruptSidecar],
    ) -> None:
        for stem, entry in sidecars.items():
            sidecar = Path(entry.path)
            try:
                metadata = read_sidecar(sidecar)
            except SidecarError as exc:
                corrupt.append(CorruptSidecar(sidecar, str(exc)))
                continue  # its video, if any, stays in `videos` and shows as an orphan
            candidates = videos.get(stem, [])
            chosen = _choose_video(candidates, metadata.file_name)
            if chosen is None:
                missing.append(MissingVideo(sidecar, _expected_video(sidecar, stem, metadata), metadata))
                continue
            candidates.remove(chosen)
            item = _item_from_entry(chosen, sidecar, metadata)
            if item is not None:
                items.append(item)
        for entries in videos.values():
            for entry in entries:
                video = Path(entry.path)
                try:
                    mtime = entry.stat().st_mtime
                except OSError:
                    continue
                # Nothing is known of how it was made: no mode, no task.
                metadata = ResultMetadata(mode="", file_name=video.name, completed=mtime)
                orphan = _item_from_entry(entry, sidecar_path(video), metadata, orphan=True)
                if orphan is not None:
                    orphans.append(orphan)

    def rebuild_records(self) -> list[dict[str, Any]]:
        """Rows for the engine's results table, rebuilt from the folder alone (results and orphans)."""
        return [item.record() for item in self.scan().shown]

    def item_at(self, video: Path) -> LibraryItem:
        """The item for one video file of the library, as ``scan`` would list it.

        Reads its sidecar; without a readable one (none, corrupt, or one that
        names another file of the same stem) the video is an orphan. For adding
        a freshly downloaded result to a view without a full scan. Raises
        ``LibraryError`` for a path outside the root and ``OSError`` when the
        file is not there.
        """
        video = self._inside(video)
        state = video.stat()
        if not stat.S_ISREG(state.st_mode):
            raise LibraryError(f"{video.name} is not a file")
        sidecar = sidecar_path(video)
        try:
            metadata = read_sidecar(sidecar)
        except SidecarError:
            metadata = None
        # A sidecar naming another file of this stem belongs to that file if it
        # exists (scan pairs them the same way); this one is then an orphan.
        if (
            metadata is not None
            and metadata.file_name
            and metadata.file_name != video.name
            and os.path.lexists(_expected_video(sidecar, video.stem, metadata))
        ):
            metadata = None
        if metadata is None:
            orphan = ResultMetadata(mode="", file_name=video.name, completed=state.st_mtime)
            return LibraryItem(video, sidecar, orphan, state.st_size, state.st_mtime, orphan=True)
        return LibraryItem(video, sidecar, metadata, state.st_size, state.st_mtime)

    def probe_orphan(self, item: LibraryItem) -> LibraryItem:
        """The orphan with what probing its file finds (size, duration, audio). Raises MediaError."""
        video = self._inside(item.video)
        return replace(item, metadata=item.metadata.with_probe(probe(video, decode_check=False)))

    def adopt(self, item: LibraryItem) -> LibraryItem:
        """Give a hand-added video a sidecar (probed), so it becomes a full result.

        Refuses (``SidecarError``) when a sidecar exists, even a corrupt one:
        that file may be the only record of the prompt and is left for the user.
        """
        video = self._inside(item.video)
        sidecar = self._inside(sidecar_path(video))
        with self._lock:
            if os.path.lexists(sidecar):
                raise SidecarError(f"{sidecar.name} already exists")
            metadata = replace(item.metadata, file_name=video.name).with_probe(
                probe(video, decode_check=False)
            )
            _write_json_atomic(sidecar, metadata.to_json())
            return self._item(video, sidecar, metadata)

    # -- changing ----------------------------------------------------------------------

    def update_sidecar(self, item: LibraryItem, **changes: Any) -> LibraryItem:
        """Rewrite the item's sidecar atomically with ``changes`` (field names of ResultMetadata).

        Starts from the sidecar as it is on disk, so a concurrent change to
        another field is not lost; unknown keys are kept.
        """
        video = self._inside(item.video)
        sidecar = self._inside(sidecar_path(video))
        with self._lock:
            try:
                current = read_sidecar(sidecar)
            except SidecarError:
                if os.path.lexists(sidecar):
                    raise  # corrupt: do not overwrite what may be the only record
                if item.orphan:
                    current = item.metadata
                else:
                    raise
            updated = replace(current, **changes)
            _write_json_atomic(sidecar, updated.to_json())
            return self._item(video, sidecar, updated)

    def remove(self, item: LibraryItem, to_trash: bool = True) -> None:
        """Delete a result: video, sidecar and posters.

        The video goes first: if interrupted, a sidecar without its video is
        left (listed as missing), never a video without its sidecar.
        With ``to_trash`` nothing is deleted when the trash is unavailable
        (``TrashError``); the caller may ask and call again with ``to_trash=False``.
        """
        video = self._inside(item.video)
        sidecar = self._inside(sidecar_path(video))
        with self._lock:
            for path in (video, sidecar):
                if not os.path.lexists(path):
                    continue
                if to_trash:
                    move_to_trash(path)
                else:
                    path.unlink()
            thumbnails.forget(video, cache_dir=self._thumbnail_dir)

    def forget(self, missing: MissingVideo, to_trash: bool = True) -> None:
        """Drop the sidecar of a video that is gone (after the engine has noted it)."""
        sidecar = self._inside(missing.sidecar)
        with self._lock:
            if os.path.lexists(sidecar):
                if to_trash:
                    move_to_trash(sidecar)
                else:
                    sidecar.unlink()
            thumbnails.forget(missing.video, cache_dir=self._thumbnail_dir)

    def poster(self, item: LibraryItem, max_size: int = thumbnails.DEFAULT_MAX_SIZE) -> Path:
        """The item's cached poster frame (see ``thumbnails.poster``)."""
        return thumbnails.poster(self._inside(item.video), max_size=max_size, cache_dir=self._thumbnail_dir)

    # -- helpers ------------------------------------------------------------------------

    def _inside(self, path: Path) -> Path:
        """The resolved path, refused unless it lies inside the root (not the root itself)."""
        resolved = Path(path).resolve()
        if resolved == self._root or not resolved.is_relative_to(self._root):
            raise LibraryError(f"{path} is outside the library folder {self._root}")
        return resolved

    def _item(self, video: Path, sidecar: Path, metadata: ResultMetadata) -> LibraryItem:
        state = video.stat()
        return LibraryItem(video, sidecar, metadata, state.st_size, state.st_mtime)


def _choose_video(candidates: list[os.DirEntry[str]], file_name: str) -> os.DirEntry[str] | None:
    """Of the videos sharing a sidecar's stem, the one it names, else the .mp4, else any."""
    if not candidates:
        return None
    for entry in candidates:
        if entry.name == file_name:
            return entry
    for entry in candidates:
        if entry.name.lower().endswith(".mp4"):
            return entry
    return candidates[0]


def _expected_video(sidecar: Path, stem: str, metadata: ResultMetadata) -> Path:
    """Where a missing video was: the sidecar's file name if it is a plain name of this stem."""
    name = metadata.file_name
    # The name is data from a file anyone can edit: use it only as a sibling
    # of the sidecar with the same stem, never as a path.
    if (
        name
        and os.path.basename(name) == name
        and os.path.splitext(name)[0] == stem
        and name not in (".", "..")
    ):
        return sidecar.with_name(name)
    return sidecar.with_name(stem + ".mp4")


def _item_from_entry(
    entry: os.DirEntry[str], sidecar: Path, metadata: ResultMetadata, *, orphan: bool = False
) -> LibraryItem | None:
    try:
        state = entry.stat()
    except OSError:
        return None
    return LibraryItem(Path(entry.path), sidecar, metadata, state.st_size, state.st_mtime, orphan)


# --- atomic file operations --------------------------------------------------------------


def _temp_path(target: Path) -> Path:
    return target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(4)}-{target.name}")


def _write_json_atomic(target: Path, data: Mapping[str, Any]) -> None:
    """Write to a hidden temp file, fsync, rename over ``target``: all of it or none."""
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    temp = _temp_path(target)
    try:
        with open(temp, "x", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        _unlink_quietly(temp)
        raise
    _fsync_dir(target.parent)


def _move_no_overwrite(source: Path, target: Path) -> None:
    """Give ``source`` the name ``target`` at once and whole; FileExistsError if it is taken.

    POSIX rename overwrites, so a hard link (which refuses an existing name)
    then unlinking the source is the atomic no-overwrite move.
    """
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno == errno.EXDEV:
            _copy_into_place(source, target)
            source.unlink()
            return
        # No hard links here (FAT, exFAT, some network shares): check, then
        # rename (which on Windows refuses an existing name anyway).
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "file exists", str(target)) from exc
        os.rename(source, target)
        return
    source.unlink()


def _copy_into_place(source: Path, target: Path) -> None:
    """Across filesystems: copy to a hidden temp beside the target, fsync, then move it in."""
    temp = _temp_path(target)
    try:
        shutil.copyfile(source, temp)
        _fsync_file(temp)
        _move_no_overwrite(temp, target)
    except BaseException:
        _unlink_quietly(temp)
        raise


def _fsync_file(path: Path) -> None:
    # Power loss (not just kill -9) must not leave a name pointing at unwritten data.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_dir(path: Path) -> None:
    # Makes the renames themselves durable; not possible (nor needed) on Windows.
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


# --- trash ---------------------------------------------------------------------------------


def move_to_trash(path: Path) -> Path:
    """Move one file to the user's trash and return where it went; raises TrashError.

    Linux and other freedesktop systems: the home trash under
    ``$XDG_DATA_HOME/Trash`` (with a ``.trashinfo`` so file managers can
    restore it), or ``$topdir/.Trash-$uid`` for a file on another filesystem.
    macOS: ``~/.Trash``. Windows: not supported without send2trash.
    """
    path = Path(path).absolute()
    if not os.path.lexists(path):
        raise TrashError(f"{path} does not exist")
    if sys.platform == "darwin":
        return _trash_macos(path)
    if os.name == "nt":
        raise TrashError("moving to the Recycle Bin is not supported yet")
    home_trash = _xdg_data_home() / "Trash"
    try:
        home_trash.mkdir(parents=True, exist_ok=True, mode=0o700)
        same_device = home_trash.stat().st_dev == path.lstat().st_dev
    except OSError as exc:
        raise TrashError(f"the trash folder {home_trash} is not usable: {exc}") from exc
    if same_device:
        return _trash_freedesktop(path, home_trash, str(path))
    try:
        topdir = _mount_point(path.parent)
        trash = topdir / f".Trash-{os.getuid()}"
        trash.mkdir(exist_ok=True, mode=0o700)
    except OSError as exc:
        raise TrashError(f"no trash on the drive holding {path.name}: {exc}") from exc
    # A top-directory trash records the path relative to the drive's top.
    return _trash_freedesktop(path, trash, str(path.relative_to(topdir)))


def _xdg_data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    # The spec says a relative value is invalid and must be ignored.
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def _mount_point(path: Path) -> Path:
    path = path.resolve()
    device = path.stat().st_dev
    while path.parent != path and path.parent.stat().st_dev == device:
        path = path.parent
    return path


def _trash_names(name: str) -> Iterator[str]:
    stem, suffix = os.path.splitext(name)
    yield name
    for counter in range(2, _MAX_NAME_ATTEMPTS):
        yield f"{stem}.{counter}{suffix}"


def _trash_freedesktop(path: Path, trash: Path, original: str) -> Path:
    files, info = trash / "files", trash / "info"
    try:
        files.mkdir(parents=True, exist_ok=True, mode=0o700)
        info.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise TrashError(f"the trash folder {trash} is not usable: {exc}") from exc
    stamp = datetime.now().strftime("%Y-%m-%dT%H:%M:%S")
    body = f"[Trash Info]\nPath={quote(original, safe='/')}\nDeletionDate={stamp}\n"
    for name in _trash_names(path.name):
        info_file = info / f"{name}.trashinfo"
        # The spec's order: claim the name by creating the info file exclusively,
        # then move the file; undo the claim if the move fails.
        try:
            fd = os.open(info_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError as exc:
            raise TrashError(f"cannot write to the trash: {exc}") from exc
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body)
        destination = files / name
        if os.path.lexists(destination):
            _unlink_quietly(info_file)
            continue
        try:
            os.rename(path, destination)
        except OSError as exc:
            _unlink_quietly(info_file)
            raise TrashError(f"cannot move {path.name} to the trash: {exc}") from exc
        return destination
    raise TrashError("no free name in the trash")


def _trash_macos(path: Path) -> Path:
    trash = Path.home() / ".Trash"
    for name in _trash_names(path.name):
        destination = trash / name
        if os.path.lexists(destination):
            continue
        try:
            os.rename(path, destination)
        except OSError as exc:
            raise TrashError(f"cannot move {path.name} to the trash: {exc}") from exc
        return destination
    raise TrashError("no free name in the trash")
