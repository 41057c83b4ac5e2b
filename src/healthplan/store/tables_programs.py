"""Table of the programs stage (基本公共卫生服务 records): the log of record imports. The
individual records themselves are Parquet files in the workspace (``records/``), too many
for the SQL store; this table says which extract they come from and what was rejected."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from healthplan.store.tables import Audited, Base


class RecordImportRow(Audited, Base):
    """One import of an extract: when, by whom, from where (a folder; never its contents),
    the fingerprint of its files and the rows stored and rejected per table."""

    __tablename__ = "record_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(500))
    fingerprint: Mapped[str] = mapped_column(String(64))
    stored: Mapped[dict[str, Any]] = mapped_column(JSON)  # table → rows stored
    rejected: Mapped[dict[str, Any]] = mapped_column(JSON)  # table → {reason: rows}
