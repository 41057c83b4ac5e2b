"""Plans and regulations written in our own words (invented items and articles) for the kinds of
language unseen documents brought in stop 29: a role line listing a group's members, bodies
named in prose by their sector alone, and the like."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_articles, led_tasks


def test_a_line_of_member_bodies_names_each_member(tmp_path: Path) -> None:
    # 成员单位：甲、乙、丙: the members of a campaign, each one a department of the item
    text = (
        "某镇健康集市活动安排\n"
        "一、分工\n"
        "1.牵头单位：镇党政办\n职责：统筹活动的筹备。\n"
        "2.成员单位：镇卫生院、镇派出所、镇农业服务中心、团镇委。\n职责：各自准备宣传材料。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("镇党政办", ["镇党政办"]),
        ("镇卫生院", ["镇卫生院", "镇派出所", "镇农业服务中心", "团镇委"]),
    ]


# An opening article naming no body, so that each probe is an article among others.
_OPENING = "某市环境卫生管理规定\n第一条 为了保持城市整洁，制定本规定。\n"
_CLOSING = "第九条 市爱卫办负责督查考评。\n"


def _articles(tmp_path: Path, *articles: str) -> list[tuple[str | None, list[str]]]:
    """The (lead, departments) of the probe articles, the opening and closing ones aside."""
    return led_articles(tmp_path, _OPENING, _CLOSING, "市爱卫办", *articles)


def test_sectors_and_a_category_a_comma_before_their_remit(tmp_path: Path) -> None:
    # 甲、乙等部门以及丙主体，按照各自职责…: each sector a body, the 主体 a category left out
    assert _articles(
        tmp_path,
        "城管部门主管本市环境卫生工作。\n\n"
        "交通、水务、绿化、农业等部门以及市属国资主体，按照各自职责做好相关工作。",
    ) == [("城管部门", ["城管部门", "交通部门", "水务部门", "绿化部门", "农业部门"])]


def test_mass_organisations_a_comma_before_their_charters(tmp_path: Path) -> None:
    # 甲、乙等群团组织，按照各自章程…: the list is the article's subject
    assert _articles(
        tmp_path, "工会、共青团、妇女联合会等群团组织，按照各自章程，协同做好宣传动员工作。"
    ) == [("工会", ["工会", "共青团", "妇女联合会"])]


def test_a_body_the_subject_owns_does_a_part(tmp_path: Path) -> None:
    # 甲部门负责…，其所属的乙机构承担…: the body under it charged in its own clause
    assert _articles(
        tmp_path, "城管部门负责本市环境卫生监督工作，其所属的环卫作业机构承担道路清扫保洁。"
    ) == [("城管部门", ["城管部门", "环卫作业机构"])]


def test_each_sector_of_a_list_is_named_with_the_word_they_share(tmp_path: Path) -> None:
    # the body word written once after the last sector goes on each, as far as a name lacks it;
    # a body by its own name (工会) stays as written
    assert _articles(
        tmp_path,
        "水务、司法行政、工会等行政部门应当在各自职责范围内，协助做好河道保洁工作。",
        "公安、交通部门应当维护清运车辆通行秩序。",
    ) == [
        ("水务行政部门", ["水务行政部门", "司法行政部门", "工会"]),
        ("公安部门", ["公安部门", "交通部门"]),
    ]


def test_the_level_before_the_first_sector_is_each_sectors(tmp_path: Path) -> None:
    # 市甲、乙部门, 各级甲、乙部门, 县政府的甲、乙等部门: the level or government said once
    assert _articles(
        tmp_path,
        "市城管、绿化部门应当制定保洁标准。",
        "各级审计、监察部门应当加强对经费使用的监督。",
        "县人民政府的计划、财政等部门应当将环卫经费列入预算。",
    ) == [
        ("市城管部门", ["市城管部门", "市绿化部门"]),
        ("各级审计部门", ["各级审计部门", "各级监察部门"]),
        ("县人民政府的计划部门", ["县人民政府的计划部门", "县人民政府的财政部门"]),
    ]


def test_levels_under_one_name_are_a_body_each(tmp_path: Path) -> None:
    # 市和县（区）甲, 省、市乙: each level's body answers on its own, the shared part on each;
    # a level's alternatives (区、县) stay one, as does 市、县两级 (one collective as written)
    assert _articles(
        tmp_path,
        "市和区、县人民政府应当将环境卫生设施建设纳入城乡规划。",
        "省、市城管行政部门负责环卫作业的监督考核。",
        "市、县两级财政部门应当保障环卫经费。",
    ) == [
        ("市人民政府", ["市人民政府", "区、县人民政府"]),
        ("省城管行政部门", ["省城管行政部门", "市城管行政部门"]),
        ("市、县两级财政部门", ["市、县两级财政部门"]),
    ]


def test_levels_of_an_act_of_authority_and_levels_joined_by_or(tmp_path: Path) -> None:
    # 由市、县区人民政府列入预算, 市或者区人民政府给予表彰: a body each, wherever read
    assert _articles(
        tmp_path,
        "城管部门负责环卫作业监督，所需经费由市、县区人民政府列入财政预算。",
        "对在环境卫生工作中成绩显著的单位，市或者区人民政府应当给予表彰。",
    ) == [
        ("城管部门", ["城管部门", "市人民政府", "县区人民政府"]),
        ("市人民政府", ["市人民政府", "区人民政府"]),
    ]


def test_a_sectors_word_said_once_in_its_name(tmp_path: Path) -> None:
    # 甲行政管理、乙等行政部门: 行政 written in the field's name is not written twice
    assert _articles(
        tmp_path, "工商行政管理、水务等行政部门应当在各自职责范围内，配合做好市容管理工作。"
    ) == [("工商行政管理部门", ["工商行政管理部门", "水务行政部门"])]


def test_the_body_an_article_opens_with_leads_the_sectors_after_it(tmp_path: Path) -> None:
    # 甲部门是主管部门。乙、丙等行政管理部门应当协助…: 甲 leads, though the sectors' names
    # (乙行政管理部门) are not written as such in the article
    assert _articles(
        tmp_path,
        "市城管部门是本市环境卫生工作的主管部门。\n\n"
        "公安、交通等行政管理部门应当在各自职责范围内，协助做好环境卫生工作。",
    ) == [("市城管部门", ["市城管部门", "公安行政管理部门", "交通行政管理部门"])]


def test_a_body_joined_by_huitong_acts_in_the_work(tmp_path: Path) -> None:
    # 甲会同乙…: 乙 is a department after 甲, also when the clause opens with 会同 after 甲's
    # duty; a bare 有关部门 names no body; 由甲会同乙拟定: both given the act
    assert _articles(
        tmp_path,
        "市城管部门应当会同市水务部门编制公厕布局规划。",
        "市绿化部门负责公园保洁。会同市公安部门制定游园安全办法。",
        "区城管部门会同有关部门开展集中整治。",
        "保洁收费标准由市发展改革部门会同市城管部门拟定，报市人民政府批准后执行。",
    ) == [
        ("市城管部门", ["市城管部门", "市水务部门"]),
        ("市绿化部门", ["市绿化部门", "市公安部门"]),
        ("区城管部门", ["区城管部门"]),
        ("市发展改革部门", ["市发展改革部门", "市城管部门", "市人民政府"]),
    ]


def test_local_governments_and_residents_committees_joined_are_one(tmp_path: Path) -> None:
    # 镇人民政府和街道办事处, 居民委员会、村民委员会: alternatives for one place, one entry each
    assert _articles(
        tmp_path,
        "镇人民政府和街道办事处应当组织环境整治。居民委员会、村民委员会应当予以协助。",
    ) == [("镇人民政府和街道办事处", ["镇人民政府和街道办事处", "居民委员会、村民委员会"])]


def test_a_table_printed_one_cell_a_line_before_its_notes(tmp_path: Path) -> None:
    # 序号 | 部门 | 职责 printed a cell a line, each row opened by its number alone on a line,
    # the table's notes numbered 1. 2. after it: each row an item of its body
    text = (
        "城区公厕管理职责分工\n序号 部门 职责\n1\n区城管局\n负责公厕的日常保洁和设施维护。\n"
        "2\n区卫生健康局\n负责公厕卫生状况的监督检查;指导病媒生物防制。\n\n"
        "依据:\n1.《城市公厕管理办法》\n2.《环境卫生设施设置标准》\n"
    )
    assert led_tasks(tmp_path, text)[:2] == [
        ("区城管局", ["区城管局"]),
        ("区卫生健康局", ["区卫生健康局"]),
    ]


def test_a_numbered_duty_with_a_partner_and_a_tables_note_cell(tmp_path: Path) -> None:
    # 2、甲会同乙等单位，做好…: 甲 leads, 乙 after it; a table's note cell opening with 会同
    # (| 会同乙部门督导。 |) is a progress note, no cell of departments
    text = (
        "一、职责分工\n1、县卫健局负责统筹。\n2、县委宣传部会同县融媒体中心等单位，做好防病宣传。\n"
    )
    assert led_tasks(tmp_path, text)[-1] == ("县委宣传部", ["县委宣传部", "县融媒体中心"])
    table = (
        "1 | 改造农贸市场2个。 | 县商务局 | 已完成设计。 | 按时序推进 |\n|\n"
        "2 | 新建公厕10座。 | 县城管局 | 会同水务、财政等部门督导。 | 按时序推进 |\n"
    )
    assert led_tasks(tmp_path, table) == [("县商务局", ["县商务局"]), ("县城管局", ["县城管局"])]


def test_care_institutions_a_regulation_binds_by_their_kind(tmp_path: Path) -> None:
    # 医疗机构应当…, 院前急救机构应当…: each of the class bound, no body the article charges;
    # an agency acting for the health department (疾病预防控制机构) stays
    assert _articles(
        tmp_path,
        "城管部门应当公布公厕位置。二级以上医疗机构应当设置无障碍厕所。",
        "院前急救机构应当配合做好公厕急救设施建设。",
        "疾病预防控制机构负责公厕卫生状况监测。",
    ) == [
        ("城管部门", ["城管部门"]),
        ("疾病预防控制机构", ["疾病预防控制机构"]),
    ]


def test_groups_set_up_listed_after_a_colon_and_acting_by_their_division(tmp_path: Path) -> None:
    # 设立N个工作组：甲组、乙组…: each group set up does its part; 甲组及各工作组根据职责分工，…:
    # the groups are the sentence's subjects (a list of a group's posts is none)
    text = (
        "某镇防汛预案\n一、组织体系\n"
        "（一）成立防汛指挥组，镇长任组长，各村负责人任成员。防汛指挥组及各工作组根据职责分工，"
        "制定工作计划。\n"
        "（二）设立3个工作小组：抢险救援组、后勤保障组、宣传信息组，按照预案开展工作。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("防汛指挥组", ["防汛指挥组", "各工作组"]),
        ("抢险救援组", ["抢险救援组", "后勤保障组", "宣传信息组"]),
    ]


def test_the_body_a_work_goes_to_for_approval_is_no_subject(tmp_path: Path) -> None:
    # …，报甲部门审核: 甲部门 approves (a body of the act), 报 no part of its name; 由乙会同丙具体
    # 编制: 丙 a partner
    assert _articles(
        tmp_path,
        "区环卫所负责编制年度作业计划，报区城管部门审核。"
        "作业经费预算由区环卫所会同区财政部门具体编制。",
    ) == [("区环卫所", ["区环卫所", "区城管部门", "区财政部门"])]


def test_a_heading_naming_whose_duties_the_lines_under_it_are(tmp_path: Path) -> None:
    # （二）甲机构、乙机构和丙站工作职责⏎甲机构…⏎乙机构…: no numbered points, the heading's
    # bodies own the duties (a long list of names, no sentence)
    text = (
        "某县鼠疫防控责任制\n（一）县卫生健康局工作职责\n负责统筹全县鼠疫防控。\n"
        "（二）鼠疫监测机构、疾病预防控制机构和乡(镇)卫生院防保站工作职责\n"
        "鼠疫监测机构开展宿主动物监测。\n疾病预防控制机构承担疫情报告和流行病学调查。\n"
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "鼠疫监测机构",
        ["鼠疫监测机构", "疾病预防控制机构", "乡(镇)卫生院防保站"],
    )


def test_the_body_after_an_items_short_heading_leads(tmp_path: Path) -> None:
    # （三）疫情报告。甲中心负责…，乙站协助…。乙站负责…: the body the duty opens with after
    # the item's heading leads, though a later sentence names only the other
    text = (
        "某县鼠疫防控分工\n（一）组织领导。县人民政府统一领导全县鼠疫防控。\n"
        "（二）疫情报告。县疾病预防控制中心全面负责疫情报告，乡镇卫生院防保站协助收集信息。"
        "乡镇卫生院防保站负责辖区内的疫情初筛。\n"
    )
    assert led_tasks(tmp_path, text)[-1] == (
        "县疾病预防控制中心",
        ["县疾病预防控制中心", "乡镇卫生院防保站"],
    )


def test_the_body_of_a_place_and_a_body_that_confiscates(tmp_path: Path) -> None:
    # 户籍所在地公安部门…: the body of that place (no 户籍所 before 在地); 由甲部门没收…: an act
    assert _articles(
        tmp_path,
        "保洁员死亡后，其家属应当及时办理手续。户籍所在地公安部门凭有关证明出具证明材料。",
        "违反本规定倾倒建筑垃圾的，由区城管部门没收作业工具。",
    ) == [
        ("公安部门", ["公安部门"]),
        ("区城管部门", ["区城管部门"]),
    ]


def test_a_plan_drawn_up_by_a_body_and_an_agency_that_handles(tmp_path: Path) -> None:
    # 由甲部门编制，报乙政府批准: both given the act, in order; 经办机构's 经 is no approval's
    assert _articles(
        tmp_path,
        "本市根据人口和道路状况确定公厕数量。公厕的具体配置数量由市城管部门编制，报市人民政府批准。",
        "保洁经费预算由市环卫经办机构会同市财政部门具体编制。",
    ) == [
        ("市城管部门", ["市城管部门", "市人民政府"]),
        ("市环卫经办机构", ["市环卫经办机构", "市财政部门"]),
    ]
