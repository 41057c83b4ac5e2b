"""The review loop: export a plan for people to check (xlsx with Chinese headings, or YAML),
then apply the reviewed file — edits, confirmations (确认) and deletions (删除) — in one
transaction, idempotently; every change goes to the audit log, so the history is kept.

One row per target (sheet 目标) and per task (sheet 任务), the source quote beside it. The
columns a person may edit are listed in :data:`TARGET_COLUMNS` / :data:`TASK_COLUMNS` with
``editable=True``; the others are shown for reference and ignored on apply.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthplan.collection import list_indicators, save_indicators
from healthplan.errors import InputError, Problem
from healthplan.extraction.departments import DepartmentDirectory
from healthplan.extraction.linking import CUSTOM_PREFIX, proposed_code
from healthplan.i18n import t
from healthplan.model.cells import xlsx_row
from healthplan.model.plan import ReviewStatus, Target, Task
from healthplan.plans.columns import (
    REVIEW_WORDS,
    TARGET_COLUMNS,
    TASK_COLUMNS,
    Column,
    cell_text,
    parse_cell,
)
from healthplan.plans.read import load_plan
from healthplan.plans.store import proposed_indicators
from healthplan.store import Workspace
from healthplan.store.departments import list_departments
from healthplan.store.tables_plans import PlanRow, TargetRow, TaskRow

__all__ = ["ApplySummary", "apply_plan", "export_plan"]

TARGET_SHEET, TASK_SHEET = "目标", "任务"
_EDITABLE_FILL = PatternFill("solid", fgColor="FFF2CC")


@dataclass
class ApplySummary:
    """What applying a reviewed file changed."""

    plan_id: int
    counts: Counter[str] = field(default_factory=Counter)  # updated/confirmed/deleted/unchanged


def _rows(ws: Workspace, plan_id: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Targets and tasks as export rows; names the department directory does not know are
    listed in 未识别单位 for a person to correct or add to the directory."""
    plan = load_plan(ws, plan_id)
    directory = DepartmentDirectory(list_departments(ws))

    def row(record: Target | Task) -> dict[str, Any]:
        values = record.model_dump(mode="json")
        values["unknown_departments"] = directory.classify(record.departments)[1]
        if isinstance(record, Target) and record.indicator_code is None:
            values["proposed_indicator"] = proposed_code(record.indicator_text)
        return values

    return [row(target) for target in plan.targets], [row(task) for task in plan.tasks]


def export_plan(ws: Workspace, plan_id: int, path: Path, fmt: str | None = None) -> int:
    """Write plan ``plan_id`` for review to ``path`` (xlsx or yaml, from ``fmt`` or the
    suffix); returns the number of rows written."""
    fmt = (fmt or path.suffix.lstrip(".") or "xlsx").lower()
    targets, tasks = _rows(ws, plan_id)
    if fmt in ("yaml", "yml"):
        data = {
            "plan": plan_id,
            TARGET_SHEET: [
                {c.heading: cell_text(c, row) for c in TARGET_COLUMNS} for row in targets
            ],
            TASK_SHEET: [{c.heading: cell_text(c, row) for c in TASK_COLUMNS} for row in tasks],
        }
        _writable(path)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    elif fmt == "xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = TARGET_SHEET
        _fill(sheet, TARGET_COLUMNS, targets)
        _fill(book.create_sheet(TASK_SHEET), TASK_COLUMNS, tasks)
        notes = book.create_sheet("说明")
        for line in _NOTES:
            notes.append([line])
        notes["A1"].font = Font(bold=True)
        book.properties.title = f"plan {plan_id}"
        _writable(path)
        book.save(path)
    else:
        raise InputError([Problem(str(path), t("unknown format {fmt}: use xlsx or yaml", fmt=fmt))])
    return len(targets) + len(tasks)


_NOTES = [
    "审核说明",
    "黄色列可以修改；“审核”列填写“确认”或“删除”，留空表示暂不处理（保持草稿）。",
    "“责任单位”多个单位之间用“；”分隔；比较符可填 >=、<=、=、>、<、increase_by、decrease_by。",
    "不要修改“编号”列。修改后保存，运行 healthplan plan apply 文件名 导入。",
]


def _writable(path: Path) -> None:
    if not path.parent.is_dir():
        raise InputError(
            [Problem(str(path), t("the folder {folder} does not exist", folder=path.parent))]
        )


