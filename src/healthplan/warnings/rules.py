"""The warning rules: what each kind of warning is raised from. :func:`gather_inputs` reads
every stage through its public functions; :func:`evaluate` is a pure function of those inputs
and the rules, so a rule can be tested at its threshold without a store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from healthplan.analytics import AssessmentReport, assess
from healthplan.analytics.judgement import Status
from healthplan.collection import (
    ApprovalState,
    approval_status,
    completeness,
    list_data_sets,
)
from healthplan.i18n import N_, t
from healthplan.model import Period, PeriodType
from healthplan.store import Workspace, list_departments, list_orgunits
from healthplan.surveillance import disease_name, signals
from healthplan.tasks import (
    FINISHED,
    LateDepartment,
    ReportingRound,
    TaskEntry,
    TaskState,
    late_departments,
    task_ledger,
)
from healthplan.warnings.config import WarningRules
from healthplan.warnings.model import Finding, Severity, WarningKind

__all__ = [
    "ReportStatus",
    "RuleInputs",
    "SignalDue",
    "UnitCompleteness",
    "assessment_months",
    "evaluate",
    "gather_inputs",
]


@dataclass(frozen=True)
class ReportStatus:
    """One report (data set × org unit × period) that was due."""

    data_set: str
    data_set_name: str
    department: str | None
    org_unit: str
    org_unit_name: str
    period: str
    due: date
    submitted: bool
    state: str  # approval state: open | submitted | reviewed | approved | reopened


@dataclass(frozen=True)
class UnitCompleteness:
    data_set: str
    data_set_name: str
    department: str | None
    org_unit: str
    org_unit_name: str
    period: str
    expected: int
    reported: int

    @property
    def share(self) -> float:
        return self.reported / self.expected if self.expected else 1.0


@dataclass(frozen=True)
class SignalDue:
    id: int
    disease: str
    org_unit: str
    day: date
    verify_due: datetime


@dataclass
class RuleInputs:
    """Everything the rules read, as of one moment."""

    at: datetime
    assessments: list[AssessmentReport] = field(default_factory=list)  # oldest first
    tasks: list[TaskEntry] = field(default_factory=list)
    late: list[LateDepartment] = field(default_factory=list)
    reports: list[ReportStatus] = field(default_factory=list)
    completeness: list[UnitCompleteness] = field(default_factory=list)
    signals: list[SignalDue] = field(default_factory=list)
    evaluated: set[WarningKind] = field(default_factory=set)  # kinds whose inputs were read

    @property
    def as_of(self) -> date:
        return self.at.date()


def assessment_months(as_of: date, count: int) -> list[date]:
    """Ends of the ``count`` latest whole months on ``as_of``, oldest first."""
    month = Period.containing(PeriodType.month, as_of)
    if as_of < month.end:
        month = month.previous()
    ends = []
    for _ in range(count):
        ends.append(month.end)
        month = month.previous()
    return ends[::-1]


def gather_inputs(
    ws: Workspace,
    rules: WarningRules,
    at: datetime,
    *,
    assessments: list[AssessmentReport] | None = None,
) -> RuleInputs:
    """Read what the enabled rules need. ``assessments`` (one per month, oldest first) may
    be given when the caller has them already."""
    inputs = RuleInputs(at=at)
    as_of = at.date()
    if rules.target_behind.enabled or rules.forecast_miss.enabled:
        if assessments is None:
            months = assessment_months(as_of, rules.target_behind.consecutive)
            drafts = rules.target_behind.include_drafts
            assessments = [assess(ws, as_of=end, include_drafts=drafts) for end in months]
        inputs.assessments = assessments
        inputs.evaluated |= {WarningKind.target_behind, WarningKind.forecast_miss}
    ledger = None
    if rules.task_overdue.enabled or rules.task_due_soon.enabled:
        ledger = inputs.tasks = task_ledger(ws, as_of=as_of)
        inputs.evaluated |= {WarningKind.task_overdue, WarningKind.task_due_soon}
    if rules.progress_late.enabled:
        rounds = ReportingRound(rules.progress_late.every, rules.progress_late.due_days)
        inputs.late = late_departments(ws, as_of=as_of, round=rounds, ledger=ledger)
        inputs.evaluated.add(WarningKind.progress_late)
    if rules.reports.enabled:
        _gather_reports(ws, rules, inputs)
        inputs.evaluated |= {
            WarningKind.report_missing,
            WarningKind.report_unapproved,
            WarningKind.completeness_low,
        }
    if rules.signal_unverified.enabled:
        inputs.signals = [
            SignalDue(
                row.id,
                row.disease,
                row.org_unit,
                row.day,
                # surveillance's moments are UTC; SQLite returns them without a zone
                row.verify_due.replace(tzinfo=row.verify_due.tzinfo or UTC),
            )
            for row in signals(ws, status="open")
        ]
        inputs.evaluated.add(WarningKind.signal_unverified)
    return inputs


def _gather_reports(ws: Workspace, rules: WarningRules, inputs: RuleInputs) -> None:
    units = list_orgunits(ws)
    names = {u.code: u.name for u in units}
    departments = {d.code: d.name for d in list_departments(ws)}
    for ds in list_data_sets(ws):
        reporters = {u.code for u in units if u.level is ds.org_level}
        if not reporters:
            continue
        department = departments.get(ds.department_code or "")
        period = Period.containing(ds.period_type, inputs.as_of)
        judged: list[Period] = []
        while len(judged) < rules.reports.lookback_periods:
            if ds.due_date(period) < inputs.as_of:
                judged.append(period)
            period = period.previous()
        for when in judged:
            states = {s.org_unit: s.state.value for s in approval_status(ws, ds.code, when.id)}
            for row in completeness(ws, ds.code, when.id):
                if row.org_unit in reporters:
                    inputs.reports.append(
                        ReportStatus(
                            ds.code,
                            ds.name,
                            department,
                            row.org_unit,
                            names.get(row.org_unit, row.org_unit),
                            when.id,
                            ds.due_date(when),
                            row.reported > 0,
                            states.get(row.org_unit, ApprovalState.open.value),
                        )
                    )
                else:
                    inputs.completeness.append(
                        UnitCompleteness(
                            ds.code,
                            ds.name,
                            department,
                            row.org_unit,
                            names.get(row.org_unit, row.org_unit),
                            when.id,
                            row.expected,
                            row.reported,
                        )
                    )


# ---------------------------------------------------------------------------------------------
# The rules: each a pure function of the inputs


Rule = Callable[[RuleInputs, WarningRules], Iterable[Finding]]


def _target_behind(inputs: RuleInputs, rules: WarningRules) -> Iterable[Finding]:
    rule = rules.target_behind
    if not rule.enabled or len(inputs.assessments) < rule.consecutive:
        return
    recent = inputs.assessments[-rule.consecutive :]
    history: dict[tuple[int, str], list[str]] = {}
    for report in recent:
        for row in report.rows:
            history.setdefault((row.target_id, row.org_unit), []).append(str(row.status))
    for row in recent[-1].rows:
        statuses = history[(row.target_id, row.org_unit)]
        if len(statuses) < rule.consecutive or any(s not in rule.severity for s in statuses):
            continue
        status = Status(str(row.status))
        yield Finding(
            kind=WarningKind.target_behind,
            key=f"target_behind:{row.target_id}:{row.org_unit}",
            severity=rule.severity[status.value],
            department=row.departments[0] if row.departments else None,
            org_unit=row.org_unit,
            subject=f"{row.indicator_name} ({row.org_unit_name})",
            message=t(
                "{indicator} at {unit}: {status} for {n} months in a row",
                indicator=row.indicator_name,
                unit=row.org_unit_name,
                status=status.label_zh,
                n=len(statuses),
            ),
            evidence={
                "target_id": row.target_id,
                "status": status.value,
                "statuses": statuses,
                "months": [r.as_of.isoformat() for r in recent],
                "actual": row.actual,
                "expected": row.expected,
                "target": row.target,
                "unit": row.unit,
                "departments": list(row.departments),
                "draft": row.draft,
            },
        )


def _forecast_miss(inputs: RuleInputs, rules: WarningRules) -> Iterable[Finding]:
    rule = rules.forecast_miss
    if not rule.enabled or not inputs.assessments:
        return
    for row in inputs.assessments[-1].rows:
        chance = row.likelihood
        if chance is None or chance >= rule.likelihood_below:
            continue
        if str(row.status) in (Status.met.value, Status.not_met.value):
            continue  # nothing left to forecast
        yield Finding(
            kind=WarningKind.forecast_miss,
            key=f"forecast_miss:{row.target_id}:{row.org_unit}",
            severity=rule.severity,
            department=row.departments[0] if row.departments else None,
            org_unit=row.org_unit,
            subject=f"{row.indicator_name} ({row.org_unit_name})",
            message=t(
                "{indicator} at {unit}: forecast {forecast} against the target {target} "
                "(chance {chance:.0%})",
                indicator=row.indicator_name,
                unit=row.org_unit_name,
                forecast=row.forecast_display,
                target=row.target_display,
                chance=chance,
            ),
            evidence={
                "target_id": row.target_id,
                "forecast": row.forecast,
                "likelihood": chance,
                "target": row.target,
                "actual": row.actual,
                "as_of": row.as_of.isoformat(),
                "departments": list(row.departments),
            },
        )


def _tasks(inputs: RuleInputs, rules: WarningRules) -> Iterable[Finding]:
    overdue, soon = rules.task_overdue, rules.task_due_soon
    for task in inputs.tasks:
        if task.due is None or task.state in FINISHED:
            continue
        evidence: dict[str, Any] = {
            "task_id": task.task_id,
            "due": task.due.isoformat(),
            "due_text": task.due_text,
            "state": task.state.value,
            "percent": task.percent,
            "departments": task.departments,
        }
        days = task.days_overdue(inputs.as_of)
        left = (task.due - inputs.as_of).days
        if overdue.enabled and (task.state is TaskState.overdue or days > 0):
            kind = WarningKind.task_overdue
            severity = Severity.red if days > overdue.red_after_days else overdue.severity
            template = N_("task {id} {title}: {days} days past its time limit {due}")
            count, count_key = days, "days_overdue"
        elif soon.enabled and 0 <= left <= soon.within_days:
            kind, severity = WarningKind.task_due_soon, soon.severity
            template = N_("task {id} {title}: due in {days} days ({due})")
            count, count_key = left, "days_left"
        else:
            continue
        message = t(
            template, id=task.task_id, title=task.title, days=count, due=task.due.isoformat()
        )
        evidence[count_key] = count
        yield Finding(
            kind=kind,
            key=f"{kind.value}:{task.task_id}",
            severity=severity,
            department=task.lead_department,
            org_unit=None,
            subject=task.title,
            message=message,
            evidence=evidence,
        )


def _progress_late(inputs: RuleInputs, rules: WarningRules) -> Iterable[Finding]:
    if not rules.progress_late.enabled:
        return
    for late in inputs.late:
        yield Finding(
            kind=WarningKind.progress_late,
            key=f"progress_late:{late.department}",
            severity=rules.progress_late.severity,
            department=late.department,
            org_unit=None,
            subject=late.department,
            message=t(
                "{department} has not reported progress for {round} (due {due}; {n} open tasks)",
                department=late.department,
                round=late.round,
                due=late.due.isoformat(),
                n=late.open_tasks,
            ),
            evidence={
                "round": late.round,
                "due": late.due.isoformat(),
                "open_tasks": late.open_tasks,
                "last_report": late.last_report.isoformat() if late.last_report else None,
            },
        )


def _reports(inputs: RuleInputs, rules: WarningRules) -> Iterable[Finding]:
    rule = rules.reports
    if not rule.enabled:
        return
    for report in inputs.reports:
        evidence: dict[str, Any] = {
            "data_set": report.data_set,
            "period": report.period,
            "due": report.due.isoformat(),
            "state": report.state,
        }
        where = f"{report.data_set_name} {report.period} ({report.org_unit_name})"
        deadline = report.due + timedelta(days=rule.approve_within_days)
        if not report.submitted:
            kind, severity = WarningKind.report_missing, rule.missing_severity
            message = t("{report} not submitted; it was due {due}", report=where, due=report.due)
        elif (
            report.state
            in (
                ApprovalState.submitted.value,
                ApprovalState.reviewed.value,
                ApprovalState.reopened.value,
            )
            and inputs.as_of > deadline
        ):
            kind, severity = WarningKind.report_unapproved, rule.unapproved_severity
            message = t(
                "{report} not approved by {deadline} (state: {state})",
                report=where,
                deadline=deadline,
                state=t(report.state),  # marked in cli/labels.py
            )
            evidence["approve_by"] = deadline.isoformat()
        else:
            continue
        yield Finding(
            kind=kind,
            key=f"{kind.value}:{report.data_set}:{report.org_unit}:{report.period}",
            severity=severity,
            department=report.department,
            org_unit=report.org_unit,
            subject=where,
            message=message,
            evidence=evidence,
        )
    for unit in inputs.completeness:
        if unit.expected == 0 or unit.share >= rule.completeness_below:
            continue
        where = f"{unit.data_set_name} {unit.period} ({unit.org_unit_name})"
        yield Finding(
            kind=WarningKind.completeness_low,
            key=f"completeness_low:{unit.data_set}:{unit.org_unit}:{unit.period}",
            severity=Severity.red
            if unit.share < rule.completeness_red_below
            else rule.completeness_severity,
            department=unit.department,
            org_unit=unit.org_unit,
            subject=where,
            message=t(
                "{report}: completeness {share:.0%} ({reported}/{expected}) below {limit:.0%}",
                report=where,
                share=unit.share,
                reported=unit.reported,
                expected=unit.expected,
                limit=rule.completeness_below,
            ),
            evidence={
                "data_set": unit.data_set,
                "period": unit.period,
                "expected": unit.expected,
                "reported": unit.reported,
                "completeness": round(unit.share, 4),
                "threshold": rule.completeness_below,
            },
        )


def _signals(inputs: RuleInputs, rules: WarningRules) -> Iterable[Finding]:
    rule = rules.signal_unverified
    if not rule.enabled:
        return
    for signal in inputs.signals:
        if signal.verify_due >= inputs.at:
            continue
        hours = (inputs.at - signal.verify_due).total_seconds() / 3600
        disease = disease_name(signal.disease)
        yield Finding(
            kind=WarningKind.signal_unverified,
            key=f"signal_unverified:{signal.id}",
            severity=rule.severity,
            department=rule.department,
            org_unit=signal.org_unit,
            subject=f"{disease} {signal.day.isoformat()}",
            message=t(
                "signal {id} ({disease}, {day}) not verified; due {due}, {hours:.0f} h ago",
                id=signal.id,
                disease=disease,
                day=signal.day.isoformat(),
                due=signal.verify_due.strftime("%Y-%m-%d %H:%M"),
                hours=hours,
            ),
            evidence={
                "signal_id": signal.id,
                "disease": signal.disease,
                "day": signal.day.isoformat(),
                "verify_due": signal.verify_due.isoformat(),
                "hours_overdue": round(hours, 1),
            },
        )


RULES: tuple[Rule, ...] = (
    _target_behind,
    _forecast_miss,
    _tasks,
    _progress_late,
    _reports,
    _signals,
)


def evaluate(inputs: RuleInputs, rules: WarningRules) -> list[Finding]:
    """Every condition the rules find in ``inputs`` (one finding per key)."""
    found: dict[str, Finding] = {}
    for rule in RULES:
        for finding in rule(inputs, rules):
            found.setdefault(finding.key, finding)
    return list(found.values())
