"""What every detector returns: an alarm and a threshold per series and judged period, and
for each period it could not judge, why."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from healthplan.i18n import t


def no_reasons(shape: tuple[int, ...]) -> NDArray[np.object_]:
    """A reason array with every period judged (``""``)."""
    return np.full(shape, "", dtype=object)


@dataclass
class Detection:
    """``alarm`` and ``threshold`` of shape (series, judged periods); ``threshold`` is the
    upper bound on the count (NaN where the method gives none). ``reason`` says, for every
    period the method could not judge, why (``""`` where it judged): a blank threshold never
    goes without one (:meth:`explained`)."""

    alarm: NDArray[np.bool_]
    threshold: NDArray[np.float64]
    reason: NDArray[np.object_] = field(default_factory=lambda: no_reasons((0, 0)))

    def __post_init__(self) -> None:
        if self.reason.shape != self.alarm.shape:
            self.reason = no_reasons(self.alarm.shape)

    def explained(self) -> Detection:
        """The same detection with a reason wherever the threshold is blank."""
        missing = np.isnan(self.threshold) & (self.reason == "")
        if missing.any():
            self.reason[missing] = t("the method gives no threshold for this period")
        return self


def why_not(mask: NDArray[np.bool_], message: str, reason: NDArray[np.object_]) -> None:
    """Record ``message`` as the reason of the periods in ``mask`` not explained yet."""
    reason[mask & (reason == "")] = message
