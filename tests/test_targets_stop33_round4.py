"""Stop 33, targets (fourth round): rules each with a test in our own words."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read

# A news page on the year's list of projects a government work report puts forward: its
# paragraphs list the items to be done that year, in no goal's words.
_PROJECTS_NEWS = """某省今年要办好这些事

本报记者 张三

昨天，某省人民代表大会开幕，政府工作报告提出2031年八大民生项目清单。具体如下：

实施城乡供水提质工程，改造农村供水管网1200公里，新建乡镇污水处理厂30座。

完善托育服务体系，新增普惠托位2万个。
"""


def test_a_news_page_on_the_years_list_of_projects_reads_its_items(tmp_path: Path) -> None:
    found = {
        (value, unit, deadline)
        for _, _, value, unit, deadline in document(tmp_path, _PROJECTS_NEWS)
    }
    assert {(1200.0, "公里", 2031), (30.0, "座", 2031), (20000.0, "个", 2031)} <= found


def test_a_star_marking_a_list_item_is_no_label_of_its_count() -> None:
    # a programme's items a star marks (those a higher level's programme extends to)
    assert read("*为12个村新建健身广场") == [("村新建健身广场", "=", 12.0, "个")]


def test_a_fund_named_before_its_sum_is_a_means() -> None:
    # the sum set aside for a fund is what the work is given, not a goal it reaches
    assert read("安排小微企业贷款风险补偿基金3000万元") == []


def test_pitches_are_counted_by_pian() -> None:
    assert read("新建6片社区篮球场") == [("新建社区篮球场", "=", 6.0, "片")]
