"""The program indicators of 国家基本公共卫生服务, written once as Ibis expressions over the
record tables, so that the same definition runs on DuckDB and on Spark.

Every indicator is counted per place of residence (the org unit a person lives in at the end
of the month; a person who moves is counted where they live then, with every service they
had in the year wherever it was given) and per month of one calendar year, as one of:

* ``flow`` — counted in the month its event happened (live births, deaths, newborn and
  postpartum visits): the catalog adds these up over months;
* ``stock`` — year to date at the end of the month (建档人数, 在管患者, 常住居民数): the
  catalog takes a quarter's or year's value from its last month.

Numerator and denominator are counts of people, so they add up over org units; a rate is
always Σ numerators / Σ denominators. Definitions follow ``indicators.yaml`` (the catalog in
``healthplan/model/data``); where it marks an entry unverified the comment says which
国家基本公共卫生服务规范（第三版） (or 妇幼) definition is used instead.

Rules that need a number of services "in the year" are prorated within the year: at the end
of month m a patient needs ⌈4·m/12⌉ face-to-face follow-ups (one for every quarter begun),
so December applies the 规范's full "at least 4 a year" and earlier months are comparable
with 序时进度.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

import ibis
import ibis.expr.types as ir
from ibis import _

from healthplan.programs.records import CHILD_CHECK_MONTHS, SCHEDULE

__all__ = [
    "PROGRAM_INDICATORS",
    "ProgramIndicator",
    "closure_pairs",
    "month_rows",
    "monthly_counts",
    "results",
]

# Default prevalence for the estimated 管理率 denominators: 中国居民营养与慢性病状况报告
# （2020年）, adults 18+: hypertension 27.5 %, diabetes 11.9 %. A province sets its own.
PREVALENCE = {"htn": (18, 0.275), "t2dm": (18, 0.119)}
BP_CONTROLLED = (140, 90)  # 第三版: 血压控制满意 <140/90 mmHg
FPG_CONTROLLED = 7.0  # 第三版: 空腹血糖 <7.0 mmol/L
VISIT_DAYS = 28  # newborn visit within 28 days of birth; postpartum visit within 28 days
_FAR = date(9999, 12, 31)
_NEVER = date(1900, 1, 1)

Kind = Literal["flow", "stock"]
Tables = dict[str, ir.Table]


@dataclass(frozen=True)
class ProgramIndicator:
    code: str  # the catalog indicator
    kind: Kind
    parts: bool  # stored as X_num and X_den; else as the single rate X (catalog: unverified)
    multiplier: float = 100


def month_rows(year: int) -> list[dict[str, object]]:
    """The months of ``year`` with their windows: the table every indicator joins."""
    rows: list[dict[str, object]] = []
    for m in range(1, 13):
        rows.append(
            {
                "month": m,
                "month_start": date(year, m, 1),
                "month_end": date(year, m, calendar.monthrange(year, m)[1]),
                "year_start": date(year, 1, 1),
                "m_idx": year * 12 + m - 1,
                "needed": (4 * m + 11) // 12,  # ⌈4m/12⌉ follow-ups by the end of month m
            }
        )
    return rows


def _left(a: ir.Table, b: ir.Table, keys: str | list[str]) -> ir.Table:
    """``a`` left-joined to ``b`` on ``keys``, keeping ``a``'s copy of the keys."""
    on = [keys] if isinstance(keys, str) else keys
    joined = a.left_join(b, on)
    return joined.select(*a.columns, *[c for c in b.columns if c not in on])


def _latest(day: ir.DateValue, *flags: ir.BooleanValue) -> ir.IntegerValue:
    """A sort key whose maximum is the latest visit, flags packed in its low bits: the max
    is one row on every engine, where ``argmax`` picks any of two visits on the same day
    (then the one with the better finding counts)."""
    key = (day.year() * 10000 + day.month() * 100 + day.day()).cast("int64")
    for flag in flags:
        key = key * 2 + flag.cast("int64")
    return key


