"""Batched quasi-Poisson log-linear fits for the Farrington family (拟泊松回归).

Every Farrington baseline has the same design for every series and every judged week: one
intercept per seasonal level (``seasgroups``; one level only for Farrington 1996) and an
optional linear time trend. Times are relative to the judged week (which is ``t = 0``), so the
design never changes with the week judged, and thousands of windows are fitted at once.

The maximum-likelihood fit is exact rather than iterated as in R's ``glm``: for a fixed trend
``b`` the level intercepts have a closed form (``exp(a_l) = sum_l w y / sum_l w exp(b t)``),
and the profile log-likelihood in ``b`` is concave, so a one-dimensional Newton iteration on
``b`` gives the same estimates as the iteratively reweighted least squares R runs. Hat values,
the Pearson dispersion and the standard error of the trend come from the same level sums
(the Schur complement of the arrow-shaped information matrix).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]

MAX_ITER = 40
TOL = 1e-9
MAX_STEP = 0.05
MAX_SLOPE = 0.5


@dataclass
class Fit:
    """Fitted log-level intercepts ``a`` (N, q), trend ``b`` (N,) and the sums they rest on."""

    a: Array  # log intercept per level; -inf for a level without cases
    b: Array  # trend per period (0 without trend)
    level_totals: Array  # (N, q) sum of w*y per level (= sum of w*mu at the optimum)
    s0: Array  # (N, q) sum of w*exp(b t) per level
    info: Array  # (N,) profile information for b (Schur complement); 0 without trend
    tbar: Array  # (N, q) mean time per level under the fitted working weights
    converged: NDArray[np.bool_]
    trend: bool

    def mu(self, t: Array, levels: NDArray[np.intp]) -> Array:
        """Fitted means for every window (N, n)."""
        with np.errstate(under="ignore", over="ignore", invalid="ignore"):
            level = np.exp(self.a)[:, levels]
            if not self.trend:
                return np.asarray(level)
            return np.asarray(level * np.exp(self.b[:, None] * t[None, :]))


def _level_matrices(t: Array, levels: NDArray[np.intp], q: int) -> tuple[Array, Array, Array]:
    onehot = np.zeros((t.size, q))
    onehot[np.arange(t.size), levels] = 1.0
    return onehot, onehot * t[:, None], onehot * (t * t)[:, None]


def fit(
    y: Array,
    t: Array,
    levels: NDArray[np.intp],
    q: int,
    *,
    weights: Array | None = None,
    trend: bool = True,
    b0: Array | None = None,
) -> Fit:
    """Poisson/quasi-Poisson maximum likelihood of ``y ~ level + b t`` for each row of ``y``."""
    n_rows = y.shape[0]
    onehot, onehot_t, onehot_tt = _level_matrices(t, levels, q)
    wy = y if weights is None else weights * y
    totals = wy @ onehot
    b = np.zeros(n_rows)
    converged = np.ones(n_rows, dtype=bool)
    info = np.zeros(n_rows)
    if not trend:
        if weights is None:
            s0 = np.broadcast_to(onehot.sum(axis=0), (n_rows, q)).copy()
            r1 = np.broadcast_to(onehot_t.sum(axis=0) / onehot.sum(axis=0), (n_rows, q))
        else:
            s0 = weights @ onehot
            r1 = (weights @ onehot_t) / s0
    else:
        wyt = wy @ t
        stacked = np.concatenate([onehot, onehot_t, onehot_tt], axis=1)
        if b0 is not None:
            b[:] = np.clip(b0, -MAX_SLOPE, MAX_SLOPE)
        s0 = np.empty((n_rows, q))
        r1 = np.empty((n_rows, q))
        active: NDArray[np.intp] | None = None  # None = every row
        for _ in range(MAX_ITER):
            rows = slice(None) if active is None else active
            with np.errstate(over="ignore", under="ignore"):
                e = np.exp(b[rows, None] * t[None, :])
            if weights is not None:
                e *= weights[rows]
            sums = e @ stacked
            s0a = sums[:, :q]
            r1a = sums[:, q : 2 * q] / s0a
            r2a = sums[:, 2 * q :] / s0a
            ta = totals[rows]
            score = wyt[rows] - (ta * r1a).sum(axis=1)
            inf_a = (ta * (r2a - r1a * r1a)).sum(axis=1)
            with np.errstate(divide="ignore", invalid="ignore"):
                step = np.where(inf_a > 0, score / inf_a, 0.0)
            step = np.clip(step, -MAX_STEP, MAX_STEP)
            s0[rows] = s0a
            r1[rows] = r1a
            info[rows] = inf_a
            done = np.abs(step) < TOL * np.maximum(1.0, np.abs(b[rows]))
            moving = np.flatnonzero(~done)
            idx = moving if active is None else active[moving]
            b[idx] += step[moving]
            active = idx
            if active.size == 0:
                break
        if active is not None and active.size:
            converged[active] = False
        converged &= np.abs(b) < MAX_SLOPE
    with np.errstate(divide="ignore"):
        a = np.log(totals) - np.log(s0)
    return Fit(
        a=a, b=b, level_totals=totals, s0=s0, info=info, tbar=r1, converged=converged, trend=trend
    )


def hat_values(fit_: Fit, mu: Array, t: Array, levels: NDArray[np.intp]) -> Array:
    """Diagonal of the hat matrix of an unweighted fit (working weights = mu)."""
    tot = fit_.level_totals[:, levels]
    with np.errstate(divide="ignore", invalid="ignore"):
        if fit_.trend:
            dt = t[None, :] - fit_.tbar[:, levels]
            dt *= dt
            dt /= fit_.info[:, None]
            dt += 1.0 / tot
            h = mu * dt
        else:
            h = mu / tot
    return np.where(np.isfinite(h), h, 0.0)


def pearson_dispersion(y: Array, mu: Array, weights: Array | None, df: int) -> Array:
    """``sum(w (y - mu)^2 / mu) / df``, R's ``summary.glm`` dispersion for quasi-Poisson."""
    with np.errstate(divide="ignore", invalid="ignore"):
        r = y - mu
        r *= r
        r /= mu
    r[mu <= 0] = 0.0
    if weights is not None:
        r *= weights
    return np.asarray(r.sum(axis=1) / df, dtype=np.float64)


def anscombe_residuals(y23: Array, mu: Array, phi: Array, hat: Array) -> Array:
    """Anscombe residuals ``3/2 (y^(2/3) mu^(-1/6) - mu^(1/2)) / sqrt(phi (1 - h))``."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        a = y23 / np.sqrt(np.cbrt(mu))
        a -= np.sqrt(mu)
        a *= 1.5
        a /= np.sqrt(phi[:, None] * (1.0 - hat))
    return np.where(mu > 0, a, 0.0)


def farrington_weights(s: Array, threshold: float) -> Array:
    """Down-weight baseline weeks with residual above ``threshold`` (``s^-2``), renormalised."""
    high = s > threshold
    with np.errstate(divide="ignore"):
        inv = np.where(high, 1.0 / (s * s), 1.0)
    gamma = s.shape[1] / inv.sum(axis=1)
    return np.asarray(gamma[:, None] * inv, dtype=np.float64)
