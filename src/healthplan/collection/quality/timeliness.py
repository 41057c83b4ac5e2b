"""Completeness and timeliness of reporting (上报完整率、及时率) per data set and org unit."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, time

from sqlalchemy import func, select

from healthplan.collection.datasets import get_data_set
from healthplan.collection.quality.checks import judged_periods
from healthplan.model import Period
from healthplan.store import Workspace
from healthplan.store.orgunits import list_orgunits
from healthplan.store.tables_collection import ApprovalRow, DataValueRow


@dataclass(frozen=True)
class Completeness:
    org_unit: str
    name: str
    expected: int
    reported: int
    on_time: int

    @property
    def completeness(self) -> float:
        return self.reported / self.expected if self.expected else 0.0

    @property
    def timeliness(self) -> float:
        return self.on_time / self.expected if self.expected else 0.0


def completeness(
    ws: Workspace, data_set: str, period: str, *, org_unit: str | None = None
) -> list[Completeness]:
    """上报完整率 and 及时率 of ``data_set`` over the periods in ``period``, for each unit
    that reports it and each unit above them (within ``org_unit``). A report counts as on time
    when it was submitted (or, without the workflow, first received) by its due date."""
    ds = get_data_set(ws, data_set)
    periods = judged_periods(ds, period)
    tree = list_orgunits(ws, org_unit)
    reporters = [u for u in tree if u.level is ds.org_level]
    received: dict[tuple[str, str], datetime] = {}
    with ws.session() as session:
        query = (
            select(DataValueRow.org_unit, DataValueRow.period, func.min(DataValueRow.created))
            .where(DataValueRow.data_element.in_(ds.elements), DataValueRow.period.in_(periods))
            .group_by(DataValueRow.org_unit, DataValueRow.period)
        )
        for ou, per, first in session.execute(query):
            received[(ou, per)] = first
        for row in session.scalars(
            select(ApprovalRow).where(
                ApprovalRow.data_set == ds.code, ApprovalRow.period.in_(periods)
            )
        ):
            if row.submitted_at is not None and (row.org_unit, row.period) in received:
                received[(row.org_unit, row.period)] = row.submitted_at
    parents = {u.code: u.parent_code for u in tree}
    names = {u.code: u.name for u in tree}
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for unit in reporters:
        for per in periods:
            due = datetime.combine(ds.due_date(Period.parse(per)), time.max, UTC)
            first = received.get((unit.code, per))
            on_time = first is not None and _aware(first) <= due
            node: str | None = unit.code
            while node is not None and node in names:
                counts = tally[node]
                counts[0] += 1
                counts[1] += int(first is not None)
                counts[2] += int(on_time)
                node = parents.get(node)
    order = {u.code: i for i, u in enumerate(tree)}
    return [
        Completeness(code, names[code], *tally[code])
        for code in sorted(tally, key=lambda c: order[c])
    ]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
