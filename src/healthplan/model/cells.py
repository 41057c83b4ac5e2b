"""Text cells that a spreadsheet would run as a formula (CSV injection, OWASP): a comment
``=HYPERLINK("http://…")`` exported as is becomes a live link, ``=cmd|' /C calc'!A0`` a
command, once someone opens the export in Excel or WPS. Every CSV and XLSX export writes
text through here; the CSV readers undo the CSV mark, so an export reads back unchanged."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["csv_cell", "csv_row", "read_csv_cell", "xlsx_row"]

# Spreadsheets start a formula at these (tab and carriage return: OWASP's list).
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# A plain number such as -5, +1.5e3, -1,234.5 or -3.2% is data, not a formula: left as is.
_PLAIN_NUMBER = re.compile(r"[-+]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?")


def _formula_like(value: str) -> bool:
    return value.startswith(_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(value)


def csv_cell(value: Any) -> Any:
    """``value`` for a CSV cell: text a spreadsheet would run gets a leading ``'``, the mark
    Excel and WPS read as "this is text"."""
    if isinstance(value, str) and _formula_like(value):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(v) for v in values]


def read_csv_cell(value: str) -> str:
    """A CSV cell as written before :func:`csv_cell` marked it."""
    if value.startswith("'") and _formula_like(value[1:]):
        return value[1:]
    return value


def xlsx_row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """``values`` for ``sheet.append``: text starting with ``=`` (which openpyxl would store as
    a formula) goes in as a text cell, kept verbatim and never calculated."""
    from openpyxl.cell import Cell

    row: list[Any] = []
    for value in values:
        if isinstance(value, str) and value.startswith("="):
            # a placeholder position (repr needs one); append sets the real one
            cell = Cell(sheet, row=1, column=1, value=value)
            cell.data_type = "s"
            row.append(cell)
        else:
            row.append(value)
    return row
