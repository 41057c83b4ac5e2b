"""The task ledger (任务台账): every task of the plan of record with its departments resolved
against the register, its time limit and milestones, its state and latest progress, and the
history of every change. The tasks themselves are read through the plans stage
(:func:`healthplan.plans.list_plans`, :func:`healthplan.plans.load_plan`); this stage owns
only their state (``task_states``) and history (``task_events``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthplan.errors import HealthplanError, NotFoundError
from healthplan.extraction import DepartmentDirectory
from healthplan.i18n import t
from healthplan.model import Plan, ReviewStatus, Task
from healthplan.plans import in_plan_of_record, list_plans, load_plan
from healthplan.store import Workspace, list_departments
from healthplan.store.tables_tasks import TaskEventRow, TaskStateRow
from healthplan.tasks.rounds import ReportingRound
from healthplan.tasks.states import FINISHED, TaskState, check_transition
from healthplan.tasks.time_limits import time_limit

__all__ = [
    "LateDepartment",
    "Milestone",
    "ProgressReport",
    "TaskEntry",
    "TaskEvent",
    "apply_reports",
    "late_departments",
    "report_progress",
    "set_time_limit",
    "task_history",
    "task_ledger",
]

SYSTEM = "system"


class Milestone(BaseModel):
    due: date
    text: str = Field(description="The phrase as written: 2023年底前.")
    clause: str = Field(default="", description="What is due then, as the text says.")


class TaskEntry(BaseModel):
    """A task as the ledger shows it."""

    task_id: int
    plan_id: int
    plan: str
    title: str
    text: str
    lead_department: str | None
    departments: list[str] = Field(description="Resolved against the register, lead first.")
    unresolved: list[str] = Field(default_factory=list, description="Names the register lacks.")
    due: date | None
    due_text: str | None
    due_source: str = Field(description="text | person | none")
    milestones: list[Milestone] = Field(default_factory=list)
    state: TaskState
    percent: int | None = None
    progress: str | None = None
    attachment: str | None = None
    completed_on: date | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None
    draft: bool = Field(default=False, description="Not yet confirmed (--include-drafts).")

    def days_overdue(self, as_of: date) -> int:
        """Days past the time limit on ``as_of`` for an unfinished task, else 0."""
        if self.due is None or self.state in FINISHED or as_of <= self.due:
            return 0
        return (as_of - self.due).days


class TaskEvent(BaseModel):
    task_id: int
    at: datetime
    by: str
    department: str | None
    kind: str  # progress | time_limit | system
    from_state: TaskState | None
    to_state: TaskState | None
    percent: int | None
    note: str | None
    attachment: str | None


@dataclass(frozen=True)
class ProgressReport:
    """One department's report on one task (a CLI call or one row of a progress sheet)."""

    task_id: int
    state: TaskState | None = None  # None: unchanged
    percent: int | None = None
    note: str | None = None
    attachment: str | None = None
    department: str | None = None  # default: the task's lead department


@dataclass(frozen=True)
class LateDepartment:
    department: str
    round: str  # period id
    due: date
    open_tasks: int
    last_report: datetime | None


# ---------------------------------------------------------------------------------------------
# Reading the plan of record and keeping the state rows in step with it


def _active_tasks(ws: Workspace, include_drafts: bool) -> list[tuple[Plan, Task]]:
    """The confirmed tasks (the plan of record, as the assessment reads confirmed targets);
    with ``include_drafts``, those still in review too."""
    out: list[tuple[Plan, Task]] = []
    for summary in list_plans(ws):
        if summary.status is ReviewStatus.deleted or summary.id is None:
            continue
        plan = load_plan(ws, summary.id)
        out += [
            (plan, k)
            for k in plan.tasks
            if in_plan_of_record(k.status, include_drafts=include_drafts) and k.id
        ]
    return out


def _resolve(directory: DepartmentDirectory, task: Task) -> tuple[str | None, list[str], list[str]]:
    named = [n for n in [task.lead_department, *task.departments] if n]
    known, unknown = directory.classify(dict.fromkeys(named))
    names = list(dict.fromkeys(d.name for d in known))
    lead = None
    if task.lead_department:
        found = directory.resolve(task.lead_department)
        lead = found.name if found else task.lead_department
    return lead, names, unknown


