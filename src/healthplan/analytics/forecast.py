"""Forecast at the deadline from a recency-weighted linear trend, and the likelihood of
meeting the target — in the spirit of UN ESCAP's *anticipated progress* (project the recent
pace to the target year), with recent periods weighted more (weight ``DECAY ** age``)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["DECAY", "Forecast", "forecast", "likelihood"]

DECAY = 0.85  # weight of a point one period older than the next


@dataclass(frozen=True)
class Forecast:
    value: float
    stderr: float
    slope: float  # change per period


def forecast(times: Sequence[float], values: Sequence[float], at: float) -> Forecast | None:
    """Weighted least-squares line through ``(times, values)``, evaluated at ``at``, with the
    standard error of a new observation there; None with fewer than three points."""
    n = len(values)
    if n < 3 or len(times) != n:
        return None
    weights = [DECAY ** (n - 1 - i) for i in range(n)]
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
    return Forecast(intercept + slope * at, stderr, slope)


def likelihood(prediction: Forecast, goal: float, higher_is_better: bool) -> float:
    """Probability (0–1) that the value at the deadline meets ``goal``, from a normal
    predictive distribution around the forecast."""
    margin = prediction.value - goal if higher_is_better else goal - prediction.value
    if prediction.stderr <= 1e-12:
        return 1.0 if margin >= 0 else 0.0
    return 0.5 * (1 + math.erf(margin / (prediction.stderr * math.sqrt(2))))
