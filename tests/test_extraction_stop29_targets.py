"""Stop 29, targets on unseen documents: kinds of plan language the folded parts lost.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_a_news_list_dashed_with_ascii_hyphens_goes_on_over_its_lines(tmp_path: Path) -> None:
    # an old page or a mirror site writes -- (or ----) for the dash of each listed goal
    text = (
        "本报讯 记者5日从省卫生厅获悉，全省将实施新一轮结核病防治规划。"
        "到2015年实现以下目标:\n"
        "--新发患者发现率达到75%以上。\n"
        "--患者治愈率保持在90%以上;学生结核病知识知晓率达到85%。\n"
        "----县级定点医院覆盖率达到100%。\n"
    )
    assert document(tmp_path, text) == [
        ("新发患者发现率", ">=", 75.0, "%", 2015),
        ("患者治愈率", ">=", 90.0, "%", 2015),
        ("学生结核病知识知晓率", ">=", 85.0, "%", 2015),
        ("县级定点医院覆盖率", ">=", 100.0, "%", 2015),
    ]


def test_a_share_of_units_covered_is_named_by_what_covers_them() -> None:
    assert read("健康素养监测覆盖全省60%以上的乡镇") == [("健康素养监测覆盖乡镇", ">=", 60.0, "%")]
    assert read("慢病随访服务覆盖40%的村") == [("慢病随访服务覆盖村", "=", 40.0, "%")]


def test_only_the_last_goal_of_a_list_names_the_share_covered() -> None:
    assert read("门诊预约率稳步提高、远程会诊覆盖70%的乡镇卫生院") == [
        ("远程会诊覆盖乡镇卫生院", "=", 70.0, "%")
    ]


def test_a_table_whose_value_cells_a_bar_opens_one_a_line_is_read_by_rows(
    tmp_path: Path,
) -> None:
    # each row: its name on a line, then each value on a line of its own after a bar
    text = (
        "附件：卫生发展主要指标\n"
        "指标名称\n| 2020\n| 2024\n|\n"
        "出生缺陷发生率(‰)\n| 12.5\n| 10\n|\n"
        "每千人口执业医师数(人)\n| 2.1\n| 2.6\n|\n"
        "乡镇卫生院达标率(%)\n| 70\n| 95\n|\n"
    )
    assert document(tmp_path, text) == [
        ("出生缺陷发生率", "=", 10.0, "‰", 2024),
        ("每千人口执业医师数", "=", 2.6, "人", 2024),
        ("乡镇卫生院达标率", "=", 95.0, "%", 2024),
    ]


def test_a_lone_line_opening_with_a_bar_stays_prose(tmp_path: Path) -> None:
    text = "二、主要目标\n到2025年：\n| 孕产妇系统管理率达到92%。\n"
    assert document(tmp_path, text) == [("孕产妇系统管理率", ">=", 92.0, "%", 2025)]
