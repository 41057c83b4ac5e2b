"""Tables of the collection stage: the indicator catalog (data elements, indicators, formula
constants), data sets (what each level reports, how often, by whom, by when), the data values
and the approval workflow. Only :mod:`healthplan.collection` reads and writes them; other
stages call its public functions (``collection.value_frame``, ``list_indicators`` …)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from healthplan.store.tables import Audited, Base


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
    # DHIS2's attribute option combo (e.g. a funding partner); "default" when there is none.
    attribute: Mapped[str] = mapped_column(String(64), default="default", server_default="default")
    value: Mapped[float | None] = mapped_column(Float)
    # A text or date element's value (DHIS2 TEXT, LONG_TEXT, DATE as YYYY-MM-DD); ``value``
    # is then None, so no computation mistakes it for a number.
    text_value: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)
    stored_by: Mapped[str | None] = mapped_column(String(100))
    last_updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # When the value was first received: the basis of timeliness (上报及时率).
    created: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    followup: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # What the sending system (DHIS2, ADX) said of the value, kept as written and exported
    # back: its storedBy, created and lastUpdated. None for values entered here.
    origin_stored_by: Mapped[str | None] = mapped_column(String(100))
    origin_created: Mapped[str | None] = mapped_column(String(40))
    origin_last_updated: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (
        UniqueConstraint("data_element", "period", "org_unit", "category", "attribute"),
        Index("ix_data_values_period", "period_type", "start_date"),
    )


class DeletedValueRow(Base):
    """A deleted value, as it was (or as the sender said it was): DHIS2 exports deletions
    as ``deleted: true`` and a workspace that synchronises with DHIS2 must pass them on.
    Written beside the audited delete of the value; gone when the value is stored again."""

    __tablename__ = "deleted_values"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data_element: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    org_unit: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(64))
    attribute: Mapped[str] = mapped_column(String(64))
    value: Mapped[float | None] = mapped_column(Float)
    text_value: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)
    # As exported: the storedBy, created and lastUpdated (the deletion's time) DHIS2 writes.
    stored_by: Mapped[str | None] = mapped_column(String(100))
    created: Mapped[str | None] = mapped_column(String(40))
    last_updated: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (
        UniqueConstraint("data_element", "period", "org_unit", "category", "attribute"),
    )


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


class IdMappingRow(Audited, Base):
    """An identifier another system gives an object (DHIS2 UID, code or name) and the
    healthplan code it stands for; ``kind`` is org_unit, data_element, category_option_combo,
    attribute_option_combo or data_set. Built by ``metadata import`` from a DHIS2 metadata
    export."""

    __tablename__ = "id_mappings"
    __audit_key__ = ("kind", "uid")

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str | None] = mapped_column(String(230))
