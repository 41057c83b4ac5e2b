"""The language of responsibility, one kind a test: role-column tables as Word and web pages
give them, bare role labels, 会同, a department before its task, names a column writes short.
Each plan below is written to show its kind, not copied from a scored document."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks_helpers import titled_tasks

_tasks = titled_tasks


@pytest.mark.parametrize(
    "table",
    [
        # cells a tab apart (Word and web tables as the documents stage gives them)
        "序号\t工作任务\t配合单位\t牵头单位\t完成时限\n"
        "1\t推进家庭医生签约服务\t市医保局、市财政局\t市卫健委\t2024年底\n"
        "2\t加强慢病管理\t市卫健委\t市疾控中心\t2024年6月\n",
        # | between cells, none at the ends of a row; no 序号 column
        "工作任务 | 配合单位 | 牵头单位\n"
        "推进家庭医生签约服务 | 市医保局、市财政局 | 市卫健委\n"
        "加强慢病管理 | 市卫健委 | 市疾控中心\n",
    ],
)
def test_a_table_is_read_by_its_role_columns_lead_column_first(tmp_path: Path, table: str) -> None:
    assert _tasks(tmp_path, "附件\n重点任务分工表\n" + table) == [
        ("推进家庭医生签约服务", "市卫健委", ["市卫健委", "市医保局", "市财政局"]),
        ("加强慢病管理", "市疾控中心", ["市疾控中心", "市卫健委"]),
    ]


def test_a_tables_merged_cells_rules_and_broken_cells(tmp_path: Path) -> None:
    table = (
        "序号 | 工作任务 | 细化分工 | 责任单位 | 完成时限 |\n"
        "1 | 推进家庭医生签约服务 | 扩大签约 | 市卫健委、市医保局 | 长期 |\n"
        "|\n"
        "2 | 加强慢病管理 | 市疾控中心 | 年底 |\n"  # 细化分工 merged: read as a row
        "|\n"
        "3 | 提升基层能力 | 培训 | 市卫健委\n"  # a cell broken onto the next line
        "市人社局 | 年底 |\n"
    )
    assert _tasks(tmp_path, table) == [
        ("推进家庭医生签约服务", "市卫健委", ["市卫健委", "市医保局"]),
        ("加强慢病管理", "市疾控中心", ["市疾控中心"]),
        ("提升基层能力", "市卫健委", ["市卫健委", "市人社局"]),
    ]


@pytest.mark.parametrize(
    ("item", "lead", "names"),
    [
        (
            "加强慢病管理。（牵头：市卫健委；配合：市财政局、市医保局）",
            "市卫健委",
            ["市卫健委", "市财政局", "市医保局"],
        ),
        (
            "加强慢病管理，由市卫健委会同市财政局、市医保局负责。",
            "市卫健委",
            ["市卫健委", "市财政局", "市医保局"],
        ),
        (
            "加强慢病管理。【牵头单位：市卫健委；配合单位：市财政局】",
            "市卫健委",
            ["市卫健委", "市财政局"],
        ),
        ("加强慢病管理。[责任单位：市卫健委、市财政局]", "市卫健委", ["市卫健委", "市财政局"]),
        ("市卫健委、市医保局：加强慢病管理。", "市卫健委", ["市卫健委", "市医保局"]),
        (
            "加强慢病管理。（县卫健局牵头，县财政局和县人社局配合，各乡镇卫生院具体实施）",
            "县卫健局",
            ["县卫健局", "县财政局", "县人社局", "各乡镇卫生院"],
        ),
        (
            "加强慢病管理。主要责任单位：市卫健委；责任主体：各乡镇人民政府",
            "市卫健委",
            ["市卫健委", "各乡镇人民政府"],
        ),
        (
            "加强慢病管理。一是开展筛查，由市卫健委负责；二是落实医保支付，由市医保局负责。",
            "市卫健委",
            ["市卫健委", "市医保局"],
        ),
        ("加强慢病管理。（市财政局、市卫健委（牵头））", "市卫健委", ["市卫健委", "市财政局"]),
        (
            "加强慢病管理。责任单位：市卫健委、市财政局（按职责分工负责）",
            "市卫健委",
            ["市卫健委", "市财政局"],
        ),
        (
            "加强慢病管理。（各县市区政府负责，市卫健委牵头）",
            "市卫健委",
            ["市卫健委", "各县市区政府"],
        ),
        (
            "加强慢病管理。（责任单位：各县市区政府，市卫健委牵头）",
            "市卫健委",
            ["市卫健委", "各县市区政府"],
        ),
    ],
)
def test_role_phrasings(tmp_path: Path, item: str, lead: str, names: list[str]) -> None:
    ((_, found_lead, found),) = _tasks(tmp_path, f"2024年工作要点\n一、重点任务\n1.{item}\n")
    assert (found_lead, found) == (lead, names)


def test_a_name_written_short_between_departments_of_a_column(tmp_path: Path) -> None:
    text = (
        "序号\n\n目标\n\n责任单位\n\n1\n\n孕产妇系统管理率达到85%以上。\n\n"
        "省卫生厅\n\n省人口计生\n\n省妇联\n\n2\n\n婴儿死亡率控制在8‰以下。\n\n省卫生厅\n\n"
    )
    tasks = _tasks(tmp_path, text)
    assert [names for _, _, names in tasks] == [["省卫生厅", "省人口计生", "省妇联"], ["省卫生厅"]]


def test_a_sentence_of_names_closes_an_item_numbered_inside_its_line(tmp_path: Path) -> None:
    # a responsibility table printed on one line: the row's department cell ends the row
    text = (
        "攻坚行动责任分解表重点任务责任部门一、强化组织领导为行动提供保障。"
        "1.成立领导小组。2.制定实施方案。3.签订目标责任书。各级人民政府落实。\n"
    )
    ((_, lead, names),) = _tasks(tmp_path, text)
    assert (lead, names) == ("各级人民政府", ["各级人民政府"])
    # the same sub-items, each with its own department, stay apart
    text = "2024年工作要点\n1.成立领导小组（市卫健委负责）。2.制定方案（市财政局负责）。\n"
    assert [names for _, _, names in _tasks(tmp_path, text)] == [["市卫健委"], ["市财政局"]]


def test_items_numbered_with_a_closing_bracket_and_more_kinds_of_body(tmp_path: Path) -> None:
    text = (
        "2024年工作要点\n一、重点任务\n1）推进家庭医生签约服务（市卫健委负责）\n"
        "2）加强口岸传染病防控（南京海关、市委党校、市广播电视台、市图书馆负责）\n"
    )
    assert _tasks(tmp_path, text) == [
        ("推进家庭医生签约服务", "市卫健委", ["市卫健委"]),
        ("加强口岸传染病防控", "南京海关", ["南京海关", "市委党校", "市广播电视台", "市图书馆"]),
    ]


def test_a_table_without_its_header_rows_numbered_on_one_line(tmp_path: Path) -> None:
    text = (
        "1 | 新建村卫生室10个。 | 县卫健局 | 已完成选址。 | 按时序推进 |\n|\n"
        "2 | 为老年人免费接种流感疫苗5000人。 | 县卫健局 | 会同教育、财政等部门督导。 | 按时序 |\n"
        "|\n3 | 完成适老化改造300户。 | 县民政局 | 施工中。 | 按时序推进 |\n"
    )
    assert _tasks(tmp_path, text) == [
        ("新建村卫生室10个", "县卫健局", ["县卫健局"]),
        ("为老年人免费接种流感疫苗5000人", "县卫健局", ["县卫健局"]),
        ("完成适老化改造300户", "县民政局", ["县民政局"]),
    ]


def test_a_sentences_words_are_no_department() -> None:
    from healthplan.extraction.departments import not_a_department

    assert not_a_department("公立医院临床医技科室中由科室") == "a phrase"
    assert not_a_department("开展慢病筛查的社区卫生服务中心") == "a phrase"
    assert not_a_department("自由贸易试验区管委会") is None
    assert not_a_department("健康中国行动推进办") is None


def test_a_department_after_the_tasks_last_sentence(tmp_path: Path) -> None:
    found = _tasks(tmp_path, "工作分工 1.新建村卫生室3个。市卫健委 2.开展老年人体检。县卫健局\n")
    assert [names for _, _, names in found] == [["市卫健委"], ["县卫健局"]]


def test_the_register_resolves_short_forms_and_names_without_their_level() -> None:
    from healthplan.extraction import DepartmentDirectory
    from healthplan.model import Department

    register = DepartmentDirectory(
        [
            Department(code="hc", name="市卫生健康委员会"),
            Department(code="dr", name="市发展和改革委员会"),
            Department(code="hr", name="市人力资源和社会保障局"),
            Department(code="mr", name="市市场监督管理局"),
            Department(code="gov", name="西湖区人民政府"),
            Department(code="dh", name="西湖区卫生健康局"),
        ]
    )
    expected = {
        "市卫生健康委": "市卫生健康委员会",
        "卫健委": "市卫生健康委员会",  # written without its level, one such body
        "市发展改革委": "市发展和改革委员会",
        "人社局": "市人力资源和社会保障局",
        "市场监管局": "市市场监督管理局",
        "区政府": "西湖区人民政府",
        "区卫健局": "西湖区卫生健康局",
    }
    for written, name in expected.items():
        found = register.resolve(written)
        assert found is not None and found.name == name, written
    assert register.resolve("县卫健局") is None  # another level: not this register's
    assert register.resolve("市卫健局") is None


@pytest.mark.parametrize(
    "table",
    [
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n| | | 牵头 | 配合 | |\n"
        "1 | 规范犬只免疫 | 县农业农村局 | 县公安局 | 长期 |\n"
        "2 | 开展犬伤处置培训 | 县卫健局 | 县疾控中心、各乡镇卫生院 | 6月底 |\n",
        # tabs, which a conversion does not line up under the split column
        "序号\t工作任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n"
        "1\t规范犬只免疫\t县农业农村局\t县公安局\t长期\n"
        "2\t开展犬伤处置培训\t县卫健局\t县疾控中心、各乡镇卫生院\t6月底\n",
    ],
)
def test_a_role_column_split_in_a_second_header_row(tmp_path: Path, table: str) -> None:
    assert _tasks(tmp_path, "狂犬病防控任务分工\n" + table) == [
        ("规范犬只免疫", "县农业农村局", ["县农业农村局", "县公安局"]),
        ("开展犬伤处置培训", "县卫健局", ["县卫健局", "县疾控中心", "各乡镇卫生院"]),
    ]


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("1.规范犬只免疫（县农业农村局牵头，县公安局配合；年底前完成）。", "规范犬只免疫"),
        ("1.【责任单位：县农业农村局】规范犬只免疫，年底前完成。", "规范犬只免疫，年底前完成"),
        ("1.规范犬只免疫〔县农业农村局、县公安局〕。", "规范犬只免疫"),
        # a name's other name in brackets stays in the title
        (
            "1.建成犬伤处置门诊(狂犬病暴露处置门诊)（县卫健局负责）。",
            "建成犬伤处置门诊(狂犬病暴露处置门诊)",
        ),
    ],
)
def test_a_tasks_title_is_its_work_without_its_departments(
    tmp_path: Path, item: str, title: str
) -> None:
    assert (
        _tasks(tmp_path, "重点任务\n" + item + "\n2.加强宣传（县委宣传部负责）。\n")[0][0] == title
    )


def test_role_columns_named_by_their_subject_or_with_a_qualifier(tmp_path: Path) -> None:
    # the column of those who help comes first; 责任主体 still leads
    table = (
        "序号 | 工作任务 | 配合单位（部门） | 责任主体 |\n"
        "1 | 规范犬只免疫 | 县公安局、各乡镇 | 县农业农村局 |\n"
        "2 | 开展犬伤处置培训 | 县疾控中心 | 县卫健局 |\n"
    )
    assert _tasks(tmp_path, "狂犬病防控任务分工\n" + table) == [
        ("规范犬只免疫", "县农业农村局", ["县农业农村局", "县公安局", "各乡镇"]),
        ("开展犬伤处置培训", "县卫健局", ["县卫健局", "县疾控中心"]),
    ]


def test_a_table_a_conversion_laid_out_with_single_spaces_titles_its_work(tmp_path: Path) -> None:
    table = (
        "序号 重点任务 牵头单位 配合单位 完成时限\n"
        "1 规范犬只免疫 县农业农村局 县公安局、各乡镇 2024年底\n"
        "2 开展犬伤处置培训 县卫健局 县疾控中心 长期\n"
    )
    assert _tasks(tmp_path, "狂犬病防控任务分工表\n" + table) == [
        ("规范犬只免疫", "县农业农村局", ["县农业农村局", "县公安局", "各乡镇"]),
        ("开展犬伤处置培训", "县卫健局", ["县卫健局", "县疾控中心"]),
    ]
