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

How it is counted: never person by month. Whether someone is in a numerator or denominator
changes only at a few months of the year (moving, a birthday, death, a first service, the
n-th follow-up), so each person contributes month *spans* ``[lo, hi]`` (months 1-12 of the
year) per indicator; spans are counted by unit and span, and only those counts are spread
over the months they cover (:func:`_tally`). The work and memory grow with
the number of people and events, not twelve times the population, and the expressions are
plain joins, windows and sums that every engine runs.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property, partial
from typing import Literal

import ibis
import ibis.expr.types as ir
import pandas as pd
from ibis import _

from healthplan.programs.records import (
    CHILD_CHECK_MONTHS,
    DISEASES,
    SCHEDULE,
    SCREENINGS,
    SERVICES,
)

__all__ = [
    "CENSUS",
    "CHRONIC_MONTHS",
    "COVERAGE",
    "COVERED_SPANS",
    "DERIVED",
    "DERIVED_VERSION",
    "FIRST_DOSES",
    "FIRST_SERVICES",
    "ORDER",
    "PERSON_SPANS",
    "PROGRAM_INDICATORS",
    "ProgramIndicator",
    "census",
    "census_years",
    "chronic_months",
    "closure_pairs",
    "coverage",
    "covered_spans",
    "first_doses",
    "first_services",
    "monthly_counts",
    "person_spans",
    "results",
]

# Default prevalence for the estimated 管理率 denominators: 中国居民营养与慢性病状况报告
# （2020年）, adults 18+: hypertension 27.5 %, diabetes 11.9 %. A province sets its own.
PREVALENCE = {"htn": (18, 0.275), "t2dm": (18, 0.119)}
BP_CONTROLLED = (140, 90)  # 第三版: 血压控制满意 <140/90 mmHg
FPG_CONTROLLED = 7.0  # 第三版: 空腹血糖 <7.0 mmol/L
VISIT_DAYS = 28  # newborn visit within 28 days of birth; postpartum visit within 28 days
# 宫颈癌、乳腺癌筛查工作方案 (国家卫生健康委, 2022): 城乡适龄妇女 aged 35-64.
SCREENING_AGES = (35, 64)
SCREENING_MONTHS = 36  # a screening covers its month and the 35 after (three years)
CHILD_AGE = 7  # 0～6岁: children from birth to under 7 (checks, vaccines)
ELDERLY_AGE = 65  # 65岁及以上
_FAR = date(9999, 12, 31)
_NEVER = date(1900, 1, 1)

Kind = Literal["flow", "stock"]
Tables = Mapping[str, ir.Table]


@dataclass(frozen=True)
class ProgramIndicator:
    code: str  # the catalog indicator
    kind: Kind
    parts: bool  # stored as X_num and X_den; else as the single rate X (catalog: unverified)
    multiplier: float = 100


def _left(a: ir.Table, b: ir.Table, keys: str | list[str]) -> ir.Table:
    """``a`` left-joined to ``b`` on ``keys``, keeping ``a``'s copy of the keys."""
    # Views: Ibis computes a table joined in several places once only if each join reads
    # it through its own reference; else each join repeats its whole expression.
    on = [keys] if isinstance(keys, str) else keys
    joined = a.view().left_join(b.view(), on)
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


def _leap(year: ir.IntegerValue) -> ir.BooleanValue:
    return (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))


# -- month spans ------------------------------------------------------------------------------


def _span(t: ir.Table, lo: ir.IntegerValue, hi: ir.IntegerValue) -> ir.Table:
    """Rows of ``t`` as spans (``unit``, ``lo``, ``hi``) within months 1-12; empty ones go."""
    counted = ["n"] if "n" in t.columns else []  # spans already counted keep their counts
    s = t.select("unit", *counted, lo=ibis.greatest(lo, 1), hi=ibis.least(hi, 12))
    return s.filter(s.lo <= s.hi)


def _cut(t: ir.Table, first: ir.IntegerValue | None, until: ir.IntegerValue | None) -> ir.Table:
    """Spans of ``t`` cut to the months from ``first`` and before ``until`` (either null:
    no bound that side)."""
    lo = t.lo if first is None else ibis.greatest(t.lo, first)
    hi = t.hi if until is None else ibis.least(t.hi, until - 1)
    out = t.mutate(lo=lo, hi=hi)
    return out.filter(out.lo <= out.hi)


def _clip(spans: ir.Table, per: ir.Table, lo: str = "lo", hi: str = "hi") -> ir.Table:
    """Each of ``spans`` (person_key, unit, lo, hi, …) cut to the person's month ranges in
    ``per`` (person_key, ``lo``, ``hi``; non-null): one row per overlap, ``per``'s other
    columns carried."""
    renamed = per.rename(p_lo=lo, p_hi=hi)
    j = spans.view().join(renamed, "person_key")  # a view: see _left
    keep = [c for c in renamed.columns if c not in ("person_key", "p_lo", "p_hi")]
    out = j.select(
        "person_key",
        "unit",
        *[c for c in keep if c not in spans.columns],
        lo=ibis.greatest(j.lo, j.p_lo),
        hi=ibis.least(j.hi, j.p_hi),
    )
    return out.filter(out.lo <= out.hi)


def _disjoint(per: ir.Table) -> ir.Table:
    """A person's month ranges of a kind (person_key, kind, lo, hi) made disjoint with the
    same union: each range starts after the furthest end of those starting before it."""
    w = ibis.window(group_by=[per.person_key, per.kind], order_by=[per.lo, per.hi], rows=(None, -1))
    before = per.mutate(prev=per.hi.max().over(w))
    out = before.select(
        "person_key",
        "kind",
        lo=ibis.ifelse(before.prev.isnull(), before.lo, ibis.greatest(before.lo, before.prev + 1)),
        hi=before.hi,
    )
    return out.filter(out.lo <= out.hi)


@dataclass(frozen=True)
class _Spans:
    """An indicator's numerator and denominator as month spans (``unit``, ``lo``, ``hi``,
    and ``n`` where already counted), not yet counted (:func:`_tally`); ``den_scale``
    multiplies the denominator's counts (an estimate from a prevalence)."""

    num: ir.Table | None
    den: ir.Table | None
    den_scale: float = 1.0


_MONTHS = range(1, 13)


def _tally(indicators: Mapping[str, _Spans]) -> ir.Table:
    """Per indicator (its :data:`_IDS` number) × unit: how many of its spans cover each
    month, ``num_1`` … ``num_12`` and ``den_1`` … ``den_12``; units covered by neither are
    left out. The spans are first counted by unit and span (at most 78 spans in a year),
    then those counts summed into the twelve months in one aggregate for all
    ``indicators``: no row for each month a span covers."""
    counted = []
    scales: list[tuple[ir.IntegerScalar, float]] = []  # the denominators not counted as 1
    for code, spans in indicators.items():
        if spans.den_scale != 1:
            scales.append((ibis.literal(_IDS[code], "int16"), spans.den_scale))
        for table, part in ((spans.num, 0), (spans.den, 1)):
            if table is None:
                continue
            # Spans already counted (``n``: :attr:`_Frames.census`, :meth:`_Frames.tally_from`)
            # add their counts.
            n = table.n.sum() if "n" in table.columns else table.count()
            by_span = table.group_by(["unit", "lo", "hi"]).aggregate(n=n)
            counted.append(
                by_span.select(
                    indicator=ibis.literal(_IDS[code], "int16"),
                    part=ibis.literal(part, "int8"),
                    unit=by_span.unit,
                    lo=by_span.lo.cast("int32"),
                    hi=by_span.hi.cast("int32"),
                    n=by_span.n.cast("int64"),
                )
            )
    union = ibis.union(*counted)
    zero = ibis.literal(0, "int64")
    # A row is a numerator's or a denominator's (``part``), never both: summed into the
    # months by part, half the conditional sums of one row holding both (the aggregate of
    # the spans of all indicators was the largest operator of the query), numerators and
    # denominators then joined on indicator and unit.
    covers = {m: (union.lo <= m) & (union.hi >= m) for m in _MONTHS}
    wide = union.group_by(["indicator", "part", "unit"]).aggregate(
        **{f"v_{m}": ibis.ifelse(covers[m], union.n, zero).sum() for m in _MONTHS}
    )
    num, den = wide.filter(wide.part == 0), wide.filter(wide.part == 1)
    j = num.outer_join(den, ["indicator", "unit"])
    one = ibis.literal(1.0, "float64")
    branches = [(j.indicator_right == i, s) for i, s in scales]
    scale = ibis.cases(*branches, else_=one) if branches else one
    out = j.select(
        indicator=ibis.coalesce(j.indicator, j.indicator_right),
        unit=ibis.coalesce(j.unit, j.unit_right),
        **{f"num_{m}": j[f"v_{m}"].fill_null(0).cast("float64") for m in _MONTHS},
        **{f"den_{m}": j[f"v_{m}_right"].fill_null(0).cast("float64") * scale for m in _MONTHS},
    )
    return out.view()  # a relation of its own: the roll-up joins it (see _left)


