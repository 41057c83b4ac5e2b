"""The data entry form page (在线填报), beside the Excel upload: choose a data set, an org
unit and a period, type the values, store them all or see each problem beside its field."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from healthplan.collection import get_data_set
from healthplan.errors import InputError
from healthplan.i18n import t
from healthplan.store import list_orgunits
from healthplan.web import actions
from healthplan.web.auth import workspace
from healthplan.web.entry import EntryResult, enter_values, entry_form
from healthplan.web.pages import _user, render, templates
from healthplan.web.users import User

router = APIRouter(include_in_schema=False)
# the upload page (pages.py) links to the form
templates.env.globals["entry_link"] = lambda: t("Or type the values on screen")
FIELD_PREFIX = "v."  # form fields holding values: v.<data element>[.<category option>]


def entry_labels() -> dict[str, str]:
    return {
        "title": t("Entry form"),
        "intro": t("Type the values of one report; nothing is stored unless all are valid."),
        "open": t("Open the form"),
        "upload": t("Upload a file instead"),
        "form": t("Or type the values on screen"),
        "value": t("Value"),
        "unit": t("Unit"),
        "state": t("Report state"),
        "not_submitted": t("not submitted"),
        "saved": t(
            "Stored: {created} new, {updated} changed, {unchanged} unchanged, {deleted} removed."
        ),
        "failed": t("Nothing was stored. Correct the fields marked below."),
        "empty_removes": t("An emptied field removes its stored value."),
    }


def _choices(request: Request, user: User, data_set: str) -> list[tuple[str, str]]:
    """The units of the user's scope that report ``data_set`` (code, name)."""
    if not data_set:
        return []
    ws = workspace(request)
    level = get_data_set(ws, data_set).org_level
    return [(u.code, u.name) for u in list_orgunits(ws, user.org_unit) if u.level == level]


def _page(
    request: Request,
    user: User,
    chosen: dict[str, str],
    *,
    status_code: int = 200,
    form: object = None,
    saved: EntryResult | None = None,
) -> Response:
    ws = workspace(request)
    return render(
        request,
        "entry.html",
        user,
        status_code,
        E=entry_labels(),
        data_sets=actions.data_sets(ws, user),
        units=_choices(request, user, chosen["data_set"]),
        chosen=chosen,
        form=form,
        saved=saved,
        prefix=FIELD_PREFIX,
    )


@router.get("/entry")
def entry_page(
    request: Request, data_set: str = "", org_unit: str = "", period: str = ""
) -> Response:
    user = _user(request)
    chosen = {"data_set": data_set, "org_unit": org_unit or (user.org_unit or ""), "period": period}
    form = None
    if data_set and org_unit and period:
        form = entry_form(workspace(request), user, data_set, org_unit, period)
    return _page(request, user, chosen, form=form)


@router.post("/entry")
async def entry_store(request: Request) -> Response:
    posted = await request.form()
    fields = {k: str(v) for k, v in posted.items() if isinstance(v, str)}
    return await run_in_threadpool(_store, request, fields)


def _store(request: Request, fields: dict[str, str]) -> Response:
    user = _user(request, fields.get("csrf", ""))
    ws = workspace(request)
    chosen = {k: fields.get(k, "").strip() for k in ("data_set", "org_unit", "period")}
    values = {k[len(FIELD_PREFIX) :]: v for k, v in fields.items() if k.startswith(FIELD_PREFIX)}
    try:
        saved = enter_values(
            ws, user, chosen["data_set"], chosen["org_unit"], chosen["period"], values
        )
    except InputError as error:
        form = entry_form(
            ws,
            user,
            chosen["data_set"],
            chosen["org_unit"],
            chosen["period"],
            typed=values,
            problems=error.problems,
        )
        return _page(request, user, chosen, status_code=422, form=form)
    form = entry_form(ws, user, chosen["data_set"], chosen["org_unit"], chosen["period"])
    return _page(request, user, chosen, form=form, saved=saved)
