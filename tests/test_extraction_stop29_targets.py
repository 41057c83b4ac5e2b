"""Stop 29, targets on unseen documents: kinds of plan language the folded parts lost.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_a_news_list_dashed_with_ascii_hyphens_goes_on_over_its_lines(tmp_path: Path) -> None:
    # an old page or a mirror site writes -- (or ----) for the dash of each listed goal
    text = (
        "本报讯 记者5日从省卫生厅获悉，全省将实施新一轮结核病防治规划。"
        "到2015年实现以下目标:\n"
        "--新发患者发现率达到75%以上。\n"
        "--患者治愈率保持在90%以上;学生结核病知识知晓率达到85%。\n"
        "----县级定点医院覆盖率达到100%。\n"
    )
    assert document(tmp_path, text) == [
        ("新发患者发现率", ">=", 75.0, "%", 2015),
        ("患者治愈率", ">=", 90.0, "%", 2015),
        ("学生结核病知识知晓率", ">=", 85.0, "%", 2015),
        ("县级定点医院覆盖率", ">=", 100.0, "%", 2015),
    ]


def test_a_share_of_units_covered_is_named_by_what_covers_them() -> None:
    assert read("健康素养监测覆盖全省60%以上的乡镇") == [("健康素养监测覆盖乡镇", ">=", 60.0, "%")]
    assert read("慢病随访服务覆盖40%的村") == [("慢病随访服务覆盖村", "=", 40.0, "%")]


def test_only_the_last_goal_of_a_list_names_the_share_covered() -> None:
    assert read("门诊预约率稳步提高、远程会诊覆盖70%的乡镇卫生院") == [
        ("远程会诊覆盖乡镇卫生院", "=", 70.0, "%")
    ]


def test_a_table_whose_value_cells_a_bar_opens_one_a_line_is_read_by_rows(
    tmp_path: Path,
) -> None:
    # each row: its name on a line, then each value on a line of its own after a bar
    text = (
        "附件：卫生发展主要指标\n"
        "指标名称\n| 2020\n| 2024\n|\n"
        "出生缺陷发生率(‰)\n| 12.5\n| 10\n|\n"
        "每千人口执业医师数(人)\n| 2.1\n| 2.6\n|\n"
        "乡镇卫生院达标率(%)\n| 70\n| 95\n|\n"
    )
    assert document(tmp_path, text) == [
        ("出生缺陷发生率", "=", 10.0, "‰", 2024),
        ("每千人口执业医师数", "=", 2.6, "人", 2024),
        ("乡镇卫生院达标率", "=", 95.0, "%", 2024),
    ]


def test_a_lone_line_opening_with_a_bar_stays_prose(tmp_path: Path) -> None:
    text = "二、主要目标\n到2025年：\n| 孕产妇系统管理率达到92%。\n"
    assert document(tmp_path, text) == [("孕产妇系统管理率", ">=", 92.0, "%", 2025)]


def test_items_listed_with_a_comma_inside_an_item_joined_by_and_each_take_a_value() -> None:
    assert read("结核病、艾滋病患者及80岁以上老人随访率分别达到70%、75%、80%以上") == [
        ("结核病患者随访率", ">=", 70.0, "%"),
        ("艾滋病患者随访率", ">=", 75.0, "%"),
        ("80岁以上老人随访率", ">=", 80.0, "%"),
    ]


def test_a_bound_said_inside_percentage_points_keeps_the_unit() -> None:
    assert read("成人吸烟率下降2个以上百分点") == [("成人吸烟率", "decrease_by", 2.0, "个百分点")]
    assert read("居民健康素养水平提升3个左右百分点") == [
        ("居民健康素养水平", "increase_by", 3.0, "个百分点")
    ]


def test_a_rate_per_hundred_person_years_is_a_unit() -> None:
    assert read("接受治疗者病死率控制在2/100人年以下") == [
        ("接受治疗者病死率", "<=", 2.0, "/100人年")
    ]


def test_the_measure_a_change_is_made_on_the_basis_of_is_the_indicator() -> None:
    assert read("在原麻疹发病率基础上下降20%") == [("麻疹发病率", "decrease_by", 20.0, "%")]
    assert read("在2022年孕产妇死亡率的基础上降低15%") == [
        ("孕产妇死亡率", "decrease_by", 15.0, "%")
    ]


def test_how_far_works_go_is_the_progress_of_the_works_the_sentence_names(
    tmp_path: Path,
) -> None:
    text = (
        "2025年民生实事项目\n"
        "1.市儿童医院新院区工程开展内部装修，完成总形象进度至85%。\n"
        "2.县妇幼保健院迁建工程(北院区)、县疾控中心实验楼工程主体封顶，完成总形象进度至60%。\n"
    )
    assert document(tmp_path, text) == [
        ("市儿童医院新院区工程总形象进度", ">=", 85.0, "%", 2025),
        ("县妇幼保健院迁建工程总形象进度", ">=", 60.0, "%", 2025),
        ("县疾控中心实验楼工程总形象进度", ">=", 60.0, "%", 2025),
    ]


def test_a_phase_after_a_place_s_name_is_no_count() -> None:
    assert read("完成幸福里小区二期") == []
    assert read("开展两期健康讲座") == [("开展健康讲座", "=", 2.0, "期")]


def test_an_arrow_bullet_opening_an_item_is_no_part_of_its_indicator() -> None:
    assert read("▶新建社区卫生服务站2个") == [("新建社区卫生服务站", "=", 2.0, "个")]


def test_the_year_of_a_programme_of_practical_works_dates_its_items(tmp_path: Path) -> None:
    text = "某县公布2027年民生“暖心”实事\n▶新建村卫生室12个。\n▶为6000名老年人提供免费体检。\n"
    assert document(tmp_path, text) == [
        ("新建村卫生室", "=", 12.0, "个", 2027),
        ("老年人提供免费体检", "=", 6000.0, "名", 2027),
    ]


def test_a_news_paragraph_of_a_plan_s_goals_goes_on_over_its_next_line(tmp_path: Path) -> None:
    text = (
        "本报记者 李明\n"
        "记者获悉，省政府日前印发实施方案。\n"
        "1、三年打基础\n"
        "方案提出，到2027年，每千人口托位数达到4.5个，二级以上综合医院设置老年医学科。\n"
        "护理型床位占比提高到60%，乡镇卫生院康复床位总数达到3000张。\n"
        "2019年至2023年，全省护理型床位占比稳定在40%以上。\n"
    )
    assert document(tmp_path, text) == [
        ("每千人口托位数", ">=", 4.5, "个", 2027),
        ("护理型床位占比", ">=", 60.0, "%", 2027),
        ("乡镇卫生院康复床位总数", ">=", 3000.0, "张", 2027),
    ]


def test_a_news_lead_s_goal_said_again_under_a_heading_is_one_target(tmp_path: Path) -> None:
    text = (
        "本报记者 李明\n"
        "到2027年，全省每千人口托位数达到4.5个。\n"
        "记者获悉，省政府日前印发实施方案。\n"
        "1、三年打基础\n"
        "方案提出，到2027年，每千人口托位数达到4.5个。\n"
    )
    assert document(tmp_path, text) == [("每千人口托位数", ">=", 4.5, "个", 2027)]


def test_a_news_item_s_numbered_goals_go_on_past_an_item_without_a_figure(
    tmp_path: Path,
) -> None:
    text = (
        "来源：健康时报\n"
        "创建卫生城市对医疗服务的要求：(1)病媒生物密度控制达标率达到90%以上。(2)配套设施满足需要。"
        "(3)每个乡镇设置一所卫生院。\n"
    )
    assert document(tmp_path, text) == [
        ("病媒生物密度控制达标率", ">=", 90.0, "%", None),
        ("设置卫生院", "=", 1.0, "所", None),
    ]


def test_a_news_item_quoting_bounds_as_signs_states_goals(tmp_path: Path) -> None:
    text = "来源：健康时报\n卫生城市的标准中，新生儿死亡率≤5‰，孕产妇死亡率≤15/10万。\n"
    assert document(tmp_path, text) == [
        ("新生儿死亡率", "<=", 5.0, "‰", None),
        ("孕产妇死亡率", "<=", 15.0, "/10万", None),
    ]


def test_the_people_one_unit_is_set_up_for_are_no_target() -> None:
    assert read("每个镇或2万至5万服务人口设置一所卫生院") == [("设置卫生院", "=", 1.0, "所")]


def test_a_rate_per_a_population_in_words_bounded_above_a_count_like_a_year() -> None:
    # 百万人口 names whom the rate is per; 2100以上 after 达到 is no year
    assert read("全省百万人口白内障手术率达到2100以上") == [
        ("百万人口白内障手术率", ">=", 2100.0, "")
    ]


def test_goals_a_sentence_announces_run_on_to_the_end_of_its_line(tmp_path: Path) -> None:
    text = (
        "记者李明报道\n"
        "根据《规划》，到2030年，力争实现以下目标：健全服务网络。完善协作机制。"
        "县级医院普遍开展康复服务，80%以上的乡镇有机构能够提供康复训练。\n"
    )
    assert document(tmp_path, text) == [("乡镇有机构能够提供康复训练", ">=", 80.0, "%", 2030)]


def test_a_byline_a_purpose_or_a_quarter_before_a_share_names_no_indicator() -> None:
    assert read("本报讯（记者王芳）为确保全市90%的社区建成健康小屋") == [
        ("社区建成健康小屋", "=", 90.0, "%")
    ]
    assert read("二季度为1200名老年人提供上门护理服务") == [
        ("老年人提供上门护理服务", "=", 1200.0, "名")
    ]


def test_an_act_done_for_each_of_two_things_joined_by_and() -> None:
    assert read("适龄妇女结肠癌和胃癌筛查各1500人以上") == [
        ("适龄妇女结肠癌筛查", ">=", 1500.0, "人"),
        ("适龄妇女胃癌筛查", ">=", 1500.0, "人"),
    ]
    # units joined by 和 are one name when no act follows them
    assert read("危重孕产妇和新生儿救治中心各1个") == [
        ("危重孕产妇和新生儿救治中心", "=", 1.0, "个")
    ]


def test_a_page_saying_it_goes_on_from_one_before_dates_only_what_names_a_year(
    tmp_path: Path,
) -> None:
    text = (
        "[接上页] 主要指标：孕产妇死亡率控制在8/10万以下。 三、政策举措 "
        "1、到2016年，人均基本公共卫生服务经费不低于50元。\n"
    )
    assert document(tmp_path, text) == [
        ("孕产妇死亡率", "<=", 8.0, "/10万", None),
        ("人均基本公共卫生服务经费", ">=", 50.0, "元", 2016),
    ]


def test_the_programme_s_year_may_open_a_long_sentence_before_it(tmp_path: Path) -> None:
    text = (
        "县卫健局今年为民办六件实事\n"
        "局长表示，2027年全县卫生健康系统将围绕重点人群、重点地区，集中全系统力量，"
        "为群众办好“六件实事”。\n"
        "一是免费培训村医300人。\n"
    )
    assert document(tmp_path, text) == [("免费培训村医", "=", 300.0, "人", 2027)]


def test_a_generated_summary_s_clauses_parted_by_spaces_are_read_apart(tmp_path: Path) -> None:
    # a long line without sentence punctuation: spaces part its clauses, " - " its items,
    # bracketed numbers cite its sources
    text = (
        "2027年某县民生实事项目概览 - 县人大会议票决确定了8项年度民生实事项目 [1] "
        "卫生健康 - 实施县医院扩建工程 包括门诊楼1.2万平方米 停车场8000平方米 [2] "
        "- 开展免费体检项目 为6000名老年人提供免费体检 走访慰问不低于300名留守儿童 [3]\n"
    )
    assert document(tmp_path, text) == [
        ("实施县医院扩建工程门诊楼", "=", 12000.0, "平方米", 2027),
        ("实施县医院扩建工程停车场", "=", 8000.0, "平方米", 2027),
        ("老年人提供免费体检", "=", 6000.0, "名", 2027),
        ("走访慰问留守儿童", ">=", 300.0, "名", 2027),
    ]


def test_a_short_title_with_spaces_stays_one_line() -> None:
    from healthplan.extraction.text import view

    title = "某县 民生实事 项目 清单 公布"
    assert view(title).text == title


def test_what_a_facility_handles_a_day_is_no_target() -> None:
    assert read("配套日处理300吨的垃圾转运站") == []
    assert read("建设处置中心一期项目") == []
