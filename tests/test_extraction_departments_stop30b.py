"""Regulations and plans written in our own words (invented articles and items) for the kinds of
department language the second round of stop 30 read: the body under whose leadership an
article's subject does its duty."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks


def _regulation(article: str) -> str:
    return (
        "某市职业病防治条例\n"
        "第一条 为了预防职业病，制定本条例。\n"
        f"第二条 {article}\n"
        "第三条 本条例自公布之日起施行。\n"
    )


def test_the_body_whose_leadership_a_subject_works_under_is_the_articles(tmp_path: Path) -> None:
    # 乙在甲政府的统一领导和丙委的业务指导下，负责…: the government leading the work answers
    # for it, named after the body it leads; the guiding body named once
    article = (
        "市卫生健康委负责全市职业病防治的监督管理。\n\n"
        "区卫生健康局在区人民政府的统一领导和市卫生健康委的业务指导下，负责本区职业病防治工作。"
    )
    assert led_tasks(tmp_path, _regulation(article))[0] == (
        "市卫生健康委",
        ["市卫生健康委", "区卫生健康局", "区人民政府"],
    )


def test_a_leader_named_relative_to_the_place_or_the_level_is_none(tmp_path: Path) -> None:
    # 当地政府 and a 各级 body over a 各级 subject are each place's or level's own (as 同级 is)
    article = (
        "疾病预防控制机构在当地人民政府的领导下，负责职业病监测。\n\n"
        "在各级职业病防治领导小组的统一领导下，各级卫生监督机构负责现场检查。"
    )
    assert led_tasks(tmp_path, _regulation(article))[0] == (
        "疾病预防控制机构",
        ["疾病预防控制机构", "各级卫生监督机构"],
    )


def test_a_body_that_organises_the_work_answers_for_none_of_it(tmp_path: Path) -> None:
    # 在甲的统一组织下，乙负责…: 甲 arranges the work, 乙 answers for it
    article = "区疾病预防控制中心在区卫生健康局的统一组织下，负责职业健康检查的质量控制。"
    assert led_tasks(tmp_path, _regulation(article))[0] == (
        "区疾病预防控制中心",
        ["区疾病预防控制中心"],
    )


def test_named_learned_societies_act_their_kind_word_dropped(tmp_path: Path) -> None:
    # 甲学会、乙学会等学术团体按照各自职责…: each named society is given a duty of its own; the
    # kind after 等 names none (as 等行业组织 does)
    article = (
        "市卫生健康委负责全市职业病防治的监督管理。\n\n"
        "市职业安全学会、市劳动卫生学会等学术团体按照各自职责，参与职业健康宣传。"
    )
    assert led_tasks(tmp_path, _regulation(article))[0] == (
        "市卫生健康委",
        ["市卫生健康委", "市职业安全学会", "市劳动卫生学会"],
    )


def test_named_trade_associations_in_a_plans_item(tmp_path: Path) -> None:
    # a plan's item whose own sentence has named associations do the work: 等行业协会 names none
    text = (
        "某市康复服务提升行动方案\n一、重点任务\n"
        "1.加强康复人才培养。市康复医师协会、市治疗师协会等行业协会要组织开展规范化培训。\n"
        "2.加强宣传。（市委宣传部负责）\n"
    )
    assert led_tasks(tmp_path, text)[0] == ("市康复医师协会", ["市康复医师协会", "市治疗师协会"])


def test_partners_left_unnamed_after_huitong_are_no_department(tmp_path: Path) -> None:
    # 甲部门会同有关部门负责…: 有关部门 names nobody; a named partner or collective still counts
    article = (
        "区卫生健康局会同有关部门负责本条例的实施。\n\n"
        "区应急管理局会同区人力资源社会保障局负责事故调查。"
    )
    assert led_tasks(tmp_path, _regulation(article))[0] == (
        "区卫生健康局",
        ["区卫生健康局", "区应急管理局", "区人力资源社会保障局"],
    )


def test_a_subject_sharing_its_duties_out_over_the_points_below_is_none(tmp_path: Path) -> None:
    # 有关部门按照以下分工负责…：（一）…: the points name the bodies; the subject refers to them,
    # and the body given an act of authority in the article's last paragraph is its own
    text = (
        "某市控制吸烟条例\n"
        "第一条 为了控制吸烟，制定本条例。\n"
        "第二条 相关执法部门按照以下分工负责对禁烟场所的监督管理：\n\n"
        "（一）教育行政部门负责对学校的监督管理；\n\n"
        "（二）体育行政部门负责对体育场馆的监督管理。\n\n"
        "监督部门难以确定的，由区人民政府指定一个部门进行监督管理。\n"
        "第三条 本条例自公布之日起施行。\n"
    )
    assert ("区人民政府", ["区人民政府"]) in led_tasks(tmp_path, text)
    assert all("相关执法部门" not in names for _, names in led_tasks(tmp_path, text))


def test_the_body_a_unit_registers_with_grants_the_registration(tmp_path: Path) -> None:
    # 向甲部门办理注册登记: 甲 registers it, an act of authority as 经乙审查同意 and 向丙申请 are,
    # each body in the order the article names it
    article = (
        "康复机构依法登记后，方可开展康复服务。\n\n"
        "设立营利性康复机构的，应当向市场监督管理部门办理注册登记。\n\n"
        "设立非营利性康复机构的，应当经卫生健康主管部门审查同意，向民政部门申请办理登记。"
    )
    assert led_tasks(tmp_path, _regulation(article))[0] == (
        "市场监督管理部门",
        ["市场监督管理部门", "卫生健康主管部门", "民政部门"],
    )


def test_institutions_that_examine_treat_or_relieve_people_of_a_kind_are_categories(
    tmp_path: Path,
) -> None:
    # 职业健康检查机构, 诊疗机构, 救助机构 bind every institution of the kind, as 康复机构 does;
    # an authority's own agency (卫生监督机构) and one a level names (区救助管理机构) stay bodies
    article = (
        "职业健康检查机构、心理诊疗机构和社会救助机构应当建立健康档案。\n\n"
        "卫生监督机构负责监督检查，区救助管理机构负责转介。"
    )
    assert led_tasks(tmp_path, _regulation(article))[0] == (
        "卫生监督机构",
        ["卫生监督机构", "区救助管理机构"],
    )


def test_the_body_that_issues_a_licence_or_entrusts_the_work_acts(tmp_path: Path) -> None:
    # 取得甲部门核发的许可证, 持有乙局颁发的证书, 受丙会委托后方能…: each such body acts with
    # authority, in the order named after the article's subject
    article = (
        "市卫生健康委负责全市职业健康检查的监督管理。\n\n"
        "检查单位应当取得市生态环境局核发的辐射安全许可证，其车辆持有市公安局颁发的通行证。\n\n"
        "开展检查的单位，受市职业病防治院委托后，方能开展检查。"
    )
    assert led_tasks(tmp_path, _regulation(article))[0] == (
        "市卫生健康委",
        ["市卫生健康委", "市生态环境局", "市公安局", "市职业病防治院"],
    )


def test_a_body_that_entrusted_a_unit_named_in_passing_is_none(tmp_path: Path) -> None:
    # 受甲部门委托的乙机构…: the unit's description, not an act of authority in the article;
    # 接受政府委托: no government named
    article = (
        "受市卫生健康委委托的职业病诊断机构，在本系统内开展诊断工作。\n\n"
        "市残疾人联合会依照法律或者接受政府委托，开展康复工作。"
    )
    assert all(
        "市卫生健康委" not in names and "政府" not in names
        for _, names in led_tasks(tmp_path, _regulation(article))
    )
