"""Alembic migrations go up and down on both databases and match the ORM tables."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from healthplan.store.schema import Base


def test_upgrade_and_downgrade(make_workspace, backend: str) -> None:  # type: ignore[no-untyped-def]
    ws = make_workspace(backend, migrate=False)
    assert ws.current() is None
    ws.upgrade()
    assert ws.current() == ws.head()
    tables = set(inspect(ws.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    ws.downgrade("base")
    assert ws.current() is None
    assert not set(Base.metadata.tables) & set(inspect(ws.engine).get_table_names())
    ws.upgrade()
    assert ws.current() == ws.head()


def test_migrations_match_the_tables(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"tables and migrations differ; add an Alembic revision: {diff}"
