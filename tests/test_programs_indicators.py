"""Program indicators on a small hand-built record set, every expected figure worked out by
hand below (DuckDB; ``test_programs_engines`` shows Spark gives the same on a large set).

Places: city C; townships T1, T2; villages V1 and V3 (in T1), V2 (in T2). Year 2024.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import ibis
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from healthplan.programs import compute_records, connect, engines, indicators
from healthplan.programs.engines import write_stored
from healthplan.programs.indicators import _IDS, DERIVED, PERSON_SPANS

D = date
PARENTS: dict[str, str | None] = {
    "C": None,
    "T1": "C",
    "T2": "C",
    "V1": "T1",
    "V2": "T2",
    "V3": "T1",
}


def person(key: int, born: date, unit: str, sex: str = "M", resident: bool = True) -> dict:
    return {
        "person_key": key,
        "sex": sex,
        "birth_date": born,
        "org_unit": unit,
        "resident": resident,
    }


def htn_visit(key: int, day: date, sbp: int, dbp: int, mode: str = "face") -> dict:
    return {
        "person_key": key,
        "disease": "htn",
        "visit_date": day,
        "mode": mode,
        "sbp": sbp,
        "dbp": dbp,
        "fpg": None,
    }


def smi_visit(key: int, day: date, stable: bool, medication: bool) -> dict:
    return {
        "person_key": key,
        "visit_date": day,
        "stable": stable,
        "hospitalised": False,
        "regular_medication": medication,
    }


RESIDENTS = [
    person(1, D(1960, 5, 5), "V1"),  # A: hypertension, follow-up on 31 Dec
    person(2, D(1970, 1, 1), "V2"),  # B: hypertension, moves V2 → V1 on 15 Jul
    person(3, D(1980, 1, 1), "V1"),  # C: hypertension, registered in October
    person(4, D(1959, 7, 1), "V2", "F"),  # D: turns 65 on 1 Jul, checked at 64 only
    person(5, D(1959, 7, 1), "V2", "F"),  # E: turns 65 on 1 Jul, checked at 65
    person(6, D(1940, 1, 1), "V2", "F"),  # F: 84, checked in February with TCM
    person(7, D(1930, 1, 1), "V2"),  # G: 94, dies 10 Apr
    person(8, D(2024, 12, 25), "V1"),  # H: born 25 Dec
    person(9, D(2024, 3, 1), "V2"),  # I: born 1 Mar, dies 20 Mar
    person(10, D(1995, 3, 3), "V1", "F"),  # mother of H
    person(11, D(1996, 4, 4), "V2", "F"),  # mother of I
    person(12, D(2020, 6, 15), "V1", "F"),  # O: 4 years old, one check
    person(13, D(1975, 2, 2), "V1"),  # J: severe mental disorder, followed up
    person(14, D(1985, 2, 2), "V1"),  # K: severe mental disorder, never followed up
    person(15, D(1990, 8, 8), "V2"),  # L: tuberculosis, treated
    person(16, D(1991, 8, 8), "V2"),  # M: tuberculosis, notified in November
    person(17, D(1950, 1, 1), "V1", resident=False),  # not 常住: in no denominator
    person(18, D(1989, 6, 15), "V3", "F"),  # P: turns 35 on 15 Jun, screened in 2022
    person(19, D(1959, 9, 10), "V3", "F"),  # Q: turns 65 on 10 Sep, screened 2021 and 2024
    person(20, D(1980, 1, 1), "V2", "F"),  # R: two cervical screenings 31 months apart
]

RECORDS = {
    "residents": RESIDENTS,
    "moves": [{"person_key": 2, "moved_on": D(2024, 7, 15), "org_unit": "V1"}],
    "deaths": [
        {"person_key": 7, "died_on": D(2024, 4, 10), "maternal": False},
        {"person_key": 9, "died_on": D(2024, 3, 20), "maternal": False},
    ],
    "health_records": [
        {"person_key": k, "created_on": D(2020, 1, 1), "electronic": True, "opened_on": None}
        for k in (1, 2)
    ]
    + [{"person_key": 3, "created_on": D(2024, 9, 1), "electronic": False, "opened_on": None}],
    "contracts": [
        {"person_key": 1, "signed_on": D(2024, 1, 1), "ends_on": D(2024, 12, 31)},
        {"person_key": 2, "signed_on": D(2023, 3, 1), "ends_on": D(2024, 2, 28)},
    ],
    "chronic_registry": [
        {"person_key": 1, "disease": "htn", "registered_on": D(2023, 3, 1)},
        {"person_key": 2, "disease": "htn", "registered_on": D(2022, 1, 1)},
        {"person_key": 3, "disease": "htn", "registered_on": D(2024, 10, 1)},
    ],
    "chronic_followups": [
        htn_visit(1, D(2024, 3, 10), 130, 80),
        htn_visit(1, D(2024, 6, 10), 130, 80),
        htn_visit(1, D(2024, 9, 10), 130, 80),
        htn_visit(1, D(2024, 12, 31), 150, 95),  # the last one of the year, not controlled
        htn_visit(2, D(2024, 2, 1), 150, 95),
        htn_visit(2, D(2024, 5, 1), 132, 84),
        htn_visit(2, D(2024, 8, 1), 150, 95),
        htn_visit(2, D(2024, 11, 1), 150, 95),
        htn_visit(2, D(2024, 12, 1), 135, 85, mode="phone"),  # latest, controlled, not face
        htn_visit(3, D(2024, 10, 5), 120, 70),
        htn_visit(3, D(2025, 1, 2), 180, 100),  # next year
    ],
    "elderly_checks": [
        {"person_key": 4, "check_date": D(2024, 3, 1), "tcm": True},  # at 64
        {"person_key": 5, "check_date": D(2024, 8, 1), "tcm": False},
        {"person_key": 6, "check_date": D(2024, 2, 2), "tcm": True},
    ],
    "pregnancies": [
        {
            "pregnancy_id": "P1",
            "person_key": 10,
            "registered_on": D(2024, 5, 1),
            "registered_week": 10,
            "first_exam_on": D(2024, 5, 1),
            "delivered_on": D(2024, 12, 25),
        },
        {
            "pregnancy_id": "P2",
            "person_key": 11,
            "registered_on": D(2023, 9, 1),
            "registered_week": 14,
            "first_exam_on": D(2023, 9, 1),
            "delivered_on": D(2024, 3, 1),
        },
    ],
    "prenatal_visits": [
        {"pregnancy_id": "P1", "visit_date": D(2024, m, 3)} for m in (5, 7, 9, 10, 11)
    ]
    + [{"pregnancy_id": "P2", "visit_date": D(2023, 10, 1)}],
    "postpartum_visits": [{"pregnancy_id": "P1", "visit_date": D(2025, 1, 10)}],
    "births": [
        {"person_key": 8, "pregnancy_id": "P1", "birth_date": D(2024, 12, 25)},
        {"person_key": 9, "pregnancy_id": "P2", "birth_date": D(2024, 3, 1)},
    ],
    "newborn_visits": [{"person_key": 8, "visit_date": D(2025, 1, 5)}],
    "child_checks": [{"person_key": 12, "check_date": D(2024, 6, 20)}],
    "immunisations": [{"person_key": 8, "vaccine": "HepB", "dose": 1, "given_on": D(2024, 12, 25)}],
    "smi_registry": [
        {"person_key": 13, "registered_on": D(2020, 1, 1)},
        {"person_key": 14, "registered_on": D(2024, 6, 1)},
    ],
    "smi_followups": [
        smi_visit(13, D(2024, 2, 1), True, True),
        smi_visit(13, D(2024, 5, 1), True, True),
        smi_visit(13, D(2024, 8, 1), True, True),
        smi_visit(13, D(2024, 11, 1), False, True),
    ],
    "screenings": [
        {"person_key": 18, "kind": "cervical", "screened_on": D(2022, 3, 10)},
        {"person_key": 19, "kind": "cervical", "screened_on": D(2021, 5, 20)},
        {"person_key": 19, "kind": "breast", "screened_on": D(2024, 2, 1)},
        {"person_key": 20, "kind": "cervical", "screened_on": D(2021, 12, 1)},
        {"person_key": 20, "kind": "cervical", "screened_on": D(2024, 7, 15)},
    ],
    "tb_patients": [
        {
            "person_key": 15,
            "notified_on": D(2024, 2, 1),
            "first_visit_on": D(2024, 2, 3),
            "completed_on": D(2024, 8, 1),
            "doses_due": 180,
            "doses_taken": 170,
        },
        {
            "person_key": 16,
            "notified_on": D(2024, 11, 20),
            "first_visit_on": None,
            "completed_on": None,
            "doses_due": None,
            "doses_taken": None,
        },
    ],
}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], tuple]:
    directory: Path = tmp_path_factory.mktemp("records")
    write_stored(directory, {name: pd.DataFrame(rows) for name, rows in RECORDS.items()})
    frame = compute_records(connect("duckdb"), directory, PARENTS, 2024)
    return {
        (str(r.indicator), str(r.org_unit), str(r.period)): (r.numerator, r.denominator, r.value)
        for r in frame.itertuples()
    }


def figures(results: dict, indicator: str, unit: str, period: str) -> tuple[float, float]:
    numerator, denominator, _ = results[(indicator, unit, period)]
    return numerator, denominator


def test_hypertension_follow_up_on_31_december_and_a_patient_who_moved(results: dict) -> None:
    # June: A in V1 (visits Mar, Jun: 2 ≥ ⌈4·6/12⌉ = 2); B still in V2 (Feb, May: 2 ≥ 2).
    assert figures(results, "htn_standardized_mgmt_rate", "V1", "2024M06") == (1, 1)
    assert figures(results, "htn_standardized_mgmt_rate", "V2", "2024M06") == (1, 1)
    # September: B has moved to V1 and takes the visits he had in V2 with him; C is not
    # registered yet. A: 3 ≥ 3, B: 3 ≥ 3.
    assert figures(results, "htn_standardized_mgmt_rate", "V1", "2024M09") == (2, 2)
    assert ("htn_standardized_mgmt_rate", "V2", "2024M09") not in results
    # November: ⌈44/12⌉ = 4 visits are needed: A has 3, B 4, C (registered 1 Oct) 1.
    assert figures(results, "htn_standardized_mgmt_rate", "V1", "2024M11") == (1, 3)
    # The year: A's visit on 31 Dec is his 4th; B's phone call does not count (4 face);
    # C (registered in October, one visit; January's belongs to 2025) is managed, not 规范.
    assert figures(results, "htn_standardized_mgmt_rate", "V1", "2024") == (2, 3)
    assert figures(results, "htn_standardized_mgmt_rate", "T1", "2024") == (2, 3)
    assert figures(results, "htn_standardized_mgmt_rate", "C", "2024Q4") == (2, 3)
    # Control at the latest visit of the year: A's 31 Dec 150/95 no; B's phone 135/85 yes;
    # C's 120/70 yes. In November A's latest was September's 130/80 (yes), B's 150/95.
    assert figures(results, "htn_bp_control_rate", "V1", "2024") == (2, 3)
    assert figures(results, "htn_bp_control_rate", "V1", "2024M11") == (2, 3)
    # 管理率: managed / (常住 adults 18+ × 27.5 %). V1 at year end: A, B, C, mother of H,
    # J, K = 6 adults (person 17 is not 常住) → 1.65.
    num, den = figures(results, "htn_mgmt_rate", "V1", "2024")
    assert num == 3 and den == pytest.approx(6 * 0.275)
    # The quarter of a stock is its last month, never a sum of months.
    assert figures(results, "htn_standardized_mgmt_rate", "V1", "2024Q3") == (2, 2)


def test_elderly_turning_65_mid_year_and_a_death(results: dict) -> None:
    # March in V2: F (checked in Feb) and G (alive) are 65+; D and E are 64 → 1 / 2.
    assert figures(results, "elderly_health_mgmt_rate", "V2", "2024M03") == (1, 2)
    # June: G died in April → F alone.
    assert figures(results, "elderly_health_mgmt_rate", "V2", "2024M06") == (1, 1)
    # July: D and E turn 65 on 1 July and join the denominator; neither checked since.
    assert figures(results, "elderly_health_mgmt_rate", "V2", "2024M07") == (1, 3)
    # The year: E checked at 65 in August counts; D's check at 64 in March does not.
    num, den, value = results[("elderly_health_mgmt_rate", "V2", "2024")]
    assert (num, den) == (2, 3) and value == pytest.approx(200 / 3)
    assert figures(results, "tcm_elderly_mgmt_rate", "V2", "2024") == (1, 3)


def test_births_visits_and_deaths(results: dict) -> None:
    # H, born 25 Dec, visited on 5 Jan (within 28 days): counts in December 2024.
    assert figures(results, "newborn_visit_rate", "V1", "2024M12") == (1, 1)
    assert figures(results, "postpartum_visit_rate", "V1", "2024M12") == (1, 1)
    assert figures(results, "newborn_visit_rate", "V2", "2024M03") == (0, 1)
    # I died at 19 days: a neonatal, infant and under-5 death in V2 in March.
    for code in ("neonatal_mortality_rate", "infant_mortality_rate", "under5_mortality_rate"):
        assert figures(results, code, "V2", "2024M03") == (1, 1)
        assert results[(code, "C", "2024")][2] == pytest.approx(500.0)  # 1 / 2 births ‰
    assert figures(results, "maternal_mortality_ratio", "C", "2024") == (0, 2)
    # 建册 before week 13 with a first exam: P1 yes (week 10), P2 no (week 14).
    assert figures(results, "early_pregnancy_registration_rate", "C", "2024") == (1, 2)
    # 系统管理: P1 (week 10, 5 exams, postpartum visit) yes; P2 no.
    assert figures(results, "maternal_systematic_mgmt_rate", "C", "2024") == (1, 2)
    # Flows add up over the quarter: V2's births Jan-Mar.
    assert figures(results, "infant_mortality_rate", "V2", "2024Q1") == (1, 1)


def test_children_vaccines_records_contracts(results: dict) -> None:
    # 0-6 in V1 at year end: H and O; only O was seen (H's visit was in January).
    assert figures(results, "child_health_mgmt_rate", "V1", "2024") == (1, 2)
    # 系统管理: O's 48-month check fell due in June 2024 and was done; H's first (满月)
    # falls in 2025, so H is not yet due any.
    assert figures(results, "child_systematic_mgmt_rate", "V1", "2024") == (1, 1)
    assert ("child_systematic_mgmt_rate", "V1", "2024M05") not in results
    # Vaccines: H owes HepB-1 and BCG at birth (December) and got HepB-1; O owes 48-month
    # bOPV-2 in June 2024 and did not get it → 1 / 3.
    assert figures(results, "vaccine_coverage_rate", "V1", "2024") == (1, 3)
    # Records: A and B filed in 2020, C in September 2024. B lives in V2 until July.
    assert figures(results, "ehr_filing_rate", "V1", "2024M06") == (1, 6)
    assert figures(results, "ehr_filing_rate", "V1", "2024") == (3, 8)
    assert figures(results, "ehr_electronic_filing_rate", "V1", "2024") == (2, 8)
    # 使用率: of the 3 records, all had a service this year (follow-ups).
    assert figures(results, "ehr_usage_rate", "V1", "2024") == (3, 3)
    # Contracts in force at the month's end: B's ended 28 Feb, before 29 Feb 2024.
    assert figures(results, "family_doctor_contract_coverage", "V2", "2024M01")[0] == 1
    assert figures(results, "family_doctor_contract_coverage", "V2", "2024M02")[0] == 0
    assert figures(results, "family_doctor_contract_coverage", "V1", "2024")[0] == 1


def test_mental_disorders_and_tuberculosis(results: dict) -> None:
    # J: 4 visits, the last not stable, taking medication; K registered in June, no visit.
    assert figures(results, "smi_mgmt_rate", "V1", "2024") == (1, 2)
    assert figures(results, "smi_standardized_mgmt_rate", "V1", "2024") == (1, 2)
    assert figures(results, "smi_stable_rate", "V1", "2024") == (0, 1)
    assert figures(results, "smi_stable_rate", "V1", "2024M09") == (1, 1)
    assert figures(results, "smi_regular_medication_rate", "V1", "2024") == (1, 2)
    # In May K was not yet registered: 1 / 1; J had 2 visits, ⌈20/12⌉ = 2 needed.
    assert figures(results, "smi_standardized_mgmt_rate", "V1", "2024M05") == (1, 1)
    # TB: L visited, M not → 1 / 2; L completed with 170 / 180 ≥ 90 % doses → 1 / 1.
    assert figures(results, "tb_mgmt_rate", "V2", "2024") == (1, 2)
    assert figures(results, "tb_mgmt_rate", "V2", "2024M06") == (1, 1)
    assert figures(results, "tb_regular_medication_rate", "V2", "2024") == (1, 1)
    assert ("tb_regular_medication_rate", "V2", "2024M06") not in results


def test_two_cancer_screening(results: dict) -> None:
    # Women 35-64 at the month's end, screened in the 36 months ending with it.
    # V3: Q (64 until 10 Sep), cervical in May 2021: covered through April 2024.
    assert figures(results, "cervical_cancer_screening_rate", "V3", "2024M04") == (1, 1)
    assert figures(results, "cervical_cancer_screening_rate", "V3", "2024M05") == (0, 1)
    # P turns 35 on 15 June and joins, covered by her screening of March 2022.
    assert figures(results, "cervical_cancer_screening_rate", "V3", "2024M06") == (1, 2)
    # Q is 65 at the end of September: no longer 适龄.
    assert figures(results, "cervical_cancer_screening_rate", "V3", "2024M09") == (1, 1)
    # V2: D and E (64 until 1 July) were never screened; R's screenings of December 2021
    # and July 2024 both cover July-November, and she counts once.
    assert figures(results, "cervical_cancer_screening_rate", "V2", "2024M06") == (1, 3)
    assert figures(results, "cervical_cancer_screening_rate", "V2", "2024M08") == (1, 1)
    assert figures(results, "cervical_cancer_screening_rate", "C", "2024M08") == (2, 3)
    assert figures(results, "cervical_cancer_screening_rate", "C", "2024") == (2, 2)
    # Breast: Q screened on 1 February 2024, counted from February until she turns 65.
    assert figures(results, "breast_cancer_screening_rate", "V3", "2024M01") == (0, 1)
    assert figures(results, "breast_cancer_screening_rate", "V3", "2024M02") == (1, 1)
    assert figures(results, "breast_cancer_screening_rate", "V3", "2024M06") == (1, 2)
    assert figures(results, "breast_cancer_screening_rate", "T1", "2024") == (0, 1)


def test_records_stored_without_their_derived_table_give_the_same_figures(
    results: dict, tmp_path: Path
) -> None:
    # A store imported before the import derived its tables, or derived by other code (a
    # file without this version's mark): the engine derives them itself, from the same
    # expressions.
    write_stored(tmp_path, {name: pd.DataFrame(rows) for name, rows in RECORDS.items()})
    for name in DERIVED:
        (tmp_path / f"{name}.parquet").unlink()
    shutil.copyfile(tmp_path / "residents.parquet", tmp_path / f"{PERSON_SPANS}.parquet")
    frame = compute_records(connect("duckdb"), tmp_path, PARENTS, 2024)
    again = {
        (r.indicator, r.org_unit, r.period): (r.numerator, r.denominator, r.value)
        for r in frame.itertuples()
    }
    assert again.keys() == results.keys()
    for key, figures in results.items():
        # the estimated denominators (prevalence × adults) are sums of fractions, added in
        # whatever order the engine's threads meet them
        assert again[key] == pytest.approx(figures, rel=1e-12, nan_ok=True), key


def test_a_kept_query_gives_the_same_figures_and_any_change_compiles_another(
    results: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory, cache = tmp_path / "records", tmp_path / "compiled"
    write_stored(directory, {name: pd.DataFrame(rows) for name, rows in RECORDS.items()})

    def computed(year: int = 2024, parents: dict[str, str | None] = PARENTS) -> dict:
        frame = compute_records(connect("duckdb"), directory, parents, year, sql_cache=cache)
        return {
            (r.indicator, r.org_unit, r.period): (r.numerator, r.denominator, r.value)
            for r in frame.itertuples()
        }

    def entries() -> int:
        return sum(1 for p in cache.iterdir() if not p.name.startswith("."))

    def same(got: dict) -> None:
        assert got.keys() == results.keys()
        for key, figures in results.items():
            assert got[key] == pytest.approx(figures, rel=1e-12, nan_ok=True), key

    same(computed())  # compiled and kept
    assert entries() == 1
    built = engines.monthly_counts

    def not_built(*args: object, **kwargs: object) -> None:
        raise AssertionError("the expressions were built again")

    monkeypatch.setattr(engines, "monthly_counts", not_built)
    same(computed())  # the kept query, nothing built
    # A broken entry is compiled again, as is another year, another org-unit tree, or a
    # stored table with other columns: each has its own entry.
    (next(cache.iterdir()) / "query.sql").unlink()
    with pytest.raises(AssertionError, match="built again"):
        computed()
    monkeypatch.setattr(engines, "monthly_counts", built)
    same(computed())
    computed(2025)
    moved = {**PARENTS, "V3": "T2"}
    computed(parents=moved)
    assert entries() == 3
    # The next import's files: the same columns, marked as holding no null where these rows
    # hold none (the Parquet writer marks it from the rows). The same SQL: the kept query.
    for name in ("residents", "contracts"):
        table = pq.read_table(directory / f"{name}.parquet")
        required = [f.with_nullable(table[f.name].null_count > 0) for f in table.schema]
        pq.write_table(table.cast(pa.schema(required)), directory / f"{name}.parquet")
    assert not pq.read_schema(directory / "residents.parquet").field("person_key").nullable
    monkeypatch.setattr(engines, "monthly_counts", not_built)
    same(computed())
    monkeypatch.setattr(engines, "monthly_counts", built)
    assert entries() == 3
    residents = pq.read_table(directory / "residents.parquet")
    residents = residents.append_column("note", pa.array([""] * residents.num_rows))
    pq.write_table(residents, directory / "residents.parquet")
    computed()
    assert entries() == 4


def test_born_on_29_february_turns_65_on_1_march_of_a_common_year(tmp_path: Path) -> None:
    # 2025 is a common year: S (born 29 Feb 1960) is 64 at the end of February and 65 at
    # the end of March; T (born 28 Feb 1960) is 65 at the end of February. 2024 (the other
    # tests' year) is a leap year, where a 29 February birthday falls on its day.
    write_stored(
        tmp_path,
        {
            "residents": pd.DataFrame(
                [person(30, D(1960, 2, 29), "V1"), person(31, D(1960, 2, 28), "V2")]
            ),
            "elderly_checks": pd.DataFrame(
                [{"person_key": 30, "check_date": D(2025, 3, 1), "tcm": False}]
            ),
        },
    )
    frame = compute_records(
        connect("duckdb"), tmp_path, PARENTS, 2025, only=["elderly_health_mgmt_rate"]
    )
    got = {(r.org_unit, r.period): (r.numerator, r.denominator) for r in frame.itertuples()}
    assert ("V1", "2025M02") not in got
    assert got[("V2", "2025M02")] == (0, 1)
    # S is 65 from March, checked on 1 March (at 65): in both parts from March.
    assert got[("V1", "2025M03")] == (1, 1)
    assert got[("C", "2025M03")] == (1, 2)


def test_what_several_indicators_read_is_computed_once_in_the_query(tmp_path: Path) -> None:
    # The population cut to the persons with an event, a disease's patients, the young
    # residents of the schedules…: each is read by several indicators, and a subquery
    # written out again inside every reader is computed again by each (before stop 29 the
    # events' subset of the population was joined anew by ten indicators). In the query
    # of all indicators no subquery appears twice: the shared ones are named once.
    write_stored(tmp_path, {name: pd.DataFrame(rows) for name, rows in RECORDS.items()})
    con = connect("duckdb")
    query = engines._compile(con, tmp_path, PARENTS, 2024, None)
    aliases = re.findall(r'\) AS "(t\d+)"', query.sql)
    assert aliases and len(aliases) == len(set(aliases))


def test_the_mortality_rates_join_the_deaths_to_the_residents_once(tmp_path: Path) -> None:
    # Each rate joining the deaths to the residents' birth dates through its own view of
    # the residents made four joins of the same two tables, each reading all residents
    # again; the four rates differ only in the rule that filters the joined deaths.
    write_stored(tmp_path, {name: pd.DataFrame(rows) for name, rows in RECORDS.items()})
    con = connect("duckdb")
    mortality = [code for code in _IDS if "mortality" in code]
    (counts,) = engines._counts(con, tmp_path, PARENTS, 2024, mortality)
    tables = {"rec_deaths", "rec_residents"}
    joins = {
        join
        for join in counts.op().find(ibis.expr.operations.JoinChain)
        if {t.name for t in join.find(ibis.expr.operations.DatabaseTable)} == tables
    }
    assert len(joins) == 1


def test_the_results_carry_a_number_that_sorts_them_as_their_codes_do() -> None:
    # Sorting on one integer instead of three strings: the order it gives must be that of
    # indicator, org unit and period, with periods as strings sort them (2024 < 2024M01
    # < … < 2024M12 < 2024Q1).
    units = sorted(PARENTS)
    rows = []
    for code in ("newborn_visit_rate", "ehr_filing_rate"):
        for unit in ("V2", "V1"):
            row: dict[str, object] = {"indicator": _IDS[code], "unit": units.index(unit)}
            row |= {f"num_{m}": 1.0 for m in range(1, 13)}
            row |= {f"den_{m}": 2.0 for m in range(1, 13)}
            rows.append(row)
    counts = ibis.memtable(pd.DataFrame(rows).astype({"indicator": "int16"}))
    frame = connect("duckdb").to_pandas(indicators.results(counts, units, PARENTS, 2024))
    by_number = frame.sort_values(indicators.ORDER)[["indicator", "org_unit", "period"]]
    by_codes = frame.sort_values(["indicator", "org_unit", "period"])[list(by_number.columns)]
    assert by_number.index.tolist() == by_codes.index.tolist()
    # V1, V2 and their ancestors T1, T2 and C, both indicators, 12 months, 4 quarters, the year
    assert len(frame) == 2 * 5 * 17
    # a flow's quarter adds its months, a stock's quarter is its last month
    q1 = frame.set_index(["indicator", "org_unit", "period"])
    assert q1.loc[("newborn_visit_rate", "C", "2024Q1"), "numerator"] == 2 * 3
    assert q1.loc[("ehr_filing_rate", "C", "2024Q1"), "numerator"] == 2
