"""EARS C1, C2 and C3 (CDC Early Aberration Reporting System), as R ``surveillance::earsC``.

- C1: baseline = the ``baseline`` (7) periods just before ``t``; threshold
  ``mean + z(1 - alpha) * sd`` (sample sd), alarm if the count exceeds it.
- C2: the same with a 2-period guard band (baseline ``t - baseline - 2 .. t - 3``).
- C3: ``C2(t)`` plus the parts of ``C2(t-1)`` and ``C2(t-2)`` above 1; its threshold on the
  count is ``y_t + sd * (z - (max(0, C2(t-2) - 1) + max(0, C2(t-1) - 1)))``, floored at 0.
  It is undefined (NaN, no alarm) where a baseline sd is 0, as in R.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from numpy.typing import NDArray
from scipy import stats

from healthplan.i18n import t
from healthplan.surveillance.detection import Detection, no_reasons

Array = NDArray[np.float64]


def _baseline_stats(
    counts: Array, ks: NDArray[np.intp], baseline: int, lag: int
) -> tuple[Array, Array]:
    """Mean and sample sd of ``counts[t - lag - baseline + 1 .. t - lag]`` for each t in ks."""
    win = sliding_window_view(counts, baseline, axis=1)  # win[:, j] = counts[j .. j+b-1]
    sel = win[:, ks - lag - baseline + 1]
    return sel.mean(axis=2), sel.std(axis=2, ddof=1)


def _check(start: int, max_lag: int) -> None:
    if start - max_lag < 0:
        raise ValueError(f"EARS needs {max_lag} periods before the first judged period")


def _ears_shewhart(counts: Array, start: int, baseline: int, alpha: float, lag: int) -> Detection:
    """C1 (lag 1) and C2 (lag 3, the 2-period guard band): alarm above mean + z * sd."""
    counts = np.asarray(counts, dtype=np.float64)
    _check(start, baseline + lag - 1)
    ks = np.arange(start, counts.shape[1], dtype=np.intp)
    mean, sd = _baseline_stats(counts, ks, baseline, lag)
    upper = mean + stats.norm.ppf(1 - alpha) * sd
    return Detection(counts[:, ks] > upper, upper)


def ears_c1(counts: Array, start: int, *, baseline: int = 7, alpha: float = 0.001) -> Detection:
    return _ears_shewhart(counts, start, baseline, alpha, lag=1)


def ears_c2(counts: Array, start: int, *, baseline: int = 7, alpha: float = 0.001) -> Detection:
    return _ears_shewhart(counts, start, baseline, alpha, lag=3)


def ears_c3(counts: Array, start: int, *, baseline: int = 7, alpha: float = 0.001) -> Detection:
    counts = np.asarray(counts, dtype=np.float64)
    _check(start, baseline + 4)
    ks2 = np.arange(start - 2, counts.shape[1], dtype=np.intp)
    mean, sd = _baseline_stats(counts, ks2, baseline, 3)
    with np.errstate(divide="ignore", invalid="ignore"):
        c2 = (counts[:, ks2] - mean) / sd
        lag2 = np.maximum(0.0, c2[:, :-2] - 1.0)
        lag1 = np.maximum(0.0, c2[:, 1:-1] - 1.0)
        y = counts[:, ks2[2:]]
        upper = y + sd[:, 2:] * (stats.norm.ppf(1 - alpha) - (lag2 + lag1))
    upper = np.maximum(0.0, upper)  # NaN stays NaN, as R's pmax
    with np.errstate(invalid="ignore"):
        alarm = y > upper
    reason = no_reasons(alarm.shape)
    reason[np.isnan(upper)] = t("the baseline does not vary (standard deviation 0)")
    return Detection(alarm & ~np.isnan(upper), upper, reason)
