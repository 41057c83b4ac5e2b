"""``farrington-plus``: Noufaily's baseline with a two-week evidence rule (prospective).

Outbreak cases arrive over about two weeks (the benchmark spreads them by a
LogNormal(0, 0.5) delay, as Noufaily et al. 2013 do), so the one-week test of
``farringtonFlexible`` sees only part of an outbreak. This variant keeps the Noufaily model
(same baseline, reweighting, trend rule and negative-binomial plug-in) and raises an alarm
for week ``k`` when either

- the week's count exceeds the NB quantile at ``alpha_week`` (0.03), or
- the sum of weeks ``k-1`` and ``k`` exceeds the NB quantile of a two-week sum at
  ``alpha_two_weeks`` (0.03; mean ``mu(k-1) + mu(k)``, same dispersion) while week ``k`` alone
  is above its ``current_quantile`` (90 %) quantile, so the alarm falls on a rising week,

and the last 4 weeks hold at least ``min_cases`` (3) cases (Farrington's rule is 5).
Only counts up to week ``k`` are used. The constants were chosen once on the shared
simulated benchmark (not per series); see docs/surveillance.md for the scores.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from healthplan.surveillance.detection import Detection, no_reasons
from healthplan.surveillance.methods.farrington import (
    FarringtonOptions,
    effective_b,
    flexible_baseline,
    nb_upper,
    short_history,
)

Array = NDArray[np.float64]


@dataclass(frozen=True)
class PlusOptions:
    alpha_week: float = 0.03
    alpha_two_weeks: float = 0.03
    current_quantile: float = 0.9
    min_cases: int = 3
    recent_weeks: int = 4


def farrington_plus(
    counts: Array,
    start: int,
    options: PlusOptions | None = None,
    baseline: FarringtonOptions | None = None,
) -> Detection:
    """Alarms for every series and period from ``start`` (>= 1) on."""
    o = options or PlusOptions()
    counts = np.asarray(counts, dtype=np.float64)
    start = max(start, 1)
    mu, phi = flexible_baseline(counts, start - 1, baseline)  # includes week start - 1
    ks = np.arange(start, counts.shape[1], dtype=np.intp)
    y = counts[:, ks]
    y2 = y + counts[:, ks - 1]
    mu_now, phi_now = mu[:, 1:], phi[:, 1:]
    upper = nb_upper(mu_now, phi_now, o.alpha_week)
    upper2 = nb_upper(mu_now + mu[:, :-1], phi_now, o.alpha_two_weeks)
    rising = nb_upper(mu_now, phi_now, 1.0 - o.current_quantile)
    recent = np.zeros_like(y)
    for j in range(o.recent_weeks):
        recent += counts[:, np.maximum(ks - j, 0)]
    with np.errstate(invalid="ignore"):
        alarm = ((y > upper) | ((y2 > upper2) & (y > rising))) & (recent >= o.min_cases) & (y > 0)
    reason = no_reasons(alarm.shape)
    b = baseline or FarringtonOptions()
    if effective_b(b.b, b.w, start - 1) < 1:
        reason[:] = short_history(b.b, b.w)
    return Detection(alarm, upper, reason)
