"""bench/programs.py's pandas baseline: every program indicator, written the way one would
at first — a frame of every person × month (where they live at the month's end, alive or
not, how old), joined to each service and counted by org unit and month — from the records
alone (none of the tables the import derives), then rolled up to every ancestor unit and
period as the engine does (flows summed over a period's months, stocks its last month).
Each indicator reads its definition from :mod:`healthplan.programs.indicators`; the bench
checks that the numbers are the engine's."""

from __future__ import annotations

import calendar
from pathlib import Path

import pandas as pd

from healthplan.model import OrgLevel
from healthplan.programs.indicators import (
    BP_CONTROLLED,
    FPG_CONTROLLED,
    PREVALENCE,
    PROGRAM_INDICATORS,
    SCREENING_AGES,
    SCREENING_MONTHS,
    VISIT_DAYS,
    closure_pairs,
)
from healthplan.programs.records import (
    CHILD_CHECK_MONTHS,
    DISEASES,
    SCHEDULE,
    SCREENINGS,
    SERVICES,
)

KEYS = ["indicator", "org_unit", "period"]
FLOWS = {p.code for p in PROGRAM_INDICATORS if p.kind == "flow"}
# The oldest child a schedule (checks, vaccines) makes anything due for this year.
SCHEDULE_YEARS = 6


def months(year: int) -> pd.DataFrame:
    rows = []
    for m in range(1, 13):
        rows.append(
            {
                "month": m,
                "month_start": pd.Timestamp(year, m, 1),
                "month_end": pd.Timestamp(year, m, calendar.monthrange(year, m)[1]),
                # face-to-face follow-ups due by the month's end: one a quarter begun
                "needed": (4 * m + 11) // 12,
            }
        )
    return pd.DataFrame(rows)


