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


def test_a_share_said_with_the_word_bili_is_read_as_a_share_of_units() -> None:
    # 比例 after the percentage says what 的 says: the units after it are the share's
    assert read("30%比例的乡镇卫生院开设康复科") == [("乡镇卫生院开设康复科", "=", 30.0, "%")]
    assert read("完成15%比例学龄儿童视力筛查") == [("完成学龄儿童视力筛查", "=", 15.0, "%")]


def test_the_part_of_a_programme_opening_a_clause_names_no_indicator() -> None:
    # the 领域 before the comma says which part of the plan the rates belong to
    assert read("妇女与健康领域，城镇、农村孕产妇系统管理率分别达到92%和88%") == [
        ("城镇孕产妇系统管理率", ">=", 92.0, "%"),
        ("农村孕产妇系统管理率", ">=", 88.0, "%"),
    ]


_PLAN_CAME_OUT = """《某市老年健康发展规划(2024-2030年)》印发 老年人健康管理率要达到75%
发布时间：2025年03月02日 10:15 来源：某市日报
本报讯 日前，《某市老年健康发展规划(2024-2030年)》印发，规划提出了老年健康的五个方面。
在医养结合方面，两证齐全的医养结合机构保持在40家以上；老年友善医疗机构覆盖率达到95%。
"""


def test_a_news_item_on_a_plan_that_came_out_states_its_goals(tmp_path: Path) -> None:
    # the figures after the headline are those the new plan sets, not news of work done
    found = document(tmp_path, _PLAN_CAME_OUT)
    assert [(value, unit) for _, _, value, unit, _ in found] == [
        (75.0, "%"),
        (40.0, "家"),
        (95.0, "%"),
    ]


_PLAN_GONE_BY = _PLAN_CAME_OUT.replace("2025年03月02日", "2031年03月02日")


def test_a_news_item_on_a_plan_whose_span_is_over_states_no_goals(tmp_path: Path) -> None:
    found = document(tmp_path, _PLAN_GONE_BY)
    assert (40.0, "家") not in [(value, unit) for _, _, value, unit, _ in found]


def test_items_tested_counted_each_time_keep_their_unit() -> None:
    assert read("农贸市场快检不少于2万项次") == [("农贸市场快检", ">=", 20000.0, "项次")]


def test_people_a_service_is_given_to_where_it_is_given() -> None:
    # where the service is given comes first; the count is of the people served
    assert read("在全县范围内为80名低保老人免费安装助听器") == [
        ("低保老人免费安装助听器", "=", 80.0, "名")
    ]


def test_people_a_planned_service_is_done_to() -> None:
    assert read("该活动计划对本县600名孕妇免费开展产前筛查") == [
        ("孕妇免费开展产前筛查", "=", 600.0, "名")
    ]


def test_what_a_counting_verb_reaches_more_than_a_count_of_is_named_after_it() -> None:
    # 超 between the counting verb and the count: what is counted still follows the count
    assert read("全年举办超20场健康讲座") == [("举办健康讲座", ">", 20.0, "场")]


def test_a_group_of_people_listed_with_diseases_keeps_no_patient_word() -> None:
    # Round 3: the diseases share the 患者 of the last; the group before them already names people.
    assert read("到年底，70岁以上老人、哮喘、1型糖尿病患者随访管理率达到75%。") == [
        ("70岁以上老人随访管理率", ">=", 75.0, "%"),
        ("哮喘患者随访管理率", ">=", 75.0, "%"),
        ("1型糖尿病患者随访管理率", ">=", 75.0, "%"),
    ]
    assert read("孕产妇、肺结核、慢阻肺患者规范管理率均不低于80%。") == [
        ("孕产妇规范管理率", ">=", 80.0, "%"),
        ("肺结核患者规范管理率", ">=", 80.0, "%"),
        ("慢阻肺患者规范管理率", ">=", 80.0, "%"),
    ]
