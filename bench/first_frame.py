"""Time to first frame: a 1080p clip selected in the library until its first frame is on screen.

    .venv/bin/python bench/first_frame.py [--runs 7] [--platform offscreen|xcb]

OmniDesk's path is the one a click takes: the library view's selection
signal, the main window's handler, the player panel's ``play`` and its
video widget receiving the first decoded frame (its sink's
``videoFrameChanged`` with a valid frame). The floor is a bare QMediaPlayer
with a QVideoWidget doing ``setSource`` + ``play`` on the same file. Each
run is a fresh process (the first clip of a session pays for loading the
multimedia backend), then four more clips in the same process show the
warm figure. Runs alternate floor / OmniDesk.

Last line: ``first_frame cold_floor=Ams cold=Bms warm_floor=Cms warm=Dms``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIPS = 5


def child(kind: str, clips: list[str]) -> None:
    """In a fresh process: time each clip's first frame, print one figure per line."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    loop = QEventLoop()

    if kind == "floor":
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget

        widget = QVideoWidget()
        widget.resize(960, 540)
        widget.show()
        player = QMediaPlayer()
        player.setAudioOutput(QAudioOutput())
        player.setVideoOutput(widget)
        sink = widget.videoSink()

        def start(path: str) -> None:
            player.setSource(QUrl.fromLocalFile(path))
            player.play()

    else:
        from omnidesk.engine.library import ResultMetadata
        from ui.player.widget import PlayerPanel

        panel = PlayerPanel()
        panel.resize(960, 700)
        panel.show()
        from PySide6.QtMultimediaWidgets import QVideoWidget

        sink = panel.findChild(QVideoWidget).videoSink()
        meta = ResultMetadata(prompt="first frame bench", mode="text", duration=10, resolution="1080p")

        def start(path: str) -> None:
            panel.play(Path(path), meta, autoplay=True)

    got = {"t": None}

    def on_frame(frame: object) -> None:
        if got["t"] is None and frame.isValid():  # type: ignore[attr-defined]
            got["t"] = time.perf_counter()
            loop.quit()

    sink.videoFrameChanged.connect(on_frame)
    app.processEvents()
    for path in clips:
        got["t"] = None
        began = time.perf_counter()
        start(path)
        QTimer.singleShot(20_000, loop.quit)
        loop.exec()
        if got["t"] is None:
            raise SystemExit(f"no frame from {path}")
        print(f"{(got['t'] - began) * 1000:.1f}", flush=True)
        app.processEvents()
    if kind == "panel":
        panel.release()
        panel.player.wait_released()
    else:
        player.stop()


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--child":
        child(argv[1], argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from tests.helpers.media import write_test_mp4

    with tempfile.TemporaryDirectory(prefix="omnidesk-frame-") as scratch:
        clips = [
            str(write_test_mp4(Path(scratch) / f"clip{n}.mp4", 1920, 1080, 10, 24, gop=48))
            for n in range(CLIPS)
        ]
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, QT_LOGGING_RULES="qt.multimedia.*=false")
        env["OMNIDESK_HOME"] = str(Path(scratch) / "home")
        figures: dict[str, list[list[float]]] = {"floor": [], "panel": []}
        for _ in range(args.runs):
            for kind in ("floor", "panel"):
                done = subprocess.run(
                    [sys.executable, __file__, "--child", kind, *clips],
                    env=env, capture_output=True, text=True, timeout=300,
                )  # fmt: skip
                if done.returncode != 0:
                    raise SystemExit(f"{kind} failed: {done.stderr[-500:]}")
                figures[kind].append([float(line) for line in done.stdout.split()])
    cold = {k: statistics.median(run[0] for run in v) for k, v in figures.items()}
    warm = {k: statistics.median(x for run in v for x in run[1:]) for k, v in figures.items()}
    print(f"cold (first clip of a session): floor {cold['floor']:.0f} ms, OmniDesk {cold['panel']:.0f} ms")
    print(f"warm (later clips): floor {warm['floor']:.0f} ms, OmniDesk {warm['panel']:.0f} ms")
    print(
        f"first_frame cold_floor={cold['floor']:.0f}ms cold={cold['panel']:.0f}ms "
        f"warm_floor={warm['floor']:.0f}ms warm={warm['panel']:.0f}ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
