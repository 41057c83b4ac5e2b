"""Where the program indicators run: DuckDB (the embedded default) or Apache Spark, through
Ibis. The stored records are Parquet files (one per table, columns as
:data:`healthplan.programs.records.TABLES` with ``person_key`` for ``id_number``); both
engines read them in place and run the same expressions
(:mod:`healthplan.programs.indicators`)."""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.operations as ops
import ibis.expr.types as ir
import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq
import sqlglot
from ibis.backends import BaseBackend

from healthplan.programs import indicators, records
from healthplan.programs.indicators import (
    CENSUS,
    DERIVED,
    DERIVED_VERSION,
    ORDER,
    Tables,
    monthly_counts,
    results,
    unit_rows,
)
from healthplan.programs.records import RECORDS, TABLES, Column, RecordTable

__all__ = [
    "ENGINES",
    "compute_records",
    "connect",
    "spark_session",
    "sql_cache_dir",
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
    "int16": "SMALLINT",
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
            # Sorted by person (a person's rows together, and the file compresses better)
            # or as a compute filters them.
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
            # A table derived from others written before (:data:`DERIVED`'s order) reads
            # them as written, not their derivation again.
            records.add(name, _Parquet(con, target.parent).open(name))
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
        # DuckDB plans in one thread, and on the query of all program indicators (85,000
        # characters) projection_pullup was half of the optimizer's time (0.16-0.44 s of
        # 0.36-0.82 s) for no faster plan: all 31 at a million residents, medians of five
        # runs, 6.5 -> 6.0 s of CPU, same results (docs/scale.md). cte_inlining copies a
        # shared filter of the population (a disease's patients, an age band) into each of
        # its readers, so each filters the whole population again: kept whole, the query
        # makes 77 million intermediate rows instead of 111 (docs/scale.md, stop 29).
        con.raw_sql("SET disabled_optimizers = 'projection_pullup,cte_inlining'")
        return con
    if engine == "spark":
        return ibis.pyspark.connect(session or spark_session())
    raise ValueError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")


_VERSION_KEY = "healthplan_derived"


def _names(directory: Path, derived: bool, year: int | None = None) -> list[str]:
    """The stored tables: the records and, if the import derived them with this version of
    the derivations, the :data:`DERIVED` tables (a store imported before has none or older
    ones; the engine then derives them itself, from the same expressions) — the census only
    if it holds ``year`` (a compute of another year counts its own)."""
    names = list(TABLES)
    for name in DERIVED if derived else ():
        path = directory / f"{name}.parquet"
        if path.exists():
            meta = pq.read_metadata(path)
            marks = meta.metadata or {}
            if marks.get(_VERSION_KEY.encode()) != DERIVED_VERSION.encode():
                continue
            if name != CENSUS or (year is not None and year in _years(meta)):
                names.append(name)
    return names


def _years(meta: pq.FileMetaData) -> range:
    """The years a stored census holds, from its row groups' statistics (the import stores
    a range of years, :func:`indicators.census_years`); none where a writer kept none."""
    column = meta.schema.to_arrow_schema().get_field_index("year")
    bounds = [meta.row_group(i).column(column).statistics for i in range(meta.num_row_groups)]
    if not bounds or any(b is None or not b.has_min_max for b in bounds):
        return range(0)
    return range(min(b.min for b in bounds), max(b.max for b in bounds) + 1)


def _view(con: BaseBackend, directory: Path, name: str) -> str:
    """A view ``rec_<name>`` over the stored table ``name`` on DuckDB; returns its name."""
    quoted = str(directory / f"{name}.parquet").replace("'", "''")
    con.raw_sql(f"CREATE OR REPLACE TEMP VIEW rec_{name} AS SELECT * FROM read_parquet('{quoted}')")
    return f"rec_{name}"


class _Parquet(Mapping[str, ir.Table]):
    """The stored tables on DuckDB, each opened when an indicator first reads it (a few
    indicators read a few of the nineteen)."""

    def __init__(
        self, con: BaseBackend, directory: Path, *, derived: bool = True, year: int | None = None
    ) -> None:
        self.con, self.directory = con, directory
        self.names = _names(directory, derived, year)
        self.opened: dict[str, ir.Table] = {}

    def __getitem__(self, name: str) -> ir.Table:
        if name not in self.names:
            raise KeyError(name)
        return self.open(name)

    def open(self, name: str) -> ir.Table:
        """The stored table ``name``, whether or not a compute of this year reads it."""
        if name not in self.opened:
            # The schema from the file's footer, every column nullable as DuckDB describes a
            # view (the same SQL compiles): opening the subset's 11 tables of
            # bench/programs.py took 0.051 s of CPU asking DuckDB, 0.025 s this way.
            arrow = pq.read_schema(self.directory / f"{name}.parquet")
            schema = ibis.schema({f.name: dt.DataType.from_pyarrow(f.type) for f in arrow})
            view = _view(self.con, self.directory, name)
            table = ops.DatabaseTable(
                view, schema=schema, source=self.con, namespace=ops.Namespace()
            )
            self.opened[name] = table.to_expr()
        return self.opened[name]

    def add(self, name: str, table: ir.Table) -> None:
        """Read ``table`` as ``name`` from now on."""
        self.names.append(name)
        self.opened[name] = table

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


def _tables(con: BaseBackend, directory: Path, units: list[str], year: int | None = None) -> Tables:
    """The stored tables, the census only if it holds ``year`` (:func:`_names`)."""
    if con.name != "pyspark":
        return _Parquet(con, directory, year=year)
    # Every indicator reads several tables: Spark keeps them in memory (spilling to disk)
    # after the first read instead of listing and opening the files again for each. Ibis
    # caches a Spark frame only over the session's own views, and keeps no public handle on
    # the session, so the views are made here.
    session = con._session
    names = _names(directory, True, year)
    for name in names:
        path = directory / f"{name}.parquet"
        # The schema is known: given, Spark runs no job to read it from the files.
        schema = stored_schema(TABLES[name]) if name in TABLES else pq.read_schema(path)
        columns = ", ".join(
            f"`{field.name}` {_SPARK_TYPES.get(str(field.type), 'STRING')}" for field in schema
        )
        frame = session.read.schema(columns).parquet(str(path))
        frame.cache().createOrReplaceTempView(f"rec_{name}")
    units_frame = pd.DataFrame(unit_rows(units), columns=["code", "uid"]).astype({"uid": "int32"})
    session.createDataFrame(units_frame).createOrReplaceTempView("hp_units")
    tables = {name: con.table(f"rec_{name}") for name in names}
    tables["units"] = con.table("hp_units")
    return tables


def sql_cache_dir(home: Path) -> Path:
    """Where :func:`compute_records` keeps the compiled SQL of a workspace (``home``): beside
    the records, outside the folder an import replaces, since the SQL does not depend on the
    records' contents (:func:`_cache_key`)."""
    return home / RECORDS / "compiled"


def compute_records(
    con: BaseBackend,
    directory: Path,
    parents: dict[str, str | None],
    year: int,
    *,
    only: Iterable[str] | None = None,
    sql_cache: Path | None = None,
) -> pd.DataFrame:
    """Every program indicator for every org unit (the residence units and all their
    ancestors in ``parents``) and every month, quarter and the year: columns indicator,
    org_unit, period, numerator, denominator, value, sorted.

    On DuckDB, ``sql_cache`` (a folder, :func:`sql_cache_dir` for a workspace) keeps the
    compiled query: a later compute of the same indicators, year and org units, with the
    same code and the same tables' columns, runs it without building and compiling the Ibis
    expressions again (about a quarter of a small compute's CPU time)."""
    # On Spark the run takes minutes of Py4J calls: the collector stays on.
    paused = contextlib.nullcontext() if con.name == "pyspark" else _collector_paused()
    wanted = None if only is None else sorted(set(only))
    with paused:
        if con.name == "pyspark":
            return _compute_spark(con, directory, parents, year, wanted)
        return _compute_duckdb(con, directory, parents, year, wanted, sql_cache)


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


def _counts(
    con: BaseBackend,
    directory: Path,
    parents: dict[str, str | None],
    year: int,
    only: list[str] | None,
) -> list[ir.Table]:
    """The monthly counts' expressions: one an indicator on Spark, one for all on DuckDB."""
    spark = con.name == "pyspark"
    units = sorted(parents)
    return monthly_counts(
        _tables(con, directory, units, year),
        year,
        units,
        # Spark runs a query an indicator: the residence spans are computed once and kept.
        # DuckDB runs one query and keeps what several parts of it read by itself.
        materialize=(lambda expr: expr.cache()) if spark else None,
        only=only,
        together=not spark,
    )


@contextlib.contextmanager
def _unfused() -> Iterator[None]:
    """Fusing nested selects makes tidier SQL that neither engine runs faster; on
    expressions this deep it is most of Ibis's compile time."""
    fuse = ibis.options.sql.fuse_selects
    ibis.options.sql.fuse_selects = False
    try:
        yield
    finally:
        ibis.options.sql.fuse_selects = fuse


def _compute_spark(
    con: BaseBackend,
    directory: Path,
    parents: dict[str, str | None],
    year: int,
    only: list[str] | None,
) -> pd.DataFrame:
    counts = _counts(con, directory, parents, year, only)
    units = sorted(parents)
    with _unfused():
        # Each indicator's counts are small (org units × 12 months): collected, then rolled
        # up on the same engine.
        frames = [con.to_pandas(expr) for expr in counts]
        expr = results(ibis.memtable(pd.concat(frames, ignore_index=True)), units, parents, year)
        frame = con.to_pandas(expr)
    return frame.sort_values(ORDER, ignore_index=True).drop(columns=ORDER)


@dataclass(frozen=True)
class _Query:
    """A compiled DuckDB query and what it reads: the stored tables (as :func:`_view`s) and
    Ibis's in-memory tables (units, months, periods…, by the names the SQL gives them)."""

    sql: str
    views: tuple[str, ...]
    memtables: dict[str, pa.Table]

    def run(self, con: BaseBackend, directory: Path) -> pd.DataFrame:
        for name in self.views:
            _view(con, directory, name)
        raw = con.con  # the DuckDB connection under Ibis
        for name, table in self.memtables.items():
            raw.register(name, table)
        # DuckDB's Arrow straight to pandas: the types are those Ibis gives (checked by the
        # tests against its results), without its per-value conversion of columns with
        # nulls.
        return raw.sql(self.sql).to_arrow_table().drop_columns(ORDER).to_pandas()


def _compile(
    con: BaseBackend,
    directory: Path,
    parents: dict[str, str | None],
    year: int,
    only: list[str] | None,
) -> _Query:
    # One query, so what indicators share (the residence spans, a registry, a population
    # cut by age) is computed once, and nothing comes back but the results, sorted by
    # DuckDB (pandas sorting the strings took 0.1-0.2 s of CPU for all indicators) on one
    # integer that sorts as the three strings do.
    (counts,) = _counts(con, directory, parents, year, only)
    expr = results(counts, sorted(parents), parents, year).order_by(ORDER)
    with _unfused():
        sql = con.compile(expr)
    op = expr.op()
    views = sorted(
        {
            t.name.removeprefix("rec_")
            for t in op.find(ops.DatabaseTable)
            if t.name.startswith("rec_")
        }
    )
    memtables = {t.name: t.data.to_pyarrow(t.schema) for t in op.find(ops.InMemoryTable)}
    return _Query(str(sql), tuple(views), memtables)


# Changes when an entry's files change meaning.
_CACHE_FORMAT = "1"
# Entries kept; the oldest used go first. Each holds a query's text and small tables (org
# units, periods): some hundred kB.
_CACHE_ENTRIES = 32


@functools.cache
def _code_version() -> str:
    """The source of the modules that write the expressions: any change to an indicator,
    a derivation or the record tables gives another key."""
    digest = hashlib.sha256()
    for module in (indicators, records, sys.modules[__name__]):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


def _cache_key(
    con: BaseBackend,
    directory: Path,
    parents: dict[str, str | None],
    year: int,
    only: list[str] | None,
) -> str:
    """Everything the compiled SQL depends on, hashed: the code, Ibis, SQLGlot and the
    backend's versions, the year, the org-unit tree, the indicators asked for, and the
    stored tables the compute would read (the derived ones only where their version mark
    is this code's) with their columns and types — not their rows, nor whether a column
    is marked as holding no null: the Parquet writer marks that from the rows (one import's
    extract has a null where the last had none), and the SQL does not read it
    (:class:`_Parquet` opens every column nullable), so the first compute after an import
    stays warm."""
    tables = {
        name: [(f.name, str(f.type)) for f in pq.read_schema(directory / f"{name}.parquet")]
        for name in _names(directory, True, year)
    }
    key = {
        "format": _CACHE_FORMAT,
        "code": _code_version(),
        "ibis": ibis.__version__,
        "sqlglot": sqlglot.__version__,
        "backend": [con.name, con.version],
        "year": year,
        "parents": sorted(parents.items()),
        "only": only,
        "tables": tables,
    }
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:32]


