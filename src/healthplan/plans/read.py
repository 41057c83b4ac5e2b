"""Reading plans back from the workspace as :class:`~healthplan.model.plan.Plan` values."""

from __future__ import annotations

from sqlalchemy import select

from healthplan.errors import NotFoundError
from healthplan.extraction.departments import DepartmentDirectory
from healthplan.i18n import t
from healthplan.model.period import Period
from healthplan.model.plan import Plan, PlanKind, ReviewStatus, Target, Task
from healthplan.plans.reasons import reason_of
from healthplan.store import Workspace, list_departments
from healthplan.store.tables_plans import PlanRow, TargetRow, TaskRow

__all__ = ["active_targets", "in_plan_of_record", "list_plans", "load_plan", "plan_of_record"]


def list_plans(ws: Workspace) -> list[Plan]:
    """Every plan, without its targets and tasks."""
    with ws.session() as session:
        return [_plan(row) for row in session.scalars(select(PlanRow).order_by(PlanRow.id))]


def _plan(row: PlanRow) -> Plan:
    return Plan(
        id=row.id,
        title=row.title,
        kind=PlanKind(row.kind),
        period=Period.parse(row.period),
        org_unit_code=row.org_unit_code,
        doc_number=row.doc_number,
        documents=list(row.documents or []),
        status=ReviewStatus(row.status),
    )


def _target(row: TargetRow) -> Target:
    target = Target.model_validate(row, from_attributes=True)
    target.reason = reason_of(row)
    return target


def _task(row: TaskRow) -> Task:
    return Task.model_validate(row, from_attributes=True)


def load_plan(ws: Workspace, plan_id: int) -> Plan:
    """A plan with its targets and tasks (deleted ones included, with their status)."""
    with ws.session() as session:
        row = session.get(PlanRow, plan_id) if abs(plan_id) < 2**31 else None  # an id typed
        if row is None:
            raise NotFoundError(t("no plan {id}", id=plan_id))
        plan = _plan(row)
        targets = select(TargetRow).where(TargetRow.plan_id == plan_id).order_by(TargetRow.id)
        plan.targets = [_target(r) for r in session.scalars(targets)]
        tasks = select(TaskRow).where(TaskRow.plan_id == plan_id).order_by(TaskRow.id)
        plan.tasks = [_task(r) for r in session.scalars(tasks)]
    return plan


def active_targets(ws: Workspace) -> list[tuple[Plan, Target]]:
    """Every target not deleted, of every plan not deleted, with its plan (without targets
    and tasks), in the order they were stored. A target that names no 责任单位 of its own
    takes those of the tasks that serve it (lead first)."""
    with ws.session() as session:
        plans = {
            p.id: _plan(p)
            for p in session.scalars(select(PlanRow).where(PlanRow.status != _DELETED))
        }
        from_tasks: dict[int, list[str]] = {}
        for task in session.scalars(select(TaskRow).where(TaskRow.status != _DELETED)):
            named = [d for d in [task.lead_department, *(task.departments or [])] if d]
            for target_id in task.target_ids or []:
                known = from_tasks.setdefault(int(target_id), [])
                known.extend(d for d in dict.fromkeys(named) if d not in known)
        query = select(TargetRow).where(TargetRow.status != _DELETED).order_by(TargetRow.id)
        out = []
        for row in session.scalars(query):
            if row.plan_id in plans:
                target = _target(row)
                if not target.departments:
                    target.departments = from_tasks.get(row.id, [])
                out.append((plans[row.plan_id], target))
    return out


def in_plan_of_record(status: ReviewStatus, *, include_drafts: bool = False) -> bool:
    """Whether a target or task in review state ``status`` is part of the plan of record:
    confirmed; with ``include_drafts``, still in review too (never deleted)."""
    return status is ReviewStatus.confirmed or (include_drafts and status is ReviewStatus.draft)


def plan_of_record(ws: Workspace, *, include_drafts: bool = False) -> list[tuple[Plan, Target]]:
    """The targets of the 目标任务台账: the confirmed ones (with ``include_drafts``, drafts
    too; a target's ``status`` says which), each with its 责任单位 resolved against the
    department register: one name per real department (its register name, whichever alias
    the plan used), collectives (各区、镇、街道) kept, the lead once. A name the register does
    not know (a fragment such as 公立医院临床医技科室中由科室, or a department still to be
    registered) stays out of the ledger: the review file lists it under 未识别单位."""
    directory = DepartmentDirectory(list_departments(ws))
    out = []
    for plan, target in active_targets(ws):
        if not in_plan_of_record(target.status, include_drafts=include_drafts):
            continue
        known, _unknown = directory.classify(target.departments)
        resolved = list(dict.fromkeys(d.name for d in known))
        out.append((plan, target.model_copy(update={"departments": resolved})))
    return out


_DELETED = ReviewStatus.deleted.value
