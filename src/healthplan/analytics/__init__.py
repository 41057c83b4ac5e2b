"""Analytics: indicator computation and roll-up in DuckDB (full and incremental), and
target assessment with 序时进度: one judgement (:func:`judge`) the store-backed assessment
calls for every row."""

from healthplan.analytics.assessment import assess
from healthplan.analytics.computation import ComputeSummary, compute, load_engine, refresh
from healthplan.analytics.engine import Engine, IndicatorValue, Window
from healthplan.analytics.judgement import Judgement, Status, Tolerances, judge, judge_cases
from healthplan.analytics.ranking import competition_ranks
from healthplan.analytics.report import Assessment, AssessmentReport

__all__ = [
    "Assessment",
    "AssessmentReport",
    "ComputeSummary",
    "Engine",
    "IndicatorValue",
    "Judgement",
    "Status",
    "Tolerances",
    "Window",
    "assess",
    "competition_ranks",
    "compute",
    "judge",
    "judge_cases",
    "load_engine",
    "refresh",
]
