"""The warnings inbox: findings become warnings without duplicates, a persisting warning ages,
one whose condition has cleared is 已解除 by the system, and people move warnings through
新 → 已接收 → 已处理 / 已解除 with who, when and a note."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import or_, select

from healthplan.errors import HealthplanError, NotFoundError
from healthplan.extraction import DepartmentDirectory
from healthplan.i18n import t
from healthplan.store import Workspace, list_departments
from healthplan.store.tables_warnings import WarningRow
from healthplan.warnings.model import (
    EarlyWarning,
    Finding,
    Severity,
    WarningKind,
    WarningState,
)

__all__ = [
    "RecordSummary",
    "acknowledge",
    "dismiss",
    "list_warnings",
    "record_findings",
    "resolve",
]

SYSTEM = "system"


@dataclass
class RecordSummary:
    raised: int = 0  # new warnings
    aged: int = 0  # open warnings found again on a later day
    unchanged: int = 0  # found again on the same day (a repeated run)
    lifted: int = 0  # conditions that cleared: 已解除 by the system
    by_kind: Counter[str] = field(default_factory=Counter)
    new_ids: list[int] = field(default_factory=list)


def _model(row: WarningRow) -> EarlyWarning:
    return EarlyWarning(
        id=row.id,
        kind=WarningKind(row.kind),
        severity=Severity(row.severity),
        department=row.department,
        org_unit=row.org_unit,
        subject=row.subject,
        message=row.message,
        evidence=dict(row.evidence or {}),
        state=WarningState(row.state),
        active=row.active,
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        runs=row.runs,
        raised_at=row.raised_at,
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=row.acknowledged_by,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        note=row.note,
    )


def record_findings(
    ws: Workspace,
    findings: Iterable[Finding],
    *,
    at: datetime,
    evaluated: Iterable[WarningKind],
) -> RecordSummary:
    """Store one run's findings: a new condition raises a warning; a known one ages (last
    seen, runs, current evidence and severity); an open warning of an ``evaluated`` kind whose
    condition was not found is lifted (已解除 by the system). Running twice on one day
    changes nothing the second time."""
    summary = RecordSummary()
    today = at.date()
    kinds = {k.value for k in evaluated}
    found = {f.key: f for f in findings}
    with ws.session() as session:
        current: dict[str, WarningRow] = {}
        created: list[WarningRow] = []
        query = select(WarningRow).where(or_(WarningRow.active, WarningRow.state.in_(_OPEN)))
        for latest in session.scalars(query.order_by(WarningRow.id)):
            current[latest.key] = latest  # the latest warning of each condition
        for key, finding in found.items():
            summary.by_kind[finding.kind.value] += 1
            row = current.get(key)
            if row is None:
                row = WarningRow(
                    key=key,
                    kind=finding.kind.value,
                    severity=finding.severity.value,
                    department=finding.department,
                    org_unit=finding.org_unit,
                    subject=finding.subject[:300],
                    message=finding.message,
                    evidence=finding.evidence,
                    state=WarningState.new.value,
                    active=True,
                    first_seen=today,
                    last_seen=today,
                    runs=1,
                    raised_at=at,
                )
                session.add(row)
                created.append(row)
                summary.raised += 1
                continue
            if row.last_seen >= today and row.active:
                summary.unchanged += 1
                continue
            summary.aged += 1
            row.last_seen = max(row.last_seen, today)
            row.runs += 1
            row.active = True
            if row.severity != finding.severity.value:
                row.severity = finding.severity.value
            if row.evidence != finding.evidence:
                row.evidence = finding.evidence
            if row.message != finding.message:
                row.message = finding.message
        for key, row in current.items():
            if key in found or row.kind not in kinds or not row.active:
                continue
            row.active = False
            if row.state in _OPEN:
                row.state = WarningState.dismissed.value
                row.closed_at, row.closed_by = at, SYSTEM
                row.note = t("the condition cleared")
            summary.lifted += 1
        session.flush()
        summary.new_ids = [r.id for r in created]
    return summary


_OPEN = (WarningState.new.value, WarningState.acknowledged.value)


def list_warnings(
    ws: Workspace,
    *,
    department: str | None = None,
    severity: Severity | str | None = None,
    state: WarningState | str | None = None,
    kind: WarningKind | None = None,
    open_only: bool = False,
    since: date | None = None,
) -> list[EarlyWarning]:
    """Warnings, most severe and oldest first. ``department`` may be any of its names;
    ``severity`` and ``state`` may be given as written (红, 已接收) or by id."""
    if isinstance(severity, str):
        severity = Severity.parse(severity)
    if isinstance(state, str):
        state = WarningState.parse(state)
    query = select(WarningRow)
    if severity is not None:
        query = query.where(WarningRow.severity == severity.value)
    if state is not None:
        query = query.where(WarningRow.state == state.value)
    if open_only:
        query = query.where(WarningRow.state.in_(_OPEN))
    if kind is not None:
        query = query.where(WarningRow.kind == kind.value)
    if since is not None:
        query = query.where(WarningRow.last_seen >= since)
    with ws.session() as session:
        rows = [_model(r) for r in session.scalars(query)]
    if department is not None:
        # any name the register knows for the department: 市卫健委 finds 市卫生健康委员会's
        directory = DepartmentDirectory(list_departments(ws))

        def name(text: str | None) -> str | None:
            found = directory.resolve(text) if text else None
            return found.name if found else text

        wanted = name(department)
        rows = [w for w in rows if name(w.department) == wanted]
    return sorted(rows, key=lambda w: (-w.severity.rank, w.first_seen, w.id))


def _move(
    ws: Workspace,
    warning_id: int,
    to: WarningState,
    allowed: tuple[WarningState, ...],
    by: str,
    note: str | None,
    at: datetime | None,
) -> EarlyWarning:
    if not by.strip():
        raise HealthplanError(t("say who (--by)"))
    moment = at or datetime.now(UTC)
    with ws.session() as session:
        row = session.get(WarningRow, warning_id)
        if row is None:
            raise NotFoundError(t("no warning {id}", id=warning_id))
        old = WarningState(row.state)
        if old not in allowed:
            raise HealthplanError(
                t(
                    "warning {id} is {old}; it cannot become {new}",
                    id=warning_id,
                    old=old.label,
                    new=to.label,
                )
            )
        row.state = to.value
        if to is WarningState.acknowledged:
            row.acknowledged_at, row.acknowledged_by = moment, by
        else:
            row.closed_at, row.closed_by = moment, by
        if note:
            row.note = note
        session.flush()
        return _model(row)


def acknowledge(
    ws: Workspace, warning_id: int, *, by: str, note: str | None = None, at: datetime | None = None
) -> EarlyWarning:
    """新 → 已接收: the department has seen it."""
    return _move(ws, warning_id, WarningState.acknowledged, (WarningState.new,), by, note, at)


def resolve(
    ws: Workspace, warning_id: int, *, by: str, note: str | None = None, at: datetime | None = None
) -> EarlyWarning:
    """新 or 已接收 → 已处理: acted on, with a note of what was done."""
    return _move(
        ws,
        warning_id,
        WarningState.handled,
        (WarningState.new, WarningState.acknowledged),
        by,
        note,
        at,
    )


def dismiss(
    ws: Workspace, warning_id: int, *, by: str, note: str | None = None, at: datetime | None = None
) -> EarlyWarning:
    """新 or 已接收 → 已解除: lifted by a person (e.g. a false alarm), with the reason."""
    return _move(
        ws,
        warning_id,
        WarningState.dismissed,
        (WarningState.new, WarningState.acknowledged),
        by,
        note,
        at,
    )
