"""Reviewing an extracted plan on screen: each target beside the sentence it was read from
(the quote highlighted), then confirmed, edited or rejected. The write is the plans stage's
own :func:`~healthplan.plans.apply_plan` on a one-row reviewed file, exactly what a person
reviewing the exported workbook sends, so its checks (file, row, field), its audit trail and
its settling of the plan (no draft left: the plan of record) are the same as on the CLI."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from healthplan.errors import InputError, NotFoundError, Problem
from healthplan.i18n import t
from healthplan.model.plan import Plan, ReviewStatus, Target
from healthplan.plans import active_targets, apply_plan, list_plans, load_plan
from healthplan.store import Workspace
from healthplan.web.actions import as_user
from healthplan.web.users import ForbiddenError, User

# A field of the page and the API → its heading in the plans stage's review file (sheet 目标).
# apply_plan refuses a heading it does not know, so a renamed one fails loudly here too.
FIELDS: dict[str, str] = {
    "indicator_text": "指标",
    "indicator_code": "指标编码",
    "comparator": "比较符",
    "value": "目标值",
    "value_max": "上限值",
    "unit": "单位",
    "deadline": "期限",
    "baseline_value": "基线值",
    "baseline_year": "基线年份",
    "nature": "性质",
    "scope": "范围",
    "departments": "责任单位",
}
TARGET_SHEET = "目标"
# What the page's buttons mean, as the review file's 审核 column writes it.
REVIEW_WORDS = {"confirm": "确认", "reject": "删除", "edit": ""}


@dataclass(frozen=True)
class Draft:
    """A target of a plan with where it was read: the sentence split around the quote."""

    plan_id: int
    plan_title: str
    org_unit: str | None
    target: Target
    before: str
    quote: str
    after: str
    document: str | None
    section: list[str]

    def as_record(self) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id,
            "plan_title": self.plan_title,
            "org_unit": self.org_unit,
            "target": self.target.model_dump(mode="json", exclude={"proposal"}),
            "source": {
                "document": self.document,
                "section": self.section,
                "before": self.before,
                "quote": self.quote,
                "after": self.after,
            },
        }


@dataclass(frozen=True)
class PlanCount:
    plan_id: int
    title: str
    status: str
    counts: dict[str, int]  # of the targets the user may see, by review status


def _unit(plan: Plan, target: Target) -> str | None:
    return target.org_unit_code or plan.org_unit_code


def _visible(user: User, plan: Plan, target: Target) -> bool:
    return user.sees_unit(_unit(plan, target)) and (
        not user.departments or user.sees_departments(target.departments)
    )


def _draft(plan: Plan, target: Target) -> Draft:
    source = target.source
    if source is None:
        return Draft(plan.id or 0, plan.title, _unit(plan, target), target, "", "", "", None, [])
    sentence = source.sentence or source.quote
    at = sentence.find(source.quote) if source.quote else -1
    if at < 0:  # the sentence does not hold the quote verbatim: show the quote after it
        before, quote, after = sentence + " ", source.quote, ""
    else:
        before, quote = sentence[:at], source.quote
        after = sentence[at + len(source.quote) :]
    return Draft(
        plan.id or 0,
        plan.title,
        _unit(plan, target),
        target,
        before,
        quote,
        after,
        source.document,
        list(source.section_path),
    )


def plans(ws: Workspace, user: User) -> list[PlanCount]:
    """Every plan with targets the user may see, with their count by review status."""
    user.require("view")
    out = []
    for plan in list_plans(ws):
        if plan.status is ReviewStatus.deleted or plan.id is None:
            continue
        loaded = load_plan(ws, plan.id)
        seen = [tg for tg in loaded.targets if _visible(user, loaded, tg)]
        if seen:
            counts = Counter(tg.status.value for tg in seen)
            out.append(PlanCount(plan.id, plan.title, plan.status.value, dict(counts)))
    return out


def drafts(
    ws: Workspace, user: User, *, plan_id: int | None = None, status: str | None = "draft"
) -> list[Draft]:
    """The targets the user may see (of one plan, of one review status), each with its
    source sentence."""
    user.require("view")
    if status is not None and status not in {s.value for s in ReviewStatus}:
        known = ", ".join(s.value for s in ReviewStatus)
        raise InputError(
            [Problem("status", t("unknown status {v}; known: {known}", v=status, known=known))]
        )
    chosen = [load_plan(ws, plan_id)] if plan_id is not None else None
    if chosen is None:
        chosen = [load_plan(ws, p.id) for p in list_plans(ws) if p.id is not None]
    return [
        _draft(plan, target)
        for plan in chosen
        if plan.status is not ReviewStatus.deleted
        for target in plan.targets
        if (status is None or target.status.value == status) and _visible(user, plan, target)
    ]


def draft(ws: Workspace, user: User, target_id: int) -> Draft:
    """One target (not deleted) with its source sentence, if the user may see it."""
    user.require("view")
    found = next(((p, tg) for p, tg in active_targets(ws) if tg.id == target_id), None)
    if found is None:
        raise NotFoundError(t("no such target {id}", id=target_id))
    plan, target = found
    if not _visible(user, plan, target):
        raise ForbiddenError(t("this target is outside your scope"))
    return _draft(plan, target)


def review(
    ws: Workspace, user: User, target_id: int, action: str, values: dict[str, Any] | None = None
) -> Draft:
    """Confirm (确认), edit or reject (删除) a target, with ``values`` (by :data:`FIELDS`)
    changed first; rejecting changes nothing else. Nothing is stored if a value is wrong."""
    if action not in REVIEW_WORDS:
        raise NotFoundError(t("no such action {name}", name=action))
    user.require("approve")
    current = draft(ws, user, target_id)
    values = {} if action == "reject" else dict(values or {})
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise InputError(
            [
                Problem(f"target {target_id}", t("unknown field {name}", name=n), field=n)
                for n in unknown
            ]
        )
    departments = values.get("departments")
    if isinstance(departments, list | tuple):
        values["departments"] = "；".join(str(d) for d in departments)
    if user.departments and departments is not None:
        named = [d.strip() for d in str(values["departments"]).replace(";", "；").split("；")]
        if not user.sees_departments([d for d in named if d]):
            raise ForbiddenError(t("this department is outside your scope"))
    row: dict[str, Any] = {"编号": target_id, "审核": REVIEW_WORDS[action]}
    row |= {FIELDS[name]: value for name, value in values.items()}
    with tempfile.TemporaryDirectory(prefix="healthplan-review-") as folder:
        path = Path(folder) / f"target-{target_id}.yaml"
        document = {"plan": current.plan_id, TARGET_SHEET: [row]}
        path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
        apply_plan(as_user(ws, user), path)
    plan = load_plan(ws, current.plan_id)
    return _draft(plan, next(tg for tg in plan.targets if tg.id == target_id))
