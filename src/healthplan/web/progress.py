"""Progress reported from the task board (任务看板): a department reporter reports on a
task of their departments through the tasks stage (:func:`healthplan.tasks.report_progress`),
which checks the state transition and records the event."""

from __future__ import annotations

from healthplan.errors import HealthplanError, InputError, NotFoundError, Problem
from healthplan.i18n import t
from healthplan.store import Workspace
from healthplan.tasks import TaskEntry, TaskState, report_progress, task_ledger
from healthplan.web.actions import as_user
from healthplan.web.users import ForbiddenError, User

MAX_NOTE = 2000


def report_task_progress(
    ws: Workspace,
    user: User,
    task_id: int,
    *,
    state: str | None = None,
    percent: int | None = None,
    note: str | None = None,
) -> TaskEntry:
    """Record ``user``'s progress on task ``task_id``: a new state (id or label), percent
    complete, a note. Raise :class:`InputError` naming the field for a bad value, and
    :class:`ForbiddenError` for a task outside the user's departments."""
    user.require("report_progress")
    entry = next((e for e in task_ledger(ws) if e.task_id == task_id), None)
    if entry is None:
        raise NotFoundError(t("no task {id} in the plan of record", id=task_id))
    if not user.sees_departments(entry.departments):
        raise ForbiddenError(t("this department is outside your scope"))
    problems = []
    chosen: TaskState | None = None
    if state:
        try:
            chosen = TaskState.parse(state)
        except HealthplanError as error:
            problems.append(Problem(f"task {task_id}", str(error), field="state"))
    if percent is not None and not 0 <= percent <= 100:
        problems.append(
            Problem(
                f"task {task_id}",
                t("percent complete is 0 to 100, not {p}", p=percent),
                field="percent",
            )
        )
    if note is not None and len(note) > MAX_NOTE:
        problems.append(
            Problem(
                f"task {task_id}", t("a note has at most {n} characters", n=MAX_NOTE), field="note"
            )
        )
    if problems:
        raise InputError(problems)
    # A department reporter reports for their own department among the task's; others for
    # the lead department.
    department = next((d for d in entry.departments if d in user.departments), None)
    return report_progress(
        as_user(ws, user),
        task_id,
        state=chosen,
        percent=percent,
        note=note or None,
        department=department,
        by=user.name,
    )
