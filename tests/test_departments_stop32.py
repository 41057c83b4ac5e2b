"""Plans and regulations written in our own words for the kinds of department language stop 32
read."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks


def test_the_districts_and_county_level_cities_under_one_every(tmp_path: Path) -> None:
    # 各区、县级市政府: a city holds districts and county-level cities, alternatives for one
    # level under one 各, as 各区、市政府 is; one collective entry, also after 各有关
    plan = (
        "二、主要任务\n"
        "    1.推进老旧小区改造。完成改造任务。（牵头单位：市住建局，配合单位：市财政局，"
        "各区、县级市政府）\n"
        "    2.扩大学位供给。新建一批学校。（牵头单位：市教育局，配合单位：各有关区、县级市政府）\n"
    )
    assert led_tasks(tmp_path, plan) == [
        ("市住建局", ["市住建局", "市财政局", "各区、县级市政府"]),
        ("市教育局", ["市教育局", "各有关区、县级市政府"]),
    ]


def test_a_layout_the_work_improves_is_no_bureau(tmp_path: Path) -> None:
    # 优化…空间布局，大力…: the sentence opening an item's work ends as a bureau's name does
    # (布局, 格局), but it names the work; the role bracket names the body
    plan = (
        "二、主要任务\n"
        "    1.完善公共安全体系。优化应急避难场所空间布局，大力整合全市监控资源。"
        "（牵头单位：市应急局）\n"
        "    2.发展社区养老。形成城乡统筹养老服务新格局，大力扩大服务供给。（牵头单位：市民政局）\n"
    )
    assert led_tasks(tmp_path, plan) == [
        ("市应急局", ["市应急局"]),
        ("市民政局", ["市民政局"]),
    ]
