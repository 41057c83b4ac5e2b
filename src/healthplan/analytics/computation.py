"""The engine over a workspace: load the store into DuckDB, compute, and pick up values that
arrived since (incremental refresh, seconds not an overnight rebuild)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from healthplan.analytics.engine import Engine, IndicatorValue
from healthplan.collection import (
    list_constants,
    list_data_elements,
    list_indicators,
    value_frame,
)
from healthplan.errors import NotFoundError
from healthplan.i18n import t
from healthplan.store import Workspace
from healthplan.store.orgunits import parents

__all__ = ["ComputeSummary", "compute", "load_engine", "refresh"]

_COLUMNS = {"data_element": "de", "category": "cat", "org_unit": "ou"}  # the engine's names


def _frame(ws: Workspace, since: datetime | None) -> tuple[pd.DataFrame, datetime | None]:
    frame, watermark = value_frame(ws, since)
    return frame.rename(columns=_COLUMNS), watermark


def load_engine(ws: Workspace, *, indicators: Iterable[str] | None = None) -> Engine:
    """An :class:`Engine` with the workspace's org units, metadata and values, computed."""
    wanted = set(indicators) if indicators is not None else None
    catalog = [i for c, i in list_indicators(ws).items() if wanted is None or c in wanted]
    units = list(parents(ws).items())
    engine = Engine(catalog, list(list_data_elements(ws).values()), units, list_constants(ws))
    frame, engine.watermark = _frame(ws, None)
    engine.load_values(frame)
    engine.compute()
    return engine


def refresh(engine: Engine, ws: Workspace) -> int:
    """Apply values stored or changed since the engine last read the store; returns the
    number of indicator values recomputed (0 when nothing is new)."""
    frame, engine.watermark = _frame(ws, engine.watermark)
    if frame.empty:
        return 0
    return engine.apply(frame)


@dataclass(frozen=True)
class ComputeSummary:
    values: list[IndicatorValue]
    indicators: int
    org_units: int
    periods: int


def compute(
    ws: Workspace,
    *,
    indicators: Iterable[str] | None = None,
    org_units: Iterable[str] | None = None,
    periods: Iterable[str] | None = None,
) -> ComputeSummary:
    """Compute every indicator for every org unit and period (month → quarter → year, rolled
    up the hierarchy) and return those asked for."""
    wanted = list(indicators) if indicators is not None else None
    units = list(org_units) if org_units is not None else None
    # A code that names nothing would give an empty answer that reads like "no data".
    unknown = [code for code in wanted or [] if code not in list_indicators(ws)]
    if unknown:
        raise NotFoundError(t("unknown indicator {code}", code=", ".join(unknown)))
    known_units = parents(ws)
    unknown = [code for code in units or [] if code not in known_units]
    if unknown:
        raise NotFoundError(t("unknown org unit {code}", code=", ".join(unknown)))
    engine = load_engine(ws, indicators=wanted)
    try:
        values = engine.values(wanted, units, periods)
    finally:
        engine.close()
    return ComputeSummary(
        values,
        len({v.indicator for v in values}),
        len({v.org_unit for v in values}),
        len({v.period for v in values}),
    )
