"""Stop 27, after the tenth part (targets): kinds of plan language the folded documents
showed the rules missing, probed with plans written for these tests."""

from __future__ import annotations

from pathlib import Path

from healthplan.extraction import clause_targets
from targets_helpers import document, read


def test_a_heading_joining_the_background_to_the_goals_sets_goals(tmp_path: Path) -> None:
    plan = (
        "2027年乡村医生培训工作方案\n"
        "一、现状和年度目标\n"
        "去年全县乡村医生持证率为78%。今年要达成以下目标：\n"
        "——乡村医生岗位培训覆盖率达到100%；\n"
        "——乡村医生持证率提高到85%以上。\n"
        "二、主要措施\n"
        "（一）分批轮训。\n"
    )
    found = document(tmp_path, plan)
    assert ("乡村医生岗位培训覆盖率", ">=", 100.0, "%", 2027) in found
    assert ("乡村医生持证率", ">=", 85.0, "%", 2027) in found


def test_a_heading_of_the_background_alone_states_no_goal(tmp_path: Path) -> None:
    plan = (
        "2027年乡村医生培训工作方案\n"
        "一、工作背景\n"
        "全县乡村医生持证率达到78%，岗位培训覆盖率达到90%。\n"
    )
    assert document(tmp_path, plan) == []


def test_a_group_named_alone_takes_each_measure_one_value_was_of() -> None:
    found = read(
        "全县居民慢性病防治和合理膳食知识知晓率达到60%，外出务工人员达到50%，"
        "农村留守老年人达到40%。"
    )
    indicators = [(name, value) for name, _, value, _ in found]
    assert sum(1 for name, value in indicators if value == 50.0) == 2
    assert sum(1 for name, value in indicators if value == 40.0) == 2
    assert all(name.startswith("外出务工人员") for name, value in indicators if value == 50.0)
    assert all(name.startswith("农村留守老年人") for name, value in indicators if value == 40.0)


def test_a_longer_group_named_alone_takes_the_rate_before_it() -> None:
    found = read("中小学生视力健康知识知晓率达到90%，职业院校学生达到85%以上。")
    assert ("职业院校学生视力健康知识知晓率", ">=", 85.0, "%") in found


def test_a_count_shared_out_among_places_after_a_colon(tmp_path: Path) -> None:
    plan = (
        "2027年基层高血压筛查工作方案\n"
        "全年高血压免费筛查各乡镇任务人数：东城镇420人、西山镇315人、南湖乡208人。\n"
    )
    found = document(tmp_path, plan)
    assert [(value, unit) for _, _, value, unit, _ in found] == [
        (420.0, "人"),
        (315.0, "人"),
        (208.0, "人"),
    ]
    assert all(name.endswith("高血压免费筛查任务人数") for name, *_ in found)


def test_a_place_share_keeps_its_place_as_scope() -> None:
    found = clause_targets("新建托育点各县区任务：甲县12个、乙区8个")
    assert [(t.scope, t.value, t.unit) for t in found] == [
        ("甲县", 12.0, "个"),
        ("乙区", 8.0, "个"),
    ]
    assert {t.indicator for t in found} == {"新建托育点任务"}


def test_a_change_joined_to_the_verb_stating_the_value() -> None:
    assert read("孕产妇系统管理率提升并保持在92%以上") == [("孕产妇系统管理率", ">=", 92.0, "%")]
    found = read("高血压、糖尿病患者规范管理率均提高并稳定在65%以上")
    assert [name for name, *_ in found] == ["高血压患者规范管理率", "糖尿病患者规范管理率"]


def test_a_record_or_upkeep_rate_shared_by_two_items() -> None:
    assert [name for name, *_ in read("孕期保健和产后访视记录率达到95%")] == [
        "孕期保健记录率",
        "产后访视记录率",
    ]
    assert [name for name, *_ in read("消防器材、照明灯具完好率不低于90%")] == [
        "消防器材完好率",
        "照明灯具完好率",
    ]


def test_kinds_alike_before_a_long_measure_each_take_its_rest() -> None:
    assert [name for name, *_ in read("黄色、蓝色预警事件处置率达到100%")] == [
        "黄色预警事件处置率",
        "蓝色预警事件处置率",
    ]


def test_rounds_and_counted_pieces_are_units() -> None:
    assert read("今年开展食品安全交叉督查2轮次") == [("开展食品安全交叉督查", "=", 2.0, "轮次")]
    assert read("年内监督抽检消毒产品500件次") == [("监督抽检消毒产品", "=", 500.0, "件次")]


def test_how_often_said_beside_the_verb_is_no_part_of_the_name() -> None:
    assert read("重点公共场所量化分级检查频次提高到每月3次") == [
        ("重点公共场所量化分级检查频次", ">=", 3.0, "次")
    ]
    assert read("辖区慢性病患者上门随访每季度不少于1次") == [
        ("辖区慢性病患者上门随访", ">=", 1.0, "次")
    ]


def test_a_level_set_anew_from_an_old_one() -> None:
    found = clause_targets("每千常住人口公共卫生人员数从0.83人调整为1.0人")
    assert [
        (t.indicator, t.comparator.value, t.value, t.unit, t.baseline_value) for t in found
    ] == [("每千常住人口公共卫生人员数", "=", 1.0, "人", 0.83)]


def test_a_list_of_levels_a_change_starts_from_states_no_goal() -> None:
    found = read("城乡居民健康素养水平分别从18%、12%提升至25%、20%")
    assert [value for _, _, value, _ in found] == [25.0, 20.0]


def test_a_sex_ratio_written_per_hundred_girls() -> None:
    assert read("全县出生人口性别比控制在100:108以内") == [("出生人口性别比", "<=", 108.0, "")]


def test_people_served_over_a_span_of_years() -> None:
    found = read("三年为800名农村低保老人免费配置助听器")
    assert [(value, unit) for _, _, value, unit in found] == [(800.0, "名")]
    assert found[0][0].endswith("免费配置助听器")


def test_how_many_a_set_holds_is_no_goal_but_a_count_built_is() -> None:
    assert read("孕期保健免费服务包共8项") == []
    assert read("试点为东岭、西岭、南岭共3个村") == []
    assert [(v, u) for _, _, v, u in read("年内新建母婴室共6个")] == [(6.0, "个")]


def test_a_class_by_its_letter_with_its_frequency_takes_the_measure_before_it() -> None:
    found = read("A级托育机构卫生检查频次达到每月2次，B级每季度1次")
    assert [name for name, *_ in found] == ["A级托育机构卫生检查频次", "B级托育机构卫生检查频次"]


def test_a_rate_set_apart_from_its_suffix_by_a_space(tmp_path: Path) -> None:
    plan = "发展目标\n到2027年，县域内住院量占全县的 90% 以上，基层诊疗量占全县的 65% 以上。\n"
    assert [(v, c) for _, c, v, _, _ in document(tmp_path, plan)] == [(90.0, ">="), (65.0, ">=")]
