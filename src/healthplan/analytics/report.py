"""What an assessment says of a target at a unit (:class:`Assessment`: the judgement's
:class:`~healthplan.analytics.judgement.Status` and the figures behind it, each also as
printed at the indicator's published precision) and the report that gathers every row with
the departments' 通报排名."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from healthplan.analytics.judgement import Status

__all__ = ["Assessment", "AssessmentReport"]


@dataclass
class Assessment:
    target_id: int
    plan: str
    indicator_code: str
    indicator_name: str
    unit: str
    org_unit: str
    org_unit_name: str
    as_of: date
    comparator: str
    target: float | None  # the absolute target (a relative one resolved; None: no baseline)
    baseline: float | None
    actual: float | None  # at published precision
    expected: float | None  # 序时进度 at the end of the data used; None once final
    elapsed: float | None
    gap: float | None  # actual − target
    status: Status
    forecast: float | None
    likelihood: float | None
    departments: list[str]
    cumulative: bool
    measure: str = "level"  # level | count (completions since the start)
    decimals: int = 1  # the published precision of the figures
    final: bool = False  # the deadline has passed: met or not_met, once and for all
    data_through: str | None = None  # period of the latest value used
    missing: list[str] = field(default_factory=list)  # months without data before it
    baseline_source: str | None = None  # "plan", or the year whose data gave it; None: 无基线
    draft: bool = False  # a target not yet confirmed (--include-drafts)
    upper_met: bool | None = None  # a range (2至3个): whether the upper bound is reached
    units_met: tuple[int, int] | None = None  # 以乡镇为单位: (townships meeting it, judged)
    forecast_method: str | None = None  # annual | year_to_date | count_pace
    forecast_note: str | None = None  # why there is no forecast
    score: float | None = None  # ahead (+) or short (−) of 序时进度, in the target's direction
    rank: int | None = None  # among the units assessed for this target (通报排名)
    actual_display: str = "—"
    target_display: str = "—"
    expected_display: str = "—"
    forecast_display: str = "—"


@dataclass
class AssessmentReport:
    as_of: date
    rows: list[Assessment]
    departments: list[tuple[int, str, int, int]] = field(default_factory=list)
    # (rank, department, targets met or on schedule, targets assessed); collectives unranked
    as_of_from_data: bool = False  # the as-of is the latest period every unit has reported
