"""Races: concurrent writers on SQLite and PostgreSQL end in one success and clean
"unchanged" results, never a constraint error; the audit's old values chain up; the approval
lock holds against an import already running; first use by many processes creates the schema
once; a destructive downgrade is atomic and backs up first."""

from __future__ import annotations

import itertools
import multiprocessing
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from collection_helpers import small_city
from healthplan.collection import RawValue, WorkflowError, approve, import_values, review, submit
from healthplan.errors import InputError
from healthplan.store import Workspace
from healthplan.store.tables import AuditLog
from healthplan.store.tables_collection import ApprovalRow, DataValueRow

WRITERS = 6  # processes in the fast suite; bench/reliability.py runs 20
UNITS = ("a1", "a2", "b1")
MONTHS = [f"2023M{m:02d}" for m in range(1, 13)]


def _clone(ws: Workspace) -> tuple[str, dict[str, Any], Path]:
    options: dict[str, Any] = {}
    if ws.engine.dialect.name == "postgresql":
        with ws.engine.connect() as connection:
            name = connection.execute(text("select current_schema()")).scalar_one()
        options = {"connect_args": {"options": f"-csearch_path={name}"}}
    return ws.engine.url.render_as_string(hide_password=False), options, ws.home


def _values(value: float) -> list[RawValue]:
    return [
        RawValue("visits", month, unit, value, file="same.csv", row=n + 2)
        for n, (month, unit) in enumerate((m, u) for m in MONTHS for u in UNITS)
    ]


def _import(args: tuple[tuple[str, dict[str, Any], Path], float, str]) -> tuple[str, Any]:
    (url, options, home), value, actor = args
    ws = Workspace(url, home=home, actor=actor, engine_options=options)
    try:
        summary = import_values(ws, _values(value))
        return "ok", (summary.created, summary.updated, summary.unchanged)
    except Exception as error:  # the test reports any exception as a failure
        return "error", f"{type(error).__name__}: {error}"
    finally:
        ws.close()


def _pool() -> Any:
    return multiprocessing.get_context("fork").Pool(WRITERS)


