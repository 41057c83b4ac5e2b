"""Every table of every stage, so Alembic and the drift test see them all.

:mod:`healthplan.store.tables` holds the base and the store's own tables (audit log, org
units, departments); each stage's tables are in ``store/tables_<stage>.py``, imported here
and read or written only by that stage.
"""

from healthplan.store import (
    tables,
    tables_collection,
    tables_plans,
    tables_programs,
    tables_surveillance,
    tables_tasks,
    tables_warnings,
    tables_web,
)
from healthplan.store.tables import Base

metadata = Base.metadata

__all__ = [
    "Base",
    "metadata",
    "tables",
    "tables_collection",
    "tables_plans",
    "tables_programs",
    "tables_surveillance",
    "tables_tasks",
    "tables_warnings",
    "tables_web",
]
