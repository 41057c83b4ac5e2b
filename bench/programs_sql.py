"""bench/programs.py's floor: one hand-written DuckDB SQL query per program indicator, in the
engine's method — each person's month spans (residence, alive, age, first service, n-th
follow-up), counted by unit and span, spread over the months, rolled up to every ancestor
unit and period. It reads what the engine reads: the records and the tables the import
derived from them (``person_spans``, ``chronic_months``; months there are year × 12 + month,
here months 1-12 of the year)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from healthplan.programs.indicators import (
    DERIVED,
    PREVALENCE,
    PROGRAM_INDICATORS,
    SCREENING_AGES,
    SCREENING_MONTHS,
    VISIT_DAYS,
)
from healthplan.programs.records import (
    CHILD_CHECK_MONTHS,
    SCHEDULE,
    SCREENINGS,
    SERVICES,
    TABLES,
)
from programs_pandas import FLOWS, SCHEDULE_YEARS, shape_tables

MACROS = """
CREATE MACRO mon(d) AS (year(d) - {year}) * 12 + month(d);
CREATE MACRO in_year(d) AS d BETWEEN DATE '{year}-01-01' AND DATE '{year}-12-31';
CREATE MACRO age(birth, d) AS year(d) - year(birth)
    - CASE WHEN month(d) * 100 + day(d) < month(birth) * 100 + day(birth) THEN 1 ELSE 0 END;
