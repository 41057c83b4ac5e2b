"""CSV, JSON and DHIS2 dataValueSets import: what people type is accepted, every problem is
reported at once with its row, and a bad file leaves the database unchanged."""

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from collection_helpers import small_city
from healthplan.collection import (
    export_values,
    import_file,
    import_values,
    parse_cell_number,
    read_value_file,
    value_formats,
)
from healthplan.collection.formats import select_values, write_values
from healthplan.errors import InputError
from healthplan.store.tables import AuditLog
from healthplan.store.tables_collection import DataValueRow


def _count(ws) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with ws.session() as session:
        return (
            session.scalar(select(func.count()).select_from(DataValueRow)) or 0,
            session.scalar(select(func.count()).select_from(AuditLog)) or 0,
        )


def test_numbers_as_people_type_them() -> None:
    assert parse_cell_number("95%") == 95
    assert parse_cell_number("９５") == 95
    assert parse_cell_number("95.0") == 95
    assert parse_cell_number("1,234") == 1234
    assert parse_cell_number("1，234.5") == 1234.5
    assert parse_cell_number(" 12 ") == 12
    assert parse_cell_number(0.95, percent_format=True) == 95
    assert parse_cell_number("") is None and parse_cell_number(None) is None
    for bad in ("abc", "N/A", "1,23", "12元", "--"):
        with pytest.raises(ValueError):
            parse_cell_number(bad)


