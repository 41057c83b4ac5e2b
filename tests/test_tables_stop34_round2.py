"""Stop 34, tables (second round): rules each with a test, on small tables written for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from targets_helpers import document

# the goals the task cells below list, each an item of its cell (their values and units: the
# indicators are the clause rules', which read each item as they read a clause)
_ITEMS = {(12.0, "条"), (300.0, "人"), (100.0, "%"), (50.0, "%"), (8.0, "%")}
_FIRST = (
    "1.开展控烟专项检查{s}2.新建健康步道12条{s}3.100%比例乡镇卫生院设置健康教育室"
    "{s}4.培训健康指导员不少于300人"
)
_SECOND = "1.印发健康科普工作方案{s}2.50%比例中小学校配备专职校医{s}3.完成8%比例老年人认知筛查"


def _found(tmp_path: Path, text: str) -> set[tuple[float, str]]:
    return {(value, unit) for _, _, value, unit, _ in document(tmp_path, text)}


@pytest.mark.parametrize("semicolon", [";", "；"])
def test_a_task_cell_running_numbered_items_together_reads_each_item(
    tmp_path: Path, semicolon: str
) -> None:
    # 目标任务 | 进展情况: the task's cell lists its items parted by semicolons, one item's
    # number glued to its value (3.100%); the progress cell tells what was done, no goal
    text = (
        "某市健康促进行动2024年目标任务与进展情况\n"
        "序号 | 目标任务 | 进展情况 | 责任单位 |\n"
        f"1 | {_FIRST.format(s=semicolon)} | 1.已开展专项检查;2.已建成步道5条 | 市卫健委 |\n"
        f"2 | {_SECOND.format(s=semicolon)} | 1.已印发方案 | 市教育局 |\n"
    )
    assert _found(tmp_path, text) == _ITEMS


@pytest.mark.parametrize("body", [[], ["市卫健委"]])
def test_a_task_table_one_cell_a_line_reads_its_task_cells(tmp_path: Path, body: list[str]) -> None:
    # the same table flattened one cell a line, each closed by a bar: two columns, or three
    # with the body charged
    header = ["目标任务", "进展情况", *(["责任单位"] if body else [])]
    rows = [
        [_FIRST.format(s=";"), "1.已开展专项检查;2.已建成步道5条;", *body],
        [_SECOND.format(s=";"), "1.已印发方案;", *body],
    ]
    cells = [*header, *(c for row in rows for c in row)]
    text = "某市健康促进行动目标任务与进展情况表\n" + "".join(f"{c} |\n" for c in cells)
    assert _found(tmp_path, text) == _ITEMS


def test_a_two_column_list_between_bars_is_still_read_as_prose(tmp_path: Path) -> None:
    # a guard: two barred cells with no tab between them (序号 | 项目名称) are no row the view
    # joined, each line's item is read as a sentence
    text = (
        "某县2025年民生实事项目\n"
        "序号 | 项目名称 |\n"
        "1 | 名医下乡项目:建设名医基层工作站6个 |\n"
        "2 | 村医项目:新建村级医疗卫生机构14家 |\n"
    )
    assert _found(tmp_path, text) == {(6.0, "个"), (14.0, "家")}


def test_an_item_number_glued_to_its_value_mid_line_is_the_items(tmp_path: Path) -> None:
    # items run together on one line of prose: 2.100% is item 2 and a hundred per cent, not
    # 2.1 per cent
    text = (
        "某县2024年健康教育工作计划\n"
        "1.开展健康讲座;2.100%比例村卫生室张贴宣传画;3.培训乡村医生60人\n"
    )
    assert _found(tmp_path, text) == {(100.0, "%"), (60.0, "人")}


def test_a_table_of_tasks_with_no_progress_column_reads_each_task_cell(tmp_path: Path) -> None:
    # 工作任务 | 责任单位 | 完成时限: the task cells state the figures, a row with no goal's verb
    # (创建健康村10个) as much as one with (不少于80人); the semicolon parts a cell's sentences
    text = (
        "某县2024年爱国卫生工作任务分解表\n"
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        "1 | 新建公共厕所15座;培训病媒生物防制人员不少于80人 | 县卫健局 | 2024年12月 |\n"
        "2 | 开展健康村创建;创建健康村10个 | 各乡镇 | 2024年10月 |\n"
    )
    assert _found(tmp_path, text) == {(15.0, "座"), (80.0, "人"), (10.0, "个")}
