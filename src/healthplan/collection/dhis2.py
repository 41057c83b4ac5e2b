"""DHIS2 ``dataValueSets`` without loss: JSON, XML (DXF 2) and CSV — every header spelling
DHIS2 writes (``catoptcombo``, ``attroptcombo``, ``strby``, ``lstupd``, ``timestamp``,
``cmt``, ``flwup``…) or none at all — read and written with the attribute option combo,
``storedBy``, ``created``, ``lastUpdated``, ``comment``, ``followup`` and ``deleted``.

Identifiers follow DHIS2's id schemes: ``uid``, ``code`` or ``name``, for all objects or per
kind (``dataElement=uid``), given on the command line or in the payload (``idScheme``,
``orgUnitIdScheme``… — the payload wins, as in DHIS2). UIDs and names are translated to
healthplan codes through the identifier mappings (:mod:`.id_mappings`) that
``metadata import`` builds from a DHIS2 metadata export. The default category option combo
(UID ``HllvX50cXC0``, code and name ``default``) is healthplan's ``default`` in every scheme.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from healthplan.collection.id_mappings import list_id_mappings
from healthplan.collection.tabular import decode_text
from healthplan.collection.value_files import ExportedValue, ValueFile, first_text, number_text
from healthplan.collection.values import RawValue, ValueImportSummary
from healthplan.collection.workflow import (
    ApprovalState,
    WorkflowError,
    approval_status,
    submit,
)
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import DEFAULT_CATEGORY, Period, PeriodError, PeriodType
from healthplan.model.cells import csv_row, read_csv_cell
from healthplan.store import Workspace, list_orgunits, parents

DEFAULT_COMBO_UID = "HllvX50cXC0"
DXF_NAMESPACE = "http://dhis2.org/schema/dxf/2.0"
ID_SCHEMES = ("uid", "code", "name", "attribute:ID")
ATTRIBUTE = "attribute:"  # scheme prefix: the value of a unique DHIS2 attribute (its UID after)
# The object kinds an id scheme applies to, with DHIS2's name for each (dataElementIdScheme…).
SCHEME_KINDS = {
    "data_element": "dataElement",
    "org_unit": "orgUnit",
    "category_option_combo": "categoryOptionCombo",
    "data_set": "dataSet",
}

# A data value's fields: DHIS2's JSON/XML names and every CSV header spelling it writes.
_FIELDS = {
    "dataelement": "data_element",
    "dataelelement": "data_element",  # sic: dhis2-core's own CSV fixture spells it so
    "de": "data_element",
    "period": "period",
    "pe": "period",
    "orgunit": "org_unit",
    "ou": "org_unit",
    "categoryoptioncombo": "category",
    "catoptcombo": "category",
    "coc": "category",
    "attributeoptioncombo": "attribute",
    "attroptcombo": "attribute",
    "aoc": "attribute",
    "value": "value",
    "storedby": "stored_by",
    "strby": "stored_by",
    "created": "created",
    "lastupdated": "last_updated",
    "lstupd": "last_updated",
    "timestamp": "last_updated",
    "comment": "comment",
    "cmt": "comment",
    "followup": "followup",
    "flwup": "followup",
    "deleted": "deleted",
}
# DHIS2 reads a CSV by position in this order (its first row, if a header, is skipped).
CSV_ORDER = [
    "data_element",
    "period",
    "org_unit",
    "category",
    "attribute",
    "value",
    "stored_by",
    "last_updated",
    "comment",
    "followup",
    "deleted",
]
CSV_HEADER = [
    "dataelement",
    "period",
    "orgunit",
    "categoryoptioncombo",
    "attributeoptioncombo",
    "value",
    "storedby",
    "created",
    "lastupdated",
    "comment",
    "followup",
    "deleted",
]
_SET_LEVEL = ("period", "org_unit", "attribute")  # a dataValueSet's defaults for its values


@dataclass(frozen=True)
class IdSchemes:
    """The id scheme of each object kind (:data:`SCHEME_KINDS`): uid, code or name."""

    schemes: dict[str, str] = field(default_factory=dict)
    default: str = "code"

    def of(self, kind: str) -> str:
        return self.schemes.get(kind, self.default)

    @classmethod
    def parse(cls, given: str | Sequence[str] | None, *, source: str = "--id-scheme") -> IdSchemes:
        """``uid``, or ``orgUnit=code`` / ``dataElement=uid`` … (several allowed)."""
        items = [given] if isinstance(given, str) else list(given or [])
        found = cls()
        for item in items:
            for part in str(item).split(","):
                kind, _, scheme = part.strip().rpartition("=")
                found = found._with(kind, scheme, source)
        return found

    @classmethod
    def from_payload(cls, attributes: dict[str, str], source: str) -> IdSchemes:
        """The schemes a dataValueSet names (``idScheme``, ``orgUnitIdScheme`` …)."""
        found = cls(default="")
        for key, value in attributes.items():
            if value:
                found = found._with(key[: -len("IdScheme")], value, source)
        return found

    def _with(self, kind: str, scheme: str, source: str) -> IdSchemes:
        scheme = scheme.strip()
        attribute = scheme.lower().startswith(ATTRIBUTE) and len(scheme) > len(ATTRIBUTE)
        scheme = ATTRIBUTE + scheme[len(ATTRIBUTE) :] if attribute else scheme.lower()
        if scheme not in ID_SCHEMES and not attribute:
            raise InputError(
                [
                    Problem(
                        source,
                        t(
                            "unknown id scheme {scheme}; choose one of {all}",
                            scheme=scheme,
                            all=", ".join(ID_SCHEMES),
                        ),
                    )
                ]
            )
        if kind in ("", "id", "idScheme"):
            return replace(self, default=scheme)
        by_dhis2 = {v.lower(): k for k, v in SCHEME_KINDS.items()}
        # DHIS2's categoryOptionComboIdScheme also covers attribute option combos.
        by_dhis2["attributeoptioncombo"] = "category_option_combo"
        name = by_dhis2.get(kind.lower(), kind if kind in SCHEME_KINDS else None)
        if name is None:
            raise InputError(
                [Problem(source, t("unknown object kind {kind} in an id scheme", kind=kind))]
            )
        return replace(self, schemes={**self.schemes, name: scheme})

    def over(self, base: IdSchemes) -> IdSchemes:
        """These schemes where given, ``base`` for the rest (the payload over the command)."""
        return IdSchemes({**base.schemes, **self.schemes}, self.default or base.default)


# ---------------------------------------------------------------------------- reading


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _flag(value: Any) -> bool | None:
    text = _text(value).lower()
    if not text:
        return None
    return text in ("true", "t", "1", "yes")


def _combo(value: Any) -> str:
    text = _text(value)
    return (
        DEFAULT_CATEGORY if text in ("", DEFAULT_COMBO_UID) or text.lower() == "default" else text
    )


def _raw(fields: dict[str, Any], file: str, row: int) -> RawValue:
    return RawValue(
        data_element=_text(fields.get("data_element")),
        period=_text(fields.get("period")),
        org_unit=_text(fields.get("org_unit")),
        value=_text(fields.get("value")) or None,
        category=_combo(fields.get("category")),
        comment=_text(fields.get("comment")) or None,
        file=file,
        row=row,
        attribute=_combo(fields.get("attribute")),
        followup=_flag(fields.get("followup")),
        stored_by=_text(fields.get("stored_by")) or None,
        created=_text(fields.get("created")) or None,
        last_updated=_text(fields.get("last_updated")) or None,
        deleted=bool(_flag(fields.get("deleted"))),
    )


def raw_values(
    items: Iterable[tuple[int, dict[str, Any]]], defaults: dict[str, Any], file: str
) -> tuple[list[RawValue], list[Problem]]:
    values: list[RawValue] = []
    problems: list[Problem] = []
    for row, item in items:
        fields = {_FIELDS.get(str(k).lower(), str(k)): v for k, v in item.items()}
        for key in _SET_LEVEL:
            if not _text(fields.get(key)) and defaults.get(key):
                fields[key] = defaults[key]
        missing = [
            Problem(file, t("{field} is empty", field=name), row, name)
            for name in ("data_element", "period", "org_unit")
            if not _text(fields.get(name))
        ]
        problems += missing
        if not missing:
            values.append(_raw(fields, file, row))
    return values, problems


def _schemes(attributes: dict[str, Any]) -> dict[str, str]:
    return {str(k): _text(v) for k, v in attributes.items() if str(k).lower().endswith("idscheme")}


def _set_level(attributes: dict[str, Any]) -> dict[str, Any]:
    return {_FIELDS.get(str(k).lower(), str(k)): v for k, v in attributes.items()}


def read_json(path: Path, ws: Workspace) -> ValueFile:
    """A DHIS2 dataValueSet in JSON (its period, orgUnit and attributeOptionCombo are the
    defaults of its values)."""
    try:
        document = json.loads(decode_text(path.read_bytes(), path))
    except (ValueError, RecursionError) as error:  # [[[…]]] 100,000 deep
        raise InputError([Problem(path.name, t("not valid JSON: {e}", e=error))]) from error
    if not isinstance(document, dict) or not isinstance(document.get("dataValues"), list):
        raise InputError([Problem(path.name, t("expected a list of data values"))])
    attributes = {k: v for k, v in document.items() if k != "dataValues"}
    items: list[tuple[int, dict[str, Any]]] = []
    problems: list[Problem] = []
    for row, item in enumerate(document["dataValues"], start=1):
        if isinstance(item, dict):
            items.append((row, item))
        else:
            problems.append(Problem(path.name, t("expected an object"), row))
    values, missing = raw_values(items, _set_level(attributes), path.name)
    return ValueFile(
        values,
        _text(document.get("dataSet")) or None,
        problems + missing,
        _schemes(attributes),
        _text(document.get("completeDate")) or None,
    )


def _parser() -> etree.XMLParser:
    # No DTDs, entities or network: a data file cannot make the parser read other files.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_xml(path: Path) -> etree._Element:
    try:
        return etree.parse(str(path), _parser()).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        raise InputError([Problem(path.name, t("not valid XML: {e}", e=error))]) from error


def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def read_xml(path: Path, ws: Workspace) -> ValueFile:
    """A DHIS2 dataValueSet in XML (DXF 2)."""
    root = parse_xml(path)
    if local_name(root) != "dataValueSet":
        raise InputError([Problem(path.name, t("not a DHIS2 dataValueSet"))])
    attributes = dict(root.attrib)
    items = [
        (element.sourceline or index, dict(element.attrib))
        for index, element in enumerate(root, start=1)
        if local_name(element) == "dataValue"
    ]
    values, problems = raw_values(items, _set_level(attributes), path.name)
    return ValueFile(
        values,
        _text(attributes.get("dataSet")) or None,
        problems,
        _schemes(attributes),
        _text(attributes.get("completeDate")) or None,
    )


def _is_period(text: str) -> bool:
    try:
        Period.parse(text)
    except (PeriodError, ValueError):
        return False
    return True


def read_csv(path: Path, ws: Workspace) -> ValueFile:
    """A DHIS2 dataValueSet in CSV. Columns are read by name when every header is one DHIS2
    writes, else by position in DHIS2's order (as DHIS2 itself reads them); a file whose
    first row holds a period in its second column has no header. A header cell after the
    value columns names the data set (dhis2-core reads it so)."""
    text = decode_text(path.read_bytes(), path)
    rows = [[read_csv_cell(c) for c in r] for r in csv.reader(io.StringIO(text)) if r]
    if not rows:
        return ValueFile([], None, [])
    header: list[str] | None = None
    data_set = None
    start = 1
    if not (len(rows[0]) > 1 and _is_period(rows[0][1].strip())):
        names = [_FIELDS.get(c.strip().lower()) for c in rows[0]]
        known = [n for n in names if n]
        if len(known) == len(names) or (names and all(names[:-1]) and not names[-1]):
            header = [n or "" for n in names]
            if names and not names[-1] and len(names) > 1:
                data_set = rows[0][-1].strip() or None
        start = 2
    columns = header or CSV_ORDER
    items = [
        (number, dict(zip(columns, cells, strict=False)))
        for number, cells in enumerate(rows[start - 1 :], start=start)
    ]
    values, problems = raw_values(items, {}, path.name)
    return ValueFile(values, data_set, problems)


def is_dataset_csv(path: Path) -> bool:
    """A CSV file whose first row is DHIS2's header (any spelling) or a header-less row of
    DHIS2 values (a period in the second column)."""
    first = first_text(path).partition("\n")[0]
    cells = next(csv.reader([first]), [])
    if len(cells) > 1 and _is_period(cells[1].strip()):
        return len(cells) >= 6
    names = {_FIELDS.get(c.strip().lower()) for c in cells}
    return {"data_element", "org_unit"} <= names


def is_dataset_xml(path: Path) -> bool:
    return "dataValueSet" in first_text(path)[:2000]


# ---------------------------------------------------------------------------- identifiers


def _lookup(
    ws: Workspace, schemes: IdSchemes, *, reverse: bool = False
) -> dict[tuple[str, str], str | None]:
    """(kind, external id) → code, or with ``reverse`` (kind, code) → external id, for the
    kinds whose scheme is uid or name; None where a name stands for two objects."""
    pairs: list[tuple[str, str, str]] = []  # kind, external id, code
    for mapping in list_id_mappings(ws):
        scheme = schemes.of(mapping.kind)
        external = mapping.uid if scheme == "uid" else mapping.name if scheme == "name" else None
        if scheme.startswith(ATTRIBUTE):  # stored as uid "attribute:<attribute UID>:<value>"
            prefix = scheme + ":"
            external = mapping.uid[len(prefix) :] if mapping.uid.startswith(prefix) else None
        elif mapping.uid.startswith(ATTRIBUTE):
            external = None
        if external:
            pairs.append((mapping.kind, external, mapping.code))
    if schemes.of("org_unit") == "name":
        pairs += [("org_unit", unit.name, unit.code) for unit in list_orgunits(ws)]
    if schemes.of("data_element") == "name":
        from healthplan.collection.metadata import list_data_elements

        pairs += [("data_element", e.name, e.code) for e in list_data_elements(ws).values()]
    table: dict[tuple[str, str], str | None] = {}
    for kind, external, code in pairs:
        key, found = ((kind, code), external) if reverse else ((kind, external), code)
        if key in table and table[key] != found and not reverse:
            table[key] = None  # ambiguous: refused rather than guessed
        else:
            table.setdefault(key, found)
    return table


_VALUE_KINDS = (
    ("data_element", "data_element"),
    ("org_unit", "org_unit"),
    ("category", "category_option_combo"),
    ("attribute", "category_option_combo"),
)


def resolve_ids(
    ws: Workspace, values: list[RawValue], schemes: IdSchemes
) -> tuple[list[RawValue], list[Problem]]:
    """``values`` with their ids in ``schemes`` turned into healthplan codes; a value whose
    id has no mapping is left out and reported."""
    if all(schemes.of(kind) == "code" for kind in SCHEME_KINDS):
        return values, []
    table = _lookup(ws, schemes)
    resolved: list[RawValue] = []
    problems: list[Problem] = []
    for value in values:
        changes: dict[str, Any] = {}
        unknown = False
        for attribute, kind in _VALUE_KINDS:
            given = getattr(value, attribute)
            if schemes.of(kind) == "code" or given == DEFAULT_CATEGORY:
                continue
            code = table.get((kind, given))
            if code is None:
                unknown = True
                message = (
                    t(
                        "{scheme} {id} ({kind}) names more than one object",
                        scheme=schemes.of(kind),
                        id=given,
                        kind=kind,
                    )
                    if (kind, given) in table
                    else t(
                        "no mapping for {scheme} {id} ({kind}); import the DHIS2 metadata "
                        "with `healthplan metadata import`",
                        scheme=schemes.of(kind),
                        id=given,
                        kind=kind,
                    )
                )
                problems.append(Problem(value.file, message, value.row, attribute))
            else:
                changes[attribute] = _combo(code) if kind == "category_option_combo" else code
        if not unknown:
            resolved.append(replace(value, **changes))
    return resolved, problems


_UID = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}$")


def uid_hint(ws: Workspace, values: list[RawValue], schemes: IdSchemes) -> list[Problem]:
    """One problem saying that ids read as codes look like DHIS2 UIDs, if some do and are
    not healthplan codes (the usual mistake with a DHIS2 payload)."""
    from healthplan.collection.metadata import list_data_elements

    known = {"data_element": set(list_data_elements(ws)), "org_unit": set(parents(ws))}
    suspects = sorted(
        {
            getattr(v, kind)
            for v in values
            for kind in known
            if schemes.of(kind) == "code"
            and _UID.match(getattr(v, kind))
            and getattr(v, kind) not in known[kind]
        }
    )
    if not suspects or not values:
        return []
    return [
        Problem(
            values[0].file,
            t(
                "{ids} look like DHIS2 UIDs: import the DHIS2 metadata with `healthplan "
                "metadata import`, then give --id-scheme uid",
                ids=", ".join(suspects[:3]) + (" …" if len(suspects) > 3 else ""),
            ),
        )
    ]


def resolve_data_set(ws: Workspace, data_set: str | None, schemes: IdSchemes) -> str | None:
    """The healthplan code of the data set a file names (None if it names none)."""
    if data_set is None or schemes.of("data_set") == "code":
        return data_set
    return _lookup(ws, schemes).get(("data_set", data_set), data_set)


def external_data_set(ws: Workspace, data_set: str | None, schemes: IdSchemes) -> str | None:
    """The id of healthplan data set ``data_set`` in ``schemes``."""
    if data_set is None or schemes.of("data_set") == "code":
        return data_set
    return _lookup(ws, schemes, reverse=True).get(("data_set", data_set), data_set)


def external_ids(
    ws: Workspace, values: list[ExportedValue], schemes: IdSchemes
) -> list[ExportedValue]:
    """``values`` with healthplan codes replaced by their ids in ``schemes`` (the default
    combo as ``HllvX50cXC0`` under uid); raise :class:`InputError` for a code with no id."""
    if all(schemes.of(kind) == "code" for kind in SCHEME_KINDS):
        return values
    table = _lookup(ws, schemes, reverse=True)
    missing: dict[tuple[str, str], None] = {}
    out: list[ExportedValue] = []
    for value in values:
        changes: dict[str, Any] = {}
        for attribute, kind in _VALUE_KINDS:
            code = getattr(value, attribute)
            scheme = schemes.of(kind)
            if scheme == "code":
                continue
            if code == DEFAULT_CATEGORY:
                changes[attribute] = DEFAULT_COMBO_UID if scheme == "uid" else DEFAULT_CATEGORY
            elif (kind, code) in table:
                changes[attribute] = table[(kind, code)]
            else:
                missing[(kind, code)] = None
        out.append(replace(value, **changes))
    if missing:
        raise InputError(
            [
                Problem(
                    "--id-scheme",
                    t(
                        "no {scheme} for {kind} {code}; import the DHIS2 metadata with "
                        "`healthplan metadata import`",
                        scheme=schemes.of(kind),
                        kind=kind,
                        code=code,
                    ),
                )
                for kind, code in missing
            ]
        )
    return out


def complete_reports(
    ws: Workspace,
    data_set: str,
    values: list[RawValue],
    complete_date: str,
    file: str,
    *,
    strict: bool = True,
) -> int:
    """Mark the reports ``values`` belong to as submitted (上报) on DHIS2's ``completeDate``,
    as DHIS2 registers the data set complete; a report submitted already stays as it is.
    A report that cannot be marked (a unit at the wrong level) is refused, or with
    ``strict`` false (partial imports) left open. Returns how many were marked."""
    try:
        day = datetime.fromisoformat(complete_date)
    except ValueError:
        raise InputError(
            [
                Problem(
                    file,
                    t("completeDate {text} is not a date", text=complete_date),
                    field="completeDate",
                )
            ]
        ) from None
    day = day if day.tzinfo else day.replace(tzinfo=UTC)
    marked = 0
    for org_unit, period in sorted({(v.org_unit, v.period) for v in values if not v.deleted}):
        states = {s.org_unit: s.state for s in approval_status(ws, data_set, period)}
        if states.get(org_unit, ApprovalState.open) not in (
            ApprovalState.open,
            ApprovalState.reopened,
        ):
            continue
        try:
            submit(ws, data_set, org_unit, period, at=day)
        except WorkflowError as error:
            if strict:
                raise InputError([Problem(file, str(error), field="completeDate")]) from None
            continue
        marked += 1
    return marked


# ---------------------------------------------------------------------------- writing


def dhis2_period(period: str) -> str:
    """DHIS2's id for a period: months as ``202403``, the rest as healthplan writes them."""
    parsed = Period.parse(period)
    if parsed.type is PeriodType.month:
        return f"{parsed.year}{parsed.index:02d}"
    return parsed.id


