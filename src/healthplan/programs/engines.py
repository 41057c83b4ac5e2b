"""Where the program indicators run: DuckDB (the embedded default) or Apache Spark, through
Ibis. The stored records are Parquet files (one per table, columns as
:data:`healthplan.programs.records.TABLES` with ``person_key`` for ``id_number``); both
engines read them in place and run the same expressions
(:mod:`healthplan.programs.indicators`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ibis
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from ibis.backends import BaseBackend

from healthplan.programs.indicators import Tables, monthly_counts, results
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
    """A local Spark session (``local[2]``, few shuffle partitions, no UI), or the one
    already running; on a cluster, build the session with the cluster's settings instead
    and pass it to :func:`connect` (docs/scale.md)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(conf.pop("master", "local[2]")).appName("healthplan")
    settings = {
        "spark.sql.shuffle.partitions": "4",
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
        return con
    if engine == "spark":
        return ibis.pyspark.connect(session or spark_session())
    raise ValueError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")


def _tables(con: BaseBackend, directory: Path) -> Tables:
    return {
        name: con.read_parquet(str(directory / f"{name}.parquet"), table_name=f"rec_{name}")
        for name in TABLES
    }


def compute_records(
    con: BaseBackend, directory: Path, parents: dict[str, str | None], year: int
) -> pd.DataFrame:
    """Every program indicator for every org unit (the residence units and all their
    ancestors in ``parents``) and every month, quarter and the year: columns indicator,
    org_unit, period, numerator, denominator, value, sorted."""
    expr = results(monthly_counts(_tables(con, directory), year), parents, year)
    frame = con.to_pandas(expr)
    return frame.sort_values(["indicator", "org_unit", "period"], ignore_index=True)
