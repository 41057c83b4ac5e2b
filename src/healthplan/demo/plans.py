"""The demo city's plan: the three bundled public plan documents (``data/*.txt``) imported
through the same path as ``healthplan plan import``, so the demo shows extracted targets —
linked to catalog indicators — that the monitoring stage then assesses. The planning office's
review is done the way a user does it (``plan export``, 审核 = 确认, ``plan apply``): the
targets linked to a catalog indicator and the tasks that name a lead department become the
plan of record; the rest stay drafts for the review pages."""

from __future__ import annotations

import tempfile
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

import yaml

from healthplan.demo.city import CITY_CODE
from healthplan.extraction import CUSTOM_PREFIX
from healthplan.i18n import t
from healthplan.plans import PlanImportSummary, apply_plan, export_plan, import_plan
from healthplan.store import Workspace

__all__ = [
    "DEMO_PLAN_TITLE",
    "demo_plan_files",
    "demo_plan_line",
    "import_demo_plans",
    "review_demo_plan",
]

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


def review_demo_plan(ws: Workspace, plan_id: int) -> None:
    """Confirm the plan's draft targets linked to a catalog indicator and its draft tasks
    that name a lead department, through the review file a planner edits."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "review.yaml"
        export_plan(ws, plan_id, path)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for row in data["目标"]:
            code = row.get("指标编码") or ""
            if row.get("状态") == "草稿" and code and not code.startswith(CUSTOM_PREFIX):
                row["审核"] = "确认"
        for row in data["任务"]:
            if row.get("状态") == "草稿" and row.get("牵头单位"):
                row["审核"] = "确认"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        apply_plan(ws, path)


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
