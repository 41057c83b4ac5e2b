"""Indicator computation: ``python bench/compute.py [--small]``.

1,000 org units (1 city, 9 districts, 90 townships, 900 villages reporting) × 200 indicators
(180 rates over 200 data elements: flows summed over time, populations taken as the latest
month) × 36 months, i.e. 6.5 million data values. Times, in the same run:

* the full compute in DuckDB (:class:`healthplan.analytics.Engine`: month → quarter → year,
  rolled up the hierarchy, every indicator for every unit and period);
* an incremental compute after 1 % new values (a new month's reports arriving), which
  recomputes only the affected element × ancestor × period keys, checked against a fresh
  full compute;
* a pandas implementation of the same computation (the baseline), checked to give the same
  numbers;
* the floor: one hand-written DuckDB SQL query per indicator over the same values (already
  in a DuckDB table), checked to give the same numbers;

and prints the ratios (goals: full compute ≥ 10× faster than pandas and within 1.5× of the
floor) and the process's peak memory after the full compute (goal under 1 GB; the engine
works within ``HEALTHPLAN_ENGINE_MEMORY``, 512 MB unless set).
``--small`` runs a tenth of the units and a year, for a quick check.
"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np
import pandas as pd

from healthplan.analytics import Engine
from healthplan.model import Aggregation, DataElement, Indicator, Period

N_DEN = 20


def hierarchy(
    districts: int, towns: int, villages: int
) -> tuple[list[tuple[str, str | None]], list[str]]:
    units: list[tuple[str, str | None]] = [("C", None)]
    leaves = []
    for d in range(districts):
        units.append((f"D{d}", "C"))
        for t in range(towns):
            units.append((f"D{d}T{t}", f"D{d}"))
            for v in range(villages):
                units.append((f"D{d}T{t}V{v}", f"D{d}T{t}"))
                leaves.append(f"D{d}T{t}V{v}")
    return units, leaves


def metadata(
    n_indicators: int,
) -> tuple[list[Indicator], list[DataElement], dict[str, tuple[str, str | None]]]:
    elements = [
        DataElement(code=f"pop{k}", name=f"人口{k}", aggregation=Aggregation.last)
        for k in range(N_DEN)
    ]
    indicators = []
    spec: dict[str, tuple[str, str | None]] = {}
    for i in range(n_indicators - N_DEN):
        elements.append(DataElement(code=f"n{i}", name=f"分子{i}"))
        den = f"pop{i % N_DEN}"
        indicators.append(
            Indicator(
                code=f"r{i}",
                name=f"率{i}",
                numerator=f"#{{n{i}}}",
                denominator=f"#{{{den}}}",
                multiplier=1000,
            )
        )
        spec[f"r{i}"] = (f"n{i}", den)
    for k in range(N_DEN):
        indicators.append(
            Indicator(
                code=f"c{k}", name=f"数{k}", numerator=f"#{{n{k}}}", aggregation=Aggregation.sum
            )
        )
        spec[f"c{k}"] = (f"n{k}", None)
    return indicators, elements, spec


def values(
    leaves: list[str], elements: list[DataElement], months: list[str], rng: np.random.Generator
) -> pd.DataFrame:
    codes = [e.code for e in elements]
    n = len(leaves) * len(codes) * len(months)
    # Categorical columns (codes, not millions of strings): the process's peak memory is
    # then the engine's, not this frame's.
    de = np.tile(np.repeat(np.arange(len(codes), dtype="int16"), len(months)), len(leaves))
    ou = np.repeat(np.arange(len(leaves), dtype="int32"), len(codes) * len(months))
    period = np.tile(np.arange(len(months), dtype="int16"), len(leaves) * len(codes))
    is_pop = np.array([c.startswith("pop") for c in codes])[de]
    value = np.where(is_pop, rng.integers(800, 1200, n), rng.integers(0, 50, n)).astype("float64")
    return pd.DataFrame(
        {
            "de": pd.Categorical.from_codes(de, codes),
            "cat": pd.Categorical.from_codes(np.zeros(n, dtype="int8"), ["default"]),
            "ou": pd.Categorical.from_codes(ou, leaves),
            "period": pd.Categorical.from_codes(period, months),
            "value": value,
        }
    )


def closure_frame(units: list[tuple[str, str | None]]) -> pd.DataFrame:
    """(ou, anc) for every unit and each of its ancestors, itself included."""
    parent = dict(units)
    closure = []
    for code in parent:
        node: str | None = code
        while node is not None:
            closure.append((code, node))
            node = parent[node]
    return pd.DataFrame(closure, columns=["ou", "anc"])


# -- the pandas baseline: the same computation, step for step ---------------------------------
def pandas_compute(
    frame: pd.DataFrame,
    units: list[tuple[str, str | None]],
    spec: dict[str, tuple[str, str | None]],
    elements: list[DataElement],
) -> pd.DataFrame:
    periods = frame["period"].unique()
    pmap = pd.DataFrame(
        [
            (p, q)
            for p in periods
            for q in (p, Period.containing("quarter", Period.parse(p).start).id, p[:4])
        ],
        columns=["period", "agg_period"],
    )
    closure_df = closure_frame(units)
    df = frame.merge(pmap, on="period")
    df = df.sort_values("period")
    t1 = (
        df.groupby(["de", "ou", "agg_period"], sort=False, observed=True)
        .agg(s=("value", "sum"), l=("value", "last"))
        .reset_index()
    )
    t2 = (
        t1.merge(closure_df, on="ou")
        .groupby(["de", "anc", "agg_period"], sort=False, observed=True)[["s", "l"]]
        .sum()
        .reset_index()
    )
    last = {e.code for e in elements if e.aggregation is Aggregation.last}
    t2["v"] = np.where(t2["de"].isin(list(last)), t2["l"], t2["s"])
    t2 = t2[["de", "anc", "agg_period", "v"]]
    ind = pd.DataFrame(
        [(k, n, d) for k, (n, d) in spec.items()], columns=["indicator", "num", "den"]
    )
    num = ind.merge(t2, left_on="num", right_on="de").rename(columns={"v": "numerator"})
    den = (
        ind.dropna(subset=["den"])
        .merge(t2, left_on="den", right_on="de")[["indicator", "anc", "agg_period", "v"]]
        .rename(columns={"v": "denominator"})
    )
    out = num[["indicator", "anc", "agg_period", "numerator"]].merge(
        den, on=["indicator", "anc", "agg_period"], how="left"
    )
    ratio = out["denominator"].notna()
    out["value"] = np.where(
        ratio, out["numerator"] / out["denominator"].replace(0, np.nan) * 1000, out["numerator"]
    )
    return out


# -- the floor: one hand-written DuckDB SQL query per indicator --------------------------------
# The query an analyst would write for one rate: its numerator element summed over months and
# the units below, its population the latest month's, over the data in a DuckDB table sorted
# by element (so each query reads only its own elements' row groups).
FLOOR_SQL = """
WITH num AS (
    SELECT c.anc, m.agg_period, sum(v.value) AS s
    FROM dv v JOIN pmap m ON m.period = v.period JOIN closure c ON c.ou = v.ou
    WHERE v.de = $num GROUP BY ALL),
