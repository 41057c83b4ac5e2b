"""Approval workflow per data set × org unit × period: submitted → reviewed → approved.
Approved data are locked (imports touching them are rejected) until reopened; every
transition is an audited row change (who, when, old → new state)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select

from healthplan.collection.datasets import get_data_set
from healthplan.collection.values import FIRST_YEAR
from healthplan.errors import HealthplanError
from healthplan.i18n import pt, t
from healthplan.model import Period, PeriodError
from healthplan.store import Workspace
from healthplan.store.tables import OrgUnitRow
from healthplan.store.tables_collection import ApprovalRow

__all__ = [
    "ApprovalState",
    "WorkflowError",
    "WorkflowStatus",
    "approval_status",
    "approve",
    "reopen",
    "review",
    "submit",
]


class ApprovalState(StrEnum):
    open = "open"  # nothing submitted yet
    submitted = "submitted"
    reviewed = "reviewed"
    approved = "approved"  # locked
    reopened = "reopened"  # returned for correction: editable, to be submitted again

    @property
    def label(self) -> str:
        """The state as the interface names it: "open" is a report's 未上报 here, not the
        待核实 of a signal that the same English word translates to without a context."""
        return pt("approval", self.value) if self is ApprovalState.open else t(self.value)


_ALLOWED = {
    ApprovalState.submitted: {ApprovalState.open, ApprovalState.reopened},
    ApprovalState.reviewed: {ApprovalState.submitted},
    ApprovalState.approved: {ApprovalState.reviewed},
    ApprovalState.reopened: {
        ApprovalState.submitted,
        ApprovalState.reviewed,
        ApprovalState.approved,
    },
}


class WorkflowError(HealthplanError):
    """A transition that the current state does not allow."""


@dataclass(frozen=True)
class WorkflowStatus:
    data_set: str
    org_unit: str
    period: str
    state: ApprovalState
    updated_by: str | None
    updated_at: datetime | None
    submitted_at: datetime | None
    comment: str | None


def _move(
    ws: Workspace,
    data_set: str,
    org_unit: str,
    period: str,
    to: ApprovalState,
    comment: str | None,
    at: datetime | None,
) -> WorkflowStatus:
    ds = get_data_set(ws, data_set)
    try:
        when = Period.parse(period)
        first_day = when.start  # year 0 parses, but has no first day
    except (PeriodError, ValueError):
        raise WorkflowError(t("not a period: {text}", text=period)) from None
    if first_day.year < FIRST_YEAR:
        raise WorkflowError(t("period {period} is before {year}", period=when.id, year=FIRST_YEAR))
    if not ds.accepts(when):
        raise WorkflowError(
            t(
                "period {period} is outside data set {ds}, which is reported by {kind}",
                period=when.id,
                ds=ds.code,
                kind=t(ds.period_type.value),
            )
        )
    if to is ApprovalState.submitted and when.start > (at or datetime.now(UTC)).date():
        raise WorkflowError(t("period {period} has not started yet", period=when.id))
    # Locked: the state read below is still the state when the move commits, and an import
    # running meanwhile either finished before (its values are in the report) or waits.
    with ws.session(lock=True) as session:
        now = at or datetime.now(UTC)
        unit = session.get(OrgUnitRow, org_unit)
        if unit is None:
            raise WorkflowError(t("unknown org unit {code}", code=org_unit))
        if unit.level != ds.org_level:
            raise WorkflowError(
                t(
                    "org unit {ou} is not at the level that reports data set {ds}",
                    ou=org_unit,
                    ds=data_set,
                )
            )
        row = session.scalars(
            select(ApprovalRow).where(
                ApprovalRow.data_set == data_set,
                ApprovalRow.org_unit == org_unit,
                ApprovalRow.period == when.id,
            )
        ).one_or_none()
        current = ApprovalState(row.state) if row else ApprovalState.open
        if current not in _ALLOWED[to]:
            raise WorkflowError(
                t(
                    "cannot move {ds} {ou} {period} from {old} to {new}",
                    ds=data_set,
                    ou=org_unit,
                    period=when.id,
                    old=current.label,
                    new=to.label,
                )
            )
        actor = str(session.info.get("actor", "unknown"))
        if row is None:
            row = ApprovalRow(data_set=data_set, org_unit=org_unit, period=when.id)
            session.add(row)
        row.state, row.updated_at, row.updated_by, row.comment = to.value, now, actor, comment
        if to is ApprovalState.submitted and row.submitted_at is None:
            row.submitted_at = now
        session.flush()
        return _status(row)


def _status(row: ApprovalRow) -> WorkflowStatus:
    return WorkflowStatus(
        row.data_set,
        row.org_unit,
        row.period,
        ApprovalState(row.state),
        row.updated_by,
        row.updated_at,
        row.submitted_at,
        row.comment,
    )


def submit(
    ws: Workspace,
    data_set: str,
    org_unit: str,
    period: str,
    comment: str | None = None,
    *,
    at: datetime | None = None,
) -> WorkflowStatus:
    """Mark a report as submitted (上报) by the reporting unit."""
    return _move(ws, data_set, org_unit, period, ApprovalState.submitted, comment, at)


def review(
    ws: Workspace, data_set: str, org_unit: str, period: str, comment: str | None = None
) -> WorkflowStatus:
    """Mark a submitted report as reviewed (审核)."""
    return _move(ws, data_set, org_unit, period, ApprovalState.reviewed, comment, None)


def approve(
    ws: Workspace, data_set: str, org_unit: str, period: str, comment: str | None = None
) -> WorkflowStatus:
    """Approve (审批) a reviewed report; its values are locked from now on."""
    return _move(ws, data_set, org_unit, period, ApprovalState.approved, comment, None)


def reopen(
    ws: Workspace, data_set: str, org_unit: str, period: str, comment: str | None = None
) -> WorkflowStatus:
    """Return a report for correction (退回), unlocking it."""
    return _move(ws, data_set, org_unit, period, ApprovalState.reopened, comment, None)


def approval_status(ws: Workspace, data_set: str, period: str) -> list[WorkflowStatus]:
    """The workflow state of every unit that has one for ``data_set`` × ``period``."""
    with ws.session() as session:
        rows = session.scalars(
            select(ApprovalRow)
            .where(ApprovalRow.data_set == data_set, ApprovalRow.period == Period.parse(period).id)
            .order_by(ApprovalRow.org_unit)
        )
        return [_status(r) for r in rows]
