"""Signal lifecycle on both databases: 核实 → 处置 → 关闭 with who and when, overdue
warnings, metrics, and the audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from healthplan.collection.orgunits import import_orgunits
from healthplan.errors import HealthplanError
from healthplan.store.tables import AuditLog
from healthplan.surveillance.lifecycle import (
    NewSignal,
    close,
    flag_overdue,
    metrics,
    record_signals,
    respond,
    signals,
    verify,
)

T0 = datetime(2024, 3, 2, 8, tzinfo=UTC)


def _units(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "units.csv"
    f.write_text(
        "code,name,level,parent_code\n990100000000,云川市,市,\n990102000000,东城区,区,990100000000\n",
        encoding="utf-8",
    )
    import_orgunits(ws, f)


def _signal(kind: str, day: int) -> NewSignal:
    return NewSignal(
        kind=kind,
        method="2-of-n",
        channel="cases+lab",
        disease="influenza",
        org_unit="990102000000",
        day=date(2024, 3, day),
        detected_at=T0 + timedelta(days=day - 1),
        score=2.0,
    )


def test_lifecycle(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _units(ws, tmp_path)
    new = [_signal("fused", 1), _signal("fused", 2), _signal("fused", 3), _signal("channel", 1)]
    assert record_signals(ws, new) == 4
    assert record_signals(ws, new) == 0  # re-running does not duplicate
    open_ = signals(ws, status="open")
    assert len(open_) == 3 and len(signals(ws, status="weak")) == 1
    a, b, c = open_
    verify(ws, a.id, "王医生", "confirmed", at=a.detected_at + timedelta(hours=3))
    respond(ws, a.id, "应急队", note="流调", at=a.detected_at + timedelta(hours=6))
    done = close(ws, a.id, "疾控中心", at=a.detected_at + timedelta(days=5))
    assert done.status == "closed" and done.closed_by == "疾控中心"
    verify(ws, b.id, "李医生", "excluded", at=b.detected_at + timedelta(hours=30))  # late
    with pytest.raises(HealthplanError):
        respond(ws, b.id, "应急队")  # an excluded signal gets no response
    with pytest.raises(HealthplanError):
        verify(ws, a.id, "王医生")  # already closed
    with pytest.raises(HealthplanError):
        verify(ws, c.id, "王医生", "maybe")

    now = T0 + timedelta(days=5)
    flagged = flag_overdue(ws, now)
    assert [r.id for r in flagged] == [c.id]
    assert flag_overdue(ws, now) == []  # flagged once
    m = metrics(ws, now)
    assert (m.due, m.verified, m.verified_in_time, m.overdue_open) == (3, 2, 1, 1)
    assert m.share_in_time == pytest.approx(1 / 3)
    assert m.median_hours_to_verify == pytest.approx((3 + 30) / 2)

    with ws.session() as session:
        trail = session.scalars(
            select(AuditLog).where(AuditLog.table_name == "surveillance_signals")
        ).all()
    actions = [(r.action, r.actor) for r in trail]
    assert actions.count(("insert", "tester")) == 4
    assert ("update", "tester") in actions
