"""Kinds of plan language the rules first met on documents they were not written for (issue
12, the second round): each test states the rule in a sentence written for it, not a line of
the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.documents import ingest
from healthplan.extraction import clause_targets, document_targets, plan_years
from healthplan.extraction.clauses import explain
from targets_helpers import document


def read(text: str) -> list[tuple[str, str, float, float | None, str]]:
    return [
        (t.indicator, t.comparator.value, t.value, t.value_max, t.unit)
        for t in clause_targets(text)
    ]


def test_a_level_held_about_a_value_is_that_value() -> None:
    assert read("全县居民健康素养水平稳定在40%左右") == [("居民健康素养水平", "=", 40, None, "%")]
    # a ceiling about a value stays a ceiling
    assert read("人口自然增长率控制在6‰左右") == [("人口自然增长率", "<=", 6, None, "‰")]


def test_a_bare_share_of_units_reaching_a_standard_is_that_share() -> None:
    # 达到 says what the units do, not how the share compares (stop 26's rule): a bare share is
    # =, a share with 以上 a floor, one share or a list of them
    assert read("35%的乡镇达到省级卫生乡镇标准") == [
        ("乡镇达到省级卫生乡镇标准", "=", 35, None, "%")
    ]
    assert read("75%以上的村卫生室达到甲级标准") == [("村卫生室达到甲级标准", ">=", 75, None, "%")]
    assert read("20%的社区、15%的行政村达到健康社区标准") == [
        ("社区达到健康社区标准", "=", 20, None, "%"),
        ("行政村达到健康社区标准", "=", 15, None, "%"),
    ]
    assert read("20%以上的社区、15%以上的行政村达到健康社区标准") == [
        ("社区达到健康社区标准", ">=", 20, None, "%"),
        ("行政村达到健康社区标准", ">=", 15, None, "%"),
    ]
    assert read("45%二级医院要达到胸痛中心建设标准") == [
        ("二级医院要达到胸痛中心建设标准", "=", 45, None, "%")
    ]


def test_a_verb_of_change_before_a_percentage_is_a_change_whatever_bounds_it() -> None:
    # 以上, 左右 or 不低于 after a rise does not make it a level; a named rate of growth takes
    # the verb that states its level
    assert read("中医诊疗人次年均增长12%以上") == [("中医诊疗人次", "increase_by", 12, None, "%")]
    assert read("家庭医生签约服务量逐年递增6%以上") == [
        ("家庭医生签约服务量", "increase_by", 6, None, "%")
    ]
    assert read("药品收入同比下降8%左右") == [("药品收入", "decrease_by", 8, None, "%")]
    assert read("医疗费用年均增长率控制在9%以内") == [("医疗费用年均增长率", "<=", 9, None, "%")]
    assert read("床位使用增长率保持在4%以上") == [("床位使用增长率", ">=", 4, None, "%")]


def test_a_rate_whose_percent_sign_the_page_lost() -> None:
    assert read("孕产妇系统管理率达到90儿童系统管理率达到85") == [
        ("孕产妇系统管理率", ">=", 90, None, ""),
        ("儿童系统管理率", ">=", 85, None, ""),
    ]
    assert read("两癌筛查覆盖率分别达到60及以上和80及以上") == [
        ("两癌筛查覆盖率", ">=", 60, None, ""),
        ("两癌筛查覆盖率", ">=", 80, None, ""),
    ]
    # a bare number above 100, words after it, is no share
    assert read("随访率达到150新生儿") == []


def test_who_asks_for_a_goal_is_not_part_of_it() -> None:
    assert read("实施方案要求到X年全县婚前医学检查率达到80%") == [
        ("婚前医学检查率", ">=", 80, None, "%")
    ]
    assert read("要求各地孕产妇系统管理率达到90%") == [("孕产妇系统管理率", ">=", 90, None, "%")]


def test_what_was_already_created_is_a_fact() -> None:
    assert read("全市已创建省级卫生村40个") == []
    assert [why for _, why in explain("全市已创建省级卫生村40个")] == ["fact"]


def test_once_is_how_often_a_counted_service_is_given() -> None:
    assert read("免费为超过2万名妇女提供一次宫颈癌筛查") == [
        ("妇女提供一次宫颈癌筛查", ">", 20000, None, "名")
    ]
    # alone, the one time is the target
    assert read("为辖区老年人提供一次免费体检服务") == [("提供免费体检服务", "=", 1, None, "次")]


def test_a_disease_named_with_zhong_is_no_partitive() -> None:
    assert read("免费为2万名孕妇提供地中海贫血筛查") == [
        ("孕妇提供地中海贫血筛查", "=", 20000, None, "名")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县选择3家医院开展日间手术试点", ("选择医院开展日间手术试点", "=", 3, None, "家")),
        ("确定2个乡镇为医共体试点", ("确定乡镇为医共体试点", "=", 2, None, "个")),
        ("支持全县120个村卫生室的标准化建设", ("支持村卫生室的标准化建设", "=", 120, None, "个")),
        ("给予每个乡镇卫生院20万元奖补资金", ("每个乡镇卫生院奖补资金", "=", 200000, None, "元")),
    ],
)
def test_a_count_chosen_supported_or_paid(
    text: str, expected: tuple[str, str, float, float | None, str]
) -> None:
    assert read(text) == [expected]


def test_values_listed_for_payers_per_head() -> None:
    assert read("中央、省、县财政补助标准分别为年人均60元、40元、20元") == [
        ("中央财政补助标准", "=", 60, None, "元"),
        ("省财政补助标准", "=", 40, None, "元"),
        ("县财政补助标准", "=", 20, None, "元"),
    ]
    # two single characters that share no head stay one indicator
    assert [t[0] for t in read("城、乡居民健康素养水平分别提高到26%和18%以上")] == [
        "城、乡居民健康素养水平",
        "城、乡居民健康素养水平",
    ]


def test_a_bare_action_is_of_the_project_its_heading_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某县2022年民生实事项目\n（一）慢性病综合防控项目。\n目标要求：筛查5000人。\n"
        "（二）健康教育。\n目标要求：培训30场。\n",
    )
    assert [t[:3] for t in found] == [
        ("慢性病综合防控项目筛查", "=", 5000),
        ("培训", "=", 30),  # 健康教育 names no project
    ]


def test_deadlines_of_steps_periods_and_paragraph_openings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某市老年健康服务分三步走\n第一步 2024年\n全市50%以上的乡镇开展医养结合试点\n"
        "第二步 2026年\n护理型床位占比达到30%以上\n"
        "2023年全市完成村卫生室建设100个。全市社区卫生服务机构达到60个；完成医师培训500人。\n",
    )
    assert [(t[2], t[4]) for t in found] == [
        (50, 2024),
        (30, 2026),
        (100, 2023),
        (60, 2023),
        (500, 2023),
    ]


def test_a_period_in_brackets_bounds_the_plan_but_dates_none_of_its_statements(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the gold convention of stop 25: a plan's title alone dates nothing; a figure of a year
    # before the period is still the past
    found = document(
        tmp_path,
        "《某省精神卫生工作规划（2021—2025）》印发\n登记在册的严重精神障碍患者管理率达到85%以上。\n"
        "2019年全省精神科床位达到3万张。\n",
    )
    assert [(t[0], t[4]) for t in found] == [("登记在册的严重精神障碍患者管理率", None)]


def test_years_that_are_no_deadline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某县2024年基本公共卫生服务工作计划\n"
        "人均基本公共卫生服务经费标准由2023年的89元提高到94元。\n"
        "2019年后出生的儿童预防接种信息化管理率达到100%。\n",
    )
    assert [(t[2], t[4]) for t in found] == [(94, 2024), (100, 2024)]


def test_the_years_a_paragraph_lists_go_to_values_given_respectively(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某市健康老龄化行动\n"
        "到2025年和2030年，老年人失能发生率有所下降；"
        "二级以上综合医院设老年医学科比例分别达到60%和90%；"
        "安宁疗护病区覆盖率分别达到30%和50%。\n",
    )
    assert [(t[2], t[4]) for t in found] == [(60, 2025), (90, 2030), (30, 2025), (50, 2030)]


def test_examples_before_deng_are_no_indicator_of_their_own() -> None:
    found = read("苯丙酮尿症、先天性肾上腺皮质增生症等遗传代谢病3个月内诊断率、治疗率均达到85%")
    assert [t[0] for t in found] == ["遗传代谢病3个月内诊断率", "遗传代谢病3个月内治疗率"]


def test_a_trend_before_the_goal_is_not_part_of_the_indicator() -> None:
    assert read("妇女宫颈癌、乳腺癌筛查率稳步提高并于2027年达到60%以上") == [
        ("妇女宫颈癌筛查率", ">=", 60, None, "%"),
        ("妇女乳腺癌筛查率", ">=", 60, None, "%"),
    ]


def test_a_change_from_the_present_level() -> None:
    assert read("焦虑障碍治疗率在现有基础上提高30%") == [
        ("焦虑障碍治疗率", "increase_by", 30, None, "%")
    ]


def test_shares_of_units_named_with_brackets() -> None:
    assert read("100%的县(市、区)、60%的乡镇(街道)设立心理服务站") == [
        ("县(市、区)设立心理服务站", "=", 100, None, "%"),
        ("乡镇(街道)设立心理服务站", "=", 60, None, "%"),
    ]


def test_a_share_of_a_whole_compared_by_its_verb() -> None:
    assert read("签约居民数量要达到常住人口总数的45%左右") == [
        ("签约居民数量占常住人口总数比例", ">=", 45, None, "%")
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("共形成86个具体指标", "category"),  # how many indicators a plan has
        ("其中约束性指标12项", "category"),
        ("《中国妇幼保健》2019年7期", "label"),  # an issue of a journal
        ("注：目标人群约为常住人口的12%", "label"),  # a note on how a figure is counted
    ],
)
def test_numbers_that_describe_a_plan_or_a_source(text: str, reason: str) -> None:
    assert read(text) == []
    assert explain(text)[-1][1] == reason


def test_a_time_gone_by_opens_clauses_of_facts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某省“十四五”老龄健康规划\n"
        "2016年至2020年，全省人均预期寿命从77.1岁提高到78.3岁，"
        "到2025年，人均预期寿命达到79岁。\n"
        "一、规划背景\n全省老年人健康管理率达到72%。\n",
    )
    assert [(t[0], t[2], t[4]) for t in found] == [("人均预期寿命", 79, 2025)]


def test_department_names_of_associations_and_joint_offices() -> None:
    from healthplan.extraction.departments import item_departments, not_a_department

    found = item_departments("2.开展减盐宣传。（市妇联、市科协、市计生协等按职责分工负责）")
    assert found is not None and found.names == ["市妇联", "市科协", "市计生协"]
    row = item_departments("3 | 完善信息发布 | 综合处会办公室 | 年底前 |", row=True)
    assert row is not None and row.names == ["综合处", "办公室"]
    # a title a place earns is no body
    assert not_a_department("国家级慢性病综合防控示范区") == "not an organisation"


def test_a_parenthesis_after_a_name_standing_alone_is_its_other_name() -> None:
    from healthplan.extraction.departments import item_departments

    row = item_departments("4 | 做好健康城市信息发布 | 规划发展科(爱卫办) | 长期 |", row=True)
    assert row is not None and row.names == ["规划发展科(爱卫办)"]
    # after the work of an item, it names who does it
    item = item_departments("1.新建3个社区卫生服务中心（区卫健委）")
    assert item is not None and item.names == ["区卫健委"]


def test_a_value_cell_is_no_row_number_when_the_next_number_follows() -> None:
    from healthplan.extraction.text import table_rows

    cells = ["序号", "指标", "单位", "2025年", "2027年", "牵头单位"]
    rows = [
        ["1", "肺结核发病率", "/10万", "40", "35", "区卫健局"],
        ["2", "婴儿死亡率", "‰", "3", "2", "区卫健局"],
        ["3", "溺亡率", "/10万", "4", "2", "区教育局"],
    ]
    text = "\n".join(f"{c} |" for c in cells + [c for r in rows for c in r])
    found = [text[a:b].split(" |")[1].strip() for a, b in table_rows(text)]
    assert found == ["肺结核发病率", "婴儿死亡率", "溺亡率"]


def test_an_indicator_holds_no_other_value() -> None:
    # a formula before it (how a rate is counted), a date in brackets: the indicator follows
    assert read("管理率为辖区人口数*12%*60%糖尿病患者规范管理率65%") == [
        ("糖尿病患者规范管理率", "=", 65, None, "%")
    ]
    assert read("考核比率(2019.6)孕产妇系统管理率85%") == [("孕产妇系统管理率", "=", 85, None, "%")]
    # a bound inside its name stays (不超过100的天数)
    assert read("空气质量指数不超过100的天数≥300天") == [
        ("空气质量指数不超过100的天数", ">=", 300, None, "天")
    ]


def test_cells_of_a_table_line_name_the_last_cell() -> None:
    assert read("预防接种管理 适龄儿童建证率95%") == [("适龄儿童建证率", "=", 95, None, "%")]
    assert [why for _, why in explain("随访管理率80%（注：目标人群约为常住人口的12%）")] == [
        None,
        "label",
    ]


def test_deadlines_of_indented_paragraphs_and_paired_years(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某省卫生服务体系建设\n"
        "  2009年全省完成80所乡镇卫生院建设。全省社区卫生服务机构达到900个。\n"
        "到2025年底和2030年，全区居民健康素养水平分别不低于25%和32%。\n"
        "到2025年和2030年，城乡居民体质合格比例分别不少于90%和92%。\n"
        "心理治疗率在现有基础上提高30%。\n",
    )
    assert [(t[2], t[4]) for t in found] == [
        (80, 2009),
        (900, 2009),
        (25, 2025),
        (32, 2030),
        (90, 2025),
        (92, 2030),
        (30, 2025),  # the year the text works towards
    ]


def test_a_change_on_last_year_after_a_target_restates_its_indicator() -> None:
    assert read("全县居民健康素养水平提升至28%，比上年提高2个百分点") == [
        ("居民健康素养水平", ">=", 28, None, "%"),
        ("居民健康素养水平", "increase_by", 2, None, "个百分点"),
    ]


def test_a_service_and_its_check_named_together_stay_one_rate() -> None:
    # 眼保健和视力检查: one service of a long name; a short pair shares its head (below)
    assert [t[0] for t in read("0—6岁儿童眼保健和视力检查覆盖率达到90%")] == [
        "0—6岁儿童眼保健和视力检查覆盖率"
    ]
    assert [t[0] for t in read("生活垃圾和生活污水处理率达到90%")] == [
        "生活垃圾处理率",
        "生活污水处理率",
    ]


def test_a_bound_that_says_which_units() -> None:
    assert read("服务人口超过1万人的村设立1个村卫生室") == [("设立村卫生室", "=", 1, None, "个")]
    assert read("完成20个的村卫生室建设") == [("完成村卫生室建设", "=", 20, None, "个")]


def test_a_year_in_a_numbered_goal_is_not_the_plans(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某区创建国家卫生区工作方案\n一、工作目标\n"
        "（一）2023年目标。农村卫生厕所普及率达到95%以上。\n"
        "二、主要任务\n1.健康教育。中小学健康教育开课率达到100%。\n",
    )
    assert [(t[2], t[4]) for t in found] == [(95, 2023), (100, None)]


def test_departments_who_share_a_task_by_their_duties() -> None:
    from healthplan.extraction.departments import item_departments

    found = item_departments("6.推进医养结合，区民政局、区卫健委按职责分工负责。")
    assert found is not None and found.names == ["区民政局", "区卫健委"]


def test_a_ratio_is_its_second_term() -> None:
    assert read("全市医护比达到1:1.2") == [("医护比", ">=", 1.2, None, "")]
    assert read("床护比不低于1：0.6") == [("床护比", ">=", 0.6, None, "")]


def test_a_review_followed_by_next_years_plan(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某县2023年卫生健康工作总结和2024年工作安排\n一、2023年工作回顾\n"
        "全年新建社区卫生服务中心3家，婴儿死亡率为2.1‰。\n二、2024年工作安排\n"
        "（一）新建三所县级医院。\n（二）年底前，检查检验结果互认率达到60%。\n",
    )
    assert [(t[0], t[2], t[4]) for t in found] == [
        ("新建县级医院", 3, 2024),
        ("检查检验结果互认率", 60, 2024),
    ]


def test_a_sentence_of_names_reads_who_leads() -> None:
    from healthplan.extraction.departments import item_departments

    found = item_departments("3.推进农村改厕。区卫健局、区农业农村局（牵头），各街道办事处。")
    assert found is not None
    assert (found.lead, found.names) == (
        "区农业农村局",
        ["区农业农村局", "区卫健局", "各街道办事处"],
    )


def test_a_ratio_in_a_document_is_one_clause(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(tmp_path, "某县2024年工作要点\n1.医护比达到1:1.2，床位使用率达到85%。\n")
    assert [t[:4] for t in found] == [
        ("医护比", ">=", 1.2, ""),
        ("床位使用率", ">=", 85, "%"),
    ]


def test_a_meeting_reviews_the_year_then_lists_the_next(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "县卫健局召开全县卫生健康工作会议\n"
        "会议指出，2023年全县卫生健康工作取得显著成效，婴儿死亡率下降到2.3‰。\n"
        "会议强调，2024年要重点抓好以下工作：一是县域就诊率稳定在90%以上；"
        "二是年内新建3个社区医院；三是接种率保持在95%以上。\n"
        "力争到2030年，全县卫生健康事业取得新进展，孕产妇死亡率下降到10/10万以下。\n",
    )
    assert [(t[0], t[2], t[4]) for t in found] == [
        ("县域就诊率", 90, 2024),
        ("新建社区医院", 3, 2024),
        ("接种率", 95, 2024),
        ("孕产妇死亡率", 10, 2030),
    ]


def test_shares_of_units_each_with_its_own_object() -> None:
    assert read("25%的学校、15%的机关分别建成健康学校、健康机关") == [
        ("学校建成健康学校", "=", 25, None, "%"),
        ("机关建成健康机关", "=", 15, None, "%"),
    ]


def test_a_shared_head_is_said_once() -> None:
    assert [t[0] for t in read("高血压患者和2型糖尿病患者基层规范管理率分别达到65%、60%以上")] == [
        "高血压患者基层规范管理率",
        "2型糖尿病患者基层规范管理率",
    ]


def test_a_number_glued_to_a_latin_letter_is_part_of_a_name() -> None:
    assert read("每个市建成1个P3实验室") == [("建成P3实验室", "=", 1, None, "个")]
    assert read("建成P3实验室2个") == [("建成P3实验室", "=", 2, None, "个")]


def test_what_each_unit_is_to_have_built() -> None:
    assert read("每个乡镇建有1所标准化卫生院") == [("每个乡镇标准化卫生院", "=", 1, None, "所")]
    assert read("全县约有1200名乡村医生") == []  # how many there are


def test_departments_of_sections_and_of_two_phrases() -> None:
    from healthplan.extraction.departments import item_departments

    sections = item_departments("（三）预防接种。接种率达到90%以上。责任科室：疾控股、基层股。")
    assert sections is not None and sections.names == ["疾控股", "基层股"]
    both = item_departments("（一）建档。由区卫健局负责组织实施，各社区卫生服务中心具体负责。")
    assert both is not None
    assert (both.lead, both.names) == ("区卫健局", ["区卫健局", "各社区卫生服务中心"])


def test_an_indicator_table_laid_out_with_spaces_and_category_cells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某县“十四五”卫生健康规划\n"
        "类别    序号    指标    单位    2020年    2025年    性质\n"
        "健康水平    1    人均预期寿命    岁    79.8    80.5    预期性\n"
        "    2    婴儿死亡率    ‰    3.2    ≤3    预期性\n"
        "健康生活    3    居民健康素养水平    %    25.3    ≥30    预期性\n"
        "    4    15岁以上人群吸烟率    %    24.1    <20    预期性\n",
    )
    assert [t[:4] for t in found] == [  # a bare cell is "=", as a bare value in prose is
        ("人均预期寿命", "=", 80.5, "岁"),
        ("婴儿死亡率", "<=", 3, "‰"),
        ("居民健康素养水平", ">=", 30, "%"),
        ("15岁以上人群吸烟率", "<", 20, "%"),
    ]


def test_a_table_row_whose_baseline_is_a_dash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.txt"
    path.write_text(
        "某区卫生健康规划\n领域\t指标名称\t单位\t2020年\t2025年\t属性\n"
        "服务能力\t二级以上综合医院设置老年医学科比例\t%\t—\t≥70\t预期性\n"
        "\t孕产妇死亡率\t/10万\t9.5\t持续下降\t预期性\n",
        encoding="utf-8",
    )
    source = ingest(path)
    found = document_targets(source, source.documents[0])
    assert [(t.indicator_text, t.value, t.baseline_value) for t in found] == [
        ("二级以上综合医院设置老年医学科比例", 70, None)
    ]


def test_a_five_year_plan_named_in_single_quotes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(tmp_path, "某市卫生健康规划\n到‘十四五’期末，全市人均预期寿命达到80岁。\n")
    assert [(t[0], t[4]) for t in found] == [("人均预期寿命", 2025)]


def test_news_of_a_plan_is_not_dated_by_the_period_its_title_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # stop 25's convention: a plan's title alone dates none of its statements
    found = document(
        tmp_path,
        "《某省心理健康促进行动（2023—2027年）》印发 省卫健委等部门日前印发该行动，"
        "要求心理咨询服务覆盖率达到80%以上。\n",
    )
    assert [(t[0], t[4]) for t in found] == [("心理咨询服务覆盖率", None)]
    cited = document(
        tmp_path,
        "某县2024年工作要点\n根据《健康中国行动（2019—2030年）》，居民健康素养水平达到30%。\n",
    )
    assert [(t[0], t[4]) for t in cited] == [("居民健康素养水平", 2024)]


def test_news_of_a_five_year_plan_is_dated_by_what_its_sentences_say(tmp_path) -> None:  # type: ignore[no-untyped-def]
    title = "多部门印发的《“十四五”健康老龄化规划》日前发布。"
    found = document(
        tmp_path, title + "根据规划，老年人健康管理率达到70%。人均体育场地面积2.6平方米。\n"
    )
    assert [(t[0], t[4]) for t in found] == [("老年人健康管理率", None), ("人均体育场地面积", None)]
    # the year said after who says it dates the rest of the paragraph
    found = document(
        tmp_path, title + "根据规划，2025年老年人健康管理率达到70%。人均体育场地面积2.6平方米。\n"
    )
    assert [(t[0], t[4]) for t in found] == [("老年人健康管理率", 2025), ("人均体育场地面积", 2025)]


def test_below_said_short() -> None:
    assert read("未及时审核率低0.05%") == [("未及时审核率", "<", 0.05, None, "%")]
    assert read("孕产妇死亡率降低10%") == [("孕产妇死亡率", "decrease_by", 10, None, "%")]


def test_a_scope_written_after_the_indicator_goes_before_it() -> None:
    assert read("急救平均反应时间城市≤12分钟、农村≤30分钟") == [
        ("城市急救平均反应时间", "<=", 12, None, "分钟"),
        ("农村急救平均反应时间", "<=", 30, None, "分钟"),
    ]
    assert read("创建国家卫生城市2个") == [("创建国家卫生城市", "=", 2, None, "个")]


def test_this_year_in_a_dated_news_item(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "我市基层医疗卫生服务能力持续提升\n来源：某某网  2024-03-02\n"
        "  下一步，力争家庭医生签约服务覆盖率提高到50%以上。今年，全市计划再新建社区医院3家。\n",
    )
    assert [(t[0], t[4]) for t in found][-1] == ("新建社区医院", 2024)
    assert read("计划免疫接种率达到95%") == [("计划免疫接种率", ">=", 95, None, "%")]


def test_outpatient_and_inpatient_costs_share_their_growth() -> None:
    assert [t[0] for t in read("门诊和住院次均费用增幅控制在5%以内")] == [
        "门诊次均费用增幅",
        "住院次均费用增幅",
    ]
    assert (
        read("每个县（区）至少有1所医院达到三级医院水平")[0][0]
        == "每个县（区）医院达到三级医院水平"
    )


def test_a_task_table_laid_out_with_spaces(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from healthplan.extraction.departments import item_departments

    row = "3    建设健康步道20公里    区体育局    各街道（镇、乡）政府    2024年底"
    found = item_departments(row, row=True)
    assert found is not None and found.names == ["区体育局", "各街道（镇、乡）政府"]
    targets = document(
        tmp_path, "某区重点任务分工表\n序号    重点任务    牵头单位    完成时限\n" + row + "\n"
    )
    assert [t[:4] for t in targets] == [("建设健康步道", "=", 20, "公里")]


def test_a_level_then_jun_is_no_average() -> None:
    # 水平均达: 水平 and 均, not 平均
    assert [t[0] for t in read("城乡居民健康素养水平均达到30%")] == [
        "城市居民健康素养水平",
        "农村居民健康素养水平",
    ]
    assert read("住院费用平均降低5%") == [("住院费用", "decrease_by", 5, None, "%")]


def test_a_year_after_zai_is_a_deadline_unless_a_base(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某县卫生健康事业发展计划\n1.在2025年底前建成县级胸痛中心1个。\n"
        "2.人均预期寿命在2020年基础上提高1岁。\n",
    )
    assert [(t[0], t[4]) for t in found] == [("建成县级胸痛中心", 2025), ("人均预期寿命", None)]
    assert [t.baseline_year for t in clause_targets("人均预期寿命在2020年基础上提高1岁")] == [2020]


def test_a_counted_number_before_yishang_de_is_the_count() -> None:
    assert read("新建100张以上的护理床位") == [("新建护理床位", ">=", 100, None, "张")]
    assert read("对2000户以上的社区开展评估") == []  # which communities: a size


def test_each_share_of_units_has_its_own_floor() -> None:
    assert [
        (t[1], t[2]) for t in read("100%的社区卫生服务中心和80%以上的村卫生室能够提供中医药服务")
    ] == [
        ("=", 100),
        (">=", 80),
    ]


def test_what_reaches_a_requirement_is_no_one_asking() -> None:
    # 要求 ending the object (达到省级建设要求) is no 方案要求 before the indicator
    assert read("积极培育新申报20个健康村达到省级建设要求") == [
        ("新申报健康村达到省级建设要求", "=", 20, None, "个")
    ]
    assert read("倡导“915”(就要5克)减盐理念") == []  # a gloss in brackets


def test_a_rate_under_an_action_heading_stays_itself(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path, "某县2024年工作要点\n（三）实施重点人群健康保障行动。\n全县婚检率达到90%以上。\n"
    )
    assert [t[0] for t in found] == ["婚检率"]


def test_per_head_rates_written_around_the_indicator() -> None:
    assert read("每万名居民拥有2-3名合格的全科医生") == [
        ("每万名居民合格的全科医生", "=", 2, 3, "名")
    ]
    assert read("乡镇卫生院床位数每千人口1.2张") == [
        ("每千人口乡镇卫生院床位数", "=", 1.2, None, "张")
    ]


def test_by_the_year_end_is_no_part_of_the_indicator() -> None:
    assert read("确保到年底全县家庭医生签约率达到50%") == [("家庭医生签约率", ">=", 50, None, "%")]


# The third round (issue 12, the stop-19 held-out part folded into development): kinds met there.


def test_signs_a_conversion_turned_into_others(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # ℅ for a per cent; a ? where the page lost ≥ or ≤ (the indicator tells which)
    found = document(
        tmp_path,
        "病媒生物控制标准：\n室内积水阳性率不超过4℅，灭蚊知识知晓率?85%，婴儿死亡率?6‰。\n",
    )
    assert [(i, c, v, u) for i, c, v, u, _ in found] == [
        ("室内积水阳性率", "<=", 4, "%"),
        ("灭蚊知识知晓率", ">=", 85, "%"),
        ("婴儿死亡率", "<=", 6, "‰"),
    ]


def test_a_count_of_insects_has_its_unit() -> None:
    assert read("每个诱捕器平均捕获蚊虫不超过2只") == [
        ("每个诱捕器平均捕获蚊虫", "<=", 2, None, "只")
    ]


def test_a_sibling_named_alone_takes_the_measure_of_the_one_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "工作目标：\n到2027年，城区公厕保洁时间不少于14小时，乡镇不少于10小时；"
        "男生肥胖率控制在8%以内，女生控制在6%以内。\n",
    )
    assert [(i, c, v, u) for i, c, v, u, _ in found] == [
        ("城区公厕保洁时间", ">=", 14, "小时"),
        ("乡镇公厕保洁时间", ">=", 10, "小时"),
        ("男生肥胖率", "<=", 8, "%"),
        ("女生肥胖率", "<=", 6, "%"),
    ]
    # a value of another unit is no sibling's: the short noun is not given the measure
    assert ("乡镇公厕保洁时间", ">=", 3, "%") not in [
        (i, c, v, u)
        for i, c, v, u, _ in document(tmp_path, "城区公厕保洁时间不少于14小时，乡镇不少于3%。\n")
    ]


def test_short_items_before_a_shared_head_each_take_it() -> None:
    assert read("甲肝、戊肝、丙肝筛查阳性告知率分别为≥90%") == [
        ("甲肝筛查阳性告知率", ">=", 90, None, "%"),
        ("戊肝筛查阳性告知率", ">=", 90, None, "%"),
        ("丙肝筛查阳性告知率", ">=", 90, None, "%"),
    ]
    # the head begins where a word of one does (感染…), and may hold a 及 of its own
    assert read("结核、乙肝感染儿童及其家长随访率达到85%") == [
        ("结核感染儿童及其家长随访率", ">=", 85, None, "%"),
        ("乙肝感染儿童及其家长随访率", ">=", 85, None, "%"),
    ]


def test_a_joint_inside_a_modifier_joins_no_indicators() -> None:
    assert read("对患结核和乙肝的学生及家长开展随访管理比例达到80%") == [
        ("对患结核和乙肝的学生及家长开展随访管理比例", ">=", 80, None, "%")
    ]


def test_a_change_with_a_bound_is_a_change() -> None:
    assert read("每千人口献血率原则上应较上一年度增长不少于1个百分点") == [
        ("每千人口献血率", "increase_by", 1, None, "个百分点")
    ]
    assert read("成人肥胖率平均每年下降不低于0.3个百分点") == [
        ("成人肥胖率", "decrease_by", 0.3, None, "个百分点")
    ]
    assert read("龋齿患病率每年降1%以上") == [("龋齿患病率", "decrease_by", 1, None, "%")]


def test_a_lead_cut_short_ends_its_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "导读 省卫生健康委印发《全民营养提升行动方案(2025-2027年...\n"
        "省卫生健康委印发《全民营养提升行动方案(2025-2027年)》，提出：到2027年，"
        "居民营养知识知晓率持续提升，平均每年提升3个百分点左右。\n",
    )
    assert found == [("居民营养知识知晓率", "increase_by", 3, "个百分点", 2027)]


def test_a_bracket_never_closed_opens_nothing() -> None:
    from healthplan.extraction.text import split_outside_brackets

    assert [p for _, p, _ in split_outside_brackets("《甲方案(2024-、乙、丙", "、")] == [
        "《甲方案(2024-",
        "乙",
        "丙",
    ]


def test_a_figure_of_a_year_before_the_plan_is_no_target(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "健康促进行动方案（2023-2025年）\n"
        "到2025年，全省婴儿死亡率下降到4‰以下。据统计，2021年全省婴儿死亡率为5.2‰。\n",
    )
    assert found == [("婴儿死亡率", "<=", 4, "‰", 2025)]


def test_one_of_a_kind_and_a_count_of_indicators_are_no_targets() -> None:
    assert read("健康促进是一项涉及多部门的系统工程") == []
    assert read("设定了婴儿死亡率、孕产妇死亡率等6个可以量化的主要指标") == []
    assert explain("控烟工作是一项长期任务")[0][1] == "article"
    # a count of units is still one
    assert read("新建一所社区卫生服务中心") == [("新建社区卫生服务中心", "=", 1, None, "所")]


def test_a_news_item_announcing_its_goals_reads_the_items_after(tmp_path) -> None:  # type: ignore[no-untyped-def]
    news = (
        "本报讯（记者 王某）省卫生健康委日前印发方案。到2026年底，将实现三大目标。\n"
        "其一，巩固妇幼服务。全省孕产妇系统管理率达到92%以上。\n"
        "其二，提升儿童健康。全省儿童眼保健覆盖率达到95%以上。\n"
    )
    assert document(tmp_path, news) == [
        ("孕产妇系统管理率", ">=", 92, "%", 2026),
        ("儿童眼保健覆盖率", ">=", 95, "%", 2026),
    ]
    # without the announcement, news of what a province has is no goal
    said = news.replace("到2026年底，将实现三大目标。", "")
    assert document(tmp_path, said) == []


def test_a_news_item_quoting_an_official_reports_what_was_done(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "全民健身行动目标提前实现\n"
        "省体育局副局长张某3月2日介绍，全民健身行动主要目标已经实现。"
        "全省人均体育场地面积提高到2.9平方米。到2030年，全省经常参加体育锻炼人数比例达到45%以上。\n",
    )
    assert found == [("经常参加体育锻炼人数比例", ">=", 45, "%", 2030)]


def test_where_and_who_speaks_are_no_part_of_an_indicator() -> None:
    assert read("提出了到2030年我国12岁儿童龋患率控制在25%以内") == [
        ("12岁儿童龋患率", "<=", 25, None, "%")
    ]


def test_a_clause_ending_with_a_span_gone_by_tells_the_past(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "“十四五”卫生健康规划\n"
        "全省孕产妇系统管理率在2016年至2020年，从85%提高至91%。"
        "到2025年，全省孕产妇系统管理率达到93%以上。\n",
    )
    assert found == [("孕产妇系统管理率", ">=", 93, "%", 2025)]
    assert read("中国的人均预期寿命达到80岁以上") == [("人均预期寿命", ">=", 80, None, "岁")]


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [
        ("产前筛查率≧80%", ">="),
        ("产前筛查率≮80%", ">="),
        ("产前筛查率大于等于80%", ">="),
        ("孕妇贫血率≦80%", "<="),
        ("孕妇贫血率≯80%", "<="),
        ("孕妇贫血率小于或等于80%", "<="),
    ],
)
def test_signs_and_words_of_standards_compare(sentence: str, comparator: str) -> None:
    [(indicator, compared, value, _, unit)] = read(sentence)
    assert (indicator, compared, value, unit) == (sentence[:5], comparator, 80, "%")


def test_rates_written_in_words() -> None:
    assert read("新生儿破伤风发病率下降到十万分之三") == [
        ("新生儿破伤风发病率", "<=", 3, None, "/10万")
    ]
    # tenths in words are kept as written, as 8成 is (stop 25; the seventh part's gold)
    assert read("学生体质健康达标率达到九成以上") == [("学生体质健康达标率", ">=", 9, None, "成")]
    assert read("中医院治未病科室设置率达到八成") == [
        ("中医院治未病科室设置率", ">=", 8, None, "成")
    ]
    assert read("要做到一成不变") == []


def test_a_per_head_after_the_verb_names_the_indicator() -> None:
    assert read("执业医师数达到每千常住人口3.4人") == [
        ("每千常住人口执业医师数", ">=", 3.4, None, "人")
    ]


def test_figures_counted_or_of_last_year_are_no_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某区2025年卫生健康工作计划\n"
        "据统计，全区婴儿死亡率为3.2‰。去年全区居民健康素养水平达到25%。\n"
        "全区居民健康素养水平比去年提高2个百分点。全年接种流感疫苗3万剂次。\n",
    )
    assert found == [
        ("居民健康素养水平", "increase_by", 2, "个百分点", 2025),
        ("接种流感疫苗", "=", 30000, "剂次", 2025),
    ]


def test_bodies_joined_before_one_measure_each_take_it() -> None:
    assert read("县妇幼保健院和乡镇卫生院产科服务规范化率达到90%") == [
        ("县妇幼保健院产科服务规范化率", ">=", 90, None, "%"),
        ("乡镇卫生院产科服务规范化率", ">=", 90, None, "%"),
    ]
    # 服务 inside a body's name (社区卫生服务中心) is no head
    assert read("村卫生室和社区卫生服务站中医药服务提供率均达到80%") == [
        ("村卫生室中医药服务提供率", ">=", 80, None, "%"),
        ("社区卫生服务站中医药服务提供率", ">=", 80, None, "%"),
    ]


def test_the_same_words_said_again_state_one_target(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "《某省健康老龄化规划》全文公布，规划提出，到2030年，全省的人均预期寿命达到81岁以上。\n"
        "规划还提出，到2030年，人均预期寿命达到81岁以上，婴儿死亡率控制在4‰以下。\n"
    )
    assert document(tmp_path, text) == [
        ("人均预期寿命", ">=", 81, "岁", 2030),
        ("婴儿死亡率", "<=", 4, "‰", 2030),
    ]
    # other words for the same value are kept: a plan may state it in its summary and its body
    other = text.replace("人均预期寿命达到81岁以上，婴儿", "人均预期寿命提高到81岁以上，婴儿")
    assert len(document(tmp_path, other)) == 3


def test_items_joined_by_and_before_one_head_with_a_value_each() -> None:
    assert read("甲肝、戊肝和丙肝疫苗接种率分别达到90%、85%、80%") == [
        ("甲肝疫苗接种率", ">=", 90, None, "%"),
        ("戊肝疫苗接种率", ">=", 85, None, "%"),
        ("丙肝疫苗接种率", ">=", 80, None, "%"),
    ]
    # a qualified last item is a whole indicator of its own
    assert read("孕产妇、新生儿和5岁以下儿童死亡率分别控制在9/10万、3‰和6‰") == [
        ("孕产妇死亡率", "<=", 9, None, "/10万"),
        ("新生儿死亡率", "<=", 3, None, "‰"),
        ("5岁以下儿童死亡率", "<=", 6, None, "‰"),
    ]


def test_a_year_opening_a_list_is_the_deadline_of_its_items(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "《某省全民健康规划纲要》细化了目标：\n2030年的主要指标，其中：\n"
        "婴儿死亡率 4.5‰ |\n居民健康素养水平 提升至35% |\n"
        "全省将持续推进健康促进工作。居民健康素养水平达到20%。\n",
    )
    assert [(i, v, d) for i, _, v, _, d in found] == [
        ("婴儿死亡率", 4.5, 2030),
        ("居民健康素养水平", 35, 2030),
        ("居民健康素养水平", 20, None),
    ]


def test_the_whole_year_is_the_plans_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "市卫健委：推进基层卫生建设\n2024-03-05 来源：某市日报\n"
        "本报讯（记者 李某）市卫健委将力争到2025年，全市医师数达到3000人。\n"
        "市卫健委表示，全年将培训乡村医生500人次。\n",
    )
    assert [(v, d) for _, _, v, _, d in found] == [(3000, 2025), (500, 2024)]


def test_a_headline_goal_the_text_does_not_restate_is_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = "2030年儿童近视防控覆盖率90%，学校视力筛查率100%\n某市启动儿童近视防控行动。\n"
    assert document(tmp_path, page) == [
        ("儿童近视防控覆盖率", "=", 90, "%", 2030),
        ("学校视力筛查率", "=", 100, "%", 2030),
    ]
    # a figure restated below is said once; a headline of a goal met states none
    restated = page.replace("启动儿童近视防控行动。", "提出，到2030年，学校视力筛查率达到100%。")
    assert [(i, v) for i, _, v, _, _ in document(tmp_path, restated)] == [
        ("儿童近视防控覆盖率", 90),
        ("学校视力筛查率", 100),
    ]
    met = "2030年目标提前实现 学校视力筛查率100%\n某市儿童近视防控工作成效显著。\n"
    assert document(tmp_path, met) == []


def test_markup_a_scraper_left_is_no_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "营养计划：\n降低人群贫血率。<font color=red>5岁以下儿童贫血率</font>控制在10%以下；"
        "孕妇贫血率?/font>下降至12%以下；P>0.05时不计。\n",
    )
    assert [(i, c, v) for i, c, v, _, _ in found] == [
        ("5岁以下儿童贫血率", "<=", 10),
        ("孕妇贫血率", "<=", 12),
    ]


def test_a_rate_described_by_its_level_before_its_goal() -> None:
    assert read("全省达35.2%的成人肥胖率每年降低0.5%以上") == [
        ("成人肥胖率", "decrease_by", 0.5, None, "%")
    ]
    assert explain("全省达35.2%的成人肥胖率每年降低0.5%以上")[0][1] == "described"


def test_levels_of_one_kind_of_unit_are_one_indicator() -> None:
    assert read("市级和县级健康促进医院比例不低于60%") == [
        ("市级和县级健康促进医院比例", ">=", 60, None, "%")
    ]


def test_a_goal_quoted_from_another_plan_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "控烟工作方案\n确保实现《纲要》中关于“到2030年，15岁以上人群吸烟率降低至20%”的目标。\n",
    )
    assert found == [("15岁以上人群吸烟率", "<=", 20, "%", 2030)]
    # a bare number in quotes is a name (“915”行动), not a value
    assert read("推广“915”健康行动") == []


def test_a_count_verb_alone_does_to_the_object_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某县2025年民生实事\n1、新建社区卫生服务站6个，改扩建3个；\n"
        "2、推进村卫生室标准化建设20家，提质改造5家。\n",
    )
    assert [(i, v, u) for i, _, v, u, _ in found] == [
        ("新建社区卫生服务站", 6, "个"),
        ("改扩建社区卫生服务站", 3, "个"),
        ("村卫生室标准化建设", 20, "家"),
        ("村卫生室标准化建设提质改造", 5, "家"),
    ]


def test_news_of_the_day_reports_figures_and_goes_on_with_a_plans_goals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "我省居民健康素养水平连续五年提升\n来源：某省卫健委\n"
        "近日，省卫健委发布全省居民健康素养监测结果。全省居民健康素养水平达到31.2%，"
        "其中城市居民为35.6%。全省婴儿死亡率下降至2.9‰。\n"
        "《健康某省行动》提出，到2025年，健康服务体系进一步完善。"
        "全省居民健康素养水平达到35%以上。\n",
    )
    assert found == [("居民健康素养水平", ">=", 35, "%", 2025)]


def test_a_news_sentence_opening_with_years_gone_by_reports_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    news = (
        "本报讯（记者 王某）市卫健委发布消除母婴传播行动计划。"
        "2019年至2023年，本市连续5年未发生艾滋病母婴传播，先天梅毒发病率低于5/10万。\n"
        "计划提出，到2026年，先天梅毒发病率下降至3/10万以下。\n"
    )
    assert document(tmp_path, news) == [("先天梅毒发病率", "<=", 3, "/10万", 2026)]


def test_an_item_number_glued_to_its_value_and_who_is_responsible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "工作目标\n1.全市建成8个健康社区（责任单位：市卫健委）\n"
        "2.60%的学校达到健康学校标准。\n3.35%的机关达到健康机关标准。\n",
    )
    assert [(i, v, u) for i, _, v, u, _ in found] == [
        ("建成健康社区", 8, "个"),
        ("学校达到健康学校标准", 60, "%"),
        ("机关达到健康机关标准", 35, "%"),
    ]


@pytest.mark.parametrize(
    "written",
    ["新建护理床位2,500张", "新建护理床位2500张"],
)
def test_a_thousands_comma_is_no_clause_break(tmp_path, written: str) -> None:  # type: ignore[no-untyped-def]
    found = document(tmp_path, f"养老服务规划\n到2026年，全市{written}。\n")
    assert [(i, v, u) for i, _, v, u, _ in found] == [("新建护理床位", 2500, "张")]


def test_a_full_width_slash_and_point_between_digits(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "妇幼规划\n到2026年，孕产妇死亡率控制在9／10万以下，每千人口儿科医师数达到0．8人。\n",
    )
    assert [(i, v, u) for i, _, v, u, _ in found] == [
        ("孕产妇死亡率", 9, "/10万"),
        ("每千人口儿科医师数", 0.8, "人"),
    ]


def test_a_paragraph_opened_on_the_past_stays_there_until_a_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某县2025年卫生健康工作要点\n"
        "2024年，全县卫生健康工作取得明显成效。全县婴儿死亡率2.3‰，孕产妇系统管理率96%。"
        "今年全县孕产妇系统管理率保持在95%以上。\n",
    )
    assert found == [("孕产妇系统管理率", ">=", 95, "%", 2025)]


@pytest.mark.parametrize("unit", ["场次", "户次", "例次", "台次", "人份", "剂次"])
def test_counts_of_times_and_doses_have_their_unit(unit: str) -> None:
    assert read(f"全年开展健康服务300{unit}") == [("开展健康服务", "=", 300, None, unit)]


def test_a_rate_named_alone_is_of_the_sentences_subject(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "某市2025年民生工程\n职工大病保险按规定提高保障水平，新增参保3万人，参保率稳定在98%以上。\n",
    )
    assert ("职工大病保险参保率", ">=", 98, "%", 2025) in found


def test_levels_written_after_a_measure_go_before_it() -> None:
    assert read("食品安全抽检覆盖率市级100%、县级95%以上") == [
        ("市级食品安全抽检覆盖率", "=", 100, None, "%"),
        ("县级食品安全抽检覆盖率", ">=", 95, None, "%"),
    ]


def test_a_line_ending_with_its_verb_goes_on_with_the_value(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path,
        "妇幼健康规划\n到2026年，全市新生儿死亡率控制在\n3‰以下。全市产前筛查 覆盖率提高到 85%。\n",
    )
    assert found == [
        ("新生儿死亡率", "<=", 3, "‰", 2026),
        ("产前筛查覆盖率", ">=", 85, "%", 2026),
    ]


def test_an_excerpt_opening_on_a_target_line_keeps_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = document(
        tmp_path, "主要目标\n到2025年：\n孕产妇死亡率 10/10万以下\n婴儿死亡率 5‰以下\n"
    )
    assert [(i, v) for i, _, v, _, _ in found] == [("孕产妇死亡率", 10), ("婴儿死亡率", 5)]


def test_names_without_a_shared_head_are_each_whole() -> None:
    assert read("县级医院、乡镇卫生院和村卫生室分别达到2家、10家和80个") == [
        ("县级医院", ">=", 2, None, "家"),
        ("乡镇卫生院", ">=", 10, None, "家"),
        ("村卫生室", ">=", 80, None, "个"),
    ]


def test_a_share_then_a_modal_and_its_verb() -> None:
    assert read("中医医院100%能够开展中医治未病服务") == [
        ("中医医院能够开展中医治未病服务", "=", 100, None, "%")
    ]


def test_months_gone_by_and_a_report_state_progress(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某县卫生健康工作\n今年1-9月，全县完成体检2万人，签约率达到46%。\n"
        "下一步，全县将力争签约率达到55%。\n"
    )
    assert document(tmp_path, text) == [("签约率", ">=", 55, "%", None)]
    report = text.replace("某县卫生健康工作", "某县卫生健康工作情况汇报")
    assert document(tmp_path, report) == [("签约率", ">=", 55, "%", None)]


def test_a_density_keeps_what_it_is_per() -> None:
    assert read("城区公共厕所设置密度达到4座/平方公里") == [
        ("城区公共厕所设置密度", ">=", 4, None, "座/平方公里")
    ]
    assert read("医疗卫生机构床位数达到6.5张/千人") == [
        ("医疗卫生机构床位数", ">=", 6.5, None, "张/千人")
    ]


# Stop 22 (issue 12, the stop-21 held-out part folded into development): kinds met there.


def test_stop22_a_year_said_after_a_lead_in_holds_for_the_paragraph(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # clauses split at semicolons are sentences of their own: the year said once holds over them
    text = (
        "某市妇女健康行动方案（2023—2030年）\n"
        "按照方案，到2026年，推广筛查服务；妇女宫颈癌筛查率达到60%；患者治疗率达到85%。"
        "到2030年，巩固筛查服务；妇女宫颈癌筛查率达到75%。\n"
    )
    assert [t[4] for t in document(tmp_path, text)] == [2026, 2026, 2030]
    # a clause that is a year alone, in the middle of a line, dates the rest of it
    text = "某县医保工作。深化改革。2019年，参合率稳定在96%以上；报销比例达70%左右。\n"
    assert [t[4] for t in document(tmp_path, text)] == [2019, 2019]


def test_stop22_a_goal_list_opened_by_a_dated_paragraph_takes_its_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某省营养计划（2018—2030年）\n"
        "计划提出，到2022年，营养工作体系基本健全，居民营养素养明显提高。实现以下目标：\n"
        "——降低贫血率。孕妇贫血率控制在12%以下；老年人贫血率下降至9%以下\n"
        "——学生肥胖率控制在8%以下。\n"
        "到2030年，居民营养素养进一步提高。\n"
    )
    assert document(tmp_path, text) == [
        ("孕妇贫血率", "<=", 12, "%", 2022),
        ("老年人贫血率", "<=", 9, "%", 2022),
        ("学生肥胖率", "<=", 8, "%", 2022),
    ]


def test_stop22_this_year_in_a_news_item_is_the_year_of_its_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "记者从省卫生厅获悉，该省明确了到2012年要把结核病发病率控制在50/10万以下。\n"
        "根据计划，今年底该省要建成覆盖全省的监测网络，全省建立8个监测点。\n"
    )
    found = document(tmp_path, text)
    assert found[-1] == ("建立监测点", "=", 8, "个", None)  # undated: 今年 is not known
    # the paragraph goes on in the same unknown year
    more = text.rstrip("\n") + "高危人群干预覆盖率达到80%以上。\n"
    assert document(tmp_path, more)[-1] == ("高危人群干预覆盖率", ">=", 80, "%", None)
    dated = "发布时间：2009-03-02\n" + text
    assert document(tmp_path, dated)[-1][4] == 2009


def test_stop22_an_opening_that_names_the_year_of_the_work_ahead(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "为回应群众关切，2026年某区将继续围绕一老一小，推进一批民生实事项目。\n"
        "5.为300户困难家庭提供租金补贴;\n"
        "9.建设3家社区嵌入式托育点;\n"
    )
    assert [t[4] for t in document(tmp_path, text)] == [2026, 2026]
    # a year the opening reports on, without a word of what will be done, is not the work's
    done = text.replace("2026年某区将继续", "2026年某区已")
    assert [t[4] for t in document(tmp_path, done)] == [None, None]


def test_stop22_a_goals_heading_run_into_its_line_dates_the_items_after_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a page flattened to one line: 二、工作目标2024年底前，…（一）…。三、… — the year ends at 三、
    text = (
        "某县实施方案。一、总体要求坚持问题导向。二、工作目标2024年6底前，各项指标全部达标。"
        "（一）水平明显提高。抽检合格率达到98%以上，处置率达到100%。"
        "三、保障措施对照标准，监测覆盖率达到90%。\n"
    )
    assert [(t[0], t[4]) for t in document(tmp_path, text)] == [
        ("抽检合格率", 2024),
        ("处置率", 2024),
        ("监测覆盖率", None),
    ]


def test_stop22_a_named_plan_stating_opens_its_paragraph_in_news(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某省将推进免费产前筛查\n2015-06-01 来源:某某网\n"
        "据悉，该省去年产前筛查率为40%。\n"
        "《某省儿童发展规划(2016-2025年)》提出，提高出生人口素质。减少出生缺陷;"
        "新生儿听力筛查率达到60%以上;婴儿死亡率控制在8‰以下。\n"
        "目前，多地筛查率已达到50%。\n"
    )
    assert [(t[0], t[2]) for t in document(tmp_path, text)] == [
        ("新生儿听力筛查率", 60),
        ("婴儿死亡率", 8),
    ]


def test_stop22_a_count_after_chained_or_alternative_verbs_names_what_follows() -> None:
    assert read("组建并规范管理12支志愿服务队") == [
        ("组建并规范管理志愿服务队", "=", 12, None, "支")
    ]
    assert read("新建(改建)6家老年助餐点") == [("新建老年助餐点", "=", 6, None, "家")]
    assert read("开设50个暑期托管班") == [("开设暑期托管班", "=", 50, None, "个")]
    assert read("学生掌握2至3项运动技能") == [("掌握运动技能", "=", 2, 3, "项")]
    # a verb after the units a count addresses names what is done to them
    assert read("对15所学校食堂安装明厨亮灶设备") == [
        ("安装明厨亮灶设备的学校食堂", "=", 15, None, "所")
    ]


def test_stop22_ten_thousand_hundred_millions() -> None:
    assert read("体育产业总规模达到3万亿元") == [("体育产业总规模", ">=", 3e12, None, "元")]


def test_stop22_shares_of_units_each_with_its_scope_or_the_verb_before() -> None:
    assert read("城市40%幼儿园、农村20%幼儿园配备专职营养师") == [
        ("城市幼儿园配备专职营养师", "=", 40, None, "%"),
        ("农村幼儿园配备专职营养师", "=", 20, None, "%"),
    ]
    # the verb comes first and covers every share listed after it
    assert read("健身设施覆盖全部街道、80%以上乡镇和50%以上行政村") == [
        ("健身设施覆盖乡镇", ">=", 80, None, "%"),
        ("健身设施覆盖行政村", ">=", 50, None, "%"),
    ]


def test_stop22_one_character_kinds_share_the_head_after_the_last() -> None:
    assert read("鸡、鸭、鹅免疫接种率均达到90%以上") == [
        ("鸡免疫接种率", ">=", 90, None, "%"),
        ("鸭免疫接种率", ">=", 90, None, "%"),
        ("鹅免疫接种率", ">=", 90, None, "%"),
    ]
    assert read("市售鸡、鸭、鹅蛋抽检合格率均达98%以上") == [
        ("市售鸡蛋抽检合格率", ">=", 98, None, "%"),
        ("市售鸭蛋抽检合格率", ">=", 98, None, "%"),
        ("市售鹅蛋抽检合格率", ">=", 98, None, "%"),
    ]
    # values listed per payer stay with the payers
    assert [t[0] for t in read("中央、省、县财政补助分别为每人20元、10元、5元")] == [
        "中央财政补助",
        "省财政补助",
        "县财政补助",
    ]


def test_stop22_kinds_of_one_thing_before_one_rate_are_one_target_each() -> None:
    # the revised list rule of stop 27: with or without 均, each kind is its own
    assert [t[0] for t in read("走失猫、流浪猫、病猫、无主猫收容率达到95%")] == [
        "走失猫收容率",
        "流浪猫收容率",
        "病猫收容率",
        "无主猫收容率",
    ]
    assert len(read("走失猫、流浪猫、病猫、无主猫收容率均达到95%")) == 4


def test_stop22_how_long_a_level_is_held_is_no_part_of_the_indicator() -> None:
    # with no 以上 the level held is the value itself (stop 26's decision)
    assert read("犬只登记率常年保持100%") == [("犬只登记率", "=", 100, None, "%")]
    assert read("参保率始终稳定在97%以上") == [("参保率", ">=", 97, None, "%")]
    assert read("饮用水合格率长期保持在95%以上") == [("饮用水合格率", ">=", 95, None, "%")]


def test_stop22_a_label_or_a_speaker_before_the_indicator_is_no_part_of_it() -> None:
    assert read("目标孕产妇叶酸服用率达90%以上") == [("孕产妇叶酸服用率", ">=", 90, None, "%")]
    assert read("目标人群流感疫苗接种率达到60%") == [
        ("目标人群流感疫苗接种率", ">=", 60, None, "%")
    ]
    assert read("省卫健委：2027年要在80%的县级医院设立康复医学科") == [
        ("县级医院设立康复医学科", "=", 80, None, "%")
    ]


def test_stop22_the_original_headline_line_restates_the_headline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某省将实现人均公园面积15平方米\n2022-03-01 来源:某某报\n"
        "原标题:某省绿化规划出台 实现人均公园面积15平方米\n"
        "《规划》提出，到2025年，要实现人均公园面积达到15平方米。\n"
    )
    assert document(tmp_path, text) == [("人均公园面积", ">=", 15, "平方米", 2025)]


def test_stop22_what_is_the_case_now_is_a_fact(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某县防控方案\n某病是一种烈性传染病，目前尚无特效治疗方法，病死率达100%。\n"
        "全县犬只免疫率达到90%以上。\n"
    )
    assert [t[0] for t in document(tmp_path, text)] == ["犬只免疫率"]
    # a sentence that names a goal after 目前 still states it
    text = "某县防控方案\n目前免疫率偏低，到2026年全县犬只免疫率要达到90%以上。\n"
    assert [t[2] for t in document(tmp_path, text)] == [90]


def test_stop22_a_span_gone_by_is_no_year_a_text_works_towards(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某市连续4年未发生新生儿破伤风\n本报讯 某市卫健委日前发布行动计划。\n"
        "2019年至2022年，本市连续4年未发生新生儿破伤风。\n"
        "计划要求：孕产妇系统管理率达到95%以上。\n"
    )
    assert document(tmp_path, text) == [("孕产妇系统管理率", ">=", 95, "%", None)]
    # a year the text works towards is still one
    ahead = text.replace("计划要求：", "计划要求：到2026年，")
    assert document(tmp_path, ahead)[0][4] == 2026


def test_stop22_paired_years_take_values_listed_without_fenbie(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "某市健康行动\n到2027年和2035年，居民健康素养水平提升到30%和40%。\n"
    assert [(t[2], t[4]) for t in document(tmp_path, text)] == [(30, 2027), (40, 2035)]
    # two clauses, each with its own value, are no pair of values
    text = "某市健康行动\n到2027年和2035年，居民健康素养水平提升到30%，吸烟率下降到20%。\n"
    assert [t[4] for t in document(tmp_path, text)] == [2035, 2035]


def test_stop22_an_annual_programme_named_with_a_spaced_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a conversion's space inside the year, and the issuers between the year and the programme
    text = (
        "截至9月底，201 9年市委、市政府十件为民办实事项目总体进展顺利。\n"
        "今年城乡居民医保财政补助标准计划从每人每年490元提高到520元。\n"
    )
    assert document(tmp_path, text)[0][4] == 2019


def test_stop22_a_count_of_units_then_of_the_things_they_get() -> None:
    assert read("新增80所学校教室净化器3000台") == [
        ("新增学校教室净化器", "=", 80, None, "所"),
        ("新增学校教室净化器", "=", 3000, None, "台"),
    ]
    # units named alone before the second count are no thing counted
    assert read("新增80所学校30人") == [("新增学校", "=", 80, None, "所")]


# Stop 23 (issue 12, the stop-22 held-out part folded into development): kinds met there.


def test_stop23_the_year_of_an_annual_programme_named_in_the_opening(tmp_path: Path) -> None:
    # a year opening the clause of a news item that names the year's programme
    text = (
        "3月2日，记者从某县政府新闻发布会上获悉，2031年，某县在征求群众意见的基础上，"
        "确定一批民生实事，涵盖医疗卫生、教育等方面。\n"
        "提升医疗服务能力，某县将新建村卫生室8个，开展免费筛查3000例以上。\n"
    )
    assert [t[4] for t in document(tmp_path, text)] == [2031, 2031]
    # an annual programme named after 年度, several words before the kind of document
    text = (
        "为做好全县慢病防治工作，现就2029年度各乡镇慢性病管理工作制定本实施方案。\n"
        "一、工作标准\n（一）各乡镇高血压患者规范管理率达到70%以上。\n"
    )
    assert [t[4] for t in document(tmp_path, text)] == [2029]


def test_stop23_titles_cited_one_after_another_give_no_plan_period(tmp_path: Path) -> None:
    text = (
        "一、背景\n为贯彻落实《某省健康行动（2019—2030年）》《某市健康促进规划（2021—2035年）》"
        "要求，制定本方案。\n二、目标\n（一）健康社区比例不低于40%。\n"
    )
    assert [t[4] for t in document(tmp_path, text)] == [None]
    assert plan_years(ingest(tmp_path / "plan.txt").documents[0]) == (None, None)
    # the plan's own title, not cited, still gives its period (but dates no statement)
    text = "《某市健康促进规划（2021—2035年）》发布\n二、目标\n（一）健康社区比例不低于40%。\n"
    assert [t[4] for t in document(tmp_path, text)] == [None]
    assert plan_years(ingest(tmp_path / "plan.txt").documents[0]) == (2021, 2035)


def test_stop23_a_translation_beside_the_chinese_states_no_target_again() -> None:
    assert read("The coverage rate of family doctor services is 80%") == []
    assert read("and the screening rate reaches 95% by 2030") == []
    # the Chinese it translates is read; a Latin name inside a Chinese clause stays a name
    assert read("家庭医生签约服务覆盖率达到80%") == [
        ("家庭医生签约服务覆盖率", ">=", 80, None, "%")
    ]
    assert read("HPV疫苗接种率达到90%") == [("HPV疫苗接种率", ">=", 90, None, "%")]


def test_stop23_a_news_list_of_goals_opened_inside_a_sentence_goes_on(tmp_path: Path) -> None:
    text = (
        "本报讯 记者从省卫健委获悉，近日，省政府印发《某省儿童健康规划》。\n\n"
        "  《规划》明确，到2035年主要目标有三项：一是新生儿死亡率下降到3‰以下。\n\n"
        "  二是加强儿童保健，儿童系统管理率达到92%以上。\n\n"
        "  三是儿童龋齿患病率控制在25%以内。\n"
    )
    assert document(tmp_path, text) == [
        ("新生儿死亡率", "<=", 3, "‰", 2035),
        ("儿童系统管理率", ">=", 92, "%", 2035),
        ("儿童龋齿患病率", "<=", 25, "%", 2035),
    ]


def test_stop23_dashed_lines_after_a_paragraph_of_a_plans_goals(tmp_path: Path) -> None:
    text = (
        "本报讯 记者从市政府获悉，市政府近日印发《某市尘肺病防治规划》。《规划》要求，到2032年，"
        "防治体系基本完善。监管水平明显提升。\n"
        "  ——企业责任不断落实。重点企业粉尘检测率达到85%以上。\n"
        "  ——救治能力增强。尘肺病康复站达到30个。\n"
        "  其他城市也发布了规划。全国粉尘检测率达到70%。\n"
    )
    assert document(tmp_path, text) == [
        ("重点企业粉尘检测率", ">=", 85, "%", 2032),
        ("尘肺病康复站", ">=", 30, "个", 2032),
    ]


def test_stop23_a_per_head_said_once_for_staff_and_beds_and_a_verb_said_short() -> None:
    assert read("每千名儿童拥有儿科医生达到1.2名、床位增至3.5张") == [
        ("每千名儿童拥有儿科医生", ">=", 1.2, None, "名"),
        ("每千名儿童拥有床位", ">=", 3.5, None, "张"),
    ]
    # 由…增至…: the value before is the baseline
    assert [(t.value, t.baseline_value) for t in clause_targets("床位数由5张增至8张")] == [(8, 5)]


def test_stop23_lines_naming_the_headline_again_state_it_once(tmp_path: Path) -> None:
    text = (
        "某市到2035年 居民健康素养水平超四成\n"
        "编辑提示：本篇文章标题是《某市到2035年 居民健康素养水平超四成》。\n"
        "本文标题：某市到2035年 居民健康素养水平超四成\n"
        "本报讯 记者获悉，市政府印发规划，到2035年，居民健康素养水平将达到40%以上。\n"
        "（编辑提示您本文原始标题是：到2035年，健康素养水平超四成）\n"
    )
    assert document(tmp_path, text) == [("居民健康素养水平", ">=", 40, "%", 2035)]


def test_stop23_a_news_item_of_the_years_programme_lists_its_items(tmp_path: Path) -> None:
    text = (
        "2月3日，记者从某县新闻发布会上获悉，2031年，某县确定一批民生实事。\n"
        "改善就医条件，新建村卫生室12个、康复床位60张，开展免费筛查3000例以上。\n"
        "去年全县已完成改造卫生院5所。\n"
    )
    assert document(tmp_path, text) == [
        ("新建村卫生室", "=", 12, "个", 2031),
        ("新建康复床位", "=", 60, "张", 2031),
        ("开展免费筛查", ">=", 3000, "例", 2031),
    ]
    # news of a programme that is not the year's own states what was done
    text = text.replace("2031年，某县确定", "2030年，某县确定")
    dated = "发布时间：2031-02-03\n" + text
    assert document(tmp_path, dated) == []


def test_stop23_du_said_for_jun_over_a_list_of_rates_each_its_own() -> None:
    assert read("筛查率、随访率和管理率都能够达到95%") == [
        ("筛查率", ">=", 95, None, "%"),
        ("随访率", ">=", 95, None, "%"),
        ("管理率", ">=", 95, None, "%"),
    ]
    # rates each with its own modifier: 的 inside a piece does not join them
    assert [t[0] for t in read("学校的晨检率、食堂的抽检合格率和宿舍的消毒率都要达到100%")] == [
        "学校的晨检率",
        "食堂的抽检合格率",
        "宿舍的消毒率",
    ]
    # a modifier over one rate still keeps it whole
    assert [t[0] for t in read("对患甲病和乙病的老人及其家属采取随访的比例均达到80%")] == [
        "对患甲病和乙病的老人及其家属采取随访的比例"
    ]


def test_stop23_a_table_sharing_a_task_out_among_units(tmp_path: Path) -> None:
    text = (
        "2031年度某市免费体检任务分配表\n"
        "┌──────┬──────────┬──────┐\n"
        "│ 单 位 │ 体检人数(人) │ 随访次数 │\n"
        "├──────┼──────────┼──────┤\n"
        "│ 东城区 │ 5200 │ 300 │\n"
        "│ 西城区 │ 4100 │ 250 │\n"
        "└──────┴──────────┴──────┘\n"
    )
    found = document(tmp_path, text)
    assert found == [
        ("体检人数", "=", 5200, "人", 2031),
        ("随访次数", "=", 300, "", 2031),
        ("体检人数", "=", 4100, "人", 2031),
        ("随访次数", "=", 250, "", 2031),
    ]
    # the same laid out with tabs, and each row's unit is its scope
    tabbed = "2031年度某市免费体检任务分配表\n地区\t体检人数(人)\t随访次数\n东城区\t5200\t300\n"
    path = tmp_path / "tabbed.txt"
    path.write_text(tabbed, encoding="utf-8")
    source = ingest(path)
    assert [(t.scope, t.value) for t in document_targets(source, source.documents[0])] == [
        ("东城区", 5200),
        ("东城区", 300),
    ]


def test_stop23_a_slogan_giving_one_value_to_the_rates_before_it() -> None:
    assert read("实现患者发现率、随访率和控制率“三个85%”目标") == [
        ("患者发现率", "=", 85, None, "%"),
        ("患者随访率", "=", 85, None, "%"),
        ("患者控制率", "=", 85, None, "%"),
    ]
    # the slogan named alone states no rate
    assert read("今年是实现“三个85%”目标的关键之年") == []


def test_stop23_a_rate_of_nothing_needs_no_unit() -> None:
    assert read("新生儿破伤风发病率为0") == [("新生儿破伤风发病率", "=", 0, None, "")]
    assert read("全县0家医院") == []


def test_stop23_a_progress_report_gives_the_years_task_in_brackets(tmp_path: Path) -> None:
    text = (
        "2031年9月份民生实事进度\n发布时间:\n2031-09-05 10:00\n分享到:\n"
        "2031年民生实事-提升老年人健康水平。截至9月1日，全县共进行老年人体检12040人，"
        "占全年体检任务(1.2万人)的100.3%；全县共进行认知筛查5310人，筛查率88.5%，"
        "超出省定目标任务(80%)8.5个百分点。\n"
    )
    assert document(tmp_path, text) == [
        ("老年人体检", "=", 12000, "人", 2031),
        ("认知筛查率", "=", 80, "%", 2031),
    ]
    # the figures done are no targets without a task beside them
    assert document(tmp_path, text.replace("(1.2万人)", "").replace("(80%)", "")) == []


def test_stop23_figures_up_to_a_day_said_with_zhi_zhi_are_progress(tmp_path: Path) -> None:
    text = (
        "某县2031年民生实事进展\n"
        "2031年全县老年人认知筛查目标任务为2100人，县卫健局分解目标任务，"
        "至2031年10月20日止，完成2230例，完成率106.2%。\n"
    )
    assert document(tmp_path, text) == [("老年人认知筛查目标任务", "=", 2100, "人", 2031)]
    # a time ahead said with 到 is a deadline, not the figures so far
    plan = "某县2031年民生实事\n到2031年10月底，完成老年人认知筛查2100例。\n"
    assert document(tmp_path, plan) == [("完成老年人认知筛查", "=", 2100, "例", 2031)]


def test_stop23_this_year_of_a_reposted_news_item_is_its_headlines(tmp_path: Path) -> None:
    text = (
        "省卫健委2027年新建300个健康驿站\n发布时间:2030-05-06 10:00\n"
        "本报讯 记者从省卫健委获悉，今年，全省将新建300个健康驿站。\n"
    )
    assert [t[4] for t in document(tmp_path, text)] == [2027]
    # news of the year before, dated in the next: 今年 is the date's
    recent = text.replace("2030-05-06", "2028-01-06")
    assert [t[4] for t in document(tmp_path, recent)] == [2028]


def test_stop23_a_count_bounded_after_its_verb_then_what_is_counted() -> None:
    assert read("全省举办超过3000场次中医药健康讲座") == [
        ("举办中医药健康讲座", ">", 3000, None, "场次")
    ]
    assert read("每年新增不低于20家托育机构") == [("新增托育机构", ">=", 20, None, "家")]


def test_stop23_how_many_items_a_years_programme_holds_is_no_target() -> None:
    assert read("会议票决确定的某县2031年12件民生实事项目是") == []
    assert read("办好10件民生实事") == []
    # a count of things done in a number of cases still is one
    assert read("办理群众来信30件") == [("办理群众来信", "=", 30, None, "件")]


def test_stop23_kinds_counted_after_their_classes_are_no_target() -> None:
    assert read("新发病例涉及6大类40种") == []
    # a verb before the count still counts
    assert [(t[2], t[4]) for t in read("建成6类40个示范点")] == [(40, "个")]


def test_stop23_a_cancer_and_the_lesions_before_it_are_one_target_each() -> None:
    # the revised list rule of stop 27: the lesions are a subject of their own
    assert [t[0] for t in read("乳腺癌及癌前病变患者治疗率达到85%")] == [
        "乳腺癌患者治疗率",
        "乳腺癌前病变患者治疗率",
    ]
    # two diseases joined are still two
    assert len(read("高血压和糖尿病患者规范管理率达到60%")) == 2


def test_stop23_an_indicator_named_then_its_value_under_a_short_name_in_brackets() -> None:
    assert read("居民对医疗服务满意率(居民满意率≥85%)") == [
        ("居民对医疗服务满意率", ">=", 85, None, "%")
    ]
    # a measure of its own in the brackets stays as named there
    assert read("病媒生物密度控制水平(蚊密度≤2%)") == [("蚊密度", "<=", 2, None, "%")]


def test_stop23_a_headlines_goal_year_is_not_the_year_of_the_plan(tmp_path: Path) -> None:
    text = (
        "我市印发健康养老行动方案 到2033年养老机构护理型床位占比达60%\n"
        "2031-04-02 10:00 来源：某某日报\n"
        "记者4月1日从市卫健委获悉，方案明确，到2033年，护理型床位占比达到60%以上。\n"
        "据介绍，今年全市将为2万名老年人免费提供健康体检。\n"
    )
    found = document(tmp_path, text)
    assert found[-1] == ("老年人免费提供健康体检", "=", 20000, "名", 2031)
    assert ("护理型床位占比", ">=", 60, "%", 2033) in found


def test_stop23_a_line_broken_inside_a_rates_name_after_a_list_item(tmp_path: Path) -> None:
    text = (
        "某县妇幼健康实施方案\n到2030年，儿童健康管理率达到90%以上；\n新生儿访视\n率达到95%以上。\n"
    )
    assert document(tmp_path, text)[-1] == ("新生儿访视率", ">=", 95, "%", 2030)
    # a short heading before a sentence of its own stays a heading
    heading = "某县妇幼健康实施方案\n主要指标\n儿童健康管理率达到90%以上。\n"
    assert document(tmp_path, heading) == [("儿童健康管理率", ">=", 90, "%", None)]


def test_stop23_a_short_rate_named_alone_after_a_rate_of_people_is_of_them(tmp_path: Path) -> None:
    text = "某县慢病防治方案\n到2031年，肺结核患者管理率不低于90%，治愈率达到85%。\n"
    assert document(tmp_path, text) == [
        ("肺结核患者管理率", ">=", 90, "%", 2031),
        ("肺结核患者治愈率", ">=", 85, "%", 2031),
    ]
    # a rate with a name of its own is left as written
    own = "某县慢病防治方案\n到2031年，肺结核患者管理率不低于90%，住院分娩率达到98%。\n"
    assert document(tmp_path, own)[-1][0] == "住院分娩率"


def test_stop23_a_kind_of_what_was_counted_after_qizhong(tmp_path: Path) -> None:
    text = "某市医疗服务体系规划\n到2031年，每千人口注册护士数达到4人，其中社区护士0.8人。\n"
    assert document(tmp_path, text)[-1] == ("每千人口社区护士注册护士数", ">=", 0.8, "人", 2031)


def test_stop23_units_named_one_by_one_then_how_many_they_are() -> None:
    assert read("新建东村、西村、南村3所村卫生室") == [("新建村卫生室", "=", 3, None, "所")]
    # a count that is not the number of names listed is read as before
    assert read("东村和西村建成5个健康小屋") != [("健康小屋", "=", 5, None, "个")]


def test_stop23_every_one_of_a_count_of_units_covered() -> None:
    assert read("实现全县12个乡镇卫生院远程心电诊断全覆盖") == [
        ("乡镇卫生院远程心电诊断全覆盖", "=", 12, None, "个")
    ]


def test_stop23_how_often_in_a_chinese_numeral_after_what_is_done() -> None:
    assert read("每年开展应急演练三次") == [("开展应急演练", "=", 3, None, "次")]
    # a numeral with no counting verb before it stays no count
    assert read("健康教育讲座三次以上的社区") == []


def test_stop23_examples_listed_in_brackets_inside_a_name_are_an_aside() -> None:
    assert read("慢性病(高血压、糖尿病等)患者规范管理率达到70%") == [
        ("慢性病患者规范管理率", ">=", 70, None, "%")
    ]
    # a bracket that is part of the name stays
    assert read("每千人口执业(助理)医师数达到3.2人")[0][0] == "每千人口执业(助理)医师数"


def test_stop23_at_least_one_in_a_chinese_numeral_for_each_unit() -> None:
    assert read("每个县至少有一家医院提供儿童心理门诊服务") == [
        ("每个县医院提供儿童心理门诊服务", ">=", 1, None, "家")
    ]
    # how many of a list of tasks must reach a standard is no count to reach
    assert read("灭鼠、灭蝇和灭蚊工作中要有两项达到国家标准") == []


def test_stop23b_a_news_items_list_of_a_years_minsheng_shixiang_is_read(tmp_path: Path) -> None:
    text = (
        "某市公布年度民生清单\n\n来源:某市日报  2024-01-05 09:00\n\n"
        "2024年重点民生事项\n\n  1、新建社区食堂15处\n\n  2、新增托位2000个\n"
    )
    assert document(tmp_path, text) == [
        ("新建社区食堂", "=", 15, "处", 2024),
        ("新增托位", "=", 2000, "个", 2024),
    ]


def test_stop23b_a_list_numbered_by_bare_numbers_and_a_space(tmp_path: Path) -> None:
    text = (
        "2024年重点民生实事\n\n  01 新建口袋公园8个\n\n  02 为300名听障儿童配助听器\n\n"
        "  03 改造农村公路40公里\n"
    )
    found = document(tmp_path, text)
    assert [(i, v, u) for i, _, v, u, _ in found] == [
        ("新建口袋公园", 8, "个"),
        ("听障儿童配助听器", 300, "名"),
        ("改造农村公路", 40, "公里"),
    ]
    # a lone number and a space opening a line is no item number of a list
    assert document(tmp_path, "2024年工作要点\n\n 5 新建社区食堂15处\n")[0][0] != "新建社区食堂"


def test_stop23b_chinese_numerals_inside_a_quoted_name_are_words() -> None:
    assert read("开展“一镇一品”展演300场") == [("开展“一镇一品”展演", "=", 300, None, "场")]


def test_stop23b_values_per_region_in_one_clause() -> None:
    found = clause_targets("生活垃圾无害化处理率达到东部90%、中部85%、西部75%以上")
    assert [(t.indicator, t.comparator.value, t.value, t.unit, t.scope) for t in found] == [
        ("生活垃圾无害化处理率", ">=", 90, "%", "东部"),
        ("生活垃圾无害化处理率", ">=", 85, "%", "中部"),
        ("生活垃圾无害化处理率", ">=", 75, "%", "西部"),
    ]
    # one region's value alone is read as before
    assert read("生活垃圾无害化处理率达到90%")[0][0] == "生活垃圾无害化处理率"


def test_stop23b_how_many_items_a_section_or_a_title_holds_is_no_target() -> None:
    assert read("二、便民服务(4项)") == []
    assert read("某市关于2024年实施30项民生实事的通知") == []
    # a count of items a work is to deliver stays a target
    assert read("完成科研项目4项") == [("完成科研项目", "=", 4, None, "项")]


def test_stop23b_a_report_of_work_done_states_no_target(tmp_path: Path) -> None:
    text = "2024年度工作情况\n\n全年共完成老年人健康体检5000人，体检率100%。\n"
    assert document(tmp_path, text) == []
    text = "2024年度工作情况\n\n新生儿听力筛查4000人，筛查率98%，圆满完成年度任务。\n"
    assert document(tmp_path, text) == []
    # the same figures as the work to complete stay targets
    text = "2024年工作要点\n\n确保全年共完成老年人健康体检5000人。\n"
    assert [(v, u) for _, _, v, u, _ in document(tmp_path, text)] == [(5000, "人")]


def test_stop23b_a_bare_verb_counts_the_item_the_clause_before_names() -> None:
    found = clause_targets("救助不少于800人次", previous="实施困难家庭重病患者医疗救助项目")
    assert [(t.indicator, t.comparator.value, t.value, t.unit) for t in found] == [
        ("困难家庭重病患者医疗救助项目", ">=", 800, "人次")
    ]
    # a clause before that states its own figure names no item for the bare verb
    found = clause_targets("救助不少于800人次", previous="实施医疗救助项目3个")
    assert found[0].indicator != "医疗救助项目3个"


def test_stop23b_a_verb_of_change_said_around_what_it_changes() -> None:
    assert read("提高乡村医生养老补助至每月800元") == [("乡村医生养老补助", ">=", 800, None, "元")]
    assert read("缩短急救平均响应时间到12分钟") == [("急救平均响应时间", "<=", 12, None, "分钟")]


def test_stop23b_a_part_in_brackets_and_a_total_after_a_count(tmp_path: Path) -> None:
    assert read("新建托育机构6家(含普惠性托育机构2家)") == [("新建托育机构", "=", 6, None, "家")]
    text = "2024年工作要点\n\n全年培训8支家庭医生团队，共64人。\n"
    assert document(tmp_path, text) == [
        ("培训家庭医生团队", "=", 8, "支", 2024),
        ("培训家庭医生团队", "=", 64, "人", 2024),
    ]


def test_stop23b_a_standard_paid_per_head_is_the_standard_of_what_is_paid() -> None:
    assert read("按800元/人标准发放一次性求职补贴") == [
        ("一次性求职补贴标准", "=", 800, None, "元/人")
    ]
    # the item's subject, named after an item number, for a bare verb after it
    found = clause_targets("补助不少于600人次", previous="3.实施困难学生营养餐补助项目")
    assert found[0].indicator == "困难学生营养餐补助项目"


def test_stop23b_a_ratio_with_the_ratio_sign_and_a_projects_phase() -> None:
    assert read("床护比达到1∶0.6") == [("床护比", ">=", 0.6, None, "")]
    assert read("建成区妇幼保健院项目二期工程") == []
    assert read("举办健康讲座120堂") == [("举办健康讲座", "=", 120, None, "堂")]


def test_stop23b_a_later_plans_goal_said_in_a_review(tmp_path: Path) -> None:
    text = (
        "某病防治规划(2016-2020年)\n\n三、实施成效\n\n"
        "规划期内发病率下降到10/10万。某省提出到2030年发病率降至5/10万以下。\n"
    )
    assert document(tmp_path, text) == [("发病率", "<=", 5, "/10万", 2030)]


def test_stop23b_a_cited_plan_that_sets_a_goal_is_no_part_of_the_indicator() -> None:
    found = clause_targets("新印发的《某病防治行动方案(2024-2030年)》进一步提出将治愈率提高到90%")
    assert [(t.indicator, t.value) for t in found] == [("治愈率", 90)]


def test_stop23b_a_bound_then_how_often_something_is_received() -> None:
    assert read("确保新入职医务人员至少接受2次院感防控培训") == [
        ("接受院感防控培训", ">=", 2, None, "次")
    ]


def test_stop23b_a_bounded_count_of_a_noun_a_clause_qualifies() -> None:
    assert read("整治不少于30个近三年发生过溺水事故的危险水域") == [
        ("整治近三年发生过溺水事故的危险水域", ">=", 30, None, "个")
    ]


def test_stop23b_a_place_between_the_counting_verb_and_the_count() -> None:
    assert read("完成城区12公里雨污管网改造") == [("完成城区雨污管网改造", "=", 12, None, "公里")]


def test_stop23b_two_counts_of_different_units_joined_each_of_its_own() -> None:
    assert read("新建绿道30公里和12个口袋公园") == [
        ("新建绿道", "=", 30, None, "公里"),
        ("新建口袋公园", "=", 12, None, "个"),
    ]
    # values of one unit joined are still one list
    assert [v for _, _, v, _, _ in read("新建绿道30公里和20公里")] == [30, 20]


def test_stop23b_items_that_qualify_one_head_with_de_are_one_indicator() -> None:
    assert read("居民合理膳食、科学运动的健康知识知晓率达到80%") == [
        ("居民合理膳食、科学运动的健康知识知晓率", ">=", 80, None, "%")
    ]


def test_stop23b_which_meeting_is_no_count() -> None:
    assert read("贯彻落实市第十二次党代会精神") == []
    assert read("贯彻落实市十二次党代会精神") == []
    # how many meetings are held is a count
    assert [(v, u) for _, _, v, _, u in read("召开4次会议")] == [(4, "次")]


def test_stop23b_a_size_beyond_which_units_are_meant_is_no_target() -> None:
    assert read("常住人口超过30万的县建成1家县级妇幼保健院") == [
        ("建成县级妇幼保健院", "=", 1, None, "家")
    ]


def test_stop23b_a_date_a_goal_is_due_by_and_a_typed_daodao(tmp_path: Path) -> None:
    text = "二、工作目标\n\n截止到2021年6月30日，全区儿童疫苗接种率要到达95%以上。\n"
    assert document(tmp_path, text) == [("儿童疫苗接种率", ">=", 95, "%", 2021)]
    # progress told at a date stays no target
    assert document(tmp_path, "截止到2021年6月30日，全区儿童疫苗接种率为95%。\n") == []


def test_stop23b_zhong_inside_a_word_is_no_partitive() -> None:
    assert [(v, u) for _, _, v, _, u in read("免费为800人筛查脑卒中")] == [(800, "人")]
    # a part of a whole is still no target
    assert read("100个乡镇中创建") == []


# Stop 24: precision on text never seen — numbers a text states without a goal.


def test_stop24_totals_of_work_done_are_no_targets(tmp_path: Path) -> None:
    head = "某市2024年卫生健康工作要点\n\n"
    for said in (
        "全市累计培训基层医务人员3000人次。",
        "近三年，全市共新建乡镇卫生院12所。",
        "全市共投入资金5000万元用于村卫生室建设。",
        "全年共筛查新生儿4000人，筛查率99.5%。",
        "全市拥有执业医师5000人。",
    ):
        assert document(tmp_path, head + said + "\n") == [], said
    # a modal or a deadline before the total makes it the work to do
    found = document(tmp_path, head + "确保全年共新建乡镇卫生院12所。\n")
    assert [(v, u) for _, _, v, u, _ in found] == [(12, "所")]
    found = document(tmp_path, head + "到2025年，累计建成社区卫生服务中心30个。\n")
    assert [(v, u, d) for _, _, v, u, d in found] == [(30, "个", 2025)]
    # 公共, 共建 are no totals; 每千人口拥有 is a rate to reach
    assert read("共建共享家庭医生签约服务100个团队") != []
    assert read("每千人口拥有执业医师数达到3.2人")[0][2] == 3.2


def test_stop24_how_a_text_is_laid_out_is_no_target() -> None:
    for said in (
        "主要从以下6个方面推进",
        "本方案共分为5个部分",
        "纲要共设18篇",
        "工作要点共8个部分34条",
        "主要目标共5项",
        "重点围绕5个方面开展工作",
    ):
        assert read(said) == [], said
    # a count of items a work delivers is a target
    assert read("完成科研项目4项") == [("完成科研项目", "=", 4, None, "项")]
    assert read("建设5个区域医疗中心")[0][2] == 5


def test_stop24_how_far_the_work_went_against_its_task_is_no_target() -> None:
    assert [v for _, _, v, _, _ in read("完成年度目标的120%")] == []
    assert read("任务完成率达到100%") == [("任务完成率", ">=", 100, None, "%")]


def test_stop24_a_sum_paid_per_head_is_the_standard_of_what_is_paid() -> None:
    assert read("对65岁以上老年人每人每年补助100元") == [
        ("65岁以上老年人补助标准", "=", 100, None, "元")
    ]
    assert read("高龄津贴标准为每人每月200元") == [("高龄津贴标准", "=", 200, None, "元")]
    assert read("残疾人两项补贴标准分别提高到每人每月80元和100元") == [
        ("残疾人两项补贴标准", ">=", 80, None, "元"),
        ("残疾人两项补贴标准", ">=", 100, None, "元"),
    ]
    found = clause_targets("按每人100元标准补助", previous="实施农村妇女免费检查项目")
    assert [(t.indicator, t.value) for t in found] == [("农村妇女免费检查项目补助标准", 100)]
    # a per-head rate of people or beds is no sum paid
    assert read("每个乡镇卫生院配备2名全科医生")[0][2] == 2
    assert read("城乡居民医保财政补助标准提高到每人每年640元") == [
        ("城乡居民医保财政补助标准", ">=", 640, None, "元")
    ]


def test_stop24_an_event_told_as_it_happened_states_no_target(tmp_path: Path) -> None:
    head = "某市2024年卫生健康工作要点\n\n"
    for said in (
        "此次活动共吸引500余名群众参加。",
        "本次义诊活动惠及群众1000余人。",
        "当天，专家团队共义诊群众300余人次，发放宣传资料1000余份。",
        "今年以来全市新建村卫生室30个，下一步将继续推进。",
        "近年来，中央财政每年投入30余亿元。",
        "全市85%的乡镇卫生院已能提供中医药服务。",
        "推进老年医院建设，项目占地面积约11.4亩。",
    ):
        assert document(tmp_path, head + said + "\n") == [], said
    # a goal the sentence names outweighs them
    found = document(tmp_path, head + "今年以来，全市提出新建村卫生室30个的目标。\n")
    assert [(v, u) for _, _, v, u, _ in found] == [(30, "个")]
    assert read("85%的乡镇卫生院能够提供中医药服务")[0][2] == 85
    assert read("新增集中供热面积300万平方米")[0][2] == 3000000


def test_stop24_a_reports_sections_of_work_done_state_no_target(tmp_path: Path) -> None:
    head = "某县2024年基本公共卫生服务工作\n\n"
    for said in (
        "一、工作开展情况\n（一）健康档案。全县建立居民健康档案12万份，建档率85%。",
        "二、主要做法\n1.强化培训。举办培训班12期，培训人员800人次。",
    ):
        assert document(tmp_path, head + said + "\n") == [], said
    # a section that goes on to the work ahead is read
    found = document(tmp_path, head + "一、工作开展情况及下一步计划\n全县新建村卫生室30个。\n")
    assert [(v, u) for _, _, v, u, _ in found] == [(30, "个")]


def test_stop24_stages_ranks_one_of_and_time_a_procedure_allows() -> None:
    for said in (
        "分3个阶段推进实施",
        "该项目共分为三期建设",
        "全市排名前3位的死因为心脑血管疾病、肿瘤和呼吸系统疾病",
        "我市是全省3个试点市之一",
        "各地要在10个工作日内上报",
    ):
        assert read(said) == [], said
    assert read("建成3个区域医疗中心")[0][2] == 3


def test_stop24_what_a_place_is_states_no_target(tmp_path: Path) -> None:
    head = "某市2024年卫生健康工作要点\n\n"
    said = "全市辖5个县区、60个乡镇，总人口120万。\n"
    assert document(tmp_path, head + said) == []
    found = document(tmp_path, head + "辖区内65岁以上老年人健康管理率达到70%。\n")
    assert [(v, u) for _, _, v, u, _ in found] == [(70, "%")]


def test_stop24_tenths_and_fractions_written_in_digits_are_kept_as_written() -> None:
    assert read("将8成病友加入照护网") == [("病友加入照护网", "=", 8, None, "成")]
    assert read("让照护网内的8成病友接受生活习惯咨询") == [
        ("照护网内病友接受生活习惯咨询", "=", 8, None, "成")
    ]
    assert read("达标率达到8成以上") == [("达标率", ">=", 8, None, "成")]
    assert read("降低三高慢性病标准化死亡率1/3") == [
        ("三高慢性病标准化死亡率", "decrease_by", 33.33, None, "%")
    ]
    # a verb of change before the measure, the share after it
    assert read("降低重大慢病过早死亡率25%") == [
        ("重大慢病过早死亡率", "decrease_by", 25, None, "%")
    ]
    # a rate per 10万 is no fraction; words of success are no tenths
    assert read("发病率控制在7.5/10万以下") == [("发病率", "<=", 7.5, None, "/10万")]
    assert read("达到5成功率") == [] or read("达到5成功率")[0][4] != "成"


def test_stop24_a_projection_word_before_the_goal_it_names(tmp_path: Path) -> None:
    text = "某部推动三高防治计划\n\n日期:2025-04-17\n\n预计目标至2030年，将8成病友加入照护网。\n"
    assert [(v, u, d) for _, _, v, u, d in document(tmp_path, text)] == [(8, "成", 2030)]
    # a projection stays none
    text = "某市老龄工作要点\n\n预计到2025年，全市老年人口将达到53万人。\n"
    assert document(tmp_path, text) == []


def test_stop24_a_level_now_is_a_baseline_and_a_step_to_a_level_is_no_target_of_its_own(
    tmp_path: Path,
) -> None:
    head = "某市健康规划\n\n"
    found = document(tmp_path, head + "到2030年，人均预期寿命较目前再增加约3岁，达到79岁。\n")
    assert found == [("人均预期寿命", ">=", 79, "岁", 2030)]
    found = document(tmp_path, head + "使得人均预期寿命从现在79岁的水平再提升1岁，达到80岁左右。\n")
    assert [(i, c, v) for i, c, v, _, _ in found] == [("人均预期寿命", ">=", 80)]
    found = document(tmp_path, head + "个人卫生支出占卫生总费用的比重从目前29.3%降至25%左右。\n")
    assert [(i, c, v) for i, c, v, _, _ in found] == [("个人卫生支出占卫生总费用的比重", "<=", 25)]
    # a change and a level of other units, or of other years, are both targets
    found = document(tmp_path, head + "居民健康素养水平提高5个百分点，达到30%。\n")
    assert [v for _, _, v, _, _ in found] == [5, 30]
    text = head + "到2025年，人均预期寿命提高1岁左右，展望2035年，人均预期寿命达到80岁以上。\n"
    assert [v for _, _, v, _, _ in document(tmp_path, text)] == [1, 80]


def test_stop24_a_form_flattened_one_cell_a_line_between_pipe_lines(tmp_path: Path) -> None:
    text = (
        "某县2024年基本公共卫生服务项目绩效目标\n\n产出指标\n|\n数量指标\n|\n"
        "适龄儿童国家免疫规划疫苗接种率\n|\n≧90%\n|\n7 岁以下儿童健康管理率\n|\n≧85%\n|\n"
        "年度资金总额\n|\n2279万元\n"
    )
    assert document(tmp_path, text) == [
        ("适龄儿童国家免疫规划疫苗接种率", ">=", 90, "%", 2024),
        ("7岁以下儿童健康管理率", ">=", 85, "%", 2024),
    ]


def test_stop24_a_rate_of_harm_said_to_reach_a_level_is_how_things_stand() -> None:
    assert read("抑郁症患病率达2.1%") == []
    assert read("居民肥胖率达到16.4%") == []
    # lowered, held under or reached below, it is a goal
    assert read("孕产妇死亡率达到10/10万以下")[0][1] == "<="
    assert read("成人吸烟率下降到20%")[0][1] == "<="
    assert read("高血压患者规范管理率达到60%")[0][1] == ">="


def test_stop24_how_many_articles_a_policy_or_a_title_holds_is_no_target() -> None:
    for said in (
        "某市出台10条措施支持中医药发展",
        "印发《关于推进健康城市建设的12条措施》",
        "推出20项便民举措",
    ):
        assert read(said) == [], said
    # what the measures are to deliver is counted
    assert read("新建基层医疗卫生机构10个")[0][2] == 10


def test_stop24_values_per_region_or_level() -> None:
    found = read("市、县、乡三级医疗机构电子病历应用覆盖率分别达到100%、95%、90%")
    assert [(i, v) for i, _, v, _, _ in found] == [
        ("市级医疗机构电子病历应用覆盖率", 100),
        ("县级医疗机构电子病历应用覆盖率", 95),
        ("乡级医疗机构电子病历应用覆盖率", 90),
    ]
    found = read("住院分娩率东部地区达到99%，中西部地区达到95%")
    assert [(i, v) for i, _, v, _, _ in found] == [
        ("东部地区住院分娩率", 99),
        ("中西部地区住院分娩率", 95),
    ]
    assert [i for i, _, _, _, _ in read("居民健康档案建档率其中城市95%、农村90%")] == [
        "居民健康档案建档率",
        "居民健康档案建档率",
    ]


def test_stop24_a_baseline_named_as_such_and_the_goal_after_it(tmp_path: Path) -> None:
    assert read("高血压患者规范管理率基线值为60%") == []
    found = clause_targets("目标值为70%", previous="高血压患者规范管理率基线值为60%")
    assert [(t.indicator, t.value) for t in found] == [("高血压患者规范管理率", 70)]
    text = "某县工作方案\n\n孕产妇死亡率现状为12/10万，2025年目标为10/10万以下。\n"
    found = document(tmp_path, text)
    assert found == [("孕产妇死亡率", "<=", 10, "/10万", 2025)]
    found = document(tmp_path, "某县工作方案\n\n居民健康素养水平由现状的25%提高到30%。\n")
    assert [(i, v) for i, _, v, _, _ in found] == [("居民健康素养水平", 30)]
    found = document(tmp_path, "某县工作方案\n\n2020年至今，全市新增养老床位3000张。\n")
    assert found == []


def test_stop24_who_did_the_work_and_cases_found_are_facts() -> None:
    assert read("由400多位专家学者参与编制") == []
    assert read("确诊畸形胎儿9例") == []
    assert read("报告病例数控制在10例以下")[0][2] == 10
    assert read("由政府举办1所县级妇幼保健院")[0][2] == 1


def test_stop24_each_of_the_items_the_clause_before_lists() -> None:
    found = clause_targets("各完成筛查80万人次", previous="免费开展宫颈癌、乳腺癌筛查")
    assert [(t.indicator, t.value) for t in found] == [
        ("宫颈癌筛查", 800000),
        ("乳腺癌筛查", 800000),
    ]


def test_stop24_an_items_sentence_naming_a_report_is_no_report_heading(tmp_path: Path) -> None:
    text = (
        "某市年度量化指标任务分工\n\n一、各部门要抓好落实。\n\n三、市政府将定期梳理汇总落实情况。\n\n"
        "序号 工作任务 牵头部门\n1 城镇新增就业1000万人以上 人社局\n"
    )
    assert [(v, u) for _, _, v, u, _ in document(tmp_path, text)] == [(10_000_000, "人")]
    assert read("农村低保标准调高到每人每月722元") == [("农村低保标准", ">=", 722, None, "元")]


def test_stop24_the_term_a_project_form_states_dates_its_goals(tmp_path: Path) -> None:
    text = (
        "基本公共卫生服务项目绩效目标表\n\n(1)实施主体：某县卫生健康委员会。\n"
        "(2)起止时间：2024 年 1 月 1 日-2024 年 12 月 31 日\n\n"
        "适龄儿童国家免疫规划疫苗接种率\n|\n≧90%\n|\n7岁以下儿童健康管理率\n|\n≧85%\n|\n"
        "老年人健康管理率\n|\n≧70%\n"
    )
    assert [d for _, _, _, _, d in document(tmp_path, text)] == [2024, 2024, 2024]


def test_stop24_a_share_above_the_whole_is_work_done_beyond_its_task() -> None:
    assert read("任务完成率达到105%") == []
    assert read("任务完成率达到100%")[0][2] == 100
    assert read("门诊量增长率达到120%")[0][2] == 120  # a growth rate is not capped


def test_stop24_a_total_under_a_plans_goals_heading_is_a_goal(tmp_path: Path) -> None:
    text = "某市健康规划\n\n二、主要目标\n\n全市累计建成社区卫生服务中心30个。\n"
    assert [(v, u) for _, _, v, u, _ in document(tmp_path, text)] == [(30, "个")]
    text = "某市卫生健康工作\n\n一、工作开展情况\n\n全市累计建成社区卫生服务中心30个。\n"
    assert document(tmp_path, text) == []


def test_stop24_second_a_list_of_rates_one_with_puji_pairs_each_with_its_value() -> None:
    # 普及率 is one word: its 及 joins nothing, so four rates meet four values, in order
    sentence = (
        "全县农村卫生户厕普及率、乡镇生活垃圾处理率、学校健康教育开课率、企业职业健康检查率"
        "将分别达到90%、85%、100%、80%以上"
    )
    assert read(sentence) == [
        ("农村卫生户厕普及率", ">=", 90, None, "%"),
        ("乡镇生活垃圾处理率", ">=", 85, None, "%"),
        ("学校健康教育开课率", ">=", 100, None, "%"),
        ("企业职业健康检查率", ">=", 80, None, "%"),
    ]
    assert [t[0] for t in read("传染病报告及时率以及疫苗接种率分别达到95%和90%")] == [
        "传染病报告及时率",
        "疫苗接种率",
    ]


def test_stop24_second_values_listed_by_fenbie_never_meet_every_name() -> None:
    # 中、小学生 is one item: two values, two items joined by 和
    read_two = read("病区中、小学生和家长防治知识知晓率分别达到90%和80%以上")
    assert [(t[2], t[0][:2]) for t in read_two] == [(90, "病区"), (80, "家长")]
    # names and values that cannot be paired: one target per value, not names × values
    assert [t[2] for t in read("甲病发现率、乙病发现率、丙病发现率分别达到80%和90%")] == [80, 90]


def test_stop24_second_a_table_one_cell_a_line_with_achieved_and_goal_columns(
    tmp_path: Path,
) -> None:
    # a report of a plan's indicators: the header breaks each column after its year, the
    # goal column is named, a row may lack its unit cell or carry a note after its value
    cells = [
        "类别", "序号", "指标", "单位", "2025年", "完成情况", "2025年", "规划目标",
        "健康水平", "1", "居民平均寿命", "80.1", "(省级测算)", "≥79",
        "2", "新生儿死亡率", "1/10万", "3.1", "≤4",
        "3", "慢性病过早死亡率", "%", "12.5", "比2020年(15.2)降低2个百分点",
        "服务体系", "4", "每万常住人口全科医生数", "4.2", "4",
    ]  # fmt: skip
    text = "某市“十四五”卫生健康主要指标完成情况\n\n" + "\n\n".join(cells) + "\n"
    assert document(tmp_path, text) == [
        ("居民平均寿命", ">=", 79, "", 2025),
        ("新生儿死亡率", "<=", 4, "1/10万", 2025),
        ("慢性病过早死亡率", "decrease_by", 2, "个百分点", 2025),
        ("每万常住人口全科医生数", "=", 4, "", 2025),
    ]


def test_stop24_second_a_performance_form_one_cell_a_line_between_pipe_lines(
    tmp_path: Path,
) -> None:
    # a 绩效 form: goal name | goal value | measure | standard | achieved | measured | weight |
    # scoring rule | score; the standards and counts are goals, amounts, achieved figures,
    # weights and scoring thresholds are not
    header = ["目标名称", "目标值", "评价指标", "标准值", "目标完成值", "评价指标值", "权重分值"]
    rows = [
        ["1.项目资金", "320", "资金到位率", "100%", "320", "100%", "2"],
        ["随访服务人数", "5000人", "随访率=已随访人数/应随访人数*100%", "≥85%", "5100", "90%", "5"],
        ["质量控制", "", "质控合格率", "95%", "", "96%", "3"],
    ]
    rules = ["资金到位率≠100%则不得分", "≥80%得3分,<80%不得分", "查阅资料"]
    lines = [*header, "评分规则", "得分"]
    for row, rule in zip(rows, rules, strict=True):
        lines += [*row, rule, "1"]
    text = "某县基本公共卫生服务项目绩效目标完成情况\n" + "".join(c + "\n|\n" for c in lines)
    assert document(tmp_path, text) == [
        ("资金到位率", "=", 100, "%", None),
        ("随访服务人数", "=", 5000, "人", None),
        ("随访率", ">=", 85, "%", None),
        ("质控合格率", "=", 95, "%", None),
    ]


def test_stop24_second_news_of_a_title_won_tells_what_was_done(tmp_path: Path) -> None:
    news = (
        "某县创成国家卫生县城 森林覆盖率45%\n\n"
        "2023年05月08日 09:12 某县日报\n\n"
        "某某网5月8日消息:全国爱卫会日前发布决定,命名某县等500个县城为国家卫生县城。"
        "创建工作开展以来,我县做到工作目标层层分解,将城区划为60个网格,实行包干负责制。"
        "建成8座污水处理厂,城镇生活污水处理率85.2%,生活垃圾无害化处理率100%。\n"
    )
    assert document(tmp_path, news) == []
    # naming a year ahead of its date, it speaks of goals too
    ahead = news + "下一步，到2025年，全县居民健康素养水平将达到30%以上。\n"
    assert "居民健康素养水平" in [t[0] for t in document(tmp_path, ahead)]


def test_stop24_second_a_change_from_a_dated_level_to_a_dated_goal(tmp_path: Path) -> None:
    # the goal's year between the verb and the value; 控制到; a comma after the level it
    # starts from; a count of teeth; a modal between the indicator and 从
    text = (
        "某省口腔健康行动方案（2021—2030年）\n"
        "到2030年，5岁儿童乳牙患龋率应从2020年的70.9%控制到60%以内；"
        "儿童窝沟封闭率从2020年的20.3%提升到2025年的25%，2030年达到30%；"
        "老年人平均留存牙数从2020年的21.5颗上升到2030年的23颗；"
        "成人每天两次刷牙率从2020年的36.1%，上升到2030年的50%。\n"
    )
    assert document(tmp_path, text) == [
        ("5岁儿童乳牙患龋率", "<=", 60, "%", 2030),
        ("儿童窝沟封闭率", ">=", 25, "%", 2025),
        ("儿童窝沟封闭率", ">=", 30, "%", 2030),
        ("老年人平均留存牙数", ">=", 23, "颗", 2030),
        ("成人每天两次刷牙率", ">=", 50, "%", 2030),
    ]


def test_stop24_second_a_page_that_continues_a_list_dates_only_what_says_its_year(
    tmp_path: Path,
) -> None:
    # page 2 of a plan: its title and period are on page 1
    page = "(3)开展新生儿听力筛查,到2015年筛查率达到90%。\n(4)启动儿童龋齿预防项目,干预率达80%。\n"
    assert [(t[0], t[4]) for t in document(tmp_path, page)] == [
        ("新生儿听力筛查率", 2015),  # the service the clause before gives
        ("儿童龋齿预防干预率", None),  # the project the clause before names
    ]
    # items that each state their term (实施时间：2016年1月-12月) are that year's
    items = (
        "(二)妇幼健康项目。\n目标要求:筹措资金500万元,孕产妇住院分娩率达到98%。\n"
        "实施时间:2016年1月-12月。\n"
    )
    assert {t[4] for t in document(tmp_path, items)} == {2016}


def test_stop24_second_the_thirteenth_plan_period_ahead_in_a_text_of_its_time() -> None:
    # 十三五时期 is a period gone by in a text of 2022, the period ahead in a text of 2017
    from healthplan.extraction.targets import _past

    sentence = "“十三五”时期,全市人口出生率将保持在12‰以上"
    assert _past([], sentence, 2022)
    assert not _past([], sentence, 2017)


def test_stop24_second_what_a_count_rests_on_and_a_goal_named_as_the_main_one() -> None:
    assert read("将建立以县级医院为基础的3所县级危重新生儿救治中心") == [
        ("建立县级危重新生儿救治中心", "=", 3, None, "所")
    ]
    assert [t[0] for t in read("明确了全市计划生育工作的主要目标是人口出生率保持在12‰以上")] == [
        "人口出生率"
    ]


def test_stop24_second_a_work_meetings_year_and_the_year_before_it(tmp_path: Path) -> None:
    text = (
        "昨天,某市召开2019年全市卫生健康工作会议,总结2018年工作,部署2019年度工作任务。\n"
        "据了解,2018年,全市孕产妇死亡率控制在9.5/10万,居民平均期望寿命达到80.2岁。\n"
        "市卫健委表示,今年将新建2家社区医院。\n"
    )
    assert document(tmp_path, text) == [("新建社区医院", "=", 2, "家", 2019)]


def test_stop24_second_a_programme_list_and_its_rows_run_on_one_line(tmp_path: Path) -> None:
    text = (
        "2025年,某县卫生健康局列入县政府民生实事项目共2项,主要为新建村卫生室3个、"
        "新增巡回诊疗车1辆。\n"
        "序号 | 项目名称 | 项目内容 | 项目绩效 |\n"
        "1 | 基层运行经费 | 新建村卫生室3个 | 巡回诊疗车出诊频率达到4次/月,方便群众就医。 |\n"
    )
    assert document(tmp_path, text) == [
        ("新建村卫生室", "=", 3, "个", 2025),
        ("新增巡回诊疗车", "=", 1, "辆", 2025),
        ("巡回诊疗车出诊频率", ">=", 4, "次/月", 2025),
    ]


def test_stop24_second_units_said_short_or_cut_and_principles_counted() -> None:
    # 平方 for 平方米, a conversion's 方米 (read as 平方米 since stop 32: a mistyped unit is
    # recorded as meant), 块 of pitches; 该省 opens no indicator
    assert read("人均住房建筑面积达45平方左右")[0][2:] == (45, None, "平方")
    assert read("人均体育场地面积达到2.6方米以上")[0][2:] == (2.6, None, "平方米")
    assert read("每万人拥有足球场地数量达到0.9块")[0][2:] == (0.9, None, "块")
    assert read("该省今年将为3万名孕妇实施免费产前筛查")[0][0] == "孕妇实施免费产前筛查"
    # the principles a plan follows are no count to reach
    assert read("本着科学布局、政府引导、创新机制等4项原则") == []


def test_stop24_second_a_rate_named_alone_after_the_project_it_measures(tmp_path: Path) -> None:
    text = "某县妇幼健康行动计划\n(5)启动儿童先天性心脏病筛查项目,筛查率达90%。\n"
    assert [t[0] for t in document(tmp_path, text)] == ["儿童先天性心脏病筛查率"]


def test_stop24_second_a_forms_term_without_a_colon_dates_its_goals(tmp_path: Path) -> None:
    text = (
        "结核病防治项目\n项目支出绩效目标申报表\n"
        "时效指标 项目实施时间 2023年1月-12月\n数量指标 患者规范管理率达到90%\n"
    )
    assert [(t[0], t[4]) for t in document(tmp_path, text)] == [("患者规范管理率", 2023)]


def test_stop24_third_a_service_funded_is_named_after_its_count() -> None:
    # places, vouchers, beds: the count after 增加/推出/装配/开通运行 is of what follows it
    assert read("分阶段增加300个日间护理服务名额") == [
        ("增加日间护理服务名额", "=", 300, None, "个")
    ]
    assert read("合共增加三千张病床") == [("增加病床", "=", 3000, None, "张")]
    assert read("分期推出共2,000张社区照顾服务券") == [
        ("推出社区照顾服务券", "=", 2000, None, "张")
    ]
    assert read("开通运行80个村级物流点")[0][0] == "开通运行村级物流点"
    assert read("装配5万例普及型假肢")[0][:3] == ("装配普及型假肢", "=", 50000)
    # a count said after its noun keeps the noun first
    assert read("病床增加200张") == [("病床增加", "=", 200, None, "张")]


def test_stop24_third_traditional_characters_name_the_service_too(tmp_path: Path) -> None:
    text = "某區年度施政報告\n政府將分階段增加120個寄養服務名額，並撥款1.2億元推行計劃。\n"
    assert [t[:4] for t in document(tmp_path, text)] == [("增加寄养服务名额", "=", 120, "个")]


def test_stop24_third_sums_allocated_or_injected_are_no_targets() -> None:
    for sentence in (
        "政府将拨款2.5亿元推行先导计划",
        "向社区发展基金注资4亿元",
        "新医院计划斥资1,500亿",
        "另预留约3.2亿元加强服务",
    ):
        assert read(sentence) == [], sentence
        assert "cost" in [why for _, why in explain(sentence)], sentence
    # nor is what a project costs: its means, not a goal (README: costs are not targets)
    assert read("项目总投资约2.5亿元") == []


def test_stop24_third_an_increase_to_a_total_is_the_total() -> None:
    assert read("院舍照顾服务券增加2,000张至总数8,000张") == [
        ("院舍照顾服务券", ">=", 8000, None, "张")
    ]
    # one range to the annotators' eyes, but each end has its unit
    assert read("社区照顾服务券的总数增加3000张至1.5万张") == [
        ("社区照顾服务券的总数", ">=", 15000, None, "张")
    ]
    # a range of the increase stays a range
    assert read("每年增加5至10个")[0][2:] == (5, 10, "个")


def test_stop24_third_lamps_are_counted_in_zhan() -> None:
    assert read("安装太阳能路灯800盏") == [("安装太阳能路灯", "=", 800, None, "盏")]


def test_stop24_third_people_served_or_visited_are_named_after_their_count() -> None:
    # beneficiaries and people visited: what follows the count is who
    assert read("预计探访8万户独居长者")[0][:3] == ("探访独居长者", "=", 80000)
    assert read("惠及约6000名照顾者")[0][:3] == ("惠及照顾者", "=", 6000)


def test_stop24_third_a_ceiling_as_a_share_of_a_whole_named_with_its_de() -> None:
    # 不超过/不高于 a share of a whole, the whole itself qualified by 的, 一般 before the verb
    assert read("风险基金结余一般不超过当年筹集的基金总额的20%") == [
        ("风险基金结余占当年筹集的基金总额比例", "<=", 20, None, "%")
    ]
    assert read("试点乡镇数量要达到全县乡镇总数的30%")[0][:2] == (
        "试点乡镇数量占全县乡镇总数比例",
        ">=",
    )


def test_stop25_a_named_five_year_period_dates_its_goals_a_title_does_not(tmp_path: Path) -> None:
    # the period the sentence names: its last year
    found = document(
        tmp_path,
        "某市卫生健康规划\n“十五五”期间，全市孕产妇死亡率控制在9/10万以下。\n"
        "到“十四五”末，居民健康素养水平达到40%。\n",
    )
    assert [(t[2], t[4]) for t in found] == [(9, 2030), (40, 2025)]
    # a clause that only names the period dates the rest of its paragraph
    found = document(
        tmp_path,
        "某区妇幼工作新闻\n方案提出，“十四五”时期，婴儿死亡率降到5‰以下。产前筛查率达到85%。\n",
    )
    assert [(t[2], t[4]) for t in found] == [(5, 2025), (85, 2025)]
    # a heading naming the period dates the items under it
    found = document(
        tmp_path,
        "某县卫生健康规划\n二、“十四五”时期主要目标\n（一）每千人口执业医师数达到3.2人。\n",
    )
    assert [(t[2], t[4]) for t in found] == [(3.2, 2025)]
    # the plan's title alone dates none of its statements; an annual plan's year still does
    items = "\n二、主要指标\n每千人口执业医师数达到3.2人。\n"
    found = document(tmp_path, "某县卫生健康“十四五”规划" + items)
    assert [(t[2], t[4]) for t in found] == [(3.2, None)]
    found = document(tmp_path, "某县2027年卫生健康工作要点" + items)
    assert [(t[2], t[4]) for t in found] == [(3.2, 2027)]


def test_stop25_a_year_whose_nian_a_conversion_turned_into_a_dash(tmp_path: Path) -> None:
    found = document(
        tmp_path,
        "某省规划出台\n《规划》要求,到2028-,60%以上的街道建立心理服务站;全省心理治疗师达到900名。\n",
    )
    assert [(t[2], t[4]) for t in found] == [(60, 2028), (900, 2028)]
    # a span of years is read to its end, not taken for its first year said short
    found = document(tmp_path, "某省规划出台\n到2026-2030年,全省心理治疗师达到900名。\n")
    assert [(t[2], t[4]) for t in found] == [(900, 2030)]


def test_stop25_a_date_a_clause_runs_to_is_no_year_of_the_goals(tmp_path: Path) -> None:
    # a horizon (直至…的需求), a term extended (延长…至…底), a time told (截至) and a level
    # changed (提高到…年的) name no year the text's goals are due by
    found = document(
        tmp_path,
        "某地施政报告\n新医院可提供约3000张病床，足以应付直至2041年的预计服务需求。\n"
        "当局将延长两年「护理券先导项目」至2029年底。截至2022年，已有病床2万张。\n"
        "服务人次由2019年的5万提高到2023年的8万。政府将增加200个护理学额。\n",
    )
    assert [(t[0], t[4]) for t in found if t[2] == 200] == [("增加护理学额", None)]
    # a 到…年 that opens the goals still dates the text
    found = document(
        tmp_path, "某地方案\n到2027年，全市建成10个护理站。\n政府将增加200个护理学额。\n"
    )
    assert [t[4] for t in found] == [2027, 2027]


def test_stop25_a_taiwan_budget_header_names_its_year_in_the_roc_calendar(tmp_path: Path) -> None:
    text = (
        "某縣衛生局\n\n            歲出計畫提要\n       一百一十五年度            單位:新台幣千元\n"
        "預期成果:至少完成篩檢500人。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, text)] == [(500, 2026)]


def test_stop25_next_year_of_a_dated_text(tmp_path: Path) -> None:
    dated = "某市卫健委\n2025年3月2日\n明年全市将新增托位800个。\n"
    assert [(t[2], t[4]) for t in document(tmp_path, dated)] == [(800, 2026)]
    undated = "某市卫健委通知\n明年全市将新增托位800个。\n"
    assert [(t[2], t[4]) for t in document(tmp_path, undated)] == [(800, None)]


def test_stop25_a_share_before_its_units_then_what_they_become_or_where_they_go() -> None:
    # N%以上的 <units> 成为 / 在…就诊: the share of the units, named by them and what they do
    assert read("到2030年，60%以上的乡镇卫生院和社区卫生服务中心成为示范机构") == [
        ("乡镇卫生院和社区卫生服务中心成为示范机构", ">=", 60, None, "%")
    ]
    assert read("力争70%以上的慢病患者在社区卫生服务中心就诊") == [
        ("慢病患者在社区卫生服务中心就诊", ">=", 70, None, "%")
    ]
    # a share of a group described, with no verb of its own after it, is still no target
    assert read("其中40%以上的老年人患有慢性病") == []


def test_stop25_counts_of_levels_joined_before_one_noun() -> None:
    assert read("力争新建5个省级和12个市级老年医学重点专科") == [
        ("新建省级老年医学重点专科", "=", 5, None, "个"),
        ("新建市级老年医学重点专科", "=", 12, None, "个"),
    ]
    assert [t[0] for t in read("建成1个国家级、3个省级、8个县级中医药传承工作室")] == [
        "建成国家级中医药传承工作室",
        "建成省级中医药传承工作室",
        "建成县级中医药传承工作室",
    ]
    # a count whose object is more than a level keeps its own noun
    assert [t[0] for t in read("建成2个示范区和3个省级示范点")] == ["建成示范区", "建成省级示范点"]


def test_stop25_a_count_of_wan_then_the_rest_of_the_number() -> None:
    assert read("日间护理名额增加至2万4,500个") == [("日间护理名额", ">=", 24500, None, "个")]
    assert read("康复服务券增加3,000张至1万2000张") == [("康复服务券", ">=", 12000, None, "张")]
    assert read("全年服务达到3亿4500万人次")[0][2:] == (345000000, None, "人次")
    # a share of 万 is a number of its own: the 60 after it is the age of the people counted
    assert read("为2.35万60岁以上老年人接种流感疫苗")[0][2:] == (23500, None, "")


def test_stop25_a_rise_by_a_share_to_a_total(tmp_path: Path) -> None:
    # a count raised by a share to a total: the rise and the total, each in its own unit
    assert read("日间护理中心名额增加三成至650个") == [
        ("日间护理中心名额", "increase_by", 3, None, "成"),
        ("日间护理中心名额", ">=", 650, None, "个"),
    ]
    assert read("新院可增加25%的康复床位至1,200张") == [
        ("康复床位", "increase_by", 25, None, "%"),
        ("康复床位", ">=", 1200, None, "张"),
    ]
    # a sum raised by a share from its present level: the sum it comes to
    assert read("护老者津贴将由每月2,000元增加两成至2,400元") == [
        ("护老者津贴", ">=", 2400, None, "元")
    ]
    # a headline's 九成 says what the text's 90% says: one target
    text = "某市到2027年托育覆盖率超九成\n某市日前印发方案，到2027年，托育覆盖率超过90%。\n"
    assert [(t[2], t[3]) for t in document(tmp_path, text)] == [(90, "%")]


def test_stop25_a_progress_report_states_the_years_task_before_the_work_done(
    tmp_path: Path,
) -> None:
    text = (
        "某县妇幼工作督导\n本报讯 督导组10月检查了全县筛查工作。据了解，今年全县新生儿听力筛查"
        "任务数为2600人，截至9月底，已完成筛查2710人，完成率104%。"
        "孕前优生检查任务为1500对，截至9月底已完成1620对。\n"
    )
    found = document(tmp_path, text)
    assert [(t[0], t[2], t[3]) for t in found] == [
        ("新生儿听力筛查任务数", 2600, "人"),
        ("孕前优生检查任务", 1500, "对"),
    ]
    # couples are counted in 对; a pair said in words is part of a name
    assert read("为2万对计划怀孕夫妇提供免费孕前检查")[0][2:] == (20000, None, "对")
    assert read("落实一对夫妻可以生育三个子女政策") == []


def test_stop25_goals_of_a_general_plan_reported_in_news(tmp_path: Path) -> None:
    # per head after a measure is that measure per head, in the currency written
    assert read("地区生产总值突破5000亿元、人均达到2万美元") == [
        ("地区生产总值", ">", 500000000000, None, "元"),
        ("人均地区生产总值", ">=", 20000, None, "美元"),
    ]
    # a count of a group, then that all of it reaches something
    assert read("12万农村低收入人口全部脱贫")[0][:3] == ("农村低收入人口全部脱贫", "=", 120000)
    # a year ahead of a news item's time stamp makes its sentence a goal
    text = (
        "某省发布五年目标\n2021-01-20 09:30:00\n本报讯 省长作政府工作报告。\n"
        "2025年，全省生产总值达到6万亿元。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, text)] == [(6000000000000, 2025)]


def test_stop25_a_list_sharing_one_rate_then_its_change_in_the_next_clause() -> None:
    # the groups a clause lists before the rate they share, then the yearly change after it
    found = clause_targets(
        "每年至少降低0.5个百分点",
        previous="幼儿园儿童、小学生、初中生、中等职业学校学生近视率呈下降趋势",
    )
    assert [(t.indicator, t.comparator.value, t.value) for t in found] == [
        ("幼儿园儿童近视率", "decrease_by", 0.5),
        ("小学生近视率", "decrease_by", 0.5),
        ("初中生近视率", "decrease_by", 0.5),
        ("中等职业学校学生近视率", "decrease_by", 0.5),
    ]
    # a qualifier the items share stays with the head (艾滋病、梅毒、乙肝|孕早期检测率)
    assert [t[0] for t in read("甲肝、乙肝、丙肝孕早期检测率分别达到80%")] == [
        "甲肝孕早期检测率",
        "乙肝孕早期检测率",
        "丙肝孕早期检测率",
    ]


def test_stop25_yu_before_a_value_is_more_than() -> None:
    assert read("儿童青少年体质健康达标率逾60%") == [
        ("儿童青少年体质健康达标率", ">", 60, None, "%")
    ]


def test_stop25_an_age_bound_before_the_people_of_that_age_is_no_value() -> None:
    assert read("继续提高60岁以上老年人健康体检覆盖面") == []
    assert "qualifier" in [why for _, why in explain("提升3岁以下婴幼儿照护服务水平")]
    # a life span raised to an age is a value
    assert read("人均预期寿命提高到81岁以上")[0][1:3] == (">=", 81)


def test_stop25_whom_the_work_serves_before_the_verb_whose_object_is_counted() -> None:
    assert read("为困难家庭未就业青年开发公益性岗位3000个以上") == [
        ("开发公益性岗位", ">=", 3000, None, "个")
    ]
    assert read("对35-64岁农村妇女开展宫颈癌筛查2万人")[0][:3] == ("开展宫颈癌筛查", "=", 20000)
    # a sum paid names who gets it
    assert "困难老人" in read("向困难老人每月发放额外补贴300元")[0][0]
    # the people counted after 为 are what is counted
    assert read("免费为2000名儿童开展窝沟封闭")[0][:3] == ("儿童开展窝沟封闭", "=", 2000)


def test_stop25_a_waiting_time_in_weeks() -> None:
    assert read("专科门诊新症轮候时间中位数不超过两星期") == [
        ("专科门诊新症轮候时间中位数", "<=", 2, None, "星期")
    ]


def test_stop25_a_value_said_once_with_jun_for_each_year_listed(tmp_path: Path) -> None:
    text = "某县艾滋病防治规划\n2026年和2028年，注射吸毒人群共用针具比例均较上一年度减少5%以上。\n"
    found = document(tmp_path, text)
    assert sorted((t[0], t[1], t[2], t[4]) for t in found) == [
        ("注射吸毒人群共用针具比例", "decrease_by", 5, 2026),
        ("注射吸毒人群共用针具比例", "decrease_by", 5, 2028),
    ]
    # 均 over two indicators keeps one target each
    text = "某县规划\n到2026年和2028年，甲肝和乙肝疫苗接种率均达到95%。\n"
    assert len(document(tmp_path, text)) == 2


def test_stop25_round8_a_period_written_with_a_horizontal_bar_dates_no_statement(
    tmp_path: Path,
) -> None:
    # ― (U+2015) and － between the years are a period's dash, as — is: the plan runs over
    # several years, and its title alone dates none of its goals
    for dash in ("―", "－"):
        text = f"某县关于印发全民健康行动计划（2031{dash}2035年）的通知\n二、主要目标\n"
        text += "居民健康素养水平达到30%。\n"
        assert [(t[2], t[4]) for t in document(tmp_path, text)] == [(30, None)]


def test_stop25_round8_an_annual_programme_named_by_its_first_line(tmp_path: Path) -> None:
    # a first line naming one year and a project of that year: the year of its goals
    text = "某区2031年重大公共卫生服务项目\n\n某病防治技术方案\n\n二、年度目标\n"
    text += "家犬登记率达到90%以上。\n"
    assert [(t[2], t[4]) for t in document(tmp_path, text)] == [(90, 2031)]
    # an annual work plan whose title lost its 年 still names its year
    text = "2031卫生院工作计划(修订版)一、工作目标1.门诊人次达到3,000人次，住院人次达到200人次。\n"
    assert [(t[2], t[4]) for t in document(tmp_path, text)] == [(3000, 2031), (200, 2031)]


def test_stop25_round8_news_of_a_years_numbered_list_of_works(tmp_path: Path) -> None:
    # 十件实事 / 10项实事 is the year's programme as 民生实事 is: its items are that year's
    text = (
        "某市消息（记者 某某）3月2日，市长在政府工作报告中公布2031年市“十件实事”。"
        "分别为：新建改建6所社区卫生服务中心；改造老旧小区9个。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, text)] == [(6, 2031), (9, 2031)]


def test_stop25_round8_works_of_a_years_list_counted_before_their_object() -> None:
    # the count stands between the verb and what it counts: both name the work
    assert read("更新120条城市绿道")[0][:3] == ("更新城市绿道", "=", 120)
    assert read("解决800户困难家庭的饮水问题")[0][:3] == ("解决困难家庭的饮水问题", "=", 800)
    assert read("抽调50名骨干医师下乡服务")[0][:3] == ("抽调骨干医师下乡服务", "=", 50)
    # a level raised by points is still a rise, not a count of works
    assert read("居民健康素养水平提升5个百分点")[0][1] == "increase_by"


def test_stop25_round8_news_listing_a_years_programme_under_a_heading_line(
    tmp_path: Path,
) -> None:
    # a report's list under a line naming the year's programme: its items are that year's goals
    text = (
        "某区着力办好30项民生实事\n"
        "某某网讯（记者 某某）1月8日，某区人代会开幕，区长作政府工作报告。\n"
        "2031年某区民生实事项目：\n"
        "1.新建社区医院3家，新增病床位500张。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, text)] == [(3, 2031), (500, 2031)]
    # without the heading the same sentences are news of what was done
    assert document(tmp_path, text.replace("2031年某区民生实事项目：\n", "")) == []


def test_stop25_round8_an_opening_clause_says_the_years_programme_will_be_done(
    tmp_path: Path,
) -> None:
    text = (
        "3月1日，记者从某县人代会上了解到，2031年，某县继续把为群众办实事、办好事作为政府工作的"
        "出发点和落脚点，更加注重保障和改善民生，将集中力量办好十件民生实事。\n"
        "这十件民生实事分别是：建成公共租赁住房300套；硬化村庄巷道20公里。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, text)] == [(300, 2031), (20, 2031)]


def test_stop25_round8_units_counted_after_an_order_or_a_place_then_their_work() -> None:
    # no verb or measure before the count: the units and what they do name the target
    assert read("首批40所学校操场向社会开放")[0][:3] == ("首批学校操场向社会开放", "=", 40)
    assert read("各县20所卫生院建成发热门诊")[0][:3] == ("各县卫生院建成发热门诊", "=", 20)
    # households a body answers for, then the next body's share: not one phrase
    assert "乙厅" not in read("甲厅负责3万户，乙厅结合沼气建设改厕1万户")[0][0]
