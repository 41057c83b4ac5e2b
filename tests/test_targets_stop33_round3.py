"""Stop 33, targets (third round): rules each with a test in our own words."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document

# A progress table a page printed one cell to a line: merged cells (a row's 序号, a group of
# items named once) leave its rows of unequal length, the unit column parts them.
_CELL_LINES = """某县上半年为民办实事项目进展表 |
序号 |
考核指标 |
单位 |
年度目标 |
已完成数 |
完成率 |
备注 |
1 |
城乡医疗保障 |
新增家庭医生签约居民 |
人 |
3000 |
1800 |
60% |
|
为65岁以上老年人免费体检 |
人次 |
5200 |
2600 |
50% |
已陆续开展 |
2 |
助残服务 |
残疾人托养服务补贴标准 |
元/月/人 |
300 |
|
100% |
已按标准发放 |
"""


def test_a_table_printed_one_cell_a_line_is_read_by_rows(tmp_path: Path) -> None:
    found = {(name, value, unit) for name, _, value, unit, _ in document(tmp_path, _CELL_LINES)}
    assert found == {
        ("新增家庭医生签约居民", 3000.0, "人"),
        ("为65岁以上老年人免费体检", 5200.0, "人次"),
        ("残疾人托养服务补贴标准", 300.0, "元/月/人"),
    }


def test_the_cost_works_are_foreseen_to_take_tells_no_state(tmp_path: Path) -> None:
    # 开支预计达…元: the works' cost foreseen, no forecast of how things stand; itself a means
    text = (
        "某市财政预算案\n"
        "我们会推行多项医院工程，包括扩建甲医院和乙医院等，合共增加600张病床，"
        "工程开支预计达50亿元。\n"
    )
    assert [(value, unit) for _, _, value, unit, _ in document(tmp_path, text)] == [(600.0, "张")]


def test_works_foreseen_done_by_a_year_are_planned(tmp_path: Path) -> None:
    # 预计2030年全部落实: when the works are foreseen to be done, no forecast of a state
    text = "某市财政预算案\n这些医院工程共增加900张病床，预计2030年全部落实。\n"
    assert [(value, unit) for _, _, value, unit, _ in document(tmp_path, text)] == [(900.0, "张")]
