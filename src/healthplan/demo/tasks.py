"""The demo city's tasks and warnings: the 2024 task list (``data/tasks/*.txt``) imported as
a plan, a year of monthly progress from its departments — some on time, some done late, one
(市医疗保障局) that never reports, one (市教育局) that reports late — one department's
progress sheet exported, filled in and imported, a few reports left unapproved, then the
warning rules run on 20 December with the installation's ``warnings.yaml`` and the digests
and red alerts delivered to a local mailbox file."""

from __future__ import annotations

import random
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path

import yaml
from openpyxl import load_workbook

from healthplan.collection import list_data_sets, submit
from healthplan.demo.city import CITY_CODE
from healthplan.demo.plans import review_demo_plan
from healthplan.i18n import t
from healthplan.model import OrgLevel
from healthplan.plans import import_plan
from healthplan.store import Workspace, list_orgunits
from healthplan.tasks import (
    ProgressReport,
    TaskEntry,
    TaskState,
    apply_reports,
    export_progress_sheet,
    import_progress_sheet,
    late_departments,
    task_ledger,
)
from healthplan.warnings import (
    RULES_FILE,
    Severity,
    WarningKind,
    WarningState,
    acknowledge,
    list_deliveries,
    list_warnings,
    resolve,
    run_warnings,
)

__all__ = ["TasksDemo", "demo_tasks"]

TASKS_TITLE = "云川市2024年卫生健康重点工作任务清单（演示）"
NEVER_REPORTS = "市医疗保障局"
REPORTS_LATE = "市教育局"
MAILBOX = "mail/outbox.mbox"
SHEET = "demo-进展填报表-市疾病预防控制中心.xlsx"

# task number in the list → (month started, month finished or None, finished state)
_COURSE: dict[int, tuple[int, int | None, TaskState]] = {
    1: (1, 3, TaskState.done),
    2: (2, None, TaskState.in_progress),
    4: (2, 7, TaskState.done),  # due 30 June: done late
    5: (3, None, TaskState.in_progress),
    6: (1, 5, TaskState.done),
    7: (1, None, TaskState.in_progress),
    8: (3, None, TaskState.in_progress),  # due 31 May, still unfinished: overdue
    9: (4, 6, TaskState.cancelled),  # merged into the 爱国卫生月 campaign
    10: (2, 10, TaskState.done),  # due 30 September: done late
    11: (1, None, TaskState.in_progress),
    12: (3, 11, TaskState.done),  # due 31 October: done late (reported in December)
    13: (7, 9, TaskState.done),
    14: (2, None, TaskState.in_progress),
}
_NOTES = (
    "已召开专题推进会，明确时间表和责任人",
    "完成阶段性目标，正在组织督导检查",
    "已完成调研摸底，形成工作方案初稿",
    "资金已拨付到位，项目按计划实施",
    "存在人员不足问题，已协调各县（区）支持",
)


@dataclass
class TasksDemo:
    tasks_by_state: dict[str, int]
    late_departments: list[str]
    warnings_by_kind: dict[str, int]
    deliveries: dict[str, int]
    mailbox: Path
    sheet: Path
    rules: Path

    def lines(self) -> list[str]:
        """Lines for the demo's output."""
        states = "，".join(
            f"{TaskState(s).label} {n}" for s, n in sorted(self.tasks_by_state.items())
        )
        return [
            t("Demo tasks: {states}", states=states),
            t(
                "Demo warnings: {n} of {kinds} kinds; digests and red alerts: {sent} sent to "
                "{path}",
                n=sum(self.warnings_by_kind.values()),
                kinds=len(self.warnings_by_kind),
                sent=self.deliveries.get("sent", 0),
                path=self.mailbox,
            ),
        ]