def _fill(row: TaskStateRow, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def _copy(row: TaskStateRow) -> TaskStateRow:
    """A transient copy, outside any session: changing it writes nothing."""
    return TaskStateRow(**{c.key: getattr(row, c.key) for c in TaskStateRow.__table__.columns})


def _sync(
    ws: Workspace,
    session: Session,
    as_of: date,
    *,
    persist: bool = True,
    include_drafts: bool = False,
) -> tuple[dict[int, tuple[Plan, Task]], dict[int, TaskStateRow]]:
    """Create or refresh the state row of every task of the plan of record, and mark the
    unfinished ones past their time limit 逾期 (with a history entry). Without ``persist``
    the same view is built on transient copies, so that reading the ledger (on any
    ``as_of``, a future one included) stores nothing; writers persist it."""
    tasks = {k.id: (p, k) for p, k in _active_tasks(ws, include_drafts) if k.id is not None}
    directory = DepartmentDirectory(list_departments(ws))
    rows = {r.task_id: r for r in session.scalars(select(TaskStateRow))}
    if not persist:
        rows = {i: _copy(r) for i, r in rows.items() if i in tasks}
    for task_id, (plan, task) in tasks.items():
        row = rows.get(task_id)
        if row is None:
            row = TaskStateRow(task_id=task_id, state=TaskState.not_started.value)
            row.due_source = "text"
            if persist:
                session.add(row)
            rows[task_id] = row
        lead, names, unknown = _resolve(directory, task)
        values: dict[str, Any] = {
            "lead_department": lead or (names[0] if names else None),
            "departments": names,
            "unresolved": unknown,
        }
        if row.due_source != "person":
            final, milestones = time_limit(task.text, plan.period.end_year)
            if final is None and task.due is not None:
                values.update(due=task.due, due_text=task.due_text, due_source="text")
            elif final is None:
                values.update(due=None, due_text=None, due_source="none")
            else:
                values.update(due=final.due, due_text=final.text, due_source="text")
            values["milestones"] = [
                {"due": m.due.isoformat(), "text": m.text, "clause": m.clause} for m in milestones
            ]
        _fill(row, values)
    for row in rows.values():
        state = TaskState(row.state)
        found = tasks.get(row.task_id)
        # a draft (listed with include_drafts) is nobody's duty yet: never overdue
        if (
            found is not None
            and found[1].status is ReviewStatus.confirmed
            and state in (TaskState.not_started, TaskState.in_progress)
            and row.due is not None
            and as_of > row.due
        ):
            if persist:
                since = datetime.combine(row.due + timedelta(days=1), time.min, UTC)
                _event(session, row, SYSTEM, None, "system", state, TaskState.overdue, since)
            row.state = TaskState.overdue.value
    if persist:
        session.flush()
    return tasks, rows


def _event(
    session: Session,
    row: TaskStateRow,
    by: str,
    department: str | None,
    kind: str,
    old: TaskState | None,
    new: TaskState | None,
    at: datetime,
    *,
    percent: int | None = None,
    note: str | None = None,
    attachment: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        TaskEventRow(
            task_id=row.task_id,
            at=at,
            by=by,
            department=department,
            kind=kind,
            from_state=old.value if old else None,
            to_state=new.value if new else None,
            percent=percent,
            note=note,
            attachment=attachment,
            details=details or {},
        )
    )


def _entry(row: TaskStateRow, plan: Plan, task: Task) -> TaskEntry:
    return TaskEntry(
        task_id=row.task_id,
        plan_id=plan.id or 0,
        plan=plan.title,
        title=task.title,
        text=task.text,
        lead_department=row.lead_department,
        departments=list(row.departments or []),
        unresolved=list(row.unresolved or []),
        due=row.due,
        due_text=row.due_text,
        due_source=row.due_source,
        milestones=[Milestone.model_validate(m) for m in row.milestones or []],
        state=TaskState(row.state),
        percent=row.percent,
        progress=row.progress,
        attachment=row.attachment,
        completed_on=row.completed_on,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        draft=task.status is not ReviewStatus.confirmed,
    )


def _serves(entry: TaskEntry, department: str) -> bool:
    return department == entry.lead_department or department in entry.departments


def _department_name(ws: Workspace, name: str) -> str:
    found = DepartmentDirectory(list_departments(ws)).resolve(name)
    return found.name if found else name


# ---------------------------------------------------------------------------------------------
# Public functions


def task_ledger(
    ws: Workspace,
    *,
    department: str | None = None,
    state: TaskState | None = None,
    overdue: bool = False,
    as_of: date | None = None,
    include_drafts: bool = False,
) -> list[TaskEntry]:
    """The ledger on ``as_of`` (default today), in plan order: every confirmed task, or those
    of one department (lead or partner; any alias of it), in one state, or overdue ones.
    ``include_drafts``: tasks still in review too, marked ``draft`` (nobody reports on them
    until they are confirmed)."""
    on = as_of or date.today()
    with ws.session() as session:
        tasks, rows = _sync(ws, session, on, persist=False, include_drafts=include_drafts)
        entries = [_entry(rows[i], *tasks[i]) for i in tasks]
    if department is not None:
        name = _department_name(ws, department)
        entries = [e for e in entries if _serves(e, name)]
    if state is not None:
        entries = [e for e in entries if e.state is state]
    if overdue:
        entries = [e for e in entries if e.state is TaskState.overdue]
    return entries


def report_progress(
    ws: Workspace,
    task_id: int,
    *,
    state: TaskState | str | None = None,
    percent: int | None = None,
    note: str | None = None,
    attachment: Path | str | None = None,
    department: str | None = None,
    by: str | None = None,
    at: datetime | None = None,
) -> TaskEntry:
    """Record a department's progress on a task: a note, percent complete, an attached file
    (copied into the workspace) and possibly a new state, checked against the transition
    table. 已完成 past the time limit is recorded as 逾期完成."""
    name = None
    if attachment is not None:
        source = Path(attachment)
        if isinstance(attachment, Path) or source.exists():
            if not source.is_file():
                raise HealthplanError(t("no attachment file {path}", path=source))
            folder = ws.home / "attachments" / f"task-{task_id}"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, folder / source.name)
        name = source.name
    report = ProgressReport(
        task_id=task_id,
        state=TaskState.parse(state) if isinstance(state, str) else state,
        percent=percent,
        note=note,
        attachment=name,
        department=department,
    )
    return apply_reports(ws, [report], by=by, at=at)[0]


