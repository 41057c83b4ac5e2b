from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthplan.model import Period, PeriodError, PeriodType


@pytest.mark.parametrize(
    ("text", "canonical", "start", "end"),
    [
        ("20240105", "20240105", date(2024, 1, 5), date(2024, 1, 5)),
        ("2024-01-05", "20240105", date(2024, 1, 5), date(2024, 1, 5)),
        ("2024W05", "2024W05", date(2024, 1, 29), date(2024, 2, 4)),
        ("2020W53", "2020W53", date(2020, 12, 28), date(2021, 1, 3)),
        ("2024M03", "2024M03", date(2024, 3, 1), date(2024, 3, 31)),
        ("202402", "2024M02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024Q1", "2024Q1", date(2024, 1, 1), date(2024, 3, 31)),
        ("2024S2", "2024S2", date(2024, 7, 1), date(2024, 12, 31)),
        ("2024", "2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2021-2025", "2021-2025", date(2021, 1, 1), date(2025, 12, 31)),
    ],
)
def test_parse_ids(text: str, canonical: str, start: date, end: date) -> None:
    period = Period.parse(text)
    assert (period.id, period.start, period.end) == (canonical, start, end)


@pytest.mark.parametrize("bad", ["2024W54", "2023W53", "2024M13", "2024Q5", "2025-2021", "24", "x"])
def test_bad_ids_are_rejected_with_the_id_in_the_message(bad: str) -> None:
    with pytest.raises(ValueError, match=bad):
        Period.parse(bad)


def test_neighbours_cross_year_boundaries() -> None:
    assert Period.parse("2024M01").previous().id == "2023M12"
    assert Period.parse("2024Q4").next().id == "2025Q1"
    assert Period.parse("2020W53").next().id == "2021W01"
    assert Period.parse("2021-2025").next().id == "2026-2030"
    assert Period.parse("20241231").next().id == "20250101"


def test_containment() -> None:
    year = Period.parse("2024")
    assert year.contains(Period.parse("2024M06"))
    assert not year.contains(Period.parse("2025M01"))
    assert not Period.parse("2024M01").contains(Period.parse("2024W05"))  # spans two months
    assert Period.parse("2021-2025").contains(Period.parse("2023Q2"))
    assert [p.id for p in Period.parse("2024S2").periods(PeriodType.quarter)] == [
        "2024Q3",
        "2024Q4",
    ]
    assert len(Period.parse("2024").periods("month")) == 12


def test_elapsed_fraction_for_schedule_progress() -> None:
    year = Period.parse("2024")
    assert year.elapsed_fraction(date(2023, 12, 31)) == 0
    assert year.elapsed_fraction(date(2024, 6, 30)) == pytest.approx(182 / 366)
    assert year.elapsed_fraction(date(2024, 12, 31)) == 1
    plan = Period.parse("2021-2025")
    assert plan.elapsed_fraction(date(2023, 12, 31)) == pytest.approx(1095 / 1826)


def test_serialises_as_its_id() -> None:
    assert Period.parse("2024Q3").model_dump() == "2024Q3"
    assert Period.model_validate("2024Q3") == Period.parse("2024Q3")


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from(
        [
            PeriodType.day,
            PeriodType.week,
            PeriodType.month,
            PeriodType.quarter,
            PeriodType.half_year,
            PeriodType.year,
        ]
    ),
)
def test_containing_round_trips(day: date, kind: PeriodType) -> None:
    period = Period.containing(kind, day)
    assert period.contains(day)
    assert Period.parse(period.id) == period
    assert period.next().previous() == period
    assert (period.next().start - period.end).days == 1


def test_plan_period_needs_no_day() -> None:
    with pytest.raises(PeriodError):
        Period.containing("plan", date(2024, 1, 1))
