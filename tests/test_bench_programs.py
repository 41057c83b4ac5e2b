"""bench/programs.py's pandas baseline run one district of residence at a time (what a pandas
user does when the person × month frame does not fit) counts what it counts on the whole
population at once."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from types import ModuleType

import pandas as pd

from healthplan.programs.records import records_dir
from healthplan.store.orgunits import list_orgunits, parents

BENCH = Path(__file__).resolve().parents[1] / "bench" / "programs.py"


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_programs", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pandas_by_district_counts_what_the_whole_population_counts(tmp_path: Path) -> None:
    programs = bench()
    population = argparse.Namespace(population=20_000, seed=7, year=2024)
    ws = programs.generate_and_import(tmp_path, population)
    directory, par = records_dir(tmp_path), parents(ws)
    levels = {unit.code: unit.level for unit in list_orgunits(ws)}

    # The chunks must meet twice for the test to mean something: in the units above the
    # districts (the city), and where a resident moved out of the district they are
    # registered in.
    district = programs.districts(directory, par, levels)
    assert district.district.nunique() > 1
    moves = pd.read_parquet(directory / "moves.parquet").merge(district, on="person_key")
    moved_to = moves.org_unit.map(lambda unit: programs.district_of(unit, par, levels))
    assert (moved_to != moves.district).any()

    whole = programs.pandas_compute(directory, par, 2024)
    by_district = programs.pandas_by_district(directory, par, 2024, levels)
    programs.same(whole, by_district, "pandas whole vs by district")
    assert len(by_district) == len(whole) > 0
