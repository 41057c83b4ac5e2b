"""Tasks (清单化分工、项目化管理): the ledger of the plan of record's tasks with their
departments, time limits read from the text (年底前, 第一季度, 到2025年 …) or set by a person,
milestones, states (未启动, 推进中, 已完成, 逾期, 逾期完成, 已取消) with an explicit transition
table, progress reports with their evidence and history, the departments' Excel progress
sheets, and reporting rounds (定期调度)."""

from healthplan.tasks.ledger import (
    LateDepartment,
    Milestone,
    ProgressReport,
    TaskEntry,
    TaskEvent,
    apply_reports,
    late_departments,
    report_progress,
    set_time_limit,
    task_history,
    task_ledger,
)
from healthplan.tasks.rounds import ReportingRound
from healthplan.tasks.sheets import SheetImport, export_progress_sheet, import_progress_sheet
from healthplan.tasks.states import (
    FINISHED,
    TRANSITIONS,
    TaskState,
    TransitionError,
    check_transition,
)
from healthplan.tasks.time_limits import TimeLimit, read_time_limits, time_limit

__all__ = [
    "FINISHED",
    "TRANSITIONS",
    "LateDepartment",
    "Milestone",
    "ProgressReport",
    "ReportingRound",
    "SheetImport",
    "TaskEntry",
    "TaskEvent",
    "TaskState",
    "TimeLimit",
    "TransitionError",
    "apply_reports",
    "check_transition",
    "export_progress_sheet",
    "import_progress_sheet",
    "late_departments",
    "read_time_limits",
    "report_progress",
    "set_time_limit",
    "task_history",
    "task_ledger",
    "time_limit",
]
