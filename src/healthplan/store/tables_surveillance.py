"""Tables of the early-warning stage (传染病监测预警): channel counts and signals with their
lifecycle (信号 → 核实 → 处置 → 关闭). Both are audited."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from healthplan.store.tables import Audited, Base


class ChannelCountRow(Audited, Base):
    """One day's count of one channel (网络直报, 发热门诊, 药店, 学校缺勤, 实验室) for one
    disease or syndrome in one org unit."""

    __tablename__ = "surveillance_counts"
    __audit_key__ = ("channel", "disease", "org_unit", "day")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    disease: Mapped[str] = mapped_column(String(64))
    org_unit: Mapped[str] = mapped_column(ForeignKey("org_units.code"), index=True)
    day: Mapped[date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("channel", "disease", "org_unit", "day"),
        Index("ix_surveillance_counts_day", "day"),
    )


class SignalRow(Audited, Base):
    """An early-warning signal and its lifecycle: who verified (核实), responded (处置) and
    closed it, and when."""

    __tablename__ = "surveillance_signals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # channel | single_case | fused | cluster
    method: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(100))  # channels joined by "+"
    disease: Mapped[str] = mapped_column(String(64))
    org_unit: Mapped[str] = mapped_column(ForeignKey("org_units.code"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    observed: Mapped[float | None] = mapped_column(Float)
    threshold: Mapped[float | None] = mapped_column(Float)
    score: Mapped[float | None] = mapped_column(Float)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    verify_due: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    overdue_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    verified_by: Mapped[str | None] = mapped_column(String(100))
    verification: Mapped[str | None] = mapped_column(String(16))  # confirmed | excluded
    responded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    responded_by: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_by: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("kind", "method", "channel", "disease", "org_unit", "day"),)
