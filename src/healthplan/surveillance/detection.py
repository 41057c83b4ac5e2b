"""What every detector returns: an alarm and a threshold per series and judged period."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass
class Detection:
    """``alarm`` and ``threshold`` of shape (series, judged periods); ``threshold`` is the
    upper bound on the count (NaN where the method gives none)."""

    alarm: NDArray[np.bool_]
    threshold: NDArray[np.float64]
