"""Plans and report rows for the store-backed assessment tests (test_analytics_assess.py,
test_analytics_defects.py): one way to save the targets a test judges and to find a row."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from healthplan.analytics import Assessment, AssessmentReport
from healthplan.model import Period, Plan, PlanKind, ReviewStatus, Target, Task
from healthplan.plans import load_plan, save_plan
from healthplan.store import Workspace


def save_targets(
    ws: Workspace,
    specs: list[dict[str, Any]],
    *,
    period: str = "2024",
    tasks: Iterable[Task] = (),
    **defaults: Any,
) -> dict[int, dict[str, Any]]:
    """Save the plan of record of the city ``C`` for ``period`` with one target per spec
    (``Target`` fields; ``indicator_code`` is also the indicator text). A target is confirmed
    and owned by 妇幼健康科 unless its spec or ``defaults`` say otherwise. Returns the stored
    target ids, in spec order, each with its spec."""
    base = {"status": ReviewStatus.confirmed, "departments": ["妇幼健康科"]} | defaults
    targets = [
        Target(**(base | {"indicator_text": spec["indicator_code"]} | spec)) for spec in specs
    ]
    plan = Plan(
        title="要点",
        kind=PlanKind.annual if "-" not in period else PlanKind.five_year,
        period=Period.parse(period),
        org_unit_code="C",
        targets=targets,
        tasks=list(tasks),
    )
    stored = load_plan(ws, save_plan(ws, plan))
    return {t.id: spec for t, spec in zip(stored.targets, specs, strict=True)}


def row_of(report: AssessmentReport, unit: str = "C", **match: Any) -> Assessment:
    """The row of ``unit`` whose fields equal ``match`` (the first, when several do)."""
    return next(
        r
        for r in report.rows
        if r.org_unit == unit and all(getattr(r, k) == v for k, v in match.items())
    )
