"""Data quality: validation rules (numerator ≤ denominator, plausible ranges), outliers
(z-score against the unit's own history and against its peers, change from the previous
period — as DHIS2's outlier detection does), and completeness and timeliness of reporting per
data set and org unit (上报完整率、及时率)."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, time

from sqlalchemy import func, select

from healthplan.collection.datasets import DataSet, get_data_set
from healthplan.collection.metadata import list_data_elements, list_indicators
from healthplan.i18n import t
from healthplan.model import Aggregation, Period
from healthplan.model.formula import Node, evaluate, parse_formula
from healthplan.store import Workspace
from healthplan.store.orgunits import list_orgunits
from healthplan.store.tables_collection import ApprovalRow, DataValueRow

__all__ = [
    "Z_THRESHOLD",
    "Completeness",
    "QualityFlag",
    "ValidationRule",
    "completeness",
    "default_rules",
    "outliers",
    "validate_data",
]

Z_THRESHOLD = 3.0  # DHIS2's default for z-score outliers
CHANGE_THRESHOLD = 0.5  # a change of more than 50 % from the previous period is flagged


@dataclass(frozen=True)
class ValidationRule:
    code: str
    name: str
    left: str
    operator: str  # <=, <, >=, >, ==
    right: str


@dataclass(frozen=True)
class QualityFlag:
    kind: str  # rule | range | history | peers | change
    code: str  # rule code or data element code
    org_unit: str
    period: str
    value: float | None
    detail: str


def default_rules(ws: Workspace) -> list[ValidationRule]:
    """Numerator ≤ denominator for every percentage indicator with a denominator."""
    rules = []
    for ind in list_indicators(ws).values():
        if ind.aggregation is Aggregation.ratio and ind.denominator and ind.multiplier == 100:
            rules.append(
                ValidationRule(
                    f"{ind.code}.num_le_den",
                    t("{name}: numerator ≤ denominator", name=ind.name),
                    ind.numerator or "",
                    "<=",
                    ind.denominator,
                )
            )
    return rules


def _values(
    ws: Workspace, elements: list[str], periods: list[str], units: list[str] | None
) -> dict[tuple[str, str], dict[str, float]]:
    query = select(
        DataValueRow.org_unit,
        DataValueRow.period,
        DataValueRow.data_element,
        func.sum(DataValueRow.value),
    ).where(DataValueRow.data_element.in_(elements), DataValueRow.period.in_(periods))
    query = query.group_by(DataValueRow.org_unit, DataValueRow.period, DataValueRow.data_element)
    out: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    allowed = set(units) if units is not None else None
    with ws.session() as session:
        for ou, period, element, value in session.execute(query):
            if allowed is None or ou in allowed:
                out[(ou, period)][element] = value
    return out


_COMPARE = {
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "==": lambda a, b: abs(a - b) < 1e-9,
}


def validate_data(
    ws: Workspace,
    data_set: str,
    period: str,
    *,
    org_unit: str | None = None,
    rules: list[ValidationRule] | None = None,
) -> list[QualityFlag]:
    """Rule violations and out-of-range values in the reports of ``data_set`` for the
    periods in ``period`` (e.g. ``2024`` for every month of a monthly form)."""
    ds = get_data_set(ws, data_set)
    periods = _periods(ds, period)
    units = _units(ws, ds, org_unit)
    values = _values(ws, ds.elements, periods, units)
    members = set(ds.elements)
    chosen: list[tuple[ValidationRule, Node, Node]] = []
    for rule in rules if rules is not None else default_rules(ws):
        left, right = parse_formula(rule.left), parse_formula(rule.right)
        from healthplan.model.formula import operands

        if {o.element for o in operands(left) + operands(right)} <= members:
            chosen.append((rule, left, right))
    elements = list_data_elements(ws)
    flags: list[QualityFlag] = []
    for (ou, per), found in sorted(values.items()):
        for rule, left, right in chosen:
            a, b = evaluate(left, found), evaluate(right, found)
            if a is not None and b is not None and not _COMPARE[rule.operator](a, b):
                flags.append(
                    QualityFlag(
                        "rule",
                        rule.code,
                        ou,
                        per,
                        a,
                        t("{name}: {a} {op} {b} fails", name=rule.name, a=a, op=rule.operator, b=b),
                    )
                )
        for code, value in sorted(found.items()):
            element = elements.get(code)
            if element is None:
                continue
            low, high = element.min_value, element.max_value
            if (low is not None and value < low) or (high is not None and value > high):
                flags.append(
                    QualityFlag(
                        "range",
                        code,
                        ou,
                        per,
                        value,
                        t(
                            "{name} {value} outside {low}–{high}",
                            name=element.name,
                            value=value,
                            low="" if low is None else low,
                            high="" if high is None else high,
                        ),
                    )
                )
    return flags


def outliers(
    ws: Workspace, data_set: str, period: str, *, org_unit: str | None = None
) -> list[QualityFlag]:
    """Values in ``period`` that stand out: |z| > 3 against the unit's own earlier periods,
    |z| > 3 against the other units of the same parent in the same period, or a change of
    more than 50 % from the previous period."""
    ds = get_data_set(ws, data_set)
    target = _periods(ds, period)
    first = Period.parse(target[0])
    history = [first]
    for _ in range(24):
        history.insert(0, history[0].previous())
    all_periods = [p.id for p in history[:-1]] + target
    units = _units(ws, ds, org_unit)
    parents = {u.code: u.parent_code for u in list_orgunits(ws, org_unit)}
    values = _values(ws, ds.elements, all_periods, units)
    series: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for (ou, per), found in values.items():
        for code, value in found.items():
            series[(ou, code)][per] = value
    flags: list[QualityFlag] = []
    for (ou, code), by_period in sorted(series.items()):
        for per in target:
            if per not in by_period:
                continue
            value = by_period[per]
            past = [v for p, v in by_period.items() if p < per]
            if len(past) >= 3:
                mean, sd = statistics.fmean(past), statistics.pstdev(past)
                if sd > 0 and abs(value - mean) / sd > Z_THRESHOLD:
                    flags.append(
                        QualityFlag(
                            "history",
                            code,
                            ou,
                            per,
                            value,
                            t("z = {z:.1f} against its own history", z=(value - mean) / sd),
                        )
                    )
            previous = by_period.get(Period.parse(per).previous().id)
            if (
                previous
                and abs(value - previous) / abs(previous) > CHANGE_THRESHOLD
                and abs(value - previous) >= 5
            ):
                flags.append(
                    QualityFlag(
                        "change",
                        code,
                        ou,
                        per,
                        value,
                        t(
                            "changed {pct:+.0%} from the previous period",
                            pct=(value - previous) / previous,
                        ),
                    )
                )
    peers: dict[tuple[str | None, str, str], list[tuple[str, float]]] = defaultdict(list)
    for (ou, per), found in values.items():
        if per in target:
            for code, value in found.items():
                peers[(parents.get(ou), code, per)].append((ou, value))
    for (_, code, per), group in sorted(peers.items(), key=lambda item: str(item[0])):
        if len(group) < 4:
            continue
        for ou, value in group:
            others = [v for o, v in group if o != ou]
            mean, sd = statistics.fmean(others), statistics.pstdev(others)
            if sd > 0 and abs(value - mean) / sd > Z_THRESHOLD:
                flags.append(
                    QualityFlag(
                        "peers",
                        code,
                        ou,
                        per,
                        value,
                        t("z = {z:.1f} against its peers", z=(value - mean) / sd),
                    )
                )
    return flags


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


def _periods(ds: DataSet, period: str) -> list[str]:
    parsed = Period.parse(period)
    if parsed.type is ds.period_type:
        return [parsed.id]
    return [p.id for p in parsed.periods(ds.period_type)]


def _units(ws: Workspace, ds: DataSet, org_unit: str | None) -> list[str]:
    return [u.code for u in list_orgunits(ws, org_unit) if u.level is ds.org_level]


def completeness(
    ws: Workspace, data_set: str, period: str, *, org_unit: str | None = None
) -> list[Completeness]:
    """上报完整率 and 及时率 of ``data_set`` over the periods in ``period``, for each unit
    that reports it and each unit above them (within ``org_unit``). A report counts as on time
    when it was submitted (or, without the workflow, first received) by its due date."""
    ds = get_data_set(ws, data_set)
    periods = _periods(ds, period)
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
