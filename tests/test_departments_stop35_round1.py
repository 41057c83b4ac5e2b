"""Regulations written in our own words for the kinds of department language the first
department round of stop 35 read: a body a filing is only reported to, the two kinds of
township government written apart, and an honour given by bodies named after whom it rewards."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks, regulation


def test_the_body_a_filing_is_reported_to_is_no_department(tmp_path: Path) -> None:
    # the unit files its plan with the city bureau, which only receives it; an approval the
    # article lays down keeps its approver
    text = regulation(
        "某市狂犬病防治条例",
        "为了预防和控制狂犬病，制定本条例。",
        "区卫生健康局负责编制犬只免疫计划，报市卫生健康委员会备案。",
        "动物诊疗机构应当向区农业农村局办理备案手续，并由区农业农村局负责日常监督。",
        "区卫生健康局负责编制犬只免疫计划，报市卫生健康委员会批准后实施。",
    )
    assert led_tasks(tmp_path, text)[-3:] == [
        ("区卫生健康局", ["区卫生健康局"]),
        ("区农业农村局", ["区农业农村局"]),
        ("区卫生健康局", ["区卫生健康局", "市卫生健康委员会"]),
    ]


def test_township_governments_of_both_kinds_and_street_offices_are_one_name(
    tmp_path: Path,
) -> None:
    # 乡、镇 are the two kinds of township, each place has one of them or a street office:
    # one collective, as 乡镇人民政府、街道办事处 is
    text = regulation(
        "某市全民健身条例",
        "为了促进全民健身，制定本条例。",
        "乡、镇人民政府、街道办事处应当组织辖区居民开展健身活动。",
    )
    assert led_tasks(tmp_path, text)[-1:] == [
        ("乡、镇人民政府、街道办事处", ["乡、镇人民政府、街道办事处"])
    ]


def test_an_honour_given_after_whom_it_rewards_names_its_givers(tmp_path: Path) -> None:
    # whom the honour goes to opens the sentence (对…，); the givers follow, offered as
    # alternatives by level, with a society beside them; the points listing the receivers
    # belong to the article
    text = regulation(
        "某市志愿服务条例",
        "为了发展志愿服务事业，制定本条例。",
        "对长期从事志愿服务的个人，县人民政府给予表扬。",
        "对下列组织和个人，市或者县、区人民政府和志愿者协会给予表彰：\n\n"
        "（一）累计服务一千小时以上的志愿者；\n\n（二）组织活动成效显著的志愿服务组织。",
    )
    assert led_tasks(tmp_path, text)[-2:] == [
        ("县人民政府", ["县人民政府"]),
        ("市人民政府", ["市人民政府", "县、区人民政府", "志愿者协会"]),
    ]


def test_the_body_whose_enforcement_calls_for_the_duty_leads(tmp_path: Path) -> None:
    # the police come upon the people first and must tell the agency, which then acts: the
    # police lead, the agency told follows
    text = regulation(
        "某市传染病防治条例",
        "为了预防传染病，制定本条例。",
        "公安机关抓获涉嫌吸毒人员，应当及时通知疾病预防控制机构开展检测；"
        "疾病预防控制机构接到通知后，应当在三日内完成检测。",
    )
    assert led_tasks(tmp_path, text)[-1:] == [("公安机关", ["公安机关", "疾病预防控制机构"])]


def test_the_body_that_gathers_the_returns_is_a_department(tmp_path: Path) -> None:
    # 汇总 said without how often: the body that gathers the counties' lists does its part
    text = regulation(
        "某省献血条例",
        "为了保障献血，制定本条例。",
        "县卫生健康局应当按月统计献血人数，由市卫生健康局汇总后报省卫生健康委员会备案。",
    )
    assert led_tasks(tmp_path, text)[-1:] == [("县卫生健康局", ["县卫生健康局", "市卫生健康局"])]


def test_an_approver_named_by_the_level_of_a_city_with_districts(tmp_path: Path) -> None:
    # 设区的市 is a level, its 的 no clause: the approver's whole name follows 由
    text = regulation(
        "某省乡村医生管理办法",
        "为了加强乡村医生管理，制定本办法。",
        "县级人民政府卫生健康主管部门负责乡村医生的执业注册，"
        "注册结果由设区的市级人民政府卫生健康主管部门审核。",
    )
    assert led_tasks(tmp_path, text)[-1:] == [
        (
            "县级人民政府卫生健康主管部门",
            ["县级人民政府卫生健康主管部门", "设区的市级人民政府卫生健康主管部门"],
        )
    ]


def test_departments_and_units_written_together_name_no_body(tmp_path: Path) -> None:
    # 有关部门单位, 有关部门 and 单位 run together without 和: still whichever are concerned
    text = regulation(
        "某市献血条例",
        "为了保障献血，制定本条例。",
        "区人民政府、有关部门单位应当按照年度计划组织献血。",
    )
    assert led_tasks(tmp_path, text)[-1:] == [("区人民政府", ["区人民政府"])]


def test_the_department_of_whichever_government_is_concerned(tmp_path: Path) -> None:
    # 有关人民政府 says whose department as 当地 does: the department of the government the
    # complaint concerns, written without it
    text = regulation(
        "某省村卫生室管理办法",
        "为了规范村卫生室管理，制定本办法。",
        "有关人民政府卫生健康主管部门对村民的投诉，应当在十日内调查处理。",
    )
    assert led_tasks(tmp_path, text)[-1:] == [("卫生健康主管部门", ["卫生健康主管部门"])]
