"""The ledger: every submission, task, result video, upload and prompt OmniDesk knows.

APIMart has no list endpoint and no cancel endpoint, so this database is the
only record of what a user asked for and paid for, and result links die
24-72 h after a task completes. The store exists so that nothing submitted is
ever lost, forgotten, billed twice or left undownloaded.

Crash-safety guarantees (they hold across ``kill -9`` at any instant):

* Every write method is one short transaction, committed before it returns:
  once a method has returned, its fact is on disk. A method interrupted by a
  crash leaves no trace at all (all or nothing).
* A submission is written (with its Idempotency-Key and the exact body) before
  its request is sent, and marked ``sending`` before each attempt. After a
  crash, ``to_send()`` returns every submission that may or may not have
  reached the server; re-sending it with the same key returns the original
  task instead of creating and billing a second one.
* ``synchronous=FULL`` in WAL mode: each commit is fsynced, so a returned
  write also survives a power cut or an OS crash, not only a process kill
  (see ``_open`` for why we pay that).
* The schema is versioned (``PRAGMA user_version``); migrations run forward
  only, each in its own transaction; a database newer than this code is
  refused, never downgraded.

All times are unix seconds passed in by the caller (``now=``): the store never
reads the clock, so tests drive it deterministically. Records come back as
frozen dataclasses. Thread-safe (one connection behind a lock, see ``Store``);
several processes (the app and ``omnidesk-cli``) may share the file. No Qt.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from omnidesk import paths
from omnidesk.api.models import GenerationRequest, Mode, Task, TaskError, TaskStatus, Upload

log = logging.getLogger(__name__)

DB_FILE_NAME = "omnidesk.sqlite3"
# How long a write waits for another process (the CLI beside the app) to
# finish its transaction. Ours are milliseconds long; this only absorbs a
# checkpoint or a slow disk.
BUSY_TIMEOUT_SECONDS = 10.0
# A result video whose download failed this many times is left for the user
# to retry by hand instead of being retried forever.
DEFAULT_MAX_DOWNLOAD_ATTEMPTS = 5
# A cached upload URL must stay valid at least this long to be reused: the
# submission that uses it still has to be sent and accepted.
DEFAULT_UPLOAD_MIN_REMAINING = 600.0


# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """Something the ledger refuses to do, or a database it cannot use."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer OmniDesk; we will not downgrade it."""


class MigrationError(StoreError):
    """A forward migration failed; the database was left at its previous version."""


class UnknownRecordError(StoreError, LookupError):
    """No task, video or prompt with that key."""


class StateError(StoreError):
    """The requested change does not fit the record's current state."""


# --------------------------------------------------------------------------- values


class SubmitState(enum.StrEnum):
    """Where a submission stands on our side of the wire."""

    QUEUED = "queued"  # written, not being sent (waiting, or paused by the user)
    SENDING = "sending"  # a request is or was in flight: after a crash, re-send with the SAME key
    ACCEPTED = "accepted"  # the server gave a task id
    REJECTED = "rejected"  # refused for good (400/401/402...): never re-sent automatically


class DownloadState(enum.StrEnum):
    """Where one result video stands (and, aggregated, a whole task)."""

    PENDING = "pending"
    DOWNLOADING = "downloading"
    DONE = "done"
    FAILED = "failed"
    EXPIRED = "expired"


class EventKind(enum.StrEnum):
    """What a history row records."""

    CREATED = "created"
    SENDING = "sending"
    REQUEUED = "requeued"
    PAUSED = "paused"
    RESUMED = "resumed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    STATUS = "status"  # the server's status changed
    TRACKING_ON = "tracking_on"
    TRACKING_OFF = "tracking_off"
    REMOVED = "removed"


@dataclass(frozen=True)
class TaskRecord:
    """One submission and, once accepted, the server task it became.

    ``error`` is the permanent error: the rejection of the submission, or the
    failure of the task. ``issue`` is the last transient trouble (a send that
    timed out, a poll while offline, a 429) shown for information and cleared
    by the next success. ``download_state`` aggregates the task's videos
    (None until there are any).
    """

    id: int
    idempotency_key: str
    request: GenerationRequest
    local_images: tuple[str | None, ...]
    body_json: str = field(repr=False)
    quoted_cost: float | None
    parent_id: int | None
    batch_id: str | None
    created_at: float
    updated_at: float
    state: SubmitState
    paused: bool
    send_attempts: int
    last_sent_at: float | None
    accepted_at: float | None
    task_id: str | None
    status: TaskStatus | None
    raw_status: str | None
    progress: int | None
    estimated_time: float | None
    actual_time: float | None
    cost: float | None
    credits_cost: float | None
    error: TaskError | None
    server_created: float | None
    server_completed: float | None
    tracking: bool
    last_poll_at: float | None
    issue: str | None
    issue_at: float | None
    download_state: DownloadState | None
    removed_at: float | None

    @property
    def body(self) -> dict[str, Any]:
        """The exact JSON body to send (a fresh copy each time)."""
        result: dict[str, Any] = json.loads(self.body_json)
        return result

    @property
    def is_terminal(self) -> bool:
        """Nothing more will happen on the server: rejected, or a finished task."""
        if self.state is SubmitState.REJECTED:
            return True
        return self.status is not None and self.status.is_terminal

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


@dataclass(frozen=True)
class TaskEvent:
    """One row of a task's history."""

    id: int
    local_id: int
    at: float
    kind: EventKind
    status: TaskStatus | None
    progress: int | None
    detail: str | None


@dataclass(frozen=True)
class VideoRecord:
    """One result video of a task. ``url`` is kept intact and kept out of repr."""

    id: int
    local_id: int
    task_id: str
    index: int
    url: str = field(repr=False)
    expires_at: float | None
    state: DownloadState
    local_path: Path | None
    size: int | None
    error: str | None
    attempts: int
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class CachedUpload:
    """An uploaded image, by the sha256 of its content."""

    sha256: str
    url: str = field(repr=False)
    expires_at: float
    filename: str | None
    content_type: str | None
    bytes: int | None
    created_at: float | None
    stored_at: float

    def to_upload(self) -> Upload:
        return Upload(
            url=self.url,
            expires_at=self.expires_at,
            filename=self.filename,
            content_type=self.content_type,
            bytes=self.bytes,
            created_at=self.created_at,
            sha256=self.sha256,
        )


@dataclass(frozen=True)
class PromptUse:
    """A prompt from the history."""

    text: str
    use_count: int
    first_used: float
    last_used: float
    starred: bool


@dataclass(frozen=True)
class Preset:
    """A saved prompt with its parameters, under a name the user chose."""

    name: str
    request: GenerationRequest
    local_images: tuple[str | None, ...]
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class Batch:
    """Submissions sent together (variations, a prompt matrix), shown as one group."""

    id: str
    label: str
    kind: str  # "variations", "matrix", ...
    created_at: float


@dataclass(frozen=True)
class SpendRow:
    """What one submission cost: the quote before sending and the charge it reported."""

    local_id: int
    created_at: float
    quoted_cost: float | None
    cost: float | None
    batch_id: str | None
    billable: bool  # the service took it (refused submissions are never charged)


# --------------------------------------------------------------------------- schema and migrations