PERSON_SPANS = "person_spans"
CHRONIC_MONTHS = "chronic_months"
FIRST_SERVICES = "first_services"
COVERAGE = "coverage"
FIRST_DOSES = "first_doses"
COVERED_SPANS = "covered_spans"
CENSUS = "census"


def _clamp(month: ir.IntegerValue) -> ir.IntegerValue:
    """``month`` with every month before the year as January (1) and every one after it as
    13 (null stays null): a span's bound changes no differently at months 1-12."""
    return ibis.cases((month < 1, 1), (month > 12, 13), else_=month)


def _absolute_month(day: ir.DateValue) -> ir.IntegerValue:
    """Months since the start of year 0 (year × 12 + month): any year's month m is this
    minus year × 12."""
    return (day.year() * 12 + day.month()).cast("int32")


def person_spans(tables: Tables) -> ir.Table:
    """Each 常住 resident's residence spans with what every indicator reads of the person,
    in months counted as :func:`_absolute_month` (no year in it, so one table serves every
    year): ``person_key``, ``org_unit``, ``sex``, ``born`` (month of birth), ``feb29``
    (born on 29 February), ``since``/``until`` (the unit holds the person at the end of
    every month from ``since`` to before ``until``), ``died`` (month of death or null),
    ``record``/``electronic`` (month of the first health record, of the first electronic
    one, or null), ``htn``/``t2dm`` (month of the first registration for management, or
    null). About one row a resident: the import stores it beside the records
    (:func:`healthplan.programs.engines.write_derived`) and every compute reads it instead
    of joining residents, moves, deaths, health records and the registry again."""
    r, mv = tables["residents"], tables["moves"]
    birth = r.birth_date
    people = r.filter(r.resident).select(
        "person_key", "sex", "org_unit",
        born=_absolute_month(birth),
        feb29=(birth.month() == 2) & (birth.day() == 29),
    )  # fmt: skip
    # A unit holds a person at the end of month m if they moved in by then and not on (the
    # next move is after the month's end). Only the few who moved need their moves ordered.
    movers = mv.select("person_key").distinct()
    moving = people.semi_join(movers, "person_key")
    spans = moving.select("person_key", "org_unit", valid_from=ibis.literal(_NEVER)).union(
        mv.select("person_key", "org_unit", valid_from=_.moved_on)
    )
    w = ibis.window(group_by=spans.person_key, order_by=spans.valid_from)
    spans = spans.mutate(valid_to=spans.valid_from.lead().over(w).fill_null(_FAR))
    spans = spans.join(moving.drop("org_unit"), "person_key")
    columns = ("person_key", "org_unit", "sex", "born", "feb29")
    placed = (
        people.anti_join(movers, "person_key")
        .select(
            *columns,
            since=_absolute_month(ibis.literal(_NEVER)),
            until=_absolute_month(ibis.literal(_FAR)),
        )
        .union(
            spans.select(
                *columns,
                since=_absolute_month(spans.valid_from),
                until=_absolute_month(spans.valid_to),
            )
        )
    )
    # A span that ends in the month it starts (two moves in one month) or before the birth
    # holds the person at no month's end, in any year.
    placed = placed.filter(placed.until > ibis.greatest(placed.since, placed.born))
    deaths = tables["deaths"].group_by("person_key").aggregate(died=_.died_on.min())
    deaths = deaths.select("person_key", died=_absolute_month(deaths.died))
    hr = tables["health_records"]
    firsts = hr.group_by("person_key").aggregate(
        record=_absolute_month(hr.created_on.min()),
        electronic=_absolute_month(hr.created_on.min(where=hr.electronic)),
    )
    reg = tables["chronic_registry"]
    registered = reg.group_by("person_key").aggregate(
        **{
            disease: _absolute_month(reg.registered_on.min(where=reg.disease == disease))
            for disease in DISEASES
        }
    )
    out = _left(_left(placed, deaths, "person_key"), firsts, "person_key")
    return _left(out, registered, "person_key")


def chronic_months(tables: Tables) -> ir.Table:
    """Each hypertension or diabetes patient's months with a follow-up (months counted as
    :func:`_absolute_month`): ``person_key``, ``disease``, ``m``; ``faces`` face-to-face
    follow-ups in the month and ``faces_before`` in the months before it in the same
    calendar year (the n-th of the year is in this month if ``faces_before`` < n ≤
    ``faces_before + faces``); ``key``, the month's latest reading (:func:`_latest`: the day
    and whether it was controlled, :data:`BP_CONTROLLED` / :data:`FPG_CONTROLLED`), null
    if none was measured, and ``next``, the next month of the same year with a reading.
    Stored by the import beside :func:`person_spans`; a year's counts read twelve months
    of it."""
    v = tables["chronic_followups"]
    v = v.mutate(m=_absolute_month(v.visit_date), year=v.visit_date.year())
    htn = v.disease == "htn"
    measured = v.filter(ibis.ifelse(htn, v.sbp.notnull() & v.dbp.notnull(), v.fpg.notnull()))
    controlled = ibis.ifelse(
        htn,
        (measured.sbp < BP_CONTROLLED[0]) & (measured.dbp < BP_CONTROLLED[1]),
        measured.fpg < FPG_CONTROLLED,
    )
    keyed = measured.mutate(key=_latest(measured.visit_date, controlled))
    read = keyed.group_by(["person_key", "disease", "year", "m"]).aggregate(key=keyed.key.max())
    w = ibis.window(group_by=[read.person_key, read.disease, read.year], order_by=read.m)
    read = read.mutate(next=read.m.lead().over(w))
    face = v.filter(v["mode"] == "face")
    faces = face.group_by(["person_key", "disease", "year", "m"]).aggregate(faces=face.count())
    w = ibis.window(
        group_by=[faces.person_key, faces.disease, faces.year], order_by=faces.m, rows=(None, -1)
    )
    faces = faces.mutate(faces_before=faces.faces.sum().over(w).fill_null(0))
    keys = ["person_key", "disease", "year", "m"]
    j = faces.outer_join(read, keys)
    return j.select(
        **{k: ibis.coalesce(j[k], j[f"{k}_right"]) for k in keys if k != "year"},
        faces=j.faces.fill_null(0).cast("int32"),
        faces_before=j.faces_before.fill_null(0).cast("int32"),
        key=j.key,
        next=j.next,
    )


