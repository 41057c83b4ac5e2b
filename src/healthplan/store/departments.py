"""The department directory (责任单位): names, aliases, kinds."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from healthplan.model import Department, DepartmentKind
from healthplan.store.tables import DepartmentRow
from healthplan.store.workspace import Workspace


def save_departments(ws: Workspace, departments: Iterable[Department]) -> int:
    """Insert or update departments by code; returns how many were new."""
    created = 0
    with ws.session() as session:
        existing = {r.code: r for r in session.scalars(select(DepartmentRow))}
        for dept in sorted(departments, key=lambda d: d.parent_code is not None):
            row = existing.get(dept.code)
            if row is None:
                row = DepartmentRow(code=dept.code)
                session.add(row)
                created += 1
            row.name, row.aliases, row.kind = dept.name, list(dept.aliases), dept.kind.value
            row.org_unit_code, row.parent_code = dept.org_unit_code, dept.parent_code
            session.flush()
    return created


def list_departments(ws: Workspace) -> list[Department]:
    with ws.session() as session:
        rows = session.scalars(select(DepartmentRow).order_by(DepartmentRow.code))
        return [
            Department(
                code=r.code,
                name=r.name,
                aliases=list(r.aliases or []),
                kind=DepartmentKind(r.kind),
                org_unit_code=r.org_unit_code,
                parent_code=r.parent_code,
            )
            for r in rows
        ]
