"""Deadlines, stop 27: kinds of plan language probed with plans written for these tests
(eval/corpus/README.md "Annotation rules", Deadline and the convention of stop 25)."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_masked_year_of_a_template_gives_no_deadline(tmp_path: Path) -> None:
    # a model plan whose year the page hid (xx年): the page's own date is not the plan's year
    plan = (
        "卫生院年度公共卫生工作计划\n\n"
        "发布时间:2019-05-20\n\n"
        "xx年是深化改革的重要一年，今年工作的总体思路是：巩固成果，补齐短板。\n\n"
        "xx年全镇公共卫生工作主要目标:\n\n"
        "  1、适龄儿童免疫规划疫苗接种率≥95%。\n\n"
        "  2、老年人健康管理率达到70%以上，高血压患者规范管理率≥60%。\n"
    )
    assert {t[4] for t in document(tmp_path, plan)} == {None}
    masked_goal = "某县慢病工作计划\n\n到XX年底，全县高血压患者规范管理率达到65%。\n"
    assert [t[4] for t in document(tmp_path, masked_goal)] == [None]


def test_a_title_spanning_years_written_with_two_nian_is_a_period(tmp_path: Path) -> None:
    # 2016年至2020年 in a title is the plan's period, not an annual plan of its first year: a
    # goal no year dates has no deadline, one its line dates has that year
    plan = (
        "某省人民政府关于印发2016年至2020年某省血吸虫病防治规划的通知\n\n"
        "  一、工作目标\n"
        "  全省血吸虫病疫情监测覆盖率保持在95%以上。\n"
        "  2017年，完成螺情调查村120个。\n"
    )
    assert [t[4] for t in document(tmp_path, plan)] == [None, 2017]
    dashed = plan.replace("2016年至2020年", "2016年—2020年")
    assert [t[4] for t in document(tmp_path, dashed)] == [None, 2017]
