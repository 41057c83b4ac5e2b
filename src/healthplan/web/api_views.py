"""The REST API of the plan review, the indicator detail and the district comparison (the
same functions as their pages; OpenAPI at ``/api/docs`` with the rest of the API)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from healthplan.web import drafts, indicators
from healthplan.web.auth import ApiUser, workspace

router = APIRouter(prefix="/api", tags=["api"])


class TargetEdit(BaseModel):
    """The fields of a target a reviewer may change; those left out stay as they are."""

    model_config = ConfigDict(extra="forbid")

    indicator_text: str | None = Field(default=None, min_length=1, max_length=500)
    indicator_code: str | None = Field(default=None, max_length=64)
    comparator: str | None = Field(default=None, max_length=16)
    value: float | None = None
    value_max: float | None = None
    unit: str | None = Field(default=None, max_length=32)
    deadline: int | None = Field(default=None, ge=1949, le=2100)
    baseline_value: float | None = None
    baseline_year: int | None = Field(default=None, ge=1949, le=2100)
    nature: str | None = Field(default=None, max_length=16)
    scope: str | None = Field(default=None, max_length=200)
    departments: list[str] | None = Field(default=None, max_length=50)


class TaskEdit(BaseModel):
    """The fields of a task a reviewer may change; those left out stay as they are."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=500)
    lead_department: str | None = Field(default=None, max_length=100)
    departments: list[str] | None = Field(default=None, max_length=50)
    due_text: str | None = Field(default=None, max_length=100)
    due: date | None = None


@router.get("/plans")
def plans(request: Request, user: ApiUser) -> list[dict[str, Any]]:
    """The plans with targets or tasks in the caller's scope, counted by review status."""
    return [
        {
            "id": p.plan_id,
            "title": p.title,
            "status": p.status,
            "targets": p.counts["target"],
            "tasks": p.counts["task"],
        }
        for p in drafts.plans(workspace(request), user)
    ]


Kinds = Literal["targets", "tasks"]
Status = Literal["draft", "confirmed", "deleted"]


@router.get("/plans/{kinds}")
def plan_records(
    request: Request,
    user: ApiUser,
    kinds: Kinds,
    plan: int | None = None,
    status: Status | None = "draft",
) -> list[dict[str, Any]]:
    """The targets or tasks in scope (of one plan, of one review status), each with the
    source sentence split around the quote it was read from."""
    found = drafts.drafts(workspace(request), user, kind=kinds[:-1], plan_id=plan, status=status)
    return [d.as_record() for d in found]


@router.get("/plans/{kinds}/{record_id}")
def plan_record(request: Request, user: ApiUser, kinds: Kinds, record_id: int) -> dict[str, Any]:
    return drafts.draft(workspace(request), user, kinds[:-1], record_id).as_record()


@router.post("/plans/targets/{record_id}/{action}")
def review_target(
    request: Request,
    user: ApiUser,
    record_id: int,
    action: Literal["confirm", "edit", "reject"],
    body: TargetEdit | None = None,
) -> dict[str, Any]:
    """确认 (confirm), edit or 删除 (reject) a target; the edits in the body are applied
    first (a rejection ignores them). Audited with the caller's name; nothing is stored when
    a value is wrong (422)."""
    values = body.model_dump(exclude_unset=True) if body is not None else {}
    ws = workspace(request)
    return drafts.review(ws, user, "target", record_id, action, values).as_record()


@router.post("/plans/tasks/{record_id}/{action}")
def review_task(
    request: Request,
    user: ApiUser,
    record_id: int,
    action: Literal["confirm", "edit", "reject"],
    body: TaskEdit | None = None,
) -> dict[str, Any]:
    """确认 (confirm), edit or 删除 (reject) a task (清单化分工), as a target."""
    values = body.model_dump(mode="json", exclude_unset=True) if body is not None else {}
    ws = workspace(request)
    return drafts.review(ws, user, "task", record_id, action, values).as_record()


@router.get("/indicators/{code}")
def indicator(
    request: Request,
    user: ApiUser,
    code: str,
    org_unit: str | None = None,
    target: int | None = None,
) -> dict[str, Any]:
    """A target of indicator ``code`` at ``org_unit`` (its own unit by default), the units
    below it (``drillable``: with units below them), and the chart's monthly series: the
    actual, the target and 序时进度."""
    found = indicators.detail(workspace(request), user, code, org_unit=org_unit, target_id=target)
    return found.as_record()


@router.get("/dashboard/districts")
def districts(request: Request, user: ApiUser, indicator: str | None = None) -> dict[str, Any]:
    """The headline indicators and, for ``indicator`` (default the first), each district's
    actual, target, 序时进度 and status."""
    return indicators.districts(workspace(request), user, indicator)
