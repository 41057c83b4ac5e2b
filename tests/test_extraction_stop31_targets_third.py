"""Stop 31, targets (third round): funds a plan raises or allots to a programme are its means,
not a goal (the lead's decision); sentences written for these tests."""

from __future__ import annotations

from healthplan.extraction.clauses import explain
from targets_helpers import read


def test_funds_raised_or_allotted_are_no_target() -> None:
    for sentence in (
        "全年筹措资金2.3亿元用于慢性病防治",
        "其中县财政安排86万元",
        "省财政将安排5亿元奖补资金",
        "市级财政安排6000万元专项补助资金",
        "项目资金测算数合计为520万元",
        "县财政按照每年80万元安排健康教育经费",
        "乡镇卫生院运行经费任务数85.3万元",
        "中央每年将补助资金200亿元",
        "医疗卫生支出预算增长约9%",
    ):
        assert read(sentence) == [], sentence
        assert "cost" in [why for _, why in explain(sentence)], sentence


def test_what_each_person_or_unit_is_paid_stays_a_target() -> None:
    assert read("每个村卫生室补助资金2万元") == [("每个村卫生室补助资金", "=", 20000.0, "元")]
    assert read("提高村卫生室基本运行经费补助至8000元") == [
        ("村卫生室基本运行经费补助", ">=", 8000.0, "元")
    ]
    assert read("人均健康教育经费不低于2元") == [("人均健康教育经费", ">=", 2.0, "元")]
    assert read("预算完成率达到100%") == [("预算完成率", ">=", 100.0, "%")]