def apply_reports(
    ws: Workspace,
    reports: Iterable[ProgressReport],
    *,
    by: str | None = None,
    at: datetime | None = None,
) -> list[TaskEntry]:
    """Apply several reports in one transaction: all of them or, on the first refusal, none."""
    moment = at or datetime.now(UTC)
    on = moment.date()
    out: list[TaskEntry] = []
    with ws.session() as session:
        actor = by or str(session.info.get("actor", "unknown"))
        tasks, rows = _sync(ws, session, on)
        for report in reports:
            if report.task_id not in tasks:
                raise NotFoundError(t("no task {id} in the plan of record", id=report.task_id))
            if report.percent is not None and not 0 <= report.percent <= 100:
                raise HealthplanError(t("percent complete is 0 to 100, not {p}", p=report.percent))
            row = rows[report.task_id]
            old = TaskState(row.state)
            new = check_transition(report.task_id, old, report.state or old, row.due, on)
            percent = report.percent
            if new in (TaskState.done, TaskState.done_late) and percent is None:
                percent = 100
            department = report.department or row.lead_department
            if department:
                department = _department_name(ws, department)
            _event(
                session,
                row,
                actor,
                department,
                "progress",
                old,
                new if new is not old else None,
                moment,
                percent=percent,
                note=report.note,
                attachment=report.attachment,
            )
            values: dict[str, Any] = {"state": new.value, "updated_at": moment, "updated_by": actor}
            if percent is not None:
                values["percent"] = percent
            if report.note:
                values["progress"] = report.note
            if report.attachment:
                values["attachment"] = report.attachment
            if new in (TaskState.done, TaskState.done_late) and old is not new:
                values["completed_on"] = on
            _fill(row, values)
            out.append(_entry(row, *tasks[report.task_id]))
    return out