def value_fields(v: ExportedValue) -> dict[str, Any]:
    return {
        "dataElement": v.data_element,
        "period": dhis2_period(v.period),
        "orgUnit": v.org_unit,
        "categoryOptionCombo": v.category,
        "attributeOptionCombo": v.attribute,
        "value": number_text(v.value),
        "storedBy": v.stored_by,
        "created": v.created,
        "lastUpdated": v.last_updated,
        "comment": v.comment,
        "followup": v.followup,
        "deleted": True if v.deleted else None,
    }


def write_json(values: list[ExportedValue], data_set: str | None) -> bytes:
    document: dict[str, Any] = {"dataSet": data_set} if data_set else {}
    document["dataValues"] = [
        {k: x for k, x in value_fields(v).items() if x is not None} for v in values
    ]
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def write_xml(values: list[ExportedValue], data_set: str | None) -> bytes:
    root = etree.Element("dataValueSet", nsmap={None: DXF_NAMESPACE})
    if data_set:
        root.set("dataSet", data_set)
    for v in values:
        element = etree.SubElement(root, "dataValue")
        for key, x in value_fields(v).items():
            if x is not None:
                element.set(key, str(x).lower() if isinstance(x, bool) else str(x))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_csv(values: list[ExportedValue], data_set: str | None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for v in values:
        f = value_fields(v)
        writer.writerow(
            csv_row(
                [
                    f["dataElement"],
                    f["period"],
                    f["orgUnit"],
                    f["categoryOptionCombo"],
                    f["attributeOptionCombo"],
                    f["value"],
                    f["storedBy"] or "",
                    f["created"] or "",
                    f["lastUpdated"] or "",
                    f["comment"] or "",
                    "true" if v.followup else "false",
                    "true" if v.deleted else "",
                ]
            )
        )
    return buffer.getvalue().encode("utf-8")


# ---------------------------------------------------------------------------- summary


def summary_document(
    summary: ValueImportSummary | None, problems: Sequence[Problem] = (), *, dry_run: bool = False
) -> dict[str, Any]:
    """An import summary shaped like DHIS2's ``importSummary``: status, importCount
    (imported, updated, ignored, deleted) and conflicts, each with its file, row, field and
    reason. ``summary`` None: the import was refused whole (``problems`` say why)."""
    conflicts = list(summary.conflicts if summary is not None else problems)
    counts = (
        {
            "imported": summary.created,
            "updated": summary.updated,
            "ignored": summary.ignored,
            "deleted": summary.deleted,
            "unchanged": summary.unchanged,
        }
        if summary is not None
        else {"imported": 0, "updated": 0, "ignored": 0, "deleted": 0, "unchanged": 0}
    )
    status = "ERROR" if summary is None else "WARNING" if conflicts else "SUCCESS"
    return {
        "responseType": "ImportSummary",
        "status": status,
        "dryRun": summary.dry_run if summary is not None else dry_run,
        "importCount": counts,
        "conflicts": [
            {"object": p.file, "row": p.row, "field": p.field, "value": p.message}
            for p in conflicts
        ],
    }


def write_summary(path: Path, document: dict[str, Any]) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")


__all__ = [
    "CSV_HEADER",
    "DEFAULT_COMBO_UID",
    "ID_SCHEMES",
    "IdSchemes",
    "dhis2_period",
    "external_ids",
    "read_csv",
    "read_json",
    "read_xml",
    "resolve_data_set",
    "resolve_ids",
    "summary_document",
    "write_csv",
    "write_json",
    "write_xml",
]