def first_services(tables: Tables) -> ir.Table:
    """Each person's first services of each calendar year they had any (months counted as
    :func:`_absolute_month`): ``person_key``, ``year``; ``service``, the month of their
    first service of any program (:data:`SERVICES`, and prenatal and postpartum visits
    through the pregnancy: 健康档案使用率); ``child``, of their first child health check or
    newborn visit (儿童健康管理率); ``check`` and ``tcm``, of their first health check at 65
    or over on its day, of the first with TCM (老年人健康管理率, 中医药健康管理率); null
    where none. Stored by the import beside :func:`person_spans`: each compute reads the
    year's rows (one a person served) instead of every service table."""
    no = ibis.literal(False)

    def served(t: ir.Table, child: bool = False) -> ir.Table:
        return t.select("person_key", "day", child=ibis.literal(child), elderly=no, tcm=no)

    child = {"child_checks", "newborn_visits"}
    dates = [
        served(tables[table].select("person_key", day=_[column]), table in child)
        for table, column in SERVICES
    ]
    preg = tables["pregnancies"].select("pregnancy_id", "person_key")
    for table in ("prenatal_visits", "postpartum_visits"):
        joined = tables[table].join(preg.view(), "pregnancy_id")  # a view: see _left
        dates.append(served(joined.select("person_key", day=_.visit_date)))
    # The elderly checks again, those at 65 or over on their day (the rows above count
    # them as services, as all others).
    checks = tables["elderly_checks"]
    c = checks.join(tables["residents"].select("person_key", "birth_date"), "person_key")
    c = c.filter(_age(c.birth_date, c.check_date) >= ELDERLY_AGE)
    yes = ibis.literal(True)
    dates.append(c.select("person_key", day=c.check_date, child=no, elderly=yes, tcm=c.tcm))
    union = ibis.union(*dates)
    by_year = union.group_by(["person_key", union.day.year().name("year")])
    return by_year.aggregate(
        service=_absolute_month(union.day.min()),
        child=_absolute_month(union.day.min(where=union.child)),
        check=_absolute_month(union.day.min(where=union.elderly)),
        tcm=_absolute_month(union.day.min(where=union.tcm)),
    )


def coverage(tables: Tables) -> ir.Table:
    """Each person's months covered by a family-doctor contract (``kind`` ``contract``) or
    by a cervical or breast cancer screening (``kind`` as screened): ``person_key``,
    ``kind``, ``lo``..``hi`` (months as :func:`_absolute_month`), the ranges of one person
    and kind disjoint, overlapping ones merged. A contract covers the month-ends it is in
    force at (signed by then, ending on or after it: one ending on a month's last day covers
    that month; no end, every month after); a screening its month and the
    :data:`SCREENING_MONTHS` - 1 after. Stored by the import beside :func:`person_spans`:
    ordering each person's ranges is done once, not in each compute."""
    c = tables["contracts"]
    ends = c.ends_on.fill_null(_FAR)
    last_day = (ends + ibis.interval(days=1)).month() != ends.month()
    contracts = c.select(
        "person_key",
        kind=ibis.literal("contract"),
        lo=_absolute_month(c.signed_on),
        hi=_absolute_month(ends) - ibis.ifelse(last_day, 0, 1).cast("int32"),
    )
    s = tables["screenings"]
    screened = s.select("person_key", "kind", lo=_absolute_month(s.screened_on))
    screened = screened.mutate(hi=screened.lo + ibis.literal(SCREENING_MONTHS - 1, "int32"))
    ranges = contracts.union(screened)
    return _disjoint(ranges.filter(ranges.lo <= ranges.hi))


def covered_spans(tables: Tables) -> ir.Table:
    """The residence spans of :func:`person_spans` cut to the months :func:`coverage` covers
    (months counted as :func:`_absolute_month`): ``person_key``, ``kind``, ``org_unit``,
    ``sex``, ``born``, ``feb29``, ``died`` and ``since``/``until``, the month-ends the
    person lives in the unit and is covered at (a contract in force, screened in the last
    36 months). Stored by the import beside :func:`coverage`: a compute reads the covered
    spans of a kind instead of joining the whole population with every person's ranges
    (973,000 spans with 322,000 contracts at a million residents)."""
    ps = _derived(tables, PERSON_SPANS)
    cov = _derived(tables, COVERAGE)
    j = ps.join(cov, "person_key")
    out = j.select(
        "person_key", "kind", "org_unit", "sex", "born", "feb29", "died",
        since=ibis.greatest(j.since, j.lo),
        until=ibis.least(j.until, j.hi + 1),
    )  # fmt: skip
    return out.filter(out.since < out.until)


# The national schedule's doses by number (vaccine, dose from 1, age in months it falls due
# at): :func:`first_doses` and the doses due of a compute (:func:`_vaccines`) join on the
# number, a small integer, not on the vaccine's name and the dose.
_DOSES = tuple((v, i + 1, age) for v, ages in SCHEDULE.items() for i, age in enumerate(ages))


def first_doses(tables: Tables) -> ir.Table:
    """Each resident's first shot of each dose of the schedule they had (months counted as
    :func:`_absolute_month`): ``person_key``, ``number`` (the dose's place in
    :data:`_DOSES`), ``due`` (the month it fell due: the month of birth plus its age) and
    ``given`` (the month of the first shot of it). Stored by the import sorted by ``due``:
    a year's compute reads the doses that fell due in the year (the file's other row groups
    skipped) with their first shot, instead of joining every shot on record (1.4 million
    at a million residents, most for doses due in earlier years) with the doses due and
    taking the first of each."""
    shots = tables["immunisations"]
    first = shots.group_by(["person_key", "vaccine", "dose"]).aggregate(given=shots.given_on.min())
    doses = ibis.memtable(
        {
            "vaccine": [v for v, _, _ in _DOSES],
            "dose": [d for _, d, _ in _DOSES],
            "number": list(range(len(_DOSES))),
            "age": [a for _, _, a in _DOSES],
        },
        schema={"vaccine": "string", "dose": "int32", "number": "int16", "age": "int32"},
    )
    born = tables["residents"].select("person_key", "birth_date")
    j = first.join(doses, ["vaccine", "dose"]).join(born, "person_key")
    return j.select(
        "person_key",
        "number",
        due=_absolute_month(j.birth_date) + j.age,
        given=_absolute_month(j.given),
    )


def census_years(tables: Tables) -> list[int]:
    """The years :func:`census` is stored for: every calendar year from the first to the
    last with a service on record (:func:`first_services`), the years a compute of these
    records is asked for; none if no service is."""
    fs = _derived(tables, FIRST_SERVICES)
    lo, hi = fs.aggregate(lo=fs.year.min(), hi=fs.year.max()).execute().iloc[0]
    return [] if pd.isna(lo) else list(range(int(lo), int(hi) + 1))


def census(tables: Tables, years: Sequence[int]) -> ir.Table:
    """:attr:`_Frames.census` of each year of ``years`` with ``year`` and ``org_unit`` (the
    unit's code, not its number in one compute's tree): stored by the import (for
    :func:`census_years`), so a compute of one of those years reads its counts instead of
    grouping the whole population's spans again; a compute of another year counts its own.
    Stored sorted by year: a compute reads its year's row groups."""
    ps = _derived(tables, PERSON_SPANS).rename(unit="org_unit")
    parts = [
        _census(_year_spans(ps, year, alive=True), year).mutate(year=ibis.literal(year, "int32"))
        for year in years or [0]
    ]
    out = ibis.union(*parts).rename(org_unit="unit")
    return out if years else out.limit(0)


# The tables the import derives from the records (:func:`engines.write_derived`), each with
# the order it is stored in. DERIVED_VERSION changes with what any of them holds: a store
# derived by other code is then not read, and the engine derives them itself.
DERIVED: dict[str, tuple[Callable[[Tables], ir.Table], tuple[str, ...]]] = {
    PERSON_SPANS: (person_spans, ("person_key", "since")),
    CHRONIC_MONTHS: (chronic_months, ("person_key", "disease", "m")),
    FIRST_SERVICES: (first_services, ("person_key", "year")),
    COVERAGE: (coverage, ("person_key", "kind", "lo")),
    FIRST_DOSES: (first_doses, ("due", "person_key", "number")),
    COVERED_SPANS: (covered_spans, ("kind", "person_key", "since")),
    CENSUS: (lambda tables: census(tables, census_years(tables)), ("year", "org_unit")),
}
DERIVED_VERSION = "4"


