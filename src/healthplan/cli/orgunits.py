"""``healthplan orgunits import|tree``: the org-unit hierarchy (组织机构)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text
from rich.tree import Tree

from healthplan.cli.common import App, workspace
from healthplan.console import console
from healthplan.i18n import N_, t

if TYPE_CHECKING:
    from healthplan.store import TreeNode

orgunits_app = App(help=N_("Org units: city > county/district > township > village."))


@orgunits_app.command(
    "import",
    help=N_(
        "Import org units; every problem is reported with its row and nothing is stored if any."
    ),
)
def import_command(
    file: Annotated[Path, typer.Argument(help=N_("CSV or XLSX: code, name, level, parent_code."))],
) -> None:
    from healthplan.collection import import_orgunits

    summary = import_orgunits(workspace(), file)
    console.print(
        t(
            "{created} created, {updated} updated, {unchanged} unchanged",
            created=summary.created,
            updated=summary.updated,
            unchanged=summary.unchanged,
        )
    )


def _label(node: TreeNode, hidden: int = 0) -> Text:
    unit = node.unit
    label = Text(unit.name)
    label.append(f" {unit.code} {unit.level.label_zh}", style="dim")
    if hidden:
        label.append(" " + t("(+{n} below)", n=hidden), style="dim")
    return label


@orgunits_app.command("tree", help=N_("Show the org-unit hierarchy (or the subtree of CODE)."))
def tree_command(
    code: Annotated[str | None, typer.Argument(help=N_("Root of the subtree to show."))] = None,
    depth: Annotated[int, typer.Option(help=N_("Levels to expand below the root."))] = 2,
) -> None:
    from healthplan.store import orgunit_tree

    roots = orgunit_tree(workspace(), code)
    if not roots:
        console.print(
            t("No org units yet: run `healthplan orgunits import FILE` or `healthplan demo`.")
        )

    def add(branch: Tree, node: TreeNode, level: int) -> None:
        for child in node.children:
            if level >= depth and child.children:
                branch.add(_label(child, child.count() - 1))
            else:
                add(branch.add(_label(child)), child, level + 1)

    for root in roots:
        tree = Tree(_label(root), style="bold")
        add(tree, root, 1)
        console.print(tree)
