"""Deadlines, stop 34 (first round): the day a document came out is not its goals' year, a
title's year set in brackets on the line under it, a sentence of the text is no title, the
year of a goals chapter ends where a flattened page runs the next chapter on, a chapter
numbered with a conversion's stop (二.), and a year in brackets after a level a verb sets.
Each plan below is written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def _dated(tmp_path: Path, text: str) -> list[tuple[float, int | None]]:
    return [(t[2], t[4]) for t in document(tmp_path, text)]


def test_the_month_a_document_came_out_is_not_the_year_its_goals_are_due(
    tmp_path: Path,
) -> None:
    # the year and month the plan was issued open the sentence that quotes its goals
    plan = (
        "某区控烟工作方案\n"
        "一、工作目标\n"
        "2019年3月，某市印发的《某市控烟行动纲要》提出：成人吸烟率降至22%以下，"
        "二手烟暴露率降至40%以下。\n"
    )
    assert _dated(tmp_path, plan) == [(22.0, None), (40.0, None)]


def test_a_sentence_opening_with_the_day_a_plan_came_out_is_no_title(tmp_path: Path) -> None:
    # among the first lines, the dated sentence names a 方案 and a year: not the title's
    plan = (
        "某区健康促进工作方案\n"
        "2022年8月，市政府印发《某市健康行动实施方案》，要求全市经常参加体育锻炼人数比例"
        "达到38%。\n"
    )
    assert _dated(tmp_path, plan) == [(38.0, None)]


def test_a_title_takes_the_year_set_in_brackets_on_the_line_under_it(tmp_path: Path) -> None:
    plan = "某县卫生健康工作要点\n（2026年）\n一、重点任务\n1.年底前全县新建4个社区卫生服务站。\n"
    assert _dated(tmp_path, plan) == [(4.0, 2026)]


def test_a_line_of_several_sentences_is_not_read_as_the_title(tmp_path: Path) -> None:
    # the third line names a year and 任务, but it is text: the plan has no year of its own, and
    # the tasks chapter after the goals is not dated by the goals' year
    plan = (
        "某县健康促进规划\n"
        "一、总体目标\n"
        "到2030年，全县居民健康素养水平达到40%。今后的重点任务是补齐短板。\n"
        "二、重点任务\n"
        "每个乡镇建设1个健康主题公园。\n"
    )
    assert _dated(tmp_path, plan) == [(40.0, 2030), (1.0, None)]


def test_a_plan_sent_out_by_a_notice_of_several_sentences_keeps_its_year(
    tmp_path: Path,
) -> None:
    # the notice's sentences are no title, but the title they send out is the plan's
    plan = (
        "各乡镇人民政府，县直各单位：\n"
        "现将《某县2026年卫生健康工作要点》印发给你们。请认真贯彻落实。\n"
        "一、重点任务\n"
        "（一）年底前，全县新建6个社区卫生服务站。\n"
    )
    assert _dated(tmp_path, plan) == [(6.0, 2026)]


def test_the_goals_year_ends_where_a_flattened_page_runs_the_next_chapter_on(
    tmp_path: Path,
) -> None:
    # the page lost the line break before 二、: the tasks after it are not the goals' year's
    plan = (
        "某县健康促进规划\n"
        "一、总体目标\n"
        "全县居民健康素养水平稳步提升，到2030年，全县居民健康素养水平达到40%。"
        "二、重点任务。每个乡镇建设1个健康主题公园。\n"
    )
    assert _dated(tmp_path, plan) == [(40.0, 2030), (1.0, None)]


def test_a_run_on_heading_that_numbers_no_next_chapter_ends_nothing(tmp_path: Path) -> None:
    # 一、二级医院 after a stop is a phrase, not the first chapter again
    plan = (
        "某县医疗服务提升规划\n"
        "一、总体目标\n"
        "到2030年，全县居民健康素养水平达到40%。一、二级医院实现检查结果互认。"
        "每个乡镇建设1个健康主题公园。\n"
    )
    assert _dated(tmp_path, plan) == [(40.0, 2030), (1.0, 2030)]


def test_a_chapter_numbered_with_a_latin_stop_ends_the_goals_chapter(tmp_path: Path) -> None:
    # a conversion wrote 二. for 二、: still the next chapter
    plan = (
        "某县健康促进规划\n"
        "一、总体目标\n"
        "到2030年，全县居民健康素养水平达到40%。\n"
        "二.重点任务\n"
        "每个乡镇建设1个健康主题公园。\n"
    )
    assert _dated(tmp_path, plan) == [(40.0, 2030), (1.0, None)]


def test_a_year_in_brackets_after_a_level_is_the_year_it_is_due(tmp_path: Path) -> None:
    # not after a level a change starts from, nor a baseline's year and value in the brackets
    plan = (
        "某县卫生健康工作方案\n"
        "一、工作目标\n"
        "1.全县健康村覆盖率达到65%（2027年）。\n"
        "2.全县无烟单位覆盖率由35%（2023年）提高到55%。\n"
        "3.全县孕产妇死亡率控制在11/10万以下（2028年），婴儿死亡率控制在4‰以下。\n"
        "4.全县健康社区覆盖率达到70%（2023年：50%）。\n"
    )
    assert _dated(tmp_path, plan) == [
        (65.0, 2027),
        (55.0, None),
        (11.0, 2028),
        (4.0, 2028),
        (70.0, None),
    ]


def test_the_year_a_document_came_out_is_not_the_year_its_goals_are_due(tmp_path: Path) -> None:
    # the year alone, where the clause tells the document came out or goes on to quote it
    told = (
        "某区健康促进工作方案\n"
        "一、工作目标\n"
        "国务院2016年印发的《某健康行动纲要》提出，全国居民健康素养水平达到30%。\n"
    )
    quoted = (
        "某区健康促进工作方案\n"
        "一、工作目标\n"
        "2016年，国务院印发《某健康行动纲要》，要求全国居民健康素养水平达到30%。\n"
    )
    assert _dated(tmp_path, told) == [(30.0, None)]
    assert _dated(tmp_path, quoted) == [(30.0, None)]


def test_a_document_a_task_is_to_issue_keeps_the_tasks_year(tmp_path: Path) -> None:
    # a plan's task for a year, to issue a document and to build: the year dates the task
    plan = (
        "某区健康促进工作方案\n"
        "一、工作目标\n"
        "2027年，出台《某区健康社区建设办法》，建成12个健康社区。\n"
    )
    assert _dated(tmp_path, plan) == [(12.0, 2027)]
