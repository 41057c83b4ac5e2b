"""Forms of stating a target probed with sentences written for the test (never copied from a
corpus document): a deadline said right before a share of units with no comma between, a verb
that works on units before the share of them it reaches."""

from __future__ import annotations

from pathlib import Path

# the helpers that read a clause and a document, shared with the tests of stop 26
from targets_helpers import document, read


def test_a_deadline_right_before_a_share_of_units_is_the_deadline(tmp_path: Path) -> None:
    assert read("到2026年40%的社区卫生服务中心建成标准化药房") == [
        ("社区卫生服务中心建成标准化药房", "=", 40, "%")
    ]
    assert read("力争到2027年底85%以上的行政村建成健康步道") == [
        ("行政村建成健康步道", ">=", 85, "%")
    ]
    assert read("至2028年末七成的县区开通远程会诊") == [("县区开通远程会诊", "=", 7, "成")]
    found = document(tmp_path, "到2029年25%的乡镇卫生院设置康复病房。\n")
    assert found == [("乡镇卫生院设置康复病房", "=", 25, "%", 2029)]
    # a value due by a year after its verb keeps its measure
    assert read("门诊预约率提高到2027年的60%") == [("门诊预约率", ">=", 60, "%")]


def test_a_verb_that_works_on_units_then_the_share_of_them_names_the_units() -> None:
    assert read("规范40%老旧小区物业服务") == [("规范老旧小区物业服务", "=", 40, "%")]
    assert read("改善60%以上村卫生室业务用房条件") == [("改善村卫生室业务用房条件", ">=", 60, "%")]
    assert read("加强1/4社区卫生服务站标准化建设") == [
        ("加强社区卫生服务站标准化建设", "=", 25, "%")
    ]
    assert read("全面优化八成乡镇卫生院就诊流程") == [("全面优化乡镇卫生院就诊流程", "=", 8, "成")]
    # a verb that changes a measure by the share still does
    assert read("降低20%医疗机构能耗") == [("医疗机构能耗", "decrease_by", 20, "%")]


def test_a_sum_raised_by_an_amount_is_a_rise_of_that_sum() -> None:
    assert read("居民医保个人缴费标准增加30元") == [
        ("居民医保个人缴费标准", "increase_by", 30, "元")
    ]
    assert read("计生特扶金每人每月提高50元") == [("计生特扶金", "increase_by", 50, "元")]
    assert read("家庭医生签约服务费提高2万元") == [
        ("家庭医生签约服务费", "increase_by", 20000, "元")
    ]
    # the rise with the sum it brings: the sum, the rise is in it
    assert read("村卫生室运行补助提高1000元至1.5万元") == [("村卫生室运行补助", ">=", 15000, "元")]
    # a count raised is still a count of what the verb does
    assert read("改造提升卫生院6家") == [("改造提升卫生院", "=", 6, "家")]


def test_levels_listed_as_values_after_one_verb_are_each_a_value() -> None:
    found = read("甲类、乙类医院互联互通测评分别达到3级和4级")
    assert [(c, v, u) for _, c, v, u in found] == [(">=", 3, "级"), (">=", 4, "级")]
    found = read("影像、检验信息平台建设水平分别达到4级、5级以上")
    assert [(c, v, u) for _, c, v, u in found] == [(">=", 4, "级"), (">=", 5, "级")]
    # a level named with no verb before the first is no value
    assert read("建成覆盖3级和4级网点的冷链体系") == []


def test_grades_listed_before_the_units_they_grade_each_take_the_units() -> None:
    assert [i for i, *_ in read("二级、三级综合医院药事服务满意度分别达到85%和90%")] == [
        "二级综合医院药事服务满意度",
        "三级综合医院药事服务满意度",
    ]
    assert [i for i, *_ in read("一级和二级医疗机构处方点评率均达到100%")] == [
        "一级医疗机构处方点评率",
        "二级医疗机构处方点评率",
    ]
    # one grade and its units stay whole
    assert [i for i, *_ in read("三级医院日间手术占比达到20%")] == ["三级医院日间手术占比"]


