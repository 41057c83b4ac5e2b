"""The warnings inbox on the store: the rules run twice give no duplicate, a persisting
warning ages, a cleared condition is lifted, and people move warnings through their
lifecycle with who and when; reports, completeness, signals and tasks read from the store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from collection_helpers import small_city
from healthplan.collection import RawValue, import_values, submit
from healthplan.errors import HealthplanError, NotFoundError
from healthplan.surveillance import NewSignal, record_signals, verify
from healthplan.tasks import report_progress
from healthplan.warnings import (
    Finding,
    Severity,
    WarningKind,
    WarningRules,
    WarningState,
    acknowledge,
    dismiss,
    list_warnings,
    record_findings,
    resolve,
    run_warnings,
)
from tasks_helpers import make_plan

QUIET = WarningRules.model_validate(
    {"target_behind": {"enabled": False}, "forecast_miss": {"enabled": False}}
)


def _finding(key: str, severity: Severity = Severity.yellow, **evidence: object) -> Finding:
    return Finding(
        kind=WarningKind.task_overdue,
        key=key,
        severity=severity,
        department="市卫生健康委员会",
        org_unit=None,
        subject=key,
        message=f"{key} overdue",
        evidence=dict(evidence),
    )


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 8, tzinfo=UTC)


def test_no_duplicates_ageing_and_lifting(ws) -> None:  # type: ignore[no-untyped-def]
    kinds = [WarningKind.task_overdue]
    first = record_findings(ws, [_finding("a"), _finding("b")], at=_at(date(2024, 7, 1)),
                            evaluated=kinds)  # fmt: skip
    assert (first.raised, first.aged) == (2, 0)
    again = record_findings(ws, [_finding("a"), _finding("b")], at=_at(date(2024, 7, 1)),
                            evaluated=kinds)  # fmt: skip
    assert (again.raised, again.aged, again.unchanged) == (0, 0, 2)
    later = record_findings(
        ws, [_finding("a", Severity.red, days=31)], at=_at(date(2024, 8, 1)), evaluated=kinds
    )
    assert (later.raised, later.aged, later.lifted) == (0, 1, 1)
    warnings = {w.subject: w for w in list_warnings(ws)}
    assert len(warnings) == 2
    a, b = warnings["a"], warnings["b"]
    assert (a.state, a.severity, a.runs, a.age_days) == (WarningState.new, Severity.red, 2, 31)
    assert a.evidence == {"days": 31}
    assert (b.state, b.active, b.closed_by) == (WarningState.dismissed, False, "system")
    # a condition that comes back after it cleared is a new warning
    back = record_findings(ws, [_finding("a"), _finding("b")], at=_at(date(2024, 9, 1)),
                           evaluated=kinds)  # fmt: skip
    assert (back.raised, back.aged) == (1, 1)
    assert len(list_warnings(ws)) == 3
    # kinds that were not evaluated are left alone
    record_findings(ws, [], at=_at(date(2024, 9, 2)), evaluated=[WarningKind.signal_unverified])
    assert len(list_warnings(ws, open_only=True)) == 2


def test_lifecycle_with_who_and_when(ws) -> None:  # type: ignore[no-untyped-def]
    record_findings(ws, [_finding("a"), _finding("b")], at=_at(date(2024, 7, 1)),
                    evaluated=[WarningKind.task_overdue])  # fmt: skip
    a, b = sorted(list_warnings(ws), key=lambda w: w.id)
    moment = _at(date(2024, 7, 2))
    seen = acknowledge(ws, a.id, by="王科员", note="已转办", at=moment)
    assert (seen.state, seen.acknowledged_by, seen.acknowledged_at) == (
        WarningState.acknowledged, "王科员", moment
    )  # fmt: skip
    done = resolve(ws, a.id, by="李科长", note="已督办完成", at=moment + timedelta(days=1))
    assert (done.state, done.closed_by, done.note) == (WarningState.handled, "李科长", "已督办完成")
    with pytest.raises(HealthplanError, match=str(a.id)):
        acknowledge(ws, a.id, by="王科员")
    lifted = dismiss(ws, b.id, by="李科长", note="误报")
    assert lifted.state is WarningState.dismissed
    with pytest.raises(NotFoundError):
        resolve(ws, 999, by="x")
    with pytest.raises(HealthplanError):
        acknowledge(ws, b.id, by="  ")
    # a handled warning whose condition persists stays handled and is not raised again
    again = record_findings(ws, [_finding("a")], at=_at(date(2024, 7, 5)),
                            evaluated=[WarningKind.task_overdue])  # fmt: skip
    assert again.raised == 0
    assert list_warnings(ws, state="已处理")[0].last_seen == date(2024, 7, 5)
    assert [w.id for w in list_warnings(ws, severity="黄", state=WarningState.handled)] == [a.id]


def test_tasks_reports_and_signals_from_the_store(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    ids = make_plan(ws)
    # townships a1, a2, b1 report the monthly 妇幼月报 (due 10 days after the month)
    values = [
        RawValue("visits", "2024M05", unit, 10) for unit in ("a1", "a2")
    ]  # b1 never reports May
    import_values(ws, values, received_at=_at(date(2024, 6, 5)))
    submit(ws, "mch", "a1", "2024M05", at=_at(date(2024, 6, 5)))
    record_signals(
        ws,
        [
            NewSignal("fused", "ears-c2", "cases+school", "influenza", "A", date(2024, 7, 8),
                      _at(date(2024, 7, 8))),
            NewSignal("fused", "ears-c2", "cases+school", "手足口病", "B", date(2024, 7, 9),
                      _at(date(2024, 7, 9))),
        ],
    )  # fmt: skip
    report_progress(ws, ids[0], state="推进中", at=_at(date(2024, 7, 1)))
    at = _at(date(2024, 7, 10))
    run = run_warnings(ws, at=at, rules=QUIET, notify=False)
    found = {(w.kind, w.org_unit or w.department) for w in list_warnings(ws)}
    missing = {
        (w.org_unit, w.evidence["period"])
        for w in list_warnings(ws, kind=WarningKind.report_missing)
    }
    # the three months whose due date has passed on 10 July (June's is 10 July itself)
    assert {p for _, p in missing} == {"2024M03", "2024M04", "2024M05"}
    assert ("b1", "2024M05") in missing and ("a1", "2024M05") not in missing
    # a1 submitted on 5 June and nobody approved it by 20 June (due 10 June + 10 days)
    assert (WarningKind.report_unapproved, "a1") in found
    # 2 of 3 townships of the city: 67 % is below 90 %
    assert (WarningKind.completeness_low, "C") in found
    assert (WarningKind.signal_unverified, "A") in found  # due 9 July 08:00
    assert (WarningKind.signal_unverified, "B") not in found  # due 10 July 08:00, not before
    assert (WarningKind.task_overdue, "市卫生健康委员会") in found
    assert (WarningKind.progress_late, "市财政局") in found
    by_alias = list_warnings(ws, department="市卫健委")  # the register's short name
    assert by_alias and all(w.department == "市卫生健康委员会" for w in by_alias)
    assert run.recorded.raised == len(list_warnings(ws))
    # idempotent: the same run again adds nothing and changes nothing
    before = list_warnings(ws)
    second = run_warnings(ws, at=at, rules=QUIET, notify=False)
    assert second.recorded.raised == 0 and second.recorded.aged == 0
    assert list_warnings(ws) == before
    # the signal is verified: its warning is lifted on the next run
    [signal_warning] = list_warnings(ws, kind=WarningKind.signal_unverified)
    # named as a reader calls the disease, not by its code
    assert signal_warning.subject == "流行性感冒 2024-07-08"
    assert "（流行性感冒，2024-07-08）" in signal_warning.message
    verify(ws, int(signal_warning.evidence["signal_id"]), "疾控值班员")
    run_warnings(ws, at=at + timedelta(days=1), rules=QUIET, notify=False)
    lifted = list_warnings(ws, kind=WarningKind.signal_unverified)[0]
    assert lifted.state is WarningState.dismissed and lifted.closed_by == "system"
