"""``healthplan demo``, the command itself: what it prints, and a second run that adds nothing.
Its own file: its two full-size runs (the default population) are the suite's longest test,
and pytest-xdist's ``--dist loadfile`` can then run it beside tests/test_demo.py."""

import pytest
from typer.testing import CliRunner

from healthplan import list_orgunits
from healthplan.cli import app
from healthplan.collection import value_frame
from healthplan.plans import list_plans, load_plan
from healthplan.store import Workspace
from healthplan.surveillance import signals


@pytest.mark.slow
def test_demo_command_runs_again_without_duplicating(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # One test for both: each demo build costs about a minute of the suite.
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    result = CliRunner().invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "云川市" in result.output and "乡镇/街道" in result.output
    assert (tmp_path / "healthplan.db").exists()

    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path)
    before = (len(list_orgunits(ws)), len(value_frame(ws)[0]), len(signals(ws, include_weak=True)))
    plan = load_plan(ws, list_plans(ws)[0].id)
    result = CliRunner().invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    after = (len(list_orgunits(ws)), len(value_frame(ws)[0]), len(signals(ws, include_weak=True)))
    assert after == before
    assert len(list_plans(ws)) == 2  # the seed documents' plan and the task list
    assert load_plan(ws, plan.id).targets == plan.targets
    ws.close()
