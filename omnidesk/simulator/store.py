"""A simulator's durable state, for ``SimulatorConfig.state_dir``.

Layout of a state dir::

    simulator.lock         held while a simulator uses the dir (one at a time)
    state.sqlite3          tasks, uploads, idempotency records, balance, the seeded
                           random stream's position (+ -wal, -shm while open)
    requests.jsonl         the request log: one JSON object a line, append-only
    uploads/<id>/<name>    uploaded images
    videos/<task_id>.mp4   rendered results

Crash safety (a kill -9 at any instant leaves a loadable state):

* Records are JSON in SQLite (stdlib ``sqlite3``) in WAL mode with
  ``synchronous=FULL``: a commit is fsynced before it returns, and SQLite
  recovers a torn write on the next open. Everything one event changes goes
  in one transaction (a task with its Idempotency-Key record; a completion
  with its charge), so no restart can see half of it. A submission's reply
  is made only after its commit returned.
* Files are written to a temp name, fsynced, ``os.replace``d and their
  folder fsynced *before* the record that points at them is committed, so a
  record never names a file that is not there. A crash in between leaves at
  worst an orphan file or a ``.part``, which ``SimulatorState`` sweeps up.
* The request log is appended with one ``write`` per line (no fsync: it
  survives a killed process, not a power cut); a torn last line is dropped
  when the log is opened again.

This module only stores and returns JSON-able records; ``state`` turns them
into tasks and uploads. Two simulators on one directory at once are not
supported: the lock file makes the second one fail with ``StateDirBusy``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import sys
import tempfile
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
DATABASE_NAME = "state.sqlite3"
LOG_NAME = "requests.jsonl"
LOCK_NAME = "simulator.lock"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tasks (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS uploads (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (
    scope TEXT NOT NULL, key TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (scope, key)
);
"""


class StateDirBusy(RuntimeError):
    """Another simulator (in this process or another) is using the state dir."""


