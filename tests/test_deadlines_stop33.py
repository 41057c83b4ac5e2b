"""Deadlines, stop 33 (first round): kinds of plan language probed with plans written for
these tests (eval/corpus/README.md "Annotation rules", Deadline, the convention of stop 25 and
the yearly rate of change)."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_year_a_later_sentence_of_a_run_on_section_names_dates_only_its_own(
    tmp_path: Path,
) -> None:
    # a section with no items of its own, its heading run on into a paragraph: the counts
    # said each year come first, the horizon only in the last sentence, for another figure
    plan = (
        "二、主要活动\n"
        "(一)开展科普宣传。各地要设立健康专栏,组织专家开展巡讲。\n"
        "(二)开展健康社区建设。各地要落实基层健康教育服务。"
        "每年新建约60个健康社区,每个街道创建20个健康家庭。"
        "预计到2028年活动覆盖人口数达到2亿。\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, plan)]
    assert found[:2] == [(60.0, None), (20.0, None)]


def test_the_year_of_a_sections_opening_sentence_still_dates_its_rate(tmp_path: Path) -> None:
    # the heading names the indicator; its one sentence gives the yearly rise, then the year
    plan = (
        "二、行动目标\n"
        "(一)城市污水处理率。2027年底达到90%以上。\n"
        "(二)农村改厕普及率。每年提高4%,2027年底达到75%以上。\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, plan)]
    assert found == [(90.0, 2027), (4.0, 2027), (75.0, 2027)]


def test_a_stage_line_opening_a_page_names_no_plans_year(tmp_path: Path) -> None:
    # a page cut from the middle of a plan opens on its stages, each a sentence with its
    # months; the last stage's words (评估, 考核) are no title, its year no plan's year
    plan = (
        "第二阶段:2024年3月-2025年6月,深入推进攻坚工程。\n"
        "第三阶段:2025年7月-2025年12月,进行总结考核验收。\n"
        "三、工作任务\n"
        "(一)宣传教育。组织对全市100%的在职职工开展防治知识培训。\n"
    )
    assert [(t[2], t[4]) for t in document(tmp_path, plan)] == [(100.0, None)]
