"""Warnings: ``python bench/warning_rules.py [--small] [--database URL]``.

Builds a workspace (SQLite in a temporary folder unless ``--database`` names one) with 700 org
units (1 city, 9 districts, 690 townships that report), 200 confirmed targets over 50
indicators, 12 months of monthly values from every township, 2,000 tasks with time limits
in their text and departments, some approvals pending, and open outbreak signals. Then, in
the same run:

* the assessment the rules read: ``analytics.assess`` at the ends of the months the
  consecutive-months rule needs (two by default);
* every warning rule over that assessment (targets, forecasts, tasks, reporting rounds,
  reports and completeness, signals) with the findings stored: the first run, whose time is
  printed as a ratio to the assessment (goal ≤ 0.5×);
* a second, idempotent run at the same moment (must add nothing).

``--small`` uses a tenth of the townships and tasks for a quick check.
"""

from __future__ import annotations

import os
import sys

# This script shares its name with the standard library's ``warnings``, which argparse and
# random import: its own folder must not come first on the path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

import argparse  # noqa: E402
import csv  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import UTC, date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

from healthplan.analytics import assess  # noqa: E402
from healthplan.collection import (  # noqa: E402
    DataSet,
    RawValue,
    import_orgunits,
    import_values,
    save_data_elements,
    save_data_set,
    save_indicators,
    submit,
)
from healthplan.model import (  # noqa: E402
    Aggregation,
    Comparator,
    DataElement,
    Department,
    Indicator,
    OrgLevel,
    Period,
    PeriodType,
    Plan,
    PlanKind,
    ReviewStatus,
    Target,
    Task,
)
from healthplan.plans import save_plan  # noqa: E402
from healthplan.store import Workspace, save_departments  # noqa: E402
from healthplan.surveillance import NewSignal, record_signals  # noqa: E402
from healthplan.warnings import DEFAULT_RULES, assessment_months, run_warnings  # noqa: E402

YEAR = 2024
AT = datetime(YEAR, 12, 10, 9, tzinfo=UTC)
PHRASES = ["3月底前", "6月底前", "上半年", "第三季度", "年底前", "年内", "9月份", "到2025年"]


