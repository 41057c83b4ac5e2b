"""The task board (任务看板) per department: progress and days overdue of each task, and a
form on each row for a department reporter to report progress (through the tasks stage)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.tasks import TaskState
from healthplan.web import actions
from healthplan.web.auth import workspace
from healthplan.web.pages import _user, render
from healthplan.web.progress import MAX_NOTE, report_task_progress

router = APIRouter(include_in_schema=False)


def task_labels() -> dict[str, str]:
    return {
        "report": t("Report progress"),
        "note": t("Progress note"),
        "unchanged": t("(state unchanged)"),
        "updated": t("Last report"),
    }


@router.get("/tasks")
def tasks_page(request: Request, department: str = "") -> Response:
    user = _user(request)
    entries = actions.tasks(workspace(request), user, department or None)
    today = date.today()
    return render(
        request,
        "tasks.html",
        user,
        rows=[
            (
                e,
                e.days_overdue(today),
                user.can("report_progress") and user.sees_departments(e.departments),
            )
            for e in entries
        ],
        department=department,
        states=[(s.value, s.label) for s in TaskState],
        T=task_labels(),
    )


@router.post("/tasks/{task_id}/progress")
def task_progress(
    request: Request,
    task_id: int,
    state: Annotated[str, Form(max_length=32)] = "",
    percent: Annotated[str, Form(max_length=8)] = "",
    note: Annotated[str, Form(max_length=MAX_NOTE)] = "",
    department: Annotated[str, Form(max_length=200)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    user = _user(request, csrf)
    report_task_progress(
        workspace(request),
        user,
        task_id,
        state=state or None,
        percent=_percent(percent, task_id),
        note=note or None,
    )
    back = f"/tasks?department={department}" if department else "/tasks"
    return RedirectResponse(back, status_code=303)


def _percent(text: str, task_id: int) -> int | None:
    if not text.strip():
        return None
    try:
        return int(text.strip().rstrip("%"))
    except ValueError as error:
        raise InputError(
            [Problem(f"task {task_id}", t("not a number: {text}", text=text), field="percent")]
        ) from error
