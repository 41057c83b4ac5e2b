"""Stop 31, targets (second round): what work costs is its means, not a goal (the lead's
decision); sentences written for these tests."""

from __future__ import annotations

from healthplan.extraction.clauses import explain
from targets_helpers import read


def test_what_the_work_costs_is_no_target() -> None:
    for sentence in (
        "新建区妇幼保健院，项目总投资约4.2亿元",
        "全年计划投入1.8亿元改善乡镇卫生院条件",
        "年内完成投资3.6亿元",
        "区财政投入资金800万元",
        "该工程总投资额达12.5亿元",
        "卫生事业预算资金3000万元",
    ):
        assert read(sentence) == [], sentence
        assert "cost" in [why for _, why in explain(sentence)], sentence
    # the works a sum pays for stay targets
    assert [t[2:] for t in read("投入6000万元新建村卫生室40所")] == [(40.0, "所")]


def test_what_each_person_gets_and_a_cap_stay_targets() -> None:
    assert read("特困人员每人每年补助600元") == [("特困人员补助标准", "=", 600.0, "元")]
    assert read("人均基本公共卫生服务经费补助标准提高到94元") == [
        ("人均基本公共卫生服务经费补助标准", ">=", 94.0, "元")
    ]
    assert read("大病保险年度支付上限提高到40万元") == [
        ("大病保险年度支付上限", ">=", 400000.0, "元")
    ]
    assert read("村医人均投入不低于80元") == [("村医人均投入", ">=", 80.0, "元")]


def test_works_joined_by_a_stop_mark_each_open_with_their_own_verb() -> None:
    # a 民生实事 line: the work before the mark, counted or not, is no part of the next one
    assert read("推进社区食堂建设、完成河东和河西2个片区卫生院改扩建、实现旧房改造50万平方米") == [
        ("完成片区卫生院改扩建", "=", 2.0, "个"),
        ("旧房改造", "=", 500000.0, "平方米"),
    ]
    assert read("开工建设养老院2所、实现棚户区改造3000户") == [
        ("开工建设养老院", "=", 2.0, "所"),
        ("棚户区改造", "=", 3000.0, "户"),
    ]
    # verbs alone before one work, and measures listed before one rate, stay together
    assert read("新建、改扩建村卫生室12所")[0][0] == "新建、改扩建村卫生室"
    assert [t[0] for t in read("儿童建卡、建证率达到98%")] == ["儿童建卡率", "儿童建证率"]
