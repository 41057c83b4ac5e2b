"""Judgement rules the mutation run of ``analytics/judgement.py`` found unguarded.

Every expected value is worked out by hand in the comment beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from healthplan.analytics.judgement import (
    Judgement,
    Status,
    judge,
    judge_cases,
    published_decimals,
    resolve_target,
)
from healthplan.errors import InputError
from healthplan.i18n import set_language
from healthplan.model import Comparator


@pytest.mark.parametrize(
    ("comparator", "value", "unit", "baseline", "expected"),
    [
        # 提高15% from 80: 80 × (1 + 15/100) = 92
        (Comparator.increase_by, 15.0, "%", 80.0, 92.0),
        # 降低20% from 50: 50 × (1 − 20/100) = 40
        (Comparator.decrease_by, 20.0, "%", 50.0, 40.0),
        # 提高2个百分点 from 70: the change itself, 70 + 2 = 72
        (Comparator.increase_by, 2.0, "百分点", 70.0, 72.0),
        # 降低1.5个百分点 from 10: 10 − 1.5 = 8.5
        (Comparator.decrease_by, 1.5, "百分点", 10.0, 8.5),
        # an absolute target is its own value, baseline or not
        (Comparator.ge, 95.0, "%", 80.0, 95.0),
        (Comparator.le, 5.0, "‰", None, 5.0),
        # a relative target without a baseline commits to nothing yet
        (Comparator.increase_by, 15.0, "%", None, None),
        (Comparator.decrease_by, 2.0, "百分点", None, None),
    ],
)
def test_relative_targets_resolve_against_the_baseline(
    comparator: Comparator, value: float, unit: str, baseline: float | None, expected: float | None
) -> None:
    resolved = resolve_target(comparator, value, unit, baseline)
    assert resolved == (None if expected is None else pytest.approx(expected))


@pytest.fixture(autouse=True)
def _chinese() -> Iterator[None]:
    # the messages below are the ones a user reads: the Chinese interface
    set_language("zh")
    yield
    set_language(None)


def _case_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_case_file_fields_as_a_user_writes_them(tmp_path: Path) -> None:
    # Case "mid": a baseline measured in 2022, inside the plan of 2021-2025, so the window
    # starts on 1 January 2023 (not 2021): 36 months to the end of 2025. 2024Q2 ends after
    # 18 of them: elapsed 0.5, 序时进度 = 80 + (90 − 80) × 0.5 = 85. 84.5 is 0.5 short,
    # within 0.2 × |85 − 80| = 1.0 → behind. (From 2021 it would be 42/60 = 0.7, 87, and
    # 2.5 short of it: far behind.) as_of is quoted, so YAML reads a string, not a date; no
    # measure is given, so the case is a level.
    # Case 2 (no id): a range of 2 to 3 centres, a count built over 2024: 2 by June, 1 more
    # by September → 3, the lower bound met and the upper one reached.
    path = _case_file(
        tmp_path,
        """\
- id: mid
  plan_period: [2021, 2025]
  target: {comparator: ">=", value: 90, deadline: 2025, baseline: 80, baseline_year: 2022}
  series: {"2024Q2": 84.5}
  as_of: "2024-08-01"
- plan_period: [2024, 2024]
  measure: count
  target: {comparator: "=", value: 2, value_max: 3, unit: 个, deadline: 2024, decimals: 0}
  series: {"2024M06": 2, "2024M09": 1}
  as_of: 2024-12-31
- id: pct
  plan_period: [2021, 2025]
  target: {comparator: increase_by, value: 10, unit: "%", deadline: 2025, baseline: 80,
           baseline_year: 2020, decimals: 1}
  series: {"2023": 87.96}
  as_of: 2024-03-01
