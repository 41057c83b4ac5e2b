"""``healthplan tasks …`` and ``healthplan warnings …`` end to end on a SQLite workspace:
list with filters, report, history, template → fill → import, a bad sheet, run twice, the
inbox in CSV/JSON/XLSX, ack and resolve, and one clear error line for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from healthplan.cli import app
from healthplan.store import Workspace
from tasks_helpers import make_plan


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path / "ws"))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    monkeypatch.setenv("HEALTHPLAN_LANG", "en")
    ws = Workspace(home=tmp_path / "ws")
    ws.upgrade()
    make_plan(ws)
    ws.close()
    return tmp_path


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_tasks_commands(home: Path) -> None:
    listed = json.loads(_run("tasks", "list", "--as-of", "2024-07-10", "--format", "json"))
    assert [row["state"] for row in listed] == [
        "overdue", "not started", "not started", "overdue", "not started"
    ]  # fmt: skip
    overdue = json.loads(_run("tasks", "list", "--overdue", "--as-of", "2024-07-10",
                              "--format", "json"))  # fmt: skip
    assert [row["id"] for row in overdue] == [1, 4]
    csv = _run("tasks", "list", "--department", "市疾控中心", "--format", "csv")
    assert csv.splitlines()[0].startswith("id,task,lead") and len(csv.splitlines()) == 2
    # task 5 has no time limit (the others are past theirs by now)
    assert "in progress" in _run("tasks", "report", "5", "--state", "推进中", "--note", "已开工",
                                 "--percent", "30", "--by", "张三")  # fmt: skip
    history = json.loads(_run("tasks", "history", "5", "--format", "json"))
    assert history[0]["by"] == "张三" and history[0]["to"] == "in progress"
    sheet = home / "sheet.xlsx"
    _run("tasks", "template", "--department", "市卫健委", "--out", str(sheet))
    book = load_workbook(sheet)
    page = book.active
    assert page is not None
    page.cell(3, 6, "摸底完成")
    book.save(sheet)
    assert "1 tasks reported" in _run("tasks", "import", str(sheet))
    page.cell(4, 7, "很多")
    book.save(sheet)
    bad = CliRunner().invoke(app, ["tasks", "import", str(sheet)])
    assert bad.exit_code == 2
    assert "sheet.xlsx" in bad.output and "row 4" in bad.output
    assert "Traceback" not in bad.output
    refused = CliRunner().invoke(app, ["tasks", "report", "5", "--state", "逾期完成"])
    assert refused.exit_code == 2 and "task 5" in refused.output
    late = _run("tasks", "late", "--as-of", "2099-01-10", "--format", "csv")
    assert "市财政局" in late


def test_warnings_commands(home: Path) -> None:
    first = _run("warnings", "run", "--as-of", "2024-07-10")
    assert "5 new warnings" in first
    again = _run("warnings", "run", "--as-of", "2024-07-10")
    assert "0 new warnings" in again and "5 unchanged" in again
    rows = json.loads(_run("warnings", "list", "--format", "json"))
    assert len(rows) == 5 and rows[0]["severity"] == "orange"
    xlsx = home / "warnings.xlsx"
    _run("warnings", "list", "--format", "xlsx", "--out", str(xlsx))
    assert load_workbook(xlsx).active.max_row == 6  # type: ignore[union-attr]
    assert "acknowledged" in _run("warnings", "ack", "1", "--by", "王五", "--note", "收到")
    assert "handled" in _run("warnings", "resolve", "1", "--by", "王五", "--note", "已督办")
    done = json.loads(_run("warnings", "list", "--state", "已处理", "--format", "json"))
    assert [(r["id"], r["handled"]) for r in done] == [(1, "王五")]
    refused = CliRunner().invoke(app, ["warnings", "ack", "1", "--by", "王五"])
    assert refused.exit_code == 2 and "warning 1" in refused.output
    assert "red" in _run("warnings", "rules")
    assert _run("warnings", "deliveries", "--format", "csv").startswith("id,kind")
