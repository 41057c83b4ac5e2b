"""Stop 33, tables (fourth round): rules each with a test in our own words."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_goal_heading_spaced_out_over_year_columns_makes_each_year_a_target(
    tmp_path: Path,
) -> None:
    # 目 标 指 标 merged over 2024年 | 2025年 | 2026年: every year's cell is that year's goal,
    # the first year's no baseline
    text = (
        "某县村级卫生服务提升方案（2024—2026年）\n"
        "主要指标\n"
        "序号 |指 标 名 称 |单位 |目 标 指 标 |||2024年 |2025年 |2026年 ||||\n"
        "1 |村卫生室标准化建设率 |% |80 |90 |100 |\n"
        "2 |家庭医生签约服务覆盖率 |% |40 |45 |50 |\n"
    )
    found = {(name, value, deadline) for name, _, value, _, deadline in document(tmp_path, text)}
    assert found == {
        ("村卫生室标准化建设率", 80.0, 2024),
        ("村卫生室标准化建设率", 90.0, 2025),
        ("村卫生室标准化建设率", 100.0, 2026),
        ("家庭医生签约服务覆盖率", 40.0, 2024),
        ("家庭医生签约服务覆盖率", 45.0, 2025),
        ("家庭医生签约服务覆盖率", 50.0, 2026),
    }