def set_time_limit(
    ws: Workspace,
    task_id: int,
    due: date,
    *,
    note: str | None = None,
    by: str | None = None,
    at: datetime | None = None,
) -> TaskEntry:
    """Set a task's time limit by hand (it is then no longer read from the text). An overdue
    task given a later limit is 推进中 again; an unfinished one now past it is 逾期."""
    moment = at or datetime.now(UTC)
    with ws.session() as session:
        actor = by or str(session.info.get("actor", "unknown"))
        tasks, _rows = _sync(ws, session, moment.date())
        row = session.get(TaskStateRow, task_id)
        if row is None or task_id not in tasks:
            raise NotFoundError(t("no task {id} in the plan of record", id=task_id))
        old = TaskState(row.state)
        new = old
        if old is TaskState.overdue and moment.date() <= due:
            new = TaskState.in_progress
        elif old in (TaskState.not_started, TaskState.in_progress) and moment.date() > due:
            new = TaskState.overdue
        _event(
            session,
            row,
            actor,
            None,
            "time_limit",
            old,
            new if new is not old else None,
            moment,
            note=note,
            details={"from": row.due.isoformat() if row.due else None, "to": due.isoformat()},
        )
        _fill(
            row,
            {
                "due": due,
                "due_text": due.isoformat(),
                "due_source": "person",
                "state": new.value,
                "updated_at": moment,
                "updated_by": actor,
            },
        )
        return _entry(row, *tasks[task_id])


def task_history(ws: Workspace, task_id: int) -> list[TaskEvent]:
    """Every change to a task, oldest first: who, when, which department, the evidence."""
    with ws.session() as session:
        rows = session.scalars(
            select(TaskEventRow)
            .where(TaskEventRow.task_id == task_id)
            .order_by(TaskEventRow.at, TaskEventRow.id)
        )
        return [
            TaskEvent(
                task_id=r.task_id,
                at=r.at,
                by=r.by,
                department=r.department,
                kind=r.kind,
                from_state=r.from_state,
                to_state=r.to_state,
                percent=r.percent,
                note=r.note,
                attachment=r.attachment,
            )
            for r in rows
        ]


def late_departments(
    ws: Workspace,
    *,
    as_of: date | None = None,
    round: ReportingRound | None = None,
    ledger: list[TaskEntry] | None = None,
) -> list[LateDepartment]:
    """Departments that lead an unfinished task and sent no report for the latest round
    whose due date has passed on ``as_of``. ``ledger`` is :func:`task_ledger` on ``as_of``
    when the caller has it already."""
    on = as_of or date.today()
    rounds = round or ReportingRound()
    period = rounds.last_due(on)
    due = rounds.due(period)
    window_start = rounds.due(period.previous())
    entries = task_ledger(ws, as_of=on) if ledger is None else ledger
    open_by: dict[str, int] = {}
    for entry in entries:
        if entry.lead_department and entry.state not in FINISHED:
            open_by[entry.lead_department] = open_by.get(entry.lead_department, 0) + 1
    reported: set[str] = set()
    last: dict[str, datetime] = {}
    with ws.session() as session:
        for department, moment in session.execute(
            select(TaskEventRow.department, TaskEventRow.at).where(
                TaskEventRow.kind == "progress", TaskEventRow.department.is_not(None)
            )
        ):
            if moment.date() > on:
                continue
            last[department] = max(last.get(department, moment), moment)
            if window_start < moment.date() <= due:
                reported.add(department)
    return [
        LateDepartment(name, period.id, due, count, last.get(name))
        for name, count in sorted(open_by.items())
        if name not in reported
    ]
