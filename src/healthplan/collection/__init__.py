"""Collection: metadata (data elements, indicators, constants), data sets, value import from
Excel, CSV, JSON and DHIS2 with atomic validation, quality checks and the approval workflow."""

from healthplan.collection.datasets import DataSet, get_data_set, list_data_sets, save_data_set
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
from healthplan.collection.values import RawValue, ValueImportSummary, import_values, parse_number

__all__ = [
    "DataSet",
    "RawValue",
    "ValueImportSummary",
    "get_data_set",
    "import_orgunits",
    "import_values",
    "install_catalog",
    "list_constants",
    "list_data_elements",
    "list_data_sets",
    "list_indicators",
    "parse_number",
    "read_value_file",
    "save_constants",
    "save_data_elements",
    "save_data_set",
    "save_indicators",
    "select_values",
    "write_values",
]
