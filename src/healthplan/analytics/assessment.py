"""Target assessment on the store: for each target of the plan of record × org unit, gather
the inputs of the judgement — the unit's series, its baseline, the plan period, the time of
the data — and call :func:`~healthplan.analytics.judgement.judge` (the one place the status
rules live); then forecast, rank and display at the published precision.

- **Which targets**: confirmed ones (``include_drafts``: drafts too, marked), linked to an
  indicator, with their 责任单位 resolved against the department register
  (:func:`healthplan.plans.plan_of_record`). A target names its departments or has none: the
  section collecting the data is not made responsible.
- **Which units**: the target's unit and those directly below it; a target 以乡(镇、街道)为单位
  is judged at every township below, and its own row says how many meet it.
- **Measure**: a count (things to build or complete: 新增托位, 建成社区医院) when the target is
  cumulative, the indicator a flow count (aggregation ``sum``, no denominator), or a stock
  count (``last``) to complete (``=``); completions since the start are summed for a flow and
  taken as the change from the value at the start for a stock. Everything else is a level,
  read as its year-to-date value. A count target is split evenly among the units below.
- **Baseline**: the plan's for the target's own unit; else the unit's value for the stated
  baseline year, else for the year before the plan starts, from the data (the row says
  which); else none (无基线), judged as a level.
- **Time**: the as-of date (default: the end of the latest month every assessed unit has
  reported) only bounds the data; the judgement is at the end of the latest period used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path

import yaml

from healthplan.analytics.computation import load_engine
from healthplan.analytics.engine import Engine, Window
from healthplan.analytics.forecast import forecast, likelihood
from healthplan.analytics.judgement import (
    Judgement,
    Measure,
    Status,
    Tolerances,
    at_precision,
    judge,
    published_decimals,
)
from healthplan.analytics.ranking import UNJUDGED, rank_departments, rank_units
from healthplan.analytics.report import Assessment, AssessmentReport
from healthplan.collection import latest_period_end
from healthplan.errors import HealthplanError, InputError, NotFoundError, Problem
from healthplan.extraction import DepartmentDirectory, is_collective
from healthplan.i18n import t
from healthplan.model import (
    Aggregation,
    Comparator,
    DepartmentKind,
    Direction,
    Indicator,
    OrgLevel,
    Period,
    PeriodType,
    Plan,
    ReviewStatus,
    Target,
)
from healthplan.plans import plan_of_record
from healthplan.store import Workspace, list_departments
from healthplan.store.orgunits import list_orgunits, parents

__all__ = ["TOLERANCES_FILE", "assess", "load_tolerances"]

# No health statistics before 1900, no plan beyond 2100: a date outside is a typo.
AS_OF_RANGE = (date(1900, 1, 1), date(2100, 12, 31))

TOLERANCES_FILE = "assessment.yaml"  # in the workspace folder: of_progress, of_target
# 以乡(镇、街道)为单位 / 以镇(街道)为单位 / 以乡镇为单位: every township must meet it
_PER_TOWNSHIP = re.compile(r"以[乡镇街][^为]{0,8}为单位")
_SIGN = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=", "increase_by": "≥"}
_SIGN["decrease_by"] = "≤"
# order of concern: a township-scoped target is as good as its worst township
_CONCERN = [
    Status.met,
    Status.on_schedule,
    Status.behind,
    Status.far_behind,
    Status.not_met,
]


def load_tolerances(ws: Workspace) -> Tolerances:
    """The installation's tolerances (``assessment.yaml`` in the workspace folder, keys
    ``of_progress`` and ``of_target``), else the defaults of the rules (20 %, 5 %)."""
    path = Path(ws.home) / TOLERANCES_FILE
    if not path.exists():
        return Tolerances()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return Tolerances(**{k: float(v) for k, v in dict(data).items()})
    except (OSError, UnicodeDecodeError, yaml.YAMLError, TypeError, ValueError) as error:
        raise InputError([Problem(str(path), t("not a tolerances file: {e}", e=error))]) from None


@dataclass(frozen=True)
class _Row:
    """One target at one unit, before judgement."""

    plan: Plan
    target: Target
    indicator: Indicator
    unit: str
    top: str
    share: float  # of a count target split among the units below


def assess(
    ws: Workspace,
    *,
    as_of: date | None = None,
    org_unit: str | None = None,
    children: bool = True,
    include_drafts: bool = False,
    tolerances: Tolerances | None = None,
) -> AssessmentReport:
    """Assess every target of the plan of record linked to an indicator, with the data
    reported by ``as_of`` (default: the end of the latest month every assessed unit has
    reported), at its org unit (or ``org_unit``) and the units directly below it."""
    if as_of is not None and not AS_OF_RANGE[0] <= as_of <= AS_OF_RANGE[1]:
        raise HealthplanError(
            t(
                "--as-of {date} is not a date between {first} and {last}",
                date=as_of.isoformat(),
                first=AS_OF_RANGE[0].isoformat(),
                last=AS_OF_RANGE[1].isoformat(),
            )
        )
    units = parents(ws)
    if org_unit is not None and org_unit not in units:
        raise NotFoundError(t("unknown org unit {code}", code=org_unit))
    targets = [
        (p, tg) for p, tg in plan_of_record(ws, include_drafts=include_drafts) if tg.indicator_code
    ]
    if not targets or not units:
        return AssessmentReport(as_of or latest_period_end(ws) or date.today(), [])
    tolerances = tolerances or load_tolerances(ws)
    orgunits = {u.code: u for u in list_orgunits(ws)}
    root = next((c for c, p in units.items() if p is None), next(iter(units)))
    kids: dict[str, list[str]] = {}
    for code, parent in units.items():
        if parent is not None:
            kids.setdefault(parent, []).append(code)
    engine = load_engine(
        ws, indicators={tg.indicator_code for _, tg in targets if tg.indicator_code}
    )
    groups: list[list[_Row]] = []
    for plan, target in targets:
        indicator = engine.indicators.get(target.indicator_code or "")
        top = org_unit or target.org_unit_code or plan.org_unit_code or root
        if indicator is None or top not in units:
            continue
        if _per_township(target):
            below = _descendants(top, kids, lambda u: orgunits[u].level is OrgLevel.township)
        else:
            below = sorted(kids.get(top, [])) if children else []
        split = _measure(target, indicator) is Measure.count and not _per_township(target)
        split = split and bool(below)
        share = 1 / len(below) if split else 1.0
        groups.append(
            [_Row(plan, target, indicator, top, top, 1.0)]
            + [_Row(plan, target, indicator, u, top, share) for u in below]
        )
    data = _Data(
        engine, {r.indicator.code for g in groups for r in g}, {r.unit for g in groups for r in g}
    )
    given = as_of is not None
    at = as_of or data.latest_common_month() or latest_period_end(ws) or date.today()
    data.year_to_date(at, {r.target.deadline or r.plan.period.end.year for g in groups for r in g})
    rows: list[Assessment] = []
    tops: list[Assessment] = []
    for group in groups:
        batch = [_assess_one(data, row, orgunits[row.unit].name, at, tolerances) for row in group]
        head, others = batch[0], batch[1:]
        rank_units(others)
        if _per_township(group[0].target):
            _township_scope(head, others)
        rows += batch
        tops.append(head)
    directory = DepartmentDirectory(list_departments(ws))

    def collective(name: str) -> bool:
        found = directory.resolve(name)
        return is_collective(name) or (
            found is not None and found.kind is DepartmentKind.collective
        )

    return AssessmentReport(at, rows, rank_departments(tops, collective), not given)


def _per_township(target: Target) -> bool:
    return bool(target.scope and _PER_TOWNSHIP.search(target.scope))


def _descendants(top: str, kids: dict[str, list[str]], keep: Callable[[str], bool]) -> list[str]:
    out, stack = [], list(kids.get(top, []))
    while stack:
        unit = stack.pop()
        if keep(unit):
            out.append(unit)
        stack += kids.get(unit, [])
    return sorted(out)


def _measure(target: Target, indicator: Indicator) -> Measure:
    counted = indicator.denominator is None
    if target.cumulative or (counted and indicator.aggregation is Aggregation.sum):
        return Measure.count
    if counted and indicator.aggregation is Aggregation.last and target.comparator is Comparator.eq:
        return Measure.count
    return Measure.level


class _Data:
    """The engine's values for the assessed indicators and units, by period, and their
    year-to-date values month by month (one engine pass each)."""

    def __init__(self, engine: Engine, codes: set[str], units: set[str]) -> None:
        self.engine, self.codes, self.units = engine, sorted(codes), sorted(units)
        self.values: dict[tuple[str, str], dict[str, float]] = {}
        # periods with a numerator: reported, even when a zero denominator leaves no value
        self.reported: dict[tuple[str, str], set[str]] = {}
        for v in engine.values(self.codes, self.units):
            if v.value is not None:
                self.values.setdefault((v.indicator, v.org_unit), {})[v.period] = v.value
            if v.numerator is not None:
                self.reported.setdefault((v.indicator, v.org_unit), set()).add(v.period)
        self.ytd: dict[tuple[str, str], dict[str, float]] = {}

    def latest_common_month(self) -> date | None:
        """The end of the latest month every unit with monthly data has reported (for any
        assessed indicator): one late unit holds the assessment back, an annual figure
        reported ahead does not move it."""
        latest: dict[str, date] = {}
        for (_, unit), found in self.reported.items():
            for pid in found:
                period = Period.parse(pid)
                if period.type is PeriodType.month and period.end > latest.get(unit, date.min):
                    latest[unit] = period.end
        return min(latest.values()) if latest else None

    def year_to_date(self, at: date, deadlines: set[int]) -> None:
        """Year-to-date values at the end of every month of the as-of year and of the
        deadline years already passed."""
        windows = []
        for year in {at.year} | {y for y in deadlines if y < at.year}:
            for month in Period.parse(str(year)).periods("month"):
                if month.end <= at:
                    windows.append(Window(month.id, month.start.replace(month=1), month.end))
        for v in self.engine.window_values(windows, self.codes, self.units):
            if v.value is not None:
                self.ytd.setdefault((v.indicator, v.org_unit), {})[v.period] = v.value

    def series(self, code: str, unit: str) -> dict[str, float]:
        return self.values.get((code, unit), {})


def _months_else_years(months: dict[str, float], own: dict[str, float]) -> dict[str, float]:
    """``months``, and the year values of ``own`` for the years without one (a year reported
    as a whole: a survey, an annual report)."""
    covered = {Period.parse(m).year for m in months}
    years = {
        p: v
        for p, v in own.items()
        if Period.parse(p).type is PeriodType.year and Period.parse(p).year not in covered
    }
    return months | years


def _level_series(data: _Data, code: str, unit: str) -> dict[str, float]:
    """Each reported month's year-to-date value (in the years it was computed for), else the
    year values."""
    ytd = data.ytd.get((code, unit), {})
    months = {
        p: ytd[p]
        for p in data.reported.get((code, unit), set())
        if p in ytd and Period.parse(p).type is PeriodType.month
    }
    return _months_else_years(months, data.series(code, unit))


def _count_series(
    data: _Data, indicator: Indicator, unit: str, start: date
) -> tuple[dict[str, float], float | None, str | None]:
    """Completions per period since ``start`` (a flow's values; a stock's changes from its
    value at the start), with the stock's value at the start and its year."""
    own = data.series(indicator.code, unit)
    months = {p: v for p, v in own.items() if Period.parse(p).type is PeriodType.month}
    periods = _months_else_years(months, own)
    if indicator.aggregation is not Aggregation.last:
        return periods, None, None
    before = str(start.year - 1)
    base = own.get(before, own.get(f"{before}M12"))
    if base is None:
        return {}, None, None
    out: dict[str, float] = {}
    previous = base
    for pid in sorted(periods, key=lambda p: Period.parse(p).end):
        if Period.parse(pid).start < start:
            continue
        out[pid], previous = periods[pid] - previous, periods[pid]
    return out, base, before


