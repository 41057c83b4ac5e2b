"""Reasons recorded in the ledger (滞后原因、调整原因): stored on the target with the user and
the time, audited like every ledger write, read back by the plans' public functions, and
refused for a target that is not in the ledger or an empty text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from healthplan.cli import app
from healthplan.errors import HealthplanError, NotFoundError
from healthplan.model import (
    Plan,
    PlanKind,
    ReasonKind,
    ReviewStatus,
    Target,
    TargetReason,
)
from healthplan.model.period import Period
from healthplan.plans import active_targets, load_plan, record_reason, save_plan, target_reasons
from healthplan.store import Workspace
from healthplan.store.tables import AuditLog


def _plan(ws: Workspace) -> list[int]:
    targets = [
        Target(indicator_text=name, comparator=">=", value=90.0, status=status)
        for name, status in (
            ("孕产妇系统管理率", ReviewStatus.confirmed),
            ("婴儿死亡率", ReviewStatus.confirmed),
            ("已删除的指标", ReviewStatus.deleted),
        )
    ]
    plan = Plan(title="规划", kind=PlanKind.five_year, period=Period.parse("2021-2025"))
    plan.targets = targets
    return [t.id or 0 for t in load_plan(ws, save_plan(ws, plan)).targets]


def _audit(ws: Workspace, target_id: int) -> list[AuditLog]:
    query = select(AuditLog).where(
        AuditLog.table_name == "targets", AuditLog.record_key == str(target_id)
    )
    with ws.session() as session:
        rows = list(session.scalars(query.order_by(AuditLog.id)))
        session.expunge_all()
        return rows


def test_a_reason_is_stored_with_user_and_time_and_audited(ws: Workspace) -> None:
    first, second, deleted = _plan(ws)
    before = datetime.now(UTC)
    reason = record_reason(ws, first, "  受疫情影响，\n孕产妇建档推迟。 ")
    assert reason.text == "受疫情影响， 孕产妇建档推迟。"  # one line, as a bulletin prints it
    assert reason.kind is ReasonKind.behind and reason.by == "tester"
    assert before - timedelta(seconds=1) <= reason.at <= datetime.now(UTC)
    stored = target_reasons(ws)
    assert stored == {first: reason}
    loaded = {t.id: t for t in load_plan(ws, 1).targets}
    assert loaded[first].reason == reason and loaded[second].reason is None
    assert {t.id: t.reason for _, t in active_targets(ws)}[first] == reason

    # a new reason replaces the old one; the old one stays in the audit log
    adjusted = record_reason(ws, first, "目标值经中期评估调整为92%", kind="adjusted")
    assert target_reasons(ws)[first].kind is ReasonKind.adjusted
    updates = [a for a in _audit(ws, first) if a.action == "update"]
    assert [u.new["reason_text"] for u in updates] == [reason.text, adjusted.text]
    assert updates[1].old["reason_text"] == reason.text
    assert all(u.actor == "tester" for u in updates)
    assert updates[1].new["reason_kind"] == "adjusted" and updates[1].old["reason_kind"] == "behind"

    with pytest.raises(NotFoundError):
        record_reason(ws, deleted, "不在台账中")
    with pytest.raises(NotFoundError):
        record_reason(ws, 9999, "没有这个目标")
    with pytest.raises(NotFoundError):
        record_reason(ws, 2**40, "超出范围的编号")
    with pytest.raises(HealthplanError, match="原因为空"):
        record_reason(ws, second, " \n ")
    with pytest.raises(HealthplanError, match="未知的原因类型"):
        record_reason(ws, second, "原因", kind="other")
    assert set(target_reasons(ws)) == {first}  # nothing half-written by the refusals


def test_save_plan_keeps_a_reason(ws: Workspace) -> None:
    reason = TargetReason(
        text="统计口径调整",
        kind=ReasonKind.adjusted,
        by="规划科",
        at=datetime(2025, 6, 30, tzinfo=UTC),
    )
    target = Target(indicator_text="人均预期寿命", comparator=">=", value=80.0, reason=reason)
    plan = Plan(title="规划", kind=PlanKind.five_year, period=Period.parse("2021-2025"))
    plan.targets = [target]
    stored = load_plan(ws, save_plan(ws, plan)).targets[0]
    assert stored.reason == reason


def test_plan_reason_command(tmp_path: Path, cli_env: dict[str, str]) -> None:
    ws = Workspace(f"sqlite:///{tmp_path / 'healthplan.db'}", home=tmp_path, actor="setup")
    ws.upgrade()
    first, *_ = _plan(ws)
    env = {**cli_env, "HEALTHPLAN_USER": "planner"}
    runner = CliRunner()
    result = runner.invoke(
        app, ["plan", "reason", str(first), "项目资金到位晚", "--kind", "behind"], env=env
    )
    assert result.exit_code == 0, result.output
    assert f"目标 {first}" in result.stdout and "滞后原因" in result.stdout
    reason = target_reasons(ws)[first]
    assert (reason.text, reason.by) == ("项目资金到位晚", "planner")
    missing = runner.invoke(app, ["plan", "reason", "9999", "原因"], env=env)
    assert missing.exit_code == 2 and "9999" in missing.stderr and "Traceback" not in missing.output
    empty = runner.invoke(app, ["plan", "reason", str(first), " "], env=env)
    assert empty.exit_code == 2
    bad = runner.invoke(app, ["plan", "reason", str(first), "原因", "--kind", "other"], env=env)
    assert bad.exit_code == 2
    assert target_reasons(ws)[first].text == "项目资金到位晚"