def test_a_rate_after_the_service_the_clause_before_gives_is_of_whom_and_what(
    tmp_path: Path,
) -> None:
    text = (
        "某县妇幼健康工作要点\n"
        "为农村育龄妇女免费提供孕前优生检查服务，检查率达到85%以上。\n"
        "开展学龄前儿童视力筛查，筛查率不低于90%。\n"
        "向辖区内签约老人提供上门随访，随访率达到60%。\n"
    )
    assert [(i, v) for i, _, v, _, _ in document(tmp_path, text)] == [
        ("农村育龄妇女孕前优生检查率", 85),
        ("学龄前儿童视力筛查率", 90),
        ("签约老人上门随访率", 60),
    ]


def test_units_listed_after_a_verb_of_reach_are_each_reached() -> None:
    assert read("项目覆盖全区12个街道、96个社区") == [
        ("覆盖街道", "=", 12, "个"),
        ("覆盖社区", "=", 96, "个"),
    ]
    assert read("惠及4万户农户、15万名村民") == [
        ("惠及农户", "=", 40000, "户"),
        ("惠及村民", "=", 150000, "名"),
    ]
    # the people a measure reaches name that measure, not a verb and its object
    assert read("覆盖人群达到85%以上") == [("覆盖人群", ">=", 85, "%")]


def test_a_word_ending_in_yue_before_a_count_is_no_about() -> None:
    assert read("今年家庭医生签约老年人6万人") == [("家庭医生签约老年人", "=", 60000, "人")]
    assert read("全区完成家庭医生签约9万人以上") == [("完成家庭医生签约", ">=", 90000, "人")]
    assert read("年内网上预约挂号15万人次") == [("网上预约挂号", "=", 150000, "人次")]
    # 约 alone is about the number, not a part of the name
    assert read("全年义诊服务约3000人次") == [("义诊服务", "=", 3000, "人次")]


def test_a_table_written_a_row_a_line_between_bars_reads_every_row(tmp_path: Path) -> None:
    text = (
        "某区健康促进行动主要指标\n"
        "| 序号 | 指标 | 2027年目标值 |\n"
        "| 1 | 经常参加体育锻炼人数比例 | ≥40% |\n"
        "| 2 | 中小学生体质健康优良率 | 55% |\n"
        "| 3 | 每千人口社会体育指导员 | 2.5名 |\n"
    )
    assert [(i, c, v, u, d) for i, c, v, u, d in document(tmp_path, text)] == [
        ("经常参加体育锻炼人数比例", ">=", 40, "%", 2027),
        ("中小学生体质健康优良率", "=", 55, "%", 2027),
        ("每千人口社会体育指导员", "=", 2.5, "名", 2027),
    ]


def test_a_value_alone_in_its_cell_is_named_by_the_cell_before(tmp_path: Path) -> None:
    assert read("二级以上医院远程会诊开展率 | 95%") == [
        ("二级以上医院远程会诊开展率", "=", 95, "%")
    ]
    text = (
        "某县卫生健康事业主要目标\n"
        "| 指标 | 2026年目标值 |\n"
        "| 健康村创建率 | 45% |\n"
        "| 无烟医疗机构比例 | 100% |\n"
    )
    assert [(i, v, d) for i, _, v, _, d in document(tmp_path, text)] == [
        ("健康村创建率", 45, 2026),
        ("无烟医疗机构比例", 100, 2026),
    ]


def test_as_of_a_year_after_the_plan_begins_is_when_a_goal_is_due(tmp_path: Path) -> None:
    text = (
        "某县医养结合三年行动计划（2025—2027年）\n"
        "截至2026年底，全县护理型床位占比达到55%以上。\n"
        "截止到2027年，签约医养服务的养老机构达到30家。\n"
        "截至2024年底，全县已有养老机构21家。\n"
    )
    assert [(i, c, v, d) for i, c, v, _, d in document(tmp_path, text)] == [
        ("护理型床位占比", ">=", 55, 2026),
        ("签约医养服务的养老机构", ">=", 30, 2027),
    ]


def test_a_share_said_after_what_all_the_units_do_is_a_share_of_those_units(
    tmp_path: Path,
) -> None:
    text = (
        "某区基层卫生工作方案\n"
        "社区卫生服务中心全部建成发热哨点，其中40%达到标准化发热门诊要求。\n"
        "全区村卫生室均能开展家庭医生签约服务，其中70%以上实现医保联网。\n"
    )
    assert [(i, c, v) for i, c, v, _, _ in document(tmp_path, text)] == [
        ("社区卫生服务中心达到标准化发热门诊要求", "=", 40),
        ("村卫生室医保联网", ">=", 70),
    ]


