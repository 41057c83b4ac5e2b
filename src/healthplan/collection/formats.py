"""Bulk value files through one registry: each :class:`ValueFormat` says which files it
reads (suffix, then content) and how to read and write them; ``data import`` and
``data export`` call :func:`import_file` and :func:`export_values`, and the CLI's
``--format`` choices come from :func:`value_formats`. Built in (:mod:`.value_files`):
healthplan's CSV/JSON, a spreadsheet list, DHIS2 dataValueSets (JSON, CSV) and the fill-in
template. Adding a format is one reader/writer pair and one :func:`register_value_format`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from healthplan.collection.datasets import get_data_set
from healthplan.collection.tabular import SPREADSHEET_SUFFIXES
from healthplan.collection.value_files import (
    ExportedValue,
    ValueFile,
    is_dhis2_csv,
    is_dhis2_json,
    is_template,
    read_json,
    read_table,
    read_template,
    write_csv,
    write_dhis2_csv,
    write_dhis2_json,
    write_json,
    write_xlsx,
)
from healthplan.collection.values import ValueImportSummary, check_values, import_values
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.store import Workspace
from healthplan.store.tables import OrgUnitRow
from healthplan.store.tables_collection import DataValueRow

__all__ = [
    "VALUE_FORMATS",
    "ExportedValue",
    "ValueExport",
    "ValueFile",
    "ValueFormat",
    "export_values",
    "import_file",
    "read_value_file",
    "register_value_format",
    "select_values",
    "value_format_for",
    "value_formats",
    "write_values",
]


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


@dataclass(frozen=True)
class ValueFormat:
    """A format of value files. ``suffixes`` are the file names it reads; among the formats
    for a suffix, the first whose ``sniff(path)`` is true reads the file, else the one without
    a sniffer. ``read(path, ws)`` returns what the file holds; ``write(values, data_set)``
    serialises values (None: the format is read only)."""

    name: str
    suffixes: tuple[str, ...]
    sniff: Callable[[Path], bool] | None
    read: Callable[[Path, Workspace], ValueFile] | None
    write: Callable[[list[ExportedValue], str | None], bytes] | None


VALUE_FORMATS: dict[str, ValueFormat] = {}


def register_value_format(fmt: ValueFormat) -> ValueFormat:
    """Add ``fmt`` to the registry (``data import`` reads it, ``data export --format`` offers
    it when it can write)."""
    VALUE_FORMATS[fmt.name] = fmt
    return fmt


def value_formats(*, writable: bool = False) -> list[str]:
    """Names of the registered value formats (only those that can write, if ``writable``)."""
    return [f.name for f in VALUE_FORMATS.values() if f.write is not None or not writable]


def value_format_for(path: str | Path) -> ValueFormat:
    """The format that reads ``path``: by suffix, then by content."""
    path = Path(path)
    if not path.exists():
        raise InputError([Problem(path.name, t("file not found"))])
    suffix = path.suffix.lower()
    candidates = [f for f in VALUE_FORMATS.values() if suffix in f.suffixes and f.read is not None]
    chosen = next((f for f in candidates if f.sniff is not None and f.sniff(path)), None)
    chosen = chosen or next((f for f in candidates if f.sniff is None), None)
    if chosen is None:
        raise InputError([Problem(path.name, t("unsupported file type {suffix}", suffix=suffix))])
    return chosen


def _read(ws: Workspace, path: Path) -> ValueFile:
    fmt = value_format_for(path)
    assert fmt.read is not None  # value_format_for chooses readers only
    return fmt.read(path, ws)


def read_value_file(ws: Workspace, path: str | Path) -> ValueFile:
    """Read a value file in any registered format (CSV/XLSX list, JSON list, DHIS2
    dataValueSet JSON or CSV, a fill-in template), reporting all problems at once."""
    found = _read(ws, Path(path))
    if found.problems:
        raise InputError(found.problems)
    return found


def import_file(
    ws: Workspace, path: str | Path, *, data_set: str | None = None, today: date | None = None
) -> ValueImportSummary:
    """Read ``path`` (format recognised from its name and content) and store its values
    atomically, checked against ``data_set`` or the data set the file names; or raise
    :class:`InputError` listing every problem, of the layout and of the values together."""
    found = _read(ws, Path(path))
    chosen = data_set or found.data_set
    if found.problems:
        raise InputError(found.problems + check_values(ws, found.values, data_set=chosen))
    return import_values(ws, found.values, data_set=chosen, today=today)


def _writer(fmt: str) -> Callable[[list[ExportedValue], str | None], bytes]:
    chosen = VALUE_FORMATS.get(fmt)
    if chosen is None or chosen.write is None:
        raise InputError(
            [
                Problem(
                    "--format",
                    t(
                        "unknown export format {fmt}; choose one of {all}",
                        fmt=fmt,
                        all=", ".join(value_formats(writable=True)),
                    ),
                )
            ]
        )
    return chosen.write


def write_values(values: list[ExportedValue], fmt: str, data_set: str | None = None) -> bytes:
    """Serialise values in the registered format ``fmt`` (see :func:`value_formats`)."""
    return _writer(fmt)(values, data_set)


@dataclass(frozen=True)
class ValueExport:
    format: str
    count: int
    content: bytes
    path: Path | None  # where it was written, when asked to


def export_values(
    ws: Workspace,
    fmt: str,
    out: str | Path | None = None,
    *,
    data_set: str | None = None,
    org_unit: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> ValueExport:
    """Stored values (of ``data_set``'s elements, in ``org_unit``'s subtree, within
    [start, end]) serialised as ``fmt``, and written to ``out`` if given."""
    write = _writer(fmt)
    elements = get_data_set(ws, data_set).elements if data_set else None
    values = select_values(ws, org_unit=org_unit, start=start, end=end, elements=elements)
    content = write(values, data_set)
    target = Path(out) if out is not None else None
    if target is not None:
        target.write_bytes(content)
    return ValueExport(fmt, len(values), content, target)


for _builtin in (
    ValueFormat("dhis2-json", (".json",), is_dhis2_json, read_json, write_dhis2_json),
    ValueFormat("dhis2-csv", (".csv",), is_dhis2_csv, read_table, write_dhis2_csv),
    ValueFormat("json", (".json",), None, read_json, write_json),
    ValueFormat("csv", (".csv", ".txt", ".tsv"), None, read_table, write_csv),
    ValueFormat("xlsx-template", (".xlsx", ".xlsm"), is_template, read_template, None),
    ValueFormat("xlsx", tuple(sorted(SPREADSHEET_SUFFIXES)), None, read_table, write_xlsx),
):
    register_value_format(_builtin)
