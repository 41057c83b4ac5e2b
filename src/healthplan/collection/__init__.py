"""Collection: metadata (data elements, indicators, constants), data sets, value import from
Excel, CSV, JSON and DHIS2 with atomic validation, quality checks and the approval workflow."""

from healthplan.collection.datasets import (
    DataSet,
    collecting_departments,
    get_data_set,
    list_data_sets,
    save_data_set,
)
from healthplan.collection.excel import import_workbook, read_workbook, write_template
from healthplan.collection.formats import read_value_file, select_values, write_values
from healthplan.collection.metadata import (
    install_catalog,
    list_constants,
    list_data_elements,
    list_indicators,
    save_constants,
    save_data_elements,
    save_indicators,
)
from healthplan.collection.orgunits import import_orgunits
from healthplan.collection.quality import (
    Completeness,
    QualityFlag,
    ValidationRule,
    completeness,
    default_rules,
    outliers,
    validate_data,
)
from healthplan.collection.stored_values import latest_period_end, value_frame
from healthplan.collection.values import (
    RawValue,
    ValueImportSummary,
    check_values,
    import_values,
    parse_number,
)
from healthplan.collection.workflow import (
    ApprovalState,
    WorkflowError,
    WorkflowStatus,
    approval_status,
    approve,
    reopen,
    review,
    submit,
)

__all__ = [
    "ApprovalState",
    "Completeness",
    "DataSet",
    "QualityFlag",
    "RawValue",
    "ValidationRule",
    "ValueImportSummary",
    "WorkflowError",
    "WorkflowStatus",
    "approval_status",
    "approve",
    "check_values",
    "collecting_departments",
    "completeness",
    "default_rules",
    "get_data_set",
    "import_orgunits",
    "import_values",
    "import_workbook",
    "install_catalog",
    "latest_period_end",
    "list_constants",
    "list_data_elements",
    "list_data_sets",
    "list_indicators",
    "outliers",
    "parse_number",
    "read_value_file",
    "read_workbook",
    "reopen",
    "review",
    "save_constants",
    "save_data_elements",
    "save_data_set",
    "save_indicators",
    "select_values",
    "submit",
    "validate_data",
    "value_frame",
    "write_template",
    "write_values",
]
