"""Read rows from the spreadsheets and CSV files people actually send: .xlsx/.xls/.ods
(python-calamine), CSV in UTF-8, UTF-8 with BOM or GBK (as Excel saves it in China).
Headers may be English field names or Chinese column titles.

A workbook is read from its one visible sheet with data (hidden sheets are skipped; a second
visible sheet with data is refused, not ignored); a merged range counts as its top-left value
in every cell it covers, except a value merged over several rows, which is refused (whose
value would it be?); a formula the file holds no computed result for (written by a script,
never opened in Excel or WPS) is refused, not read as an empty cell."""

from __future__ import annotations

import codecs
import csv
import io
import sys
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model.cells import read_csv_cell

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# A field whose cells may not be merged over rows: one number per row.
_UNMERGEABLE = frozenset({"value"})
# csv's default field limit (131,072 characters) refused a long comment with a traceback.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class Row:
    sheet: str | None
    number: int  # 1-based, as the spreadsheet shows it
    values: dict[str, Any]


def decode_text(data: bytes, path: Path) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" and some hospital systems write UTF-16 with a mark.
        if len(data) % 2:
            raise InputError(
                [
                    Problem(
                        path.name,
                        t(
                            "a UTF-16 text file of odd length ({n} bytes): it is cut short "
                            "or damaged",
                            n=len(data),
                        ),
                    )
                ]
            )
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(
                [Problem(path.name, t("not a valid UTF-16 text file: {e}", e=error.reason))]
            ) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError([Problem(path.name, t("not a UTF-8 or GBK text file"))])


def _canonical(header: Any, aliases: Mapping[str, str]) -> str:
    text = str(header or "").strip().replace("\n", "")
    return aliases.get(text, aliases.get(text.lower(), text.lower()))


