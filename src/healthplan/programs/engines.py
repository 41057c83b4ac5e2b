"""Where the program indicators run: DuckDB (the embedded default) or Apache Spark, through
Ibis. The stored records are Parquet files (one per table, columns as
:data:`healthplan.programs.records.TABLES` with ``person_key`` for ``id_number``); both
engines read them in place and run the same expressions
(:mod:`healthplan.programs.indicators`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import ibis
import ibis.expr.types as ir
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from ibis.backends import BaseBackend

from healthplan.programs.indicators import Tables, month_rows, monthly_counts, results
from healthplan.programs.records import TABLES, Column, RecordTable

__all__ = [
    "ENGINES",
    "compute_records",
    "connect",
    "spark_session",
    "stored_schema",
    "write_stored",
]

ENGINES = ("duckdb", "spark")
_TYPES = {
    "id": pa.int64(),
    "date": pa.date32(),
    "bool": pa.bool_(),
    "int": pa.int32(),
    "float": pa.float64(),
}


def _stored_columns(table: RecordTable) -> list[Column]:
    return [c for c in table.columns if c.name != "name"]  # names are never stored


def stored_schema(table: RecordTable) -> pa.Schema:
    """The Arrow schema of a stored table: ``id_number`` becomes ``person_key``."""
    fields = []
    for column in _stored_columns(table):
        name = "person_key" if column.kind == "id" else column.name
        fields.append(pa.field(name, _TYPES.get(column.kind, pa.string())))
    return pa.schema(fields)


def write_stored(directory: Path, frames: dict[str, pd.DataFrame]) -> None:
    """Write stored-form Parquet files, every table present (an absent one empty)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, table in TABLES.items():
        schema = stored_schema(table)
        frame = frames.get(name)
        if frame is None:
            arrow = schema.empty_table()
        else:
            arrow = pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)
        pq.write_table(arrow, directory / f"{name}.parquet")


def spark_session(**conf: str) -> Any:
    """A local Spark session (``local[2]``, settings for small data, no UI), or the one
    already running; ``conf`` overrides any setting. On a cluster, build the session with
    the cluster's settings instead and pass it to :func:`connect` (docs/scale.md)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(conf.pop("master", "local[2]")).appName("healthplan")
    # Measured on the tests' 20,000-resident set (local[2], a loaded machine): these take a
    # run from ~170 s to ~60 s. Many small stages dominate, so one shuffle partition, joins
    # broadcast, no whole-stage code generation (compiling it costs more than it saves at
    # this size) and Arrow for the results.
    settings = {
        "spark.sql.shuffle.partitions": "1",
        "spark.sql.autoBroadcastJoinThreshold": "100m",
        "spark.sql.codegen.wholeStage": "false",
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.session.timeZone": "UTC",
        "spark.driver.memory": "2g",
    }
    settings.update(conf)
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def connect(engine: str, *, session: Any = None, threads: int | None = None) -> BaseBackend:
    """An Ibis backend: ``duckdb`` (in memory) or ``spark`` (``session``, else a local one)."""
    if engine == "duckdb":
        con = ibis.duckdb.connect(threads=threads) if threads else ibis.duckdb.connect()
        con.raw_sql("SET preserve_insertion_order = false")
        con.raw_sql("SET enable_progress_bar = false")
        return con
    if engine == "spark":
        return ibis.pyspark.connect(session or spark_session())
    raise ValueError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")


def _tables(con: BaseBackend, directory: Path, year: int) -> Tables:
    tables = {
        name: con.read_parquet(str(directory / f"{name}.parquet"), table_name=f"rec_{name}")
        for name in TABLES
    }
    if con.name == "pyspark":
        # Ibis caches a Spark frame only over the session's own views, not in-memory tables;
        # it keeps no public handle on the session, so the months are made a view here.
        months = pd.DataFrame(month_rows(year))
        con._session.createDataFrame(months).createOrReplaceTempView("hp_months")
        tables["months"] = con.table("hp_months")
    return tables


def _materializer(con: BaseBackend) -> Callable[[ir.Table], ir.Table]:
    if con.name == "pyspark":
        return lambda expr: expr.cache()
    # ibis's own cache() drops its table with SQL DuckDB 2 no longer reads; a temporary
    # table lives as long as the connection, which is what is wanted here.
    return lambda expr: con.create_table(f"hp_{uuid.uuid4().hex}", expr, temp=True)


def compute_records(
    con: BaseBackend,
    directory: Path,
    parents: dict[str, str | None],
    year: int,
    *,
    only: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Every program indicator for every org unit (the residence units and all their
    ancestors in ``parents``) and every month, quarter and the year: columns indicator,
    org_unit, period, numerator, denominator, value, sorted."""
    counts = monthly_counts(
        _tables(con, directory, year), year, materialize=_materializer(con), only=only
    )
    expr = results(counts, parents, year)
    frame = con.to_pandas(expr)
    return frame.sort_values(["indicator", "org_unit", "period"], ignore_index=True)
