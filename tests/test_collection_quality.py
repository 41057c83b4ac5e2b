"""Quality: validation rules, ranges, outliers, completeness and timeliness."""

from datetime import UTC, datetime

from collection_helpers import small_city
from healthplan.collection import RawValue, import_values, save_data_elements
from healthplan.collection.quality import (
    CHANGE_THRESHOLD,
    MIN_CHANGE,
    QUALITY_CHECKS,
    QualityCheck,
    QualityContext,
    QualityFlag,
    completeness,
    outliers,
    quality_report,
    register_quality_check,
    validate_data,
)
from healthplan.collection.workflow import submit
from healthplan.model import DataElement


def test_rules_and_ranges(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    save_data_elements(
        ws,
        [
            DataElement(
                code="pop", name="常住人口数", aggregation="last", min_value=100, max_value=100_000
            )
        ],
    )
    import_values(
        ws,
        [
            RawValue("visits", "2024M01", "a1", 12),
            RawValue("births", "2024M01", "a1", 10),  # 12 visits > 10 births
            RawValue("visits", "2024M01", "a2", 8),
            RawValue("births", "2024M01", "a2", 10),
            RawValue("pop", "2024M01", "a2", 5),  # implausible population
        ],
    )
    flags = validate_data(ws, "mch", "2024")
    assert {(f.kind, f.org_unit) for f in flags} == {("rule", "a1"), ("range", "a2")}
    rule = next(f for f in flags if f.kind == "rule")
    assert rule.code == "visit_rate.num_le_den" and rule.period == "2024M01"


def test_outliers_against_history_peers_and_previous_period(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    history = [10, 11, 9, 10, 12, 10, 11, 9, 10, 11, 10]
    raw = [RawValue("births", f"2024M{m:02d}", "a1", v) for m, v in enumerate(history, 1)]
    raw.append(RawValue("births", "2024M12", "a1", 60))
    import_values(ws, raw)
    flags = outliers(ws, "mch", "2024M12")
    kinds = {f.kind for f in flags if f.org_unit == "a1"}
    assert {"history", "change"} <= kinds
    assert not outliers(ws, "mch", "2024M05")


def test_completeness_and_timeliness(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    on_time = datetime(2024, 2, 5, tzinfo=UTC)  # due 2024-02-10
    late = datetime(2024, 2, 20, tzinfo=UTC)
    import_values(ws, [RawValue("visits", "2024M01", "a1", 1)], received_at=on_time)
    import_values(ws, [RawValue("visits", "2024M01", "b1", 1)], received_at=late)
    import_values(ws, [RawValue("visits", "2024M02", "a1", 1)], received_at=late)
    submit(ws, "mch", "a1", "2024M02", at=datetime(2024, 3, 1, tzinfo=UTC))  # on time
    rates = {r.org_unit: r for r in completeness(ws, "mch", "2024Q1")}
    # 3 townships × 3 months expected; a1 reported Jan and Feb, b1 Jan, a2 nothing
    assert (rates["C"].expected, rates["C"].reported, rates["C"].on_time) == (9, 3, 2)
    assert (rates["A"].expected, rates["A"].reported, rates["A"].on_time) == (6, 2, 2)
    assert rates["b1"].completeness == 1 / 3 and rates["b1"].timeliness == 0
    assert rates["a2"].reported == 0


def test_quality_report_merges_rates_and_every_check(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    history = [10, 11, 9, 10, 12, 10, 11, 9, 10, 11, 10]
    raw = [RawValue("births", f"2024M{m:02d}", "a1", v) for m, v in enumerate(history, 1)]
    raw += [RawValue("births", "2024M12", "a1", 60), RawValue("visits", "2024M12", "a1", 70)]
    import_values(ws, raw)
    report = quality_report(ws, "mch", "2024M12")
    assert {r.org_unit for r in report.completeness} >= {"C", "a1", "a2", "b1"}
    rates = {r.org_unit: r for r in report.completeness}
    assert (rates["C"].expected, rates["C"].reported) == (3, 1)
    kinds = {f.kind for f in report.flags}
    assert {"rule", "history", "change"} <= kinds  # 70 visits > 60 births breaks the rule
    only = quality_report(ws, "mch", "2024M12", checks=["rule"])
    assert {f.kind for f in only.flags} == {"rule"}
    assert set(QUALITY_CHECKS) >= {"rule", "range", "history", "change", "peers"}


def test_a_registered_check_runs_in_the_report(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    import_values(
        ws, [RawValue("visits", "2024M03", "a1", 7), RawValue("visits", "2024M03", "a2", 8)]
    )

    def odd(context: QualityContext) -> list[QualityFlag]:
        return [
            QualityFlag("odd", code, ou, per, value, "odd")
            for (ou, per), found in context.values.items()
            for code, value in found.items()
            if value % 2
        ]

    register_quality_check(QualityCheck("odd", odd))
    try:
        flags = quality_report(ws, "mch", "2024Q1").flags
    finally:
        del QUALITY_CHECKS["odd"]
    assert [(f.kind, f.org_unit, f.period) for f in flags] == [("odd", "a1", "2024M03")]


def test_change_threshold_is_relative_and_absolute(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """+100 % but only 3 more is not flagged; +60 % and 6 more is; +40 % is not."""
    small_city(ws, tmp_path)
    import_values(
        ws,
        [
            RawValue("births", "2024M01", "a1", 3),
            RawValue("births", "2024M02", "a1", 6),
            RawValue("births", "2024M01", "a2", 10),
            RawValue("births", "2024M02", "a2", 16),
            RawValue("births", "2024M01", "b1", 20),
            RawValue("births", "2024M02", "b1", 28),
        ],
    )
    changed = [f.org_unit for f in outliers(ws, "mch", "2024M02") if f.kind == "change"]
    assert changed == ["a2"]
    assert MIN_CHANGE == 5 and CHANGE_THRESHOLD == 0.5
