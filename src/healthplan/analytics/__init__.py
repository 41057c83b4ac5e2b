"""Analytics: indicator computation and roll-up in DuckDB (full and incremental),
and target assessment with 序时进度."""

from healthplan.analytics.compute import ComputeSummary, compute, load_engine, refresh
from healthplan.analytics.engine import Engine, IndicatorValue, Window

__all__ = [
    "ComputeSummary",
    "Engine",
    "IndicatorValue",
    "Window",
    "compute",
    "load_engine",
    "refresh",
]
