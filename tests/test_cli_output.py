"""What commands print (tables at full width, user text literal, csv/json/xlsx) and what they
log (the command, option names, status, duration; never values)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from healthplan.cli import app

TITLE = (
    "[bold][x] 某市卫生健康事业发展“十四五”规划（2021—2025年）重点任务分工方案之附件一：主要指标"
)


@pytest.fixture
def imported(tmp_path: Path, cli_env: dict[str, str]) -> dict[str, str]:
    plan = tmp_path / "plan.txt"
    plan.write_text("一、目标\n到2025年，产前筛查率达到85%以上。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["plan", "import", str(plan), "--title", TITLE], env=cli_env)
    assert result.exit_code == 0, result.output
    return cli_env


def test_table_is_full_width_and_prints_user_text_literally(imported: dict[str, str]) -> None:
    result = CliRunner().invoke(app, ["plan", "list"], env=imported)
    assert result.exit_code == 0, result.output
    assert TITLE in result.output  # not cropped at 80 columns, [bold] and [x] kept
    assert "规划期" in result.output  # pt("plan", "Period"), not 报告期


def test_csv_json_and_xlsx(imported: dict[str, str], tmp_path: Path) -> None:
    runner = CliRunner()
    as_csv = runner.invoke(app, ["plan", "list", "--format", "csv"], env=imported)
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert [r["title"] for r in rows] == [TITLE] and rows[0]["documents"] == "1"
    as_json = runner.invoke(app, ["plan", "list", "--format", "json"], env=imported)
    assert json.loads(as_json.output)[0]["title"] == TITLE
    out = tmp_path / "plans.xlsx"
    written = runner.invoke(
        app, ["plan", "list", "--format", "xlsx", "--out", str(out)], env=imported
    )
    assert written.exit_code == 0, written.output
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:2] == ["编号", "标题"] and sheet["B2"].value == TITLE


def test_log_names_commands_and_options_never_values(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    runner = CliRunner()
    secret = "张三110101199001011234"
    runner.invoke(
        app, ["plan", "import", str(tmp_path / "none.txt"), "--title", secret], env=cli_env
    )
    runner.invoke(
        app, ["data", "submit", "mch", "--org-unit", secret, "--period", "2024-03"], env=cli_env
    )
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    runner.invoke(app, ["plan", "list", "--format", "csv", "--out", str(folder)], env=cli_env)
    log = (tmp_path / "logs" / "healthplan.log").read_text(encoding="utf-8")
    assert secret not in log and "none.txt" not in log
    lines = [line for line in log.splitlines() if "command=" in line]
    assert "command=plan import options=--title status=2" in lines[0]
    assert "command=data submit options=--org-unit,--period status=2" in lines[1]
    assert "command=plan list options=--format,--out status=1" in lines[2]
    assert "seconds=" in lines[0]
    assert "Traceback" in log  # the unexpected failure, with its traceback


def test_approval_states_print_in_the_interface_language(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    from collection_helpers import small_city
    from healthplan.collection import import_values
    from healthplan.collection.values import RawValue
    from healthplan.store import Workspace

    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path)
    ws.upgrade()
    small_city(ws, tmp_path)
    import_values(ws, [RawValue("visits", "2024M01", "a1", 1, file="seed", row=1)])
    result = CliRunner().invoke(
        app, ["data", "submit", "mch", "--org-unit", "a1", "--period", "2024M01"], env=cli_env
    )
    assert result.exit_code == 0, result.output
    assert "已上报" in result.output and "submitted" not in result.output
