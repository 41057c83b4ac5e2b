"""Each warning rule at its threshold and one step either side, on inputs built by hand
(the rules are a pure function of their inputs and the configuration)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from healthplan.analytics import Assessment, AssessmentReport, Status
from healthplan.errors import InputError
from healthplan.tasks import LateDepartment, TaskEntry, TaskState
from healthplan.warnings import (
    DEFAULT_RULES,
    RuleInputs,
    Severity,
    WarningKind,
    WarningRules,
    assessment_months,
    evaluate,
    load_rules,
)
from healthplan.warnings.rules import ReportStatus, SignalDue, UnitCompleteness

AT = datetime(2024, 7, 10, 12, tzinfo=UTC)
TODAY = AT.date()


def _row(status: str, *, likelihood: float | None = None, unit: str = "A") -> Assessment:
    return Assessment(
        target_id=1, plan="规划", indicator_code="visit_rate", indicator_name="访视率", unit="%",
        org_unit=unit, org_unit_name="甲区", as_of=TODAY, comparator=">=", target=90.0,
        baseline=80.0, actual=82.0, expected=85.0, elapsed=0.5, gap=-8.0,
        status=Status(status) if status in {s.value for s in Status} else status,  # type: ignore[arg-type]
        forecast=86.0, likelihood=likelihood, departments=["市妇幼保健院", "市卫健委"],
        cumulative=False,
    )  # fmt: skip


def _months(*statuses: str) -> list[AssessmentReport]:
    ends = assessment_months(TODAY, len(statuses))
    return [AssessmentReport(end, [_row(s)]) for end, s in zip(ends, statuses, strict=True)]


def _kinds(inputs: RuleInputs, rules: WarningRules = DEFAULT_RULES) -> list[tuple[str, str]]:
    return [(f.kind.value, f.severity.value) for f in evaluate(inputs, rules)]


def _rules(**sections: dict[str, object]) -> WarningRules:
    return WarningRules.model_validate(sections)


def test_assessment_months() -> None:
    assert assessment_months(date(2024, 7, 10), 2) == [date(2024, 5, 31), date(2024, 6, 30)]
    assert assessment_months(date(2024, 6, 30), 2) == [date(2024, 5, 31), date(2024, 6, 30)]


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (("behind",), []),  # one month: below the 2 in a row
        (("on_schedule", "behind"), []),
        (("behind", "behind"), [("target_behind", "yellow")]),  # at the threshold
        (("behind", "far_behind"), [("target_behind", "orange")]),
        (("far_behind", "met"), []),
    ],
)
def test_target_behind_two_months(statuses: tuple[str, ...], expected: list[object]) -> None:
    inputs = RuleInputs(at=AT, assessments=_months(*statuses))
    assert _kinds(inputs, _rules(forecast_miss={"enabled": False})) == expected


@pytest.mark.parametrize(("months", "raised"), [(2, False), (3, True), (4, True)])
def test_target_behind_consecutive_threshold(months: int, raised: bool) -> None:
    rules = _rules(target_behind={"consecutive": 3}, forecast_miss={"enabled": False})
    statuses = ["on_schedule"] * (4 - months) + ["behind"] * months
    inputs = RuleInputs(at=AT, assessments=_months(*statuses)[-3:])
    assert bool(_kinds(inputs, rules)) is raised


def test_target_finding_has_department_unit_and_evidence() -> None:
    [finding] = evaluate(
        RuleInputs(at=AT, assessments=_months("far_behind", "far_behind")),
        _rules(forecast_miss={"enabled": False}),
    )
    assert (finding.department, finding.org_unit) == ("市妇幼保健院", "A")
    assert finding.evidence["statuses"] == ["far_behind", "far_behind"]
    assert finding.evidence["actual"] == 82.0 and finding.evidence["expected"] == 85.0
    assert finding.key == "target_behind:1:A"


def test_which_statuses_warn_is_configuration() -> None:
    rules = _rules(
        target_behind={"severity": {"far_behind": "红"}}, forecast_miss={"enabled": False}
    )
    assert _kinds(RuleInputs(at=AT, assessments=_months("behind", "behind")), rules) == []
    far = RuleInputs(at=AT, assessments=_months("far_behind", "far_behind"))
    assert _kinds(far, rules) == [("target_behind", "red")]


@pytest.mark.parametrize(
    ("likelihood", "raised"), [(0.19, True), (0.2, False), (0.21, False), (None, False)]
)
def test_forecast_miss_threshold(likelihood: float | None, raised: bool) -> None:
    report = AssessmentReport(TODAY, [_row("on_schedule", likelihood=likelihood)])
    found = _kinds(
        RuleInputs(at=AT, assessments=[report]), _rules(target_behind={"enabled": False})
    )
    assert found == ([("forecast_miss", "orange")] if raised else [])


def test_no_forecast_warning_for_a_met_target() -> None:
    report = AssessmentReport(TODAY, [_row("met", likelihood=0.01)])
    assert _kinds(RuleInputs(at=AT, assessments=[report])) == []


def _task(due: date | None, state: TaskState = TaskState.in_progress) -> TaskEntry:
    return TaskEntry(
        task_id=3, plan_id=1, plan="要点", title="建设监测点", text="…",
        lead_department="市疾控中心", departments=["市疾控中心"], due=due, due_text="年底前",
        due_source="text", state=state,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("days_past", "expected"),
    [
        (0, [("task_due_soon", "yellow")]),  # due today: not yet overdue
        (1, [("task_overdue", "orange")]),
        (30, [("task_overdue", "orange")]),  # at red_after_days
        (31, [("task_overdue", "red")]),
    ],
)
def test_task_overdue_threshold(days_past: int, expected: list[object]) -> None:
    inputs = RuleInputs(at=AT, tasks=[_task(TODAY - timedelta(days=days_past))])
    assert _kinds(inputs) == expected


@pytest.mark.parametrize(("days_left", "raised"), [(13, True), (14, True), (15, False)])
def test_task_due_soon_threshold(days_left: int, raised: bool) -> None:
    inputs = RuleInputs(at=AT, tasks=[_task(TODAY + timedelta(days=days_left))])
    assert _kinds(inputs) == ([("task_due_soon", "yellow")] if raised else [])


@pytest.mark.parametrize("state", [TaskState.done, TaskState.done_late, TaskState.cancelled])
def test_finished_tasks_raise_nothing(state: TaskState) -> None:
    inputs = RuleInputs(at=AT, tasks=[_task(TODAY - timedelta(days=40), state), _task(None)])
    assert _kinds(inputs) == []


def test_progress_late() -> None:
    late = LateDepartment("市财政局", "2024M06", date(2024, 7, 5), 2, None)
    [finding] = evaluate(RuleInputs(at=AT, late=[late]), DEFAULT_RULES)
    assert (finding.kind, finding.severity, finding.department) == (
        WarningKind.progress_late, Severity.yellow, "市财政局"
    )  # fmt: skip
    assert finding.evidence["round"] == "2024M06"


def _report(submitted: bool, state: str = "open", due: date = date(2024, 6, 30)) -> ReportStatus:
    return ReportStatus("mch", "妇幼月报", "市卫健委", "a1", "甲一街道", "2024M05", due,
                        submitted, state)  # fmt: skip


def test_report_missing() -> None:
    assert _kinds(RuleInputs(at=AT, reports=[_report(False)])) == [("report_missing", "yellow")]
    assert _kinds(RuleInputs(at=AT, reports=[_report(True)])) == []


# approval is due 10 days after the report's own due date: day 10 is still in time
@pytest.mark.parametrize(("past", "raised"), [(9, False), (10, False), (11, True)])
def test_report_unapproved_threshold(past: int, raised: bool) -> None:
    due = TODAY - timedelta(days=past)
    found = _kinds(RuleInputs(at=AT, reports=[_report(True, "submitted", due)]))
    assert found == ([("report_unapproved", "yellow")] if raised else [])


def test_approved_reports_raise_nothing() -> None:
    due = TODAY - timedelta(days=40)
    assert _kinds(RuleInputs(at=AT, reports=[_report(True, "approved", due)])) == []


@pytest.mark.parametrize(
    ("reported", "expected"),
    [
        (91, []),
        (90, []),  # at the threshold 0.9
        (89, [("completeness_low", "orange")]),
        (60, [("completeness_low", "orange")]),  # at the red threshold 0.6
        (59, [("completeness_low", "red")]),
    ],
)
def test_completeness_threshold(reported: int, expected: list[object]) -> None:
    unit = UnitCompleteness("mch", "妇幼月报", "市卫健委", "A", "甲区", "2024M05", 100, reported)
    assert _kinds(RuleInputs(at=AT, completeness=[unit])) == expected


@pytest.mark.parametrize(("seconds", "raised"), [(-1, True), (0, False), (1, False)])
def test_signal_unverified_threshold(seconds: int, raised: bool) -> None:
    signal = SignalDue(7, "流感", "A", date(2024, 7, 8), AT + timedelta(seconds=seconds))
    found = _kinds(
        RuleInputs(at=AT, signals=[signal]), _rules(signal_unverified={"department": "市疾控中心"})
    )
    assert found == ([("signal_unverified", "red")] if raised else [])


def test_disabled_rules_raise_nothing() -> None:
    rules = _rules(task_overdue={"enabled": False}, task_due_soon={"enabled": False})
    assert _kinds(RuleInputs(at=AT, tasks=[_task(TODAY - timedelta(days=5))]), rules) == []


def test_rules_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "warnings.yaml"
    path.write_text(
        "task_overdue:\n  severity: 红\n  red_after_days: 5\n"
        "notifications:\n  departments:\n    市财政局:\n      email: [caizheng@example.org]\n",
        encoding="utf-8",
    )
    rules = load_rules(path)
    assert rules.task_overdue.severity is Severity.red and rules.task_overdue.red_after_days == 5
    assert rules.target_behind == DEFAULT_RULES.target_behind  # the rest stays default
    assert rules.notifications.recipients("市财政局").email == ["caizheng@example.org"]
    assert rules.notifications.recipients("市卫健委").email == []


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("task_overdue:\n  severity: 紫\n", "task_overdue.severity"),
        ("target_behind:\n  severity:\n    late: 红\n", "target_behind.severity"),
        ("task_due_soon:\n  within_days: -1\n", "task_due_soon.within_days"),
        ("no_such_rule: {}\n", "no_such_rule"),
    ],
)
def test_bad_rules_files_name_the_field(tmp_path, text: str, field: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "warnings.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_rules(path)
    assert refused.value.problems[0].file == "warnings.yaml"
    assert refused.value.problems[0].field == field


def test_forecast_warning_prints_the_figures_as_published() -> None:
    row = _row("on_schedule", likelihood=0.1)
    row.forecast, row.forecast_display, row.target_display = 86.20498649826672, "86.2", "≥90.0"
    (found,) = evaluate(
        RuleInputs(at=AT, assessments=[AssessmentReport(TODAY, [row])]),
        _rules(target_behind={"enabled": False}),
    )
    assert "86.2" in found.message and "≥90.0" in found.message
    assert "86.20" not in found.message  # not past the indicator's precision
    assert found.evidence["forecast"] == 86.20498649826672  # the figure itself kept
