"""Stop 27: lists that share one value (eval/corpus/README.md "Annotation rules"). Items that
are different measures are one target each, of the subject named once before them; subjects of
one measure that 均/分别/各/都 gives the value each are one target each, every one named whole.
A number inside an object's name (a service circle's reach, a model's “1+3”) is part of the
name, and a bare verb or rate after an action clause is of what the action works on. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from targets_helpers import document, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孕妇乙肝、丙肝筛查率均达到90%以上", ["孕妇乙肝筛查率", "孕妇丙肝筛查率"]),
        ("老年人和孕产妇健康管理率都达到75%", ["老年人健康管理率", "孕产妇健康管理率"]),
        ("医疗废物和污水无害化处置率均达到100%", ["医疗废物无害化处置率", "污水无害化处置率"]),
        ("乙肝、梅毒母婴传播率均控制在2%以下", ["乙肝母婴传播率", "梅毒母婴传播率"]),
    ],
)
def test_subjects_each_given_the_value_are_one_target_each(text: str, expected: list[str]) -> None:
    assert [t[0] for t in read(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject, then acts each with its rate said once at the end
        ("新生儿建档、随访率达到95%", ["新生儿建档率", "新生儿随访率"]),
        (
            "重点人群筛查率、管理率、转诊到位率达到100%",
            ["重点人群筛查率", "重点人群管理率", "重点人群转诊到位率"],
        ),
        # kinds of dose of one vaccination
        (
            "适龄儿童麻疹疫苗首剂、全程接种率达到95%",
            ["适龄儿童麻疹疫苗首剂接种率", "适龄儿童麻疹疫苗全程接种率"],
        ),
        # a list of subjects, then measures of them: every subject's every measure (the
        # revised list rule)
        (
            "早产儿、低体重儿筛查率、管理率达到90%",
            ["早产儿筛查率", "低体重儿筛查率", "早产儿管理率", "低体重儿管理率"],
        ),
        # measures each named whole
        ("患者登记率和规范治疗率达到80%", ["患者登记率", "规范治疗率"]),
    ],
)
def test_different_measures_are_one_target_each(text: str, expected: list[str]) -> None:
    assert [t[0] for t in read(text)] == expected


def test_a_number_inside_an_objects_name_is_part_of_it(tmp_path: Path) -> None:
    plan = (
        "一、目标\n"
        "（一）打造10分钟体育健身圈，覆盖率达到85%以上。\n"
        "（二）城区“15分钟健康服务圈”覆盖率达100%。\n"
        "（三）“1+2+N”家庭医生签约服务覆盖率达到45%。\n"
        "（四）构建社区30分钟就医圈，2026年建成率达到100%。\n"
    )
    assert document(tmp_path, plan) == [
        ("10分钟体育健身圈覆盖率", ">=", 85, "%", None),
        ("城区“15分钟健康服务圈”覆盖率", ">=", 100, "%", None),
        ("“1+2+N”家庭医生签约服务覆盖率", ">=", 45, "%", None),
        ("社区30分钟就医圈建成率", ">=", 100, "%", 2026),
    ]


def test_a_bare_verb_completes_what_the_clause_before_works_on(tmp_path: Path) -> None:
    # 推进/推动 are dropped before an indicator; the work they name is what is completed
    plan = (
        "一、任务\n"
        "（一）推进乡镇卫生院发热门诊标准化改造，年底前完成70%。\n"
        "（二）推动老年友善医疗机构创建，2026年完成60%。\n"
    )
    assert document(tmp_path, plan) == [
        ("乡镇卫生院发热门诊标准化改造", "=", 70, "%", None),
        ("老年友善医疗机构创建", "=", 60, "%", 2026),
    ]


def test_a_table_whose_header_names_a_base_and_a_goal_year(tmp_path: Path) -> None:
    # 2020年基数 | 2025年目标: the goal's column and year, the base's apart
    text = (
        "附表 卫生健康主要指标\n"
        "| 类别 | 指标 | 单位 | 2020年基数 | 2025年目标 | 属性 |\n"
        "| 健康水平 | 人均预期寿命 | 岁 | 78.1 | 79.2 | 预期性 |\n"
        "| 妇幼健康 | 孕产妇系统管理率 | % | 92.5 | ＞90 | 约束性 |\n"
    )
    assert document(tmp_path, text) == [
        ("人均预期寿命", "=", 79.2, "岁", 2025),
        ("孕产妇系统管理率", ">", 90, "%", 2025),
    ]


def test_a_table_printed_one_bare_cell_a_line_is_read_row_by_row(tmp_path: Path) -> None:
    cells = [
        "专栏2 老龄健康主要指标",
        "指标",
        "2021年",
        "2025年",
        "性质",
        "老年人健康管理率（%）",
        "68",
        "≥72",
        "预期性",
        "医养结合机构（家）",
        "35",
        "50",
        "预期性",
        "安宁疗护病区（个）",
        "4",
        "12",
        "约束性",
    ]
    assert document(tmp_path, "\n".join(cells) + "\n") == [
        ("老年人健康管理率", ">=", 72, "%", 2025),
        ("医养结合机构", "=", 50, "家", 2025),
        ("安宁疗护病区", "=", 12, "个", 2025),
    ]


def test_a_goal_set_against_last_years_level_keeps_its_sentence(tmp_path: Path) -> None:
    # 不低于上年水平 compares with last year: no past figure, the sentence states goals
    text = "一、工作目标\n涂阳患者发现率不低于上年水平，密切接触者筛查率达到92%。\n"
    assert document(tmp_path, text) == [("密切接触者筛查率", ">=", 92, "%", None)]


def test_staff_per_head_listed_with_their_values_are_all_per_head() -> None:
    assert [t[0] for t in read("每万人口全科医生数、公共卫生人员数分别达到4人、9人")] == [
        "每万人口全科医生数",
        "每万人口公共卫生人员数",
    ]
    # a rate listed after a count per head is no count per head
    assert [t[0] for t in read("每千人口床位数、床位使用率分别达到6张、85%")] == [
        "每千人口床位数",
        "床位使用率",
    ]


def test_a_list_of_indicators_each_with_its_unit_in_brackets_then_a_colon(tmp_path: Path) -> None:
    text = (
        "三、主要指标\n"
        "1.人均预期寿命（岁）：80.2（预期性）\n"
        "2.婴儿死亡率（‰）：≤4（约束性）\n"
        "3.每千人口执业（助理）医师数（人）：3.6\n"
        "（4）二级及以上公立医院设置老年医学科比例：≥60%\n"
    )
    assert document(tmp_path, text) == [
        ("人均预期寿命", "=", 80.2, "岁", None),
        ("婴儿死亡率", "<=", 4, "‰", None),
        ("每千人口执业（助理）医师数", "=", 3.6, "人", None),
        ("二级及以上公立医院设置老年医学科比例", ">=", 60, "%", None),
    ]


def test_a_rate_named_alone_after_a_count_of_people_served_is_of_the_act(tmp_path: Path) -> None:
    text = "一、民生实事\n为6000名七年级女生免费接种HPV疫苗，接种率达到85%以上。\n"
    assert document(tmp_path, text) == [
        ("七年级女生免费接种HPV疫苗", "=", 6000, "名", None),
        ("HPV疫苗接种率", ">=", 85, "%", None),
    ]


def test_doses_named_by_their_ordinal_are_measures_of_the_vaccine() -> None:
    # 第1剂次 is part of the name, not a value that cuts it
    assert [t[0] for t in read("百白破疫苗第4剂次接种率达到90%")] == ["百白破疫苗第4剂次接种率"]
    assert [t[0] for t in read("脊灰疫苗第1剂次、第2剂次接种率均≥95%")] == [
        "脊灰疫苗第1剂次接种率",
        "脊灰疫苗第2剂次接种率",
    ]


def test_a_header_naming_each_columns_year_in_brackets(tmp_path: Path) -> None:
    # 目标值（2025年） as 2025年目标值; a rate per 1/10万 in the name's brackets is per 10万
    text = (
        "附表 健康行动主要指标\n"
        "指标\t基线值（2021年）\t目标值（2025年）\t目标值（2030年）\t指标性质\n"
        "经常参加体育锻炼人数比例（%）\t35\t≥38\t≥40\t预期性\n"
        "重大慢性病过早死亡率（1/10万）\t320\t≤300\t≤280\t预期性\n"
    )
    assert document(tmp_path, text) == [
        ("经常参加体育锻炼人数比例", ">=", 38, "%", 2025),
        ("经常参加体育锻炼人数比例", ">=", 40, "%", 2030),
        ("重大慢性病过早死亡率", "<=", 300, "/10万", 2025),
        ("重大慢性病过早死亡率", "<=", 280, "/10万", 2030),
    ]


def test_a_table_with_bars_between_cells_only_and_a_scaled_unit_column(tmp_path: Path) -> None:
    # rows a line, bars only between cells, 序号 in the header: each line is a row of its own;
    # a unit cell counting in ten thousands multiplies the value out
    text = (
        "表1 主要指标\n"
        "领域 | 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性\n"
        "健康水平 | 1 | 人均预期寿命 | 岁 | 78.2 | 79.4 | 预期性\n"
        " | 2 | 注册护士数 | 万人 | 1.8 | 2.3 | 预期性\n"
        "健康服务 | 3 | 县域内就诊率 | % | 88 | 90 | 预期性\n"
    )
    assert document(tmp_path, text) == [
        ("人均预期寿命", "=", 79.4, "岁", 2025),
        ("注册护士数", "=", 23000, "人", 2025),
        ("县域内就诊率", "=", 90, "%", 2025),
    ]


def test_a_row_whose_first_cell_opens_with_an_age_is_a_row_of_its_own(tmp_path: Path) -> None:
    text = (
        "到2026年主要指标\n"
        "序号  指标名称                    目标值\n"
        "1     新生儿访视率                ≥90%\n"
        "2     0-6岁儿童健康管理率         ≥92%\n"
        "3     孕产妇产后访视率            ≥85%\n"
    )
    assert document(tmp_path, text) == [
        ("新生儿访视率", ">=", 90, "%", 2026),
        ("0-6岁儿童健康管理率", ">=", 92, "%", 2026),
        ("孕产妇产后访视率", ">=", 85, "%", 2026),
    ]


def test_a_measure_of_listed_subjects_then_a_measure_named_whole() -> None:
    assert [t[0] for t in read("城区、镇区公厕管理达标率、农村公厕覆盖率均达到95%")] == [
        "城区、镇区公厕管理达标率",
        "农村公厕覆盖率",
    ]


def test_a_rate_per_ten_to_the_fifth_whose_superscript_was_flattened() -> None:
    # 1/10⁵ printed as /105 by a PDF conversion: per 10万
    assert read("肺结核报告发病率降至40/105以下") == [("肺结核报告发病率", "<=", 40, "/10万")]


def test_a_share_of_a_task_to_complete_is_a_target_and_more_than_all_of_it_a_fact() -> None:
    assert read("年内完成随访任务的85%以上") == [("完成随访任务", ">=", 85, "%")]
    # done beyond its task: a report, not a plan
    assert read("完成全年筛查任务的115%") == []


def test_places_listed_with_a_value_each_after_a_measure_are_of_that_measure() -> None:
    assert [t[0] for t in read("产前筛查率达到75%，城镇、农村分别达到80%和70%")] == [
        "产前筛查率",
        "城镇产前筛查率",
        "农村产前筛查率",
    ]


def test_the_rates_a_slogan_stands_for_said_after_namely() -> None:
    names = [t[0] for t in read("即感染者发现率、治疗率均达到90%以上")]
    assert names == ["感染者发现率", "感染者治疗率"]
    assert [t[0] for t in read("即时结算率达到100%")] == ["即时结算率"]