def shape_tables(par: dict[str, str | None], year: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(unit, ancestor) pairs and (month, period, whether the month is the period's last)."""
    closure = closure_pairs(par)
    periods = []
    for m in range(1, 13):
        q = (m + 2) // 3
        periods += [
            (m, f"{year}M{m:02d}", True),
            (m, f"{year}Q{q}", m == q * 3),
            (m, str(year), m == 12),
        ]
    return (
        pd.DataFrame(closure, columns=["unit", "anc"]),
        pd.DataFrame(periods, columns=["month", "period", "last"]),
    )


def age(birth: pd.Series, at: pd.Series) -> pd.Series:
    """Completed years on ``at``."""
    before = (at.dt.month * 100 + at.dt.day) < (birth.dt.month * 100 + birth.dt.day)
    return at.dt.year - birth.dt.year - before.astype(int)


def tally(num: pd.DataFrame, den: pd.DataFrame, scale: float = 1.0) -> pd.DataFrame:
    """Rows of ``num`` and of ``den`` counted by unit and month (a unit-month with either)."""
    n = num.groupby(["unit", "month"]).size().rename("num")
    d = den.groupby(["unit", "month"]).size().rename("den") * scale
    return pd.concat([n, d], axis=1).fillna(0).reset_index()


def pandas_compute(
    directory: Path, par: dict[str, str | None], year: int, persons: pd.Series | None = None
) -> pd.DataFrame:
    """Every program indicator from the records; with ``persons``, from these residents'
    records only."""
    filters = None if persons is None else [("person_key", "in", persons.tolist())]

    def read(name: str) -> pd.DataFrame:
        pregnancy = name in ("prenatal_visits", "postpartum_visits")  # no person_key
        frame = pd.read_parquet(
            directory / f"{name}.parquet", filters=None if pregnancy else filters
        )
        for column in frame.columns:
            if frame[column].dtype == object and column.endswith(("_on", "_date")):
                frame[column] = pd.to_datetime(frame[column])
        return frame

    residents, moves = read("residents"), read("moves")
    deaths = read("deaths")
    m = months(year)
    y0, y1 = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)

    def in_year(frame: pd.DataFrame, column: str) -> pd.DataFrame:
        return frame[(frame[column] >= y0) & (frame[column] <= y1)]

    def month_of(day: pd.Series) -> pd.Series:
        return (day.dt.year - year) * 12 + day.dt.month

    # Every 常住 person × month at the unit they live in at its end, once born: where events
    # are counted (``placed``); alive at the month's end, the population (``pop``).
    spans = pd.concat(
        [
            residents[["person_key", "org_unit"]].assign(valid_from=pd.Timestamp(1900, 1, 1)),
            moves[["person_key", "org_unit", "moved_on"]].rename(
                columns={"moved_on": "valid_from"}
            ),
        ]
    ).rename(columns={"org_unit": "unit"})
    spans = spans.sort_values(["person_key", "valid_from"])
    spans["valid_to"] = (
        spans.groupby("person_key")["valid_from"].shift(-1).fillna(pd.Timestamp(2262, 1, 1))
    )
    placed = spans.merge(m, how="cross")
    placed = placed[(placed.valid_from <= placed.month_end) & (placed.valid_to > placed.month_end)]
    placed = placed.merge(residents[["person_key", "birth_date", "sex", "resident"]])
    placed = placed[placed.resident & (placed.birth_date <= placed.month_end)]
    placed = placed.drop(columns=["valid_from", "valid_to", "resident"])
    died = deaths.groupby("person_key", as_index=False)["died_on"].min()
    pop = placed.merge(died, on="person_key", how="left")
    pop = pop[pop.died_on.isna() | (pop.died_on > pop.month_end)].drop(columns="died_on")
    pop["age"] = age(pop.birth_date, pop.month_end)
    counts: dict[str, pd.DataFrame] = {}

    # 健康档案
    hr = read("health_records")
    first = hr.groupby("person_key")["created_on"].min().rename("record")
    electronic = hr[hr.electronic].groupby("person_key")["created_on"].min().rename("electronic")
    p = pop.merge(first, on="person_key", how="left").merge(electronic, on="person_key", how="left")
    filed = p[p.record <= p.month_end]
    counts["ehr_filing_rate"] = tally(filed, p)
    counts["ehr_electronic_filing_rate"] = tally(p[p.electronic <= p.month_end], p)
    pregnancies = read("pregnancies")
    services = [
        in_year(read(table), column)[["person_key", column]].rename(columns={column: "day"})
        for table, column in SERVICES
    ]
    prenatal, postpartum = read("prenatal_visits"), read("postpartum_visits")
    for visits in (prenatal, postpartum):
        mothers = in_year(visits, "visit_date").merge(pregnancies[["pregnancy_id", "person_key"]])
        services.append(mothers[["person_key", "visit_date"]].rename(columns={"visit_date": "day"}))
    service = pd.concat(services).groupby("person_key")["day"].min().rename("service")
    used = filed.merge(service, on="person_key", how="left")
    counts["ehr_usage_rate"] = tally(used[used.service <= used.month_end], filed)
    del p, filed, used

    # 0～6岁儿童
    kids = pop[pop.age < 7]
    child_checks, newborn_visits = read("child_checks"), read("newborn_visits")
    contacts = pd.concat(
        [
            in_year(child_checks, "check_date").rename(columns={"check_date": "day"}),
            in_year(newborn_visits, "visit_date").rename(columns={"visit_date": "day"}),
        ]
    )
    contact = contacts.groupby("person_key")["day"].min().rename("contact")
    k = kids.merge(contact, on="person_key", how="left")
    counts["child_health_mgmt_rate"] = tally(k[k.contact <= k.month_end], k)
    young = residents[residents.birth_date >= pd.Timestamp(year - SCHEDULE_YEARS, 1, 1)]
    young = young[["person_key", "birth_date"]]
    checks_due = young.merge(pd.DataFrame({"age_months": CHILD_CHECK_MONTHS}), how="cross")
    checks_due["due"] = month_of(checks_due.birth_date) + checks_due.age_months
    checks_due = checks_due[checks_due.due.between(1, 12)]
    km = kids[["person_key", "month"]]
    fallen = km.merge(checks_due[["person_key", "due"]], on="person_key")
    fallen = fallen[fallen.due <= fallen.month]
    due = fallen.groupby(["person_key", "month"]).size().rename("due").reset_index()
    checked = km.merge(in_year(child_checks, "check_date"), on="person_key")
    checked = checked[month_of(checked.check_date) <= checked.month]
    done = checked.groupby(["person_key", "month"]).size().rename("done").reset_index()
    owing = kids.merge(due).merge(done, how="left")
    counts["child_systematic_mgmt_rate"] = tally(owing[owing.done.fillna(0) >= owing.due], owing)
    del k, km, owing

    # 孕产妇, 新生儿, 死亡: events counted where the person lives at the end of their month
    births = read("births")
    born = placed.merge(births[["person_key"]], on="person_key")
    at_birth = born[born.birth_date >= born.month_start]
    ytd_births = born[born.birth_date >= y0]
    nv = births.merge(newborn_visits, on="person_key")
    window = pd.Timedelta(days=VISIT_DAYS)
    seen = (nv.visit_date >= nv.birth_date) & (nv.visit_date <= nv.birth_date + window)
    counts["newborn_visit_rate"] = tally(
        at_birth[at_birth.person_key.isin(nv.person_key[seen])], at_birth
    )
    delivered = pregnancies[pregnancies.delivered_on.notna()]
    pv = delivered.merge(postpartum, on="pregnancy_id")
    seen = (pv.visit_date >= pv.delivered_on) & (pv.visit_date <= pv.delivered_on + window)
    delivered = delivered.assign(
        visited=delivered.pregnancy_id.isin(pv.pregnancy_id[seen]),
        exams=delivered.pregnancy_id.map(prenatal.pregnancy_id.value_counts()).fillna(0),
    )
    mothers = placed.merge(delivered, on="person_key")
    mothers = mothers[(mothers.delivered_on >= y0) & (mothers.delivered_on <= mothers.month_end)]
    at_delivery = mothers[mothers.delivered_on >= mothers.month_start]
    counts["postpartum_visit_rate"] = tally(at_delivery[at_delivery.visited], at_birth)
    early = (mothers.registered_week < 13) & mothers.first_exam_on.notna()
    counts["early_pregnancy_registration_rate"] = tally(mothers[early], ytd_births)
    systematic = (mothers.registered_week < 13) & (mothers.exams >= 5) & mothers.visited
    counts["maternal_systematic_mgmt_rate"] = tally(mothers[systematic], ytd_births)
    dead = deaths.merge(residents[["person_key", "birth_date"]], on="person_key")
    rules = {
        "infant_mortality_rate": age(dead.birth_date, dead.died_on) < 1,
        "under5_mortality_rate": age(dead.birth_date, dead.died_on) < 5,
        "neonatal_mortality_rate": dead.died_on < dead.birth_date + pd.Timedelta(days=28),
        "maternal_mortality_ratio": dead.maternal,
    }
    for code, rule in rules.items():
        d = placed.merge(dead.loc[rule, ["person_key", "died_on"]], on="person_key")
        d = d[(d.died_on >= d.month_start) & (d.died_on <= d.month_end)]
        counts[code] = tally(d, at_birth)
    del born, mothers

    # 65岁及以上老年人
    checks = read("elderly_checks").merge(residents[["person_key", "birth_date"]])
    checks = in_year(checks, "check_date")
    checks = checks[age(checks.birth_date, checks.check_date) >= 65]
    firsts = pd.concat(
        [
            checks.groupby("person_key")["check_date"].min().rename("check"),
            checks[checks.tcm].groupby("person_key")["check_date"].min().rename("tcm"),
        ],
        axis=1,
    )
    old = pop[pop.age >= 65].merge(firsts, left_on="person_key", right_index=True, how="left")
    counts["elderly_health_mgmt_rate"] = tally(old[old.check <= old.month_end], old)
    counts["tcm_elderly_mgmt_rate"] = tally(old[old.tcm <= old.month_end], old)
    del old

    # 高血压, 2型糖尿病
    registry, followups = read("chronic_registry"), read("chronic_followups")
    for disease in DISEASES:
        of_disease = registry[registry.disease == disease]
        reg = of_disease.groupby("person_key", as_index=False)["registered_on"].min()
        managed = pop.merge(reg, on="person_key")
        managed = managed[managed.registered_on <= managed.month_end]
        est_age, prevalence = PREVALENCE[disease]
        counts[f"{disease}_mgmt_rate"] = tally(managed, pop[pop.age >= est_age], prevalence)
        fu = in_year(followups[followups.disease == disease], "visit_date")
        fm = fu.merge(m[["month", "month_end"]], how="cross")
        fm = fm[fm.visit_date <= fm.month_end]
        face = fm[fm["mode"] == "face"].groupby(["person_key", "month"]).size().rename("face")
        mv = managed.merge(face.reset_index(), on=["person_key", "month"], how="left")
        counts[f"{disease}_standardized_mgmt_rate"] = tally(mv[mv.face >= mv.needed], mv)
        if disease == "htn":
            measured = fm[fm.sbp.notna() & fm.dbp.notna()].copy()
            sbp, dbp = BP_CONTROLLED
            measured["ok"] = (measured.sbp < sbp) & (measured.dbp < dbp)
        else:
            measured = fm[fm.fpg.notna()].copy()
            measured["ok"] = measured.fpg < FPG_CONTROLLED
        # the month's end reads the latest reading; of two on one day, the controlled one
        measured = measured.sort_values(["person_key", "month", "visit_date", "ok"])
        last = measured.groupby(["person_key", "month"], as_index=False).last()
        lv = managed.merge(last[["person_key", "month", "ok"]], on=["person_key", "month"])
        control = "htn_bp_control_rate" if disease == "htn" else "t2dm_glucose_control_rate"
        counts[control] = tally(lv[lv.ok], managed)
        del managed, mv, lv, fm

    # 严重精神障碍
    smi = read("smi_registry").groupby("person_key", as_index=False)["registered_on"].min()
    enrolled = pop.merge(smi, on="person_key")
    enrolled = enrolled[enrolled.registered_on <= enrolled.month_end]
    vm = in_year(read("smi_followups"), "visit_date").merge(m[["month", "month_end"]], how="cross")
    vm = vm[vm.visit_date <= vm.month_end]
    seen_n = vm.groupby(["person_key", "month"]).size().rename("visits").reset_index()
    flags = ["stable", "hospitalised", "regular_medication"]
    vm = vm.sort_values(["person_key", "month", "visit_date", *flags])
    status = vm.groupby(["person_key", "month"], as_index=False).last()
    e = enrolled.merge(seen_n, how="left")
    counts["smi_mgmt_rate"] = tally(e[e.visits >= 1], e)
    counts["smi_standardized_mgmt_rate"] = tally(e[e.visits >= e.needed], e)
    s = enrolled.merge(status[["person_key", "month", *flags]])
    home = s[~s.hospitalised]
    counts["smi_stable_rate"] = tally(home[home.stable], home)
    counts["smi_regular_medication_rate"] = tally(s[s.regular_medication], enrolled)
    del enrolled, e, s

    # 肺结核: a patient counted where they live from the month notified (or treatment
    # completed) to the year's end
    tb = read("tb_patients")
    notified = placed.merge(in_year(tb, "notified_on"), on="person_key")
    notified = notified[notified.notified_on <= notified.month_end]
    counts["tb_mgmt_rate"] = tally(
        notified[notified.first_visit_on <= notified.month_end], notified
    )
    completed = placed.merge(in_year(tb, "completed_on"), on="person_key")
    completed = completed[completed.completed_on <= completed.month_end]
    regular = completed.doses_due.notna() & (
        completed.doses_taken.fillna(0) >= completed.doses_due * 0.9
    )
    counts["tb_regular_medication_rate"] = tally(completed[regular], completed)

    # 家庭医生签约: a contract in force at the month's end
    pc = pop[["person_key", "unit", "month", "month_end"]].merge(read("contracts"))
    force = (pc.signed_on <= pc.month_end) & (pc.ends_on.isna() | (pc.ends_on >= pc.month_end))
    signed = pc[force].drop_duplicates(["person_key", "month"])
    counts["family_doctor_contract_coverage"] = tally(signed, pop)
    del pc, signed

    # 预防接种: the doses that fall due this year, owed from their month
    schedule = pd.DataFrame(
        [(v, i + 1, a) for v, ages in SCHEDULE.items() for i, a in enumerate(ages)],
        columns=["vaccine", "dose", "age_months"],
    )
    doses = young.merge(schedule, how="cross")
    doses["due"] = month_of(doses.birth_date) + doses.age_months
    doses = doses[doses.due.between(1, 12)]
    shots = read("immunisations")
    given = shots.groupby(["person_key", "vaccine", "dose"], as_index=False)["given_on"].min()
    doses = doses.merge(given, on=["person_key", "vaccine", "dose"], how="left")
    owed = kids.merge(doses[["person_key", "due", "given_on"]], on="person_key")
    owed = owed[owed.due <= owed.month]
    counts["vaccine_coverage_rate"] = tally(owed[owed.given_on <= owed.month_end], owed)
    del owed

    # 宫颈癌, 乳腺癌筛查: screened in the 36 months ending with the month
    low, high = SCREENING_AGES
    women = pop[(pop.sex == "F") & (pop.age >= low) & (pop.age <= high)]
    screenings = read("screenings")
    for kind in SCREENINGS:
        s = screenings[screenings.kind == kind][["person_key", "screened_on"]]
        ws = women[["person_key", "unit", "month", "month_end"]].merge(s)
        since = ws.month - SCREENING_MONTHS + 1
        ws = ws[(ws.screened_on <= ws.month_end) & (month_of(ws.screened_on) >= since)]
        screened = ws.drop_duplicates(["person_key", "month"])
        counts[f"{kind}_cancer_screening_rate"] = tally(screened, women)

    closure, periods = shape_tables(par, year)
    out = []
    for indicator in PROGRAM_INDICATORS:
        c = counts[indicator.code].merge(closure, on="unit").merge(periods, on="month")
        if indicator.code not in FLOWS:
            c = c[c["last"]]
        g = c.groupby(["anc", "period"], as_index=False)[["num", "den"]].sum()
        out.append(
            pd.DataFrame(
                {
                    "indicator": indicator.code,
                    "org_unit": g.anc,
                    "period": g.period,
                    "numerator": g.num,
                    "denominator": g.den,
                }
            )
        )
    return pd.concat(out, ignore_index=True)


def district_of(unit: str, par: dict[str, str | None], levels: dict[str, OrgLevel]) -> str:
    """The county-level unit (区 or 县) at or above ``unit``."""
    while levels[unit] > OrgLevel.county and (parent := par[unit]) is not None:
        unit = parent
    return unit


def districts(
    directory: Path, par: dict[str, str | None], levels: dict[str, OrgLevel]
) -> pd.DataFrame:
    """Each resident's ``person_key`` and ``district``, that of the unit of residence the
    register gives (a later move elsewhere stays with its person)."""
    residents = pd.read_parquet(directory / "residents.parquet", columns=["person_key", "org_unit"])
    units = residents.org_unit.unique()
    above = [district_of(unit, par, levels) for unit in units]
    district = residents.org_unit.map(dict(zip(units, above, strict=True)))
    return pd.DataFrame({"person_key": residents.person_key, "district": district})


def pandas_by_district(
    directory: Path, par: dict[str, str | None], year: int, levels: dict[str, OrgLevel]
) -> pd.DataFrame:
    """``pandas_compute`` run one district's residents and their records at a time, the
    results concatenated and summed: what a pandas user does when the whole population's
    person × month frame does not fit in memory. Every count is a sum over persons, and each
    person is in one district's chunk with all of their records, so the sums are the whole
    data's."""
    chunks = districts(directory, par, levels).groupby("district").person_key
    parts = [pandas_compute(directory, par, year, persons) for _, persons in chunks]
    summed = pd.concat(parts).groupby(KEYS, as_index=False)[["numerator", "denominator"]]
    return summed.sum()
