"""Every table of every stage, so Alembic and the drift test see them all.

The core tables live in :mod:`healthplan.store.tables`; a stage that needs tables of its own
declares them on the same ``Base`` in ``store/tables_<stage>.py`` and is imported here.
"""

import healthplan.store.tables_collection
import healthplan.store.tables_surveillance  # noqa: F401
from healthplan.store import tables
from healthplan.store.tables import Base

metadata = Base.metadata

__all__ = ["Base", "metadata", "tables"]
