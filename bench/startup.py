"""Start-up: process start to OmniDesk's main window shown, against the floor.

    .venv/bin/python bench/startup.py [--runs 9] [--platform offscreen|xcb]

The floor is a bare PySide6 program that imports QtWidgets and QtMultimedia,
creates a QMainWindow and shows it: no Python app can show a window with a
player sooner. OmniDesk runs as a user starts it (``main.py``, demo mode, a
fresh data folder each run) with ``--quit-when-ready``, which prints
``shown`` when its window is on screen, ``built`` when every area is made
and ``ready`` once the demo service runs. Runs alternate floor / OmniDesk so both see the same machine state;
the medians and the ratio are printed. ``--platform xcb`` needs a display
(run it under ``xvfb-run``).

Last line: ``startup floor=Fms shown=Sms ratio=R built=Bms ready=Yms``.
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

FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6 import QtMultimedia  # noqa: F401
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1360, 860)
window.show()
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each marker line it prints."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    marks: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word = line.split(" ", 1)[0].strip()
        if word:
            marks.setdefault(word, time.perf_counter() - started)
    process.wait(timeout=120)
    if process.returncode != 0 or "shown" not in marks:
        raise SystemExit(f"{command[-1]} failed (exit {process.returncode})")
    return marks


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, QT_LOGGING_RULES="qt.multimedia.*=false")
    env.pop("OMNIDESK_API_KEY", None)
    env.pop("APIMART_API_KEY", None)
    floor, shown, built, ready = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="omnidesk-startup-") as scratch:
        # One untimed run each first: the page cache then holds both programs' files.
        timed([sys.executable, "-c", FLOOR], env)
        timed([sys.executable, str(ROOT / "main.py"), "--quit-when-ready"], dict(env, OMNIDESK_HOME=scratch))
        for run in range(args.runs):
            floor.append(timed([sys.executable, "-c", FLOOR], env)["shown"])
            home = Path(scratch) / f"run-{run}"
            marks = timed(
                [sys.executable, str(ROOT / "main.py"), "--quit-when-ready"],
                dict(env, OMNIDESK_HOME=str(home)),
            )
            shown.append(marks["shown"])
            built.append(marks.get("built", float("nan")))
            ready.append(marks.get("ready", float("nan")))
    f, s, b, r = (statistics.median(v) * 1000 for v in (floor, shown, built, ready))
    print(f"runs={args.runs} platform={args.platform}")
    spread = f"{min(floor) * 1000:.0f}-{max(floor) * 1000:.0f}"
    print(f"floor (bare window + QtMultimedia): median {f:.0f} ms, range {spread}")
    print(f"OmniDesk window shown: median {s:.0f} ms, range {min(shown) * 1000:.0f}-{max(shown) * 1000:.0f}")
    print(f"OmniDesk every area built: median {b:.0f} ms; demo service ready: median {r:.0f} ms")
    print(f"startup floor={f:.0f}ms shown={s:.0f}ms ratio={s / f:.2f} built={b:.0f}ms ready={r:.0f}ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
