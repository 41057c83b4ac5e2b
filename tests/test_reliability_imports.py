"""Every import path with malformed rows, through the command line: one clear line per
problem naming the file (and row and field where there is one), exit status 2, never an
"unexpected" error, and the store holding exactly what it held. kill -9 in the middle of a
large import, or of one that corrects stored values, leaves the store as it was."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import inspect, text
from typer.testing import CliRunner

from collection_helpers import small_city
from healthplan.cli import app
from healthplan.collection import import_values, write_template
from healthplan.collection.values import RawValue
from healthplan.store import Workspace
from reliability_helpers import workbook_maker

HEAD = "data_element,period,org_unit,value,comment\n"


def fingerprint(ws: Workspace) -> str:
    digest = hashlib.sha256()
    with ws.engine.connect() as connection:
        for table in sorted(inspect(connection).get_table_names()):
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Workspace]:
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path)
    ws.upgrade()
    small_city(ws, tmp_path)
    import_values(ws, [RawValue("visits", "2023M01", "a1", 1, file="seed", row=1)])
    return tmp_path, ws


def _text(content: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(content, encoding="utf-8")


LIST_HEAD = ["data_element", "period", "org_unit", "value"]
ROW = ["visits", "2023M02", "a1", 4]


def _hidden_first(book: openpyxl.Workbook) -> None:
    hidden = book.create_sheet("old", 0)
    hidden.append(LIST_HEAD)
    hidden.append(["visits", "2023M03", "a1", 9])
    hidden.sheet_state = "hidden"
    book.create_sheet("more").append(LIST_HEAD)
    book["more"].append(["visits", "2023M04", "a1", 9])


BAD_VALUE_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "wrong_columns.csv": (_text("a,b,c\n1,2,3\n"), "no column for data_element"),
    # D8: no value column imported nothing, two value columns let the last win silently
    "no_value_column.csv": (_text("data_element,period,org_unit\nvisits,2023M02,a1\n"), "value"),
    "two_value_columns.csv": (
        _text("data_element,period,org_unit,value,value\nvisits,2023M02,a1,1,2\n"),
        "columns D and E both hold value",
    ),
    "unknown_codes.csv": (_text(HEAD + "nope,2023M02,zz,1,\n"), "row 2"),
    "duplicates.csv": (_text(HEAD + "visits,2023M02,a1,1,\nvisits,2023M02,a1,2,\n"), "row 3"),
    "nan.csv": (_text(HEAD + "visits,2023M02,a1,NaN,\n"), "row 2"),
    "huge.csv": (_text(HEAD + "visits,2023M02,a1,1e400,\n"), "row 2"),
    "huge_digits.csv": (_text(HEAD + f"visits,2023M02,a1,{'9' * 400},\n"), "row 2"),
    "negative.csv": (_text(HEAD + "visits,2023M02,a1,-3,\n"), "row 2"),
    "text_number.csv": (_text(HEAD + "visits,2023M02,a1,十二,\n"), "row 2"),
    "date_out_of_range.csv": (_text(HEAD + "visits,1899M02,a1,1,\n"), "row 2"),
    "future.csv": (_text(HEAD + "visits,2099M02,a1,1,\n"), "row 2"),
    "nul_comment.csv": (_text(HEAD + "visits,2023M02,a1,1,a\x00b\n"), "row 2"),
    "not_json.json": (_text("{oops"), "not_json.json"),
    "deep_nested.json": (_text("[" * 100_000 + "]" * 100_000), "deep_nested.json"),
    "year_zero.csv": (_text(HEAD + "visits,0000M01,a1,1,\n"), "row 2"),
    "corrupt.xlsx": (lambda p: p.write_bytes(b"PK\x03\x04 broken"), "corrupt.xlsx"),
    "csv_named.xlsx": (_text(HEAD + "visits,2023M02,a1,1,\n"), "csv_named.xlsx"),
    "formula.xlsx": (workbook_maker([LIST_HEAD, [*ROW[:3], "=2+3"]], lambda b: None), "row 2"),
    "merged.xlsx": (
        workbook_maker(
            [LIST_HEAD, ROW, ["visits", "2023M02", "a2", None]],
            lambda b: b["values"].merge_cells("D2:D3"),
        ),
        "D2:D3",
    ),
    "hidden_and_extra.xlsx": (workbook_maker([LIST_HEAD, ROW], _hidden_first), "more"),
}


@pytest.mark.parametrize("name", sorted(BAD_VALUE_FILES))
def test_bad_value_files_are_refused_clearly(home, name: str) -> None:  # type: ignore[no-untyped-def]
    folder, ws = home
    make, where = BAD_VALUE_FILES[name]
    path = folder / name
    make(path)
    before = fingerprint(ws)
    result = CliRunner().invoke(app, ["--lang", "en", "data", "import", str(path)])
    assert result.exit_code == 2, result.output
    assert "unexpected" not in result.output and "Traceback" not in result.output
    assert name in result.output and where in result.output
    assert fingerprint(ws) == before


def test_a_missing_file_and_a_folder_are_refused(home) -> None:  # type: ignore[no-untyped-def]
    folder, _ws = home
    (folder / "dir.csv").mkdir()
    for target in ("missing.xlsx", "missing.csv", "dir.csv"):
        result = CliRunner().invoke(app, ["--lang", "en", "data", "import", str(folder / target)])
        assert result.exit_code == 2, result.output
        assert "unexpected" not in result.output


def test_a_long_comment_is_read(home) -> None:  # type: ignore[no-untyped-def]
    folder, _ws = home
    path = folder / "long.csv"
    path.write_text(HEAD + f"visits,2023M02,a1,1,{'备' * 200_000}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--lang", "en", "data", "import", str(path)])
    assert result.exit_code == 0, result.output


def _template(ws: Workspace, folder: Path, tweak: Callable[[openpyxl.Workbook], None]) -> Path:
    path = folder / "template.xlsx"
    write_template(ws, "mch", "A", "2023M02", path)
    book = openpyxl.load_workbook(path)
    sheet = book["数据填报"]
    for row in range(4, 6):
        for column in range(3, 6):
            sheet.cell(row, column, 10 + row)
    tweak(book)
    book.save(path)
    return path


def _merged(book: openpyxl.Workbook) -> None:
    book["数据填报"]["C5"] = None
    book["数据填报"].merge_cells("C4:C5")


def _hidden_copy_first(book: openpyxl.Workbook) -> None:
    copy = book.copy_worksheet(book["数据填报"])
    copy.title = "旧表"
    copy["C4"] = 999
    copy.sheet_state = "hidden"
    book.move_sheet(copy, -10)


@pytest.mark.parametrize(
    "tweak, expected",
    [
        (_merged, "C4:C5"),
        (lambda b: b["数据填报"].__setitem__("D4", "=C4+1"), "D4"),
        (lambda b: b["数据填报"].__setitem__("D4", "1e400"), "row 4"),
        # bench/reliability.py: C4:D4 merged gave element D element C's value
        (
            lambda b: (b["数据填报"].__setitem__("D4", None), b["数据填报"].merge_cells("C4:D4")),
            "C4:D4",
        ),
    ],
    ids=["merged", "formula", "infinite", "merged-across-columns"],
)
def test_bad_templates_are_refused(home, tweak, expected: str) -> None:  # type: ignore[no-untyped-def]
    folder, ws = home
    path = _template(ws, folder, tweak)
    before = fingerprint(ws)
    result = CliRunner().invoke(app, ["--lang", "en", "data", "import", str(path)])
    assert result.exit_code == 2, result.output
    assert expected in result.output and "unexpected" not in result.output
    assert fingerprint(ws) == before


def test_the_template_sheet_is_read_even_behind_a_hidden_copy(home) -> None:  # type: ignore[no-untyped-def]
    folder, ws = home
    path = _template(ws, folder, _hidden_copy_first)
    result = CliRunner().invoke(app, ["--lang", "en", "data", "import", str(path)])
    assert result.exit_code == 0, result.output
    with ws.engine.connect() as connection:
        values = {v for (v,) in connection.execute(text("select value from data_values"))}
    assert 999 not in values


def _kill_while_writing(ws: Workspace, argv: list[str], written: int) -> None:
    """Runs the CLI and kills it -9 once it has written more than ``written`` bytes into the
    SQLite write-ahead log, emptied first: inside the command's transaction, whatever the
    speed of the machine (a fixed delay let a quiet machine finish first)."""
    folder = ws.home
    env = {**os.environ, "HEALTHPLAN_HOME": str(folder)}
    env.pop("HEALTHPLAN_DATABASE_URL", None)
    with ws.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = folder / "healthplan.db-wal"
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("healthplan")), *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > written:
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the import ended before it could be killed"


def _big_import(folder: Path) -> Path:
    """Thirteen thousand monthly values with long comments: megabytes to write."""
    big = folder / "big.csv"
    with big.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        for year in range(1900, 2024):
            for month in range(1, 13):
                for unit in ("a1", "a2", "b1"):
                    for element in ("visits", "births", "pop"):
                        out.write(f"{element},{year}M{month:02d},{unit},1,{'复核' * 40}\n")
    return big


@pytest.mark.parametrize("written", [64 * 1024, 2 * 1024 * 1024])
def test_kill_during_a_large_import_stores_nothing(home, written: int) -> None:  # type: ignore[no-untyped-def]
    folder, ws = home
    big = _big_import(folder)
    before = fingerprint(ws)
    _kill_while_writing(ws, ["data", "import", str(big)], written)
    assert fingerprint(ws) == before
    with ws.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_kill_during_a_reimport_keeps_every_stored_value(home) -> None:  # type: ignore[no-untyped-def]
    folder, ws = home
    first = _big_import(folder)
    assert CliRunner().invoke(app, ["data", "import", str(first)]).exit_code == 0
    second = folder / "corrected.csv"
    second.write_text(first.read_text(encoding="utf-8").replace(",1,", ",2,"), encoding="utf-8")
    before = fingerprint(ws)
    _kill_while_writing(ws, ["data", "import", str(second)], 64 * 1024)
    assert fingerprint(ws) == before


@pytest.mark.parametrize(
    "row",
    ["X1,{},街道,A".format("名" * 300), "{},镇,街道,A".format("9" * 41), "X2,坏\x00名,街道,A"],
    ids=["long-name", "long-code", "nul"],
)
def test_bad_org_units_are_refused_clearly(home, row: str) -> None:  # type: ignore[no-untyped-def]
    folder, ws = home
    path = folder / "units.csv"
    path.write_text("code,name,level,parent_code\n" + row + "\n", encoding="utf-8")
    before = fingerprint(ws)
    result = CliRunner().invoke(app, ["--lang", "en", "orgunits", "import", str(path)])
    assert result.exit_code == 2, result.output
    assert "units.csv" in result.output and "unexpected" not in result.output
    assert fingerprint(ws) == before


def test_kill_during_demo_leaves_the_workspace_as_it_was(tmp_path: Path) -> None:
    """D15: ``demo`` was several transactions; killed half-way it left a plausible but
    partial city (3,254 of 15,098 values, no surveillance)."""
    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path)
    ws.upgrade()
    before = fingerprint(ws)
    _kill_while_writing(ws, ["demo", "--population", "0"], 4 * 1024 * 1024)
    assert fingerprint(ws) == before
    with ws.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_a_changed_comment_is_audited(home) -> None:  # type: ignore[no-untyped-def]
    """D15: a re-import that changed only the comment was stored without an audit row."""
    folder, ws = home
    path = folder / "v.csv"
    path.write_text(HEAD + "visits,2023M02,a1,4,first\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["data", "import", str(path)]).exit_code == 0
    path.write_text(HEAD + "visits,2023M02,a1,4,second\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--lang", "en", "data", "import", str(path)])
    assert result.exit_code == 0 and "1 updated" in result.output, result.output
    with ws.engine.connect() as connection:
        old, new = connection.execute(
            text(
                "select old, new from audit_log where table_name = 'data_values' "
                "and action = 'update' order by id desc limit 1"
            )
        ).one()
    changes = [json.loads(x) if isinstance(x, str) else x for x in (old, new)]
    assert changes == [{"value": 4, "comment": "first"}, {"value": 4, "comment": "second"}]


@pytest.mark.parametrize("code", ["99%", "F/1", "a|b", "a b"])
def test_org_unit_codes_that_break_paths_are_refused(home, code: str) -> None:  # type: ignore[no-untyped-def]
    """D15: % matched every unit in subtree queries; / broke the materialised path."""
    folder, ws = home
    path = folder / "units.csv"
    path.write_text(f"code,name,level,parent_code\n{code},镇,街道,A\n", encoding="utf-8")
    before = fingerprint(ws)
    result = CliRunner().invoke(app, ["--lang", "en", "orgunits", "import", str(path)])
    assert result.exit_code == 2, result.output
    assert f"units.csv, row 2, field code: code {code} contains" in result.output
    assert fingerprint(ws) == before


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_utf16_files_are_read_or_refused_clearly(home, suffix: str) -> None:  # type: ignore[no-untyped-def]
    """D15: an odd-length UTF-16 file is one clear line; a whole one is read."""
    folder, ws = home
    content = (
        HEAD + "visits,2023M02,a1,4,备注\n"
        if suffix == ".csv"
        else '[{"data_element": "visits", "period": "2023M02", "org_unit": "a1", "value": 4}]'
    )
    cut = folder / f"cut{suffix}"
    cut.write_bytes(content.encode("utf-16") + b"x")
    before = fingerprint(ws)
    result = CliRunner().invoke(app, ["--lang", "en", "data", "import", str(cut)])
    assert result.exit_code == 2, result.output
    assert f"cut{suffix}: a UTF-16 text file of odd length" in result.output
    assert fingerprint(ws) == before
    whole = folder / f"whole{suffix}"
    whole.write_bytes(content.encode("utf-16"))
    result = CliRunner().invoke(app, ["--lang", "en", "data", "import", str(whole)])
    assert result.exit_code == 0 and "1 created" in result.output, result.output


def test_an_underscore_in_a_code_is_no_wildcard(home) -> None:  # type: ignore[no-untyped-def]
    """D15: LIKE '%/O_A/%' also matched /OXA/; the subtree query escapes it now."""
    from healthplan.store import list_orgunits

    folder, ws = home
    path = folder / "units.csv"
    path.write_text(
        "code,name,level,parent_code\nO_A,下划线区,区,C\nOXA,叉区,区,C\nOXA1,叉一街道,街道,OXA\n",
        encoding="utf-8",
    )
    assert CliRunner().invoke(app, ["orgunits", "import", str(path)]).exit_code == 0
    assert [u.code for u in list_orgunits(ws, "O_A")] == ["O_A"]
