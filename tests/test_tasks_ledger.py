"""The task ledger on the store: departments resolved against the register, time limits and
milestones from the text, overdue marking with its history entry, progress with evidence,
a limit set by hand, filters, and departments late for a reporting round."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from healthplan.errors import HealthplanError, NotFoundError
from healthplan.model import Period
from healthplan.tasks import (
    ReportingRound,
    TaskState,
    late_departments,
    report_progress,
    set_time_limit,
    task_history,
    task_ledger,
)
from tasks_helpers import make_plan


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, tzinfo=UTC)


def test_the_ledger_reads_limits_and_resolves_departments(ws) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    entries = {e.task_id: e for e in task_ledger(ws, as_of=date(2024, 2, 1))}
    assert list(entries) == ids
    first = entries[ids[0]]
    # 市卫健委 is an alias of 市卫生健康委员会 in the register
    assert first.lead_department == "市卫生健康委员会"
    assert first.departments == ["市卫生健康委员会", "市财政局"]
    assert (first.due, first.due_text, first.due_source) == (date(2024, 6, 30), "6月底前", "text")
    assert first.state is TaskState.not_started
    monitoring = entries[ids[1]]
    assert monitoring.due == date(2024, 12, 31)
    assert [(m.due, m.text) for m in monitoring.milestones] == [(date(2024, 3, 31), "第一季度")]
    centre = entries[ids[2]]
    assert centre.due == date(2025, 12, 31) and centre.milestones[0].due == date(2023, 12, 31)
    assert entries[ids[3]].unresolved == ["某不存在单位"]
    assert entries[ids[4]].due is None and entries[ids[4]].due_source == "none"


def test_overdue_is_marked_once_with_history(ws) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    assert task_ledger(ws, as_of=date(2024, 6, 30), overdue=True) == []
    overdue = task_ledger(ws, as_of=date(2024, 7, 1), overdue=True)
    assert [e.task_id for e in overdue] == [ids[0], ids[3]]
    assert overdue[0].days_overdue(date(2024, 7, 11)) == 11
    # the next write records it, dated the day after the limit, once
    report_progress(ws, ids[1], note="进行中", at=_at(date(2024, 7, 2)))
    report_progress(ws, ids[1], note="仍在进行", at=_at(date(2024, 7, 3)))
    history = task_history(ws, ids[0])
    assert [(h.by, h.kind, h.to_state) for h in history] == [
        ("system", "system", TaskState.overdue)
    ]
    assert history[0].at == datetime(2024, 7, 1, tzinfo=UTC)


def test_reading_the_ledger_stores_nothing(ws) -> None:  # type: ignore[no-untyped-def]
    # Looking ahead ("as of 2030") once marked every task 逾期 for good, with history.
    ids = make_plan(ws)
    ahead = task_ledger(ws, as_of=date(2030, 1, 1))
    assert {e.state for e in ahead if e.due is not None} == {TaskState.overdue}
    assert task_history(ws, ids[0]) == []
    today = {e.task_id: e for e in task_ledger(ws, as_of=date(2024, 2, 1))}
    assert today[ids[0]].state is TaskState.not_started


def test_progress_with_evidence_and_done_late(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    evidence = tmp_path / "验收报告.pdf"
    evidence.write_bytes(b"%PDF-1.4 test")
    report_progress(
        ws, ids[0], state="推进中", note="已完成摸底40%", percent=40, by="张科长",
        at=_at(date(2024, 5, 3)),
    )  # fmt: skip
    done = report_progress(
        ws, ids[0], state="已完成", attachment=evidence, by="张科长", at=_at(date(2024, 7, 20))
    )
    assert done.state is TaskState.done_late and done.percent == 100
    assert done.completed_on == date(2024, 7, 20) and done.attachment == "验收报告.pdf"
    assert (ws.home / "attachments" / f"task-{ids[0]}" / "验收报告.pdf").read_bytes() == (
        b"%PDF-1.4 test"
    )
    steps = [(h.by, h.from_state, h.to_state, h.percent, h.note) for h in task_history(ws, ids[0])]
    assert steps == [
        ("张科长", TaskState.not_started, TaskState.in_progress, 40, "已完成摸底40%"),
        ("system", TaskState.in_progress, TaskState.overdue, None, None),
        ("张科长", TaskState.overdue, TaskState.done_late, 100, None),
    ]


def test_bad_reports_are_refused(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    with pytest.raises(NotFoundError):
        report_progress(ws, 9999, note="x")
    with pytest.raises(HealthplanError, match="100"):
        report_progress(ws, ids[0], percent=120)
    with pytest.raises(HealthplanError):
        report_progress(ws, ids[0], attachment=tmp_path / "missing.pdf")
    with pytest.raises(HealthplanError):
        report_progress(ws, ids[0], state="差不多了")
    assert task_history(ws, ids[0]) == []


def test_a_limit_set_by_hand(ws) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    task_ledger(ws, as_of=date(2024, 7, 10))
    moved = set_time_limit(
        ws, ids[0], date(2024, 9, 30), note="经批准延期", by="规划科", at=_at(date(2024, 7, 10))
    )
    assert (moved.due, moved.due_source, moved.state) == (
        date(2024, 9, 30), "person", TaskState.in_progress
    )  # fmt: skip
    # the text no longer decides the limit
    again = {e.task_id: e for e in task_ledger(ws, as_of=date(2024, 7, 11))}[ids[0]]
    assert again.due == date(2024, 9, 30) and again.state is TaskState.in_progress
    assert task_history(ws, ids[0])[-1].note == "经批准延期"


def test_filters(ws) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    on = date(2024, 2, 1)
    assert [e.task_id for e in task_ledger(ws, department="市财政局", as_of=on)] == [
        ids[0],
        ids[3],
    ]
    assert [e.task_id for e in task_ledger(ws, department="市疾控中心", as_of=on)] == [ids[1]]
    report_progress(ws, ids[2], state="推进中", at=_at(on))
    found = task_ledger(ws, state=TaskState.in_progress, as_of=on)
    assert [e.task_id for e in found] == [ids[2]]


def test_rounds() -> None:
    monthly = ReportingRound("month", 5)
    assert monthly.of(date(2024, 4, 5)) == Period.parse("2024M03")
    assert monthly.of(date(2024, 4, 6)) == Period.parse("2024M04")
    assert monthly.last_due(date(2024, 4, 5)) == Period.parse("2024M02")
    assert monthly.last_due(date(2024, 4, 6)) == Period.parse("2024M03")
    assert ReportingRound("quarter", 10).due(Period.parse("2024Q1")) == date(2024, 4, 10)
    with pytest.raises(HealthplanError):
        ReportingRound("week", 5)


def test_departments_late_for_a_round(ws) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    # March's round is due 5 April: the commission reports on 3 April, the CDC on 6 April
    # (which counts for April), the finance bureau never
    report_progress(ws, ids[0], note="推进中", department="市卫健委", at=_at(date(2024, 4, 3)))
    report_progress(ws, ids[1], note="推进中", at=_at(date(2024, 4, 6)))
    late = late_departments(ws, as_of=date(2024, 4, 8))
    assert [(d.department, d.round) for d in late] == [
        ("市疾病预防控制中心", "2024M03"),
        ("市财政局", "2024M03"),
    ]
    assert late[0].last_report == _at(date(2024, 4, 6))
    # on the due day itself nobody is late yet for March
    assert all(d.round == "2024M02" for d in late_departments(ws, as_of=date(2024, 4, 5)))


def test_only_confirmed_tasks_are_the_ledger(ws) -> None:  # type: ignore[no-untyped-def]
    from healthplan.model import Plan, PlanKind, Task
    from healthplan.plans import save_plan

    ids = make_plan(ws)
    plan_id = save_plan(
        ws,
        Plan(
            title="2024年卫生健康工作要点（征求意见稿）",
            kind=PlanKind.annual,
            period=Period.parse("2024"),
            tasks=[
                Task(title="建设胸痛中心", text="年底前建成胸痛中心。", lead_department="市卫健委")
            ],
        ),
    )
    (draft_id,) = [
        e.task_id
        for e in task_ledger(ws, as_of=date(2024, 2, 1), include_drafts=True)
        if e.plan_id == plan_id
    ]
    # a task still in review is not in the ledger, nor overdue, nor reported on
    assert [e.task_id for e in task_ledger(ws, as_of=date(2025, 2, 1))] == ids
    with_drafts = task_ledger(ws, as_of=date(2024, 2, 1), include_drafts=True)
    assert [e.task_id for e in with_drafts] == [*ids, draft_id]
    assert [e.draft for e in with_drafts] == [False] * len(ids) + [True]
    # shown with the drafts, past its time limit (年底前: 2024-12-31), still not overdue
    (late,) = [e for e in task_ledger(ws, as_of=date(2025, 2, 1), include_drafts=True) if e.draft]
    assert (late.due, late.state) == (date(2024, 12, 31), TaskState.not_started)
    with pytest.raises(NotFoundError, match=str(draft_id)):
        report_progress(ws, draft_id, state=TaskState.in_progress, at=_at(date(2024, 3, 1)))
