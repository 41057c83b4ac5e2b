"""The plan review pages: the plans with their targets and tasks by review status, and one
of them beside its highlighted source sentence to confirm, edit or reject (:mod:`.drafts`)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
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
Kinds = Literal["targets", "tasks"]  # in the address; a kind of drafts.KINDS each
_STATUS_WORDS = ("draft", "confirmed", "deleted")
PAGE = 50  # rows of the list at a time


def plan_labels() -> dict[str, str]:
    """The words of the plan review pages (templates are not scanned for messages)."""
    return {
        "plans": t("Plan review"),
        "plan": t("Plan"),
        "target": t("Targets"),
        "task": t("Tasks"),
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
        "done": t("Saved: it is now {status}."),
        "next": t("Next draft"),
        "read_only": t("Your role may read this but not review it."),
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
        "rejected": t("Phrases not taken for departments: "),
        "title": t("Title"),
        "lead_department": t("Lead department"),
        "due_text": t("Deadline as written"),
        "due": t("Due date (YYYY-MM-DD)"),
        "no_source": t("No source sentence was stored."),
        "shown": t("{first}–{last} of {total}"),
        "previous": t("Previous page"),
        "following": t("Next page"),
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


def _form_values(draft: drafts.Draft) -> dict[str, str]:
    """The edit form's fields as the review file writes them."""
    values = draft.record.model_dump(mode="json")
    shown = {}
    for name in drafts.FIELDS[draft.kind]:
        value = values.get(name)
        if name == "departments":
            value = "；".join(value or [])
        shown[name] = (
            "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
        )
    return shown


@router.get("/plans")
def plans_page(
    request: Request,
    plan: int | None = None,
    status: str = "draft",
    kind: Literal["target", "task"] = "target",
    page: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    user = _user(request)
    ws = workspace(request)
    rows = drafts.drafts(ws, user, kind=kind, plan_id=plan, status=status or None)
    first = (page - 1) * PAGE
    return render(
        request,
        "plans.html",
        user,
        P=plan_labels(),
        plans=drafts.plans(ws, user),
        rows=rows[first : first + PAGE],
        shown=(first + 1, min(first + PAGE, len(rows)), len(rows)),
        page=page,
        pages=max(1, -(-len(rows) // PAGE)),
        kind=kind,
        chosen={"plan": plan, "status": status},
        statuses=[(s.value, _status_word(s.value)) for s in ReviewStatus],
        word=_status_word,
    )


def _review_page(
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
        d.record.id
        for d in drafts.drafts(ws, user, kind=draft.kind, plan_id=draft.plan_id)
        if d.record.id != draft.record.id
    ]
    return render(
        request,
        "plan_target.html",
        user,
        status_code,
        P=plan_labels(),
        d=draft,
        fields=list(drafts.FIELDS[draft.kind]),
        values=values or _form_values(draft),
        choices=_choices(),
        unit_name={u.code: u.name for u in list_orgunits(ws)}.get(draft.org_unit or "", ""),
        problems=problems or [],
        may_review=user.can("approve"),
        done=plan_labels()["done"].format(status=_status_word(done)) if done else "",
        following=following[0] if following else None,
        word=_status_word,
    )


@router.get("/plans/{kinds}/{record_id}")
def review_page(request: Request, kinds: Kinds, record_id: int, done: str = "") -> Response:
    user = _user(request)
    found = drafts.draft(workspace(request), user, kinds[:-1], record_id)
    return _review_page(request, user, found, done=done if done in _STATUS_WORDS else "")


@router.post("/plans/{kinds}/{record_id}")
async def review(request: Request, kinds: Kinds, record_id: int) -> Response:
    form = await request.form()
    submitted = {k: str(v) for k, v in form.items() if isinstance(v, str)}
    user = _user(request, submitted.get("csrf", ""))
    ws = workspace(request)
    kind = kinds[:-1]
    action = submitted.get("action", "edit")
    values = {k: v for k, v in submitted.items() if k in drafts.FIELDS[kind]}
    try:
        after = drafts.review(ws, user, kind, record_id, action, values)
    except InputError as error:
        current = drafts.draft(ws, user, kind, record_id)
        problems = [str(p) for p in error.problems]
        shown = {**_form_values(current), **values}
        return _review_page(request, user, current, 422, shown, problems)
    if after.record.status is ReviewStatus.deleted:
        return RedirectResponse(f"/plans?plan={after.plan_id}&kind={kind}", status_code=303)
    return RedirectResponse(
        f"/plans/{kinds}/{record_id}?done={after.record.status.value}", status_code=303
    )
