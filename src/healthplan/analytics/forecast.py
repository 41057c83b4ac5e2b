"""Forecast at the deadline from a recency-weighted linear trend, and the likelihood of
meeting the target — after UN ESCAP's *anticipated progress* (project the recent pace to the
target year), with recent points weighted more (weight ``DECAY ** age``, age in the series'
own steps: years for annual values, months within a year).

Which series (docs/monitoring.md, "Forecast"): a unit's annual values when it has three or
more; else, for a target due this year, the year-to-date values of this year; for a count,
the completions accumulated month by month since the start. The value is bounded to the
indicator's valid range (a rate in % between 0 and 100, a count never below what is already
done); anything else gives no forecast and a reason, never an extrapolation past its data."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["DECAY", "MIN_POINTS", "Forecast", "forecast", "likelihood"]

DECAY = 0.85  # weight of a point one step older than the next
MIN_POINTS = 3


@dataclass(frozen=True)
class Forecast:
    value: float
    stderr: float
    slope: float  # change per step


def forecast(
    times: Sequence[float],
    values: Sequence[float],
    at: float,
    *,
    low: float | None = None,
    high: float | None = None,
) -> Forecast | None:
    """Weighted least-squares line through ``(times, values)``, evaluated at ``at`` and
    clipped to ``[low, high]``, with the standard error of a new observation there; None
    with fewer than :data:`MIN_POINTS` points or when ``at`` is before the last point."""
    n = len(values)
    if n < MIN_POINTS or len(times) != n or at < max(times):
        return None
    last = max(times)
    weights = [DECAY ** (last - t) for t in times]
    total = sum(weights)
    t_mean = sum(w * t for w, t in zip(weights, times, strict=True)) / total
    y_mean = sum(w * y for w, y in zip(weights, values, strict=True)) / total
    sxx = sum(w * (t - t_mean) ** 2 for w, t in zip(weights, times, strict=True))
    if sxx == 0:
        return None
    sxy = sum(
        w * (t - t_mean) * (y - y_mean) for w, t, y in zip(weights, times, values, strict=True)
    )
    slope = sxy / sxx
    intercept = y_mean - slope * t_mean
    residual = sum(
        w * (y - intercept - slope * t) ** 2 for w, t, y in zip(weights, times, values, strict=True)
    )
    sigma2 = residual / total * n / (n - 2)
    stderr = math.sqrt(sigma2 * (1 + 1 / n + (at - t_mean) ** 2 / (sxx / total * n)))
    value = intercept + slope * at
    if low is not None:
        value = max(value, low)
    if high is not None:
        value = min(value, high)
    return Forecast(value, stderr, slope)


def likelihood(prediction: Forecast, goal: float, higher_is_better: bool) -> float:
    """Probability (0–1) that the value at the deadline meets ``goal``, from a normal
    predictive distribution around the forecast."""
    margin = prediction.value - goal if higher_is_better else goal - prediction.value
    if prediction.stderr <= 1e-12:
        return 1.0 if margin >= 0 else 0.0
    return 0.5 * (1 + math.erf(margin / (prediction.stderr * math.sqrt(2))))
