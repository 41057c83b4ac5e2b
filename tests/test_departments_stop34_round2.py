"""Plans written in our own words for the kinds of department language the second department
round of stop 34 read: numbered role lines under an item, role lines written as sentences of
duties, and an item printed in parts under headings of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.extraction.departments import item_departments
from tasks_helpers import led_tasks, regulation, titled_tasks


def test_numbered_role_lines_belong_to_the_item_above(tmp_path: Path) -> None:
    # each project of a list of works for the people closes with its roles numbered 1. and 2.;
    # they are the project's departments, not projects of their own
    text = (
        "某县2026年为民办实事项目责任分工\n"
        "（一）改造乡镇卫生院发热诊室\n"
        "年内完成12个乡镇卫生院发热诊室改造。\n"
        "1.责任单位：县卫健局\n"
        "2.协办单位：县发改局、县财政局\n"
        "（二）建设老年助餐点\n"
        "新增老年助餐点30个。\n"
        "1.责任单位：县民政局\n"
        "2.协办单位：县市场监管局\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县卫健局", ["县卫健局", "县发改局", "县财政局"]),
        ("县民政局", ["县民政局", "县市场监管局"]),
    ]


def test_a_role_line_of_duty_sentences_names_each_sentences_body() -> None:
    # the label is followed by what each body does, a duty of several clauses each, not by a
    # list of names: the clauses after the first are no bodies
    found = item_departments(
        "开展适龄妇女两癌筛查。\n"
        "配合单位：区财政局负责落实经费，按季度拨付。区妇联负责发动宣传，印发折页。"
        "各街道办事处、区卫生院负责组织群众参加筛查。"
    )
    assert found is not None
    assert found.names == ["区财政局", "区妇联", "各街道办事处", "区卫生院"]
    # a role line whose 负责 is the role itself keeps its two bodies
    found = item_departments("开展筛查。\n牵头单位：区卫健局负责，区财政局配合。")
    assert found is not None
    assert found.names == ["区卫健局", "区财政局"]


def test_an_item_printed_in_parts_is_one_task(tmp_path: Path) -> None:
    # a project printed on its own page: its title numbered （三）, then its goal, schedule,
    # money and roles each under a heading numbered 一、 to 四、; the parts are the project's
    text = (
        "（三）免费为老年人开展健康体检\n"
        "一、目标任务\n"
        "为辖区65岁以上常住老年人免费体检一次。\n"
        "二、序时进度\n"
        "上半年：完成体检机构遴选。\n"
        "下半年：完成全部体检并反馈结果。\n"
        "三、资金安排\n"
        "所需经费由市、区两级财政按比例承担。\n"
        "四、责任分工\n"
        "1.责任单位：市卫健委负责制定体检方案，开展质量控制。\n"
        "2.协办单位：市财政局负责拨付补助资金。各区政府负责组织老年人参检。\n"
    )
    assert titled_tasks(tmp_path, text) == [
        ("免费为老年人开展健康体检", "市卫健委", ["市卫健委", "市财政局", "各区政府"]),
    ]


def test_levels_offered_as_alternatives_share_the_body_after_them(tmp_path: Path) -> None:
    # a penalty imposed by the city's department or the district's or county's: each level's
    # department, as when the levels are joined by 和
    text = regulation(
        "某市无偿献血条例",
        "为保障临床用血安全，制定本条例。",
        "违反本条例规定出售无偿献血证的，由市或者区、县卫生行政部门没收违法所得，并处罚款。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "市卫生行政部门",
        ["市卫生行政部门", "区、县卫生行政部门"],
    )


def test_bodies_offered_as_alternatives_each_count(tmp_path: Path) -> None:
    # either the government or the department may reward: both are named, the first leading
    text = regulation(
        "某省学校卫生条例",
        "为加强学校卫生工作，制定本条例。",
        "各级人民政府或教育行政部门，对学校卫生工作成绩突出的学校给予表彰。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "各级人民政府",
        ["各级人民政府", "教育行政部门"],
    )


def test_an_or_inside_a_gloss_joins_no_bodies() -> None:
    # (a guard for the alternatives above) the note in brackets explains the order of the
    # list; the 或 in it joins no two bodies
    found = item_departments(
        "落实减税降费政策。\n责任单位：市发改委、市税务局（排第一位者为牵头单位或汇总单位）"
    )
    assert found is not None
    assert found.names == ["市发改委", "市税务局"]


def test_a_units_own_supervisor_is_left_out_and_the_other_bodies_counted(tmp_path: Path) -> None:
    # the supervisor of whichever unit broke the rule is a different one each time; the
    # inspecting department offered beside it and the organs that prosecute a crime are bodies
    text = regulation(
        "某省饮用水卫生管理条例",
        "为保障饮用水卫生，制定本条例。",
        "违反本条例的，由县级以上卫生行政部门责令改正；情节严重的，由其主管部门或者监察机关"
        "给予行政处分；构成犯罪的，由司法机关依法追究刑事责任。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "县级以上卫生行政部门",
        ["县级以上卫生行政部门", "监察机关", "司法机关"],
    )


def test_the_supervisor_of_a_kind_of_unit_offered_as_an_alternative_stays_one_name(
    tmp_path: Path,
) -> None:
    # whichever of the two supervises the employer: one body as the rule writes it
    text = regulation(
        "某省职业病防治条例",
        "为预防职业病，制定本条例。",
        "县级以上人民政府行业管理部门或企业行政主管部门，对本行业职业病防治工作进行指导。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "县级以上人民政府行业管理部门或企业行政主管部门",
        ["县级以上人民政府行业管理部门或企业行政主管部门"],
    )


def test_a_grade_said_before_an_organ_is_the_next_kinds_too(tmp_path: Path) -> None:
    # the grade of government written once before the police, a kind of organ, belongs to the
    # department listed after it as well
    text = regulation(
        "某省艾滋病防治条例",
        "为预防和控制艾滋病，制定本条例。",
        "县级以上人民政府公安机关、司法行政部门应当对被监管人员开展艾滋病检测。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "县级以上人民政府公安机关",
        ["县级以上人民政府公安机关", "县级以上人民政府司法行政部门"],
    )


def test_a_field_glossed_in_brackets_is_a_field_of_the_list(tmp_path: Path) -> None:
    # one field of the list goes by a second name in brackets; the list still names each
    # field's department at every level, and the department they work with counts too
    text = regulation(
        "某省地方病防治条例",
        "为防治地方病，制定本条例。",
        "各级财政、民族（宗教）、水利等有关部门应当按照职责分工，协同卫生行政部门做好地方病防治工作。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "各级财政部门",
        ["各级财政部门", "各级民族（宗教）部门", "各级水利部门", "卫生行政部门"],
    )


def test_the_kind_an_article_named_with_its_level_is_the_same_body_said_bare(
    tmp_path: Path,
) -> None:
    # (a guard for the work done with a body, above) the second paragraph names the department
    # of the first without its level: no other body
    text = regulation(
        "某省尘肺病防治条例",
        "为防治尘肺病，制定本条例。",
        "省卫生行政部门负责全省尘肺病防治的监督管理。\n"
        "各级人民政府有关部门依照各自职责，协同卫生行政部门做好尘肺病防治工作。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "省卫生行政部门",
        ["省卫生行政部门", "各级人民政府有关部门"],
    )


def test_a_body_of_the_local_place_is_written_without_the_place(tmp_path: Path) -> None:
    # 当地 and 属地 say whose department it is from where the case is, as 所在地 does: the
    # department of the sector at each place, written without the place word
    text = regulation(
        "某省食盐加碘条例",
        "为消除碘缺乏危害，制定本条例。",
        "发现出售不合格碘盐的，由当地卫生行政部门责令改正；"
        "构成违反治安管理行为的，由属地公安机关依法处罚。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "卫生行政部门",
        ["卫生行政部门", "公安机关"],
    )


def test_a_body_set_up_by_a_levels_department_is_written_with_the_level(tmp_path: Path) -> None:
    # the agencies the city's and the districts' health departments set up do the work; each
    # is written with its level, not with the department that set it up
    text = regulation(
        "某市献血条例",
        "为保证医疗临床用血，制定本条例。",
        "市和区、县卫生行政部门设立的献血管理机构，负责本辖区献血的组织和宣传。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "市献血管理机构",
        ["市献血管理机构", "区、县献血管理机构"],
    )


def test_a_body_named_by_who_designates_it_is_written_without_the_clause(tmp_path: Path) -> None:
    # the designating department only chooses the agency; the agency does the work
    text = regulation(
        "某市二次供水卫生管理办法",
        "为保障二次供水卫生，制定本办法。",
        "区卫生行政部门确定的疾病预防控制机构负责对二次供水水质进行抽检。",
    )
    assert led_tasks(tmp_path, text)[-1] == ("疾病预防控制机构", ["疾病预防控制机构"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("省政府授权的食盐质量监督机构负责对碘盐加工企业进行抽查。", "食盐质量监督机构"),
        ("县卫生行政部门委托的卫生监督机构负责对游泳场所水质进行检测。", "卫生监督机构"),
        ("市卫生行政部门指定的检验机构负责对公共用品进行抽样检验。", "检验机构"),
        # what the body belongs to says which body is meant, and stays
        ("交通部门所属的卫生主管部门负责对客运站进行卫生监督。", "交通部门所属的卫生主管部门"),
    ],
)
def test_a_body_named_by_who_authorises_or_entrusts_it_is_written_without_the_clause(
    tmp_path: Path, sentence: str, expected: str
) -> None:
    # whoever authorises, entrusts or picks the body does not do its work
    text = regulation("某市公共场所卫生管理办法", "为保障公共场所卫生，制定本办法。", sentence)
    assert led_tasks(tmp_path, text)[-1] == (expected, [expected])


def test_the_departments_a_government_organises_are_no_part_of_its_name(tmp_path: Path) -> None:
    # 由…政府组织甲部门予以协助: the government answers for the help and calls the department
    # in; the department it organises is not glued to its name
    text = regulation(
        "某市游泳场所卫生管理办法",
        "为保障游泳场所卫生，制定本办法。",
        "卫生行政部门发现水质不合格的，应当责令停业整顿；"
        "拒不停业的，由区人民政府组织公安机关予以协助。",
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "卫生行政部门",
        ["卫生行政部门", "区人民政府"],
    )
