"""The generated population's service records: about five a resident, each service at a
coverage in the range the 规范 and national reports give, in every year the records hold."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from healthplan.demo.city import build_city
from healthplan.model import OrgLevel
from healthplan.programs import generate_population
from healthplan.programs.generate import YEARS
from healthplan.programs.records import SCHEDULE

YEAR = 2024


@pytest.fixture(scope="module")
def extract(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    villages = [u.code for u in build_city(YEAR).orgunits if u.level is OrgLevel.village]
    out = tmp_path_factory.mktemp("generated")
    summary = generate_population(20_000, out, villages, seed=2024, year=YEAR)
    return out, summary.rows


def _one(out: Path, sql: str) -> float:
    """A query's single number, each ``{table}`` in it read from the generated Parquet."""
    tables = ("residents", "chronic_registry", "chronic_followups", "elderly_checks",
              "child_checks", "newborn_visits", "smi_registry", "smi_followups", "screenings",
              "immunisations", "pregnancies", "prenatal_visits", "postpartum_visits")  # fmt: skip
    text = sql.format(**{t: f"'{out / t}.parquet'" for t in tables})
    return float(duckdb.sql(text).fetchall()[0][0])


def test_about_five_service_records_a_resident(extract: tuple[Path, dict[str, int]]) -> None:
    _, rows = extract
    events = sum(rows.values()) - rows["residents"]
    assert 4.5 <= events / rows["residents"] <= 5.5


@pytest.mark.parametrize("year", range(YEAR - YEARS + 1, YEAR + 1))
def test_recurrent_services_are_on_record_every_year(
    extract: tuple[Path, dict[str, int]], year: int
) -> None:
    out, _ = extract
    start, end = f"DATE '{year}-01-01'", f"DATE '{year}-12-31'"
    # Hypertension and diabetes patients registered before the year: four follow-ups asked
    # for, about 70 % get them (规范管理率).
    visits = f"""
        SELECT id_number, disease, count(*) AS n FROM {{chronic_followups}}
        WHERE year(visit_date) = {year} GROUP BY ALL"""
    patients = f"""
        SELECT coalesce(n, 0) AS n FROM {{chronic_registry}} LEFT JOIN ({visits})
        USING (id_number, disease) WHERE registered_on < {start}"""
    assert 3.2 <= _one(out, f"SELECT avg(n) FROM ({patients})") <= 4.2
    assert 0.6 <= _one(out, f"SELECT avg((n >= 4)::int) FROM ({patients})") <= 0.85
    # People 65 and over all year: one health check each year for 60-70 %.
    checked = f"""
        SELECT avg((id_number IN (SELECT id_number FROM {{elderly_checks}}
                                  WHERE year(check_date) = {year}))::int)
        FROM {{residents}} WHERE birth_date <= {start} - INTERVAL 65 YEAR"""
    assert 0.55 <= _one(out, checked) <= 0.75
    # Children under 7: twelve checks to age 6, about 1.5 a child a year at 90 % coverage.
    checks = f"""
        SELECT (SELECT count(*) FROM {{child_checks}} WHERE year(check_date) = {year})
             / count(*)
        FROM {{residents}} WHERE birth_date > {end} - INTERVAL 7 YEAR AND birth_date <= {end}"""
    assert 1.1 <= _one(out, checks) <= 1.8
    newborns = f"""
        SELECT avg((id_number IN (SELECT id_number FROM {{newborn_visits}}))::int)
        FROM {{residents}} WHERE year(birth_date) = {year}"""
    assert 0.85 <= _one(out, newborns) <= 1.0
    # Severe mental disorder patients registered before the year: four follow-ups asked for.
    smi = f"""
        SELECT avg(coalesce(n, 0)) FROM {{smi_registry}} LEFT JOIN (
            SELECT id_number, count(*) AS n FROM {{smi_followups}}
            WHERE year(visit_date) = {year} GROUP BY 1) USING (id_number)
        WHERE registered_on < {start}"""
    assert 3.2 <= _one(out, smi) <= 4.8
    # Women 35-64 screened for each cancer in a year: a third over three years.
    for kind in ("cervical", "breast"):
        screened = f"""
            SELECT avg((id_number IN (SELECT id_number FROM {{screenings}}
                       WHERE kind = '{kind}' AND year(screened_on) = {year}))::int)
            FROM {{residents}} WHERE sex = 'F'
            AND birth_date BETWEEN {start} - INTERVAL 64 YEAR AND {end} - INTERVAL 36 YEAR"""
        assert 0.08 <= _one(out, screened) <= 0.16, kind


def test_children_and_mothers_have_the_schedules_services(
    extract: tuple[Path, dict[str, int]],
) -> None:
    out, _ = extract
    doses = sum(len(ages) for ages in SCHEDULE.values())
    # Children 7 at the year's end: every dose of the schedule was due, 9 in 10 given.
    given = f"""
        SELECT (SELECT count(*) FROM {{immunisations}} WHERE id_number IN (SELECT id_number
                FROM {{residents}} WHERE year(birth_date) = {YEAR - 7})) / count(*)
        FROM {{residents}} WHERE year(birth_date) = {YEAR - 7}"""
    assert 0.8 * doses <= _one(out, given) <= doses
    exams = "SELECT (SELECT count(*) FROM {prenatal_visits}) / count(*) FROM {pregnancies}"
    assert 4.5 <= _one(out, exams) <= 7
    # A postpartum visit within three weeks and the 42-day check, each for most mothers.
    for lo, hi in ((0, 28), (42, 60)):
        seen = f"""
            SELECT avg((pregnancy_id IN (SELECT v.pregnancy_id FROM {{postpartum_visits}} v
                JOIN {{pregnancies}} p USING (pregnancy_id)
                WHERE v.visit_date - p.delivered_on BETWEEN {lo} AND {hi}))::int)
            FROM {{pregnancies}}"""
        assert 0.7 <= _one(out, seen) <= 0.98, (lo, hi)
