"""Indicator computation in DuckDB: every indicator for every org unit and period.

The pipeline, each step one SQL statement over DuckDB tables:

1. ``t1`` — time: each reporting unit's values per data element and category rolled up from
   the reported period to every month, quarter and year containing it (sum, count, last value
   by date, and the value reported for exactly that period).
2. ``t2`` — space: ``t1`` summed up the org-unit closure, so a district's figure is the sum of
   everything reported in its subtree (itself included). ``own`` keeps only the unit's own
   value, for figures that cannot be aggregated.
3. ``lv`` — operands: each formula operand (data element, optional category option, and the
   method its aggregation rule gives: sum / last / average / own) per unit and period.
4. ``parts`` — numerator and denominator of every indicator (a single operand is a join;
   other formulas are compiled to SQL over a pivot of their operands).
5. ``results`` — value = numerator / denominator × multiplier; NULL (no value) when the
   denominator is 0. Rates are therefore always Σ numerators / Σ denominators, never a mean.

Incremental: :meth:`Engine.apply` upserts new values and recomputes only the rows they can
change — the (data element × unit × period) keys they touch, their ancestors in the hierarchy,
the periods containing them and the indicators using them — with the same statements
restricted to those keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pandas as pd

from healthplan.collection.formula import Node, Operand, compile_sql, operands, parse_formula
from healthplan.model import Aggregation, DataElement, Indicator, Period, PeriodType

__all__ = ["Engine", "IndicatorValue", "Window"]

TARGET_TYPES = (PeriodType.month, PeriodType.quarter, PeriodType.year)
_METHOD = {
    Aggregation.sum: "s",
    Aggregation.ratio: "s",
    Aggregation.last: "l",
    Aggregation.average: "a",
    Aggregation.none: "own",
}


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


def _columns(ids: dict[Operand, int]) -> Callable[[Operand], str]:
    return lambda operand: f"o{ids[operand]}"


def _method(element: DataElement | None, indicator: Indicator) -> str:
    if indicator.aggregation in (Aggregation.average, Aggregation.last, Aggregation.none):
        return _METHOD[indicator.aggregation]
    return _METHOD[element.aggregation if element else Aggregation.sum]


class Engine:
    """A DuckDB database holding the org-unit closure, the raw values and the computed
    indicator values. Build it with :func:`healthplan.analytics.load_engine` (from a store)
    or directly from frames (the benchmark)."""

    def __init__(
        self,
        indicators: Sequence[Indicator],
        elements: Sequence[DataElement],
        units: Iterable[tuple[str, str | None]],
        constants: dict[str, float] | None = None,
        *,
        threads: int | None = None,
    ) -> None:
        self.con = duckdb.connect()
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        self.indicators = {i.code: i for i in indicators}
        self.elements = {e.code: e for e in elements}
        self.constants = constants or {}
        self._closure(list(units))
        self._formulas()
        self.con.execute(
            "CREATE TABLE dv (de VARCHAR, cat VARCHAR, ou VARCHAR, period VARCHAR, "
            "start_date DATE, value DOUBLE)"
        )
        self.con.execute("CREATE TABLE pmap (period VARCHAR, agg_period VARCHAR)")
        self._periods: set[str] = set()
        self.computed = False
        self.watermark: datetime | None = None  # newest store timestamp read (refresh)

    # -- set-up -------------------------------------------------------------------------
    def _closure(self, units: list[tuple[str, str | None]]) -> None:
        parent = dict(units)
        rows: list[tuple[str, str, int]] = []
        for code in parent:
            node: str | None = code
            depth = 0
            while node is not None and depth <= len(parent):
                rows.append((code, node, depth))
                node = parent.get(node)
                depth += 1
        frame = pd.DataFrame(rows, columns=["ou", "anc", "depth"])
        self.con.register("frame", frame)
        self.con.execute("CREATE TABLE closure AS SELECT * FROM frame")
        self.parent = parent

    def _formulas(self) -> None:
        ops: dict[tuple[str, str | None, str], int] = {}
        single: list[tuple[str, str, int]] = []
        self.complex: list[tuple[str, str, Node, dict[Operand, int]]] = []
        meta: list[tuple[str, float, bool]] = []
        for ind in self.indicators.values():
            multiplier, has_den = float(ind.multiplier), ind.denominator is not None
            for part, text in (("n", ind.numerator), ("d", ind.denominator)):
                if text is None:
                    continue
                tree = parse_formula(text)
                used = operands(tree)
                if not used and part == "d":
                    value = compile_sql(tree, lambda o: "NULL", self.constants)
                    multiplier /= float(self.con.execute(f"SELECT {value}").fetchall()[0][0])
                    has_den = False
                    continue
                ids = {}
                for operand in used:
                    key = (
                        operand.element,
                        operand.category,
                        _method(self.elements.get(operand.element), ind),
                    )
                    ids[operand] = ops.setdefault(key, len(ops))
                if isinstance(tree, Operand):
                    single.append((ind.code, part, ids[tree]))
                else:
                    self.complex.append((ind.code, part, tree, ids))
            meta.append((ind.code, multiplier, has_den))
        op_frame = pd.DataFrame(
            [(i, de, cat, m) for (de, cat, m), i in ops.items()],
            columns=["op_id", "de", "cat", "method"],
        ).astype({"op_id": "int64", "de": "object", "cat": "object", "method": "object"})
        self.con.register("op_frame", op_frame)
        single_frame = pd.DataFrame(single, columns=["ind", "part", "op_id"]).astype(
            {"op_id": "int64"}
        )
        self.con.register("single_frame", single_frame)
        complex_ops = [(ind, part, i) for ind, part, _, ids in self.complex for i in ids.values()]
        complex_frame = pd.DataFrame(complex_ops, columns=["ind", "part", "op_id"]).astype(
            {"op_id": "int64"}
        )
        self.con.register("complex_frame", complex_frame)
        meta_frame = pd.DataFrame(meta, columns=["ind", "multiplier", "has_den"])
        self.con.register("meta_frame", meta_frame)
        self.con.execute("CREATE TABLE ops AS SELECT * FROM op_frame")
        self.con.execute(
            "CREATE TABLE uses AS SELECT *, true AS single FROM single_frame "
            "UNION ALL SELECT *, false FROM complex_frame"
        )
        self.con.execute("CREATE TABLE ind_meta AS SELECT * FROM meta_frame")

    def _map_periods(self, periods: Iterable[str]) -> None:
        new = [p for p in set(periods) if p not in self._periods]
        rows = []
        for pid in new:
            period = Period.parse(pid)
            for kind in TARGET_TYPES:
                try:
                    target = Period.containing(kind, period.start)
                except ValueError:
                    continue
                if target.contains(period):
                    rows.append((pid, target.id))
        self._periods.update(new)
        if rows:
            pframe = pd.DataFrame(rows, columns=["period", "agg_period"])
            self.con.register("pframe", pframe)
            self.con.execute("INSERT INTO pmap SELECT * FROM pframe")

    def load_values(self, frame: pd.DataFrame) -> None:
        """Append raw values: columns de, cat, ou, period, value (full recompute follows)."""
        self._insert_dv(frame)
        self.computed = False

    def _insert_dv(self, frame: pd.DataFrame) -> None:
        self.con.register("newvals", frame)
        periods = frame["period"].unique().tolist()
        self._map_periods(periods)
        starts = pd.DataFrame(
            {"period": periods, "start_date": [Period.parse(p).start for p in periods]}
        )
        self.con.register("starts", starts)
        self.con.execute(
            "INSERT INTO dv SELECT f.de, f.cat, f.ou, f.period, s.start_date, f.value "
            "FROM newvals f JOIN starts s USING (period)"
        )

    # -- computation --------------------------------------------------------------------
    def compute(self) -> None:
        """Compute every indicator for every unit and period from scratch."""
        for table in ("t1", "t2", "lv", "parts", "results"):
            self.con.execute(f"DROP TABLE IF EXISTS {table}")
        self.con.execute(f"CREATE TABLE t1 AS {self._t1_sql('pmap', '')}")
        self.con.execute(f"CREATE TABLE t2 AS {self._t2_sql('t1', '')}")
        self.con.execute(f"CREATE TABLE lv AS {self._lv_sql('t2', '')}")
        self.con.execute(f"CREATE TABLE parts AS {self._parts_sql('lv', '')}")
        self.con.execute(f"CREATE TABLE results AS {self._results_sql('parts', '')}")
        self.computed = True

    @staticmethod
    def _t1_sql(pmap: str, scope: str) -> str:
        join = (
            f"JOIN {scope} k ON k.de = dv.de AND k.ou = dv.ou AND k.agg_period = m.agg_period"
            if scope
            else ""
        )
        return f"""
            SELECT dv.de, dv.cat, dv.ou, m.agg_period,
                   sum(dv.value) AS s, count(dv.value) AS n,
                   arg_max(dv.value, dv.start_date) AS l,
                   max(CASE WHEN dv.period = m.agg_period THEN dv.value END) AS own
            FROM dv JOIN {pmap} m ON m.period = dv.period {join}
            GROUP BY ALL"""

    @staticmethod
    def _t2_sql(t1: str, scope: str) -> str:
        join = (
            f"JOIN {scope} k ON k.de = t.de AND k.ou = c.anc AND k.agg_period = t.agg_period"
            if scope
            else ""
        )
        return f"""
            SELECT t.de, t.cat, c.anc AS ou, t.agg_period,
                   sum(t.s) AS s, sum(t.l) AS l, sum(t.s) / sum(t.n) AS a,
                   sum(CASE WHEN c.depth = 0 THEN t.own END) AS own
            FROM {t1} t JOIN closure c ON c.ou = t.ou {join}
            GROUP BY ALL"""

    @staticmethod
    def _lv_sql(t2: str, scope: str) -> str:
        join = (
            f"JOIN {scope} k ON k.op_id = o.op_id AND k.ou = t.ou AND k.agg_period = t.agg_period"
            if scope
            else ""
        )
        return f"""
            SELECT o.op_id, t.ou, t.agg_period,
                   sum(CASE o.method WHEN 's' THEN t.s WHEN 'l' THEN t.l
                                     WHEN 'a' THEN t.a ELSE t.own END) AS v
            FROM {t2} t JOIN ops o ON o.de = t.de AND (o.cat IS NULL OR o.cat = t.cat) {join}
            GROUP BY ALL"""

    def _parts_sql(self, lv: str, scope: str) -> str:
        join = (
            f"JOIN {scope} k ON k.ind = u.ind AND k.ou = l.ou AND k.agg_period = l.agg_period"
            if scope
            else ""
        )
        selects = [
            f"SELECT u.ind, u.part, l.ou, l.agg_period, l.v FROM {lv} l "
            f"JOIN uses u ON u.op_id = l.op_id AND u.single {join}"
        ]
        for ind, part, tree, ids in self.complex:
            columns = ", ".join(
                f"max(l.v) FILTER (WHERE l.op_id = {i}) AS o{i}" for i in sorted(set(ids.values()))
            )
            expr = compile_sql(tree, _columns(ids), self.constants)
            where = f"l.op_id IN ({', '.join(str(i) for i in sorted(set(ids.values())))})"
            kjoin = (
                f"JOIN {scope} k ON k.ind = '{ind}' AND k.ou = l.ou AND k.agg_period = l.agg_period"
                if scope
                else ""
            )
            selects.append(
                f"SELECT '{ind}' AS ind, '{part}' AS part, ou, agg_period, {expr} AS v FROM "
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
                         max(p.v) FILTER (WHERE p.part = 'n') AS num,
                         max(p.v) FILTER (WHERE p.part = 'd') AS den
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
        con = self.con
        con.register("newvals", frame)
        con.execute(
            "DELETE FROM dv USING newvals f WHERE dv.de = f.de AND dv.cat = f.cat "
            "AND dv.ou = f.ou AND dv.period = f.period"
        )
        self._insert_dv(frame)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE k1 AS SELECT DISTINCT f.de, f.ou, m.agg_period "
            "FROM newvals f JOIN pmap m ON m.period = f.period"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE k2 AS SELECT DISTINCT k.de, c.anc AS ou, k.agg_period "
            "FROM k1 k JOIN closure c ON c.ou = k.ou"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE k3 AS SELECT DISTINCT o.op_id, k.ou, k.agg_period "
            "FROM k2 k JOIN ops o ON o.de = k.de"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE k4 AS SELECT DISTINCT u.ind, k.ou, k.agg_period "
            "FROM k3 k JOIN uses u ON u.op_id = k.op_id"
        )
        steps = [
            ("t1", "k1", ("de", "ou", "agg_period"), self._t1_sql("pmap", "k1")),
            ("t2", "k2", ("de", "ou", "agg_period"), self._t2_sql("t1", "k2")),
            ("lv", "k3", ("op_id", "ou", "agg_period"), self._lv_sql("t2", "k3")),
            ("parts", "k4", ("ind", "ou", "agg_period"), self._parts_sql("lv", "k4")),
        ]
        for table, scope, keys, sql in steps:
            cond = " AND ".join(f"{table}.{c} = k.{c}" for c in keys)
            con.execute(f"DELETE FROM {table} USING {scope} k WHERE {cond}")
            con.execute(f"INSERT INTO {table} {sql}")
        con.execute(
            "DELETE FROM results USING k4 k WHERE results.indicator = k.ind "
            "AND results.ou = k.ou AND results.period = k.agg_period"
        )
        con.execute(f"INSERT INTO results {self._results_sql('parts', 'k4')}")
        return int(con.execute("SELECT count(*) FROM k4").fetchall()[0][0])

    # -- reading ------------------------------------------------------------------------
    def values(
        self,
        indicators: Iterable[str] | None = None,
        org_units: Iterable[str] | None = None,
        periods: Iterable[str] | None = None,
    ) -> list[IndicatorValue]:
        if not self.computed:
            self.compute()
        where, params = [], []
        for column, items in (("indicator", indicators), ("ou", org_units), ("period", periods)):
            if items is not None:
                listed = list(items)
                where.append(f"{column} IN (SELECT unnest(?))")
                params.append(listed)
        sql = "SELECT indicator, ou, period, numerator, denominator, value FROM results"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.con.execute(sql + " ORDER BY 1, 2, 3", params).fetchall()
        return [IndicatorValue(*r) for r in rows]

    def window_values(
        self, windows: Sequence[Window], indicators: Iterable[str], org_units: Iterable[str]
    ) -> list[IndicatorValue]:
        """Indicator values aggregated over arbitrary date ranges (e.g. year to date), for
        the given units, computed on read with the same statements."""
        inds = list(indicators)
        units = list(org_units)
        rows = [(w.label, w.start, w.end) for w in windows]
        wframe = pd.DataFrame(rows, columns=["label", "wstart", "wend"])
        self.con.register("wframe", wframe)
        con = self.con
        con.execute(
            "CREATE OR REPLACE TEMP TABLE wmap AS SELECT DISTINCT p.period, w.label AS agg_period "
            "FROM (SELECT DISTINCT period, start_date FROM dv) p JOIN wframe w "
            "ON p.start_date >= w.wstart AND p.start_date <= w.wend"
        )
        # Only periods wholly inside the window count: drop those ending after it.
        keep = []
        for period, label in con.execute("SELECT period, agg_period FROM wmap").fetchall():
            window = next(w for w in windows if w.label == label)
            if Period.parse(period).end <= window.end:
                keep.append((period, label))
        kframe = pd.DataFrame(keep, columns=["period", "agg_period"])
        self.con.register("kframe", kframe)
        con.execute("CREATE OR REPLACE TEMP TABLE wmap AS SELECT * FROM kframe")
        uframe = pd.DataFrame({"ou": units})
        self.con.register("uframe", uframe)
        iframe = pd.DataFrame({"ind": inds})
        self.con.register("iframe", iframe)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE wk4 AS SELECT DISTINCT i.ind, u.ou, "
            "w.label AS agg_period FROM iframe i, uframe u, wframe w"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE wk3 AS SELECT DISTINCT s.op_id, k.ou, k.agg_period "
            "FROM wk4 k JOIN uses s ON s.ind = k.ind"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE wk2 AS SELECT DISTINCT o.de, k.ou, k.agg_period "
            "FROM wk3 k JOIN ops o ON o.op_id = k.op_id"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE wk1 AS SELECT DISTINCT k.de, c.ou, k.agg_period "
            "FROM wk2 k JOIN closure c ON c.anc = k.ou"
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE wt1 AS {self._t1_sql('wmap', 'wk1')}")
        con.execute(f"CREATE OR REPLACE TEMP TABLE wt2 AS {self._t2_sql('wt1', 'wk2')}")
        con.execute(f"CREATE OR REPLACE TEMP TABLE wlv AS {self._lv_sql('wt2', 'wk3')}")
        con.execute(f"CREATE OR REPLACE TEMP TABLE wparts AS {self._parts_sql('wlv', 'wk4')}")
        result = con.execute(
            f"SELECT indicator, ou, period, numerator, denominator, value FROM "
            f"({self._results_sql('wparts', 'wk4')}) ORDER BY 1, 2, 3"
        ).fetchall()
        return [IndicatorValue(*r) for r in result]
