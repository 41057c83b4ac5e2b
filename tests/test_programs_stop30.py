"""Stop 30: what the import derives once for the year's first services, and the schedules
joined on the month of birth (docs/scale.md, "Stop 30")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from healthplan.programs import connect, engines
from healthplan.programs.engines import write_stored
from healthplan.programs.indicators import COVERAGE, COVERED_SPANS, FIRST_SERVICES
from test_programs_indicators import PARENTS, RECORDS, person

D = date


def month(day: date) -> int:
    return day.year * 12 + day.month


def test_the_import_keeps_each_persons_first_services_of_each_year(tmp_path: Path) -> None:
    # Person 1, born 12 May 1959, turns 65 on 12 May 2024: the check of 2 May (at 64) is a
    # service but no check at 65+, the one of 20 May is (without TCM), the one of 3 July has
    # TCM; a screening in 2023 is that year's first service. Person 2 is a baby seen at a
    # newborn visit on 28 Dec 2024 and a child check on 9 Jan 2025: each its year's first
    # child contact. Person 3, a mother, is served by a prenatal visit (through her
    # pregnancy) in March before a follow-up in June.
    records = {
        "residents": [
            person(1, D(1959, 5, 12), "V1"),
            person(2, D(2024, 12, 1), "V1"),
            person(3, D(1995, 1, 1), "V2", sex="F"),
        ],
        "elderly_checks": [
            {"person_key": 1, "check_date": D(2024, 5, 2), "tcm": True},
            {"person_key": 1, "check_date": D(2024, 5, 20), "tcm": False},
            {"person_key": 1, "check_date": D(2024, 7, 3), "tcm": True},
        ],
        "screenings": [{"person_key": 1, "kind": "breast", "screened_on": D(2023, 11, 30)}],
        "newborn_visits": [{"person_key": 2, "visit_date": D(2024, 12, 28)}],
        "child_checks": [{"person_key": 2, "check_date": D(2025, 1, 9)}],
        "pregnancies": [
            {
                "pregnancy_id": "P",
                "person_key": 3,
                "registered_on": D(2024, 2, 1),
                "registered_week": 9,
                "first_exam_on": D(2024, 3, 4),
                "delivered_on": None,
            }
        ],
        "prenatal_visits": [{"pregnancy_id": "P", "visit_date": D(2024, 3, 4)}],
        "chronic_followups": [
            {
                "person_key": 3,
                "disease": "htn",
                "visit_date": D(2024, 6, 1),
                "mode": "face",
                "sbp": 130,
                "dbp": 80,
                "fpg": None,
            }
        ],
    }
    write_stored(tmp_path, {name: pd.DataFrame(rows) for name, rows in records.items()})
    stored = pq.read_table(tmp_path / f"{FIRST_SERVICES}.parquet").to_pylist()
    got = {
        (r["person_key"], r["year"]): (r["service"], r["child"], r["check"], r["tcm"])
        for r in stored
    }
    may, july = month(D(2024, 5, 1)), month(D(2024, 7, 1))
    assert got == {
        (1, 2023): (month(D(2023, 11, 1)), None, None, None),
        (1, 2024): (may, None, may, july),
        (2, 2024): (month(D(2024, 12, 1)), month(D(2024, 12, 1)), None, None),
        (2, 2025): (month(D(2025, 1, 1)), month(D(2025, 1, 1)), None, None),
        (3, 2024): (month(D(2024, 3, 1)), None, None, None),
    }


def query(tmp_path: Path, only: list[str]) -> str:
    write_stored(tmp_path, {name: pd.DataFrame(rows) for name, rows in RECORDS.items()})
    return engines._compile(connect("duckdb"), tmp_path, PARENTS, 2024, only).sql


def test_first_services_are_read_from_the_import_not_from_every_service_table(
    tmp_path: Path,
) -> None:
    # 健康档案使用率, 儿童健康管理率 and the two elderly rates need each person's first
    # service, child contact or check of the year: the import keeps them, and the compute
    # reads none of the service tables (before stop 30 it read all nine, three million rows
    # at a million residents, to find them again).
    sql = query(
        tmp_path,
        ["ehr_usage_rate", "child_health_mgmt_rate", "elderly_health_mgmt_rate"],
    )
    assert f"rec_{FIRST_SERVICES}" in sql
    for table in (
        "chronic_followups",
        "elderly_checks",
        "child_checks",
        "newborn_visits",
        "immunisations",
        "smi_followups",
        "screenings",
        "prenatal_visits",
        "postpartum_visits",
    ):
        assert f"rec_{table}" not in sql, table


def test_the_schedules_join_the_children_on_their_month_of_birth(tmp_path: Path) -> None:
    # What a schedule makes due this year is the same for every child born in one month:
    # worked out once per month of birth and joined on it, not every young resident crossed
    # with the schedule and filtered (about 3.4 million pairs at a million residents).
    sql = query(tmp_path, ["vaccine_coverage_rate", "child_systematic_mgmt_rate"])
    assert "CROSS JOIN" not in sql.upper()


def test_the_import_keeps_the_months_each_contract_or_screening_covers(tmp_path: Path) -> None:
    # Person 1: a contract from 10 Mar 2023 to 29 Feb 2024 (the last day of its month:
    # February covered), another from 15 Jan 2024 (overlapping: merged) with no end.
    # Person 2: a contract ending 29 Jun 2024 (not a month's last day: May is the last
    # month-end in force); breast screenings in May 2022 (covering 36 months, to April
    # 2025) and July 2023 (inside that: merged, extending it to June 2026); a cervical one
    # in March 2024 (its own kind).
    records = {
        "residents": [person(1, D(1970, 1, 1), "V1"), person(2, D(1975, 6, 1), "V1", "F")],
        "contracts": [
            {"person_key": 1, "signed_on": D(2023, 3, 10), "ends_on": D(2024, 2, 29)},
            {"person_key": 1, "signed_on": D(2024, 1, 15), "ends_on": None},
            {"person_key": 2, "signed_on": D(2024, 2, 1), "ends_on": D(2024, 6, 29)},
        ],
        "screenings": [
            {"person_key": 2, "kind": "breast", "screened_on": D(2022, 5, 9)},
            {"person_key": 2, "kind": "breast", "screened_on": D(2023, 7, 1)},
            {"person_key": 2, "kind": "cervical", "screened_on": D(2024, 3, 3)},
        ],
    }
    write_stored(tmp_path, {name: pd.DataFrame(rows) for name, rows in records.items()})
    stored = pq.read_table(tmp_path / f"{COVERAGE}.parquet").to_pylist()
    got = sorted((r["person_key"], r["kind"], r["lo"], r["hi"]) for r in stored)
    never = month(D(9999, 12, 1))
    assert got == [
        (1, "contract", month(D(2023, 3, 1)), month(D(2024, 2, 1))),
        (1, "contract", month(D(2024, 3, 1)), never),
        (2, "breast", month(D(2022, 5, 1)), month(D(2025, 4, 1))),
        (2, "breast", month(D(2025, 5, 1)), month(D(2026, 6, 1))),
        (2, "cervical", month(D(2024, 3, 1)), month(D(2027, 2, 1))),
        (2, "contract", month(D(2024, 2, 1)), month(D(2024, 5, 1))),
    ]


def test_contracts_and_screenings_are_read_as_the_import_merged_them(tmp_path: Path) -> None:
    # Ordering each person's contracts and screenings to merge them (a window over every
    # contract, about 336,000 at a million residents) is done once at import: the compute
    # reads the merged ranges, not the records.
    sql = query(
        tmp_path,
        [
            "family_doctor_contract_coverage",
            "cervical_cancer_screening_rate",
            "breast_cancer_screening_rate",
        ],
    )
    # (read since stop 32 as the residence spans they cover, :data:`COVERED_SPANS`)
    assert f"rec_{COVERED_SPANS}" in sql
    assert "rec_contracts" not in sql and "rec_screenings" not in sql
    assert " OVER " not in sql.upper()
