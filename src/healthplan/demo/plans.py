"""The demo city's plan: the three bundled public plan documents (``data/*.txt``) imported
through the same path as ``healthplan plan import``, so the demo shows extracted targets —
linked to catalog indicators — that the monitoring stage then assesses."""

from __future__ import annotations

from contextlib import ExitStack
from importlib import resources
from pathlib import Path

from healthplan.demo.city import CITY_CODE
from healthplan.i18n import t
from healthplan.plans import PlanImportSummary, import_plan
from healthplan.store import Workspace

__all__ = ["DEMO_PLAN_TITLE", "demo_plan_files", "demo_plan_line", "import_demo_plans"]

DEMO_PLAN_TITLE = "云川市卫生健康规划目标（演示：三份公开规划文本）"


def demo_plan_files() -> list[str]:
    """Names of the bundled demo plan documents."""
    folder = resources.files("healthplan.demo").joinpath("data")
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt"))


def import_demo_plans(ws: Workspace) -> PlanImportSummary:
    """Import (or re-import, which changes nothing) the demo plan documents."""
    folder = resources.files("healthplan.demo").joinpath("data")
    with ExitStack() as stack:
        paths: list[Path] = [
            stack.enter_context(resources.as_file(folder.joinpath(name)))
            for name in demo_plan_files()
        ]
        return import_plan(ws, paths, title=DEMO_PLAN_TITLE, org_unit_code=CITY_CODE)


def demo_plan_line(summary: PlanImportSummary) -> str:
    """One line for the demo's output."""
    return t(
        "Demo plan: {targets} targets ({linked} linked to indicators) and {tasks} tasks "
        "from {docs} documents",
        targets=sum(summary.targets.values()),
        linked=summary.linked,
        tasks=sum(summary.tasks.values()),
        docs=len(demo_plan_files()),
    )