def _baseline(
    data: _Data, row: _Row, plan_start: int
) -> tuple[float | None, int | None, str | None]:
    """(baseline, its year, where from: "plan" or the data's year)."""
    target = row.target
    if target.baseline_value is not None and row.unit == row.top:
        return target.baseline_value, target.baseline_year, "plan"
    year = target.baseline_year if target.baseline_year is not None else plan_start - 1
    found = data.series(row.indicator.code, row.unit).get(str(year))
    if found is None:
        return None, None, None
    return found, year, str(year)


def _assess_one(
    data: _Data, row: _Row, unit_name: str, at: date, tolerances: Tolerances
) -> Assessment:
    plan, target, indicator = row.plan, row.target, row.indicator
    first, last = plan.period.start.year, plan.period.end.year
    deadline = target.deadline or last
    measure = _measure(target, indicator)
    relative = target.comparator in (Comparator.increase_by, Comparator.decrease_by)
    unit = indicator.unit or target.unit
    # a figure with no unit and no denominator is a count
    counted = "个" if not unit and indicator.denominator is None else unit
    decimals = published_decimals(counted, *(() if relative else (target.value, target.value_max)))
    baseline, baseline_year, source = _baseline(data, row, first)
    if measure is Measure.count:
        start = date(first, 1, 1)
        series, stock_base, stock_year = _count_series(data, indicator, row.unit, start)
        if indicator.aggregation is Aggregation.last and stock_base is None:
            measure, series = Measure.level, _level_series(data, indicator.code, row.unit)
        else:  # completions from nothing; a stock's value at the start is shown
            baseline, source = stock_base, stock_year
    else:
        series = _level_series(data, indicator.code, row.unit)
    judged = judge(
        comparator=target.comparator,
        value=target.value * row.share,
        unit=target.unit,
        deadline=deadline,
        plan_period=(first, last),
        series=series,
        as_of=at,
        measure=measure,
        baseline=baseline if measure is Measure.level else None,
        baseline_year=baseline_year if measure is Measure.level else None,
        value_max=None if target.value_max is None else target.value_max * row.share,
        decimals=decimals,
        tolerances=tolerances,
        higher_is_better=indicator.direction is Direction.higher_is_better,
    )
    higher = judged.higher_is_better
    score = None
    if judged.actual is not None and judged.status not in UNJUDGED:
        reference = judged.expected if judged.expected is not None else judged.target_value
        if reference is not None:
            score = round((judged.actual - reference) * (1 if higher else -1), decimals + 6)
    predicted, chance, method, note = _forecast(judged, series, measure, deadline, unit, higher)
    return Assessment(
        target_id=target.id or 0,
        plan=plan.title,
        indicator_code=indicator.code,
        indicator_name=indicator.name,
        unit=unit,
        org_unit=row.unit,
        org_unit_name=unit_name,
        as_of=at,
        comparator=target.comparator.value,
        target=judged.target_value,
        baseline=baseline,
        actual=judged.actual,
        expected=judged.expected,
        elapsed=judged.elapsed,
        gap=None
        if judged.actual is None or judged.target_value is None
        else judged.actual - judged.target_value,
        status=judged.status,
        forecast=predicted,
        likelihood=chance,
        departments=list(target.departments),
        cumulative=target.cumulative,
        measure=measure.value,
        decimals=decimals,
        final=judged.final,
        data_through=judged.data_through,
        missing=list(judged.missing),
        baseline_source=source,
        draft=target.status is not ReviewStatus.confirmed,
        upper_met=judged.upper_met,
        forecast_method=method,
        forecast_note=note,
        score=score,
        actual_display=_shown(judged.actual, decimals),
        target_display=_target_shown(target, judged, decimals, row.share, higher),
        expected_display=_shown(judged.expected, decimals, higher),
        forecast_display=_shown(predicted, decimals),
    )


