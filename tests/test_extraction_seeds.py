"""The evaluation scorers (tests/data/eval) on the seed documents, through ``healthplan
extract``: the levels reached (targets F1 1.00, tasks P = R = 1.00) minus a small margin."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from healthplan.cli import app
from paths import EVAL, SEEDS


def _score(script: str, gold: Path, pred: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(EVAL / script), "--gold", str(gold), "--pred", str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_seed_scores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the gold names departments as the documents do: no workspace register (./healthplan-data
    # after `./run demo`) may rename them
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path / "no-workspace"))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    assert len(SEEDS) == 3
    targets, tasks = tmp_path / "targets.jsonl", tmp_path / "tasks.jsonl"
    args = ["extract", *map(str, SEEDS), "--out", str(targets), "--tasks", str(tasks)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in targets.read_text(encoding="utf-8").splitlines()]
    originals = {p.name: p.read_text(encoding="utf-8") for p in SEEDS}
    for record in records:
        assert record["quote"] in originals[record["doc"]]  # exact substring of the file
    report = _score("score_targets.py", EVAL / "gold", targets)
    f1 = float(re.findall(r"^F1 ([\d.]+)$", report, re.M)[-1])
    assert f1 == 1.0, report  # the seeds stay exact: every other figure is tuned around them
    report = _score("score_tasks.py", EVAL / "gold" / "tasks", tasks)
    precision, recall = map(float, re.findall(r"precision ([\d.]+) recall ([\d.]+)", report)[0])
    assert precision == 1.0 and recall == 1.0, report


def test_extract_prints_targets_without_files(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("一、目标\n到2025年，产前筛查率达到85%以上。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(plan), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)[0]
    assert (record["indicator"], record["value"], record["deadline"]) == ("产前筛查率", 85, 2025)
    missing = CliRunner().invoke(app, ["extract", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2 and "none.txt" in missing.output
