"""Stop 30, targets (second round): kinds of plan language that recur across documents — parts
a total says it holds (含/包括), … Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_every_part_a_bracket_opened_by_han_lists_is_counted_in_the_total() -> None:
    # the bracket lists long items, each with its own length: all of them are what the total
    # of road made safe holds, none a goal of its own
    assert read(
        "整治县乡道路危险路段42.8公里(含滨河路南北两段中央隔离带加装防撞护栏7.2公里、"
        "迎宾大道中央隔离带加装防撞护栏4.35公里)"
    ) == [("整治县乡道路危险路段", "=", 42.8, "公里")]


def test_a_clause_opened_by_han_after_a_count_is_part_of_it(tmp_path: Path) -> None:
    # 含 in the next clause says what the twelve stations include; a substance named with 含
    # (含氟牙膏) is no part of a total
    text = (
        "某区2025年卫生健康工作要点\n"
        "1.新建12个健康驿站，含社区服务点4个。\n"
        "2.儿童含氟牙膏使用率达到60%。\n"
    )
    assert document(tmp_path, text) == [
        ("新建健康驿站", "=", 12.0, "个", 2025),
        ("儿童含氟牙膏使用率", ">=", 60.0, "%", 2025),
    ]
