"""The real program: ``python main.py`` starts, shows its window on the qasync loop, opens the
demo service and quits cleanly (``--quit-when-ready``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_main_py_shows_the_window_and_opens_the_demo_service(omnidesk_home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OMNIDESK_HOME=str(omnidesk_home))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--quit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["shown", "built", "ready simulator"]
    # It keeps a log, and nothing went wrong on the way.
    log = (omnidesk_home / "logs" / "omnidesk.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and " ERROR " not in log
