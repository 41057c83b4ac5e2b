"""A department's progress sheet round-trips (export → fill in with openpyxl → import → the
ledger shows it), and a sheet with one bad row stores nothing and names file, sheet, row and
field."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from healthplan.errors import HealthplanError, InputError
from healthplan.i18n import set_language
from healthplan.tasks import (
    TaskState,
    export_progress_sheet,
    import_progress_sheet,
    task_history,
    task_ledger,
)
from tasks_helpers import make_plan

AT = datetime(2024, 5, 3, 10, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _chinese():  # type: ignore[no-untyped-def]
    set_language("zh")
    yield
    set_language(None)


def _fill(path: Path, rows: dict[int, dict[int, object]]) -> None:
    """Fill cells as a department would: {sheet row: {column: value}}."""
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row, cells in rows.items():
        for column, value in cells.items():
            sheet.cell(row, column, value)
    book.save(path)


def test_round_trip(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    path = tmp_path / "进展填报表.xlsx"
    assert export_progress_sheet(ws, "市卫健委", path, as_of=AT.date()) == 3
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    assert sheet["B1"].value == "市卫健委"
    assert [c.value for c in sheet[2]][:3] == ["任务编号", "任务", "时限"]
    assert [sheet.cell(r, 1).value for r in (3, 4, 5)] == [ids[0], ids[2], ids[4]]
    assert sheet["E3"].value == "未启动"
    # columns: 5 state, 6 progress, 7 percent, 8 attachment
    _fill(
        path,
        {
            3: {5: "推进中", 6: "已完成12个乡镇摸底", 7: 40},
            4: {5: "已完成", 6: "主体工程完工", 8: "竣工验收.pdf"},
            # row 5 left as exported: not a report
        },
    )
    done = import_progress_sheet(ws, path, by="张科长", at=AT)
    assert done.department == "市卫健委" and len(done) == 2
    ledger = {e.task_id: e for e in task_ledger(ws, as_of=AT.date())}
    first, centre, untouched = ledger[ids[0]], ledger[ids[2]], ledger[ids[4]]
    assert (first.state, first.percent, first.progress) == (
        TaskState.in_progress, 40, "已完成12个乡镇摸底"
    )  # fmt: skip
    assert (centre.state, centre.percent, centre.attachment) == (
        TaskState.done, 100, "竣工验收.pdf"
    )  # fmt: skip
    assert untouched.state is TaskState.not_started and task_history(ws, ids[4]) == []
    event = task_history(ws, ids[0])[0]
    assert (event.by, event.department) == ("张科长", "市卫生健康委员会")
    # the next export shows the progress so far
    again = tmp_path / "again.xlsx"
    export_progress_sheet(ws, "市卫生健康委员会", again, as_of=date(2024, 5, 4))
    sheet = load_workbook(again).active
    assert sheet is not None
    assert (sheet["D3"].value, sheet["E3"].value, sheet["G3"].value) == (
        "已完成12个乡镇摸底", "推进中", 40
    )  # fmt: skip


def test_one_bad_row_stores_nothing(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    path = tmp_path / "卫健委.xlsx"
    export_progress_sheet(ws, "市卫健委", path, as_of=AT.date())
    _fill(
        path,
        {
            3: {5: "推进中", 6: "正常推进", 7: 30},
            4: {7: "一半"},  # not a number
        },
    )
    with pytest.raises(InputError) as refused:
        import_progress_sheet(ws, path, at=AT)
    [problem] = refused.value.problems
    assert (problem.file, problem.row, problem.field) == ("卫健委.xlsx", 4, "完成百分比")
    assert problem.sheet == "进展填报表"
    assert "卫健委.xlsx" in str(problem) and "4" in str(problem)
    assert task_history(ws, ids[0]) == []
    assert all(e.state is TaskState.not_started for e in task_ledger(ws, as_of=AT.date()))


def test_every_bad_row_is_named(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    path = tmp_path / "sheet.xlsx"
    export_progress_sheet(ws, "市卫健委", path, as_of=AT.date())
    _fill(
        path,
        {
            3: {5: "很好"},  # unknown state
            4: {7: 130},  # percent out of range
            5: {1: ids[1], 6: "代报"},  # the CDC's task, not the commission's
            6: {1: "x", 6: "多出一行"},
        },
    )
    with pytest.raises(InputError) as refused:
        import_progress_sheet(ws, path, at=AT)
    found = [(p.row, p.field) for p in refused.value.problems]
    assert found == [(3, "状态"), (4, "完成百分比"), (5, "任务编号"), (6, "任务编号")]


def test_an_illegal_transition_names_the_row(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_plan(ws)
    path = tmp_path / "sheet.xlsx"
    export_progress_sheet(ws, "市卫健委", path, as_of=AT.date())
    _fill(path, {3: {5: "逾期完成"}})  # before its time limit
    with pytest.raises(InputError) as refused:
        import_progress_sheet(ws, path, at=AT)
    [problem] = refused.value.problems
    assert (problem.row, problem.field) == (3, "状态")


def test_not_a_sheet(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_plan(ws)
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.xlsx"):
        import_progress_sheet(ws, text)
    with pytest.raises(InputError, match=r"missing\.xlsx"):
        import_progress_sheet(ws, tmp_path / "missing.xlsx")
    with pytest.raises(HealthplanError):
        export_progress_sheet(ws, "不存在的单位", tmp_path / "x.xlsx")
