"""Read rows from the spreadsheets and CSV files people actually send: .xlsx/.xls/.ods
(python-calamine), CSV in UTF-8, UTF-8 with BOM or GBK (as Excel saves it in China).
Headers may be English field names or Chinese column titles."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from healthplan.errors import InputError, Problem
from healthplan.i18n import t

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}


@dataclass(frozen=True)
class Row:
    sheet: str | None
    number: int  # 1-based, as the spreadsheet shows it
    values: dict[str, Any]


def decode_text(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError([Problem(path.name, t("not a UTF-8 or GBK text file"))])


def _canonical(header: Any, aliases: Mapping[str, str]) -> str:
    text = str(header or "").strip().replace("\n", "")
    return aliases.get(text, aliases.get(text.lower(), text.lower()))


def read_rows(path: Path, aliases: Mapping[str, str], *, sheet: str | None = None) -> Iterator[Row]:
    """Yield the non-empty rows of the first sheet (or ``sheet``) of ``path`` as dicts keyed
    by canonical field names; ``aliases`` maps header text (Chinese or English) to them."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError([Problem(path.name, t("file not found"))])
    if suffix in SPREADSHEET_SUFFIXES:
        try:
            workbook = CalamineWorkbook.from_path(str(path))
        except Exception as exc:  # calamine raises its own error types per format
            raise InputError(
                [Problem(path.name, t("cannot read spreadsheet: {e}", e=exc))]
            ) from exc
        name = sheet or workbook.sheet_names[0]
        table: list[list[Any]] = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        sheet_name: str | None = name
    elif suffix in {".csv", ".txt", ".tsv"}:
        text = decode_text(path.read_bytes(), path)
        dialect = "excel-tab" if suffix == ".tsv" else "excel"
        table = list(csv.reader(io.StringIO(text), dialect=dialect))
        sheet_name = None
    else:
        raise InputError([Problem(path.name, t("unsupported file type {suffix}", suffix=suffix))])
    header_at = next((i for i, r in enumerate(table) if any(str(c).strip() for c in r)), None)
    if header_at is None:
        return
    headers = [_canonical(h, aliases) for h in table[header_at]]
    for offset, raw in enumerate(table[header_at + 1 :], start=header_at + 2):
        cells = [c.strip() if isinstance(c, str) else c for c in raw]
        if not any(c not in ("", None) for c in cells):
            continue
        yield Row(sheet_name, offset, {h: c for h, c in zip(headers, cells, strict=False) if h})
