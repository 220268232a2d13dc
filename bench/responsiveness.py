"""Responsiveness: how long the UI thread stalls while 500 tasks are tracked and 10 downloads run.

    .venv/bin/python bench/responsiveness.py [--tasks 500] [--downloads 10] [--seconds 30]

The real window (offscreen, or the display given) on the real engine, talking
to an in-process simulator as if it were APIMart (a key, real pacing:
``task_seconds`` 240 so the engine polls at the service's own cadence and
rate cap). Before the app starts, the tasks already exist on the service and
in OmniDesk's store, as after a restart with work in flight: ``downloads`` of
them finished (their videos are 1080p, 10 s, and served slowly so the
downloads last the whole measurement), the others still running. The app
then recovers them, polls them all and downloads at once.

A 10 ms precise timer measures its own lateness: each tick's delay beyond
10 ms is time the UI thread was busy. Reported: ticks, p50, p99 and worst,
plus how many task and download events reached the window meanwhile.

Last line: ``responsiveness ticks=N p99=Xms worst=Yms task_events=T video_events=V``.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KEY = "sk-bench-responsiveness"


class OffsetClock:
    """The simulator's clock, moved forward on demand (to finish some tasks at once)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


def seed_tasks(sim_url: str, clock: OffsetClock, tasks: int, finished: int) -> None:
    """Make the tasks on the service and record them in OmniDesk's store as accepted."""
    import uuid

    from omnidesk.api.client import ApiClient
    from omnidesk.api.models import GenerationRequest, TaskStatus
    from omnidesk.api.pricing import estimate_cost
    from omnidesk.api.rules import build_body
    from omnidesk.engine.store import Store

    with ApiClient(KEY, sim_url) as client, Store() as store:
        for index in range(tasks):
            if index == finished:
                clock.offset += 3600  # everything made so far is finished now
            done = index < finished
            request = GenerationRequest(
                f"bench task {index}: a lighthouse at night, waves, slow push-in",
                duration=10 if done else 4,
                resolution="1080p" if done else "720p",
            )
            body = build_body(request)
            key = str(uuid.uuid4())
            now = time.time()
            record = store.add_submission(
                request, body, key, now=now, quoted_cost=estimate_cost(request.resolution, request.duration)
            )
            store.mark_sending(record.id, now=now)
            result = client.submit_body(body, key)
            store.mark_accepted(record.id, result.task_id, TaskStatus.PENDING, result.raw_status, now=now)


