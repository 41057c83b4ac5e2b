"""A year of monthly reports for the demo city: each township's 卫生院 / 社区卫生服务中心
reports the figures behind the plan's indicators (or, with no plan imported, a default set of
common ones) every month, through the real import path. Deterministic from the seed; two
districts lag behind, one county reports late, some reports are missing. Then compute and
assess: if no target is linked to an indicator yet, the demo adds its own annual targets so
the assessment is never empty."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from healthplan.analytics import AssessmentReport, assess
from healthplan.collection import (
    DataSet,
    RawValue,
    import_values,
    install_catalog,
    list_data_elements,
    list_indicators,
    save_data_elements,
    save_data_set,
    save_indicators,
)
from healthplan.demo.city import CITY_CODE, DemoCity
from healthplan.model import (
    Aggregation,
    Comparator,
    DataElement,
    Direction,
    Indicator,
    OrgLevel,
    Period,
    PeriodType,
    Plan,
    PlanKind,
    ReviewStatus,
    Target,
)
from healthplan.plans import active_targets, save_plan
from healthplan.store import Workspace

__all__ = ["DEFAULT_INDICATORS", "MonitoringSummary", "simulate_monitoring"]

DATA_SET = "phc_monthly"
# Monthly forms of the township health centres: (code, name, collecting department, indicators)
FORMS = [
    (
        "mch_monthly",
        "妇幼健康服务月报（演示）",
        "city.hc.mch",
        re.compile(r"newborn|child|postpartum|infant|maternal|under5|neonatal|childcare"),
    ),
    ("cdc_monthly", "疾病预防控制月报（演示）", "city.hc.disease", re.compile(r"^smi_|^tb_")),
    (
        "resources_monthly",
        "卫生资源月报（演示）",
        "city.hc.planning",
        re.compile(r"per_1000|per_10000|beds"),
    ),
    (DATA_SET, "基本公共卫生服务月报（演示）", "city.hc.primary", re.compile(r"")),
]
ANNUAL_DATA_SET = "annual_stats"
# code → (typical level, demo target, comparator, responsible department)
DEFAULT_INDICATORS: dict[str, tuple[float, float, str, str]] = {
    "ehr_filing_rate": (91, 90, ">=", "市卫生健康委基层卫生健康科"),
    "ehr_electronic_filing_rate": (84, 85, ">=", "市卫生健康委规划发展与信息化科"),
    "htn_mgmt_rate": (66, 65, ">=", "市卫生健康委基层卫生健康科"),
    "htn_standardized_mgmt_rate": (63, 65, ">=", "市卫生健康委基层卫生健康科"),
    "t2dm_standardized_mgmt_rate": (60, 65, ">=", "市卫生健康委基层卫生健康科"),
    "newborn_visit_rate": (96.5, 95, ">=", "市卫生健康委妇幼健康科"),
    "child_health_mgmt_rate": (92.5, 92, ">=", "市卫生健康委妇幼健康科"),
    "postpartum_visit_rate": (94, 95, ">=", "市卫生健康委妇幼健康科"),
    "smi_mgmt_rate": (91, 90, ">=", "市卫生健康委疾病预防控制科"),
    "infant_mortality_rate": (4.2, 5, "<=", "市卫生健康委妇幼健康科"),
    "childcare_places_added": (820, 800, ">=", "市卫生健康委老龄健康科"),
}
LAGGING = {"990102000000": 0.9, "990121000000": 0.93}  # 明湖区, 临江县 lag behind
LATE = "990122000000"  # 石桥县 reports late


@dataclass
class MonitoringSummary:
    indicators: list[str]
    values: int
    demo_targets: int
    report: AssessmentReport


def _custom(ws: Workspace) -> None:
    save_data_elements(
        ws, [DataElement(code="childcare_places_added", name="新增3岁以下婴幼儿托位数", unit="个")]
    )
    save_indicators(
        ws,
        [
            Indicator(
                code="childcare_places_added",
                name="新增托位数",
                numerator="#{childcare_places_added}",
                unit="个",
                aggregation=Aggregation.sum,
                custom=True,
                source="demo",
            )
        ],
    )


def _linked(ws: Workspace) -> set[str]:
    return {t.indicator_code for _, t in active_targets(ws) if t.indicator_code}


def _elements(indicator: Indicator) -> list[str]:
    return [
        (text or "").removeprefix("#{").removesuffix("}")
        for text in (indicator.numerator, indicator.denominator)
        if text
    ]


def _simulable(indicator: Indicator) -> bool:
    parts = [p for p in (indicator.numerator, indicator.denominator) if p]
    return indicator.aggregation in (Aggregation.ratio, Aggregation.sum) and all(
        p.startswith("#{") and p.endswith("}") and p.count("#{") == 1 for p in parts
    )


def simulate_monitoring(
    ws: Workspace, city: DemoCity, seed: int, year: int, computed: frozenset[str] = frozenset()
) -> MonitoringSummary:
    """Simulate the monthly reports of every indicator in use except those ``computed``
    from service records (their values are already stored), then assess."""
    install_catalog(ws)
    _custom(ws)
    indicators = list_indicators(ws)
    elements = list_data_elements(ws)
    wanted = [
        c
        for c in sorted(_linked(ws) | set(DEFAULT_INDICATORS))
        if c in indicators and c not in computed
    ]
    chosen = [indicators[c] for c in wanted if _simulable(indicators[c])]
    form_of = {ind.code: _form(ind.code) for ind in chosen}
    for code, name, department, _ in FORMS:
        members = [e for ind in chosen if form_of[ind.code] == code for e in _elements(ind)]
        if members:
            save_data_set(
                ws,
                DataSet(
                    code=code,
                    name=name,
                    period_type=PeriodType.month,
                    org_level=OrgLevel.township,
                    elements=list(dict.fromkeys(members)),
                    department_code=department,
                    due_days=10,
                ),
            )
    targets = _targets_by_indicator(ws)
    rng = random.Random(seed * 7919 + year)
    towns = [u for u in city.orgunits if u.level is OrgLevel.township]
    county_of = {u.code: u.parent_code or "" for u in towns}
    size = {u.code: rng.randint(15_000, 60_000) for u in towns}
    total = 0
    for month in Period.parse(str(year)).periods("month"):
        by_county: dict[tuple[str, str], list[RawValue]] = {}
        for town in towns:
            county = county_of[town.code]
            if rng.random() < 0.04 or (county == "990121000000" and month.index == 12):
                continue  # a missing report
            for indicator in chosen:
                level = targets.get(indicator.code, DEFAULT_INDICATORS.get(indicator.code, (0, 0)))[
                    0
                ]
                values = _figures(
                    indicator,
                    elements,
                    level,
                    LAGGING.get(county, 1.0),
                    size[town.code],
                    month.index,
                    rng,
                )
                for element, value in values.items():
                    by_county.setdefault((form_of[indicator.code], county), []).append(
                        RawValue(element, month.id, town.code, value, file="demo")
                    )
        for (form, county), raw in sorted(by_county.items()):
            delay = rng.randint(14, 25) if county == LATE else rng.randint(2, 9)
            received = datetime.combine(month.end + timedelta(days=delay), time(9), UTC)
            total += import_values(ws, raw, data_set=form, received_at=received).total
    total += _annual_figures(ws, city, [indicators[c] for c in wanted], targets, year, rng)
    added = 0 if _linked(ws) else _demo_targets(ws, year, indicators)
    return MonitoringSummary(wanted, total, added, assess(ws, include_drafts=True))


def _form(code: str) -> str:
    return next(form for form, _, _, pattern in FORMS if pattern.search(code))


def _annual_figures(
    ws: Workspace,
    city: DemoCity,
    indicators: list[Indicator],
    targets: dict[str, tuple[float, float, str, str]],
    year: int,
    rng: random.Random,
) -> int:
    """Figures that cannot be added up (预期寿命, 接种率 from surveys): one value a year for
    the city and each county, reported in their own yearly data set."""
    single = [
        i
        for i in indicators
        if i.aggregation is Aggregation.none
        and i.denominator is None
        and (i.numerator or "").count("#{") == 1
        and i.code in targets
    ]
    if not single:
        return 0
    codes = [_elements(i)[0] for i in single]
    save_data_set(
        ws,
        DataSet(
            code=ANNUAL_DATA_SET,
            name="卫生健康统计年报（演示）",
            period_type=PeriodType.year,
            org_level=OrgLevel.county,
            elements=codes,
            department_code="city.hc.planning",
            due_days=60,
        ),
    )
    units = [u for u in city.orgunits if u.level in (OrgLevel.city, OrgLevel.county)]
    raw = []
    for indicator, code in zip(single, codes, strict=True):
        level = targets[indicator.code][0]
        lower = indicator.direction is Direction.lower_is_better
        for unit in units:
            lag = LAGGING.get(unit.code, 1.0)
            factor = (2 - lag if lower else lag) * rng.uniform(0.98, 1.03)
            raw.append(RawValue(code, str(year), unit.code, round(level * factor, 2), file="demo"))
    received = datetime.combine(date(year + 1, 1, 20), time(9), UTC)
    return import_values(ws, raw, received_at=received).total


def _figures(
    indicator: Indicator,
    elements: dict[str, DataElement],
    level: float,
    lag: float,
    population: int,
    month: int,
    rng: random.Random,
) -> dict[str, float]:
    parts = _elements(indicator)
    if indicator.aggregation is Aggregation.sum:
        monthly = level / 40 / 12 * lag * rng.uniform(0.6, 1.4)
        return {parts[0]: float(round(monthly))}
    num, den = parts
    lower = indicator.direction is Direction.lower_is_better
    rate = level * (2 - lag if lower else lag) * rng.uniform(0.97, 1.03)
    if not lower:
        rate *= 0.97 + 0.04 * month / 12  # stock figures improve over the year
    stock = elements[den].aggregation is Aggregation.last
    base = population * (0.12 if stock else 0.0009)
    denominator = round(base * (1 + 0.002 * month if stock else rng.uniform(0.8, 1.2)))
    share = min(rate / indicator.multiplier, 1.0)
    numerator = (
        round(denominator * share)
        if not lower
        else sum(rng.random() < share for _ in range(max(denominator, 0)))
    )
    return {num: float(numerator), den: float(denominator)}


def _targets_by_indicator(ws: Workspace) -> dict[str, tuple[float, float, str, str]]:
    """A typical level for each indicator the imported targets link to: just short of the
    target (so some units meet it and lagging ones do not)."""
    out: dict[str, tuple[float, float, str, str]] = {}
    for _, target in active_targets(ws):
        code = target.indicator_code or ""
        if not code or code in DEFAULT_INDICATORS or target.cumulative or code in out:
            continue
        goal: float = target.value
        comparator = target.comparator
        if comparator in (Comparator.increase_by, Comparator.decrease_by):
            if target.baseline_value is None:
                continue
            sign = 1 if comparator is Comparator.increase_by else -1
            goal = target.baseline_value + sign * target.value
        lower = comparator in (Comparator.le, Comparator.lt, Comparator.decrease_by)
        out[code] = (goal * (1.02 if lower else 0.99), goal, comparator.value, "")
    return out


DEMO_PLAN = "云川市2024年卫生健康重点工作目标（演示）"


def _demo_targets(ws: Workspace, year: int, indicators: dict[str, Indicator]) -> int:
    targets = [
        Target(
            indicator_text=indicators[code].name,
            indicator_code=code,
            comparator=Comparator(comparator),
            value=value,
            deadline=year,
            org_unit_code=CITY_CODE,
            departments=[department],
            cumulative=code == "childcare_places_added",
            status=ReviewStatus.confirmed,
        )
        for code, (_, value, comparator, department) in DEFAULT_INDICATORS.items()
    ]
    plan = Plan(
        title=DEMO_PLAN,
        kind=PlanKind.annual,
        period=Period.parse(str(year)),
        org_unit_code=CITY_CODE,
        issuer="云川市卫生健康委员会",
        status=ReviewStatus.confirmed,
        targets=targets,
    )
    save_plan(ws, plan)
    return len(DEFAULT_INDICATORS)
