"""Run one detector over every series of a count file: the library behind
``healthplan surveillance detect``."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from healthplan.errors import HealthplanError
from healthplan.i18n import t
from healthplan.surveillance.cidars import moving_percentile
from healthplan.surveillance.cusum import cusum
from healthplan.surveillance.ears import ears_c1, ears_c2, ears_c3
from healthplan.surveillance.farrington import farrington, farrington_flexible
from healthplan.surveillance.improved import farrington_plus
from healthplan.surveillance.io import CountData, SeriesGroup, read_counts, write_alarms
from healthplan.surveillance.result import Detection

Array = NDArray[np.float64]
EVAL_WEEKS = 104


@dataclass(frozen=True)
class Method:
    name: str
    run: Callable[[Array, int, SeriesGroup, float], Detection]
    min_history: int  # periods needed before the first judged one
    weekly_only: bool


def _iso_week(d: date) -> int:
    return min(d.isocalendar()[1], 52)


METHODS: dict[str, Method] = {
    m.name: m
    for m in (
        Method(
            "cidars",
            lambda c, s, g, p: moving_percentile(c, s, percentile=p, daily=g.step_days == 1),
            0,
            False,
        ),
        Method("ears-c1", lambda c, s, g, p: ears_c1(c, s), 7, False),
        Method("ears-c2", lambda c, s, g, p: ears_c2(c, s), 9, False),
        Method("ears-c3", lambda c, s, g, p: ears_c3(c, s), 11, False),
        Method("cusum", lambda c, s, g, p: cusum(c, s, start_week=_iso_week(g.first)), 10, True),
        Method("farrington", lambda c, s, g, p: farrington(c, s), 0, True),
        Method(
            "farrington-flexible",
            lambda c, s, g, p: farrington_flexible(c, s),
            0,
            True,
        ),
        Method("farrington-plus", lambda c, s, g, p: farrington_plus(c, s), 1, True),
    )
}


@dataclass
class DetectSummary:
    method: str
    series: int
    rows: int
    alarms: int
    out: Path


def eval_start(group: SeriesGroup, daily: bool, from_date: date | None) -> int:
    """Index of the first judged period: ``from_date`` on, else the benchmark's evaluation
    window (the last 104 weeks, or 728 days for daily data)."""
    n = group.counts.shape[1]
    if from_date is None:
        return max(0, n - (7 * EVAL_WEEKS if daily else EVAL_WEEKS))
    dates = group.dates
    return int(np.searchsorted(dates, np.datetime64(from_date, "D")))


def _run_block(args: tuple[str, SeriesGroup, int, float]) -> Detection:
    method, group, first, percentile = args
    return METHODS[method].run(group.counts, first, group, percentile)


def _run_parallel(
    method: str, group: SeriesGroup, first: int, percentile: float, workers: int
) -> Detection:
    """Series are independent: split them over ``workers`` processes."""
    blocks = [b for b in np.array_split(np.arange(len(group.ids)), workers * 4) if b.size]
    jobs = [
        (
            method,
            SeriesGroup([group.ids[i] for i in b], group.first, group.step_days, group.counts[b]),
            first,
            percentile,
        )
        for b in blocks
    ]
    with ProcessPoolExecutor(workers) as pool:
        parts = list(pool.map(_run_block, jobs))
    return Detection(
        np.concatenate([p.alarm for p in parts]), np.concatenate([p.threshold for p in parts])
    )


def run_method(
    method: str,
    group: SeriesGroup,
    start: int,
    daily: bool,
    percentile: float = 50.0,
    *,
    workers: int = 1,
) -> Detection:
    """Alarms and thresholds of ``method`` for one aligned group, periods ``start`` on
    (``workers`` > 1 spreads the series over that many processes)."""
    spec = METHODS[method]
    n_series, n = group.counts.shape
    out = Detection(
        np.zeros((n_series, max(0, n - start)), dtype=bool),
        np.full((n_series, max(0, n - start)), np.nan),
    )
    first = max(start, spec.min_history)
    if first >= n:
        return out
    if workers > 1 and n_series >= 8 * workers:
        got = _run_parallel(method, group, first, percentile, workers)
    else:
        got = spec.run(group.counts, first, group, percentile)
    out.alarm[:, first - start :] = got.alarm
    out.threshold[:, first - start :] = got.threshold
    return out


def detect(
    input: Path,
    method: str,
    out: Path,
    *,
    from_date: date | None = None,
    percentile: float = 50.0,
    workers: int = 1,
) -> DetectSummary:
    """Read ``input``, run ``method`` on every series, write the alarms CSV to ``out``."""
    if method not in METHODS:
        raise HealthplanError(
            t("unknown method {m}; choose one of {all}", m=method, all=", ".join(METHODS))
        )
    data: CountData = read_counts(input)
    if METHODS[method].weekly_only and data.daily:
        raise HealthplanError(t("{input}: method {m} needs weekly data", input=input, m=method))
    rows = alarms = 0
    for i, group in enumerate(data.groups):
        start = eval_start(group, data.daily, from_date)
        res = run_method(method, group, start, data.daily, percentile, workers=workers)
        rows += write_alarms(
            out, group.ids, group.dates[start:], res.alarm, res.threshold, method, append=i > 0
        )
        alarms += int(res.alarm.sum())
    return DetectSummary(method=method, series=data.n_series, rows=rows, alarms=alarms, out=out)
