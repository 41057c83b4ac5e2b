"""One expression, two engines: the program indicators of a 100,000-resident city computed
on DuckDB and on Spark (local mode) are identical, value for value."""

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
    compute_records,
    connect,
    generate_population,
    import_records,
    spark_session,
)
from healthplan.programs.records import records_dir
from healthplan.store.orgunits import parents

POPULATION = 100_000


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
    directory, par = records_dir(ws.home), parents(ws)
    on_duckdb = compute_records(connect("duckdb"), directory, par, 2024)
    on_spark = compute_records(connect("spark", session=spark), directory, par, 2024)
    assert len(on_duckdb) > 100_000
    pd.testing.assert_frame_equal(on_duckdb, on_spark, check_dtype=False)


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
