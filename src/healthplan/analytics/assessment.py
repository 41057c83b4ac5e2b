"""Target assessment: for each target × org unit at a date — actual, target, gap, 序时进度
(expected progress), status, forecast at the deadline with its likelihood, responsible
departments, and the 通报排名 of units and departments (ties share a rank).

序时进度: the value expected by now if progress were even over the plan period — baseline
+ (target − baseline) × elapsed fraction; without a baseline, a level target (保持在95%以上)
is expected to hold all along. For a cumulative count (新增托位800个) the count so far is
compared with target × elapsed fraction. Below the target's own unit, a count target is split
evenly among the units (a rate target applies to each unit as it is).

Status: 达标 (met) when the actual satisfies the target; 序时达标 (on schedule) when it is at
or past the expected value; 滞后 (behind) when short of it by less than ``BEHIND_TOLERANCE``
of the expected progress from the baseline (or ``LEVEL_TOLERANCE`` of a level target without a
baseline); 严重滞后
(far behind) beyond that; 无数据 (no data) when nothing was reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from healthplan.analytics.computation import load_engine
from healthplan.analytics.engine import Engine, Window
from healthplan.analytics.forecast import forecast, likelihood
from healthplan.analytics.ranking import rank_departments, rank_units
from healthplan.analytics.status import Assessment, AssessmentReport, Status
from healthplan.collection import collecting_departments, latest_period_end
from healthplan.model import (
    Aggregation,
    Comparator,
    Direction,
    Indicator,
    Period,
    PeriodType,
    Plan,
    Target,
)
from healthplan.model.formula import operands, parse_formula
from healthplan.plans import active_targets
from healthplan.store import Workspace
from healthplan.store.orgunits import list_orgunits, parents

__all__ = ["BEHIND_TOLERANCE", "LEVEL_TOLERANCE", "assess"]

BEHIND_TOLERANCE = 0.2  # short of 序时进度 by up to 20 % of the expected progress: 滞后
LEVEL_TOLERANCE = 0.05  # a level target without baseline: up to 5 % below it is 滞后


def _collectors(ws: Workspace, engine: Engine) -> dict[str, list[str]]:
    """Indicator → the departments that collect its data (the data sets' departments): who
    answers for a target whose plan names no 责任单位."""
    by_element = collecting_departments(ws)
    out: dict[str, list[str]] = {}
    for code, indicator in engine.indicators.items():
        found: list[str] = []
        for formula in (indicator.numerator, indicator.denominator):
            for operand in operands(parse_formula(formula)) if formula else []:
                found += [d for d in by_element.get(operand.element, []) if d not in found]
        if found:
            out[code] = found
    return out


def _higher_is_better(target: Target, indicator: Indicator) -> bool:
    if target.comparator in (Comparator.le, Comparator.lt, Comparator.decrease_by):
        return False
    if target.comparator in (Comparator.ge, Comparator.gt, Comparator.increase_by):
        return True
    return indicator.direction is Direction.higher_is_better


def _satisfies(actual: float, comparator: Comparator, goal: float, higher: bool) -> bool:
    if comparator is Comparator.gt:
        return actual > goal
    if comparator is Comparator.lt:
        return actual < goal
    return actual >= goal if higher else actual <= goal


def _status(
    actual: float | None,
    goal: float,
    expected: float,
    baseline: float,
    comparator: Comparator,
    higher: bool,
) -> tuple[Status, float | None]:
    if actual is None:
        return Status.no_data, None
    sign = 1 if higher else -1
    if expected == 0:
        score = 1.0 if sign * actual >= 0 else 0.0
    else:
        score = actual / expected if higher else (expected / actual if actual else 2.0)
    if _satisfies(actual, comparator, goal, higher):
        return Status.met, score
    if sign * (actual - expected) >= -1e-9:
        return Status.on_schedule, score
    progress_expected = sign * (expected - baseline)
    if progress_expected > 1e-9:
        shortfall = sign * (expected - actual) / progress_expected
        tolerance = BEHIND_TOLERANCE
    else:
        shortfall = abs(expected - actual) / abs(expected) if expected else 1.0
        tolerance = LEVEL_TOLERANCE
    return (Status.behind if shortfall <= tolerance else Status.far_behind), score


def _window_start(plan: Plan, target: Target) -> date:
    if target.baseline_year is not None and target.baseline_year >= plan.period.year - 1:
        return date(target.baseline_year + 1, 1, 1)
    return plan.period.start


def assess(
    ws: Workspace,
    *,
    as_of: date | None = None,
    org_unit: str | None = None,
    children: bool = True,
) -> AssessmentReport:
    """Assess every target linked to an indicator, at ``as_of`` (default: the end of the
    latest period with data), for its org unit (or ``org_unit``) and, for ranking, the
    units directly below it."""
    at = as_of or latest_period_end(ws) or date.today()
    targets = [(p, tg) for p, tg in active_targets(ws) if tg.indicator_code]
    units = parents(ws)
    if not targets or not units:
        return AssessmentReport(at, [])
    names = {u.code: u.name for u in list_orgunits(ws)}
    root = next((c for c, p in units.items() if p is None), next(iter(units)))
    kids: dict[str, list[str]] = {}
    for unit_code, parent in units.items():
        if parent is not None:
            kids.setdefault(parent, []).append(unit_code)
    engine = load_engine(
        ws, indicators={tg.indicator_code for _, tg in targets if tg.indicator_code}
    )
    collectors = _collectors(ws, engine)
    plan_groups = []
    for plan, target in targets:
        if not target.departments and target.indicator_code in collectors:
            target = target.model_copy(update={"departments": collectors[target.indicator_code]})
        code = target.indicator_code
        top = org_unit or target.org_unit_code or plan.org_unit_code or root
        if code is None or code not in engine.indicators or top not in units:
            continue
        group = [top, *sorted(kids.get(top, []))] if children else [top]
        plan_groups.append((plan, target, code, top, group))
    windows = _WindowValues(engine)
    windows.prefetch(
        [w for plan, target, *_ in plan_groups for w in _windows(plan, target, at)],
        {code for _, _, code, _, _ in plan_groups},
        {unit for *_, group in plan_groups for unit in group},
    )
    rows: list[Assessment] = []
    tops: list[Assessment] = []
    for plan, target, code, top, group in plan_groups:
        indicator = engine.indicators[code]
        # A count target (新增托位800个) is split evenly among the units below.
        split = indicator.aggregation is Aggregation.sum and len(group) > 1
        share = 1 / (len(group) - 1) if split else 1.0
        batch = [
            _assess_one(
                windows,
                plan,
                target,
                indicator,
                unit,
                names[unit],
                at,
                1.0 if unit == top else share,
            )
            for unit in group
        ]
        rank_units([a for a in batch if a.org_unit != top])
        rows += batch
        tops.append(batch[0])
    return AssessmentReport(at, rows, rank_departments(tops))


def _windows(plan: Plan, target: Target, at: date) -> list[Window]:
    start = _window_start(plan, target)
    return [
        Window(f"cum:{start}:{at}", start, at),
        Window(f"ytd:{at}", date(at.year, 1, 1), at),
        Window(f"py:{at.year - 1}", date(at.year - 1, 1, 1), date(at.year - 1, 12, 31)),
    ]


@dataclass
class _WindowValues:
    """Window × indicator × unit values for one assessment, computed in one engine pass
    for everything known in advance and one more per value asked for later."""

    engine: Engine
    cache: dict[tuple[str, str, str], float | None] = field(default_factory=dict)

    def prefetch(self, windows: list[Window], codes: set[str], units: set[str]) -> None:
        unique = list({w.label: w for w in windows}.values())
        found = self.engine.window_values(unique, sorted(codes), sorted(units))
        for window in unique:
            for code in codes:
                for unit in units:
                    self.cache[(window.label, code, unit)] = None
        for value in found:
            self.cache[(value.period, value.indicator, value.org_unit)] = value.value

    def get(self, window: Window, code: str, unit: str) -> float | None:
        key = (window.label, code, unit)
        if key not in self.cache:
            self.prefetch([window], {code}, {unit})
        return self.cache[key]


def _assess_one(
    windows: _WindowValues,
    plan: Plan,
    target: Target,
    indicator: Indicator,
    unit: str,
    unit_name: str,
    at: date,
    share: float = 1.0,
) -> Assessment:
    higher = _higher_is_better(target, indicator)
    start = _window_start(plan, target)
    deadline = date(target.deadline, 12, 31) if target.deadline else plan.period.end
    span = max((deadline - start).days + 1, 1)
    elapsed = min(max(((at - start).days + 1) / span, 0.0), 1.0)
    code = indicator.code
    baseline = target.baseline_value
    if baseline is None and target.baseline_year is not None:
        found = windows.engine.values([code], [unit], [str(target.baseline_year)])
        baseline = found[0].value if found else None
    goal = target.value * share
    expected: float | None
    if target.comparator is Comparator.increase_by and not target.cumulative:
        goal = (baseline or 0) + target.value
    elif target.comparator is Comparator.decrease_by:
        goal = (baseline or 0) - target.value
    if target.cumulative:
        actual = windows.get(_windows(plan, target, at)[0], code, unit)
        expected, base_for_status = goal * elapsed, 0.0
    else:
        actual = windows.get(_windows(plan, target, at)[1], code, unit)
        if actual is None:
            actual = windows.get(_windows(plan, target, at)[2], code, unit)
        if baseline is None:
            expected, base_for_status = goal, goal
        else:
            expected, base_for_status = baseline + (goal - baseline) * elapsed, baseline
    status, score = _status(actual, goal, expected, base_for_status, target.comparator, higher)
    relative = target.comparator in (Comparator.increase_by, Comparator.decrease_by)
    if relative and not target.cumulative and baseline is None:
        # 提高1岁 without a baseline (given or in the data) cannot be assessed.
        status, score, expected = Status.no_data, None, None
    predicted, chance = _forecast(
        windows.engine, code, unit, start, at, deadline, target.cumulative, goal, higher
    )
    return Assessment(
        target_id=target.id or 0,
        plan=plan.title,
        indicator_code=code,
        indicator_name=indicator.name,
        unit=target.unit or indicator.unit,
        org_unit=unit,
        org_unit_name=unit_name,
        as_of=at,
        comparator=target.comparator.value,
        target=goal,
        baseline=baseline,
        actual=actual,
        expected=expected,
        elapsed=elapsed,
        gap=None if actual is None else actual - goal,
        status=status,
        forecast=predicted,
        likelihood=chance,
        departments=list(target.departments),
        cumulative=target.cumulative,
        score=score,
    )


def _forecast(
    engine: Engine,
    code: str,
    unit: str,
    start: date,
    at: date,
    deadline: date,
    cumulative: bool,
    goal: float,
    higher: bool,
) -> tuple[float | None, float | None]:
    months = [
        p.id
        for p in Period(type=PeriodType.plan, year=start.year, end_year=at.year).periods("month")
        if p.start >= start and p.end <= at
    ]
    series = {v.period: v.value for v in engine.values([code], [unit], months)}
    times: list[float] = []
    values: list[float] = []
    running = 0.0
    for index, month in enumerate(months):
        value = series.get(month)
        if value is None:
            continue
        running += value
        times.append(float(index))
        values.append(running if cumulative else value)
    horizon = (deadline.year - start.year) * 12 + deadline.month - start.month
    prediction = forecast(times, values, float(horizon))
    if prediction is None:
        return None, None
    return prediction.value, likelihood(prediction, goal, higher)
