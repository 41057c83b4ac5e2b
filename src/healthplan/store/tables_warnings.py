"""Tables of the warnings stage (预警): one row per warning of any kind with its lifecycle
(新 → 已接收 → 已处理 / 已解除, who and when), and the outbox of notifications with every
delivery attempt. Only :mod:`healthplan.warnings` reads and writes them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from healthplan.store.tables import Audited, Base
from healthplan.store.tables_tasks import UtcDateTime


class WarningRow(Audited, Base):
    """A warning. ``key`` names the condition (kind and subject); one condition has at most
    one open warning, which ages while the condition persists (``last_seen``, ``runs``)."""

    __tablename__ = "warnings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    severity: Mapped[str] = mapped_column(String(8), index=True)  # red | orange | yellow
    department: Mapped[str | None] = mapped_column(String(100), index=True)
    org_unit: Mapped[str | None] = mapped_column(ForeignKey("org_units.code"), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    message: Mapped[str] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16), default="new", index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    first_seen: Mapped[date] = mapped_column(Date)
    last_seen: Mapped[date] = mapped_column(Date)
    runs: Mapped[int] = mapped_column(Integer, default=1)
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    acknowledged_by: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)


class DeliveryRow(Base):
    """One notification to one recipient over one channel (e-mail or webhook): a department's
    daily digest or the immediate message for a red warning. Written before it is sent;
    a failed attempt is kept with its error and retried until ``attempts`` run out."""

    __tablename__ = "warning_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))  # digest | immediate
    channel: Mapped[str] = mapped_column(String(16))  # email | webhook
    recipient: Mapped[str] = mapped_column(String(500))
    department: Mapped[str | None] = mapped_column(String(100))
    warning_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    __table_args__ = (
        UniqueConstraint("key", "channel", "recipient"),
        Index("ix_warning_deliveries_due", "status", "next_attempt_at"),
    )
