"""Surveillance input and degenerate series: every detector gives a reason for each period it
does not judge, none crashes or warns on an all-zero, constant or short series; on the German
measles weeks of 2005–2007 Farrington says it cannot judge (too little history) and EARS and
CUSUM alarm in North Rhine-Westphalia during the 2006 outbreak; channel counts load from CSV
and spreadsheets with Chinese headings, atomically."""

from __future__ import annotations

import csv
import warnings
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from typer.testing import CliRunner

from healthplan.cli import app
from healthplan.errors import InputError
from healthplan.surveillance import METHODS, SeriesGroup, import_counts, load_channel, run_method
from healthplan.surveillance.count_files import read_counts
from paths import SURVEILLANCE

MEASLES = SURVEILLANCE / "measles_de_2005_2007.csv"
WEEKLY = [m for m, spec in METHODS.items() if m != "single-case"]


def _group(counts: np.ndarray) -> SeriesGroup:
    return SeriesGroup(["s"], date(2019, 1, 7), 7, np.atleast_2d(counts).astype(float))


@pytest.mark.parametrize("method", WEEKLY)
@pytest.mark.parametrize(
    "series",
    [np.zeros(300), np.full(300, 4.0), np.zeros(12), np.r_[np.zeros(299), 9.0], np.ones(2)],
    ids=["all-zero", "constant", "too-short", "zero-then-case", "two"],
)
def test_degenerate_series_are_explained(method: str, series: np.ndarray) -> None:
    start = max(0, series.size - 104)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a numpy RuntimeWarning fails the test
        got = run_method(method, _group(series), start, daily=False)
    blank = np.isnan(got.threshold)
    assert (got.reason[blank] != "").all()  # never a blank threshold without a reason
    assert not (got.alarm & blank).any()


def test_cusum_survives_an_all_zero_history_next_to_a_busy_series() -> None:
    counts = np.vstack([np.zeros(200), np.r_[np.full(190, 3.0), np.full(10, 30.0)]])
    group = SeriesGroup(["quiet", "busy"], date(2019, 1, 7), 7, counts)
    got = run_method("cusum", group, 150, daily=False)
    assert got.reason[0, 0].startswith("no case") or got.reason[0, 0]  # translated text
    assert not got.alarm[0].any()
    assert got.alarm[1, -10:].all()