def _age(birth: ir.DateValue, at: ir.DateValue) -> ir.IntegerValue:
    """Completed years of age on ``at``."""
    before_birthday = (at.month() * 100 + at.day()) < (birth.month() * 100 + birth.day())
    return at.year() - birth.year() - ibis.ifelse(before_birthday, 1, 0)


class _Frames:
    """The record tables of one year on one backend and the frames every indicator shares:
    ``pop``, each person × month with their residence at the month's end."""

    def __init__(
        self, tables: Tables, year: int, materialize: Callable[[ir.Table], ir.Table] | None
    ) -> None:
        self.t = tables
        self.year = year
        # The engine may have registered the months as a table (Spark caches a frame only
        # over its own tables); else an in-memory one.
        months = tables.get("months")
        self.months = ibis.memtable(month_rows(year)) if months is None else months
        self.year_start, self.year_end = date(year, 1, 1), date(year, 12, 31)
        r, mv = tables["residents"], tables["moves"]
        spans = r.select(r.person_key, unit=r.org_unit, valid_from=ibis.literal(_NEVER)).union(
            mv.select(mv.person_key, unit=mv.org_unit, valid_from=mv.moved_on)
        )
        w = ibis.window(group_by=spans.person_key, order_by=spans.valid_from)
        spans = spans.mutate(valid_to=spans.valid_from.lead().over(w).fill_null(_FAR))
        m = self.months
        at = spans.join(m, [spans.valid_from <= m.month_end, spans.valid_to > m.month_end])
        deaths = tables["deaths"].select("person_key", "died_on")
        pop = at.join(r.select("person_key", "birth_date", "resident"), "person_key")
        pop = _left(pop, deaths, "person_key")
        pop = pop.filter(pop.birth_date <= pop.month_end, pop.resident)
        # Everyone 常住 and born by the month's end, dead or alive: where events are counted.
        placed = pop.select(
            "person_key", "unit", "month", "month_start", "month_end", "year_start", "m_idx",
            "needed", "birth_date",
            alive=pop.died_on.isnull() | (pop.died_on > pop.month_end),
            age=_age(pop.birth_date, pop.month_end),
        )  # fmt: skip
        # Every indicator starts from this frame: computed once (a temporary table in
        # DuckDB, a persisted DataFrame in Spark) rather than once per indicator.
        self.placed = materialize(placed) if materialize else placed
        # 常住居民 alive at the month's end: the population denominators.
        self.pop = self.placed.filter(_.alive)

    def in_year(self, table: str, column: str) -> ir.Table:
        events = self.t[table]
        return events.filter(events[column].between(self.year_start, self.year_end))

    def upto(self, events: ir.Table, column: str, start: str = "year_start") -> ir.Table:
        """Events × the months whose window (``start`` .. month end) contains them."""
        m = self.months
        return events.join(m, [events[column] >= m[start], events[column] <= m.month_end])


def _count(frame: ir.Table, num: ir.BooleanValue) -> ir.Table:
    """Per unit × month: the rows where ``num`` holds over all rows."""
    return frame.group_by(["unit", "month"]).aggregate(
        num=num.cast("int64").sum().cast("float64"), den=frame.count().cast("float64")
    )


# -- the indicators ---------------------------------------------------------------------------


def _ehr(f: _Frames) -> dict[str, ir.Table]:
    hr = f.t["health_records"]
    firsts = hr.group_by("person_key").aggregate(
        created=hr.created_on.min(),
        electronic=hr.created_on.min(where=hr.electronic),
    )
    services = _service_dates(f)
    p = _left(_left(f.pop, firsts, "person_key"), services, "person_key")
    filed = p.created <= p.month_end
    usable = p.filter(filed)
    return {
        "ehr_filing_rate": _count(p, filed.fill_null(False)),
        "ehr_electronic_filing_rate": _count(p, (p.electronic <= p.month_end).fill_null(False)),
        # 第三版: 有动态记录的档案 = a record linked to care or to a 规范 service within the
        # year (the yaml leaves the window unverified): any service record this year to date.
        "ehr_usage_rate": _count(usable, (usable.service <= usable.month_end).fill_null(False)),
    }


