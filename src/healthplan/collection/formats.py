"""Bulk value files through one registry: each :class:`ValueFormat` says which files it
reads (suffix, then content) and how to read and write them; ``data import`` and
``data export`` call :func:`import_file` and :func:`export_values`, and the CLI's
``--format`` choices come from :func:`value_formats`. Built in: healthplan's CSV/JSON, a
spreadsheet list and the fill-in template (:mod:`.value_files`), DHIS2 dataValueSets in
JSON, XML and CSV (:mod:`.dhis2`) and ADX (:mod:`.adx`). Adding a format is one
reader/writer pair and one :func:`register_value_format`. Ids in every format go through
DHIS2's id schemes (:class:`~.dhis2.IdSchemes`; ``code``, i.e. healthplan's codes, unless
the command or the file says otherwise)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from healthplan.collection import adx, dhis2
from healthplan.collection.datasets import get_data_set, list_data_sets
from healthplan.collection.dhis2 import IdSchemes
from healthplan.collection.tabular import SPREADSHEET_SUFFIXES
from healthplan.collection.value_files import (
    ExportedValue,
    ValueFile,
    first_text,
    is_template,
    read_json,
    read_table,
    read_template,
    write_csv,
    write_json,
    write_xlsx,
)
from healthplan.collection.values import (
    ValueImportSummary,
    check_values,
    import_values,
    time_text,
)
from healthplan.errors import InputError, NotFoundError, Problem
from healthplan.i18n import t
from healthplan.store import Workspace, parents
from healthplan.store.tables import OrgUnitRow
from healthplan.store.tables_collection import DataValueRow, DeletedValueRow

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
    include_deleted: bool = False,
) -> list[ExportedValue]:
    """Stored values in the subtree of ``org_unit``, within [start, end], for ``elements``;
    ``include_deleted``: then the deleted ones, marked ``deleted``."""
    wanted = list(elements) if elements is not None else None
    tables: list[tuple[Any, bool]] = [(DataValueRow, False)]
    if include_deleted:
        tables.append((DeletedValueRow, True))
    found: list[ExportedValue] = []
    with ws.session() as session:
        for table, deleted in tables:
            query = _filtered(select(table), table, org_unit, start, end, wanted)
            found += [_exported(r, deleted=deleted) for r in session.scalars(query)]
    return found


def _filtered(
    query: Any,
    table: Any,
    org_unit: str | None,
    start: date | None,
    end: date | None,
    elements: list[str] | None,
) -> Any:
    if org_unit is not None:
        subtree = select(OrgUnitRow.code).where(
            OrgUnitRow.path.contains(f"/{org_unit}/", autoescape=True)
        )
        query = query.where(table.org_unit.in_(subtree))
    if start is not None:
        query = query.where(table.start_date >= start)
    if end is not None:
        query = query.where(table.end_date <= end)
    if elements is not None:
        query = query.where(table.data_element.in_(elements))
    return query.order_by(
        table.data_element, table.start_date, table.org_unit, table.category, table.attribute
    )


def _exported(r: Any, *, deleted: bool) -> ExportedValue:
    """A stored value as exported, or a deleted value's tombstone (which keeps the fields as
    they were when it was deleted)."""
    extra: dict[str, Any]
    if deleted:
        by, updated, created, extra = r.stored_by, r.last_updated, r.created, {"deleted": True}
    else:
        by = r.origin_stored_by or r.stored_by
        updated = r.origin_last_updated or time_text(r.last_updated)
        created = r.origin_created or time_text(r.created)
        extra = {"followup": r.followup}
    value = r.text_value if r.text_value is not None else r.value
    return ExportedValue(
        r.data_element, r.period, r.org_unit, r.category, value, by, updated, r.comment,
        r.attribute, created, **extra,
    )  # fmt: skip


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
    ws: Workspace,
    path: str | Path,
    *,
    data_set: str | None = None,
    today: date | None = None,
    id_scheme: str | Sequence[str] | None = None,
    mode: str = "atomic",
    dry_run: bool = False,
    summary: str | Path | None = None,
) -> ValueImportSummary:
    """Read ``path`` (format recognised from its name and content) and store its values,
    checked against ``data_set`` or the data set the file names. Ids are read in
    ``id_scheme`` (see :class:`~.dhis2.IdSchemes`; the file's own schemes win).
    ``mode="atomic"``: all or nothing, raise :class:`InputError` listing every problem;
    ``"partial"``: store the good values, report the rest as conflicts. ``dry_run``: store
    nothing. ``summary``: write a DHIS2-style import summary (JSON) there, also when refused."""
    path = Path(path)
    found: ValueFile | None = None
    schemes = IdSchemes.parse(id_scheme)
    try:
        found = _read(ws, path)
        schemes = IdSchemes.from_payload(found.id_schemes, path.name).over(schemes)
        values, id_problems = dhis2.resolve_ids(ws, found.values, schemes)
        chosen = data_set or dhis2.resolve_data_set(ws, found.data_set, schemes)
        problems = found.problems + id_problems
        if chosen is not None and chosen not in {d.code for d in list_data_sets(ws)}:
            unknown = Problem(path.name, t("unknown data set {code}", code=chosen))
            raise InputError([unknown, *problems])
        if problems and mode == "atomic":
            raise InputError(problems + check_values(ws, values, data_set=chosen, today=today))
        # The values and the report's completion (DHIS2 completeDate) in one transaction.
        with ws.session(lock=True):
            result = import_values(
                ws, values, data_set=chosen, today=today, mode=mode, dry_run=dry_run
            )
            if found.complete_date and chosen and not dry_run:
                dhis2.complete_reports(
                    ws, chosen, values, found.complete_date, path.name, strict=mode == "atomic"
                )
    except InputError as error:
        hint = dhis2.uid_hint(ws, found.values, schemes) if found is not None else []
        refused = InputError([*hint, *error.problems]) if hint else error
        if summary is not None:
            dhis2.write_summary(
                Path(summary), dhis2.summary_document(None, refused.problems, dry_run=dry_run)
            )
        raise refused from None
    result = replace(
        result,
        ignored=result.ignored + len(_rows(problems)),
        conflicts=(*problems, *result.conflicts),
    )
    if summary is not None:
        dhis2.write_summary(Path(summary), dhis2.summary_document(result))
    return result


def _rows(problems: list[Problem]) -> set[tuple[str, str | None, int | None]]:
    return {(p.file, p.sheet, p.row) for p in problems}


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
    id_scheme: str | Sequence[str] | None = None,
    include_deleted: bool = False,
) -> ValueExport:
    """Stored values (of ``data_set``'s elements, in ``org_unit``'s subtree, within
    [start, end]) serialised as ``fmt`` with ids in ``id_scheme``, and written to ``out``
    if given."""
    write = _writer(fmt)
    elements = get_data_set(ws, data_set).elements if data_set else None
    if org_unit is not None and org_unit not in parents(ws):
        raise NotFoundError(t("unknown org unit {code}", code=org_unit))
    if include_deleted and not fmt.startswith("dhis2-"):
        raise InputError(
            [Problem("--include-deleted", t("only the DHIS2 formats can mark a value deleted"))]
        )
    values = select_values(
        ws,
        org_unit=org_unit,
        start=start,
        end=end,
        elements=elements,
        include_deleted=include_deleted,
    )
    schemes = IdSchemes.parse(id_scheme)
    external = dhis2.external_ids(ws, values, schemes)
    content = write(external, dhis2.external_data_set(ws, data_set, schemes))
    target = Path(out) if out is not None else None
    if target is not None:
        try:
            target.write_bytes(content)
        except OSError as error:  # a missing folder, a directory given as the file
            raise InputError(
                [Problem(str(target), t("cannot write the file: {e}", e=error.strerror))]
            ) from None
    return ValueExport(fmt, len(values), content, target)


def _is_dhis2_json(path: Path) -> bool:
    return first_text(path).startswith("{")


for _builtin in (
    ValueFormat("dhis2-json", (".json",), _is_dhis2_json, dhis2.read_json, dhis2.write_json),
    ValueFormat("dhis2-xml", (".xml",), dhis2.is_dataset_xml, dhis2.read_xml, dhis2.write_xml),
    ValueFormat("adx", (".xml", ".adx"), adx.is_adx, adx.read_adx, adx.write_adx),
    ValueFormat("dhis2-csv", (".csv",), dhis2.is_dataset_csv, dhis2.read_csv, dhis2.write_csv),
    ValueFormat("json", (".json",), None, read_json, write_json),
    ValueFormat("csv", (".csv", ".txt", ".tsv"), None, read_table, write_csv),
    ValueFormat("xlsx-template", (".xlsx", ".xlsm"), is_template, read_template, None),
    ValueFormat("xlsx", tuple(sorted(SPREADSHEET_SUFFIXES)), None, read_table, write_xlsx),
):
    register_value_format(_builtin)
