"""Indicator formulas: parsing, validation with every problem, evaluation, no value on /0."""

import pytest

from healthplan.errors import InputError
from healthplan.model import Indicator
from healthplan.model.formula import (
    FormulaError,
    evaluate,
    parse_formula,
    validate_formula,
)

ELEMENTS = {"hbp_followed_4x": [], "hbp_registered": [], "births": ["男", "女"]}


def test_formula_evaluates_like_dhis2() -> None:
    tree = validate_formula("#{hbp_followed_4x} / #{hbp_registered} * 100", ELEMENTS)
    assert evaluate(tree, {"hbp_followed_4x": 45, "hbp_registered": 60}) == 75
    assert evaluate(tree, {"hbp_followed_4x": 45, "hbp_registered": 0}) is None  # not inf
    assert evaluate(tree, {}) is None  # every operand missing: no value
    assert evaluate(tree, {"hbp_registered": 60}) == 0  # one missing counts as 0
    births = validate_formula(
        "#{births.女} / (#{births.男} + #{births.女}) * C{k}", ELEMENTS, {"k": 2}
    )
    assert evaluate(births, {"births.女": 30, "births.男": 70}, {"k": 2}) == pytest.approx(0.6)
    assert evaluate(parse_formula("-(2 + 3) * 4"), {}) == -20


def test_validation_reports_every_problem() -> None:
    with pytest.raises(FormulaError) as caught:
        validate_formula("#{nope} + #{births.其他} * C{pi}", ELEMENTS)
    text = " ".join(caught.value.problems)
    assert "nope" in text and "其他" in text and "pi" in text
    assert len(caught.value.problems) == 3
    for bad in ("#{a} +", "(#{a}", "#{a} ** 2", "", "#{a} $"):
        with pytest.raises(FormulaError):
            parse_formula(bad)


def test_custom_indicator_checked_when_defined(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from collection_helpers import small_city
    from healthplan.collection import list_indicators, save_indicators

    small_city(ws, tmp_path)
    bad = Indicator(code="x", name="坏指标", numerator="#{visits} + #{ghost}", denominator="#{}")
    with pytest.raises(InputError) as caught:
        save_indicators(ws, [bad])
    assert any("ghost" in p.message for p in caught.value.problems)
    assert "x" not in list_indicators(ws)
    good = Indicator(
        code="y", name="好指标", numerator="#{visits} - #{births}", aggregation="sum", custom=True
    )
    save_indicators(ws, [good])
    assert list_indicators(ws)["y"].numerator == "#{visits} - #{births}"
