"""Stop 32: the census grouped without the registrations, the doses' first shots, the
covered residence spans and (third round) the census of each year derived at import
(docs/scale.md, "Stop 32")."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from healthplan.programs import compute_records, connect, engines, indicators
from healthplan.programs.engines import write_stored
from healthplan.programs.indicators import _DOSES, CENSUS, COVERED_SPANS, FIRST_DOSES
from test_programs_indicators import PARENTS, person
from test_programs_stop30 import month

D = date


def monthly(directory: Path, code: str, unit: str, year: int = 2024) -> dict[int, tuple]:
    """``code``'s (numerator, denominator) in ``unit`` by month (months without a value
    left out)."""
    frame = compute_records(connect("duckdb"), directory, PARENTS, year, only=[code])
    return {
        int(r.period[-2:]): (r.numerator, r.denominator)
        for r in frame.itertuples()
        if r.org_unit == unit and "M" in r.period
    }


def test_the_census_counts_residents_alike_but_for_their_registrations_once(
    tmp_path: Path,
) -> None:
    # Three men of V1 born in May 1960, their health records made in 2020: K registered for
    # hypertension in 2023, L for diabetes in March 2024, M for neither. No denominator
    # read from the census cuts by a registration, so the three are one count. N, a man of
    # V1 born in May 1960 too, has no record, and P's first record is of February 2025:
    # neither starts a span of 2024, so they are one count of their own.
    key = dict(zip(("K", "L", "M", "N", "P"), range(40, 45), strict=True))
    write_stored(
        tmp_path,
        {
            "residents": pd.DataFrame([person(k, D(1960, 5, 5), "V1") for k in key.values()]),
            "health_records": pd.DataFrame(
                [
                    {
                        "person_key": key[p],
                        "created_on": D(2020, 1, 9),
                        "electronic": True,
                        "opened_on": None,
                    }
                    for p in "KLM"
                ]
                + [
                    {
                        "person_key": key["P"],
                        "created_on": D(2025, 2, 3),
                        "electronic": True,
                        "opened_on": None,
                    }
                ]
            ),
            "chronic_registry": pd.DataFrame(
                [
                    {"person_key": key["K"], "disease": "htn", "registered_on": D(2023, 6, 1)},
                    {"person_key": key["L"], "disease": "t2dm", "registered_on": D(2024, 3, 2)},
                ]
            ),
        },
    )
    con = connect("duckdb")
    frames = indicators._Frames(
        engines._tables(con, tmp_path, sorted(PARENTS)), 2024, sorted(PARENTS), None
    )
    census = con.to_pandas(frames.census)
    assert sorted(census.n) == [2, 3]
    assert set(census[census.n == 2].record) == {13}  # none, or after the year
    assert set(census[census.n == 3].record) == {1}  # before the year: from January
    # 健康档案建档率 and 电子健康档案建档率 in V1: K, L and M of the five all year.
    for code in ("ehr_filing_rate", "ehr_electronic_filing_rate"):
        assert monthly(tmp_path, code, "V1") == {m: (3, 5) for m in range(1, 13)}


def test_the_import_keeps_the_first_shot_of_each_dose_with_the_month_it_fell_due(
    tmp_path: Path,
) -> None:
    # Q, born 15 Mar 2023: HepB 1 given on 16 and again on 20 Mar 2023 (the first kept),
    # DTaP 4 (due at 18 months, September 2024) given on 2 Oct 2024, and a HepB 5 the
    # schedule does not have. R, on no residents' list, had a BCG.
    write_stored(
        tmp_path,
        {
            "residents": pd.DataFrame([person(50, D(2023, 3, 15), "V1")]),
            "immunisations": pd.DataFrame(
                [
                    {"person_key": 50, "vaccine": "HepB", "dose": 1, "given_on": D(2023, 3, 20)},
                    {"person_key": 50, "vaccine": "HepB", "dose": 1, "given_on": D(2023, 3, 16)},
                    {"person_key": 50, "vaccine": "DTaP", "dose": 4, "given_on": D(2024, 10, 2)},
                    {"person_key": 50, "vaccine": "HepB", "dose": 5, "given_on": D(2024, 1, 9)},
                    {"person_key": 51, "vaccine": "BCG", "dose": 1, "given_on": D(2024, 1, 9)},
                ]
            ),
        },
    )
    stored = pq.read_table(tmp_path / f"{FIRST_DOSES}.parquet").to_pylist()
    got = {(r["person_key"], _DOSES[r["number"]][:2]): (r["due"], r["given"]) for r in stored}
    march = month(D(2023, 3, 1))
    assert got == {
        (50, ("HepB", 1)): (march, march),
        (50, ("DTaP", 4)): (march + 18, month(D(2024, 10, 1))),
    }


def test_vaccine_coverage_reads_the_doses_due_this_year_with_their_first_shots(
    tmp_path: Path,
) -> None:
    # S, born 10 Jan 2024 in V1: due in January HepB 1 and BCG, February HepB 2, March
    # IPV 1, April IPV 2 and DTaP 1, May bOPV 1 and DTaP 2, June DTaP 3, July HepB 3 and
    # MPSV-A 1, September MMR 1 and JE-L 1, October MPSV-A 2 (14 doses). Given: HepB 1 on
    # 10 Jan, BCG on 5 Feb (late: from February), DTaP 1 on 28 Mar (early: from April,
    # when it fell due), HepB 2 on 1 Mar and again on 3 Jun (the first counts).
    shots = [
        ("HepB", 1, D(2024, 1, 10)),
        ("BCG", 1, D(2024, 2, 5)),
        ("DTaP", 1, D(2024, 3, 28)),
        ("HepB", 2, D(2024, 3, 1)),
        ("HepB", 2, D(2024, 6, 3)),
    ]
    write_stored(
        tmp_path,
        {
            "residents": pd.DataFrame([person(60, D(2024, 1, 10), "V1")]),
            "immunisations": pd.DataFrame(
                [
                    {"person_key": 60, "vaccine": v, "dose": d, "given_on": day}
                    for v, d, day in shots
                ]
            ),
        },
    )
    due = {1: 2, 2: 3, 3: 4, 4: 6, 5: 8, 6: 9, 7: 11, 8: 11, 9: 13, 10: 14, 11: 14, 12: 14}
    given = {1: 1, 2: 2, 3: 3, 4: 4}
    expected = {m: (given.get(m, 4), due[m]) for m in range(1, 13)}
    assert monthly(tmp_path, "vaccine_coverage_rate", "V1") == expected
    # the shots on record are read at import, not by the compute
    sql = engines._compile(connect("duckdb"), tmp_path, PARENTS, 2024, None).sql
    assert f"rec_{FIRST_DOSES}" in sql and "rec_immunisations" not in sql


def test_contracts_and_screenings_count_the_covered_months_at_each_residence(
    tmp_path: Path,
) -> None:
    # U lives in V1, moves to V2 on 10 Jun 2024 and dies on 5 Oct 2024; his contract runs
    # from 15 Mar 2024 with no end: covered in V1 at the ends of March-May, in V2 of
    # June-September. W, a woman born 20 Jul 1989 in V3, turns 35 in July; screened for
    # cervical cancer on 3 Feb 2024, she counts for that screening from July.
    write_stored(
        tmp_path,
        {
            "residents": pd.DataFrame(
                [person(70, D(1980, 1, 1), "V1"), person(71, D(1989, 7, 20), "V3", "F")]
            ),
            "moves": pd.DataFrame(
                [{"person_key": 70, "org_unit": "V2", "moved_on": D(2024, 6, 10)}]
            ),
            "deaths": pd.DataFrame(
                [{"person_key": 70, "died_on": D(2024, 10, 5), "maternal": False}]
            ),
            "contracts": pd.DataFrame(
                [{"person_key": 70, "signed_on": D(2024, 3, 15), "ends_on": None}]
            ),
            "screenings": pd.DataFrame(
                [{"person_key": 71, "kind": "cervical", "screened_on": D(2024, 2, 3)}]
            ),
        },
    )
    stored = pq.read_table(tmp_path / f"{COVERED_SPANS}.parquet").to_pylist()
    got = sorted((r["kind"], r["org_unit"], r["since"], r["until"]) for r in stored)
    june = month(D(2024, 6, 1))
    assert got == [
        ("cervical", "V3", month(D(2024, 2, 1)), month(D(2027, 2, 1))),
        ("contract", "V1", month(D(2024, 3, 1)), june),
        ("contract", "V2", june, month(D(9999, 12, 1))),
    ]
    contract = "family_doctor_contract_coverage"
    v1 = {m: (int(m >= 3), 1) for m in range(1, 6)}
    v2 = {m: (1, 1) for m in range(6, 10)}
    assert monthly(tmp_path, contract, "V1") == v1
    assert monthly(tmp_path, contract, "V2") == v2
    cervical = monthly(tmp_path, "cervical_cancer_screening_rate", "V3")
    assert cervical == {m: (1, 1) for m in range(7, 13)}


def test_the_import_stores_the_census_of_each_year_the_services_span(tmp_path: Path) -> None:
    # A, a man of V1 born 15 Jul 1959 (65 in July 2024), his health record made (electronic)
    # in January 2020; B, a woman born 1 Jun 1990 (35 only in 2025), living in V1 and moving
    # to V2 on 10 Apr 2024, her first health record (paper) of 5 Mar 2024. A had a shot in
    # May 2022 and one in June 2024: the services span 2022-2024, so the import stores the
    # census of 2022, 2023 and 2024 (2023 too, though nothing happened in it).
    write_stored(
        tmp_path,
        {
            "residents": pd.DataFrame(
                [person(60, D(1959, 7, 15), "V1"), person(61, D(1990, 6, 1), "V1", sex="F")]
            ),
            "moves": pd.DataFrame(
                [{"person_key": 61, "moved_on": D(2024, 4, 10), "org_unit": "V2"}]
            ),
            "health_records": pd.DataFrame(
                [
                    {
                        "person_key": key,
                        "created_on": day,
                        "electronic": electronic,
                        "opened_on": None,
                    }
                    for key, day, electronic in (
                        (60, D(2020, 1, 9), True),
                        (61, D(2024, 3, 5), False),
                    )
                ]
            ),
            "immunisations": pd.DataFrame(
                [
                    {"person_key": 60, "vaccine": "HepB", "dose": dose, "given_on": day}
                    for dose, day in ((1, D(2022, 5, 3)), (2, D(2024, 6, 4)))
                ]
            ),
        },
    )
    stored = pq.read_table(tmp_path / f"{CENSUS}.parquet").to_pandas()
    assert sorted(set(stored.year)) == [2022, 2023, 2024]
    ages = ("at_7", "at_18", "at_35", "at_65")
    columns = ["org_unit", "n", "lo", "hi", *ages, "record", "electronic", "female"]

    def rows(year: int) -> list[tuple]:
        return sorted(tuple(r) for r in stored[stored.year == year][columns].to_numpy().tolist())

    # Months 1-12 of the year, 1 for before it and 13 for after it or never. 2024: A all
    # year in V1, 65 from July; B in V1 to March and in V2 from April, her record from March.
    assert rows(2024) == sorted(
        [
            ("V1", 1, 1, 12, 1, 1, 1, 7, 1, 1, False),
            ("V1", 1, 1, 3, 1, 1, 13, 13, 3, 13, True),
            ("V2", 1, 4, 12, 1, 1, 13, 13, 3, 13, True),
        ]
    )
    # 2023: both in V1 all year, A not yet 65, B's record after the year.
    assert rows(2023) == sorted(
        [
            ("V1", 1, 1, 12, 1, 1, 1, 13, 1, 1, False),
            ("V1", 1, 1, 12, 1, 1, 13, 13, 13, 13, True),
        ]
    )
    # A compute of a stored year reads its census; of another year (2025) counts its own,
    # and either gives what a store without the census gives.
    bare = tmp_path / "bare"
    bare.mkdir()
    for path in tmp_path.glob("*.parquet"):
        if path.name != f"{CENSUS}.parquet":
            shutil.copy(path, bare / path.name)
    for year, read in ((2024, True), (2025, False)):
        sql = engines._compile(connect("duckdb"), tmp_path, PARENTS, year, None).sql
        assert (f"rec_{CENSUS}" in sql) is read, year
        assert compute_records(connect("duckdb"), tmp_path, PARENTS, year).equals(
            compute_records(connect("duckdb"), bare, PARENTS, year)
        )
    # 健康档案建档率: in V1 A, and B from March; in V2 B from April. In 2025 each alone.
    filing = monthly(tmp_path, "ehr_filing_rate", "V1")
    assert [filing[m] for m in (1, 2, 3, 4, 12)] == [(1, 2), (1, 2), (2, 2), (1, 1), (1, 1)]
    assert monthly(tmp_path, "ehr_filing_rate", "V2")[4] == (1, 1)
    for unit in ("V1", "V2"):
        assert monthly(tmp_path, "ehr_filing_rate", unit, 2025)[6] == (1, 1)