def test_csv_import_and_update_audited(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    good = tmp_path / "values.csv"
    good.write_text(
        "data_element,period,org_unit,value\n"
        "visits,2024M01,a1,95%\n"
        'births,2024M01,a1,"1,234"\n'
        ",,,\n"
        "births,202402,a1,９５\n",
        encoding="utf-8",
    )
    values = read_value_file(ws, good).values
    summary = import_values(ws, values)
    assert (summary.created, summary.updated) == (3, 0)
    stored = {(v.data_element, v.period): v.value for v in select_values(ws)}
    assert stored == {
        ("visits", "2024M01"): 95,
        ("births", "2024M01"): 1234,
        ("births", "2024M02"): 95,
    }
    good.write_text("data_element,period,org_unit,value\nvisits,2024M01,a1,96\n", "utf-8")
    assert import_values(ws, read_value_file(ws, good).values).updated == 1
    with ws.session() as session:
        trail = session.scalars(
            select(AuditLog).where(AuditLog.record_key == "visits|2024M01|a1|default")
        ).all()
    assert [a.action for a in trail] == ["insert", "update"]
    assert trail[1].old == {"value": 95} and trail[1].new == {"value": 96}
    assert trail[1].actor == "tester"


def test_bad_file_reports_everything_and_stores_nothing(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    before = _count(ws)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "data_element,period,org_unit,value\n"
        "visits,2024M01,a1,12\n"  # fine
        "visits,2024M01,zz9,12\n"  # unknown org unit
        "visits,2024M01,a2,十二\n"  # text in a number cell
        "visits,2024Q1,a2,12\n"  # period outside the (monthly) data set
        "ghost,2024M01,a2,1\n"  # unknown data element
        "visits,2024M01,a1,13\n"  # duplicate of row 2
        "visits,2099M01,a1,13\n",  # not yet started
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        import_values(ws, read_value_file(ws, bad).values, today=date(2025, 1, 1))
    problems = caught.value.problems
    rows = sorted(p.row for p in problems if p.row)
    assert rows == [3, 4, 5, 6, 7, 8]
    assert all(p.file == "bad.csv" for p in problems)
    text = "\n".join(str(p) for p in problems)
    assert "zz9" in text and "十二" in text and "2024Q1" in text and "ghost" in text
    assert "第 2 行" in text or "row 2" in text  # the duplicate names the first row
    assert _count(ws) == before  # nothing stored, nothing audited


def test_dhis2_round_trip(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    document = {
        "dataSet": "mch",
        "period": "202403",
        "orgUnit": "a1",
        "dataValues": [
            {"dataElement": "visits", "value": "40", "categoryOptionCombo": "default"},
            {"dataElement": "births", "period": "202403", "orgUnit": "a2", "value": "50"},
            {"dataElement": "pop", "value": "1000", "deleted": True},
        ],
    }
    path = tmp_path / "dvs.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    found = read_value_file(ws, path)
    assert found.data_set == "mch"
    assert import_values(ws, found.values, data_set=found.data_set).created == 2
    exported = json.loads(write_values(select_values(ws), "dhis2-json", "mch"))
    assert exported["dataSet"] == "mch"
    first = exported["dataValues"][0]
    assert set(first) >= {"dataElement", "period", "orgUnit", "categoryOptionCombo", "value"}
    assert {v["period"] for v in exported["dataValues"]} == {"202403"}
    csv_text = write_values(select_values(ws), "dhis2-csv").decode("utf-8")
    assert csv_text.splitlines()[0].startswith("dataelement,period,orgunit,categoryoptioncombo")
    back = tmp_path / "dvs.csv"
    back.write_text(csv_text, encoding="utf-8")
    summary = import_values(ws, read_value_file(ws, back).values)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 2)


def test_json_list_problems(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    path = tmp_path / "list.json"
    path.write_text(
        json.dumps([{"data_element": "visits", "period": "2024M01"}, "oops"]), encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        read_value_file(ws, path)
    assert {p.row for p in caught.value.problems} == {1, 2}


def _stored(ws) -> dict[tuple[str, str, str], float | None]:  # type: ignore[no-untyped-def]
    return {(v.data_element, v.period, v.org_unit): v.value for v in select_values(ws)}


@pytest.mark.parametrize("fmt", ["csv", "json", "dhis2-csv", "dhis2-json", "xlsx"])
def test_every_export_format_imports_back(ws, tmp_path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    """Export in each format, change the store, and import the file: the values come back
    exactly, read by the format the file's name and content select."""
    small_city(ws, tmp_path)
    source = tmp_path / "source.csv"
    source.write_text(
        "data_element,period,org_unit,value,comment\n"
        "visits,2024M01,a1,12,first\n"
        "visits,2024M02,a1,7.5,\n"
        "births,2024M01,b1,30,\n",
        encoding="utf-8",
    )
    assert import_file(ws, source).created == 3
    expected = _stored(ws)
    suffix = {"dhis2-json": ".json", "dhis2-csv": ".csv"}.get(fmt, f".{fmt}")
    out = tmp_path / f"export{suffix}"
    exported = export_values(ws, fmt, out)
    assert exported.count == 3 and exported.path == out and out.read_bytes() == exported.content
    import_values(ws, read_value_file(ws, source).values)  # unchanged
    changed = tmp_path / "changed.csv"
    changed.write_text("data_element,period,org_unit,value\nvisits,2024M01,a1,99\n", "utf-8")
    import_file(ws, changed)
    assert _stored(ws)[("visits", "2024M01", "a1")] == 99
    summary = import_file(ws, out)
    assert (summary.updated, summary.unchanged) == (1, 2)
    assert _stored(ws) == expected


def test_export_filters_and_unknown_format(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    source = tmp_path / "source.csv"
    source.write_text(
        "data_element,period,org_unit,value\nvisits,2024M01,a1,12\nbirths,2024M03,b1,30\n",
        encoding="utf-8",
    )
    import_file(ws, source)
    only_b = export_values(ws, "json", org_unit="B")
    assert [v["org_unit"] for v in json.loads(only_b.content)] == ["b1"]
    early = export_values(ws, "csv", end=date(2024, 1, 31))
    assert early.content.decode().splitlines()[1:] == ["visits,2024M01,a1,default,12,"]
    assert "xlsx" in value_formats(writable=True)
    assert "xlsx-template" in value_formats() and "xlsx-template" not in value_formats(
        writable=True
    )
    with pytest.raises(InputError) as caught:
        export_values(ws, "xml")
    assert caught.value.problems[0].file == "--format" and "dhis2-json" in str(caught.value)


def test_unsupported_and_missing_files(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    odd = tmp_path / "values.xml"
    odd.write_text("<values/>", encoding="utf-8")
    with pytest.raises(InputError, match="xml"):
        import_file(ws, odd)
    with pytest.raises(InputError) as caught:
        import_file(ws, tmp_path / "missing.csv")
    assert caught.value.problems[0].file == "missing.csv"


def test_a_template_and_a_plain_sheet_are_told_apart(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A filled-in template is read by its layout (data set and period in the workbook); a
    plain .xlsx list one value per row; a broken template lists layout and value problems."""
    from openpyxl import load_workbook

    from healthplan.collection import write_template
    from healthplan.collection.formats import value_format_for

    small_city(ws, tmp_path)
    path = write_template(ws, "mch", "A", "2024M06", tmp_path / "t.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet["C4"], sheet["D4"] = 40, 50
    book.save(path)
    assert value_format_for(path).name == "xlsx-template"
    assert import_file(ws, path).created == 2
    assert _stored(ws)[("births", "2024M06", "a1")] == 50
    plain = export_values(ws, "xlsx", tmp_path / "plain.xlsx").path
    assert plain is not None and value_format_for(plain).name == "xlsx"
    sheet["C3"], sheet["D5"] = "不存在的指标", "很多"
    book.save(path)
    with pytest.raises(InputError) as caught:
        import_file(ws, path)
    text = str(caught.value)
    assert "不存在的指标" in text and "很多" in text
