"""Kinds of responsibility language met in the third held-out part (stop 22): a regulation's
articles that name a body as the subject of its duties, run into one line; bodies listed
under their own names with their duties as points; a body named before a colon; kinds of body
sharing one head; a role label a line break cut. Each plan below is written to show its
kind, not copied from a scored document."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.extraction import extract
from healthplan.extraction.departments import item_departments, not_a_department


def _tasks(tmp_path: Path, text: str) -> list[tuple[str, str | None, list[str]]]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract([path], link=False)
    return [(t.text, t.lead_department, t.departments) for t in result.tasks]


def test_a_role_label_a_line_break_cut_is_one_label() -> None:
    item = "推进医养结合。（牵头单位：县卫健局，配合部\n门：县民政局、县医保局）"
    found = item_departments(item)
    assert found is not None
    assert (found.lead, found.names) == ("县卫健局", ["县卫健局", "县民政局", "县医保局"])
    # the piece before the break alone is no body that ends in 部
    assert not_a_department("配合部") == "a fragment"
    assert not_a_department("协办单") == "a fragment"
    assert not_a_department("宣传部") is None


def test_a_regulations_articles_run_into_one_line_each_body_its_duty(tmp_path: Path) -> None:
    """第X条 … 按照下列分工负责：(一)甲负责…,(二)乙…: items after a comma, an excerpt leaving
    articles out ((一)(三)(七)), a body doing its part 根据各自职责 or with 要."""
    plan = (
        "某市控烟管理办法第一条为保护公众健康,第四条市、县(区)卫生健康部门应当履行下列职责:"
        "(一)组织控烟宣传,(四)督促各单位落实控烟制度,有关部门按照下列分工做好控烟工作:"
        "(一)市教育局负责监督管理各类学校的控烟工作,(三)市文旅局、市体育局根据各自职责负责"
        "文化体育场所的控烟工作,(七)各县(区)人民政府要负责辖区内的控烟工作,第九条个人应当遵守"
        "本办法。\n"
    )
    found = {
        text.split(")", 1)[1][:4]: (lead, names) for text, lead, names in _tasks(tmp_path, plan)
    }
    assert found["市教育局"] == ("市教育局", ["市教育局"])
    assert found["市文旅局"] == ("市文旅局", ["市文旅局", "市体育局"])
    assert found["各县(区"] == ("各县(区)人民政府", ["各县(区)人民政府"])


def test_bodies_listed_under_their_names_with_their_duties_as_points(tmp_path: Path) -> None:
    plan = (
        "突发事件应急预案\n"
        "（三）部门职责\n"
        "1.卫生健康部门。\n"
        "(1)负责医疗救治和疾病预防控制。\n"
        "(2)组织专家开展风险评估。\n"
        "2.民政部门:负责受灾群众的基本生活救助。\n"
        "3.公安、消防部门:负责维护现场秩序,会同卫生健康部门转运伤员。\n"
        "4.县(区)人民政府:组织本辖区的先期处置。\n"
    )
    tasks = _tasks(tmp_path, plan)
    assert [(lead, names) for _, lead, names in tasks] == [
        ("卫生健康部门", ["卫生健康部门"]),
        ("民政部门", ["民政部门"]),
        ("公安部门", ["公安部门", "消防部门"]),
        ("县(区)人民政府", ["县(区)人民政府"]),
    ]
    assert "(2)组织专家" in tasks[0][0]  # the points are the body's task


def test_a_heading_that_states_work_keeps_its_points_apart(tmp_path: Path) -> None:
    """建设区域医疗中心 ends like a body's name but states work: its points stay tasks."""
    plan = (
        "重点任务\n"
        "1.建设区域医疗中心。\n"
        "(1)完成主体工程。（市卫健委负责）\n"
        "(2)配齐设备。（市财政局负责）\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, plan)] == [
        ("市卫健委", ["市卫健委"]),
        ("市财政局", ["市财政局"]),
    ]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("交通、铁路部门：负责运送防疫物资", ["交通部门", "铁路部门"]),
        ("教育、卫生健康行政部门：负责学生体检", ["教育行政部门", "卫生健康行政部门"]),
        ("县卫健局、财政、审计部门：负责资金监管", ["县卫健局", "财政部门", "审计部门"]),
    ],
)
def test_kinds_of_body_sharing_one_head(item: str, names: list[str]) -> None:
    found = item_departments(item)
    assert found is not None
    assert (found.lead, found.names) == (names[0], names)


def test_a_joint_inspection_list_names_who_starts_it_first(tmp_path: Path) -> None:
    """发起部门 | 配合部门: the body that starts an inspection leads, the others join in."""
    table = (
        "序号 | 抽查事项 | 检查对象 | 发起部门 | 配合部门 |\n"
        "1 | 游泳场所水质抽查 | 各类游泳场所 | 县卫健局 | 县体育局 |\n"
        "2 | 托育机构抽查 | 托育机构 | 县卫健局 | 县市场监管局、县消防救援大队 |\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, table)] == [
        ("县卫健局", ["县卫健局", "县体育局"]),
        ("县卫健局", ["县卫健局", "县市场监管局", "县消防救援大队"]),
    ]


@pytest.mark.parametrize(
    ("item", "lead", "names"),
    [
        # 由…组织 and the work it organises
        ("第二阶段。由县爱卫办组织对各乡镇开展交叉检查。", "县爱卫办", ["县爱卫办"]),
        # the rest of the same scope after 和: one collective
        (
            "全县各部门和有关单位要负责本系统的控烟工作。",
            "全县各部门和有关单位",
            ["全县各部门和有关单位"],
        ),
        ("县直各单位要负责本单位的环境卫生。", "县直各单位", ["县直各单位"]),
    ],
)
def test_who_organises_or_must_do_the_work(item: str, lead: str, names: list[str]) -> None:
    found = item_departments(item)
    assert found is not None
    assert (found.lead, found.names) == (lead, names)


def test_a_person_or_an_office_organised_is_no_department() -> None:
    assert item_departments("由分管副县长组织召开会议。") is None
    assert item_departments("由县卫健局组织机构改革。") is None
