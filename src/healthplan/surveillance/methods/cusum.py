"""CUSUM for counts, as R ``surveillance::algo.cusum`` with ``trans = "rossi"``, ``m = "glm"``.

In-control mean: a Poisson GLM ``y ~ 1 + cos(2 pi t / 52) + sin(2 pi t / 52)`` fitted to every
period before the first judged one (``t`` counts weeks from the ISO week of the first date).
Each count is standardised with Rossi's transform ``(y - 3m + 2 sqrt(y m)) / (2 sqrt(m))``,
which is about standard normal under Poisson(m), and accumulated as
``S_t = max(0, S_{t-1} + z_t - k)``; an alarm is raised when ``S_t >= h``. The defaults
``k = 1.04`` (reference value: half of a shift of about 2 standard deviations) and
``h = 2.26`` (decision interval) are the package's. As in the package, the sum is not reset
after an alarm. The threshold reported is the count that would bring ``S_t`` to ``h``.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from healthplan.i18n import t
from healthplan.surveillance.detection import Detection, no_reasons

Array = NDArray[np.float64]


def seasonal_poisson_mean(
    train: Array, t_train: Array, t_new: Array, period: float = 52.0, iterations: int = 50
) -> Array:
    """Poisson GLM with one harmonic fitted to every row of ``train``; means at ``t_new``."""

    def design(t: Array) -> Array:
        w = 2 * np.pi / period * t
        return np.stack([np.ones_like(t), np.cos(w), np.sin(w)], axis=1)

    x = design(t_train)
    n_rows = train.shape[0]
    beta = np.zeros((n_rows, 3))
    beta[:, 0] = np.log(np.maximum(train.mean(axis=1), 1e-10))
    for _ in range(iterations):
        mu = np.exp(beta @ x.T)
        grad = (train - mu) @ x
        hess = np.einsum("ni,ij,ik->njk", mu, x, x)
        try:
            step = np.linalg.solve(hess, grad[:, :, None])[:, :, 0]
        except np.linalg.LinAlgError:  # a flat or nearly empty history: least squares
            step = (np.linalg.pinv(hess) @ grad[:, :, None])[:, :, 0]
        beta += step
        if np.abs(step).max() < 1e-10:
            break
    return np.asarray(np.exp(beta @ design(t_new).T), dtype=np.float64)


def cusum(
    counts: Array, start: int, *, k: float = 1.04, h: float = 2.26, start_week: int = 1
) -> Detection:
    """Rossi-transformed Poisson CUSUM with a seasonal GLM in-control mean."""
    counts = np.asarray(counts, dtype=np.float64)
    n_time = counts.shape[1]
    if start < 3:
        raise ValueError("CUSUM needs history before the first judged period")
    t_all = start_week + np.arange(n_time, dtype=np.float64)
    # No case in the whole history: the in-control mean is 0 and every count is infinitely
    # far from it; such a series is not judged (said in ``reason``) instead of fitted.
    empty = counts[:, :start].sum(axis=1) == 0
    m = np.full((counts.shape[0], n_time - start), np.nan)
    if (~empty).any():
        m[~empty] = seasonal_poisson_mean(counts[~empty, :start], t_all[:start], t_all[start:])
    x = counts[:, start:]
    z = (x - 3 * m + 2 * np.sqrt(x * m)) / (2 * np.sqrt(m))
    s = np.zeros(counts.shape[0])
    alarm = np.zeros(x.shape, dtype=bool)
    prev = np.zeros(x.shape)
    for j in range(x.shape[1]):
        prev[:, j] = s
        s = np.maximum(0.0, s + z[:, j] - k)
        alarm[:, j] = s >= h
    rm = np.sqrt(m)
    inner = 4 * m**2 + 2 * m * rm * h + 2 * m * rm * k - 2 * m * rm * prev
    with np.errstate(invalid="ignore"):
        upper = 2 * h * rm + 2 * k * rm - 2 * prev * rm + 5 * m - 2 * np.sqrt(inner)
    upper = np.where(np.isnan(upper) | (upper < 0), 0.0, upper)
    upper[empty] = np.nan
    alarm[empty] = False
    reason = no_reasons(alarm.shape)
    reason[empty] = t("no case in the history before the first judged period: no baseline mean")
    return Detection(alarm, upper, reason)
