"""Approval workflow rules the mutation run of ``collection/workflow.py`` found unguarded: what
a refused move tells the user, and the fields a move records. The city and its monthly data
set ``mch`` (reported by townships) are those of ``collection_helpers.small_city``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest

from collection_helpers import small_city
from healthplan.collection.workflow import (
    ApprovalState,
    WorkflowError,
    approval_status,
    approve,
    review,
    submit,
)
from healthplan.i18n import set_language


@pytest.fixture(autouse=True)
def _chinese() -> Iterator[None]:
    # the refusals below are the sentences a user reads: the Chinese interface
    set_language("zh")
    yield
    set_language(None)


def _refusal(move: Callable[[], object]) -> str:
    with pytest.raises(WorkflowError) as caught:
        move()
    return str(caught.value)


def test_each_refusal_names_what_is_wrong(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    # a report never submitted is 未上报 (not a signal's 待核实), and cannot be reviewed
    assert _refusal(lambda: review(ws, "mch", "a1", "2024M01")) == (
        "mch a1 2024M01 当前为“未上报”，不能变为“已审核”"
    )
    submit(ws, "mch", "a1", "2024M01")
    # approval skips no step: a submitted report is reviewed first
    assert _refusal(lambda: approve(ws, "mch", "a1", "2024M01")) == (
        "mch a1 2024M01 当前为“已上报”，不能变为“已审批（锁定）”"
    )
    assert _refusal(lambda: submit(ws, "mch", "zz", "2024M01")) == "组织机构 zz 不存在"
    # A is a district; mch is reported by townships
    assert _refusal(lambda: submit(ws, "mch", "A", "2024M01")) == "机构 A 不是填报报表 mch 的层级"
    # a quarter is not a period of a monthly report
    assert _refusal(lambda: submit(ws, "mch", "a1", "2024Q1")) == (
        "报告期 2024Q1 不在报表 mch 的报告期内（该报表按月填报）"
    )
    # March cannot be reported on the last day of February
    early = datetime(2024, 2, 29, 23, 0, tzinfo=UTC)
    assert _refusal(lambda: submit(ws, "mch", "a1", "2024M03", at=early)) == (
        "报告期 2024M03 尚未开始"
    )
    # nothing refused was recorded
    assert [(s.org_unit, s.state) for s in approval_status(ws, "mch", "2024M01")] == [
        ("a1", ApprovalState.submitted)
    ]
    assert approval_status(ws, "mch", "2024M03") == []


def test_a_move_records_its_time_and_the_listing_takes_any_period_form(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    at = datetime(2024, 2, 5, 9, 30, tzinfo=UTC)
    submitted = submit(ws, "mch", "b1", "2024M01", at=at)
    assert _naive(submitted.updated_at) == _naive(submitted.submitted_at) == _naive(at)
    reviewed = review(ws, "mch", "b1", "2024M01")
    # the review moves the update time (to now), not the time of submission
    assert _naive(reviewed.submitted_at) == _naive(at)
    assert _naive(reviewed.updated_at) > _naive(at)
    # DHIS2's 202401 and the Chinese 2024年1月 are the same month as 2024M01
    for typed in ("2024M01", "202401", "2024年1月"):
        assert [(s.org_unit, s.period, s.state) for s in approval_status(ws, "mch", typed)] == [
            ("b1", "2024M01", ApprovalState.reviewed)
        ]


def _naive(moment: datetime | None) -> datetime:
    # SQLite gives a stored moment back without its zone (UTC)
    assert moment is not None
    return moment.replace(tzinfo=None)


def test_a_move_without_a_given_time_is_recorded_in_utc(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    before = datetime.now(UTC)
    status = submit(ws, "mch", "a1", "2024M01")
    # the moment carries its zone, UTC, whatever the zone of the machine
    assert status.updated_at is not None and status.updated_at.utcoffset() == timedelta(0)
    assert before <= status.updated_at <= datetime.now(UTC)
