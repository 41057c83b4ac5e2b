"""Stop 32, targets (fourth round): news pages of the folded fifteenth part."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_headline_naming_the_years_work_dates_its_goals(tmp_path: Path) -> None:
    # the headline, not a later line of the report that sums up a past five-year plan, is the
    # page's title: the goals it lists without a year are that year's
    text = (
        "2026年某市卫生健康工作这样干\n"
        "2026-02-09 09:29 来源:某市卫生健康委\n\n"
        "会议全面总结“十四五”时期及2025年\n\n"
        "全市卫生健康工作\n\n"
        "深化健康城市行动,居民健康素养达到40%。\n"
    )
    found = document(tmp_path, text)
    assert [(value, deadline) for _, _, value, _, deadline in found] == [(40.0, 2026)]
