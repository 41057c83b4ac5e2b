"""Arguments that name nothing (D12): an unknown indicator, org unit or signal status, or a
date no plan can be assessed at, is one clear line and exit status 2 — never an empty table
with exit status 0 that reads like "no data"."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from collection_helpers import small_city
from healthplan.analytics import assess, compute
from healthplan.cli import app
from healthplan.errors import HealthplanError
from healthplan.store import Workspace
from healthplan.surveillance import signals


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.setenv("HEALTHPLAN_LANG", "en")
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path)
    ws.upgrade()
    small_city(ws, tmp_path)
    return ws


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["compute", "--indicator", "NOPE"], "unknown indicator NOPE"),
        (["compute", "--org-unit", "NOPE"], "unknown org unit NOPE"),
        (["assess", "--org-unit", "NOPE"], "unknown org unit NOPE"),
        (["assess", "--as-of", "9999-12-31"], "9999-12-31 is not a date between"),
        (["assess", "--as-of", "1899-12-31"], "1899-12-31 is not a date between"),
        (["surveillance", "signals", "--status", "NOPE"], "unknown signal status NOPE"),
    ],
)
def test_unknown_codes_are_one_clear_line(home: Workspace, argv: list[str], said: str) -> None:
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and said in lines[0], result.output
    assert "Traceback" not in result.output


def test_the_library_refuses_what_the_command_refuses(home: Workspace) -> None:
    from datetime import date

    with pytest.raises(HealthplanError, match="unknown indicator NOPE"):
        compute(home, indicators=["visit_rate", "NOPE"])
    with pytest.raises(HealthplanError, match="unknown org unit ZZ"):
        compute(home, org_units=["ZZ"])
    with pytest.raises(HealthplanError, match="unknown org unit ZZ"):
        assess(home, org_unit="ZZ")
    with pytest.raises(HealthplanError, match="not a date between"):
        assess(home, as_of=date(9999, 12, 31))
    with pytest.raises(HealthplanError, match="unknown signal status"):
        signals(home, status="nope")


def test_known_codes_still_answer(home: Workspace) -> None:
    assert compute(home, indicators=["visit_rate"], org_units=["A"]).values == []
    assert assess(home, org_unit="A").rows == []
    assert signals(home, status="open") == []


def test_a_template_into_a_missing_folder_is_refused(home: Workspace, tmp_path: Path) -> None:
    """bench/reliability.py: ``data template --out no/x.xlsx`` ended in FileNotFoundError."""
    argv = ["data", "template", "mch", "--org-unit", "A", "--period", "2023M02"]
    result = CliRunner().invoke(app, [*argv, "--out", str(tmp_path / "no" / "x.xlsx")])
    assert result.exit_code == 2, result.output
    assert "x.xlsx: cannot write the file" in result.output


def test_quality_of_an_unknown_org_unit_is_refused(home: Workspace) -> None:
    """bench/reliability.py: ``data quality --org-unit NOPE`` printed an empty table."""
    argv = ["data", "quality", "mch", "--period", "2023M02", "--org-unit", "NOPE"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == ["Error: unknown org unit NOPE"]
