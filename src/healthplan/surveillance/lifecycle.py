"""Signal lifecycle (信号处置流程): signal → 核实 verification (within the CIDARS-style time
limit, 24 h by default) → 处置 response → closed, each step with who and when.

Statuses: ``weak`` (a single channel's alarm; kept for clusters, no verification due),
``open`` (awaiting verification), ``verified`` (confirmed), ``excluded`` (verified and ruled
out, 排除), ``responding`` (response under way), ``closed``. An open signal past its
verification deadline is flagged once (``overdue_at``) and reported as a warning.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from healthplan.errors import HealthplanError
from healthplan.i18n import t
from healthplan.store import Workspace
from healthplan.store.tables_surveillance import SignalRow

OUTCOMES = ("confirmed", "excluded")
STATUSES = ("weak", "open", "verified", "excluded", "responding", "closed")


@dataclass
class NewSignal:
    kind: str  # channel | single_case | fused | cluster
    method: str
    channel: str
    disease: str
    org_unit: str
    day: date
    detected_at: datetime
    observed: float | None = None
    threshold: float | None = None
    score: float | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def needs_verification(self) -> bool:
        return self.kind != "channel"


@dataclass
class SignalMetrics:
    total: int
    by_status: dict[str, int]
    due: int  # signals that needed verification
    verified: int
    verified_in_time: int
    share_in_time: float | None
    median_hours_to_verify: float | None
    overdue_open: int


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def record_signals(ws: Workspace, signals: list[NewSignal], *, verify_hours: float = 24.0) -> int:
    """Store new signals (a signal already recorded for the same key is left as it is)."""
    if not signals:
        return 0
    added = 0
    with ws.session() as session:
        existing = {
            (r.kind, r.method, r.channel, r.disease, r.org_unit, r.day)
            for r in session.execute(
                select(
                    SignalRow.kind,
                    SignalRow.method,
                    SignalRow.channel,
                    SignalRow.disease,
                    SignalRow.org_unit,
                    SignalRow.day,
                ).where(SignalRow.day >= min(s.day for s in signals))
            )
        }
        for s in signals:
            key = (s.kind, s.method, s.channel, s.disease, s.org_unit, s.day)
            if key in existing:
                continue
            existing.add(key)
            detected = _aware(s.detected_at)
            session.add(
                SignalRow(
                    kind=s.kind,
                    method=s.method,
                    channel=s.channel,
                    disease=s.disease,
                    org_unit=s.org_unit,
                    day=s.day,
                    observed=s.observed,
                    threshold=s.threshold,
                    score=s.score,
                    details=s.details,
                    status="open" if s.needs_verification else "weak",
                    detected_at=detected,
                    verify_due=detected + timedelta(hours=verify_hours),
                )
            )
            added += 1
    return added


def signals(
    ws: Workspace, *, status: str | None = None, include_weak: bool = False
) -> list[SignalRow]:
    if status is not None and status not in STATUSES:
        raise HealthplanError(
            t(
                "unknown signal status {status} (one of {known})",
                status=status,
                known=", ".join(STATUSES),
            )
        )
    with ws.session() as session:
        query = select(SignalRow).order_by(SignalRow.day, SignalRow.id)
        if status is not None:
            query = query.where(SignalRow.status == status)
        elif not include_weak:
            query = query.where(SignalRow.status != "weak")
        return list(session.scalars(query))


def _transition(
    ws: Workspace,
    signal_id: int,
    allowed: tuple[str, ...],
    action: str,
    apply: Callable[[SignalRow], None],
) -> SignalRow:
    with ws.session() as session:
        row = session.get(SignalRow, signal_id) if abs(signal_id) < 2**31 else None
        if row is None:
            raise HealthplanError(t("no signal {id}", id=signal_id))
        if row.status not in allowed:
            raise HealthplanError(
                t(
                    "signal {id} is {status}; cannot {action}",
                    id=signal_id,
                    status=t(row.status),
                    action=t(action),
                )
            )
        apply(row)
        return row


def verify(
    ws: Workspace,
    signal_id: int,
    by: str,
    outcome: str = "confirmed",
    *,
    note: str | None = None,
    at: datetime | None = None,
) -> SignalRow:
    """Record the verification (核实): ``confirmed`` or ``excluded``, by whom and when."""
    if outcome not in OUTCOMES:
        raise HealthplanError(t("outcome must be confirmed or excluded, not {o}", o=outcome))

    def apply(row: SignalRow) -> None:
        row.verified_at = _aware(at or datetime.now(UTC))
        row.verified_by = by
        row.verification = outcome
        row.status = "verified" if outcome == "confirmed" else "excluded"
        row.note = note or row.note

    return _transition(ws, signal_id, ("open",), "verify", apply)


def respond(
    ws: Workspace, signal_id: int, by: str, *, note: str | None = None, at: datetime | None = None
) -> SignalRow:
    """Record the start of the response (处置) to a confirmed signal."""

    def apply(row: SignalRow) -> None:
        row.responded_at = _aware(at or datetime.now(UTC))
        row.responded_by = by
        row.status = "responding"
        row.note = note or row.note

    return _transition(ws, signal_id, ("verified",), "respond", apply)


def close(
    ws: Workspace, signal_id: int, by: str, *, note: str | None = None, at: datetime | None = None
) -> SignalRow:
    """Close a signal after its response, or after it was excluded."""

    def apply(row: SignalRow) -> None:
        row.closed_at = _aware(at or datetime.now(UTC))
        row.closed_by = by
        row.status = "closed"
        row.note = note or row.note

    return _transition(ws, signal_id, ("verified", "excluded", "responding"), "close", apply)


def flag_overdue(ws: Workspace, now: datetime | None = None) -> list[SignalRow]:
    """Open signals past their verification deadline become warnings (flagged once)."""
    moment = _aware(now or datetime.now(UTC))
    flagged = []
    with ws.session() as session:
        for row in session.scalars(
            select(SignalRow).where(SignalRow.status == "open", SignalRow.overdue_at.is_(None))
        ):
            if _aware(row.verify_due) < moment:
                row.overdue_at = moment
                flagged.append(row)
    return flagged


def metrics(ws: Workspace, now: datetime | None = None) -> SignalMetrics:
    """Time to verification and the share of signals verified within the time limit."""
    moment = _aware(now or datetime.now(UTC))
    rows = signals(ws, include_weak=True)
    due = [r for r in rows if r.status != "weak"]
    verified = [r for r in due if r.verified_at is not None]
    hours = [
        (_aware(r.verified_at) - _aware(r.detected_at)).total_seconds() / 3600
        for r in verified
        if r.verified_at is not None
    ]
    in_time = sum(
        1
        for r in verified
        if r.verified_at is not None and _aware(r.verified_at) <= _aware(r.verify_due)
    )
    return SignalMetrics(
        total=len(rows),
        by_status=dict(Counter(r.status for r in rows)),
        due=len(due),
        verified=len(verified),
        verified_in_time=in_time,
        share_in_time=in_time / len(due) if due else None,
        median_hours_to_verify=statistics.median(hours) if hours else None,
        overdue_open=sum(1 for r in due if r.status == "open" and _aware(r.verify_due) < moment),
    )
