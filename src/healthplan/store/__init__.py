"""Persistence: SQLAlchemy 2 tables, Alembic migrations, the audit trail and the
:class:`Workspace` seam; the org units and departments every stage shares."""

from healthplan.store.audit import record as record_audit
from healthplan.store.departments import list_departments, save_departments
from healthplan.store.orgunits import TreeNode, list_orgunits, orgunit_tree, parents
from healthplan.store.versions import data_version
from healthplan.store.workspace import Workspace

__all__ = [
    "TreeNode",
    "Workspace",
    "data_version",
    "list_departments",
    "list_orgunits",
    "orgunit_tree",
    "parents",
    "record_audit",
    "save_departments",
]
