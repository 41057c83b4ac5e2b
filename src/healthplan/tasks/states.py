"""The states of a task and the one table of the moves between them.

未启动 not_started → 推进中 in_progress → 已完成 done; past its time limit an unfinished task
is 逾期 overdue (set by the system), and finishing it then is 逾期完成 done_late. Any
unfinished task can be 已取消 cancelled, and a cancelled one reinstated. A time limit moved
later takes an overdue task back to 推进中. Anything else is refused with a message that
names the task, both states and what is allowed."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from healthplan.errors import HealthplanError
from healthplan.i18n import NP_, pt, t

__all__ = [
    "FINISHED",
    "TRANSITIONS",
    "TaskState",
    "TransitionError",
    "check_transition",
]


class TaskState(StrEnum):
    not_started = "not_started"  # 未启动
    in_progress = "in_progress"  # 推进中
    done = "done"  # 已完成
    overdue = "overdue"  # 逾期
    done_late = "done_late"  # 逾期完成
    cancelled = "cancelled"  # 已取消

    @property
    def label_zh(self) -> str:
        return _ZH[self]

    @property
    def label(self) -> str:
        return pt("task state", _EN[self])

    @classmethod
    def parse(cls, text: str) -> TaskState:
        """A state by its id (``in_progress``), Chinese label (推进中) or English label."""
        value = text.strip()
        for state in cls:
            if value.lower() in (state.value, _EN[state]) or value == _ZH[state]:
                return state
        raise HealthplanError(
            t(
                "unknown task state {value}; one of {states}",
                value=value,
                states="、".join(s.label_zh for s in cls),
            )
        )


_ZH = {
    TaskState.not_started: "未启动",
    TaskState.in_progress: "推进中",
    TaskState.done: "已完成",
    TaskState.overdue: "逾期",
    TaskState.done_late: "逾期完成",
    TaskState.cancelled: "已取消",
}
_EN = {
    TaskState.not_started: NP_("task state", "not started"),
    TaskState.in_progress: NP_("task state", "in progress"),
    TaskState.done: NP_("task state", "done"),
    TaskState.overdue: NP_("task state", "overdue"),
    TaskState.done_late: NP_("task state", "done late"),
    TaskState.cancelled: NP_("task state", "cancelled"),
}

FINISHED = frozenset({TaskState.done, TaskState.done_late, TaskState.cancelled})

# state → the states it may move to. Staying in the same state is a progress report, not a
# move, and is always allowed for an unfinished task.
TRANSITIONS: dict[TaskState, frozenset[TaskState]] = {
    TaskState.not_started: frozenset(
        {
            TaskState.in_progress,
            TaskState.done,
            TaskState.overdue,
            TaskState.done_late,
            TaskState.cancelled,
        }
    ),
    TaskState.in_progress: frozenset(
        {TaskState.done, TaskState.overdue, TaskState.done_late, TaskState.cancelled}
    ),
    TaskState.overdue: frozenset({TaskState.done_late, TaskState.in_progress, TaskState.cancelled}),
    TaskState.done: frozenset(),
    TaskState.done_late: frozenset(),
    TaskState.cancelled: frozenset({TaskState.not_started}),
}


class TransitionError(HealthplanError):
    """A move the transition table does not allow."""


def check_transition(
    task_id: int, old: TaskState, new: TaskState, due: date | None, on: date
) -> TaskState:
    """The state a task reaches when ``new`` is asked for on ``on``: 已完成 past the time
    limit is 逾期完成, 推进中 past it is 逾期. Raise :class:`TransitionError` for a move the
    table does not allow, or 逾期 asked for before the time limit."""
    late = due is not None and on > due
    if new is TaskState.done and late:
        new = TaskState.done_late
    elif new is TaskState.in_progress and late and old not in FINISHED:
        new = TaskState.overdue
    if new is old and old not in FINISHED:
        return new
    if new in (TaskState.overdue, TaskState.done_late) and not late:
        raise TransitionError(
            t(
                "task {id}: cannot be {new} before its time limit {due}",
                id=task_id,
                new=new.label,
                due=due.isoformat() if due else t("(none)"),
            )
        )
    if new not in TRANSITIONS[old]:
        allowed = "、".join(s.label for s in sorted(TRANSITIONS[old])) or t("(none)")
        raise TransitionError(
            t(
                "task {id} is {old}; it cannot become {new} (allowed: {allowed})",
                id=task_id,
                old=old.label,
                new=new.label,
                allowed=allowed,
            )
        )
    return new
