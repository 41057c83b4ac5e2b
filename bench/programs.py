"""Program indicators from individual records: ``python bench/programs.py --population N``.

Generates N residents of the demo city and a year of their service records (about five
events a resident), imports them (validation, keyed hashes) into a scratch workspace, then
times, in the same run:

* the engine (:mod:`healthplan.programs`, Ibis on DuckDB): every program indicator for every
  org unit (village → township → county → city) and every month, quarter and the year;
* the same engine on a subset of indicators of every shape (a population denominator with
  residence changes, face-to-face follow-ups prorated by month, the latest visit's reading,
  age reached mid-year, a flow counted in its month), and on that subset
  (a) a straightforward pandas implementation and (b) one hand-written DuckDB SQL query per
  indicator, the engine's floor — all three checked to give the same numbers.

The pandas baseline is written the way one would at first: a frame of every person × month
(who lives where, alive, how old at the month's end) joined to each service, from the
records. The engine and the SQL count month spans instead (``healthplan.programs.indicators``)
and read, besides the records, the tables the import derives from them once
(``write_derived``: each resident's residence spans, birth, death, first health record and
registrations; the chronic patients' follow-up months). The bench times that derivation
apart and prints it (``import_derive_seconds`` in the JSON): the import pays it, once per
extract, and it is in none of the engine's or the SQL's figures.

The engine keeps the query it compiles (``compute_records(..., sql_cache=)``, as ``records
compute`` does in the workspace), so each engine figure is taken twice: *cold*, with an empty
cache (Ibis builds and compiles the expressions and the query is stored: the first compute
after a change of the code, the org units or the tables' columns) and *warm*, the next compute
(the query read back and run: every other compute, a new import of records included).

The subset (cold, warm), the SQL and pandas run in turns for ``--repeat`` rounds (3), each
timing the median of its rounds. Prints the figures, the ratios (goals: ≥ 20× faster than
pandas, within 1.5× of the SQL), the same ratios in CPU time (on a shared machine wall time
also measures the neighbours) and peak memory (the engine's, measured before the baselines
run); the last line is JSON with ``population``, ``seconds`` (all indicators, warm),
``pandas_ratio``, ``sql_ratio`` (wall time, warm: what a commission's repeated computes pay),
``pandas_cpu_ratio`` (CPU time, warm), the same three cold (``…_cold``, with
``seconds_cold``), ``peak_mb`` and ``import_derive_seconds``.
``--no-pandas`` skips the pandas baseline (it holds every person × month in memory: its peak
was 4.4 GB at one million residents and 12.1 GB at three, about 39 GB at ten — docs/scale.md).
``--pandas-by district`` runs the same pandas code one district of residence at a time (its
residents and their records), the results concatenated and summed, as a pandas user does when
the data does not fit; the JSON then also has ``pandas_by`` and ``pandas_peak_mb``.
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import csv
import json
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from healthplan.collection import import_orgunits
from healthplan.demo.city import build_city
from healthplan.model import OrgLevel
from healthplan.programs import compute_records, connect, generate_population, import_records
from healthplan.programs.engines import write_derived
from healthplan.programs.indicators import DERIVED, closure_pairs
from healthplan.programs.records import records_dir
from healthplan.store import Workspace
from healthplan.store.orgunits import list_orgunits, parents

SUBSET = [
    "ehr_filing_rate",
    "htn_standardized_mgmt_rate",
    "htn_bp_control_rate",
    "elderly_health_mgmt_rate",
    "newborn_visit_rate",
]
FLOWS = {"newborn_visit_rate"}
MULTIPLIER = 100.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """This process's CPU time, all threads: on a shared machine wall time also measures
    the neighbours, CPU time only the work (DuckDB's threads add up)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def months(year: int) -> pd.DataFrame:
    rows = []
    for m in range(1, 13):
        rows.append(
            {
                "month": m,
                "month_start": pd.Timestamp(year, m, 1),
                "month_end": pd.Timestamp(year, m, calendar.monthrange(year, m)[1]),
                "needed": (4 * m + 11) // 12,
            }
        )
    return pd.DataFrame(rows)


def shape_tables(par: dict[str, str | None], year: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    closure = closure_pairs(par)
    periods = []
    for m in range(1, 13):
        q = (m + 2) // 3
        periods += [
            (m, f"{year}M{m:02d}", True),
            (m, f"{year}Q{q}", m == q * 3),
            (m, str(year), m == 12),
        ]
    return (
        pd.DataFrame(closure, columns=["unit", "anc"]),
        pd.DataFrame(periods, columns=["month", "period", "last"]),
    )


# -- (b) one hand-written DuckDB SQL query per indicator --------------------------------------
# The engine's method written by hand: each person's month spans (residence, alive, age,
# first service, n-th follow-up), counted by unit and span, spread over the months. It reads
# what the engine reads: the records and the tables the import derived from them
# (``person_spans``, ``chronic_months``; months there are year × 12 + month).

MACROS = """
CREATE MACRO mon(d) AS (year(d) - {year}) * 12 + month(d);
CREATE MACRO leap(y) AS y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0);
CREATE MACRO reaches(born, feb29, age) AS born + 12 * age
    + CASE WHEN feb29 AND NOT leap((born + {base} - 1) // 12 + age) THEN 1 ELSE 0 END;
"""

PLACED = """
placed AS (
    SELECT * FROM (
        SELECT person_key, org_unit AS unit, born - {base} AS born, feb29,
               greatest(since - {base}, born - {base}, 1) AS lo,
               least(until - {base} - 1, 12) AS hi,
               coalesce(died - {base} - 1, 12) AS alive_to,
               record - {base} AS record, htn - {base} AS htn
        FROM person_spans)
    WHERE lo <= hi),
pop AS (
    SELECT * REPLACE (least(hi, alive_to) AS hi) FROM placed WHERE lo <= least(hi, alive_to))
"""

TALLY = """
spans AS (
    SELECT unit, lo, hi, count(*) AS n, 1 AS num FROM num_spans WHERE lo <= hi GROUP BY ALL
    UNION ALL
    SELECT unit, lo, hi, count(*), 0 FROM den_spans WHERE lo <= hi GROUP BY ALL),
counts AS (
    SELECT unit, month, coalesce(sum(n) FILTER (WHERE num = 1), 0) AS num,
           coalesce(sum(n) FILTER (WHERE num = 0), 0) AS den
    FROM spans JOIN months_t ON month BETWEEN lo AND hi
    GROUP BY ALL)
"""

ROLLUP = """
SELECT '{code}' AS indicator, c.anc AS org_unit, p.period,
       sum(num) AS numerator, sum(den) AS denominator
FROM counts JOIN closure_t c USING (unit) JOIN periods_t p USING (month)
WHERE p.last OR {flow}
GROUP BY ALL
"""

MANAGED_HTN = """
managed AS (SELECT person_key, unit, greatest(lo, htn) AS lo, hi FROM pop WHERE htn IS NOT NULL),
htn_months AS (
    SELECT * REPLACE (m - {base} AS m, next - {base} AS next) FROM chronic_months
    WHERE disease = 'htn' AND m BETWEEN {base} + 1 AND {base} + 12)
"""

SQL = {
    "ehr_filing_rate": """
        num_spans AS (
            SELECT unit, greatest(lo, record) AS lo, hi FROM pop WHERE record IS NOT NULL),
        den_spans AS (SELECT unit, lo, hi FROM pop)""",
    "htn_standardized_mgmt_rate": MANAGED_HTN
    + """,
        face AS (
            SELECT person_key, m, n FROM htn_months, range(1, 5) t(n)
            WHERE n > faces_before AND n <= faces_before + faces),
        num_spans AS (
            SELECT unit, greatest(lo, m, 3 * n - 2) AS lo, least(hi, 3 * n) AS hi
            FROM managed JOIN face USING (person_key)),
        den_spans AS (SELECT unit, lo, hi FROM managed)""",
    "htn_bp_control_rate": MANAGED_HTN
    + """,
        status AS (
            SELECT person_key, key, m AS lo, coalesce(next, 13) - 1 AS hi
            FROM htn_months WHERE key IS NOT NULL),
        num_spans AS (
            SELECT unit, greatest(managed.lo, status.lo) AS lo,
                   least(managed.hi, status.hi) AS hi
            FROM managed JOIN status USING (person_key) WHERE key % 2 = 1),
        den_spans AS (SELECT unit, lo, hi FROM managed)""",
    "elderly_health_mgmt_rate": """
        old AS (SELECT person_key, unit, greatest(lo, reaches(born, feb29, 65)) AS lo, hi
                FROM pop),
        checked AS (
            SELECT c.person_key, min(c.check_date) AS first
            FROM elderly_checks c JOIN residents r USING (person_key)
            WHERE c.check_date BETWEEN DATE '{year}-01-01' AND DATE '{year}-12-31'
              AND date_sub('year', r.birth_date, c.check_date) >= 65
            GROUP BY 1),
        num_spans AS (
            SELECT unit, greatest(lo, mon(first)) AS lo, hi
            FROM old JOIN checked USING (person_key)),
        den_spans AS (SELECT unit, lo, hi FROM old)""",
    "newborn_visit_rate": """
        born AS (
            SELECT p.unit, mon(b.birth_date) AS e, v.person_key IS NOT NULL AS visited
            FROM births b
            JOIN placed p ON p.person_key = b.person_key AND p.born BETWEEN p.lo AND p.hi
            LEFT JOIN (SELECT DISTINCT b.person_key FROM births b
                       JOIN newborn_visits v USING (person_key)
                       WHERE v.visit_date BETWEEN b.birth_date
                             AND b.birth_date + INTERVAL 28 DAY) v
                ON v.person_key = b.person_key),
        num_spans AS (SELECT unit, e AS lo, e AS hi FROM born WHERE visited),
        den_spans AS (SELECT unit, e AS lo, e AS hi FROM born)""",
}


def sql_compute(directory: Path, par: dict[str, str | None], year: int) -> pd.DataFrame:
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = false")
    tables = ("residents", "elderly_checks", "births", "newborn_visits", *DERIVED)
    for name in tables:
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM '{directory / name}.parquet'")
    con.execute(MACROS.format(year=year, base=year * 12))
    closure, periods = shape_tables(par, year)
    month_t = pd.DataFrame({"month": range(1, 13)})
    for name, frame in (("months_t", month_t), ("closure_t", closure), ("periods_t", periods)):
        con.register(name, frame)
    out = []
    for code in SUBSET:
        body = SQL[code].format(year=year, base=year * 12)
        rollup = ROLLUP.format(code=code, flow=code in FLOWS)
        placed = PLACED.format(base=year * 12)
        out.append(con.execute(f"WITH {placed}, {body}, {TALLY} {rollup}").df())
    return pd.concat(out, ignore_index=True)


# -- (a) a straightforward pandas implementation ----------------------------------------------


def pandas_compute(
    directory: Path, par: dict[str, str | None], year: int, persons: pd.Series | None = None
) -> pd.DataFrame:
    """The subset from the records; with ``persons``, from these residents' records only."""
    filters = None if persons is None else [("person_key", "in", persons.tolist())]

    def read(name: str) -> pd.DataFrame:
        frame = pd.read_parquet(directory / f"{name}.parquet", filters=filters)
        for column in frame.columns:
            if frame[column].dtype == object and column.endswith(("_on", "_date")):
                frame[column] = pd.to_datetime(frame[column])
        return frame

    residents, moves, deaths = read("residents"), read("moves"), read("deaths")
    m = months(year)
    y0, y1 = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    spans = pd.concat(
        [
            residents[["person_key", "org_unit"]].assign(valid_from=pd.Timestamp(1900, 1, 1)),
            moves[["person_key", "org_unit", "moved_on"]].rename(
                columns={"moved_on": "valid_from"}
            ),
        ]
    ).rename(columns={"org_unit": "unit"})
    spans = spans.sort_values(["person_key", "valid_from"])
    spans["valid_to"] = (
        spans.groupby("person_key")["valid_from"].shift(-1).fillna(pd.Timestamp(2262, 1, 1))
    )
    placed = spans.merge(m, how="cross")
    placed = placed[(placed.valid_from <= placed.month_end) & (placed.valid_to > placed.month_end)]
    placed = placed.merge(residents[["person_key", "birth_date", "resident"]], on="person_key")
    placed = placed[placed.resident & (placed.birth_date <= placed.month_end)]

    def age(birth: pd.Series, at: pd.Series) -> pd.Series:
        before = (at.dt.month * 100 + at.dt.day) < (birth.dt.month * 100 + birth.dt.day)
        return at.dt.year - birth.dt.year - before.astype(int)

    died = placed.merge(deaths[["person_key", "died_on"]], on="person_key", how="left")
    pop = died[died.died_on.isna() | (died.died_on > died.month_end)].copy()
    pop["age"] = age(pop.birth_date, pop.month_end)
    counts: dict[str, pd.DataFrame] = {}

    def count(frame: pd.DataFrame, num: pd.Series) -> pd.DataFrame:
        frame = frame.assign(num=num.astype(int), den=1)
        return frame.groupby(["unit", "month"], as_index=False)[["num", "den"]].sum()

    hr = read("health_records").groupby("person_key", as_index=False)["created_on"].min()
    p = pop.merge(hr, on="person_key", how="left")
    counts["ehr_filing_rate"] = count(p, p.created_on <= p.month_end)

    reg = read("chronic_registry")
    htn = reg[reg.disease == "htn"].groupby("person_key", as_index=False)["registered_on"].min()
    managed = pop.merge(htn, on="person_key")
    managed = managed[managed.registered_on <= managed.month_end]
    fu = read("chronic_followups")
    fu = fu[(fu.disease == "htn") & (fu.visit_date >= y0) & (fu.visit_date <= y1)]
    fm = fu.merge(m, how="cross")
    fm = fm[fm.visit_date <= fm.month_end]
    face = fm[fm["mode"] == "face"].groupby(["person_key", "month"]).size().rename("face")
    mv = managed.merge(face.reset_index(), on=["person_key", "month"], how="left")
    counts["htn_standardized_mgmt_rate"] = count(mv, mv.face.fillna(0) >= mv.needed)
    measured = fm[fm.sbp.notna() & fm.dbp.notna()].copy()
    measured["ok"] = (measured.sbp < 140) & (measured.dbp < 90)
    measured = measured.sort_values(["person_key", "month", "visit_date", "ok"])
    last = measured.groupby(["person_key", "month"], as_index=False).last()[
        ["person_key", "month", "ok"]
    ]
    lv = managed.merge(last, on=["person_key", "month"], how="left")
    counts["htn_bp_control_rate"] = count(lv, lv.ok.fillna(False).astype(bool))

    checks = read("elderly_checks").merge(residents[["person_key", "birth_date"]], on="person_key")
    checks = checks[(checks.check_date >= y0) & (checks.check_date <= y1)]
    checks = checks[age(checks.birth_date, checks.check_date) >= 65]
    first = checks.groupby("person_key", as_index=False)["check_date"].min()
    old = pop[pop.age >= 65].merge(first, on="person_key", how="left")
    counts["elderly_health_mgmt_rate"] = count(old, old.check_date <= old.month_end)

    births = read("births")
    born = placed.merge(births[["person_key"]], on="person_key")
    born = born[born.birth_date >= born.month_start]
    nv = births.merge(read("newborn_visits"), on="person_key")
    ok = (nv.visit_date >= nv.birth_date) & (nv.visit_date <= nv.birth_date + pd.Timedelta(days=28))
    visited = set(nv.loc[ok, "person_key"])
    counts["newborn_visit_rate"] = count(born, born.person_key.isin(visited))

    closure, periods = shape_tables(par, year)
    out = []
    for code in SUBSET:
        c = counts[code].merge(closure, on="unit").merge(periods, on="month")
        if code not in FLOWS:
            c = c[c["last"]]
        g = c.groupby(["anc", "period"], as_index=False)[["num", "den"]].sum()
        out.append(
            pd.DataFrame(
                {
                    "indicator": code,
                    "org_unit": g.anc,
                    "period": g.period,
                    "numerator": g.num,
                    "denominator": g.den,
                }
            )
        )
    return pd.concat(out, ignore_index=True)


def district_of(unit: str, par: dict[str, str | None], levels: dict[str, OrgLevel]) -> str:
    """The county-level unit (区 or 县) at or above ``unit``."""
    while levels[unit] > OrgLevel.county and (parent := par[unit]) is not None:
        unit = parent
    return unit


def districts(
    directory: Path, par: dict[str, str | None], levels: dict[str, OrgLevel]
) -> pd.DataFrame:
    """Each resident's ``person_key`` and ``district``, that of the unit of residence the
    register gives (a later move elsewhere stays with its person)."""
    residents = pd.read_parquet(directory / "residents.parquet", columns=["person_key", "org_unit"])
    units = residents.org_unit.unique()
    above = [district_of(unit, par, levels) for unit in units]
    district = residents.org_unit.map(dict(zip(units, above, strict=True)))
    return pd.DataFrame({"person_key": residents.person_key, "district": district})


def pandas_by_district(
    directory: Path, par: dict[str, str | None], year: int, levels: dict[str, OrgLevel]
) -> pd.DataFrame:
    """``pandas_compute`` run one district's residents and their records at a time, the
    results concatenated and summed: what a pandas user does when the whole population's
    person × month frame does not fit in memory (about 3.8 GB a million residents). Every
    count is a sum over persons, and each person is in one district's chunk with all of their
    records, so the sums are the whole data's."""
    chunks = districts(directory, par, levels).groupby("district").person_key
    parts = [pandas_compute(directory, par, year, persons) for _, persons in chunks]
    keys = ["indicator", "org_unit", "period"]
    summed = pd.concat(parts).groupby(keys, as_index=False)[["numerator", "denominator"]]
    return summed.sum()


def same(a: pd.DataFrame, b: pd.DataFrame, what: str) -> None:
    keys = ["indicator", "org_unit", "period"]
    left = a[[*keys, "numerator", "denominator"]].sort_values(keys, ignore_index=True)
    right = b[[*keys, "numerator", "denominator"]].sort_values(keys, ignore_index=True)
    pd.testing.assert_frame_equal(left.astype({"numerator": float, "denominator": float}),
                                  right.astype({"numerator": float, "denominator": float}),
                                  check_dtype=False, obj=what)  # fmt: skip


def workspace(home: Path) -> Workspace:
    ws = Workspace(f"sqlite:///{home / 'bench.db'}", home=home)
    ws.ensure_schema()
    city = build_city(2024)
    path = home / "orgunits.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name", "level", "parent_code"])
        for unit in city.orgunits:
            writer.writerow([unit.code, unit.name, unit.level.label_zh, unit.parent_code or ""])
    import_orgunits(ws, path)
    return ws


