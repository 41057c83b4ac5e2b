"""Farrington (1996) and Farrington flexible (Noufaily et al. 2013), vectorised.

Both follow R ``surveillance`` 1.20.3 (``algo.farrington`` with ``fitGLM.fast`` and
``farringtonFlexible``) step by step, for integer-indexed weekly series (``freq`` = 52):

1. Baseline of the judged week ``k``: Farrington 1996 takes the ``2w+1`` weeks around
   ``k - 52 i`` for ``i = 1..b``; the flexible version takes every week from ``k - 52 b - w`` to
   ``k - pastWeeksNotIncluded - 1``, with a seasonal factor of ``noPeriods`` levels (the
   windows around ``k - 52 i`` form the last level, the weeks in between are cut into
   ``noPeriods - 1`` blocks of near-equal length, as R's ``blocks()``).
2. Quasi-Poisson GLM with a linear trend, refitted with Anscombe-residual weights
   (``weightsThreshold`` 1 for 1996, 2.58 for Noufaily); the trend is kept only if it is
   significant (p < ``pThresholdTrend``), ``b >= 3`` and the prediction does not exceed the
   largest baseline count; otherwise the whole fit is redone without trend.
3. Threshold: 1996 uses the 2/3-power transformed normal bound (two-sided ``alpha``);
   Noufaily the negative-binomial plug-in quantile ``qnbinom(1 - alpha, mu / (phi - 1), 1/phi)``
   (Poisson when ``phi = 1``).
4. No alarm unless the last ``limit54[1]`` weeks (4) hold at least ``limit54[0]`` (5) cases.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import stats

from healthplan.i18n import t
from healthplan.surveillance.detection import Detection, no_reasons, why_not
from healthplan.surveillance.methods import glm

Array = NDArray[np.float64]

FREQ = 52
CHUNK = 4_000  # windows per batch: a few MB per array, which stays in cache


@dataclass(frozen=True)
class FarringtonOptions:
    """Options with the names of R ``farringtonFlexible``'s control list."""

    b: int = 5
    w: int = 3
    alpha: float = 0.05
    reweight: bool = True
    weights_threshold: float = 2.58
    trend: bool = True
    p_threshold_trend: float = 0.05
    limit54: tuple[int, int] = (5, 4)
    no_periods: int = 10
    past_weeks_not_included: int = 26
    threshold_method: str = "nbPlugin"  # or "muan"


