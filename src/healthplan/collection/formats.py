"""Bulk value files: healthplan's own CSV/JSON (one value per row) and DHIS2
``dataValueSets`` in JSON and CSV, read and written with DHIS2's field names (codes as ids,
i.e. ``idScheme=CODE``), so an existing DHIS2 instance can feed healthplan and back."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from healthplan.collection.tabular import read_rows
from healthplan.collection.values import RawValue
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import DEFAULT_CATEGORY, Period, PeriodType
from healthplan.store import Workspace
from healthplan.store.tables import DataValueRow, OrgUnitRow

__all__ = [
    "DHIS2_CSV_COLUMNS",
    "ExportedValue",
    "dhis2_period",
    "read_value_file",
    "select_values",
    "write_values",
]

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


def read_value_file(path: str | Path) -> tuple[list[RawValue], str | None]:
    """Read a value file (CSV/XLSX list, JSON list, DHIS2 dataValueSet JSON or CSV) into raw
    values and the data set it names (DHIS2 ``dataSet``), reporting all problems at once."""
    path = Path(path)
    problems: list[Problem] = []
    values: list[RawValue] = []
    data_set: str | None = None
    if path.suffix.lower() == ".json":
        try:
            document = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as error:
            raise InputError([Problem(path.name, t("not valid JSON: {e}", e=error))]) from error
        items = document.get("dataValues") if isinstance(document, dict) else document
        if isinstance(document, dict):
            data_set = document.get("dataSet") or None
        if not isinstance(items, list):
            raise InputError([Problem(path.name, t("expected a list of data values"))])
        defaults = (
            {
                "period": document.get("period"),
                "org_unit": document.get("orgUnit"),
            }
            if isinstance(document, dict)
            else {}
        )
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
    else:
        for row in read_rows(path, _NATIVE):
            fields = {str(k): v for k, v in row.values.items()}
            if str(fields.get("deleted", "")).lower() == "true":
                continue
            found = _missing(fields, path.name, row.number)
            problems += found
            if not found:
                values.append(_raw(fields, path.name, row.number, row.sheet))
    if problems:
        raise InputError(problems)
    return values, data_set


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


def select_values(
    ws: Workspace,
    *,
    org_unit: str | None = None,
    start: date | None = None,
    end: date | None = None,
    elements: Iterable[str] | None = None,
) -> list[ExportedValue]:
    """Stored values in the subtree of ``org_unit``, within [start, end], for ``elements``."""
    query = select(DataValueRow).order_by(
        DataValueRow.data_element, DataValueRow.start_date, DataValueRow.org_unit
    )
    if org_unit is not None:
        subtree = select(OrgUnitRow.code).where(OrgUnitRow.path.like(f"%/{org_unit}/%"))
        query = query.where(DataValueRow.org_unit.in_(subtree))
    if start is not None:
        query = query.where(DataValueRow.start_date >= start)
    if end is not None:
        query = query.where(DataValueRow.end_date <= end)
    if elements is not None:
        query = query.where(DataValueRow.data_element.in_(list(elements)))
    with ws.session() as session:
        return [
            ExportedValue(
                r.data_element,
                r.period,
                r.org_unit,
                r.category,
                r.value,
                r.stored_by,
                r.last_updated.isoformat() if r.last_updated else None,
                r.comment,
            )
            for r in session.scalars(query)
        ]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def write_values(values: list[ExportedValue], fmt: str, data_set: str | None = None) -> str:
    """Serialise values: ``dhis2-json``, ``dhis2-csv``, ``json`` or ``csv``."""
    if fmt == "dhis2-json":
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
        return json.dumps(document, ensure_ascii=False, indent=2)
    if fmt == "json":
        return json.dumps(
            [
                {
                    "data_element": v.data_element,
                    "period": v.period,
                    "org_unit": v.org_unit,
                    "category": v.category,
                    "value": v.value,
                    "comment": v.comment,
                }
                for v in values
            ],
            ensure_ascii=False,
            indent=2,
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if fmt == "dhis2-csv":
        writer.writerow(DHIS2_CSV_COLUMNS)
        for v in values:
            writer.writerow(
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
            )
    elif fmt == "csv":
        writer.writerow(["data_element", "period", "org_unit", "category", "value", "comment"])
        for v in values:
            writer.writerow(
                [
                    v.data_element,
                    v.period,
                    v.org_unit,
                    v.category,
                    _number(v.value),
                    v.comment or "",
                ]
            )
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buffer.getvalue()