def read_rows(
    path: Path,
    aliases: Mapping[str, str],
    *,
    sheet: str | None = None,
    required: Sequence[str] = (),
) -> Iterator[Row]:
    """Yield the non-empty rows of the first sheet (or ``sheet``) of ``path`` as dicts keyed
    by canonical field names; ``aliases`` maps header text (Chinese or English) to them.
    A field given by two columns, or a ``required`` field given by none, is refused: the
    one would silently win over the other, the other would import nothing."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError([Problem(path.name, t("file not found"))])
    if path.is_dir():
        raise InputError([Problem(path.name, t("a folder, not a file"))])
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
    if suffix in SPREADSHEET_SUFFIXES:
        try:
            workbook = CalamineWorkbook.from_path(str(path))
            name = sheet or _data_sheet(workbook, path)
            found = workbook.get_sheet_by_name(name)
            table: list[list[Any]] = found.to_python(skip_empty_area=False)
            merged = list(found.merged_cell_ranges or [])
        except InputError:
            raise
        except Exception as exc:  # calamine raises its own error types per format
            raise InputError(
                [Problem(path.name, t("cannot read spreadsheet: {e}", e=exc))]
            ) from exc
        sheet_name: str | None = name
        missing = formula_problems(path, name)
        if missing:
            raise InputError(missing)
    elif suffix in {".csv", ".txt", ".tsv"}:
        text = decode_text(path.read_bytes(), path)
        dialect = "excel-tab" if suffix == ".tsv" else "excel"
        try:
            table = [
                [read_csv_cell(c) for c in r]
                for r in csv.reader(io.StringIO(text), dialect=dialect)
            ]
        except csv.Error as exc:
            raise InputError([Problem(path.name, t("cannot read CSV: {e}", e=exc))]) from exc
        sheet_name = None
    else:
        raise InputError([Problem(path.name, t("unsupported file type {suffix}", suffix=suffix))])
    header_at = next((i for i, r in enumerate(table) if any(str(c).strip() for c in r)), None)
    if header_at is None:
        return
    headers = [_canonical(h, aliases) for h in table[header_at]]
    _check_headers(headers, required, path, sheet_name, header_at + 1)
    _fill_merged(table, merged, headers, path, sheet_name)
    for offset, raw in enumerate(table[header_at + 1 :], start=header_at + 2):
        cells = [c.strip() if isinstance(c, str) else c for c in raw]
        if not any(c not in ("", None) for c in cells):
            continue
        yield Row(sheet_name, offset, {h: c for h, c in zip(headers, cells, strict=False) if h})


def _check_headers(
    headers: list[str], required: Sequence[str], path: Path, sheet: str | None, row: int
) -> None:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, name in enumerate(headers):
        if name and name in seen:
            problems.append(
                Problem(
                    path.name,
                    t(
                        "columns {first} and {second} both hold {field}; keep one",
                        first=get_column_letter(seen[name] + 1),
                        second=get_column_letter(index + 1),
                        field=name,
                    ),
                    row,
                    name,
                    sheet,
                )
            )
        seen.setdefault(name, index)
    missing = [name for name in required if name not in seen]
    if missing:
        problems.append(
            Problem(
                path.name,
                t("no column for {fields}", fields=", ".join(missing)),
                row,
                None,
                sheet,
            )
        )
    if problems:
        raise InputError(problems)


def _data_sheet(workbook: CalamineWorkbook, path: Path) -> str:
    """The one visible worksheet holding data."""
    visible = [
        m.name
        for m in workbook.sheets_metadata
        if m.visible == SheetVisibleEnum.Visible and m.typ == SheetTypeEnum.WorkSheet
    ]
    with_data = [n for n in visible if workbook.get_sheet_by_name(n).height > 0]
    if len(with_data) > 1:
        raise InputError(
            [
                Problem(
                    path.name,
                    t(
                        "the workbook has data on several sheets ({sheets}); keep the values "
                        "on one sheet",
                        sheets="、".join(with_data),
                    ),
                )
            ]
        )
    if not (with_data or visible):
        raise InputError([Problem(path.name, t("the workbook has no visible sheet"))])
    return (with_data or visible)[0]


def _fill_merged(
    table: list[list[Any]],
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    headers: list[str],
    path: Path,
    sheet: str | None,
) -> None:
    problems: list[Problem] = []
    for (top, left), (bottom, right) in merged:
        if top >= len(table):
            continue
        value = table[top][left] if left < len(table[top]) else ""
        spans_rows = bottom > top
        for column in range(left, right + 1):
            field = headers[column] if column < len(headers) else ""
            if spans_rows and field in _UNMERGEABLE:
                corner = get_column_letter(right + 1) + str(bottom + 1)
                cells = get_column_letter(left + 1) + str(top + 1) + ":" + corner
                problems.append(
                    Problem(
                        path.name,
                        t("cells {cells} are merged: one value for several rows", cells=cells),
                        top + 1,
                        field,
                        sheet,
                    )
                )
                break
        for row in range(top, min(bottom + 1, len(table))):
            cells_of = table[row]
            for column in range(left, right + 1):
                if column < len(cells_of) and (row, column) != (top, left):
                    cells_of[column] = value
    if problems:
        raise InputError(problems)


def formula_problems(path: Path, sheet: str) -> list[Problem]:
    """One problem per formula cell of ``sheet`` without a computed result."""
    problems = []
    for row, column in uncached_formulas(path, sheet):
        letter = get_column_letter(column)
        cell = letter + str(row)
        message = t(
            "cell {cell} holds a formula without a computed value; open and save the file "
            "in Excel or WPS, or type the number",
            cell=cell,
        )
        problems.append(Problem(path.name, message, row, letter, sheet))
    return problems


def uncached_formulas(path: Path, sheet: str) -> list[tuple[int, int]]:
    """``(row, column)`` (1-based) of every formula cell of ``sheet`` in the .xlsx/.xlsm at
    ``path`` that has no stored result: readers would take it for an empty cell."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    try:
        with zipfile.ZipFile(path) as archive:
            target = _sheet_part(archive, sheet)
            if target is None:
                return []
            found: list[tuple[int, int]] = []
            with archive.open(target) as stream:
                for _, cell in etree.iterparse(stream, tag=f"{_MAIN}c"):
                    formula = cell.find(f"{_MAIN}f")
                    value = cell.find(f"{_MAIN}v")
                    if formula is not None and (value is None or not (value.text or "")):
                        found.append(_cell_position(cell.get("r", "")))
                    cell.clear()
            return found
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return []  # calamine already read the file; nothing more to learn here


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    book = etree.fromstring(archive.read("xl/workbook.xml"))
    rel_id = next(
        (s.get(f"{_REL}id") for s in book.iter(f"{_MAIN}sheet") if s.get("name") == sheet), None
    )
    rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in rels:
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def _cell_position(reference: str) -> tuple[int, int]:
    letters = "".join(c for c in reference if c.isalpha())
    digits = "".join(c for c in reference if c.isdigit())
    column = 0
    for letter in letters.upper():
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(digits or 0), column
