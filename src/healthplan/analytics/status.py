"""What an assessment says of a target at a unit: its :class:`Status` (达标, 序时达标, 滞后,
严重滞后, 无数据), the figures behind it, and the report that gathers every row with the
departments' 通报排名."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from healthplan.i18n import t

__all__ = ["Assessment", "AssessmentReport", "Status"]


class Status(StrEnum):
    met = "met"
    on_schedule = "on_schedule"
    behind = "behind"
    far_behind = "far_behind"
    no_data = "no_data"

    @property
    def label(self) -> str:
        return t(_LABELS[self])


_LABELS = {
    Status.met: "met",
    Status.on_schedule: "on schedule",
    Status.behind: "behind",
    Status.far_behind: "far behind",
    Status.no_data: "no data",
}


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
    target: float
    baseline: float | None
    actual: float | None
    expected: float | None
    elapsed: float
    gap: float | None
    status: Status
    forecast: float | None
    likelihood: float | None
    departments: list[str]
    cumulative: bool
    score: float | None = None  # actual relative to 序时进度 (1 = exactly on schedule)
    rank: int | None = None  # among the units assessed for this target (通报排名)


@dataclass
class AssessmentReport:
    as_of: date
    rows: list[Assessment]
    departments: list[tuple[int, str, int, int]] = field(default_factory=list)
    # (rank, department, targets met or on schedule, targets assessed)