def _fill(sheet: Any, columns: tuple[Column, ...], rows: list[dict[str, Any]]) -> None:
    sheet.append([c.heading for c in columns])
    for index, column in enumerate(columns, 1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        if column.editable:
            cell.fill = _EDITABLE_FILL
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = column.width
    for row in rows:
        sheet.append(xlsx_row(sheet, [cell_text(c, row) for c in columns]))
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C2"


def _read(path: Path) -> dict[str, list[tuple[int, dict[str, Any]]]]:
    """Rows of each sheet as (row number as a spreadsheet shows it, heading → value)."""
    if not path.exists():
        raise InputError([Problem(str(path), t("file not found"))])
    out: dict[str, list[tuple[int, dict[str, Any]]]] = {TARGET_SHEET: [], TASK_SHEET: []}
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(path.read_text("utf-8")) or {}
        except UnicodeDecodeError as error:  # UTF-16 or GBK: YAML files are UTF-8
            raise InputError(
                [Problem(path.name, t("not a UTF-8 text file: {e}", e=error.reason))]
            ) from None
        except yaml.YAMLError as error:
            raise InputError([Problem(path.name, t("not valid YAML: {e}", e=error))]) from None
        if not isinstance(data, dict):
            raise InputError([Problem(path.name, t("expected the sheets 目标 and 任务"))])
        problems = []
        for sheet in out:
            rows = data.get(sheet) or []
            if not isinstance(rows, list):
                rows = [rows]
            for i, r in enumerate(rows, 1):
                if isinstance(r, dict):
                    out[sheet].append((i, dict(r)))
                else:
                    problems.append(
                        Problem(path.name, t("expected a row of fields"), i, None, sheet)
                    )
        if problems:
            raise InputError(problems)
        if data and not any(sheet in data for sheet in out):
            raise InputError([Problem(path.name, t("expected the sheets 目标 and 任务"))])
        return out
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise InputError(
            [Problem(path.name, t("cannot read the workbook: {e}", e=error))]
        ) from None
    strange = [n for n in book.sheetnames if n not in (*out, "说明")]
    if strange or not any(sheet in book.sheetnames for sheet in out):  # renamed: edits lost
        book.close()
        raise InputError(
            [Problem(path.name, t("expected the sheets 目标 and 任务"), sheet=", ".join(strange))]
        )
    for sheet in out:
        if sheet not in book.sheetnames:
            continue
        table = [list(r) for r in book[sheet].iter_rows(values_only=True)]
        _fill_merged(table, _merged_ranges(path, sheet))
        rows = iter(table)
        headings = [str(h).strip() if h is not None else "" for h in next(rows, [])]
        for number, values in enumerate(rows, 2):
            if any(v not in (None, "") for v in values):
                out[sheet].append((number, dict(zip(headings, values, strict=False))))
    book.close()
    return out


def _merged_ranges(path: Path, sheet: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merged ranges of ``sheet`` ((top, left), (bottom, right), from 0), which the
    streaming reader does not see."""
    from python_calamine import CalamineWorkbook

    try:
        found = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet)
        return list(found.merged_cell_ranges or [])
    except Exception:  # the workbook was read already; a range it cannot list is none
        return []


def _fill_merged(
    table: list[list[Any]], ranges: list[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    """Every cell of a merged range holds what the reviewer sees there: 审核 merged over
    five rows and set to 确认 confirms the five, not only the first."""
    for (top, left), (bottom, right) in ranges:
        if top >= len(table):
            continue
        value = table[top][left] if left < len(table[top]) else None
        for row in table[top : bottom + 1]:
            row.extend([None] * (right + 1 - len(row)))
            row[left : right + 1] = [value] * (right + 1 - left)


def apply_plan(ws: Workspace, path: Path) -> ApplySummary:
    """Apply a reviewed export. Every problem (file, sheet, row, field) is reported and
    nothing is stored if there is any; applying the same file twice changes nothing."""
    sheets = _read(path)
    problems: list[Problem] = []
    parsed: dict[str, list[tuple[int, int, str | None, dict[str, Any]]]] = {}
    for sheet, columns in ((TARGET_SHEET, TARGET_COLUMNS), (TASK_SHEET, TASK_COLUMNS)):
        parsed[sheet] = []
        known = {c.heading for c in columns}
        unknown = {h for _, raw in sheets[sheet] for h in raw if h and h not in known}
        for heading in sorted(map(str, unknown)):  # a renamed heading: its edits would be lost
            problems.append(
                Problem(
                    path.name, t("unknown column heading {text}", text=heading), 1, heading, sheet
                )
            )
        first: dict[int, int] = {}
        for number, raw in sheets[sheet]:
            found = _parse_row(path.name, sheet, number, raw, columns, problems)
            if found is None:
                continue
            if found[0] in first:  # two edits of one record: which one is meant?
                message = t(
                    "编号 {id} appears twice (first at row {row})", id=found[0], row=first[found[0]]
                )
                problems.append(Problem(path.name, message, number, "编号", sheet))
                continue
            first[found[0]] = number
            parsed[sheet].append((number, *found))
    plan_ids: set[int] = set()
    counts: Counter[str] = Counter()
    with ws.session() as session:
        codes = set(list_indicators(ws))
        tables: tuple[tuple[str, type[TargetRow] | type[TaskRow]], ...] = (
            (TARGET_SHEET, TargetRow),
            (TASK_SHEET, TaskRow),
        )
        for sheet, table in tables:
            for number, row_id, review, values in parsed[sheet]:
                row: TargetRow | TaskRow | None = session.get(table, row_id)  # type: ignore[assignment]
                if row is None:
                    problems.append(
                        Problem(
                            path.name, t("no such record {id}", id=row_id), number, "编号", sheet
                        )
                    )
                    continue
                code = values.get("indicator_code")
                if code and code not in codes:
                    if not code.startswith(CUSTOM_PREFIX):
                        message = t("unknown indicator code {code}", code=code)
                        problems.append(Problem(path.name, message, number, "指标编码", sheet))
                        continue
                    # a person accepts the proposed custom indicator
                    name = values.get("indicator_text") or getattr(row, "indicator_text", code)
                    save_indicators(ws, proposed_indicators({code: name}), proposed=True)
                    codes.add(code)
                plan_ids.add(row.plan_id)
                counts[_apply_row(row, review, values)] += 1
        if problems:
            raise InputError(problems)  # rolls the whole transaction back
        for plan_id in plan_ids:
            _settle_plan(session, plan_id)
    return ApplySummary(plan_id=min(plan_ids) if plan_ids else 0, counts=counts)


def _parse_row(
    file: str,
    sheet: str,
    number: int,
    raw: dict[str, Any],
    columns: tuple[Column, ...],
    problems: list[Problem],
) -> tuple[int, str | None, dict[str, Any]] | None:
    row_id = raw.get("编号")
    try:
        row_id = int(str(row_id).strip())
    except (TypeError, ValueError):
        problems.append(Problem(file, t("a number is required"), number, "编号", sheet))
        return None
    if not 0 < row_id < 2**31:  # no record has it; the store would overflow looking
        problems.append(Problem(file, t("no such record {id}", id=row_id), number, "编号", sheet))
        return None
    review_text = str(raw.get("审核") or "").strip()
    if review_text not in REVIEW_WORDS:
        words = "、".join(w for w in REVIEW_WORDS if w)
        message = t(
            "unknown review action {v}: use {words} or leave empty", v=review_text, words=words
        )
        problems.append(Problem(file, message, number, "审核", sheet))
        return None
    values: dict[str, Any] = {}
    for column in columns:
        if not column.editable or column.heading == "审核" or column.heading not in raw:
            continue
        try:
            values[column.field] = parse_cell(column, raw[column.heading])
        except ValueError as error:
            problems.append(Problem(file, str(error), number, column.heading, sheet))
    return row_id, REVIEW_WORDS[review_text], values


def _settle_plan(session: Session, plan_id: int) -> None:
    """A plan with nothing left in draft becomes the plan of record (confirmed)."""
    drafts = 0
    for table in (TargetRow, TaskRow):
        drafts += (
            session.scalar(
                select(func.count())
                .select_from(table)
                .where(table.plan_id == plan_id, table.status == ReviewStatus.draft.value)
            )
            or 0
        )
    plan = session.get(PlanRow, plan_id)
    status = ReviewStatus.draft.value if drafts else ReviewStatus.confirmed.value
    if plan is not None and plan.status != status:
        plan.status = status


def _apply_row(row: Any, review: str | None, values: dict[str, Any]) -> str:
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
            if name == "indicator_code":  # a person chose the indicator: certain
                row.link_confidence = 1.0 if value else None
    outcome = "updated" if changed else "unchanged"
    if review and row.status != review:
        row.status = review
        outcome = "confirmed" if review == ReviewStatus.confirmed.value else "deleted"
    if (changed or review) and (row.change or row.proposal):
        row.change, row.proposal = None, None
    return outcome