CREATE MACRO leap(y) AS y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0);
CREATE MACRO reaches(born, feb29, age) AS born + 12 * age
    + CASE WHEN feb29 AND NOT leap((born + {base} - 1) // 12 + age) THEN 1 ELSE 0 END;
CREATE MACRO latest(d) AS year(d) * 10000 + month(d) * 100 + day(d);
"""

# Each person's months at each residence (常住, born by the month's end; where events are
# counted) and those months alive (the population).
PLACED = """
placed AS (
    SELECT * FROM (
        SELECT person_key, org_unit AS unit, sex, born - {base} AS born, feb29,
               greatest(since - {base}, born - {base}, 1) AS lo,
               least(until - {base} - 1, 12) AS hi,
               coalesce(died - {base} - 1, 12) AS alive_to,
               record - {base} AS record, electronic - {base} AS electronic,
               htn - {base} AS htn, t2dm - {base} AS t2dm
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
           coalesce(sum(n) FILTER (WHERE num = 0), 0) * {scale} AS den
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


def aged(name: str, low: int | None = None, below: int | None = None, where: str = "TRUE") -> str:
    """A CTE ``name``: ``pop`` (``where``) cut to the months at whose end a person is
    ``low`` or older and younger than ``below``."""
    lo = "lo" if low is None else f"greatest(lo, reaches(born, feb29, {low}))"
    hi = "hi" if below is None else f"least(hi, reaches(born, feb29, {below}) - 1)"
    return f"""
        {name} AS (SELECT * FROM (SELECT * REPLACE ({lo} AS lo, {hi} AS hi) FROM pop
                                  WHERE {where})
                   WHERE lo <= hi)"""


def disjoint(name: str, ranges: str) -> str:
    """A CTE ``name``: each person's month ranges in ``ranges`` (person_key, lo, hi) made
    disjoint, the same months covered: each starts after the furthest end of those before."""
    return f"""
        {name} AS (
            SELECT person_key, CASE WHEN prev IS NULL THEN lo ELSE greatest(lo, prev + 1) END
                   AS lo, hi
            FROM (SELECT *, max(hi) OVER (PARTITION BY person_key ORDER BY lo, hi
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                            AS prev
                  FROM {ranges} WHERE lo <= hi))"""


def clipped(spans: str, ranges: str, where: str = "TRUE") -> str:
    """``spans`` (person_key, unit, lo, hi) cut to each person's ``ranges``."""
    return f"""
        SELECT s.unit, greatest(s.lo, r.lo) AS lo, least(s.hi, r.hi) AS hi
        FROM {spans} s JOIN {ranges} r USING (person_key) WHERE {where}"""


def chronic(disease: str) -> dict[str, str]:
    managed = f"""
        managed AS (
            SELECT person_key, unit, greatest(lo, {disease}) AS lo, hi FROM pop
            WHERE {disease} IS NOT NULL),
        followed AS (
            SELECT * REPLACE (m - {{base}} AS m, next - {{base}} AS next) FROM chronic_months
            WHERE disease = '{disease}' AND m BETWEEN {{base}} + 1 AND {{base}} + 12)"""
    est_age, _ = PREVALENCE[disease]
    control = "htn_bp_control_rate" if disease == "htn" else "t2dm_glucose_control_rate"
    return {
        f"{disease}_mgmt_rate": managed
        + ","
        + aged("adults", low=est_age)
        + """,
        num_spans AS (SELECT unit, lo, hi FROM managed),
        den_spans AS (SELECT unit, lo, hi FROM adults)""",
        # The n-th face-to-face follow-up of the year covers quarter n from its month on.
        f"{disease}_standardized_mgmt_rate": managed
        + """,
        nth AS (
            SELECT person_key, greatest(m, 3 * n - 2) AS lo, 3 * n AS hi
            FROM followed, range(1, 5) t(n)
            WHERE n > faces_before AND n <= faces_before + faces),
        num_spans AS ("""
        + clipped("managed", "nth")
        + """),
        den_spans AS (SELECT unit, lo, hi FROM managed)""",
        # From a month with a reading to the month before the next: its latest reading.
        control: managed
        + """,
        status AS (
            SELECT person_key, m AS lo, coalesce(next, 13) - 1 AS hi FROM followed
            WHERE key % 2 = 1),
        num_spans AS ("""
        + clipped("managed", "status")
        + """),
        den_spans AS (SELECT unit, lo, hi FROM managed)""",
    }


FILED = """
        filed AS (SELECT person_key, unit, greatest(lo, record) AS lo, hi FROM pop
                  WHERE record IS NOT NULL)"""

SERVICE = " UNION ALL ".join(
    f"SELECT person_key, {column} AS day FROM {table} WHERE in_year({column})"
    for table, column in SERVICES
) + "".join(
    f""" UNION ALL SELECT p.person_key, v.visit_date FROM {table} v
         JOIN pregnancies p USING (pregnancy_id) WHERE in_year(v.visit_date)"""
    for table in ("prenatal_visits", "postpartum_visits")
)

# Live births at the child's residence in the month of birth (``at_birth``), and from it
# to the year's end (``ytd_births``).
BIRTHS = f"""
        born AS (SELECT b.person_key, mon(r.birth_date) AS e
                 FROM births b JOIN residents r USING (person_key)),
        at_birth AS (
            SELECT b.person_key, p.unit, b.e FROM born b
            JOIN placed p ON p.person_key = b.person_key AND b.e BETWEEN p.lo AND p.hi),
        ytd_births AS (
            SELECT p.unit, greatest(p.lo, b.e) AS lo, p.hi FROM born b
            JOIN placed p USING (person_key) WHERE b.e BETWEEN 1 AND 12),
        visited AS (
            SELECT DISTINCT b.person_key FROM births b JOIN newborn_visits v USING (person_key)
            WHERE v.visit_date BETWEEN b.birth_date
                  AND b.birth_date + INTERVAL {VISIT_DAYS} DAY)"""

DELIVERIES = f"""
        deliveries AS (
            SELECT g.person_key, mon(g.delivered_on) AS e, g.registered_week,
                   g.first_exam_on IS NOT NULL AS examined, coalesce(x.exams, 0) AS exams,
                   s.pregnancy_id IS NOT NULL AS seen
            FROM pregnancies g
            LEFT JOIN (SELECT pregnancy_id, count(*) AS exams FROM prenatal_visits
                       GROUP BY 1) x USING (pregnancy_id)
            LEFT JOIN (SELECT DISTINCT g.pregnancy_id FROM pregnancies g
                       JOIN postpartum_visits v USING (pregnancy_id)
                       WHERE v.visit_date BETWEEN g.delivered_on
                             AND g.delivered_on + INTERVAL {VISIT_DAYS} DAY) s
                USING (pregnancy_id)
            WHERE g.delivered_on IS NOT NULL),
        ytd AS (
            SELECT p.unit, greatest(p.lo, d.e) AS lo, p.hi, d.* EXCLUDE (person_key, e)
            FROM deliveries d JOIN placed p USING (person_key) WHERE d.e BETWEEN 1 AND 12)"""

DEATH_RULES = {
    "infant_mortality_rate": "age(r.birth_date, d.died_on) < 1",
    "under5_mortality_rate": "age(r.birth_date, d.died_on) < 5",
    "neonatal_mortality_rate": "d.died_on < r.birth_date + INTERVAL 28 DAY",
    "maternal_mortality_ratio": "d.maternal",
}

ELDERLY = (
    aged("old", low=65)
    + """,
        checked AS (
            SELECT c.person_key, mon(min(c.check_date)) AS first,
                   mon(min(c.check_date) FILTER (WHERE c.tcm)) AS tcm
            FROM elderly_checks c JOIN residents r USING (person_key)
            WHERE in_year(c.check_date) AND age(r.birth_date, c.check_date) >= 65
            GROUP BY 1)"""
)

SMI = """
        enrolled AS (
            SELECT p.person_key, p.unit, greatest(p.lo, r.first) AS lo, p.hi FROM pop p
            JOIN (SELECT person_key, mon(min(registered_on)) AS first FROM smi_registry
                  GROUP BY 1) r USING (person_key)
            WHERE greatest(p.lo, r.first) <= p.hi),
        visits AS (SELECT * FROM smi_followups WHERE in_year(visit_date))"""

# The latest visit of each month with visits (of two on one day, the one with the better
# findings) holds from its month to the month before the next.
SMI_STATUS = """,
        keyed AS (
            SELECT person_key, mon(visit_date) AS m,
                   max(((latest(visit_date) * 2 + stable::INT) * 2 + hospitalised::INT) * 2
                       + regular_medication::INT) AS key
            FROM visits GROUP BY ALL),
        status AS (
            SELECT person_key, m AS lo,
                   coalesce(lead(m) OVER (PARTITION BY person_key ORDER BY m), 13) - 1 AS hi,
                   key // 4 % 2 = 1 AS stable, key // 2 % 2 = 1 AS hospitalised,
                   key % 2 = 1 AS medication
            FROM keyed)"""

TB = """
        tb AS (
            SELECT p.unit, greatest(p.lo, mon(t.{column})) AS lo, p.hi, t.*
            FROM tb_patients t JOIN placed p USING (person_key) WHERE in_year(t.{column}))"""

KIDS = aged("kids", below=7)

SQL: dict[str, str] = {
    "ehr_filing_rate": FILED
    + """,
        num_spans AS (SELECT unit, lo, hi FROM filed),
        den_spans AS (SELECT unit, lo, hi FROM pop)""",
    "ehr_electronic_filing_rate": """
        num_spans AS (
            SELECT unit, greatest(lo, electronic) AS lo, hi FROM pop
            WHERE electronic IS NOT NULL),
        den_spans AS (SELECT unit, lo, hi FROM pop)""",
    # a health record used: any service of any program this year to date
    "ehr_usage_rate": FILED
    + f""",
        service AS (SELECT person_key, mon(min(day)) AS first FROM ({SERVICE}) GROUP BY 1),
        num_spans AS (
            SELECT unit, greatest(lo, first) AS lo, hi FROM filed JOIN service USING (person_key)),
        den_spans AS (SELECT unit, lo, hi FROM filed)""",
    "child_health_mgmt_rate": KIDS
    + """,
        contact AS (
            SELECT person_key, mon(min(day)) AS first FROM (
                SELECT person_key, check_date AS day FROM child_checks WHERE in_year(check_date)
                UNION ALL
                SELECT person_key, visit_date FROM newborn_visits WHERE in_year(visit_date))
            GROUP BY 1),
        num_spans AS (
            SELECT unit, greatest(lo, first) AS lo, hi FROM kids JOIN contact USING (person_key)),
        den_spans AS (SELECT unit, lo, hi FROM kids)""",
    # The n-th check due this year (month d) must be done from d until the next falls due.
    "child_systematic_mgmt_rate": KIDS
    + f""",
        due AS (
            SELECT person_key, d, row_number() OVER w AS n,
                   coalesce(lead(d) OVER w, 13) AS next_d
            FROM (SELECT person_key, mon(birth_date) + a AS d
                  FROM residents, (SELECT unnest({list(CHILD_CHECK_MONTHS)}) AS a)
                  WHERE birth_date >= DATE '{{young}}-01-01')
            WHERE d BETWEEN 1 AND 12
            WINDOW w AS (PARTITION BY person_key ORDER BY d)),
        done AS (
            SELECT person_key, mon(check_date) AS c,
                   row_number() OVER (PARTITION BY person_key ORDER BY check_date) AS n
            FROM child_checks WHERE in_year(check_date)),
        met AS (
            SELECT person_key, greatest(d, c) AS lo, next_d - 1 AS hi
            FROM due JOIN done USING (person_key, n)),
        owing AS (SELECT person_key, min(d) AS lo, 12 AS hi FROM due GROUP BY 1),
        num_spans AS ({clipped("kids", "met")}),
        den_spans AS ({clipped("kids", "owing")})""",
    "newborn_visit_rate": BIRTHS
    + """,
        num_spans AS (
            SELECT unit, e AS lo, e AS hi FROM at_birth SEMI JOIN visited USING (person_key)),
        den_spans AS (SELECT unit, e AS lo, e AS hi FROM at_birth)""",
    "postpartum_visit_rate": BIRTHS
    + ","
    + DELIVERIES
    + """,
        num_spans AS (
            SELECT p.unit, d.e AS lo, d.e AS hi FROM deliveries d
            JOIN placed p ON p.person_key = d.person_key AND d.e BETWEEN p.lo AND p.hi
            WHERE d.seen),
        den_spans AS (SELECT unit, e AS lo, e AS hi FROM at_birth)""",
    "early_pregnancy_registration_rate": BIRTHS
    + ","
    + DELIVERIES
    + """,
        num_spans AS (
            SELECT unit, lo, hi FROM ytd WHERE registered_week < 13 AND examined),
        den_spans AS (SELECT unit, lo, hi FROM ytd_births)""",
    "maternal_systematic_mgmt_rate": BIRTHS
    + ","
    + DELIVERIES
    + """,
        num_spans AS (
            SELECT unit, lo, hi FROM ytd WHERE registered_week < 13 AND exams >= 5 AND seen),
        den_spans AS (SELECT unit, lo, hi FROM ytd_births)""",
    **{
        code: BIRTHS
        + f""",
        died AS (
            SELECT d.person_key, mon(d.died_on) AS e
            FROM deaths d JOIN residents r USING (person_key) WHERE {rule}),
        num_spans AS (
            SELECT p.unit, d.e AS lo, d.e AS hi FROM died d
            JOIN placed p ON p.person_key = d.person_key AND d.e BETWEEN p.lo AND p.hi),
        den_spans AS (SELECT unit, e AS lo, e AS hi FROM at_birth)"""
        for code, rule in DEATH_RULES.items()
    },
    "elderly_health_mgmt_rate": ELDERLY
    + """,
        num_spans AS (
            SELECT unit, greatest(lo, first) AS lo, hi FROM old JOIN checked USING (person_key)),
        den_spans AS (SELECT unit, lo, hi FROM old)""",
    "tcm_elderly_mgmt_rate": ELDERLY
    + """,
        num_spans AS (
            SELECT unit, greatest(lo, tcm) AS lo, hi FROM old JOIN checked USING (person_key)
            WHERE tcm IS NOT NULL),
        den_spans AS (SELECT unit, lo, hi FROM old)""",
    **chronic("htn"),
    **chronic("t2dm"),
    "smi_mgmt_rate": SMI
    + """,
        seen AS (SELECT person_key, mon(min(visit_date)) AS lo, 12 AS hi FROM visits GROUP BY 1),
        num_spans AS ("""
    + clipped("enrolled", "seen")
    + """),
        den_spans AS (SELECT unit, lo, hi FROM enrolled)""",
    # The n-th visit of the year covers quarter n from its month on.
    "smi_standardized_mgmt_rate": SMI
    + """,
        nth AS (
            SELECT person_key, greatest(mon(visit_date), 3 * n - 2) AS lo, 3 * n AS hi
            FROM (SELECT *, row_number() OVER (PARTITION BY person_key ORDER BY visit_date) AS n
                  FROM visits)
            WHERE n <= 4),
        num_spans AS ("""
    + clipped("enrolled", "nth")
    + """),
        den_spans AS (SELECT unit, lo, hi FROM enrolled)""",
    # at home (not in hospital): stable / all at home
    "smi_stable_rate": SMI
    + SMI_STATUS
    + """,
        home AS (
            SELECT s.unit, greatest(s.lo, r.lo) AS lo, least(s.hi, r.hi) AS hi, r.stable
            FROM enrolled s JOIN status r USING (person_key) WHERE NOT r.hospitalised),
        num_spans AS (SELECT unit, lo, hi FROM home WHERE stable),
        den_spans AS (SELECT unit, lo, hi FROM home)""",
    "smi_regular_medication_rate": SMI
    + SMI_STATUS
    + """,
        num_spans AS ("""
    + clipped("enrolled", "status", "r.medication")
    + """),
        den_spans AS (SELECT unit, lo, hi FROM enrolled)""",
    "tb_mgmt_rate": TB.format(column="notified_on")
    + """,
        num_spans AS (
            SELECT unit, greatest(lo, mon(first_visit_on)) AS lo, hi FROM tb
            WHERE first_visit_on IS NOT NULL),
        den_spans AS (SELECT unit, lo, hi FROM tb)""",
    "tb_regular_medication_rate": TB.format(column="completed_on")
    + """,
        num_spans AS (
            SELECT unit, lo, hi FROM tb
            WHERE doses_due IS NOT NULL AND coalesce(doses_taken, 0) >= doses_due * 0.9),
        den_spans AS (SELECT unit, lo, hi FROM tb)""",
    # in force at the month's end: signed by then, ending on or after it
    "family_doctor_contract_coverage": """
        terms AS (
            SELECT person_key, mon(signed_on) AS lo,
                   mon(coalesce(ends_on, DATE '9999-12-31'))
                   - CASE WHEN coalesce(ends_on, DATE '9999-12-31')
                               = last_day(coalesce(ends_on, DATE '9999-12-31'))
                          THEN 0 ELSE 1 END AS hi
            FROM contracts),"""
    + disjoint("signed", "terms")
    + f""",
        num_spans AS ({clipped("pop", "signed")}),
        den_spans AS (SELECT unit, lo, hi FROM pop)""",
    # each dose that falls due this year, owed from its month
    "vaccine_coverage_rate": KIDS
    + """,
        due AS (
            SELECT r.person_key, s.vaccine, s.dose, mon(r.birth_date) + s.age_months AS d
            FROM residents r, schedule_t s
            WHERE r.birth_date >= DATE '{young}-01-01'
              AND mon(r.birth_date) + s.age_months BETWEEN 1 AND 12),
        given AS (
            SELECT person_key, vaccine, dose, mon(min(given_on)) AS g
            FROM immunisations SEMI JOIN due USING (person_key, vaccine, dose) GROUP BY ALL),
        owed AS (
            SELECT k.unit, greatest(k.lo, due.d) AS lo, k.hi, given.g FROM kids k
            JOIN due USING (person_key) LEFT JOIN given USING (person_key, vaccine, dose)),
        num_spans AS (SELECT unit, greatest(lo, g) AS lo, hi FROM owed WHERE g IS NOT NULL),
        den_spans AS (SELECT unit, lo, hi FROM owed)""",
    **{
        f"{kind}_cancer_screening_rate": aged(
            "women", SCREENING_AGES[0], SCREENING_AGES[1] + 1, "sex = 'F'"
        )
        + f""",
        screened AS (
            SELECT person_key, mon(screened_on) AS lo,
                   mon(screened_on) + {SCREENING_MONTHS - 1} AS hi
            FROM screenings WHERE kind = '{kind}'),"""
        + disjoint("covered", "screened")
        + f""",
        num_spans AS ({clipped("women", "covered")}),
        den_spans AS (SELECT unit, lo, hi FROM women)"""
        for kind in SCREENINGS
    },
}


# the 管理率 whose denominator is estimated from a prevalence
MGMT = {f"{disease}_mgmt_rate" for disease in PREVALENCE}


def sql_compute(directory: Path, par: dict[str, str | None], year: int) -> pd.DataFrame:
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = false")
    for name in (*TABLES, *DERIVED):
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM '{directory / name}.parquet'")
    con.execute(MACROS.format(year=year, base=year * 12))
    closure, periods = shape_tables(par, year)
    schedule = pd.DataFrame(
        [(v, i + 1, a) for v, ages in SCHEDULE.items() for i, a in enumerate(ages)],
        columns=["vaccine", "dose", "age_months"],
    )
    tables = {
        "months_t": pd.DataFrame({"month": range(1, 13)}),
        "closure_t": closure,
        "periods_t": periods,
        "schedule_t": schedule,
    }
    for name, frame in tables.items():
        con.register(name, frame)
    out = []
    placed = PLACED.format(base=year * 12)
    for indicator in PROGRAM_INDICATORS:
        code = indicator.code
        body = SQL[code].format(base=year * 12, young=year - SCHEDULE_YEARS)
        scale = PREVALENCE[code[: -len("_mgmt_rate")]][1] if code in MGMT else 1.0
        tally = TALLY.format(scale=scale)
        rollup = ROLLUP.format(code=code, flow=code in FLOWS)
        out.append(con.execute(f"WITH {placed}, {body}, {tally} {rollup}").df())
    con.close()
    return pd.concat(out, ignore_index=True)
