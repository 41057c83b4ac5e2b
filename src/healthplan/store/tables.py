"""Database tables (SQLAlchemy 2 typed ORM). Alembic migrations in ``migrations/`` must
match these; ``tests/test_store_migrations.py`` fails when they drift."""

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
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Audited:
    """Marks a table whose every insert, update and delete goes to ``audit_log``."""

    __audit_key__: tuple[str, ...] = ("id",)


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    table_name: Mapped[str] = mapped_column(String(64))
    record_key: Mapped[str] = mapped_column(String(200))
    old: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    new: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_key"),)


class OrgUnitRow(Audited, Base):
    __tablename__ = "org_units"
    __audit_key__ = ("code",)

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[int] = mapped_column(Integer, index=True)
    parent_code: Mapped[str | None] = mapped_column(
        ForeignKey("org_units.code", ondelete="RESTRICT"), index=True
    )
    # Materialised path of codes from the root ("/1/2/3/"), so a subtree is one LIKE query.
    path: Mapped[str] = mapped_column(String(400), index=True)


class DepartmentRow(Audited, Base):
    __tablename__ = "departments"
    __audit_key__ = ("code",)

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    kind: Mapped[str] = mapped_column(String(20))
    org_unit_code: Mapped[str | None] = mapped_column(ForeignKey("org_units.code"), index=True)
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("departments.code"))


class DataElementRow(Audited, Base):
    __tablename__ = "data_elements"
    __audit_key__ = ("code",)

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    value_type: Mapped[str] = mapped_column(String(20))
    aggregation: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(20), default="")
    categories: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Plausible range for quality checks (值域校验); None = unbounded.
    min_value: Mapped[float | None] = mapped_column(Float)
    max_value: Mapped[float | None] = mapped_column(Float)


class IndicatorRow(Audited, Base):
    __tablename__ = "indicators"
    __audit_key__ = ("code",)

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    synonyms: Mapped[list[Any]] = mapped_column(JSON, default=list)
    numerator: Mapped[str | None] = mapped_column(Text)
    denominator: Mapped[str | None] = mapped_column(Text)
    multiplier: Mapped[float] = mapped_column(Float, default=1)
    unit: Mapped[str] = mapped_column(String(20), default="")
    direction: Mapped[str] = mapped_column(String(20))
    aggregation: Mapped[str] = mapped_column(String(20))
    period_type: Mapped[str] = mapped_column(String(20))
    custom: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str | None] = mapped_column(Text)


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


class TaskRow(Audited, Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    lead_department: Mapped[str | None] = mapped_column(String(100))
    departments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    due: Mapped[date | None] = mapped_column(Date)
    due_text: Mapped[str | None] = mapped_column(String(100))
    target_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    key: Mapped[str | None] = mapped_column(String(400), index=True)
    change: Mapped[str | None] = mapped_column(String(20))
    proposal: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class DataValueRow(Audited, Base):
    __tablename__ = "data_values"
    __audit_key__ = ("data_element", "period", "org_unit", "category")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data_element: Mapped[str] = mapped_column(ForeignKey("data_elements.code"))
    period: Mapped[str] = mapped_column(String(16))
    period_type: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    org_unit: Mapped[str] = mapped_column(ForeignKey("org_units.code"), index=True)
    category: Mapped[str] = mapped_column(String(64), default="default")
    value: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)
    stored_by: Mapped[str | None] = mapped_column(String(100))
    last_updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # When the value was first received: the basis of timeliness (上报及时率).
    created: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("data_element", "period", "org_unit", "category"),
        Index("ix_data_values_period", "period_type", "start_date"),
    )
