"""Period rules the mutation run of ``model/period.py`` found unguarded."""

from __future__ import annotations

from datetime import date

import pytest

from healthplan.model import Period, PeriodError


def test_a_day_does_not_say_which_plan_period_it_is_in() -> None:
    # 2024-01-01 lies in 2021-2025 and in 2024-2028 alike
    with pytest.raises(PeriodError) as caught:
        Period.containing("plan", date(2024, 1, 1))
    assert str(caught.value) == "a plan period is not determined by a single day"
