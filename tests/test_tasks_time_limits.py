"""Time limits read from a task's text: one test per phrase, the plan's year where only a
month is given, milestones, and the years that are not time limits."""

from __future__ import annotations

from datetime import date

import pytest

from healthplan.tasks import read_time_limits, time_limit


@pytest.mark.parametrize(
    ("text", "written", "due"),
    [
        ("6月底前完成全市摸底排查", "6月底前", date(2024, 6, 30)),
        ("2月底前印发方案", "2月底前", date(2024, 2, 29)),
        ("年内建成10个示范点", "年内", date(2024, 12, 31)),
        ("年底前实现全覆盖", "年底前", date(2024, 12, 31)),
        ("第一季度启动招标", "第一季度", date(2024, 3, 31)),
        ("第3季度完成验收", "第3季度", date(2024, 9, 30)),
        ("上半年完成设备采购", "上半年", date(2024, 6, 30)),
        ("下半年开展督导", "下半年", date(2024, 12, 31)),
        ("9月份开展专项检查", "9月份", date(2024, 9, 30)),
        ("到2025年，全市二级以上医院全部达标", "到2025年", date(2025, 12, 31)),
        ("至2026年底建成区域医疗中心", "至2026年底", date(2026, 12, 31)),
        ("2025年底前实现全覆盖", "2025年底前", date(2025, 12, 31)),
        ("2025年前建成", "2025年前", date(2025, 12, 31)),
        ("2025年6月底前出台实施方案", "2025年6月底前", date(2025, 6, 30)),
        ("2025年上半年完成", "2025年上半年", date(2025, 6, 30)),
        ("2025年第二季度完成", "2025年第二季度", date(2025, 6, 30)),
    ],
)
def test_each_phrase(text: str, written: str, due: date) -> None:
    final, milestones = time_limit(text, 2024)
    assert final is not None
    assert (final.text, final.due) == (written, due)
    assert milestones == []


def test_a_month_takes_the_plans_year() -> None:
    assert time_limit("6月底前完成", 2023)[0].due == date(2023, 6, 30)  # type: ignore[union-attr]
    # without a plan year a month alone cannot be dated; a written year still can
    assert time_limit("6月底前完成", None) == (None, [])
    assert time_limit("到2025年完成", None)[0].due == date(2025, 12, 31)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    ["比2020年下降10%", "2021—2025年期间持续推进", "2021-2025年", "序时推进", "持续开展", ""],
)
def test_no_time_limit(text: str) -> None:
    assert read_time_limits(text, 2024) == []
    assert time_limit(text, 2024) == (None, [])


def test_milestones_are_the_earlier_phrases() -> None:
    final, milestones = time_limit("2023年底前完成50%，2025年底前实现全覆盖", 2023)
    assert final is not None and final.due == date(2025, 12, 31)
    assert [(m.text, m.due, m.clause) for m in milestones] == [
        ("2023年底前", date(2023, 12, 31), "2023年底前完成50%")
    ]
    found = read_time_limits("6月份启动，12月底前验收", 2024)
    assert [f.text for f in found] == ["6月份", "12月底前"]
