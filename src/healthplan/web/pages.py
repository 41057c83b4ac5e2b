"""The server-rendered pages (Jinja2; htmx boosts links and forms so a page changes without
a full reload). Each page calls :mod:`.actions`, the same functions as the API."""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from healthplan.analytics import Status
from healthplan.i18n import language, t
from healthplan.web import actions
from healthplan.web.auth import LoginRequired, find_user, session_of, workspace
from healthplan.web.labels import labels, role_label
from healthplan.web.security import SESSION_COOKIE, SESSION_SECONDS
from healthplan.web.users import (
    LoginError,
    Role,
    User,
    add_user,
    authenticate,
    close_session,
    list_users,
    open_session,
)

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
LOGIN_COOKIE = "hp_login"
_NAV = ("home", "ledger", "plans", "upload", "approvals", "tasks", "warnings", "signals", "reports")


def _user(request: Request, csrf: str | None = None) -> User:
    user = find_user(request, csrf)
    if user is None:
        raise LoginRequired
    return user


def render(
    request: Request, name: str, user: User | None, status_code: int = 200, **context: Any
) -> HTMLResponse:
    session = session_of(request)
    nav = [k for k in _NAV] + (["admin"] if user is not None and user.can("administer") else [])
    return templates.TemplateResponse(
        request,
        name,
        {
            "L": labels(),
            "lang": language(),
            "user": user,
            "role": role_label(user.role) if user else "",
            "csrf": session["c"] if session else "",
            "nav": nav,
            **context,
        },
        status_code=status_code,
    )


def error_page(request: Request, status: int, message: str, problems: list[str]) -> Response:
    session = session_of(request)
    user = find_user(request) if session and request.method == "GET" else None
    return render(request, "error.html", user, status, message=message, problems=problems)


