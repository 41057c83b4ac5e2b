"""Reasons recorded in the ledger (台账): why a target is behind schedule or was adjusted,
written by a person and cited by the mid-term and final evaluations. A reason is part of the
target's row, so recording one is audited like every other ledger write; the reason it
replaces stays in the audit log."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from healthplan.errors import HealthplanError, NotFoundError
from healthplan.i18n import t
from healthplan.model.plan import ReasonKind, ReviewStatus, TargetReason
from healthplan.store import Workspace
from healthplan.store.tables_plans import TargetRow

__all__ = ["record_reason", "target_reasons"]


def record_reason(
    ws: Workspace, target_id: int, text: str, *, kind: ReasonKind | str = ReasonKind.behind
) -> TargetReason:
    """Record why target ``target_id`` is behind (``kind`` behind) or was adjusted
    (``adjusted``), with the workspace's user and the time; it replaces the reason recorded
    before. A deleted target is not in the ledger and takes none."""
    words = " ".join(text.split())  # a reason typed over several lines prints as one
    if not words:
        raise HealthplanError(t("the reason is empty"))
    try:
        kind = ReasonKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in ReasonKind)
        raise HealthplanError(
            t("unknown reason kind {kind}; known: {known}", kind=kind, known=known)
        ) from None
    with ws.session() as session:
        row = session.get(TargetRow, target_id) if abs(target_id) < 2**31 else None
        if row is None or row.status == ReviewStatus.deleted.value:
            raise NotFoundError(t("no target {id}", id=target_id))
        reason = TargetReason(text=words, kind=kind, by=ws.actor, at=datetime.now(UTC))
        write_reason(row, reason)
    return reason


def write_reason(row: TargetRow, reason: TargetReason) -> None:
    row.reason_text, row.reason_kind = reason.text, reason.kind.value
    row.reason_by, row.reason_at = reason.by, reason.at


def reason_of(row: TargetRow) -> TargetReason | None:
    if not row.reason_text or row.reason_at is None:
        return None
    at = row.reason_at if row.reason_at.tzinfo else row.reason_at.replace(tzinfo=UTC)  # SQLite
    return TargetReason(
        text=row.reason_text,
        kind=ReasonKind(row.reason_kind or ReasonKind.behind.value),
        by=row.reason_by or "",
        at=at,
    )


def target_reasons(ws: Workspace) -> dict[int, TargetReason]:
    """The reason recorded for each target that has one, by target id."""
    query = select(TargetRow).where(TargetRow.reason_text.is_not(None)).order_by(TargetRow.id)
    with ws.session() as session:
        found = ((row.id, reason_of(row)) for row in session.scalars(query))
        return {target_id: reason for target_id, reason in found if reason is not None}