def test_concurrent_imports_of_the_same_values(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    clone = _clone(ws)
    with _pool() as pool:
        results = pool.map(_import, [(clone, 5.0, f"w{n}") for n in range(WRITERS)])
    assert all(status == "ok" for status, _ in results), results
    created = sorted(r[1][0] for r in results)
    total = len(_values(5.0))
    assert created == [0] * (WRITERS - 1) + [total]
    assert all(r[1][2] == total for r in results if r[1][0] == 0)  # "unchanged", not an error
    with ws.session() as session:
        assert len(session.scalars(select(DataValueRow)).all()) == total


def test_concurrent_updates_chain_the_audit(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    import_values(ws, _values(0.0))
    clone = _clone(ws)
    with _pool() as pool:
        results = pool.map(_import, [(clone, float(n + 1), f"w{n}") for n in range(WRITERS)])
    assert all(status == "ok" for status, _ in results), results
    with ws.session() as session:
        rows = session.scalars(
            select(AuditLog).where(AuditLog.table_name == "data_values").order_by(AuditLog.id)
        ).all()
        final = {
            f"{r.data_element}|{r.period}|{r.org_unit}|{r.category}": r.value
            for r in session.scalars(select(DataValueRow))
        }
    chains: dict[str, list[AuditLog]] = {}
    for row in rows:
        chains.setdefault(row.record_key, []).append(row)
    assert len(chains) == len(_values(0))
    for key, chain in chains.items():
        for before, after in itertools.pairwise(chain):
            assert after.old == before.new, key  # each update starts where the last ended
        assert chain[-1].new == {"value": final[key]}


class _Slow(RawValue):
    """A value whose reading pauses once, so that the import is caught mid-validation."""

    started = threading.Event()

    def __getattribute__(self, name: str) -> Any:
        if name == "value" and not _Slow.started.is_set():
            _Slow.started.set()
            time.sleep(1.5)
        return super().__getattribute__(name)


def test_approval_waits_for_an_import_already_running(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """D1: an approval that commits while an import validates must not let the import write
    into the approved report afterwards. With the lock the approval waits for the import."""
    small_city(ws, tmp_path)
    submit(ws, "mch", "a1", "2023M01")
    review(ws, "mch", "a1", "2023M01")
    _Slow.started.clear()
    values = [_Slow("visits", "2023M01", "a1", 7, file="race.csv", row=2)]
    finished: dict[str, Any] = {}

    def run_import() -> None:
        try:
            import_values(ws, values)
            finished["import"] = time.monotonic()
        except InputError as error:
            finished["refused"] = error

    worker = threading.Thread(target=run_import)
    worker.start()
    assert _Slow.started.wait(10)
    approve(ws, "mch", "a1", "2023M01")
    finished["approve"] = time.monotonic()
    worker.join()
    assert "refused" not in finished
    assert finished["import"] <= finished["approve"]  # the approval came after the values
    with ws.session() as session:
        approval = session.scalars(select(ApprovalRow)).one()
        stored = session.scalars(select(DataValueRow)).one()
        assert approval.state == "approved"
        assert stored.last_updated <= approval.updated_at.replace(tzinfo=stored.last_updated.tzinfo)


def _first_use(args: tuple[str, dict[str, Any], Path]) -> str:
    url, options, home = args
    try:
        ws = Workspace(url, home=home, engine_options=options)
        ws.ensure_schema()
        ws.close()
        return "ok"
    except Exception as error:  # reported by the assertion
        return f"{type(error).__name__}: {error}"


def test_first_use_by_many_processes(make_workspace, backend) -> None:  # type: ignore[no-untyped-def]
    fresh = make_workspace(backend, migrate=False)
    clone = _clone(fresh)
    with _pool() as pool:
        results = pool.map(_first_use, [clone] * WRITERS)
    assert results == ["ok"] * WRITERS
    assert fresh.current() == fresh.head()


def test_errors_never_show_row_values(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """D6: a database error's message carries no parameters (a comment may hold an ID number)."""
    small_city(ws, tmp_path)
    secret = "患者张三 身份证110101199001011234"
    row = {
        "data_element": "visits",
        "period": "2023M01",
        "period_type": "month",
        "start_date": datetime(2023, 1, 1).date(),
        "end_date": datetime(2023, 1, 31).date(),
        "org_unit": "a1",
        "category": "default",
        "value": 1.0,
        "comment": secret,
        "stored_by": "x",
        "last_updated": datetime.now(UTC),
        "created": datetime.now(UTC),
    }
    with pytest.raises(Exception) as caught, ws.session() as session:
        session.execute(DataValueRow.__table__.insert(), [row, row])
    assert secret not in str(caught.value)
    assert "110101199001011234" not in repr(caught.value)


def _submit(args: tuple[tuple[str, dict[str, Any], Path], int]) -> str:
    (url, options, home), _ = args
    ws = Workspace(url, home=home, engine_options=options)
    try:
        submit(ws, "mch", "a1", "2023M03")
        return "ok"
    except WorkflowError:
        return "refused"
    except Exception as error:  # reported by the assertion
        return f"{type(error).__name__}: {error}"
    finally:
        ws.close()


def test_concurrent_submits_of_one_report(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """D6: two submits used to both insert the approval row (a constraint error)."""
    small_city(ws, tmp_path)
    with _pool() as pool:
        results = pool.map(_submit, [(_clone(ws), n) for n in range(WRITERS)])
    assert sorted(results) == ["ok"] + ["refused"] * (WRITERS - 1)


@pytest.mark.parametrize(
    "unit, period",
    [("a1", "0000M01"), ("a1", "1899M01"), ("a1", "2099M01"), ("C", "2023M01"), ("a1", "x")],
)
def test_reports_that_cannot_exist_are_refused(ws, tmp_path, unit: str, period: str) -> None:  # type: ignore[no-untyped-def]
    """D12: a year-0, future or wrong-level report used to be stored."""
    small_city(ws, tmp_path)
    with pytest.raises(WorkflowError):
        submit(ws, "mch", unit, period)
    with ws.session() as session:
        assert session.scalars(select(ApprovalRow)).first() is None


def _orgunits(args: tuple[tuple[str, dict[str, Any], Path], Path]) -> str:
    from healthplan.collection import import_orgunits

    (url, options, home), path = args
    ws = Workspace(url, home=home, engine_options=options)
    try:
        ws.ensure_schema()
        import_orgunits(ws, path)
        return "ok"
    except Exception as error:  # reported by the assertion
        return f"{type(error).__name__}: {error}"
    finally:
        ws.close()


def test_first_imports_of_org_units_by_many_processes(make_workspace, backend, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """20 first commands on an empty workspace: 19 ended in a constraint error."""
    fresh = make_workspace(backend, migrate=False)
    units = tmp_path / "units.csv"
    units.write_text("code,name,level,parent_code\nC,市,市,\nA,甲区,区,C\n", encoding="utf-8")
    with _pool() as pool:
        results = pool.map(_orgunits, [(_clone(fresh), units)] * WRITERS)
    assert results == ["ok"] * WRITERS