class DiskStore:
    """The records and the request log of one state dir. Not thread-safe on its
    own: ``SimulatorState`` calls it under its lock."""

    def __init__(self, root: Path, log_limit: int) -> None:
        self.root = root
        self.log_limit = log_limit
        root.mkdir(parents=True, exist_ok=True)
        self._lock_handle: IO[str] | None = _acquire_lock(root / LOCK_NAME)
        self._depth = 0
        self._begun = False
        self._log_fd: int | None = None
        self._log_lines = 0
        try:
            self._db = _open_database(root / DATABASE_NAME)
            self._open_log()
        except BaseException:
            self.close()
            raise

    # --- records --------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: all of them are committed (and fsynced) at the end, or none.
        Reentrant: an inner block joins the outer one. Costs nothing if nothing is
        written (polls wrap every task's update in one, and most change nothing)."""
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if not self._depth and self._begun:
                self._begun = False
                self._db.execute("ROLLBACK")
            raise
        self._depth -= 1
        if not self._depth and self._begun:
            self._begun = False
            self._db.execute("COMMIT")

    def _write(self, sql: str, parameters: tuple[Any, ...]) -> None:
        """Run one write, inside the open transaction (begun on the first write)."""
        with self.transaction():
            if not self._begun:
                # IMMEDIATE takes the write lock at once, so the commit cannot find it taken.
                self._db.execute("BEGIN IMMEDIATE")
                self._begun = True
            self._db.execute(sql, parameters)

    def get_meta(self, name: str) -> Any:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else json.loads(row[0])

    def set_meta(self, name: str, value: Any) -> None:
        self._write(
            "INSERT INTO meta (name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (name, _dumps(value)),
        )

    def put_task(self, task_id: str, record: dict[str, Any]) -> None:
        self._put("tasks", task_id, record)

    def put_upload(self, upload_id: str, record: dict[str, Any]) -> None:
        self._put("uploads", upload_id, record)

    def _put(self, table: str, item_id: str, record: dict[str, Any]) -> None:
        # An upsert keeps the row's seq, so listings stay in creation order.
        self._write(
            f"INSERT INTO {table} (id, record) VALUES (?, ?) "
            "ON CONFLICT(id) DO UPDATE SET record = excluded.record",
            (item_id, _dumps(record)),
        )

    def put_idempotency(self, scope: str, key: str, record: dict[str, Any]) -> None:
        self._write(
            "INSERT INTO idempotency (scope, key, record) VALUES (?, ?, ?) "
            "ON CONFLICT(scope, key) DO UPDATE SET record = excluded.record",
            (scope, key, _dumps(record)),
        )

    def tasks(self) -> list[dict[str, Any]]:
        return [json.loads(row[0]) for row in self._db.execute("SELECT record FROM tasks ORDER BY seq")]

    def uploads(self) -> list[dict[str, Any]]:
        return [json.loads(row[0]) for row in self._db.execute("SELECT record FROM uploads ORDER BY seq")]

    def idempotency(self) -> list[tuple[str, str, dict[str, Any]]]:
        rows = self._db.execute("SELECT scope, key, record FROM idempotency")
        return [(scope, key, json.loads(record)) for scope, key, record in rows]

    def clear(self) -> None:
        """Forget every record and the log (the files are the caller's)."""
        with self.transaction():
            for table in ("tasks", "uploads", "idempotency"):
                self._write(f"DELETE FROM {table}", ())
            self._write("DELETE FROM meta WHERE name != 'schema_version'", ())
        if self._log_fd is not None:
            os.ftruncate(self._log_fd, 0)
            self._log_lines = 0

    # --- request log ----------------------------------------------------------------------------

    def _open_log(self) -> None:
        path = self.root / LOG_NAME
        with contextlib.suppress(FileNotFoundError), path.open("rb+") as handle:
            data = handle.read()
            # A kill mid-append leaves a line without its newline: cut it, or the next
            # entry would be glued to it and lost as well.
            keep = data.rfind(b"\n") + 1
            if keep != len(data):
                handle.truncate(keep)
                os.fsync(handle.fileno())
            self._log_lines = data.count(b"\n", 0, keep)
        # O_APPEND: every write lands at the end, whole, even if a reader has the file open.
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        self._log_fd = os.open(path, flags, 0o644)

    def append_log(self, entry: dict[str, Any]) -> None:
        """Add one entry; skipped once the store is closed (a request still
        finishing while its simulator stops)."""
        if self._log_fd is None:
            return
        os.write(self._log_fd, (_dumps(entry) + "\n").encode("utf-8"))
        self._log_lines += 1
        # A demo left running for days must not fill the disk: keep the newest entries.
        if self._log_lines >= 2 * self.log_limit:
            self._compact_log()

    def read_log(self) -> list[dict[str, Any]]:
        """The newest ``log_limit`` entries, oldest first (unreadable lines skipped)."""
        entries: deque[dict[str, Any]] = deque(maxlen=self.log_limit)
        with contextlib.suppress(FileNotFoundError), (self.root / LOG_NAME).open("rb") as handle:
            for line in handle:
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if isinstance(entry, dict):
                    entries.append(entry)
        return list(entries)

    def _compact_log(self) -> None:
        kept = self.read_log()
        path = self.root / LOG_NAME
        payload = "".join(_dumps(entry) + "\n" for entry in kept).encode("utf-8")
        write_durably(path, payload)
        if self._log_fd is not None:
            os.close(self._log_fd)
            self._log_fd = None
        self._log_fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_BINARY", 0))
        self._log_lines = len(kept)

    # --- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database and the log and release the lock. Idempotent."""
        if self._log_fd is not None:
            os.close(self._log_fd)
            self._log_fd = None
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
        if self._lock_handle is not None:
            # Closing the handle releases the lock (as the kernel does when a process dies).
            self._lock_handle.close()
            self._lock_handle = None


# --- files --------------------------------------------------------------------------------------


def write_durably(path: Path, data: bytes) -> None:
    """Write ``path`` so that after a crash it holds either its old content or ``data``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    sync_directory(path.parent)


def sync_file(path: Path) -> None:
    """Flush a finished file (and its directory entry) to disk."""
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
    sync_directory(path.parent)


def sync_directory(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (a no-op where directories
    cannot be opened, as on Windows, whose renames are durable once done)."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- helpers ------------------------------------------------------------------------------------


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _open_database(path: Path) -> sqlite3.Connection:
    # Autocommit mode (isolation_level=None): transactions are the explicit ones above.
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        # FULL: every commit is fsynced before it returns, so a reply sent after a
        # commit can never describe something a crash then forgets.
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        if row is None:
            db.execute("INSERT INTO meta (name, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif json.loads(row[0]) != SCHEMA_VERSION:
            raise ValueError(
                f"{path} holds simulator state of schema {row[0]}, this simulator reads {SCHEMA_VERSION}"
            )
    except BaseException:
        db.close()
        raise
    return db


def _acquire_lock(path: Path) -> IO[str]:
    """Open and lock the lock file, or raise StateDirBusy. The OS drops the lock
    when the process dies, however it dies, so a crash never leaves it stuck."""
    handle = path.open("a+", encoding="utf-8")
    try:
        if not _try_lock(handle):
            holder = ""
            with contextlib.suppress(OSError):
                pid = path.read_text(encoding="utf-8").strip()
                holder = f" (process {pid})" if pid else ""
            raise StateDirBusy(
                f"the simulator state dir {path.parent} is in use by another simulator{holder}; "
                "stop it first, or use another --state-dir"
            )
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
    except BaseException:
        handle.close()
        raise
    return handle


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)  # msvcrt locks bytes from the current position: always lock byte 0
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        # flock (not fcntl record locks): it also conflicts within one process, so two
        # simulators started in the same test are refused too.
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


__all__ = ["DiskStore", "StateDirBusy", "sync_directory", "sync_file", "write_durably"]
