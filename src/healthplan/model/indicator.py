"""Indicators and the data elements they are computed from."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from healthplan.model.period import PeriodType


class Direction(StrEnum):
    higher_is_better = "higher_is_better"
    lower_is_better = "lower_is_better"


class Aggregation(StrEnum):
    """How an indicator rolls up over time and the org-unit hierarchy."""

    ratio = "ratio"  # sum numerators and denominators, then divide (never average rates)
    sum = "sum"
    average = "average"
    last = "last"  # stock figures: the latest value in the period
    none = "none"  # survey or life-table figures: not aggregatable


class ValueType(StrEnum):
    number = "number"
    integer = "integer"
    percentage = "percentage"
    text = "text"
    boolean = "boolean"
    date = "date"  # a day, kept as YYYY-MM-DD (DHIS2 DATE)


DEFAULT_CATEGORY = "default"  # the category of a value reported as a total


class DataElement(BaseModel):
    """One figure a department reports, e.g. 高血压患者规范管理人数."""

    code: str = Field(description="Stable ASCII id used in formulas as #{code}.")
    name: str
    value_type: ValueType = ValueType.number
    aggregation: Aggregation = Aggregation.sum
    unit: str = ""
    categories: list[str] = Field(
        default_factory=list, description="Category options, e.g. 男/女; empty = total only."
    )
    min_value: float | None = Field(
        default=None, description="Lowest plausible value (quality check); None = unbounded."
    )
    max_value: float | None = Field(
        default=None, description="Highest plausible value (quality check); None = unbounded."
    )


class Indicator(BaseModel):
    """A measured quantity. Standard ones come from the reference catalog; custom ones are
    defined by a DHIS2-style formula over data elements."""

    code: str
    name: str = Field(description="Chinese name as used in plans.")
    name_en: str | None = None
    synonyms: list[str] = Field(default_factory=list, description="Other wordings in plans.")
    numerator: str | None = Field(default=None, description="Formula, e.g. #{hbp_managed}.")
    denominator: str | None = Field(default=None, description="Formula; None for counts.")
    multiplier: float = 1
    unit: str = ""
    direction: Direction = Direction.higher_is_better
    aggregation: Aggregation = Aggregation.ratio
    period_type: PeriodType = PeriodType.year
    custom: bool = Field(default=False, description="Proposed from a plan, not the catalog.")
    source: str | None = Field(default=None, description="Where the definition comes from.")
