"""The plan of record in the workspace: import extracted plans as drafts, re-import changed
documents as a proposed diff (never duplicates).

A target's identity across imports is its ``key``: document, indicator wording and the
occurrence of that wording in the document. A re-import compares what it reads with what is
stored under each key: new keys are ``added``, keys no longer read are ``removed`` (kept, for a
person to delete), and different values are ``changed`` — applied at once to a draft, kept as a
``proposal`` beside a target a person has already confirmed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthplan.collection import save_indicators
from healthplan.errors import NotFoundError
from healthplan.extraction import Extraction, compact, department_key, extract, plan_years
from healthplan.i18n import t
from healthplan.model.catalog import standard_indicators
from healthplan.model.indicator import Aggregation, Indicator
from healthplan.model.period import Period
from healthplan.model.plan import Plan, PlanKind, ReviewStatus, Target, Task
from healthplan.plans.reasons import write_reason
from healthplan.store import Workspace, list_departments, list_orgunits
from healthplan.store.tables_plans import PlanRow, TargetRow, TaskRow

__all__ = [
    "PlanImportSummary",
    "import_plan",
    "save_plan",
    "store_extractions",
]

# The fields a re-import compares; a difference in any of them is a change.
TARGET_FIELDS = (
    "indicator_text", "comparator", "value", "value_max", "unit", "deadline",
    "baseline_value", "baseline_year", "nature", "scope", "departments",
)  # fmt: skip
TASK_FIELDS = ("title", "lead_department", "departments", "due", "due_text")


@dataclass
class PlanImportSummary:
    """What an import did, per kind of record."""

    plan_id: int
    plan_title: str
    targets: Counter[str] = field(default_factory=Counter)  # added/changed/removed/unchanged
    tasks: Counter[str] = field(default_factory=Counter)
    linked: int = 0
    changes: list[tuple[str, str]] = field(default_factory=list)  # re-import diff: (what, row)
    proposed_indicators: int = 0  # targets left unlinked: a custom indicator is proposed


def _keys(document: str, names: Iterable[str]) -> list[str]:
    seen: Counter[str] = Counter()
    keys = []
    for name in names:
        base = f"{document}|{compact(name)[:300]}"
        seen[base] += 1
        keys.append(f"{base}|{seen[base]}")
    return keys


def _plan_facts(extractions: list[Extraction]) -> tuple[str, PlanKind, str, str | None]:
    """Title, kind, period and document number of a new plan: the years every document's
    metadata names (an annual plan's year, a period's bounds), else its targets' deadlines."""
    first = extractions[0].source.documents[0].metadata
    title = first.title or Path(extractions[0].source.name).stem
    years: set[int] = set()
    annual = True
    for extraction in extractions:
        for document in extraction.source.documents:
            start, end = plan_years(document)
            if start and end:
                years.update((start, end))
                annual = annual and start == end
    if not years:
        years = {t.deadline for e in extractions for t in e.targets if t.deadline}
    if not years:
        years = {date.today().year}
    low, high = min(years), max(years)
    if low == high:
        kind = PlanKind.annual if annual else PlanKind.work_plan
        return title, kind, str(low), first.doc_number
    kind = PlanKind.five_year if high - low == 4 else PlanKind.work_plan
    return title, kind, Period.parse(f"{low}-{high}").id, first.doc_number


def proposed_indicators(names: dict[str, str]) -> list[Indicator]:
    """The indicators targets link to (code → the target's wording): the catalog's, or a
    custom one named after the wording, for a person to confirm or replace."""
    catalog = {i.code: i for i in standard_indicators()}
    return [
        catalog.get(code)
        or Indicator(
            code=code,
            name=name[:200],
            aggregation=Aggregation.none,
            custom=True,
            source="proposed from a plan document",
        )
        for code, name in names.items()
    ]


def _target_values(target: Target) -> dict[str, Any]:
    values = {name: getattr(target, name) for name in TARGET_FIELDS}
    values["comparator"] = target.comparator.value
    values["nature"] = target.nature.value if target.nature else None
    return values


def _task_values(task: Task) -> dict[str, Any]:
    values = {name: getattr(task, name) for name in TASK_FIELDS}
    values["due"] = task.due.isoformat() if task.due else None
    return values


def _sync(
    session: Session,
    rows: dict[str, Any],
    fresh: dict[str, dict[str, Any]],
    make: Any,
    counts: Counter[str],
    reimport: bool,
    changes: list[tuple[str, str]],
) -> dict[str, Any]:
    """Insert, update or flag rows so that ``rows`` reflects ``fresh`` (key → values).

    A re-import compares with what the previous import read (``source["extracted"]``), not
    with the row, so a person's edits are never taken for a change in the document."""
    for key, values in fresh.items():
        row = rows.get(key)
        if row is None:
            row = make(key, values)
            row.change = "added" if reimport else None
            row.source = {**(row.source or {}), "extracted": values}
            session.add(row)
            rows[key] = row
            counts["added"] += 1
            if reimport:
                changes.append(("added", _label(values)))
            continue
        before = (row.source or {}).get("extracted")
        if before == values or _read_alike(before, values):
            counts["unchanged"] += 1
            if row.change == "removed":
                row.change = None
            continue
        counts["changed"] += 1
        changes.append(("changed", _label(values)))
        row.change = "changed"
        untouched = before is not None and all(_stored(row, n) == before.get(n) for n in values)
        if row.status == ReviewStatus.draft.value and untouched:
            for name, value in values.items():
                _store(row, name, value)
        else:
            row.proposal = values
        row.source = {**(row.source or {}), "extracted": values}
    for key, row in rows.items():
        if key not in fresh and row.change != "removed":
            row.change = "removed"
            counts["removed"] += 1
            changes.append(("removed", _label({n: getattr(row, n, None) for n in _LABELS})))
    return rows


