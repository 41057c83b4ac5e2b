"""Stop 34, targets (second round): rules each with a test in our own words."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_chao_before_a_count_says_more_than() -> None:
    # 超 alone before the figure is 超过 said short
    assert read("全年举办护理技能培训班超12期") == [("举办护理技能培训班", ">", 12.0, "期")]
    assert read("年内培训社区康复员超3000人次") == [("培训社区康复员", ">", 3000.0, "人次")]


def test_chao_before_a_rate_per_head_says_more_than() -> None:
    assert read("兽药抽检量超每千人4.2批次") == [("每千人兽药抽检量", ">", 4.2, "批次")]


def test_chao_in_longer_words_is_no_comparator() -> None:
    found = read("超额完成任务的112%")
    assert [comparator for _, comparator, _, _ in found] != [">"]


_LEVEL_OF_LAST_YEAR = """2031年民生实事
一、提高困难群众救助水平。
山区救助标准从每人每月500元提高到540元，救助水平不低于本市上年度平均救助水平。高龄津贴从每人每月100元提高到120元。
"""


def test_a_floor_set_against_last_years_level_tells_nothing_done(tmp_path: Path) -> None:
    # last year's level is what the new one is bounded by: the paragraph still sets goals
    found = document(tmp_path, _LEVEL_OF_LAST_YEAR)
    assert [(indicator, value) for indicator, _, value, _, _ in found] == [
        ("山区救助标准", 540.0),
        ("高龄津贴", 120.0),
    ]


def test_a_length_in_years_a_level_verb_sets_is_a_target() -> None:
    assert read("从业人员平均受教育年限提高到13.5年") == [
        ("从业人员平均受教育年限", ">=", 13.5, "年")
    ]


def test_a_length_in_years_as_a_condition_is_no_target() -> None:
    assert read("工作年限满3年的人员") == []


def test_land_worked_counted_by_each_pass_keeps_its_unit() -> None:
    assert read("机耕作业面积达到45万亩次") == [("机耕作业面积", ">=", 450000.0, "亩次")]
