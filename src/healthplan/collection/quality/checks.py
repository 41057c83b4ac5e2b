"""The quality-check registry: each :class:`QualityCheck` turns a :class:`QualityContext` (one
data set, the periods judged, the units in scope, their stored values) into flags. The
built-in checks register themselves through :func:`register_quality_check` like any other."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import func, select

from healthplan.collection.datasets import DataSet
from healthplan.model import OrgUnit, Period
from healthplan.store import Workspace
from healthplan.store.orgunits import list_orgunits
from healthplan.store.tables_collection import DataValueRow

HISTORY_PERIODS = 24  # periods before the judged ones that the history checks look back on

Values = dict[tuple[str, str], dict[str, float]]  # (org unit, period) → element → value


@dataclass(frozen=True)
class QualityFlag:
    kind: str  # the check that raised it: rule | range | history | change | peers | …
    code: str  # rule code or data element code
    org_unit: str
    period: str
    value: float | None
    detail: str


def judged_periods(ds: DataSet, period: str) -> list[str]:
    """The data set's periods within ``period`` (e.g. every month of ``2024``)."""
    parsed = Period.parse(period)
    if parsed.type is ds.period_type:
        return [parsed.id]
    return [p.id for p in parsed.periods(ds.period_type)]


@dataclass
class QualityContext:
    """What every check sees; the stored values are read once, when a check first asks."""

    ws: Workspace
    data_set: DataSet
    period: str
    org_unit: str | None = None
    extra: dict[str, object] = field(default_factory=dict)  # options for custom checks

    @cached_property
    def periods(self) -> list[str]:
        return judged_periods(self.data_set, self.period)

    @cached_property
    def tree(self) -> list[OrgUnit]:
        return list_orgunits(self.ws, self.org_unit)

    @cached_property
    def units(self) -> list[str]:
        """The units in scope that report the data set."""
        return [u.code for u in self.tree if u.level is self.data_set.org_level]

    @cached_property
    def history_periods(self) -> list[str]:
        """The judged periods and the :data:`HISTORY_PERIODS` before them."""
        earlier = [Period.parse(self.periods[0])]
        for _ in range(HISTORY_PERIODS):
            earlier.insert(0, earlier[0].previous())
        return [p.id for p in earlier[:-1]] + self.periods

    @cached_property
    def history(self) -> Values:
        """Values of the judged periods and of those before them."""
        return self._read(self.history_periods)

    @cached_property
    def values(self) -> Values:
        """Values of the judged periods."""
        judged = set(self.periods)
        return {key: found for key, found in self.history.items() if key[1] in judged}

    def _read(self, periods: Iterable[str]) -> Values:
        query = (
            select(
                DataValueRow.org_unit,
                DataValueRow.period,
                DataValueRow.data_element,
                func.sum(DataValueRow.value),
            )
            .where(
                DataValueRow.data_element.in_(self.data_set.elements),
                DataValueRow.period.in_(list(periods)),
            )
            .group_by(DataValueRow.org_unit, DataValueRow.period, DataValueRow.data_element)
        )
        out: Values = defaultdict(dict)
        allowed = set(self.units)
        with self.ws.session() as session:
            for ou, period, element, value in session.execute(query):
                if ou in allowed:
                    out[(ou, period)][element] = value
        return dict(out)


@dataclass(frozen=True)
class QualityCheck:
    """A check: ``run(context)`` returns the flags of kind ``kind``."""

    kind: str
    run: Callable[[QualityContext], list[QualityFlag]]


QUALITY_CHECKS: dict[str, QualityCheck] = {}


def register_quality_check(check: QualityCheck) -> QualityCheck:
    """Add ``check`` to the checks :func:`healthplan.collection.quality_report` runs."""
    QUALITY_CHECKS[check.kind] = check
    return check


def run_checks(context: QualityContext, kinds: Iterable[str] | None = None) -> list[QualityFlag]:
    """Flags of the checks ``kinds`` (default: every registered one), in registry order."""
    chosen = set(QUALITY_CHECKS) if kinds is None else set(kinds)
    return [f for c in QUALITY_CHECKS.values() if c.kind in chosen for f in c.run(context)]
