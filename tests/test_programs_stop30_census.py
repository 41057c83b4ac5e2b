"""Stop 30, second round: the census's ages joined on the month of birth (docs/scale.md,
"Stop 30")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from healthplan.programs import connect, engines
from healthplan.programs.engines import write_stored
from healthplan.programs.indicators import _Frames
from test_programs_indicators import PARENTS, RECORDS, person

D = date
UNITS = sorted(PARENTS)


def census(tmp_path: Path, residents: list[dict]) -> tuple[pd.DataFrame, str]:
    records = {**RECORDS, "residents": residents}
    write_stored(tmp_path, {name: pd.DataFrame(rows) for name, rows in records.items()})
    con = connect("duckdb")
    frames = _Frames(engines._tables(con, tmp_path, UNITS), 2025, UNITS, None)
    expr = frames.census
    return con.to_pandas(expr), str(con.compile(expr))


def test_the_census_reads_the_ages_reached_per_month_of_birth(tmp_path: Path) -> None:
    # In 2025 (no 29 February): born 29 Feb 1960, 65 from March; born 15 Jul 1960, from
    # July; born 10 Oct 2018, 7 from October; born in 1900, every age long reached
    # (month 1); a baby born in 2025 reaches none in the year (13).
    ages = ("at_7", "at_18", "at_35", "at_65")
    people = {
        11: (D(1960, 2, 29), (1, 1, 1, 3)),
        12: (D(1960, 7, 15), (1, 1, 1, 7)),
        13: (D(2018, 10, 10), (10, 13, 13, 13)),
        14: (D(1900, 1, 1), (1, 1, 1, 1)),
        15: (D(2025, 5, 3), (13, 13, 13, 13)),
    }
    residents = [person(key, born, "V1") for key, (born, _) in people.items()]
    frame, sql = census(tmp_path, residents)
    got = {tuple(int(v) for v in row) for row in frame[list(ages)].itertuples(index=False)}
    assert got == {months for _, months in people.values()}
    assert frame.n.sum() == len(people)
    # Worked out once per month of birth and joined: no leap-year test on every resident.
    assert "% 400" not in sql
