"""Single-case triggers (单病例预警): for diseases such as cholera or plague one reported
case is an alert, whatever the baseline."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from healthplan.surveillance.detection import Detection


def single_case(counts: NDArray[np.float64], start: int, *, min_cases: int = 1) -> Detection:
    """Alarm on every period from ``start`` with at least ``min_cases`` cases."""
    counts = np.asarray(counts, dtype=np.float64)
    judged = counts[:, start:]
    return Detection(judged >= min_cases, np.full(judged.shape, min_cases - 0.5))