def _moment(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _rules(ws: Workspace) -> Path:
    """The demo installation's ``warnings.yaml``: who receives what, mail to a local mbox."""
    departments = {
        "市卫生健康委员会": "bangongshi",
        "市卫生健康委规划发展与信息化科": "guihuake",
        "市卫生健康委基层卫生健康科": "jicengke",
        "市卫生健康委妇幼健康科": "fuyouke",
        "市卫生健康委老龄健康科": "laolingke",
        "市卫生健康委医政医管科": "yizhengke",
        "市疾病预防控制中心": "jikong",
        "市教育局": "jiaoyu",
        "市医疗保障局": "yibao",
    }
    rules = {
        # the demo's extracted targets are still drafts: warn on them too
        "target_behind": {"include_drafts": True},
        "signal_unverified": {"department": "市疾病预防控制中心"},
        "notifications": {
            "email": {"sender": "yujing@wjw.yunchuan.example", "mailbox": MAILBOX},
            "default": {"email": ["guihuake@wjw.yunchuan.example"]},
            "departments": {
                name: {"email": [f"{box}@yunchuan.example"]} for name, box in departments.items()
            },
        },
    }
    path = ws.home / RULES_FILE
    path.write_text(
        "# 演示：预警规则（未写出的项目取默认值，见 docs/tasks-and-warnings.md）\n"
        + yaml.safe_dump(rules, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return path


def _import_tasks(ws: Workspace) -> list[TaskEntry]:
    folder = resources.files("healthplan.demo").joinpath("data").joinpath("tasks")
    with ExitStack() as stack:
        paths = [
            stack.enter_context(resources.as_file(entry))
            for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".txt")
        ]
        summary = import_plan(ws, paths, title=TASKS_TITLE, org_unit_code=CITY_CODE)
    review_demo_plan(ws, summary.plan_id)
    return [e for e in task_ledger(ws, as_of=date(2024, 1, 1)) if e.plan_id == summary.plan_id]


def _progress(ws: Workspace, tasks: list[TaskEntry], rng: random.Random, year: int) -> None:
    """Monthly reports for January to November, made in the round's window (by the 5th of
    the next month; 市教育局 on the 8th to 12th, i.e. late); a task is reported finished in
    the month it is finished."""
    batches: dict[date, list[ProgressReport]] = {}
    for month in range(1, 12):
        for number, task in enumerate(tasks, start=1):
            course = _COURSE.get(number)
            lead = task.lead_department
            if course is None or lead is None or lead == NEVER_REPORTS:
                continue
            started, finished, final = course
            if month < started or (finished is not None and month > finished):
                continue
            state, note = TaskState.in_progress, rng.choice(_NOTES)
            percent = min(95, int(100 * (month - started + 1) / (13 - started)))
            day = rng.randint(8, 12) if lead == REPORTS_LATE else rng.randint(1, 5)
            reported = date(year, month + 1, day)
            if finished == month:
                reported = date(year, month, rng.randint(20, 28))
                if final is TaskState.cancelled:
                    state, note = final, "并入爱国卫生月集中活动，不再单列"
                else:
                    state, percent = final, 100
            batches.setdefault(reported, []).append(
                ProgressReport(
                    task_id=task.task_id,
                    state=state,
                    percent=percent,
                    note=note,
                    department=lead,
                )
            )
    for when, reports in sorted(batches.items()):
        apply_reports(ws, reports, by="演示填报员", at=_moment(when))


def _sheet(ws: Workspace, path: Path, year: int) -> None:
    """The CDC's December report through its progress sheet (进展填报表)."""
    on = date(year, 12, 3)
    export_progress_sheet(ws, "市疾控中心", path, as_of=on)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row in range(3, sheet.max_row + 1):
        if sheet.cell(row, 5).value == TaskState.in_progress.label_zh:
            sheet.cell(row, 6, "新增哨点医院4家已全部运行，开展数据质量核查")
            sheet.cell(row, 7, 100)
            sheet.cell(row, 5, TaskState.done.label_zh)
            sheet.cell(row, 8, "哨点医院验收报告.pdf")
    book.save(path)
    import_progress_sheet(ws, path, by="市疾控中心 填报员", at=_moment(on))


def _unapproved(ws: Workspace, year: int) -> None:
    """Three townships submit their October reports, which nobody approves."""
    monthly = [ds for ds in list_data_sets(ws) if ds.period_type.value == "month"]
    if not monthly:
        return
    towns = [u.code for u in list_orgunits(ws) if u.level is OrgLevel.township][:3]
    for code in towns:
        submit(ws, monthly[0].code, code, f"{year}M10", at=_moment(date(year, 11, 8)))


def demo_tasks(ws: Workspace, *, seed: int = 2024, year: int = 2024) -> TasksDemo:
    """Build the demo's tasks, progress and warnings (after the city, plans, monitoring and
    surveillance steps)."""
    rng = random.Random(seed)
    rules = _rules(ws)
    tasks = _import_tasks(ws)
    sheet = ws.home / SHEET
    if all(task.updated_at is None for task in tasks):  # a refresh does not report twice
        _progress(ws, tasks, rng, year)
        _sheet(ws, sheet, year)
        _unapproved(ws, year)
    as_of = date(year, 12, 20)
    run_warnings(ws, at=_moment(as_of, 8))
    fresh = list_warnings(ws, state=WarningState.new)
    red = [w for w in fresh if w.severity is Severity.red]
    if red:
        acknowledge(
            ws, red[0].id, by="规划信息科 王敏", note="已转责任单位核实", at=_moment(as_of, 10)
        )
    overdue = [w for w in fresh if w.kind is WarningKind.task_overdue and w not in red[:1]]
    if overdue:
        resolve(
            ws, overdue[0].id, by="规划信息科 王敏", note="已约谈督办，责任单位承诺限期完成",
            at=_moment(as_of, 15),
        )  # fmt: skip
    ledger = [e for e in task_ledger(ws, as_of=as_of) if e.plan == tasks[0].plan] if tasks else []
    return TasksDemo(
        tasks_by_state=dict(Counter(e.state.value for e in ledger)),
        late_departments=[d.department for d in late_departments(ws, as_of=as_of)],
        warnings_by_kind=dict(Counter(w.kind.value for w in list_warnings(ws))),
        deliveries=dict(Counter(d.status for d in list_deliveries(ws))),
        mailbox=ws.home / MAILBOX,
        sheet=sheet,
        rules=rules,
    )
