"""Kinds of plan language worked on at stop 26, each in sentences written for the test: how
many bodies issued a document, a rate named by the sentence before its values, a group of
people named alone after the rate it shares."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_how_many_bodies_issued_a_document_is_no_target() -> None:
    assert read("省民政厅等9个部门近日联合出台《养老服务提升方案》") == []
    assert read("涉及卫生、教育等6部门共同制定") == []
    assert read("市卫健委会同11家单位印发了实施意见") == []
    # bodies a plan is to bring into its work are still counted
    assert read("新增12个部门开展无烟单位建设") == [("新增部门开展无烟单位建设", "=", 12, "个")]


def test_values_stated_by_a_verb_alone_go_on_with_the_rate_the_sentence_before_named(
    tmp_path: Path,
) -> None:
    text = (
        "某市召开会议部署胸痛救治工作。\n"
        "到2030年，全市胸痛患者再灌注治疗率≥80%。全市在今年年底前要达到60%以上，"
        "2028年底要达到70%。\n"
    )
    found = document(tmp_path, text)
    assert [(i, c, v, u) for i, c, v, u, _ in found] == [
        ("胸痛患者再灌注治疗率", ">=", 80, "%"),
        ("胸痛患者再灌注治疗率", ">=", 60, "%"),
        ("胸痛患者再灌注治疗率", ">=", 70, "%"),
    ]
    assert found[2][4] == 2028


def test_a_rate_a_new_paragraph_does_not_name_is_not_carried_over(tmp_path: Path) -> None:
    text = "到2030年，全市胸痛患者再灌注治疗率≥80%。\n\n全市在今年年底前要达到60%以上。\n"
    assert [i for i, *_ in document(tmp_path, text)] == ["胸痛患者再灌注治疗率"]


def test_a_group_named_alone_after_a_rate_takes_that_rate(tmp_path: Path) -> None:
    # the rate's own group is replaced, or the group goes before a rate that names none
    assert read("各类人群结核病防治知识知晓率达85%以上，在校学生达95%以上") == [
        ("各类人群结核病防治知识知晓率", ">=", 85, "%"),
        ("在校学生结核病防治知识知晓率", ">=", 95, "%"),
    ]
    assert read("职工健康素养水平达到30%，农民达到20%") == [
        ("职工健康素养水平", ">=", 30, "%"),
        ("农民健康素养水平", ">=", 20, "%"),
    ]
    found = document(tmp_path, "（三）碘缺乏病防治知识知晓率，学生达95%，家长达85%。\n")
    assert [(i, v) for i, _, v, _, _ in found] == [
        ("学生碘缺乏病防治知识知晓率", 95),
        ("家长碘缺乏病防治知识知晓率", 85),
    ]


def test_how_many_items_a_years_programme_holds_is_no_target() -> None:
    assert read("2026年全区民生实事共计32项") == []
    assert read("32项民生实事全部完成年度任务") == []
    assert read("今年推出8件民生实事27个子项目") == []
    # what the programme builds is counted, after its items are
    assert read("再推12项惠民工程年内建6所日间照料中心") == [("建日间照料中心", "=", 6, "所")]
    assert read("新建城中村改造项目12个") == [("新建城中村改造项目", "=", 12, "个")]


def test_a_cell_border_ends_the_words_a_count_names(tmp_path: Path) -> None:
    # a row of a list printed with | between its cells, read as prose: the border closes the
    # clause, so the object after the count is still its object
    text = (
        "序号 | 实事名称 |\n"
        "3 | 便民出行项目:开通运行40条城乡公交线路 |\n"
        "4 | 助学项目:改善300名留守儿童学习条件 |\n"
    )
    assert [(i, v, u) for i, _, v, u, _ in document(tmp_path, text)] == [
        ("开通运行城乡公交线路", 40, "条"),
        ("改善留守儿童学习条件", 300, "名"),
    ]


def test_units_already_there_and_the_whole_a_part_is_taken_from_are_no_goals() -> None:
    # an old plan counts where things stand beside its goal: the units that already reached a
    # standard, and a whole whose name carries brackets, are the goal's ground, not goals
    assert read("已达到控制标准的48个县(市、区)要巩固成果") == []
    assert read("已实现消除目标的15个乡镇") == []
    found = read("在未达标的36个县(市、区)中，要有12个达到控制标准")
    assert [(v, u) for _, _, v, u in found] == [(12, "个")]


def test_the_time_since_a_year_or_a_span_of_years_gone_by_tells_what_was_done(
    tmp_path: Path,
) -> None:
    text = (
        "某市卫生健康工作综述\n"
        "2019年以来某市人均预期寿命提高到80.1岁。\n"
        "项目开展3年间，为8万名学生完成免费视力筛查。\n"
        "未来5年间，全市将新建养老床位3000张。\n"
    )
    assert [(i, v) for i, _, v, _, _ in document(tmp_path, text)] == [("新建养老床位", 3000)]


def test_how_many_fall_ill_each_year_is_no_goal() -> None:
    assert read("全省每年新发肺结核患者约2万例") == []
    assert read("该县每年新增加尘肺病人300名") == []
    # patients a plan is to take into care are counted
    assert read("新增规范管理糖尿病患者800人") == [("新增规范管理糖尿病患者", "=", 800, "人")]


def test_whom_a_service_is_for_is_counted_after_who_plans_it() -> None:
    # the age span says which people (dev gold leaves it out: stop 35)
    assert read("县卫健局计划为3000名60岁以上老年人提供免费眼底筛查") == [
        ("老年人提供免费眼底筛查", "=", 3000, "名")
    ]
    assert read("今年将为800名孕妇免费开展地贫筛查") == [("孕妇免费开展地贫筛查", "=", 800, "名")]
    assert read("向辖区内约2.4万名在校学生发放健康手册") == [
        ("在校学生发放健康手册", "=", 24000, "名")
    ]
    # a level stated with 为 stays a level
    assert read("补助标准将为每人150元") == [("补助标准", "=", 150, "元")]


def test_a_count_with_its_verb_and_object_takes_no_words_from_the_clause_before(
    tmp_path: Path,
) -> None:
    found = document(tmp_path, "医院将扩建住院大楼，增加600张病床。\n")
    assert [(i, v) for i, _, v, _, _ in found] == [("增加病床", 600)]


def test_groups_of_people_joined_before_one_rate_are_one_target_each() -> None:
    # the revised list rule of stop 27: subjects heading one measure are one target each
    assert [i for i, *_ in read("流动人口及留守老人健康档案建档率达到85%")] == [
        "流动人口健康档案建档率",
        "留守老人健康档案建档率",
    ]
    assert [i for i, *_ in read("企业负责人、安全管理人员和一线工人安全培训率达到100%")] == [
        "企业负责人安全培训率",
        "安全管理人员安全培训率",
        "一线工人安全培训率",
    ]
    # each its own with 均, and rates named each for itself, stay apart
    assert [i for i, *_ in read("孕产妇和儿童系统管理率均达到90%")] == [
        "孕产妇系统管理率",
        "儿童系统管理率",
    ]
    assert [i for i, *_ in read("随访率和管理率达到80%")] == ["随访率", "管理率"]


def test_words_that_only_introduce_a_dated_goal_are_no_part_of_its_name() -> None:
    assert read("主要目标是到2030年全市人均预期寿命达到82岁") == [("人均预期寿命", ">=", 82, "岁")]
    assert read("包括到2027年孕产妇系统管理率达到92%") == [("孕产妇系统管理率", ">=", 92, "%")]


def test_a_bare_verb_counts_the_work_the_clause_before_names_even_with_a_numeral_word(
    tmp_path: Path,
) -> None:
    # 一次性, 两癌 are words, not numbers: the clause before still names what is counted
    found = document(tmp_path, "加强一次性餐盒质量监管，年度抽检不少于40批次。\n")
    assert [(i, v) for i, _, v, _, _ in found] == [("一次性餐盒质量监管", 40)]
    found = document(tmp_path, "开展适龄妇女两癌筛查，全年筛查9000人。\n")
    assert [(i, v) for i, _, v, _, _ in found] == [("适龄妇女两癌筛查", 9000)]


def test_a_news_item_reports_a_span_from_one_year_to_another_and_how_the_work_went(
    tmp_path: Path,
) -> None:
    text = (
        "本报讯（记者 甲）某市免费助听项目进入第四年。\n"
        "从2019年到2021年，按省里下达的任务，某市分别完成500例、600例、700例。"
        "实际上，某市每年完成的情况是2019年520例，2020年640例，初筛4100人。\n"
        "2022年，某市还要为至少800名听障老人免费验配助听器。\n"
    )
    found = [(i, v) for i, _, v, _, _ in document(tmp_path, text)]
    assert [v for _, v in found] == [800]


def test_each_units_share_after_a_total_takes_the_totals_measure() -> None:
    assert read("新建城区公共充电桩200个以上、每个乡镇20个以上") == [
        ("新建城区公共充电桩", ">=", 200, "个"),
        ("新建每个乡镇公共充电桩", ">=", 20, "个"),
    ]


def test_a_building_stage_named_alone_counts_the_same_works(tmp_path: Path) -> None:
    found = document(tmp_path, "开工建设公租房12万平方米，竣工9万平方米。\n")
    assert [(i, v) for i, _, v, _, _ in found] == [
        ("开工建设公租房", 120000),
        ("开工建设公租房竣工", 90000),
    ]


def test_a_fraction_with_its_whole_in_a_digit_is_a_percentage() -> None:
    assert read("到2030年，早死率降低3分之一") == [("早死率", "decrease_by", 33.33, "%")]
    assert read("道路交通伤亡人数下降四分之一") == [("道路交通伤亡人数", "decrease_by", 25, "%")]


def test_a_level_held_with_no_floor_word_is_the_level_itself() -> None:
    assert read("适龄犬只免疫率全年保持100%") == [("适龄犬只免疫率", "=", 100, "%")]
    assert read("居民参保率维持在97%") == [("居民参保率", "=", 97, "%")]
    assert read("居民参保率维持在97%以上") == [("居民参保率", ">=", 97, "%")]


def test_a_planned_act_said_with_yuji_is_a_goal_but_a_forecast_of_a_population_is_not(
    tmp_path: Path,
) -> None:
    text = (
        "2025年某区为民办实事项目\n"
        "一、预计将为3000名独居老人提供上门巡访服务。\n"
        "二、预计对2万颗恒牙开展免费涂氟。\n"
        "三、预计新增普惠托位600个。\n"
        "四、预计到2030年，全区60岁以上户籍人口将达到40万人。\n"
        "五、到2030年，全区老年人口将突破45万人。\n"
        "六、改建工程预计总造价为1.2亿元。\n"
    )
    assert document(tmp_path, text) == [
        ("独居老人提供上门巡访服务", "=", 3000, "名", 2025),
        ("开展免费涂氟的恒牙", "=", 20000, "颗", 2025),
        ("新增普惠托位", "=", 600, "个", 2025),
    ]


def test_a_news_item_reads_this_year_from_its_time_stamp_and_a_years_end_said_twice(
    tmp_path: Path,
) -> None:
    text = (
        "某市推进胸痛中心建设\n\n"
        "2021年03月02日 09:15 | 来源：某某日报\n\n"
        "（记者王五）某市日前召开推进会。全市在今年年底前要使再灌注治疗率达到70%以上，"
        "2022年年底要达到80%，2023年年底要达到90%。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, text)] == [
        (70, 2021),
        (80, 2022),
        (90, 2023),
    ]


def test_one_value_for_each_listed_year_is_read_in_the_order_of_the_years(
    tmp_path: Path,
) -> None:
    text = "某县慢性病防治规划\n到2026年和2028年，居民吸烟率均较2020年下降5%以上。\n"
    assert [t[4] for t in document(tmp_path, text)] == [2026, 2028]


def test_a_short_rate_after_a_sibling_rate_is_of_the_same_subject(tmp_path: Path) -> None:
    text = (
        "某县儿童健康行动\n"
        "（一）启动中小学校脊柱侧弯筛查干预项目，筛查率达到85%，干预率达到95%。\n"
        "（二）托育机构卫生评价覆盖率达到60%，总合格率90%以上。\n"
    )
    assert [t[0] for t in document(tmp_path, text)] == [
        "中小学校脊柱侧弯筛查干预筛查率",
        "中小学校脊柱侧弯筛查干预率",
        "托育机构卫生评价覆盖率",
        "托育机构卫生评价总合格率",
    ]


def test_a_year_after_a_verb_of_change_is_when_a_level_was_reached_not_a_goal(
    tmp_path: Path,
) -> None:
    text = (
        "某省结核病防治工作综述\n"
        "近几年来，全省肺结核报告发病率从2013年的65.2/10万下降到2019年的48.7/10万，"
        "治疗成功率保持在92%以上。\n"
        "2016年以来，乡镇卫生院中医馆覆盖率从2016年的40%提高至2021年的85%。\n"
        "到2025年，全省肺结核报告发病率力争降至40/10万以下。\n"
    )
    assert document(tmp_path, text) == [("肺结核报告发病率", "<=", 40, "/10万", 2025)]


def test_a_paragraph_about_the_past_goes_on_past_a_year_a_level_was_reached(
    tmp_path: Path,
) -> None:
    text = (
        "某省结核病防治工作综述\n"
        "近几年来，全省结核病防治工作成效明显。全省肺结核报告发病率从2013年的65.2/10万"
        "下降到2019年的48.7/10万，治疗成功率保持在92%以上。\n"
        "到2025年，全省肺结核报告发病率力争降至40/10万以下。\n"
    )
    assert document(tmp_path, text) == [("肺结核报告发病率", "<=", 40, "/10万", 2025)]


def test_a_division_or_fraction_slash_is_the_slash_of_a_rate(tmp_path: Path) -> None:
    text = (
        "某县传染病防控方案\n"
        "到2025年，疟疾发病率降至0.5∕10万以下，孕产妇死亡率控制在12⁄10万以内。\n"
    )
    assert document(tmp_path, text) == [
        ("疟疾发病率", "<=", 0.5, "/10万", 2025),
        ("孕产妇死亡率", "<=", 12, "/10万", 2025),
    ]


def test_the_parts_of_a_total_named_by_their_places_are_the_totals_measure(
    tmp_path: Path,
) -> None:
    text = (
        "2023年某县为民办实事项目\n"
        "五、实施农村供水提升。新增自来水入户2500户以上，其中东城街道800户，"
        "河西片区900户以上，青石镇、白沙镇800户。\n"
    )
    assert document(tmp_path, text) == [
        ("新增自来水入户", ">=", 2500, "户", 2023),
        ("新增自来水入户", "=", 800, "户", 2023),
        ("新增自来水入户", ">=", 900, "户", 2023),
        ("新增自来水入户", "=", 800, "户", 2023),
    ]


def test_an_urban_village_is_no_whole_a_part_is_taken_from() -> None:
    assert read("启动12个城中村改造项目") == [("启动城中村改造项目", "=", 12, "个")]
    # a share of the units among which it is counted stays a partitive
    assert read("在全省120个县中选择10个开展试点")[0][2] == 10


def test_tuijin_right_before_a_count_counts_it() -> None:
    assert read("推进120场心肺复苏公益培训") == [("推进心肺复苏公益培训", "=", 120, "场")]
    assert read("推动8个县域医共体提质扩面") == [("推动县域医共体提质扩面", "=", 8, "个")]
    # before the name of a measure it only introduces it
    assert read("推进家庭医生签约覆盖率达到45%") == [("家庭医生签约覆盖率", ">=", 45, "%")]


def test_a_goal_reached_by_a_time_said_with_yuji_is_no_forecast(tmp_path: Path) -> None:
    text = (
        "某市妇幼工作会议召开\n"
        "今年，全市将为8000对夫妇免费开展孕前检查，目标人群覆盖率将达到85%以上，"
        "预计到2027年底实现目标人群全覆盖。\n"
        "预计到2027年，全市育龄妇女将减少到60万人。\n"
    )
    assert [(t[0], t[2]) for t in document(tmp_path, text)] == [
        ("夫妇免费开展孕前检查", 8000),
        ("目标人群覆盖率", 85),
    ]


def test_a_second_count_joined_by_he_is_counted_by_the_same_verb() -> None:
    assert read("开展30场义诊活动和12场健康讲座") == [
        ("开展义诊活动", "=", 30, "场"),
        ("开展健康讲座", "=", 12, "场"),
    ]
    assert read("实施40个老旧小区改造项目和6个背街小巷整治项目") == [
        ("实施老旧小区改造项目", "=", 40, "个"),
        ("实施背街小巷整治项目", "=", 6, "个"),
    ]


def test_a_places_count_closed_by_a_comma_counts_what_the_next_count_names() -> None:
    assert read("新建主城区18个、每个乡镇2个全民健身广场") == [
        ("新建全民健身广场", "=", 18, "个"),
        ("新建全民健身广场", "=", 2, "个"),
    ]
    # a place inside what is counted is no scope to move
    assert read("新建城区公厕25座、乡镇公厕10座") == [
        ("新建城区公厕", "=", 25, "座"),
        ("新建乡镇公厕", "=", 10, "座"),
    ]


def test_a_change_in_brackets_after_a_level_restates_it(tmp_path: Path) -> None:
    text = (
        "2026年某区慢病管理工作计划\n"
        "高血压患者基层规范管理服务率达到70%（较2025年提高4个百分点），"
        "居民健康素养水平提高5个百分点。\n"
    )
    assert document(tmp_path, text) == [
        ("高血压患者基层规范管理服务率", ">=", 70, "%", 2026),
        ("居民健康素养水平", "increase_by", 5, "个百分点", 2026),
    ]


def test_a_size_of_employers_said_before_them_is_no_target() -> None:
    assert read("重点行业20人及以上用人单位职业病危害项目应报尽报") == []
    assert read("300人以上企业全部建立职业健康管理制度") == []
    # a count of people trained is still a count
    assert read("每个县培训基层医生50人以上") == [("每个县培训基层医生", ">=", 50, "人")]


def test_suggestions_the_public_put_forward_are_no_goal(tmp_path: Path) -> None:
    text = (
        "2024年某市为民办实事项目确定\n"
        "（记者李四）此次征集活动中，共有3200人次参与投票，提出意见建议860条。"
        "经研究，确定12件实事项目。\n"
        "一、新建城市书房20个。\n"
    )
    assert document(tmp_path, text) == [("新建城市书房", "=", 20, "个", 2024)]


def test_a_verb_said_again_alone_before_a_count_counts_what_it_was_done_to(
    tmp_path: Path,
) -> None:
    text = (
        "某县免疫规划工作安排\n"
        "（一）继续对14岁以下儿童补种麻疹疫苗，2026年再补种1.5万人左右。\n"
        "（二）实施困难家庭学生资助项目，资助不少于800人次。\n"
    )
    assert [t[0] for t in document(tmp_path, text)] == ["补种麻疹疫苗", "困难家庭学生资助项目"]
