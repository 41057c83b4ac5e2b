"""Validation checks: rules between figures of the same report (numerator ≤ denominator for
every percentage indicator, as DHIS2's validation rules) and each data element's plausible
range (``min_value`` … ``max_value``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from healthplan.collection.metadata import list_data_elements, list_indicators
from healthplan.collection.quality.checks import (
    QualityCheck,
    QualityContext,
    QualityFlag,
    register_quality_check,
)
from healthplan.i18n import t
from healthplan.model import Aggregation
from healthplan.model.formula import evaluate, operands, parse_formula
from healthplan.store import Workspace

RULES_OPTION = "rules"  # QualityContext.extra key: the rules to use instead of the defaults


@dataclass(frozen=True)
class ValidationRule:
    code: str
    name: str
    left: str
    operator: str  # <=, <, >=, >, ==
    right: str


def default_rules(ws: Workspace) -> list[ValidationRule]:
    """Numerator ≤ denominator for every percentage indicator with a denominator."""
    rules = []
    for ind in list_indicators(ws).values():
        if ind.aggregation is Aggregation.ratio and ind.denominator and ind.multiplier == 100:
            rules.append(
                ValidationRule(
                    f"{ind.code}.num_le_den",
                    t("{name}: numerator ≤ denominator", name=ind.name),
                    ind.numerator or "",
                    "<=",
                    ind.denominator,
                )
            )
    return rules


_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "==": lambda a, b: abs(a - b) < 1e-9,
}


def check_rules(context: QualityContext) -> list[QualityFlag]:
    """Reports that break a validation rule whose figures all belong to the data set."""
    given = context.extra.get(RULES_OPTION)
    rules = given if isinstance(given, list) else default_rules(context.ws)
    members = set(context.data_set.elements)
    chosen = []
    for rule in rules:
        left, right = parse_formula(rule.left), parse_formula(rule.right)
        if {o.element for o in operands(left) + operands(right)} <= members:
            chosen.append((rule, left, right))
    flags = []
    for (ou, per), found in sorted(context.values.items()):
        for rule, left, right in chosen:
            a, b = evaluate(left, found), evaluate(right, found)
            if a is not None and b is not None and not _COMPARE[rule.operator](a, b):
                flags.append(
                    QualityFlag(
                        "rule",
                        rule.code,
                        ou,
                        per,
                        a,
                        t("{name}: {a} {op} {b} fails", name=rule.name, a=a, op=rule.operator, b=b),
                    )
                )
    return flags


def check_ranges(context: QualityContext) -> list[QualityFlag]:
    """Values outside their data element's plausible range."""
    elements = list_data_elements(context.ws)
    flags = []
    for (ou, per), found in sorted(context.values.items()):
        for code, value in sorted(found.items()):
            element = elements.get(code)
            if element is None:
                continue
            low, high = element.min_value, element.max_value
            if (low is not None and value < low) or (high is not None and value > high):
                flags.append(
                    QualityFlag(
                        "range",
                        code,
                        ou,
                        per,
                        value,
                        t(
                            "{name} {value} outside {low}–{high}",
                            name=element.name,
                            value=value,
                            low="" if low is None else low,
                            high="" if high is None else high,
                        ),
                    )
                )
    return flags


register_quality_check(QualityCheck("rule", check_rules))
register_quality_check(QualityCheck("range", check_ranges))
