"""``healthplan surveillance detect``: the benchmark's CSV contract and input errors."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest
from typer.testing import CliRunner

from healthplan.cli import app
from paths import SURVEILLANCE

runner = CliRunner()
WEEKLY = SURVEILLANCE / "sim_weekly.csv.gz"


@pytest.fixture
def small_weekly(tmp_path: Path) -> Path:
    path = tmp_path / "weekly.csv"
    with gzip.open(WEEKLY, "rt") as src, path.open("w") as dst:
        for n, line in enumerate(src):
            if n > 20 * 368:
                break
            dst.write(line)
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open() as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("method", ["ears-c3", "cusum", "farrington", "farrington-flexible"])
def test_detect_writes_every_evaluated_week(
    small_weekly: Path, tmp_path: Path, method: str
) -> None:
    out = tmp_path / "alarms.csv"
    result = runner.invoke(
        app,
        [
            "surveillance",
            "detect",
            str(small_weekly),
            "--method",
            method,
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert list(rows[0]) == ["series_id", "date", "alarm", "threshold", "method", "reason"]
    assert len(rows) == 20 * 104
    assert rows[0]["date"] == "2022-01-03" and rows[-1]["date"] == "2023-12-25"
    assert {r["method"] for r in rows} == {method}
    assert {r["alarm"] for r in rows} <= {"0", "1"}


def test_detect_from_date(small_weekly: Path, tmp_path: Path) -> None:
    out = tmp_path / "alarms.csv"
    result = runner.invoke(
        app,
        [
            "surveillance",
            "detect",
            str(small_weekly),
            "--method",
            "ears-c1",
            "--from",
            "2023-01-02",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert rows[0]["date"] == "2023-01-02" and len(rows) == 20 * 52


def test_bad_input_names_file_row_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "series_id,date,count\na,2020-01-06,3\na,2020-01-13,x\na,2020-13-20,1\n", encoding="utf-8"
    )
    result = runner.invoke(
        app,
        [
            "--lang",
            "en",
            "surveillance",
            "detect",
            str(bad),
            "--method",
            "cusum",
            "--out",
            str(tmp_path / "o.csv"),
        ],
    )
    assert result.exit_code == 2
    output = " ".join(result.output.split())
    assert "bad.csv, row 3, field count" in output
    assert "bad.csv, row 4, field date" in output
    assert not (tmp_path / "o.csv").exists()


def test_gap_and_weekly_only_method(tmp_path: Path) -> None:
    gap = tmp_path / "gap.csv"
    gap.write_text(
        "series_id,date,count\na,2020-01-06,3\na,2020-01-13,1\na,2020-01-20,1\na,2020-02-03,1\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app,
        [
            "--lang",
            "en",
            "surveillance",
            "detect",
            str(gap),
            "--method",
            "ears-c1",
            "--out",
            str(tmp_path / "o.csv"),
        ],
    )
    assert result.exit_code == 2 and "row 5, field date" in " ".join(result.output.split())
    daily = SURVEILLANCE / "sim_daily.csv.gz"
    result = runner.invoke(
        app,
        [
            "--lang",
            "en",
            "surveillance",
            "detect",
            str(daily),
            "--method",
            "farrington",
            "--out",
            str(tmp_path / "o.csv"),
        ],
    )
    assert result.exit_code == 2 and "needs weekly data" in " ".join(result.output.split())


def test_run_and_lifecycle_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date, timedelta

    from healthplan.store import Workspace
    from healthplan.surveillance import save_counts

    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    monkeypatch.setenv("HEALTHPLAN_USER", "值班员")
    units = tmp_path / "units.csv"
    units.write_text(
        "code,name,level,parent_code\n990100000000,云川市,市,\n990102000000,东城区,区,990100000000\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["orgunits", "import", str(units)]).exit_code == 0
    first = date(2024, 1, 1)
    rows = [("cases", "cholera", "990102000000", first + timedelta(days=i), 0) for i in range(60)]
    rows[40] = ("cases", "cholera", "990102000000", first + timedelta(days=40), 1)
    save_counts(Workspace(), rows)

    en = ["--lang", "en", "surveillance"]
    result = runner.invoke(app, [*en, "run"])
    assert result.exit_code == 0, result.output
    assert "1 new signals recorded" in " ".join(result.output.split())
    listing = runner.invoke(app, [*en, "signals", "--status", "open"])
    assert "cholera" in listing.output and "2024-02-10" in listing.output
    ws = Workspace()
    with ws.engine.connect() as connection:
        signal_id = connection.exec_driver_sql("select id from surveillance_signals").scalar_one()
    ws.close()
    steps = [
        ["verify", str(signal_id), "--by", "王医生", "--outcome", "confirmed"],
        ["respond", str(signal_id), "--by", "应急队"],
        ["close", str(signal_id), "--by", "王医生", "--note", "done"],
    ]
    for step in steps:
        result = runner.invoke(app, [*en, *step])
        assert result.exit_code == 0, result.output
    assert "closed" in result.output
    again = runner.invoke(app, [*en, "verify", str(signal_id), "--by", "王医生"])
    assert again.exit_code == 2 and "cannot verify" in " ".join(again.output.split())
    metrics = runner.invoke(app, [*en, "metrics"])
    assert "Signals 1 (verified 1" in " ".join(metrics.output.split())


def test_workers_give_the_same_alarms(small_weekly: Path, tmp_path: Path) -> None:
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"alarms-{workers}.csv"
        args = ["surveillance", "detect", str(small_weekly), "--method", "farrington"]
        result = runner.invoke(app, [*args, "--workers", workers, "--out", str(out)])
        assert result.exit_code == 0, result.output
        outs.append(out.read_text())
    assert outs[0] == outs[1]