""",
    )
    mid, ranged, pct = judge_cases(path)
    # Case "pct": 提高10% from 80 is 80 × 1.1 = 88 (not 80 + 10 = 90: the unit is %);
    # 87.96 is published as 88.0 at one decimal, which meets it
    assert (pct["target_value"], pct["actual"], pct["status"]) == (88.0, 88.0, "met")
    assert mid == {
        "id": "mid",
        "status": "behind",
        "expected": 85.0,
        "target_value": 90.0,
        "final": False,
        "data_through": "2024Q2",
        "actual": 84.5,
        "elapsed": 0.5,
        "upper_met": None,
        "missing": [],
    }
    assert ranged["id"] == "2"  # a case without an id is named by its place in the file
    assert (ranged["status"], ranged["actual"], ranged["upper_met"]) == ("met", 3, True)
    # monthly reporting is due from 1 January of the first month's year: of January to
    # August only June has a value, so seven months are missing
    assert ranged["missing"] == [f"2024M{m:02d}" for m in (1, 2, 3, 4, 5, 7, 8)]


def test_case_file_that_cannot_be_read(tmp_path: Path) -> None:
    missing = tmp_path / "none.yaml"
    with pytest.raises(InputError) as caught:
        judge_cases(missing)
    assert [(p.file, p.message) for p in caught.value.problems] == [(str(missing), "文件不存在")]

    broken = _case_file(tmp_path, "- [unclosed\n")
    with pytest.raises(InputError) as caught:
        judge_cases(broken)
    # the parser's own words say what is wrong
    assert [(p.file, p.message) for p in caught.value.problems] == [
        (str(broken), "不是 YAML 案例文件：expected ',' or ']', but got '<stream end>'")
    ]

    utf16 = tmp_path / "utf16.yaml"
    utf16.write_bytes("- id: a\n".encode("utf-16"))  # starts with the bytes FF FE
    with pytest.raises(InputError) as caught:
        judge_cases(utf16)
    assert [(p.file, p.message) for p in caught.value.problems] == [
        (str(utf16), "不是 YAML 案例文件：UnicodeDecodeError")
    ]

    mapping = _case_file(tmp_path, "id: one\nas_of: 2024-01-01\n")
    with pytest.raises(InputError) as caught:
        judge_cases(mapping)
    assert [(p.file, p.message) for p in caught.value.problems] == [
        (str(mapping), "案例文件应为案例列表")
    ]


def test_each_bad_case_is_named_with_its_row_and_field(tmp_path: Path) -> None:
    path = _case_file(
        tmp_path,
        """\
- id: no-target
  plan_period: [2021, 2025]
  as_of: 2024-01-01
- 5
- id: bad-date
  plan_period: [2021, 2025]
  target: {comparator: ">=", value: 90, deadline: 2025}
  as_of: "not a date"
