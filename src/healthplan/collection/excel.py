"""Fill-in workbooks: ``write_template`` makes one for a data set, an org unit and a period
(Chinese headings, locked structure, data validation, a 填报说明 sheet, one row per reporting
unit below the org unit); ``import_workbook`` reads it — or a hand-made sheet with the same
headings, merged header cells included — back through the common validation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from healthplan.collection.datasets import get_data_set
from healthplan.collection.metadata import list_data_elements
from healthplan.collection.tabular import formula_problems
from healthplan.collection.values import RawValue, ValueImportSummary, check_values, import_values
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import Period
from healthplan.store import Workspace
from healthplan.store.orgunits import list_orgunits

__all__ = ["import_workbook", "read_workbook", "write_template"]

DATA_SHEET = "数据填报"
HELP_SHEET = "填报说明"
META_SHEET = "_meta"
CODE_HEADINGS = {"机构编码", "组织机构编码", "单位编码", "区划代码", "orgunit", "org_unit"}
NAME_HEADINGS = {"机构名称", "单位名称", "组织机构名称", "名称", "name"}
_CODE_IN_HEADING = re.compile(r"[（(]\s*([A-Za-z0-9_.\-]+)\s*[)）]\s*$")
_HEADER_ROW = 3


def write_template(
    ws: Workspace, data_set: str, org_unit: str, period: str, path: str | Path
) -> Path:
    """Write the fill-in workbook for ``data_set`` × the reporting units below ``org_unit``
    × ``period`` to ``path``."""
    ds = get_data_set(ws, data_set)
    when = Period.parse(period)
    if not ds.accepts(when):
        raise InputError(
            [
                Problem(
                    str(period),
                    t(
                        "period {period} is outside data set {ds}, which is reported by {kind}",
                        period=when.id,
                        ds=ds.code,
                        kind=t(ds.period_type.value),
                    ),
                )
            ]
        )
    units = [u for u in list_orgunits(ws, org_unit) if u.level is ds.org_level]
    if not units:
        raise InputError(
            [Problem(org_unit, t("no org unit below {code} reports this data set", code=org_unit))]
        )
    elements = list_data_elements(ws)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = DATA_SHEET
    last = get_column_letter(2 + len(ds.elements))
    sheet.merge_cells(f"A1:{last}1")
    sheet["A1"] = f"{ds.name}（{when.id}）"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet["A2"], sheet["B2"], sheet["C2"], sheet["D2"] = "数据集编码", ds.code, "报告期", when.id
    headings = ["机构编码", "机构名称"] + [f"{elements[c].name}（{c}）" for c in ds.elements]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for column, heading in enumerate(headings, start=1):
        cell = sheet.cell(_HEADER_ROW, column, heading)
        cell.font, cell.fill = Font(bold=True), fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = 14 if column <= 2 else 22
    sheet.row_dimensions[_HEADER_ROW].height = 48
    first, end = _HEADER_ROW + 1, _HEADER_ROW + len(units)
    for row, unit in enumerate(units, start=first):
        sheet.cell(row, 1, unit.code)
        # A name is text even when it starts with = (CSV/formula injection).
        sheet.cell(row, 2, unit.name).data_type = "s"
        for column in range(3, 3 + len(ds.elements)):
            sheet.cell(row, column).protection = Protection(locked=False)
    for index, code in enumerate(ds.elements):
        letter = get_column_letter(3 + index)
        element = elements[code]
        check = DataValidation(
            type="decimal",
            operator="between" if element.max_value is not None else "greaterThanOrEqual",
            formula1=str(element.min_value if element.min_value is not None else 0),
            formula2=str(element.max_value) if element.max_value is not None else None,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="数值有误",
            error="请填写不小于 0 的数字（可带小数），不要填写文字。",
            promptTitle=element.name,
            prompt=f"单位：{element.unit}" if element.unit else "请填写数字",
            showInputMessage=True,
        )
        check.add(f"{letter}{first}:{letter}{end}")
        sheet.add_data_validation(check)
    sheet.freeze_panes = sheet.cell(first, 3)
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    _help(book.create_sheet(HELP_SHEET), ds.name, when.id, ds.due_date(when).isoformat())
    meta = book.create_sheet(META_SHEET)
    meta["A1"], meta["B1"] = "data_set", ds.code
    meta["A2"], meta["B2"] = "period", when.id
    meta["A3"], meta["B3"] = "org_unit", org_unit
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    target = Path(path)
    try:
        book.save(target)
    except OSError as error:  # a missing folder, a directory given as the file
        raise InputError(
            [Problem(str(target), t("cannot write the file: {e}", e=error.strerror))]
        ) from None
    return target


def _help(sheet: Worksheet, name: str, period: str, due: str) -> None:
    lines = [
        f"《{name}》填报说明",
        f"报告期：{period}；上报截止日期：{due}。",
        "1. 每行一个填报单位，机构编码与名称已预填，不可修改；请勿增删行列或改动表头。",
        "2. 只在白色单元格填写数字：可写 95、95.0、95%、1,234；不要填写文字或单位。",
        "3. 没有数据的单元格请留空，不要填 0 以外的占位符（如“无”“/”）。",
        "4. 填好后保存为 .xlsx，用 `healthplan data import 文件.xlsx` 导入；"
        "有任何错误时系统会逐条列出（工作表、行、列、原因），且不会保存任何数据。",
        "5. 审核通过（已审批）的数据被锁定，如需修改请联系上级退回后重新填报。",
    ]
    for row, line in enumerate(lines, start=1):
        sheet.cell(row, 1, line)
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.column_dimensions["A"].width = 110
    sheet.protection.sheet = True


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip().replace("\n", "")


def read_workbook(
    ws: Workspace, path: str | Path
) -> tuple[list[RawValue], str | None, list[Problem]]:
    """Raw values, the data set named in the workbook, and the problems of its layout."""
    path = Path(path)
    try:
        book = load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises several types for a bad file
        raise InputError(
            [Problem(path.name, t("cannot read spreadsheet: {e}", e=error))]
        ) from error
    data_set, period = _meta(book)
    # The template's own sheet by name; else the first visible one (a hidden or renamed copy
    # placed first is not the form).
    sheet = book[DATA_SHEET] if DATA_SHEET in book.sheetnames else None
    sheet = sheet or next(
        (
            s
            for s in book.worksheets
            if s.title not in (HELP_SHEET, META_SHEET) and s.sheet_state == "visible"
        ),
        None,
    )
    problems: list[Problem] = []
    if sheet is None:
        raise InputError([Problem(path.name, t("the workbook has no data sheet"))])
    problems.extend(formula_problems(path, sheet.title))
    grid = _grid(sheet)
    if data_set is None or period is None:
        data_set, period = _labels(grid, data_set, period)
    if data_set is None:
        problems.append(
            Problem(
                path.name,
                t("the workbook does not name its data set (数据集编码)"),
                sheet=sheet.title,
            )
        )
    if period is None:
        problems.append(
            Problem(
                path.name, t("the workbook does not name its period (报告期)"), sheet=sheet.title
            )
        )
    header = next(
        (
            (r, c)
            for r in sorted({r for r, _ in grid})
            for c in sorted(c for rr, c in grid if rr == r)
            if _text(grid.get((r, c))) in CODE_HEADINGS
        ),
        None,
    )
    if header is None:
        problems.append(
            Problem(path.name, t("no 机构编码 column heading found"), sheet=sheet.title)
        )
        raise InputError(problems)
    head_row, code_col = header
    label = _text(grid[header])
    block = [head_row]
    while _text(grid.get((block[-1] + 1, code_col))) == label:
        block.append(block[-1] + 1)
    known = list_data_elements(ws)
    by_name = {e.name: c for c, e in known.items()}
    columns: dict[int, tuple[str, str]] = {}
    max_col = max(c for _, c in grid)
    for column in range(1, max_col + 1):
        if column == code_col:
            continue
        texts = [_text(grid.get((r, column))) for r in block]
        texts = [x for x in texts if x]
        if not texts or any(x in NAME_HEADINGS for x in texts):
            continue
        code = _match(texts, known, by_name)
        letter = get_column_letter(column)
        if code is None:
            problems.append(
                Problem(
                    path.name,
                    t("unknown column heading {text}", text=" / ".join(texts)),
                    block[-1],
                    letter,
                    sheet.title,
                )
            )
            continue
        columns[column] = (code, f"{letter}（{texts[-1]}）")
    for merged in sheet.merged_cells.ranges:
        touched = set(range(merged.min_col, merged.max_col + 1)) & {code_col, *columns}
        # across rows: one unit's value for its neighbour; across value columns: one
        # element's value for another
        several_rows = merged.max_row > merged.min_row
        several_values = len(touched & set(columns)) > 1
        if (several_rows or several_values) and merged.max_row > block[-1] and touched:
            message = (
                t("cells {cells} are merged: one value for several rows", cells=merged.coord)
                if several_rows
                else t(
                    "cells {cells} are merged: one value for several columns", cells=merged.coord
                )
            )
            problems.append(
                Problem(
                    path.name,
                    message,
                    max(merged.min_row, block[-1] + 1),
                    get_column_letter(min(touched)),
                    sheet.title,
                )
            )
    values: list[RawValue] = []
    max_row = max(r for r, _ in grid)
    for row in range(block[-1] + 1, max_row + 1):
        cells = {c: grid.get((row, c)) for c in range(1, max_col + 1)}
        if all(_text(v) == "" for v in cells.values()):
            continue
        unit = _text(cells.get(code_col))
        code_field = f"{get_column_letter(code_col)}（{label}）"
        if not unit:
            problems.append(
                Problem(path.name, t("org unit code is empty"), row, code_field, sheet.title)
            )
            continue
        for column, (element, field) in columns.items():
            value = cells.get(column)
            if _text(value) == "":
                continue
            number_format = sheet.cell(row, column).number_format or ""
            values.append(
                RawValue(
                    data_element=element,
                    period=period or "",
                    org_unit=unit,
                    value=value,
                    file=path.name,
                    row=row,
                    field=field,
                    sheet=sheet.title,
                    percent_format="%" in number_format and isinstance(value, int | float),
                    org_unit_field=code_field,
                )
            )
    return values, data_set, problems


def _meta(book: Any) -> tuple[str | None, str | None]:
    if META_SHEET not in book.sheetnames:
        return None, None
    meta = book[META_SHEET]
    fields = {_text(meta.cell(r, 1).value): _text(meta.cell(r, 2).value) for r in range(1, 4)}
    return fields.get("data_set") or None, fields.get("period") or None


def _grid(sheet: Worksheet) -> dict[tuple[int, int], Any]:
    """Every non-empty cell, merged ranges filled with their top-left value."""
    grid: dict[tuple[int, int], Any] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None and cell.row is not None and cell.column is not None:
                grid[(cell.row, cell.column)] = cell.value
    for merged in sheet.merged_cells.ranges:
        value = sheet.cell(merged.min_row, merged.min_col).value
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if value is not None:
                    grid[(r, c)] = value
    if not grid:
        grid[(1, 1)] = None
    return grid


def _labels(
    grid: dict[tuple[int, int], Any], data_set: str | None, period: str | None
) -> tuple[str | None, str | None]:
    for (r, c), value in grid.items():
        text = _text(value)
        if text in ("数据集编码", "数据集") and data_set is None:
            data_set = _text(grid.get((r, c + 1))) or None
        if text in ("报告期", "期间") and period is None:
            period = _text(grid.get((r, c + 1))) or None
    return data_set, period


def _match(texts: list[str], known: dict[str, Any], by_name: dict[str, str]) -> str | None:
    for text in reversed(texts):
        found = _CODE_IN_HEADING.search(text)
        if found and found.group(1) in known:
            return found.group(1)
        if text in known:
            return text
        if text in by_name:
            return by_name[text]
    return None


def import_workbook(ws: Workspace, path: str | Path) -> ValueImportSummary:
    """Read a filled-in workbook and store its values atomically, or raise
    :class:`InputError` listing every problem (layout and values together)."""
    values, data_set, problems = read_workbook(ws, path)
    if problems:
        raise InputError(problems + check_values(ws, values, data_set=data_set))
    return import_values(ws, values, data_set=data_set)
