"""Metadata in the store: data elements, indicators (catalog and custom, formulas validated
when defined) and formula constants."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import Aggregation, DataElement, Direction, Indicator, PeriodType, ValueType
from healthplan.model.catalog import catalog_data_elements, standard_indicators
from healthplan.model.formula import (
    FormulaError,
    evaluate,
    operands,
    parse_formula,
    validate_formula,
)
from healthplan.store import Workspace
from healthplan.store.tables_collection import ConstantRow, DataElementRow, IndicatorRow

__all__ = [
    "catalog_elements",
    "install_catalog",
    "list_constants",
    "list_data_elements",
    "list_indicators",
    "save_constants",
    "save_data_elements",
    "save_indicators",
]


def _element(row: DataElementRow) -> DataElement:
    return DataElement(
        code=row.code,
        name=row.name,
        value_type=ValueType(row.value_type),
        aggregation=Aggregation(row.aggregation),
        unit=row.unit or "",
        categories=list(row.categories or []),
        min_value=row.min_value,
        max_value=row.max_value,
    )


def _indicator(row: IndicatorRow) -> Indicator:
    return Indicator(
        code=row.code,
        name=row.name,
        name_en=row.name_en,
        synonyms=list(row.synonyms or []),
        numerator=row.numerator,
        denominator=row.denominator,
        multiplier=row.multiplier,
        unit=row.unit or "",
        direction=Direction(row.direction),
        aggregation=Aggregation(row.aggregation),
        period_type=PeriodType(row.period_type),
        custom=row.custom,
        source=row.source,
    )


def list_data_elements(ws: Workspace) -> dict[str, DataElement]:
    with ws.session() as session:
        return {r.code: _element(r) for r in session.scalars(select(DataElementRow))}


def list_indicators(ws: Workspace) -> dict[str, Indicator]:
    with ws.session() as session:
        return {r.code: _indicator(r) for r in session.scalars(select(IndicatorRow))}


def list_constants(ws: Workspace) -> dict[str, float]:
    with ws.session() as session:
        return {r.code: r.value for r in session.scalars(select(ConstantRow))}


def save_constants(ws: Workspace, constants: dict[str, tuple[str, float]]) -> None:
    """Insert or update constants: code → (name, value)."""
    with ws.session() as session:
        existing = {r.code: r for r in session.scalars(select(ConstantRow))}
        for code, (name, value) in constants.items():
            row = existing.get(code) or ConstantRow(code=code)
            row.name, row.value = name, float(value)
            session.add(row)


def _save_elements(session: Session, elements: Iterable[DataElement]) -> None:
    existing = {r.code: r for r in session.scalars(select(DataElementRow))}
    for element in elements:
        row = existing.get(element.code)
        if row is None:
            row = DataElementRow(code=element.code)
            session.add(row)
            existing[element.code] = row
        values = (
            element.name,
            element.value_type.value,
            element.aggregation.value,
            element.unit,
            list(element.categories),
            element.min_value,
            element.max_value,
        )
        current = (
            row.name,
            row.value_type,
            row.aggregation,
            row.unit,
            row.categories,
            row.min_value,
            row.max_value,
        )
        if values != current:
            (
                row.name,
                row.value_type,
                row.aggregation,
                row.unit,
                row.categories,
                row.min_value,
                row.max_value,
            ) = values
    session.flush()


def save_data_elements(ws: Workspace, elements: Iterable[DataElement]) -> None:
    """Insert or update data elements by code (audited)."""
    with ws.session() as session:
        _save_elements(session, elements)


def _check_indicators(
    indicators: list[Indicator], elements: dict[str, list[str]], constants: dict[str, float]
) -> list[Problem]:
    problems: list[Problem] = []
    for indicator in indicators:
        for part in ("numerator", "denominator"):
            formula = getattr(indicator, part)
            if formula is None:
                if part == "numerator":
                    problems.append(
                        Problem(indicator.code, t("indicator has no numerator"), field=part)
                    )
                continue
            try:
                tree = validate_formula(formula, elements, constants)
            except FormulaError as error:
                problems += [Problem(indicator.code, p, field=part) for p in error.problems]
                continue
            if part == "denominator" and not operands(tree) and not evaluate(tree, {}, constants):
                problems.append(
                    Problem(indicator.code, t("the denominator is always 0"), field=part)
                )
        if indicator.aggregation is Aggregation.ratio and indicator.denominator is None:
            problems.append(
                Problem(
                    indicator.code,
                    t("a ratio indicator needs a denominator"),
                    field="denominator",
                )
            )
    return problems


def save_indicators(
    ws: Workspace, indicators: Iterable[Indicator], *, proposed: bool = False
) -> int:
    """Validate every formula against the stored data elements and constants and store the
    indicators; raise :class:`InputError` with every problem (storing nothing) if any.
    Returns how many were new.

    ``proposed``: indicators a plan links its targets to. Only those not stored yet are
    added (a stored one is kept as a person defined it), with the catalog data elements
    their formulas name; a custom one without a formula yet is measured by a data element
    of its own (``custom.x`` by ``#{custom_x}``, reported as it is), so that every indicator
    has a numerator."""
    items = list(indicators)
    with ws.session() as session:
        if proposed:
            stored = set(session.scalars(select(IndicatorRow.code)))
            items = [_measurable(i) for i in items if i.code not in stored]
            _save_elements(session, _elements_named(session, items))
        elements = {
            r.code: list(r.categories or []) for r in session.scalars(select(DataElementRow))
        }
        constants = {r.code: r.value for r in session.scalars(select(ConstantRow))}
        problems = _check_indicators(items, elements, constants)
        if problems:
            raise InputError(problems)
        stored = set(session.scalars(select(IndicatorRow.code)))
        _store_indicators(session, items)
    return sum(1 for i in items if i.code not in stored)


def _measurable(indicator: Indicator) -> Indicator:
    if indicator.numerator is not None or not indicator.custom:
        return indicator
    return indicator.model_copy(update={"numerator": f"#{{{_own_element(indicator.code)}}}"})


def _own_element(code: str) -> str:
    """The data element measuring custom indicator ``code`` (``.`` names a category in a
    formula, so it becomes ``_``)."""
    return code.replace(".", "_")


def _elements_named(session: Session, indicators: list[Indicator]) -> list[DataElement]:
    """The data elements the formulas of ``indicators`` name that are not stored yet: the
    catalog's, or one of the indicator's own code and name for a custom indicator."""
    stored = set(session.scalars(select(DataElementRow.code)))
    catalog = {e.code: e for e in catalog_elements()}
    out: dict[str, DataElement] = {}
    for indicator in indicators:
        for formula in (indicator.numerator, indicator.denominator):
            try:
                named = operands(parse_formula(formula)) if formula else []
            except FormulaError:
                continue  # reported with the other problems by _check_indicators
            for operand in named:
                code = operand.element
                if code in stored or code in out:
                    continue
                if code in catalog:
                    out[code] = catalog[code]
                elif code == _own_element(indicator.code):
                    out[code] = DataElement(
                        code=code,
                        name=indicator.name,
                        aggregation=indicator.aggregation,
                        unit=indicator.unit,
                    )
    return list(out.values())


def _store_indicators(session: Session, items: list[Indicator]) -> None:
    existing = {r.code: r for r in session.scalars(select(IndicatorRow))}
    for ind in items:
        row = existing.get(ind.code)
        if row is None:
            row = IndicatorRow(code=ind.code)
            session.add(row)
        fields = {
            "name": ind.name,
            "name_en": ind.name_en,
            "synonyms": list(ind.synonyms),
            "numerator": ind.numerator,
            "denominator": ind.denominator,
            "multiplier": ind.multiplier,
            "unit": ind.unit,
            "direction": ind.direction.value,
            "aggregation": ind.aggregation.value,
            "period_type": ind.period_type.value,
            "custom": ind.custom,
            "source": ind.source,
        }
        for key, value in fields.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    session.flush()


# Flows add up over months (deaths, live births, visits); every other catalog figure is a
# stock or a year-to-date count as 基本公共卫生 monthly reports give them (建档人数, 在管患者,
# 常住人口, 床位数), so its value for a quarter or year is the latest month's.
_FLOW = re.compile(r"死亡数|活产数|访视")


def catalog_elements() -> list[DataElement]:
    """The catalog's data elements with their time aggregation: ``sum`` for flows, ``last``
    for stocks (both add up over org units); ``none`` stays ``none``."""
    out = []
    for element in catalog_data_elements():
        if element.aggregation is Aggregation.sum and not _FLOW.search(element.name):
            element = element.model_copy(update={"aggregation": Aggregation.last})
        out.append(element)
    return out


def install_catalog(ws: Workspace) -> int:
    """Store the standard catalog's data elements and indicators (idempotent); returns the
    number of indicators."""
    indicators = list(standard_indicators())
    with ws.session() as session:
        _save_elements(session, catalog_elements())
        _store_indicators(session, indicators)
    return len(indicators)
