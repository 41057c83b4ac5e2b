"""Stop 28: indicator tables in the layouts real conversions leave (PDF, Word and HTML to text)
yield their targets with the row's indicator, value, unit, comparator and the year of the goal
column: rows a line apart by single spaces, one cell a line with a category cell merged over
several rows or a unit column, a blank line between rows, a header printed over two rows, a
header of bare years or of years with their word in brackets, units in the header, footnote
marks after a name, a single goal column beside a score column. Tables written for these
tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document

_GOALS = [
    ("每千人口医疗机构床位数", "=", 6.8, "张", 2025),
    ("儿童青少年总体近视率", "<=", 48.0, "%", 2025),
    ("三级医院平均住院日", "<=", 8.0, "天", 2025),
]


def test_rows_a_line_apart_by_single_spaces(tmp_path: Path) -> None:
    # a PDF conversion leaves one space between cells: the header names the columns
    text = (
        "表2 卫生健康发展主要指标\n"
        "序号 指标名称 单位 2020年 2025年 指标属性\n"
        "1 每千人口医疗机构床位数 张 6.1 6.8 预期性\n"
        "2 儿童青少年总体近视率 % 52.3 ≤48 约束性\n"
        "3 三级医院平均住院日 天 9.1 ≤8 预期性\n"
    )
    assert document(tmp_path, text) == _GOALS


def test_rows_apart_by_single_spaces_with_the_unit_in_the_name(tmp_path: Path) -> None:
    text = (
        "附表 主要指标\n"
        "指标 2020年 2025年 属性\n"
        "每千人口医疗机构床位数（张） 6.1 6.8 预期性\n"
        "儿童青少年总体近视率（%） 52.3 ≤48 约束性\n"
        "三级医院平均住院日（天） 9.1 ≤8 预期性\n"
    )
    assert document(tmp_path, text) == _GOALS


def test_one_cell_a_line_with_a_unit_column_and_no_row_numbers(tmp_path: Path) -> None:
    cells = [
        "附表 主要指标",
        "指标名称",
        "单位",
        "2020年基期值",
        "2025年目标值",
        "指标属性",
        "每千人口医疗机构床位数",
        "张",
        "6.1",
        "6.8",
        "预期性",
        "儿童青少年总体近视率",
        "%",
        "52.3",
        "≤48",
        "约束性",
        "三级医院平均住院日",
        "天",
        "9.1",
        "≤8",
        "预期性",
    ]
    assert document(tmp_path, "\n".join(cells) + "\n") == _GOALS


def test_one_cell_a_line_with_a_category_merged_over_rows(tmp_path: Path) -> None:
    # the category's cell stands only before the first row of its group
    cells = [
        "附表 主要指标",
        "领域",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "性质",
        "医疗资源",
        "每千人口医疗机构床位数",
        "张",
        "6.1",
        "6.8",
        "预期性",
        "儿童青少年总体近视率",
        "%",
        "52.3",
        "≤48",
        "约束性",
        "服务效率",
        "三级医院平均住院日",
        "天",
        "9.1",
        "≤8",
        "预期性",
    ]
    assert document(tmp_path, "\n".join(cells) + "\n") == _GOALS


def test_one_cell_a_line_under_a_header_of_two_rows(tmp_path: Path) -> None:
    # the years in the header's first row, what they hold in its second
    cells = [
        "附表 主要指标",
        "指标名称",
        "单位",
        "2020年",
        "2025年",
        "指标属性",
        "基期值",
        "目标值",
        "每千人口医疗机构床位数",
        "张",
        "6.1",
        "6.8",
        "预期性",
        "儿童青少年总体近视率",
        "%",
        "52.3",
        "≤48",
        "约束性",
        "三级医院平均住院日",
        "天",
        "9.1",
        "≤8",
        "预期性",
    ]
    assert document(tmp_path, "\n".join(cells) + "\n") == _GOALS


def test_one_cell_a_line_with_a_blank_line_between_rows(tmp_path: Path) -> None:
    rows = [
        "指标\n单位\n2020年\n2025年\n属性",
        "每千人口医疗机构床位数\n张\n6.1\n6.8\n预期性",
        "儿童青少年总体近视率\n%\n52.3\n≤48\n约束性",
        "三级医院平均住院日\n天\n9.1\n≤8\n预期性",
    ]
    assert document(tmp_path, "附表 主要指标\n\n" + "\n\n".join(rows) + "\n") == _GOALS


def test_a_header_whose_years_stand_on_a_second_line_in_brackets(tmp_path: Path) -> None:
    text = (
        "附表 主要指标\n"
        "指标名称\t单位\t基期值\t目标值\t指标属性\n"
        "\t\t（2020年）\t（2025年）\t\n"
        "每千人口医疗机构床位数\t张\t6.1\t6.8\t预期性\n"
        "儿童青少年总体近视率\t%\t52.3\t≤48\t约束性\n"
        "三级医院平均住院日\t天\t9.1\t≤8\t预期性\n"
    )
    assert document(tmp_path, text) == _GOALS


def test_a_header_of_years_with_their_word_in_brackets(tmp_path: Path) -> None:
    # 2020年（基期） | 2025年（目标）: the goal's year, not the base's
    text = (
        "附表 主要指标\n"
        "| 指标 | 单位 | 2020年（基期） | 2025年（目标） | 属性 |\n"
        "| 每千人口医疗机构床位数 | 张 | 6.1 | 6.8 | 预期性 |\n"
        "| 儿童青少年总体近视率 | % | 52.3 | ≤48 | 约束性 |\n"
        "| 三级医院平均住院日 | 天 | 9.1 | ≤8 | 预期性 |\n"
    )
    assert document(tmp_path, text) == _GOALS


def test_a_header_of_bare_years_is_no_row(tmp_path: Path) -> None:
    text = (
        "附表 主要指标\n"
        "| 指标 | 单位 | 2020 | 2025 | 属性 |\n"
        "| 每千人口医疗机构床位数 | 张 | 6.1 | 6.8 | 预期性 |\n"
        "| 儿童青少年总体近视率 | % | 52.3 | ≤48 | 约束性 |\n"
        "| 三级医院平均住院日 | 天 | 9.1 | ≤8 | 预期性 |\n"
    )
    assert document(tmp_path, text) == _GOALS


def test_the_unit_in_the_headers_brackets(tmp_path: Path) -> None:
    text = (
        "附表 主要指标\n"
        "指标\t2020年（%）\t2025年（%）\t属性\n"
        "居民健康素养水平\t23.1\t30\t预期性\n"
        "孕产妇系统管理率\t91\t≥92\t约束性\n"
    )
    assert document(tmp_path, text) == [
        ("居民健康素养水平", "=", 30.0, "%", 2025),
        ("孕产妇系统管理率", ">=", 92.0, "%", 2025),
    ]


def test_footnote_marks_after_a_name_are_no_part_of_it(tmp_path: Path) -> None:
    text = (
        "附表 主要指标\n"
        "指标\t2020年\t2025年\t属性\n"
        "每千人口医疗机构床位数（张）①\t6.1\t6.8\t预期性\n"
        "儿童青少年总体近视率*\t52.3\t≤48%\t约束性\n"
        "三级医院平均住院日（天）②\t9.1\t≤8\t预期性\n"
    )
    assert document(tmp_path, text) == _GOALS


def test_a_goal_column_beside_a_score_column(tmp_path: Path) -> None:
    # 考核 tables: the goal is the 目标值 column's, the score after it no target
    text = (
        "附件 年度考核指标\n"
        "序号\t考核指标\t目标值\t分值\n"
        "1\t儿童青少年总体近视率\t≤48%\t10\n"
        "2\t家庭医生签约服务覆盖率\t≥45%\t15\n"
        "3\t严重精神障碍患者规范管理率\t≥85%\t10\n"
    )
    assert document(tmp_path, text) == [
        ("儿童青少年总体近视率", "<=", 48.0, "%", None),
        ("家庭医生签约服务覆盖率", ">=", 45.0, "%", None),
        ("严重精神障碍患者规范管理率", ">=", 85.0, "%", None),
    ]


def test_a_weight_column_before_the_goal_column_and_a_score_after(tmp_path: Path) -> None:
    text = (
        "附件 考核细则\n"
        "序号\t考核指标\t权重\t目标值\t满分\n"
        "1\t家庭医生签约服务覆盖率\t15\t≥45%\t20\n"
        "2\t严重精神障碍患者规范管理率\t10\t≥85%\t20\n"
    )
    assert document(tmp_path, text) == [
        ("家庭医生签约服务覆盖率", ">=", 45.0, "%", None),
        ("严重精神障碍患者规范管理率", ">=", 85.0, "%", None),
    ]


_SHARES = [
    ("老年人免费体检", "=", 15000.0, "人", 2025),
    ("家庭医生签约", "=", 6200.0, "户", 2025),
    ("老年人免费体检", "=", 11000.0, "人", 2025),
    ("家庭医生签约", "=", 4800.0, "户", 2025),
    ("老年人免费体检", "=", 8000.0, "人", 2025),
    ("家庭医生签约", "=", 3500.0, "户", 2025),
]


def test_a_task_shared_out_among_places_one_cell_a_line(tmp_path: Path) -> None:
    cells = ["县区", "老年人免费体检（人）", "家庭医生签约（户）"]
    cells += ["东城县", "15000", "6200", "西山县", "11000", "4800", "南湖区", "8000", "3500"]
    text = "附件 2025年目标任务分解表\n" + "\n".join(cells) + "\n"
    assert document(tmp_path, text) == _SHARES


def test_a_task_shared_out_among_places_apart_by_single_spaces(tmp_path: Path) -> None:
    text = (
        "附件 2025年目标任务分解表\n"
        "县区 老年人免费体检（人） 家庭医生签约（户）\n"
        "东城县 15000 6200\n"
        "西山县 11000 4800\n"
        "南湖区 8000 3500\n"
    )
    assert document(tmp_path, text) == _SHARES


def test_a_work_plans_table_stating_goals_in_words(tmp_path: Path) -> None:
    # 工作目标 cells are sentences: read by the clause rules, the row's other cells left
    text = (
        "附件 2025年重点工作任务清单\n"
        "序号\t工作任务\t工作目标\t完成时限\t责任单位\n"
        "1\t慢病管理\t高血压患者规范管理率达到65%以上\t2025年12月\t县卫健局\n"
        "2\t精神卫生\t严重精神障碍患者规范管理率不低于85%\t2025年12月\t县卫健局\n"
    )
    assert document(tmp_path, text) == [
        ("高血压患者规范管理率", ">=", 65.0, "%", 2025),
        ("严重精神障碍患者规范管理率", ">=", 85.0, "%", 2025),
    ]


def test_an_assessment_table_whose_standard_is_a_sentence_beside_a_score(tmp_path: Path) -> None:
    text = (
        "附件 考核评分表\n"
        "考核内容\t考核标准\t分值\n"
        "慢病管理\t高血压患者规范管理率≥65%，每低1个百分点扣1分\t10\n"
        "精神卫生\t严重精神障碍患者规范管理率≥85%，每低1个百分点扣1分\t10\n"
    )
    assert document(tmp_path, text) == [
        ("高血压患者规范管理率", ">=", 65.0, "%", None),
        ("严重精神障碍患者规范管理率", ">=", 85.0, "%", None),
    ]


def test_one_cell_a_line_a_goal_in_words_leaves_the_rows_after_it(tmp_path: Path) -> None:
    cells = ["附表 主要指标", "指标", "单位", "2020年", "2025年", "属性"]
    cells += ["婴儿死亡率", "‰", "4.5", "稳中有降", "预期性"]
    cells += ["每千人口医疗机构床位数", "张", "6.1", "6.8", "预期性"]
    cells += ["三级医院平均住院日", "天", "9.1", "≤8", "预期性"]
    assert document(tmp_path, "\n".join(cells) + "\n") == [_GOALS[0], _GOALS[2]]


def test_a_header_over_two_lines_apart_by_single_spaces(tmp_path: Path) -> None:
    text = (
        "附表 主要指标\n"
        "指标名称 单位 基期值 目标值 属性\n"
        "（2020年） （2025年）\n"
        "每千人口医疗机构床位数 张 6.1 6.8 预期性\n"
        "儿童青少年总体近视率 % 52.3 ≤48 约束性\n"
    )
    assert document(tmp_path, text) == _GOALS[:2]


def test_a_goal_word_merged_over_two_years(tmp_path: Path) -> None:
    # 目标值 spans the 2025 and 2030 columns of the header's second row
    cells = [
        "附表 主要指标",
        "指标",
        "单位",
        "基期值",
        "目标值",
        "属性",
        "2020年",
        "2025年",
        "2030年",
    ]
    cells += ["每千人口医疗机构床位数", "张", "6.1", "6.8", "7.2", "预期性"]
    cells += ["儿童青少年总体近视率", "%", "52.3", "≤48", "≤45", "约束性"]
    cells += ["三级医院平均住院日", "天", "9.1", "≤8", "≤7.5", "预期性"]
    assert document(tmp_path, "\n".join(cells) + "\n") == [
        ("每千人口医疗机构床位数", "=", 6.8, "张", 2025),
        ("每千人口医疗机构床位数", "=", 7.2, "张", 2030),
        ("儿童青少年总体近视率", "<=", 48.0, "%", 2025),
        ("儿童青少年总体近视率", "<=", 45.0, "%", 2030),
        ("三级医院平均住院日", "<=", 8.0, "天", 2025),
        ("三级医院平均住院日", "<=", 7.5, "天", 2030),
    ]


def test_a_narrow_numbered_table_one_cell_a_line(tmp_path: Path) -> None:
    # a row's value (38) is no row number, though it comes two cells after the last one
    cells = ["附表 考核指标", "序号", "指标", "2022年目标值", "责任部门"]
    cells += ["1", "每千人口医疗机构床位数（张）", "6.8", "县卫健局"]
    cells += ["2", "经常参加体育锻炼人数比例（%）", "38", "县体育局"]
    assert document(tmp_path, "\n".join(cells) + "\n") == [
        ("每千人口医疗机构床位数", "=", 6.8, "张", 2022),
        ("经常参加体育锻炼人数比例", "=", 38.0, "%", 2022),
    ]


def test_a_header_grouping_its_columns_over_a_second_row(tmp_path: Path) -> None:
    # 新建 and 改扩建 each span two columns named in the row below; 合计 has none; a row may
    # leave a group's cells empty
    text = (
        "附件 2025年养老服务任务分解表\n"
        "| 县区 | 新建养老机构 | | 改扩建养老机构 | | 合计床位（张） |\n"
        "| | 机构数（个） | 床位数（张） | 机构数（个） | 床位数（张） | |\n"
        "| 东城县 | 2 | 300 | | | 300 |\n"
        "| 西山县 | 1 | 150 | 3 | 240 | 390 |\n"
    )
    assert document(tmp_path, text) == [
        ("新建养老机构机构数", "=", 2.0, "个", 2025),
        ("新建养老机构床位数", "=", 300.0, "张", 2025),
        ("合计床位", "=", 300.0, "张", 2025),
        ("新建养老机构机构数", "=", 1.0, "个", 2025),
        ("新建养老机构床位数", "=", 150.0, "张", 2025),
        ("改扩建养老机构机构数", "=", 3.0, "个", 2025),
        ("改扩建养老机构床位数", "=", 240.0, "张", 2025),
        ("合计床位", "=", 390.0, "张", 2025),
    ]


def test_a_table_run_into_one_stretch_of_text(tmp_path: Path) -> None:
    # no separator left: the header's words run together after 序号, each row opens with
    # its number right after the last row's department; a row's unit in brackets, maybe
    # left empty where the page lost its %
    text = (
        "附件 2023年健康县城建设考核指标序号类别指标2023年全县目标值责任单位"
        "1资源每千人口医疗机构床位数(张)6.8县卫健局2效率三级医院平均住院日(天)8县卫健局"
        "3建立家庭医生团队考核机制实现县卫健局4学生健康儿童青少年总体近视率()48县教育局\n"
    )
    assert document(tmp_path, text) == [
        ("资源每千人口医疗机构床位数", "=", 6.8, "张", 2023),
        ("效率三级医院平均住院日", "=", 8.0, "天", 2023),
        ("学生健康儿童青少年总体近视率", "=", 48.0, "", 2023),
    ]


def test_a_goal_column_for_each_year_has_no_base_among_them(tmp_path: Path) -> None:
    # 2024年目标 | 2026年目标: both goals, each with its year (the first is no baseline)
    text = (
        "附件 分年度目标\n"
        "指标\t2024年目标\t2026年目标\t牵头单位\n"
        "儿童青少年总体近视率（%）\t≤50\t≤48\t县教育局\n"
        "三级医院平均住院日（天）\t≤8.5\t≤8\t县卫健局\n"
    )
    assert document(tmp_path, text) == [
        ("儿童青少年总体近视率", "<=", 50.0, "%", 2024),
        ("儿童青少年总体近视率", "<=", 48.0, "%", 2026),
        ("三级医院平均住院日", "<=", 8.5, "天", 2024),
        ("三级医院平均住院日", "<=", 8.0, "天", 2026),
    ]


def test_single_spaced_rows_under_a_pdf_header_whose_years_lost_their_year_sign(
    tmp_path: Path,
) -> None:
    # 2020 年: the PDF set 年 apart from its year; the header's cells apart by runs of
    # spaces, its rows' by one
    text = (
        "表3 主要指标\n"
        "序号   指标名称   单位   2020 年   2025 年   属性\n"
        "1 每千人口医疗机构床位数 张 6.1 6.8 预期性\n"
        "2 儿童青少年总体近视率 % 52.3 ≤48 约束性\n"
        "3 三级医院平均住院日 天 9.1 ≤8 预期性\n"
    )
    assert document(tmp_path, text) == _GOALS


def test_a_name_wrapped_onto_a_line_of_its_own_between_two_rows(tmp_path: Path) -> None:
    # a Word conversion wrapped the end of a long name cell onto the next line
    text = (
        "附表 主要指标\n"
        "指标\t单位\t2020年\t2025年\t属性\n"
        "每千人口医疗机构\t张\t6.1\t6.8\t预期性\n"
        "床位数\n"
        "儿童青少年总体近视率\t%\t52.3\t≤48\t约束性\n"
        "三级医院平均住院日\t天\t9.1\t≤8\t预期性\n"
    )
    assert document(tmp_path, text) == _GOALS