_LABELS = ("indicator_text", "title", "value", "unit")


def _label(values: dict[str, Any]) -> str:
    """A short description of a target or task for the diff a re-import prints."""
    if values.get("indicator_text"):
        value = values.get("value")
        shown = f"{value:g}" if isinstance(value, float) else value
        return f"{values['indicator_text']} {shown}{values.get('unit') or ''}"
    return str(values.get("title") or "")[:40]


def _read_alike(before: dict[str, Any] | None, values: dict[str, Any]) -> bool:
    """The same reading of the document, departments named under another of their names
    (县卫健局 then, 县卫生健康局 once the department register knows it)."""
    if before is None or before.keys() != values.keys():
        return False

    def keyed(reading: dict[str, Any]) -> dict[str, Any]:
        names = reading.get("departments") or []
        lead = reading.get("lead_department")
        return {
            **reading,
            "departments": [department_key(n) for n in names],
            "lead_department": department_key(lead) if lead else lead,
        }

    return keyed(before) == keyed(values)


def _stored(row: Any, name: str) -> Any:
    value = getattr(row, name)
    return value.isoformat() if isinstance(value, date) else value


def _store(row: Any, name: str, value: Any) -> None:
    if name == "due" and isinstance(value, str):
        value = date.fromisoformat(value)
    if getattr(row, name) != value:
        setattr(row, name, value)


def store_extractions(
    ws: Workspace,
    extractions: list[Extraction],
    *,
    plan_id: int | None = None,
    title: str | None = None,
    org_unit_code: str | None = None,
) -> PlanImportSummary:
    """Store extracted documents as (part of) a draft plan, in one transaction."""
    with ws.session() as session:
        plan = _find_plan(session, plan_id, title, extractions)
        if plan is None:
            plan_title, kind, period, doc_number = _plan_facts(extractions)
            if org_unit_code and not list_orgunits(ws, under=org_unit_code):
                raise NotFoundError(t("unknown org unit {code}", code=org_unit_code))
            plan = PlanRow(
                title=title or plan_title[:300],  # a title typed is checked, never cut
                kind=kind.value,
                period=period,
                org_unit_code=org_unit_code,
                issuer=extractions[0].source.documents[0].metadata.issuer,
                doc_number=doc_number,
                documents=[],
                status=ReviewStatus.draft.value,
            )
            session.add(plan)
            session.flush()
        elif title and plan_id is not None and plan.title != title:
            plan.title = title  # --plan with --title: a person renames the plan
        summary = PlanImportSummary(plan_id=plan.id, plan_title=plan.title)
        known_docs = list(plan.documents or [])
        codes: dict[str, str] = {}
        for extraction in extractions:
            for target in extraction.targets:
                if target.indicator_code is None:
                    summary.proposed_indicators += 1  # shown in the export, for a person
                else:
                    summary.linked += 1
                    codes.setdefault(target.indicator_code, target.indicator_text)
        save_indicators(ws, proposed_indicators(codes), proposed=True)
        for extraction in extractions:
            _store_document(
                session, plan, extraction, summary, extraction.source.name in known_docs
            )
            if extraction.source.name not in known_docs:
                known_docs.append(extraction.source.name)
        if plan.documents != known_docs:
            plan.documents = known_docs
    return summary


def _find_plan(
    session: Session, plan_id: int | None, title: str | None, extractions: list[Extraction]
) -> PlanRow | None:
    """The plan these documents update: the one ``plan_id`` names; else the one with their
    document number (文号), or with their title (``title``, else the one they state) and
    issuing body; else the one that holds a document of the same name that reads mostly the
    same (a new version of it). A file name alone never makes two plans one."""
    if plan_id is not None:
        plan = session.get(PlanRow, plan_id) if abs(plan_id) < 2**31 else None  # an id typed
        if plan is None:
            raise NotFoundError(t("no plan {id}", id=plan_id))
        return plan
    meta = extractions[0].source.documents[0].metadata
    named = compact(title or meta.title or "")
    plans = list(session.scalars(select(PlanRow).order_by(PlanRow.id)))
    for plan in plans:
        if meta.doc_number and plan.doc_number == meta.doc_number:
            return plan
        if named and compact(plan.title) == named and plan.issuer == meta.issuer:
            return plan
    for extraction in extractions:
        document = extraction.source.name
        read = set(_keys(document, (t.indicator_text for t in extraction.targets)))
        read |= set(_keys(document, (t.title for t in extraction.tasks)))
        for plan in plans:
            if document in (plan.documents or []) and _same_version(session, plan, document, read):
                return plan
    return None