def _service_dates(f: _Frames) -> ir.Table:
    """Each person's first service of any program in the year (for 健康档案使用率)."""
    parts = [
        ("chronic_followups", "visit_date"),
        ("elderly_checks", "check_date"),
        ("child_checks", "check_date"),
        ("newborn_visits", "visit_date"),
        ("immunisations", "given_on"),
        ("smi_followups", "visit_date"),
        ("screenings", "screened_on"),
    ]
    dates = [
        f.in_year(table, column).select("person_key", day=_[column]) for table, column in parts
    ]
    preg = f.t["pregnancies"].select("pregnancy_id", "person_key")
    for table in ("prenatal_visits", "postpartum_visits"):
        visits = f.in_year(table, "visit_date")
        dates.append(visits.join(preg, "pregnancy_id").select("person_key", day=_.visit_date))
    union = ibis.union(*dates)
    return union.group_by("person_key").aggregate(service=union.day.min())


def _children(f: _Frames) -> dict[str, ir.Table]:
    kids = f.pop.filter(f.pop.age < 7)  # 0～6岁: from birth to under 7
    checks = f.in_year("child_checks", "check_date")
    contacts = checks.select("person_key", day=_.check_date).union(
        f.in_year("newborn_visits", "visit_date").select("person_key", day=_.visit_date)
    )
    first = contacts.group_by("person_key").aggregate(first=contacts.day.min())
    k = _left(kids, first, "person_key")
    managed = _count(k, (k.first <= k.month_end).fill_null(False))
    # 系统管理: at least as many checks this year to date as the schedule made due in it.
    birth_idx = kids.birth_date.year() * 12 + kids.birth_date.month() - 1
    start_idx = f.year * 12
    due = sum(
        ibis.ifelse((birth_idx + a >= start_idx) & (birth_idx + a <= kids.m_idx), 1, 0)
        for a in CHILD_CHECK_MONTHS
    )
    kids_due = kids.mutate(due=due).filter(_.due > 0)
    done = f.upto(checks, "check_date").group_by(["person_key", "month"]).aggregate(done=_.count())
    kd = _left(kids_due, done, ["person_key", "month"])
    systematic = _count(kd, kd.done.fill_null(0) >= kd.due)
    return {"child_health_mgmt_rate": managed, "child_systematic_mgmt_rate": systematic}


def _births(f: _Frames, start: str) -> ir.Table:
    """Live births placed at the child's residence, by the month (``start`` month_start) or
    year to date (``start`` year_start) containing the birth."""
    b = f.t["births"]
    placed = f.placed.join(b.select("person_key", "pregnancy_id"), "person_key")
    return placed.filter(placed.birth_date >= placed[start])


def _deliveries(f: _Frames, start: str) -> ir.Table:
    """Pregnancies delivered in the window, placed at the mother's residence."""
    pr = f.t["pregnancies"].filter(_.delivered_on.notnull())
    placed = f.placed.join(pr, "person_key")
    return placed.filter(placed.delivered_on.between(placed[start], placed.month_end))


def _union_counts(*frames: ir.Table) -> ir.Table:
    union = ibis.union(*frames)
    return union.group_by(["unit", "month"]).aggregate(num=union.num.sum(), den=union.den.sum())


def _num_only(frame: ir.Table, num: ir.BooleanValue) -> ir.Table:
    return frame.group_by(["unit", "month"]).aggregate(
        num=num.cast("int64").sum().cast("float64"), den=ibis.literal(0.0)
    )


def _den_only(frame: ir.Table) -> ir.Table:
    return frame.group_by(["unit", "month"]).aggregate(
        num=ibis.literal(0.0), den=frame.count().cast("float64")
    )


def _visited(start: ir.Table, visits: ir.Table, key: str, day: str) -> ir.Table:
    """The ``key``s of ``start`` with a visit within :data:`VISIT_DAYS` of their ``day``."""
    joined = start.join(visits, key)
    window = (joined.visit_date >= joined[day]) & (
        joined.visit_date <= joined[day] + ibis.interval(days=VISIT_DAYS)
    )
    return joined.filter(window).select(key).distinct().mutate(visited=ibis.literal(True))


