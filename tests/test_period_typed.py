"""Period ids as people type them and as DHIS2 writes them (one parser: Period.parse)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthplan.model import Period, PeriodError


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("2024-03", "2024M03"),
        ("2024-3", "2024M03"),
        ("2024年3月", "2024M03"),
        ("2024年03月", "2024M03"),
        ("２０２４年３月", "2024M03"),
        (" 2024年3月 ", "2024M03"),
        ("2024年第一季度", "2024Q1"),
        ("2024年第四季度", "2024Q4"),
        ("2024年1季度", "2024Q1"),
        ("2024年第3季度", "2024Q3"),
        ("2024年上半年", "2024S1"),
        ("2024年下半年", "2024S2"),
        ("2024年", "2024"),
        ("2024年度", "2024"),
        ("2024年第5周", "2024W05"),
        ("2024年3月5日", "20240305"),
        ("2021—2025年", "2021-2025"),
        ("2024W5", "2024W05"),
        ("202403", "2024M03"),
        ("2024Q1", "2024Q1"),
        ("2024S1", "2024S1"),
    ],
)
def test_typed_forms(typed: str, canonical: str) -> None:
    assert Period.parse(typed).id == canonical


@pytest.mark.parametrize(
    "bad",
    ["2025-13", "2024年13月", "2024年0月", "2024M00", "2024年第五季度", "2024年第54周", "2024Sep"],
)
def test_impossible_typed_forms_are_errors(bad: str) -> None:
    with pytest.raises(PeriodError, match=bad):
        Period.parse(bad)


@given(st.integers(1900, 2200), st.integers(1, 12))
def test_every_month_typed_three_ways_is_the_same_period(year: int, month: int) -> None:
    ids = {
        Period.parse(f"{year}-{month:02d}").id,
        Period.parse(f"{year}年{month}月").id,
        Period.parse(f"{year}M{month:02d}").id,
    }
    assert ids == {f"{year}M{month:02d}"}
    assert Period.parse(f"{year}年{month}月").start == date(year, month, 1)


@given(st.integers(1900, 2200), st.integers(1, 4))
def test_quarters_in_chinese_numerals_and_digits_agree(year: int, quarter: int) -> None:
    numeral = "一二三四"[quarter - 1]
    assert (
        Period.parse(f"{year}年第{numeral}季度")
        == Period.parse(f"{year}年{quarter}季度")
        == Period.parse(f"{year}Q{quarter}")
    )


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)))
def test_a_day_typed_in_chinese_round_trips(day: date) -> None:
    period = Period.parse(f"{day.year}年{day.month}月{day.day}日")
    assert period.start == period.end == day
    assert Period.parse(period.id) == period
