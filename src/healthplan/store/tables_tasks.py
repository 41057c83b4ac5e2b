"""Tables of the tasks stage (清单化分工、项目化管理): the state, time limit and progress of
each task of the plan of record, and the history of every change (who, when, evidence).
The tasks themselves (text, departments) stay in the plans stage's ``tasks`` table; only
:mod:`healthplan.tasks` reads and writes these."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from healthplan.store.tables import Audited, Base


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored in UTC and read back aware on every database (SQLite keeps no zone):
    the tasks' and warnings' tables compare their moments with aware ones."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return _utc(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return _utc(value)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


class TaskStateRow(Audited, Base):
    """Where a task stands: its state, time limit (read from its text or set by a person),
    milestones, departments resolved against the register, and the latest progress."""

    __tablename__ = "task_states"
    __audit_key__ = ("task_id",)

    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(16), default="not_started", index=True)
    due: Mapped[date | None] = mapped_column(Date)
    due_text: Mapped[str | None] = mapped_column(String(100))
    due_source: Mapped[str] = mapped_column(String(8), default="text")  # text | person | none
    milestones: Mapped[list[Any]] = mapped_column(JSON, default=list)
    lead_department: Mapped[str | None] = mapped_column(String(100), index=True)
    departments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    unresolved: Mapped[list[Any]] = mapped_column(JSON, default=list)
    percent: Mapped[int | None] = mapped_column(Integer)
    progress: Mapped[str | None] = mapped_column(Text)
    attachment: Mapped[str | None] = mapped_column(String(300))
    completed_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(100))


class TaskEventRow(Base):
    """One change to a task: a progress report, a state change or a new time limit, by whom,
    for which department, with its evidence; its reporting round follows from ``at``.
    Append-only."""

    __tablename__ = "task_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    by: Mapped[str] = mapped_column(String(100))
    department: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))  # progress | state | time_limit | system
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    percent: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    attachment: Mapped[str | None] = mapped_column(String(300))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_task_events_department", "department", "at"),)
