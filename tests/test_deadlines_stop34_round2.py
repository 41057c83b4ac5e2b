"""Deadlines, stop 34 (second round): a five-year plan named in full (第十五个五年规划), a school
year's plan dated by the year the school year ends, also where a page lost its line breaks, the
goals a heading sets for a quoted period (“十五五”主要目标), an annual 工作方案 whose year lost
its 年, and a page store's date line the text runs straight on after. Each plan below is written
for these tests."""

from __future__ import annotations

from pathlib import Path

from healthplan.documents import ingest, title_years
from targets_helpers import document


def _dated(tmp_path: Path, text: str) -> list[tuple[float, int | None]]:
    return [(t[2], t[4]) for t in document(tmp_path, text)]


def test_a_five_year_plan_named_in_full_is_read_by_its_ordinal() -> None:
    assert title_years("某省国民经济和社会发展第十五个五年规划纲要") == (2026, 2030)
    assert title_years("某市第十四个五年规划和二〇三五年远景目标纲要") == (2021, 2025)
    assert title_years("某县第九个五年计划") == (1996, 2000)


def test_numerals_around_five_are_no_five_year_plan() -> None:
    # the 三五 of a year in Chinese numerals, fifteen years, a count of 十五万
    assert title_years("某市二〇三五年远景目标纲要") is None
    assert title_years("某县十五年发展回顾") is None
    assert title_years("十五万人健康筛查计划") is None
    assert title_years("某省“十五五”卫生健康规划") == (2026, 2030)


def test_a_school_year_plan_is_due_by_the_year_the_school_year_ends(tmp_path: Path) -> None:
    plan = (
        "某小学学生常见病防治工作计划（2023-2024学年）\n"
        "一、工作目标\n"
        "1.学生贫血患病率控制在10%以下。\n"
    )
    assert _dated(tmp_path, plan) == [(10.0, 2024)]


def test_a_school_year_plan_run_into_its_text_keeps_the_year(tmp_path: Path) -> None:
    # the page lost its line breaks: the title with its school year opens the text
    plan = (
        "某中学常见病防治工作计划(2021-2022学年)一、指导思想 做好学生常见病防治工作。"
        "二、工作目标 1、沙眼患病率控制在8%以下 2、龋齿填充率提高15%\n"
    )
    assert set(_dated(tmp_path, plan)) == {(8.0, 2022), (15.0, 2022)}


def test_a_period_plan_run_into_its_text_keeps_its_last_year(tmp_path: Path) -> None:
    # a guard: a period run into the text is read as before, by its sentences
    plan = (
        "某县慢性病防治规划(2021-2025年)一、工作目标 全县高血压患者规范管理率达到65%。"
        "二、主要措施 加强基层能力。\n"
    )
    assert _dated(tmp_path, plan) == [(65.0, 2025)]


def test_goals_under_a_quoted_period_heading_are_due_at_its_end(tmp_path: Path) -> None:
    report = (
        "某省政府工作报告\n"
        "二、“十五五”主要目标\n"
        "城乡居民收入稳步增长，人均预期寿命再提高1岁，社会保障更加完善。\n"
        "三、2026年重点工作\n"
        "新建社区食堂20个。\n"
    )
    assert _dated(tmp_path, report) == [(1.0, 2030), (20.0, 2026)]


def test_an_annual_work_plan_named_with_a_year_that_lost_its_character(tmp_path: Path) -> None:
    plan = (
        "某村卫生室健康教育工作方案\n"
        "为做好今年的健康教育工作，结合本室实际，制定我室2024健康教育工作方案：\n"
        "一、宣传材料\n"
        "1、为村民免费提供健康教育宣传材料10种。\n"
    )
    assert _dated(tmp_path, plan) == [(10.0, 2024)]


def test_a_store_date_line_the_text_runs_on_after_dates_the_page(tmp_path: Path) -> None:
    page = (
        "date 2025-03-10 特区政府今日公布新一份预算案，提出多项安老措施，包括加强社区照顾服务、"
        "增加资助宿位及扩大外展服务等，以回应人口老化带来的需要，并在未来数年继续检讨各项服务的"
        "成效及轮候情况。\n"
        "政府将在下年度增加300个资助安老宿位。\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    assert ingest(path).documents[0].metadata.date == "2025-03-10"
    assert _dated(tmp_path, page) == [(300.0, 2026)]
