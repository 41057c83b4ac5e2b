"""bench/programs.py's baselines: the pandas implementation and the hand-written SQL count
every program indicator as the engine does, and the pandas one run one district of residence
at a time (what a pandas user does when the person × month frame does not fit) counts what it
counts on the whole population at once."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from healthplan.model import OrgLevel
from healthplan.programs import compute_records, connect
from healthplan.programs.engines import write_derived
from healthplan.programs.indicators import PROGRAM_INDICATORS
from healthplan.programs.records import records_dir
from healthplan.store.orgunits import list_orgunits, parents

BENCH = Path(__file__).resolve().parents[1] / "bench"
YEAR = 2024


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    """bench/programs.py, which imports its baselines from beside it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(BENCH))
        yield importlib.import_module("programs")


@pytest.fixture(scope="module")
def records(
    bench: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str | None], dict[str, OrgLevel]]:
    home = tmp_path_factory.mktemp("records")
    ws = bench.generate_and_import(home, argparse.Namespace(population=20_000, seed=7, year=YEAR))
    directory = records_dir(home)
    _add_deaths(directory)
    return directory, parents(ws), {unit.code: unit.level for unit in list_orgunits(ws)}


def _add_deaths(directory: Path) -> None:
    """Deaths the generator makes too rare at this size for every mortality rule to count
    someone: children born this year dying at 10 days and at 40 days, one born three years
    before dying this year, and a mother dying of a maternal cause."""
    dead = set(pd.read_parquet(directory / "deaths.parquet").person_key)
    # 常住 and alive, in a fixed order (the import stores rows in no particular one)
    residents = pd.read_parquet(directory / "residents.parquet").sort_values("person_key")
    living = residents[residents.resident & ~residents.person_key.isin(dead)]
    births = pd.read_parquet(directory / "births.parquet").sort_values("person_key")
    born = births[births.person_key.isin(living.person_key)]
    born = born[pd.to_datetime(born.birth_date).between(f"{YEAR}-01-01", f"{YEAR}-10-31")]
    toddler = living[pd.to_datetime(living.birth_date).dt.year == YEAR - 3].iloc[0]
    pregnancies = pd.read_parquet(directory / "pregnancies.parquet").sort_values("person_key")
    mother = pregnancies[pregnancies.person_key.isin(living.person_key)].iloc[0]
    added = [
        (born.person_key.iloc[0], born.birth_date.iloc[0] + pd.Timedelta(days=10), False),
        (born.person_key.iloc[1], born.birth_date.iloc[1] + pd.Timedelta(days=40), False),
        (toddler.person_key, date(YEAR, 6, 15), False),
        (mother.person_key, date(YEAR, 9, 3), True),
    ]
    path = directory / "deaths.parquet"
    table = pq.read_table(path)
    more = pd.DataFrame(added, columns=["person_key", "died_on", "maternal"])
    frame = pd.concat([table.to_pandas(), more], ignore_index=True)
    frame["died_on"] = pd.to_datetime(frame.died_on).dt.date
    pq.write_table(pa.Table.from_pandas(frame, schema=table.schema, preserve_index=False), path)
    write_derived(directory)


def test_both_baselines_count_every_program_indicator_as_the_engine_does(
    bench: ModuleType, records: tuple[Path, dict[str, str | None], dict[str, OrgLevel]]
) -> None:
    directory, par, _ = records
    engine = compute_records(connect("duckdb"), directory, par, YEAR)
    codes = {p.code for p in PROGRAM_INDICATORS}
    assert set(engine.indicator) == codes
    # every mortality rule counts someone, so the comparison tests it
    mortality = engine[engine.indicator.str.contains("mortality") & (engine.period == "2024")]
    assert (mortality.groupby("indicator").numerator.sum() > 0).all()
    for name, counted in (
        ("hand-written SQL", bench.sql_compute(directory, par, YEAR)),
        ("pandas", bench.pandas_compute(directory, par, YEAR)),
    ):
        assert set(counted.indicator) == codes, name
        bench.same(engine, counted, f"engine vs {name}")


def test_pandas_by_district_counts_what_the_whole_population_counts(
    bench: ModuleType, records: tuple[Path, dict[str, str | None], dict[str, OrgLevel]]
) -> None:
    directory, par, levels = records
    pandas_baseline = importlib.import_module("programs_pandas")

    # The chunks must meet twice for the test to mean something: in the units above the
    # districts (the city), and where a resident moved out of the district they are
    # registered in.
    district = bench.districts(directory, par, levels)
    assert district.district.nunique() > 1
    moves = pd.read_parquet(directory / "moves.parquet").merge(district, on="person_key")
    moved_to = moves.org_unit.map(lambda unit: pandas_baseline.district_of(unit, par, levels))
    assert (moved_to != moves.district).any()

    whole = bench.pandas_compute(directory, par, YEAR)
    by_district = bench.pandas_by_district(directory, par, YEAR, levels)
    bench.same(whole, by_district, "pandas whole vs by district")
    assert len(by_district) == len(whole) > 0
