"""Identifier mappings: which healthplan code a DHIS2 object stands for (UID, code and name).

``metadata import`` builds them from a DHIS2 metadata export (``/api/metadata`` JSON:
organisation units, data elements, category combos, categories, category options, category
option combos, data sets) or reads them back from the mapping file it writes (CSV
``kind,uid,code,name``, to be corrected by hand where DHIS2's code is not healthplan's).
An object's healthplan code is its DHIS2 ``code``; without one, the code of the healthplan
org unit or data element of the same name; else the UID itself. The values of an object's
DHIS2 attributes are kept too (as uid ``attribute:<attribute UID>:<value>``), for the
``attribute:<UID>`` id scheme.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from healthplan.collection.tabular import decode_text
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model.cells import csv_row, read_csv_cell
from healthplan.store import Workspace, list_orgunits
from healthplan.store.tables_collection import DataElementRow, IdMappingRow

# DHIS2 metadata collections and the mapping kind of each.
METADATA_KINDS = {
    "organisationUnits": "org_unit",
    "dataElements": "data_element",
    "dataSets": "data_set",
    "categoryCombos": "category_combo",
    "categories": "category",
    "categoryOptions": "category_option",
    "categoryOptionCombos": "category_option_combo",
}
MAPPING_COLUMNS = ["kind", "uid", "code", "name"]


@dataclass(frozen=True)
class IdMapping:
    kind: str  # one of METADATA_KINDS' values
    uid: str  # the DHIS2 UID
    code: str  # the healthplan code it stands for
    name: str | None = None  # the DHIS2 name


@dataclass(frozen=True)
class MetadataImportSummary:
    by_kind: dict[str, int]  # mappings read per kind
    created: int
    updated: int
    unchanged: int
    written: Path | None  # the mapping file, when asked for


def list_id_mappings(ws: Workspace) -> list[IdMapping]:
    with ws.session() as session:
        return [
            IdMapping(r.kind, r.uid, r.code, r.name)
            for r in session.scalars(
                select(IdMappingRow).order_by(IdMappingRow.kind, IdMappingRow.uid)
            )
        ]


def _own_codes(ws: Workspace) -> dict[tuple[str, str], str]:
    """(kind, name) → code of healthplan's org units and data elements."""
    found = {("org_unit", u.name): u.code for u in list_orgunits(ws)}
    with ws.session() as session:
        for code, name in session.execute(select(DataElementRow.code, DataElementRow.name)):
            found.setdefault(("data_element", name), code)
    return found


def _from_metadata(ws: Workspace, document: Any, file: str) -> list[IdMapping]:
    if not isinstance(document, dict) or not any(k in document for k in METADATA_KINDS):
        raise InputError(
            [
                Problem(
                    file,
                    t("not a DHIS2 metadata export (no {keys})", keys=", ".join(METADATA_KINDS)),
                )
            ]
        )
    own = _own_codes(ws)
    mappings: list[IdMapping] = []
    problems: list[Problem] = []
    for key, kind in METADATA_KINDS.items():
        for row, item in enumerate(document.get(key) or [], start=1):
            uid = str(item.get("id") or "").strip() if isinstance(item, dict) else ""
            if not uid:
                problems.append(Problem(file, t("{field} is empty", field="id"), row, key))
                continue
            name = str(item.get("name") or "").strip() or None
            code = str(item.get("code") or "").strip() or own.get((kind, name or "")) or uid
            mappings.append(IdMapping(kind, uid, code, name))
            # Values of unique attributes, for the attribute:<UID> id scheme.
            for held in item.get("attributeValues") or []:
                about = held.get("attribute") if isinstance(held, dict) else None
                if not isinstance(about, dict):
                    continue
                attribute = str(about.get("id") or "").strip()
                value = str(held.get("value") or "").strip()
                if attribute and value:
                    mappings.append(IdMapping(kind, f"attribute:{attribute}:{value}", code, name))
    if problems:
        raise InputError(problems)
    return mappings


def _from_csv(path: Path) -> list[IdMapping]:
    rows = [
        {k: read_csv_cell(v) if isinstance(v, str) else v for k, v in r.items()}
        for r in csv.DictReader(io.StringIO(decode_text(path.read_bytes(), path)))
    ]
    problems: list[Problem] = []
    mappings: list[IdMapping] = []
    kinds = set(METADATA_KINDS.values())
    for number, row in enumerate(rows, start=2):
        fields = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        missing = [c for c in ("kind", "uid", "code") if not fields.get(c)]
        for column in missing:
            problems.append(Problem(path.name, t("{field} is empty", field=column), number, column))
        if not missing and fields["kind"] not in kinds:
            problems.append(
                Problem(
                    path.name,
                    t(
                        "unknown kind {kind}; choose one of {all}",
                        kind=fields["kind"],
                        all=", ".join(sorted(kinds)),
                    ),
                    number,
                    "kind",
                )
            )
        elif not missing:
            mappings.append(
                IdMapping(fields["kind"], fields["uid"], fields["code"], fields.get("name") or None)
            )
    if problems:
        raise InputError(problems)
    return mappings


def write_mapping_file(mappings: list[IdMapping]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(MAPPING_COLUMNS)
    writer.writerows(csv_row([m.kind, m.uid, m.code, m.name or ""]) for m in mappings)
    return buffer.getvalue().encode("utf-8")


def import_metadata(
    ws: Workspace, path: str | Path, out: str | Path | None = None
) -> MetadataImportSummary:
    """Store the identifier mappings of a DHIS2 metadata export (JSON) or of a mapping file
    (CSV ``kind,uid,code,name``), atomically; write every stored mapping to ``out``."""
    path = Path(path)
    if not path.exists():
        raise InputError([Problem(path.name, t("file not found"))])
    if path.suffix.lower() == ".csv":
        mappings = _from_csv(path)
    else:
        try:
            document = json.loads(decode_text(path.read_bytes(), path))
        except (ValueError, RecursionError) as error:  # RecursionError: [[[…]]] deep
            raise InputError([Problem(path.name, t("not valid JSON: {e}", e=error))]) from error
        mappings = _from_metadata(ws, document, path.name)
    by_kind: dict[str, int] = {}
    created = updated = unchanged = 0
    with ws.session() as session:
        stored = {(r.kind, r.uid): r for r in session.scalars(select(IdMappingRow))}
        for m in {(m.kind, m.uid): m for m in mappings}.values():
            by_kind[m.kind] = by_kind.get(m.kind, 0) + 1
            row = stored.get((m.kind, m.uid))
            if row is None:
                session.add(IdMappingRow(kind=m.kind, uid=m.uid, code=m.code, name=m.name))
                created += 1
            elif (row.code, row.name) != (m.code, m.name):
                row.code, row.name = m.code, m.name
                updated += 1
            else:
                unchanged += 1
    written = Path(out) if out is not None else None
    if written is not None:
        written.write_bytes(write_mapping_file(list_id_mappings(ws)))
    return MetadataImportSummary(by_kind, created, updated, unchanged, written)
