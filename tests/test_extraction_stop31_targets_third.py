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
        "今年全区将安排2亿元以奖代补资金",
        "县里筹措500万元专项经费",
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


def test_the_tally_of_a_list_is_no_target() -> None:
    # after a list, how many items it holds; the items' own counts stay targets
    sentence = "年内新建社区食堂12个、改造老旧小区30个、新增停车位500个等25项子内容。"
    assert [t[2] for t in read(sentence)] == [12.0, 30.0, 500.0]
    assert "category" in [why for _, why in explain(sentence)]
    assert [t[2:] for t in read("新建社区食堂12个、改造老旧小区30个等18项。")] == [
        (12.0, "个"),
        (30.0, "个"),
    ]
    # a count of what is done after its examples stays one
    assert read("开展义诊、健康讲座等活动20项") == [("开展义诊、健康讲座等活动", "=", 20.0, "项")]
