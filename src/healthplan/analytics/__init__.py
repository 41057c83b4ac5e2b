"""Analytics: indicator computation and roll-up in DuckDB (full and incremental),
and target assessment with 序时进度."""

from healthplan.analytics.assessment import assess
from healthplan.analytics.computation import ComputeSummary, compute, load_engine, refresh
from healthplan.analytics.engine import Engine, IndicatorValue, Window
from healthplan.analytics.ranking import competition_ranks
from healthplan.analytics.status import Assessment, AssessmentReport, Status

__all__ = [
    "Assessment",
    "AssessmentReport",
    "ComputeSummary",
    "Engine",
    "IndicatorValue",
    "Status",
    "Window",
    "assess",
    "competition_ranks",
    "compute",
    "load_engine",
    "refresh",
]
