"""The data, compute and assess commands end to end on a workspace in a temporary folder."""

import json
from pathlib import Path

from typer.testing import CliRunner

from collection_helpers import small_city
from healthplan.cli import app
from healthplan.model import Department
from healthplan.store import Workspace, save_departments
from healthplan.store.tables_plans import PlanRow, TargetRow


def test_commands(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.setenv("HEALTHPLAN_LANG", "en")
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path)
    ws.upgrade()
    small_city(ws, tmp_path)
    save_departments(ws, [Department(code="mch", name="妇幼健康科")])
    with ws.session() as session:
        plan = PlanRow(title="要点", kind="annual", period="2024", org_unit_code="C")
        session.add(plan)
        session.flush()
        session.add(
            TargetRow(
                plan_id=plan.id,
                indicator_text="访视率",
                indicator_code="visit_rate",
                comparator=">=",
                value=80.0,
                departments=["妇幼健康科"],
                milestones=[],
                status="confirmed",
            )
        )
    ws.close()
    runner = CliRunner()
    good = tmp_path / "v.csv"
    good.write_text(
        "data_element,period,org_unit,value\nvisits,2024M01,a1,9\nbirths,2024M01,a1,10\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["data", "import", str(good)])
    assert result.exit_code == 0, result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("data_element,period,org_unit,value\nvisits,2024M01,zz,x\n", "utf-8")
    result = runner.invoke(app, ["data", "import", str(bad)])
    assert result.exit_code == 2 and "bad.csv" in result.output and "row 2" in result.output
    result = runner.invoke(
        app,
        [
            "compute",
            "--format",
            "json",
            "--indicator",
            "visit_rate",
            "--org-unit",
            "C",
            "--period",
            "2024",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["value"] == 90
    result = runner.invoke(app, ["assess", "--format", "json", "--as-of", "2024-01-31"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["assessment"]
    assert rows[0]["org_unit_code"] == "C" and rows[0]["status"] == "met"
    result = runner.invoke(app, ["assess", "--as-of", "2024-01-31"])
    assert result.exit_code == 0 and "met" in result.output and "妇幼健康科" in result.output
    out = tmp_path / "t.xlsx"
    result = runner.invoke(
        app,
        ["data", "template", "mch", "--org-unit", "C", "--period", "2024M02", "--out", str(out)],
    )
    assert result.exit_code == 0 and out.exists()
    result = runner.invoke(app, ["data", "export", "--format", "dhis2-csv"])
    assert result.exit_code == 0 and "visits,202401,a1" in result.output
    for step in ("submit", "review", "approve"):
        result = runner.invoke(
            app, ["data", step, "mch", "--org-unit", "a1", "--period", "2024M01"]
        )
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["data", "import", str(good)])
    assert result.exit_code == 2 and "locked" in result.output
    result = runner.invoke(app, ["data", "quality", "mch", "--period", "2024Q1"])
    assert result.exit_code == 0 and "Completeness" in result.output


def test_assess_cases(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`assess --cases FILE --json` needs no workspace and prints one record per case;
    a bad case file is one line naming the file, the case and the field, exit 2."""
    import yaml

    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.setenv("HEALTHPLAN_LANG", "en")
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    cases = Path(__file__).parent / "data" / "assessment" / "cases.yaml"
    runner = CliRunner()
    result = runner.invoke(app, ["assess", "--cases", str(cases), "--json"])
    assert result.exit_code == 0, result.output
    got = {r["id"]: r for r in json.loads(result.output)}
    for case in yaml.safe_load(cases.read_text(encoding="utf-8")):
        for key, want in case["expect"].items():
            if isinstance(want, float | int) and not isinstance(want, bool):
                assert abs(got[case["id"]][key] - want) <= 0.01, (case["id"], key)
            else:
                assert got[case["id"]][key] == want, (case["id"], key)
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  plan_period: [2024, 2024]\n  as_of: 2024-01-01\n", "utf-8")
    result = runner.invoke(app, ["assess", "--cases", str(bad), "--json"])
    assert result.exit_code == 2, result.output
    assert "bad.yaml" in result.output and "target" in result.output
    assert "Traceback" not in result.output