def _same_version(session: Session, plan: PlanRow, document: str, read: set[str]) -> bool:
    """Whether what ``document`` reads now is mostly what ``plan`` stored from a document of
    that name: at least half of the smaller set of keys in common."""
    stored: set[str] = set()
    for row in (TargetRow, TaskRow):
        keys = select(row.key).where(row.plan_id == plan.id, row.key.startswith(f"{document}|"))
        stored.update(session.scalars(keys))
    return bool(stored and read) and 2 * len(stored & read) >= min(len(stored), len(read))


def _store_document(
    session: Session, plan: PlanRow, extraction: Extraction, summary: PlanImportSummary, again: bool
) -> None:
    document = extraction.source.name
    target_keys = _keys(document, (t.indicator_text for t in extraction.targets))
    task_keys = _keys(document, (t.title for t in extraction.tasks))
    by_target = dict(zip(target_keys, extraction.targets, strict=True))
    by_task = dict(zip(task_keys, extraction.tasks, strict=True))

    def make_target(key: str, values: dict[str, Any]) -> TargetRow:
        target = by_target[key]
        row = TargetRow(plan_id=plan.id, key=key, status=ReviewStatus.draft.value)
        for name, value in values.items():
            setattr(row, name, value)
        row.indicator_code, row.link_confidence = target.indicator_code, target.link_confidence
        row.milestones = [m.model_dump() for m in target.milestones]
        row.cumulative, row.rule = target.cumulative, target.rule
        row.source = target.source.model_dump() if target.source else None
        return row

    def make_task(key: str, values: dict[str, Any]) -> TaskRow:
        task = by_task[key]
        row = TaskRow(plan_id=plan.id, key=key, text=task.text, status=ReviewStatus.draft.value)
        for name, value in values.items():
            _store(row, name, value)
        row.source = task.source.model_dump() if task.source else None
        return row

    prefix = f"{document}|"
    targets = {
        r.key: r
        for r in session.scalars(select(TargetRow).where(TargetRow.plan_id == plan.id))
        if r.key and r.key.startswith(prefix)
    }
    tasks = {
        r.key: r
        for r in session.scalars(select(TaskRow).where(TaskRow.plan_id == plan.id))
        if r.key and r.key.startswith(prefix)
    }
    fresh_targets = {k: _target_values(t) for k, t in by_target.items()}
    rows = _sync(
        session, targets, fresh_targets, make_target, summary.targets, again, summary.changes
    )
    session.flush()
    fresh_tasks = {k: _task_values(t) for k, t in by_task.items()}
    task_rows = _sync(session, tasks, fresh_tasks, make_task, summary.tasks, again, summary.changes)
    for key, task in by_task.items():  # targets a task contains, by their stored ids
        ids = [rows[target_keys[i]].id for i in task.target_ids]
        if task_rows[key].target_ids != ids:
            task_rows[key].target_ids = ids
        # Refreshed from every reading but not compared: the review sheet shows the latest
        # reading's phrases, and a changed list of them is no change to the task itself.
        if task_rows[key].rejected_departments != task.rejected_departments:
            task_rows[key].rejected_departments = list(task.rejected_departments)
    session.flush()


def save_plan(ws: Workspace, plan: Plan) -> int:
    """Store a plan a program writes (not read from documents) with its targets and tasks as
    they are, in one transaction; returns its id. A task's ``target_ids`` are positions in
    ``plan.targets``. The indicators the targets link to must exist."""
    with ws.session() as session:
        row = PlanRow(
            title=plan.title,
            kind=plan.kind.value,
            period=plan.period.id,
            org_unit_code=plan.org_unit_code,
            issuer=plan.issuer,
            doc_number=plan.doc_number,
            issued=plan.issued,
            documents=list(plan.documents),
            status=plan.status.value,
        )
        session.add(row)
        session.flush()
        targets = []
        for target in plan.targets:
            values = target.model_dump(mode="json", exclude={"id", "reason"})
            targets.append(TargetRow(plan_id=row.id, **values))
            if target.reason is not None:
                write_reason(targets[-1], target.reason)
        session.add_all(targets)
        session.flush()
        for task in plan.tasks:
            values = task.model_dump(mode="json", exclude={"id", "due", "target_ids"})
            ids = [targets[i].id for i in task.target_ids]
            session.add(TaskRow(plan_id=row.id, due=task.due, target_ids=ids, **values))
        return row.id


def import_plan(
    ws: Workspace,
    paths: Iterable[str | Path],
    *,
    plan_id: int | None = None,
    title: str | None = None,
    org_unit_code: str | None = None,
) -> PlanImportSummary:
    """Extract plan documents and store them as a draft plan (or re-import into the plan
    that already holds them, as a diff). Responsible departments are named as the
    workspace's department register names them, when it has one."""
    extractions = extract(paths, departments=list_departments(ws))
    return store_extractions(
        ws, extractions, plan_id=plan_id, title=title, org_unit_code=org_unit_code
    )
