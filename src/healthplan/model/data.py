"""Reported figures."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from healthplan.model.period import Period

DEFAULT_CATEGORY = "default"


class DataValue(BaseModel):
    """One figure for a data element, org unit and period, as in DHIS2's dataValueSets."""

    data_element: str = Field(description="Data element code.")
    period: Period
    org_unit: str = Field(description="Org unit code.")
    category: str = Field(default=DEFAULT_CATEGORY, description="Category option, e.g. 女.")
    value: float | None = Field(description="None when reported as missing.")
    comment: str | None = None
    stored_by: str | None = None
    last_updated: datetime | None = None
