"""The aggregate engine on Apache Spark: the same statements :class:`Engine` runs in DuckDB
(:meth:`Engine.statements`), transpiled to Spark SQL by SQLGlot — one expression layer, two
engines. For a province whose data values outgrow one machine; the results are identical to
DuckDB's (``tests/test_programs_engines.py``)."""

from __future__ import annotations

from typing import Any

from healthplan.analytics.engine import INPUTS, Engine, IndicatorValue

__all__ = ["compute_on_spark"]


def compute_on_spark(engine: Engine, session: Any) -> list[IndicatorValue]:
    """Every indicator for every unit and period, computed by ``session`` (a SparkSession)
    from ``engine``'s inputs (its org-unit closure, formulas, values and period map)."""
    import sqlglot

    for name in INPUTS:
        frame = engine.con.execute(f"SELECT * FROM {name}").df()
        session.createDataFrame(frame).createOrReplaceTempView(name)
    for table, sql in engine.statements():
        spark_sql = sqlglot.transpile(sql, read="duckdb", write="spark")[0]
        session.sql(spark_sql).cache().createOrReplaceTempView(table)
    rows = session.sql(
        "SELECT indicator, ou, period, numerator, denominator, value FROM results"
    ).collect()
    found = engine._decode([tuple(r) for r in rows])
    return sorted(found, key=lambda v: (v.indicator, v.org_unit, v.period))