def build(ws: Workspace, folder: Path, townships: int, n_tasks: int) -> dict[str, int]:
    rng = random.Random(7)
    units = [("C", "基准市", "市", "")]
    for d in range(9):
        units.append((f"D{d}", f"第{d}区", "区", "C"))
    towns = [f"D{i % 9}T{i}" for i in range(townships)]
    units += [(code, f"镇{code}", "镇", code.split("T")[0]) for code in towns]
    path = folder / "units.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name", "level", "parent_code"])
        writer.writerows(units)
    import_orgunits(ws, path)
    departments = [Department(code=f"d{k}", name=f"部门{k:02d}") for k in range(20)]
    save_departments(ws, departments)
    n_ind = 50
    save_data_elements(
        ws, [DataElement(code=f"e{k}", name=f"数据元{k}") for k in range(n_ind)]
        + [DataElement(code="pop", name="人口", aggregation=Aggregation.last)]
    )  # fmt: skip
    save_indicators(
        ws,
        [
            Indicator(code=f"i{k}", name=f"指标{k}", numerator=f"#{{e{k}}}",
                      denominator="#{pop}", multiplier=100, unit="%")
            for k in range(n_ind)
        ],
    )  # fmt: skip
    save_data_set(
        ws,
        DataSet(code="monthly", name="月报", period_type=PeriodType.month,
                org_level=OrgLevel.township, elements=[*(f"e{k}" for k in range(n_ind)), "pop"],
                department_code="d0", due_days=10),
    )  # fmt: skip
    months = [p.id for p in Period.parse(str(YEAR)).periods("month")]
    values = []
    for code in towns:
        skip = rng.random() < 0.05  # a few townships miss October
        for m, month in enumerate(months):
            if skip and m == 9:
                continue
            values.append(RawValue("pop", month, code, 1000))
            for k in range(n_ind):
                values.append(RawValue(f"e{k}", month, code, 60 + k % 30 + rng.random() * 10))
    received = datetime(YEAR, 12, 5, tzinfo=UTC)
    stored = import_values(ws, values, data_set="monthly", received_at=received).total
    for code in towns[:50]:
        submit(ws, "monthly", code, f"{YEAR}M10", at=datetime(YEAR, 11, 5, tzinfo=UTC))
    targets = [
        Target(indicator_text=f"指标{i % n_ind}", indicator_code=f"i{i % n_ind}",
               comparator=Comparator.ge, value=70 + (i % 4) * 5, unit="%", deadline=2025,
               baseline_value=60.0, baseline_year=2020, departments=[f"部门{i % 20:02d}"],
               status=ReviewStatus.confirmed)
        for i in range(200)
    ]  # fmt: skip
    tasks = [
        Task(title=f"任务{j}", text=f"{PHRASES[j % len(PHRASES)]}完成第{j}项工作",
             lead_department=f"部门{j % 20:02d}", departments=[f"部门{j % 20:02d}"],
             status=ReviewStatus.confirmed)
        for j in range(n_tasks)
    ]  # fmt: skip
    save_plan(
        ws,
        Plan(title="基准规划", kind=PlanKind.five_year, period=Period.parse("2021-2025"),
             org_unit_code="C", status=ReviewStatus.confirmed, targets=targets),
    )  # fmt: skip
    save_plan(
        ws,
        Plan(title=f"{YEAR}年工作要点", kind=PlanKind.annual, period=Period.parse(str(YEAR)),
             org_unit_code="C", status=ReviewStatus.confirmed, tasks=tasks),
    )  # fmt: skip
    record_signals(
        ws,
        [
            NewSignal("fused", "ears-c2", "cases+school", "流感", towns[i], date(YEAR, 12, 1 + i),
                      datetime(YEAR, 12, 1 + i, tzinfo=UTC))
            for i in range(5)
        ],
    )  # fmt: skip
    return {"org_units": len(units), "values": stored, "targets": 200, "tasks": n_tasks}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the townships and tasks")
    parser.add_argument("--database", help="SQLAlchemy URL (default: SQLite in a temp folder)")
    args = parser.parse_args()
    townships, n_tasks = (69, 200) if args.small else (690, 2000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = Workspace(args.database or f"sqlite:///{folder / 'bench.db'}", home=folder)
        ws.upgrade()
        started = time.perf_counter()
        sizes = build(ws, folder, townships, n_tasks)
        print(f"built in {time.perf_counter() - started:.1f} s: {sizes}")

        started = time.perf_counter()
        months = assessment_months(AT.date(), DEFAULT_RULES.target_behind.consecutive)
        reports = [assess(ws, as_of=end) for end in months]
        t_assess = time.perf_counter() - started
        rows = sum(len(r.rows) for r in reports)
        print(f"assessment: {len(months)} months, {rows} target × unit rows in {t_assess:.2f} s")

        started = time.perf_counter()
        first = run_warnings(ws, at=AT, rules=DEFAULT_RULES, notify=False, assessments=reports)
        t_rules = time.perf_counter() - started
        print(
            f"rules, first run: {t_rules:.2f} s, {first.recorded.raised} warnings "
            f"{dict(sorted(first.recorded.by_kind.items()))}"
        )
        started = time.perf_counter()
        second = run_warnings(ws, at=AT, rules=DEFAULT_RULES, notify=False, assessments=reports)
        t_again = time.perf_counter() - started
        assert second.recorded.raised == 0 and second.recorded.aged == 0, second.recorded
        print(
            f"rules, second (idempotent) run: {t_again:.2f} s, "
            f"{second.recorded.unchanged} unchanged, 0 new"
        )
        ratio = t_rules / t_assess
        verdict = "meets" if ratio <= 0.5 else "misses"
        print(f"ratio rules / assessment: {ratio:.2f}× ({verdict} the goal ≤ 0.5×)")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory: {peak:.0f} MB")
        ws.close()


if __name__ == "__main__":
    main()
