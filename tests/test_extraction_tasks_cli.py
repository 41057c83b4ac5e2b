"""``healthplan extract`` names responsible departments as the workspace's register does,
and works without a workspace (it creates none)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from healthplan.cli import app
from healthplan.model import Department, DepartmentKind
from healthplan.store import Workspace, save_departments

PLAN = (
    "2025年工作要点\n一、重点任务\n"
    "1.推进家庭医生签约服务。（市卫健委牵头，市医保局、各区县人民政府配合）\n"
)


def _tasks(tmp_path: Path) -> list[dict[str, object]]:
    plan, out = tmp_path / "plan.txt", tmp_path / "tasks.jsonl"
    plan.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(plan), "--tasks", str(out)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_extract_names_departments_as_the_register_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "ws"
    monkeypatch.setenv("HEALTHPLAN_HOME", str(home))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    (task,) = _tasks(tmp_path)
    assert (task["lead"], task["departments"]) == (
        "市卫健委",
        ["市卫健委", "市医保局", "各区县人民政府"],
    )
    assert not (home / "healthplan.db").exists()  # no workspace: none created
    ws = Workspace(home=home)
    ws.upgrade()
    save_departments(
        ws,
        [
            Department(
                code="hc", name="市卫生健康委员会", aliases=["市卫健委"], kind=DepartmentKind.office
            ),
            Department(code="hs", name="市医疗保障局", kind=DepartmentKind.office),
        ],
    )
    ws.close()
    (task,) = _tasks(tmp_path)
    # 市医保局 resolved by the long and short forms of 医疗保障局; the collective as written
    assert task["lead"] == "市卫生健康委员会"
    assert task["departments"] == ["市卫生健康委员会", "市医疗保障局", "各区县人民政府"]
