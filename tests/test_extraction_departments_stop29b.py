"""Plans and regulations written in our own words (invented items and articles) for the kinds of
language the twelfth task part brought in stop 29 (second round): a working group's list run by
a named body, whose officer is named with their post; and the like."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks


def test_a_working_group_run_by_a_body_whose_officer_is_named(tmp_path: Path) -> None:
    # 抢险组。由甲局某某副局长负责，乙、丙参与，主要职责：: the body runs the group (its officer
    # is no part of its name), the others take part; the line telling the groups set up is no body
    text = (
        "某县防汛工作分工\n"
        "县防汛工作领导小组下设1个办公室2个工作组。\n"
        "(一)办公室。由县水利局王明局长负责,主要职责:\n"
        "1、负责日常值守。\n"
        "2、负责信息汇总。\n"
        "(二)抢险工作组。由县应急局李强副局长负责,县公安局、交通局、供电公司参与,主要职责:\n"
        "1、负责抢险调度。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县水利局", ["县水利局"]),
        ("县应急局", ["县应急局", "县公安局", "交通局", "供电公司"]),
    ]


def test_levels_whose_county_level_names_its_other_kind_in_brackets(tmp_path: Path) -> None:
    # 市、区县（自治县）人民政府: the city's government and the counties' (autonomous ones too),
    # one body each, the bracket part of the county level, not of the city's name
    text = (
        "某市饮水卫生条例\n"
        "第一条 为了保障饮水卫生，制定本条例。\n"
        "第二条 市、区县（自治县）人民政府应当加强对饮水卫生工作的领导。\n"
        "第三条 市、县（自治县）卫生健康主管部门负责饮水卫生的监督管理。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市人民政府", ["市人民政府", "区县（自治县）人民政府"]),
        ("市卫生健康主管部门", ["市卫生健康主管部门", "县（自治县）卫生健康主管部门"]),
    ]


def test_an_articles_points_each_naming_a_body_and_its_closing_paragraph(tmp_path: Path) -> None:
    # the points divide the work among the bodies they open with (one acting without 负责), each
    # a task; the paragraph after the last point is the article's own, with its opening one task
    text = (
        "某市市容环境卫生条例\n"
        "第一条 为了保持市容整洁，制定本条例。\n"
        "第二条 市容委实行成员单位分工负责制。成员单位应当履行下列职责：\n\n"
        "（一）财政主管部门负责安排市容工作所需经费；\n\n"
        "（二）城市管理执法部门对违反市容管理规定的行为实施处罚；\n\n"
        "（三）水务主管部门负责河道保洁的监督管理。\n\n"
        "文化、体育、旅游等部门和工会、妇联等团体，按照各自职责做好市容相关工作。\n\n"
        "第三条 市容委应当每年组织检查。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市容委", ["市容委", "成员单位", "文化部门", "体育部门", "旅游部门", "工会", "妇联"]),
        ("财政主管部门", ["财政主管部门"]),
        ("城市管理执法部门", ["城市管理执法部门"]),
        ("水务主管部门", ["水务主管部门"]),
        ("市容委", ["市容委"]),
    ]


def test_a_long_list_of_sectors_before_their_shared_department_word(tmp_path: Path) -> None:
    # a dozen sectors sharing 行政管理部门 after 等有关, a body each however long the list
    sectors = (
        "发展改革、财政、民政、公安、交通运输、教育、市场监督管理、文化旅游、人力资源和社会保障、"
        "医疗保障、体育"
    )
    text = (
        "某市急救医疗条例\n"
        "第一条 为了规范急救医疗，制定本条例。\n"
        f"第二条 {sectors}等有关行政管理部门和单位应当在各自职责范围内负责急救医疗相关工作。\n"
        "第三条 市卫生健康部门负责组织实施本条例。\n"
    )
    names = [f"{s}行政管理部门" for s in sectors.split("、")]
    assert led_tasks(tmp_path, text) == [
        (names[0], names),
        ("市卫生健康部门", ["市卫生健康部门"]),
    ]


def test_sectors_and_local_governments_a_comma_before_their_remit(tmp_path: Path) -> None:
    # a paragraph after the lead's whose list ends with governments, a comma before
    # 在各自职责范围内: each still a body of the article
    text = (
        "某市心理健康促进条例\n"
        "第一条 为了促进心理健康，制定本条例。\n"
        "第二条 市卫生健康部门主管全市的心理健康工作。\n\n"
        "教育、民政、司法行政、财政、人力资源和社会保障、规划、城市管理等部门和街道办事处、"
        "乡（镇）人民政府，在各自职责范围内负责"
        "有关心理健康工作。\n"
        "第三条 市卫生健康部门负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text) == [
        (
            "市卫生健康部门",
            [
                "市卫生健康部门",
                "教育部门",
                "民政部门",
                "司法行政部门",
                "财政部门",
                "人力资源和社会保障部门",
                "规划部门",
                "城市管理部门",
                "街道办事处、乡（镇）人民政府",
            ],
        ),
        ("市卫生健康部门", ["市卫生健康部门"]),
    ]


def test_a_body_seated_in_another_is_the_one_seated(tmp_path: Path) -> None:
    # 甲办事机构设在乙部门，具体承担…: the office does the work, where it sits no part of its name
    text = (
        "某市爱国卫生条例\n"
        "第一条 为了开展爱国卫生工作，制定本条例。\n"
        "第二条 市爱卫会办事机构设在市卫生健康部门，具体承担爱卫会的日常工作。\n\n"
        "乡镇人民政府应当确定工作人员具体承担爱卫会的日常工作。\n"
        "第三条 市卫生健康部门负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市爱卫会办事机构", ["市爱卫会办事机构", "乡镇人民政府"]),
        ("市卫生健康部门", ["市卫生健康部门"]),
    ]


def test_kinds_of_body_sharing_a_managing_agencys_head(tmp_path: Path) -> None:
    # 港口、航运管理机构: each its own managing agency (港口管理机构), not a bare 港口机构
    text = (
        "某市控烟条例\n"
        "第一条 为了控制吸烟，制定本条例。\n"
        "第二条 港口、航运管理机构负责相关公共场所的控制吸烟工作。\n"
        "第三条 市卫生健康部门负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("港口管理机构", ["港口管理机构", "航运管理机构"]),
        ("市卫生健康部门", ["市卫生健康部门"]),
    ]


def test_society_as_a_whole_is_no_body(tmp_path: Path) -> None:
    # 全社会都应当支持…: everyone is called on; the sectors of the next sentence do the work
    text = (
        "某市控烟条例\n"
        "第一条 为了控制吸烟，制定本条例。\n"
        "第二条 全社会都应当支持控烟工作。教育、文化等部门应当开展控烟宣传教育。\n"
        "第三条 市卫生健康部门负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("教育部门", ["教育部门", "文化部门"]),
        ("市卫生健康部门", ["市卫生健康部门"]),
    ]


def test_partners_joined_by_huitong_ending_with_an_organisation_department(tmp_path: Path) -> None:
    # 会同乙（全称）、丙（全称）和市委组织部负责: the last partner is 市委组织部, not 市委 + 组织
    text = (
        "某市人才工作要点\n"
        "1.培养基层卫生人才，由市卫生健康委员会会同市残联（市残疾人联合会）、市医保局（市医疗保障局）和"
        "市委组织部负责。\n"
        "2.完善激励机制，市卫健委负责。\n"
    )
    assert led_tasks(tmp_path, text) == [
        (
            "市卫生健康委员会",
            [
                "市卫生健康委员会",
                "市残联（市残疾人联合会）",
                "市医保局（市医疗保障局）",
                "市委组织部",
            ],
        ),
        ("市卫健委", ["市卫健委"]),
    ]


def test_residents_committees_glossed_with_their_community_stay_one(tmp_path: Path) -> None:
    # 居民委员会（社区）、村民委员会: a place has the one or the other, one collective as unglossed
    text = (
        "某市急救条例\n"
        "第一条 为了普及急救知识，制定本条例。\n"
        "第二条 居民委员会（社区）、村民委员会应当协助开展急救知识宣传。\n"
        "第三条 市卫生健康部门负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("居民委员会（社区）、村民委员会", ["居民委员会（社区）、村民委员会"]),
        ("市卫生健康部门", ["市卫生健康部门"]),
    ]
