"""The detector registry (:data:`METHODS`, one :class:`Method` per detector, built-ins
registered through :func:`register_method` like any other) and :func:`detect`, which runs one
over every series of a count file: the library behind ``healthplan surveillance detect``."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from healthplan.errors import HealthplanError
from healthplan.i18n import t
from healthplan.surveillance.count_files import CountData, SeriesGroup, read_counts, write_alarms
from healthplan.surveillance.detection import Detection
from healthplan.surveillance.methods.cidars import moving_percentile
from healthplan.surveillance.methods.cusum import cusum
from healthplan.surveillance.methods.ears import ears_c1, ears_c2, ears_c3
from healthplan.surveillance.methods.farrington import farrington, farrington_flexible
from healthplan.surveillance.methods.farrington_plus import farrington_plus
from healthplan.surveillance.methods.triggers import single_case

Array = NDArray[np.float64]
EVAL_WEEKS = 104


class Detector(Protocol):
    """A detector: alarms and thresholds for every series (rows of ``counts``) and every
    period from ``start`` on. ``first_day`` is the date of period 0, ``daily`` says whether
    a period is a day (else a week) and ``percentile`` is the configured percentile (used by
    ``cidars``). Implementations take the keywords they need and ignore the rest."""

    def __call__(
        self, counts: Array, start: int, *, first_day: date, daily: bool, percentile: float
    ) -> Detection: ...


@dataclass(frozen=True)
class Method:
    """A registered detector. ``signal_kind`` names the signals its alarms raise; alarms of a
    detector with ``fused=False`` stand alone (a single case is an alert by itself) and do not
    enter the multi-channel fusion or the spatial clusters."""

    name: str
    detect: Detector
    min_history: int  # periods needed before the first judged one
    weekly_only: bool
    signal_kind: str = "channel"
    fused: bool = True


METHODS: dict[str, Method] = {}


def register_method(method: Method) -> Method:
    """Add a detector to :data:`METHODS` (the CLI's choices and the rule files read it)."""
    METHODS[method.name] = method
    return method


def _iso_week(d: date) -> int:
    return min(d.isocalendar()[1], 52)


def _cidars(counts: Array, start: int, *, daily: bool, percentile: float, **_: object) -> Detection:
    return moving_percentile(counts, start, percentile=percentile, daily=daily)


def _cusum(counts: Array, start: int, *, first_day: date, **_: object) -> Detection:
    return cusum(counts, start, start_week=_iso_week(first_day))


def _counts_only(algorithm: Callable[[Array, int], Detection]) -> Detector:
    """A detector for an algorithm that needs nothing but the counts and the first period."""

    def detect(counts: Array, start: int, **_: object) -> Detection:
        return algorithm(counts, start)

    return detect


for _builtin in (
    Method("cidars", _cidars, 0, False),
    Method("ears-c1", _counts_only(ears_c1), 7, False),
    Method("ears-c2", _counts_only(ears_c2), 9, False),
    Method("ears-c3", _counts_only(ears_c3), 11, False),
    Method("cusum", _cusum, 10, True),
    Method("farrington", _counts_only(farrington), 0, True),
    Method("farrington-flexible", _counts_only(farrington_flexible), 0, True),
    Method("farrington-plus", _counts_only(farrington_plus), 1, True),
    Method(
        "single-case", _counts_only(single_case), 0, False, signal_kind="single_case", fused=False
    ),
):
    register_method(_builtin)


@dataclass
class DetectSummary:
    method: str
    series: int
    rows: int
    alarms: int
    out: Path
    unjudged: dict[str, int] = field(default_factory=dict)  # reason -> periods

    @property
    def judged(self) -> int:
        return self.rows - sum(self.unjudged.values())


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
    return _judge(METHODS[method], group, first, percentile)


def _judge(spec: Method, group: SeriesGroup, first: int, percentile: float) -> Detection:
    # Degenerate series (all zero, constant) give 0/0 on the way; their periods come out
    # unjudged with a reason, so numpy's warnings would only be noise on stderr.
    with np.errstate(all="ignore"):
        return spec.detect(
            group.counts,
            first,
            first_day=group.first,
            daily=group.step_days == 1,
            percentile=percentile,
        )


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
        np.concatenate([p.alarm for p in parts]),
        np.concatenate([p.threshold for p in parts]),
        np.concatenate([p.reason for p in parts]),
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
    if first > start:
        out.reason[:, : first - start] = t("history shorter than {n} periods", n=spec.min_history)
    if first >= n:
        return out.explained()
    if workers > 1 and n_series >= 8 * workers:
        got = _run_parallel(method, group, first, percentile, workers)
    else:
        got = _judge(spec, group, first, percentile)
    out.alarm[:, first - start :] = got.alarm
    out.threshold[:, first - start :] = got.threshold
    out.reason[:, first - start :] = got.reason
    return out.explained()


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
    if not 0 <= percentile <= 100:
        raise HealthplanError(t("the percentile must be between 0 and 100, not {p}", p=percentile))
    if workers < 1:
        raise HealthplanError(t("--workers must be at least 1, not {n}", n=workers))
    if out.resolve() == input.resolve():
        raise HealthplanError(t("{out}: the output would overwrite the input", out=out))
    rows = alarms = 0
    unjudged: dict[str, int] = {}
    for i, group in enumerate(data.groups):
        start = eval_start(group, data.daily, from_date)
        res = run_method(method, group, start, data.daily, percentile, workers=workers)
        try:
            rows += write_alarms(out, group.ids, group.dates[start:], res, method, append=i > 0)
        except OSError as error:
            raise HealthplanError(
                t("cannot write {out}: {e}", out=out, e=error.strerror or error)
            ) from None
        alarms += int(res.alarm.sum())
        found, times = np.unique(res.reason[res.reason != ""].astype(str), return_counts=True)
        for reason, n in zip(found, times, strict=True):
            unjudged[str(reason)] = unjudged.get(str(reason), 0) + int(n)
    return DetectSummary(method, data.n_series, rows, alarms, out, unjudged)
