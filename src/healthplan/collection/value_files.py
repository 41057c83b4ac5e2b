"""The built-in value-file formats, registered in :mod:`healthplan.collection.formats`:
healthplan's own CSV/JSON (one value per row), a plain spreadsheet list and the fill-in
template (DHIS2's are in :mod:`.dhis2`, ADX in :mod:`.adx`). Each has a reader
``(path, ws) -> ValueFile``, a sniffer ``(path) -> bool`` where a suffix is shared, and a
writer ``(values, data_set) -> bytes``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from healthplan.collection.excel import DATA_SHEET, META_SHEET, read_workbook
from healthplan.collection.tabular import decode_text, read_rows
from healthplan.collection.values import RawValue
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import DEFAULT_CATEGORY
from healthplan.model.cells import csv_row, xlsx_row
from healthplan.store import Workspace

_NATIVE = {
    "data_element": "data_element",
    "dataelement": "data_element",
    "数据元": "data_element",
    "数据元编码": "data_element",
    "指标编码": "data_element",
    "period": "period",
    "期间": "period",
    "报告期": "period",
    "org_unit": "org_unit",
    "orgunit": "org_unit",
    "机构编码": "org_unit",
    "组织机构编码": "org_unit",
    "category": "category",
    "categoryoptioncombo": "category",
    "分类": "category",
    "value": "value",
    "数值": "value",
    "值": "value",
    "comment": "comment",
    "备注": "comment",
}


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def _category(value: Any) -> str:
    text = _text(value)
    return text if text and text.lower() != "default" else DEFAULT_CATEGORY


def _raw(fields: dict[str, Any], file: str, row: int, sheet: str | None = None) -> RawValue:
    return RawValue(
        data_element=_text(fields.get("data_element")),
        period=_text(fields.get("period")),
        org_unit=_text(fields.get("org_unit")),
        value=fields.get("value"),
        category=_category(fields.get("category")),
        comment=_text(fields.get("comment")) or None,
        file=file,
        row=row,
        field=None,
        sheet=sheet,
    )


def _missing(fields: dict[str, Any], file: str, row: int) -> list[Problem]:
    return [
        Problem(file, t("{field} is empty", field=name), row, name)
        for name in ("data_element", "period", "org_unit")
        if not _text(fields.get(name))
    ]


@dataclass(frozen=True)
class ValueFile:
    """What a reader found in a file: raw values, the data set the file names (DHIS2
    ``dataSet``, a template's 数据集编码) and the problems of its layout."""

    values: list[RawValue]
    data_set: str | None = None
    problems: list[Problem] = field(default_factory=list)
    # The id schemes the file declares (DHIS2's ``idScheme``, ``orgUnitIdScheme``…).
    id_schemes: dict[str, str] = field(default_factory=dict)
    # DHIS2's ``completeDate``: the data set's report is complete (上报) on that day.
    complete_date: str | None = None


def read_json(path: Path, ws: Workspace) -> ValueFile:
    """A JSON list of values (healthplan's field names or Chinese ones)."""
    try:
        items = json.loads(decode_text(path.read_bytes(), path))
    except InputError:
        raise
    except (OSError, ValueError, RecursionError) as error:  # [[[…]]] 100,000 deep
        raise InputError([Problem(path.name, t("not valid JSON: {e}", e=error))]) from error
    if not isinstance(items, list):
        raise InputError([Problem(path.name, t("expected a list of data values"))])
    problems: list[Problem] = []
    values: list[RawValue] = []
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(Problem(path.name, t("expected an object"), index))
            continue
        fields: dict[str, Any] = {
            _NATIVE.get(str(k), _NATIVE.get(str(k).lower(), str(k))): v for k, v in item.items()
        }
        found = _missing(fields, path.name, index)
        problems += found
        if not found:
            values.append(_raw(fields, path.name, index))
    return ValueFile(values, None, problems)


def read_table(path: Path, ws: Workspace) -> ValueFile:
    """One value per row of a CSV file or a spreadsheet's first sheet; English field names,
    Chinese column titles or DHIS2's CSV columns."""
    problems: list[Problem] = []
    values: list[RawValue] = []
    for row in read_rows(path, _NATIVE, required=("data_element", "period", "org_unit", "value")):
        fields = {str(k): v for k, v in row.values.items()}
        found = _missing(fields, path.name, row.number)
        problems += found
        if not found:
            values.append(_raw(fields, path.name, row.number, row.sheet))
    return ValueFile(values, None, problems)


def read_template(path: Path, ws: Workspace) -> ValueFile:
    values, data_set, problems = read_workbook(ws, path)
    return ValueFile(values, data_set, problems)


def first_text(path: Path, size: int = 4096) -> str:
    """The start of a file as text, for sniffers."""
    try:
        with path.open("rb") as handle:
            head = handle.read(size)
    except OSError:
        return ""
    return head.decode("utf-8-sig", errors="ignore").lstrip()


def is_template(path: Path) -> bool:
    try:
        book = load_workbook(path, read_only=True)
    except Exception:  # openpyxl raises several types for a bad file; the reader reports it
        return False
    names = book.sheetnames
    book.close()
    return META_SHEET in names or DATA_SHEET in names


@dataclass(frozen=True)
class ExportedValue:
    """A stored value as written out; ``stored_by``, ``created`` and ``last_updated`` are
    the sender's when the value came from DHIS2 or ADX, else healthplan's."""

    data_element: str
    period: str
    org_unit: str
    category: str
    value: float | str | None  # text for a text or date element
    stored_by: str | None
    last_updated: str | None
    comment: str | None
    attribute: str = DEFAULT_CATEGORY
    created: str | None = None
    followup: bool = False
    deleted: bool = False  # a tombstone: DHIS2's ``deleted: true``


def number_text(value: float | str | None) -> str:
    """A value as DHIS2 and the CSV write it: whole numbers without ``.0``, text as is."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else repr(float(value))


_NATIVE_COLUMNS = ["data_element", "period", "org_unit", "category", "value", "comment"]


def _native_row(v: ExportedValue) -> list[Any]:
    return [v.data_element, v.period, v.org_unit, v.category, v.value, v.comment]


def write_json(values: list[ExportedValue], data_set: str | None) -> bytes:
    rows = [dict(zip(_NATIVE_COLUMNS, _native_row(v), strict=True)) for v in values]
    return json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8")


def _csv(header: list[str], rows: Iterable[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(csv_row(r) for r in rows)
    return buffer.getvalue().encode("utf-8")


def write_csv(values: list[ExportedValue], data_set: str | None) -> bytes:
    return _csv(
        _NATIVE_COLUMNS,
        ([*_native_row(v)[:4], number_text(v.value), v.comment or ""] for v in values),
    )


def write_xlsx(values: list[ExportedValue], data_set: str | None) -> bytes:
    """The CSV's columns in one sheet, values as numbers; it reads back like the CSV."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("values")
    sheet.append(_NATIVE_COLUMNS)
    for v in values:
        sheet.append(xlsx_row(sheet, _native_row(v)))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
