"""``healthplan plan import|export|apply|list``: thin veneers over :func:`import_plan`,
:func:`export_plan`, :func:`apply_plan` and :func:`list_plans`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from healthplan.console import console, err_console
from healthplan.console import fail as _fail
from healthplan.documents.errors import IngestError
from healthplan.errors import InputError
from healthplan.i18n import t
from healthplan.plans.read import list_plans
from healthplan.plans.review import apply_plan, export_plan
from healthplan.plans.store import import_plan
from healthplan.store import Workspace

__all__ = ["plan_app"]

plan_app = typer.Typer(
    help="Plans: import documents, export for review, apply the reviewed file / 规划目标台账.",
    no_args_is_help=True,
)


def _workspace() -> Workspace:
    ws = Workspace()
    ws.ensure_schema()
    return ws


@plan_app.command("import")
def import_command(
    files: Annotated[list[Path], typer.Argument(help="Plan documents (.txt, .docx, .pdf, .html).")],
    plan: Annotated[int | None, typer.Option(help="Import into this plan (by id).")] = None,
    title: Annotated[str | None, typer.Option(help="Title of the plan.")] = None,
    org_unit: Annotated[str | None, typer.Option(help="Org unit code the plan is for.")] = None,
) -> None:
    """Store plan documents as a draft plan; re-importing proposes a diff (导入规划文件)."""
    ws = _workspace()
    try:
        summary = import_plan(ws, files, plan_id=plan, title=title, org_unit_code=org_unit)
    except (InputError, IngestError) as error:
        raise _fail(error) from None
    except KeyError:
        err_console.print(f"[bold red]{t('no plan {id}', id=plan)}[/]")
        raise typer.Exit(1) from None
    console.print(t("Plan {id}: {title}", id=summary.plan_id, title=summary.plan_title))
    table = Table()
    table.add_column(t("What"))
    for kind in ("added", "changed", "removed", "unchanged"):
        table.add_column(t(kind), justify="right")
    for label, counts in ((t("Targets"), summary.targets), (t("Tasks"), summary.tasks)):
        table.add_row(
            label, *(str(counts[k]) for k in ("added", "changed", "removed", "unchanged"))
        )
    console.print(table)
    for change, label in summary.changes[:30]:
        console.print(f"  {t(change)}: {label}", highlight=False)
    if len(summary.changes) > 30:
        console.print(t("… and {n} more: see the export", n=len(summary.changes) - 30))
    console.print(
        t(
            "{linked} targets linked to catalog indicators; {proposed} not linked "
            "(a custom indicator is proposed in the export)",
            linked=summary.linked,
            proposed=summary.proposed_indicators,
        )
    )


@plan_app.command("export")
def export_command(
    plan: Annotated[int, typer.Option(help="Plan id (see `healthplan plan list`).")] = 1,
    fmt: Annotated[str, typer.Option("--format", help="xlsx or yaml.")] = "xlsx",
    out: Annotated[Path | None, typer.Option(help="Output file.")] = None,
) -> None:
    """Write a plan for review: one row per target and task, quote beside it (导出审核表)."""
    ws = _workspace()
    path = out or Path(f"plan-{plan}.{fmt}")
    try:
        rows = export_plan(ws, plan, path, fmt)
    except InputError as error:
        raise _fail(error) from None
    except KeyError:
        err_console.print(f"[bold red]{t('no plan {id}', id=plan)}[/]")
        raise typer.Exit(1) from None
    console.print(t("{n} rows written to {path}", n=rows, path=path))


@plan_app.command("apply")
def apply_command(
    file: Annotated[Path, typer.Argument(help="A reviewed export (.xlsx or .yaml).")],
) -> None:
    """Apply a reviewed export: edits, 确认 and 删除; nothing is stored if any row is wrong."""
    ws = _workspace()
    try:
        summary = apply_plan(ws, file)
    except InputError as error:
        raise _fail(error) from None
    counts = summary.counts
    console.print(
        t(
            "{updated} updated, {confirmed} confirmed, {deleted} deleted, {unchanged} unchanged",
            updated=counts["updated"],
            confirmed=counts["confirmed"],
            deleted=counts["deleted"],
            unchanged=counts["unchanged"],
        )
    )


@plan_app.command("list")
def list_command() -> None:
    """List the plans in the workspace (规划列表)."""
    ws = _workspace()
    table = Table()
    for heading in ("Id", "Title", "Kind", "Period", "Documents", "Status"):
        table.add_column(t(heading))
    for plan in list_plans(ws):
        table.add_row(
            str(plan.id),
            plan.title,
            t(plan.kind.value),
            plan.period.id,
            str(len(plan.documents)),
            t(plan.status.value),
        )
    console.print(table)