def _derived(tables: Tables, name: str) -> ir.Table:
    """The derived table ``name`` of :data:`DERIVED` as the import stored it, or, in a store
    without it, derived here from the same expression."""
    stored = tables.get(name)
    return DERIVED[name][0](tables) if stored is None else stored


def _year_spans(ps: ir.Table, year: int, alive: bool) -> ir.Table:
    """The spans of ``ps`` (rows of :func:`person_spans` or :func:`covered_spans`, units
    numbered) at ``year``'s month-ends (months from 1), the person born and, if
    ``alive``, not dead by then: ``person_key``, ``unit``, ``feb29``, ``female``,
    ``born``, ``lo``, ``hi`` and the first months ``ps`` has."""
    base = year * 12

    def month(absolute: ir.IntegerValue) -> ir.IntegerValue:
        return (absolute - base).cast("int32")

    born = month(ps.born)
    hi = ibis.least(month(ps.until) - 1, 12)
    if alive:  # alive at the end of m: died after it
        hi = ibis.least(hi, (month(ps.died) - 1).fill_null(12))
    firsts = [c for c in ("record", "electronic", *DISEASES) if c in ps.columns]
    out = ps.select(
            "person_key", "unit", "feb29",
            # a flag, not the string: the population's table is kept whole (null: unknown)
            female=ps.sex == "F",
            born=born,
            lo=ibis.greatest(month(ps.since), born, 1),
            hi=hi,
            **{name: month(ps[name]) for name in firsts},
        )  # fmt: skip
    return out.filter(out.lo <= out.hi)


