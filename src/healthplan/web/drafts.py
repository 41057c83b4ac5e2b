"""Reviewing an extracted plan on screen: each target or task beside the sentence it was read
from (the quote highlighted), then confirmed, edited or rejected. The write is the plans stage's
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
from healthplan.model.plan import Plan, ReviewStatus, Target, Task
from healthplan.plans import apply_plan, list_plans, load_plan
from healthplan.store import Workspace
from healthplan.web.actions import as_user
from healthplan.web.users import ForbiddenError, User

# A field of the page and the API → its heading in the plans stage's review file, per sheet
# (目标 for targets, 任务 for tasks). apply_plan refuses a heading it does not know, so a
# renamed one fails loudly here too.
FIELDS: dict[str, dict[str, str]] = {
    "target": {
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
    },
    "task": {
        "title": "标题",
        "lead_department": "牵头单位",
        "departments": "责任单位",
        "due_text": "完成时限",
        "due": "截止日期",
    },
}
SHEETS = {"target": "目标", "task": "任务"}
KINDS = tuple(SHEETS)
# What the page's buttons mean, as the review file's 审核 column writes it.
REVIEW_WORDS = {"confirm": "确认", "reject": "删除", "edit": ""}


@dataclass(frozen=True)
class Draft:
    """A target or task of a plan with where it was read: the sentence split around the
    quote."""

    kind: str  # target | task
    plan_id: int
    plan_title: str
    org_unit: str | None
    record: Target | Task
    before: str
    quote: str
    after: str
    document: str | None
    section: list[str]

    def as_record(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "plan_id": self.plan_id,
            "plan_title": self.plan_title,
            "org_unit": self.org_unit,
            self.kind: self.record.model_dump(mode="json", exclude={"proposal"}),
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
    counts: dict[str, dict[str, int]]  # per kind, of what the user may see, by review status


def _unit(plan: Plan, record: Target | Task) -> str | None:
    own = record.org_unit_code if isinstance(record, Target) else None
    return own or plan.org_unit_code


def _visible(user: User, plan: Plan, record: Target | Task) -> bool:
    return user.sees_unit(_unit(plan, record)) and (
        not user.departments or user.sees_departments(record.departments)
    )


def _records(plan: Plan, kind: str) -> list[Target] | list[Task]:
    return plan.targets if kind == "target" else plan.tasks


def _draft(plan: Plan, record: Target | Task) -> Draft:
    kind = "target" if isinstance(record, Target) else "task"
    source = record.source
    where = (plan.id or 0, plan.title, _unit(plan, record), record)
    if source is None:
        return Draft(kind, *where, "", "", "", None, [])
    sentence = source.sentence or source.quote
    at = sentence.find(source.quote) if source.quote else -1
    if at < 0:  # the sentence does not hold the quote verbatim: show the quote after it
        before, quote, after = sentence + " ", source.quote, ""
    else:
        before, quote = sentence[:at], source.quote
        after = sentence[at + len(source.quote) :]
    return Draft(kind, *where, before, quote, after, source.document, list(source.section_path))


def _plans(ws: Workspace, plan_id: int | None = None) -> list[Plan]:
    """The plans (not deleted) with their targets and tasks."""
    ids = [plan_id] if plan_id is not None else [p.id for p in list_plans(ws) if p.id is not None]
    loaded = [load_plan(ws, i) for i in ids]
    return [p for p in loaded if p.status is not ReviewStatus.deleted]


def plans(ws: Workspace, user: User) -> list[PlanCount]:
    """Every plan with targets or tasks the user may see, with their count by review
    status."""
    user.require("view")
    out = []
    for plan in _plans(ws):
        counts = {
            kind: dict(
                Counter(r.status.value for r in _records(plan, kind) if _visible(user, plan, r))
            )
            for kind in KINDS
        }
        if any(counts.values()):
            out.append(PlanCount(plan.id or 0, plan.title, plan.status.value, counts))
    return out


def drafts(
    ws: Workspace,
    user: User,
    *,
    kind: str = "target",
    plan_id: int | None = None,
    status: str | None = "draft",
) -> list[Draft]:
    """The targets or tasks the user may see (of one plan, of one review status), each with
    its source sentence."""
    user.require("view")
    if status is not None and status not in {s.value for s in ReviewStatus}:
        known = ", ".join(s.value for s in ReviewStatus)
        raise InputError(
            [Problem("status", t("unknown status {v}; known: {known}", v=status, known=known))]
        )
    return [
        _draft(plan, record)
        for plan in _plans(ws, plan_id)
        for record in _records(plan, kind)
        if (status is None or record.status.value == status) and _visible(user, plan, record)
    ]


def draft(ws: Workspace, user: User, kind: str, record_id: int) -> Draft:
    """One target or task with its source sentence, if the user may see it."""
    user.require("view")
    found = next(
        (
            (plan, record)
            for plan in _plans(ws)
            for record in _records(plan, kind)
            if record.id == record_id
        ),
        None,
    )
    if found is None:
        raise NotFoundError(t("no such {kind} {id}", kind=_kind_word(kind), id=record_id))
    if not _visible(user, *found):
        raise ForbiddenError(t("this {kind} is outside your scope", kind=_kind_word(kind)))
    return _draft(*found)


def _kind_word(kind: str) -> str:
    return t("target") if kind == "target" else t("task")


def review(
    ws: Workspace,
    user: User,
    kind: str,
    record_id: int,
    action: str,
    values: dict[str, Any] | None = None,
) -> Draft:
    """Confirm (确认), edit or reject (删除) a target or task, with ``values`` (by
    :data:`FIELDS`) changed first; rejecting changes nothing else. Nothing is stored if a
    value is wrong."""
    if action not in REVIEW_WORDS:
        raise NotFoundError(t("no such action {name}", name=action))
    user.require("approve")
    current = draft(ws, user, kind, record_id)
    fields = FIELDS[kind]
    values = {} if action == "reject" else dict(values or {})
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise InputError(
            [
                Problem(f"{kind} {record_id}", t("unknown field {name}", name=n), field=n)
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
    row: dict[str, Any] = {"编号": record_id, "审核": REVIEW_WORDS[action]}
    row |= {fields[name]: value for name, value in values.items()}
    with tempfile.TemporaryDirectory(prefix="healthplan-review-") as folder:
        path = Path(folder) / f"{kind}-{record_id}.yaml"
        document = {"plan": current.plan_id, SHEETS[kind]: [row]}
        path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
        apply_plan(as_user(ws, user), path)
    plan = load_plan(ws, current.plan_id)
    return _draft(plan, next(r for r in _records(plan, kind) if r.id == record_id))
