"""The plan review pages: the plans with their targets by review status, and one target
beside its highlighted source sentence to confirm, edit or reject (:mod:`.drafts`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from healthplan.errors import InputError
from healthplan.i18n import language, t
from healthplan.model.plan import Comparator, Nature, ReviewStatus
from healthplan.store import list_orgunits
from healthplan.web import drafts
from healthplan.web.auth import workspace
from healthplan.web.pages import _user, render
from healthplan.web.users import User

router = APIRouter(include_in_schema=False)
_STATUS_WORDS = {
    "draft": "draft",
    "confirmed": "confirmed",
    "deleted": "rejected",
}


def plan_labels() -> dict[str, str]:
    """The words of the plan review pages (templates are not scanned for messages)."""
    return {
        "plans": t("Plan review"),
        "plan": t("Plan"),
        "targets": t("Targets"),
        "draft": t("draft"),
        "confirmed": t("confirmed"),
        "deleted": t("rejected"),
        "source": t("Source sentence"),
        "extracted": t("As extracted"),
        "document": t("Document"),
        "rule": t("Extraction rule"),
        "confidence": t("Link confidence"),
        "open": t("Review"),
        "confirm": t("Confirm"),
        "save": t("Save the edits"),
        "reject": t("Reject"),
        "done": t("Saved: the target is now {status}."),
        "next": t("Next draft"),
        "back": t("Back to the plan"),
        "read_only": t("Your role may read this target but not review it."),
        "indicator_text": t("Indicator as written"),
        "indicator_code": t("Indicator code"),
        "comparator": t("Comparator"),
        "value": t("Target figure"),
        "value_max": t("Upper value"),
        "unit": t("Unit"),
        "deadline": t("Deadline (year)"),
        "baseline_value": t("Baseline"),
        "baseline_year": t("Baseline year"),
        "nature": t("Nature"),
        "scope": t("Applies to (area or population)"),
        "departments": t("Responsible departments (separated by ；)"),
        "no_source": t("No source sentence was stored for this target."),
    }


def _status_word(status: str) -> str:
    return plan_labels()[status] if status in _STATUS_WORDS else status


def _choices() -> dict[str, list[tuple[str, str]]]:
    """The fields chosen from a list: the comparators and the natures (约束性…)."""
    signs = {">=": "≥", "<=": "≤", "increase_by": t("increase by"), "decrease_by": t("decrease by")}
    zh = language() == "zh"
    return {
        "comparator": [(c.value, signs.get(c.value, c.value)) for c in Comparator],
        "nature": [("", "—")] + [(n.value, n.label_zh if zh else n.value) for n in Nature],
    }


def _form_values(target: Any) -> dict[str, str]:
    """The edit form's fields as the review file writes them."""
    values = target.model_dump(mode="json")
    shown = {}
    for name in drafts.FIELDS:
        value = values.get(name)
        if name == "departments":
            value = "；".join(value or [])
        shown[name] = (
            "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
        )
    return shown


@router.get("/plans")
def plans_page(request: Request, plan: int | None = None, status: str = "draft") -> Response:
    user = _user(request)
    ws = workspace(request)
    rows = drafts.drafts(ws, user, plan_id=plan, status=status or None)
    return render(
        request,
        "plans.html",
        user,
        P=plan_labels(),
        plans=drafts.plans(ws, user),
        rows=rows,
        chosen={"plan": plan, "status": status},
        statuses=[(s.value, _status_word(s.value)) for s in ReviewStatus],
        word=_status_word,
    )


def _target_page(
    request: Request,
    user: User,
    draft: drafts.Draft,
    status_code: int = 200,
    values: dict[str, str] | None = None,
    problems: list[str] | None = None,
    done: str = "",
) -> Response:
    ws = workspace(request)
    following = [
        d.target.id
        for d in drafts.drafts(ws, user, plan_id=draft.plan_id)
        if d.target.id != draft.target.id
    ]
    return render(
        request,
        "plan_target.html",
        user,
        status_code,
        P=plan_labels(),
        d=draft,
        fields=list(drafts.FIELDS),
        values=values or _form_values(draft.target),
        choices=_choices(),
        unit_name={u.code: u.name for u in list_orgunits(ws)}.get(draft.org_unit or "", ""),
        problems=problems or [],
        may_review=user.can("approve"),
        done=plan_labels()["done"].format(status=_status_word(done)) if done else "",
        following=following[0] if following else None,
        word=_status_word,
    )


@router.get("/plans/targets/{target_id}")
def target_page(request: Request, target_id: int, done: str = "") -> Response:
    user = _user(request)
    found = drafts.draft(workspace(request), user, target_id)
    return _target_page(request, user, found, done=done if done in _STATUS_WORDS else "")


@router.post("/plans/targets/{target_id}")
async def review_target(request: Request, target_id: int) -> Response:
    form = await request.form()
    submitted = {k: str(v) for k, v in form.items() if isinstance(v, str)}
    user = _user(request, submitted.get("csrf", ""))
    ws = workspace(request)
    action = submitted.get("action", "edit")
    values = {k: v for k, v in submitted.items() if k in drafts.FIELDS}
    try:
        after = drafts.review(ws, user, target_id, action, values)
    except InputError as error:
        current = drafts.draft(ws, user, target_id)
        problems = [str(p) for p in error.problems]
        return _target_page(
            request, user, current, 422, {**_form_values(current.target), **values}, problems
        )
    if after.target.status is ReviewStatus.deleted:
        return RedirectResponse(f"/plans?plan={after.plan_id}", status_code=303)
    return RedirectResponse(
        f"/plans/targets/{target_id}?done={after.target.status.value}", status_code=303
    )