def _maternal_child(f: _Frames) -> dict[str, ir.Table]:
    out: dict[str, ir.Table] = {}
    births = _births(f, "month_start")
    visited = _visited(
        births.select("person_key", "birth_date").distinct(),
        f.t["newborn_visits"],
        "person_key",
        "birth_date",
    )
    bv = _left(births, visited, "person_key")
    out["newborn_visit_rate"] = _count(bv, bv.visited.fill_null(False))
    # 产后访视率: mothers visited within 28 days of delivery (the records hold the delivery,
    # not the discharge, date) / live births, both in the month of delivery.
    deliveries = _deliveries(f, "month_start")
    seen = _visited(
        f.t["pregnancies"].select("pregnancy_id", "delivered_on"),
        f.t["postpartum_visits"],
        "pregnancy_id",
        "delivered_on",
    )
    dv = _left(deliveries, seen, "pregnancy_id")
    out["postpartum_visit_rate"] = _union_counts(
        _num_only(dv, dv.visited.fill_null(False)), _den_only(births)
    )
    # Unverified in the yaml; 第三版 孕产妇健康管理 考核指标 (as the yaml's hint words it):
    # 早孕建册率 = 孕13周之前建册并进行第一次产前检查的产妇人数 / 该地该时间段内活产数.
    ytd_births = _births(f, "year_start")
    ytd = _deliveries(f, "year_start")
    early = (ytd.registered_week < 13) & ytd.first_exam_on.notnull()
    out["early_pregnancy_registration_rate"] = _union_counts(
        _num_only(ytd, early), _den_only(ytd_births)
    )
    # Unverified in the yaml; 全国妇幼卫生调查制度: 孕产妇系统管理 = 早孕建册 (before 13
    # weeks), at least 5 产前检查 and a 产后访视, among women delivered / 活产数.
    prenatal = f.t["prenatal_visits"]
    counts = prenatal.group_by("pregnancy_id").aggregate(exams=prenatal.count())
    y = _left(_left(ytd, counts, "pregnancy_id"), seen, "pregnancy_id")
    systematic = (y.registered_week < 13) & (y.exams.fill_null(0) >= 5) & y.visited.fill_null(False)
    out["maternal_systematic_mgmt_rate"] = _union_counts(
        _num_only(y, systematic), _den_only(ytd_births)
    )
    # Mortality: deaths in the month at the residence, by age at death / live births.
    d = f.t["deaths"]
    died = f.placed.join(d.select("person_key", "died_on", "maternal"), "person_key")
    died = died.filter(died.died_on.between(died.month_start, died.month_end))
    age = _age(died.birth_date, died.died_on)
    rules: dict[str, ir.BooleanValue] = {
        "infant_mortality_rate": age < 1,
        "under5_mortality_rate": age < 5,
        "neonatal_mortality_rate": died.died_on < died.birth_date + ibis.interval(days=28),
        "maternal_mortality_ratio": died.maternal,
    }
    for code, rule in rules.items():
        out[code] = _union_counts(_num_only(died, rule), _den_only(births))
    return out


def _elderly(f: _Frames) -> dict[str, ir.Table]:
    # Unverified in the yaml; 第三版 老年人健康管理: 年内接受健康管理人数 / 年内辖区内65岁及以上
    # 常住居民数. 65+ is the age at the month's end (someone turning 65 in July joins the
    # denominator from July); a check counts only if the person was 65 on its day.
    checks = f.in_year("elderly_checks", "check_date")
    born = f.t["residents"].select("person_key", "birth_date")
    c = checks.join(born, "person_key")
    c = c.filter(_age(c.birth_date, c.check_date) >= 65)
    firsts = c.group_by("person_key").aggregate(
        first=c.check_date.min(), tcm=c.check_date.min(where=c.tcm)
    )
    old = _left(f.pop.filter(f.pop.age >= 65), firsts, "person_key")
    return {
        "elderly_health_mgmt_rate": _count(old, (old.first <= old.month_end).fill_null(False)),
        # Partial in the yaml (target only); 第三版 中医药健康管理: 年内接受中医药健康管理服务的
        # 65岁及以上居民数 / 年内辖区内65岁及以上常住居民数.
        "tcm_elderly_mgmt_rate": _count(old, (old.tcm <= old.month_end).fill_null(False)),
    }