def generate_and_import(home: Path, args: argparse.Namespace) -> Workspace:
    ws = workspace(home)
    villages = [u.code for u in build_city(2024).orgunits if u.level is OrgLevel.village]
    started = time.perf_counter()
    generated = generate_population(
        args.population, home / "extract", villages, seed=args.seed, year=args.year
    )
    events = sum(generated.rows.values()) - generated.rows["residents"]
    took = time.perf_counter() - started
    print(
        f"generated {generated.residents:,} residents, {events:,} service records "
        f"({events / generated.residents:.1f} a resident) in {took:.1f} s"
    )
    started = time.perf_counter()
    imported = import_records(ws, home / "extract", today=date(args.year + 1, 6, 30))
    print(
        f"imported {sum(imported.stored.values()):,} rows "
        f"({imported.total_rejected:,} rejected) in {time.perf_counter() - started:.1f} s, "
        f"peak memory so far {peak_mb():,.0f} MB",
        flush=True,
    )
    return ws


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--population", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--no-pandas", action="store_true")
    parser.add_argument(
        "--pandas-by",
        choices=["whole", "district"],
        default="whole",
        help="pandas on the whole population at once (default), or one district of residence "
        "at a time, its residents and their records, the results concatenated and summed",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="rounds of the subset, the SQL and pandas in turns; each figure is the median",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        help="generate and import into this folder and keep it; a later run with the same "
        "folder reuses its records (generation and import are not timed anyway)",
    )
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    with contextlib.ExitStack() as stack:
        home = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        if (records_dir(home) / "residents.parquet").exists():
            ws = Workspace(f"sqlite:///{home / 'bench.db'}", home=home)
            print(f"reusing the records in {home}")
        else:
            home.mkdir(parents=True, exist_ok=True)
            ws = generate_and_import(home, args)
        directory, par = records_dir(home), parents(ws)
        levels = {unit.code: unit.level for unit in list_orgunits(ws)}
        # The import derives from the records what every compute starts from (each
        # resident's residence spans, birth, death, first health record and registrations;
        # the chronic patients' follow-up months): ``write_derived``, timed here as the
        # import pays it (it also brings a reused folder up to date), not in the engine's
        # figures below.
        started, cpu = time.perf_counter(), cpu_seconds()
        write_derived(directory)
        derive_seconds, derive_cpu = time.perf_counter() - started, cpu_seconds() - cpu
        print(
            f"derived at import (paid by `records import`, not in the engine's times): "
            f"{derive_seconds:.2f} s (CPU {derive_cpu:.2f} s)"
        )
        # The engine keeps the query it compiles (``sql_cache``, as ``records compute`` does
        # in the workspace): *cold* is a compute with an empty cache (building and compiling
        # the expressions paid, the query stored: the first compute after a change of code,
        # of the org units or of the tables' columns), *warm* the next one (the query read
        # back: every other compute, e.g. each month's or after an import of new records).
        caches = Path(stack.enter_context(tempfile.TemporaryDirectory(dir=home)))

        def engine_run(
            cache: Path, only: list[str] | None = None
        ) -> tuple[pd.DataFrame, float, float]:
            started, cpu = time.perf_counter(), cpu_seconds()
            frame = compute_records(
                connect("duckdb"), directory, par, args.year, only=only, sql_cache=cache
            )
            return frame, time.perf_counter() - started, cpu_seconds() - cpu

        full_cache = caches / "full"
        full, seconds_cold, cpu_full_cold = engine_run(full_cache)
        again, seconds, cpu_full = engine_run(full_cache)
        same(full, again, "engine cold vs warm")
        print(
            f"engine, all {full.indicator.nunique()} indicators × {full.org_unit.nunique()} org "
            f"units × 12 months + quarters + year ({len(full):,} values): "
            f"cold {seconds_cold:.2f} s (CPU {cpu_full_cold:.2f} s), "
            f"warm {seconds:.2f} s (CPU {cpu_full:.2f} s)"
        )
        # The subset, the SQL and pandas in turns, ``--repeat`` rounds, each figure the
        # median of its rounds: one run of a second or two on a shared machine measures
        # mostly what the neighbours did during it (the same run's ratios moved from 10× to
        # 22× between runs a minute apart), and taking turns gives every contender the same
        # share of quiet and busy moments.
        timed: dict[str, list[tuple[float, float]]] = {
            "cold": [], "warm": [], "sql": [], "pandas": []
        }  # fmt: skip
        engine_peak = 0.0
        for round_ in range(args.repeat):
            cache = caches / f"subset-{round_}"  # empty: each round's cold compiles
            engine, *cold = engine_run(cache, SUBSET)
            timed["cold"].append((cold[0], cold[1]))
            warm_frame, *warm = engine_run(cache, SUBSET)
            timed["warm"].append((warm[0], warm[1]))
            same(engine, warm_frame, "engine cold vs warm")
            if round_ == 0:
                engine_peak = peak_mb()  # before any baseline has run
            started, cpu = time.perf_counter(), cpu_seconds()
            floor = sql_compute(directory, par, args.year)
            timed["sql"].append((time.perf_counter() - started, cpu_seconds() - cpu))
            same(engine, floor, "engine vs hand-written SQL")
            if not args.no_pandas:
                started, cpu = time.perf_counter(), cpu_seconds()
                if args.pandas_by == "district":
                    baseline = pandas_by_district(directory, par, args.year, levels)
                else:
                    baseline = pandas_compute(directory, par, args.year)
                timed["pandas"].append((time.perf_counter() - started, cpu_seconds() - cpu))
                same(engine, baseline, "engine vs pandas")
                del baseline

        def median(name: str) -> tuple[float, float]:
            runs = timed[name]
            return (
                float(np.median([w for w, _ in runs])),
                float(np.median([c for _, c in runs])),
            )

        def runs(name: str) -> str:
            return ", ".join(f"{w:.2f}" for w, _ in timed[name])

        cold_subset, cold_cpu = median("cold")
        engine_subset, engine_cpu = median("warm")
        print(
            f"engine, {len(SUBSET)} indicators ({', '.join(SUBSET)}): cold {cold_subset:.2f} s "
            f"(CPU {cold_cpu:.2f} s; median of {runs('cold')}), warm {engine_subset:.2f} s "
            f"(CPU {engine_cpu:.2f} s; median of {runs('warm')})"
        )
        # What only the cold compute pays: Ibis building and compiling the expressions in
        # one thread, and storing the query (the run itself is the same query).
        print(
            f"cold - warm (building, compiling, storing the query): "
            f"{cold_subset - engine_subset:.2f} s (CPU {cold_cpu - engine_cpu:.2f} s)"
        )
        print(f"peak memory so far (generation, import, engine): {engine_peak:,.0f} MB")
        sql_seconds, sql_cpu = median("sql")
        print(
            f"hand-written DuckDB SQL, one query per indicator: {sql_seconds:.2f} s "
            f"(CPU {sql_cpu:.2f} s; median of {runs('sql')}; same numbers)"
        )
        sql_ratio, sql_ratio_cold = engine_subset / sql_seconds, cold_subset / sql_seconds
        print(
            f"engine / SQL: warm {sql_ratio:.2f}×, cold {sql_ratio_cold:.2f}× (goal ≤ 1.5×); "
            f"CPU time warm {engine_cpu / sql_cpu:.2f}×, cold {cold_cpu / sql_cpu:.2f}×"
        )
        pandas_peak: float | None = None
        ratios: dict[str, float | None] = dict.fromkeys(
            ("pandas_ratio", "pandas_ratio_cold", "pandas_cpu_ratio", "pandas_cpu_ratio_cold")
        )
        if not args.no_pandas:
            pandas_seconds, pandas_cpu = median("pandas")
            pandas_peak = peak_mb()
            if args.pandas_by == "district":
                sizes = districts(directory, par, levels).district.value_counts()
                print(
                    f"pandas by district: {len(sizes)} districts of residence, "
                    f"{', '.join(f'{n:,}' for n in sizes)} residents"
                )
            ratios = {
                "pandas_ratio": pandas_seconds / engine_subset,
                "pandas_ratio_cold": pandas_seconds / cold_subset,
                "pandas_cpu_ratio": pandas_cpu / engine_cpu,
                "pandas_cpu_ratio_cold": pandas_cpu / cold_cpu,
            }
            print(
                f"pandas: {pandas_seconds:.2f} s (CPU {pandas_cpu:.2f} s; median of "
                f"{runs('pandas')}; same numbers), peak {pandas_peak:,.0f} MB"
            )
            print(
                f"engine vs pandas (goal ≥ 20×): warm {ratios['pandas_ratio']:.1f}× faster "
                f"(CPU time {ratios['pandas_cpu_ratio']:.1f}× less), cold "
                f"{ratios['pandas_ratio_cold']:.1f}× (CPU {ratios['pandas_cpu_ratio_cold']:.1f}×); "
                f"{pandas_seconds / (engine_subset + derive_seconds):.1f}× if every compute "
                f"also paid the import's derivation"
            )
        values = np.asarray(full.value.dropna())
        print(f"values: {len(values):,} non-empty, median {np.median(values):.1f}")
    print(
        json.dumps(
            {
                "population": args.population,
                "seconds": round(seconds, 3),
                **{k: None if v is None else round(v, 2) for k, v in ratios.items()},
                "sql_ratio": round(sql_ratio, 3),
                "peak_mb": round(engine_peak),
                "import_derive_seconds": round(derive_seconds, 3),
                "seconds_cold": round(seconds_cold, 3),
                "sql_ratio_cold": round(sql_ratio_cold, 3),
                "pandas_by": None if args.no_pandas else args.pandas_by,
                "pandas_peak_mb": None if pandas_peak is None else round(pandas_peak),
            }
        )
    )


if __name__ == "__main__":
    main()
