"""The demo's assessment read as a bulletin reader would: no printed figure contradicts the
status beside it, no fragment or duplicate department, every department from the ledger."""

from __future__ import annotations

from datetime import date

import pytest

from healthplan.analytics import Assessment, Status, compute
from healthplan.extraction import DepartmentDirectory, is_collective
from healthplan.model import Period, PeriodType
from healthplan.plans import plan_of_record
from healthplan.store import list_departments


def _number(text: str) -> float:
    return float(text.lstrip("≥≤<>=").split("–")[0])


def _meets(row: Assessment) -> bool:
    """Whether the printed actual meets the printed target."""
    actual, target = _number(row.actual_display), _number(row.target_display)
    sign = row.target_display[0]
    if sign == "≥" or (sign == "=" and row.measure == "count"):
        return actual >= target
    if sign == "≤":
        return actual <= target
    if sign == ">":
        return actual > target
    if sign == "<":
        return actual < target
    return actual == target


def _ahead(row: Assessment) -> bool:
    """Whether the printed actual is at or past the printed 序时进度."""
    actual, expected = _number(row.actual_display), _number(row.expected_display)
    lower = row.target_display[0] in "≤<"
    return actual <= expected if lower else actual >= expected


def contradictions(rows: list[Assessment]) -> list[str]:
    found = []
    for row in rows:
        if row.actual is None or row.target is None or row.status is Status.no_data:
            continue
        where = f"{row.target_id} {row.org_unit_name} {row.actual_display} {row.target_display}"
        if (row.status is Status.met) != _meets(row) and row.units_met is None:
            found.append(f"{where} {row.status}")
        progressing = row.status in (Status.on_schedule, Status.behind, Status.far_behind)
        if progressing and (row.status is Status.on_schedule) != _ahead(row):
            found.append(f"{where} {row.expected_display} {row.status}")
        if row.final and (row.forecast is not None or row.expected is not None):
            found.append(f"{where}: a forecast or 序时进度 beside a final status")
    return found


@pytest.fixture(scope="module")
def demo_report(demo_copy):  # type: ignore[no-untyped-def]
    ws, summary = demo_copy(seed=3)  # the seed of the other demo tests: one build for all
    assert summary.monitoring is not None
    return ws, summary.monitoring.report


def test_demo_assessment_reads_true(demo_report) -> None:  # type: ignore[no-untyped-def]
    ws, report = demo_report
    # the default as-of is the end of the latest month every assessed unit has reported
    latest: dict[str, date] = {}
    codes = {r.indicator_code for r in report.rows}
    for value in compute(ws, indicators=codes, org_units={r.org_unit for r in report.rows}).values:
        period = Period.parse(value.period)
        if value.numerator is not None and period.type is PeriodType.month:
            latest[value.org_unit] = max(latest.get(value.org_unit, date.min), period.end)
    assert report.as_of == min(latest.values()) and report.as_of_from_data
    for row in report.rows:
        assert row.data_through is None or Period.parse(row.data_through).end <= report.as_of
    assert report.rows and not contradictions(report.rows)
    directory = DepartmentDirectory(list_departments(ws))
    ledger = {tg.id: tg.departments for _, tg in plan_of_record(ws, include_drafts=True)}
    for row in report.rows:
        assert row.departments == ledger[row.target_id]
        assert len(set(row.departments)) == len(row.departments)
        for name in row.departments:
            assert directory.resolve(name) is not None or is_collective(name), name
    ranked = [name for _, name, _, _ in report.departments]
    assert len(set(ranked)) == len(ranked)
    assert not any(is_collective(n) or n.startswith("各") for n in ranked)


def test_the_checker_sees_a_contradiction(demo_report) -> None:  # type: ignore[no-untyped-def]
    _, report = demo_report
    row = next(r for r in report.rows if r.status is Status.met and r.units_met is None)
    wrong = Assessment(**{**row.__dict__, "status": Status.behind})
    assert contradictions([wrong])
