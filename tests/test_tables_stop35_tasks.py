"""Stop 35, tables (first round): tables of a year's tasks (实事) naming each task twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from targets_helpers import document

_ROWS = (
    "1 | 普惠托育 | 新建社区托育点15个 | 区卫健局 |\n"
    "2 | 适老改造 | 完成困难老年人家庭适老化改造300户 | 区民政局 |\n"
)


@pytest.mark.parametrize("name", ["实事项目", "项目名称", "任务名称"])
@pytest.mark.parametrize("content", ["目标任务", "建设内容", "主要内容", "工作任务"])
def test_a_task_named_then_described_is_read_from_its_description(
    tmp_path: Path, name: str, content: str
) -> None:
    # the first cell names the task, the second says what is to be done: the figures are there
    text = f"某区2026年为民办实事项目安排表\n序号 | {name} | {content} | 责任单位 |\n{_ROWS}"
    found = {(value, unit) for _, _, value, unit, _ in document(tmp_path, text)}
    assert found == {(15.0, "个"), (300.0, "户")}


@pytest.mark.parametrize("planned", ["年度任务", "计划任务数", "目标任务"])
def test_a_progress_table_gives_each_task_its_planned_figure_not_what_was_done(
    tmp_path: Path, planned: str
) -> None:
    # a report of the year's tasks: the planned count stands alone in its cell, then the
    # count done and the share done; only the planned count is a goal
    text = (
        "某县2026年民生实事项目推进情况\n"
        f"序号 | 项目名称 | {planned} | 完成数 | 完成率 |\n"
        "1 | 新建村级卫生服务站 | 12个 | 9个 | 75% |\n"
        "2 | 免费产前筛查 | 4000人 | 4100人 | 102.5% |\n"
    )
    found = {(value, unit, year) for _, _, value, unit, year in document(tmp_path, text)}
    assert found == {(12.0, "个", 2026), (4000.0, "人", 2026)}


def test_a_progress_table_one_cell_a_line_keeps_its_row_numbers_in_their_rows(
    tmp_path: Path,
) -> None:
    # the same report flattened one cell to a line, each closed by a bar, 序号 its first column:
    # each row starts at its number, so the first task is not cut off from its figures
    cells = [
        *("序号", "项目名称", "年度任务", "完成数", "完成率"),
        *("1", "新建村级卫生服务站", "12个", "9个", "75%"),
        *("2", "免费产前筛查", "4000人", "4100人", "102.5%"),
    ]
    text = "某县2026年民生实事项目推进情况\n" + "".join(f"{c} |\n" for c in cells)
    found = {(value, unit, year) for _, _, value, unit, year in document(tmp_path, text)}
    assert found == {(12.0, "个", 2026), (4000.0, "人", 2026)}
