"""``healthplan records import DIR``: check an extract row by row, keep the good rows with
ID numbers replaced by their keyed hash, and swap them in as the workspace's records.

Checks (each rejected row gets one reason, the first that applies): ID number format and
GB 11643 check character; a resident's sex and birth date agree with the ID number; one row
per resident; dates readable and not in the future; numbers readable and plausible; codes
from the table's list; org units known to the store; every record's person among the
accepted residents and every visit's pregnancy among the accepted pregnancies. A missing
file or column stops the import with one line naming it. Rejected rows are counted by
reason and listed (file, row, field, reason — never the ID number or name) in
``records/rejects.csv``. The swap is atomic: the new records are written beside the old
ones and replace them in one rename, logged in ``record_imports`` in the same transaction.
With them go the tables every compute starts from (:func:`write_derived`: each resident's
residence spans, birth, death, first health record and registrations; the chronic patients'
follow-up months), derived from the accepted rows.
"""

from __future__ import annotations

import csv
import hashlib
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model.cells import csv_row
from healthplan.programs.engines import write_derived
from healthplan.programs.ids import hmac_sql, id_key
from healthplan.programs.records import TABLES, Column, RecordTable, records_dir
from healthplan.store import Workspace
from healthplan.store.orgunits import list_orgunits
from healthplan.store.tables_programs import RecordImportRow

__all__ = ["RecordImportSummary", "import_records"]

# Tables another table refers to come first.
_ORDER = ("residents", "pregnancies")
_CHECK = "10X98765432"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@dataclass
class RecordImportSummary:
    source: str
    stored: dict[str, int]
    rejected: dict[str, dict[str, int]] = field(default_factory=dict)
    rejects_file: Path | None = None

    @property
    def total_rejected(self) -> int:
        return sum(sum(r.values()) for r in self.rejected.values())


def _file(source: Path, name: str) -> tuple[Path, str]:
    for suffix, reader in ((".parquet", "read_parquet"), (".csv", "read_csv")):
        path = source / f"{name}{suffix}"
        if path.exists():
            return path, reader
    raise InputError([Problem(str(source / f"{name}.parquet"), t("file not found"))])


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _id_checks(col: str) -> str:
    total = " + ".join(
        f"(ascii(substr({col}, {i + 1}, 1)) - 48) * {w}" for i, w in enumerate(_WEIGHTS)
    )
    return f"substr('{_CHECK}', (({total}) % 11)::INTEGER + 1, 1) = substr({col}, 18, 1)"


def _typed(column: Column) -> str:
    name = f'"{column.name}"'
    kinds = {"date": "DATE", "bool": "BOOLEAN", "int": "INTEGER", "float": "DOUBLE"}
    if column.kind in kinds:
        return f"TRY_CAST({name} AS {kinds[column.kind]})"
    return f"NULLIF(trim(CAST({name} AS VARCHAR)), '')"


