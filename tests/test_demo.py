"""The demo city: deterministic, plausible, built through the real import path — and what it
builds is checked figure by figure (seed 3, year 2024)."""

from collections import Counter
from datetime import date

import pytest

from healthplan import list_departments, list_orgunits
from healthplan.analytics import Status, compute
from healthplan.collection import completeness, value_frame
from healthplan.demo import build_city, demo
from healthplan.model import OrgLevel, division_level, division_parent
from healthplan.plans import list_plans, load_plan, target_reasons
from healthplan.surveillance import metrics, signals
from paths import EVAL

CITY, MINGHU, LINJIANG, SHIQIAO = "990100000000", "990102000000", "990121000000", "990122000000"


def test_city_is_deterministic_and_shaped_like_a_city() -> None:
    city = build_city(7)
    assert city == build_city(7)
    assert city != build_city(8)
    levels = Counter(u.level for u in city.orgunits)
    assert levels[OrgLevel.city] == 1 and levels[OrgLevel.county] == 4
    assert 35 <= levels[OrgLevel.township] <= 45
    assert 500 <= levels[OrgLevel.village] <= 700
    for unit in city.orgunits:
        assert len(unit.code) == 12 and division_level(unit.code) == unit.level
        if unit.parent_code:
            assert division_parent(unit.code) == unit.parent_code
    names = Counter((u.parent_code, u.name) for u in city.orgunits)
    assert max(names.values()) == 1  # no two siblings share a name


def _gold_targets() -> Counter[str]:
    """Targets per seed document in the evaluation gold (one JSON line each)."""
    return Counter(
        {
            path.name.removesuffix(".jsonl"): len(path.read_text(encoding="utf-8").splitlines())
            for path in (EVAL / "gold").glob("*.jsonl")
        }
    )


