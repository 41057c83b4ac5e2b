"""The shared base of every table and the tables the store itself owns: the audit log, org
units and departments (read through :mod:`healthplan.store.orgunits` and
:mod:`healthplan.store.departments`). Each stage's own tables are in
``store/tables_<stage>.py``; :mod:`healthplan.store.schema` gathers them all. Alembic
migrations in ``migrations/`` must match; ``tests/test_store_migrations.py`` fails when they
drift."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
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


class DataVersionRow(Base):
    """One row whose ``version`` every transaction that writes to ``audit_log`` increments
    as it commits: a cache of anything computed from the data is good while it is unchanged."""

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


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
