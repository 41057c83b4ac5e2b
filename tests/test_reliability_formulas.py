"""D14: formulas that validation accepted and that then crashed ``compute`` for every
indicator (a denominator that is always 0, a literal beyond float range, deep nesting) are
refused when the indicator is saved."""

from __future__ import annotations

import pytest

from collection_helpers import small_city
from healthplan.collection import list_indicators, save_indicators
from healthplan.errors import InputError
from healthplan.model.formula import FormulaError, parse_formula


@pytest.mark.parametrize(
    "update",
    [
        {"denominator": "0"},
        {"denominator": "(1 - 1) * 5"},
        {"numerator": "#{visits} * 1e999"},
        {"numerator": "(" * 5000 + "#{visits}" + ")" * 5000},
    ],
    ids=["zero", "zero-expression", "infinite", "nested"],
)
def test_formulas_that_would_crash_compute_are_refused(ws, tmp_path, update) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    base = list_indicators(ws)["visit_rate"]
    with pytest.raises(InputError):
        save_indicators(ws, [base.model_copy(update={"code": "z", "custom": True, **update})])
    assert "z" not in list_indicators(ws)


def test_deep_nesting_is_a_formula_error() -> None:
    with pytest.raises(FormulaError):
        parse_formula("(" * 5000 + "1" + ")" * 5000)
