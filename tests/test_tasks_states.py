"""Every move of the task state table: the allowed ones succeed, every other one is refused
with a message naming the task and both states, and a refused report stores nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from healthplan.i18n import set_language
from healthplan.tasks import (
    TRANSITIONS,
    TaskState,
    TransitionError,
    check_transition,
    report_progress,
    task_history,
    task_ledger,
)
from tasks_helpers import make_plan

DUE = date(2024, 6, 30)
BEFORE = date(2024, 6, 1)
AFTER = date(2024, 7, 15)
S = TaskState

ALLOWED = [
    (S.not_started, S.in_progress, BEFORE, S.in_progress),
    (S.not_started, S.done, BEFORE, S.done),
    (S.not_started, S.cancelled, BEFORE, S.cancelled),
    (S.not_started, S.overdue, AFTER, S.overdue),
    (S.in_progress, S.done, BEFORE, S.done),
    (S.in_progress, S.overdue, AFTER, S.overdue),
    (S.in_progress, S.cancelled, BEFORE, S.cancelled),
    (S.overdue, S.done_late, AFTER, S.done_late),
    (S.overdue, S.cancelled, AFTER, S.cancelled),
    (S.overdue, S.in_progress, BEFORE, S.in_progress),  # the limit was moved later
    (S.cancelled, S.not_started, BEFORE, S.not_started),
    # finishing past the limit is 逾期完成; working past it is 逾期
    (S.in_progress, S.done, AFTER, S.done_late),
    (S.not_started, S.in_progress, AFTER, S.overdue),
    (S.overdue, S.done, AFTER, S.done_late),
    (S.not_started, S.done, AFTER, S.done_late),
    (S.in_progress, S.done_late, AFTER, S.done_late),
    # a progress report that keeps the state
    (S.in_progress, S.in_progress, BEFORE, S.in_progress),
    (S.overdue, S.overdue, AFTER, S.overdue),
]


@pytest.mark.parametrize(("old", "new", "on", "reached"), ALLOWED)
def test_allowed_moves(old: TaskState, new: TaskState, on: date, reached: TaskState) -> None:
    assert check_transition(7, old, new, DUE, on) is reached


def test_the_table_covers_every_state() -> None:
    assert set(TRANSITIONS) == set(TaskState)
    moves = {(old, new) for old, new, *_ in ALLOWED if old is not new}
    table = {(old, new) for old, targets in TRANSITIONS.items() for new in targets}
    assert table <= moves | {(S.not_started, S.done_late)}


ILLEGAL = [
    (old, new)
    for old in TaskState
    for new in TaskState
    if new not in TRANSITIONS[old] and not (old is new and old not in {S.done, S.done_late,
                                                                         S.cancelled})
]  # fmt: skip


@pytest.mark.parametrize(("old", "new"), ILLEGAL)
def test_illegal_moves_are_refused(old: TaskState, new: TaskState) -> None:
    set_language("en")
    try:
        with pytest.raises(TransitionError) as refused:
            # before the limit, so that done/in progress are not turned into late states
            on = AFTER if new is S.done_late and old is S.overdue else BEFORE
            check_transition(7, old, new, DUE, on)
    finally:
        set_language(None)
    message = str(refused.value)
    assert "task 7" in message
    assert "cannot" in message


def test_overdue_before_the_limit_is_refused() -> None:
    with pytest.raises(TransitionError, match=r"逾期|overdue"):
        check_transition(3, S.in_progress, S.overdue, DUE, BEFORE)
    with pytest.raises(TransitionError):
        check_transition(3, S.in_progress, S.overdue, None, BEFORE)


def test_the_message_names_both_states_in_chinese() -> None:
    with pytest.raises(TransitionError) as refused:
        check_transition(5, S.done, S.in_progress, DUE, BEFORE)
    message = str(refused.value)
    assert "5" in message and "已完成" in message and "推进中" in message


def test_states_parse_as_people_write_them() -> None:
    assert TaskState.parse("推进中") is S.in_progress
    assert TaskState.parse("逾期完成") is S.done_late
    assert TaskState.parse("in_progress") is S.in_progress
    assert TaskState.parse("Done") is S.done
    with pytest.raises(Exception, match="进行"):
        TaskState.parse("进行")


def test_a_refused_report_stores_nothing(ws) -> None:  # type: ignore[no-untyped-def]
    ids = make_plan(ws)
    at = datetime(2024, 3, 1, tzinfo=UTC)
    report_progress(ws, ids[1], state="已完成", note="提前完成", at=at)
    before = task_history(ws, ids[1])
    with pytest.raises(TransitionError):
        report_progress(ws, ids[1], state="推进中", note="重新开始", at=at)
    assert task_history(ws, ids[1]) == before
    entry = next(e for e in task_ledger(ws, as_of=at.date()) if e.task_id == ids[1])
    assert entry.state is S.done and entry.progress == "提前完成" and entry.percent == 100
