"""Indicator computation in DuckDB: every indicator for every org unit and period.

The pipeline, each step one SQL statement over DuckDB tables keyed by integer ids:

1. ``t1`` — time: each reporting unit's values per data element and category rolled up from
   the reported period to every month, quarter and year containing it (sum, count, last value
   by date, and the unit's own figure: the value reported for exactly that period, or for a
   longer period or window the latest one reported within it).
2. ``lv`` — space: each formula operand (data element, optional category option, and the
   method its aggregation rule gives: sum / last / average / own) summed up the org-unit
   closure, so a district's figure is the sum of everything reported in its subtree (itself
   included); ``own`` keeps only the unit's own value, for figures that cannot be aggregated.
3. ``results`` — numerator and denominator of every indicator (a single operand is a join;
   other formulas are compiled to SQL over a pivot of their operands), value = numerator /
   denominator × multiplier; NULL (no value) when the denominator is 0. Rates are therefore
   always Σ numerators / Σ denominators, never a mean of rates.

Incremental: :meth:`Engine.apply` upserts new values and recomputes only the rows they can
change — the (data element × unit × period) keys they touch, their ancestors in the hierarchy,
the periods containing them and the indicators using them — with the same statements
restricted to those keys.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

import duckdb
import numpy as np
import pandas as pd

from healthplan.config import engine_memory_limit
from healthplan.errors import HealthplanError
from healthplan.i18n import t
from healthplan.model import (
    DEFAULT_CATEGORY,
    Aggregation,
    DataElement,
    Indicator,
    Period,
    PeriodType,
)
from healthplan.model.formula import Node, Operand, compile_sql, operands, parse_formula

__all__ = ["INPUTS", "Engine", "IndicatorValue", "Window"]

TARGET_TYPES = (PeriodType.month, PeriodType.quarter, PeriodType.year)
# The tables the full compute (:meth:`Engine.statements`) reads.
INPUTS = ("closure", "ops", "uses", "ind_meta", "pairs", "dv", "pmap")
# How an operand's values combine up the org-unit closure ``c`` (depth 0: the unit itself),
# by aggregation, over ``t``: the time roll-up, where s = sum, n = count, l = the latest value,
# own = the unit's own figure for the period and nu = the unit's count of reported periods
# shared among its category rows. Each is the sum over the closure of a value of each row,
# divided, for a mean, by the sum of a count of each row: (value, count or None). A ratio's
# numerator and denominator are each summed, then divided (never a mean of rates). Adding an
# aggregation to the model means adding its expressions here.
ROLLUP_SQL: dict[Aggregation, tuple[str, str | None]] = {
    Aggregation.sum: ("t.s", None),
    Aggregation.ratio: ("t.s", None),
    Aggregation.last: ("t.l", None),
    # a mean over the unit-months below: an element with category options (男/女) has one
    # row per option, so the months are counted once per unit (``nu``) unless the operand
    # picks one option
    Aggregation.average: ("t.s", "CASE WHEN o.cat IS NULL THEN t.nu ELSE t.n END"),
    Aggregation.none: ("CASE WHEN c.depth = 0 THEN t.own END", None),
}
# The ops table carries each operand's aggregation as a small integer (cheaper per group in
# the CASE below than its name); the ids follow ROLLUP_SQL, so nothing else lists them.
_ROLLUP_ID = {aggregation: i for i, aggregation in enumerate(ROLLUP_SQL)}
_AVERAGE = _ROLLUP_ID[Aggregation.average]
# An indicator with one of these overrides how its operands' elements aggregate.
_INDICATOR_WINS = (Aggregation.average, Aggregation.last, Aggregation.none)
_EPOCH = date(1970, 1, 1)
# DuckDB's own default limit: 80 % of the machine's memory.
_MACHINE_MEMORY = int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") * 0.8)
_T = TypeVar("_T")


@dataclass(frozen=True)
class IndicatorValue:
    indicator: str
    org_unit: str
    period: str
    numerator: float | None
    denominator: float | None
    value: float | None


@dataclass(frozen=True)
class Window:
    """An arbitrary date range to aggregate over (year to date, plan period to date)."""

    label: str
    start: date
    end: date


class _Codes:
    """Codes ↔ dense integer ids: DuckDB groups and joins on integers, not strings."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.codes: list[str] = []

    def id(self, code: str) -> int:
        found = self.ids.get(code)
        if found is None:
            found = self.ids[code] = len(self.codes)
            self.codes.append(code)
        return found

    def encode(self, column: pd.Series) -> np.ndarray:
        categorical = pd.Categorical(column)
        lookup = np.array([self.id(str(c)) for c in categorical.categories], dtype="int32")
        return lookup[categorical.codes]


