"""The ``healthplan`` command. Each command is a thin veneer over the library function of
the same name; stages contribute their commands from ``<stage>/cli.py``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.tree import Tree

from healthplan.__about__ import __version__
from healthplan.analytics.cli import assess_command, compute_command
from healthplan.collection.cli import data_app
from healthplan.console import console, fail
from healthplan.documents.cli import ingest_command
from healthplan.errors import HealthplanError, InputError
from healthplan.extraction.cli import extract_command
from healthplan.i18n import t
from healthplan.plans.cli import plan_app
from healthplan.store import Workspace
from healthplan.surveillance.cli import surveillance_app

app = typer.Typer(
    name="healthplan",
    help="healthplan: 卫生健康规划目标台账、数据采集、序时进度评估与预警 / health plan monitoring.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
db_app = typer.Typer(
    help="Database schema (Alembic migrations) / 数据库结构.", no_args_is_help=True
)
orgunits_app = typer.Typer(
    help="Org units: 市 > 县/区 > 乡镇/街道 > 村/社区 / 组织机构.", no_args_is_help=True
)
app.add_typer(db_app, name="db")
app.add_typer(orgunits_app, name="orgunits")
app.add_typer(surveillance_app, name="surveillance")
app.command("ingest")(ingest_command)
app.add_typer(data_app, name="data")
app.command("compute")(compute_command)
app.command("assess")(assess_command)
app.command("extract")(extract_command)
app.add_typer(plan_app, name="plan")


def workspace() -> Workspace:
    """The workspace the environment names (``HEALTHPLAN_HOME``, ``HEALTHPLAN_DATABASE_URL``)."""
    return Workspace()


def _version(value: bool) -> None:
    if value:
        console.print(f"healthplan {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    lang: Annotated[
        str | None, typer.Option("--lang", help="UI language: zh (default) or en.")
    ] = None,
) -> None:
    if lang:
        os.environ["HEALTHPLAN_LANG"] = lang


@app.command("demo")
def demo_command(
    seed: Annotated[int, typer.Option(help="Seed of the generated demo city.")] = 2024,
) -> None:
    """Build the demo workspace (demo city, departments, periods) and summarise it / 演示."""
    from healthplan.demo import demo

    ws = workspace()
    with console.status(t("Building the demo workspace…")):
        summary = demo(ws, seed=seed)
    console.print(f"[bold]{t('Demo workspace')}[/]: {ws.home}  ({ws!r})")
    table = Table(title=summary.city)
    table.add_column(t("What"))
    table.add_column(t("Count"), justify="right")
    for level, count in summary.orgunits_by_level.items():
        table.add_row(t("Org units: {level}", level=level), str(count))
    for kind, count in summary.departments_by_kind.items():
        table.add_row(t("Departments: {kind}", kind=t(kind)), str(count))
    console.print(table)
    months = summary.reporting_months
    console.print(
        t(
            "Plan period {plan}; reporting months {first} … {last} ({n})",
            plan=summary.plan_period,
            first=months[0],
            last=months[-1],
            n=len(months),
        )
    )
    if summary.plans is not None:
        from healthplan.demo.plans import demo_plan_line

        console.print(demo_plan_line(summary.plans))
    if summary.surveillance is not None:
        from healthplan.surveillance.cli import print_demo_surveillance

        print_demo_surveillance(summary.surveillance)
    if summary.monitoring is not None:
        from healthplan.analytics.cli import print_assessment

        print_assessment(summary.monitoring.report, console)


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "heads") -> None:
    """Upgrade the database schema to the latest (or given) revision."""
    ws = workspace()
    ws.upgrade(revision)
    console.print(t("Schema at {rev}", rev=ws.current()))


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. base.")],
) -> None:
    """Downgrade the database schema to the given revision."""
    ws = workspace()
    ws.downgrade(revision)
    console.print(t("Schema at {rev}", rev=ws.current() or "base"))


@db_app.command("current")
def db_current() -> None:
    """Show the schema revision of the database and the latest one available."""
    ws = workspace()
    console.print(
        t(
            "Database {url}: revision {rev} (latest {head})",
            url=repr(ws),
            rev=ws.current() or "base",
            head=ws.head(),
        )
    )


@orgunits_app.command("import")
def orgunits_import(
    file: Annotated[Path, typer.Argument(help="CSV or XLSX: code, name, level, parent_code.")],
) -> None:
    """Import org units; every problem is reported with its row and nothing is stored if any."""
    from healthplan.collection.orgunits import import_orgunits

    ws = workspace()
    ws.ensure_schema()
    try:
        summary = import_orgunits(ws, file)
    except InputError as error:
        raise fail(error) from None
    console.print(
        t(
            "{created} created, {updated} updated, {unchanged} unchanged",
            created=summary.created,
            updated=summary.updated,
            unchanged=summary.unchanged,
        )
    )


@orgunits_app.command("tree")
def orgunits_tree(
    code: Annotated[str | None, typer.Argument(help="Root of the subtree to show.")] = None,
    depth: Annotated[int, typer.Option(help="Levels to expand below the root.")] = 2,
) -> None:
    """Show the org-unit hierarchy (or the subtree of CODE)."""
    from healthplan.store.orgunits import TreeNode, orgunit_tree

    ws = workspace()
    ws.ensure_schema()
    try:
        roots = orgunit_tree(ws, code)
    except KeyError:
        raise fail(HealthplanError(t("unknown org unit {code}", code=code))) from None
    if not roots:
        console.print(
            t("No org units yet: run `healthplan orgunits import FILE` or `healthplan demo`.")
        )

    def add(branch: Tree, node: TreeNode, level: int) -> None:
        for child in node.children:
            label = f"{child.unit.name} [dim]{child.unit.code} {child.unit.level.label_zh}[/]"
            if level >= depth and child.children:
                branch.add(label + f" [dim](+{child.count() - 1})[/]")
            else:
                add(branch.add(label), child, level + 1)

    for root in roots:
        tree = Tree(
            f"[bold]{root.unit.name}[/] [dim]{root.unit.code} {root.unit.level.label_zh}[/]"
        )
        add(tree, root, 1)
        console.print(tree)


def main() -> None:
    app()
