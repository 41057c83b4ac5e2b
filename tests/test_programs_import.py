"""``import_records``: bad rows rejected with reasons, ID numbers kept only as keyed hashes,
atomic replacement; ``compute_programs``: the program indicators reach the monitoring core
as data values and ``compute`` gives the same figures."""

from __future__ import annotations

import csv
import math
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from healthplan.analytics import compute
from healthplan.collection import import_orgunits
from healthplan.errors import InputError
from healthplan.i18n import set_language
from healthplan.programs import (
    PROGRAM_INDICATORS,
    TABLES,
    compute_programs,
    generate_population,
    import_records,
)
from healthplan.programs.ids import check_digit, id_key, person_key, valid_id_number
from healthplan.programs.records import records_dir
from healthplan.store import Workspace
from healthplan.store.tables_programs import RecordImportRow

CITY, COUNTY = "990100000000", "990102000000"


@pytest.fixture(autouse=True)
def english():  # type: ignore[no-untyped-def]
    set_language("en")
    yield
    set_language(None)


TOWNS = ["990102001000", "990102002000"]
VILLAGES = ["990102001201", "990102002201"]


def _orgunits(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "orgunits.csv"
    rows = [[CITY, "云川市", "市", ""], [COUNTY, "明湖区", "区", CITY]]
    rows += [[t, f"镇{i}", "乡镇", COUNTY] for i, t in enumerate(TOWNS)]
    rows += [[v, f"村{i}", "村", t] for i, (v, t) in enumerate(zip(VILLAGES, TOWNS, strict=True))]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name", "level", "parent_code"])
        writer.writerows(rows)
    import_orgunits(ws, path)


def ident(born: str, serial: int) -> str:
    """A valid ID number of the county 990102 (``born`` YYYYMMDD; odd serial = man)."""
    first = f"990102{born}{serial:03d}"
    return first + check_digit(first)


def _extract(folder: Path, rows: dict[str, list[list[str]]]) -> Path:
    folder.mkdir()
    for name, table in TABLES.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.name for c in table.columns])
            writer.writerows(rows.get(name, []))
    return folder


A = ident("19600505", 11)  # a man born 5 May 1960
B = ident("19700101", 22)  # a woman


def test_bad_rows_are_rejected_with_their_reasons(ws: Workspace, tmp_path: Path) -> None:
    _orgunits(ws, tmp_path)
    wrong_check = A[:17] + ("0" if A[17] != "0" else "1")
    source = _extract(
        tmp_path / "extract",
        {
            "residents": [
                [A, "张三", "M", "1960-05-05", VILLAGES[0], "true"],  # row 2
                [B, "李四", "F", "1970-01-01", VILLAGES[1], "true"],  # row 3
                [wrong_check, "", "M", "1960-05-05", VILLAGES[0], "true"],  # row 4
                [ident("19800101", 12), "", "M", "1980-01-01", VILLAGES[0], "true"],  # 5: sex
                [ident("19800101", 13), "", "M", "1980-01-02", VILLAGES[0], "true"],  # 6: birth
                [ident("19800101", 15), "", "M", "1980-01-01", "990102009201", "true"],  # 7
                [A, "张三", "M", "1960-05-05", VILLAGES[0], "true"],  # row 8: duplicate
                ["12345", "", "M", "1960-05-05", VILLAGES[0], "true"],  # row 9
            ],
            "moves": [[A, "2999-01-01", VILLAGES[1]]],  # row 2: in the future
            "health_records": [
                [A, "2020-01-01", "true", ""],
                [B, "2024-13-01", "true", ""],  # row 3: not a date
                [ident("19900101", 17), "2020-01-01", "true", ""],  # row 4: nobody we know
            ],
            "chronic_registry": [[A, "htn", "2023-01-01"], [B, "copd", "2023-01-01"]],
            "chronic_followups": [[A, "htn", "2024-03-01", "face", "130", "80", ""]],
        },
    )
    summary = import_records(ws, source)
    assert summary.stored["residents"] == 2
    assert summary.stored["health_records"] == 1
    assert summary.stored["chronic_followups"] == 1
    assert summary.rejected["residents"] == {
        "ID number check character is wrong": 1,
        "sex does not agree with the ID number": 1,
        "birth date does not agree with the ID number": 1,
        "unknown org unit": 1,
        "duplicate resident": 1,
        "not an 18-character ID number": 1,
    }
    assert summary.rejected["moves"] == {"date out of range": 1}
    assert summary.rejected["chronic_registry"] == {"unknown code": 1}
    with summary.rejects_file.open(encoding="utf-8") as handle:  # type: ignore[union-attr]
        rejects = list(csv.reader(handle))
    assert rejects[0] == ["file", "row", "field", "reason"]
    assert ["residents.csv", "4", "id_number", "ID number check character is wrong"] in rejects
    assert ["residents.csv", "8", "id_number", "duplicate resident"] in rejects
    assert ["health_records.csv", "3", "created_on", "not a date"] in rejects
    assert [
        "health_records.csv",
        "4",
        "id_number",
        "person not among the accepted residents",
    ] in rejects
    # Neither ID numbers nor names are stored or listed anywhere; the key file is private.
    key = id_key(ws.home)
    assert stat.S_IMODE((ws.home / "id.key").stat().st_mode) == 0o600
    for path in [*records_dir(ws.home).iterdir(), summary.rejects_file]:
        data = path.read_bytes()  # type: ignore[union-attr]
        for secret in (A, B, "张三"):
            assert secret.encode() not in data, path
    import duckdb

    keys = duckdb.sql(
        f"SELECT person_key FROM '{records_dir(ws.home) / 'residents.parquet'}' ORDER BY 1"
    ).fetchall()
    assert sorted([(person_key(key, A),), (person_key(key, B),)]) == keys
    # Derived with them, from the accepted residents only: what every compute starts from.
    derived = records_dir(ws.home) / "person_spans.parquet"
    assert duckdb.sql(f"SELECT DISTINCT person_key FROM '{derived}' ORDER BY 1").fetchall() == keys
    with ws.session() as session:
        logged = session.scalars(select(RecordImportRow)).one()
    assert logged.stored["residents"] == 2 and logged.rejected["moves"] == {"date out of range": 1}


