"""The DHIS2 commands end to end: metadata import, data import with --id-scheme, --mode,
--dry-run and --summary, data export in every DHIS2 format, fhir export (payloads from
DHIS2's documentation, tests/data/dhis2/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dhis2_helpers import DHIS2, dhis2_city
from healthplan.cli import app
from healthplan.store import Workspace


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.setenv("HEALTHPLAN_LANG", "en")
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path)
    ws.upgrade()
    dhis2_city(ws, tmp_path, mappings=False)
    ws.close()
    return CliRunner()


def test_dhis2_commands(runner: CliRunner, tmp_path: Path) -> None:
    mapping = tmp_path / "mapping.csv"
    done = runner.invoke(
        app, ["metadata", "import", str(DHIS2 / "metadata.json"), "--out", str(mapping)]
    )
    assert done.exit_code == 0, done.output
    assert "DiszpKrYNg8,OU_A" in mapping.read_text(encoding="utf-8")
    single = ["data", "import", str(DHIS2 / "docs-single-set.json"), "--id-scheme", "uid"]
    dry = runner.invoke(app, [*single, "--dry-run"])
    assert dry.exit_code == 0 and "Dry run" in dry.output and "3 created" in dry.output
    assert runner.invoke(app, single).exit_code == 0
    bulk = ["data", "import", str(DHIS2 / "docs-bulk.xml"), "--id-scheme", "uid"]
    summary = tmp_path / "summary.json"
    refused = runner.invoke(app, [*bulk, "--summary", str(summary)])
    assert refused.exit_code == 2 and "Jkhdsf8sdf4" in refused.output
    assert "Traceback" not in refused.output
    assert json.loads(summary.read_text(encoding="utf-8"))["status"] == "ERROR"
    partial = runner.invoke(app, [*bulk, "--mode", "partial", "--summary", str(summary)])
    assert partial.exit_code == 0, partial.output
    assert "2 created, 1 updated, 0 unchanged, 0 deleted, 1 ignored" in partial.output
    assert json.loads(summary.read_text(encoding="utf-8"))["importCount"]["ignored"] == 1
    for fmt in ("dhis2-json", "dhis2-xml", "dhis2-csv", "adx"):
        out = runner.invoke(app, ["data", "export", "--format", fmt, "--id-scheme", "uid"])
        assert out.exit_code == 0 and "DiszpKrYNg8" in out.output, (fmt, out.output)
    bad = runner.invoke(app, ["data", "export", "--id-scheme", "guid"])
    assert bad.exit_code == 2 and "guid" in bad.output
    nowhere = runner.invoke(app, ["data", "export", "--org-unit", "XX"])
    assert nowhere.exit_code == 2 and "XX" in nowhere.output


def test_fhir_export_command(runner: CliRunner, tmp_path: Path) -> None:
    runner.invoke(app, ["metadata", "import", str(DHIS2 / "metadata.json")])
    out = tmp_path / "bundle.json"
    done = runner.invoke(app, ["fhir", "export", "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert json.loads(out.read_text(encoding="utf-8"))["resourceType"] == "Bundle"
