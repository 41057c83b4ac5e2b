"""Indicator tables flattened one cell a line (the ninth blind part's national and city
plans lost whole tables this way), in tables written for the test."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_table_of_cells_each_closed_by_a_bar_is_read_row_by_row(tmp_path: Path) -> None:
    cells = [
        "表1 康复服务发展主要指标 |",
        "指标名称 |",
        "2020年 |",
        "2025年 |",
        "属性 |",
        "康复医院(家) |",
        "120 |",
        "150 |",
        "预期性 |",
        "康复专业人员(万人) |",
        "2.4 |",
        "3.6 |",
        "预期性 |",
        "社区康复站覆盖率(%) |",
        "60 |",
        "85 |",
        "约束性 |",
    ]
    found = document(tmp_path, "\n".join(cells) + "\n")
    assert ("康复医院", "=", 150, "家", 2025) in found
    # a unit counted in ten thousands in the name's brackets: the value in persons
    assert ("康复专业人员", "=", 36000, "人", 2025) in found
    assert ("社区康复站覆盖率", "=", 85, "%", 2025) in found
    assert len(found) == 3


def test_a_column_of_yearly_growth_gives_a_growth_target_beside_the_goal(tmp_path: Path) -> None:
    text = (
        "附表 医养结合发展指标\n"
        "指标\t2021年\t2025年\t年均增长(%)\t属性\n"
        "护理型床位(万张)\t1.5\t2.2\t8\t预期性\n"
        "养老机构医务室(个)\t300\t420\t7\t预期性\n"
        "家庭病床使用率(%)\t40\t55\t—\t预期性\n"
    )
    found = document(tmp_path, text)
    assert ("护理型床位", "=", 22000, "张", 2025) in found
    assert ("护理型床位", "increase_by", 8, "%", 2025) in found
    assert ("养老机构医务室", "increase_by", 7, "%", 2025) in found
    assert ("家庭病床使用率", "=", 55, "%", 2025) in found
    assert len(found) == 5  # no growth where the column says —


def test_a_name_with_its_unit_then_a_definition_and_a_column_for_each_year(
    tmp_path: Path,
) -> None:
    text = (
        "附件：某区全民营养行动工作指标\n"
        "序号\n| 指标名称\n| 指标解释\n| 现有水平\n| 年度进度\n| 责任单位\n|\n"
        "(截至2022年底)\n| 2023年\n| 2024年\n| 2025年\n|\n"
        "1\n| 学生营养知识知晓率(%)\n| 答对题数/答题总数×100%\n| 70\n| 72\n| 75\n| 78\n"
        "| 区教育局\n|\n"
        "2\n| 食堂减盐达标率(%)\n| 达标食堂数/食堂总数×100%\n| 50\n| 60\n| 70\n| 80\n"
        "| 区市场监管局\n|\n"
    )
    found = document(tmp_path, text)
    for year, value in ((2023, 72), (2024, 75), (2025, 78)):
        assert ("学生营养知识知晓率", "=", value, "%", year) in found
    for year, value in ((2023, 60), (2024, 70), (2025, 80)):
        assert ("食堂减盐达标率", "=", value, "%", year) in found
    assert len(found) == 6


def test_a_row_with_no_baseline_and_a_row_holding_a_part_of_its_measure(tmp_path: Path) -> None:
    text = (
        "某县“十五五”卫生健康主要指标\n"
        "序号\t主要指标\t单位\t2025年\t2030年目标\t指标性质\n"
        "1\t居民体质达标率\t%\t-\t92\t预期性\n"
        "2\t每千人口护士数\t人\t3.1\t3.8\t预期性\t其中:每千人口社区护士数\t0.3\t0.5\t预期性\n"
        "3\t每万人口药师数\t-\t5\t预期性\n"
    )
    assert document(tmp_path, text) == [
        ("居民体质达标率", "=", 92, "%", 2030),
        ("每千人口护士数", "=", 3.8, "人", 2030),
        ("每千人口社区护士数", "=", 0.5, "", 2030),
        ("每万人口药师数", "=", 5, "", 2030),
    ]