def _load(entry: Path) -> _Query | None:
    try:
        meta = json.loads((entry / "entry.json").read_text(encoding="utf-8"))
        sql = (entry / "query.sql").read_text(encoding="utf-8")
        memtables = {
            name: feather.read_table(entry / f"{i}.arrow", memory_map=False)
            for i, name in enumerate(meta["memtables"])
        }
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return None  # absent, or written by another version: compiled again
    with contextlib.suppress(OSError):
        os.utime(entry)  # used: the last to be pruned
    return _Query(sql, tuple(meta["views"]), memtables)


def _store(root: Path, entry: Path, query: _Query) -> None:
    """Write ``query`` as ``entry`` whole or not at all (a temporary folder renamed), then
    prune the least recently used entries past :data:`_CACHE_ENTRIES`."""
    root.mkdir(parents=True, exist_ok=True)
    staging = root / f".tmp-{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        names = list(query.memtables)
        for i, name in enumerate(names):
            feather.write_feather(query.memtables[name], staging / f"{i}.arrow")
        (staging / "query.sql").write_text(query.sql, encoding="utf-8")
        meta = {"views": list(query.views), "memtables": names}
        (staging / "entry.json").write_text(json.dumps(meta), encoding="utf-8")
        staging.rename(entry)
    except OSError:
        pass  # another process stored the same entry first, or the folder is read-only
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    entries = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
    if len(entries) > _CACHE_ENTRIES:
        entries.sort(key=lambda p: p.stat().st_mtime)
        for old in entries[: len(entries) - _CACHE_ENTRIES]:
            shutil.rmtree(old, ignore_errors=True)


def _compute_duckdb(
    con: BaseBackend,
    directory: Path,
    parents: dict[str, str | None],
    year: int,
    only: list[str] | None,
    sql_cache: Path | None,
) -> pd.DataFrame:
    if sql_cache is None:
        return _compile(con, directory, parents, year, only).run(con, directory)
    entry = sql_cache / _cache_key(con, directory, parents, year, only)
    query = _load(entry)
    if query is None:
        shutil.rmtree(entry, ignore_errors=True)  # a broken entry, if any, is replaced
        query = _compile(con, directory, parents, year, only)
        _store(sql_cache, entry, query)
    return query.run(con, directory)
