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
