"""Reading plans back from the workspace as :class:`~healthplan.model.plan.Plan` values."""

from __future__ import annotations

from sqlalchemy import select

from healthplan.model.period import Period
from healthplan.model.plan import Plan, PlanKind, ReviewStatus, SourceRef, Target, Task
from healthplan.store import Workspace
from healthplan.store.tables import PlanRow, TargetRow, TaskRow

__all__ = ["list_plans", "load_plan"]


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


def load_plan(ws: Workspace, plan_id: int) -> Plan:
    """A plan with its targets and tasks (deleted ones included, with their status)."""
    with ws.session() as session:
        row = session.get(PlanRow, plan_id)
        if row is None:
            raise KeyError(plan_id)
        plan = _plan(row)
        for t in session.scalars(
            select(TargetRow).where(TargetRow.plan_id == plan_id).order_by(TargetRow.id)
        ):
            plan.targets.append(
                Target(
                    id=t.id,
                    indicator_text=t.indicator_text,
                    indicator_code=t.indicator_code,
                    link_confidence=t.link_confidence,
                    comparator=t.comparator,
                    value=t.value,
                    value_max=t.value_max,
                    unit=t.unit,
                    deadline=t.deadline,
                    baseline_value=t.baseline_value,
                    baseline_year=t.baseline_year,
                    milestones=t.milestones or [],
                    nature=t.nature,
                    scope=t.scope,
                    org_unit_code=t.org_unit_code,
                    departments=list(t.departments or []),
                    cumulative=t.cumulative,
                    source=SourceRef.model_validate(t.source) if t.source else None,
                    rule=t.rule,
                    status=t.status,
                    change=t.change,
                    proposal=t.proposal,
                )
            )
        for k in session.scalars(
            select(TaskRow).where(TaskRow.plan_id == plan_id).order_by(TaskRow.id)
        ):
            plan.tasks.append(
                Task(
                    id=k.id,
                    title=k.title,
                    text=k.text,
                    lead_department=k.lead_department,
                    departments=list(k.departments or []),
                    due=k.due,
                    due_text=k.due_text,
                    target_ids=list(k.target_ids or []),
                    source=SourceRef.model_validate(k.source) if k.source else None,
                    status=k.status,
                    change=k.change,
                    proposal=k.proposal,
                )
            )
    return plan
