"""``demo(population=N)``: the program indicators in the demo's assessment come from the
generated service records, not from simulated reports."""

from __future__ import annotations

from typing import Any

import pytest

from healthplan.analytics import compute
from healthplan.demo import demo
from healthplan.demo.city import CITY_CODE
from healthplan.demo.programs import PROGRAM_CODES


@pytest.mark.slow
def test_demo_counts_program_indicators_from_records(make_workspace: Any) -> None:
    ws = make_workspace("sqlite")
    summary = demo(ws, seed=3, population=20_000)
    assert summary.programs is not None and summary.monitoring is not None
    assert not PROGRAM_CODES & set(summary.monitoring.indicators)  # none simulated
    ours = summary.programs.results.set_index(["indicator", "org_unit", "period"])["value"]
    core = compute(ws, indicators=["htn_standardized_mgmt_rate"], org_units=[CITY_CODE])
    year = next(v for v in core.values if v.period == "2024")
    assert year.value == pytest.approx(ours[("htn_standardized_mgmt_rate", CITY_CODE, "2024")])
    assessed = {r.indicator_code for r in summary.monitoring.report.rows if r.actual is not None}
    assert "htn_standardized_mgmt_rate" in assessed