def _shown(value: float | None, decimals: int, harder: bool | None = None) -> str:
    """``value`` at the published precision. A threshold (target, 序时进度) is rounded
    towards the harder side (``harder``: up when higher is better), so that a printed
    actual at or past the printed threshold is exactly one that meets it."""
    if value is None:
        return "—"
    if harder is None:
        return f"{at_precision(value, decimals):.{decimals}f}"
    exact = Decimal(repr(round(value, decimals + 6)))
    step = Decimal(1).scaleb(-decimals)
    return str(exact.quantize(step, rounding=ROUND_CEILING if harder else ROUND_FLOOR))


def _target_shown(
    target: Target, judged: Judgement, decimals: int, share: float, higher: bool
) -> str:
    if judged.target_value is None:  # 提高5% without a baseline
        sign = "+" if target.comparator is Comparator.increase_by else "−"
        return f"{sign}{target.value:g}{target.unit}"
    text = _SIGN[target.comparator.value] + _shown(judged.target_value, decimals, higher)
    if target.value_max is not None:
        text += "–" + _shown(target.value_max * share, decimals)
    return text


def _forecast(
    judged: Judgement,
    series: dict[str, float],
    measure: Measure,
    deadline: int,
    unit: str,
    higher: bool,
) -> tuple[float | None, float | None, str | None, str | None]:
    """(forecast at the deadline, likelihood of meeting the target, method, or why none)."""
    if judged.final:
        return None, None, None, t("final: the deadline has passed")
    if judged.actual is None or judged.target_value is None or judged.data_through is None:
        return None, None, None, t("nothing to forecast from")
    through = Period.parse(judged.data_through)
    used = {Period.parse(p): v for p, v in series.items() if Period.parse(p).end <= through.end}
    high = 100.0 if unit == "%" else 1000.0 if unit == "‰" else None
    if measure is Measure.count:
        months = sorted(
            ((p, v) for p, v in used.items() if p.type is PeriodType.month),
            key=lambda pv: pv[0].start,
        )
        times, values, running = (
            [],
            [],
            sum(v for p, v in used.items() if p.type is not PeriodType.month),
        )
        for period, value in months:
            running += value
            times.append(float(period.year * 12 + period.index))
            values.append(running)
        at = float(deadline * 12 + 12)
        found = forecast(times, values, at, low=judged.actual)
        method = "count_pace"
    else:
        annual = sorted((p.year, v) for p, v in used.items() if p.type is PeriodType.year)
        if len(annual) >= 3:
            found = forecast(
                [float(y) for y, _ in annual],
                [v for _, v in annual],
                float(deadline),
                low=0.0,
                high=high,
            )
            method = "annual"
        elif deadline == through.year:
            this_year = sorted(
                (p.index, v)
                for p, v in used.items()
                if p.type is PeriodType.month and p.year == through.year
            )
            found = forecast(
                [float(m) for m, _ in this_year],
                [v for _, v in this_year],
                12.0,
                low=0.0,
                high=high,
            )
            method = "year_to_date"
        else:
            return (
                None,
                None,
                None,
                t("fewer than three annual values for a deadline after this year"),
            )
    if found is None:
        return None, None, None, t("fewer than three values")
    return found.value, likelihood(found, judged.target_value, higher), method, None


def _township_scope(head: Assessment, townships: list[Assessment]) -> None:
    """以乡(镇、街道)为单位: the target's own row counts the townships meeting it and takes
    the status of the furthest behind, never the pooled figure's."""
    judged = [r for r in townships if r.status in _CONCERN]
    if not judged:
        return
    head.units_met = (sum(r.status is Status.met for r in judged), len(judged))
    head.status = max((r.status for r in judged), key=_CONCERN.index)
