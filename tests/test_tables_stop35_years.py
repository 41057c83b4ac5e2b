"""Stop 35, tables (first round): year columns with no goal word, read with the plan's period."""

from __future__ import annotations

from healthplan.extraction.tables import header_of, row_targets

_HEADER = "序号 | 指标 | 单位 | {} | 属性"
_ROW = "1 | 每万人口全科医生数 | 人 | 3.1 | 3.6 | 4.0 | 预期性"


def _read(years: str, period: tuple[int | None, int | None]) -> list[tuple[float, int | None]]:
    header = header_of(_HEADER.format(years), period)
    targets, _ = row_targets(_ROW, header)
    return [(t.value, t.deadline) for t in targets]


def test_years_a_plan_names_in_its_period_are_each_a_goal() -> None:
    # a three-year action plan's table: each year's column is a goal, the first one too
    assert _read("2026年 | 2027年 | 2028年", (2026, 2028)) == [
        (3.1, 2026),
        (3.6, 2027),
        (4.0, 2028),
    ]


def test_a_year_before_the_period_stays_the_baseline() -> None:
    # the year before the plan begins is where it starts from, whatever the period
    assert _read("2020年 | 2023年 | 2025年", (2021, 2025)) == [(3.6, 2023), (4.0, 2025)]


def test_without_a_period_or_in_a_one_year_plan_the_first_year_is_the_baseline() -> None:
    for period in [(None, None), (2026, 2026), (None, 2028)]:
        assert _read("2026年 | 2027年 | 2028年", period) == [(3.6, 2027), (4.0, 2028)]
