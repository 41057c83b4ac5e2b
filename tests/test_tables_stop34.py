"""Stop 34, tables (first round): rules each with a test, on small tables written for them."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document

# the shares of two places and their total, as each layout below prints them
_SHARES = {
    ("新建供水站数量", 12.0, "处"),
    ("改造管网长度", 300.0, "公里"),
    ("配备消毒设备", 40.0, "套"),
    ("新建供水站数量", 8.0, "处"),
    ("改造管网长度", 150.0, "公里"),
    ("配备消毒设备", 25.0, "套"),
    ("新建供水站数量", 20.0, "处"),
    ("改造管网长度", 450.0, "公里"),
    ("配备消毒设备", 65.0, "套"),
}


def _found(tmp_path: Path, text: str) -> set[tuple[str, float, str]]:
    return {(name, value, unit) for name, _, value, unit, _ in document(tmp_path, text)}


def test_a_share_table_numbered_before_its_places_reads_every_column(tmp_path: Path) -> None:
    # 序号 before the column of places: each place's row and the total row give one target a
    # column, named by the column with the unit its brackets hold
    text = (
        "某市农村供水保障三年行动方案（2025—2027年）\n"
        "附表 各县任务分解表\n"
        "序号 | 县区 | 新建供水站数量（处） | 改造管网长度（公里） | 配备消毒设备（套） |\n"
        "1 | 东城县 | 12 | 300 | 40 |\n"
        "2 | 西山县 | 8 | 150 | 25 |\n"
        "合计 | | 20 | 450 | 65 |\n"
    )
    assert _found(tmp_path, text) == _SHARES


def test_a_share_table_printed_one_cell_to_a_line_is_read_by_its_columns(
    tmp_path: Path,
) -> None:
    # a PDF's conversion: each cell on a line of its own closed by a bar, words spaced out
    # (县 区, 合 计), a space before a unit's bracket, and the total row's 序号 merged away
    cells = [
        "序号", "县 区", "新建供水站数量 (处)", "改造管网长度 (公里)", "配备消毒设备 (套)",
        "1", "东城县", "12", "300", "40",
        "2", "西山县", "8", "150", "25",
        "合 计", "20", "450", "65",
    ]  # fmt: skip
    text = "某市农村供水保障三年行动方案（2025—2027年）\n附表 各县任务分解表\n" + "".join(
        f"{cell} |\n" for cell in cells
    )
    assert _found(tmp_path, text) == _SHARES


def test_a_share_table_apart_by_tabs_keeps_an_empty_cell_in_its_column(tmp_path: Path) -> None:
    # a row leaving a column empty: its other value stays in the column it stands in
    text = (
        "某县健康乡村建设实施方案\n"
        "附件 任务分配表\n"
        "序号\t乡镇\t新建村卫生室（个）\t培训乡村医生（人）\n"
        "1\t河口镇\t3\t40\n"
        "2\t山前乡\t\t25\n"
        "合计\t\t3\t65\n"
    )
    assert _found(tmp_path, text) == {
        ("新建村卫生室", 3.0, "个"),
        ("培训乡村医生", 40.0, "人"),
        ("培训乡村医生", 25.0, "人"),
        ("培训乡村医生", 65.0, "人"),
    }


def test_a_title_over_the_next_tables_header_is_no_part_of_the_row_before(
    tmp_path: Path,
) -> None:
    # 附表2 各乡镇任务 on its own line after an indicator table's last row opens the next
    # table: the row's name does not go on with it
    text = (
        "某县健康乡村建设实施方案\n"
        "一、主要指标\n"
        "序号 | 指标 | 单位 | 2025年 | 2027年 |\n"
        "1 | 村卫生室标准化率 | % | 80 | 95 |\n"
        "2 | 乡村医生中执业医师占比 | % | 30 | 45 |\n"
        "各乡镇任务\n"
        "序号 | 乡镇 | 新建村卫生室（个） | 培训乡村医生（人） |\n"
        "1 | 河口镇 | 3 | 40 |\n"
        "2 | 山前乡 | 2 | 25 |\n"
    )
    names = {name for name, *_ in document(tmp_path, text)}
    assert "乡村医生中执业医师占比" in names
    assert not any(name.endswith("任务") for name in names)


def test_a_rows_name_cut_across_two_lines_in_a_table_apart_by_tabs(tmp_path: Path) -> None:
    # a conversion cut a row's name: its number and first words on one line, the rest of the
    # name and the row's values on the next; the row keeps its whole name
    text = (
        "某县卫生健康事业发展规划（2021—2025年）\n"
        "主要指标\n"
        "序号\t指标名称\t单位\t2020年\t2025年\t属性\n"
        "1\t居民健康素养水平\t%\t20\t28\t预期性\n"
        "2\t每万人口全科\n"
        "医生数\t人\t2.5\t3.5\t约束性\n"
        "3\t婴儿死亡率\t‰\t5\t≤4.5\t预期性\n"
    )
    assert {(name, value) for name, _, value, _, _ in document(tmp_path, text)} == {
        ("居民健康素养水平", 28.0),
        ("每万人口全科医生数", 3.5),
        ("婴儿死亡率", 4.5),
    }


def test_a_rows_name_cut_across_two_lines_in_a_table_laid_out_with_spaces(
    tmp_path: Path,
) -> None:
    text = (
        "某县卫生健康事业发展规划（2021—2025年）\n"
        "主要指标\n"
        "序号  指标名称                单位    2020年   2025年   属性\n"
        "1     居民健康素养水平        %       20       28       预期性\n"
        "2     每万人口全科\n"
        "      医生数                  人      2.5      3.5      约束性\n"
        "3     婴儿死亡率              ‰       5        ≤4.5     预期性\n"
    )
    assert {(name, value) for name, _, value, _, _ in document(tmp_path, text)} == {
        ("居民健康素养水平", 28.0),
        ("每万人口全科医生数", 3.5),
        ("婴儿死亡率", 4.5),
    }


def test_a_goal_word_alone_in_the_headers_second_row_is_every_years(tmp_path: Path) -> None:
    # 2025年 | 2026年 | 2027年 over a second header row holding only 目标值, merged over them:
    # each year is a goal, the first no baseline
    text = (
        "某县卫生健康提升行动方案（2025—2027年）\n"
        "主要指标\n"
        "序号 | 指标 | 单位 | 2025年 | 2026年 | 2027年 |\n"
        "| | | 目标值 | | |\n"
        "1 | 家庭医生签约服务覆盖率 | % | 45 | 50 | 55 |\n"
        "2 | 孕产妇死亡率 | /10万 | ≤10 | ≤9.5 | ≤9 |\n"
    )
    found = {(name, value, deadline) for name, _, value, _, deadline in document(tmp_path, text)}
    assert found == {
        ("家庭医生签约服务覆盖率", 45.0, 2025),
        ("家庭医生签约服务覆盖率", 50.0, 2026),
        ("家庭医生签约服务覆盖率", 55.0, 2027),
        ("孕产妇死亡率", 10.0, 2025),
        ("孕产妇死亡率", 9.5, 2026),
        ("孕产妇死亡率", 9.0, 2027),
    }


def test_a_baseline_over_one_year_and_a_goal_merged_over_the_rest(tmp_path: Path) -> None:
    # 基期值 under 2024年, 目标值 under 2025年 and merged over the years after it
    text = (
        "某县卫生健康提升行动方案（2025—2027年）\n"
        "主要指标\n"
        "序号 | 指标 | 单位 | 2024年 | 2025年 | 2026年 | 2027年 |\n"
        "| | | 基期值 | 目标值 | | |\n"
        "1 | 家庭医生签约服务覆盖率 | % | 40 | 45 | 50 | 55 |\n"
    )
    found = {(name, value, deadline) for name, _, value, _, deadline in document(tmp_path, text)}
    assert found == {
        ("家庭医生签约服务覆盖率", 45.0, 2025),
        ("家庭医生签约服务覆盖率", 50.0, 2026),
        ("家庭医生签约服务覆盖率", 55.0, 2027),
    }


def test_a_total_column_after_the_years_makes_each_year_a_share(tmp_path: Path) -> None:
    # 2025年 | 2026年 | 2027年 | 合计: the years add up to the total, so each is a year's task
    # (the first no baseline), and the total is no year's
    text = (
        "某县养老服务提升行动方案（2025—2027年）\n"
        "年度任务\n"
        "项目 | 单位 | 2025年 | 2026年 | 2027年 | 合计 |\n"
        "新增护理型床位 | 张 | 60 | 80 | 100 | 240 |\n"
        "建设村级互助养老点 | 个 | 5 | 6 | 8 | 19 |\n"
    )
    found = {(name, value, deadline) for name, _, value, _, deadline in document(tmp_path, text)}
    assert found == {
        ("新增护理型床位", 60.0, 2025),
        ("新增护理型床位", 80.0, 2026),
        ("新增护理型床位", 100.0, 2027),
        ("建设村级互助养老点", 5.0, 2025),
        ("建设村级互助养老点", 6.0, 2026),
        ("建设村级互助养老点", 8.0, 2027),
    }


def test_a_header_over_two_rows_printed_one_cell_to_a_line_between_bars(
    tmp_path: Path,
) -> None:
    # 基期值 | 目标值 in the header's first row, 2024年 | 2027年 under them in the second, every
    # cell on a line of its own: a row has as many cells as the header has columns, not cells
    cells = [
        "序号", "指标名称", "单位", "基期值", "目标值", "属性", "2024年", "2027年",
        "1", "居民健康素养水平", "%", "26", "32", "预期性",
        "2", "婴儿死亡率", "‰", "4.8", "≤4.5", "约束性",
        "3", "每万人口全科医生数", "人", "3.1", "4", "预期性",
    ]  # fmt: skip
    text = "某县卫生健康提升行动方案（2025—2027年）\n主要指标\n" + "".join(
        f"{cell} |\n" for cell in cells
    )
    found = {(name, value, unit) for name, _, value, unit, _ in document(tmp_path, text)}
    assert found == {
        ("居民健康素养水平", 32.0, "%"),
        ("婴儿死亡率", 4.5, "‰"),
        ("每万人口全科医生数", 4.0, "人"),
    }


def test_groups_over_a_second_header_row_after_a_number_column(tmp_path: Path) -> None:
    # 新建 and 改建 each over two columns named in the row below, 序号 before the places, the
    # rows with no bar before them (so the second header row's first bar closes an empty
    # cell), and a total row
    text = (
        "某市托育服务发展实施方案\n"
        "附表 各区任务\n"
        "序号 | 地区 | 新建 | | 改建 |\n"
        "| | 机构数（个） | 托位（个） | 机构数（个） | 托位（个） |\n"
        "1 | 东区 | 3 | 120 | 2 | 60 |\n"
        "2 | 西区 | 2 | 80 | | |\n"
        "合计 | | 5 | 200 | 2 | 60 |\n"
    )
    assert _found(tmp_path, text) == {
        ("新建机构数", 3.0, "个"),
        ("新建托位", 120.0, "个"),
        ("改建机构数", 2.0, "个"),
        ("改建托位", 60.0, "个"),
        ("新建机构数", 2.0, "个"),
        ("新建托位", 80.0, "个"),
        ("新建机构数", 5.0, "个"),
        ("新建托位", 200.0, "个"),
    }


def test_a_cell_cut_over_two_lines_between_barred_cells_is_one_cell(tmp_path: Path) -> None:
    # one cell a line, each closed by a bar; a conversion cut a name over two lines, the first
    # with no bar: the two lines are one name, and the rows stay apart
    cells = [
        "序号 |", "指标名称 |", "单位 |", "2024年 |", "2027年 |", "属性 |",
        "1 |", "居民健康素养水平 |", "% |", "26 |", "32 |", "预期性 |",
        "2 |", "每万人口全科", "医生数 |", "人 |", "3.1 |", "4 |", "约束性 |",
        "3 |", "婴儿死亡率 |", "‰ |", "4.8 |", "≤4.5 |", "预期性 |",
    ]  # fmt: skip
    text = "某县卫生健康提升行动方案（2025—2027年）\n主要指标\n" + "\n".join(cells) + "\n"
    found = {(name, value, unit) for name, _, value, unit, _ in document(tmp_path, text)}
    assert found == {
        ("居民健康素养水平", 32.0, "%"),
        ("每万人口全科医生数", 4.0, "人"),
        ("婴儿死亡率", 4.5, "‰"),
    }


def test_a_budget_row_is_a_means_not_a_goal(tmp_path: Path) -> None:
    # the sum budgeted for the work is what it costs; the rate the budget is spent at, and
    # the sum paid to each person, stay goals
    text = (
        "某县2026年基本公共卫生服务项目绩效目标表\n"
        "指标 | 单位 | 2026年目标值 |\n"
        "项目预算金额 | 万元 | 1200 |\n"
        "预算执行率 | % | 100 |\n"
        "人均基本公共卫生服务经费 | 元 | 94 |\n"
        "老年人健康管理率 | % | 65 |\n"
    )
    names = {name for name, *_ in document(tmp_path, text)}
    assert names == {"预算执行率", "人均基本公共卫生服务经费", "老年人健康管理率"}


def test_year_end_columns_date_their_goals(tmp_path: Path) -> None:
    # 2020年末 | 2025年末: the columns of the years they end, a category cell merged down
    text = (
        "某县卫生健康事业发展规划（2021—2025年）\n"
        "主要指标\n"
        "领域 | 序号 | 指标 | 单位 | 2020年末 | 2025年末 | 属性 |\n"
        "健康水平 | 1 | 人均预期寿命 | 岁 | 78.2 | 79 | 预期性 |\n"
        " | 2 | 婴儿死亡率 | ‰ | 5 | ≤4.5 | 约束性 |\n"
    )
    found = {(name, value, deadline) for name, _, value, _, deadline in document(tmp_path, text)}
    assert found == {("人均预期寿命", 79.0, 2025), ("婴儿死亡率", 4.5, 2025)}


def test_full_width_bars_and_near_and_far_goal_columns(tmp_path: Path) -> None:
    # a table apart by full-width bars (｜), its columns 现状值（2020年） | 近期目标（2025年） |
    # 远期目标（2030年）: each goal column its year's
    text = (
        "某市健康城市建设规划（2021—2030年）\n"
        "主要指标\n"
        "序号｜指标｜单位｜现状值（2020年）｜近期目标（2025年）｜远期目标（2030年）\n"
        "1｜居民健康素养水平｜%｜25｜30｜40\n"
        "2｜婴儿死亡率｜‰｜5｜≤4.5｜≤4\n"
    )
    found = {(name, value, deadline) for name, _, value, _, deadline in document(tmp_path, text)}
    assert found == {
        ("居民健康素养水平", 30.0, 2025),
        ("居民健康素养水平", 40.0, 2030),
        ("婴儿死亡率", 4.5, 2025),
        ("婴儿死亡率", 4.0, 2030),
    }


def test_a_total_row_under_year_columns_is_no_indicator(tmp_path: Path) -> None:
    # 合计 adds up rows of other units (beds and stations): the rows above are the targets
    text = (
        "某县养老服务提升行动方案（2025—2027年）\n"
        "年度任务\n"
        "项目 | 单位 | 2025年目标 | 2027年目标 |\n"
        "新增护理型床位 | 张 | 60 | 100 |\n"
        "建设村级互助养老点 | 个 | 5 | 8 |\n"
        "合计 | | 65 | 108 |\n"
    )
    names = {name for name, *_ in document(tmp_path, text)}
    assert names == {"新增护理型床位", "建设村级互助养老点"}