def _reasons(table: RecordTable, today: date, key: bytes) -> list[tuple[str, str, str]]:
    """(field, SQL condition that makes a row bad, reason), in the order they are tried."""
    out: list[tuple[str, str, str]] = []
    for column in table.columns:
        if column.name == "name":
            continue
        raw, value = f'"{column.name}"', f"v_{column.name}"
        if not column.nullable:
            out.append(
                (
                    column.name,
                    f"{value} IS NULL AND NULLIF(trim(CAST({raw} AS VARCHAR)), '') IS NULL",
                    t("missing value"),
                )
            )
        if column.kind == "id":
            out.append(
                (
                    column.name,
                    f"NOT regexp_full_match({value}, '[0-9]{{17}}[0-9X]')",
                    t("not an 18-character ID number"),
                )
            )
            out.append(
                (column.name, f"NOT ({_id_checks(value)})", t("ID number check character is wrong"))
            )
        elif column.kind in ("date", "bool", "int", "float"):
            kind = {
                "date": t("date"),
                "bool": t("yes/no value"),
                "int": t("whole number"),
                "float": t("number"),
            }[column.kind]
            out.append(
                (
                    column.name,
                    f"{value} IS NULL AND NULLIF(trim(CAST({raw} AS VARCHAR)), '') IS NOT NULL",
                    t("not a {kind}", kind=kind),
                )
            )
        if column.kind == "date" and not column.future:
            out.append(
                (
                    column.name,
                    f"{value} > DATE '{today.isoformat()}' OR {value} < DATE '1900-01-01'",
                    t("date out of range"),
                )
            )
        if column.low is not None:
            out.append(
                (
                    column.name,
                    f"{value} < {column.low} OR {value} > {column.high}",
                    t("implausible value"),
                )
            )
        if column.codes:
            codes = ", ".join(_lit(c) for c in column.codes)
            out.append((column.name, f"{value} NOT IN ({codes})", t("unknown code")))
        if column.kind == "ref":
            out.append(
                (
                    column.name,
                    f"{value} NOT IN (SELECT code FROM known_units)",
                    t("unknown org unit"),
                )
            )
    if table.name == "residents":
        out += [
            (
                "sex",
                "substr(v_id_number, 17, 1)::INTEGER % 2 <> CASE v_sex WHEN 'M' THEN 1 ELSE 0 END",
                t("sex does not agree with the ID number"),
            ),
            (
                "birth_date",
                "strftime(v_birth_date, '%Y%m%d') <> substr(v_id_number, 7, 8)",
                t("birth date does not agree with the ID number"),
            ),
            # The same ID number twice, or (once in 10⁵ ten-million extracts) two numbers
            # with the same 60-bit key: either way the second is not a new person.
            (
                "id_number",
                f"row_number() OVER (PARTITION BY {hmac_sql(key, 'v_id_number')} ORDER BY row) > 1",
                t("duplicate resident"),
            ),
        ]
    elif table.person:
        out.append(
            (
                "id_number",
                "v_id_number NOT IN (SELECT id_number FROM accepted_people)",
                t("person not among the accepted residents"),
            )
        )
    if table.name in ("prenatal_visits", "postpartum_visits", "births"):
        out.append(
            (
                "pregnancy_id",
                "v_pregnancy_id NOT IN (SELECT pregnancy_id FROM accepted_pregnancies)",
                t("pregnancy not among the accepted pregnancies"),
            )
        )
    if table.name == "pregnancies":
        out.append(
            (
                "pregnancy_id",
                "row_number() OVER (PARTITION BY v_pregnancy_id ORDER BY row) > 1",
                t("duplicate pregnancy"),
            )
        )
    return out


