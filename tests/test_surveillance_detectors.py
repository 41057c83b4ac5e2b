"""Detector internals on hand-checkable data, and farrington-plus against farringtonFlexible."""

from __future__ import annotations

import gzip
import importlib.util
from datetime import date
from pathlib import Path

import numpy as np

from healthplan.surveillance import (
    METHODS,
    Detection,
    Method,
    SeriesGroup,
    ears_c1,
    farrington_flexible,
    moving_percentile,
    read_counts,
    register_method,
    run_method,
)
from healthplan.surveillance.detectors import Array
from healthplan.surveillance.methods.farrington import flexible_design, original_design
from healthplan.surveillance.methods.farrington_plus import farrington_plus
from healthplan.surveillance.methods.triggers import single_case
from paths import SURVEILLANCE


def test_flexible_design_follows_r_blocks() -> None:
    offsets, levels = flexible_design(5, 3, 10, 26)
    assert offsets[0] == -(52 * 5 + 3) and offsets[-1] == -27
    assert offsets.size == 52 * 5 + 3 - 26
    current = offsets[levels == 9]  # the windows around k - 52 i form the last level
    expected = sorted(-52 * i + d for i in range(1, 6) for d in range(-3, 4))
    assert current.tolist() == expected
    # the 45 weeks between two windows are cut into 9 blocks of 5 weeks
    between = levels[(offsets > -52 * 2 + 3) & (offsets < -52 - 3)]
    assert np.bincount(between).tolist() == [5] * 9


def test_original_design() -> None:
    assert original_design(2, 1).tolist() == [-105, -104, -103, -53, -52, -51]


def test_ears_c1_by_hand() -> None:
    counts = np.array([[1, 2, 3, 4, 5, 6, 7, 30, 8]], dtype=float)
    det = ears_c1(counts, 7)
    mean, sd = 4.0, np.std([1, 2, 3, 4, 5, 6, 7], ddof=1)
    assert np.isclose(det.threshold[0, 0], mean + 3.090232306167813 * sd)
    assert det.alarm[0].tolist() == [True, False]


def test_cidars_percentile_of_fifteen_windows() -> None:
    rng = np.random.default_rng(3)
    counts = rng.poisson(3.0, size=(2, 4 * 364)).astype(float)
    t = 4 * 364 - 1
    det = moving_percentile(counts, t, percentile=80.0, daily=True)
    sums = [
        counts[0, t - y * 364 + d * 7 - 6 : t - y * 364 + d * 7 + 1].sum()
        for y in (1, 2, 3)
        for d in (-2, -1, 0, 1, 2)
    ]
    assert np.isclose(det.threshold[0, 0], np.percentile(sums, 80))
    assert det.alarm[0, 0] == (counts[0, t - 6 : t + 1].sum() > np.percentile(sums, 80))


def test_single_case() -> None:
    det = single_case(np.array([[0, 0, 1, 0, 2]], dtype=float), 1)
    assert det.alarm[0].tolist() == [False, True, False, True]


def test_single_case_is_a_registered_detector() -> None:
    """Run through the registry like every other method; its alarms stand alone."""
    group = SeriesGroup(["a"], date(2024, 1, 1), 1, np.array([[0, 0, 1, 0, 2]], dtype=float))
    det = run_method("single-case", group, 1, True)
    assert det.alarm[0].tolist() == [False, True, False, True]
    assert METHODS["single-case"].signal_kind == "single_case"
    assert not METHODS["single-case"].fused and METHODS["cidars"].fused


def test_a_registered_detector_is_run_with_named_parameters() -> None:
    seen: dict[str, object] = {}

    def above_two(counts: Array, start: int, *, first_day: date, **_: object) -> Detection:
        seen["first_day"] = first_day
        judged = counts[:, start:]
        return Detection(judged > 2, np.full(judged.shape, 2.0))

    register_method(Method("above-two", above_two, 0, False))
    try:
        group = SeriesGroup(["a"], date(2024, 3, 4), 7, np.array([[1, 3, 2, 5]], dtype=float))
        det = run_method("above-two", group, 0, False)
    finally:
        del METHODS["above-two"]
    assert det.alarm[0].tolist() == [False, True, False, True]
    assert seen["first_day"] == date(2024, 3, 4)


def _score_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SURVEILLANCE / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _unzipped(name: str, folder: Path) -> str:
    """The benchmark's scorer reads plain CSV files."""
    path = folder / name.removesuffix(".gz")
    path.write_bytes(gzip.decompress((SURVEILLANCE / name).read_bytes()))
    return str(path)


def test_farrington_plus_detects_more_at_lower_fpr(tmp_path: Path) -> None:
    """On the first replicate of each of the 42 simulated scenarios (84 outbreaks); the
    figures on the whole benchmark are in docs/surveillance.md."""
    score = _score_module()
    truth, _ = score.read_truth(_unzipped("sim_weekly.csv.gz", tmp_path))
    reference = score.read_alarms(_unzipped("r_sim_weekly_farringtonFlexible.csv.gz", tmp_path))
    r_figures = score.score(truth, reference["farringtonFlexible"], 104)
    group = read_counts(SURVEILLANCE / "sim_weekly.csv.gz").groups[0]
    start = group.counts.shape[1] - 104
    dates = [str(d) for d in np.datetime_as_string(group.dates[start:], unit="D")]
    results = {}
    for name, fn in (("ff", farrington_flexible), ("plus", farrington_plus)):
        det = fn(group.counts, start)
        alarms = {
            (sid, day): int(det.alarm[i, j])
            for i, sid in enumerate(group.ids)
            for j, day in enumerate(dates)
        }
        results[name] = score.score(truth, alarms, 104)
    assert results["ff"]["outbreaks"] == 84
    assert results["ff"]["POD"] == r_figures["POD"]  # R's figure on the same series, reproduced
    assert results["plus"]["POD"] >= results["ff"]["POD"] + 0.02
    assert results["plus"]["FPR"] <= results["ff"]["FPR"]
