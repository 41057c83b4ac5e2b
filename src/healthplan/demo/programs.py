"""The demo city's service records: a synthetic population generated, imported through the
same checks as a real extract and counted into the program indicators (基本公共卫生服务), so
the plan's assessment of 高血压规范管理率, 老年人健康管理率 … rests on individual records."""

from __future__ import annotations

from healthplan.demo.city import DemoCity
from healthplan.model import OrgLevel
from healthplan.programs import (
    PROGRAM_INDICATORS,
    ProgramRun,
    compute_programs,
    generate_population,
    import_records,
)
from healthplan.store import Workspace

__all__ = ["DEMO_POPULATION", "PROGRAM_CODES", "demo_programs"]

DEMO_POPULATION = 200_000
PROGRAM_CODES = frozenset(p.code for p in PROGRAM_INDICATORS)


def demo_programs(
    ws: Workspace, city: DemoCity, *, seed: int, year: int, population: int
) -> ProgramRun:
    villages = [u.code for u in city.orgunits if u.level is OrgLevel.village]
    extract = ws.home / "demo-records"
    generate_population(population, extract, villages, seed=seed, year=year)
    import_records(ws, extract)
    return compute_programs(ws, year)
