"""Where the program indicators run: DuckDB (the embedded default) or Apache Spark, through
Ibis. The stored records are Parquet files (one per table, columns as
:data:`healthplan.programs.records.TABLES` with ``person_key`` for ``id_number``); both
engines read them in place and run the same expressions
(:mod:`healthplan.programs.indicators`)."""

from __future__ import annotations

import contextlib
import gc
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import ibis
import ibis.expr.types as ir
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from ibis.backends import BaseBackend

from healthplan.programs.indicators import (
    DERIVED,
    DERIVED_VERSION,
    Tables,
    month_rows,
    monthly_counts,
    results,
    unit_rows,
)
from healthplan.programs.records import TABLES, Column, RecordTable

__all__ = [
    "ENGINES",
    "compute_records",
    "connect",
    "spark_session",
    "stored_schema",
    "write_derived",
    "write_stored",
]

ENGINES = ("duckdb", "spark")
# DuckDB's working memory before it spills to disk: the whole computation of ten million
# residents stays well inside a machine of 8 GB.
DUCKDB_MEMORY = "4GB"
_TYPES = {
    "id": pa.int64(),
    "date": pa.date32(),
    "bool": pa.bool_(),
    "int": pa.int32(),
    "float": pa.float64(),
}


_SPARK_TYPES = {
    "int64": "BIGINT",
    "int32": "INT",
    "date32[day]": "DATE",
    "bool": "BOOLEAN",
    "double": "DOUBLE",
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
    write_derived(directory)


def write_derived(directory: Path, out: Path | None = None) -> list[Path]:
    """Derive, from the stored records in ``directory``, the tables every compute starts
    from (:data:`healthplan.programs.indicators.DERIVED`) and write them beside the records
    (or in ``out``), as the import does; returns the files written."""
    con = connect("duckdb")
    written = []
    try:
        records = _Parquet(con, directory, derived=False)
        for name, (derive, order) in DERIVED.items():
            target = (out or directory) / f"{name}.parquet"
            # Sorted by person: a person's rows together, and the file compresses better.
            expr = derive(records).order_by(*order)
            con._run_pre_execute_hooks(expr)
            # Marked with the version of the derivations: a file derived by other code is
            # not read (:func:`_names`).
            quoted = str(target).replace("'", "''")
            con.raw_sql(
                f"COPY ({con.compile(expr)}) TO '{quoted}' "
                f"(FORMAT parquet, KV_METADATA {{{_VERSION_KEY}: '{DERIVED_VERSION}'}})"
            )
            written.append(target)
    finally:
        con.disconnect()
    return written


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


def connect(
    engine: str,
    *,
    session: Any = None,
    threads: int | None = None,
    memory_limit: str = DUCKDB_MEMORY,
    temp_directory: Path | None = None,
) -> BaseBackend:
    """An Ibis backend: ``duckdb`` (in memory, spilling to ``temp_directory`` — by default
    one under the system's temporary folder — past ``memory_limit``) or ``spark``
    (``session``, else a local one)."""
    if engine == "duckdb":
        con = ibis.duckdb.connect(threads=threads) if threads else ibis.duckdb.connect()
        spill = temp_directory or Path(tempfile.gettempdir()) / f"healthplan-duckdb-{os.getpid()}"
        con.raw_sql("SET preserve_insertion_order = false")
        con.raw_sql("SET enable_progress_bar = false")
        con.raw_sql(f"SET memory_limit = '{memory_limit}'")
        con.raw_sql(f"SET temp_directory = '{spill}'")
        return con
    if engine == "spark":
        return ibis.pyspark.connect(session or spark_session())
    raise ValueError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")


_VERSION_KEY = "healthplan_derived"


def _names(directory: Path, derived: bool) -> list[str]:
    """The stored tables: the records and, if the import derived them with this version of
    the derivations, the :data:`DERIVED` tables (a store imported before has none or older
    ones; the engine then derives them itself, from the same expressions)."""
    names = list(TABLES)
    for name in DERIVED if derived else ():
        path = directory / f"{name}.parquet"
        if path.exists():
            meta = pq.read_metadata(path).metadata or {}
            if meta.get(_VERSION_KEY.encode()) == DERIVED_VERSION.encode():
                names.append(name)
    return names


class _Parquet(Mapping[str, ir.Table]):
    """The stored tables on DuckDB, each opened when an indicator first reads it (a few
    indicators read a few of the nineteen)."""

    def __init__(self, con: BaseBackend, directory: Path, *, derived: bool = True) -> None:
        self.con, self.directory = con, directory
        self.names = _names(directory, derived)
        self.opened: dict[str, ir.Table] = {}

    def __getitem__(self, name: str) -> ir.Table:
        if name not in self.names:
            raise KeyError(name)
        if name not in self.opened:
            path = str(self.directory / f"{name}.parquet")
            self.opened[name] = self.con.read_parquet(path, table_name=f"rec_{name}")
        return self.opened[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


def _tables(con: BaseBackend, directory: Path, year: int, units: list[str]) -> Tables:
    if con.name != "pyspark":
        return _Parquet(con, directory)
    # Every indicator reads several tables: Spark keeps them in memory (spilling to disk)
    # after the first read instead of listing and opening the files again for each. Ibis
    # caches a Spark frame only over the session's own views, and keeps no public handle on
    # the session, so the views are made here.
    session = con._session
    names = _names(directory, True)
    for name in names:
        path = directory / f"{name}.parquet"
        # The schema is known: given, Spark runs no job to read it from the files.
        schema = stored_schema(TABLES[name]) if name in TABLES else pq.read_schema(path)
        columns = ", ".join(
            f"`{field.name}` {_SPARK_TYPES.get(str(field.type), 'STRING')}" for field in schema
        )
        frame = session.read.schema(columns).parquet(str(path))
        frame.cache().createOrReplaceTempView(f"rec_{name}")
    session.createDataFrame(pd.DataFrame(month_rows(year))).createOrReplaceTempView("hp_months")
    units_frame = pd.DataFrame(unit_rows(units), columns=["code", "uid"]).astype({"uid": "int32"})
    session.createDataFrame(units_frame).createOrReplaceTempView("hp_units")
    tables = {name: con.table(f"rec_{name}") for name in names}
    tables["months"] = con.table("hp_months")
    tables["units"] = con.table("hp_units")
    return tables


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
    # On Spark the run takes minutes of Py4J calls: the collector stays on.
    paused = contextlib.nullcontext() if con.name == "pyspark" else _collector_paused()
    with paused:
        return _compute(con, directory, parents, year, only)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while Ibis builds and compiles and DuckDB runs
    the one query (which allocates no Python objects): Ibis creates tens of thousands of
    short-lived objects, and a full collection landing there rescans every object of the
    process. Measured on bench/programs.py's subset at a million residents: compiling took
    0.12 s of CPU, or 0.33-0.40 s in the runs a full collection hit; the collection runs
    later, when it is due anyway."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _compute(
    con: BaseBackend,
    directory: Path,
    parents: dict[str, str | None],
    year: int,
    only: Iterable[str] | None,
) -> pd.DataFrame:
    spark = con.name == "pyspark"
    units = sorted(parents)
    counts = monthly_counts(
        _tables(con, directory, year, units),
        year,
        units,
        # Spark runs a query an indicator: the residence spans are computed once and kept.
        # DuckDB runs one query and keeps what several parts of it read by itself.
        materialize=(lambda expr: expr.cache()) if spark else None,
        only=only,
    )
    if spark:
        # Each indicator's counts are small (org units × 12 months): collected, then rolled
        # up on the same engine.
        frames = [con.to_pandas(expr) for expr in counts.values()]
        expr = results(ibis.memtable(pd.concat(frames, ignore_index=True)), units, parents, year)
    else:
        # DuckDB: one query, so what indicators share (the residence spans, a registry, a
        # population cut by age) is computed once, and nothing comes back but the results.
        expr = results(ibis.union(*counts.values()), units, parents, year)
    fuse = ibis.options.sql.fuse_selects
    # Fusing nested selects makes tidier SQL that neither engine runs faster; on
    # expressions this deep it is most of Ibis's compile time.
    ibis.options.sql.fuse_selects = False
    try:
        frame = con.to_pandas(expr)
    finally:
        ibis.options.sql.fuse_selects = fuse
    return frame.sort_values(["indicator", "org_unit", "period"], ignore_index=True)
