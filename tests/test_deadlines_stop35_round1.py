"""Deadlines, stop 35 (first round): an undated news item whose first line is already its
opening paragraph (no headline above it), and 今年 of an undated news item told just after a
sentence naming the year the work starts in. Each page below is written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def _dated(tmp_path: Path, text: str) -> list[tuple[float, int | None]]:
    return [(t[2], t[4]) for t in document(tmp_path, text)]


def test_an_opening_paragraph_lends_this_year_no_year_of_its_goals(tmp_path: Path) -> None:
    # no headline: the first line is the item's paragraph, its 2031 the later goal's year,
    # not the year 今年 is
    text = (
        "本报讯 记者从某省水利厅了解到，某省今年将新建村级污水处理站300座，"
        "2031年村级污水处理率达到60%以上。\n"
        "另据介绍，今年某省将安排奖补资金，按照每座2万元的标准给予补助。\n"
    )
    assert _dated(tmp_path, text) == [(300, None), (60, 2031), (20000, None)]
    # …but the year of the work the paragraph says starts (启动2027年…) is the item's year
    started = (
        "本报讯 6月17日，某区正式启动2027年适龄女生免费接种工作。\n"
        "项目计划今年为3000名适龄女生进行免费接种。\n"
    )
    assert _dated(tmp_path, started) == [(3000, 2027)]


def test_this_year_of_an_undated_page_is_the_year_the_sentence_before_named(
    tmp_path: Path,
) -> None:
    text = (
        "免费为孩子查视力\n"
        "5月8日，2028年某市儿童视力筛查项目启动。今年全年将为3.2万名学生进行免费视力筛查。\n"
    )
    assert _dated(tmp_path, text) == [(32000, 2028)]
    # a year the work has gone on since is no year of now
    since = text.replace("5月8日，2028年某市儿童视力筛查项目启动。", "自2025年起某市开展视力筛查。")
    assert _dated(tmp_path, since) == [(32000, None)]
