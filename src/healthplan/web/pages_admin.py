"""Administration pages (管理): org units, departments, indicators and data sets — a list and
a form to add one or change one (``?code=`` fills the form) — for administrators. Writes go
through :mod:`.admin` (the owning stages' functions, audited)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool

from healthplan.collection import DataSet
from healthplan.errors import InputError, NotFoundError, Problem
from healthplan.i18n import t
from healthplan.model import (
    Aggregation,
    Department,
    DepartmentKind,
    Direction,
    Indicator,
    OrgLevel,
    PeriodType,
)
from healthplan.store import Workspace
from healthplan.web import admin
from healthplan.web.auth import workspace
from healthplan.web.pages import _user, render, templates
from healthplan.web.users import User

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    choices: list[tuple[str, str]] | None = None  # (value, label); None: free text
    listed: bool = True  # a column of the list


@dataclass(frozen=True)
class Kind:
    """One administered kind: its fields, how to list its items as form values, how to
    save one from the posted form."""

    key: str
    title: Callable[[], str]
    fields: Callable[[], list[Field]]
    items: Callable[[Workspace, User], list[dict[str, str]]]
    save: Callable[[Workspace, User, dict[str, str]], object]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value.value if hasattr(value, "value") else value)


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace("，", ",").replace("、", ",").split(",") if p.strip()]


def model_from_form(cls: type[BaseModel], data: dict[str, Any]) -> Any:
    """``cls`` from the form's fields, or :class:`InputError` naming each bad field."""
    try:
        return cls.model_validate(data)
    except ValidationError as error:
        raise InputError(
            [
                Problem(admin.FORM, str(e["msg"]), field=".".join(str(p) for p in e["loc"]))
                for e in error.errors()
            ]
        ) from error


def _orgunit_fields() -> list[Field]:
    return [
        Field("code", t("Code")),
        Field("name", t("Name")),
        Field("level", t("Level"), [(lv.label_zh, lv.label_zh) for lv in OrgLevel]),
        Field("parent_code", t("Parent")),
    ]


def _orgunit_items(ws: Workspace, user: User) -> list[dict[str, str]]:
    return [
        {
            "code": u.code,
            "name": u.name,
            "level": u.level.label_zh,
            "parent_code": u.parent_code or "",
        }
        for u in admin.orgunits(ws, user)
    ]


def _orgunit_save(ws: Workspace, user: User, form: dict[str, str]) -> object:
    return admin.save_orgunit(
        ws,
        user,
        form.get("code", ""),
        form.get("name", ""),
        form.get("level", ""),
        form.get("parent_code"),
    )


def _department_fields() -> list[Field]:
    return [
        Field("code", t("Code")),
        Field("name", t("Name")),
        Field("aliases", t("Aliases")),
        Field("kind", t("Kind"), [(k.value, t(k.value)) for k in DepartmentKind]),
        Field("org_unit_code", t("Org unit")),
        Field("parent_code", t("Parent")),
    ]


def _department_items(ws: Workspace, user: User) -> list[dict[str, str]]:
    return [
        {f.name: _text(getattr(d, f.name)) for f in _department_fields()}
        for d in admin.departments(ws, user)
    ]


def _department_save(ws: Workspace, user: User, form: dict[str, str]) -> object:
    data: dict[str, Any] = {
        k: form.get(k, "").strip() or None
        for k in ("code", "name", "kind", "org_unit_code", "parent_code")
    }
    data["aliases"] = _split(form.get("aliases", ""))
    data = {k: v for k, v in data.items() if v is not None}
    return admin.save_department(ws, user, model_from_form(Department, data))


_INDICATOR = (
    "code",
    "name",
    "numerator",
    "denominator",
    "multiplier",
    "unit",
    "direction",
    "aggregation",
    "period_type",
)


def _indicator_fields() -> list[Field]:
    return [
        Field("code", t("Code")),
        Field("name", t("Name")),
        Field("numerator", t("Numerator")),
        Field("denominator", t("Denominator")),
        Field("multiplier", t("Multiplier")),
        Field("unit", t("Unit")),
        Field(
            "direction",
            t("Direction"),
            [
                (Direction.higher_is_better.value, t("higher is better")),
                (Direction.lower_is_better.value, t("lower is better")),
            ],
        ),
        Field("aggregation", t("Aggregation"), [(a.value, a.value) for a in Aggregation]),
        Field("period_type", t("Period type"), [(p.value, t(p.value)) for p in PeriodType]),
    ]


def _indicator_items(ws: Workspace, user: User) -> list[dict[str, str]]:
    return [{k: _text(getattr(i, k)) for k in _INDICATOR} for i in admin.indicators(ws, user)]


