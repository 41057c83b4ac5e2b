"""Tables of the plans stage, the plan of record (目标任务台账): plans, their targets and
tasks. Only :mod:`healthplan.plans` reads and writes them; other stages call its public
functions (``plans.load_plan``, ``plans.active_targets`` …)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from healthplan.store.tables import Audited, Base


class PlanRow(Audited, Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(16))
    org_unit_code: Mapped[str | None] = mapped_column(ForeignKey("org_units.code"))
    issuer: Mapped[str | None] = mapped_column(String(200))
    doc_number: Mapped[str | None] = mapped_column(String(100))
    issued: Mapped[date | None] = mapped_column(Date)
    documents: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="draft")


class TargetRow(Audited, Base):
    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    indicator_text: Mapped[str] = mapped_column(String(300))
    indicator_code: Mapped[str | None] = mapped_column(ForeignKey("indicators.code"), index=True)
    link_confidence: Mapped[float | None] = mapped_column(Float)
    comparator: Mapped[str] = mapped_column(String(16))
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20), default="")
    deadline: Mapped[int | None] = mapped_column(Integer)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    milestones: Mapped[list[Any]] = mapped_column(JSON, default=list)
    nature: Mapped[str | None] = mapped_column(String(20))
    scope: Mapped[str | None] = mapped_column(String(200))
    org_unit_code: Mapped[str | None] = mapped_column(ForeignKey("org_units.code"))
    departments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cumulative: Mapped[bool] = mapped_column(default=False)
    source: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    rule: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # Identity across re-imports: document | indicator wording | occurrence.
    key: Mapped[str | None] = mapped_column(String(400), index=True)
    # What the last re-import found: added | changed | removed (None: nothing to review).
    change: Mapped[str | None] = mapped_column(String(20))
    # Values a re-import read for a reviewed target, awaiting a person's decision.
    proposal: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Why the target is behind or was adjusted, as a person recorded it (中期/终期评估 cite it).
    reason_text: Mapped[str | None] = mapped_column(Text)
    reason_kind: Mapped[str | None] = mapped_column(String(20))  # behind | adjusted
    reason_by: Mapped[str | None] = mapped_column(String(100))
    reason_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TaskRow(Audited, Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    lead_department: Mapped[str | None] = mapped_column(String(100))
    departments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Phrases the extractor would not take for departments, kept for the review sheet only.
    rejected_departments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    due: Mapped[date | None] = mapped_column(Date)
    due_text: Mapped[str | None] = mapped_column(String(100))
    target_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    key: Mapped[str | None] = mapped_column(String(400), index=True)
    change: Mapped[str | None] = mapped_column(String(20))
    proposal: Mapped[dict[str, Any] | None] = mapped_column(JSON)
