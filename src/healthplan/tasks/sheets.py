"""The progress sheet (进展填报表): a department's own tasks in an Excel workbook it fills in
and sends back. Row 1 names the department and the date of the export; row 2 the columns;
then one row per task. The state column offers the six states as a drop-down.

Import is atomic: every row is checked first (task known and the department's, state and
transition allowed, percent 0–100), every problem is reported with file, sheet, row and
field, and nothing is stored unless all rows are right."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from healthplan.errors import HealthplanError, InputError, Problem
from healthplan.i18n import N_, t
from healthplan.model.cells import xlsx_row
from healthplan.store import Workspace
from healthplan.tasks.ledger import ProgressReport, TaskEntry, apply_reports, task_ledger
from healthplan.tasks.states import TaskState, check_transition

__all__ = ["SheetImport", "export_progress_sheet", "import_progress_sheet"]

# (key, heading, width); the headings are shown translated and read in either language.
COLUMNS = [
    ("task_id", N_("Task id"), 10),
    ("task", N_("Task"), 50),
    ("time_limit", N_("Time limit"), 14),
    ("previous", N_("Progress so far"), 40),
    ("state", N_("State"), 12),
    ("progress", N_("Progress this round"), 50),
    ("percent", N_("Percent complete"), 12),
    ("attachment", N_("Attachment name"), 24),
]
_SHEET = N_("Progress report")


def export_progress_sheet(
    ws: Workspace, department: str, path: Path, *, as_of: date | None = None
) -> int:
    """Write ``department``'s unfinished and recently finished tasks to ``path`` (.xlsx);
    returns the number of task rows."""
    entries = task_ledger(ws, department=department, as_of=as_of)
    if not entries:
        raise HealthplanError(t("department {name} has no tasks in the ledger", name=department))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = t(_SHEET)
    on = as_of or date.today()
    sheet.append([t("Department"), department, t("Exported"), on.isoformat()])
    sheet.append([t(heading) for _, heading, _ in COLUMNS])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for entry in entries:
        sheet.append(
            xlsx_row(
                sheet,
                [
                    entry.task_id,
                    entry.title,
                    entry.due.isoformat() if entry.due else None,
                    entry.progress,
                    entry.state.label_zh,
                    None,
                    entry.percent,
                    None,
                ],
            )
        )
    for index, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(2, index).column_letter].width = width
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    states = DataValidation(
        type="list", formula1='"' + ",".join(s.label_zh for s in TaskState) + '"', allow_blank=True
    )
    sheet.add_data_validation(states)
    states.add(f"E3:E{max(sheet.max_row, 3)}")
    sheet.freeze_panes = "A3"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return len(entries)


class SheetImport(list[TaskEntry]):
    """The tasks a sheet reported on, after the import (a list of :class:`TaskEntry`)."""

    department: str = ""


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def import_progress_sheet(
    ws: Workspace, path: Path, *, by: str | None = None, at: datetime | None = None
) -> SheetImport:
    """Read a filled progress sheet and record every row that reports something (a state, a
    progress text, a percent or an attachment that differs from the ledger)."""
    name = path.name
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise InputError([Problem(name, t("file not found"))]) from None
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as error:
        raise InputError(
            [Problem(name, t("not an Excel workbook: {e}", e=type(error).__name__))]
        ) from None
    sheet = book.worksheets[0]
    title = sheet.title
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    if len(rows) < 2 or _text(rows[0][1] if len(rows[0]) > 1 else None) is None:
        raise InputError(
            [Problem(name, t("not a progress sheet: row 1 names no department"), sheet=title)]
        )
    department = str(rows[0][1]).strip()
    headers = [_text(h) or "" for h in rows[1]]
    position: dict[str, int] = {}
    problems: list[Problem] = []
    for key, heading, _ in COLUMNS:
        for index, found in enumerate(headers):
            if found in (t(heading), heading, key):
                position[key] = index
        if key not in position and key in ("task_id", "state"):
            problems.append(
                Problem(name, t("column missing"), row=2, field=t(heading), sheet=title)
            )
    if problems:
        raise InputError(problems)
    moment = at or datetime.now(UTC)
    ledger = {e.task_id: e for e in task_ledger(ws, department=department, as_of=moment.date())}
    reports: list[ProgressReport] = []
    for number, values in enumerate(rows[2:], start=3):

        def cell(key: str, values: tuple[Any, ...] = values) -> Any:
            index = position.get(key)
            return values[index] if index is not None and index < len(values) else None

        def problem(key: str, message: str, number: int = number) -> None:
            heading = next(h for k, h, _ in COLUMNS if k == key)
            problems.append(Problem(name, message, row=number, field=t(heading), sheet=title))

        if all(v is None or str(v).strip() == "" for v in values):
            continue
        raw_id = cell("task_id")
        try:
            task_id = int(str(raw_id).strip())
        except ValueError:
            problem("task_id", t("not a task id: {value}", value=raw_id))
            continue
        entry = ledger.get(task_id)
        if entry is None:
            problem("task_id", t("task {id} is not one of {name}'s", id=task_id, name=department))
            continue
        state = entry.state
        raw_state = _text(cell("state"))
        if raw_state is not None:
            try:
                state = TaskState.parse(raw_state)
            except HealthplanError as error:
                problem("state", str(error))
                continue
        percent = None
        raw_percent = cell("percent")
        if _text(raw_percent) is not None:
            try:
                percent = round(float(str(raw_percent).strip().rstrip("%")))
            except ValueError:
                problem("percent", t("not a number: {value}", value=raw_percent))
                continue
            if not 0 <= percent <= 100:
                problem("percent", t("percent complete is 0 to 100, not {p}", p=percent))
                continue
        note = _text(cell("progress"))
        attachment = _text(cell("attachment"))
        changed = (
            state is not entry.state
            or note is not None
            or attachment is not None
            or (percent is not None and percent != entry.percent)
        )
        if not changed:
            continue
        try:
            check_transition(task_id, entry.state, state, entry.due, moment.date())
        except HealthplanError as error:
            problem("state", str(error))
            continue
        reports.append(
            ProgressReport(
                task_id=task_id,
                state=state if state is not entry.state else None,
                percent=percent,
                note=note,
                attachment=attachment,
                department=department,
            )
        )
    if problems:
        raise InputError(problems)
    done = SheetImport(apply_reports(ws, reports, by=by, at=moment))
    done.department = department
    return done