def _fingerprint(source: Path) -> str:
    digest = hashlib.sha256()
    for name in TABLES:
        path, _ = _file(source, name)
        digest.update(name.encode())
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def import_records(
    ws: Workspace,
    source: Path,
    *,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> RecordImportSummary:
    """Import the extract in ``source`` (one file per table) as the workspace's records,
    replacing the previous ones; bad rows are rejected and counted, the rest stored."""
    today = today or date.today()
    for name in TABLES:
        _file(source, name)  # every file present before any work
    key = id_key(ws.home)
    units = [u.code for u in list_orgunits(ws)]
    base = ws.home / "records"
    base.mkdir(parents=True, exist_ok=True)
    staging = base / f".staging-{uuid.uuid4().hex}"
    staging.mkdir()
    summary = RecordImportSummary(str(source), {})
    rejects: list[tuple[str, int, str, str]] = []
    con = duckdb.connect()
    try:
        con.execute("CREATE TEMP TABLE known_units AS SELECT unnest(?::VARCHAR[]) AS code", [units])
        names = list(_ORDER) + [n for n in TABLES if n not in _ORDER]
        for name in names:
            table = TABLES[name]
            stored, bad = _import_table(con, table, source, staging, key, today)
            summary.stored[name] = stored
            if name == "residents" and stored == 0:
                raise InputError(
                    [
                        Problem(
                            str(_file(source, name)[0]), t("no resident accepted; nothing stored")
                        )
                    ]
                )
            counts: dict[str, int] = {}
            for row, column, reason in bad:
                counts[reason] = counts.get(reason, 0) + 1
                rejects.append((_file(source, name)[0].name, row, column, reason))
            if counts:
                summary.rejected[name] = counts
            if progress:
                progress(name)
        # What every compute starts from, derived once here and swapped in with the records.
        write_derived(staging)
        fingerprint = _fingerprint(source)
        summary.rejects_file = base / "rejects.csv"
        with (staging / "rejects.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", "row", "field", "reason"])
            writer.writerows(csv_row(r) for r in rejects)
        with ws.session() as session:
            session.add(
                RecordImportRow(
                    imported_at=datetime.now(UTC),
                    actor=ws.actor,
                    source=str(source)[:500],
                    fingerprint=fingerprint,
                    stored=summary.stored,
                    rejected=summary.rejected,
                )
            )
            session.flush()
            _swap(base, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        con.close()
    return summary


def _swap(base: Path, staging: Path) -> None:
    current = records_dir(base.parent)
    old = base / f".old-{uuid.uuid4().hex}"
    if current.exists():
        current.rename(old)
    staging.rename(current)
    shutil.copyfile(current / "rejects.csv", base / "rejects.csv")
    shutil.rmtree(old, ignore_errors=True)


def _import_table(
    con: duckdb.DuckDBPyConnection,
    table: RecordTable,
    source: Path,
    staging: Path,
    key: bytes,
    today: date,
) -> tuple[int, list[tuple[int, str, str]]]:
    path, reader = _file(source, table.name)
    if reader == "read_csv":
        scan = f"read_csv({_lit(str(path))}, header = true, all_varchar = true)"
        first_row = 2  # a spreadsheet's row, under the header
    else:
        scan = f"read_parquet({_lit(str(path))})"
        first_row = 1
    present = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {scan}").fetchall()}
    missing = [c.name for c in table.columns if c.name not in present and c.name != "name"]
    if missing:
        raise InputError([Problem(str(path), t("column missing"), field=m) for m in missing])
    columns = [c for c in table.columns if c.name != "name"]
    typed = ", ".join(f"{_typed(c)} AS v_{c.name}" for c in columns)
    raw = ", ".join(f'"{c.name}"' for c in columns)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE src AS SELECT "
        f"row_number() OVER () + {first_row - 1} AS row, {raw}, {typed} FROM {scan}"
    )
    reasons = _reasons(table, today, key)
    cases = " ".join(f"WHEN {cond} THEN {i}" for i, (_, cond, _) in enumerate(reasons))
    con.execute(
        "CREATE OR REPLACE TEMP TABLE checked AS "
        f"SELECT *, CASE {cases} ELSE NULL END AS bad FROM src"
    )
    con.execute("DROP TABLE src")
    bad = [
        (int(row), reasons[i][0], reasons[i][2])
        for row, i in con.execute(
            "SELECT row, bad FROM checked WHERE bad IS NOT NULL ORDER BY row"
        ).fetchall()
    ]
    out = []
    for c in columns:
        if c.kind == "id":
            out.append(f"{hmac_sql(key, 'v_id_number')} AS person_key")
        else:
            out.append(f"v_{c.name} AS {c.name}")
    good = "SELECT * FROM checked WHERE bad IS NULL"
    if table.name == "residents":
        con.execute(
            "CREATE OR REPLACE TEMP TABLE accepted_people AS "
            f"SELECT v_id_number AS id_number FROM ({good})"
        )
    if table.name == "pregnancies":
        con.execute(
            "CREATE OR REPLACE TEMP TABLE accepted_pregnancies AS "
            f"SELECT v_pregnancy_id AS pregnancy_id FROM ({good})"
        )
    target = staging / f"{table.name}.parquet"
    con.execute(
        f"COPY (SELECT {', '.join(out)} FROM ({good})) TO {_lit(str(target))} (FORMAT parquet)"
    )
    stored = int(con.execute("SELECT count(*) FROM checked WHERE bad IS NULL").fetchall()[0][0])
    con.execute("DROP TABLE checked")
    return stored, bad
