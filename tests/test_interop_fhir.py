"""FHIR R4 export: a Measure per indicator, a MeasureReport per indicator value and per
target judgement, validated by the fhir.resources models (R4B package: Measure and
MeasureReport as in R4)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.measure import Measure
from fhir.resources.R4B.measurereport import MeasureReport

from collection_helpers import small_city
from healthplan.collection import RawValue, import_values
from healthplan.errors import InputError
from healthplan.interop import export_fhir
from healthplan.model import Period, Plan, PlanKind, ReviewStatus, Target
from healthplan.plans import save_plan
from healthplan.store import Workspace

ROWS = [("a1", "2024M01", 9, 10), ("a2", "2024M01", 45, 90), ("a1", "2024M02", 18, 20)]


def _city(ws: Workspace, folder: Path) -> None:
    small_city(ws, folder)
    raw = [
        RawValue(element, month, unit, value)
        for unit, month, visits, births in ROWS
        for element, value in (("visits", visits), ("births", births))
    ]
    import_values(ws, raw, received_at=datetime(2024, 3, 5, tzinfo=UTC))
    save_plan(
        ws,
        Plan(
            title="2024年工作要点",
            kind=PlanKind.annual,
            period=Period.parse("2024"),
            org_unit_code="C",
            targets=[
                Target(
                    indicator_text="访视率",
                    indicator_code="visit_rate",
                    comparator=">=",
                    value=70.0,
                    deadline=2024,
                    departments=["妇幼健康科"],
                    status=ReviewStatus.confirmed,
                )
            ],
        ),
    )


def _resources(bundle: dict, kind: str) -> list[dict]:  # type: ignore[type-arg]
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_bundle_validates_and_carries_values_and_judgements(ws: Workspace, tmp_path: Path) -> None:
    _city(ws, tmp_path)
    result = export_fhir(
        ws, tmp_path / "bundle.json", indicators=["visit_rate"], as_of=date(2024, 2, 29)
    )
    bundle = json.loads((tmp_path / "bundle.json").read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    [measure] = _resources(bundle, "Measure")
    Measure.model_validate(measure)
    assert measure["identifier"][0]["value"] == "visit_rate"
    assert measure["scoring"]["coding"][0]["code"] == "proportion"
    assert [p["criteria"]["expression"] for p in measure["group"][0]["population"]] == [
        "#{visits}",
        "#{births}",
    ]
    reports = _resources(bundle, "MeasureReport")
    assert len(reports) == result.reports + result.judgements
    for report in reports:
        MeasureReport.model_validate(report)
    by_key = {
        (r["subject"]["identifier"]["value"], r["period"].get("start"), r["period"]["end"]): r
        for r in reports
        if "identifier" not in r
    }
    district = by_key[("A", "2024-01-01", "2024-01-31")]  # January
    assert district["group"][0]["measureScore"]["value"] == pytest.approx(54)  # (9+45)/(10+90)
    counts = {
        p["code"]["coding"][0]["code"]: p["count"] for p in district["group"][0]["population"]
    }
    assert counts == {"numerator": 54, "denominator": 100}
    judgements = [r for r in reports if "identifier" in r]
    assert judgements and result.judgements == len(judgements)
    city = next(j for j in judgements if j["subject"]["identifier"]["value"] == "C")
    extensions = {e["url"].rsplit(":", 1)[-1]: e for e in city["extension"]}
    assert extensions["target-value"]["valueDecimal"] == 70.0
    assert extensions["status"]["valueCode"] in {"met", "on_schedule", "behind", "far_behind"}
    assert city["date"] == "2024-02-29"


def test_unknown_indicator_is_refused(ws: Workspace, tmp_path: Path) -> None:
    _city(ws, tmp_path)
    with pytest.raises(InputError, match="nope"):
        export_fhir(ws, indicators=["nope"])


def test_an_invalid_resource_is_caught(ws: Workspace, tmp_path: Path) -> None:
    """The validation is real: a report without its required status is refused."""
    from healthplan.interop.fhir import measure_bundle, validate_bundle

    _city(ws, tmp_path)
    bundle, *_ = measure_bundle(ws, indicators=["visit_rate"], judgements=False)
    del bundle["entry"][1]["resource"]["status"]
    with pytest.raises(InputError, match="FHIR"):
        validate_bundle(bundle)
