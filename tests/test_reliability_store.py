"""The store behaves alike on SQLite and PostgreSQL and never half-writes: over-long strings,
NUL bytes, non-finite numbers and a long user name are refused before writing with one clear
message on both; a downgrade is one transaction and backs up first; ``db downgrade`` asks."""

from __future__ import annotations

import gzip
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text
from typer.testing import CliRunner

from collection_helpers import small_city
from healthplan.cli import app
from healthplan.collection import RawValue, import_values
from healthplan.errors import HealthplanError, InputError
from healthplan.store import Workspace, save_departments
from healthplan.store.limits import StoreLimitError
from healthplan.store.tables import AuditLog, OrgUnitRow
from healthplan.store.tables_collection import DataValueRow


def _count(ws: Workspace, table: type) -> int:
    with ws.session() as session:
        return len(session.scalars(select(table)).all())


@pytest.mark.parametrize("value", ["1e400", "9" * 400, 10**400, "NaN", "inf"])
def test_non_finite_values_are_refused(ws, tmp_path, value) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    with pytest.raises(InputError) as caught:
        import_values(ws, [RawValue("visits", "2023M01", "a1", value, file="v.csv", row=2)])
    assert caught.value.problems[0].row == 2
    assert _count(ws, DataValueRow) == 0


def test_nul_bytes_and_old_periods_are_refused_alike(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    values = [
        RawValue("visits", "2023M01", "a1", 1, comment="a\x00b", file="v.csv", row=2),
        RawValue("visits", "1899M01", "a1", 1, file="v.csv", row=3),
    ]
    with pytest.raises(InputError) as caught:
        import_values(ws, values)
    assert sorted(p.row for p in caught.value.problems) == [2, 3]
    assert _count(ws, DataValueRow) == 0


def test_over_long_names_are_refused_before_writing(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """D11: SQLite used to store what PostgreSQL refused with a driver error."""
    small_city(ws, tmp_path)
    before = _count(ws, AuditLog)
    with pytest.raises(StoreLimitError, match="org_units"), ws.session() as session:
        session.add(OrgUnitRow(code="X", name="名" * 300, level=4, parent_code="A", path="/X/"))
    with pytest.raises(StoreLimitError, match="NUL"), ws.session() as session:
        session.add(OrgUnitRow(code="Y", name="a\x00", level=4, parent_code="A", path="/Y/"))
    assert _count(ws, AuditLog) == before


def test_a_long_user_name_is_refused_on_both(backend, make_workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(HealthplanError, match="HEALTHPLAN_USER"):
        make_workspace(backend, actor="u" * 150)


def test_departments_with_long_names_are_refused(ws) -> None:  # type: ignore[no-untyped-def]
    from healthplan.model import Department

    with pytest.raises(StoreLimitError):
        save_departments(ws, [Department(code="d", name="部" * 150, kind="office")])


def test_downgrade_is_atomic_and_backed_up(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """D2: a failing downgrade used to leave half the tables dropped and the revision unchanged."""
    small_city(ws, tmp_path)
    import_values(ws, [RawValue("visits", "2023M01", "a1", 4, file="v.csv", row=2)])
    head = ws.head()
    with ws.engine.begin() as connection:  # something the downgrade cannot drop cleanly
        if ws.engine.dialect.name == "sqlite":
            connection.execute(text("CREATE TABLE blocker (code TEXT REFERENCES org_units(code))"))
            connection.execute(text("INSERT INTO blocker VALUES ('a1')"))
        else:
            connection.execute(text("CREATE VIEW blocker AS SELECT * FROM data_values"))
    with pytest.raises(Exception):  # noqa: B017 - the back ends raise different types
        ws.downgrade("base")
    assert ws.current() == head
    assert _count(ws, DataValueRow) == 1
    tables = set(inspect(ws.engine).get_table_names())
    assert {"surveillance_counts", "data_values", "audit_log"} <= tables
    with ws.engine.begin() as connection:
        kind = "TABLE" if ws.engine.dialect.name == "sqlite" else "VIEW"
        connection.execute(text(f"DROP {kind} blocker"))
    saved = ws.downgrade("base")
    assert ws.current() is None
    assert saved is not None and saved.exists()
    if saved.suffix == ".db":
        copy = create_engine(f"sqlite:///{saved}")
        with copy.connect() as connection:
            assert connection.execute(text("select count(*) from data_values")).scalar() == 1
        copy.dispose()
    else:
        with gzip.open(saved, "rt", encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines]
        assert sum(r["table"] == "data_values" for r in rows) == 1
    ws.upgrade()
    assert ws.current() == head


def test_db_downgrade_asks_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    runner = CliRunner()
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
    refused = runner.invoke(app, ["--lang", "en", "db", "downgrade", "base"], input="n\n")
    assert refused.exit_code == 2
    assert "nothing changed" in refused.output
    assert not (tmp_path / "backups").exists()
    done = runner.invoke(app, ["--lang", "en", "db", "downgrade", "base", "--yes"])
    assert done.exit_code == 0, done.output
    assert len(list((tmp_path / "backups").glob("*.db"))) == 1
    unknown = runner.invoke(app, ["--lang", "en", "db", "downgrade", "nope", "--yes"])
    assert unknown.exit_code == 2 and "Traceback" not in unknown.output


def test_first_connection_waits_for_a_writer_before_turning_on_wal(tmp_path: Path) -> None:
    """Turning a file to WAL while another process writes to it failed at once with a raw
    "database is locked" (seen when several first commands met on a new workspace)."""
    path = tmp_path / "hp.db"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE other (n INTEGER)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO other VALUES (1)")
    done = threading.Timer(0.3, lambda: writer.execute("COMMIT"))
    done.start()
    ws = Workspace(f"sqlite:///{path}", home=tmp_path)
    try:
        assert ws.current() is None
        with ws.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        done.join()
        writer.close()
        ws.close()
