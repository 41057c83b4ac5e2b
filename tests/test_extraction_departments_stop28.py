"""Regulations and work plans written in our own words (invented articles and items) to probe
the kinds of text unseen documents bring (stop 28): bodies named by a clause with 的, sectors
after the government they belong to, duties listed on the article's own line, and role lines
laid out in ways the development corpus lacks."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_articles, led_tasks

# An opening article naming no body, so that each probe is an article among others.
_OPENING = "某县公共卫生管理办法\n第一条 为了保障居民健康，制定本办法。\n"
_CLOSING = "第九条 县疾控中心负责技术指导。\n"


def _articles(tmp_path: Path, *articles: str) -> list[tuple[str | None, list[str]]]:
    """The (lead, departments) of the probe articles, the opening and closing ones aside."""
    return led_articles(tmp_path, _OPENING, _CLOSING, "县疾控中心", *articles)


def test_a_committee_named_by_the_government_that_set_it_up(tmp_path: Path) -> None:
    # 甲政府设立的乙委员会: the committee does the work, not the government that set it up
    assert _articles(
        tmp_path, "县级以上人民政府设立的饮水安全委员会负责统筹协调本行政区域的饮水安全工作。"
    ) == [("县级以上人民政府设立的饮水安全委员会", ["县级以上人民政府设立的饮水安全委员会"])]


def test_an_organ_named_by_the_governments_it_belongs_to(tmp_path: Path) -> None:
    # 甲政府、乙办事处的丙组织，负责…: one body of both, a comma before its duty
    assert _articles(
        tmp_path, "乡（镇）人民政府、街道办事处的健康促进组织，负责本辖区的健康促进工作。"
    ) == [
        (
            "乡（镇）人民政府、街道办事处的健康促进组织",
            ["乡（镇）人民政府、街道办事处的健康促进组织"],
        )
    ]


def test_a_body_named_by_what_it_has_or_bears(tmp_path: Path) -> None:
    # 具有…职能的甲委员会 beside the bodies 和 joins it to; 承担…职责的部门 of a government
    assert _articles(
        tmp_path,
        "乡（镇）人民政府、街道办事处和具有公共管理职能的产业园区管理委员会应当做好病媒防制工作。",
        "县级以上人民政府承担饮用水监督职责的部门负责供水单位的卫生监督。",
    ) == [
        (
            "乡（镇）人民政府、街道办事处",
            ["乡（镇）人民政府、街道办事处", "具有公共管理职能的产业园区管理委员会"],
        ),
        (
            "县级以上人民政府承担饮用水监督职责的部门",
            ["县级以上人民政府承担饮用水监督职责的部门"],
        ),
    ]


def test_no_body_sets_up_what_units_of_a_kind_set_up(tmp_path: Path) -> None:
    # 企业、社会团体等单位设立的卫生组织: whom the rule binds, no public body
    assert _articles(tmp_path, "企业、社会团体等单位设立的卫生组织，负责本单位的卫生工作。") == []


def test_sectors_after_the_government_they_belong_to(tmp_path: Path) -> None:
    # 县级以上人民政府甲、乙、丙等部门 (no 的): each field's department, the government and
    # the word 部门 on each (stop 29's rule)
    assert _articles(
        tmp_path, "县级以上人民政府农业农村、水利、林业等部门按照各自职责做好钉螺防控工作。"
    ) == [
        (
            "县级以上人民政府农业农村部门",
            [
                "县级以上人民政府农业农村部门",
                "县级以上人民政府水利部门",
                "县级以上人民政府林业部门",
            ],
        )
    ]


def test_duties_listed_after_a_colon_on_the_same_line(tmp_path: Path) -> None:
    # a regulation printed on one line: 甲部门，对…行使下列职责:(一)…;(二)…
    text = (
        "第一条为了防治职业病，制定本条例。第二条县级以上人民政府行业主管部门,对本行业的职业病"
        "防治工作行使下列职责:(一)制定本行业职业病防治计划;(二)组织职业卫生培训。"
        "第三条县卫生健康局对职业病防治工作实施监督管理。"
    )
    found = led_tasks(tmp_path, text)
    assert ("县级以上人民政府行业主管部门", ["县级以上人民政府行业主管部门"]) in found


def test_a_list_of_bodies_closing_the_item_after_a_comma(tmp_path: Path) -> None:
    # …项目，甲局（牵头）、乙局、丙中心。: the bodies close the item, the one marked leading
    text = (
        "2025年健康县城建设任务分工\n"
        "1.开展学生常见病监测，县教体局、县卫健局（牵头）、县疾控中心。\n"
        "2.推进老年人健康管理，县卫健局（牵头）、县民政局。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县卫健局", ["县卫健局", "县教体局", "县疾控中心"]),
        ("县卫健局", ["县卫健局", "县民政局"]),
    ]


def test_places_a_sentence_builds_after_a_comma_are_no_bodies(tmp_path: Path) -> None:
    # …住院楼，县人民医院、县中医院。: what is built, no office among them
    text = (
        "2025年卫生项目计划\n"
        "1.新建一批发热门诊，县人民医院、县中医院。\n"
        "2.推进村卫生室建设（县卫健局负责）。\n"
    )
    assert led_tasks(tmp_path, text) == [(None, []), ("县卫健局", ["县卫健局"])]


def test_a_lead_marked_in_square_brackets_inside_a_list(tmp_path: Path) -> None:
    # 责任单位：甲局〔牵头〕、乙局: 〔牵头〕 marks the lead as （牵头） does
    text = (
        "1.完善急救转运网络。（责任单位：县交通局、县卫健局〔牵头〕、县财政局）\n"
        "2.加强血液保障。（责任单位：县卫健局【牵头】、县红十字会）\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县卫健局", ["县卫健局", "县交通局", "县财政局"]),
        ("县卫健局", ["县卫健局", "县红十字会"]),
    ]


def test_every_sentence_of_an_article_names_its_body(tmp_path: Path) -> None:
    # 乙办事处具体组织实施: 具体 opens a duty; 丙机关依法查处…: a 机关 is a body
    assert _articles(
        tmp_path,
        "区人民政府负责本辖区的病媒生物防制工作。街道办事处具体组织实施。",
        "医疗保障部门负责医保基金监管。公安机关依法查处欺诈骗保行为。",
    ) == [
        ("区人民政府", ["区人民政府", "街道办事处"]),
        ("医疗保障部门", ["医疗保障部门", "公安机关"]),
    ]


def test_a_catch_all_list_of_kinds_names_no_body(tmp_path: Path) -> None:
    # 国家机关、企业事业单位和个人应当…: everyone the rule binds, no body it charges
    assert (
        _articles(tmp_path, "本县国家机关、企业事业单位和个人应当遵守本办法，参加除四害活动。")
        == []
    )


def test_each_clause_after_the_lead_names_the_body_doing_its_part(tmp_path: Path) -> None:
    # 甲局牵头…，乙局保障…，各乡镇抓好…: every clause's body, in order; not 要指定…机构 (the
    # lead's own clause going on)
    text = (
        "二、重点任务\n"
        "1.开展健康细胞建设。县卫健局牵头制定评选标准，县财政局保障创建经费，各乡镇抓好组织落实。\n"
        "2.做好医疗救治。县卫健局负责病人救治，要指定定点医疗机构收治病人。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县卫健局", ["县卫健局", "县财政局", "各乡镇"]),
        ("县卫健局", ["县卫健局"]),
    ]


def test_setting_up_a_kind_of_body_is_no_subject(tmp_path: Path) -> None:
    # 设置…机构，应当经甲部门批准: the act a rule governs, the body approving it is the subject
    assert _articles(
        tmp_path, "设置采供血机构，应当经县级以上地方人民政府卫生健康主管部门审查批准。"
    ) == [
        (
            "县级以上地方人民政府卫生健康主管部门",
            ["县级以上地方人民政府卫生健康主管部门"],
        )
    ]


def test_a_body_named_by_its_level_relative_to_another_is_none(tmp_path: Path) -> None:
    # 同级人民代表大会常务委员会, 上级卫生健康委员会: whose they are depends on who reads the rule
    assert _articles(
        tmp_path,
        "县卫生健康局负责编制医疗设施规划，规划报同级人民代表大会常务委员会备案。",
        "县疾病预防控制中心负责疾病监测，其年度计划报上级卫生健康委员会审核。",
    ) == [
        ("县卫生健康局", ["县卫生健康局"]),
        ("县疾病预防控制中心", ["县疾病预防控制中心"]),
    ]


def test_fields_of_work_sharing_a_duty_after_the_lead_clause(tmp_path: Path) -> None:
    # 甲部门主管…工作，乙、丙等部门在各自职责范围内负责…: the fields the 等部门 names are bodies
    assert _articles(
        tmp_path,
        "县级以上人民政府民政部门主管本行政区域内的托养服务工作，卫生健康、残联等部门"
        "在各自职责范围内负责相关工作。",
    ) == [("县级以上人民政府民政部门", ["县级以上人民政府民政部门", "卫生健康部门", "残联"])]


def test_a_body_entrusted_by_another_is_named_without_the_clause(tmp_path: Path) -> None:
    # 受甲部门委托的乙机构，在…: the body entrusted does the work, named as itself
    assert _articles(
        tmp_path,
        "县卫生健康局对饮用水卫生实施监督管理。受县卫生健康局委托的卫生监督机构，"
        "在委托范围内开展监督检查。",
    ) == [("县卫生健康局", ["县卫生健康局", "卫生监督机构"])]


def test_levels_named_with_de_before_the_body_they_share(tmp_path: Path) -> None:
    # 省、设区的市人民政府甲部门: its 的 the level's name; each level's body (stop 29's rule)
    assert _articles(
        tmp_path, "省、设区的市人民政府卫生健康主管部门应当建立院前急救信息平台。"
    ) == [
        (
            "省人民政府卫生健康主管部门",
            ["省人民政府卫生健康主管部门", "设区的市人民政府卫生健康主管部门"],
        )
    ]


def test_the_body_that_commands_the_work(tmp_path: Path) -> None:
    # …工作由甲中心统一指挥调度: the body that commands it does the work
    assert _articles(tmp_path, "全县的院前急救工作由县急救中心统一指挥调度。") == [
        ("县急救中心", ["县急救中心"])
    ]


def test_each_clause_of_an_article_charges_its_own_body(tmp_path: Path) -> None:
    # 甲政府领导…，乙政府领导…: the clause after the comma charges a body of its own; a clause
    # opening with 报经 names whom the work goes to, no subject; 市委组织部, not 市委 (组织 read as
    # a verb)
    assert _articles(
        tmp_path,
        "县人民政府领导全县的病媒生物防制工作，各乡镇人民政府领导本辖区的病媒生物防制工作。",
        "县水利局负责饮水工程的建设管理，报经县人民政府组织验收。",
        "县卫生健康局负责人才规划的制定，市委组织部适时开展人才评价。",
    ) == [
        ("县人民政府", ["县人民政府", "各乡镇人民政府"]),
        ("县水利局", ["县水利局"]),
        ("县卫生健康局", ["县卫生健康局", "市委组织部"]),
    ]
