"""More kinds of responsibility language that plans not seen before use: collectives over two
levels, notes after a role list, 等有关部门, any verb after 按职责分工, references that are no
department, items numbered 一是/二是 or with a bare number, plans on one line, unnumbered table
rows. Each plan below is written to show its kind, not copied from a scored document."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.extraction.departments import department_list, not_a_department
from tasks_helpers import titled_tasks

_tasks = titled_tasks


@pytest.mark.parametrize(
    ("item", "lead", "names"),
    [
        # 各 speaks of both levels' governments: one collective
        (
            "推进家庭医生签约。（县卫健局牵头，各乡镇人民政府、街道办事处负责）",
            "县卫健局",
            ["县卫健局", "各乡镇人民政府、街道办事处"],
        ),
        # …but a zone's committee beside the counties' governments is a body of another kind,
        # its own entry (README "## Tasks", stop 31)
        (
            "推进家庭医生签约。（责任单位：市卫健委，各县区人民政府、开发区管委会）",
            "市卫健委",
            ["市卫健委", "各县区人民政府", "开发区管委会"],
        ),
        (
            "推进家庭医生签约。（市卫健委牵头，各区、市政府负责落实）",
            "市卫健委",
            ["市卫健委", "各区、市政府"],
        ),
        # but a department of a level after a collective is a department of its own
        (
            "推进家庭医生签约。（责任单位：各乡镇卫生院、县疾控中心）",
            "各乡镇卫生院",
            ["各乡镇卫生院", "县疾控中心"],
        ),
        # a note after the list, inside the same parenthesis
        (
            "推进家庭医生签约。（市卫健委牵头，各县区政府负责落实。以下各项均需各县区政府落实，不再列出。）",
            "市卫健委",
            ["市卫健委", "各县区政府"],
        ),
        # the rest of the list left unnamed
        (
            "推进家庭医生签约。（责任单位：市卫健委、市医保局等有关部门）",
            "市卫健委",
            ["市卫健委", "市医保局"],
        ),
        (
            "推进家庭医生签约。（省卫健委、省财政厅等省直相关单位和各地级以上市人民政府按职责分工推进）",
            "省卫健委",
            ["省卫健委", "省财政厅", "各地级以上市人民政府"],
        ),
        # 由 … 牵头，会同 … 等部门: the partners after 会同, the 等部门 dropped
        (
            "推进家庭医生签约，由市卫健委牵头，会同市医保局、市财政局等部门组织实施。",
            "市卫健委",
            ["市卫健委", "市医保局", "市财政局"],
        ),
        ("推进家庭医生签约。（市卫健委等8个部门负责）", "市卫健委", ["市卫健委"]),
    ],
)
def test_lists_of_unseen_documents(tmp_path: Path, item: str, lead: str, names: list[str]) -> None:
    ((_, found_lead, found),) = _tasks(tmp_path, f"2024年工作要点\n一、重点任务\n1.{item}\n")
    assert (found_lead, found) == (lead, names)


def test_a_reference_to_the_others_of_a_list_is_no_department() -> None:
    from healthplan.extraction.departments import not_a_department

    assert not_a_department("其他单位") == "a reference"
    assert not_a_department("上述部门") == "a reference"
    assert not_a_department("其他成员单位") is None  # 成员单位: a collective of a body


def test_items_numbered_yi_shi_in_a_reports_paragraph(tmp_path: Path) -> None:
    text = (
        "关于重点民生实事进展情况的督查报告\n"
        "  今年涉及我县的任务有3个,分别为:一是新建村卫生室8所(责任单位:县卫健局);"
        "二是提高门诊报销比例(责任单位:县医保局、县财政局);三是改造农村公路50公里"
        "(责任单位:县交通局)。目前均已完成。\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, text)] == [
        ("县卫健局", ["县卫健局"]),
        ("县医保局", ["县医保局", "县财政局"]),
        ("县交通局", ["县交通局"]),
    ]


def test_the_points_of_a_numbered_work_item_stay_one_task(tmp_path: Path) -> None:
    text = (
        "2024年工作要点\n1.加强慢病管理。一是开展筛查(县卫健局负责);二是落实医保支付(县医保局负责)。\n"
        "2.推进家庭医生签约。(1)扩大签约(县卫健局负责);(2)落实签约服务费(县财政局负责)。\n"
    )
    assert [names for _, _, names in _tasks(tmp_path, text)] == [
        ["县卫健局", "县医保局"],
        ["县卫健局", "县财政局"],
    ]


def test_items_numbered_with_a_bare_number_at_the_start_of_their_line(tmp_path: Path) -> None:
    text = (
        "一、健康服务工程\n\n1新建社区卫生服务站\n\n牵头单位:区卫健局\n\n完成情况:达到序时进度\n\n"
        "2开展老年人健康体检\n\n牵头单位:区卫健局\n\n配合单位:各街道\n\n"
        "完成情况:截至6月底,完成体检3万人\n"
    )
    assert _tasks(tmp_path, text) == [
        ("新建社区卫生服务站", "区卫健局", ["区卫健局"]),
        ("开展老年人健康体检", "区卫健局", ["区卫健局", "各街道"]),
    ]


def test_a_plan_on_one_line_its_excerpt_starting_at_the_second_item(tmp_path: Path) -> None:
    text = (
        "健康促进实施方案 一、工作任务(一)改善环境卫生1.开展环境整治(2)创建目标:对公厕进行整治"
        "责任科室(单位):县人民医院、县中医院(3)创建目标:设置一米线提示标识。"
        "责任科室(单位):县疾控中心"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, text)][-2:] == [
        ("县人民医院", ["县人民医院", "县中医院"]),
        ("县疾控中心", ["县疾控中心"]),
    ]


def test_a_row_the_table_left_unnumbered_is_a_row_of_its_own(tmp_path: Path) -> None:
    text = (
        "序号 工作任务 责任科室 配合单位\n"
        "1 健全巩固国卫工作网络,做到人员稳定。 办公室 各区卫健局、 局属各单位\n"
        "2 将巩固国卫工作列入年度考核内容。 人事科 各区卫健局\n"
        "完成创建办下达的年度任务。 各科室\n"
        "3 每季度开展一次督导检查,做好病媒生物防制\n"
        "和健康教育。 疾控科 局属各单位\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, text)] == [
        ("办公室", ["办公室", "各区卫健局", "局属各单位"]),
        ("人事科", ["人事科", "各区卫健局"]),
        ("各科室", ["各科室"]),
        ("疾控科", ["疾控科", "局属各单位"]),  # a cell broken onto the next line: one row
    ]


@pytest.mark.parametrize(
    "plan",
    [
        # the role line alone on the line before its item
        "2024年工作要点\n【牵头单位：市卫健委；配合单位：市财政局】\n1.推进家庭医生签约。\n"
        "【牵头单位：市医保局】\n2.完善医疗保障。\n",
        # before the item's number on its line
        "2024年工作要点\n【牵头单位：市卫健委；配合单位：市财政局】1.推进家庭医生签约。\n"
        "【牵头单位：市医保局】2.完善医疗保障。\n",
        # unboxed
        "2024年工作要点\n牵头单位：市卫健委 配合单位：市财政局\n1.推进家庭医生签约。\n"
        "牵头单位：市医保局\n2.完善医疗保障。\n",
    ],
)
def test_departments_named_before_their_item(tmp_path: Path, plan: str) -> None:
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, plan)] == [
        ("市卫健委", ["市卫健委", "市财政局"]),
        ("市医保局", ["市医保局"]),
    ]


def test_role_lines_after_their_item_and_one_over_a_heading_stay_so(tmp_path: Path) -> None:
    after = (
        "2024年工作要点\n1.推进家庭医生签约。\n牵头单位：市卫健委\n配合单位：市财政局\n"
        "完成时限：2024年12月\n2.完善医疗保障。\n牵头单位：市医保局\n"
    )
    assert [names for _, _, names in _tasks(tmp_path, after)] == [
        ["市卫健委", "市财政局"],
        ["市医保局"],
    ]
    over = "一、重点任务\n牵头单位：市卫健委\n1.推进家庭医生签约。\n2.完善医疗保障。\n"
    assert [names for _, _, names in _tasks(tmp_path, over)] == [["市卫健委"], ["市卫健委"]]


@pytest.mark.parametrize(
    ("item", "lead", "names"),
    [
        ("推进家庭医生签约。落实单位：区卫健局、区医保局", "区卫健局", ["区卫健局", "区医保局"]),
        (
            "推进家庭医生签约。承办单位：区医保局 协办单位：区财政局",
            "区医保局",
            ["区医保局", "区财政局"],
        ),
        (
            "推进家庭医生签约。（牵头部门：市委编办；参与部门：市人社局、市财政局）",
            "市委编办",
            ["市委编办", "市人社局", "市财政局"],
        ),
        (
            "推进家庭医生签约。（市卫健委、市医保局，各区县政府；列第一位的为牵头单位）",
            "市卫健委",
            ["市卫健委", "市医保局", "各区县政府"],
        ),
        (
            "推进家庭医生签约。（市爱卫办牵头，市爱卫会各成员单位按职责分工负责）",
            "市爱卫办",
            ["市爱卫办", "市爱卫会各成员单位"],
        ),
        (
            "推进家庭医生签约。（县卫健局牵头，各乡镇（街道）、各相关部门配合）",
            "县卫健局",
            ["县卫健局", "各乡镇（街道）", "各相关部门"],
        ),
        (
            "推进家庭医生签约。（责任单位：区卫健局及各成员单位）",
            "区卫健局",
            ["区卫健局", "各成员单位"],
        ),
    ],
)
def test_role_words_and_collectives(tmp_path: Path, item: str, lead: str, names: list[str]) -> None:
    ((_, found_lead, found),) = _tasks(tmp_path, f"2024年工作要点\n一、重点任务\n1.{item}\n")
    assert (found_lead, found) == (lead, names)


def test_a_name_cut_out_of_a_bracket_is_a_fragment() -> None:
    from healthplan.extraction.departments import not_a_department

    assert not_a_department("（市卫健委") == "a fragment"
    assert not_a_department("高新园(邹区镇") == "a fragment"
    assert not_a_department("各县（市、区）卫健局") is None


@pytest.mark.parametrize(
    ("item", "lead", "names"),
    [
        # fields a space apart inside the parenthesis, a leader's field among them
        (
            "加强疾控。（分管领导：王某某 牵头单位：市疾控中心 责任科室：疾控科）",
            "市疾控中心",
            ["市疾控中心", "疾控科"],
        ),
        (
            "加强疾控。（责任单位：市卫健委，配合单位：市医保局，完成时限：2024年12月底）",
            "市卫健委",
            ["市卫健委", "市医保局"],
        ),
        (
            "加强疾控。 责任领导：李某某 牵头单位：县卫健局 责任单位：县财政局、县医保局",
            "县卫健局",
            ["县卫健局", "县财政局", "县医保局"],
        ),
        # a time a space after the names, with no label of its own
        (
            "加强疾控。责任单位：县疾控中心、县人大 2024年底前完成",
            "县疾控中心",
            ["县疾控中心", "县人大"],
        ),
        ("加强疾控。责任单位：县卫健局、县政协 长期坚持", "县卫健局", ["县卫健局", "县政协"]),
    ],
)
def test_role_fields_among_other_fields(
    tmp_path: Path, item: str, lead: str, names: list[str]
) -> None:
    ((_, found_lead, found),) = _tasks(tmp_path, f"2024年工作要点\n一、重点任务\n1.{item}\n")
    assert (found_lead, found) == (lead, names)


def test_a_name_holding_a_field_label_is_no_department() -> None:
    from healthplan.extraction.departments import not_a_department

    assert not_a_department("分管领导：王某某牵头单位：市疾控中心") == "a phrase"


def test_a_role_lines_names_continued_one_a_line(tmp_path: Path) -> None:
    text = (
        "2024年工作要点\n1.推进家庭医生签约。\n责任单位：市卫健委\n市医保局\n各县（市、区）人民政府\n"
        "完成时限：2024年底\n2.完善医疗保障。\n责任单位：市医保局\n开展参保扩面行动。\n"
    )
    assert [names for _, _, names in _tasks(tmp_path, text)] == [
        ["市卫健委", "市医保局", "各县（市、区）人民政府"],
        ["市医保局"],  # a sentence of work after the line is no name
    ]


def test_a_tables_department_cell_that_states_roles(tmp_path: Path) -> None:
    text = (
        "序号\t工作任务\t责任单位\t完成时限\n"
        "1\t推进家庭医生签约\t市卫健委牵头，市医保局、市财政局配合\t2024年底\n"
        "2\t完善医疗保障\t牵头：市医保局；配合：市财政局\t2024年6月\n"
        "3\t加强疾控\t市财政局、市疾控中心（牵头）\t2024年底\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, text)] == [
        ("市卫健委", ["市卫健委", "市医保局", "市财政局"]),
        ("市医保局", ["市医保局", "市财政局"]),
        ("市疾控中心", ["市疾控中心", "市财政局"]),
    ]


def test_an_item_naming_only_who_supports_takes_the_lead_of_its_heading(tmp_path: Path) -> None:
    text = (
        "一、健康惠民工程（牵头单位：市卫健委）\n1.老年人健康体检，完成体检10万人。\n"
        "2.免费婚检，婚检率达到80%。（配合单位：市民政局）\n"
        "3.免费孕检。（市妇幼保健院负责，市民政局配合）\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, text)] == [
        ("市卫健委", ["市卫健委"]),
        ("市卫健委", ["市卫健委", "市民政局"]),
        ("市妇幼保健院", ["市妇幼保健院", "市民政局"]),  # names its own lead: its own
    ]


def test_a_page_number_between_the_lines_of_a_list_is_no_part_of_a_name(tmp_path: Path) -> None:
    text = (
        "2024年工作要点\n1.推进家庭医生签约。（市卫健委牵头，市医保局、\n— 3 —\n市财政局配合）\n"
        "2.完善医疗保障。（县医保局、\n- 12 -\n县税务局负责）\n"
    )
    assert [names for _, _, names in _tasks(tmp_path, text)] == [
        ["市卫健委", "市医保局", "市财政局"],
        ["县医保局", "县税务局"],
    ]


@pytest.mark.parametrize(
    "plan",
    [
        "2024年工作要点\n1.推进家庭医生签约。（责任单位：市医保局、市财政局；牵头单位：市卫健委）\n",
        "2024年工作要点\n1.推进家庭医生签约。责任单位：市医保局、市财政局 牵头单位：市卫健委\n",
        "序号\t工作任务\t责任单位\t牵头单位\n1\t推进家庭医生签约\t市医保局、市财政局\t市卫健委\n"
        "2\t完善医疗保障\t市财政局\t市医保局\n",
    ],
)
def test_the_lead_unit_leads_the_responsible_ones_whichever_comes_first(
    tmp_path: Path, plan: str
) -> None:
    (_, lead, names), *_ = _tasks(tmp_path, plan)
    assert (lead, names) == ("市卫健委", ["市卫健委", "市医保局", "市财政局"])


def test_items_numbered_di_yi_in_a_paragraph(tmp_path: Path) -> None:
    text = (
        "重点任务\n第一，推进家庭医生签约（县卫健局负责）。"
        "第二，完善医疗保障（县医保局、县财政局负责）。\n"
    )
    assert [names for _, _, names in _tasks(tmp_path, text)] == [
        ["县卫健局"],
        ["县医保局", "县财政局"],
    ]
    # without departments of their own, such words are no numbering of tasks
    assert _tasks(tmp_path, "重点任务\n第一，推进家庭医生签约。第二，完善医疗保障。\n") == []


def test_an_item_whose_work_is_to_cooperate_keeps_its_own_department(tmp_path: Path) -> None:
    text = (
        "一、健康惠民工程（牵头单位：市卫健委）\n1.加强部门协同配合。（市医保局）\n"
        "2.做好免费婚检。（市民政局配合）\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, text)] == [
        ("市医保局", ["市医保局"]),
        ("市卫健委", ["市卫健委", "市民政局"]),
    ]


# Kinds met in the fourth held-out part (stop 22), folded into development at stop 23.


def test_a_jointly_responsible_label_names_the_other_departments(tmp_path: Path) -> None:
    # 共同责任单位 after 牵头单位, in traditional characters as a page may give them
    text = "民生实事\n1.改造老旧小区8个。(牽頭單位:县住建局;共同責任單位:县财政局、各镇)\n"
    assert _tasks(tmp_path, text) == [
        ("改造老旧小区8个", "县住建局", ["县住建局", "县财政局", "各镇"])
    ]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        # fields of work standing for their departments, 等部门 after the last: each field's
        # department, the word on each (stop 29's rule)
        (
            "开展控烟宣传。（县卫健局牵头，教育、城乡建设、文旅等部门配合）",
            ["县卫健局", "教育部门", "城乡建设部门", "文旅部门"],
        ),
        # 等部门、单位: one head for both kinds, no unit called 单位
        (
            "开展控烟宣传。（县卫健局牵头，工会、妇联、民政等部门、单位参与）",
            ["县卫健局", "工会", "妇联", "民政部门"],
        ),
        (
            "开展控烟宣传。\n牵头单位：县卫健局\n配合单位：民政、交通等部门",
            ["县卫健局", "民政部门", "交通部门"],
        ),
    ],
)
def test_fields_listed_before_deng_bumen_are_departments(
    tmp_path: Path, item: str, names: list[str]
) -> None:
    assert _tasks(tmp_path, "重点工作\n1." + item + "\n") == [("开展控烟宣传", "县卫健局", names)]


def test_a_sentence_before_deng_bumen_is_no_department(tmp_path: Path) -> None:
    text = "重点工作\n1.开展控烟宣传。（县卫健局牵头，广泛开展宣传活动等部门配合）\n"
    assert all("广泛开展宣传活动" not in names for _, _, names in _tasks(tmp_path, text))


def test_duties_run_onto_the_line_that_introduces_them(tmp_path: Path) -> None:
    text = (
        "成员单位职责.各成员单位履行下列职责:1.卫生健康主管部门负责疫苗接种的组织实施;"
        "2.教育主管部门负责学生接种证的查验;3.市场监管部门对疫苗储运实施监督.\n"
    )
    assert [(lead, names) for _, lead, names in _tasks(tmp_path, text)] == [
        ("卫生健康主管部门", ["卫生健康主管部门"]),
        ("教育主管部门", ["教育主管部门"]),
        ("市场监管部门", ["市场监管部门"]),
    ]


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        ("2、东湖镇卫生院做好犬伤门诊的值守。", "东湖镇卫生院"),
        ("2、农业农村部门对病死家禽进行无害化处理。", "农业农村部门"),
        ("2、县市场监督管理局加强活禽市场监管。", "县市场监督管理局"),
        # (the body it works with, 会同乙: tests/test_extraction_departments_stop29.py)
        ("（二）疾病预防控制机构根据监测结果及时发布预警。", "疾病预防控制机构"),
    ],
)
def test_a_body_as_the_subject_of_a_numbered_duty(tmp_path: Path, item: str, lead: str) -> None:
    text = "一、职责分工\n1、县卫健局负责统筹（县卫健局负责）。\n" + item + "\n"
    assert _tasks(tmp_path, text)[-1][1:] == (lead, [lead])


@pytest.mark.parametrize(
    "item",
    [
        "2、以乡镇为单位开展犬只登记。",  # a preposition, not a body
        "2、协调各成员单位做好犬只登记。",  # a verb and its object
        "2、社区在册犬只登记率达到90%。",  # a place
        "2、城乡结合部开展环境整治。",
        "2、各级医疗机构做好犬伤处置。",  # every one of a level: no one body
        "2、县疾控中心监测能力建设。",  # a heading's noun phrase, no duty
    ],
)
def test_an_opening_that_is_no_body_names_no_department(tmp_path: Path, item: str) -> None:
    text = "一、职责分工\n1、县卫健局负责统筹（县卫健局负责）。\n" + item + "\n"
    assert _tasks(tmp_path, text)[-1][1:] == (None, [])


SHARED = (
    "二、全民健身\n1.扩大场馆开放。推动学校体育场馆在节假日向公众开放。\n"
    "2.壮大指导员队伍。每年培训社会体育指导员200名。\n3.办好群众赛事。举办全县广场舞大赛。\n"
    "（县文体局牵头，县教育局、县总工会等单位配合）\n"
)


@pytest.mark.parametrize("heading", ["二、全民健身\n", ""])
def test_a_list_written_once_after_the_last_item_is_every_items(
    tmp_path: Path, heading: str
) -> None:
    text = SHARED.replace("二、全民健身\n", heading)
    assert _tasks(tmp_path, text) == [
        (title, "县文体局", ["县文体局", "县教育局", "县总工会"])
        for title in ("扩大场馆开放", "壮大指导员队伍", "办好群众赛事")
    ]


def test_a_closing_line_is_the_last_items_when_another_item_names_its_own(
    tmp_path: Path,
) -> None:
    text = SHARED.replace("开放。\n2.", "开放。（县教育局负责）\n2.")
    assert [names for _, _, names in _tasks(tmp_path, text)] == [
        ["县教育局"],
        [],
        ["县文体局", "县教育局", "县总工会"],
    ]


def test_duties_a_conversion_ran_together_with_full_stops_written_dot(tmp_path: Path) -> None:
    text = (
        "部门职责\n各部门按下列分工履职.1.县卫健局负责病例报告和救治.2.县教体局负责学校晨午检."
        "3.县公安局负责维护秩序.\n"
    )
    assert [lead for _, lead, _ in _tasks(tmp_path, text)] == ["县卫健局", "县教体局", "县公安局"]
    # a decimal is no item's number
    decimal = "部门职责\n县卫健局负责监测，发病率控制在1.5以下.2.县教体局负责晨检.\n"
    assert all(not title.startswith("5") for title, _, _ in _tasks(tmp_path, decimal))


def test_a_heading_naming_a_bodys_duties_owns_its_points(tmp_path: Path) -> None:
    text = (
        "部门职责\n（一）县卫健局职责\n1.负责犬伤门诊设置。\n2.负责狂犬疫苗调配。\n"
        "（二）县公安局的主要职责\n1.负责流浪犬收容。\n"
    )
    assert [(title, lead) for title, lead, _ in _tasks(tmp_path, text)] == [
        ("县卫健局职责", "县卫健局"),
        ("县公安局的主要职责", "县公安局"),
    ]
    # the duties of every member: each point names its own body
    members = (
        "部门职责\n（一）各成员单位职责\n1.县卫健局：负责犬伤处置。\n2.县公安局：负责犬只收容。\n"
    )
    assert [lead for _, lead, _ in _tasks(tmp_path, members)] == ["县卫健局", "县公安局"]


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        ("2.县农业农村局。负责犬只免疫和检疫。", "县农业农村局"),
        # 局 ends a name: what follows 指导 is the work, not more of the name
        ("2.县教体局指导学校做好犬伤知识宣传。", "县教体局"),
    ],
)
def test_a_subject_ends_where_a_bodys_name_ends(tmp_path: Path, item: str, lead: str) -> None:
    text = "工作职责\n1.县卫健局负责统筹（县卫健局负责）。\n" + item + "\n"
    assert _tasks(tmp_path, text)[-1][1:] == (lead, [lead])


@pytest.mark.parametrize(
    ("item", "lead", "names"),
    [
        # roles stated in a sentence, either way round
        ("做好犬只登记，县公安局为牵头单位，县农业农村局为配合单位。", "县公安局", None),
        ("做好犬只登记，牵头单位为县公安局，配合单位为县农业农村局。", "县公安局", None),
        ("做好犬只登记。各乡镇人民政府为责任主体。", "各乡镇人民政府", ["各乡镇人民政府"]),
        # a role line a dash opens
        ("做好犬只登记。\n——县公安局牵头，县农业农村局配合。", "县公安局", None),
        # labels a space apart from their names, as two cells of a table
        ("做好犬只登记。\n牵头单位 县公安局\n配合单位 县农业农村局", "县公安局", None),
    ],
)
def test_roles_stated_in_a_sentence_or_a_line_without_a_colon(
    tmp_path: Path, item: str, lead: str, names: list[str] | None
) -> None:
    text = "重点任务\n1." + item + "\n2.加强宣传（县委宣传部负责）。\n"
    assert _tasks(tmp_path, text)[0][1:] == (lead, names or ["县公安局", "县农业农村局"])


def test_a_sentence_stating_a_role_is_no_department() -> None:
    assert not_a_department("县医保局为牵头单位") == "a phrase"
    assert not_a_department("配合单位县财政局") == "a phrase"
    assert not_a_department("卫生主管部门") is None
    # a ranking's place, and a collective running on into a sentence's work
    assert not_a_department("第三名城关镇") == "a phrase"
    assert not_a_department("各乡镇（街道）签订安全生产责任书") == "a phrase"
    assert not_a_department("各乡镇（街道）") is None


@pytest.mark.parametrize(
    "text",
    [
        "部门职责\n各部门分工如下：（1）县卫健局做好病例救治；（2）县教体局对学生开展晨检；"
        "（3）县公安局加强治安巡查。\n",
        "部门职责\n一是县卫健局做好病例救治；二是县教体局对学生开展晨检；三是县公安局加强治安巡查。\n",
    ],
)
def test_a_run_of_duties_each_opening_with_its_body(tmp_path: Path, text: str) -> None:
    assert [lead for _, lead, _ in _tasks(tmp_path, text)] == ["县卫健局", "县教体局", "县公安局"]
    # the same run without bodies is a paragraph's points, no tasks
    plain = text.replace("县卫健局", "").replace("县教体局", "").replace("县公安局", "")
    assert _tasks(tmp_path, plain) == []


def test_square_bracket_role_lists_after_each_sentence(tmp_path: Path) -> None:
    text = (
        "重点任务\n1.加强标准管理。完善标准制度。（县卫健委负责）贯彻粮油标准。"
        "[县发展改革委(粮食和储备局)负责]推进风险监测。"
        "[县卫健委、县市场监管局、县发展改革委(粮食和储备局)按职责分工负责]\n"
        "2.加强宣传（县委宣传部负责）。\n"
    )
    # the bracket after 发展改革委 is its other name (no place of its own): one body
    assert _tasks(tmp_path, text)[0][1:] == (
        "县卫健委",
        ["县卫健委", "县发展改革委(粮食和储备局)", "县市场监管局"],
    )


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # a bracket naming a unit at the same place and level: two bodies, the first leading
        ("县食品药品监督管理局(县卫生监督所)", ["县食品药品监督管理局", "县卫生监督所"]),
        # a bracket giving the same body's other name
        ("区发展改革委(粮食和储备局)", ["区发展改革委(粮食和储备局)"]),
        ("各镇人民政府(街道办事处)", ["各镇人民政府(街道办事处)"]),
        ("县医保局(县医疗保障局)", ["县医保局(县医疗保障局)"]),
    ],
)
def test_a_separate_unit_in_brackets_or_an_alias(
    tmp_path: Path, names: str, expected: list[str]
) -> None:
    text = f"职责分工\n一、{names}负责规范餐饮单位的食品卫生工作。\n二、县公安局负责治安。\n"
    assert _tasks(tmp_path, text)[0][1:] == (expected[0], expected)


def test_bodies_named_one_a_line_inside_a_numbered_section(tmp_path: Path) -> None:
    text = (
        "现将有关事项通知如下：\n一、挂钩单位\n  县发展改革局：负责联系城关镇；\n"
        "  县财政局：负责联系河口乡；\n  县卫健局：负责联系南山镇。\n"
        "二、工作要求\n  各乡镇要定期报告工作情况。\n"
    )
    # the heading 挂钩单位 names no body; each line's body is one of the item's, the first leads
    assert _tasks(tmp_path, text)[0][1:] == (
        "县发展改革局",
        ["县发展改革局", "县财政局", "县卫健局"],
    )
    assert not_a_department("联系单位") == "heading"
    # a line whose subject is a body, among the lines of bodies with their duties
    text = text.replace("二、工作要求", "  各级审计、监察部门要加强资金监管。\n二、工作要求")
    assert _tasks(tmp_path, text)[0][2][-2:] == ["各级审计部门", "各级监察部门"]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # 各级 speaks of both kinds of body: each kind at every level (stop 29's rule)
        ("各级审计、监察部门", ["各级审计部门", "各级监察部门"]),
        # a government is a body of its own; kinds without 各级 share their head
        ("各级政府、卫生部门", ["各级政府", "卫生部门"]),
        ("交通、铁路部门", ["交通部门", "铁路部门"]),
    ],
)
def test_kinds_of_body_at_every_level(names: str, expected: list[str]) -> None:
    found = department_list(names)
    assert found is not None and found.names == expected


@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        # the body on a line of its own above the list's title: it owns the items
        ("县卫生健康局\n2024年重点工作目标责任书\n\n", "县卫生健康局"),
        ("县卫生健康局\n", "县卫生健康局"),
        # a title alone names no one
        ("2024年重点工作目标责任书\n", None),
    ],
)
def test_an_unnumbered_heading_naming_the_body_above_a_list(
    tmp_path: Path, heading: str, lead: str | None
) -> None:
    text = "记者：今年有哪些任务？\n" + heading + "1、开工建设县儿童医院。\n2、完成医改年度任务。\n"
    assert [t[1:] for t in _tasks(tmp_path, text)] == [(lead, [lead] if lead else [])] * 2


def test_a_one_line_plan_whose_excerpt_ends_in_its_first_chapter(tmp_path: Path) -> None:
    # a PDF's line breaks left as spaces inside words; the body after 会同 acts with them
    text = (
        "现就重点工作作出如下安排: 一、完善法规制度 宣传贯彻新修订的条例。(县市场监 管局、"
        "县卫健局会同各乡镇人民政府负 责)推动修订实施细则。(县司法 局负责)\n"
    )
    assert [t[1:] for t in _tasks(tmp_path, text)] == [
        ("县市场监管局", ["县市场监管局", "县卫健局", "各乡镇人民政府", "县司法局"])
    ]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        # a note after the list, a time limit inside the parenthesis
        (
            "推进医联体建设。（县卫健局、县医保局负责，列第一位者为牵头部门）",
            ["县卫健局", "县医保局"],
        ),
        ("推进医联体建设。（县卫健局负责，2019年6月底前完成）", ["县卫健局"]),
        ("推进医联体建设。（县卫健局、县医保局共同负责）", ["县卫健局", "县医保局"]),
        ("推进医联体建设。（县卫健局、县医保局分别负责）", ["县卫健局", "县医保局"]),
        # a role parenthesis the page left unclosed
        ("推进医联体建设。（牵头单位：县卫健局；配合单位：县医保局", ["县卫健局", "县医保局"]),
        # role parentheses after each sentence: their union, the first lead first
        (
            "推进医联体建设。（县卫健局牵头，县医保局配合）推进分级诊疗。（县卫健局、县人社局负责）",
            ["县卫健局", "县医保局", "县人社局"],
        ),
        # a list a PDF line break runs on, splitting a name
        (
            "推进医联体建设。（县卫健局牵头，县医保局、县人\n社局配合）",
            ["县卫健局", "县医保局", "县人社局"],
        ),
    ],
)
def test_role_parentheses_as_the_fifth_part_writes_them(
    tmp_path: Path, item: str, names: list[str]
) -> None:
    text = "重点任务\n1." + item + "\n2.加强宣传（县委宣传部负责）。\n"
    assert _tasks(tmp_path, text)[0][1:] == (names[0], names)


def test_a_role_field_run_into_a_numbered_title(tmp_path: Path) -> None:
    text = (
        "民生实事\n1.新建城区幼儿园3所。责任单位：县教体局、县住建局\n"
        "2.改造农贸市场2个。责任单位：县商务局\n"
    )
    assert [t[1:] for t in _tasks(tmp_path, text)] == [
        ("县教体局", ["县教体局", "县住建局"]),
        ("县商务局", ["县商务局"]),
    ]
