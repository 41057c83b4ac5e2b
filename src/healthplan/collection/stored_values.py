"""Stored values as other stages read them: a frame for the indicator engine (all, or only
those changed since a time, for an incremental refresh) and the date the data reaches."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
from sqlalchemy import func, select

from healthplan.store import Workspace
from healthplan.store.tables_collection import DataValueRow

__all__ = ["VALUE_COLUMNS", "latest_period_end", "value_frame"]

VALUE_COLUMNS = ["data_element", "category", "org_unit", "period", "value"]


def value_frame(
    ws: Workspace, since: datetime | None = None
) -> tuple[pd.DataFrame, datetime | None]:
    """Every non-empty value stored or changed after ``since`` (all when None), with columns
    :data:`VALUE_COLUMNS` (``value`` as float64), and the time of the latest change read
    (``since`` when nothing is new): pass it back as ``since`` to read only what is new."""
    query = select(
        DataValueRow.data_element,
        DataValueRow.category,
        DataValueRow.org_unit,
        DataValueRow.period,
        DataValueRow.value,
        DataValueRow.last_updated,
    ).where(DataValueRow.value.is_not(None))
    if since is not None:
        query = query.where(DataValueRow.last_updated > since)
    with ws.session() as session:
        rows = session.execute(query).all()
    frame = pd.DataFrame([r[:5] for r in rows], columns=VALUE_COLUMNS)
    frame["value"] = frame["value"].astype("float64")
    stamps = [r[5] for r in rows if r[5] is not None]
    return frame, max(stamps) if stamps else since


def latest_period_end(ws: Workspace) -> date | None:
    """The last day of the latest period any value was stored for (None: no values)."""
    with ws.session() as session:
        return session.scalar(select(func.max(DataValueRow.end_date)))
