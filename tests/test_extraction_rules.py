"""The rule table reads the sentences it lists as its examples, and the classifier gives a
reason for every number that is not a target (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.extraction.classify import REASONS
from healthplan.extraction.clauses import clause_targets, explain
from healthplan.extraction.rules import RULES

EXAMPLES = [(rule.name, *example) for rule in RULES for example in rule.examples]


@pytest.mark.parametrize(("rule", "sentence", "indicator", "value", "unit"), EXAMPLES)
def test_rule_examples(rule: str, sentence: str, indicator: str, value: float, unit: str) -> None:
    found = [(t.indicator, t.value, t.unit, t.rule) for t in clause_targets(sentence)]
    assert any(
        v == value and u == unit and (indicator in i or i in indicator) for i, v, u, _ in found
    ), found
    assert any(r == rule or r in ("distributive", "value-list") for _, _, _, r in found), found


def test_every_rule_has_an_example() -> None:
    assert all(rule.examples for rule in RULES)


@pytest.mark.parametrize(
    ("sentence", "number", "reason"),
    [
        ("为65岁及以上老年人提供健康体检", 65, "qualifier"),
        ("6个月内婴儿纯母乳喂养率达到50%以上", 6, "qualifier"),
        ("确保首针24小时及时接种率达90%以上", 24, "qualifier"),
        ("到2025年，产前筛查率达到85%", 2025, "calendar"),
        ("报告发病率控制在10/1000以下", 1000, "denominator"),
        ("落实“1+7”重点工作思路", 7, "label"),
        ("培育一批健康促进县", 1, "vague"),
        ("从2020年的85%提高到95%", 85, "baseline"),
        ("全市142个乡镇中创成国家卫生乡镇60个", 142, "partitive"),
        ("76.9%的监测指标达到中期目标", 76.9, "category"),
        ("我区已完成孕产妇免费产前筛查共计683人", 683, "fact"),
        ("孕产妇系统管理率达到91.57%", 91.57, "measured"),
        ("空气质量在全国168个重点城市中排名第七", 168, "partitive"),
        ("达到健康环境2个结果性指标和4个倡导性指标要求", 2, "category"),
        ("达到健康环境2个结果性指标和4个倡导性指标要求", 4, "category"),
    ],
)
def test_reasons(sentence: str, number: float, reason: str) -> None:
    explained = {m.value: why for m, why in explain(sentence)}
    assert explained.get(float(number)) == reason, explained
    assert reason in REASONS or reason == "baseline"


def test_targets_have_no_reason() -> None:
    explained = explain("6个月内婴儿纯母乳喂养率达到50%以上")
    assert [(m.value, why) for m, why in explained] == [(6.0, "qualifier"), (50.0, None)]


def test_the_docs_list_every_rule_example_and_reason() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "extraction.md").read_text("utf-8")
    for rule, sentence, indicator, _, _ in EXAMPLES:
        assert f"| `{rule}` | {sentence} → {indicator}," in docs, sentence
    for reason in REASONS:
        assert f"| `{reason}` |" in docs, reason
