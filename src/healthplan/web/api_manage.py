"""The REST API of the entry form, task progress and administration (OpenAPI at
``/api/docs``): the same functions as the pages (:mod:`.entry`, :mod:`.progress`,
:mod:`.admin`), the same roles and scopes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from healthplan.collection import DataSet
from healthplan.model import Department, Indicator
from healthplan.web import admin
from healthplan.web.actions import plain
from healthplan.web.auth import ApiUser, workspace
from healthplan.web.entry import enter_values, entry_form
from healthplan.web.progress import MAX_NOTE, report_task_progress

router = APIRouter(prefix="/api", tags=["api"])


class Entry(BaseModel):
    data_set: str = Field(min_length=1, max_length=64)
    org_unit: str = Field(min_length=1, max_length=32)
    period: str = Field(min_length=1, max_length=32)
    values: dict[str, str | float | None] = Field(
        description="Form key (data element code, or code.option) → value; empty removes it.",
        max_length=2000,
    )


class Progress(BaseModel):
    state: str | None = Field(default=None, max_length=32, description="A task state id or label.")
    percent: int | None = Field(default=None, ge=0, le=100)
    note: str | None = Field(default=None, max_length=MAX_NOTE)


class OrgUnitIn(BaseModel):
    code: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=100)
    level: str = Field(min_length=1, max_length=16, description="市, 区, 街道, 3, county …")
    parent_code: str | None = Field(default=None, max_length=32)


@router.get("/entry")
def entry(
    request: Request, user: ApiUser, data_set: str, org_unit: str, period: str
) -> dict[str, Any]:
    """The entry form of one report: each field with its stored value and the report's state."""
    return plain(entry_form(workspace(request), user, data_set, org_unit, period))


@router.post("/entry")
def entry_store(request: Request, user: ApiUser, body: Entry) -> dict[str, Any]:
    """Store the values of one report, all or nothing, by the rules of a file import; a
    refusal (422) lists each problem with its field."""
    typed = {k: "" if v is None else str(v) for k, v in body.values.items()}
    return plain(
        enter_values(workspace(request), user, body.data_set, body.org_unit, body.period, typed)
    )


@router.post("/tasks/{task_id}/progress")
def task_progress(request: Request, user: ApiUser, task_id: int, body: Progress) -> dict[str, Any]:
    """Report progress on a task of the caller's departments (state, percent, note)."""
    entry = report_task_progress(
        workspace(request), user, task_id, state=body.state, percent=body.percent, note=body.note
    )
    return entry.model_dump(mode="json")


@router.get("/admin/orgunits")
def orgunits(request: Request, user: ApiUser) -> list[dict[str, Any]]:
    return [u.model_dump(mode="json") for u in admin.orgunits(workspace(request), user)]


@router.post("/admin/orgunits")
def save_orgunit(request: Request, user: ApiUser, body: OrgUnitIn) -> dict[str, Any]:
    """Add or change an org unit (checked as a row of an org-unit file)."""
    made = admin.save_orgunit(
        workspace(request), user, body.code, body.name, body.level, body.parent_code
    )
    return made.model_dump(mode="json")


@router.get("/admin/departments")
def departments(request: Request, user: ApiUser) -> list[dict[str, Any]]:
    return [d.model_dump(mode="json") for d in admin.departments(workspace(request), user)]


@router.post("/admin/departments")
def save_department(request: Request, user: ApiUser, body: Department) -> dict[str, Any]:
    return admin.save_department(workspace(request), user, body).model_dump(mode="json")


@router.get("/admin/indicators")
def indicators(request: Request, user: ApiUser) -> list[dict[str, Any]]:
    return [i.model_dump(mode="json") for i in admin.indicators(workspace(request), user)]


@router.post("/admin/indicators")
def save_indicator(request: Request, user: ApiUser, body: Indicator) -> dict[str, Any]:
    """Add or change an indicator; its formulas are checked against the stored elements."""
    return admin.save_indicator(workspace(request), user, body).model_dump(mode="json")


@router.get("/admin/datasets")
def data_sets(request: Request, user: ApiUser) -> list[dict[str, Any]]:
    return [d.model_dump(mode="json") for d in admin.data_sets(workspace(request), user)]


@router.post("/admin/datasets")
def save_data_set(request: Request, user: ApiUser, body: DataSet) -> dict[str, Any]:
    """Add or change a data set; every data element and its department must exist."""
    return admin.save_dataset(workspace(request), user, body).model_dump(mode="json")
