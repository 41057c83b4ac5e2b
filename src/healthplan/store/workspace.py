"""The one I/O seam: a :class:`Workspace` owns the database connection. Library functions
take a workspace, so tests pass one on a real SQLite file or PostgreSQL schema, no mocks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from healthplan import config

# Every table, before the first flush: a stage's rows name other stages' tables in foreign keys.
from healthplan.store import schema  # noqa: F401
from healthplan.store.audit import ACTOR_KEY

MIGRATIONS = Path(__file__).with_name("migrations")


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
        if self.url.startswith("sqlite:///"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url, **(engine_options or {}))
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._current: ContextVar[Session | None] = ContextVar(f"session-{id(self)}", default=None)

    def __repr__(self) -> str:
        return f"Workspace({self.engine.url.render_as_string(hide_password=True)!r})"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back whole on any error.

        Inside another ``session()`` block of the same workspace it joins that transaction,
        so a stage can call another stage's public writer and stay atomic."""
        current = self._current.get()
        if current is not None:
            yield current
            return
        with self._sessions.begin() as session:
            session.info[ACTOR_KEY] = self.actor
            token = self._current.set(session)
            try:
                yield session
            finally:
                self._current.reset(token)

    def _alembic(self) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return cfg

    def upgrade(self, revision: str = "heads") -> None:
        """Bring the schema to ``revision`` (Alembic), creating the database if needed."""
        with self.engine.begin() as connection:
            cfg = self._alembic()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)

    def downgrade(self, revision: str) -> None:
        with self.engine.begin() as connection:
            cfg = self._alembic()
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, revision)

    def current(self) -> str | None:
        """The schema revision the database is at, or None for an empty database."""
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def head(self) -> str | None:
        """The latest revision available (the migrations are one chain)."""
        return ScriptDirectory.from_config(self._alembic()).get_current_head()

    def ensure_schema(self) -> None:
        """Upgrade when the schema is behind; every command that touches data calls this."""
        if self.current() != self.head():
            self.upgrade()

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