Migration = Callable[[sqlite3.Connection], None]


def sql_migration(*statements: str) -> Migration:
    """A migration made of SQL statements, run one by one inside the migration's transaction.

    (``executescript`` would commit on its own, breaking all-or-nothing.)
    """

    def apply(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


_STATES = "'queued', 'sending', 'accepted', 'rejected'"
_STATUSES = "'pending', 'processing', 'completed', 'failed', 'cancelled'"
_DOWNLOAD_STATES = "'pending', 'downloading', 'done', 'failed', 'expired'"

# Version 1. AUTOINCREMENT so that an id is never reused: ids appear in
# lineage (parent_id), in logs and in file names.
_V1 = sql_migration(
    f"""
    CREATE TABLE tasks (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        idempotency_key  TEXT NOT NULL UNIQUE,
        request_json     TEXT NOT NULL,
        body_json        TEXT NOT NULL,
        quoted_cost      REAL,
        parent_id        INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
        batch_id         TEXT,
        created_at       REAL NOT NULL,
        updated_at       REAL NOT NULL,
        state            TEXT NOT NULL CHECK (state IN ({_STATES})),
        paused           INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
        send_attempts    INTEGER NOT NULL DEFAULT 0,
        last_sent_at     REAL,
        accepted_at      REAL,
        task_id          TEXT UNIQUE,
        status           TEXT CHECK (status IN ({_STATUSES})),
        raw_status       TEXT,
        progress         INTEGER,
        estimated_time   REAL,
        actual_time      REAL,
        cost             REAL,
        credits_cost     REAL,
        error_type       TEXT,
        error_code       TEXT,
        error_message    TEXT,
        server_created   REAL,
        server_completed REAL,
        tracking         INTEGER NOT NULL DEFAULT 1 CHECK (tracking IN (0, 1)),
        last_poll_at     REAL,
        issue            TEXT,
        issue_at         REAL,
        download_state   TEXT CHECK (download_state IN ({_DOWNLOAD_STATES})),
        removed_at       REAL,
        -- a task id exactly when accepted, and a status exactly with a task id
        CHECK ((state = 'accepted') = (task_id IS NOT NULL)),
        CHECK ((task_id IS NULL) = (status IS NULL))
    )
    """,
    "CREATE INDEX tasks_by_state ON tasks(state, tracking, status)",
    "CREATE INDEX tasks_by_batch ON tasks(batch_id) WHERE batch_id IS NOT NULL",
    "CREATE INDEX tasks_by_parent ON tasks(parent_id) WHERE parent_id IS NOT NULL",
    """
    CREATE TABLE task_events (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        local_id  INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        at        REAL NOT NULL,
        kind      TEXT NOT NULL,
        status    TEXT,
        progress  INTEGER,
        detail    TEXT
    )
    """,
    "CREATE INDEX task_events_by_task ON task_events(local_id, id)",
    f"""
    CREATE TABLE videos (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        local_id    INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        idx         INTEGER NOT NULL,
        url         TEXT NOT NULL,
        expires_at  REAL,
        state       TEXT NOT NULL CHECK (state IN ({_DOWNLOAD_STATES})),
        local_path  TEXT,
        size        INTEGER,
        error       TEXT,
        attempts    INTEGER NOT NULL DEFAULT 0,
        created_at  REAL NOT NULL,
        updated_at  REAL NOT NULL,
        UNIQUE (local_id, idx),
        CHECK (state != 'done' OR local_path IS NOT NULL)
    )
    """,
    "CREATE INDEX videos_by_state ON videos(state, expires_at)",
    """
    CREATE TABLE uploads (
        sha256        TEXT PRIMARY KEY,
        url           TEXT NOT NULL,
        expires_at    REAL NOT NULL,
        filename      TEXT,
        content_type  TEXT,
        bytes         INTEGER,
        created_at    REAL,
        stored_at     REAL NOT NULL
    )
    """,
    """
    CREATE TABLE prompts (
        text        TEXT PRIMARY KEY,
        use_count   INTEGER NOT NULL,
        first_used  REAL NOT NULL,
        last_used   REAL NOT NULL,
        starred     INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1))
    )
    """,
    "CREATE INDEX prompts_by_last_used ON prompts(last_used)",
)

# Forward migrations in order: MIGRATIONS[n] takes a database from version n
# to n + 1 (version 0 is an empty file). To change the schema, APPEND one;
# never edit a released one. A migration that rebuilds a table follows
# SQLite's "12 steps" (create new, copy, drop, rename): foreign keys are off
# while migrations run and are checked before each one commits.
# Version 2: saved presets, and named batches (variations, prompt matrices).
_V2 = sql_migration(
    """
    CREATE TABLE presets (
        name          TEXT PRIMARY KEY,
        request_json  TEXT NOT NULL,
        created_at    REAL NOT NULL,
        updated_at    REAL NOT NULL
    )
    """,
    """
    CREATE TABLE batches (
        id          TEXT PRIMARY KEY,
        label       TEXT NOT NULL,
        kind        TEXT NOT NULL,
        created_at  REAL NOT NULL
    )
    """,
    "CREATE INDEX tasks_by_created ON tasks(created_at)",
)

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2)


# --------------------------------------------------------------------------- the store


