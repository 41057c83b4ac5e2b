"""Regulations and plans written in our own words (invented articles and items) for the kinds of
department language stop 31 read: the body a penalty article names after 由, whatever word
opens its sanction."""

from __future__ import annotations

from pathlib import Path

from healthplan.extraction.departments import not_a_department
from tasks_helpers import led_tasks, regulation


def _regulation(*articles: str) -> str:
    return regulation("某县饮用水卫生管理办法", "为了保障饮用水安全，制定本办法。", *articles)


def test_the_body_a_penalty_article_names_after_you_sanctions(tmp_path: Path) -> None:
    # 违反…的，由甲部门予以警告 / 依照…法规给以处罚: the body that imposes the sanction is the
    # article's, whichever word (予以, 给以) opens it, and after the rules it follows
    regulation = _regulation(
        "县水利局负责饮用水水源的保护。",
        "供水单位违反本办法第二条规定的，由县卫生健康局予以警告，并责令限期整改。",
        "阻挠卫生监督人员执行公务的，由县公安局依照治安管理的有关法规给以处罚。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县水利局", ["县水利局"]),
        ("县卫生健康局", ["县卫生健康局"]),
        ("县公安局", ["县公安局"]),
    ]


def test_a_body_named_before_the_event_that_calls_for_its_duty_is_the_subject(
    tmp_path: Path,
) -> None:
    # 甲部门接到…后，应当… / 乙机构发现…时，应当…: the clause of the event sits between the body
    # and its modal; the body is still who must act
    regulation = _regulation(
        "县卫生健康局收到水质异常报告后，应当在二十四小时内组织核查。",
        "县疾病预防控制中心发现介水传染病疫情时，应当立即向县卫生健康局报告。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县卫生健康局", ["县卫生健康局"]),
        ("县疾病预防控制中心", ["县疾病预防控制中心"]),  # (whom it reports to does nothing)
    ]


def test_every_levels_mass_organisation_is_a_named_body(tmp_path: Path) -> None:
    # 各级妇女联合会依照…开展…: the federation of each level is a body of its own, as 各级人民
    # 政府 is (not 各级医疗机构, a kind of institution)
    regulation = _regulation(
        "各级妇女联合会依照章程，组织妇女参与饮用水卫生宣传。",
        "各级医疗机构应当做好介水传染病的诊治。",
    )
    assert led_tasks(tmp_path, regulation) == [("各级妇女联合会", ["各级妇女联合会"])]


def test_a_body_left_unnamed_is_no_department_in_any_role(tmp_path: Path) -> None:
    # 有关部门, 相关单位, 其他有关部门: whichever bodies are concerned, no one the ledger can hold;
    # left for review. The other ones after a level's department share its level (县级以上甲部门
    # 和其他有关部门): a collective of that level, kept.
    plan = (
        "某区2024年爱国卫生工作要点\n"
        "1.开展病媒生物防制。（区爱卫办牵头，有关部门配合）\n"
        "2.整治农贸市场环境。（相关单位负责，区市场监管局配合）\n"
    )
    assert led_tasks(tmp_path / "plan", plan) == [
        ("区爱卫办", ["区爱卫办"]),
        ("区市场监管局", ["区市场监管局"]),
    ]
    regulation = _regulation(
        "县卫生健康局负责饮用水卫生监督。其他有关部门在各自职责范围内做好相关工作。",
        "县级以上卫生健康部门和其他有关部门应当加强饮用水卫生宣传。",
    )
    assert led_tasks(tmp_path / "regulation", regulation) == [
        ("县卫生健康局", ["县卫生健康局"]),
        ("县级以上卫生健康部门", ["县级以上卫生健康部门", "其他有关部门"]),
    ]


def test_an_article_opening_with_whom_its_rule_binds_is_the_later_bodies_task(
    tmp_path: Path,
) -> None:
    # 甲单位应当…。⏎…可以向乙局投诉。乙局受理投诉后，应当…: the article binds a unit of a kind
    # first, then charges a body in a later paragraph; the article is that body's task
    regulation = _regulation(
        "县水利局负责饮用水水源的保护。",
        "集中式供水单位应当每月检测出厂水水质。\n\n"
        "用户对水质有异议的，可以向县卫生健康局投诉。县卫生健康局受理投诉后，应当及时调查处理。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县水利局", ["县水利局"]),
        ("县卫生健康局", ["县卫生健康局"]),
    ]


def test_a_zones_committee_beside_the_counties_governments_is_an_entry_of_its_own(
    tmp_path: Path,
) -> None:
    # 各区县人民政府、园区管委会: a city has its districts and its zones, each answering on its
    # own; the committee written in a bracket as a zone's stand-in for a government is one entry
    plan = (
        "某市2024年健康城市建设任务分工\n"
        "1.建设15分钟健身圈。（责任单位：市体育局，各区县人民政府、园区管委会）\n"
        "2.推进公共场所控烟。（责任单位：市卫健委，各区县人民政府（管委会））\n"
    )
    assert led_tasks(tmp_path, plan) == [
        ("市体育局", ["市体育局", "各区县人民政府", "园区管委会"]),
        ("市卫健委", ["市卫健委", "各区县人民政府（管委会）"]),
    ]


