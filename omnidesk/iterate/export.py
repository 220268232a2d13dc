"""Export a result: the video with its metadata embedded, and its sidecar, to any folder.

The MP4 is remuxed with PyAV, packets copied as they are (no re-encoding,
so nothing is lost and it takes a moment): the title tag holds the prompt,
the comment tag the parameters as JSON, so any player or file manager that
reads tags shows what made the video. The sidecar goes beside it. Existing
files are never overwritten: a free name is chosen.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import av

from omnidesk.engine.library import LibraryItem, sidecar_path


@dataclass(frozen=True)
class Exported:
    video: Path
    sidecar: Path


def parameters_json(item: LibraryItem) -> str:
    """The settings that made the video, as compact JSON (the MP4's comment tag)."""
    meta = item.metadata
    data = {
        "app": "OmniDesk",
        "task_id": meta.task_id,
        "mode": meta.mode,
        "duration": meta.duration,
        "resolution": meta.resolution,
        "aspect_ratio": meta.aspect_ratio,
        "generation_type": meta.generation_type,
        "image_urls": list(meta.image_urls),
        "video_urls": list(meta.video_urls),
        "cost": meta.cost,
        "created": meta.created,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _free(target: Path) -> Path:
    candidate, n = target, 2
    while candidate.exists() or sidecar_path(candidate).exists():
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        n += 1
    return candidate


def remux_with_metadata(source: Path, target: Path, tags: dict[str, str]) -> None:
    """Copy ``source``'s streams into ``target`` (MP4) with these container tags."""
    temp = target.with_name(f".{target.name}.part")
    try:
        with av.open(str(source)) as inp, av.open(str(temp), "w", format="mp4") as out:
            out.metadata.update(tags)
            mapping = {}
            for stream in inp.streams:
                if stream.type in ("video", "audio"):
                    mapping[stream.index] = out.add_stream_from_template(stream)
            for packet in inp.demux(*[inp.streams[i] for i in mapping]):
                if packet.dts is None:
                    continue  # the demuxer's end-of-stream marker
                packet.stream = mapping[packet.stream.index]
                out.mux(packet)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def export_result(item: LibraryItem, folder: Path) -> Exported:
    """Write the tagged video and the sidecar into ``folder`` (made if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = _free(folder / item.video.name)
    tags = {"title": item.metadata.prompt, "comment": parameters_json(item)}
    remux_with_metadata(item.video, target, tags)
    sidecar = sidecar_path(target)
    if item.sidecar.exists():
        shutil.copyfile(item.sidecar, sidecar)
    else:
        text = json.dumps(item.metadata.to_json(), ensure_ascii=False, indent=2)
        sidecar.write_text(text, encoding="utf-8")
    return Exported(target, sidecar)
