"""Plans written in our own words for the kinds of department language the second department
round of stop 34 read: numbered role lines under an item, role lines written as sentences of
duties, and an item printed in parts under headings of its own."""

from __future__ import annotations

from pathlib import Path

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
