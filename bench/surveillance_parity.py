"""Agreement with the R ``surveillance`` reference alarms on every reference file shipped in
``shared/surveillance/out`` (all series, all judged weeks/days).

    .venv/bin/python bench/surveillance_parity.py
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np

from healthplan.surveillance import read_counts
from healthplan.surveillance.detectors import eval_start, run_method

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HEALTHPLAN_SHARED", ROOT.parent / "shared")) / "surveillance"
OURS = {  # R file name -> (our method, percentile)
    "farringtonFlexible": ("farrington-flexible", 50.0),
    "farrington": ("farrington", 50.0),
    "earsC1": ("ears-c1", 50.0),
    "earsC2": ("ears-c2", 50.0),
    "earsC3": ("ears-c3", 50.0),
    "cusum": ("cusum", 50.0),
    "mpm_p50": ("cidars", 50.0),
    "mpm_p80": ("cidars", 80.0),
}


def agreement(dataset: str, r_name: str) -> tuple[int, int, int]:
    """(series-periods, alarms agreeing, thresholds agreeing within 0.005)."""
    method, pct = OURS[r_name]
    data = read_counts(SHARED / "data" / f"{dataset}.csv")
    ref: dict[tuple[str, str], tuple[int, float]] = {}
    with (SHARED / "out" / f"r_{dataset}_{r_name}.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            thr = float(row["threshold"]) if row["threshold"] else float("nan")
            ref[(row["series_id"], row["date"])] = (int(row["alarm"]), thr)
    total = same = same_thr = 0
    for group in data.groups:
        start = eval_start(group, data.daily, None)
        res = run_method(method, group, start, data.daily, pct)
        dates = np.datetime_as_string(group.dates[start:], unit="D")
        for i, sid in enumerate(group.ids):
            for j, day in enumerate(dates):
                key = (sid, str(day))
                if key not in ref:
                    continue
                r_alarm, r_thr = ref[key]
                ours = round(float(res.threshold[i, j]), 4)
                total += 1
                same += int(res.alarm[i, j]) == r_alarm
                same_thr += bool((np.isnan(ours) and np.isnan(r_thr)) or abs(ours - r_thr) < 5e-3)
    return total, same, same_thr


def main() -> None:
    print(f"{'dataset':<12}{'method':<22}{'periods':>9}{'alarms agree':>14}{'thresholds':>12}")
    for path in sorted((SHARED / "out").glob("r_*_*.csv")):
        stem = path.stem[2:]
        names = [n for n in OURS if stem.endswith("_" + n)]
        if not names:
            continue
        r_name = names[0]
        dataset = stem[: -len(r_name) - 1]
        if not (SHARED / "data" / f"{dataset}.csv").exists():
            continue
        total, same, same_thr = agreement(dataset, r_name)
        print(f"{dataset:<12}{r_name:<22}{total:>9}{same / total:>14.4%}{same_thr / total:>12.4%}")


if __name__ == "__main__":
    main()
