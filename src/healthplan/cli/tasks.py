"""``healthplan tasks …``: the task ledger (清单化分工), progress reports and sheets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from healthplan.cli.common import (
    App,
    FormatOption,
    OutOption,
    OutputFormat,
    Sheet,
    parse_date,
    show,
    workspace,
)
from healthplan.console import console
from healthplan.i18n import N_, NP_, pt, t

if TYPE_CHECKING:
    from healthplan.tasks import TaskEntry

tasks_app = App(help=N_("Tasks: the ledger, progress reports, progress sheets (清单化分工)."))

TaskArgument = Annotated[int, typer.Argument(help=N_("Task id (see `healthplan tasks list`)."))]
AsOfOption = Annotated[
    Any,
    typer.Option(
        "--as-of", parser=parse_date, metavar="DATE", help=N_("Date of the ledger (default today).")
    ),
]
DepartmentOption = Annotated[
    str | None, typer.Option("--department", help=N_("Department (name or alias)."))
]


_EVENT = {
    "progress": NP_("task event", "progress report"),
    "time_limit": NP_("task event", "time limit"),
    "system": NP_("task event", "system"),
}


def _state(value: str | None) -> Any:
    from healthplan.tasks import TaskState

    return None if value is None else TaskState.parse(value)


def _entries(title: str, entries: list[TaskEntry]) -> Sheet:
    return Sheet(
        "tasks",
        [
            ("id", t("ID")),
            ("task", t("Task")),
            ("lead", t("Lead department")),
            ("departments", t("Responsible departments")),
            ("due", t("Time limit")),
            ("due_text", t("As written")),
            ("milestones", t("Milestones")),
            ("state", t("State")),
            ("percent", t("Percent complete")),
            ("progress", t("Latest progress")),
            ("updated", t("Updated")),
        ],
        [
            (
                e.task_id,
                e.title + ("  " + t("(draft)") if e.draft else ""),
                e.lead_department,
                "、".join(e.departments),
                e.due.isoformat() if e.due else None,
                e.due_text,
                "；".join(f"{m.due.isoformat()} {m.clause or m.text}" for m in e.milestones),
                e.state.label,
                e.percent,
                e.progress,
                f"{e.updated_by} {e.updated_at:%Y-%m-%d}" if e.updated_at else None,
            )
            for e in entries
        ],
        title=title,
    )


@tasks_app.command("list", help=N_("List the tasks of the plan of record with state and limit."))
def list_command(
    department: DepartmentOption = None,
    state: Annotated[
        str | None,
        typer.Option(help=N_("未启动, 推进中, 已完成, 逾期, 逾期完成 or 已取消.")),
    ] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help=N_("Only overdue tasks."))] = False,
    as_of: AsOfOption = None,
    include_drafts: Annotated[
        bool,
        typer.Option("--include-drafts", help=N_("Tasks not yet confirmed too, marked as drafts.")),
    ] = False,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.tasks import task_ledger

    entries = task_ledger(
        workspace(),
        department=department,
        state=_state(state),
        overdue=overdue,
        as_of=as_of,
        include_drafts=include_drafts,
    )
    show(_entries(t("{n} tasks", n=len(entries)), entries), fmt, out)


@tasks_app.command(
    "report", help=N_("Report progress on a task: state, note, percent, an attached file.")
)
def report_command(
    task_id: TaskArgument,
    state: Annotated[str | None, typer.Option(help=N_("New state, e.g. 推进中 or 已完成."))] = None,
    note: Annotated[str | None, typer.Option(help=N_("Progress note."))] = None,
    percent: Annotated[int | None, typer.Option(help=N_("Percent complete (0-100)."))] = None,
    attach: Annotated[Path | None, typer.Option(help=N_("A file to attach as evidence."))] = None,
    department: DepartmentOption = None,
    by: Annotated[str | None, typer.Option(help=N_("Who reports (default: the user)."))] = None,
) -> None:
    from healthplan.tasks import report_progress

    entry = report_progress(
        workspace(),
        task_id,
        state=state,
        note=note,
        percent=percent,
        attachment=attach,
        department=department,
        by=by,
    )
    done = "—" if entry.percent is None else f"{entry.percent}%"
    console.print(
        t(
            "task {id}: {state}, {percent}",
            id=entry.task_id,
            state=entry.state.label,
            percent=done,
        )
    )


@tasks_app.command("limit", help=N_("Set a task's time limit by hand."))
def limit_command(
    task_id: TaskArgument,
    due: Annotated[Any, typer.Argument(parser=parse_date, metavar="DATE", help=N_("New limit."))],
    note: Annotated[str | None, typer.Option(help=N_("Why (e.g. the approved extension)."))] = None,
    by: Annotated[str | None, typer.Option(help=N_("Who sets it (default: the user)."))] = None,
) -> None:
    from healthplan.tasks import set_time_limit

    entry = set_time_limit(workspace(), task_id, due, note=note, by=by)
    console.print(
        t(
            "task {id}: time limit {due}, {state}",
            id=entry.task_id,
            due=entry.due.isoformat() if entry.due else "—",
            state=entry.state.label,
        )
    )


@tasks_app.command("history", help=N_("Every change to a task: who, when, evidence."))
def history_command(
    task_id: TaskArgument, fmt: FormatOption = OutputFormat.table, out: OutOption = None
) -> None:
    from healthplan.tasks import task_history

    show(
        Sheet(
            "history",
            [
                ("at", t("When")),
                ("by", t("By")),
                ("department", t("Department")),
                ("kind", t("Kind")),
                ("from", t("From")),
                ("to", t("To")),
                ("percent", t("Percent complete")),
                ("note", t("Note")),
                ("attachment", t("Attachment")),
            ],
            [
                (
                    f"{e.at:%Y-%m-%d %H:%M}",
                    e.by,
                    e.department,
                    pt("task event", _EVENT[e.kind]),
                    e.from_state.label if e.from_state else None,
                    e.to_state.label if e.to_state else None,
                    e.percent,
                    e.note,
                    e.attachment,
                )
                for e in task_history(workspace(), task_id)
            ],
        ),
        fmt,
        out,
    )


@tasks_app.command(
    "template", help=N_("Write a department's progress sheet (进展填报表) to fill in.")
)
def template_command(
    department: Annotated[str, typer.Option("--department", help=N_("Department."))],
    out: Annotated[Path | None, typer.Option("--out", help=N_("Workbook to write."))] = None,
    as_of: AsOfOption = None,
) -> None:
    from healthplan.tasks import export_progress_sheet

    path = out or Path(f"进展填报表-{department}.xlsx")
    rows = export_progress_sheet(workspace(), department, path, as_of=as_of)
    console.print(t("{n} tasks written to {path}", n=rows, path=path))


@tasks_app.command(
    "import", help=N_("Import a filled progress sheet; nothing is stored if any row is wrong.")
)
def import_command(
    file: Annotated[Path, typer.Argument(help=N_("A filled progress sheet (.xlsx)."))],
    by: Annotated[str | None, typer.Option(help=N_("Who reports (default: the user)."))] = None,
) -> None:
    from healthplan.tasks import import_progress_sheet

    done = import_progress_sheet(workspace(), file, by=by)
    console.print(t("{department}: {n} tasks reported", department=done.department, n=len(done)))


@tasks_app.command(
    "late", help=N_("Departments that missed the latest reporting round (定期调度).")
)
def late_command(
    as_of: AsOfOption = None,
    every: Annotated[str, typer.Option(help=N_("Round: month or quarter."))] = "month",
    due_days: Annotated[int, typer.Option(help=N_("Days after the round it is due."))] = 5,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.tasks import ReportingRound, late_departments

    rows = late_departments(workspace(), as_of=as_of, round=ReportingRound(every, due_days))
    show(
        Sheet(
            "late",
            [
                ("department", t("Department")),
                ("round", t("Round")),
                ("due", t("Due")),
                ("open_tasks", t("Open tasks")),
                ("last_report", t("Last report")),
            ],
            [
                (
                    r.department,
                    r.round,
                    r.due.isoformat(),
                    r.open_tasks,
                    f"{r.last_report:%Y-%m-%d}" if r.last_report else None,
                )
                for r in rows
            ],
        ),
        fmt,
        out,
    )