def _indicator_save(ws: Workspace, user: User, form: dict[str, str]) -> object:
    data = {k: form.get(k, "").strip() for k in _INDICATOR}
    data = {k: v for k, v in data.items() if v}
    return admin.save_indicator(ws, user, model_from_form(Indicator, data))


_DATA_SET = ("code", "name", "period_type", "org_level", "elements", "department_code", "due_days")


def _data_set_fields() -> list[Field]:
    return [
        Field("code", t("Code")),
        Field("name", t("Name")),
        Field("period_type", t("Period type"), [(p.value, t(p.value)) for p in PeriodType]),
        Field("org_level", t("Level"), [(str(int(lv)), lv.label_zh) for lv in OrgLevel]),
        Field("elements", t("Data elements")),
        Field("department_code", t("Department")),
        Field("due_days", t("Days to report")),
    ]


def _data_set_items(ws: Workspace, user: User) -> list[dict[str, str]]:
    return [
        {k: str(int(d.org_level)) if k == "org_level" else _text(getattr(d, k)) for k in _DATA_SET}
        for d in admin.data_sets(ws, user)
    ]


def _data_set_save(ws: Workspace, user: User, form: dict[str, str]) -> object:
    data: dict[str, Any] = {k: form.get(k, "").strip() for k in _DATA_SET}
    data["elements"] = _split(data["elements"])
    data = {k: v for k, v in data.items() if v or k == "elements"}
    return admin.save_dataset(ws, user, model_from_form(DataSet, data))


KINDS = {
    k.key: k
    for k in (
        Kind("orgunits", lambda: t("Org units"), _orgunit_fields, _orgunit_items, _orgunit_save),
        Kind(
            "departments",
            lambda: t("Departments"),
            _department_fields,
            _department_items,
            _department_save,
        ),
        Kind(
            "indicators",
            lambda: t("Indicators"),
            _indicator_fields,
            _indicator_items,
            _indicator_save,
        ),
        Kind("datasets", lambda: t("Data sets"), _data_set_fields, _data_set_items, _data_set_save),
    )
}


def admin_tabs() -> list[tuple[str, str]]:
    """(path, title) of every administration page, users first."""
    return [("/admin", t("Users"))] + [(f"/admin/{k.key}", k.title()) for k in KINDS.values()]


def _page(
    request: Request,
    user: User,
    kind: Kind,
    values: dict[str, str],
    *,
    status_code: int = 200,
    problems: list[Problem] | None = None,
    saved: str = "",
) -> Response:
    fields = kind.fields()
    errors: dict[str, list[str]] = {}
    general = []
    for p in problems or []:
        if p.field in {f.name for f in fields}:
            errors.setdefault(p.field or "", []).append(p.message)
        else:
            general.append(str(p))
    return render(
        request,
        "admin_items.html",
        user,
        status_code,
        kind=kind.key,
        title=kind.title(),
        fields=fields,
        items=kind.items(workspace(request), user),
        values=values,
        errors={k: "；".join(v) for k, v in errors.items()},
        general=general,
        saved=saved,
        A={"add": t("Add or change"), "edit": t("Edit"), "saved": t("Saved: {code}", code=saved)},
    )


# the users page (pages.py) shows the same tabs
templates.env.globals["admin_tabs"] = admin_tabs


@router.get("/admin/{kind}")
def admin_items(request: Request, kind: str, code: str = "", saved: str = "") -> Response:
    user = _user(request)
    user.require("administer")
    found = _kind(kind)
    items = found.items(workspace(request), user)
    values = next((i for i in items if i["code"] == code), {}) if code else {}
    return _page(request, user, found, values, saved=code if saved and values else "")


@router.post("/admin/{kind}")
async def admin_save(request: Request, kind: str) -> Response:
    posted = await request.form()
    form = {k: str(v) for k, v in posted.items() if isinstance(v, str)}
    return await run_in_threadpool(_save, request, kind, form)


def _save(request: Request, kind: str, form: dict[str, str]) -> Response:
    user = _user(request, form.get("csrf", ""))
    user.require("administer")
    found = _kind(kind)
    try:
        found.save(workspace(request), user, form)
    except InputError as error:
        values = {f.name: form.get(f.name, "") for f in found.fields()}
        return _page(request, user, found, values, status_code=422, problems=error.problems)
    return RedirectResponse(
        f"/admin/{kind}?code={form.get('code', '').strip()}&saved=1", status_code=303
    )


def _kind(key: str) -> Kind:
    if key not in KINDS:
        raise NotFoundError(t("no such page {name}", name=key))
    return KINDS[key]
