"""Reading the org-unit tree."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthplan.errors import NotFoundError
from healthplan.i18n import t
from healthplan.model import OrgLevel, OrgUnit
from healthplan.store.tables import OrgUnitRow
from healthplan.store.workspace import Workspace


@dataclass
class TreeNode:
    unit: OrgUnit
    children: list[TreeNode] = field(default_factory=list)

    def count(self) -> int:
        return 1 + sum(child.count() for child in self.children)


def rebuild_paths(session: Session) -> None:
    """Recompute every unit's materialised path (``/root/…/code/``) after a change."""
    rows = {r.code: r for r in session.scalars(select(OrgUnitRow))}

    def path_of(code: str) -> str:
        trail: list[str] = []
        node: str | None = code
        while node is not None:
            trail.append(node)
            node = rows[node].parent_code
        return "/" + "/".join(reversed(trail)) + "/"

    for code, row in rows.items():
        new_path = path_of(code)
        if row.path != new_path:
            row.path = new_path


def _model(row: OrgUnitRow) -> OrgUnit:
    return OrgUnit(
        code=row.code, name=row.name, level=OrgLevel(row.level), parent_code=row.parent_code
    )


def list_orgunits(ws: Workspace, under: str | None = None) -> list[OrgUnit]:
    """All org units, or those in the subtree of ``under`` (itself included), root first."""
    with ws.session() as session:
        query = select(OrgUnitRow).order_by(OrgUnitRow.level, OrgUnitRow.code)
        if under is not None:
            # escaped: _ is common in codes (OU_A) and a LIKE wildcard
            query = query.where(OrgUnitRow.path.contains(f"/{under}/", autoescape=True))
        return [_model(r) for r in session.scalars(query)]


def parents(ws: Workspace) -> dict[str, str | None]:
    """Every org unit's code → its parent's code (None for a root), roots first."""
    query = select(OrgUnitRow.code, OrgUnitRow.parent_code).order_by(
        OrgUnitRow.level, OrgUnitRow.code
    )
    with ws.session() as session:
        return {code: parent for code, parent in session.execute(query)}


def orgunit_tree(ws: Workspace, code: str | None = None) -> list[TreeNode]:
    """The hierarchy as trees: the subtree of ``code``, or every root's tree."""
    units = list_orgunits(ws, code)
    nodes = {u.code: TreeNode(u) for u in units}
    roots: list[TreeNode] = []
    for unit in units:
        parent = nodes.get(unit.parent_code or "")
        if parent is None or unit.code == code:
            roots.append(nodes[unit.code])
        else:
            parent.children.append(nodes[unit.code])
    if code is not None and code not in nodes:
        raise NotFoundError(t("unknown org unit {code}", code=code))
    return roots
