"""Stop 28: a level stated between 在 and 基础上 (在现有…N个…基础上) is what the goal builds on:
neither a sign that the sentence tells of the past (现有) nor a target, and no part of the
indicator; a goal kept while others are reached (在确保…不低于95%的基础上) stays a target.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_level_named_between_at_and_on_the_basis_of_is_no_target(tmp_path: Path) -> None:
    text = "二、主要目标\n在现有市县两级共18个急救站点基础上，新建6个乡镇急救站点。\n"
    assert document(tmp_path, text) == [("新建乡镇急救站点", "=", 6.0, "个", None)]


def test_the_level_leaves_the_indicator_of_the_goal_in_its_clause(tmp_path: Path) -> None:
    text = "二、主要目标\n在现有的300张康复床位基础上增加康复床位150张。\n"
    assert document(tmp_path, text) == [("增加康复床位", "=", 150.0, "张", None)]


def test_a_goal_kept_on_the_basis_of_which_others_are_reached_stays(tmp_path: Path) -> None:
    text = "二、主要目标\n在确保疫苗接种率不低于90%的基础上，新建4个预防接种门诊。\n"
    assert document(tmp_path, text) == [
        ("疫苗接种率", ">=", 90.0, "%", None),
        ("新建预防接种门诊", "=", 4.0, "个", None),
    ]
