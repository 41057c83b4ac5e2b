"""The demo's tasks and warnings step: a year of task progress (some done late, one
department that never reports), warnings of every kind, digests in a local mailbox file, and
a refresh that reports nothing twice and sends nothing again."""

from __future__ import annotations

import mailbox
from datetime import date

import pytest

from healthplan.demo.tasks import NEVER_REPORTS, demo_tasks
from healthplan.tasks import TaskState, task_history, task_ledger
from healthplan.warnings import WarningKind, WarningState, list_deliveries, list_warnings


@pytest.mark.slow
def test_demo_tasks_and_warnings(demo_copy) -> None:  # type: ignore[no-untyped-def]
    ws, _ = demo_copy(seed=3, year=2024)
    summary = demo_tasks(ws, seed=3, year=2024)
    states = summary.tasks_by_state
    for state in (TaskState.done, TaskState.done_late, TaskState.overdue, TaskState.cancelled):
        assert states.get(state.value, 0) >= 1, states
    assert NEVER_REPORTS in summary.late_departments
    assert set(summary.warnings_by_kind) == {k.value for k in WarningKind}
    warnings = list_warnings(ws)
    assert any(w.state is WarningState.acknowledged and w.acknowledged_by for w in warnings)
    assert any(w.state is WarningState.handled and w.note for w in warnings)
    box = mailbox.mbox(summary.mailbox)
    subjects = [str(m["Subject"]) for m in box]
    box.close()
    assert subjects and len(subjects) == summary.deliveries["sent"]
    assert all(d.status == "sent" for d in list_deliveries(ws))
    assert summary.rules.exists() and summary.sheet.exists()
    # the CDC's sheet was imported: its task has an entry by the sheet's reporter
    cdc = task_ledger(ws, department="市疾控中心", as_of=date(2024, 12, 20))
    assert any(e.by == "市疾控中心 填报员" for task in cdc for e in task_history(ws, task.task_id))
    # a refresh: nothing reported twice, no warning or message added
    again = demo_tasks(ws, seed=3, year=2024)
    assert again.tasks_by_state == states
    assert len(list_warnings(ws)) == len(warnings)
    assert len(list_deliveries(ws)) == summary.deliveries["sent"]
