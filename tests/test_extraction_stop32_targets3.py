"""Stop 32, targets (third round): Taiwan's wording of goals; texts written for these tests."""

from __future__ import annotations

from targets_helpers import read


def test_the_amount_in_force_is_the_baseline_of_a_raise() -> None:
    # 现行 is the sum paid now: what the raise starts from, neither a target nor a name
    assert read("居家照顾津贴将从现行每年6万元增至9万元。") == [
        ("居家照顾津贴", ">=", 90000.0, "元")
    ]


def test_a_sum_raised_to_at_most_is_a_raised_cap() -> None:
    # 增加至最高: a cap raised by a verb of raising takes that verb's comparator
    assert read("每次检查补助由现行的2千元增加至最高3千元。") == [
        ("每次检查补助", ">=", 3000.0, "元")
    ]


def test_a_rate_per_ten_thousand_written_in_digits() -> None:
    # 10萬分之58 is 十万分之58: the rate per 10万, not a count of 100,000
    assert read("结核病发病率降至10万分之45。") == [("结核病发病率", "<=", 45.0, "/10万")]


def test_a_level_raised_to_with_wei_or_tiaosheng() -> None:
    # 增加为 says the level reached as 增加至 does; 调升 is Taiwan's 上调
    assert read("戒烟门诊服务量能增加为2倍。") == [("戒烟门诊服务量能", ">=", 2.0, "倍")]
    assert read("调升居家照顾补助至每月8千元。") == [("居家照顾补助", ">=", 8000.0, "元")]
