"""An indicator's detail (one of its targets at one org unit, the units below it to drill
down into, the series against the target and the 序时进度 line) and the dashboard's
comparison of districts. Every figure is the assessment's (:func:`healthplan.analytics.assess`)
or computed by the analytics stage's own engine and judgement: the year-to-date series with
the engine's windows (as the bulletins draw it), 序时进度 at the end of each month with
:func:`~healthplan.analytics.judge`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from healthplan.analytics import Assessment, Window, assess, judge, load_engine
from healthplan.errors import NotFoundError
from healthplan.i18n import t
from healthplan.model import Period, PeriodType
from healthplan.model.plan import Plan, Target
from healthplan.plans import active_targets
from healthplan.store import Workspace, list_orgunits, parents
from healthplan.web.cache import cached
from healthplan.web.users import User

# a relative target is judged against its resolved value, which the assessment row carries
_ABSOLUTE = {"increase_by": ">=", "decrease_by": "<="}


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    drillable: bool = False  # has units below it in the user's scope


@dataclass
class Detail:
    head: Assessment  # the target at the unit shown
    below: list[tuple[Assessment, bool]]  # the units directly below, drillable or not
    trail: list[Place]  # the units above it in the user's scope, outermost first
    targets: list[tuple[int, str]]  # the indicator's targets here: id, what they promise
    chart: dict[str, Any] = field(default_factory=dict)

    def as_record(self) -> dict[str, Any]:
        return {
            "head": _plain(self.head),
            "below": [{**_plain(r), "drillable": d} for r, d in self.below],
            "trail": [{"code": p.code, "name": p.name} for p in self.trail],
            "targets": [{"id": i, "label": label} for i, label in self.targets],
            "chart": self.chart,
        }


def _plain(row: Assessment) -> dict[str, Any]:
    record = asdict(row)
    record["status"] = row.status.value
    record["status_label"] = row.status.label
    record["as_of"] = row.as_of.isoformat()
    return record


def _assessed(ws: Workspace, user: User, unit: str | None) -> list[Assessment]:
    """Every row of the assessment at ``unit`` (None: each target at its own unit, as the
    dashboard assesses it, sharing its cached value), kept while the data is unchanged."""
    key = "assessment" if unit is None else ("assessment", unit)
    return cached(ws, key, lambda: assess(ws, org_unit=unit).rows, user_id=user.id)


def _children(ws: Workspace) -> dict[str, list[str]]:
    kids: dict[str, list[str]] = {}
    for code, parent in parents(ws).items():
        if parent is not None:
            kids.setdefault(parent, []).append(code)
    return kids


def detail(
    ws: Workspace,
    user: User,
    indicator: str,
    *,
    org_unit: str | None = None,
    target_id: int | None = None,
) -> Detail:
    """Indicator ``indicator``'s target (``target_id``, else its first) at ``org_unit``
    (default: the target's own unit, or the top of the user's scope) and the units below."""
    user.require("view", unit=org_unit)
    up = parents(ws)
    root = next((c for c, p in up.items() if p is None), None)
    # the top unit is assessed as the dashboard and the ledger assess it (every target at its
    # own unit), so that its figures, as-of date included, are theirs
    unit = None if (org_unit or user.org_unit) == root else org_unit or user.org_unit
    rows = [
        r
        for r in _assessed(ws, user, unit)
        if r.indicator_code == indicator
        and user.sees_unit(r.org_unit)
        and (not user.departments or user.sees_departments(r.departments))
    ]
    targets: dict[int, Assessment] = {}
    for row in rows:
        if unit is None or row.org_unit == unit:
            targets.setdefault(row.target_id, row)
    if not targets or (target_id is not None and target_id not in targets):
        raise NotFoundError(
            t("no target of indicator {code} here", code=indicator)
            if target_id is None
            else t("no such target {id}", id=target_id)
        )
    head = targets[target_id if target_id is not None else next(iter(targets))]
    found = _plan_target(ws, head.target_id)
    own = (found[1].org_unit_code or found[0].org_unit_code or root) if found else unit
    parent = up.get(unit or "")
    if unit is not None and unit != own and parent is not None:
        # below the target's own unit, the unit's figures are those its parent's page lists
        # (a plan's baseline is its own unit's only): the drill-down never changes a row
        upper = _assessed(ws, user, None if parent == root else parent)
        same = [r for r in upper if r.target_id == head.target_id and r.org_unit == unit]
        head = same[0] if same else head
    kids = _children(ws)
    below = [
        (r, any(user.sees_unit(k) for k in kids.get(r.org_unit, [])))
        for r in rows
        if r.target_id == head.target_id and r.org_unit != head.org_unit
    ]
    names = {u.code: u.name for u in list_orgunits(ws)}
    trail: list[Place] = []
    node = up.get(head.org_unit)
    while node is not None:
        if user.sees_unit(node):
            trail.insert(0, Place(node, names.get(node, node), True))
        node = up.get(node)
    return Detail(
        head,
        below,
        trail,
        [(i, f"{r.plan} {_with_unit(r.target_display, r.unit)}") for i, r in targets.items()],
        cached(
            ws,
            ("indicator-chart", head.target_id, head.org_unit, head.as_of, head.target),
            lambda: chart(ws, head, head.as_of, found),
            user_id=user.id,
        ),
    )


def _with_unit(text: str, unit: str) -> str:
    return text if text.endswith(unit) or text == "—" else text + unit


def _plan_target(ws: Workspace, target_id: int) -> tuple[Plan, Target] | None:
    return next(((p, tg) for p, tg in active_targets(ws) if tg.id == target_id), None)


def chart(
    ws: Workspace, head: Assessment, as_of: date, found: tuple[Plan, Target] | None
) -> dict[str, Any]:
    """Month by month over the as-of year: the actual through the as-of month as the
    assessment measures it (the year-to-date value of a level; completions since the plan
    started for a count), the target, and 序时进度 at the end of each month."""
    months = Period.parse(str(as_of.year)).periods(PeriodType.month)
    record: dict[str, Any] = {
        "periods": [m.id for m in months],
        "actual": [None] * len(months),
        "target": [head.target] * len(months),
        "expected": [None] * len(months),
        "unit": head.unit,
        "labels": {
            "actual": t("Actual"),
            "target": t("Target"),
            "expected": t("序时进度"),
            "none": t("Nothing to show."),
        },
    }
    if found is None or not months:
        return record
    plan, target = found
    first, last = plan.period.start.year, plan.period.end.year
    count = head.measure == "count"
    start = date(first, 1, 1)
    windows = [
        Window(m.id, start if count else m.start.replace(month=1), m.end)
        for m in months
        if m.end <= as_of
    ]
    engine = load_engine(ws, indicators={head.indicator_code})
    values = {
        v.period: v.value
        for v in engine.window_values(windows, {head.indicator_code}, {head.org_unit})
        if v.value is not None
    }
    # a stock counted from its value at the start (the assessment's baseline of a count)
    base = head.baseline if count and head.baseline is not None else 0.0
    record["actual"] = [
        None if m.id not in values else round(values[m.id] - base, 6) for m in months
    ]
    if head.target is None:
        return record
    source = head.baseline_source
    baseline_year = (
        target.baseline_year
        if source == "plan"
        else int(source)
        if source and source.isdigit()
        else None
    )
    expected = []
    for month in months:
        # 序时进度 is a matter of time alone: one value in the month places the judgement there
        judged = judge(
            comparator=_ABSOLUTE.get(head.comparator, head.comparator),
            value=head.target,
            unit=head.unit,
            deadline=target.deadline or last,
            plan_period=(first, last),
            series={month.id: 0.0},
            as_of=month.end,
            measure=head.measure,
            baseline=None if count else head.baseline,
            baseline_year=None if count else baseline_year,
        )
        expected.append(judged.expected)  # as the judgement rounds it
    record["expected"] = expected
    return record


def districts(ws: Workspace, user: User, indicator: str | None = None) -> dict[str, Any]:
    """The headline indicators (those with a target at the top unit) and, for one of them,
    each district's actual, target and 序时进度 with its status."""
    user.require("view")
    rows = _assessed(ws, user, None)
    up = parents(ws)
    root = next((c for c, p in up.items() if p is None), None)
    heads: dict[int, Assessment] = {}
    for row in rows:
        heads.setdefault(row.target_id, row)
    headline: dict[str, Assessment] = {}
    for row in heads.values():
        if row.org_unit == root and (
            not user.departments or user.sees_departments(row.departments)
        ):
            headline.setdefault(row.indicator_code, row)
    below = {
        code: [
            r
            for r in rows
            if r.target_id == head.target_id
            and up.get(r.org_unit) == root
            and r.org_unit != head.org_unit
            and user.sees_unit(r.org_unit)
        ]
        for code, head in headline.items()
    }
    choices = [
        {"code": code, "name": r.indicator_name, "unit": r.unit} for code, r in headline.items()
    ]
    if indicator is not None and indicator not in headline:
        raise NotFoundError(t("no headline target of indicator {code}", code=indicator))
    # by default the first whose districts have a figure judged against a target (a chart of
    # grey 无基线 bars tells a visitor nothing)
    shown = [c for c in headline if any(r.actual is not None for r in below[c])]
    judged = [c for c in shown if any(r.target is not None for r in below[c])]
    chosen = headline.get(indicator or next(iter(judged or shown or headline), ""))
    out: dict[str, Any] = {"indicators": choices, "indicator": None, "units": []}
    if chosen is None:
        return out
    rows = below[chosen.indicator_code]
    out["indicator"] = {
        "code": chosen.indicator_code,
        "name": chosen.indicator_name,
        "unit": chosen.unit,
        "target_id": chosen.target_id,
    }
    out["units"] = [
        {
            "code": r.org_unit,
            "name": r.org_unit_name,
            "actual": r.actual,
            "target": r.target,
            "expected": r.expected,
            "status": r.status.value,
            "status_label": r.status.label,
        }
        for r in rows
    ]
    out["labels"] = {"actual": t("Actual"), "target": t("Target"), "expected": t("序时进度")}
    return out
