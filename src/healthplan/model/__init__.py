"""The domain model: one place for the types every stage shares (pydantic v2)."""

from healthplan.model.indicator import (
    DEFAULT_CATEGORY,
    Aggregation,
    DataElement,
    Direction,
    Indicator,
    ValueType,
)
from healthplan.model.orgunit import (
    Department,
    DepartmentKind,
    OrgLevel,
    OrgUnit,
    division_level,
    division_parent,
)
from healthplan.model.period import Period, PeriodError, PeriodType
from healthplan.model.plan import (
    Comparator,
    Milestone,
    Nature,
    Plan,
    PlanKind,
    ReasonKind,
    ReviewStatus,
    SourceRef,
    Target,
    TargetReason,
    Task,
)

__all__ = [
    "DEFAULT_CATEGORY",
    "Aggregation",
    "Comparator",
    "DataElement",
    "Department",
    "DepartmentKind",
    "Direction",
    "Indicator",
    "Milestone",
    "Nature",
    "OrgLevel",
    "OrgUnit",
    "Period",
    "PeriodError",
    "PeriodType",
    "Plan",
    "PlanKind",
    "ReasonKind",
    "ReviewStatus",
    "SourceRef",
    "Target",
    "TargetReason",
    "Task",
    "ValueType",
    "division_level",
    "division_parent",
]