""",
    )
    with pytest.raises(InputError) as caught:
        judge_cases(path)
    no_target, number, bad_date = caught.value.problems
    assert (no_target.row, no_target.field, no_target.message) == (
        1,
        "target",
        "案例 no-target：缺少字段",
    )
    # a case that is not a mapping is named by its place; Python says what it is
    assert (number.row, number.field) == (2, None)
    assert number.message.startswith("案例 2：")
    assert (bad_date.row, bad_date.field, bad_date.message) == (
        3,
        None,
        "案例 bad-date：Invalid isoformat string: 'not a date'",
    )


@pytest.mark.parametrize(
    ("unit", "written", "decimals"),
    [
        # no bulletin convention for 元 or for no unit: two decimals
        ("元", (), 2),
        ("", (), 2),
        # a count is published whole; a written target that is not a number changes nothing
        ("个", (float("nan"),), 0),
        ("个", (None,), 0),
        # 4.03张 per thousand is written with two decimals, as the unit publishes
        ("张/千人", (4.03,), 2),
        # a plan writing 95.55 % publishes the rate with two decimals, not one
        ("%", (95.55,), 2),
    ],
)
def test_published_precision_by_unit(
    unit: str, written: tuple[float | None, ...], decimals: int
) -> None:
    assert published_decimals(unit, *written) == decimals


def _weekly(week: str, actual: float) -> Judgement:
    # 提高 a rate from 85 (2024) to 95 by the end of 2025: the window is the 12 months of 2025
    return judge(
        comparator=">=",
        value=95,
        deadline=2025,
        plan_period=(2025, 2025),
        baseline=85.0,
        baseline_year=2024,
        series={week: actual},
        as_of=date(2025, 4, 10),
        decimals=1,
    )


def test_a_week_completes_a_month_only_on_its_last_day() -> None:
    # 2025W13 runs 24-30 March: March is not over, so two whole months have passed:
    # elapsed 2/12, 序时进度 = 85 + 10 × 2/12 = 86.6667; 86.5 is 0.1667 short, within
    # 0.2 × 1.6667 = 0.3333 → behind (three months would give 87.5 and far behind)
    march = _weekly("2025W13", 86.5)
    assert march.elapsed == pytest.approx(2 / 12)
    assert (march.expected, march.status) == (86.6667, Status.behind)
    # 2025W02 runs 6-12 January: no month has passed, 序时进度 is still the baseline 85
    january = _weekly("2025W02", 85.5)
    assert january.elapsed == 0.0
    assert (january.expected, january.status) == (85.0, Status.on_schedule)


def test_a_level_held_at_a_value_is_met_only_at_that_value() -> None:
    # 保持在80: a level target "= 80" from 78 in 2020. 2023 after 36 of 60 months:
    # 序时进度 = 78 + 2 × 0.6 = 79.2; 81 is past it but is not 80 → on schedule, not met
    args: dict[str, Any] = {
        "comparator": "=",
        "value": 80,
        "deadline": 2025,
        "plan_period": (2021, 2025),
        "baseline": 78.0,
        "baseline_year": 2020,
        "decimals": 1,
    }
    ahead = judge(series={"2023": 81.0}, as_of=date(2024, 3, 1), **args)
    assert (ahead.status, ahead.expected) == (Status.on_schedule, 79.2)
    # at the deadline 81 is final and not 80: not met; exactly 80 is met
    assert judge(series={"2025": 81.0}, as_of=date(2026, 1, 10), **args).status is Status.not_met
    assert judge(series={"2025": 80.0}, as_of=date(2026, 1, 10), **args).status is Status.met


def test_a_level_held_below_its_baseline_is_lower_is_better() -> None:
    # "= 5" from 8 in 2020 (a rate brought down to 5): lower is better although the
    # comparator is "=". 2023 after 36 of 60 months: 序时进度 = 8 + (5 − 8) × 0.6 = 6.2;
    # 7.0 is 0.8 above it, more than 0.2 × |6.2 − 8| = 0.36 → far behind (read upwards,
    # 7.0 would be past 6.2 and on schedule)
    j = judge(
        comparator="=",
        value=5,
        deadline=2025,
        plan_period=(2021, 2025),
        baseline=8.0,
        baseline_year=2020,
        series={"2023": 7.0},
        as_of=date(2024, 3, 1),
        decimals=1,
    )
    assert (j.higher_is_better, j.expected, j.status) == (False, 6.2, Status.far_behind)


def test_blank_and_not_a_number_values_are_no_data() -> None:
    # June is blank and July not a number: the latest value is May's
    j = judge(
        comparator=">=",
        value=95,
        deadline=2024,
        plan_period=(2024, 2024),
        series={"2024M05": 96.0, "2024M06": float("nan"), "2024M07": None},
        as_of=date(2024, 8, 10),
        decimals=1,
    )
    assert (j.data_through, j.actual, j.status) == ("2024M05", 96.0, Status.met)
    assert j.missing == ["2024M01", "2024M02", "2024M03", "2024M04"]


def test_figures_reported_for_a_relative_target() -> None:
    # 提高10% from 12.3456789: 12.3456789 × 1.1 = 13.58024679, reported to six decimals
    resolved = judge(
        comparator="increase_by",
        value=10,
        unit="%",
        deadline=2025,
        plan_period=(2021, 2025),
        baseline=12.3456789,
        baseline_year=2020,
        series={"2023": 13.0},
        as_of=date(2024, 3, 1),
        decimals=1,
    )
    assert resolved.target_value == 13.580247
    # without a baseline it cannot be judged, but the actual is shown as published:
    # 50.04 at one decimal is 50.0
    unresolved = judge(
        comparator="increase_by",
        value=10,
        unit="%",
        deadline=2025,
        plan_period=(2021, 2025),
        series={"2023": 50.04},
        as_of=date(2024, 3, 1),
        decimals=1,
    )
    assert (unresolved.status, unresolved.actual) == (Status.no_baseline, 50.0)


@pytest.mark.parametrize(("actual", "upper_met"), [(4.5, False), (4.0, True), (3.9, True)])
def test_the_stretch_bound_of_a_lower_is_better_range(actual: float, upper_met: bool) -> None:
    # 降至5‰以下，力争4‰: met at 5 or below; the stretch bound is reached at 4 or below
    j = judge(
        comparator="<=",
        value=5.0,
        value_max=4.0,
        unit="‰",
        deadline=2024,
        plan_period=(2024, 2024),
        series={"2024": actual},
        as_of=date(2025, 1, 10),
        decimals=1,
    )
    assert (j.status, j.upper_met) == (Status.met, upper_met)


def test_a_final_judgement_still_reports_its_figures() -> None:
    # 建成2至3个 in 2024, one built by December, judged in January 2025: not met, final;
    # the whole year has elapsed (12/12) and the stretch bound (3) is not reached either
    args: dict[str, Any] = {
        "comparator": "=",
        "value": 2,
        "value_max": 3,
        "unit": "个",
        "deadline": 2024,
        "plan_period": (2024, 2024),
        "measure": "count",
        "as_of": date(2025, 1, 10),
        "decimals": 0,
    }
    short = judge(series={"2024M12": 1}, **args)
    assert (short.status, short.final, short.actual, short.elapsed, short.upper_met) == (
        Status.not_met,
        True,
        1,
        1.0,
        False,
    )
    # two built by June and one in December: met, three reached, a whole year elapsed
    done = judge(series={"2024M06": 2, "2024M12": 1}, **args)
    assert (done.status, done.actual, done.elapsed, done.upper_met) == (Status.met, 3, 1.0, True)


def test_a_shortfall_exactly_at_the_tolerance_is_behind() -> None:
    # 80 (2020) → 90 by 2025; 2023 after 36 of 60 months: 序时进度 = 80 + 10 × 0.6 = 86;
    # tolerance 0.2 × |86 − 80| = 1.2. 84.8 is exactly 1.2 short → behind; 84.7 → far behind
    def status(actual: float) -> Status:
        return judge(
            comparator=">=",
            value=90,
            deadline=2025,
            plan_period=(2021, 2025),
            baseline=80.0,
            baseline_year=2020,
            series={"2023": actual},
            as_of=date(2024, 3, 1),
            decimals=1,
        ).status

    assert status(84.8) is Status.behind
    assert status(84.7) is Status.far_behind


def test_a_range_in_progress_reports_its_stretch_bound() -> None:
    # 建成2至3个 in 2024: one by June; 序时进度 = 2 × 6/12 = 1 → on schedule, stretch not reached
    j = judge(
        comparator="=",
        value=2,
        value_max=3,
        unit="个",
        deadline=2024,
        plan_period=(2024, 2024),
        measure="count",
        series={"2024M06": 1},
        as_of=date(2024, 7, 10),
        decimals=0,
    )
    assert (j.status, j.expected, j.elapsed, j.upper_met) == (Status.on_schedule, 1.0, 0.5, False)


def test_a_level_held_at_its_baseline_reads_upwards() -> None:
    # 保持在80 from 80: 序时进度 stays 80 and the tolerance |80 − 80| × 0.2 is 0, so falling
    # to 79 is 1 short → far behind (read downwards it would look ahead of plan)
    j = judge(
        comparator="=",
        value=80,
        deadline=2025,
        plan_period=(2021, 2025),
        baseline=80.0,
        baseline_year=2020,
        series={"2023": 79.0},
        as_of=date(2024, 3, 1),
        decimals=1,
    )
    assert (j.higher_is_better, j.expected, j.status) == (True, 80.0, Status.far_behind)


@pytest.mark.parametrize(
    ("direction", "status"),
    [(False, Status.far_behind), (True, Status.on_schedule), (None, Status.on_schedule)],
)
def test_the_indicator_direction_decides_an_equal_target_without_baseline(
    direction: bool | None, status: Status
) -> None:
    # "= 5‰" with no baseline: 序时进度 is the target 5 all along. 6.0 is 1 above it. For a
    # lower-is-better indicator that is 1 short, more than 5 % of 5 = 0.25 → far behind; read
    # upwards (or with no direction given) 6 is past 5 → on schedule (not met: it is not 5)
    j = judge(
        comparator="=",
        value=5,
        unit="‰",
        deadline=2025,
        plan_period=(2021, 2025),
        series={"2023": 6.0},
        as_of=date(2024, 3, 1),
        decimals=1,
        higher_is_better=direction,
    )
    assert j.status is status


def test_months_missing_beside_quarterly_figures() -> None:
    # a quarter reported beside May and June does not stand for any month: January to April
    # are missing before June's value
    j = judge(
        comparator=">=",
        value=95,
        deadline=2024,
        plan_period=(2024, 2024),
        series={"2024Q2": 90.0, "2024M05": 91.0, "2024M06": 92.0},
        as_of=date(2024, 7, 10),
        decimals=1,
    )
    assert j.data_through == "2024M06"
    assert j.missing == ["2024M01", "2024M02", "2024M03", "2024M04"]


def test_missing_months_across_the_turn_of_the_year() -> None:
    # January to November 2023 reported, then February 2024: December and January are missing
    series: dict[str, float | None] = {f"2023M{m:02d}": 90.0 for m in range(1, 12)}
    j = judge(
        comparator=">=",
        value=95,
        deadline=2024,
        plan_period=(2023, 2024),
        series=series | {"2024M02": 91.0},
        as_of=date(2024, 3, 10),
        decimals=1,
    )
    assert j.missing == ["2023M12", "2024M01"]


def test_a_target_met_early_still_shows_its_planned_progress() -> None:
    # 80 (2020) → 90 by 2025, already 91 in 2023: met, and 序时进度 at 36/60 is
    # 80 + 10 × 0.6 = 86 (not the target 90)
    j = judge(
        comparator=">=",
        value=90,
        deadline=2025,
        plan_period=(2021, 2025),
        baseline=80.0,
        baseline_year=2020,
        series={"2023": 91.0},
        as_of=date(2024, 3, 1),
        decimals=1,
    )
    assert (j.status, j.final, j.expected) == (Status.met, False, 86.0)
