"""Parity with R ``surveillance`` 1.20.3 reference alarms shipped in the shared benchmark
(subset of series here for speed; the full figures come from bench/surveillance_parity.py)."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from conftest import SHARED
from healthplan.surveillance import read_counts
from healthplan.surveillance.detect import eval_start, run_method

BENCH = SHARED / "surveillance"
CASES = [
    ("sim_weekly", "farrington-flexible", "farringtonFlexible", 50.0, 36),
    ("sim_weekly", "farrington", "farrington", 50.0, 60),
    ("sim_weekly", "ears-c1", "earsC1", 50.0, 252),
    ("sim_weekly", "ears-c2", "earsC2", 50.0, 252),
    ("sim_weekly", "ears-c3", "earsC3", 50.0, 252),
    ("sim_weekly", "cusum", "cusum", 50.0, 252),
    ("sim_weekly", "cidars", "mpm_p80", 80.0, 252),
    ("sim_daily", "cidars", "mpm_p50", 50.0, 24),
    ("real_ha", "farrington-flexible", "farringtonFlexible", 50.0, 12),
    ("real_ha", "farrington", "farrington", 50.0, 12),
    ("real_ha", "ears-c3", "earsC3", 50.0, 12),
]


def _reference(path: Path) -> dict[tuple[str, str], tuple[int, float]]:
    out: dict[tuple[str, str], tuple[int, float]] = {}
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            thr = float(row["threshold"]) if row["threshold"] else float("nan")
            out[(row["series_id"], row["date"])] = (int(row["alarm"]), thr)
    return out


@pytest.mark.parametrize(("dataset", "method", "r_name", "percentile", "n_series"), CASES)
def test_alarms_match_r(
    dataset: str, method: str, r_name: str, percentile: float, n_series: int
) -> None:
    data = read_counts(BENCH / "data" / f"{dataset}.csv")
    ref = _reference(BENCH / "out" / f"r_{dataset}_{r_name}.csv")
    agree = total = thr_agree = 0
    for group in data.groups:
        group.ids = group.ids[:n_series]
        group.counts = group.counts[:n_series]
        start = eval_start(group, data.daily, None)
        res = run_method(method, group, start, data.daily, percentile)
        dates = np.datetime_as_string(group.dates[start:], unit="D")
        for i, sid in enumerate(group.ids):
            for j, day in enumerate(dates):
                r_alarm, r_thr = ref[(sid, str(day))]
                total += 1
                agree += int(res.alarm[i, j]) == r_alarm
                ours = round(float(res.threshold[i, j]), 4)
                same_thr = (np.isnan(ours) and np.isnan(r_thr)) or abs(ours - r_thr) < 5e-3
                thr_agree += bool(same_thr)
    assert total > 0
    assert agree / total >= 0.999, f"{method} on {dataset}: {agree}/{total} alarms agree"
    assert thr_agree / total >= 0.99, f"{method} on {dataset}: thresholds {thr_agree}/{total}"
