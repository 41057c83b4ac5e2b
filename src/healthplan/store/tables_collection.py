"""Tables of the collection stage: data sets (what each level reports, how often, by whom,
by when), their data elements, the approval workflow and formula constants."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from healthplan.store.tables import Audited, Base


class DataSetRow(Audited, Base):
    """A reporting form: 报表. ``org_level`` reports it every ``period_type`` period, due
    ``due_days`` after the period ends (上报时限)."""

    __tablename__ = "data_sets"
    __audit_key__ = ("code",)

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    period_type: Mapped[str] = mapped_column(String(16))
    org_level: Mapped[int] = mapped_column(Integer)
    department_code: Mapped[str | None] = mapped_column(ForeignKey("departments.code"))
    due_days: Mapped[int] = mapped_column(Integer, default=10)


class DataSetElementRow(Audited, Base):
    __tablename__ = "data_set_elements"
    __audit_key__ = ("data_set", "data_element")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data_set: Mapped[str] = mapped_column(
        ForeignKey("data_sets.code", ondelete="CASCADE"), index=True
    )
    data_element: Mapped[str] = mapped_column(ForeignKey("data_elements.code"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("data_set", "data_element"),)


class ApprovalRow(Audited, Base):
    """Workflow state of one data set × org unit × period: submitted → reviewed → approved
    (locked) → reopened."""

    __tablename__ = "approvals"
    __audit_key__ = ("data_set", "org_unit", "period")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data_set: Mapped[str] = mapped_column(ForeignKey("data_sets.code", ondelete="CASCADE"))
    org_unit: Mapped[str] = mapped_column(ForeignKey("org_units.code"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(100))
    comment: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("data_set", "org_unit", "period"),)


class ConstantRow(Audited, Base):
    """A named number formulas use as ``C{code}``."""

    __tablename__ = "constants"
    __audit_key__ = ("code",)

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    value: Mapped[float] = mapped_column(Float)
