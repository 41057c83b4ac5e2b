"""Plans and regulations written in our own words (invented items and articles) for the kinds of
language unseen documents brought in stop 29: a role line listing a group's members, bodies
named in prose by their sector alone, and the like."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks


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
    text = (
        _OPENING
        + "".join(f"第{n}条 {a}\n" for n, a in zip("二三四五六七八", articles, strict=False))
        + _CLOSING
    )
    found = led_tasks(tmp_path, text)
    assert found[-1] == ("市爱卫办", ["市爱卫办"])
    return found[:-1]


def test_sectors_and_a_category_a_comma_before_their_remit(tmp_path: Path) -> None:
    # 甲、乙等部门以及丙主体，按照各自职责…: each sector a body, the 主体 a category left out
    assert _articles(
        tmp_path,
        "城管部门主管本市环境卫生工作。\n\n"
        "交通、水务、绿化、农业等部门以及市属国资主体，按照各自职责做好相关工作。",
    ) == [("城管部门", ["城管部门", "交通", "水务", "绿化", "农业"])]


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
