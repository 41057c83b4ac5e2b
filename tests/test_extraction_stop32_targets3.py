"""Stop 32, targets (third round): Taiwan's wording of goals; texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document, read


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


def test_an_roc_year_after_zai_or_before_qi_dates_the_goal(tmp_path: Path) -> None:
    # ROC 118 is 2029: 期在118年 sets the goal's year as 到118年 does; 自116年起 is 2027
    text = "衛生局表示，期在118年社區據點增加為2倍。自116年起，每名新生兒補助提高至6萬元。\n"
    assert [deadline for *_, deadline in document(tmp_path, text)] == [2029, 2027]


def test_the_people_a_measure_is_expected_to_care_for_are_its_reach(tmp_path: Path) -> None:
    # 预计照顾N人 forecasts no state: it says whom the measure will serve, as 预计惠及 does
    text = "市政府宣布，明年起獨居長者每人每月加發800元，預計照顧3.2萬人。\n"
    values = [value for _, _, value, _, _ in document(tmp_path, text)]
    assert 800.0 in values


def test_a_period_stated_in_the_sentence_dates_it_by_its_first_year(tmp_path: Path) -> None:
    # 自…起至…止: the span of the measure; the year it opens dates it, not the year it ends
    text = "為照顧弱勢家庭，自2027年3月起至2028年2月底止，每戶每月加發600元。\n"
    assert [deadline for *_, deadline in document(tmp_path, text)] == [2027]


def test_how_long_a_measure_runs_is_no_target() -> None:
    # 为期N个月 says how long the extra payment lasts; the payment is the target
    assert read("重度失能者每人每月加发2000元，为期6个月。") == [
        ("重度失能者每人每月加发", "=", 2000.0, "元")
    ]
