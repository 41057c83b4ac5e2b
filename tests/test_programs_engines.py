"""One expression, two engines: the program indicators computed on DuckDB and on Spark (local
mode) are identical, value for value — on a generated city (every indicator, every org unit
and period) together with the hand-built edge cases of ``test_programs_indicators`` (a move,
deaths, a contract ending on 28 February of a leap year, a follow-up on 31 December).

The generated city is small on purpose: equality is a property of the expressions, not of
the size, and Spark's cost here is per stage, not per row (100,000 residents took five
minutes on a loaded machine, 4,000 a fraction of that). ``bench/programs.py`` measures size."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from healthplan.demo.city import build_city
from healthplan.model import OrgLevel
from healthplan.programs import (
    PROGRAM_INDICATORS,
    compute_records,
    connect,
    generate_population,
    import_records,
    spark_session,
)
from healthplan.programs.engines import write_stored
from healthplan.programs.records import TABLES, records_dir
from healthplan.store.orgunits import parents
from test_programs_indicators import PARENTS, RECORDS

POPULATION = 100_000  # the size (#14): one run proves the two engines agree on it


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = spark_session()
    yield session
    session.stop()


@pytest.mark.slow
def test_duckdb_and_spark_give_identical_results(
    spark: Any, make_workspace: Any, tmp_path: Path
) -> None:
    ws = make_workspace("sqlite")
    city = build_city(2024)
    path = tmp_path / "orgunits.csv"
    path.write_text(
        "code,name,level,parent_code\n"
        + "".join(
            f"{u.code},{u.name},{u.level.label_zh},{u.parent_code or ''}\n" for u in city.orgunits
        ),
        encoding="utf-8",
    )
    from healthplan.collection import import_orgunits

    import_orgunits(ws, path)
    villages = [u.code for u in city.orgunits if u.level is OrgLevel.village]
    generate_population(POPULATION, tmp_path / "extract", villages, seed=11)
    import_records(ws, tmp_path / "extract", today=date(2025, 12, 31))
    # One run over both sets (Spark's time goes on planning and stages, not rows): the
    # generated city's stored records with the hand-built ones added, in their own places.
    both = tmp_path / "both"
    write_stored(
        both,
        {
            name: pd.concat(
                [pd.read_parquet(records_dir(ws.home) / f"{name}.parquet"), pd.DataFrame(rows)]
            )
            for name, rows in RECORDS.items()
        }
        | {
            name: pd.read_parquet(records_dir(ws.home) / f"{name}.parquet")
            for name in TABLES
            if name not in RECORDS
        },
    )
    par = parents(ws) | PARENTS
    on_duckdb = compute_records(connect("duckdb"), both, par, 2024)
    on_spark = compute_records(connect("spark", session=spark), both, par, 2024)
    pd.testing.assert_frame_equal(on_duckdb, on_spark, check_dtype=False)
    # Not an equality of empty frames: every indicator counted someone somewhere, the
    # hand-built places included (but maternal deaths: about 15 in 100,000 births, none
    # here; its denominator, live births, is counted).
    counted = on_duckdb[on_duckdb.numerator > 0]
    everything = {p.code for p in PROGRAM_INDICATORS}
    assert set(counted.indicator) == everything - {"maternal_mortality_ratio"}
    assert set(on_duckdb[on_duckdb.denominator > 0].indicator) == everything
    assert {"V1", "V2", "V3"} <= set(counted.org_unit)
    assert len(on_duckdb) > 10_000


@pytest.mark.slow
def test_the_aggregate_engine_gives_the_same_on_spark(spark: Any, make_workspace: Any) -> None:
    """The demo's aggregate indicators (every unit, month, quarter and year): the engine's
    DuckDB statements, transpiled to Spark SQL, give the same values."""
    from healthplan.analytics import load_engine
    from healthplan.analytics.spark import compute_on_spark
    from healthplan.demo import demo

    ws = make_workspace("sqlite")
    demo(ws, seed=3)
    engine = load_engine(ws)
    on_duckdb = engine.values()
    on_spark = compute_on_spark(engine, spark)
    assert len(on_duckdb) > 10_000
    assert [(v.indicator, v.org_unit, v.period) for v in on_spark] == [
        (v.indicator, v.org_unit, v.period) for v in on_duckdb
    ]
    for mine, theirs in zip(on_duckdb, on_spark, strict=True):
        for a, b in ((mine.numerator, theirs.numerator), (mine.value, theirs.value)):
            # sums of the same numbers in another order may differ in the last bit
            assert a == b or (a is not None and b is not None and a == pytest.approx(b, rel=1e-12))
