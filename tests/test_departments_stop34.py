"""Division-of-work plans written in our own words for the kinds of department language the
department round of stop 34 read."""

from __future__ import annotations

from pathlib import Path

from healthplan.extraction.departments import DepartmentDirectory
from healthplan.extraction.departments.names import not_a_department
from healthplan.model.orgunit import Department
from tasks_helpers import led_tasks, regulation


def test_a_part_heading_naming_a_kind_of_society_is_no_department(tmp_path: Path) -> None:
    # items numbered on across the parts of a plan; the second part's heading 健康社会 ends
    # as 学会 or 委员会 do, but names what the plan builds, not the body its items belong to
    text = (
        "某县健康县城建设任务分工\n"
        "一、健康环境\n"
        "1.整治农贸市场环境卫生。（牵头单位：县市场监管局）\n"
        "2.推进农村改厕。（牵头单位：县农业农村局）\n"
        "二、健康社会\n"
        "3.建设社区嵌入式养老服务站。（牵头单位：县民政局）\n"
        "4.扩建全民健身中心。（牵头单位：县体育局）\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县市场监管局", ["县市场监管局"]),
        ("县农业农村局", ["县农业农村局"]),
        ("县民政局", ["县民政局"]),
        ("县体育局", ["县体育局"]),
    ]


def test_a_title_a_unit_earns_is_no_department() -> None:
    # what a campaign makes of a unit (创建健康学校, 评选无烟机关) is no body a plan charges;
    # the bodies whose names hold the same words are
    for title in ("健康社区", "健康学校", "无烟机关", "省级健康促进医院", "卫生乡镇"):
        assert not_a_department(title) is not None, title
    for body in ("乡镇卫生院", "市卫生学校", "健康管理中心"):
        assert not_a_department(body) is None, body


def test_a_merged_row_adds_names_to_the_cell_above(tmp_path: Path) -> None:
    # the second row carries no number and no lead: its work and its helpers belong to the
    # numbered row above, one name a line, not one name run into the next
    text = (
        "某市2026年医改重点任务分工\n"
        "\n"
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "| 1 | 扩大药品集中带量采购品种。 | 市医保局 | 市卫健委 | 2026年9月 |\n"
        "| 2 | 推行检查检验结果互认。 | 市卫健委 | 市医保局 | 2026年6月 |\n"
        "|   | 建设区域影像诊断中心。 |  | 市财政局、市发改委 | 2026年12月 |\n"
        "| 3 | 开展医疗服务价格调整评估。 | 市医保局 | 市卫健委 | 2026年10月 |\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市医保局", ["市医保局", "市卫健委"]),
        ("市卫健委", ["市卫健委", "市医保局", "市财政局", "市发改委"]),
        ("市医保局", ["市医保局", "市卫健委"]),
    ]


def _regulation(*articles: str) -> str:
    return regulation("某市游泳场所卫生管理办法", "为了保障泳客健康，制定本办法。", *articles)


def test_a_penalty_said_with_its_verb_alone_names_the_body_imposing_it(tmp_path: Path) -> None:
    # 处罚 / 从重处罚 / 处 with the fine: the sanction's verb after the body 由 names, with or
    # without the law it applies
    text = _regulation(
        "殴打救生员的，由公安机关依照《中华人民共和国治安管理处罚法》处罚。",
        "多次扰乱场馆秩序的，由公安机关依法从重处罚。",
        "在泳池内吸烟不听劝阻的，由卫生监督机构处警告或者五十元以下罚款。",
        "市体育局负责游泳场所的安全检查。",
    )
    assert led_tasks(tmp_path, text) == [
        ("公安机关", ["公安机关"]),
        ("公安机关", ["公安机关"]),
        ("卫生监督机构", ["卫生监督机构"]),
        ("市体育局", ["市体育局"]),
    ]


def test_the_body_that_has_its_decision_enforced_is_the_one_charged(tmp_path: Path) -> None:
    # the party may go to court; the body whose decision it is applies for enforcement, and
    # the court it applies to is no department the article charges
    text = _regulation(
        "经营者对停业决定不服的，可以向人民法院起诉；逾期不起诉又不停业的，"
        "由卫生监督机构向人民法院申请强制执行。",
        "经营者逾期不缴纳罚款的，由作出罚款决定的卫生行政部门申请人民法院强制执行。",
        "市体育局负责游泳场所的安全检查。",
    )
    assert led_tasks(tmp_path, text) == [
        ("卫生监督机构", ["卫生监督机构"]),
        ("卫生行政部门", ["卫生行政部门"]),
        ("市体育局", ["市体育局"]),
    ]


