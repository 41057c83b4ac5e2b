"""Stop 32, targets (fourth round): news pages of the folded fifteenth part."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_headline_naming_the_years_work_dates_its_goals(tmp_path: Path) -> None:
    # the headline, not a later line of the report that sums up a past five-year plan, is the
    # page's title: the goals it lists without a year are that year's
    text = (
        "2026年某市卫生健康工作这样干\n"
        "2026-02-09 09:29 来源:某市卫生健康委\n\n"
        "会议全面总结“十四五”时期及2025年\n\n"
        "全市卫生健康工作\n\n"
        "深化健康城市行动,居民健康素养达到40%。\n"
    )
    found = document(tmp_path, text)
    assert [(value, deadline) for _, _, value, _, deadline in found] == [(40.0, 2026)]


def test_the_year_a_case_was_newly_diagnosed_is_no_deadline(tmp_path: Path) -> None:
    # 当年新诊断 qualifies whom the share counts; the goals after it are due at the plan's end
    text = (
        "某市艾滋病防治规划(2026—2030年)\n"
        "2025年11月22日\n"
        "一、工作目标\n"
        "到2030年，实现以下目标：\n"
        "1.当年新诊断发现的感染者接受治疗比例保持在90%以上,"
        "接受治疗的感染者病毒抑制比例保持在98%以上。\n"
    )
    found = document(tmp_path, text)
    assert [(value, deadline) for _, _, value, _, deadline in found] == [
        (90.0, 2030),
        (98.0, 2030),
    ]


def test_since_this_year_tells_the_past_not_a_deadline(tmp_path: Path) -> None:
    # a dated news page: 從今年5月以來 is what has been done since, the goal it sets has no year
    text = (
        "發布時間:2024/9/28 16:12\n"
        "記者王小明/台北報導\n"
        "某部長指出,從今年5月以來,政府展開一連串行動,也設下全國再增加3000位社工人員的目標。\n"
    )
    found = document(tmp_path, text)
    assert [(value, deadline) for _, _, value, _, deadline in found] == [(3000.0, None)]


def test_results_a_goal_section_aims_at_are_not_told_as_achieved(tmp_path: Path) -> None:
    # under the goals' heading, 取得明显成效 is the result the plan works towards
    text = (
        "某省职业病防治行动实施方案\n"
        "一、工作目标\n"
        "到2020年底,摸清用人单位危害基本情况。"
        "重点行业的专项治理工作取得明显成效,用人单位危害申报率达到95%以上。\n"
    )
    found = document(tmp_path, text)
    assert [(value, deadline) for _, _, value, _, deadline in found] == [(95.0, 2020)]
