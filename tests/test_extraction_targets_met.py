"""Goals said to be met ahead of time (提前达到, 提前实现) are a review of what was done, not
targets; a plan's resolve to meet them early (力争提前完成) still sets one. Sentences written
for the test."""

from __future__ import annotations

from pathlib import Path

import targets_helpers


def document(tmp_path: Path, text: str) -> list[tuple[str, str, float, str]]:
    return [t[:4] for t in targets_helpers.document(tmp_path, text)]


def test_goals_met_ahead_of_time_are_no_targets(tmp_path: Path) -> None:
    text = (
        "某区儿童发展纲要实施情况\n"
        "纲要共设指标150项，其中64项提前达到2025年纲要目标，比上年增加3项。\n"
        "全区有9项指标提前实现规划目标，占比提高2.5个百分点。\n"
    )
    assert document(tmp_path, text) == []


def test_a_resolve_to_meet_a_goal_early_still_sets_it(tmp_path: Path) -> None:
    text = "某县健康行动方案\n力争提前完成规划任务，到2025年孕妇产前检查率达到96%。\n"
    assert document(tmp_path, text) == [("孕妇产前检查率", ">=", 96, "%")]


def test_the_past_a_chapter_of_a_flattened_page_reviews_ends_with_the_next_chapter(
    tmp_path: Path,
) -> None:
    text = (
        "某镇卫生院公共卫生工作计划 一、去年工作中存在的问题:1、档案更新不及时,"
        "部分档案内容不全。2、随访率只有60%。二、今年的工作目标:做好重点人群管理,"
        "使居民健康知识知晓率达到80%以上。对慢病患者的规范管理率达70%以上。\n"
    )
    assert document(tmp_path, text) == [
        ("居民健康知识知晓率", ">=", 80, "%"),
        ("对慢病患者的规范管理率", ">=", 70, "%"),
    ]
