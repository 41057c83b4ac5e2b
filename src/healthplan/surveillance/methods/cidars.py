"""CIDARS moving percentile method (移动百分位数法), China's national early-warning rule.

The current 7-day count (daily data: the sum of the last 7 days; weekly data: the week's
count) is compared with the P-th percentile (type 7, linear interpolation) of the 15 counts
of the same 7-day window and the windows 1 and 2 weeks before and after it, in each of the
previous 3 years (lags of 52 weeks = 364 days keep the weekday). An alarm is raised if the
current count exceeds the percentile. P is 50 for most diseases and 80 for some
(configurable per disease, see :mod:`healthplan.surveillance.config`).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from healthplan.i18n import t
from healthplan.surveillance.detection import Detection, no_reasons

Array = NDArray[np.float64]


def moving_sums(counts: Array, days: int = 7) -> Array:
    """Sum of the last ``days`` periods at each period (NaN before a full window)."""
    c = np.cumsum(np.asarray(counts, dtype=np.float64), axis=1)
    out = np.full(c.shape, np.nan)
    out[:, days - 1] = c[:, days - 1]
    out[:, days:] = c[:, days:] - c[:, :-days]
    return out


def moving_percentile(
    counts: Array, start: int, *, percentile: float = 50.0, daily: bool = True, years: int = 3
) -> Detection:
    """CIDARS MPM for every series and period from ``start`` on."""
    counts = np.asarray(counts, dtype=np.float64)
    per = 7 if daily else 1
    values = moving_sums(counts) if daily else counts
    ks = np.arange(start, counts.shape[1], dtype=np.intp)
    lags = np.array([-y * 52 * per + d * per for y in range(1, years + 1) for d in range(-2, 3)])
    idx = ks[:, None] + lags[None, :]
    ok = idx.min(axis=1) - (6 if daily else 0) >= 0
    base = values[:, np.clip(idx, 0, None)]
    thr = np.percentile(base, percentile, axis=2)
    thr[:, ~ok] = np.nan
    cur = values[:, ks]
    with np.errstate(invalid="ignore"):
        alarm = ~np.isnan(thr) & (cur > thr)
    reason = no_reasons(alarm.shape)
    reason[:, ~ok] = t("history shorter than {years} years", years=years)
    return Detection(alarm, thr, reason)
