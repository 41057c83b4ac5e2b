"""Plans and regulations written in our own words for the kinds of department language stop 32
read."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks, regulation


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


def _regulation(*articles: str) -> str:
    return regulation("某市康复服务条例", "为了发展康复服务，制定本条例。", *articles)


def test_levels_written_once_before_a_list_are_each_bodys(tmp_path: Path) -> None:
    # 市、区甲部门、乙部门 / 市、区甲、乙等部门: the levels before the first name are every
    # name's that has no place of its own, each level's body an entry; the first sentence's
    # body leads though its name is built from a field and a kind written once
    regulation = _regulation(
        "市、区民政部门、残疾人工作主管部门应当采取下列措施，加强社区康复服务能力建设。",
        "市、区民政、医疗保障等部门制定康复服务政策措施，应当听取残疾人工作主管部门意见。\n\n"
        "市、区残疾人工作主管部门、财政部门应当建立康复机构绩效考核制度。",
        "市卫生健康局负责康复服务的业务指导，市财政局负责经费保障。",
    )
    assert led_tasks(tmp_path, regulation) == [
        (
            "市民政部门",
            ["市民政部门", "区民政部门", "市残疾人工作主管部门", "区残疾人工作主管部门"],
        ),
        (
            "市民政部门",
            [
                "市民政部门",
                "区民政部门",
                "市医疗保障部门",
                "区医疗保障部门",
                "市残疾人工作主管部门",
                "区残疾人工作主管部门",
                "市财政部门",
                "区财政部门",
            ],
        ),
        ("市卫生健康局", ["市卫生健康局", "市财政局"]),
    ]


def test_a_body_that_sets_a_standard_opens_its_article(tmp_path: Path) -> None:
    # 甲部门确定…标准应当…: the body that sets it is the article's subject; what a body has
    # determined (市人民政府确定的…) is not
    regulation = _regulation(
        "市医疗保障部门确定康复服务的收费项目和标准应当听取各方面意见。",
        "市人民政府确定的康复服务项目，由市民政部门组织实施。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市医疗保障部门", ["市医疗保障部门"]),
        ("市民政部门", ["市民政部门"]),
    ]