def test_a_failed_import_keeps_the_previous_records(ws: Workspace, tmp_path: Path) -> None:
    _orgunits(ws, tmp_path)
    good = _extract(
        tmp_path / "good", {"residents": [[A, "", "M", "1960-05-05", VILLAGES[0], "1"]]}
    )
    import_records(ws, good)
    before = (records_dir(ws.home) / "residents.parquet").read_bytes()
    broken = _extract(tmp_path / "broken", {})
    (broken / "deaths.csv").unlink()
    with pytest.raises(InputError) as caught:
        import_records(ws, broken)
    assert "deaths" in str(caught.value)
    headless = _extract(
        tmp_path / "headless", {"residents": [[A, "", "M", "1960-05-05", VILLAGES[0], "1"]]}
    )
    (headless / "moves.csv").write_text("id_number,org_unit\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_records(ws, headless)
    assert caught.value.problems[0].field == "moved_on"
    assert (records_dir(ws.home) / "residents.parquet").read_bytes() == before
    assert not [p for p in (ws.home / "records").iterdir() if p.name.startswith(".")]


def test_generated_ids_are_valid_and_unique(tmp_path: Path) -> None:
    import duckdb

    summary = generate_population(3000, tmp_path / "gen", VILLAGES, seed=5, chunk=1000)
    ids = [
        r[0]
        for r in duckdb.sql(f"SELECT id_number FROM '{tmp_path}/gen/residents.parquet'").fetchall()
    ]
    assert len(ids) == summary.residents == len(set(ids))
    assert all(valid_id_number(i) for i in ids)
    again = generate_population(3000, tmp_path / "again", VILLAGES, seed=5, chunk=1000)
    assert again.rows == summary.rows


def test_program_indicators_reach_the_monitoring_core(ws: Workspace, tmp_path: Path) -> None:
    _orgunits(ws, tmp_path)
    generate_population(3000, tmp_path / "gen", VILLAGES, seed=7)
    import_records(ws, tmp_path / "gen")
    run = compute_programs(ws, 2024)
    assert run.stored.created > 0
    ours = {(r.indicator, r.org_unit, r.period): r.value for r in run.results.itertuples()}
    periods = ["2024", "2024Q3", "2024M05"]
    core = compute(ws, indicators=[p.code for p in PROGRAM_INDICATORS], periods=periods)
    compared = 0
    for value in core.values:
        if value.org_unit in VILLAGES:
            continue  # stored from the townships up
        mine = ours.get((value.indicator, value.org_unit, value.period))
        if value.value is None:
            assert mine is None or math.isnan(mine)
            continue
        assert mine == pytest.approx(value.value, rel=1e-9), value
        compared += 1
    assert compared >= len(PROGRAM_INDICATORS) * len(periods) * 2
    again = compute_programs(ws, 2024)  # the same records: nothing changes
    assert again.stored.created == 0 and again.stored.updated == 0


def test_an_indicator_reported_yearly_is_stored_for_the_year(ws: Workspace, tmp_path: Path) -> None:
    from healthplan.collection import DataSet, install_catalog, save_data_set
    from healthplan.model import OrgLevel, PeriodType

    _orgunits(ws, tmp_path)
    install_catalog(ws)
    save_data_set(
        ws,
        DataSet(
            code="annual",
            name="年报",
            period_type=PeriodType.year,
            org_level=OrgLevel.county,
            elements=["elderly_health_mgmt_rate"],
        ),
    )
    generate_population(2000, tmp_path / "gen", VILLAGES, seed=8)
    import_records(ws, tmp_path / "gen")
    run = compute_programs(ws, 2024)
    core = compute(ws, indicators=["elderly_health_mgmt_rate", "ehr_filing_rate"])
    periods = {(v.indicator, v.period) for v in core.values if v.org_unit == CITY}
    assert {p for i, p in periods if i == "elderly_health_mgmt_rate"} == {"2024"}
    assert ("ehr_filing_rate", "2024M07") in periods
    mine = run.results.set_index(["indicator", "org_unit", "period"])["value"]
    city = next(v for v in core.values if v.org_unit == CITY and v.indicator.startswith("elderly"))
    assert city.value == pytest.approx(mine[("elderly_health_mgmt_rate", CITY, "2024")])
