"""The core never imports Qt: only ui/ does (the GUI is one client of the core)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import omnidesk

CHECK = """
import importlib, pkgutil, sys
import omnidesk
for module in pkgutil.walk_packages(omnidesk.__path__, "omnidesk."):
    if module.name.endswith("__main__"):
        continue
    importlib.import_module(module.name)
print(sorted(name for name in sys.modules if name.startswith("PySide6")))
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    root = Path(omnidesk.__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, cwd=root, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