def _measles_alarms(method: str, tmp_path: Path) -> tuple[dict[str, list[int]], str]:
    out = tmp_path / f"{method}.csv"
    result = CliRunner().invoke(
        app,
        [
            "--lang",
            "en",
            "surveillance",
            "detect",
            str(MEASLES),
            "--method",
            method,
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    alarms: dict[str, list[int]] = {}
    with out.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if row["threshold"] == "":
                assert row["reason"], row  # a reason for every blank threshold
            alarms.setdefault(row["series_id"], []).append(
                int(row["alarm"]) if row["date"].startswith("2006") else 0
            )
    return alarms, result.output


@pytest.mark.parametrize("method", ["farrington", "farrington-flexible", "farrington-plus"])
def test_farrington_says_why_it_cannot_judge_measles(method: str, tmp_path: Path) -> None:
    alarms, output = _measles_alarms(method, tmp_path)
    assert "periods not judged: history shorter than 5 years" in output
    assert sum(map(sum, alarms.values())) == 0


@pytest.mark.parametrize("method", ["ears-c1", "ears-c2", "ears-c3", "cusum"])
def test_ears_and_cusum_alarm_in_the_2006_outbreak(method: str, tmp_path: Path) -> None:
    alarms, _ = _measles_alarms(method, tmp_path)
    assert sum(alarms["measlesDE_North_Rhine_Westphalia"]) >= 3
    assert sum(alarms["measlesDE_Saarland"]) == 0  # no case at all: never an alarm


def test_count_files_refuse_non_finite_and_out_of_range(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    start = date(2020, 1, 6)
    lines = ["series_id,date,count"]
    lines += [f"s,{start + timedelta(weeks=i)},{1e400 if i == 3 else 2}" for i in range(20)]
    lines += ["t,0001-01-01,1", "t,0001-01-08,2"]
    path.write_text("\n".join(lines) + "\n", encoding="gbk")
    with pytest.raises(InputError) as caught:
        read_counts(path)
    fields = {(p.row, p.field) for p in caught.value.problems}
    assert (5, "count") in fields
    assert (22, "date") in fields


def _orgunits(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from healthplan.collection import import_orgunits

    units = tmp_path / "units.csv"
    units.write_text("code,name,level,parent_code\nC,市,市,\nA,甲区,区,C\n", encoding="utf-8")
    import_orgunits(ws, units)


def test_import_counts_daily_csv_and_weekly_xlsx(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _orgunits(ws, tmp_path)
    daily = tmp_path / "fever.csv"
    daily.write_text(
        "日期,疾病,机构编码,数量\n2024-03-01,ili,A,3\n2024年3月2日,ili,A,5\n2024/3/3,ili,C,0\n",
        encoding="gbk",
    )
    summary = import_counts(ws, daily, "fever")
    assert (summary.channel, summary.rows, summary.written) == ("fever_clinic", 3, 3)
    again = import_counts(ws, daily, "fever")
    assert (again.written, again.unchanged) == (0, 3)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["周次", "病种", "区划代码", "病例数"])
    sheet.append(["2024W05", "measles", "A", 4])
    sheet.append(["2024年第6周", "measles", "A", 7])
    weekly = tmp_path / "cases.xlsx"
    book.save(weekly)
    summary = import_counts(ws, weekly, "cases")
    assert summary.weekly and summary.first == date(2024, 1, 29)
    matrix = load_channel(ws, "cases", "measles")
    assert matrix is not None and matrix.counts.sum() == 11


def test_import_counts_refuses_bad_rows_and_stores_nothing(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _orgunits(ws, tmp_path)
    path = tmp_path / "lab.csv"
    path.write_text(
        "date,disease,org_unit,count\n"
        "2024-03-01,flu,A,3\n"
        "2024-03-02,flu,NOPE,1\n"
        "2024-03-03,flu,A,1e400\n"
        "2024-03-04,flu,A,-1\n"
        "2099-01-01,flu,A,1\n"
        "2024-03-01,flu,A,4\n"
        "someday,flu,A,1\n"
        f"2024-03-05,{'x' * 80},A,1\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        import_counts(ws, path, "lab")
    rows = sorted(p.row or 0 for p in caught.value.problems)
    assert rows == [3, 4, 5, 6, 7, 8, 9]
    assert load_channel(ws, "lab", "flu") is None
    with pytest.raises(InputError):
        import_counts(ws, path, "radio")


def test_import_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHPLAN_HOME", str(tmp_path))
    monkeypatch.delenv("HEALTHPLAN_DATABASE_URL", raising=False)
    runner = CliRunner()
    units = tmp_path / "units.csv"
    units.write_text("code,name,level,parent_code\nC,市,市,\n", encoding="utf-8")
    assert runner.invoke(app, ["orgunits", "import", str(units)]).exit_code == 0
    counts = tmp_path / "school.csv"
    counts.write_text("日期,症状,机构编码,人数\n2024-03-01,absenteeism,C,12\n", encoding="utf-8")
    done = runner.invoke(
        app, ["--lang", "en", "surveillance", "import", str(counts), "--channel", "school"]
    )
    assert done.exit_code == 0, done.output
    assert "1 new or changed" in done.output
    bad = runner.invoke(
        app, ["--lang", "en", "surveillance", "import", str(units), "--channel", "school"]
    )
    assert bad.exit_code == 2
    assert "missing column" in bad.output and "Traceback" not in bad.output


@pytest.mark.parametrize(
    "content",
    ["- a\n- b\n", "diseases: 3\n", "diseases:\n  - disease: flu\n    channels: [abc]\n"],
    ids=["list", "diseases-int", "channel-str"],
)
def test_rule_files_of_the_wrong_shape_are_refused(tmp_path: Path, content: str) -> None:
    from healthplan.surveillance import load_config

    path = tmp_path / "rules.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_config(path)
    assert all(p.file == str(path) for p in caught.value.problems)
