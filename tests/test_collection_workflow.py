"""Approval workflow: submitted → reviewed → approved locks data until reopened; audited."""

import pytest
from sqlalchemy import select

from collection_helpers import small_city
from healthplan.collection import RawValue, import_values
from healthplan.collection.formats import select_values
from healthplan.collection.workflow import (
    ApprovalState,
    WorkflowError,
    approval_status,
    approve,
    reopen,
    review,
    submit,
)
from healthplan.errors import InputError, NotFoundError
from healthplan.store.tables import AuditLog


def test_approved_data_is_locked_until_reopened(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    import_values(ws, [RawValue("visits", "2024M01", "a1", 9)])
    with pytest.raises(WorkflowError):
        approve(ws, "mch", "a1", "2024M01")  # not reviewed yet
    assert submit(ws, "mch", "a1", "2024M01").state is ApprovalState.submitted
    assert review(ws, "mch", "a1", "2024M01").state is ApprovalState.reviewed
    assert approve(ws, "mch", "a1", "2024M01", "ok").state is ApprovalState.approved
    with pytest.raises(InputError) as caught:
        import_values(
            ws,
            [
                RawValue("visits", "2024M01", "a1", 10, file="fix.csv", row=2),
                RawValue("visits", "2024M01", "a2", 5, file="fix.csv", row=3),
            ],
        )
    assert [p.row for p in caught.value.problems] == [2]
    assert (
        "锁定" in caught.value.problems[0].message or "locked" in caught.value.problems[0].message
    )
    assert {v.org_unit for v in select_values(ws)} == {"a1"}  # a2 not stored either
    reopen(ws, "mch", "a1", "2024M01", "请核实")
    assert import_values(ws, [RawValue("visits", "2024M01", "a1", 10)]).updated == 1
    with pytest.raises(WorkflowError):
        review(ws, "mch", "a1", "2024M01")  # must be submitted again first
    status = approval_status(ws, "mch", "2024M01")
    assert [(s.org_unit, s.state, s.updated_by) for s in status] == [
        ("a1", ApprovalState.reopened, "tester")
    ]
    with ws.session() as session:
        trail = session.scalars(
            select(AuditLog).where(AuditLog.table_name == "approvals").order_by(AuditLog.id)
        ).all()
    states = [(a.old or {}).get("state") for a in trail[1:]]
    assert states == ["submitted", "reviewed", "approved"]
    assert trail[-1].new["state"] == "reopened"


def test_workflow_checks_its_inputs(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    with pytest.raises(WorkflowError):
        submit(ws, "mch", "a1", "2024Q1")  # a monthly form
    with pytest.raises(WorkflowError):
        submit(ws, "mch", "nowhere", "2024M01")
    with pytest.raises(NotFoundError):
        submit(ws, "no_such_form", "a1", "2024M01")
