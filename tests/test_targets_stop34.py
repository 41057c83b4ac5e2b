"""Stop 34, targets (first round): rules each with a test in our own words."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


def test_a_standard_raised_from_a_sum_per_head_and_month_keeps_only_the_new_sum() -> None:
    # the old sum is where the raise starts from, whatever period it is paid for
    assert read("困难老人护理补贴标准由每人每月300元提高到450元") == [
        ("困难老人护理补贴标准", ">=", 450.0, "元")
    ]
    assert read("寄宿生生活补助由每生每年1000元提高到1250元") == [
        ("寄宿生生活补助", ">=", 1250.0, "元")
    ]


def test_two_old_sums_raised_together_to_one_are_both_baselines() -> None:
    found = read("两类对象的补助标准由每人每月900元、700元统一提高到1000元")
    assert [(value, unit) for _, _, value, unit in found] == [(1000.0, "元")]


def test_one_object_measured_twice_is_named_for_both_measures() -> None:
    assert read("今年改造320幢6.4万平方米老旧住宅屋顶") == [
        ("改造老旧住宅屋顶", "=", 320.0, "幢"),
        ("改造老旧住宅屋顶", "=", 64000.0, "平方米"),
    ]


def test_the_object_of_a_second_pair_of_measures_is_its_own() -> None:
    found = read("完成40栋1.5万平方米外墙保温和25栋0.8万平方米管网更新")
    assert [(indicator, value) for indicator, _, value, _ in found] == [
        ("完成外墙保温", 40.0),
        ("完成外墙保温", 15000.0),
        ("完成管网更新", 25.0),
        ("完成管网更新", 8000.0),
    ]


def test_a_size_of_what_is_counted_is_no_second_measure() -> None:
    found = read("建设1所200张以上床位的护理院")
    assert [(value, unit) for _, _, value, unit in found] == [(1.0, "所")]


def test_items_a_counting_verb_lists_after_a_colon_are_each_counted() -> None:
    assert read("全年新增便民设施：12家社区食堂、3家老年活动室、5个临时托管点") == [
        ("新增社区食堂", "=", 12.0, "家"),
        ("新增老年活动室", "=", 3.0, "家"),
        ("新增临时托管点", "=", 5.0, "个"),
    ]


def test_a_sum_after_a_colon_is_still_a_label() -> None:
    assert read("安排：3650万元") == []


_ITEMS_ON_LINES = """2031年区政府实事项目

一、养老服务

*新增12家社区长者食堂

*3家社区综合为老服务中心

5家日间照料中心

二、环境整治

完成河道清淤。
"""


def test_items_on_lines_of_their_own_are_counted_by_the_first_items_verb(
    tmp_path: Path,
) -> None:
    assert document(tmp_path, _ITEMS_ON_LINES) == [
        ("新增社区长者食堂", "=", 12.0, "家", 2031),
        ("新增社区综合为老服务中心", "=", 3.0, "家", 2031),
        ("新增日间照料中心", "=", 5.0, "家", 2031),
    ]


_NUMBERED = """2031年工作要点

1.新增12家社区长者食堂

2.3家医院完成改造
"""


def test_a_numbered_line_is_not_an_item_of_the_line_before(tmp_path: Path) -> None:
    found = document(tmp_path, _NUMBERED)
    assert ("新增社区长者食堂", "=", 12.0, "家", 2031) in found
    assert not any(indicator.startswith("新增医院") for indicator, *_ in found)


_ITEMS_IN_CLAUSES = """2031年工作要点

全年新建15家社区食堂，2家老年活动室，3个临时托管点。

新增便民设施：6家社区卫生服务站，4个健康小屋。
"""


def test_items_after_commas_are_counted_by_the_first_clauses_verb(tmp_path: Path) -> None:
    assert document(tmp_path, _ITEMS_IN_CLAUSES) == [
        ("新建社区食堂", "=", 15.0, "家", 2031),
        ("新建老年活动室", "=", 2.0, "家", 2031),
        ("新建临时托管点", "=", 3.0, "个", 2031),
        ("新增社区卫生服务站", "=", 6.0, "家", 2031),
        ("新增健康小屋", "=", 4.0, "个", 2031),
    ]
