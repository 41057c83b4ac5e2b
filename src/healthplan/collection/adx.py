"""ADX (IHE QRPH mADX, ``urn:ihe:qrph:adx:2015``), the aggregate data exchange DHIS2 reads
and writes: ``<group orgUnit period dataSet>`` elements holding ``<dataValue dataElement
value>``, periods as ISO 8601 ``start/duration`` (``2024-03-01/P1M``), disaggregations as
extra attributes (``SEX="F"``) or a ``categoryOptionCombo`` attribute, comments as
``<annotation>``. Ids are codes unless a scheme says otherwise (ADX's default, as in DHIS2).

Several disaggregation attributes make one healthplan category: their options joined by
``", "`` in the order written. healthplan writes a category back as ``categoryOptionCombo``,
which DHIS2 reads in preference to exploded dimensions."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from healthplan.collection.dhis2 import (
    DEFAULT_COMBO_UID,
    local_name,
    parse_xml,
    raw_values,
    value_fields,
)
from healthplan.collection.value_files import ExportedValue, ValueFile, first_text
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import DEFAULT_CATEGORY, Period, PeriodType
from healthplan.store import Workspace

ADX_NAMESPACE = "urn:ihe:qrph:adx:2015"

# ISO 8601 duration of each period type (plan periods: P<n>Y).
DURATIONS: dict[PeriodType, str] = {
    PeriodType.day: "P1D",
    PeriodType.week: "P7D",
    PeriodType.week_wednesday: "P7D",
    PeriodType.week_thursday: "P7D",
    PeriodType.week_saturday: "P7D",
    PeriodType.week_sunday: "P7D",
    PeriodType.bi_week: "P14D",
    PeriodType.month: "P1M",
    PeriodType.bi_month: "P2M",
    PeriodType.quarter: "P3M",
    PeriodType.half_year: "P6M",
    PeriodType.six_month_april: "P6M",
    PeriodType.six_month_nov: "P6M",
    PeriodType.year: "P1Y",
    PeriodType.financial_april: "P1Y",
    PeriodType.financial_july: "P1Y",
    PeriodType.financial_oct: "P1Y",
    PeriodType.financial_nov: "P1Y",
}
# dataValue attributes that are not disaggregations (DHIS2 passes DXF attributes through).
_NOT_CATEGORIES = {
    "dataElement",
    "value",
    "categoryOptionCombo",
    "attributeOptionCombo",
    "storedBy",
    "created",
    "lastUpdated",
    "comment",
    "followup",
    "deleted",
}


def adx_period(period: Period) -> str:
    """``2024-03-01/P1M`` for 2024M03."""
    if period.type is PeriodType.plan:
        duration = f"P{period.end_year - period.year + 1}Y"
    else:
        duration = DURATIONS[period.type]
    return f"{period.start.isoformat()}/{duration}"


def parse_adx_period(text: str) -> Period:
    """The period an ADX ``start/duration`` names; :class:`ValueError` if none does."""
    start_text, _, duration = text.strip().partition("/")
    start = date.fromisoformat(start_text[:10])
    for kind, length in DURATIONS.items():
        if length == duration:
            period = Period.containing(kind, start)
            if period.start == start:
                return period
    if duration.startswith("P") and duration.endswith("Y") and start.month == start.day == 1:
        years = int(duration[1:-1])
        return Period(type=PeriodType.plan, year=start.year, end_year=start.year + years - 1)
    raise ValueError(text)


def is_adx(path: Path) -> bool:
    return ADX_NAMESPACE in first_text(path)[:2000] or "<adx" in first_text(path)[:2000]


def read_adx(path: Path, ws: Workspace) -> ValueFile:
    root = parse_xml(path)
    if local_name(root) != "adx":
        raise InputError([Problem(path.name, t("not an ADX message"))])
    items: list[tuple[int, dict[str, Any]]] = []
    problems: list[Problem] = []
    data_sets: set[str] = set()
    for group in (g for g in root if local_name(g) == "group"):
        line = group.sourceline or 0
        attributes = dict(group.attrib)
        if attributes.get("dataSet"):
            data_sets.add(attributes["dataSet"])
        try:
            period = parse_adx_period(attributes.get("period", "")).id
        except ValueError:
            problems.append(
                Problem(
                    path.name,
                    t("not a period: {text}", text=attributes.get("period", "")),
                    line,
                    "period",
                )
            )
            continue
        for element in (e for e in group if local_name(e) == "dataValue"):
            fields = dict(element.attrib)
            dimensions = [v for k, v in fields.items() if k not in _NOT_CATEGORIES]
            if "categoryOptionCombo" not in fields and dimensions:
                fields["categoryOptionCombo"] = ", ".join(dimensions)
            notes = [a.text or "" for a in element if local_name(a) == "annotation"]
            if notes and "comment" not in fields:
                fields["comment"] = notes[0]
            fields.update(period=period, orgUnit=attributes.get("orgUnit", ""))
            if "attributeOptionCombo" in attributes:
                fields.setdefault("attributeOptionCombo", attributes["attributeOptionCombo"])
            items.append((element.sourceline or line, fields))
    values, missing = raw_values(items, {}, path.name)
    data_set = next(iter(data_sets)) if len(data_sets) == 1 else None
    return ValueFile(values, data_set, problems + missing)


def write_adx(values: list[ExportedValue], data_set: str | None) -> bytes:
    root = etree.Element("adx", nsmap={None: ADX_NAMESPACE})
    root.set(
        "exported", datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    )
    groups: dict[tuple[str, str, str], list[ExportedValue]] = defaultdict(list)
    for v in values:
        groups[(v.org_unit, v.period, v.attribute)].append(v)
    for (org_unit, period, attribute), members in groups.items():
        group = etree.SubElement(root, "group")
        group.set("orgUnit", org_unit)
        group.set("period", adx_period(Period.parse(period)))
        if data_set:
            group.set("dataSet", data_set)
        if attribute not in (DEFAULT_CATEGORY, DEFAULT_COMBO_UID):
            group.set("attributeOptionCombo", attribute)
        for v in members:
            fields = value_fields(v)
            element = etree.SubElement(group, "dataValue")
            element.set("dataElement", v.data_element)
            if v.category not in (DEFAULT_CATEGORY, DEFAULT_COMBO_UID):
                element.set("categoryOptionCombo", v.category)
            element.set("value", fields["value"])
            if v.comment:
                etree.SubElement(element, "annotation").text = v.comment
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
