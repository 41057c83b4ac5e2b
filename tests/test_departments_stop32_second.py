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
