"""A share of units a plan means to bring to a state (95%以上的县保持…, 有90%的乡镇实现…),
in sentences written for the test: the share is the target, of the units and what they reach."""

from __future__ import annotations

from targets_helpers import read


def test_a_share_of_units_that_keep_or_reach_a_state() -> None:
    assert read("95%以上的乡(镇)保持消除疟疾状态") == [("乡(镇)保持消除疟疾状态", ">=", 95, "%")]
    assert read("全县92%的学生体质达合格以上") == [("学生体质达合格以上", "=", 92, "%")]


def test_a_share_said_with_you_before_it() -> None:
    assert read("累计有70%的病区村达到控制标准") == [("病区村达到控制标准", "=", 70, "%")]
    assert read("有85%以上的县实现消除血吸虫病目标") == [("县实现消除血吸虫病", ">=", 85, "%")]
    assert read("力争有80%以上的村卫生室达到标准化建设要求") == [
        ("村卫生室达到标准化建设要求", ">=", 80, "%")
    ]
    # but a count of what there is stays a fact
    assert read("全县约有3000名乡村医生") == []


def test_a_count_naming_whom_a_later_share_is_of_is_no_target() -> None:
    assert read("慢病高危人群每年最少测血糖2次的比例达60%") == [
        ("慢病高危人群每年最少测血糖2次的比例", ">=", 60, "%")
    ]
    assert read("孕妇至少接受5次产前检查的比例达到90%") == [
        ("孕妇至少接受5次产前检查的比例", ">=", 90, "%")
    ]
    assert read("老年人每年接受1次以上体检的人数比例达到70%") == [
        ("老年人每年接受1次以上体检的人数比例", ">=", 70, "%")
    ]


def test_a_named_district_between_the_verb_and_the_count() -> None:
    assert read("完成南湖市区30万平方米老旧小区改造") == [
        ("完成南湖市区老旧小区改造", "=", 300000, "平方米")
    ]
    assert read("完成甲县城区3万平方米雨污分流改造") == [
        ("完成甲县城区雨污分流改造", "=", 30000, "平方米")
    ]
    assert read("完成市区8万平方米背街小巷整治") == [("完成市区背街小巷整治", "=", 80000, "平方米")]