def test_the_body_an_articles_sentences_name_first_leads_whatever_role_word_a_later_one_has(
    tmp_path: Path,
) -> None:
    # a statement, then 甲政府应当…, then 乙部门负责…: 负责 of the later sentence is no lead
    # of the article; the government its sentences charge first leads
    regulation = (
        "某县饮用水卫生管理办法\n\n第一条 为了保障饮用水安全，制定本办法。\n\n"
        "第二条 饮用水安全是公共卫生的重要内容。\n\n"
        "县、乡镇人民政府应当将农村供水工程纳入本级国民经济和社会发展规划。\n\n"
        "县、乡镇卫生健康部门负责本行政区域内饮用水卫生的监督管理。\n\n"
        "第三条 县水利局负责饮用水水源的保护。\n"
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县人民政府", ["县人民政府", "乡镇人民政府", "县卫生健康部门", "乡镇卫生健康部门"]),
        ("县水利局", ["县水利局"]),
    ]


def test_the_bodies_an_items_sentence_charges_before_its_list_lead_it(tmp_path: Path) -> None:
    # …，甲政府、乙管委会要…，（丙局、丁局按职责分工负责）: the item makes the bodies of its own
    # sentence do its duty first, the list after them shares it; a list naming its lead keeps it
    plan = (
        "某市2024年残疾预防行动任务分工\n"
        "1.推进无障碍环境建设，各县区人民政府、高新区管委会要落实属地责任，"
        "（市住建局、市民政局按职责分工负责）\n"
        "2.加强康复服务，各县区人民政府要保障经费投入，（市卫健委牵头，市财政局配合）\n"
    )
    assert [lead for lead, _ in led_tasks(tmp_path, plan)] == ["各县区人民政府", "市卫健委"]
    assert led_tasks(tmp_path, plan)[0][1] == [
        "各县区人民政府",
        "高新区管委会",
        "市住建局",
        "市民政局",
    ]


def test_an_area_a_rule_speaks_of_by_its_kind_is_no_body(tmp_path: Path) -> None:
    # 边远山区应当…, 新建住宅小区应当…: land or housing a rule binds, no body to lead the
    # article; a district whose name ends in 山区 stays one
    assert not_a_department("偏远山区") == "not an organisation"
    assert not_a_department("老旧住宅小区") == "not an organisation"
    assert not_a_department("中山区卫生健康局") is None
    regulation = _regulation(
        "县卫生健康局应当合理布设村卫生室；偏远山区应当设置巡回医疗点。",
        "新建住宅小区应当配套建设社区卫生服务用房，县住房城乡建设局负责验收。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县卫生健康局", ["县卫生健康局"]),
        ("县住房城乡建设局", ["县住房城乡建设局"]),
    ]


def test_the_rest_of_a_lists_kind_and_the_press_are_categories_beside_named_bodies(
    tmp_path: Path,
) -> None:
    # 甲会、乙会等团体和其他组织应当…; 丙局、新闻媒体应当…: the named bodies act, the rest of
    # their kind and the press name none (a category, as 志愿者组织 is)
    regulation = _regulation(
        "县总工会、县妇女联合会等团体和其他组织应当支持职工参加饮用水卫生宣传。",
        "县卫生健康局、新闻媒体应当普及饮用水卫生知识。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县总工会", ["县总工会", "县妇女联合会"]),
        ("县卫生健康局", ["县卫生健康局"]),
    ]


def test_a_government_and_its_departments_after_ji_are_one_subject(tmp_path: Path) -> None:
    # 甲政府及有关部门应当…: the government with its own departments, one collective as 甲政府及其
    # 有关部门 is (the README's 区人民政府及有关部门), one per level
    regulation = _regulation(
        "县水利局负责饮用水水源的保护。",
        "市、县人民政府及有关部门应当加强饮用水卫生宣传。",
    )
    assert led_tasks(tmp_path, regulation)[1] == (
        "市人民政府及有关部门",
        ["市人民政府及有关部门", "县人民政府及有关部门"],
    )


def test_a_committee_a_comma_parts_from_its_duty_is_the_subject(tmp_path: Path) -> None:
    # 甲委员会，负责…: a whole body's name before a comma and its duty, as 甲局，负责… is
    regulation = _regulation(
        "县水利局负责饮用水水源的保护。",
        "县饮用水安全技术评审委员会，负责农村供水工程的技术评审。",
    )
    assert led_tasks(tmp_path, regulation)[1] == (
        "县饮用水安全技术评审委员会",
        ["县饮用水安全技术评审委员会"],
    )


def test_the_place_a_regulation_is_for_is_no_part_of_every_levels_body(tmp_path: Path) -> None:
    # 本县各级甲委员会负责…: every level's committee, the same wherever the text is read; 本县
    # says only where the regulation applies
    regulation = _regulation(
        "本县各级爱国卫生运动委员会负责组织饮用水卫生检查。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("各级爱国卫生运动委员会", ["各级爱国卫生运动委员会"]),
    ]
