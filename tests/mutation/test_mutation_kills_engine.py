"""The aggregate engine's roll-up rules, worked by hand on a small city. The mutation run of
``analytics/engine.py`` found them unguarded: which rows exist, what each row's numerator,
denominator and value are, how each aggregation combines periods and units, how formulas,
constants and category options are read, what an incremental update recomputes, and what a
window of dates takes in.

The city: C ← districts A, B; A ← townships a1, a2; B ← township b1. Values are monthly in
2024 unless a test says otherwise. The engine is built directly (``Engine`` is what
``analytics.load_engine`` builds from a store), so no database is needed."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from healthplan.analytics import Engine, IndicatorValue, Window
from healthplan.model import Aggregation, DataElement, Indicator

UNITS = [("C", None), ("A", "C"), ("B", "C"), ("a1", "A"), ("a2", "A"), ("b1", "B")]

# township, month, visits, births
VISITS_BIRTHS = [
    ("a1", "2024M01", 9, 10),
    ("a1", "2024M02", 18, 20),
    ("a2", "2024M01", 45, 90),
    ("b1", "2024M03", 5, 0),
]

VISIT_RATE = Indicator(
    code="visit_rate", name="访视率", numerator="#{visits}", denominator="#{births}", multiplier=100
)
BIRTHS = Indicator(code="births_total", name="出生数", numerator="#{births}", aggregation="sum")

Row = tuple[float | None, float | None, float | None]  # numerator, denominator, value


def _frame(rows: list[tuple[str, str, str, float]], category: str = "default") -> pd.DataFrame:
    """Raw values as the store hands them over: element, org unit, period, value."""
    return pd.DataFrame(
        [(de, category, ou, period, value) for de, ou, period, value in rows],
        columns=["de", "cat", "ou", "period", "value"],
    )


def _visits_births() -> pd.DataFrame:
    rows: list[tuple[str, str, str, float]] = []
    for unit, month, visits, births in VISITS_BIRTHS:
        rows += [("visits", unit, month, visits), ("births", unit, month, births)]
    return _frame(rows)


def _rows(values: list[IndicatorValue], indicator: str) -> dict[tuple[str, str], Row]:
    return {
        (v.org_unit, v.period): (v.numerator, v.denominator, v.value)
        for v in values
        if v.indicator == indicator
    }


def _close(got: dict[tuple[str, str], Row], expected: dict[tuple[str, str], Row]) -> None:
    assert got.keys() == expected.keys()
    for key, want in expected.items():
        assert got[key] == pytest.approx(want), key


# visit_rate = visits / births × 100, every row (unit, period): numerator, denominator, value.
VISIT_RATE_ROWS: dict[tuple[str, str], Row] = {
    ("a1", "2024M01"): (9, 10, 90),
    ("a1", "2024M02"): (18, 20, 90),
    ("a1", "2024Q1"): (27, 30, 90),  # 9 + 18 over 10 + 20
    ("a1", "2024"): (27, 30, 90),
    ("a2", "2024M01"): (45, 90, 50),
    ("a2", "2024Q1"): (45, 90, 50),
    ("a2", "2024"): (45, 90, 50),
    ("b1", "2024M03"): (5, 0, None),  # no births: no rate, not an error or infinity
    ("b1", "2024Q1"): (5, 0, None),
    ("b1", "2024"): (5, 0, None),
    ("A", "2024M01"): (54, 100, 54),  # (9 + 45) / (10 + 90), not the mean of 90 and 50
    ("A", "2024M02"): (18, 20, 90),
    ("A", "2024Q1"): (72, 120, 60),  # (9 + 18 + 45) / (10 + 20 + 90)
    ("A", "2024"): (72, 120, 60),
    ("B", "2024M03"): (5, 0, None),
    ("B", "2024Q1"): (5, 0, None),
    ("B", "2024"): (5, 0, None),
    ("C", "2024M01"): (54, 100, 54),
    ("C", "2024M02"): (18, 20, 90),
    ("C", "2024M03"): (5, 0, None),
    ("C", "2024Q1"): (77, 120, 77 / 120 * 100),  # 72 + 5 over 120 + 0
    ("C", "2024"): (77, 120, 77 / 120 * 100),
}


def test_a_rate_is_the_ratio_of_sums_in_every_unit_and_period() -> None:
    # no element declared: every operand is summed; one DuckDB thread
    engine = Engine([VISIT_RATE, BIRTHS], [], UNITS, threads=1)
    engine.load_values(_visits_births())
    got = engine.values()
    _close(_rows(got, "visit_rate"), VISIT_RATE_ROWS)
    # a count has no denominator and keeps its multiplier of 1: births summed up
    births = _rows(got, "births_total")
    assert births[("C", "2024")] == (120, None, 120)  # 10 + 20 + 90 + 0
    assert births[("A", "2024M02")] == (20, None, 20)
    assert births[("b1", "2024M03")] == (0, None, 0)  # a reported 0 is a value
    assert len(births) == 22  # the same unit-periods as visit_rate
    # sorted by indicator, unit, period
    assert [(v.indicator, v.org_unit, v.period) for v in got][:6] == [
        ("births_total", "A", "2024"),
        ("births_total", "A", "2024M01"),
        ("births_total", "A", "2024M02"),
        ("births_total", "A", "2024Q1"),
        ("births_total", "B", "2024"),
        ("births_total", "B", "2024M03"),
    ]
    assert [(v.indicator, v.org_unit, v.period) for v in got][-2:] == [
        ("visit_rate", "b1", "2024M03"),
        ("visit_rate", "b1", "2024Q1"),
    ]


def test_values_are_filtered_by_indicator_unit_and_period() -> None:
    engine = Engine([VISIT_RATE, BIRTHS], [], UNITS)
    engine.load_values(_visits_births())
    # unknown codes are no match, not an error
    got = engine.values(["visit_rate", "nosuch"], ["A", "a2", "zz"], ["2024Q1", "2099"])
    assert got == [
        IndicatorValue("visit_rate", "A", "2024Q1", 72, 120, 60),
        IndicatorValue("visit_rate", "a2", "2024Q1", 45, 90, 50),
    ]
    assert [(v.org_unit, v.period) for v in engine.values(org_units=["b1"])] == [
        ("b1", "2024"),
        ("b1", "2024M03"),
        ("b1", "2024Q1"),
    ] * 2  # births_total, then visit_rate
    assert len(engine.values(periods=["2024M02"])) == 6  # a1, A, C for each indicator
    assert engine.values(indicators=["nosuch"]) == []


def test_each_aggregation_combines_periods_and_units_its_way() -> None:
    elements = [
        DataElement(code="pop", name="常住人口", aggregation=Aggregation.last),
        DataElement(code="score", name="满意度", aggregation=Aggregation.average),
        DataElement(code="visits", name="访视数"),
    ]
    indicators = [
        # a single reported figure is taken as reported: its multiplier of 100 is not applied
        Indicator(code="pop_as_reported", name="常住人口", numerator="#{pop}", multiplier=100),
        Indicator(code="avg_score", name="平均满意度", numerator="#{score}", aggregation="average"),
        Indicator(
            code="own_score", name="满意度（不汇总）", numerator="#{score}", aggregation="none"
        ),
        # the indicator's "last" overrides the element's sum
        Indicator(
            code="latest_visits", name="最近访视数", numerator="#{visits}", aggregation="last"
        ),
        Indicator(code="visits_total", name="访视数", numerator="#{visits}", aggregation="sum"),
    ]
    engine = Engine(indicators, elements, UNITS)
    engine.load_values(
        _frame(
            [
                ("pop", "a1", "2024M01", 120),
                ("pop", "a1", "2024M03", 100),  # the latest, though smaller
                ("pop", "a2", "2024M02", 50),
                ("score", "a1", "2024M01", 4),
                ("score", "a1", "2024M02", 5),
                ("score", "a2", "2024M01", 3),
                ("visits", "a1", "2024M01", 9),
                ("visits", "a1", "2024M02", 18),
            ]
        )
    )
    got = engine.values()
    pop = _rows(got, "pop_as_reported")
    assert pop[("a1", "2024Q1")] == (100, None, 100)  # March's, not 120 + 100
    assert pop[("A", "2024Q1")] == (150, None, 150)  # a1's March + a2's February
    assert pop[("A", "2024M01")] == (120, None, 120)
    assert pop[("C", "2024")] == (150, None, 150)
    avg = _rows(got, "avg_score")
    assert avg[("a1", "2024Q1")][2] == pytest.approx(4.5)  # (4 + 5) / 2
    assert avg[("A", "2024M01")][2] == pytest.approx(3.5)  # (4 + 3) / 2
    assert avg[("A", "2024Q1")][2] == pytest.approx(4)  # (4 + 5 + 3) / 3
    # not aggregatable: a unit's own figure, the latest within a longer period, no district
    assert _rows(got, "own_score") == {
        ("a1", "2024M01"): (4, None, 4),
        ("a1", "2024M02"): (5, None, 5),
        ("a1", "2024Q1"): (5, None, 5),
        ("a1", "2024"): (5, None, 5),
        ("a2", "2024M01"): (3, None, 3),
        ("a2", "2024Q1"): (3, None, 3),
        ("a2", "2024"): (3, None, 3),
    }
    assert _rows(got, "latest_visits")[("a1", "2024Q1")] == (18, None, 18)
    assert _rows(got, "visits_total")[("a1", "2024Q1")] == (27, None, 27)


def test_an_average_over_category_options_counts_each_unit_month_once() -> None:
    doctors = DataElement(
        code="doctors", name="在岗医生数", aggregation=Aggregation.average, categories=["男", "女"]
    )
    indicators = [
        Indicator(code="doctors", name="在岗医生数", numerator="#{doctors}", aggregation="average"),
        Indicator(code="men", name="男医生数", numerator="#{doctors.男}", aggregation="average"),
    ]
    engine = Engine(indicators, [doctors], UNITS)
    engine.load_values(
        pd.concat(
            [
                _frame([("doctors", "a1", "2024M01", 10), ("doctors", "a1", "2024M02", 12)], "男"),
                _frame([("doctors", "a1", "2024M01", 20), ("doctors", "a1", "2024M02", 22)], "女"),
            ]
        )
    )
    got = engine.values(org_units=["a1", "A"], periods=["2024M01", "2024Q1"])
    assert [(v.indicator, v.org_unit, v.period, v.value) for v in got] == [
        ("doctors", "A", "2024M01", 30),  # 10 + 20
        ("doctors", "A", "2024Q1", 32),  # (30 + 34) / 2 months, not / 4 rows
        ("doctors", "a1", "2024M01", 30),
        ("doctors", "a1", "2024Q1", 32),
        ("men", "A", "2024M01", 10),
        ("men", "A", "2024Q1", 11),  # (10 + 12) / 2
        ("men", "a1", "2024M01", 10),
        ("men", "a1", "2024Q1", 11),
    ]


def test_formulas_constants_and_category_options() -> None:
    cases = DataElement(code="cases", name="病例数", categories=["m", "f"])
    indicators = [
        Indicator(
            code="female_cases", name="女性病例数", numerator="#{cases.f}", aggregation="sum"
        ),
        Indicator(code="cases", name="病例数", numerator="#{cases}", aggregation="sum"),
        # a formula numerator over a single-operand denominator; k = 2
        Indicator(
            code="missed",
            name="未访视率",
            numerator="(#{births} - #{visits}) * C{k}",
            denominator="#{births}",
            multiplier=50,
        ),
        # a denominator of constants only divides the multiplier: births × 1000 / (5 × 2)
        Indicator(
            code="per_std",
            name="标化出生",
            numerator="#{births}",
            denominator="C{std} * 2",
            multiplier=1000,
        ),
        # a formula numerator keeps its multiplier
        Indicator(code="both", name="合计", numerator="#{visits} + #{births}", multiplier=2),
    ]
    engine = Engine(indicators, [cases], UNITS, {"k": 2.0, "std": 5.0})
    engine.load_values(
        pd.concat(
            [
                _visits_births(),
                _frame([("cases", "a1", "2024M01", 3)], "m"),
                _frame([("cases", "a1", "2024M01", 4), ("cases", "a2", "2024M01", 6)], "f"),
            ]
        )
    )
    got = engine.values()
    assert _rows(got, "female_cases") == {
        (ou, p): (v, None, v)
        for ou, v in (("a1", 4), ("a2", 6), ("A", 10), ("C", 10))
        for p in ("2024M01", "2024Q1", "2024")
    }
    assert _rows(got, "cases")[("A", "2024M01")] == (13, None, 13)  # 3 + 4 + 6
    missed = _rows(got, "missed")
    assert missed[("a1", "2024M01")] == pytest.approx((2, 10, 10))  # (10 - 9) × 2 / 10 × 50
    assert missed[("A", "2024Q1")] == pytest.approx((96, 120, 40))  # (120 - 72) × 2 / 120 × 50
    assert missed[("b1", "2024M03")] == (-10, 0, None)  # (0 - 5) × 2 over no births
    assert len(missed) == 22  # the unit-periods with births or visits
    per_std = _rows(got, "per_std")
    assert per_std[("A", "2024Q1")] == pytest.approx((120, None, 12000))
    assert per_std[("a1", "2024M02")] == pytest.approx((20, None, 2000))
    both = _rows(got, "both")
    assert both[("A", "2024Q1")] == pytest.approx((192, None, 384))  # 2 × (72 + 120)
    assert both[("b1", "2024M03")] == pytest.approx((5, None, 10))  # 2 × (5 + 0)


def test_weeks_and_days_roll_up_into_the_months_quarters_and_years_that_hold_them() -> None:
    engine = Engine([BIRTHS], [], UNITS)
    # 2024W05 runs from Monday 29 January to Sunday 4 February: in no single month
    engine.load_values(_frame([("births", "a1", "2024W05", 7), ("births", "a1", "20240315", 2)]))
    assert _rows(engine.values(org_units=["a1"]), "births_total") == {
        ("a1", "2024M03"): (2, None, 2),
        ("a1", "2024Q1"): (9, None, 9),
        ("a1", "2024"): (9, None, 9),
    }


def test_a_parent_outside_the_unit_list_still_sums_its_children() -> None:
    # only the township is listed; its district is known from the township's parent
    engine = Engine([BIRTHS], [], [("a1", "A")])
    engine.load_values(_frame([("births", "a1", "2024M01", 3)]))
    assert _rows(engine.values(periods=["2024M01"]), "births_total") == {
        ("a1", "2024M01"): (3, None, 3),
        ("A", "2024M01"): (3, None, 3),
    }


MISSED = Indicator(
    code="missed",
    name="未访视率",
    numerator="(#{births} - #{visits}) * 2",
    denominator="#{births}",
    multiplier=50,
)
# a formula over visits only
DOUBLE_VISITS = Indicator(code="double_visits", name="访视数×2", numerator="#{visits} * 2")


def test_an_update_recomputes_what_it_touches_and_nothing_else() -> None:
    indicators = [VISIT_RATE, BIRTHS, MISSED, DOUBLE_VISITS]
    engine = Engine(indicators, [], UNITS)
    # the first update of an engine not yet computed computes it all: 22 rows per indicator
    assert engine.apply(_visits_births()) == 88
    before = {(v.indicator, v.org_unit, v.period): v for v in engine.values()}
    # a1's January births corrected from 10 to 15; a2 reports 5 visits in February
    change = _frame([("births", "a1", "2024M01", 15), ("visits", "a2", "2024M02", 5)])
    # keys recomputed: births in {a1, A, C} × {M01, Q1, 2024} (9) and visits in
    # {a2, A, C} × {M02, Q1, 2024} (9); visit_rate and missed use both, sharing A and C's
    # Q1 and 2024 (9 + 9 - 4 = 14 each); births_total uses births only (9), double_visits
    # visits only (9): 14 + 14 + 9 + 9
    assert engine.apply(change) == 46
    got = engine.values()
    rate = _rows(got, "visit_rate")
    assert rate[("a1", "2024M01")] == pytest.approx((9, 15, 60))  # replaced, not 10 + 15
    assert rate[("A", "2024M01")] == pytest.approx((54, 105, 54 / 105 * 100))
    assert rate[("A", "2024M02")] == pytest.approx((23, 20, 115))  # 18 + 5 over 20
    assert rate[("a2", "2024M02")] == (5, None, None)  # visits without births
    assert rate[("A", "2024Q1")] == pytest.approx((77, 125, 61.6))
    assert rate[("C", "2024")] == pytest.approx((82, 125, 65.6))
    assert _rows(got, "births_total")[("C", "2024")] == (125, None, 125)
    missed = _rows(got, "missed")
    assert missed[("a1", "2024M01")] == pytest.approx((12, 15, 40))  # (15 - 9) × 2 / 15 × 50
    assert missed[("A", "2024Q1")] == pytest.approx((96, 125, 38.4))  # (125 - 77) × 2
    assert missed[("a2", "2024M02")] == (-10, None, None)
    double = _rows(got, "double_visits")
    assert double[("A", "2024M02")] == (46, None, 46)  # (18 + 5) × 2
    assert double[("a1", "2024M01")] == (18, None, 18)  # once, though a1's births changed
    # untouched rows are as they were
    assert {k: v for k, v in before.items() if k[1] == "B"} == {
        (v.indicator, v.org_unit, v.period): v for v in got if v.org_unit == "B"
    }
    # new: a2's February for visit_rate, missed and double_visits; A's was there
    assert len(got) == 88 + 3
    # the same as computing everything again
    fresh = Engine(indicators, [], UNITS)
    fresh.load_values(
        pd.concat([_visits_births(), change]).drop_duplicates(
            ["de", "cat", "ou", "period"], keep="last"
        )
    )
    again = fresh.values()
    assert [(v.indicator, v.org_unit, v.period) for v in again] == [
        (v.indicator, v.org_unit, v.period) for v in got
    ]
    for new, old in zip(again, got, strict=True):
        assert (new.numerator, new.denominator, new.value) == pytest.approx(
            (old.numerator, old.denominator, old.value)
        )


def test_a_window_takes_the_periods_wholly_inside_it() -> None:
    pop = DataElement(code="pop", name="常住人口", aggregation=Aggregation.last)
    pop_indicator = Indicator(code="pop", name="常住人口", numerator="#{pop}")
    # births_total and double_visits share the operands of those asked for
    engine = Engine([VISIT_RATE, MISSED, pop_indicator, BIRTHS, DOUBLE_VISITS], [pop], UNITS)
    engine.load_values(
        pd.concat(
            [
                _visits_births(),
                _frame([("pop", "a1", "2024M01", 120), ("pop", "a1", "2024M03", 100)]),
            ]
        )
    )
    engine.compute()
    windows = [
        Window("jan-feb", date(2024, 1, 1), date(2024, 2, 29)),  # both ends on a month's
        Window("feb-mar", date(2024, 2, 1), date(2024, 3, 31)),
        Window("mid-jan", date(2024, 1, 2), date(2024, 3, 31)),  # January is not inside
    ]
    got = engine.window_values(windows, ["visit_rate", "missed", "pop", "nosuch"], ["A", "C", "zz"])
    assert [(v.indicator, v.org_unit, v.period) for v in got] == [
        (ind, ou, w)
        for ind in ("missed", "pop", "visit_rate")
        for ou in ("A", "C")
        for w in ("feb-mar", "jan-feb", "mid-jan")
    ]
    found = {
        (v.indicator, v.org_unit, v.period): (v.numerator, v.denominator, v.value) for v in got
    }
    assert found[("visit_rate", "A", "jan-feb")] == pytest.approx(
        (72, 120, 60)
    )  # January and February
    assert found[("visit_rate", "C", "jan-feb")] == pytest.approx((72, 120, 60))  # not b1's March
    assert found[("visit_rate", "A", "feb-mar")] == pytest.approx((18, 20, 90))
    assert found[("visit_rate", "C", "feb-mar")] == pytest.approx(
        (23, 20, 115)
    )  # 18 + 5 over 20 + 0
    assert found[("visit_rate", "C", "mid-jan")] == pytest.approx((23, 20, 115))
    # (births - visits) × 2 / births × 50 over January and February: (120 - 72) × 2 = 96
    assert found[("missed", "A", "jan-feb")] == pytest.approx((96, 120, 40))
    assert found[("pop", "A", "jan-feb")] == pytest.approx((120, None, 120))  # a1's January
    assert found[("pop", "A", "feb-mar")] == pytest.approx(
        (100, None, 100)
    )  # a1's March, the latest
    # nothing asked for: nothing found
    assert engine.window_values(windows, ["nosuch"], ["A"]) == []
    assert (
        engine.window_values([Window("w", date(2025, 1, 1), date(2025, 12, 31))], ["pop"], ["A"])
        == []
    )