def test_a_body_that_designates_an_office_or_a_person_answers_for_the_work(
    tmp_path: Path,
) -> None:
    # 确定机构或者专人 / 指定专人: what the government does, not a name of its own
    text = _regulation(
        "村办游泳池，由乡、镇人民政府确定机构或者专人负责卫生管理。",
        "学校泳池由区教育行政部门指定专人负责水质管理。",
        "市体育局负责游泳场所的安全检查。",
    )
    assert led_tasks(tmp_path, text) == [
        ("乡、镇人民政府", ["乡、镇人民政府"]),
        ("区教育行政部门", ["区教育行政部门"]),
        ("市体育局", ["市体育局"]),
    ]


def test_the_agency_of_a_township_or_a_street_office_is_one_name(tmp_path: Path) -> None:
    # 乡（镇）人民政府或者街道办事处体育机构: the agency the one or the other keeps, named once
    text = _regulation(
        "未办理备案的，由乡（镇）人民政府或者街道办事处体育机构负责登记。",
        "市体育局负责游泳场所的安全检查。",
    )
    assert led_tasks(tmp_path, text) == [
        ("乡（镇）人民政府或者街道办事处体育机构", ["乡（镇）人民政府或者街道办事处体育机构"]),
        ("市体育局", ["市体育局"]),
    ]


def test_a_penalty_over_listed_breaches_is_the_task_of_its_body(tmp_path: Path) -> None:
    # the breaches listed under the penalty are no duties of theirs; one of them naming whose
    # approval was lacking does not hand the article over to its points
    text = _regulation(
        "违反本办法规定，有下列行为之一的，由县级以上人民政府有关部门依法给予处罚：\n\n"
        "（一）泳池水质检测不合格仍然开放的；\n\n"
        "（二）未经卫生行政部门许可，擅自经营的；\n\n"
        "（三）未配备救生员的。",
        "市体育局负责游泳场所的安全检查。",
    )
    found = led_tasks(tmp_path, text)
    assert found[0] == ("县级以上人民政府有关部门", ["县级以上人民政府有关部门"])
    assert found[-1] == ("市体育局", ["市体育局"])


def test_kinds_sharing_a_head_impose_a_penalty_each(tmp_path: Path) -> None:
    # 由甲、乙部门按照各自职责责令…: both kinds of 部门, each answering for its part; the
    # grounds may be a scope of power or the scale of another penalty
    text = _regulation(
        "除本办法另有规定的情形外，经营者违反消毒规范的，由卫生健康、体育部门按照各自职责"
        "责令限期改正。",
        "无证经营的，由市场监督管理部门按照对无照经营的处罚种类和幅度予以处罚。",
        "市体育局负责游泳场所的安全检查。",
    )
    assert led_tasks(tmp_path, text) == [
        ("卫生健康部门", ["卫生健康部门", "体育部门"]),
        ("市场监督管理部门", ["市场监督管理部门"]),
        ("市体育局", ["市体育局"]),
    ]


def test_units_named_by_the_service_they_give_are_bound_beside_the_body(tmp_path: Path) -> None:
    # 开展…的机构 / 提供…的单位 are units a rule binds (as 从事…的机构), listed beside the
    # department it charges; their 开展 is their trade, not the duty's verb
    text = _regulation(
        "体育行政部门、从事游泳培训的机构以及开展水上救生服务的机构，应当建立安全制度。",
        "提供泳池消毒服务的单位应当具备相应资质。",
        "市体育局负责游泳场所的安全检查。",
    )
    assert led_tasks(tmp_path, text) == [
        ("体育行政部门", ["体育行政部门"]),
        ("市体育局", ["市体育局"]),
    ]


