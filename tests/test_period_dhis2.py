"""Every DHIS2 period type (DHIS2 developer manual, "ADX period definitions" table, and the
period id formats of dhis2-core's PeriodType classes): start, end, containment, neighbours."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthplan.model import Period, PeriodError, PeriodType


@pytest.mark.parametrize(
    ("dhis2", "kind", "start", "end"),
    [
        ("2017WedW40", PeriodType.week_wednesday, date(2017, 10, 4), date(2017, 10, 10)),
        ("2017ThuW41", PeriodType.week_thursday, date(2017, 10, 5), date(2017, 10, 11)),
        ("2017SatW41", PeriodType.week_saturday, date(2017, 10, 7), date(2017, 10, 13)),
        ("2017SunW40", PeriodType.week_sunday, date(2017, 10, 1), date(2017, 10, 7)),
        ("2024WedW1", PeriodType.week_wednesday, date(2024, 1, 3), date(2024, 1, 9)),
        ("2017BiW20", PeriodType.bi_week, date(2017, 9, 25), date(2017, 10, 8)),
        ("2024BiW1", PeriodType.bi_week, date(2024, 1, 1), date(2024, 1, 14)),
        ("201706B", PeriodType.bi_month, date(2017, 11, 1), date(2017, 12, 31)),
        ("202401B", PeriodType.bi_month, date(2024, 1, 1), date(2024, 2, 29)),
        ("2017AprilS1", PeriodType.six_month_april, date(2017, 4, 1), date(2017, 9, 30)),
        ("2017AprilS2", PeriodType.six_month_april, date(2017, 10, 1), date(2018, 3, 31)),
        ("2018NovS1", PeriodType.six_month_nov, date(2017, 11, 1), date(2018, 4, 30)),
        ("2018NovS2", PeriodType.six_month_nov, date(2018, 5, 1), date(2018, 10, 31)),
        ("2017April", PeriodType.financial_april, date(2017, 4, 1), date(2018, 3, 31)),
        ("2017July", PeriodType.financial_july, date(2017, 7, 1), date(2018, 6, 30)),
        ("2017Oct", PeriodType.financial_oct, date(2017, 10, 1), date(2018, 9, 30)),
        ("2017Nov", PeriodType.financial_nov, date(2017, 11, 1), date(2018, 10, 31)),
    ],
)
def test_dhis2_period_types(dhis2: str, kind: PeriodType, start: date, end: date) -> None:
    period = Period.parse(dhis2)
    assert (period.type, period.start, period.end, period.id) == (kind, start, end, dhis2)
    assert Period.containing(kind, start) == period == Period.containing(kind, end)


@pytest.mark.parametrize("bad", ["2024BiW28", "202407B", "202400B", "2024AprilS3", "2023WedW54"])
def test_out_of_range_indexes_are_refused(bad: str) -> None:
    with pytest.raises(PeriodError, match=bad):
        Period.parse(bad)


def test_bi_weeks_tile_a_year_of_53_weeks() -> None:
    last = Period.parse("2020BiW27")
    assert (last.start, last.end) == (date(2020, 12, 28), date(2021, 1, 3))
    assert last.next().id == "2021BiW1"
    # BiW1 starts on 30 December 2019 and BiW27 ends in 2021: 25 lie wholly inside 2020
    assert len(Period.parse("2020").periods("bi_week")) == 25


def test_containment_across_types() -> None:
    assert Period.parse("2024April").contains(Period.parse("2025Q1"))
    assert not Period.parse("2024April").contains(Period.parse("2024Q1"))
    assert [p.id for p in Period.parse("2024AprilS2").periods("bi_month")] == [
        "202406B",
        "202501B",
    ]
    assert Period.parse("2024").contains(Period.parse("202406B"))
    assert len(Period.parse("2024July").periods("month")) == 12


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from([k for k in PeriodType if k is not PeriodType.plan]),
)
def test_every_type_tiles_the_calendar(day: date, kind: PeriodType) -> None:
    period = Period.containing(kind, day)
    assert period.contains(day)
    assert Period.parse(period.id) == period
    assert period.next().previous() == period
    assert (period.next().start - period.end).days == 1
