"""The built-in value-file formats, registered in :mod:`healthplan.collection.formats`:
healthplan's own CSV/JSON (one value per row), a plain spreadsheet list, DHIS2
``dataValueSets`` in JSON and CSV (DHIS2's field names, codes as ids, i.e. ``idScheme=CODE``)
and the fill-in template. Each has a reader ``(path, ws) -> ValueFile``, a sniffer
``(path) -> bool`` where a suffix is shared, and a writer ``(values, data_set) -> bytes``."""

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
from healthplan.collection.tabular import read_rows
from healthplan.collection.values import RawValue
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import DEFAULT_CATEGORY, Period, PeriodType
from healthplan.store import Workspace

# DHIS2's CSV dataValueSet columns, in DHIS2's order (its import also reads them by position).
DHIS2_CSV_COLUMNS = [
    "dataelement",
    "period",
    "orgunit",
    "categoryoptioncombo",
    "attributeoptioncombo",
    "value",
    "storedby",
    "lastupdated",
    "comment",
    "followup",
    "deleted",
]
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
_DHIS2_JSON = {
    "dataElement": "data_element",
    "period": "period",
    "orgUnit": "org_unit",
    "categoryOptionCombo": "category",
    "value": "value",
    "comment": "comment",
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


def read_json(path: Path, ws: Workspace) -> ValueFile:
    """A JSON list of values, or a DHIS2 dataValueSet (its period and orgUnit as defaults)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        raise InputError([Problem(path.name, t("not valid JSON: {e}", e=error))]) from error
    items = document.get("dataValues") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise InputError([Problem(path.name, t("expected a list of data values"))])
    data_set = (document.get("dataSet") or None) if isinstance(document, dict) else None
    defaults = (
        {"period": document.get("period"), "org_unit": document.get("orgUnit")}
        if isinstance(document, dict)
        else {}
    )
    problems: list[Problem] = []
    values: list[RawValue] = []
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(Problem(path.name, t("expected an object"), index))
            continue
        fields: dict[str, Any] = {
            _DHIS2_JSON.get(str(k), _NATIVE.get(str(k), str(k))): v for k, v in item.items()
        }
        for key, default in defaults.items():
            fields.setdefault(key, default)
        if item.get("deleted") is True:
            continue
        found = _missing(fields, path.name, index)
        problems += found
        if not found:
            values.append(_raw(fields, path.name, index))
    return ValueFile(values, data_set, problems)


def read_table(path: Path, ws: Workspace) -> ValueFile:
    """One value per row of a CSV file or a spreadsheet's first sheet; English field names,
    Chinese column titles or DHIS2's CSV columns."""
    problems: list[Problem] = []
    values: list[RawValue] = []
    for row in read_rows(path, _NATIVE):
        fields = {str(k): v for k, v in row.values.items()}
        if str(fields.get("deleted", "")).lower() == "true":
            continue
        found = _missing(fields, path.name, row.number)
        problems += found
        if not found:
            values.append(_raw(fields, path.name, row.number, row.sheet))
    return ValueFile(values, None, problems)


def read_template(path: Path, ws: Workspace) -> ValueFile:
    values, data_set, problems = read_workbook(ws, path)
    return ValueFile(values, data_set, problems)


def _first_text(path: Path, size: int = 4096) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(size)
    except OSError:
        return ""
    return head.decode("utf-8-sig", errors="ignore").lstrip()


def is_dhis2_json(path: Path) -> bool:
    return _first_text(path).startswith("{")


def is_dhis2_csv(path: Path) -> bool:
    header = _first_text(path).partition("\n")[0].lower()
    return "dataelement" in header and "orgunit" in header


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
    data_element: str
    period: str
    org_unit: str
    category: str
    value: float | None
    stored_by: str | None
    last_updated: str | None
    comment: str | None


def dhis2_period(period: str) -> str:
    """DHIS2's id for a period: months as ``202403``, the rest as healthplan writes them."""
    parsed = Period.parse(period)
    if parsed.type is PeriodType.month:
        return f"{parsed.year}{parsed.index:02d}"
    return parsed.id


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def write_dhis2_json(values: list[ExportedValue], data_set: str | None) -> bytes:
    document: dict[str, Any] = {}
    if data_set:
        document["dataSet"] = data_set
    document["dataValues"] = [
        {
            "dataElement": v.data_element,
            "period": dhis2_period(v.period),
            "orgUnit": v.org_unit,
            "categoryOptionCombo": v.category,
            "attributeOptionCombo": DEFAULT_CATEGORY,
            "value": _number(v.value),
            "storedBy": v.stored_by,
            "lastUpdated": v.last_updated,
            "comment": v.comment,
            "followup": False,
        }
        for v in values
    ]
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


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
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_dhis2_csv(values: list[ExportedValue], data_set: str | None) -> bytes:
    return _csv(
        DHIS2_CSV_COLUMNS,
        (
            [
                v.data_element,
                dhis2_period(v.period),
                v.org_unit,
                v.category,
                DEFAULT_CATEGORY,
                _number(v.value),
                v.stored_by or "",
                v.last_updated or "",
                v.comment or "",
                "false",
                "",
            ]
            for v in values
        ),
    )


def write_csv(values: list[ExportedValue], data_set: str | None) -> bytes:
    return _csv(
        _NATIVE_COLUMNS,
        ([*_native_row(v)[:4], _number(v.value), v.comment or ""] for v in values),
    )


def write_xlsx(values: list[ExportedValue], data_set: str | None) -> bytes:
    """The CSV's columns in one sheet, values as numbers; it reads back like the CSV."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("values")
    sheet.append(_NATIVE_COLUMNS)
    for v in values:
        sheet.append(_native_row(v))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
