"""Org-unit import: validation reported all at once, atomic, on SQLite and PostgreSQL."""

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from healthplan import InputError, import_orgunits, list_orgunits, orgunit_tree
from healthplan.cli import app
from healthplan.store.tables import AuditLog, OrgUnitRow

GOOD = """code,name,level,parent_code
990100000000,云川市,市,
990102000000,明湖区,区,990100000000
990102001000,青泉街道,街道,990102000000
990102001001,马源社区,社区,990102001000
990102001002,竹店社区,社区,990102001000
"""


def write(tmp_path: Path, text: str, name: str = "units.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def count(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.session() as session:
        return int(session.scalar(select(func.count()).select_from(OrgUnitRow)) or 0)


def test_import_and_tree(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = import_orgunits(ws, write(tmp_path, GOOD))
    assert (summary.created, summary.updated) == (5, 0)
    [root] = orgunit_tree(ws)
    assert root.unit.name == "云川市"
    assert root.children[0].children[0].unit.name == "青泉街道"
    assert root.count() == 5
    assert [u.code for u in list_orgunits(ws, "990102001000")] == [
        "990102001000",
        "990102001001",
        "990102001002",
    ]


def test_reimport_updates_and_is_audited(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_orgunits(ws, write(tmp_path, GOOD))
    summary = import_orgunits(ws, write(tmp_path, GOOD.replace("竹店社区", "竹店新社区")))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 4)
    with ws.session() as session:
        [entry] = session.scalars(select(AuditLog).where(AuditLog.action == "update")).all()
    assert entry.actor == "tester"
    assert entry.record_key == "990102001002"
    assert entry.old == {"name": "竹店社区"} and entry.new == {"name": "竹店新社区"}


def test_three_errors_reported_together_and_nothing_stored(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_orgunits(ws, write(tmp_path, GOOD, "first.csv"))
    bad = write(
        tmp_path,
        "code,name,level,parent_code\n"
        "990102002000,柳湾街道,街道,990102000000\n"  # fine on its own
        "990102001001,重复社区,社区,990102001000\n"  # duplicate of row 4 below
        "990102003000,桃岭街道,街道,990109000000\n"  # unknown parent
        "990102001001,马源社区,社区,990102001000\n"
        "990102004000,杏林街道,村,990102000000\n",  # level mismatch
    )
    with pytest.raises(InputError) as caught:
        import_orgunits(ws, bad)
    problems = caught.value.problems
    assert [(p.row, p.field) for p in problems] == [
        (4, "parent_code"),
        (5, "code"),
        (6, "level"),
    ]
    assert all(p.file == "units.csv" for p in problems)
    assert count(ws) == 5  # the earlier import is intact, nothing of the bad file stored


def test_cycle_is_detected(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = write(
        tmp_path,
        "code,name,level,parent_code\nA1,甲,机构,B1\nB1,乙,机构,C1\nC1,丙,机构,A1\n",
    )
    with pytest.raises(InputError, match="A1 → B1 → C1 → A1"):
        import_orgunits(ws, bad)
    assert count(ws) == 0


def test_xlsx_with_chinese_headers_and_numeric_codes(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["区划代码", "名称", "级别", "上级编码"])
    sheet.append([990100000000, "云川市", "市", None])
    sheet.append([990102000000, "明湖区", "区", 990100000000])
    sheet.append([])
    sheet.append([990102001000, "青泉街道", None, 990102000000])  # level read from the code
    path = tmp_path / "units.xlsx"
    book.save(path)
    assert import_orgunits(ws, path).created == 3
    assert [u.level.label_zh for u in list_orgunits(ws)] == ["市", "县/区", "乡镇/街道"]


def test_gbk_csv_as_excel_saves_it(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert import_orgunits(ws, write(tmp_path, GOOD, encoding="gbk")).created == 5


def test_cli_reports_all_errors_and_exits_nonzero(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    runner = CliRunner()
    ok = runner.invoke(app, ["orgunits", "import", str(write(tmp_path, GOOD))])
    assert ok.exit_code == 0, ok.output
    bad = write(
        tmp_path,
        GOOD + "990102001001,x,社区,990102001000\n990102009000,y,街道,999\nZ,z,火星,\n",
        "bad.csv",
    )
    result = runner.invoke(app, ["orgunits", "import", str(bad)])
    assert result.exit_code == 2
    for row in ("第 7 行", "第 8 行", "第 9 行"):
        assert row in result.stderr
    tree = runner.invoke(app, ["orgunits", "tree", "990102000000"])
    assert "青泉街道" in tree.output and "x" not in tree.output.split()


def test_facilities_may_nest_in_any_order(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = GOOD + "H2,青泉卫生院分院,机构,H1\nH1,青泉街道社区卫生服务中心,机构,990102001000\n"
    assert import_orgunits(ws, write(tmp_path, rows)).created == 7
    assert [u.code for u in list_orgunits(ws, "H1")] == ["H1", "H2"]
