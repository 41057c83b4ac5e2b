"""Parity with R ``surveillance`` 1.20.3: every reference alarm and threshold of the benchmark
subset in ``tests/data/surveillance`` (the first replicate of each simulated scenario and the
12 districts of ``ha``). The figures on the whole benchmark come from
bench/surveillance_parity.py."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import numpy as np
import pytest

from healthplan.surveillance import read_counts
from healthplan.surveillance.detectors import eval_start, run_method
from paths import SURVEILLANCE

CASES = [
    ("sim_weekly", "farrington-flexible", "farringtonFlexible", 50.0),
    ("sim_weekly", "farrington", "farrington", 50.0),
    ("sim_weekly", "ears-c1", "earsC1", 50.0),
    ("sim_weekly", "ears-c2", "earsC2", 50.0),
    ("sim_weekly", "ears-c3", "earsC3", 50.0),
    ("sim_weekly", "cusum", "cusum", 50.0),
    ("sim_weekly", "cidars", "mpm_p80", 80.0),
    ("sim_daily", "cidars", "mpm_p50", 50.0),
    ("real_ha", "farrington-flexible", "farringtonFlexible", 50.0),
    ("real_ha", "farrington", "farrington", 50.0),
    ("real_ha", "ears-c3", "earsC3", 50.0),
]


def _reference(path: Path) -> dict[tuple[str, str], tuple[int, float]]:
    out: dict[tuple[str, str], tuple[int, float]] = {}
    with gzip.open(path, "rt", newline="") as handle:
        for row in csv.DictReader(handle):
            thr = float(row["threshold"]) if row["threshold"] else float("nan")
            out[(row["series_id"], row["date"])] = (int(row["alarm"]), thr)
    return out


@pytest.mark.parametrize(("dataset", "method", "r_name", "percentile"), CASES)
def test_alarms_match_r(dataset: str, method: str, r_name: str, percentile: float) -> None:
    data = read_counts(SURVEILLANCE / f"{dataset}.csv.gz")
    ref = _reference(SURVEILLANCE / f"r_{dataset}_{r_name}.csv.gz")
    compared: set[tuple[str, str]] = set()
    agree = thr_agree = 0
    for group in data.groups:
        start = eval_start(group, data.daily, None)
        res = run_method(method, group, start, data.daily, percentile)
        dates = np.datetime_as_string(group.dates[start:], unit="D")
        for i, sid in enumerate(group.ids):
            for j, day in enumerate(dates):
                r_alarm, r_thr = ref[(sid, str(day))]
                compared.add((sid, str(day)))
                agree += int(res.alarm[i, j]) == r_alarm
                ours = round(float(res.threshold[i, j]), 4)
                same_thr = (np.isnan(ours) and np.isnan(r_thr)) or abs(ours - r_thr) < 5e-3
                thr_agree += bool(same_thr)
    total = len(ref)
    assert compared == set(ref)  # every reference row judged, nothing beyond it
    assert agree / total >= 0.999, f"{method} on {dataset}: {agree}/{total} alarms agree"
    assert thr_agree / total >= 0.99, f"{method} on {dataset}: thresholds {thr_agree}/{total}"
