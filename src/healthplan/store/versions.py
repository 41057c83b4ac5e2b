"""The data version: how many committed transactions have written audited data (the audit
hook bumps it as each commits, :mod:`healthplan.store.audit`). Anything computed from the data
at one version stays true while the version is unchanged."""

from __future__ import annotations

from sqlalchemy import select

from healthplan.store.tables import DataVersionRow
from healthplan.store.workspace import Workspace


def data_version(ws: Workspace) -> int:
    """The workspace's data version (0 on a new workspace)."""
    with ws.session() as session:
        found = session.scalar(select(DataVersionRow.version).where(DataVersionRow.id == 1))
    return int(found or 0)
