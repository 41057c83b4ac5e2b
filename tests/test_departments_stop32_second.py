"""Regulations written in our own words for the kinds of department language the second
department round of stop 32 read."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks, regulation


def _regulation(*articles: str) -> str:
    return regulation("某省献血管理条例", "为了保障临床用血，制定本条例。", *articles)


def test_a_body_the_levels_set_up_with_no_government_written(tmp_path: Path) -> None:
    # 市和区县（市）设立的甲机构: the levels set the agency up, each level's agency does the duty
    text = _regulation(
        "市和区县（市）设立的采血服务管理机构，协助开展献血的动员和组织工作。",
        "市民政局负责献血者的优待工作。",
    )
    assert led_tasks(tmp_path, text) == [
        ("市采血服务管理机构", ["市采血服务管理机构", "区县（市）采血服务管理机构"]),
        ("市民政局", ["市民政局"]),
    ]


def test_the_cities_a_province_governs_beside_the_counties(tmp_path: Path) -> None:
    # 省辖市、县（市、区）甲部门: a level of its own (the province's cities), not 省 and 辖市
    text = _regulation(
        "省卫生健康部门负责全省献血工作。省辖市、县（市、区）卫生健康部门负责本行政区域内的"
        "献血工作。",
    )
    assert led_tasks(tmp_path, text) == [
        (
            "省卫生健康部门",
            ["省卫生健康部门", "省辖市卫生健康部门", "县（市、区）卫生健康部门"],
        ),
    ]


def test_the_units_a_place_certifies_are_no_body(tmp_path: Path) -> None:
    # 本省对甲机构实行资质认证制度: the units are what the rule governs; the department that
    # certifies them and writes the rules answers for the article
    text = _regulation(
        "本省对血液检验机构实行资质认证制度。未经省卫生健康部门认证的单位，不得从事血液检验。"
        "资质认证的具体办法由省卫生健康部门制定。",
        "市民政局负责献血者的优待工作。",
    )
    assert led_tasks(tmp_path, text) == [
        ("省卫生健康部门", ["省卫生健康部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_who_makes_the_detailed_rules_with_whom(tmp_path: Path) -> None:
    # 具体办法由甲部门会同乙、丙等部门制定: the maker and its partners answer for the article's
    # rules beside the body the article charges; a maker the article already names counts once
    text = _regulation(
        "县级以上人民政府应当对无偿献血者给予表彰。\n\n"
        "具体表彰办法由省卫生健康部门会同财政、民政等部门制定。",
        "省卫生健康部门负责献血者的信息管理。具体管理办法由省卫生健康部门会同省公安部门制定。",
    )
    assert led_tasks(tmp_path, text) == [
        (
            "县级以上人民政府",
            ["县级以上人民政府", "省卫生健康部门", "财政部门", "民政部门"],
        ),
        ("省卫生健康部门", ["省卫生健康部门", "省公安部门"]),
    ]


def test_the_pairs_a_regulation_joins_by_and_are_one_entry(tmp_path: Path) -> None:
    # 镇（乡）人民政府和街道办事处, 居民委员会和村民委员会: a place has the one or the other;
    # 地方各级人民政府和政府有关部门: the government and its own departments, as written
    text = _regulation(
        "镇（乡）人民政府和街道办事处应当组织辖区居民参加献血。",
        "居民委员会和村民委员会应当动员居民参加献血。",
        "地方各级人民政府和政府有关部门应当开展献血宣传。",
    )
    assert led_tasks(tmp_path, text) == [
        ("镇（乡）人民政府和街道办事处", ["镇（乡）人民政府和街道办事处"]),
        ("居民委员会和村民委员会", ["居民委员会和村民委员会"]),
        ("地方各级人民政府和政府有关部门", ["地方各级人民政府和政府有关部门"]),
    ]


def test_the_government_of_a_level_the_acting_body_assists(tmp_path: Path) -> None:
    # 甲应当协助县级以上人民政府开展…: the government answers for the work assisted, after 甲;
    # 同级人民政府 (a relative level) and 乡镇人民政府 (assisted by its grass roots) do not
    text = _regulation(
        "市红十字会应当协助县级以上人民政府卫生健康部门开展献血宣传。",
        "区红十字会协助同级人民政府开展献血表彰。",
        "村民委员会协助乡镇人民政府做好献血动员。",
    )
    assert led_tasks(tmp_path, text) == [
        ("市红十字会", ["市红十字会", "县级以上人民政府卫生健康部门"]),
        ("区红十字会", ["区红十字会"]),
        ("村民委员会", ["村民委员会"]),
    ]


def test_persons_and_a_units_alternatives_are_no_bodies(tmp_path: Path) -> None:
    # 甲部门及有关人员对…单位负有…: persons, and what they owe a unit; 由所在单位或上级主管部门
    # 给予处分: the unit a person works in or whoever supervises it, no body the ledger holds
    text = _regulation(
        "卫生健康部门及有关人员对献血单位提供的资料负有保密义务，应当妥善保管。",
        "违反本条例规定的，由县级以上卫生健康部门责令改正；对直接负责的主管人员，由所在单位或"
        "上级主管部门依法给予处分。",
    )
    assert led_tasks(tmp_path, text) == [
        ("卫生健康部门", ["卫生健康部门"]),
        ("县级以上卫生健康部门", ["县级以上卫生健康部门"]),
    ]


def test_designating_allowing_recovering_and_ruling_bodies(tmp_path: Path) -> None:
    # 甲部门指定…机构作为…: the designating body acts; 乙政府可根据本条例制定…: 可 alone allows;
    # …的，由丙部门追回违法所得: the body that recovers; 对复核结果有异议时，由丁部门裁定: the body
    # that rules
    text = _regulation(
        "县级以上卫生健康部门指定符合条件的血站作为辖区应急供血中心。",
        "省人民政府可根据本条例制定实施细则。",
        "违反本条例规定，骗取献血者用血费用的，由卫生健康部门追回违法所得。",
        "献血者对检测结果有异议时，可以申请复检。对复检结果有异议时，由省卫生健康部门裁定。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上卫生健康部门", ["县级以上卫生健康部门"]),
        ("省人民政府", ["省人民政府"]),
        ("卫生健康部门", ["卫生健康部门"]),
        ("省卫生健康部门", ["省卫生健康部门"]),
    ]


def test_the_provincial_levels_and_a_governments_other_departments(tmp_path: Path) -> None:
    # 省、自治区、直辖市人民政府甲部门: one level's alternatives, one body as written;
    # 县级以上人民政府乙部门和其他有关部门: the others are that government's, written with it
    text = _regulation(
        "国务院卫生健康部门制定全国献血规划。省、自治区、直辖市人民政府卫生健康部门根据全国"
        "献血规划，制定本行政区域的献血计划。",
        "县级以上人民政府卫生健康部门和其他有关部门应当组织开展献血知识培训。",
    )
    assert led_tasks(tmp_path, text) == [
        ("国务院卫生健康部门", ["国务院卫生健康部门", "省、自治区、直辖市人民政府卫生健康部门"]),
        (
            "县级以上人民政府卫生健康部门",
            ["县级以上人民政府卫生健康部门", "县级以上人民政府其他有关部门"],
        ),
    ]


def test_a_field_whose_administrative_word_qualifies_its_work(tmp_path: Path) -> None:
    # …、综合行政执法等行政部门: the enforcement's 行政 is no kind word, each field's body takes
    # the list's 行政部门 (司法行政 ends with it and takes 部门 alone)
    text = _regulation(
        "民政、司法行政、综合行政执法等行政部门应当按照各自职责，协同做好献血工作。",
    )
    assert led_tasks(tmp_path, text) == [
        ("民政行政部门", ["民政行政部门", "司法行政部门", "综合行政执法行政部门"]),
    ]


def test_the_levels_bodies_said_with_of(tmp_path: Path) -> None:
    # 市和区、县的甲部门: each level's body, as 市和区、县甲部门 is
    text = _regulation(
        "市卫生健康部门负责全市献血工作。市和区、县的民政部门依照各自的职责，协同做好献血者优待工作。",
    )
    assert led_tasks(tmp_path, text) == [
        ("市卫生健康部门", ["市卫生健康部门", "市民政部门", "区、县民政部门"]),
    ]


def test_the_local_government_is_no_body(tmp_path: Path) -> None:
    # 当地政府: whichever place's government, no body (as 所在地人民政府)
    text = _regulation(
        "县级以上卫生健康部门应当会同当地政府做好献血者的优待工作。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上卫生健康部门", ["县级以上卫生健康部门"]),
    ]


def test_units_named_by_their_trade_beside_a_body(tmp_path: Path) -> None:
    # 甲部门和从事…服务的机构，应当…: the units of a trade are bound, the body is charged; the same
    # units beside the social kind alone (…的企业和社会组织应当…) add no department
    text = _regulation(
        "县级以上卫生健康部门和从事献血宣传服务的机构，应当开展献血知识宣传。",
        "市民政局负责献血者的优待工作。\n\n从事献血服务的企业和社会组织应当支持献血工作。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上卫生健康部门", ["县级以上卫生健康部门"]),
        ("市民政局", ["市民政局"]),
    ]