def flexible_design(
    b: int, w: int, no_periods: int, past: int, freq: int = FREQ
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Offsets (relative to the judged week) and 0-based seasonal levels of the flexible
    baseline, as R's ``blocks()`` lays them out; the last level is the current season."""
    span = freq * b + w
    factors = np.full(span + 1, -1, dtype=np.intp)  # index j <-> offset j - span
    p = no_periods

    def put(lo: int, hi: int, value: int) -> None:  # offsets lo..hi inclusive
        factors[lo + span : hi + span + 1] = value

    put(-w, 0, p)
    for i in range(1, b + 1):
        ref = -freq * i
        put(ref - w, ref + w, p)
        if p != 1:
            period = (-freq * (i - 1)) - 2 * w - 1 - ref
            if period < p - (2 * w + 1):
                raise ValueError("noPeriods too big for this b and w")
            size, rest = divmod(period, p - 1)
            lengths = [size + 1 if j < rest else size for j in range(p - 1)]
            start = ref + w + 1
            for j, length in enumerate(lengths, start=1):
                if length:
                    put(start, start + length - 1, j)
                start += length
    offsets = np.arange(-span, 1)
    keep = (factors >= 0) & (offsets < -past)
    return offsets[keep].astype(np.intp), (factors[keep] - 1).astype(np.intp)


def original_design(b: int, w: int, freq: int = FREQ) -> NDArray[np.intp]:
    """Offsets of the Farrington 1996 baseline: ``2w+1`` weeks around each of ``b`` years."""
    return np.array(
        [-freq * i + d for i in range(b, 0, -1) for d in range(-w, w + 1)], dtype=np.intp
    )


@dataclass
class _Reweighted:
    fit: glm.Fit
    dispersion: Array  # Pearson dispersion of the final fit (before max(., 1))
    summary_dispersion: Array  # what R's summary.glm reports for the flexible fit, see below
    converged: NDArray[np.bool_]


def _reweighted_fit(
    y: Array,
    y23: Array,
    t: Array,
    levels: NDArray[np.intp],
    q: int,
    trend: bool,
    reweight: bool,
    threshold: float,
) -> _Reweighted:
    """Fit, reweight with Anscombe residuals, refit: the fitted model and its dispersion."""
    n_par = q + (1 if trend else 0)
    df = y.shape[1] - n_par
    first = glm.fit(y, t, levels, q, trend=trend)
    mu = first.mu(t, levels)
    disp1 = glm.pearson_dispersion(y, mu, None, df)
    if not reweight:
        return _Reweighted(first, disp1, disp1, first.converged)
    hat = glm.hat_values(first, mu, t, levels)
    s = glm.anscombe_residuals(y23, mu, np.maximum(disp1, 1.0), hat)
    omega = glm.farrington_weights(s, threshold)
    second = glm.fit(y, t, levels, q, weights=omega, trend=trend, b0=first.b)
    mu2 = second.mu(t, levels)
    disp = glm.pearson_dispersion(y, mu2, omega, df)
    # R's fitGLM.flexible overwrites model$weights (the working weights omega * mu) with the
    # prior weights omega, so summary.glm's dispersion, used for the trend test, becomes
    # sum(omega ((y - mu) / mu)^2) / df; a week fitted at mu ~ 0 contributes omega.
    with np.errstate(divide="ignore", invalid="ignore"):
        work = np.where(mu2 > 0, ((y - mu2) / mu2) ** 2, 1.0)
    summary_disp = (omega * work).sum(axis=1) / df
    return _Reweighted(second, disp, summary_disp, first.converged & second.converged)


def _trend_pvalue(fit_: glm.Fit, disp: Array, df: int) -> Array:
    with np.errstate(divide="ignore", invalid="ignore"):
        tstat = fit_.b / np.sqrt(disp / fit_.info)
    p = 2.0 * stats.t.sf(np.abs(tstat), df)
    return np.where(np.isfinite(p), p, 1.0)


def _windows(counts: Array, ks: NDArray[np.intp], offsets: NDArray[np.intp]) -> Array:
    return counts[:, ks[:, None] + offsets[None, :]].reshape(-1, offsets.size)


def nb_upper(mu0: Array, phi: Array, alpha: float) -> Array:
    upper = np.full(mu0.shape, np.nan)
    finite = np.isfinite(mu0)
    zero = finite & (mu0 <= 0)
    upper[zero] = 0.0
    nb = finite & ~zero & (phi > 1)
    pois = finite & ~zero & (phi <= 1)
    if nb.any():
        size = mu0[nb] / (phi[nb] - 1.0)
        upper[nb] = stats.nbinom.ppf(1.0 - alpha, size, 1.0 / phi[nb])
    if pois.any():
        upper[pois] = stats.poisson.ppf(1.0 - alpha, mu0[pois])
    return upper


def _enough_cases(
    counts: Array, ks: NDArray[np.intp], limit54: tuple[int, int]
) -> NDArray[np.bool_]:
    cases, weeks = limit54
    recent = np.zeros((counts.shape[0], ks.size))
    for j in range(weeks):  # weeks before the series began count as none (no wrap-around)
        recent += np.where(ks - j >= 0, counts[:, np.maximum(ks - j, 0)], 0.0)
    return np.asarray(recent >= cases, dtype=bool)


def short_history(b: int, w: int) -> str:
    """Why Farrington cannot judge a week with less than one past year of baseline."""
    return t(
        "history shorter than {b} years: the baseline needs the same weeks (±{w}) of at least "
        "one past year",
        b=b,
        w=w,
    )


def too_few_cases(limit54: tuple[int, int]) -> str:
    cases, weeks = limit54
    return t("fewer than {cases} cases in the last {weeks} weeks", cases=cases, weeks=weeks)


def effective_b(b: int, w: int, start: int) -> int:
    """R (run_r.R) lowers b when the history before the first judged week is too short."""
    return min(b, (start - w) // FREQ)


def flexible_baseline(
    counts: Array, start: int, options: FarringtonOptions | None = None
) -> tuple[Array, Array]:
    """Expected count ``mu0`` and dispersion ``phi`` (>= 1) of the Noufaily model for every
    series and period from ``start`` on, shape (series, periods); NaN without enough history."""
    o = options or FarringtonOptions()
    counts = np.asarray(counts, dtype=np.float64)
    n_series, n_time = counts.shape
    ks = np.arange(start, n_time, dtype=np.intp)
    mu_out = np.full((n_series, ks.size), np.nan)
    phi_out = np.full((n_series, ks.size), np.nan)
    b = effective_b(o.b, o.w, start)
    if b < 1 or ks.size == 0:
        return mu_out, phi_out
    offsets, levels = flexible_design(b, o.w, o.no_periods, o.past_weeks_not_included)
    factors = o.no_periods != 1
    lv = levels if factors else np.zeros_like(levels)
    qq = int(levels.max()) + 1 if factors else 1
    cc = qq - 1
    t = offsets.astype(np.float64)
    y23_all = counts ** (2.0 / 3.0)
    rows_per_chunk = max(1, CHUNK // ks.size)
    for lo in range(0, n_series, rows_per_chunk):
        hi = min(n_series, lo + rows_per_chunk)
        y = _windows(counts[lo:hi], ks, offsets)
        y23 = _windows(y23_all[lo:hi], ks, offsets)
        mu0 = np.empty(y.shape[0])
        phi = np.empty(y.shape[0])
        use_trend = np.zeros(y.shape[0], dtype=bool)
        if o.trend:
            rt = _reweighted_fit(y, y23, t, lv, qq, True, o.reweight, o.weights_threshold)
            pval = _trend_pvalue(rt.fit, rt.summary_dispersion, y.shape[1] - qq - 1)
            mu_now = np.exp(rt.fit.a[:, cc])
            use_trend = (
                rt.converged & (b >= 3) & (pval < o.p_threshold_trend) & (mu_now <= y.max(axis=1))
            )
            mu0[:] = mu_now
            phi[:] = rt.dispersion
        if not use_trend.all():
            rest = ~use_trend
            rn = _reweighted_fit(
                y[rest], y23[rest], t, lv, qq, False, o.reweight, o.weights_threshold
            )
            mu0[rest] = np.exp(rn.fit.a[:, cc])
            phi[rest] = rn.dispersion
        mu_out[lo:hi] = mu0.reshape(hi - lo, ks.size)
        phi_out[lo:hi] = np.maximum(phi, 1.0).reshape(hi - lo, ks.size)
    return mu_out, phi_out


def farrington_flexible(
    counts: Array, start: int, options: FarringtonOptions | None = None
) -> Detection:
    """Noufaily et al. (2013) improved Farrington for every series (rows of ``counts``)
    and every period from ``start`` on."""
    o = options or FarringtonOptions()
    counts = np.asarray(counts, dtype=np.float64)
    ks = np.arange(start, counts.shape[1], dtype=np.intp)
    mu0, phi = flexible_baseline(counts, start, o)
    up = nb_upper(mu0, phi, o.alpha)
    enough = _enough_cases(counts, ks, o.limit54)
    y_now = counts[:, ks]
    upper = np.where(enough, up, np.nan)
    with np.errstate(invalid="ignore"):
        alarm = enough & (y_now > up) & (y_now != 0)
    reason = no_reasons(alarm.shape)
    if effective_b(o.b, o.w, start) < 1:
        reason[:] = short_history(o.b, o.w)
    why_not(~enough, too_few_cases(o.limit54), reason)
    return Detection(alarm, upper, reason)


def farrington(counts: Array, start: int, options: FarringtonOptions | None = None) -> Detection:
    """Farrington et al. (1996) as R ``algo.farrington``: ``b`` years of ``2w+1`` weeks,
    quasi-Poisson with trend, weights threshold 1, two-sided ``alpha`` 2/3-power bound."""
    o = options or FarringtonOptions(weights_threshold=1.0, no_periods=1)
    counts = np.asarray(counts, dtype=np.float64)
    n_series, n_time = counts.shape
    ks = np.arange(start, n_time, dtype=np.intp)
    alarm = np.zeros((n_series, ks.size), dtype=bool)
    upper = np.full((n_series, ks.size), np.nan)
    b = effective_b(o.b, o.w, start)
    if b < 1 or ks.size == 0:
        reason = no_reasons(alarm.shape)
        reason[:] = short_history(o.b, o.w)
        return Detection(alarm, upper, reason)
    offsets = original_design(b, o.w)
    t = offsets.astype(np.float64)
    lv = np.zeros(offsets.size, dtype=np.intp)
    y23_all = counts ** (2.0 / 3.0)
    enough = _enough_cases(counts, ks, o.limit54)
    z = stats.norm.ppf(1.0 - o.alpha / 2.0)
    rows_per_chunk = max(1, CHUNK // ks.size)
    for lo in range(0, n_series, rows_per_chunk):
        hi = min(n_series, lo + rows_per_chunk)
        y = _windows(counts[lo:hi], ks, offsets)
        y23 = _windows(y23_all[lo:hi], ks, offsets)
        rt = _reweighted_fit(y, y23, t, lv, 1, True, o.reweight, 1.0)
        ft, disp_t = rt.fit, rt.dispersion
        pval = _trend_pvalue(ft, disp_t, offsets.size - 2)
        mu_t = np.exp(ft.a[:, 0])
        use_trend = rt.converged & (b >= 3) & (pval < 0.05) & (mu_t <= y.max(axis=1))
        rn = _reweighted_fit(y, y23, t, lv, 1, False, o.reweight, 1.0)
        fn, disp_n = rn.fit, rn.dispersion
        phi = np.maximum(np.where(use_trend, disp_t, disp_n), 1.0)
        mu0 = np.where(use_trend, mu_t, np.exp(fn.a[:, 0]))
        # mu0 * Var(eta0)/phi = 1/S0 (+ mu0 tbar^2 / info with trend), see glm.Fit
        with np.errstate(divide="ignore", invalid="ignore"):
            v_trend = 1.0 / ft.s0[:, 0] + mu_t * ft.tbar[:, 0] ** 2 / ft.info
            v_flat = 1.0 / fn.s0[:, 0]
        se2_over_mu0 = phi * np.where(use_trend, v_trend, v_flat)
        tau = phi + se2_over_mu0
        se = np.sqrt(4.0 / 9.0 * mu0 ** (1.0 / 3.0) * tau)
        up = ((mu0 ** (2.0 / 3.0) + z * se) ** 1.5).reshape(hi - lo, ks.size)
        y_now = counts[lo:hi, ks]
        ok_now = enough[lo:hi]
        upper[lo:hi] = np.where(ok_now, up, 0.0)
        alarm[lo:hi] = ok_now & (y_now > up)
    return Detection(alarm, upper)
