"""Kinds of responsibility language met in the third held-out part (stop 22): a regulation's
articles that name a body as the subject of its duties, run into one line; bodies listed
under their own names with their duties as points; a body named before a colon; kinds of body
sharing one head; a role label a line break cut. Each plan below is written to show its
kind, not copied from a scored document."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.extraction.departments import item_departments, not_a_department
from tasks_helpers import extracted_tasks


def _tasks(tmp_path: Path, text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(t.text, t.lead_department, t.departments) for t in extracted_tasks(tmp_path, text)]


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


def test_bodies_named_as_who_must_do_an_items_work(tmp_path: Path) -> None:
    """An item that names its departments only as the subjects of its sentences (…要…, …适时…),
    a clause after a comma included; a body whose name holds 应 (应急管理局) stays whole."""
    plan = (
        "一、工作步骤\n"
        "（一）准备阶段（2025年3月底前）。各级卫生健康行政部门、疾控主管部门要制定工作计划。\n"
        "（二）实施阶段。县应急管理局要组织演练,县卫健局适时开展督导。"
        "在评估阶段,各乡镇卫生院和县疾控中心要报送总结,县医保局也要配合。\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, plan)] == [
        ("各级卫生健康行政部门", ["各级卫生健康行政部门", "疾控主管部门"]),
        ("县应急管理局", ["县应急管理局", "县卫健局", "各乡镇卫生院", "县疾控中心", "县医保局"]),
    ]


def test_a_subject_that_is_no_body_names_no_department() -> None:
    assert item_departments("（三）总结阶段。各项工作要按时完成,个人应当配合检查。") is None


def test_a_cell_stating_building_work_is_no_body(tmp_path: Path) -> None:
    """新(改、扩)建一批中小学校 ends like a school, 新(改)建村卫生室 like an office: work."""
    table = (
        "序号\n\n项目类别\n\n项目名称\n\n建设内容\n\n牵头单位\n\n配合单位\n\n"
        "1\n\n教育提升工程\n\n新(改、扩)建一批幼儿园\n\n新建幼儿园3所。\n\n县教体局\n\n各乡镇\n\n"
        "2\n\n健康乡村工程\n\n新(改)建村卫生室\n\n新(改)建村卫生室20家。\n\n县卫健局\n\n县财政局\n\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, table)] == [
        ("县教体局", ["县教体局", "各乡镇"]),
        ("县卫健局", ["县卫健局", "县财政局"]),
    ]


def test_a_table_run_into_one_line_its_rows_closing_with_spaced_cells(tmp_path: Path) -> None:
    """A conversion ran a 任务分解表 into one line, cells a space apart: each row closes with
    its department cells after its last sentence; points numbered inside a cell stay its own."""
    plan = (
        "创建健康县城任务分解表 序号 标准条款 工作要求 牵头单位 责任单位 "
        "1 健全健康县城工作机制。 组织 1.成立领导小组;2.制定工作方案。 县卫健局 各乡镇 "
        "2 开展健康细胞建设。 建设 1、创建健康村;2、创建健康学校。 县卫健局 县教体局 各乡镇 "
        "3、完善公共体育设施。 县文旅局 各乡镇\n"
    )
    tasks = _tasks(tmp_path, plan)
    assert [(lead, names) for _, lead, names in tasks] == [
        ("县卫健局", ["县卫健局", "各乡镇"]),
        ("县卫健局", ["县卫健局", "县教体局", "各乡镇"]),
        ("县文旅局", ["县文旅局", "各乡镇"]),
    ]
    assert "健全健康县城工作机制" in tasks[0][0] and "2.制定工作方案" in tasks[0][0]


def test_a_one_line_plan_whose_excerpt_ends_in_its_first_item(tmp_path: Path) -> None:
    plan = (
        "全民健身实施方案为贯彻落实…,制定本方案。一、主要目标到2025年,经常参加体育锻炼人数比例"
        "达到38%。二、重点任务(一)完善健身设施。1. 建设全民健身中心。新建一批社区健身点"
        "(县文旅局、县 住建局、县自然资源局负责)\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, plan)] == [
        ("县文旅局", ["县文旅局", "县住建局", "县自然资源局"]),
    ]


def test_an_article_number_run_into_a_name_and_a_person_as_subject() -> None:
    """第十六条市爱卫办…: the article's number is no part of the name; 单位和个人应当…: a person
    is no body, so the sentence names no department."""
    found = item_departments("第十六条县爱卫办、县卫健局应定期开展检查")
    assert found is not None
    assert found.names == ["县爱卫办", "县卫健局"]
    assert item_departments("第九条单位和个人应当积极参加防制活动") is None


def test_items_numbered_on_after_a_heading_line_in_one_line(tmp_path: Path) -> None:
    """（一）甲…（…负责）（二）乙…: the line opens with its first item, the next numbered on
    inside it; (二) continues (一), it opens no excerpt of its own."""
    plan = (
        "2024年工作要点\n"
        "（一）推进医联体建设。（县卫健局和各乡镇人民政府负责）（二）完善医保支付。（县医保局负责）\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, plan)] == [
        ("县卫健局", ["县卫健局", "各乡镇人民政府"]),
        ("县医保局", ["县医保局"]),
    ]


@pytest.mark.parametrize(
    ("item", "lead", "names"),
    [
        # the body of the first sentence, then a later sentence's subject (union, lead first)
        (
            "民政部门负责临时救助工作，做好入户核查。疾病预防控制部门要加强防疫指导。",
            "民政部门",
            ["民政部门", "疾病预防控制部门"],
        ),
        # but not past a regulation's next article run into the line
        (
            "各乡镇政府负责辖区内孳生地治理。第九条县爱卫办应定期开展检查。",
            "各乡镇政府",
            ["各乡镇政府"],
        ),
        # a body as a sentence of its own: a later sentence's subject does part of its duty
        (
            "卫生部门。按照属地原则做好病人救治，定点医院要开通绿色通道。",
            "卫生部门",
            ["卫生部门"],
        ),
        # a body, then where or when it does its duty
        ("公安部门在执行公务时，要做好引导和护送工作。", "公安部门", ["公安部门"]),
    ],
)
def test_the_bodies_of_an_items_sentences(
    tmp_path: Path, item: str, lead: str, names: list[str]
) -> None:
    text = "部门职责\n（一）" + item + "\n（二）财政部门负责经费保障。\n"
    assert _tasks(tmp_path, text)[0][1:] == (lead, names)