class Store:
    """The ledger (see the module docstring). Use one per process, from any thread.

    Thread safety: ONE connection (``check_same_thread=False``) guarded by a
    re-entrant lock, held for the whole of each method. Why not a connection
    per thread: SQLite admits one writer at a time anyway, so per-thread
    connections only move the queueing from a Python lock (fair, never fails)
    into SQLite's busy handler (which can give up with "database is locked",
    and cannot help at all when a read transaction must upgrade to a write).
    Our transactions last milliseconds next to network-bound callers, so
    serialising them costs nothing. One connection also means every thread
    sees every committed write at once, and ``close()`` can close it from any
    thread (per-thread connections of finished workers would leak). Other
    processes sharing the file are handled by WAL (readers never block the
    writer), ``BEGIN IMMEDIATE`` (take the write lock up front, so the busy
    timeout applies) and the busy timeout.

    ``migrations`` is for tests of the migration machinery; the app uses the
    default ``MIGRATIONS``.
    """

    def __init__(self, path: Path | None = None, *, migrations: Sequence[Migration] | None = None) -> None:
        self._path = Path(path) if path is not None else paths.data_dir() / DB_FILE_NAME
        self._migrations = tuple(MIGRATIONS if migrations is None else migrations)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = self._open()

    # ------------------------------------------------------------------ lifecycle

    def _open(self) -> sqlite3.Connection:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so Python's
        # sqlite3 never opens or commits a transaction behind our back.
        conn = sqlite3.connect(
            str(self._path),
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            try:
                version = _user_version(conn)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self._path} is not a database OmniDesk can open: {exc}") from exc
            # Refuse a newer database before changing anything in it.
            self._refuse_if_too_new(version)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                # Some network filesystems cannot do WAL; the rollback journal
                # is just as safe, only slower and with readers blocking writers.
                log.warning("database %s: WAL unavailable, using journal mode %s", self._path, mode)
            # FULL rather than NORMAL: in WAL mode NORMAL is already safe against
            # a process crash (a commit is in the OS's hands before it returns)
            # and never corrupts, but a power cut can roll back the last commits.
            # For this ledger the last commit is "we are about to send a paid
            # request with this key": losing it would orphan a billed task. We
            # write a few rows a second at most, so one fsync per commit is cheap.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # Case-insensitive search beyond ASCII (SQLite's LIKE/lower are ASCII-only).
            conn.create_function("casefold", 1, _casefold, deterministic=True)
            self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _refuse_if_too_new(self, version: int) -> None:
        known = len(self._migrations)
        if version > known:
            raise SchemaTooNewError(
                f"{self._path} has schema version {version}, but this OmniDesk only knows versions "
                f"up to {known}: it was written by a newer OmniDesk. Update OmniDesk to open it "
                "(it is left untouched: never downgraded)."
            )

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Apply every migration the file lacks, each in its own transaction."""
        if _user_version(conn) == len(self._migrations):
            return
        # PRAGMA foreign_keys is a no-op inside a transaction: switch it here.
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            while True:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    # Read again under the write lock: another process opening
                    # the same file may have migrated it meanwhile.
                    version = _user_version(conn)
                    self._refuse_if_too_new(version)
                    if version == len(self._migrations):
                        conn.execute("COMMIT")
                        return
                    target = version + 1
                    try:
                        self._migrations[version](conn)
                        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise MigrationError(f"{len(broken)} rows break a foreign key")
                    except Exception as exc:
                        raise MigrationError(
                            f"migrating {self._path} to schema version {target} failed: {exc}"
                        ) from exc
                    # user_version lives in the file header and is transactional:
                    # it moves with the migration or not at all.
                    conn.execute(f"PRAGMA user_version = {target}")
                    conn.execute("COMMIT")
                    log.info("database %s migrated to schema version %d", self._path, target)
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
        finally:
            conn.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        """Close the database. Further calls raise StoreError. Safe to call twice."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self._path)!r})"

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def schema_version(self) -> int:
        """The file's schema version (``PRAGMA user_version``)."""
        with self._read() as conn:
            return _user_version(conn)

    def check_integrity(self) -> bool:
        """True when SQLite's integrity check passes and no row breaks a foreign key."""
        with self._read() as conn:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            fk_broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        return rows == ["ok"] and not fk_broken

    # ------------------------------------------------------------------ transactions

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"the store {self._path} is closed")
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed before the block's caller returns."""
        with self._lock:
            conn = self._connection()
            # IMMEDIATE: take the write lock now, so a wait for another process
            # happens here under the busy timeout instead of failing at the
            # first write of a read-then-write transaction.
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for reads spanning several statements."""
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    # ------------------------------------------------------------------ submissions

    def add_submission(
        self,
        request: GenerationRequest,
        body: Mapping[str, Any],
        idempotency_key: str,
        *,
        now: float,
        quoted_cost: float | None = None,
        local_images: Sequence[str | Path | None] = (),
        parent_id: int | None = None,
        batch_id: str | None = None,
        state: SubmitState = SubmitState.QUEUED,
        paused: bool = False,
    ) -> TaskRecord:
        """Write a submission BEFORE its request is sent, and return it.

        ``body`` is the exact JSON to send and ``idempotency_key`` the key to
        send it with, on every attempt (unique: a reused key raises
        StoreError). ``local_images`` are the local files behind
        ``request.image_urls``, position by position (None where the user gave
        a URL), or empty. ``state`` may be SENDING to write and mark the first
        attempt in one transaction; ``paused`` keeps a QUEUED submission out
        of ``to_send()`` until resumed.
        """
        if not idempotency_key:
            raise ValueError("an idempotency key is required")
        if state not in (SubmitState.QUEUED, SubmitState.SENDING):
            raise ValueError(f"a new submission is queued or sending, not {state}")
        if paused and state is SubmitState.SENDING:
            raise ValueError("a submission being sent cannot be paused")
        images = tuple(None if p is None else str(p) for p in local_images)
        if images and len(images) != len(request.image_urls):
            raise ValueError(
                f"local_images has {len(images)} entries for {len(request.image_urls)} image URLs"
            )
        request_json = encode_request(request, images)
        body_json = json.dumps(body, ensure_ascii=False, allow_nan=False)
        sending = state is SubmitState.SENDING
        with self._write() as conn:
            if parent_id is not None:
                self._row(conn, parent_id)
            try:
                cursor = conn.execute(
                    """INSERT INTO tasks (idempotency_key, request_json, body_json, quoted_cost,
                           parent_id, batch_id, created_at, updated_at, state, paused,
                           send_attempts, last_sent_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (
                        idempotency_key,
                        request_json,
                        body_json,
                        quoted_cost,
                        parent_id,
                        batch_id,
                        now,
                        now,
                        state.value,
                        int(paused),
                        1 if sending else 0,
                        now if sending else None,
                    ),
                )
            except sqlite3.IntegrityError as exc:
                existing = conn.execute(
                    "SELECT id FROM tasks WHERE idempotency_key = ?", (idempotency_key,)
                ).fetchone()
                if existing is not None:
                    raise StoreError(f"idempotency key already used by submission {existing['id']}") from exc
                raise
            local_id = int(cursor.lastrowid or 0)
            self._event(conn, local_id, now, EventKind.CREATED, detail="paused" if paused else None)
            if sending:
                self._event(conn, local_id, now, EventKind.SENDING, detail="attempt 1")
            return self._task(conn, local_id)

    def mark_sending(self, local_id: int, *, now: float) -> TaskRecord:
        """Record that a request for this submission is about to go out (call BEFORE sending).

        Allowed from QUEUED (not paused) and from SENDING (a retry, or the
        re-send after a restart). Counts the attempt.
        """
        with self._write() as conn:
            row = self._row(conn, local_id)
            state = SubmitState(row["state"])
            if state not in (SubmitState.QUEUED, SubmitState.SENDING):
                raise StateError(f"submission {local_id} is {state}: it must not be sent again")
            if row["paused"]:
                raise StateError(f"submission {local_id} is paused: resume it first")
            attempt = row["send_attempts"] + 1
            conn.execute(
                """UPDATE tasks SET state = 'sending', send_attempts = ?, last_sent_at = ?, updated_at = ?
                   WHERE id = ?""",
                (attempt, now, now, local_id),
            )
            self._event(conn, local_id, now, EventKind.SENDING, detail=f"attempt {attempt}")
            return self._task(conn, local_id)

    def mark_accepted(
        self,
        local_id: int,
        task_id: str,
        status: TaskStatus,
        raw_status: str = "",
        *,
        now: float,
        replayed: bool = False,
    ) -> TaskRecord:
        """Record the task id the server gave this submission; tracking starts.

        The server's word that a task exists always wins over our local state
        (losing a task id loses a billed video), so this is accepted from any
        state but one: already accepted under a different task id, which
        raises. Accepted again under the same id (an idempotent replay) it
        changes nothing. A task id already held by another submission raises.
        """
        if not task_id:
            raise ValueError("a task id is required")
        with self._write() as conn:
            row = self._row(conn, local_id)
            if row["state"] == SubmitState.ACCEPTED:
                if row["task_id"] == task_id:
                    return self._task(conn, local_id)
                raise StateError(f"submission {local_id} is already task {row['task_id']}, not {task_id}")
            other = conn.execute("SELECT id FROM tasks WHERE task_id = ?", (task_id,)).fetchone()
            if other is not None:
                raise StateError(f"task {task_id} already belongs to submission {other['id']}")
            conn.execute(
                """UPDATE tasks SET state = 'accepted', paused = 0, task_id = ?, status = ?,
                       raw_status = ?, accepted_at = ?, updated_at = ?, tracking = 1,
                       error_type = NULL, error_code = NULL, error_message = NULL,
                       issue = NULL, issue_at = NULL
                   WHERE id = ?""",
                (task_id, TaskStatus(status).value, raw_status, now, now, local_id),
            )
            detail = f"task {task_id}" + (" (replayed)" if replayed else "")
            self._event(conn, local_id, now, EventKind.ACCEPTED, status=TaskStatus(status), detail=detail)
            return self._task(conn, local_id)

    def mark_rejected(self, local_id: int, error: TaskError, *, now: float) -> TaskRecord:
        """Record that the server refused this submission for good; it is never re-sent.

        Raises StateError for an accepted submission (a known task is never
        downgraded). Rejecting a rejected one replaces its error.
        """
        with self._write() as conn:
            row = self._row(conn, local_id)
            if row["state"] == SubmitState.ACCEPTED:
                raise StateError(f"submission {local_id} was accepted as task {row['task_id']}")
            conn.execute(
                """UPDATE tasks SET state = 'rejected', paused = 0, error_type = ?, error_code = ?,
                       error_message = ?, updated_at = ?
                   WHERE id = ?""",
                (error.type, error.code, error.message, now, local_id),
            )
            self._event(conn, local_id, now, EventKind.REJECTED, detail=error.message)
            return self._task(conn, local_id)

    def back_to_queue(self, local_id: int, *, now: float, note: str) -> TaskRecord:
        """A send failed transiently (timeout, 5xx, 409 in progress): queue it again.

        It will be re-sent with the same key. ``note`` says why, for display
        (``issue``) and the history.
        """
        with self._write() as conn:
            row = self._row(conn, local_id)
            state = SubmitState(row["state"])
            if state not in (SubmitState.QUEUED, SubmitState.SENDING):
                raise StateError(f"submission {local_id} is {state}, not waiting to be sent")
            conn.execute(
                "UPDATE tasks SET state = 'queued', issue = ?, issue_at = ?, updated_at = ? WHERE id = ?",
                (note, now, now, local_id),
            )
            self._event(conn, local_id, now, EventKind.REQUEUED, detail=note)
            return self._task(conn, local_id)

    def set_paused(self, local_id: int, paused: bool, *, now: float) -> TaskRecord:
        """Pause (or resume) a submission not yet accepted; a paused one is not in ``to_send()``.

        Pausing a SENDING one puts it back to QUEUED: it may already exist on
        the server, and resuming re-sends it with the same key, which returns
        that task rather than a new one.
        """
        with self._write() as conn:
            row = self._row(conn, local_id)
            state = SubmitState(row["state"])
            if state not in (SubmitState.QUEUED, SubmitState.SENDING):
                raise StateError(f"submission {local_id} is {state}: only unsent ones can be paused")
            if bool(row["paused"]) == paused:  # (a SENDING one is never paused: resuming it is a no-op)
                return self._task(conn, local_id)
            conn.execute(
                "UPDATE tasks SET state = 'queued', paused = ?, updated_at = ? WHERE id = ?",
                (int(paused), now, local_id),
            )
            self._event(conn, local_id, now, EventKind.PAUSED if paused else EventKind.RESUMED)
            return self._task(conn, local_id)

    def to_send(self, *, include_paused: bool = False) -> list[TaskRecord]:
        """Submissions to send or re-send (QUEUED and SENDING), oldest first.

        After a restart this is the recovery list: a SENDING one may or may
        not have reached the server; re-send it with its stored key and body.
        """
        paused_clause = "" if include_paused else "AND paused = 0"
        return self._tasks_where(
            f"state IN ('queued', 'sending') AND removed_at IS NULL {paused_clause}",
            (),
            order="created_at, id",
        )

    def record_poll(self, local_id: int, task: Task, *, now: float) -> TaskRecord:
        """Record one poll of an accepted task. Idempotent: the same poll twice changes nothing more.

        Updates the row; appends a STATUS event only when the status changes
        (progress-only changes update the row without an event: polls every
        few seconds would bury the history); when completed, records the
        result videos, one row per index, never duplicated. A later poll with
        a fresh link for a video not yet downloaded updates its URL and expiry
        (and revives it if it had expired). A terminal status is never
        replaced by a non-terminal one (a stale poll arriving late). Clears
        ``issue``.
        """
        with self._write() as conn:
            row = self._row(conn, local_id)
            if row["state"] != SubmitState.ACCEPTED:
                raise StateError(f"submission {local_id} has no task to poll (it is {row['state']})")
            if task.id != row["task_id"]:
                raise StateError(f"poll of task {task.id} recorded on submission of task {row['task_id']}")
            old = TaskStatus(row["status"])
            new = TaskStatus(task.status)
            if old.is_terminal and not new.is_terminal:
                log.warning("task %s: ignoring %s after %s", task.id, new, old)
                conn.execute(
                    "UPDATE tasks SET last_poll_at = ?, issue = NULL, issue_at = NULL WHERE id = ?",
                    (now, local_id),
                )
                return self._task(conn, local_id)
            error = task.error
            conn.execute(
                """UPDATE tasks SET status = ?, raw_status = ?,
                       progress = COALESCE(?, progress),
                       estimated_time = COALESCE(?, estimated_time),
                       actual_time = COALESCE(?, actual_time),
                       cost = COALESCE(?, cost),
                       credits_cost = COALESCE(?, credits_cost),
                       server_created = COALESCE(?, server_created),
                       server_completed = COALESCE(?, server_completed),
                       error_type = ?, error_code = ?, error_message = ?,
                       last_poll_at = ?, issue = NULL, issue_at = NULL, updated_at = ?
                   WHERE id = ?""",
                (
                    new.value,
                    task.raw_status or new.value,
                    task.progress,
                    task.estimated_time,
                    task.actual_time,
                    task.cost,
                    task.credits_cost,
                    task.created,
                    task.completed,
                    error.type if error else None,
                    error.code if error else None,
                    error.message if error else None,
                    now,
                    now,
                    local_id,
                ),
            )
            if new is not old:
                detail: str | None = None
                if error is not None:
                    detail = error.message
                elif new is TaskStatus.COMPLETED:
                    count = len(task.videos)
                    detail = f"{count} video{'s' if count != 1 else ''}" if count else "no media returned"
                progress = task.progress if task.progress is not None else row["progress"]
                self._event(
                    conn, local_id, now, EventKind.STATUS, status=new, progress=progress, detail=detail
                )
            if new is TaskStatus.COMPLETED:
                self._record_videos(conn, local_id, task, now)
            return self._task(conn, local_id)

    def record_poll_error(self, local_id: int, message: str, *, now: float) -> TaskRecord:
        """Note a transient polling problem (offline, 429, 5xx) for display; no history row."""
        with self._write() as conn:
            self._row(conn, local_id)
            conn.execute(
                "UPDATE tasks SET issue = ?, issue_at = ?, updated_at = ? WHERE id = ?",
                (message, now, now, local_id),
            )
            return self._task(conn, local_id)

    def set_tracking(self, local_id: int, tracking: bool, *, now: float) -> TaskRecord:
        """Stop (or resume) polling an accepted task.

        Stopping does not stop the server: the task may still finish and be
        charged. Tracking again a task that was removed from the list brings it
        back to the list.
        """
        with self._write() as conn:
            row = self._row(conn, local_id)
            if row["state"] != SubmitState.ACCEPTED:
                raise StateError(f"submission {local_id} is {row['state']}: only tasks can be tracked")
            if tracking and row["removed_at"] is not None:
                conn.execute("UPDATE tasks SET removed_at = NULL WHERE id = ?", (local_id,))
            if bool(row["tracking"]) == tracking:
                return self._task(conn, local_id)
            conn.execute(
                "UPDATE tasks SET tracking = ?, updated_at = ? WHERE id = ?", (int(tracking), now, local_id)
            )
            kind = EventKind.TRACKING_ON if tracking else EventKind.TRACKING_OFF
            self._event(conn, local_id, now, kind, status=TaskStatus(row["status"]), progress=row["progress"])
            return self._task(conn, local_id)

    def active(self) -> list[TaskRecord]:
        """The tasks the poller must poll, oldest first.

        Accepted, tracked, not removed, and either not finished or never
        polled yet (an idempotent replay may report a task already completed:
        one poll is still needed to learn its videos).
        """
        terminal = ", ".join(f"'{s.value}'" for s in TaskStatus if s.is_terminal)
        return self._tasks_where(
            f"""state = 'accepted' AND tracking = 1 AND removed_at IS NULL
                AND (status NOT IN ({terminal}) OR last_poll_at IS NULL)""",
            (),
            order="accepted_at, id",
        )

    def get(self, local_id: int) -> TaskRecord | None:
        """One submission by local id (removed ones included), or None."""
        with self._read() as conn:
            row = conn.execute("SELECT * FROM tasks WHERE id = ?", (local_id,)).fetchone()
            return None if row is None else _task_from_row(row)

    def by_task_id(self, task_id: str) -> TaskRecord | None:
        """The submission that became this server task (removed ones included), or None."""
        with self._read() as conn:
            row = conn.execute("SELECT * FROM tasks WHERE task_id = ?", (task_id,)).fetchone()
            return None if row is None else _task_from_row(row)

    def by_idempotency_key(self, key: str) -> TaskRecord | None:
        """The submission sent with this Idempotency-Key, or None."""
        with self._read() as conn:
            row = conn.execute("SELECT * FROM tasks WHERE idempotency_key = ?", (key,)).fetchone()
            return None if row is None else _task_from_row(row)

    def tasks(
        self,
        *,
        statuses: Collection[TaskStatus] | None = None,
        states: Collection[SubmitState] | None = None,
        batch_id: str | None = None,
        parent_id: int | None = None,
        include_removed: bool = False,
        limit: int | None = None,
    ) -> list[TaskRecord]:
        """Submissions, newest first, filtered by server status, local state, batch or parent."""
        clauses: list[str] = []
        params: list[Any] = []
        if statuses is not None:
            clauses.append(f"status IN ({', '.join('?' * len(statuses))})")
            params.extend(TaskStatus(s).value for s in statuses)
        if states is not None:
            clauses.append(f"state IN ({', '.join('?' * len(states))})")
            params.extend(SubmitState(s).value for s in states)
        if batch_id is not None:
            clauses.append("batch_id = ?")
            params.append(batch_id)
        if parent_id is not None:
            clauses.append("parent_id = ?")
            params.append(parent_id)
        if not include_removed:
            clauses.append("removed_at IS NULL")
        where = " AND ".join(clauses) or "1"
        return self._tasks_where(where, tuple(params), order="created_at DESC, id DESC", limit=limit)

    def remove(self, local_id: int, *, now: float) -> TaskRecord:
        """Remove a submission from the list (it stays in the ledger, hidden).

        Allowed only when forgetting it cannot lose a task the server may run
        or bill: a finished task, an untracked task (the user chose to stop
        following it), a rejected submission, or a queued one never sent.
        Anything else raises StateError. Hidden, not deleted: ``get`` and
        ``by_task_id`` still find it, and its spending stays on record.
        Removing twice changes nothing.
        """
        with self._write() as conn:
            row = self._row(conn, local_id)
            if row["removed_at"] is not None:
                return self._task(conn, local_id)
            record = _task_from_row(row)
            if record.state is SubmitState.ACCEPTED:
                allowed = record.is_terminal or not record.tracking
                why = "still running and tracked: stop tracking it first"
            elif record.state is SubmitState.REJECTED:
                allowed, why = True, ""
            elif record.state is SubmitState.QUEUED:
                allowed = record.send_attempts == 0
                why = "already sent at least once: it may exist on the server"
            else:
                allowed, why = False, "being sent"
            if not allowed:
                raise StateError(f"submission {local_id} cannot be removed: {why}")
            conn.execute("UPDATE tasks SET removed_at = ?, updated_at = ? WHERE id = ?", (now, now, local_id))
            self._event(
                conn, local_id, now, EventKind.REMOVED, status=record.status, progress=record.progress
            )
            return self._task(conn, local_id)

    def events(self, local_id: int) -> list[TaskEvent]:
        """The history of a submission, oldest first."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT * FROM task_events WHERE local_id = ? ORDER BY id", (local_id,)
            ).fetchall()
        return [_event_from_row(r) for r in rows]

    # ------------------------------------------------------------------ videos

    def videos(self, local_id: int) -> list[VideoRecord]:
        """The result videos of a task, by index."""
        return self._videos_where("v.local_id = ?", (local_id,), order="v.idx")

    def video(self, video_id: int) -> VideoRecord | None:
        """One result video, or None."""
        found = self._videos_where("v.id = ?", (video_id,), order="v.id")
        return found[0] if found else None

    def videos_to_download(
        self, *, now: float, max_attempts: int = DEFAULT_MAX_DOWNLOAD_ATTEMPTS
    ) -> list[VideoRecord]:
        """Videos to download now, the soonest to expire first (unknown expiry last).

        PENDING ones, and FAILED ones tried fewer than ``max_attempts`` times,
        whose link has not expired at ``now``. Videos of removed tasks are left
        out (the user removed them from the list).
        """
        return self._videos_where(
            """(v.state = 'pending' OR (v.state = 'failed' AND v.attempts < ?))
               AND (v.expires_at IS NULL OR v.expires_at > ?)
               AND t.removed_at IS NULL""",
            (max_attempts, now),
            order="v.expires_at IS NULL, v.expires_at, v.id",
        )

    def set_video_state(
        self,
        video_id: int,
        state: DownloadState,
        *,
        now: float,
        local_path: Path | None = None,
        size: int | None = None,
        error: str | None = None,
    ) -> VideoRecord:
        """Move a video to ``state``; the task's aggregate download state follows.

        DOWNLOADING counts an attempt (call it before starting) and clears the
        error; DONE needs ``local_path`` (and takes ``size``); FAILED keeps
        ``error``.
        """
        state = DownloadState(state)
        if state is DownloadState.DONE and local_path is None:
            raise ValueError("a downloaded video needs its local path")
        with self._write() as conn:
            row = conn.execute("SELECT local_id FROM videos WHERE id = ?", (video_id,)).fetchone()
            if row is None:
                raise UnknownRecordError(f"no video {video_id}")
            if state is DownloadState.DOWNLOADING:
                conn.execute(
                    """UPDATE videos SET state = ?, attempts = attempts + 1, error = NULL, updated_at = ?
                       WHERE id = ?""",
                    (state.value, now, video_id),
                )
            elif state is DownloadState.DONE:
                conn.execute(
                    """UPDATE videos SET state = ?, local_path = ?, size = ?, error = NULL, updated_at = ?
                       WHERE id = ?""",
                    (state.value, str(local_path), size, now, video_id),
                )
            else:
                conn.execute(
                    "UPDATE videos SET state = ?, error = COALESCE(?, error), updated_at = ? WHERE id = ?",
                    (state.value, error, now, video_id),
                )
            self._refresh_download_state(conn, row["local_id"], now)
            return self._videos_where_in(conn, "v.id = ?", (video_id,), order="v.id")[0]

    def expire_overdue_videos(self, *, now: float) -> list[VideoRecord]:
        """Mark PENDING and FAILED videos whose link died at or before ``now`` as EXPIRED.

        Returns them (so the user can be told what was lost). A download in
        progress is left to finish or fail on its own.
        """
        with self._write() as conn:
            ids = [
                r["id"]
                for r in conn.execute(
                    """SELECT id FROM videos WHERE state IN ('pending', 'failed')
                       AND expires_at IS NOT NULL AND expires_at <= ?""",
                    (now,),
                )
            ]
            if not ids:
                return []
            marks = ", ".join("?" * len(ids))
            conn.execute(
                f"""UPDATE videos SET state = 'expired', updated_at = ?,
                        error = COALESCE(error, 'link expired before it was downloaded')
                    WHERE id IN ({marks})""",
                (now, *ids),
            )
            local_ids = {
                r["local_id"]
                for r in conn.execute(f"SELECT DISTINCT local_id FROM videos WHERE id IN ({marks})", ids)
            }
            for local_id in local_ids:
                self._refresh_download_state(conn, local_id, now)
            return self._videos_where_in(conn, f"v.id IN ({marks})", tuple(ids), order="v.id")

    def requeue_interrupted_downloads(self, *, now: float) -> list[VideoRecord]:
        """At startup: downloads left DOWNLOADING by a crash go back to PENDING.

        Call only when no download of any process is running (at startup of
        the single app instance); downloads resume from their .part file.
        """
        with self._write() as conn:
            ids = [r["id"] for r in conn.execute("SELECT id FROM videos WHERE state = 'downloading'")]
            if not ids:
                return []
            marks = ", ".join("?" * len(ids))
            conn.execute(
                f"""UPDATE videos SET state = 'pending', updated_at = ?,
                        error = 'interrupted' WHERE id IN ({marks})""",
                (now, *ids),
            )
            for r in conn.execute(f"SELECT DISTINCT local_id FROM videos WHERE id IN ({marks})", ids):
                self._refresh_download_state(conn, r["local_id"], now)
            return self._videos_where_in(conn, f"v.id IN ({marks})", tuple(ids), order="v.id")

    # ------------------------------------------------------------------ uploads

    def cached_upload(
        self, sha256: str, *, now: float, min_remaining: float = DEFAULT_UPLOAD_MIN_REMAINING
    ) -> CachedUpload | None:
        """The cached upload of this content, if its URL stays valid ``min_remaining`` s past ``now``."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT * FROM uploads WHERE sha256 = ? AND expires_at >= ?",
                (sha256.lower(), now + min_remaining),
            ).fetchone()
        return None if row is None else _upload_from_row(row)

    def remember_upload(self, upload: Upload, sha256: str | None = None, *, now: float) -> CachedUpload:
        """Cache an upload under the sha256 of the file's content (replacing an older one).

        ``sha256`` defaults to ``upload.sha256``; one of them is required.
        """
        digest = (sha256 or upload.sha256 or "").lower()
        if not digest:
            raise ValueError("the sha256 of the uploaded content is required")
        with self._write() as conn:
            conn.execute(
                """INSERT INTO uploads (sha256, url, expires_at, filename, content_type, bytes,
                       created_at, stored_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (sha256) DO UPDATE SET url = excluded.url, expires_at = excluded.expires_at,
                       filename = excluded.filename, content_type = excluded.content_type,
                       bytes = excluded.bytes, created_at = excluded.created_at,
                       stored_at = excluded.stored_at""",
                (
                    digest,
                    upload.url,
                    upload.expires_at,
                    upload.filename,
                    upload.content_type,
                    upload.bytes,
                    upload.created_at,
                    now,
                ),
            )
            row = conn.execute("SELECT * FROM uploads WHERE sha256 = ?", (digest,)).fetchone()
            return _upload_from_row(row)

    def forget_upload(self, sha256: str) -> None:
        """Drop a cached upload (its URL turned out dead before its expiry)."""
        with self._write() as conn:
            conn.execute("DELETE FROM uploads WHERE sha256 = ?", (sha256.lower(),))

    def prune_uploads(self, *, now: float) -> int:
        """Drop cached uploads already expired at ``now``; returns how many."""
        with self._write() as conn:
            return conn.execute("DELETE FROM uploads WHERE expires_at <= ?", (now,)).rowcount

    # ------------------------------------------------------------------ prompts

    def note_prompt(self, text: str, *, now: float) -> PromptUse:
        """Count one use of a prompt (surrounding whitespace ignored, as when it is sent)."""
        key = _prompt_key(text)
        with self._write() as conn:
            conn.execute(
                """INSERT INTO prompts (text, use_count, first_used, last_used) VALUES (?, 1, ?, ?)
                   ON CONFLICT (text) DO UPDATE SET use_count = use_count + 1,
                       last_used = MAX(last_used, excluded.last_used),
                       first_used = MIN(first_used, excluded.first_used)""",
                (key, now, now),
            )
            row = conn.execute("SELECT * FROM prompts WHERE text = ?", (key,)).fetchone()
            return _prompt_from_row(row)

    def prompt_history(
        self, search: str = "", *, limit: int | None = 100, starred_only: bool = False
    ) -> list[PromptUse]:
        """Prompts used, most recently used first; ``search`` matches a substring, ignoring case."""
        clauses = ["instr(casefold(text), ?) > 0"]
        params: list[Any] = [_casefold(search)]
        if starred_only:
            clauses.append("starred = 1")
        sql = f"SELECT * FROM prompts WHERE {' AND '.join(clauses)} ORDER BY last_used DESC, text"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [_prompt_from_row(r) for r in rows]

    def set_prompt_starred(self, text: str, starred: bool) -> PromptUse:
        """Star or unstar a prompt of the history (UnknownRecordError if never used)."""
        key = _prompt_key(text)
        with self._write() as conn:
            if (
                conn.execute("UPDATE prompts SET starred = ? WHERE text = ?", (int(starred), key)).rowcount
                == 0
            ):
                raise UnknownRecordError("no such prompt in the history")
            row = conn.execute("SELECT * FROM prompts WHERE text = ?", (key,)).fetchone()
            return _prompt_from_row(row)

    def merge_prompt_use(self, use: PromptUse) -> PromptUse:
        """Add an imported history entry: its uses add up, its times widen the span, a star sticks."""
        key = _prompt_key(use.text)
        with self._write() as conn:
            conn.execute(
                """INSERT INTO prompts (text, use_count, first_used, last_used, starred)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (text) DO UPDATE SET use_count = use_count + excluded.use_count,
                       first_used = MIN(first_used, excluded.first_used),
                       last_used = MAX(last_used, excluded.last_used),
                       starred = MAX(starred, excluded.starred)""",
                (key, max(1, use.use_count), use.first_used, use.last_used, int(use.starred)),
            )
            row = conn.execute("SELECT * FROM prompts WHERE text = ?", (key,)).fetchone()
            return _prompt_from_row(row)

    def forget_prompt(self, text: str) -> None:
        """Delete a prompt from the history."""
        with self._write() as conn:
            conn.execute("DELETE FROM prompts WHERE text = ?", (_prompt_key(text),))

    def last_request_for_prompt(self, text: str) -> TaskRecord | None:
        """The newest submission made with this prompt (to load it with its parameters)."""
        key = _prompt_key(text)
        with self._read() as conn:
            for row in conn.execute("SELECT * FROM tasks ORDER BY created_at DESC, id DESC"):
                record = _task_from_row(row)
                if _prompt_key(record.request.prompt) == key:
                    return record
        return None

    # ------------------------------------------------------------------ presets

    def save_preset(
        self,
        name: str,
        request: GenerationRequest,
        local_images: Sequence[str | None] = (),
        *,
        now: float,
    ) -> Preset:
        """Save (or overwrite) the preset ``name`` (surrounding whitespace ignored; not empty)."""
        key = name.strip()
        if not key:
            raise ValueError("a preset needs a name")
        request_json = encode_request(request, tuple(local_images))
        with self._write() as conn:
            conn.execute(
                """INSERT INTO presets (name, request_json, created_at, updated_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (name) DO UPDATE SET request_json = excluded.request_json,
                       updated_at = excluded.updated_at""",
                (key, request_json, now, now),
            )
            row = conn.execute("SELECT * FROM presets WHERE name = ?", (key,)).fetchone()
            return _preset_from_row(row)

    def presets(self) -> list[Preset]:
        """Every preset, by name (ignoring case)."""
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM presets ORDER BY casefold(name), name").fetchall()
        return [_preset_from_row(r) for r in rows]

    def delete_preset(self, name: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM presets WHERE name = ?", (name.strip(),))

    # ------------------------------------------------------------------ batches and lineage

    def add_batch(self, batch_id: str, label: str, kind: str, *, now: float) -> Batch:
        """Name a batch before its submissions are added with ``batch_id``."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO batches (id, label, kind, created_at) VALUES (?, ?, ?, ?)",
                (batch_id, label, kind, now),
            )
        return Batch(batch_id, label, kind, now)

    def batch(self, batch_id: str) -> Batch | None:
        with self._read() as conn:
            row = conn.execute("SELECT * FROM batches WHERE id = ?", (batch_id,)).fetchone()
        return None if row is None else Batch(row["id"], row["label"], row["kind"], row["created_at"])

    def batches(self) -> list[Batch]:
        """Every named batch, newest first."""
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM batches ORDER BY created_at DESC, id").fetchall()
        return [Batch(r["id"], r["label"], r["kind"], r["created_at"]) for r in rows]

    def thread(self, local_id: int) -> list[TaskRecord]:
        """A submission's whole iteration thread: the root it descends from and every
        generation made from it, oldest first (removed ones too: lineage outlives the list)."""
        with self._read() as conn:
            root = conn.execute(
                """WITH RECURSIVE up(id, parent_id, depth) AS (
                       SELECT id, parent_id, 0 FROM tasks WHERE id = ?
                       UNION ALL
                       SELECT t.id, t.parent_id, up.depth + 1 FROM tasks t JOIN up ON t.id = up.parent_id
                       WHERE up.depth < 10000
                   ) SELECT id FROM up ORDER BY depth DESC LIMIT 1""",
                (local_id,),
            ).fetchone()
            if root is None:
                raise UnknownRecordError(f"no submission {local_id}")
            rows = conn.execute(
                """WITH RECURSIVE down(id) AS (
                       SELECT ?
                       UNION
                       SELECT t.id FROM tasks t JOIN down ON t.parent_id = down.id
                   ) SELECT tasks.* FROM tasks JOIN down ON tasks.id = down.id
                     ORDER BY tasks.created_at, tasks.id""",
                (root["id"],),
            ).fetchall()
        return [_task_from_row(r) for r in rows]

    # ------------------------------------------------------------------ spend

    def spend(self, *, since: float | None = None) -> list[SpendRow]:
        """What each submission was quoted and charged, oldest first (``since``: created at or after)."""
        sql = (
            "SELECT id, created_at, quoted_cost, cost, batch_id, state FROM tasks"
            + (" WHERE created_at >= ?" if since is not None else "")
            + " ORDER BY created_at, id"
        )
        with self._read() as conn:
            rows = conn.execute(sql, () if since is None else (since,)).fetchall()
        return [
            SpendRow(
                local_id=r["id"],
                created_at=r["created_at"],
                quoted_cost=r["quoted_cost"],
                cost=r["cost"],
                batch_id=r["batch_id"],
                billable=r["state"] != SubmitState.REJECTED.value,
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ helpers (lock held)

    def _row(self, conn: sqlite3.Connection, local_id: int) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM tasks WHERE id = ?", (local_id,)).fetchone()
        if row is None:
            raise UnknownRecordError(f"no submission {local_id}")
        result: sqlite3.Row = row
        return result

    def _task(self, conn: sqlite3.Connection, local_id: int) -> TaskRecord:
        return _task_from_row(self._row(conn, local_id))

    def _tasks_where(
        self, where: str, params: tuple[Any, ...], *, order: str, limit: int | None = None
    ) -> list[TaskRecord]:
        sql = f"SELECT * FROM tasks WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params = (*params, limit)
        with self._read() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [_task_from_row(r) for r in rows]

    def _videos_where(self, where: str, params: tuple[Any, ...], *, order: str) -> list[VideoRecord]:
        with self._read() as conn:
            return self._videos_where_in(conn, where, params, order=order)

    @staticmethod
    def _videos_where_in(
        conn: sqlite3.Connection, where: str, params: tuple[Any, ...], *, order: str
    ) -> list[VideoRecord]:
        rows = conn.execute(
            f"""SELECT v.*, t.task_id AS task_id FROM videos v JOIN tasks t ON t.id = v.local_id
                WHERE {where} ORDER BY {order}""",
            params,
        ).fetchall()
        return [_video_from_row(r) for r in rows]

    @staticmethod
    def _event(
        conn: sqlite3.Connection,
        local_id: int,
        now: float,
        kind: EventKind,
        *,
        status: TaskStatus | None = None,
        progress: int | None = None,
        detail: str | None = None,
    ) -> None:
        conn.execute(
            """INSERT INTO task_events (local_id, at, kind, status, progress, detail)
               VALUES (?, ?, ?, ?, ?, ?)""",
            (local_id, now, kind.value, status.value if status else None, progress, detail),
        )

    def _record_videos(self, conn: sqlite3.Connection, local_id: int, task: Task, now: float) -> None:
        for index, result in enumerate(task.videos):
            expired = result.expires_at is not None and result.expires_at <= now
            existing = conn.execute(
                "SELECT id, url, expires_at, state FROM videos WHERE local_id = ? AND idx = ?",
                (local_id, index),
            ).fetchone()
            if existing is None:
                conn.execute(
                    """INSERT INTO videos (local_id, idx, url, expires_at, state, error,
                           created_at, updated_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    (
                        local_id,
                        index,
                        result.url,
                        result.expires_at,
                        DownloadState.EXPIRED.value if expired else DownloadState.PENDING.value,
                        "link expired before it was downloaded" if expired else None,
                        now,
                        now,
                    ),
                )
                continue
            if existing["state"] == DownloadState.DONE:
                continue
            if existing["url"] == result.url and existing["expires_at"] == result.expires_at:
                continue
            # A fresh link for a video we do not have yet: take it, and revive
            # the video if only its old link had died.
            state = existing["state"]
            if state == DownloadState.EXPIRED and not expired:
                state = DownloadState.PENDING.value
            conn.execute(
                "UPDATE videos SET url = ?, expires_at = ?, state = ?, updated_at = ? WHERE id = ?",
                (result.url, result.expires_at, state, now, existing["id"]),
            )
        self._refresh_download_state(conn, local_id, now)

    @staticmethod
    def _refresh_download_state(conn: sqlite3.Connection, local_id: int, now: float) -> None:
        states = {
            DownloadState(r[0])
            for r in conn.execute("SELECT state FROM videos WHERE local_id = ?", (local_id,))
        }
        aggregate = _aggregate_download_state(states)
        value = aggregate.value if aggregate else None
        conn.execute(
            "UPDATE tasks SET download_state = ?, updated_at = ? WHERE id = ? AND download_state IS NOT ?",
            (value, now, local_id, value),
        )


# --------------------------------------------------------------------------- row conversion


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _casefold(value: object) -> str:
    return value.casefold() if isinstance(value, str) else ""


def _prompt_key(text: str) -> str:
    key = text.strip()
    if not key:
        raise ValueError("an empty prompt is not recorded")
    return key


def _aggregate_download_state(states: Collection[DownloadState]) -> DownloadState | None:
    """A task's download state from its videos': the least finished one wins."""
    for state in (
        DownloadState.DOWNLOADING,
        DownloadState.PENDING,
        DownloadState.FAILED,
        DownloadState.EXPIRED,
    ):
        if state in states:
            return state
    return DownloadState.DONE if states else None


_REQUEST_FORMAT = 1


def encode_request(request: GenerationRequest, local_images: tuple[str | None, ...]) -> str:
    """A request and its local images as the JSON the store keeps (and exports carry)."""
    # Every field of the dataclass, so a field added later is stored without
    # touching this code (and an old record lacking it gets the default).
    data: dict[str, Any] = {}
    for f in dataclasses.fields(request):
        value = getattr(request, f.name)
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, enum.Enum):
            value = value.value
        data[f.name] = value
    return json.dumps(
        {"format": _REQUEST_FORMAT, "request": data, "local_images": list(local_images)},
        ensure_ascii=False,
        allow_nan=False,
    )


