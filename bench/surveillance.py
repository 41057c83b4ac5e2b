"""Benchmark: Farrington flexible (Noufaily 2013) over 10,000 weekly series x 7 years.

    .venv/bin/python bench/surveillance.py [--series 10000] [--workers 2] [--r-series 40]

Simulates Noufaily-style negative-binomial series (the 7 parameter sets x trend x
seasonality of Noufaily et al. 2013, cycled; seeded, with outbreaks), judges the last 104
weeks of each with ``farrington_flexible`` and prints series per second and peak memory.

Baseline, measured in the same run when ``Rscript`` with the ``surveillance`` package is
installed: R's ``farringtonFlexible`` (through the benchmark's own ``run_r.R``, the same
options) on the first ``--r-series`` series, whose alarms are also compared with ours.
Otherwise the ratio is against R's recorded 156.15 s for 252 series
(``shared/surveillance/out/r_sim_weekly_timing.csv``), and the output says so.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from healthplan.surveillance.methods.farrington import farrington_flexible

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HEALTHPLAN_SHARED", ROOT.parent / "shared")) / "surveillance"
WEEKS = 7 * 52
EVAL = 104
SCENARIOS = [  # theta, beta, gamma1, gamma2, phi (Noufaily et al. 2013)
    (0.1, 0.0025, 0.6, 0.6, 1.5),
    (-2.0, 0.005, 0.1, 0.3, 2.0),
    (1.5, 0.003, 0.2, -0.4, 1.0),
    (0.5, 0.002, 0.5, 0.5, 5.0),
    (2.5, 0.001, 1.0, 0.1, 3.0),
    (3.75, 0.001, 0.1, -0.1, 1.1),
    (5.0, 0.0001, 0.05, 0.01, 1.2),
]


def simulate(n_series: int, seed: int = 1) -> np.ndarray:
    """Negative-binomial baselines with trend/seasonality and a few injected outbreaks."""
    rng = np.random.default_rng(seed)
    t = np.arange(WEEKS, dtype=np.float64)
    out = np.empty((n_series, WEEKS))
    for i in range(n_series):
        theta, beta, g1, g2, phi = SCENARIOS[i % 7]
        trend = (i // 7) % 2
        m = (i // 14) % 3
        eta = theta + trend * beta * t
        for j in range(1, m + 1):
            eta = eta + g1 * np.cos(2 * np.pi * j * t / 52) + g2 * np.sin(2 * np.pi * j * t / 52)
        mu = np.exp(eta)
        if phi > 1:
            size = mu / (phi - 1)
            counts = rng.negative_binomial(size, size / (size + mu))
        else:
            counts = rng.poisson(mu)
        for start in rng.choice(np.arange(52, WEEKS - 4), size=4, replace=False):
            k = rng.choice([2, 3, 5, 10])
            size_ob = rng.poisson(k * np.sqrt(phi * mu[start])) or 1
            delays = np.floor(rng.lognormal(0, 0.5, size_ob)).astype(int)
            np.add.at(counts, np.minimum(start + delays, WEEKS - 1), 1)
        out[i] = counts
    return out


def _run(block: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    res = farrington_flexible(block, WEEKS - EVAL)
    return res.alarm, res.threshold


def run_python(counts: np.ndarray, workers: int) -> tuple[float, np.ndarray]:
    t0 = time.perf_counter()
    if workers <= 1:
        alarm, _ = _run(counts)
    else:
        blocks = np.array_split(counts, workers * 4)
        with ProcessPoolExecutor(workers) as pool:
            alarm = np.concatenate([a for a, _ in pool.map(_run, blocks)])
    return time.perf_counter() - t0, alarm


def _write_csv(path: Path, counts: np.ndarray) -> None:
    dates = np.datetime64("2017-01-02") + np.arange(WEEKS) * np.timedelta64(7, "D")
    with path.open("w", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["series_id", "date", "count"])
        for i, row in enumerate(counts):
            for d, c in zip(dates, row, strict=True):
                w.writerow([f"s{i:05d}", str(d), int(c)])


def run_r(counts: np.ndarray, cores: int) -> tuple[float, np.ndarray] | None:
    """Time R farringtonFlexible (run_r.R) on ``counts``; None if R is unavailable."""
    if shutil.which("Rscript") is None or not (SHARED / "run_r.R").exists():
        return None
    probe = subprocess.run(
        ["Rscript", "-e", "quit(status = !requireNamespace('surveillance', quietly = TRUE))"],
        capture_output=True,
    )
    if probe.returncode != 0:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "bench.csv"
        _write_csv(data, counts)
        t0 = time.perf_counter()
        subprocess.run(
            [
                "Rscript",
                str(SHARED / "run_r.R"),
                str(data),
                "--methods",
                "farringtonFlexible",
                "--cores",
                str(cores),
                "--outdir",
                tmp,
            ],
            check=True,
            capture_output=True,
            cwd=tmp,
        )
        seconds = time.perf_counter() - t0
        alarms = np.zeros((counts.shape[0], EVAL), dtype=bool)
        with (Path(tmp) / "r_bench_farringtonFlexible.csv").open() as handle:
            for n, row in enumerate(csv.DictReader(handle)):
                alarms[n // EVAL, n % EVAL] = row["alarm"] == "1"
    return seconds, alarms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--series", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--r-series", type=int, default=40, help="series R runs on (0: skip R)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    counts = simulate(args.series, args.seed)
    print(f"data: {args.series} weekly series x {WEEKS} weeks, last {EVAL} weeks judged")
    secs, alarm = run_python(counts, args.workers)
    rate = args.series / secs
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"healthplan farrington-flexible: {secs:.1f} s, {rate:.0f} series/s, "
        f"{int(alarm.sum())} alarms, workers {args.workers}, peak memory "
        f"{peak:.0f} MB (largest worker {peak_children:.0f} MB)"
    )
    r = run_r(counts[: args.r_series], min(2, args.workers)) if args.r_series > 0 else None
    if r is not None:
        r_secs, r_alarm = r
        r_rate = args.r_series / r_secs
        same = float((r_alarm == alarm[: args.r_series]).mean())
        print(
            f"R surveillance farringtonFlexible (measured in this run on {args.r_series} series, "
            f"{min(2, args.workers)} cores): {r_secs:.1f} s, {r_rate:.2f} series/s; "
            f"alarms identical on {same:.2%} of series-weeks"
        )
    with (SHARED / "out" / "r_sim_weekly_timing.csv").open() as handle:
        row = next(r for r in csv.DictReader(handle) if r["method"] == "farringtonFlexible")
    recorded = int(row["series"]) / float(row["seconds"])
    if r is not None:
        print(f"speed-up vs R measured in this run: {rate / r_rate:.0f}x")
        print(
            f"speed-up vs R's recorded {row['seconds']} s for {row['series']} series "
            f"({recorded:.2f} series/s, r_sim_weekly_timing.csv): {rate / recorded:.0f}x"
        )
    else:
        print(
            f"R not available: recorded figure from r_sim_weekly_timing.csv, "
            f"{row['seconds']} s for {row['series']} series = {recorded:.2f} series/s"
        )
        print(f"speed-up vs R (recorded): {rate / recorded:.0f}x")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
