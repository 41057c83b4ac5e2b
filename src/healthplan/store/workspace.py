"""The one I/O seam: a :class:`Workspace` owns the database connection. Library functions
take a workspace, so tests pass one on a real SQLite file or PostgreSQL schema, no mocks."""

from __future__ import annotations

import gzip
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, create_engine, event, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from healthplan import config
from healthplan.errors import HealthplanError
from healthplan.i18n import t

# Every table, before the first flush: a stage's rows name other stages' tables in foreign keys.
from healthplan.store import schema  # noqa: F401
from healthplan.store.audit import ACTOR_KEY

MIGRATIONS = Path(__file__).with_name("migrations")
ACTOR_LENGTH = 100  # audit_log.actor
# How long a writer waits for another writer's transaction (a 100,000-row import takes ~10 s).
LOCK_WAIT_SECONDS = 300
_LOCK_OPTION = "healthplan_write_lock"


class WorkspaceBusyError(HealthplanError):
    """Another writer held the workspace longer than :data:`LOCK_WAIT_SECONDS`."""


class Workspace:
    """A healthplan workspace: the database and the folder beside it for files it writes."""

    def __init__(
        self,
        database_url: str | None = None,
        *,
        home: Path | None = None,
        actor: str | None = None,
        engine_options: dict[str, Any] | None = None,
    ) -> None:
        self.home = home or config.home()
        self.url = database_url or config.database_url()
        self.actor = actor or config.current_actor()
        if len(self.actor) > ACTOR_LENGTH or "\x00" in self.actor:
            raise HealthplanError(
                t(
                    "the user name (HEALTHPLAN_USER) must be at most {n} characters",
                    n=ACTOR_LENGTH,
                )
            )
        if self.url.startswith("sqlite:///"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        options = dict(engine_options or {})
        # A failed statement's message never carries row values (comments, names: personal data).
        options.setdefault("hide_parameters", True)
        if self.url.startswith("sqlite"):
            options["connect_args"] = {"timeout": LOCK_WAIT_SECONDS} | options.get(
                "connect_args", {}
            )
        self.engine: Engine = create_engine(self.url, **options)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._current: ContextVar[Session | None] = ContextVar(f"session-{id(self)}", default=None)

    def __repr__(self) -> str:
        return f"Workspace({self.engine.url.render_as_string(hide_password=True)!r})"

    @contextmanager
    def session(self, *, lock: bool = False) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back whole on any error.

        Inside another ``session()`` block of the same workspace it joins that transaction,
        so a stage can call another stage's public writer and stay atomic.

        ``lock``: take the workspace's write lock before the first read, so that no other
        locking transaction commits between what this one reads and what it writes (an import
        deciding insert or update, an approval checking the state it moves from). Locking
        transactions run one after another; readers are never blocked."""
        current = self._current.get()
        if current is not None:
            if lock and not current.info.get(_LOCK_OPTION) and self.engine.dialect.name != "sqlite":
                self._lock(current)  # on SQLite the outermost block must ask for the lock
            yield current
            return
        try:
            with self._sessions.begin() as session:
                session.info[ACTOR_KEY] = self.actor
                if lock:
                    self._lock(session)
                token = self._current.set(session)
                try:
                    yield session
                finally:
                    self._current.reset(token)
        except OperationalError as error:
            raise _busy(error) from error

    def _lock(self, session: Session) -> None:
        session.info[_LOCK_OPTION] = True
        if self.engine.dialect.name == "sqlite":
            # BEGIN IMMEDIATE (see _sqlite_begin), the first statement of the session.
            session.connection(execution_options={_LOCK_OPTION: True})
        else:
            _pg_lock(session.connection())

    def _alembic(self) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return cfg

    @contextmanager
    def _migrating(self) -> Iterator[Config]:
        """One locked transaction for a whole migration: processes starting at once on an
        empty workspace create the schema once; a failing step leaves nothing changed."""
        sqlite = self.engine.dialect.name == "sqlite"
        try:
            with self.engine.connect() as plain:
                if sqlite:
                    # Batch migrations rebuild and drop tables in an order foreign keys would
                    # refuse midway; the keys are checked once before the commit instead.
                    _dbapi(plain).execute("PRAGMA foreign_keys=OFF")
                try:
                    connection = plain.execution_options(**{_LOCK_OPTION: True})
                    with connection.begin():
                        if not sqlite:
                            _pg_lock(connection)
                        cfg = self._alembic()
                        cfg.attributes["connection"] = connection
                        yield cfg
                        if (
                            sqlite
                            and connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                        ):
                            raise HealthplanError(t("the migration would break foreign keys"))
                finally:
                    if sqlite:
                        _dbapi(plain).execute("PRAGMA foreign_keys=ON")
        except OperationalError as error:
            raise _busy(error) from error

    def upgrade(self, revision: str = "heads") -> None:
        """Bring the schema to ``revision`` (Alembic), creating the database if needed."""
        with self._migrating() as cfg:
            command.upgrade(cfg, revision)

    def downgrade(self, revision: str, *, backup: bool = True) -> Path | None:
        """Take the schema back to ``revision`` in one transaction (all or nothing): tables
        and columns the older schema lacks are dropped with their rows, so unless ``backup``
        is false every table is first copied by :meth:`backup`, whose file is returned."""
        ScriptDirectory.from_config(self._alembic()).get_revisions(revision)  # known, or raise
        saved = self.backup() if backup else None
        with self._migrating() as cfg:
            command.downgrade(cfg, revision)
        return saved

    def backup(self) -> Path:
        """Copy every table to ``<home>/backups/``: the SQLite file itself (open it as a
        workspace to restore), or for PostgreSQL every row as gzipped JSON lines."""
        folder = self.home / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        revision = self.current() or "base"
        if self.engine.dialect.name == "sqlite":
            target = folder / f"healthplan-{stamp}-{revision}.db"
            source = sqlite3.connect(str(self.engine.url.database))
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
                source.close()
            return target
        target = folder / f"healthplan-{stamp}-{revision}.jsonl.gz"
        metadata = MetaData()
        with self.engine.connect() as connection:
            metadata.reflect(connection)
            with gzip.open(target, "wt", encoding="utf-8") as out:
                for table in metadata.sorted_tables:
                    for row in connection.execute(select(table)).mappings():
                        record = {"table": table.name, "row": dict(row)}
                        out.write(json.dumps(record, ensure_ascii=False, default=_plain) + "\n")
        return target

    def current(self) -> str | None:
        """The schema revision the database is at, or None for an empty database."""
        try:
            with self.engine.connect() as connection:
                return MigrationContext.configure(connection).get_current_revision()
        except OperationalError as error:
            raise _busy(error) from error

    def head(self) -> str | None:
        """The latest revision available (the migrations are one chain)."""
        return ScriptDirectory.from_config(self._alembic()).get_current_head()

    def ensure_schema(self) -> None:
        """Upgrade when the schema is behind; every command that touches data calls this."""
        if self.current() != self.head():
            self.upgrade()

    def close(self) -> None:
        self.engine.dispose()


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else str(value)


def _busy(error: OperationalError) -> Exception:
    message = str(error.orig or error)
    if "database is locked" in message or "lock timeout" in message:
        return WorkspaceBusyError(
            t(
                "the workspace is busy: another command kept it locked for {n} s; try again",
                n=LOCK_WAIT_SECONDS,
            )
        )
    return error


def _dbapi(connection: Connection) -> Any:
    return connection.connection.dbapi_connection


def _pg_lock(connection: Connection) -> None:
    # One lock per schema (a workspace), released at commit or rollback.
    connection.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT_SECONDS}s'"))
    connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(current_schema()))"))


def _sqlite_begin(connection: Connection) -> None:
    # pysqlite's own BEGIN is turned off (_sqlite_pragmas): DDL is transactional too, and a
    # locking transaction starts with the write lock instead of upgrading a read snapshot
    # (which fails at once, without waiting, when another writer committed meanwhile).
    immediate = connection.get_execution_options().get(_LOCK_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    _wal(cursor)
    cursor.close()


def _wal(cursor: sqlite3.Cursor) -> None:
    # Turning a new file to WAL takes it whole for a moment, and SQLite reports "locked" at
    # once there instead of calling the busy handler (the connection's timeout), so the first
    # commands of several processes on a new workspace wait here for each other.
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    pause = 0.005
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)
