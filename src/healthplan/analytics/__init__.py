"""Analytics: indicator formulas, computation and roll-up in DuckDB (full and incremental),
and target assessment with 序时进度."""

from healthplan.analytics.compute import ComputeSummary, compute, load_engine, refresh
from healthplan.analytics.engine import Engine, IndicatorValue, Window
from healthplan.collection.formula import FormulaError, evaluate, parse_formula, validate_formula

__all__ = [
    "ComputeSummary",
    "Engine",
    "FormulaError",
    "IndicatorValue",
    "Window",
    "compute",
    "evaluate",
    "load_engine",
    "parse_formula",
    "refresh",
    "validate_formula",
]