def _chronic(f: _Frames, disease: str) -> dict[str, ir.Table]:
    reg = f.t["chronic_registry"].filter(_.disease == disease)
    first_reg = reg.group_by("person_key").aggregate(registered=reg.registered_on.min())
    managed = f.pop.join(first_reg, "person_key")
    managed = managed.filter(managed.registered <= managed.month_end)
    visits = f.in_year("chronic_followups", "visit_date").filter(_.disease == disease)
    if disease == "htn":
        controlled = (visits.sbp < BP_CONTROLLED[0]) & (visits.dbp < BP_CONTROLLED[1])
        measured = visits.sbp.notnull() & visits.dbp.notnull()
    else:
        controlled = visits.fpg < FPG_CONTROLLED
        measured = visits.fpg.notnull()
    v = f.upto(visits.mutate(controlled=controlled, measured=measured), "visit_date")
    per = v.group_by(["person_key", "month"]).aggregate(
        face=(v.mode == "face").cast("int64").sum(),
        last=_latest(v.visit_date, v.controlled).max(where=v.measured),
    )
    per = per.mutate(last_ok=(per["last"] % 2) == 1).drop("last")
    mv = _left(managed, per, ["person_key", "month"])
    # 已管理 = registered for management by the month's end and still 常住 and alive.
    standard = mv.face.fill_null(0) >= mv.needed
    est_age, prevalence = PREVALENCE[disease]
    adults = f.pop.filter(f.pop.age >= est_age)
    estimate = adults.group_by(["unit", "month"]).aggregate(
        num=ibis.literal(0.0), den=(adults.count() * prevalence).cast("float64")
    )
    control = "htn_bp_control_rate" if disease == "htn" else "t2dm_glucose_control_rate"
    return {
        f"{disease}_mgmt_rate": _union_counts(_num_only(mv, mv.registered.notnull()), estimate),
        f"{disease}_standardized_mgmt_rate": _count(mv, standard),
        control: _count(mv, mv.last_ok.fill_null(False)),
    }