class StallSampler(threading.Thread):
    """Looks at the UI thread every 2 ms; once it is ``threshold`` late, keeps where it was."""

    def __init__(self, ui_thread: int | None, last_tick: list[float], threshold: float) -> None:
        super().__init__(daemon=True, name="stall-sampler")
        self._ui, self._last, self._threshold = ui_thread, last_tick, threshold
        self._stopping = threading.Event()
        self.seen: Counter[str] = Counter()

    def run(self) -> None:
        while not self._stopping.wait(0.002):
            if time.perf_counter() - self._last[0] - 0.010 < self._threshold:
                continue
            frame = sys._current_frames().get(self._ui)
            if frame is not None:
                self.seen["".join(traceback.format_stack(frame, limit=12))] += 1

    def stop(self) -> None:
        self._stopping.set()
        if self.is_alive():
            self.join()
        for stack, count in self.seen.most_common(5):
            print(f"--- UI thread late, seen {count} times (2 ms apart):\n{stack}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=500)
    parser.add_argument("--downloads", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument(
        "--trace-stalls",
        type=float,
        metavar="MS",
        default=0.0,
        help="print where the UI thread was when a tick is this late (a sampling thread looks every 2 ms)",
    )
    args = parser.parse_args(argv)

    home = Path(tempfile.mkdtemp(prefix="omnidesk-responsive-"))
    os.environ["OMNIDESK_HOME"] = str(home)
    os.environ["OMNIDESK_API_KEY"] = KEY
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

    from omnidesk.simulator import SimulatorConfig, start_simulator
    from ui.prewarm import prewarm

    prewarm()
    clock = OffsetClock()
    # ~4.5 MB 1080p/10 s results at 100 kB/s each: every download outlasts the measurement.
    config = SimulatorConfig(
        task_seconds=240, render_fps=4, seed=9, api_keys=frozenset({KEY}), clock=clock, download_rate=100_000
    )
    with start_simulator(config) as sim:
        print(f"seeding {args.tasks} tasks ({args.downloads} finished) ...", flush=True)
        seed_tasks(sim.url, clock, args.tasks, args.downloads)

        from PySide6.QtCore import QEventLoop, Qt, QTimer
        from PySide6.QtWidgets import QApplication

        from omnidesk.settings import Settings
        from ui.collector import UiThreadCollector
        from ui.context import AppContext
        from ui.main_window import MainWindow

        app = QApplication([sys.argv[0]])
        app.setApplicationName("OmniDesk")
        UiThreadCollector(app).install()  # as the app: cycles are collected on the UI thread, in its time
        context = AppContext(Settings(base_url=sim.url, autoplay=False, notify=False))
        window = MainWindow(context)
        window.resize(1360, 860)
        window.show()
        counts = {"task": 0, "video": 0, "downloading": set()}
        context.bridge.taskUpdated.connect(lambda _e: counts.__setitem__("task", counts["task"] + 1))

        def on_video(event: object) -> None:
            counts["video"] += 1
            if getattr(event, "received", None) is not None:
                counts["downloading"].add(event.video.id)  # type: ignore[attr-defined]

        context.bridge.videoUpdated.connect(on_video)

        def run_until(condition, timeout: float) -> bool:
            loop = QEventLoop()
            check = QTimer()
            check.timeout.connect(lambda: loop.quit() if condition() else None)
            check.start(50)
            QTimer.singleShot(int(timeout * 1000), loop.quit)
            loop.exec()
            check.stop()
            return condition()

        context.start()
        if not run_until(lambda: context.ready, 60):
            raise SystemExit("the service did not start")
        if not run_until(lambda: len(counts["downloading"]) >= args.downloads, 120):
            print(f"only {len(counts['downloading'])} downloads started", flush=True)
        print(
            f"measuring for {args.seconds:.0f} s with {len(counts['downloading'])} downloads running",
            flush=True,
        )

        lateness: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            lateness.append(max(0.0, now - last[0] - 0.010))
            last[0] = now

        # How long each garbage collection took (all on the UI thread, see ui.collector): the
        # part of a stall that is Python's own.
        collections: list[tuple[int, float]] = []
        started: list[float] = [0.0]

        def on_collection(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                started[0] = time.perf_counter()
            else:
                collections.append((info["generation"], time.perf_counter() - started[0]))

        gc.callbacks.append(on_collection)
        sampler = StallSampler(threading.main_thread().ident, last, args.trace_stalls / 1000)
        if args.trace_stalls:
            sampler.start()
        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.timeout.connect(tick)
        before_tasks, before_videos = counts["task"], counts["video"]
        last[0] = time.perf_counter()
        ticker.start(10)
        run_until(lambda: False, args.seconds)
        ticker.stop()
        sampler.stop()
        gc.callbacks.remove(on_collection)
        task_events, video_events = counts["task"] - before_tasks, counts["video"] - before_videos
        window.close()
        context.stop()

    ordered = sorted(lateness)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[int(0.99 * (len(ordered) - 1))] * 1000
    worst = ordered[-1] * 1000
    print(f"ticks {len(ordered)}: p50 {p50:.1f} ms, p99 {p99:.1f} ms, worst {worst:.1f} ms")
    print(f"events meanwhile: {task_events} task updates, {video_events} download updates")
    for generation in (0, 1, 2):
        times = [seconds * 1000 for gen, seconds in collections if gen == generation]
        if times:
            print(f"garbage collections, generation {generation}: {len(times)}, longest {max(times):.1f} ms")
    print(
        f"responsiveness ticks={len(ordered)} p99={p99:.1f}ms worst={worst:.1f}ms "
        f"task_events={task_events} video_events={video_events}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
