"""One engine per data folder: a lock file held while an engine runs.

Two engines on one store would poll every task twice and race to download
the same video. The lock is an OS file lock, so it is released by the OS
when a process dies, even by kill -9: a crash never leaves a stale lock.
"""

from __future__ import annotations

import os
from pathlib import Path


class EngineBusyError(Exception):
    """Another OmniDesk process (the app or omnidesk-cli) already runs an engine here."""

    def __init__(self, path: Path, holder: str) -> None:
        who = f" (process {holder})" if holder else ""
        super().__init__(
            f"OmniDesk is already running on this computer{who} and is tracking your tasks. "
            "Close it (or wait for it to finish) and try again."
        )
        self.path = path


class EngineLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise EngineBusyError at once (never waits)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            raise EngineBusyError(self.path, holder) from None
        # The holder's pid, only to name it in the other process's message.
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows-only names

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
