"""Regulations written in our own words (invented articles) for the kinds of department language
the second round of stop 31 read: the grounds a body acts on, said between the body a text
names after 由 and its act."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks, regulation


def _regulation(*articles: str) -> str:
    return regulation("某县公共浴室卫生管理办法", "为了保障公共浴室卫生，制定本办法。", *articles)


def test_the_grounds_between_the_body_after_you_and_its_act(tmp_path: Path) -> None:
    # 由甲部门按照规划组织调整 / 由乙部门根据…和本县实际情况制定 / 由丙中心根据…等情况指定: a
    # plan or the conditions weighed, as well as the rules, are what the body acts on; the body
    # still does the work
    regulation = _regulation(
        "开办足浴店应当符合本县网点规划。已开办的足浴店不符合规划的，由县商务部门按照规划组织调整。",
        "足浴店的卫生规范应当统一。具体规范由县卫生行政部门根据国家标准和本县实际情况制定。",
        "足浴店从业人员的培训，由县市场监管部门根据工作需要统一组织实施。",
        "县卫生健康局负责足浴店的卫生监督。\n\n"
        "定点的消毒服务机构由县疾病预防控制中心根据网点布局、人口分布等情况指定，并向社会公布。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县商务部门", ["县商务部门"]),
        ("县卫生行政部门", ["县卫生行政部门"]),
        ("县市场监管部门", ["县市场监管部门"]),
        ("县卫生健康局", ["县卫生健康局", "县疾病预防控制中心"]),
    ]


def test_the_body_whose_command_a_unit_obeys_directs_the_work(tmp_path: Path) -> None:
    # 服从甲中心的统一组织、管理 / 接受乙部门的统一监督管理: the body a rule has others obey or
    # answer to takes part in the article's work; a government left unnamed (接受政府的指导)
    # does not
    regulation = _regulation(
        "县卫生健康局负责足浴店的卫生监督。\n\n"
        "志愿者参与消毒服务的，应当服从县疾病预防控制中心的统一组织、管理。",
        "县红十字会可以开展急救培训，并接受县卫生健康局的统一监督管理。",
        "县商务部门负责足浴店的网点布局，督促经营者接受政府的指导。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县卫生健康局", ["县卫生健康局", "县疾病预防控制中心"]),
        ("县红十字会", ["县红十字会", "县卫生健康局"]),
        ("县商务部门", ["县商务部门"]),
    ]
