"""Reporting rounds (定期调度): departments report progress on their tasks every month (or
quarter), by a number of days after the round's period ends — monthly by the 5th is
``ReportingRound("month", 5)``. A report made on a day belongs to the round due next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from healthplan.errors import HealthplanError
from healthplan.i18n import t
from healthplan.model import Period, PeriodType

__all__ = ["ReportingRound"]


@dataclass(frozen=True)
class ReportingRound:
    every: str = "month"  # month | quarter
    due_days: int = 5  # the report for March is due on 5 April

    def __post_init__(self) -> None:
        if self.every not in ("month", "quarter"):
            raise HealthplanError(
                t("a reporting round is every month or quarter, not {every}", every=self.every)
            )
        if not 0 <= self.due_days <= 60:
            raise HealthplanError(t("due_days of a reporting round is 0 to 60"))

    def due(self, period: Period) -> date:
        return period.end + timedelta(days=self.due_days)

    def of(self, day: date) -> Period:
        """The round a report made on ``day`` counts for: the first one not yet due."""
        return Period.containing(PeriodType(self.every), day - timedelta(days=self.due_days))

    def last_due(self, as_of: date) -> Period:
        """The latest round whose due date has passed on ``as_of``."""
        return self.of(as_of).previous()