def decode_request(text: str) -> tuple[GenerationRequest, tuple[str | None, ...]]:
    """The inverse of ``encode_request``; fields this version does not know are dropped."""
    stored = json.loads(text)
    known = {f.name for f in dataclasses.fields(GenerationRequest)}
    kwargs: dict[str, Any] = {}
    for name, value in stored["request"].items():
        if name not in known:
            continue
        if name == "mode":
            value = Mode(value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[name] = value
    return GenerationRequest(**kwargs), tuple(stored.get("local_images") or ())


def _task_from_row(row: sqlite3.Row) -> TaskRecord:
    request, local_images = decode_request(row["request_json"])
    error = (
        TaskError(message=row["error_message"], code=row["error_code"], type=row["error_type"])
        if row["error_message"] is not None
        else None
    )
    return TaskRecord(
        id=row["id"],
        idempotency_key=row["idempotency_key"],
        request=request,
        local_images=local_images,
        body_json=row["body_json"],
        quoted_cost=row["quoted_cost"],
        parent_id=row["parent_id"],
        batch_id=row["batch_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        state=SubmitState(row["state"]),
        paused=bool(row["paused"]),
        send_attempts=row["send_attempts"],
        last_sent_at=row["last_sent_at"],
        accepted_at=row["accepted_at"],
        task_id=row["task_id"],
        status=TaskStatus(row["status"]) if row["status"] is not None else None,
        raw_status=row["raw_status"],
        progress=row["progress"],
        estimated_time=row["estimated_time"],
        actual_time=row["actual_time"],
        cost=row["cost"],
        credits_cost=row["credits_cost"],
        error=error,
        server_created=row["server_created"],
        server_completed=row["server_completed"],
        tracking=bool(row["tracking"]),
        last_poll_at=row["last_poll_at"],
        issue=row["issue"],
        issue_at=row["issue_at"],
        download_state=DownloadState(row["download_state"]) if row["download_state"] else None,
        removed_at=row["removed_at"],
    )


def _event_from_row(row: sqlite3.Row) -> TaskEvent:
    return TaskEvent(
        id=row["id"],
        local_id=row["local_id"],
        at=row["at"],
        kind=EventKind(row["kind"]),
        status=TaskStatus(row["status"]) if row["status"] is not None else None,
        progress=row["progress"],
        detail=row["detail"],
    )


def _video_from_row(row: sqlite3.Row) -> VideoRecord:
    return VideoRecord(
        id=row["id"],
        local_id=row["local_id"],
        task_id=row["task_id"],
        index=row["idx"],
        url=row["url"],
        expires_at=row["expires_at"],
        state=DownloadState(row["state"]),
        local_path=Path(row["local_path"]) if row["local_path"] is not None else None,
        size=row["size"],
        error=row["error"],
        attempts=row["attempts"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _upload_from_row(row: sqlite3.Row) -> CachedUpload:
    return CachedUpload(
        sha256=row["sha256"],
        url=row["url"],
        expires_at=row["expires_at"],
        filename=row["filename"],
        content_type=row["content_type"],
        bytes=row["bytes"],
        created_at=row["created_at"],
        stored_at=row["stored_at"],
    )


def _preset_from_row(row: sqlite3.Row) -> Preset:
    request, local_images = decode_request(row["request_json"])
    return Preset(row["name"], request, local_images, row["created_at"], row["updated_at"])


def _prompt_from_row(row: sqlite3.Row) -> PromptUse:
    return PromptUse(
        text=row["text"],
        use_count=row["use_count"],
        first_used=row["first_used"],
        last_used=row["last_used"],
        starred=bool(row["starred"]),
    )
