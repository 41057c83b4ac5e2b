"""Stop 27, second half: what a bare word or a list in a target names, by the revised list rule
(eval/corpus/README.md "Annotation rules"). Plans and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_bare_done_under_a_heading_is_the_work_the_heading_names(tmp_path: Path) -> None:
    plan = (
        "某县卫生健康事业发展规划\n"
        "二、主要任务\n"
        "（一）村卫生室标准化建设\n"
        "2025年完成60%，2027年全面完成。\n"
        "（二）乡镇卫生院发热门诊改造\n"
        "年内建成12个。\n"
        "（三）加快推进老旧小区改造\n"
        "惠及不少于5000户家庭。\n"
    )
    assert [t[0] for t in document(tmp_path, plan)] == [
        "村卫生室标准化建设完成",
        "乡镇卫生院发热门诊改造建成",
        # a short indicator that is no act of finishing keeps its own words
        "惠及家庭",
    ]