def test_an_internal_office_is_found_under_its_short_name() -> None:
    # a commission's plan names its offices short (疾控处, 科教处, 应急办, 监督处); each is the
    # register's one office those words shorten, and a short name two offices fit is left alone
    register = DepartmentDirectory(
        Department(code=code, name=name)
        for code, name in [
            ("jk", "疾病预防控制处"),
            ("kj", "科技教育处"),
            ("yj", "卫生应急办公室"),
            ("jd", "综合监督处"),
            ("yz", "药物政策与基本药物制度处"),
            ("gh", "规划发展与信息化处"),
            ("xc", "宣传处"),
            ("xx", "信息中心"),
        ]
    )
    found = {
        short: (register.resolve(short) or Department(code="-", name="-")).name
        for short in ("疾控处", "科教处", "应急办", "卫生应急办", "监督处", "药政处", "规划信息处")
    }
    assert found == {
        "疾控处": "疾病预防控制处",
        "科教处": "科技教育处",
        "应急办": "卫生应急办公室",
        "卫生应急办": "卫生应急办公室",
        "监督处": "综合监督处",
        "药政处": "药物政策与基本药物制度处",
        "规划信息处": "规划发展与信息化处",
    }
    # not a word from the middle (政策处), not another kind of office (疾控科)
    assert register.resolve("政策处") is None
    assert register.resolve("疾控科") is None


def test_the_bodies_an_item_asks_for_their_part_do_it(tmp_path: Path) -> None:
    # 请…于…前报送: the bodies asked do that part of the item, after the one that runs it; a
    # request for instructions (请示) asks nobody
    text = (
        "某省世界无烟日宣传活动方案\n"
        "\n"
        "（一）举办控烟主题摄影展\n"
        "主办：省控烟办\n"
        "内容：征集控烟主题摄影作品，评选优秀作品巡回展出。\n"
        "要求：请各市控烟办、省直有关部门于4月底前向省控烟办报送参展作品。\n"
        "\n"
        "（二）开展无烟机关评选\n"
        "主办：省爱卫办\n"
        "要求：评选结果报省政府请示后公布。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("省控烟办", ["省控烟办", "各市控烟办", "省直有关部门"]),
        ("省爱卫办", ["省爱卫办"]),
    ]


def test_every_hospital_a_rule_binds_is_no_department(tmp_path: Path) -> None:
    # 医院 / 二级以上医院 with no name of their own are the units a rule binds, listed beside the
    # body it charges; a named hospital is a body
    text = _regulation(
        "卫生健康部门与医院应当建立安全信息通报机制。",
        "二级以上医院应当设立安全保卫部门。区人民医院负责急诊分诊的培训。",
        "市体育局负责游泳场所的安全检查。",
    )
    assert led_tasks(tmp_path, text) == [
        ("卫生健康部门", ["卫生健康部门"]),
        ("区人民医院", ["区人民医院"]),
        ("市体育局", ["市体育局"]),
    ]


def test_the_body_that_carries_the_work_out_as_the_rules_have_it(tmp_path: Path) -> None:
    # 由甲机关按照…规定进行…: that body does the work as the rules have it
    text = _regulation(
        "泳客情绪失控的，经营者应当报告公安机关，由公安机关按照本办法第二条的规定进行处置。",
        "市体育局负责游泳场所的安全检查。",
    )
    assert led_tasks(tmp_path, text) == [
        ("公安机关", ["公安机关"]),
        ("市体育局", ["市体育局"]),
    ]


def test_the_unnamed_bodies_of_an_article_are_those_its_points_name(tmp_path: Path) -> None:
    # 有关部门应当履行下列职责：⏎（一）甲部门负责…: the article charges the bodies its points
    # name, the first leading; each point is a task of its body too
    text = _regulation(
        "市、区人民政府有关部门在游泳场所管理中应当履行下列职责：\n\n"
        "（一）体育主管部门负责泳池开放条件的审核；\n\n"
        "（二）卫生健康主管部门负责水质的卫生监测；\n\n"
        "（三）应急管理主管部门负责溺水事故的救援协调。",
        "市体育局负责游泳场所的安全检查。",
    )
    found = led_tasks(tmp_path, text)
    bodies = ["体育主管部门", "卫生健康主管部门", "应急管理主管部门"]
    assert found[0] == ("体育主管部门", bodies)
    assert found[1:4] == [(body, [body]) for body in bodies]
    assert found[-1] == ("市体育局", ["市体育局"])
