"""``healthplan plan import|export|apply|list`` end to end on a SQLite workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from healthplan.cli import app

PLAN = """2024年某区卫生健康工作要点
一、目标任务
1.适龄儿童免疫规划疫苗接种率保持在95%以上。（区卫健局）
2.新增普惠托位200个。（区卫健局、区发改局）
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path / "ws"))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    monkeypatch.setenv("HEALTHPLAN_LANG", "en")
    return tmp_path


def test_plan_commands(home: Path) -> None:
    runner = CliRunner()
    source = home / "要点.txt"
    source.write_text(PLAN, encoding="utf-8")
    result = runner.invoke(app, ["plan", "import", str(source), "--title", "区要点"])
    assert result.exit_code == 0, result.output
    assert "Plan 1: 区要点" in result.output
    listed = runner.invoke(app, ["plan", "list"])
    assert listed.exit_code == 0 and "区要点" in listed.output
    out = home / "review.xlsx"
    exported = runner.invoke(app, ["plan", "export", "--plan", "1", "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    book = load_workbook(out)
    sheet = book["目标"]
    heads = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(row=2, column=heads["审核"]).value = "确认"
    book.save(out)
    applied = runner.invoke(app, ["plan", "apply", str(out)])
    assert applied.exit_code == 0, applied.output
    assert "1 confirmed" in applied.output
    sheet.cell(row=3, column=heads["期限"]).value = "明年"
    book.save(out)
    bad = runner.invoke(app, ["plan", "apply", str(out)])
    assert bad.exit_code == 2
    assert "review.xlsx" in bad.output and "row 3" in bad.output and "期限" in bad.output
    missing = runner.invoke(app, ["plan", "export", "--plan", "9", "--out", str(out)])
    assert missing.exit_code == 2
