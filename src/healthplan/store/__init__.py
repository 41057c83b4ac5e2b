"""Persistence: SQLAlchemy 2 tables, Alembic migrations, the audit trail and the
:class:`Workspace` seam."""

from healthplan.store.audit import record as record_audit
from healthplan.store.workspace import Workspace

__all__ = ["Workspace", "record_audit"]