def _census(pop: ir.Table, year: int) -> ir.Table:
    """``pop`` (:func:`_year_spans` of ``year``) counted (``n``) by unit, span and everything
    the denominators of the whole population cut it by: ``female``, ``at_<age>``
    (:meth:`_Frames.reaches`, each age of :data:`_CENSUS_AGES`) and the first months of a
    health record and of an electronic one (:func:`person_spans`), months 1-13 as
    :func:`_clamp` gives them, with 13 also for none (either starts no span of the year: so
    most residents fall in a few groups). One pass over the population: those indicators
    then read these counts, not the population again each."""
    firsts = ("record", "electronic")
    # Counted by unit and one number holding the rest, four bits each (months 1-13;
    # 2 for an unknown sex): grouping by two columns instead of ten. The registrations
    # are not in it: no reader of the census cuts by them, and each split its groups.
    fields = ["lo", "hi", *[f"at_{age}" for age in _CENSUS_AGES], *firsts, "female"]
    digit = {name: 16**i for i, name in enumerate(fields)}
    p = _with_ages(pop, digit, year)
    values = {
        "lo": p.lo,
        "hi": p.hi,
        # :func:`_clamp` without its conditions (null first taken as 13: no engine's
        # ``greatest`` then skips it), the projection of every resident
        **{name: ibis.least(ibis.greatest(p[name].fill_null(13), 1), 13) for name in firsts},
        "female": p.female.cast("int64").fill_null(2),
    }
    key = p.ages
    for name, value in values.items():
        key = key + value.cast("int64") * digit[name]
    c = p.select("unit", key=key)
    c = c.group_by(["unit", "key"]).aggregate(n=c.count())
    out = {name: ((c.key // 16**i) % 16).cast("int32") for i, name in enumerate(fields)}
    return c.select(
        "unit",
        "n",
        **{name: out[name] for name in fields if name != "female"},
        female=out["female"].nullif(2) == 1,
    )


def _with_ages(spans: ir.Table, digit: Mapping[str, int], year: int) -> ir.Table:
    """``spans`` with ``ages``, the part of :func:`_census`'s key for the ages of
    :data:`_CENSUS_AGES` (the month :meth:`_Frames.reaches` gives each, as :func:`_clamp` gives
    it, times its ``digit``). Everyone born in one month, on 29 February or not, reaches
    them in the same months: the part is worked out here once for each month of birth
    and joined on it, not computed for every resident (the census's projection of the
    whole population)."""
    # Born by this month, a person has reached every age before the year (month 1).
    earliest = -12 * (max(_CENSUS_AGES) + 1)

    def reaches(born: int, feb29: bool, age: int) -> int:  # :meth:`_Frames.reaches`, per value
        late = not calendar.isleap(year + (born - 2) // 12 + age)
        return min(max(born + 12 * age + (feb29 and late), 1), 13)

    part = ibis.memtable(
        [
            {
                "b": born * 2 + feb29,
                "ages": sum(
                    reaches(born, bool(feb29), age) * digit[f"at_{age}"] for age in _CENSUS_AGES
                ),
            }
            for born in range(earliest, 13)
            for feb29 in (0, 1)
        ],
        schema=ibis.schema({"b": "int32", "ages": "int64"}),
    )
    b = ibis.greatest(spans.born, earliest) * 2 + spans.feb29.cast("int32")
    return spans.mutate(b=b.cast("int32")).join(part, "b")


class _Frames:
    """The record tables of one year on one backend and the spans every indicator starts
    from: ``pop``, each person's months at each residence while alive (born by the month's
    end, 常住: the population denominators), and :attr:`eventful`, the months at each
    residence dead or alive of the persons of events (where events are counted)."""

    def __init__(
        self,
        tables: Tables,
        year: int,
        units: Sequence[str],
        materialize: Callable[[ir.Table], ir.Table] | None,
    ) -> None:
        self.t = tables
        self.year = year
        self.year_start, self.year_end = date(year, 1, 1), date(year, 12, 31)
        # Org units by number (joins and counts on a small integer, not a string); a unit
        # the hierarchy does not know gets -1 and is counted in no ancestor, as before.
        codes = tables.get("units")
        codes = ibis.memtable(unit_rows(units)) if codes is None else codes

        def numbered(t: ir.Table) -> ir.Table:
            j = t.left_join(codes, t.org_unit == codes.code)
            return j.select(*[c for c in t.columns if c != "org_unit"], unit=j.uid.fill_null(-1))

        # Each person's residence spans and what every year reads of them (birth, death,
        # first health record, registrations) are derived once, at import
        # (:func:`person_spans`); a store without them derives them here, from the same
        # expression.
        stored_ps = _derived(tables, PERSON_SPANS)
        ps = numbered(stored_ps)

        self._numbered = numbered
        # ``pop`` is the one table of the whole population (a temporary table in DuckDB, a
        # persisted DataFrame in Spark: about one row a resident); the few persons of
        # events are placed apart, from the stored spans (``eventful``), so the
        # population is not kept a second time with its months after death.
        pop = _year_spans(ps, self.year, alive=True)
        self.pop = materialize(pop) if materialize else pop
        # ``eventful``: each person of the tables :func:`_events` places, at each residence
        # dead or alive (a few thousand rows); each event indicator joins these, not the
        # whole population.
        keys = ibis.union(*[tables[name].select("person_key") for name in _EVENT_TABLES])
        events = stored_ps.filter(stored_ps.person_key.isin(keys.person_key))
        self.eventful = _year_spans(numbered(events), self.year, alive=False).select(
            "person_key", "unit", "lo", "hi"
        )
        self._aged: dict[tuple[int | None, int | None], ir.Table] = {}
        self._young_by_age: dict[int, ir.Table] = {}

    def covering(self, kind: str) -> ir.Table:
        """``pop`` cut to the months covered by ``kind`` (:func:`coverage`), read from
        :func:`covered_spans`."""
        cs = _derived(self.t, COVERED_SPANS)
        return _year_spans(self._numbered(cs.filter(cs.kind == kind)), self.year, alive=True)

    @cached_property
    def firsts(self) -> ir.Table:
        """This year's rows of :func:`first_services` (each person served), months from 1."""
        fs = _derived(self.t, FIRST_SERVICES)
        fs = fs.filter(fs.year == self.year)
        base = self.year * 12
        return fs.select(
            "person_key",
            **{
                name: (fs[name] - base).cast("int32")
                for name in ("service", "child", "check", "tcm")
            },
        )

    @cached_property
    def census(self) -> ir.Table:
        """:func:`_census` of this year: as the import stored it (:func:`census`), or, for
        a year it did not store (or a store without it), counted here."""
        stored = self.t.get(CENSUS)
        if stored is None:
            return _census(self.pop, self.year)
        c = self._numbered(stored.filter(stored.year == self.year))
        return c.select("unit", *[name for name in c.columns if name not in ("unit", "year")])

    def counted(self, low: int | None = None, below: int | None = None) -> ir.Table:
        """:meth:`aged` from :attr:`census`: its counted spans cut to those ages."""
        c = self.census
        return _cut(
            c,
            None if low is None else c[f"at_{low}"],
            None if below is None else c[f"at_{below}"],
        )

    def month(self, day: ir.DateValue) -> ir.IntegerValue:
        """The month of ``day`` counted from this year's January (1); a day before the year
        gives 0 or less, after it 13 or more. ``day`` ≤ month m's last day ⇔ month ≤ m."""
        return (day.year() - self.year) * 12 + day.month()

    def reaches(self, spans: ir.Table, age: int) -> ir.IntegerValue:
        """The first month at whose end a person of ``spans`` is ``age`` (completed years);
        someone born on 29 Feb turns it on 1 March of a common year."""
        # Born on 29 Feb: ``born`` is February of the birth year, so the year is exact.
        # Nested, so the year is worked out only for the few born on 29 Feb (an engine
        # evaluates a branch for the rows that take it; the leap year test on every row of
        # the population was most of the census's projection).
        late = ibis.ifelse(_leap(self.year + (spans.born - 2) // 12 + age), 0, 1)
        return spans.born + 12 * age + ibis.ifelse(spans.feb29, late, 0)

    def aged(self, low: int | None = None, below: int | None = None) -> ir.Table:
        """``pop`` cut to the months in which a person's age is at least ``low`` and under
        ``below`` (one expression for each ages, however many indicators use it)."""
        found = self._aged.get((low, below))
        if found is None:
            found = self._aged[(low, below)] = self.cut(self.pop, low, below)
        return found

    def due(
        self, oldest: int, rows: Callable[[int], list[dict[str, int | str]]], schema: ibis.Schema
    ) -> ir.Table:
        """What a schedule makes due this year for each resident under ``oldest`` months old
        at some point of the year: ``person_key`` with ``rows(b)`` (columns ``schema``) for
        their month of birth ``b`` (as :meth:`month` counts it, so month ``b + a`` is when
        age ``a`` months falls due). Everyone born in one month has the same dues: they are
        worked out here once for each month of birth and joined on it, not worked out
        again from every child crossed with the schedule."""
        dues = ibis.memtable(
            [{"born": b, **row} for b in range(1 - oldest, 13) for row in rows(b)],
            schema=ibis.schema({"born": "int32", **schema}),
        )
        return self._young(oldest).view().join(dues, "born")  # a view: see _left

    def _young(self, oldest: int) -> ir.Table:
        """The residents under ``oldest`` months old at some point of the year, with their
        month of birth (one expression for each age, read by both schedules)."""
        found = self._young_by_age.get(oldest)
        if found is None:
            r = self.t["residents"]
            since = date(self.year + (-oldest) // 12, (-oldest) % 12 + 1, 1)
            young = r.filter(r.birth_date >= since)
            found = young.select("person_key", born=self.month(young.birth_date))
            self._young_by_age[oldest] = found
        return found

    def cut(self, p: ir.Table, low: int | None, below: int | None) -> ir.Table:
        """Spans ``p`` (with ``born``, ``feb29``) cut to the months in which a person's age
        is at least ``low`` and under ``below``."""
        return _cut(
            p,
            None if low is None else self.reaches(p, low),
            None if below is None else self.reaches(p, below),
        )

    def in_year(self, table: str, column: str) -> ir.Table:
        events = self.t[table]
        return events.filter(events[column].between(self.year_start, self.year_end))

    def tally_from(self, spans: ir.Table, start: ir.IntegerValue) -> _Spans:
        """``_Spans(from_month(spans, start), spans)`` with one pass over ``spans``: they are
        counted by unit, span and start (null: never; before the year taken as January,
        after it as month 13, which changes no span), and both parts come from those
        counts."""
        s = spans.mutate(start=_clamp(start))
        n = s.n.sum() if "n" in s.columns else s.count()
        counted = s.group_by(["unit", "lo", "hi", "start"]).aggregate(n=n)
        begun = counted.filter(counted.start.notnull())
        num = begun.select("unit", "n", lo=ibis.greatest(begun.lo, begun.start), hi=begun.hi)
        return _Spans(num.filter(num.lo <= num.hi), counted.drop("start"))

    def from_month(self, spans: ir.Table, start: ir.IntegerValue) -> ir.Table:
        """``spans`` from month ``start`` on (a first service, a registration), where
        ``start`` is known."""
        s = spans.filter(start.notnull())
        return _span(s, ibis.greatest(s.lo, start), s.hi)

    def quarters(self, visits: ir.Table, managed: ir.Table) -> ir.Table:
        """The months of ``managed`` in which a patient has had ⌈4m/12⌉ of ``visits`` (this
        year's) by the month's end: the n-th visit covers quarter n from its month on."""
        w = ibis.window(group_by=visits.person_key, order_by=[visits.visit_date])
        ranked = visits.mutate(n=ibis.row_number().over(w) + 1)
        ranked = ranked.filter(ranked.n <= 4)
        per = ranked.select(
            "person_key",
            lo=ibis.greatest(self.month(ranked.visit_date), ranked.n * 3 - 2),
            hi=ranked.n * 3,
        )
        return _clip(managed, per.filter(per.lo <= per.hi))

    def statuses(self, visits: ir.Table, key: ir.IntegerValue) -> ir.Table:
        """From each month with a visit to the month before the next: the latest ``key``
        (:func:`_latest`) of that month's visits — the status a month's end reads."""
        v = visits.mutate(m=self.month(visits.visit_date), key=key)
        per = v.group_by(["person_key", "m"]).aggregate(key=v.key.max())
        w = ibis.window(group_by=per.person_key, order_by=per.m)
        return per.select("person_key", "key", lo=per.m, hi=per.m.lead().over(w).fill_null(13) - 1)


# -- the indicators ---------------------------------------------------------------------------


Builders = dict[str, Callable[[], _Spans]]


def _ehr(f: _Frames) -> Builders:
    @cache
    def filed() -> ir.Table:
        """``pop`` of those with a record, with the months of their first (``first``) and
        first electronic one (from :func:`person_spans`)."""
        p = f.pop.filter(f.pop.record.notnull())
        return p.select("person_key", "unit", "lo", "hi", "electronic", first=p.record)

    def usage() -> _Spans:
        # 第三版: 有动态记录的档案 = a record linked to care or to a 规范 service within the
        # year (the yaml leaves the window unverified): any service record this year to date.
        p = filed()
        records = p.select("person_key", "unit", lo=ibis.greatest(p.lo, p["first"]), hi=p.hi)
        served = f.firsts.select("person_key", "service")  # any service this year to date
        used = records.join(served.view(), "person_key")  # a view: see _left
        return _Spans(f.from_month(used, used.service), f.from_month(f.census, f.census.record))

    return {
        "ehr_filing_rate": lambda: f.tally_from(f.census, f.census.record),
        "ehr_electronic_filing_rate": lambda: f.tally_from(f.census, f.census.electronic),
        "ehr_usage_rate": usage,
    }


def _children(f: _Frames) -> Builders:
    def managed() -> _Spans:
        # the first child health check or newborn visit of the year (:func:`first_services`)
        contacts = f.firsts.filter(f.firsts.child.notnull())
        first = contacts.select("person_key", first=contacts.child)
        seen = f.aged(below=CHILD_AGE).view().join(first, "person_key")
        return _Spans(f.from_month(seen, seen["first"]), f.counted(below=CHILD_AGE))

    def systematic() -> _Spans:
        # 系统管理: at least as many checks this year to date as the schedule made due in
        # it. The n-th check due this year (month d_n) must be done by the end of each month
        # from d_n until the next falls due.
        kids = f.aged(below=CHILD_AGE)
        checks = f.in_year("child_checks", "check_date")

        def checks_due(born: int) -> list[dict[str, int | str]]:
            # The checks falling due this year for a child born in month ``born``: the n-th
            # (from 0, as ``row_number`` counts the checks done), its month and the next's.
            d = [born + a for a in CHILD_CHECK_MONTHS if 1 <= born + a <= 12]
            return [
                {"n": n, "d": m, "next_d": d[n + 1] if n + 1 < len(d) else 13}
                for n, m in enumerate(d)
            ]

        schema = ibis.schema({"n": "int64", "d": "int32", "next_d": "int32"})
        due = f.due(CHILD_CHECK_MONTHS[-1], checks_due, schema)
        wc = ibis.window(group_by=checks.person_key, order_by=checks.check_date)
        done = checks.select(
            "person_key", c=f.month(checks.check_date), n=ibis.row_number().over(wc)
        )
        met = due.view().join(done, ["person_key", "n"])
        met = met.select("person_key", lo=ibis.greatest(met.d, met.c), hi=met.next_d - 1)
        first = due.filter(due.n == 0)  # owing from the first check due this year
        owing = first.select("person_key", lo=first.d, hi=ibis.literal(12))
        return _Spans(_clip(kids, met.filter(met.lo <= met.hi)), _clip(kids, owing))

    return {"child_health_mgmt_rate": managed, "child_systematic_mgmt_rate": systematic}


def _events(f: _Frames, events: ir.Table, column: str, to_date: bool) -> ir.Table:
    """Spans of ``events`` (with ``person_key``) placed at the person's residence: the
    event's month only (``to_date`` false: a flow), or from it to the year's end (a
    year-to-date stock). Only events of this year."""
    e = events.mutate(e=f.month(events[column]))
    e = e.filter(e.e.between(1, 12))
    per = e.select(*[c for c in e.columns if c != "e"], lo=e.e, hi=e.e if not to_date else 12)
    return _clip(f.eventful, per)


# The tables whose persons :func:`_events` places (:attr:`_Frames.eventful`): births (the
# child), deaths, pregnancies (the mother) and tuberculosis patients.
_EVENT_TABLES = ("births", "deaths", "pregnancies", "tb_patients")


def _maternal_child(f: _Frames) -> Builders:
    @cache
    def born() -> ir.Table:
        return f.t["residents"].select("person_key", "birth_date")

    @cache
    def births() -> ir.Table:
        return f.t["births"].select("person_key").join(born().view(), "person_key")

    @cache
    def deaths() -> ir.Table:
        """The deaths with the birth date: one join for the four mortality rates (each
        joining the residents again read all of them again)."""
        return f.t["deaths"].join(born().view(), "person_key")

    @cache
    def month_births() -> ir.Table:
        visited = _visited(
            f.t["births"].select("person_key", "birth_date").distinct(),
            f.t["newborn_visits"],
            "person_key",
            "birth_date",
        )
        return _events(f, _left(births(), visited, "person_key"), "birth_date", False)

    @cache
    def deliveries() -> ir.Table:
        pregnancies = f.t["pregnancies"].filter(_.delivered_on.notnull())
        seen = _visited(
            pregnancies.select("pregnancy_id", "delivered_on"),
            f.t["postpartum_visits"],
            "pregnancy_id",
            "delivered_on",
        )
        return _left(pregnancies, seen, "pregnancy_id")

    @cache
    def ytd_births() -> ir.Table:
        return _events(f, births(), "birth_date", True)

    @cache
    def ytd() -> ir.Table:
        prenatal = f.t["prenatal_visits"]
        exams = prenatal.group_by("pregnancy_id").aggregate(exams=prenatal.count())
        return _events(f, _left(deliveries(), exams, "pregnancy_id"), "delivered_on", True)

    def newborn() -> _Spans:
        b = month_births()
        return _Spans(b.filter(b.visited.fill_null(False)), b)

    def postpartum() -> _Spans:
        # 产后访视率: mothers visited within 28 days of delivery (the records hold the
        # delivery, not the discharge, date) / live births, both in the month of delivery.
        d = _events(f, deliveries(), "delivered_on", False)
        return _Spans(d.filter(d.visited.fill_null(False)), month_births())

    def early() -> _Spans:
        # Unverified in the yaml; 第三版 孕产妇健康管理 考核指标 (as the yaml's hint words
        # it): 早孕建册率 = 孕13周之前建册并进行第一次产前检查的产妇人数 / 该地该时间段内活产数.
        y = ytd()
        return _Spans(y.filter((y.registered_week < 13) & y.first_exam_on.notnull()), ytd_births())

    def systematic() -> _Spans:
        # Unverified in the yaml; 全国妇幼卫生调查制度: 孕产妇系统管理 = 早孕建册 (before 13
        # weeks), at least 5 产前检查 and a 产后访视, among women delivered / 活产数.
        y = ytd()
        done = (y.registered_week < 13) & (y.exams.fill_null(0) >= 5) & y.visited.fill_null(False)
        return _Spans(y.filter(done), ytd_births())

    def mortality(code: str) -> _Spans:
        # Deaths in the month at the residence, by age at death / live births.
        d = deaths()
        age = _age(d.birth_date, d.died_on)
        rule = {
            "infant_mortality_rate": age < 1,
            "under5_mortality_rate": age < 5,
            "neonatal_mortality_rate": d.died_on < d.birth_date + ibis.interval(days=28),
            "maternal_mortality_ratio": d.maternal,
        }[code]
        died = _events(f, d.filter(rule).select("person_key", "died_on"), "died_on", False)
        return _Spans(died, month_births())

    return {
        "newborn_visit_rate": newborn,
        "postpartum_visit_rate": postpartum,
        "early_pregnancy_registration_rate": early,
        "maternal_systematic_mgmt_rate": systematic,
        **{
            code: partial(mortality, code)
            for code in (
                "infant_mortality_rate",
                "under5_mortality_rate",
                "neonatal_mortality_rate",
                "maternal_mortality_ratio",
            )
        },
    }


def _visited(start: ir.Table, visits: ir.Table, key: str, day: str) -> ir.Table:
    """The ``key``s of ``start`` with a visit within :data:`VISIT_DAYS` of their ``day``."""
    joined = start.view().join(visits, key)
    window = (joined.visit_date >= joined[day]) & (
        joined.visit_date <= joined[day] + ibis.interval(days=VISIT_DAYS)
    )
    return joined.filter(window).select(key).distinct().mutate(visited=ibis.literal(True))


def _elderly(f: _Frames) -> Builders:
    # Unverified in the yaml; 第三版 老年人健康管理: 年内接受健康管理人数 / 年内辖区内65岁及以上
    # 常住居民数. 65+ is the age at the month's end (someone turning 65 in July joins the
    # denominator from July); a check counts only if the person was 65 on its day.
    @cache
    def checked() -> ir.Table:
        # the 65+ residents checked, with the months of their first check at 65 or over and
        # of the first with TCM (null: none), from :func:`first_services`
        c = f.firsts.filter(f.firsts.check.notnull())
        firsts = c.select("person_key", "tcm", first=c.check)
        return f.aged(low=ELDERLY_AGE).join(firsts, "person_key")

    def rate(first: str) -> _Spans:
        return _Spans(f.from_month(checked(), checked()[first]), f.counted(low=ELDERLY_AGE))

    return {
        "elderly_health_mgmt_rate": partial(rate, "first"),
        # Partial in the yaml (target only); 第三版 中医药健康管理: 年内接受中医药健康管理服务的
        # 65岁及以上居民数 / 年内辖区内65岁及以上常住居民数.
        "tcm_elderly_mgmt_rate": partial(rate, "tcm"),
    }


def _registered(f: _Frames, registry: ir.Table) -> ir.Table:
    """``pop`` cut to the months from a person's first registration in ``registry`` on."""
    first = registry.group_by("person_key").aggregate(lo=f.month(registry.registered_on.min()))
    return _clip(f.pop, first.mutate(hi=ibis.literal(12)))


def _chronic(f: _Frames, disease: str) -> Builders:
    # 已管理 = registered for management by the month's end (the month of the first
    # registration, from :func:`person_spans`) and still 常住 and alive.
    @cache
    def managed() -> ir.Table:
        p = f.pop.filter(f.pop[disease].notnull())
        out = p.select("person_key", "unit", lo=ibis.greatest(p.lo, p[disease]), hi=p.hi)
        return out.filter(out.lo <= out.hi)

    @cache
    def months() -> ir.Table:
        """This year's months of :func:`chronic_months` for ``disease``, ``m`` from 1."""
        cm = _derived(f.t, CHRONIC_MONTHS)
        base = f.year * 12
        cm = cm.filter((cm.disease == disease) & cm.m.between(base + 1, base + 12))
        return cm.mutate(m=(cm.m - base).cast("int32"), next=(cm.next - base).cast("int32"))

    def control() -> _Spans:
        # From each month with a reading to the month before the next: its latest reading,
        # the status a month's end reads.
        read = months().filter(months().key.notnull() & (months().key % 2 == 1))
        ok = read.select("person_key", lo=read.m, hi=read.next.fill_null(13) - 1)
        return _Spans(_clip(managed(), ok), managed())

    def quarters() -> ir.Table:
        # The n-th face-to-face follow-up of the year covers quarter n from its month on:
        # by the end of month m a patient needs ⌈4m/12⌉ of them.
        faces = months().filter(months().faces > 0)
        nth = faces.cross_join(ibis.memtable({"n": [1, 2, 3, 4]}))
        nth = nth.filter((nth.n > nth.faces_before) & (nth.n <= nth.faces_before + nth.faces))
        per = nth.select("person_key", lo=ibis.greatest(nth.m, nth.n * 3 - 2), hi=nth.n * 3)
        return _clip(managed(), per.filter(per.lo <= per.hi))

    est_age, prevalence = PREVALENCE[disease]
    return {
        f"{disease}_mgmt_rate": lambda: _Spans(managed(), f.counted(low=est_age), prevalence),
        f"{disease}_standardized_mgmt_rate": lambda: _Spans(quarters(), managed()),
        "htn_bp_control_rate" if disease == "htn" else "t2dm_glucose_control_rate": control,
    }


def _smi(f: _Frames) -> Builders:
    @cache
    def enrolled() -> ir.Table:
        return _registered(f, f.t["smi_registry"])  # 登记在册

    @cache
    def visits() -> ir.Table:
        return f.in_year("smi_followups", "visit_date")

    @cache
    def status() -> ir.Table:
        v = visits()
        s = f.statuses(v, _latest(v.visit_date, v.stable, v.hospitalised, v.regular_medication))
        return s.select(
            "person_key",
            "lo",
            "hi",
            stable=(s.key // 4) % 2 == 1,
            hospitalised=(s.key // 2) % 2 == 1,
            medication=s.key % 2 == 1,
        )

    def managed() -> _Spans:
        v = visits()
        first = v.group_by("person_key").aggregate(lo=f.month(v.visit_date.min()))
        followed = _clip(enrolled(), first.mutate(hi=ibis.literal(12)))  # 在管: seen this year
        return _Spans(followed, enrolled())

    def stable() -> _Spans:
        home = _clip(enrolled(), status().filter(~status().hospitalised))  # 居家: not in hospital
        return _Spans(home.filter(home.stable), home)

    def medication() -> _Spans:
        medicated = status().filter(status().medication).select("person_key", "lo", "hi")
        return _Spans(_clip(enrolled(), medicated), enrolled())

    return {
        "smi_mgmt_rate": managed,
        "smi_standardized_mgmt_rate": lambda: _Spans(  # 第三版
            f.quarters(visits(), enrolled()), enrolled()
        ),
        "smi_stable_rate": stable,
        "smi_regular_medication_rate": medication,
    }


def _tb(f: _Frames) -> Builders:
    # Unverified in the yaml; 第三版 肺结核患者健康管理 考核指标: 管理率 = 已管理的肺结核患者人数
    # / 同期确诊并通知基层管理的患者人数 (已管理: visited at home); 规则服药率 = 规则服药 (took
    # ≥ 90 % of the doses due, 第三版) / 同期已完成治疗的患者人数.
    tb = f.t["tb_patients"]

    def managed() -> _Spans:
        notified = _events(f, tb, "notified_on", True)
        visited = f.from_month(notified, f.month(notified.first_visit_on))
        return _Spans(visited, notified)

    def medication() -> _Spans:
        completed = _events(f, tb, "completed_on", True)
        regular = completed.filter(
            (completed.doses_taken.fill_null(0) >= completed.doses_due.fill_null(0) * 0.9)
            & completed.doses_due.notnull()
        )
        return _Spans(regular, completed)

    return {"tb_mgmt_rate": managed, "tb_regular_medication_rate": medication}


def _contracts(f: _Frames) -> Builders:
    # Unverified in the yaml (no citable definition): 签约居民数 / 常住居民数, a contract
    # counting where it is in force at the month's end (signed by then, ending on or after
    # it: a contract ending on a month's last day covers that month).
    def contracted() -> _Spans:
        return _Spans(f.covering("contract"), f.census)  # (:func:`coverage`)

    return {"family_doctor_contract_coverage": contracted}


def _vaccines(f: _Frames) -> Builders:
    # Partial in the yaml (targets only); 第三版 预防接种: 某种疫苗接种率 = 实际接种人数 /
    # 应接种人数 by vaccine and dose. The catalog holds one figure, so it is pooled over the
    # schedule: doses given / doses due this year to date among 0～6岁 children.
    def coverage() -> _Spans:
        def doses_due(born: int) -> list[dict[str, int | str]]:
            return [
                {"number": number, "lo": born + age}
                for number, (_, _, age) in enumerate(_DOSES)
                if 1 <= born + age <= 12
            ]

        oldest = max(age for _, _, age in _DOSES)
        schema = ibis.schema({"number": "int16", "lo": "int32"})
        due = f.due(oldest, doses_due, schema)
        due = due.select("person_key", "number", "lo", hi=ibis.literal(12))
        # Each dose due this year with the month of its first shot, null if none: the
        # import's first shots of the doses that fell due this year (:func:`first_doses`).
        base = f.year * 12
        fd = _derived(f.t, FIRST_DOSES)
        fd = fd.filter(fd.due.between(base + 1, base + 12))
        shots = fd.select("person_key", "number", given=(fd.given - base).cast("int32"))
        given = _left(due, shots, ["person_key", "number"])
        owed = _clip(f.aged(below=CHILD_AGE), given)
        return _Spans(f.from_month(owed, owed.given), owed)

    return {"vaccine_coverage_rate": coverage}


def _screenings(f: _Frames) -> Builders:
    # Not in the yaml. 宫颈癌筛查工作方案 and 乳腺癌筛查工作方案 (国家卫生健康委, 2022; 新华社
    # 2022-02-25) serve 城乡适龄妇女 aged 35-64 and set the target 宫颈癌筛查率 ≥ 50 % by
    # 2025 (加速消除宫颈癌行动计划（2023—2030年）: 70 % by 2030). No document found gives
    # the look-back; counted here: women 35-64 (age at the month's end) screened in the 36
    # months ending with the month / 常住 women 35-64.
    ages = {"low": SCREENING_AGES[0], "below": SCREENING_AGES[1] + 1}

    @cache
    def counted() -> ir.Table:
        w = f.counted(**ages)
        return w.filter(w.female)

    def rate(kind: str) -> _Spans:
        # screened in the 36 months ending with the month (:func:`coverage`)
        screened = f.cut(f.covering(kind), **ages)
        return _Spans(screened.filter(screened.female), counted())

    return {f"{kind}_cancer_screening_rate": partial(rate, kind) for kind in SCREENINGS}


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
    ProgramIndicator("cervical_cancer_screening_rate", "stock", False),
    ProgramIndicator("breast_cancer_screening_rate", "stock", False),
)
BY_CODE = {p.code: p for p in PROGRAM_INDICATORS}
# Indicators by number in the counts (smaller to group, join and sort than the code), in the
# codes' order.
_CODES = tuple(sorted(BY_CODE))
_IDS = {code: i for i, code in enumerate(_CODES)}
ORDER = "order"  # the column of :func:`results` that sorts its rows
# The ages :attr:`_Frames.census` cuts the population at, for the denominators read from it.
_CENSUS_AGES = tuple(
    sorted(
        {CHILD_AGE, ELDERLY_AGE, SCREENING_AGES[0], SCREENING_AGES[1] + 1}
        | {age for age, _ in PREVALENCE.values()}
    )
)
# Each builder gives its indicators unbuilt: only those wanted are built (building an Ibis
# expression is not free); what several share is built once (the same expression, so the
# engine may compute it once).
_BUILDERS: tuple[Callable[[_Frames], Builders], ...] = (
    _ehr,
    _children,
    _maternal_child,
    _elderly,
    partial(_chronic, disease="htn"),
    partial(_chronic, disease="t2dm"),
    _smi,
    _tb,
    _contracts,
    _vaccines,
    _screenings,
)


def unit_rows(units: Sequence[str]) -> list[dict[str, object]]:
    """The org units by number (``code``, ``uid``), as :func:`monthly_counts` counts them."""
    return [{"code": code, "uid": uid} for uid, code in enumerate(units)]


def monthly_counts(
    tables: Tables,
    year: int,
    units: Sequence[str],
    *,
    materialize: Callable[[ir.Table], ir.Table] | None = None,
    only: Iterable[str] | None = None,
    together: bool = False,
) -> list[ir.Table]:
    """Numerator and denominator of every program indicator (or those in ``only``) per org
    unit of residence and month: columns ``indicator`` (its :data:`_IDS` number), ``unit``
    (its place in ``units``), ``num_1`` … ``num_12``, ``den_1`` … ``den_12`` (the months);
    one expression an indicator, or (``together``) one for all
    of them. ``materialize`` computes the shared residence spans once on the engine. The
    engine chooses: DuckDB runs one query of all indicators (what they share computed once;
    counted over the months together, one join and one aggregate instead of one an
    indicator, fewer expressions to build, compile and plan), Spark one query an indicator
    (it plans a union of thirty deep expressions far more slowly than thirty plans). The
    indicators' spans are the same expressions either way."""
    frames = _Frames(tables, year, units, materialize)
    wanted = {p.code for p in PROGRAM_INDICATORS} if only is None else set(only)
    builders: Builders = {}
    for build in _BUILDERS:
        builders.update(build(frames))
    spans = {p.code: builders[p.code]() for p in PROGRAM_INDICATORS if p.code in wanted}
    groups = [spans] if together else [{code: s} for code, s in spans.items()]
    return [_tally(group) for group in groups]


def closure_pairs(parents: dict[str, str | None]) -> list[tuple[str, str]]:
    """(unit, ancestor) for every unit and each of its ancestors, itself included."""
    pairs = []
    for code in parents:
        node: str | None = code
        while node is not None:
            pairs.append((code, node))
            node = parents.get(node)
    return pairs


def results(
    counts: ir.Table, units: Sequence[str], parents: dict[str, str | None], year: int
) -> ir.Table:
    """``counts`` (from :func:`monthly_counts` with ``units``) rolled up to every ancestor
    org unit in ``parents`` and to months, quarters and the year as the monitoring core
    aggregates them (flows add up over the months of a period, stocks take its last month):
    columns ``indicator``, ``org_unit``, ``period``, ``numerator``, ``denominator``,
    ``value``, and :data:`ORDER`, a number that sorts the rows as indicator, org unit and
    period do (sorting one integer costs less than three strings)."""
    uid = {code: i for i, code in enumerate(units)}
    pairs = closure_pairs(parents)
    ancestors = sorted({anc for _, anc in pairs})
    aid = {code: i for i, code in enumerate(ancestors)}
    closure = ibis.memtable(
        [{"unit": uid[unit], "anc": aid[anc]} for unit, anc in pairs],
        schema={"unit": "int64", "anc": "int64"},
    )
    rolled = counts.join(closure, "unit")
    parts = [f"{part}_{m}" for part in ("num", "den") for m in _MONTHS]
    rolled = rolled.group_by(["indicator", "anc"]).aggregate(**{c: rolled[c].sum() for c in parts})
    # Each period with its months: a flow adds them up, a stock takes the last.
    months = {f"{year}M{m:02d}": [m] for m in _MONTHS}
    months |= {f"{year}Q{q}": [3 * q - 2, 3 * q - 1, 3 * q] for q in range(1, 5)}
    months[str(year)] = list(_MONTHS)
    pid = {period: i for i, period in enumerate(sorted(months))}
    # Every period as weights of the twelve months, one row for flows and one for stocks:
    # the rolled counts are joined with them once (on ``flow``) and each value is the
    # weighted sum of the months, where a query of one select per period repeated the
    # twelve months' columns seventeen times. Adding the months' zeros and ones leaves the
    # sums exact and in the same order.
    periods = ibis.memtable(
        [
            {
                "period": pid[name],
                "name": name,
                "flow": flow,
                **{f"w_{m}": float(m in chosen if flow else m == chosen[-1]) for m in _MONTHS},
            }
            for name, chosen in months.items()
            for flow in (False, True)
        ],
        schema={
            "period": "int16",
            "name": "string",
            "flow": "boolean",
            **{f"w_{m}": "float64" for m in _MONTHS},
        },
    )
    names = ibis.memtable(
        {
            "indicator": list(range(len(_CODES))),
            "code": list(_CODES),
            "mult": [BY_CODE[code].multiplier for code in _CODES],
            "flow": [BY_CODE[code].kind == "flow" for code in _CODES],
        },
        schema={"indicator": "int16", "code": "string", "mult": "float64", "flow": "boolean"},
    )
    j = rolled.join(names, "indicator").join(periods, "flow")

    def weighted(part: str) -> ir.FloatingValue:
        total = j[f"{part}_1"] * j.w_1
        for m in _MONTHS[1:]:
            total = total + j[f"{part}_{m}"] * j[f"w_{m}"]
        return total

    out = j.select(
        "indicator", "anc", "period", "name", "code", "mult",
        numerator=weighted("num"), denominator=weighted("den"),
    )  # fmt: skip
    out = out.filter((out.numerator != 0) | (out.denominator != 0))
    anc_names = ibis.memtable(
        {"anc": list(range(len(ancestors))), "org_unit": ancestors},
        schema={"anc": "int64", "org_unit": "string"},
    )
    named = out.join(anc_names, "anc")
    return named.select(
        indicator=named.code,
        org_unit=named.org_unit,
        period=named["name"],
        numerator=named.numerator,
        denominator=named.denominator,
        value=ibis.ifelse(
            named.denominator > 0, named.numerator / named.denominator * named.mult, ibis.null()
        ),
        **{
            ORDER: (named.indicator.cast("int64") * len(ancestors) + named.anc) * len(pid)
            + named.period.cast("int64")
        },
    )
