"""Bulletin writing: ``python bench/reports.py [--targets N]``.

The demo city (1 city, 4 districts, 40 townships reporting every month of 2024, the demo's
indicators simulated) with a confirmed plan of 200 targets over its indicators, spread around
their actual values so that every status occurs. Writes the monthly bulletin (月统计) for the
latest month in each of the four formats and prints, in the same run:

* the baseline: :func:`healthplan.assess` alone (the store work any report needs);
* building the report (assessment, year-to-date trends, tasks, completeness, signals);
* each format: HTML (ECharts inlined), PDF (WeasyPrint), DOCX, XLSX — seconds and the ratio
  to the baseline;
* peak Python memory per format (tracemalloc, in a second pass so that timing is not slowed)
  and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

from healthplan.analytics import assess, load_engine
from healthplan.collection import list_indicators
from healthplan.demo.city import CITY_CODE, build_city
from healthplan.demo.monitoring import simulate_monitoring
from healthplan.demo.plans import import_demo_plans
from healthplan.demo.reports import demo_boundaries
from healthplan.model import Direction, Period, Plan, PlanKind, ReviewStatus, Target
from healthplan.plans import save_plan
from healthplan.reports import (
    BOUNDARIES_FILE,
    REPORT_FORMATS,
    TEMPLATES_FOLDER,
    build_report,
)
from healthplan.store import Workspace, save_departments
from programs import workspace

FACTORS = [0.85, 0.95, 0.99, 1.0, 1.02, 1.05, 1.2]  # target / actual: met … far behind


def city(home: Path, targets: int) -> Workspace:
    ws = workspace(home)
    demo = build_city(2024)
    save_departments(ws, demo.departments)
    import_demo_plans(ws)
    summary = simulate_monitoring(ws, demo, 2024, 2024)
    indicators = list_indicators(ws)
    codes = [c for c in summary.indicators if c in indicators]
    engine = load_engine(ws, indicators=codes)
    actual = {
        v.indicator: v.value
        for v in engine.values(codes, [CITY_CODE], ["2024"])
        if v.value is not None
    }
    codes = [c for c in codes if c in actual]
    names = [d.name for d in demo.departments][:12]
    plan = []
    for i in range(targets):
        code = codes[i % len(codes)]
        factor = FACTORS[i % len(FACTORS)]
        higher = indicators[code].direction is Direction.higher_is_better
        value = round(actual[code] * (factor if higher else 2 - factor), 1)
        plan.append(
            Target(
                indicator_text=indicators[code].name,
                indicator_code=code,
                comparator=">=" if higher else "<=",
                value=value,
                unit=indicators[code].unit,
                deadline=2025,
                departments=[names[i % len(names)]],
                status=ReviewStatus.confirmed,
            )
        )
    save_plan(
        ws,
        Plan(
            title="基准测试规划",
            kind=PlanKind.five_year,
            period=Period.parse("2021-2025"),
            org_unit_code=CITY_CODE,
            targets=plan,
            status=ReviewStatus.confirmed,
        ),
    )
    (home / BOUNDARIES_FILE).write_text(
        json.dumps(demo_boundaries(), ensure_ascii=False), encoding="utf-8"
    )
    return ws


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        start = time.perf_counter()
        ws = city(home, args.targets)
        setup = time.perf_counter() - start
        print(f"set-up (demo city, values, {args.targets} targets): {setup:.1f} s")
        month = "2024M11"
        start, used = time.perf_counter(), time.process_time()
        baseline = assess(ws, as_of=date(2024, 11, 30))
        base, base_cpu = time.perf_counter() - start, time.process_time() - used
        heads = len({r.target_id for r in baseline.rows})
        print(
            f"baseline assess(): {base:.2f} s, cpu {base_cpu:.2f} s "
            f"({heads} targets, {len(baseline.rows)} rows)"
        )
        start = time.perf_counter()
        report = build_report(ws, "monthly", month)
        built = time.perf_counter() - start
        print(f"build the monthly report: {built:.2f} s ({built / base:.1f}× baseline, wall)")
        templates = home / TEMPLATES_FOLDER
        seconds, cpu = {}, {}
        for name, fmt in REPORT_FORMATS.items():
            start, used = time.perf_counter(), time.process_time()
            fmt.write(report, home / f"monthly{fmt.suffix}", templates)
            seconds[name] = time.perf_counter() - start
            cpu[name] = time.process_time() - used
        peaks = {}
        for name, fmt in REPORT_FORMATS.items():
            tracemalloc.start()
            fmt.write(report, home / f"again{fmt.suffix}", templates)
            peaks[name] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        head = ["format", "seconds", "cpu s", "×base cpu", "peak MiB", "size KiB"]
        print(f"{head[0]:<6} " + " ".join(f"{h:>10}" for h in head[1:]))
        for name, fmt in REPORT_FORMATS.items():
            size = (home / f"monthly{fmt.suffix}").stat().st_size / 1024
            ratio = cpu[name] / base_cpu  # CPU time: fair on a shared machine
            figures = [seconds[name], cpu[name], ratio, peaks[name], size]
            print(f"{name:<6} " + " ".join(f"{f:10.2f}" for f in figures))
        total = built + sum(seconds.values())
        print(f"all four formats with the build: {total:.1f} s")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak resident memory of the process: {rss:.0f} MiB")
        ws.close()


if __name__ == "__main__":
    main()
