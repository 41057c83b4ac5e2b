"""Regulations written in our own words (invented articles) to probe how the articles of a
regulation are told apart and which bodies each charges (stop 27, after the tenth part): each
article must get every body its sentences charge, in order, the first named leading."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks


def test_articles_of_a_page_printed_on_one_line_with_indents(tmp_path: Path) -> None:
    # …本条例。   第二条 …: the spaces of each article's indent stand between it and the stop
    text = (
        "某市控烟条例 第一章 总  则   第一条 为了减少烟草烟雾危害，制定本条例。   "
        "第二条 市卫生健康行政部门主管本市控烟工作。   "
        "第三条 县级以上人民政府市场监督管理部门负责烟草广告的监督检查。"
    )
    assert led_tasks(tmp_path, text) == [
        ("市卫生健康行政部门", ["市卫生健康行政部门"]),
        ("县级以上人民政府市场监督管理部门", ["县级以上人民政府市场监督管理部门"]),
    ]


def test_articles_whose_punctuation_a_conversion_garbled(tmp_path: Path) -> None:
    # …本办法.第二条 …, …制定 第三条,…: a point, a space or a comma before the article's number;
    # a point between two sentences of one article; a comma after the subject; 共同制定
    text = (
        "第一条,为了规范病媒生物防制工作,制定本办法.第二条 病媒生物防制目录"
        "由市卫生健康行政部门和市生态环境部门共同制定 第三条,区人民政府卫生健康部门,"
        "对本区病媒生物防制工作实施监督管理.城市管理部门,对环境卫生设施的防制工作实施监督。"
    )
    assert led_tasks(tmp_path, text) == [
        ("市卫生健康行政部门", ["市卫生健康行政部门", "市生态环境部门"]),
        ("区人民政府卫生健康部门", ["区人民政府卫生健康部门", "城市管理部门"]),
    ]


def test_levels_glossed_before_the_body_they_share(tmp_path: Path) -> None:
    # 市和县（市）、区人民政府: one collective, the levels a bracket glosses and a district
    # named by its name (…、高新区…) too
    text = (
        "第四条 市和县（市）、区人民政府负责本行政区域内的托育服务工作。\n"
        "第五条 市和县（市）、高新区教育行政部门应当会同有关部门制定托育机构布局规划。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市和县（市）、区人民政府", ["市和县（市）、区人民政府"]),
        ("市和县（市）、高新区教育行政部门", ["市和县（市）、高新区教育行政部门"]),
    ]
