"""The REST API (OpenAPI at ``/api/docs``): everything the pages do, for scripts and other
systems. Authenticate with ``POST /api/token`` then ``Authorization: Bearer <token>``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, Field

from healthplan.i18n import t
from healthplan.web import actions
from healthplan.web.auth import ApiUser, workspace
from healthplan.web.users import add_user, authenticate, issue_token, list_users

router = APIRouter(prefix="/api", tags=["api"])


class Credentials(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class Transition(BaseModel):
    data_set: str = Field(min_length=1, max_length=64)
    org_unit: str = Field(min_length=1, max_length=32)
    period: str = Field(min_length=1, max_length=32)
    comment: str | None = Field(default=None, max_length=2000)


class Note(BaseModel):
    note: str | None = Field(default=None, max_length=2000)


class SignalAction(Note):
    outcome: Literal["confirmed", "excluded"] = "confirmed"


class ReportRequest(BaseModel):
    kind: str = Field(min_length=1, max_length=32)
    period: str = Field(min_length=1, max_length=32)
    org_unit: str | None = Field(default=None, max_length=32)


class NewUser(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    role: str
    password: str = Field(min_length=1, max_length=1000)
    org_unit: str | None = Field(default=None, max_length=32)
    departments: list[str] = Field(default_factory=list)


@router.post("/token")
def token(request: Request, body: Credentials) -> dict[str, str]:
    """A bearer token for the name and password (rate-limited per client address)."""
    client = request.client.host if request.client else "?"
    if not request.app.state.login_limit.allow(client):
        raise HTTPException(429, t("too many log-in attempts; wait a minute"))
    ws = workspace(request)
    user = authenticate(ws, body.name, body.password)
    return {"token": issue_token(ws, user), "token_type": "bearer"}


@router.get("/me")
def me(user: ApiUser) -> dict[str, Any]:
    return {
        "name": user.name,
        "role": user.role.value,
        "org_unit": user.org_unit,
        "departments": list(user.departments),
    }


@router.get("/assessment")
def assessment(
    request: Request,
    user: ApiUser,
    status: str | None = None,
    department: str | None = None,
    org_unit: str | None = None,
) -> list[dict[str, Any]]:
    """The assessed targets in the caller's scope (序时进度 judgement of each)."""
    rows = actions.assessment(
        workspace(request), user, status=status, department=department, org_unit=org_unit
    )
    return [actions.plain(r) for r in rows]


def _upload(request: Request, user: ApiUser, file: UploadFile, store: bool) -> dict[str, Any]:
    result = actions.upload(
        workspace(request), user, file.filename or "upload.xlsx", file.file.read(), store=store
    )
    if result.problems:
        raise HTTPException(422, {"message": t("nothing was stored"), "problems": result.problems})
    return actions.plain(result)


@router.post("/values/preview")
def values_preview(
    request: Request, user: ApiUser, file: Annotated[UploadFile, File()]
) -> dict[str, Any]:
    """Check a value file (Excel, CSV, JSON) and say what it would store; store nothing."""
    return _upload(request, user, file, store=False)


@router.post("/values")
def values_import(
    request: Request, user: ApiUser, file: Annotated[UploadFile, File()]
) -> dict[str, Any]:
    """Store a value file, all or nothing."""
    return _upload(request, user, file, store=True)


@router.get("/values/template")
def values_template(
    request: Request, user: ApiUser, data_set: str, org_unit: str, period: str
) -> Response:
    """The fill-in workbook (填报模板) for ``data_set`` × the units below ``org_unit`` ×
    ``period``."""
    content = actions.template(workspace(request), user, data_set, org_unit, period)
    return Response(
        content,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="{data_set}-{period}.xlsx"'},
    )


@router.get("/approvals")
def approvals(request: Request, user: ApiUser, data_set: str, period: str) -> list[dict[str, Any]]:
    return [actions.plain(s) for s in actions.approvals(workspace(request), user, data_set, period)]


@router.post("/approvals/{action}")
def approval_action(
    request: Request,
    user: ApiUser,
    action: Literal["submit", "review", "approve", "return"],
    body: Transition,
) -> dict[str, Any]:
    """上报 (submit), 审核 (review), 审批 (approve) or 退回 (return) a report."""
    moved = actions.move_approval(
        workspace(request), user, action, body.data_set, body.org_unit, body.period, body.comment
    )
    return actions.plain(moved)


@router.get("/tasks")
def tasks(request: Request, user: ApiUser, department: str | None = None) -> list[dict[str, Any]]:
    entries = actions.tasks(workspace(request), user, department)
    return [e.model_dump(mode="json") for e in entries]


@router.get("/warnings")
def warnings(request: Request, user: ApiUser, open_only: bool = True) -> list[dict[str, Any]]:
    found = actions.inbox(workspace(request), user, open_only=open_only)
    return [w.model_dump(mode="json") for w in found]


@router.post("/warnings/{warning_id}/{action}")
def warning_action(
    request: Request,
    user: ApiUser,
    warning_id: int,
    action: Literal["acknowledge", "resolve"],
    body: Note,
) -> dict[str, Any]:
    moved = actions.handle_warning(workspace(request), user, warning_id, action, body.note)
    return moved.model_dump(mode="json")


@router.get("/signals")
def signals(request: Request, user: ApiUser) -> list[dict[str, Any]]:
    return actions.outbreak_signals(workspace(request), user)


@router.post("/signals/{signal_id}/{action}")
def signal_action(
    request: Request,
    user: ApiUser,
    signal_id: int,
    action: Literal["verify", "respond", "close"],
    body: SignalAction,
) -> dict[str, Any]:
    return actions.handle_signal(
        workspace(request), user, signal_id, action, outcome=body.outcome, note=body.note
    )


@router.get("/reports")
def reports(request: Request, user: ApiUser) -> dict[str, list[str]]:
    ws = workspace(request)
    kinds = [name for name, _title in actions.report_kinds()]
    return {"kinds": kinds, "files": actions.written_reports(ws, user)}


@router.post("/reports")
def generate(request: Request, user: ApiUser, body: ReportRequest) -> dict[str, Any]:
    """Write a bulletin in every format; download each from ``/api/reports/{name}``."""
    written = actions.generate_report(
        workspace(request), user, body.kind, body.period, body.org_unit
    )
    return {**actions.plain(written), "files": [p.rsplit("/", 1)[-1] for p in written.files]}


@router.get("/reports/{name}")
def download(request: Request, user: ApiUser, name: str) -> FileResponse:
    path = actions.report_file(workspace(request), user, name)
    return FileResponse(path, filename=path.name)


@router.get("/users")
def users(request: Request, user: ApiUser) -> list[dict[str, Any]]:
    user.require("administer")
    return [
        {
            "name": u.name,
            "role": u.role.value,
            "org_unit": u.org_unit,
            "departments": list(u.departments),
        }
        for u in list_users(workspace(request))
    ]


@router.post("/users")
def new_user(request: Request, user: ApiUser, body: NewUser) -> dict[str, Any]:
    user.require("administer")
    made = add_user(
        actions.as_user(workspace(request), user),
        body.name,
        body.role,
        body.password,
        org_unit=body.org_unit,
        departments=body.departments,
    )
    return {"name": made.name, "role": made.role.value}