def _smi(f: _Frames) -> dict[str, ir.Table]:
    reg = f.t["smi_registry"]
    first_reg = reg.group_by("person_key").aggregate(registered=reg.registered_on.min())
    enrolled = f.pop.join(first_reg, "person_key")
    enrolled = enrolled.filter(enrolled.registered <= enrolled.month_end)  # 登记在册
    v = f.upto(f.in_year("smi_followups", "visit_date"), "visit_date")
    per = v.group_by(["person_key", "month"]).aggregate(
        visits=v.count(),
        last=_latest(v.visit_date, v.stable, v.hospitalised, v.regular_medication).max(),
    )
    per = per.mutate(
        stable=(per["last"] // 4) % 2 == 1,
        hospitalised=(per["last"] // 2) % 2 == 1,
        medication=per["last"] % 2 == 1,
    ).drop("last")
    e = _left(enrolled, per, ["person_key", "month"])
    visits = e.visits.fill_null(0)
    home = e.filter((visits > 0) & ~e.hospitalised.fill_null(True))  # 居家: 在管, not in hospital
    return {
        "smi_mgmt_rate": _count(e, visits > 0),  # 在管: a follow-up this year
        "smi_standardized_mgmt_rate": _count(e, visits >= e.needed),  # 第三版: 4 a year
        "smi_stable_rate": _count(home, home.stable.fill_null(False)),
        "smi_regular_medication_rate": _count(e, e.medication.fill_null(False)),
    }


def _tb(f: _Frames) -> dict[str, ir.Table]:
    # Unverified in the yaml; 第三版 肺结核患者健康管理 考核指标: 管理率 = 已管理的肺结核患者人数
    # / 同期确诊并通知基层管理的患者人数 (已管理: visited at home); 规则服药率 = 规则服药 (took
    # ≥ 90 % of the doses due, 第三版) / 同期已完成治疗的患者人数.
    tb = f.t["tb_patients"]
    p = f.placed.join(tb, "person_key")
    notified = p.filter(p.notified_on.between(p.year_start, p.month_end))
    completed = p.filter(p.completed_on.between(p.year_start, p.month_end))
    regular = completed.doses_taken.fill_null(0) >= completed.doses_due.fill_null(0) * 0.9
    return {
        "tb_mgmt_rate": _count(
            notified, (notified.first_visit_on <= notified.month_end).fill_null(False)
        ),
        "tb_regular_medication_rate": _count(completed, regular & completed.doses_due.notnull()),
    }


def _contracts(f: _Frames) -> dict[str, ir.Table]:
    # Unverified in the yaml (no citable definition): 签约居民数 / 常住居民数, a contract
    # counting where it is in force at the month's end.
    c = f.t["contracts"]
    m = f.months
    active = (
        c.join(m, [c.signed_on <= m.month_end, c.ends_on.fill_null(_FAR) >= m.month_end])
        .select("person_key", "month")
        .distinct()
        .mutate(signed=ibis.literal(True))
    )
    p = _left(f.pop, active, ["person_key", "month"])
    return {"family_doctor_contract_coverage": _count(p, p.signed.fill_null(False))}


def _vaccines(f: _Frames) -> dict[str, ir.Table]:
    # Partial in the yaml (targets only); 第三版 预防接种: 某种疫苗接种率 = 实际接种人数 /
    # 应接种人数 by vaccine and dose. The catalog holds one figure, so it is pooled over the
    # schedule: doses given / doses due this year to date among 0～6岁 children.
    schedule = ibis.memtable(
        [
            {"vaccine": v, "dose": i + 1, "age_months": a}
            for v, ages in SCHEDULE.items()
            for i, a in enumerate(ages)
        ]
    )
    kids = f.pop.filter(f.pop.age < 7)
    birth_idx = kids.birth_date.year() * 12 + kids.birth_date.month() - 1
    due = kids.mutate(birth_idx=birth_idx).cross_join(schedule)
    due = due.filter(
        (due.birth_idx + due.age_months >= f.year * 12)
        & (due.birth_idx + due.age_months <= due.m_idx)
    )
    shots = f.t["immunisations"]
    given = shots.group_by(["person_key", "vaccine", "dose"]).aggregate(given=shots.given_on.min())
    d = _left(due, given, ["person_key", "vaccine", "dose"])
    return {"vaccine_coverage_rate": _count(d, (d.given <= d.month_end).fill_null(False))}


PROGRAM_INDICATORS: tuple[ProgramIndicator, ...] = (
    ProgramIndicator("ehr_filing_rate", "stock", True),
    ProgramIndicator("ehr_electronic_filing_rate", "stock", True),
    ProgramIndicator("ehr_usage_rate", "stock", True),
    ProgramIndicator("child_health_mgmt_rate", "stock", True),
    ProgramIndicator("child_systematic_mgmt_rate", "stock", True),
    ProgramIndicator("newborn_visit_rate", "flow", True),
    ProgramIndicator("postpartum_visit_rate", "flow", True),
    ProgramIndicator("early_pregnancy_registration_rate", "stock", False),
    ProgramIndicator("maternal_systematic_mgmt_rate", "stock", False),
    ProgramIndicator("infant_mortality_rate", "flow", True, 1000),
    ProgramIndicator("under5_mortality_rate", "flow", True, 1000),
    ProgramIndicator("neonatal_mortality_rate", "flow", True, 1000),
    ProgramIndicator("maternal_mortality_ratio", "flow", True, 100000),
    ProgramIndicator("elderly_health_mgmt_rate", "stock", False),
    ProgramIndicator("tcm_elderly_mgmt_rate", "stock", False),
    ProgramIndicator("htn_mgmt_rate", "stock", True),
    ProgramIndicator("htn_standardized_mgmt_rate", "stock", True),
    ProgramIndicator("htn_bp_control_rate", "stock", True),
    ProgramIndicator("t2dm_mgmt_rate", "stock", True),
    ProgramIndicator("t2dm_standardized_mgmt_rate", "stock", True),
    ProgramIndicator("t2dm_glucose_control_rate", "stock", True),
    ProgramIndicator("smi_mgmt_rate", "stock", True),
    ProgramIndicator("smi_standardized_mgmt_rate", "stock", True),
    ProgramIndicator("smi_stable_rate", "stock", True),
    ProgramIndicator("smi_regular_medication_rate", "stock", True),
    ProgramIndicator("tb_mgmt_rate", "stock", False),
    ProgramIndicator("tb_regular_medication_rate", "stock", False),
    ProgramIndicator("family_doctor_contract_coverage", "stock", False),
    ProgramIndicator("vaccine_coverage_rate", "stock", False),
)
BY_CODE = {p.code: p for p in PROGRAM_INDICATORS}
_BUILDERS: tuple[Callable[[_Frames], dict[str, ir.Table]], ...] = (
    _ehr,
    _children,
    _maternal_child,
    _elderly,
    lambda f: _chronic(f, "htn"),
    lambda f: _chronic(f, "t2dm"),
    _smi,
    _tb,
    _contracts,
    _vaccines,
)


def monthly_counts(
    tables: Tables,
    year: int,
    *,
    materialize: Callable[[ir.Table], ir.Table] | None = None,
    only: Iterable[str] | None = None,
) -> ir.Table:
    """Numerator and denominator of every program indicator (or those in ``only``) per org
    unit of residence and month: columns ``indicator``, ``unit``, ``month``, ``num``,
    ``den``. ``materialize`` computes the shared person × month frame once on the engine."""
    frames = _Frames(tables, year, materialize)
    wanted = {p.code for p in PROGRAM_INDICATORS} if only is None else set(only)
    built: dict[str, ir.Table] = {}
    for build in _BUILDERS:
        built.update(build(frames))  # lazy expressions: only the wanted ones run
    parts = [
        built[p.code].select(
            indicator=ibis.literal(p.code),
            unit=_.unit,
            month=_.month.cast("int32"),
            num=_.num.cast("float64"),
            den=_.den.cast("float64"),
        )
        for p in PROGRAM_INDICATORS
        if p.code in wanted
    ]
    return ibis.union(*parts)


def closure_pairs(parents: dict[str, str | None]) -> list[tuple[str, str]]:
    """(unit, ancestor) for every unit and each of its ancestors, itself included."""
    pairs = []
    for code in parents:
        node: str | None = code
        while node is not None:
            pairs.append((code, node))
            node = parents.get(node)
    return pairs


def results(counts: ir.Table, parents: dict[str, str | None], year: int) -> ir.Table:
    """``counts`` (from :func:`monthly_counts`) rolled up to every ancestor org unit and to
    months, quarters and the year as the monitoring core aggregates them (flows add up over
    the months of a period, stocks take its last month): columns ``indicator``, ``org_unit``,
    ``period``, ``numerator``, ``denominator``, ``value``."""
    closure = [{"unit": unit, "anc": anc} for unit, anc in closure_pairs(parents)]
    periods = []
    for m in range(1, 13):
        q = (m + 2) // 3
        periods.append({"month": m, "period": f"{year}M{m:02d}", "last": True})
        periods.append({"month": m, "period": f"{year}Q{q}", "last": m == q * 3})
        periods.append({"month": m, "period": str(year), "last": m == 12})
    meta = ibis.memtable(
        [
            {"indicator": p.code, "flow": p.kind == "flow", "mult": p.multiplier}
            for p in PROGRAM_INDICATORS
        ]
    )
    rolled = counts.join(ibis.memtable(closure), "unit")
    rolled = rolled.join(ibis.memtable(periods), "month").join(meta, "indicator")
    rolled = rolled.filter(rolled.flow | rolled["last"])
    out = rolled.group_by(["indicator", "anc", "period"]).aggregate(
        numerator=rolled.num.sum(), denominator=rolled.den.sum(), mult=rolled.mult.max()
    )
    return out.select(
        "indicator",
        org_unit=out.anc,
        period=out.period,
        numerator=out.numerator,
        denominator=out.denominator,
        value=ibis.ifelse(
            out.denominator > 0, out.numerator / out.denominator * out.mult, ibis.null()
        ),
    )
