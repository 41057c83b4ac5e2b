"""``healthplan demo``: build the demo workspace end to end on the embedded default."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field

from healthplan.collection import import_orgunits
from healthplan.demo.city import CITY_CODE, CITY_NAME, build_city
from healthplan.demo.monitoring import MonitoringSummary, simulate_monitoring
from healthplan.demo.plans import import_demo_plans, review_demo_plan
from healthplan.demo.programs import PROGRAM_CODES, demo_programs
from healthplan.demo.reports import ReportsDemo, demo_reports
from healthplan.demo.surveillance import SurveillanceDemo, demo_surveillance
from healthplan.demo.tasks import TasksDemo, demo_tasks
from healthplan.demo.web import DemoWebUser, demo_web_user
from healthplan.model import OrgLevel, Period
from healthplan.plans import PlanImportSummary
from healthplan.programs import ProgramRun
from healthplan.store import Workspace, save_departments

__all__ = ["DemoSummary", "DemoWebUser", "build_city", "demo"]


@dataclass
class DemoSummary:
    city: str
    orgunits_by_level: dict[str, int]
    departments_by_kind: dict[str, int]
    plan_period: str
    reporting_months: list[str]
    files: dict[str, str] = field(default_factory=dict)
    monitoring: MonitoringSummary | None = None
    surveillance: SurveillanceDemo | None = None
    plans: PlanImportSummary | None = None
    programs: ProgramRun | None = None
    tasks: TasksDemo | None = None
    reports: ReportsDemo | None = None
    web_user: DemoWebUser | None = None


def demo(
    ws: Workspace,
    *,
    seed: int = 2024,
    year: int = 2024,
    population: int = 0,
    web_password: str | None = None,
) -> DemoSummary:
    """Build (or refresh) the demo city in ``ws`` through the same import path a user's
    files take, and report what is there. With a ``population``, that many residents'
    service records are generated and the program indicators (基本公共卫生服务) counted
    from them instead of simulated. The web user ``demo`` (an administrator) gets
    ``web_password``, or a generated one returned in the summary (a later run keeps it)."""
    ws.ensure_schema()
    # One transaction (every stage's writer joins it): killed or failing half-way, the demo
    # leaves the workspace as it was, never a plausible but partial city.
    with ws.session(lock=True):
        summary = _demo(ws, seed=seed, year=year, population=population)
        summary.web_user = demo_web_user(ws, web_password)
        return summary


def _demo(ws: Workspace, *, seed: int, year: int, population: int) -> DemoSummary:
    city = build_city(seed)
    ws.home.mkdir(parents=True, exist_ok=True)
    orgunit_file = ws.home / "demo-orgunits.csv"
    with orgunit_file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name", "level", "parent_code"])
        for unit in city.orgunits:
            writer.writerow([unit.code, unit.name, unit.level.label_zh, unit.parent_code or ""])
    import_orgunits(ws, orgunit_file)
    save_departments(ws, city.departments)
    plans = import_demo_plans(ws)
    review_demo_plan(ws, plans.plan_id)
    programs = (
        demo_programs(ws, city, seed=seed, year=year, population=population) if population else None
    )
    computed = PROGRAM_CODES if programs else frozenset()
    monitoring = simulate_monitoring(ws, city, seed, year, computed=computed)
    surveillance = demo_surveillance(ws, city, seed=seed, year=year)
    tasks = demo_tasks(ws, seed=seed, year=year)
    reports = demo_reports(ws, monitoring.report)
    levels = Counter(OrgLevel(u.level).label_zh for u in city.orgunits)
    kinds = Counter(d.kind.value for d in city.departments)
    return DemoSummary(
        city=f"{CITY_NAME} ({CITY_CODE})",
        orgunits_by_level=dict(levels),
        departments_by_kind=dict(kinds),
        plan_period=Period.parse("2021-2025").id,
        reporting_months=[p.id for p in Period.parse(str(year)).periods("month")],
        files={"orgunits": str(orgunit_file)},
        monitoring=monitoring,
        surveillance=surveillance,
        plans=plans,
        programs=programs,
        tasks=tasks,
        reports=reports,
    )
