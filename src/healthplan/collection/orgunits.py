"""Import the org-unit hierarchy from CSV or XLSX (code, name, level, parent_code).

Every problem in the file is reported at once, with its row; if there is any, nothing is
stored. Codes already in the workspace are updated in place (and audited).

Official division codes — GB/T 2260 (6 digits) and 国家统计局's 统计用区划代码 (12 digits,
or its 9-digit township prefix) — carry their hierarchy: a row that names no parent gets
the nearest enclosing division found in the file or the workspace (村 110101001001 →
街道 110101001000 → 区 110101000000 or 110101), so that a 统计局 file of only code and
name imports as a tree. A code of digits only must have 6, 9 or 12 of them, unless the row
is a 机构."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthplan.collection.tabular import Row, read_rows
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import OrgLevel, OrgUnit, division_level, division_parent
from healthplan.store import Workspace
from healthplan.store.orgunits import rebuild_paths
from healthplan.store.tables import OrgUnitRow

HEADERS = {
    "code": "code",
    "编码": "code",
    "代码": "code",
    "区划代码": "code",
    "统计用区划代码": "code",
    "name": "name",
    "名称": "name",
    "单位名称": "name",
    "区划名称": "name",
    "level": "level",
    "级别": "level",
    "层级": "level",
    "类型": "level",
    "parent_code": "parent_code",
    "parent": "parent_code",
    "上级编码": "parent_code",
    "上级代码": "parent_code",
    "上级区划代码": "parent_code",
}


_CODE_BREAKERS = re.compile(r"[%/\\|\s]")


@dataclass(frozen=True)
class OrgUnitImportSummary:
    created: int
    updated: int
    unchanged: int


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # codes typed into Excel come back as numbers
    return "" if value is None else str(value).strip()


def _parse(path: Path) -> tuple[list[tuple[int, OrgUnit]], list[Problem]]:
    return _parse_rows(read_rows(path, HEADERS), path.name)


def _parse_rows(rows: Iterable[Row], file: str) -> tuple[list[tuple[int, OrgUnit]], list[Problem]]:
    units: list[tuple[int, OrgUnit]] = []
    problems: list[Problem] = []
    first_row: dict[str, int] = {}
    for row in rows:
        code, name = _cell(row.values.get("code")), _cell(row.values.get("name"))
        level_text, parent = _cell(row.values.get("level")), _cell(row.values.get("parent_code"))

        def problem(field: str, message: str, at: Row = row) -> None:
            problems.append(Problem(file, message, at.number, field, at.sheet))

        if not code:
            problem("code", t("code is empty"))
            continue
        if not name:
            problem("name", t("name is empty"))
        bad = sorted(set(_CODE_BREAKERS.findall(code)))
        if bad:
            # / separates the materialised path; % is a LIKE wildcard in subtree queries
            # (escaped there, but a code of wildcards is a typo); | separates the audit's
            # record keys. _ is common in DHIS2 codes (OU_A) and kept.
            problem(
                "code",
                t(
                    "code {code} contains {chars}; use letters, digits, -, _ and . only",
                    code=code,
                    chars=" ".join(repr(c) for c in bad),
                ),
            )
            continue
        if code in first_row:
            problem(
                "code",
                t("duplicate code {code} (first at row {row})", code=code, row=first_row[code]),
            )
            continue
        first_row[code] = row.number
        implied = division_level(code)
        try:
            level = OrgLevel.parse(level_text) if level_text else implied
        except ValueError:
            problem("level", t("unknown level {level}", level=level_text))
            continue
        if code.isdigit() and len(code) not in _DIVISION_WIDTHS and level is not OrgLevel.facility:
            problem(
                "code",
                t(
                    "code {code} has {n} digits; a division code (GB/T 2260, 统计用区划代码) "
                    "has 6, 9 or 12",
                    code=code,
                    n=len(code),
                ),
            )
            continue
        if level is None:
            problem("level", t("level is empty and cannot be read from the code"))
            continue
        if implied is not None and level not in (implied, OrgLevel.facility):
            problem(
                "level",
                t(
                    "level {level} does not match code {code}, which is a {implied} code",
                    level=level.label_zh,
                    code=code,
                    implied=implied.label_zh,
                ),
            )
        if parent == code:
            problem("parent_code", t("org unit is its own parent"))
            continue
        nul = [f for f, text in (("code", code), ("name", name)) if "\x00" in text]
        for field in nul:
            problem(field, t("{field} {problem}", field=field, problem=t("contains a NUL byte")))
        if nul:
            continue
        try:
            unit = OrgUnit(code=code, name=name or code, level=level, parent_code=parent or None)
        except ValidationError as error:  # a name or code longer than the store holds
            for found in error.errors():
                field, limit = str(found["loc"][0]), (found.get("ctx") or {}).get("max_length")
                text = str(found.get("input", ""))
                message = (
                    t("is {n} characters long; at most {limit} fit", n=len(text), limit=limit)
                    if limit
                    else str(found["msg"])
                )
                problem(field, t("{field} {problem}", field=field, problem=message))
            continue
        units.append((row.number, unit))
    return units, problems


def _check_tree(
    units: list[tuple[int, OrgUnit]], existing: dict[str, OrgUnitRow], file: str
) -> list[Problem]:
    problems: list[Problem] = []
    levels = {code: OrgLevel(r.level) for code, r in existing.items()}
    parents = {code: r.parent_code for code, r in existing.items()}
    for _, unit in units:
        levels[unit.code] = unit.level
        parents[unit.code] = unit.parent_code
    for row, unit in units:
        parent = unit.parent_code
        if parent is None:
            continue
        if parent not in levels:
            problems.append(
                Problem(file, t("unknown parent {parent}", parent=parent), row, "parent_code")
            )
        elif unit.level is not OrgLevel.facility and levels[parent] >= unit.level:
            problems.append(
                Problem(
                    file,
                    t(
                        "level {level} cannot be below parent {parent} of level {plevel}",
                        level=unit.level.label_zh,
                        parent=parent,
                        plevel=levels[parent].label_zh,
                    ),
                    row,
                    "level",
                )
            )
    reported: set[str] = set()
    for row, unit in units:
        seen = [unit.code]
        node = parents.get(unit.code)
        while node is not None and node not in seen and node in parents:
            seen.append(node)
            node = parents[node]
        if node is not None and node in seen and unit.code not in reported:
            cycle = seen[seen.index(node) :]
            reported.update(cycle)
            path = " → ".join([*cycle, node])
            problems.append(
                Problem(file, t("cycle in parents: {path}", path=path), row, "parent_code")
            )
    return problems


_DIVISION_WIDTHS = (6, 9, 12)


def _enclosing(code: str, known: set[str]) -> str | None:
    """The nearest division above ``code`` that is in ``known``, in any width."""
    current = code
    while (current := division_parent(current) or "") and current.strip("0"):
        full = current.ljust(12, "0")
        for width in _DIVISION_WIDTHS:
            candidate = full[:width]
            if candidate != code and candidate in known and full[width:].strip("0") == "":
                return candidate
    return None


def _derive_parents(
    units: list[tuple[int, OrgUnit]], existing: dict[str, OrgUnitRow]
) -> list[tuple[int, OrgUnit]]:
    """``units`` with the parent of each division code that names none filled in."""
    known = set(existing) | {unit.code for _, unit in units}
    return [
        (row, unit.model_copy(update={"parent_code": _enclosing(unit.code, known)}))
        if unit.parent_code is None and division_level(unit.code) is not None
        else (row, unit)
        for row, unit in units
    ]


def import_orgunits(ws: Workspace, path: str | Path) -> OrgUnitImportSummary:
    """Validate and store the org units in ``path``; raise :class:`InputError` with every
    problem (and store nothing) if any row is wrong."""
    path = Path(path)
    return _save(ws, *_parse(path), path.name)


def save_orgunits(
    ws: Workspace, rows: Iterable[dict[str, str]], *, source: str = "form"
) -> OrgUnitImportSummary:
    """Validate and store org units given as rows of ``code``, ``name``, ``level``,
    ``parent_code`` (a form, an API call) by the rules of a file import; problems name
    ``source`` and the row (1-based)."""
    given = [Row(None, number, dict(values)) for number, values in enumerate(rows, start=1)]
    return _save(ws, *_parse_rows(given, source), source)


def _save(
    ws: Workspace, units: list[tuple[int, OrgUnit]], problems: list[Problem], file: str
) -> OrgUnitImportSummary:
    with ws.session(lock=True) as session:  # concurrent imports of one file: one stores it
        existing = {r.code: r for r in session.scalars(select(OrgUnitRow))}
        units = _derive_parents(units, existing)
        problems = problems + _check_tree(units, existing, file)
        if problems:
            raise InputError(sorted(problems, key=lambda p: (p.row or 0, p.field or "")))
        return _store(session, units, existing)


def _parents_first(units: list[OrgUnit]) -> list[OrgUnit]:
    """Order units so each comes after its parent (the tree was checked to have no cycle)."""
    by_code = {u.code: u for u in units}
    ordered: list[OrgUnit] = []
    placed: set[str] = set()
    for unit in units:
        chain = []
        node: OrgUnit | None = unit
        while node is not None and node.code not in placed:
            chain.append(node)
            node = by_code.get(node.parent_code or "")
        for item in reversed(chain):
            placed.add(item.code)
            ordered.append(item)
    return ordered


def _store(
    session: Session, units: list[tuple[int, OrgUnit]], existing: dict[str, OrgUnitRow]
) -> OrgUnitImportSummary:
    created = updated = unchanged = 0
    moved = False
    paths = {code: row.path for code, row in existing.items()}
    # Parents first, so foreign keys hold at every flush and a parent's path is known.
    for unit in _parents_first([u for _, u in units]):
        paths[unit.code] = (paths[unit.parent_code] if unit.parent_code else "/") + unit.code + "/"
        row = existing.get(unit.code)
        if row is None:
            session.add(
                OrgUnitRow(
                    code=unit.code,
                    name=unit.name,
                    level=int(unit.level),
                    parent_code=unit.parent_code,
                    path=paths[unit.code],
                )
            )
            created += 1
        elif (row.name, row.level, row.parent_code) != (
            unit.name,
            int(unit.level),
            unit.parent_code,
        ):
            moved = moved or row.parent_code != unit.parent_code
            row.name, row.level, row.parent_code = unit.name, int(unit.level), unit.parent_code
            updated += 1
        else:
            unchanged += 1
        session.flush()
    if moved:
        rebuild_paths(session)
    return OrgUnitImportSummary(created, updated, unchanged)
