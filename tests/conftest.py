"""Shared fixtures. ``ws`` is a fresh, migrated workspace on SQLite *and* on the local
PostgreSQL server (a schema of its own per test), so every store test runs on both."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text

from healthplan.store import Workspace

# Tests check results, never time (bench/ measures speed): Hypothesis's 200 ms deadline per
# example failed property tests on a loaded machine.
settings.register_profile("healthplan", deadline=None)
settings.load_profile("healthplan")

PG_URL = os.environ.get(
    "HEALTHPLAN_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def pg_available() -> str:
    """The PostgreSQL server must be reachable: tests fail loudly instead of skipping."""
    engine = create_engine(PG_URL)
    try:
        with engine.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as exc:  # any driver error means the suite cannot do its job
        pytest.fail(f"PostgreSQL at {PG_URL} is not reachable: {exc}", pytrace=False)
    finally:
        engine.dispose()
    return PG_URL


@pytest.fixture
def make_workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """Factory: ``make_workspace("sqlite"|"postgresql", migrate=True)``."""
    created: list[tuple[Workspace, str | None]] = []

    def factory(backend: str, *, migrate: bool = True, actor: str = "tester") -> Workspace:
        if backend == "sqlite":
            ws = Workspace(
                f"sqlite:///{tmp_path / f'hp-{len(created)}.db'}", home=tmp_path, actor=actor
            )
            schema = None
        else:
            url = request.getfixturevalue("pg_available")
            schema = f"t_{uuid.uuid4().hex[:12]}"
            admin = create_engine(url)
            with admin.begin() as connection:
                connection.execute(text(f'CREATE SCHEMA "{schema}"'))
            admin.dispose()
            ws = Workspace(
                url,
                home=tmp_path,
                actor=actor,
                engine_options={"connect_args": {"options": f"-csearch_path={schema}"}},
            )
        created.append((ws, schema))
        if migrate:
            ws.upgrade()
        return ws

    yield factory
    for ws, schema in created:
        ws.close()
        if schema:
            admin = create_engine(PG_URL)
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def ws(make_workspace, backend: str) -> Workspace:  # type: ignore[no-untyped-def]
    """A migrated, empty workspace on each backend."""
    return make_workspace(backend)  # type: ignore[no-any-return]


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a CLI run: a fresh workspace in ``tmp_path``, its SQLite database,
    the Chinese interface; a new user's password comes from the environment, as a script
    gives it, so no command waits at a prompt."""
    return {
        "HEALTHPLAN_HOME": str(tmp_path),
        "HEALTHPLAN_DATABASE_URL": "",
        "HEALTHPLAN_LANG": "zh",
        "HEALTHPLAN_NEW_PASSWORD": "correct-horse-battery",
    }