def _hand_rate(frame, element: str, units: set[str], periods: set[str], per: float) -> float:  # type: ignore[no-untyped-def]
    """Σ numerator / Σ denominator × per over ``units`` and ``periods``, from stored values."""
    rows = frame[frame.org_unit.isin(units) & frame.period.isin(periods)]
    num = rows[rows.data_element == f"{element}_num"].value.sum()
    den = rows[rows.data_element == f"{element}_den"].value.sum()
    return float(num / den * per)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def test_demo_builds_workspace(backend: str, make_workspace, demo_copy) -> None:  # type: ignore[no-untyped-def]
    if backend == "sqlite":
        ws, summary = demo_copy(seed=3)  # the run's one build, shared with other demo tests
    else:
        ws = make_workspace(backend)
        summary = demo(ws, seed=3)

    # Org units and departments, as stored.
    stored = Counter(u.level for u in list_orgunits(ws))
    assert stored == {
        OrgLevel.city: 1,
        OrgLevel.county: 4,
        OrgLevel.township: 40,
        OrgLevel.village: 616,
    }
    assert summary.orgunits_by_level == {"市": 1, "县/区": 4, "乡镇/街道": 40, "村/社区": 616}
    departments = list_departments(ws)
    assert Counter(d.kind.value for d in departments) == {
        "office": 13,
        "institution": 59,
        "government": 17,
        "collective": 2,
    }
    assert {"市卫生健康委员会", "市疾病预防控制中心", "市爱国卫生运动委员会办公室"} <= {
        d.name for d in departments
    }

    # The plan: the three seed documents, every gold target extracted and stored for review
    # (the second plan is the 2024 task list of the tasks step, tests/test_tasks_demo.py).
    plans = list_plans(ws)
    assert len(plans) == 2
    plan = load_plan(ws, plans[0].id)
    per_document = Counter(t.source.document for t in plan.targets if t.source)
    assert per_document == _gold_targets()  # 20 + 164 + 26 = 210
    # reviewed as a planner does: what is linked to a catalog indicator confirmed, the rest
    # (custom indicators to define first) left in draft for the review pages
    linked = {
        t.id
        for t in plan.targets
        if t.indicator_code and not t.indicator_code.startswith("custom.")
    }
    confirmed = {t.id for t in plan.targets if t.status.value == "confirmed"}
    assert confirmed == linked and 0 < len(linked) < len(plan.targets)
    assert summary.plans is not None
    assert len(plan.tasks) == sum(summary.plans.tasks.values()) > 0
    assert {t.source.document for t in plan.tasks if t.source} == set(per_document)

    # Data values: 33 monthly elements in 4 township forms × 452 township-months (40 × 12,
    # less 临江县's townships in December and the randomly missing reports), and 10 annual
    # figures for the city and each county.
    frame, _ = value_frame(ws)
    monthly = frame[frame.period.str.contains("M")]
    reports = monthly[["org_unit", "period"]].drop_duplicates()
    assert len(reports) == 452
    assert monthly.data_element.nunique() == 33
    assert len(monthly) == 33 * 452  # every report complete: all its form's elements
    annual = frame[frame.period == "2024"]
    assert annual.data_element.nunique() == 10 and len(annual) == 10 * 5
    assert set(annual.org_unit) == {CITY, MINGHU, LINJIANG, SHIQIAO, "990103000000"}
    assert len(frame) == 33 * 452 + 50
    towns = {u.code: u.parent_code for u in list_orgunits(ws) if u.level is OrgLevel.township}
    december = set(monthly[monthly.period == "2024M12"].org_unit)
    assert not {t for t, county in towns.items() if county == LINJIANG} & december
    assert {t for t, county in towns.items() if county == MINGHU} <= december

    # Computed cells, worked out by hand from the stored values.
    minghu = {t for t, county in towns.items() if county == MINGHU}
    months = {f"2024M{m:02d}" for m in range(1, 13)}
    result = compute(
        ws,
        indicators=["newborn_visit_rate", "htn_mgmt_rate", "childcare_places_added"],
        org_units=[CITY, MINGHU],
        periods=["2024", "2024M06"],
    )
    cells = {(v.indicator, v.org_unit, v.period): v.value for v in result.values}
    # a flow: births and visits add up over townships and months
    expected = _hand_rate(frame, "newborn_visit_rate", minghu, months, 100)
    assert cells[("newborn_visit_rate", MINGHU, "2024")] == pytest.approx(expected)
    # a stock: the managed and registered patients of June, added over every township
    expected = _hand_rate(frame, "htn_mgmt_rate", set(towns), {"2024M06"}, 100)
    assert cells[("htn_mgmt_rate", CITY, "2024M06")] == pytest.approx(expected)
    # a count: new childcare places over the year, the whole city
    places = frame[frame.data_element == "childcare_places_added"].value.sum()
    assert cells[("childcare_places_added", CITY, "2024")] == pytest.approx(places)

    # Timeliness: 石桥县 reports 14-25 days after the month (due in 10), 明湖区 in 2-9.
    quality = {c.org_unit: c for c in completeness(ws, "phc_monthly", "2024")}
    assert quality[SHIQIAO].on_time == 0 and quality[SHIQIAO].reported > 0
    assert quality[MINGHU].on_time == quality[MINGHU].reported > 0

    # Surveillance: the daily channel counts, by hand: cases (3 series per county) from
    # 2020-12-01, five other county channels and school absenteeism per township from
    # 2023-12-01, all to 2024-12-31 (1492 and 397 days).
    assert summary.surveillance is not None
    assert summary.surveillance.counts_written == 1492 * 3 * 4 + 397 * 5 * 4 + 397 * 40
    assert summary.surveillance.detected == len(summary.surveillance.outbreaks) == 4
    found = signals(ws, include_weak=True)
    single = [(s.kind, s.disease, s.org_unit, s.day) for s in found if s.kind == "single_case"]
    cholera = next(o for o in summary.surveillance.outbreaks if o.disease == "cholera")
    # the one injected cholera case, and nothing else, is a single-case signal
    assert single == [("single_case", "cholera", cholera.county, cholera.start)]
    assert cholera.start == date(2024, 9, 27)
    kinds = Counter(s.kind for s in found)
    assert kinds == {"channel": 697, "fused": 58, "cluster": 16, "single_case": 1}
    seen = metrics(ws)
    assert seen.due == kinds["fused"] + kinds["cluster"] + kinds["single_case"]
    assert seen.verified + seen.overdue_open == seen.due  # each verified or still open

    # The bulletins carry the commission's 发文字号; each city target behind has its reason.
    behind = {
        r.target_id
        for r in summary.monitoring.report.rows
        if r.org_unit == CITY and r.status in (Status.behind, Status.far_behind)
    }
    assert behind and set(target_reasons(ws)) == behind
    annual = (ws.home / "reports" / "annual-2024.html").read_text(encoding="utf-8")
    assert "云卫规〔2024〕1号" in annual
