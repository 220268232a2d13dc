"""Library scale: 10,000 videos — opening the library, filtering it, and the memory it takes.

    .venv/bin/python bench/library_scale.py [--videos 10000] [--runs 5]

A script makes the library first: one real small MP4 hard-linked under
10,000 names (so the folder holds 10,000 playable videos for the price of
one), each with its own sidecar (varied prompts, dates, favourites, notes)
and its own poster in the thumbnail cache, as if each had been shown once.
Then, in one process with the real ``LibraryView``:

- scan: ``Library.scan()`` of the folder (what the view runs on a worker);
- open: from handing the scan's items to the view to the grid painted with
  its first screenful of posters requested;
- filter: a search term typed into the view, until the filtered grid is
  ready (median of several terms);
- memory: the process's resident set with the library open, the highest of the runs
  (``/proc/self/status``); each run's view is deleted before the next.

Last line: ``library videos=N scan=Sms open=Oms filter=Fms rss=RMB``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = [
    "fox",
    "owl",
    "heron",
    "lighthouse",
    "harbour",
    "desert",
    "canyon",
    "forest",
    "city",
    "neon",
    "rain",
    "snow",
    "dusk",
    "dawn",
    "storm",
    "drone",
    "tracking",
    "close-up",
    "aerial",
    "slow-motion",
    "golden",
    "misty",
    "cinematic",
    "portrait",
    "river",
    "mountain",
    "kite",
    "lantern",
    "train",
    "bridge",
    "market",
    "festival",
    "ocean",
    "glacier",
    "meadow",
]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def make_library(root: Path, thumbs: Path, count: int, rng: random.Random) -> None:
    from omnidesk.engine import thumbnails
    from omnidesk.engine.library import Library, ResultMetadata, sidecar_path
    from tests.helpers.media import write_test_mp4

    library = Library(root, thumbnail_dir=thumbs)
    clip = write_test_mp4(root.parent / "clip.mp4", 320, 180, 2, 5)
    first = library.add(clip, ResultMetadata(task_id="task_seed", prompt="seed", mode="text", duration=4))
    poster = library.poster(first)
    base = time.time() - count * 60
    for n in range(count):
        prompt = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18)))
        video = root / f"2026{n:08d}_{'-'.join(prompt.split()[:3])}_{n:08x}.mp4"
        os.link(first.video, video)
        meta = ResultMetadata(
            task_id=f"task_{n:08d}",
            prompt=prompt,
            mode="text",
            duration=rng.choice((4, 6, 8, 10)),
            resolution=rng.choice(("720p", "1080p", "4k")),
            aspect_ratio=rng.choice(("16:9", "9:16")),
            cost=0.17,
            created=base + n * 60,
            completed=base + n * 60 + 200,
            width=320,
            height=180,
            video_duration=2.0,
            file_name=video.name,
            favourite=rng.random() < 0.1,
            notes=rng.choice(("", "", "", "keep this one", "client liked the light")),
        )
        sidecar_path(video).write_text(json.dumps(meta.to_json()), encoding="utf-8")
        # Its poster, as the cache would hold it after the grid showed it once.
        state = video.stat()
        shutil.copyfile(
            poster, thumbs / thumbnails._poster_name(video.absolute(), state, thumbnails.DEFAULT_MAX_SIZE)
        )
    library.remove(first, to_trash=False)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--videos", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="omnidesk-library-"))
    os.environ["OMNIDESK_HOME"] = str(scratch / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    root, thumbs = scratch / "library", scratch / "thumbs"
    root.mkdir()
    thumbs.mkdir()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    make_library(root, thumbs, args.videos, rng)
    print(f"made {args.videos} videos with sidecars and posters in {time.perf_counter() - started:.0f} s")

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from omnidesk.engine.library import Library
    from omnidesk.settings import Settings
    from ui.collector import UiThreadCollector
    from ui.context import AppContext
    from ui.library.view import LibraryView

    app = QApplication([sys.argv[0]])
    UiThreadCollector(app).install()  # as the app does
    base_rss = rss_mb()
    library = Library(root, thumbnail_dir=thumbs)
    scans, opens, filters = [], [], []
    rss = 0.0
    try:
        for _ in range(args.runs):
            t = time.perf_counter()
            scan = library.scan()
            scans.append(time.perf_counter() - t)
            items = scan.shown

            context = AppContext(Settings())  # never started: the view is fed directly
            view = LibraryView(context)
            view.posters.set_cache_dir(thumbs)
            view.resize(1200, 800)
            view.show()
            QCoreApplication.processEvents()
            t = time.perf_counter()
            view.model.set_items(items)
            view.grid.viewport().repaint()
            QCoreApplication.processEvents()
            opens.append(time.perf_counter() - t)
            assert view.model.rowCount() == len(items) == args.videos

            for term in ("lighthouse", "neon rain", "client liked", "zzz-nothing", "fox"):
                t = time.perf_counter()
                view.proxy.set_search(term)
                shown = view.proxy.rowCount()
                view.grid.viewport().repaint()
                filters.append(time.perf_counter() - t)
                assert shown <= args.videos
            view.proxy.set_search("")
            # With the library open: what a user's process holds.
            rss = max(rss, rss_mb())
            view.close()
            view.deleteLater()
            context.stop()
            # deleteLater is only carried out by an event loop, which this script never runs.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            del view, context, items, scan
            gc.collect()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    scan_ms, open_ms, filter_ms = (statistics.median(v) * 1000 for v in (scans, opens, filters))
    print(f"scan {scan_ms:.0f} ms, open {open_ms:.0f} ms, filter {filter_ms:.1f} ms (medians of {args.runs})")
    print(f"memory: {rss:.0f} MB resident ({base_rss:.0f} MB before the library)")
    figures = f"scan={scan_ms:.0f}ms open={open_ms:.0f}ms filter={filter_ms:.1f}ms rss={rss:.0f}MB"
    print(f"library videos={args.videos} {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