den AS (
    SELECT c.anc, x.agg_period, sum(x.l) AS s
    FROM (SELECT v.ou, m.agg_period, arg_max(v.value, m.pstart) AS l
          FROM dv v JOIN pmap m ON m.period = v.period
          WHERE v.de = $den GROUP BY ALL) x
    JOIN closure c ON c.ou = x.ou GROUP BY ALL)
SELECT $ind AS indicator, num.anc, num.agg_period, num.s AS numerator, den.s AS denominator,
       num.s / nullif(den.s, 0) * 1000 AS value
FROM num LEFT JOIN den USING (anc, agg_period)
"""
FLOOR_COUNT_SQL = """
SELECT $ind AS indicator, c.anc, m.agg_period, sum(v.value) AS numerator,
       NULL::DOUBLE AS denominator, sum(v.value) AS value
FROM dv v JOIN pmap m ON m.period = v.period JOIN closure c ON c.ou = v.ou
WHERE v.de = $num GROUP BY ALL
"""


def sql_floor(
    frame: pd.DataFrame,
    units: list[tuple[str, str | None]],
    spec: dict[str, tuple[str, str | None]],
) -> tuple[float, pd.DataFrame]:
    """Seconds for one query per indicator (data already in DuckDB) and their results."""
    import duckdb

    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = false")
    periods = frame["period"].unique()
    pmap = pd.DataFrame(
        [
            (p, q, (Period.parse(p).start - Period.parse("1970M01").start).days)
            for p in periods
            for q in (p, Period.containing("quarter", Period.parse(p).start).id, p[:4])
        ],
        columns=["period", "agg_period", "pstart"],
    )
    con.register("f", frame)
    con.execute(
        "CREATE TABLE dv AS SELECT de::VARCHAR AS de, ou::VARCHAR AS ou, "
        "period::VARCHAR AS period, value FROM f ORDER BY de"
    )
    con.register("pm", pmap)
    con.execute("CREATE TABLE pmap AS SELECT * FROM pm")
    con.register("cl", closure_frame(units))
    con.execute("CREATE TABLE closure AS SELECT * FROM cl")
    parts = []
    start = time.perf_counter()
    for ind, (num, den) in spec.items():
        if den is None:
            parts.append(con.execute(FLOOR_COUNT_SQL, {"ind": ind, "num": num}).df())
        else:
            parts.append(con.execute(FLOOR_SQL, {"ind": ind, "num": num, "den": den}).df())
    seconds = time.perf_counter() - start
    return seconds, pd.concat(parts, ignore_index=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the units, 12 months")
    args = parser.parse_args()
    rng = np.random.default_rng(2024)
    districts, towns, villages, n_months = (9, 10, 10, 36) if not args.small else (3, 3, 10, 12)
    units, leaves = hierarchy(districts, towns, villages)
    indicators, elements, spec = metadata(200)
    months = [p.id for p in Period.parse(f"2022-{2021 + n_months // 12}").periods("month")][
        :n_months
    ]
    frame = values(leaves, elements, months, rng)
    print(
        f"{len(units):,} org units × {len(indicators)} indicators ({len(elements)} data "
        f"elements) × {len(months)} months = {len(frame):,} data values"
    )

    engine = Engine(indicators, elements, units)
    start = time.perf_counter()
    engine.load_values(frame)
    load = time.perf_counter() - start
    start = time.perf_counter()
    engine.compute()
    full = time.perf_counter() - start
    rows = engine.con.execute("SELECT count(*) FROM results").fetchall()[0][0]
    print(
        f"DuckDB load {load:.2f} s; full compute {full:.2f} s → {rows:,} indicator values; "
        f"peak memory {peak_mb():,.0f} MB (goal < 1,000 MB)"
    )

    # 1 % new values: reports for the next month from a random 1 % share of unit × element.
    n_new = len(frame) // 100
    next_month = Period.parse(months[-1]).next().id
    picks = rng.choice(len(leaves) * len(elements), n_new, replace=False)
    new = pd.DataFrame(
        {
            "de": [elements[i % len(elements)].code for i in picks],
            "cat": "default",
            "ou": [leaves[i // len(elements)] for i in picks],
            "period": next_month,
            "value": rng.integers(0, 50, n_new).astype("float64"),
        }
    )
    start = time.perf_counter()
    touched = engine.apply(new)
    incremental = time.perf_counter() - start
    print(
        f"incremental after {n_new:,} new values (1 %): {incremental:.2f} s, "
        f"{touched:,} indicator values recomputed"
    )
    check = Engine(indicators, elements, units)
    check.load_values(pd.concat([frame, new], ignore_index=True))
    check.compute()
    a = {(v.indicator, v.period): v.value for v in engine.values(org_units=["C"])}
    b = {(v.indicator, v.period): v.value for v in check.values(org_units=["C"])}
    total = [
        e.con.execute("SELECT count(*) FROM results").fetchall()[0][0] for e in (engine, check)
    ]
    same = (
        total[0] == total[1]
        and a.keys() == b.keys()
        and all(
            (a[k] is None and b[k] is None) or abs(a[k] - b[k]) < 1e-6
            for k in a  # type: ignore[operator]
        )
    )
    print(f"incremental result equals a fresh full compute: {'yes' if same else 'NO'}")
    del check

    pandas_frame = frame.astype({"de": "category", "ou": "category", "period": "category"})
    start = time.perf_counter()
    baseline = pandas_compute(pandas_frame, units, spec, elements)
    slow = time.perf_counter() - start
    ours = {
        (v.indicator, v.period): v.value
        for v in engine.values(org_units=["D0"])
        if not v.period.startswith(next_month[:4])
    }
    theirs = baseline[baseline["anc"] == "D0"]
    agree = all(
        (np.isnan(v) and ours.get((i, p)) is None) or abs((ours.get((i, p)) or np.nan) - v) < 1e-6
        for i, p, v in zip(theirs["indicator"], theirs["agg_period"], theirs["value"], strict=True)
    ) and len(theirs) == len(ours)
    same_numbers = "yes" if agree else "NO"
    print(
        f"pandas baseline: {slow:.2f} s ({len(baseline):,} values; same numbers: "
        f"{same_numbers}); peak memory {peak_mb():,.0f} MB"
    )
    print(
        f"full compute: DuckDB {full:.2f} s vs pandas {slow:.2f} s → "
        f"{slow / full:.1f}× faster (goal ≥ 10×)"
    )
    print(f"incremental vs full: {full / incremental:.1f}× faster")

    floor_seconds, floor = sql_floor(frame, units, spec)
    mine = {(v.indicator, v.org_unit, v.period): v.value for v in engine.values(org_units=["D0"])}
    d0 = floor[floor["anc"] == "D0"]
    floor_agrees = len(d0) == len([k for k in mine if not k[2].startswith(next_month[:4])]) and all(
        (v != v and mine.get((i, "D0", p)) is None)
        or abs((mine.get((i, "D0", p)) or np.nan) - v) < 1e-6
        for i, p, v in zip(d0["indicator"], d0["agg_period"], d0["value"], strict=True)
    )
    print(
        f"hand-written SQL floor, one DuckDB query per indicator: {floor_seconds:.2f} s "
        f"(same numbers: {'yes' if floor_agrees else 'NO'})"
    )
    print(
        f"full compute: DuckDB engine {full:.2f} s | pandas {slow:.2f} s | SQL floor "
        f"{floor_seconds:.2f} s → engine / floor {full / floor_seconds:.2f}× (goal ≤ 1.5×)"
    )


if __name__ == "__main__":
    main()
