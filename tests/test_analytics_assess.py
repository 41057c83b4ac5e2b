"""Target assessment: 序时进度, statuses, cumulative counts, forecast, ranking with ties."""

from datetime import date

import pytest

from assessment_helpers import row_of, save_targets
from collection_helpers import small_city
from healthplan.analytics import Status, assess
from healthplan.analytics.forecast import forecast, likelihood
from healthplan.analytics.ranking import competition_ranks
from healthplan.collection import get_data_set, save_data_set
from healthplan.errors import InputError
from healthplan.model import (
    Department,
    Task,
)
from healthplan.store import save_departments
from test_analytics_compute import _load

AS_OF = date(2024, 3, 31)
ELAPSED = 3 / 12  # whole months of data (January to March) over the year


def test_statuses_and_expected_progress(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _load(ws, tmp_path)
    save_departments(
        ws,
        [Department(code="mch", name="妇幼健康科"), Department(code="old", name="老龄健康科")],
    )
    save_targets(
        ws,
        [
            dict(
                indicator_code="visit_rate",
                comparator=">=",
                value=70.0,
                baseline_value=50.0,
                baseline_year=2023,
            ),
            dict(indicator_code="visit_rate", comparator=">=", value=65.0),
            dict(indicator_code="visit_rate", comparator=">=", value=60.0),
            dict(indicator_code="visit_rate", comparator=">=", value=90.0),
            dict(
                indicator_code="births_total",
                comparator=">=",
                value=400.0,
                cumulative=True,
                departments=["老龄健康科"],
            ),
        ],
        deadline=2024,
    )
    report = assess(ws, as_of=AS_OF)

    def status(unit: str, indicator: str, target: float) -> Status:
        return row_of(report, unit, indicator_code=indicator, target=target).status

    paced = row_of(report, "C", indicator_code="visit_rate", target=70.0)
    assert paced.actual == pytest.approx(64.2)  # 77/120 at the published precision
    assert paced.expected == pytest.approx(50 + 20 * ELAPSED)  # 序时进度
    assert paced.status is Status.on_schedule
    assert status("B", "visit_rate", 70.0) is Status.no_data  # no births
    assert status("C", "visit_rate", 65.0) is Status.behind  # 1.3 % short
    assert status("C", "visit_rate", 60.0) is Status.met
    assert status("A", "visit_rate", 60.0) is Status.met  # exactly 60
    far = row_of(report, "C", indicator_code="visit_rate", target=90.0)
    assert far.status is Status.far_behind and far.gap == pytest.approx(64.2 - 90)
    count = row_of(report, "C", indicator_code="births_total", target=400.0)
    assert count.actual == 120 and count.expected == pytest.approx(400 * ELAPSED)
    assert count.status is Status.on_schedule and count.departments == ["老龄健康科"]
    # a count target split over A and B
    share = row_of(report, "A", indicator_code="births_total", target=200.0)
    other = row_of(report, "B", indicator_code="births_total", target=200.0)
    assert share.actual == 120 and share.status is Status.on_schedule
    assert other.status is Status.far_behind
    assert share.rank == 1 and other.rank == 2
    departments = {name: (rank, good, total) for rank, name, good, total in report.departments}
    assert departments["老龄健康科"] == (1, 1, 1)
    assert departments["妇幼健康科"][1:] == (2, 4)


def test_assessment_at_a_district(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _load(ws, tmp_path)
    save_targets(
        ws, [dict(indicator_code="visit_rate", comparator=">=", value=60.0)], deadline=2024
    )
    report = assess(ws, as_of=date(2024, 1, 31), org_unit="A")
    assert [r.org_unit for r in report.rows] == ["A", "a1", "a2"]
    assert [r.rank for r in report.rows] == [None, 1, 2]
    assert report.rows[0].actual == pytest.approx(54)  # January only


def test_no_targets_gives_empty_report(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    assert assess(ws, as_of=AS_OF).rows == []


def test_ties_share_a_rank() -> None:
    assert competition_ranks([3, 5, 5, 1]) == [3, 1, 1, 4]
    assert competition_ranks([0.1 + 0.2, 0.3]) == [1, 1]


def test_recency_weighted_forecast() -> None:
    line = forecast([0, 1, 2, 3], [10, 12, 14, 16], 11)
    assert line is not None and line.value == pytest.approx(32)
    assert likelihood(line, 30, True) == 1.0 and likelihood(line, 30, False) == 0.0
    noisy = forecast([0, 1, 2, 3, 4, 5], [10, 14, 11, 15, 13, 17], 11)
    assert noisy is not None and 0 < likelihood(noisy, noisy.value, True) < 1
    # recent points weigh more: a late turn moves the forecast more than an early one
    late = forecast([0, 1, 2, 3, 4], [10, 10, 10, 10, 14], 10)
    early = forecast([0, 1, 2, 3, 4], [14, 10, 10, 10, 10], 10)
    assert late is not None and early is not None
    assert abs(late.value - 10) > abs(early.value - 10)
    assert forecast([0, 1], [1, 2], 5) is None


def test_responsible_departments_from_the_register(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _load(ws, tmp_path)
    task = Task(
        title="访视",
        text="做好新生儿访视",
        departments=["妇幼科"],
        lead_department="市卫健委",
        target_ids=[0],  # the first target below
    )
    ids = save_targets(
        ws,
        [
            dict(indicator_code="visit_rate", comparator=">=", value=60.0, departments=[]),
            dict(indicator_code="births_total", comparator=">=", value=1.0, departments=[]),
        ],
        tasks=[task],
        deadline=2024,
    )
    first, second = sorted(ids)
    save_departments(
        ws,
        [
            Department(code="hc", name="市卫生健康委员会", aliases=["市卫健委"]),
            Department(code="mch", name="妇幼健康科", aliases=["妇幼科"]),
        ],
    )
    data_set = get_data_set(ws, "mch")
    save_data_set(ws, data_set.model_copy(update={"department_code": "mch"}))
    report = assess(ws, as_of=AS_OF)
    by_target = {r.target_id: r.departments for r in report.rows if r.org_unit == "C"}
    assert by_target[first] == ["市卫生健康委员会", "妇幼健康科"]  # from the task, lead first
    assert by_target[second] == []  # the department collecting 活产数 is not made responsible


def test_relative_target_needs_a_baseline(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _load(ws, tmp_path)
    save_targets(
        ws,
        [
            dict(indicator_code="visit_rate", comparator="increase_by", value=5.0),
            dict(
                indicator_code="visit_rate",
                comparator="increase_by",
                value=5.0,
                baseline_value=60.0,
                baseline_year=2023,
            ),
        ],
        deadline=2024,
    )
    rows = [r for r in assess(ws, as_of=AS_OF).rows if r.org_unit == "C"]
    assert rows[0].status is Status.no_baseline and rows[0].actual is not None
    assert rows[1].target == 65 and rows[1].expected == pytest.approx(60 + 5 * ELAPSED)
    assert rows[1].status is Status.on_schedule  # 64.2 is past 序时进度 61.2


def test_tolerances_per_installation(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """assessment.yaml in the workspace folder sets where 滞后 ends."""
    _load(ws, tmp_path)
    save_departments(ws, [Department(code="mch", name="妇幼健康科")])
    save_targets(
        ws, [dict(indicator_code="visit_rate", comparator=">=", value=65.0)], deadline=2024
    )
    assert (
        row_of(assess(ws, as_of=AS_OF), indicator_code="visit_rate", target=65.0).status
        is Status.behind
    )
    (tmp_path / "assessment.yaml").write_text("of_target: 0.001\n", encoding="utf-8")
    assert (
        row_of(assess(ws, as_of=AS_OF), indicator_code="visit_rate", target=65.0).status
        is Status.far_behind
    )
    (tmp_path / "assessment.yaml").write_text("of_target: [1\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"assessment\.yaml"):
        assess(ws, as_of=AS_OF)
