"""The standard indicator catalog (``data/indicators.yaml``, copied from the project's
reference catalog with its sources) as :class:`Indicator` and :class:`DataElement` values.

A catalog entry words its numerator and denominator in Chinese; reporting needs codes. Each
ratio indicator ``X`` is therefore measured by two data elements, ``X_num`` and ``X_den``,
named after those Chinese terms, and its formula is ``#{X_num}`` / ``#{X_den}``. An entry
with no verified formula (survey figures, life tables, unverified rates) is reported as one
figure, data element ``X``, which cannot be rebuilt from lower levels.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from healthplan.model.indicator import (
    Aggregation,
    DataElement,
    Direction,
    Indicator,
    ValueType,
)

__all__ = ["catalog_data_elements", "catalog_entries", "standard_indicators"]

# Rates whose fall is progress: deaths, smoking, stunting.
_LOWER_IS_BETTER = re.compile(r"死亡率|吸烟率|迟缓率|发病率|患病率|超重|肥胖")
_PARENTHESES = re.compile(r"[（(]([^）)]*)[）)]")


@cache
def catalog_entries() -> tuple[dict[str, Any], ...]:
    """The raw catalog entries, as the reference file writes them."""
    text = resources.files("healthplan.model").joinpath("data/indicators.yaml").read_text("utf-8")
    return tuple(yaml.safe_load(text))


def _names(name_zh: str) -> tuple[str, list[str]]:
    """``高血压患者管理率（健康管理率）`` → name ``高血压患者管理率`` and the synonym
    ``高血压健康管理率``; ``执业（助理）医师数`` → also ``执业助理医师数``."""
    main = _PARENTHESES.sub("", name_zh).strip()
    synonyms = []
    for inner in (i.strip() for i in _PARENTHESES.findall(name_zh)):
        if len(inner) >= 6:  # a whole alternative name
            synonyms.append(inner)
        elif inner.endswith(("率", "数")):  # an alternative ending
            synonyms.append(main[: -len(inner)] + inner)
        elif inner:  # an optional qualifier
            synonyms.append(_PARENTHESES.sub(r"\1", name_zh))
    return main, [s for s in synonyms if s != main]


def _aggregation(entry: dict[str, Any]) -> Aggregation:
    if entry.get("numerator_zh") and entry.get("denominator_zh"):
        return Aggregation.ratio
    if entry.get("multiplier", 1) == 1 and entry.get("numerator_zh"):
        return Aggregation.sum
    return Aggregation.none


def _indicator(entry: dict[str, Any]) -> Indicator:
    code = entry["code"]
    name, synonyms = _names(entry["name_zh"])
    aggregation = _aggregation(entry)
    if aggregation is Aggregation.ratio:
        numerator, denominator = f"#{{{code}_num}}", f"#{{{code}_den}}"
    else:
        numerator, denominator = f"#{{{code}}}", None
    source = entry.get("source")
    return Indicator(
        code=code,
        name=name,
        name_en=entry.get("name_en"),
        synonyms=synonyms,
        numerator=numerator,
        denominator=denominator,
        multiplier=float(entry.get("multiplier") or 1),
        unit=str(entry.get("unit") or ""),
        direction=(
            Direction.lower_is_better
            if _LOWER_IS_BETTER.search(entry["name_zh"])
            else Direction.higher_is_better
        ),
        aggregation=aggregation,
        source=source.get("title") if isinstance(source, dict) else None,
    )


@cache
def standard_indicators() -> tuple[Indicator, ...]:
    """Every catalog entry as an :class:`Indicator`."""
    return tuple(_indicator(entry) for entry in catalog_entries())


def catalog_data_elements() -> list[DataElement]:
    """The data elements the catalog indicators are computed from."""
    elements: list[DataElement] = []
    for entry, indicator in zip(catalog_entries(), standard_indicators(), strict=True):
        code = indicator.code
        if indicator.aggregation is Aggregation.ratio:
            elements.append(
                DataElement(code=f"{code}_num", name=str(entry["numerator_zh"]), unit="")
            )
            elements.append(
                DataElement(code=f"{code}_den", name=str(entry["denominator_zh"]), unit="")
            )
        else:
            elements.append(
                DataElement(
                    code=code,
                    name=indicator.name,
                    value_type=ValueType.number,
                    aggregation=(
                        Aggregation.sum
                        if indicator.aggregation is Aggregation.sum
                        else Aggregation.none
                    ),
                    unit=indicator.unit,
                )
            )
    return elements