def _back(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


@router.get("/login")
def login_page(request: Request) -> Response:
    nonce = secrets.token_urlsafe(24)
    response = render(request, "login.html", None, login_csrf=nonce, failed=None)
    response.set_cookie(LOGIN_COOKIE, nonce, secure=True, httponly=True, samesite="strict")
    return response


@router.post("/login")
def login(
    request: Request,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    csrf: Annotated[str, Form()] = "",
) -> Response:
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not secrets.compare_digest(expected, csrf):
        return render(
            request,
            "login.html",
            None,
            403,
            login_csrf="",
            failed=t("the form is out of date (CSRF check failed); reload the page"),
        )
    client = request.client.host if request.client else "?"
    if not request.app.state.login_limit.allow(client):
        return render(
            request,
            "login.html",
            None,
            429,
            login_csrf=expected,
            failed=t("too many log-in attempts; wait a minute"),
        )
    try:
        user = authenticate(workspace(request), name, password)
    except LoginError as error:
        return render(request, "login.html", None, 401, login_csrf=expected, failed=str(error))
    response = _back("/")
    response.set_cookie(
        SESSION_COOKIE,
        request.app.state.sessions.issue(
            open_session(workspace(request), user, timedelta(seconds=SESSION_SECONDS))
        ),
        max_age=SESSION_SECONDS,
        secure=True,
        httponly=True,
        samesite="strict",
    )
    response.delete_cookie(LOGIN_COOKIE)
    return response


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    _user(request, csrf)
    session = session_of(request)
    if session is not None:
        close_session(workspace(request), str(session["s"]))
    response = _back("/login")
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/")
def home(request: Request) -> Response:
    user = _user(request)
    ws = workspace(request)
    rows = actions.assessment(ws, user)
    counts = actions.status_counts(rows)
    chart = {
        "status": [{"name": Status(k).label, "value": v} for k, v in sorted(counts.items())],
        "trend": actions.trend(ws, user),
    }
    return render(
        request,
        "home.html",
        user,
        counts=[(Status(k).label, k, v) for k, v in sorted(counts.items())],
        total=len(rows),
        warnings=actions.inbox(ws, user)[:10],
        chart=chart,
    )


@router.get("/ledger")
def ledger(
    request: Request, status: str = "", department: str = "", org_unit: str = ""
) -> Response:
    user = _user(request)
    rows = actions.assessment(
        workspace(request),
        user,
        status=status or None,
        department=department or None,
        org_unit=org_unit or None,
    )
    return render(
        request,
        "ledger.html",
        user,
        rows=rows,
        statuses=[(s.value, s.label) for s in Status],
        chosen={"status": status, "department": department, "org_unit": org_unit},
    )


@router.get("/upload")
def upload_page(request: Request) -> Response:
    user = _user(request)
    sets = actions.data_sets(workspace(request), user)
    return render(request, "upload.html", user, result=None, data_sets=sets)


@router.get("/upload/template")
def template(request: Request, data_set: str, org_unit: str, period: str) -> Response:
    content = actions.template(workspace(request), _user(request), data_set, org_unit, period)
    name = f"{data_set}-{org_unit}-{period}.xlsx"
    return Response(
        content,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("/upload")
def upload(
    request: Request,
    file: Annotated[UploadFile, File()],
    action: Annotated[str, Form()] = "check",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    user = _user(request, csrf)
    result = actions.upload(
        workspace(request),
        user,
        file.filename or "upload.xlsx",
        file.file.read(),
        store=action == "store",
    )
    code = 422 if result.problems else 200
    sets = actions.data_sets(workspace(request), user)
    return render(request, "upload.html", user, code, result=result, data_sets=sets)


@router.get("/approvals")
def approvals_page(request: Request, data_set: str = "", period: str = "") -> Response:
    user = _user(request)
    ws = workspace(request)
    found = actions.approvals(ws, user, data_set, period) if data_set and period else []
    return render(
        request,
        "approvals.html",
        user,
        data_sets=actions.data_sets(ws, user),
        data_set=data_set,
        period=period,
        rows=found,
    )


@router.post("/approvals/{action}")
def approval_action(
    request: Request,
    action: str,
    data_set: Annotated[str, Form(max_length=64)],
    org_unit: Annotated[str, Form(max_length=32)],
    period: Annotated[str, Form(max_length=32)],
    comment: Annotated[str, Form(max_length=2000)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    user = _user(request, csrf)
    actions.move_approval(
        workspace(request), user, action, data_set, org_unit, period, comment or None
    )
    return _back(f"/approvals?data_set={data_set}&period={period}")


@router.get("/warnings")
def warnings_page(request: Request) -> Response:
    user = _user(request)
    return render(request, "warnings.html", user, rows=actions.inbox(workspace(request), user))


@router.post("/warnings/{warning_id}/{action}")
def warning_action(
    request: Request,
    warning_id: int,
    action: str,
    note: Annotated[str, Form(max_length=2000)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    user = _user(request, csrf)
    actions.handle_warning(workspace(request), user, warning_id, action, note or None)
    return _back("/warnings")


@router.get("/signals")
def signals_page(request: Request) -> Response:
    user = _user(request)
    return render(
        request, "signals.html", user, rows=actions.outbreak_signals(workspace(request), user)
    )


@router.post("/signals/{signal_id}/{action}")
def signal_action(
    request: Request,
    signal_id: int,
    action: str,
    outcome: Annotated[str, Form()] = "confirmed",
    note: Annotated[str, Form(max_length=2000)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    user = _user(request, csrf)
    actions.handle_signal(
        workspace(request), user, signal_id, action, outcome=outcome, note=note or None
    )
    return _back("/signals")


@router.get("/reports")
def reports_page(request: Request) -> Response:
    user = _user(request)
    ws = workspace(request)
    return render(
        request,
        "reports.html",
        user,
        kinds=actions.report_kinds(),
        files=actions.written_reports(ws, user),
    )


@router.post("/reports")
def generate(
    request: Request,
    kind: Annotated[str, Form(max_length=32)],
    period: Annotated[str, Form(max_length=32)],
    org_unit: Annotated[str, Form(max_length=32)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    user = _user(request, csrf)
    actions.generate_report(workspace(request), user, kind, period, org_unit or None)
    return _back("/reports")


@router.get("/reports/{name}")
def download(request: Request, name: str) -> Response:
    path = actions.report_file(workspace(request), _user(request), name)
    return FileResponse(path, filename=path.name)


@router.get("/admin")
def admin_page(request: Request) -> Response:
    user = _user(request)
    user.require("administer")
    found = [(u, role_label(u.role)) for u in list_users(workspace(request))]
    roles = [(r.value, role_label(r)) for r in Role]
    return render(request, "admin.html", user, users=found, roles=roles)


@router.post("/admin/users")
def admin_add(
    request: Request,
    name: Annotated[str, Form(max_length=100)],
    role: Annotated[str, Form(max_length=32)],
    password: Annotated[str, Form(max_length=1000)],
    org_unit: Annotated[str, Form(max_length=32)] = "",
    departments: Annotated[str, Form(max_length=1000)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    user = _user(request, csrf)
    user.require("administer")
    add_user(
        actions.as_user(workspace(request), user),
        name,
        role,
        password,
        org_unit=org_unit or None,
        departments=[d.strip() for d in departments.split(",") if d.strip()],
    )
    return _back("/admin")
