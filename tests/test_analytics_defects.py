"""The store-backed assessment against the defects of issue 11, one test each, on the tiny
city of ``collection_helpers`` (C > A (a1, a2), B (b1)). Every expected figure is worked out
by hand beside it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from assessment_helpers import row_of, save_targets
from collection_helpers import small_city
from healthplan.analytics import Status, assess
from healthplan.collection import RawValue, import_values, save_data_elements, save_indicators
from healthplan.model import (
    Aggregation,
    DataElement,
    Department,
    DepartmentKind,
    Direction,
    Indicator,
    ReviewStatus,
    Task,
)
from healthplan.store import save_departments

RECEIVED = datetime(2026, 1, 5, tzinfo=UTC)


def _values(ws, rows: list[tuple[str, str, str, float]]) -> None:  # type: ignore[no-untyped-def]
    import_values(ws, [RawValue(e, p, u, v) for e, p, u, v in rows], received_at=RECEIVED)


def _rate(  # type: ignore[no-untyped-def]
    ws, tmp_path, periods: dict[str, tuple[int, int]], unit: str = "a1", code: str = "visit_rate"
) -> None:
    """visit_rate (monthly) or literacy (any period) at ``unit``: period → (numerator,
    denominator)."""
    small_city(ws, tmp_path)
    _custom(ws)
    num, den = ("visits", "births") if code == "visit_rate" else ("aware", "surveyed")
    _values(ws, [(e, p, unit, v) for p, (n, d) in periods.items() for e, v in ((num, n), (den, d))])


def _custom(ws) -> None:  # type: ignore[no-untyped-def]
    """A lower-is-better rate (deaths per 1000 births), a flow count, a stock count and a rate
    reported by year or by month (in no data set)."""
    save_data_elements(
        ws,
        [
            DataElement(code="deaths", name="婴儿死亡数"),
            DataElement(code="places", name="新增托位数"),
            DataElement(code="hospitals", name="社区医院数", aggregation=Aggregation.last),
            DataElement(code="aware", name="具备素养人数"),
            DataElement(code="surveyed", name="调查人数"),
        ],
    )
    save_indicators(
        ws,
        [
            Indicator(
                code="imr",
                name="婴儿死亡率",
                numerator="#{deaths}",
                denominator="#{births}",
                multiplier=1000,
                unit="‰",
                direction=Direction.lower_is_better,
            ),
            Indicator(
                code="places_added",
                name="新增托位数",
                numerator="#{places}",
                unit="个",
                aggregation=Aggregation.sum,
            ),
            Indicator(
                code="community_hospitals",
                name="社区医院数",
                numerator="#{hospitals}",
                unit="家",
                aggregation=Aggregation.last,
            ),
            Indicator(
                code="literacy",
                name="健康素养水平",
                numerator="#{aware}",
                denominator="#{surveyed}",
                multiplier=100,
                unit="%",
            ),
        ],
    )


# D1 — 下降10% from 15 is 13.5 (not 5.0); 提高5% from 40 is 42 (not 45).
def test_relative_targets_multiply_the_baseline(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _rate(ws, tmp_path, {"2024M01": (133, 1000)})  # 13.3 %
    save_targets(
        ws,
        [
            dict(
                indicator_code="visit_rate",
                comparator="decrease_by",
                value=10,
                unit="%",
                baseline_value=15.0,
                baseline_year=2023,
                deadline=2024,
            ),
            dict(
                indicator_code="visit_rate",
                comparator="increase_by",
                value=5,
                unit="%",
                baseline_value=12.0,
                baseline_year=2023,
                deadline=2024,
            ),
        ],
    )
    report = assess(ws, as_of=date(2024, 1, 31))
    down = row_of(report, comparator="decrease_by")
    assert down.target == pytest.approx(13.5) and down.status is Status.met
    assert down.target_display == "≤13.5"
    up = row_of(report, comparator="increase_by")
    assert up.target == pytest.approx(12.6) and up.status is Status.met


# D2 — met in 2024, not re-judged on January-February 2025.
def test_a_passed_deadline_is_judged_once_on_its_year(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    months = {f"2024M{m:02d}": (9, 10) for m in range(1, 13)}
    _rate(ws, tmp_path, months | {"2025M01": (5, 10), "2025M02": (5, 10)})
    save_targets(
        ws, [dict(indicator_code="visit_rate", comparator=">=", value=85.0, deadline=2024)]
    )
    row = row_of(assess(ws, as_of=date(2025, 2, 28)))
    assert row.status is Status.met and row.final
    assert row.actual == pytest.approx(90) and row.data_through == "2024M12"
    assert row.expected is None and row.forecast is None  # no forecast beside a final status


# D3 — a count to build is measured by completions since the start.
def test_counts_are_measured_by_completions(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    _custom(ws)
    # 150 places over 2024: 75 by June is exactly on pace
    _values(ws, [("places", f"2024M{m:02d}", "a1", 10 if m % 2 else 15) for m in range(1, 7)])
    # a stock: 2 community hospitals at the end of 2023, 3 by June → one built
    _values(ws, [("hospitals", "2023", "a1", 2), ("hospitals", "2024M06", "a1", 3)])
    _values(ws, [("hospitals", f"2024M{m:02d}", "a1", 2) for m in range(1, 6)])
    save_targets(
        ws,
        [
            dict(
                indicator_code="places_added", comparator="=", value=150, unit="个", deadline=2024
            ),
            dict(
                indicator_code="community_hospitals",
                comparator="=",
                value=1,
                unit="家",
                deadline=2024,
            ),
        ],
    )
    report = assess(ws, as_of=date(2024, 6, 30))
    places = row_of(report, indicator_code="places_added")
    assert places.measure == "count" and places.actual == 75
    assert places.expected == pytest.approx(75) and places.status is Status.on_schedule
    built = row_of(report, indicator_code="community_hospitals")
    assert built.actual == 1 and built.status is Status.met
    assert built.baseline == 2 and built.baseline_source == "2023"


# D5 — a level without a stated baseline takes the year before the plan from the data.
def test_baseline_from_the_year_before_thesave_targets(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _rate(ws, tmp_path, {"2023": (80, 100), "2024M06": (85, 100)}, code="literacy")
    _values(ws, [("visits", "2024M06", "a1", 85), ("births", "2024M06", "a1", 100)])
    save_targets(ws, [dict(indicator_code="literacy", comparator=">=", value=90.0, deadline=2024)])
    row = row_of(assess(ws, as_of=date(2024, 6, 30)))
    # 序时进度 = 80 + (90 − 80) × 6/12 = 85 → on schedule (the plan's target from day one
    # would be 90 and 严重滞后)
    assert row.baseline == 80 and row.baseline_source == "2023"
    assert row.expected == pytest.approx(85) and row.status is Status.on_schedule
    save_targets(
        ws, [dict(indicator_code="visit_rate", comparator=">=", value=90.0, deadline=2024)]
    )
    other = row_of(assess(ws, as_of=date(2024, 6, 30)), indicator_code="visit_rate")
    assert other.baseline is None and other.baseline_source is None  # 无基线


# D6 — the time of the judgement is the data; missing months listed; annual figures ahead
# do not move the default as-of.
def test_the_data_not_the_clock_sets_the_time(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    months = {f"2024M{m:02d}": (8, 10) for m in range(1, 12) if m != 7}
    _rate(ws, tmp_path, months)
    _values(ws, [("aware", "2025", "b1", 1), ("surveyed", "2025", "b1", 2)])
    save_targets(
        ws,
        [
            dict(
                indicator_code="visit_rate",
                comparator=">=",
                value=90.0,
                baseline_value=70.0,
                baseline_year=2023,
                deadline=2024,
            )
        ],
    )
    nov, dec = assess(ws, as_of=date(2024, 11, 30)), assess(ws, as_of=date(2024, 12, 15))
    assert row_of(nov).status is row_of(dec).status
    assert row_of(nov).expected == row_of(dec).expected
    assert row_of(dec).data_through == "2024M11"
    assert row_of(dec, unit="A").missing == ["2024M07"]
    default = assess(ws)
    assert default.as_of == date(2024, 11, 30) and default.as_of_from_data


# D7 (c) — 提高5% with no baseline says 无基线, not 无数据, and no bogus gap.
def test_relative_target_without_baseline(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _rate(ws, tmp_path, {"2024M01": (39, 100)})
    save_targets(
        ws, [dict(indicator_code="visit_rate", comparator="increase_by", value=5, unit="%")]
    )
    row = row_of(assess(ws, as_of=date(2024, 1, 31)))
    assert row.status is Status.no_baseline and row.actual == pytest.approx(39)
    assert row.gap is None and row.target is None


# D8 — figures at published precision: the printed figure and the status agree.
def test_published_precision(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _rate(ws, tmp_path, {"2024M01": (1301, 10000)})  # 13.01
    save_targets(
        ws,
        [
            dict(indicator_code="visit_rate", comparator="<=", value=13.0, deadline=2024),
            dict(indicator_code="visit_rate", comparator=">=", value=13.03, deadline=2024),
        ],
    )
    report = assess(ws, as_of=date(2024, 1, 31))
    le = row_of(report, comparator="<=")
    assert le.actual_display == "13.0" and le.status is Status.met
    ge = row_of(report, comparator=">=")
    assert ge.target_display == "≥13.03" and ge.actual_display == "13.01"
    assert ge.status is not Status.met


# D7 (forecast) — from annual values when there are three; within the valid range; absent
# with a reason rather than wrong.
def test_forecast(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _rate(
        ws,
        tmp_path,
        {"2021": (70, 100), "2022": (80, 100), "2023": (90, 100), "2024M03": (95, 100)},
        code="literacy",
    )
    save_targets(
        ws,
        [dict(indicator_code="literacy", comparator=">=", value=99.0, deadline=2025)],
        period="2021-2025",
    )
    row = row_of(assess(ws, as_of=date(2024, 3, 31)))
    # the line through 70, 80, 90 reaches 110 in 2025: bounded to 100 %
    assert row.forecast_method == "annual" and row.forecast == pytest.approx(100)
    _values(ws, [("visits", "2024M03", "a1", 9), ("births", "2024M03", "a1", 10)])
    save_targets(
        ws, [dict(indicator_code="visit_rate", comparator=">=", value=95.0, deadline=2025)]
    )
    other = row_of(assess(ws, as_of=date(2024, 3, 31)), indicator_code="visit_rate")
    assert other.forecast is None and other.forecast_note


# D9 — only the plan of record; drafts marked; per-township scope; ranges.
def test_plan_of_record_scope_and_range(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    _values(
        ws,
        [
            ("visits", "2024M01", "a1", 95),
            ("births", "2024M01", "a1", 100),
            ("visits", "2024M01", "a2", 80),
            ("births", "2024M01", "a2", 100),
            ("visits", "2024M01", "b1", 99),
            ("births", "2024M01", "b1", 100),
        ],
    )
    save_targets(
        ws,
        [
            dict(
                indicator_code="visit_rate",
                comparator=">=",
                value=85.0,
                deadline=2024,
                scope="以乡(镇、街道)为单位",
            ),
            dict(
                indicator_code="visit_rate",
                comparator=">=",
                value=50.0,
                deadline=2024,
                status=ReviewStatus.draft,
            ),
            dict(
                indicator_code="births_total",
                comparator="=",
                value=200,
                value_max=400,
                unit="个",
                deadline=2024,
            ),
        ],
    )
    report = assess(ws, as_of=date(2024, 1, 31))
    assert all(r.target != 50.0 for r in report.rows)  # the draft is not assessed
    scoped = [r for r in report.rows if r.target == 85.0]
    assert {r.org_unit for r in scoped} == {"C", "a1", "a2", "b1"}
    top = row_of(report, target=85.0)
    assert top.units_met == (2, 3)  # 95 and 99 meet 85, 80 does not
    assert top.status is not Status.met  # the pooled 91.3 % would
    drafts = assess(ws, as_of=date(2024, 1, 31), include_drafts=True)
    assert row_of(drafts, target=50.0).draft
    count = row_of(report, indicator_code="births_total")
    # 300 births in January: the lower bound (200) is met, the upper (400) is not
    assert count.status is Status.met and count.upper_met is False


# D10 — departments: aliases merged, the lead once, fragments and collectives not ranked,
# the collecting section never made responsible.
def test_department_ranking(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _rate(ws, tmp_path, {"2024M01": (95, 100)})
    save_departments(
        ws,
        [
            Department(code="hc", name="市卫生健康委员会", aliases=["市卫健委"]),
            Department(code="mch", name="市卫生健康委妇幼健康科", aliases=["妇幼健康科"]),
            Department(
                code="towns",
                name="各乡镇（街道）",
                aliases=["各镇、街道"],
                kind=DepartmentKind.collective,
            ),
        ],
    )
    task = Task(
        title="访视",
        text="做好访视",
        lead_department="市卫健委",
        departments=["市卫健委", "各镇、街道", "公立医院临床医技科室中由科室"],
        target_ids=[0],
    )
    save_targets(
        ws,
        [
            dict(
                indicator_code="visit_rate",
                comparator=">=",
                value=90.0,
                deadline=2024,
                departments=[],
            ),
            dict(
                indicator_code="visit_rate",
                comparator=">=",
                value=80.0,
                deadline=2024,
                departments=["市卫生健康委员会"],
            ),
            dict(
                indicator_code="births_total",
                comparator=">=",
                value=1.0,
                deadline=2024,
                departments=[],
            ),
        ],
        tasks=[task],
    )
    report = assess(ws, as_of=date(2024, 1, 31))
    first = row_of(report, target=90.0)
    assert first.departments == ["市卫生健康委员会", "各乡镇（街道）"]
    assert row_of(report, indicator_code="births_total").departments == []  # not the collector
    ranked = {name: (good, total) for _, name, good, total in report.departments}
    assert ranked == {"市卫生健康委员会": (2, 2)}


# D11 — a unit with 0 deaths ranks first on a lower-is-better rate.
def test_unit_ranking_lower_is_better_with_zero(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    _custom(ws)
    _values(
        ws,
        [
            ("deaths", "2024M01", "a1", 0),
            ("births", "2024M01", "a1", 1000),
            ("deaths", "2024M01", "a2", 1),
            ("births", "2024M01", "a2", 12000),
            ("deaths", "2024M01", "b1", 3),
            ("births", "2024M01", "b1", 1000),
        ],
    )
    save_targets(ws, [dict(indicator_code="imr", comparator="<=", value=5.0, deadline=2024)])
    report = assess(ws, as_of=date(2024, 1, 31), org_unit="C")
    # A = 1/13000 = 0.08 ‰, B = 3 ‰ → A first
    assert row_of(report, unit="A").rank == 1 and row_of(report, unit="B").rank == 2
    # a1 with no deaths (0 ‰) is ahead of a2 (0.08 ‰)
    by_a = assess(ws, as_of=date(2024, 1, 31), org_unit="A")
    assert row_of(by_a, unit="a1").rank == 1 and row_of(by_a, unit="a2").rank == 2
