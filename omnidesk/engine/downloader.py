"""One result video from its link to the library: download, verify, file it.

The transfer itself (``.part`` file, Range resume, size check, atomic rename)
is ``ApiClient.download``; this module adds what makes a result trustworthy:
the file must decode end to end with the size and length that were asked
for, it lands in the library only with its sidecar (``Library.add``), and
each step is recorded in the store so a crash at any point resumes without
a second copy. Runs on a download worker thread; never touches Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from omnidesk.api import spec
from omnidesk.api.client import ApiClient
from omnidesk.api.errors import InvalidLinkError, LinkExpiredError, OmniDeskError
from omnidesk.api.models import Mode, Task
from omnidesk.engine.library import Library, ResultMetadata
from omnidesk.engine.store import DownloadState, Store, TaskRecord, VideoRecord
from omnidesk.media import MediaError, VideoInfo, probe

log = logging.getLogger(__name__)

# How far the probed length may be from the requested one (low frame rates, container rounding).
DURATION_TOLERANCE = 1.0
# Width and height may differ this much from the nominal frame size (encoders pad to 8 or 16).
SIZE_TOLERANCE = 0.02

ProgressCallback = Callable[[int, int | None], None]


def task_of(record: TaskRecord) -> Task:
    """The task as the store last saw it, in the API's own type."""
    assert record.task_id is not None and record.status is not None
    return Task(
        id=record.task_id,
        status=record.status,
        raw_status=record.raw_status or "",
        progress=record.progress,
        created=record.server_created,
        completed=record.server_completed,
        estimated_time=record.estimated_time,
        actual_time=record.actual_time,
        cost=record.cost,
        credits_cost=record.credits_cost,
        error=record.error,
    )


def metadata_for(record: TaskRecord, video: VideoRecord, parent_task_id: str | None) -> ResultMetadata:
    """Everything the sidecar needs to explain and reproduce this result."""
    task = task_of(record)
    if task.completed is None:
        # The name carries the completion time: it must be the same on every attempt.
        task = replace(task, completed=record.last_poll_at or record.updated_at)
    return ResultMetadata.for_result(
        record.request,
        task,
        request_body=record.body,
        video_index=video.index,
        quoted_cost=record.quoted_cost,
        image_paths=[path or "" for path in record.local_images],
        parent_task_id=parent_task_id,
        batch_id=record.batch_id,
    )


def check_video(info: VideoInfo, record: TaskRecord) -> None:
    """Raise MediaError unless the file is the video that was asked for."""
    body = record.body
    resolution = str(body.get("resolution", spec.DEFAULT_RESOLUTION))
    aspect = str(body.get("aspect_ratio", spec.DEFAULT_ASPECT_RATIO))
    if resolution.lower() in spec.LANDSCAPE_SIZES and aspect in spec.ASPECT_RATIOS:
        width, height = spec.frame_size(resolution, aspect)
        if (
            abs(info.width - width) > width * SIZE_TOLERANCE
            or abs(info.height - height) > height * SIZE_TOLERANCE
        ):
            raise MediaError(
                f"the video is {info.width}x{info.height}, not the {width}x{height} that was asked for"
            )
    # With a reference video the service picks the length: nothing to compare against.
    if record.request.mode is not Mode.VIDEO and isinstance(body.get("duration"), int):
        expected = body["duration"]
        if abs(info.duration - expected) > DURATION_TOLERANCE:
            raise MediaError(
                f"the video lasts {info.duration:.1f} s, not the {expected} s that were asked for"
            )


def download_video(
    client: ApiClient,
    store: Store,
    library: Library,
    video: VideoRecord,
    *,
    clock: Callable[[], float],
    on_progress: ProgressCallback | None = None,
) -> VideoRecord:
    """Download, verify and file one video; returns its final record.

    Never raises for a failed download: the failure is recorded (FAILED, to
    be retried, or EXPIRED) with a message in plain words.
    """
    record = store.get(video.local_id)
    if record is None:
        raise LookupError(f"no submission {video.local_id}")
    parent = store.get(record.parent_id) if record.parent_id else None
    metadata = metadata_for(record, video, parent.task_id if parent else None)

    existing = library.find(metadata)
    if existing is not None:
        # Filed by an earlier run that died before recording it: done, not downloaded again.
        return store.set_video_state(
            video.id, DownloadState.DONE, now=clock(), local_path=existing.video, size=existing.size
        )

    store.set_video_state(video.id, DownloadState.DOWNLOADING, now=clock())
    try:
        # Inside the try: a library folder that cannot hold the incoming folder is an OSError too.
        incoming = library.incoming_path(metadata)
        if not incoming.exists():
            client.download(video.url, incoming, on_progress=on_progress)
        info = probe(incoming)
        check_video(info, record)
        item = library.add(incoming, metadata.with_probe(info))
    except LinkExpiredError:
        return store.set_video_state(
            video.id,
            DownloadState.EXPIRED,
            now=clock(),
            error="The link expired before the video was downloaded. Generate it again to get a new one.",
        )
    except InvalidLinkError as exc:
        return _failed(store, video, clock, exc.user_text(), give_up=True)
    except MediaError as exc:
        _discard(incoming)
        return _failed(
            store, video, clock, f"The downloaded file is not a usable video ({exc}); it was deleted."
        )
    except OmniDeskError as exc:
        return _failed(store, video, clock, exc.user_text())
    except OSError as exc:
        return _failed(
            store,
            video,
            clock,
            f"Could not save the video: {exc.strerror or exc}. Check free disk space and the library folder.",
        )
    log.info("task %s video %d filed as %s", video.task_id, video.index, item.video.name)
    return store.set_video_state(
        video.id, DownloadState.DONE, now=clock(), local_path=item.video, size=item.size
    )


def _failed(
    store: Store, video: VideoRecord, clock: Callable[[], float], message: str, *, give_up: bool = False
) -> VideoRecord:
    log.warning("task %s video %d: %s", video.task_id, video.index, message)
    record = store.set_video_state(video.id, DownloadState.FAILED, now=clock(), error=message)
    if give_up:
        # A link that can never work is not retried.
        record = store.set_video_state(video.id, DownloadState.EXPIRED, now=clock(), error=message)
    return record


def _discard(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_name(path.name + ".part").unlink(missing_ok=True)