def test_staff_set_by_a_standard_per_head_of_population_are_so_many_per_head() -> None:
    assert read("按照每千服务人口不少于1名的标准配备公共卫生专员") == [
        ("每千服务人口公共卫生专员", ">=", 1, "名")
    ]
    assert read("按每万名常住人口1.5名的标准配齐精神科医师") == [
        ("每万名常住人口精神科医师", "=", 1.5, "名")
    ]
    # the size of the units a clause picks out is still no goal
    assert read("服务人口超过5000人的社区设立健康驿站") == []


def test_a_value_per_thousand_people_after_its_verb_goes_on_with_the_verb() -> None:
    assert read("食品抽检量达到每千人4批次") == [("每千人食品抽检量", ">=", 4, "批次")]
    assert read("婴幼儿托位数提高到每千人4.5个") == [("每千人婴幼儿托位数", ">=", 4.5, "个")]


def test_counting_verbs_listed_each_with_its_count_share_the_object_after_them() -> None:
    assert read("新建4个、改造9个村级卫生服务室") == [
        ("新建村级卫生服务室", "=", 4, "个"),
        ("改造村级卫生服务室", "=", 9, "个"),
    ]
    assert read("年内新建2所、改扩建6所公办幼儿园") == [
        ("新建公办幼儿园", "=", 2, "所"),
        ("改扩建公办幼儿园", "=", 6, "所"),
    ]


def test_levels_listed_each_with_a_bounded_count_share_the_units_after_them() -> None:
    assert [i for i, *_ in read("省级不少于2家、市级不少于6家医院建成胸痛中心")] == [
        "省级医院建成胸痛中心",
        "市级医院建成胸痛中心",
    ]


def test_years_listed_then_fenbie_and_a_counting_verb_leave_fenbie_out(tmp_path: Path) -> None:
    text = "某县妇幼健康工作方案\n2026年、2027年分别新建母婴室40个、60个。\n"
    assert document(tmp_path, text) == [
        ("新建母婴室", "=", 40, "个", 2026),
        ("新建母婴室", "=", 60, "个", 2027),
    ]


def test_an_item_number_after_a_colon_is_no_part_of_the_name() -> None:
    assert read("年度任务：1.全年完成儿童健康体检6万人") == [("完成儿童健康体检", "=", 60000, "人")]
    assert read("考核指标：3.新建健康步道12条") == [("新建健康步道", "=", 12, "条")]


def test_a_later_year_then_a_verb_alone_goes_on_with_the_measure_before(tmp_path: Path) -> None:
    text = "某区养老服务行动方案\n到2026年，全区护理型床位达到900张；到2028年，达到1200张。\n"
    assert document(tmp_path, text) == [
        ("护理型床位", ">=", 900, "张", 2026),
        ("护理型床位", ">=", 1200, "张", 2028),
    ]


def test_a_sum_per_head_then_what_it_is_given_as_names_that_standard() -> None:
    assert read("对家庭托育点按每人每月200元的标准给予运营补贴") == [
        ("家庭托育点运营补贴标准", "=", 200, "元")
    ]
    assert read("对签约贫困人口按每人每年30元发放健康管理补助") == [
        ("签约贫困人口健康管理补助标准", "=", 30, "元")
    ]


def test_a_share_of_units_a_goals_verb_opens_is_a_target() -> None:
    assert read("使85%以上的农村居民喝上安全饮用水") == [("农村居民喝上安全饮用水", ">=", 85, "%")]
    assert read("确保90%的新生儿在出生后接受听力筛查") == [
        ("新生儿在出生后接受听力筛查", "=", 90, "%")
    ]
    # a share said plainly, with no such verb, tells how things are
    assert read("全县72%的居民拥有家用血压计") == []


def test_services_listed_each_with_its_count_after_provide_are_each_counted() -> None:
    assert read("为产妇提供3次产后访视和1次心理健康评估") == [
        ("提供产后访视", "=", 3, "次"),
        ("提供心理健康评估", "=", 1, "次"),
    ]
    assert read("每年提供4次随访、1次健康体检") == [
        ("提供随访", "=", 4, "次"),
        ("提供健康体检", "=", 1, "次"),
    ]
