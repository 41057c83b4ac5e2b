"""Indicator values and target judgements as HL7 FHIR R4 resources: a ``Bundle``
(collection) of one ``Measure`` per indicator (scoring, improvement notation, numerator and
denominator formulas) and ``MeasureReport``\\ s (summary, complete) — one per indicator, org
unit and period with the numerator and denominator counts and the measure score, and one per
target judgement (目标研判) at its date, the target, 序时进度 expectation and status in
extensions.

Every resource is validated by the ``fhir.resources`` models before it is written. Those
models are generated from the FHIR specification; healthplan uses their R4B package, whose
Measure and MeasureReport are R4's unchanged (R4B changed other resources only)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from healthplan.analytics import Assessment, IndicatorValue, assess, compute
from healthplan.collection import list_indicators
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import Direction, Indicator, Period
from healthplan.store import Workspace, list_orgunits

FHIR_VERSION = "4.0.1"
# Identifier systems and extensions of this installation (URNs: no server to resolve them).
INDICATOR_SYSTEM = "urn:healthplan:indicator"
ORG_UNIT_SYSTEM = "urn:healthplan:org-unit"
TARGET_SYSTEM = "urn:healthplan:target"
EXTENSION = "urn:healthplan:fhir:extension:"
MEASURE_URL = "urn:healthplan:fhir:Measure/"
_POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population"
_SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring"
_IMPROVEMENT = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation"


@dataclass(frozen=True)
class FhirExport:
    measures: int
    reports: int
    judgements: int
    content: bytes
    path: Path | None


def _id(*parts: str) -> str:
    """A FHIR resource id ([A-Za-z0-9-.]{1,64}) made of ``parts``."""
    text = "-".join(re.sub(r"[^A-Za-z0-9.]+", ".", p).strip(".") for p in parts)
    return text[:64] or "x"


def _coding(system: str, code: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


def _measure(indicator: Indicator) -> dict[str, Any]:
    populations = [
        {
            "code": _coding(_POPULATION, name),
            "criteria": {"language": "text/x-healthplan-formula", "expression": formula},
        }
        for name, formula in (
            ("numerator", indicator.numerator),
            ("denominator", indicator.denominator),
        )
        if formula
    ]
    scoring = (
        "cohort"
        if not indicator.denominator
        else "proportion"
        if indicator.multiplier in (1, 100, 1000)
        else "ratio"
    )
    higher = indicator.direction is Direction.higher_is_better
    measure: dict[str, Any] = {
        "resourceType": "Measure",
        "id": _id("indicator", indicator.code),
        "url": MEASURE_URL + indicator.code,
        "identifier": [{"system": INDICATOR_SYSTEM, "value": indicator.code}],
        "name": _id(indicator.code).replace("-", "_").replace(".", "_"),
        "title": indicator.name,
        "status": "active",
        "scoring": _coding(_SCORING, scoring),
        "improvementNotation": _coding(_IMPROVEMENT, "increase" if higher else "decrease"),
        "group": [{"population": populations}] if populations else [],
    }
    if indicator.unit or indicator.multiplier != 1:
        measure["description"] = f"× {indicator.multiplier:g} {indicator.unit}".strip()
    return measure


def _subject(code: str, names: dict[str, str]) -> dict[str, Any]:
    return {
        "identifier": {"system": ORG_UNIT_SYSTEM, "value": code},
        "display": names.get(code, code),
    }


def _count(name: str, value: float | None) -> list[dict[str, Any]]:
    # population.count is an integer; a non-integral sum stays in the score only.
    if value is None or not float(value).is_integer():
        return []
    return [{"code": _coding(_POPULATION, name), "count": int(value)}]


def _score(value: float | None, unit: str) -> dict[str, Any]:
    if value is None:
        return {}
    score: dict[str, Any] = {"value": round(value, 10)}
    if unit:
        score["unit"] = unit
    return {"measureScore": score}


def _value_report(v: IndicatorValue, indicator: Indicator, names: dict[str, str]) -> dict[str, Any]:
    period = Period.parse(v.period)
    return {
        "resourceType": "MeasureReport",
        "id": _id("value", v.indicator, v.org_unit, period.id),
        "status": "complete",
        "type": "summary",
        "measure": MEASURE_URL + v.indicator,
        "subject": _subject(v.org_unit, names),
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "group": [
            {
                "population": _count("numerator", v.numerator)
                + _count("denominator", v.denominator),
                **_score(v.value, indicator.unit),
            }
        ],
    }


def _extension(name: str, value: Any, kind: str) -> list[dict[str, Any]]:
    return [] if value is None else [{"url": EXTENSION + name, kind: value}]


def _judgement_report(a: Assessment, names: dict[str, str]) -> dict[str, Any]:
    return {
        "resourceType": "MeasureReport",
        "id": _id("target", str(a.target_id), a.org_unit, a.as_of.isoformat()),
        "identifier": [{"system": TARGET_SYSTEM, "value": str(a.target_id)}],
        "status": "complete",
        "type": "summary",
        "measure": MEASURE_URL + a.indicator_code,
        "subject": _subject(a.org_unit, names),
        "date": a.as_of.isoformat(),
        "period": {"end": a.as_of.isoformat()},
        "extension": [
            *_extension("plan", a.plan, "valueString"),
            *_extension("target-comparator", a.comparator, "valueCode"),
            *_extension("target-value", a.target, "valueDecimal"),
            *_extension("baseline-value", a.baseline, "valueDecimal"),
            *_extension("expected-value", a.expected, "valueDecimal"),
            *_extension(
                "elapsed-fraction",
                None if a.elapsed is None else round(a.elapsed, 6),
                "valueDecimal",
            ),
            *_extension("status", a.status.value, "valueCode"),
            *_extension("forecast", a.forecast, "valueDecimal"),
        ],
        "group": [_score(a.actual, a.unit)],
    }


def measure_bundle(
    ws: Workspace,
    *,
    indicators: Iterable[str] | None = None,
    org_units: Iterable[str] | None = None,
    periods: Iterable[str] | None = None,
    as_of: date | None = None,
    judgements: bool = True,
) -> tuple[dict[str, Any], int, int, int]:
    """The Bundle (as JSON data), and how many Measures, value reports and judgement
    reports it holds."""
    catalog = list_indicators(ws)
    wanted = list(indicators) if indicators is not None else None
    unknown = [code for code in wanted or [] if code not in catalog]
    if unknown:
        raise InputError(
            [Problem("--indicator", t("unknown indicator {code}", code=code)) for code in unknown]
        )
    names = {u.code: u.name for u in list_orgunits(ws)}
    values = [
        v for v in compute(ws, indicators=wanted, org_units=org_units, periods=periods).values
    ]
    assessed = (
        [
            a
            for a in assess(ws, as_of=as_of).rows
            if a.indicator_code in catalog and (wanted is None or a.indicator_code in wanted)
        ]
        if judgements
        else []
    )
    used = sorted({v.indicator for v in values} | {a.indicator_code for a in assessed})
    resources = [_measure(catalog[code]) for code in used]
    resources += [_value_report(v, catalog[v.indicator], names) for v in values]
    resources += [_judgement_report(a, names) for a in assessed]
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"fullUrl": f"urn:healthplan:fhir:{r['resourceType']}/{r['id']}", "resource": r}
            for r in resources
        ],
    }
    return bundle, len(used), len(values), len(assessed)


def validate_bundle(bundle: dict[str, Any]) -> None:
    """Raise :class:`InputError` if the FHIR models refuse the bundle (a defect here). Each
    resource is checked on its own, so that thousands of reports are never all held as
    models at once; the bundle around them is checked with its first entry."""
    from fhir.resources.R4B.bundle import Bundle  # heavy: loaded only to export
    from fhir.resources.R4B.measure import Measure
    from fhir.resources.R4B.measurereport import MeasureReport
    from pydantic import ValidationError

    models: dict[str, Any] = {"Measure": Measure, "MeasureReport": MeasureReport}
    try:
        Bundle.model_validate({**bundle, "entry": bundle["entry"][:1]})
        for entry in bundle["entry"]:
            models[entry["resource"]["resourceType"]].model_validate(entry["resource"])
    except ValidationError as error:
        raise InputError(
            [Problem("FHIR", t("not a valid FHIR resource: {e}", e=error.errors()[0]))]
        ) from error


def export_fhir(
    ws: Workspace,
    out: str | Path | None = None,
    *,
    indicators: Iterable[str] | None = None,
    org_units: Iterable[str] | None = None,
    periods: Iterable[str] | None = None,
    as_of: date | None = None,
    judgements: bool = True,
) -> FhirExport:
    """Indicator values (and, ``judgements``, target judgements at ``as_of``) as a FHIR R4
    Bundle of Measures and MeasureReports, validated, written to ``out`` if given."""
    bundle, measures, reports, judged = measure_bundle(
        ws,
        indicators=indicators,
        org_units=org_units,
        periods=periods,
        as_of=as_of,
        judgements=judgements,
    )
    validate_bundle(bundle)
    content = json.dumps(bundle, ensure_ascii=False, indent=2).encode("utf-8")
    target = Path(out) if out is not None else None
    if target is not None:
        target.write_bytes(content)
    return FhirExport(measures, reports, judged, content, target)