def _columns(ids: dict[Operand, int]) -> Callable[[Operand], str]:
    return lambda operand: f"o{ids[operand]}"


def _rollup(element: DataElement | None, indicator: Indicator) -> Aggregation:
    if indicator.aggregation in _INDICATOR_WINS:
        return indicator.aggregation
    return element.aggregation if element else Aggregation.sum


class Engine:
    """A DuckDB database holding the org-unit closure, the raw values and the computed
    indicator values, all keyed by integer ids. Build it with
    :func:`healthplan.analytics.load_engine` (from a store) or directly from frames (the
    benchmark)."""

    def __init__(
        self,
        indicators: Sequence[Indicator],
        elements: Sequence[DataElement],
        units: Iterable[tuple[str, str | None]],
        constants: dict[str, float] | None = None,
        *,
        threads: int | None = None,
        memory_limit: int | None = None,
    ) -> None:
        self.con = duckdb.connect()
        # Bounded working memory (HEALTHPLAN_ENGINE_MEMORY): past it DuckDB writes its tables
        # to a private folder, removed with the engine, rather than to ./.tmp of whatever
        # folder the command was started in.
        spill = tempfile.mkdtemp(prefix="healthplan-engine-")
        self._remove_folder = weakref.finalize(self, shutil.rmtree, spill, True)
        self.con.execute(f"SET temp_directory = '{spill}'")
        self._memory = memory_limit or engine_memory_limit()
        self.con.execute(f"SET memory_limit = '{self._memory}B'")
        # Result order never matters here; not preserving it lets DuckDB parallelise
        # CREATE TABLE … AS and spend less memory.
        self.con.execute("SET preserve_insertion_order = false")
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        self.indicators = {i.code: i for i in indicators}
        self.elements = {e.code: e for e in elements}
        self.constants = constants or {}
        self.ou, self.de, self.cat, self.per, self.ind = (_Codes() for _ in range(5))
        self.cat.id(DEFAULT_CATEGORY)
        for code in self.elements:
            self.de.id(code)
        self._closure(list(units))
        self._formulas()
        self.con.execute(
            "CREATE TABLE dv (de INTEGER, cat INTEGER, ou INTEGER, period INTEGER, value DOUBLE)"
        )
        self.con.execute("CREATE TABLE pmap (period INTEGER, agg_period INTEGER, pstart INTEGER)")
        self._mapped: set[str] = set()
        self.computed = False
        self.watermark: datetime | None = None  # newest store timestamp read (refresh)

    # -- set-up -------------------------------------------------------------------------
    def _closure(self, units: list[tuple[str, str | None]]) -> None:
        parent = dict(units)
        rows: list[tuple[int, int, int]] = []
        for code in parent:
            node: str | None = code
            depth = 0
            while node is not None and depth <= len(parent):
                rows.append((self.ou.id(code), self.ou.id(node), depth))
                node = parent.get(node)
                depth += 1
        frame = pd.DataFrame(rows, columns=["ou", "anc", "depth"], dtype="int32")
        self.con.register("cframe", frame)
        self.con.execute("CREATE TABLE closure AS SELECT * FROM cframe")
        self.con.unregister("cframe")
        self.parent = parent

    def _formulas(self) -> None:
        ops: dict[tuple[int, int | None, Aggregation], int] = {}
        single: list[tuple[int, int, int]] = []
        self.complex: list[tuple[int, int, Node, dict[Operand, int]]] = []
        meta: list[tuple[int, float, bool]] = []
        for ind in self.indicators.values():
            ind_id = self.ind.id(ind.code)
            multiplier, has_den = float(ind.multiplier), ind.denominator is not None
            for part, text in ((0, ind.numerator), (1, ind.denominator)):
                if text is None:
                    continue
                tree = parse_formula(text)
                used = operands(tree)
                if not used and part == 1:
                    value = compile_sql(tree, lambda o: "NULL", self.constants)
                    multiplier /= float(self.con.execute(f"SELECT {value}").fetchall()[0][0])
                    has_den = False
                    continue
                ids = {}
                for operand in used:
                    key = (
                        self.de.id(operand.element),
                        None if operand.category is None else self.cat.id(operand.category),
                        _rollup(self.elements.get(operand.element), ind),
                    )
                    ids[operand] = ops.setdefault(key, len(ops))
                if isinstance(tree, Operand):
                    single.append((ind_id, part, ids[tree]))
                else:
                    self.complex.append((ind_id, part, tree, ids))
            if ind.denominator is None and isinstance(parse_formula(ind.numerator or "0"), Operand):
                multiplier = 1.0  # a single reported figure (接种率 95) is taken as reported
            meta.append((ind_id, multiplier, has_den))
        op_frame = pd.DataFrame(
            [(i, de, cat, _ROLLUP_ID[m]) for (de, cat, m), i in ops.items()],
            columns=["op_id", "de", "cat", "method"],
        ).astype({"op_id": "int32", "de": "int32", "cat": "Int32", "method": "int8"})
        complex_ops = [(i, p, o) for i, p, _, ids in self.complex for o in ids.values()]
        uses = pd.DataFrame(
            [(*u, True) for u in single] + [(*u, False) for u in complex_ops],
            columns=["ind", "part", "op_id", "single"],
        ).astype({"ind": "int32", "part": "int32", "op_id": "int32", "single": "bool"})
        meta_frame = pd.DataFrame(meta, columns=["ind", "multiplier", "has_den"]).astype(
            {"ind": "int32"}
        )
        complex_inds = {i for i, _, _, _ in self.complex}
        self.complex_ids = sorted(complex_inds)
        pairs: dict[int, list[int | None]] = {}
        for ind_id, part, op_id in single:
            if ind_id not in complex_inds:
                pairs.setdefault(ind_id, [None, None])[part] = op_id
        pair_frame = pd.DataFrame(
            [(i, n, d) for i, (n, d) in pairs.items() if n is not None],
            columns=["ind", "nop", "dop"],
        ).astype({"ind": "int32", "nop": "int32", "dop": "Int32"})
        for name, frame in (
            ("ops", op_frame),
            ("uses", uses),
            ("ind_meta", meta_frame),
            ("pairs", pair_frame),
        ):
            self.con.register("mframe", frame)
            self.con.execute(f"CREATE TABLE {name} AS SELECT * FROM mframe")
            self.con.unregister("mframe")

    def _map_periods(self, periods: Iterable[str]) -> None:
        rows = []
        for pid in set(periods) - self._mapped:
            period = Period.parse(pid)
            start = (period.start - _EPOCH).days
            for kind in TARGET_TYPES:
                try:
                    target = Period.containing(kind, period.start)
                except ValueError:
                    continue
                if target.contains(period):
                    rows.append((self.per.id(pid), self.per.id(target.id), start))
            self._mapped.add(pid)
        if rows:
            frame = pd.DataFrame(rows, columns=["period", "agg_period", "pstart"], dtype="int32")
            self.con.register("pframe", frame)
            self.con.execute("INSERT INTO pmap SELECT * FROM pframe")
            self.con.unregister("pframe")

    def _encode(self, frame: pd.DataFrame) -> pd.DataFrame:
        periods = [str(p) for p in frame["period"].unique().tolist()]
        self._map_periods(periods)
        return pd.DataFrame(
            {
                "de": self.de.encode(frame["de"]),
                "cat": self.cat.encode(frame["cat"]),
                "ou": self.ou.encode(frame["ou"]),
                "period": self.per.encode(frame["period"]),
                "value": frame["value"].astype("float64"),
            }
        )

    def load_values(self, frame: pd.DataFrame) -> None:
        """Append raw values: columns de, cat, ou, period, value (full recompute follows)."""
        encoded = self._encode(frame)
        self._with_memory(lambda: self._insert_dv(encoded))
        self.computed = False

    def _insert_dv(self, encoded: pd.DataFrame) -> None:
        self.con.register("newvals", encoded)
        self.con.execute("INSERT INTO dv SELECT de, cat, ou, period, value FROM newvals")
        self.con.unregister("newvals")  # else the frame stays alive as long as the engine

    # -- computation --------------------------------------------------------------------
    def statements(self) -> list[tuple[str, str]]:
        """The full compute, step by step: (table, SELECT in DuckDB SQL) over the tables in
        :data:`INPUTS`. :meth:`compute` runs them here; ``analytics.spark`` runs the same
        statements on Spark, transpiled by SQLGlot — one expression layer, two engines."""
        return [
            ("t1", self._t1_sql("pmap", "")),
            ("lv", self._lv_sql("t1", "")),
            ("results", self._all_results_sql("lv", "")),
        ]

    def compute(self) -> None:
        """Compute every indicator for every unit and period from scratch."""
        steps = self.statements()

        def run() -> None:
            for table, _ in steps:
                self.con.execute(f"DROP TABLE IF EXISTS {table}")
            for table, sql in steps:
                self.con.execute(f"CREATE TABLE {table} AS {sql}")

        self._with_memory(run)
        self.computed = True

    def _with_memory(self, work: Callable[[], _T]) -> _T:
        """Run ``work`` in one transaction; when it needs more than the memory limit (some
        steps cannot spill all their state to disk), roll it back, double the limit and run it
        again, up to the machine's memory: the limit keeps the usual compute small, it must
        not fail a large one."""
        while True:
            self.con.execute("BEGIN TRANSACTION")
            try:
                done = work()
            except BaseException as error:
                # whatever failed, the engine's tables stay as they were before ``work``
                self.con.execute("ROLLBACK")
                if not isinstance(error, duckdb.OutOfMemoryException):
                    raise
                if self._memory >= _MACHINE_MEMORY:
                    raise HealthplanError(
                        t("the indicator engine needs more memory than this machine has")
                    ) from error
                self._memory = min(self._memory * 2, _MACHINE_MEMORY)
                self.con.execute(f"SET memory_limit = '{self._memory}B'")
                continue
            self.con.execute("COMMIT")
            return done

    @staticmethod
    def _t1_sql(pmap: str, scope: str) -> str:
        join = (
            f"JOIN {scope} k ON k.de = dv.de AND k.ou = dv.ou AND k.agg_period = m.agg_period"
            if scope
            else ""
        )

        def rolled(averaged: bool) -> str:
            # A value's own period needs no grouping; only the longer periods are
            # aggregated.
            among = "" if averaged else "NOT "
            where = f"dv.de {among}IN (SELECT de FROM ops WHERE method = {_AVERAGE})"
            return f"""
                SELECT dv.de, dv.cat, dv.ou, m.agg_period,
                       dv.value AS s, 1::BIGINT AS n, dv.value AS l, dv.value AS own
                FROM dv JOIN {pmap} m ON m.period = dv.period AND m.agg_period = dv.period
                {join} WHERE {where}
                UNION ALL
                SELECT dv.de, dv.cat, dv.ou, m.agg_period,
                       sum(dv.value) AS s, count(dv.value) AS n,
                       arg_max(dv.value, m.pstart) AS l, arg_max(dv.value, m.pstart) AS own
                FROM dv JOIN {pmap} m ON m.period = dv.period AND m.agg_period <> dv.period
                {join} WHERE {where}
                GROUP BY ALL"""

        # ``nu``: the periods the unit reported (its most reported category's count) split
        # evenly over its category rows, so that summing ``nu`` counts each unit-period
        # once. Only a mean reads it: the window over every row cost more than the rest of
        # the step, so the other elements' rows carry ``n``.
        return f"""
            SELECT *, max(n) OVER w / count(*) OVER w AS nu FROM ({rolled(True)})
            WINDOW w AS (PARTITION BY de, ou, agg_period)
            UNION ALL
            SELECT *, n::DOUBLE AS nu FROM ({rolled(False)})"""

    def _lv_sql(self, t1: str, scope: str) -> str:
        """Space: each operand rolled up the closure by its aggregation (:data:`ROLLUP_SQL`).
        One pass, the expression chosen per operand: a statement per aggregation joined with
        UNION ALL measured 1.5-2× slower (bench/compute.py)."""
        join = (
            f"JOIN {scope} k ON k.op_id = o.op_id AND k.ou = c.anc AND k.agg_period = t.agg_period"
            if scope
            else ""
        )
        # Each row's value and count chosen by its operand's method, then one sum of each:
        # an aggregate per method over every row cost twice as much.
        value = " ".join(f"WHEN {_ROLLUP_ID[a]} THEN {v}" for a, (v, _) in ROLLUP_SQL.items())
        counts = [(a, c) for a, (_, c) in ROLLUP_SQL.items() if c is not None]
        count = " ".join(f"WHEN {_ROLLUP_ID[a]} THEN {c}" for a, c in counts)
        divided = " ".join(f"WHEN {_ROLLUP_ID[a]} THEN sum(t.x) / sum(t.y)" for a, _ in counts)
        return f"""
            SELECT op_id, ou, agg_period,
                   CASE any_value(t.method) {divided} ELSE sum(t.x) END::DOUBLE AS v
            FROM (SELECT o.op_id, c.anc AS ou, t.agg_period, o.method,
                         CASE o.method {value} END AS x, CASE o.method {count} END AS y
                  FROM {t1} t JOIN ops o ON o.de = t.de JOIN closure c ON c.ou = t.ou {join}
                  WHERE o.cat IS NULL OR o.cat = t.cat) t
            GROUP BY op_id, ou, agg_period"""

    def _all_results_sql(self, lv: str, scope: str) -> str:
        """Indicators whose numerator and denominator are single operands: two joins on
        ``lv``; the others through a pivot of their operands (:meth:`_parts_sql`)."""
        join = (
            f"JOIN {scope} k ON k.ind = p.ind AND k.ou = n.ou AND k.agg_period = n.agg_period"
            if scope
            else ""
        )
        simple = f"""
            SELECT p.ind AS indicator, n.ou, n.agg_period AS period, n.v AS numerator,
                   CASE WHEN m.has_den THEN d.v END AS denominator,
                   CASE WHEN m.has_den THEN n.v / NULLIF(d.v, 0) * m.multiplier
                        ELSE n.v * m.multiplier END AS value
            FROM pairs p JOIN ind_meta m ON m.ind = p.ind
            JOIN {lv} n ON n.op_id = p.nop {join}
            LEFT JOIN {lv} d ON d.op_id = p.dop AND d.ou = n.ou AND d.agg_period = n.agg_period
            WHERE n.v IS NOT NULL"""
        if not self.complex:
            return simple
        parts = f"({self._parts_sql(lv, '')})"
        return f"{simple} UNION ALL {self._results_sql(parts, scope)}"

    def _parts_sql(self, lv: str, scope: str) -> str:
        join = (
            f"JOIN {scope} k ON k.ind = u.ind AND k.ou = l.ou AND k.agg_period = l.agg_period"
            if scope
            else ""
        )
        selects = [
            f"SELECT u.ind, u.part, l.ou, l.agg_period, l.v FROM {lv} l "
            f"JOIN uses u ON u.op_id = l.op_id {join} WHERE u.single AND u.ind IN "
            f"({', '.join(str(i) for i in self.complex_ids) or '-1'})"
        ]
        for ind, part, tree, ids in self.complex:
            chosen = sorted(set(ids.values()))
            columns = ", ".join(f"max(l.v) FILTER (WHERE l.op_id = {i}) AS o{i}" for i in chosen)
            expr = compile_sql(tree, _columns(ids), self.constants)
            where = f"l.op_id IN ({', '.join(str(i) for i in chosen)})"
            kjoin = (
                f"JOIN {scope} k ON k.ind = {ind} AND k.ou = l.ou AND k.agg_period = l.agg_period"
                if scope
                else ""
            )
            selects.append(
                f"SELECT {ind} AS ind, {part} AS part, ou, agg_period, {expr} AS v FROM "
                f"(SELECT l.ou, l.agg_period, {columns} FROM {lv} l {kjoin} WHERE {where} "
                "GROUP BY ALL)"
            )
        return " UNION ALL ".join(selects)

    @staticmethod
    def _results_sql(parts: str, scope: str) -> str:
        join = (
            f"JOIN {scope} k ON k.ind = p.ind AND k.ou = p.ou AND k.agg_period = p.agg_period"
            if scope
            else ""
        )
        return f"""
            SELECT ind AS indicator, ou, agg_period AS period, num AS numerator,
                   CASE WHEN has_den THEN den END AS denominator,
                   CASE WHEN has_den THEN num / NULLIF(den, 0) * multiplier
                        ELSE num * multiplier END AS value
            FROM (SELECT p.ind, p.ou, p.agg_period,
                         max(p.v) FILTER (WHERE p.part = 0) AS num,
                         max(p.v) FILTER (WHERE p.part = 1) AS den
                  FROM {parts} p {join} GROUP BY ALL) x
            JOIN ind_meta USING (ind)
            WHERE num IS NOT NULL"""

    # -- incremental --------------------------------------------------------------------
    def apply(self, frame: pd.DataFrame) -> int:
        """Upsert new or changed values (columns de, cat, ou, period, value) and recompute
        only what they affect; returns the number of result rows recomputed."""
        if not self.computed:
            self.load_values(frame)
            self.compute()
            return int(self.con.execute("SELECT count(*) FROM results").fetchall()[0][0])
        encoded = self._encode(frame)
        return self._with_memory(lambda: self._apply(encoded))

    def _apply(self, encoded: pd.DataFrame) -> int:
        con = self.con
        con.register("newvals", encoded)
        con.execute(
            "DELETE FROM dv USING newvals f WHERE dv.de = f.de AND dv.cat = f.cat "
            "AND dv.ou = f.ou AND dv.period = f.period"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE k1 AS SELECT DISTINCT f.de, f.ou, m.agg_period "
            "FROM newvals f JOIN pmap m ON m.period = f.period"
        )
        self._insert_dv(encoded)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE k3 AS SELECT DISTINCT o.op_id, c.anc AS ou, "
            "k.agg_period FROM k1 k JOIN closure c ON c.ou = k.ou JOIN ops o ON o.de = k.de"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE k4 AS SELECT DISTINCT u.ind, k.ou, k.agg_period "
            "FROM k3 k JOIN uses u ON u.op_id = k.op_id"
        )
        steps = [
            ("t1", "k1", ("de", "ou", "agg_period"), self._t1_sql("pmap", "k1")),
            ("lv", "k3", ("op_id", "ou", "agg_period"), self._lv_sql("t1", "k3")),
        ]
        for table, scope, keys, sql in steps:
            cond = " AND ".join(f"{table}.{c} = k.{c}" for c in keys)
            con.execute(f"DELETE FROM {table} USING {scope} k WHERE {cond}")
            con.execute(f"INSERT INTO {table} {sql}")
        con.execute(
            "DELETE FROM results USING k4 k WHERE results.indicator = k.ind "
            "AND results.ou = k.ou AND results.period = k.agg_period"
        )
        self._slice("lv", "k4", "lv_k")
        con.execute(f"INSERT INTO results {self._all_results_sql('lv_k', 'k4')}")
        return int(con.execute("SELECT count(*) FROM k4").fetchall()[0][0])

    def _slice(self, lv: str, scope: str, into: str) -> None:
        """The operand values the indicator × unit × period keys in ``scope`` need (a hash
        join on integer keys, so the results step reads a small table)."""
        self.con.execute(
            f"CREATE OR REPLACE TEMP TABLE {into} AS SELECT l.* FROM {lv} l JOIN "
            f"(SELECT DISTINCT u.op_id, k.ou, k.agg_period FROM {scope} k "
            "JOIN uses u ON u.ind = k.ind) s "
            "ON s.op_id = l.op_id AND s.ou = l.ou AND s.agg_period = l.agg_period"
        )

    # -- reading ------------------------------------------------------------------------
    def _decode(
        self, rows: list[tuple[int, int, int, float | None, float | None, float | None]]
    ) -> list[IndicatorValue]:
        ind, ou, per = self.ind.codes, self.ou.codes, self.per.codes
        return [IndicatorValue(ind[i], ou[o], per[p], n, d, v) for i, o, p, n, d, v in rows]

    def close(self) -> None:
        """Close the DuckDB database and remove the engine's temporary folder (done anyway
        when the engine is garbage-collected; this is for a caller that knows it is done)."""
        self.con.close()
        self._remove_folder()

    def values(
        self,
        indicators: Iterable[str] | None = None,
        org_units: Iterable[str] | None = None,
        periods: Iterable[str] | None = None,
    ) -> list[IndicatorValue]:
        if not self.computed:
            self.compute()
        where, params = [], []
        for column, items, codes in (
            ("indicator", indicators, self.ind),
            ("ou", org_units, self.ou),
            ("period", periods, self.per),
        ):
            if items is not None:
                where.append(f"{column} IN (SELECT unnest(?))")
                params.append([codes.ids[c] for c in items if c in codes.ids])
        sql = "SELECT indicator, ou, period, numerator, denominator, value FROM results"
        if where:
            sql += " WHERE " + " AND ".join(where)
        found = self._decode(self.con.execute(sql, params).fetchall())
        return sorted(found, key=lambda v: (v.indicator, v.org_unit, v.period))

    def window_values(
        self, windows: Sequence[Window], indicators: Iterable[str], org_units: Iterable[str]
    ) -> list[IndicatorValue]:
        """Indicator values aggregated over arbitrary date ranges (e.g. year to date), for
        the given units, computed on read with the same statements."""
        labels = {w.label: self.per.id(f"window:{w.label}") for w in windows}
        keep = []
        for pid in self._mapped:
            period = Period.parse(pid)
            for window in windows:
                if window.start <= period.start and period.end <= window.end:
                    keep.append(
                        (self.per.ids[pid], labels[window.label], (period.start - _EPOCH).days)
                    )
        con = self.con
        wmap = pd.DataFrame(keep, columns=["period", "agg_period", "pstart"], dtype="int32")
        inds = [self.ind.ids[c] for c in indicators if c in self.ind.ids]
        units = [self.ou.ids[c] for c in org_units if c in self.ou.ids]
        keys = pd.DataFrame(
            [(i, u, w) for i in inds for u in units for w in labels.values()],
            columns=["ind", "ou", "agg_period"],
            dtype="int32",
        )
        con.register("wmap_frame", wmap)
        con.register("wk4_frame", keys)
        con.execute("CREATE OR REPLACE TEMP TABLE wmap AS SELECT * FROM wmap_frame")
        con.execute("CREATE OR REPLACE TEMP TABLE wk4 AS SELECT * FROM wk4_frame")
        con.execute(
            "CREATE OR REPLACE TEMP TABLE wk3 AS SELECT DISTINCT s.op_id, k.ou, k.agg_period "
            "FROM wk4 k JOIN uses s ON s.ind = k.ind"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE wk1 AS SELECT DISTINCT o.de, c.ou, k.agg_period "
            "FROM wk3 k JOIN ops o ON o.op_id = k.op_id JOIN closure c ON c.anc = k.ou"
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE wt1 AS {self._t1_sql('wmap', 'wk1')}")
        con.execute(f"CREATE OR REPLACE TEMP TABLE wlv AS {self._lv_sql('wt1', 'wk3')}")
        self._slice("wlv", "wk4", "wlv_k")
        rows = con.execute(
            "SELECT indicator, ou, period, numerator, denominator, value FROM "
            f"({self._all_results_sql('wlv_k', 'wk4')})"
        ).fetchall()
        names = {v: k for k, v in labels.items()}
        found = [
            IndicatorValue(
                v.indicator,
                v.org_unit,
                names[self.per.ids[v.period]],
                v.numerator,
                v.denominator,
                v.value,
            )
            for v in self._decode(rows)
        ]
        return sorted(found, key=lambda v: (v.indicator, v.org_unit, v.period))
