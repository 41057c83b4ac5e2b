"""``healthplan plan import|export|apply|list|reason``: the plan of record (目标任务台账)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from healthplan.cli.common import (
    App,
    FormatOption,
    OutOption,
    OutputFormat,
    Sheet,
    show,
    workspace,
)
from healthplan.console import console
from healthplan.i18n import N_, pt, t

plan_app = App(help=N_("Plans: import documents, export for review, apply the reviewed file."))

_COUNTS = ("added", "changed", "removed", "unchanged")
_SHOWN_CHANGES = 30


@plan_app.command(
    "import", help=N_("Store plan documents as a draft plan; re-importing proposes a diff.")
)
def import_command(
    files: Annotated[
        list[Path], typer.Argument(help=N_("Plan documents (.txt, .docx, .pdf, .html)."))
    ],
    plan: Annotated[int | None, typer.Option(help=N_("Import into this plan (by id)."))] = None,
    title: Annotated[str | None, typer.Option(help=N_("Title of the plan."))] = None,
    org_unit: Annotated[
        str | None, typer.Option("--org-unit", help=N_("Org unit code the plan is for."))
    ] = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    from healthplan.plans import import_plan

    summary = import_plan(workspace(), files, plan_id=plan, title=title, org_unit_code=org_unit)
    console.print(t("Plan {id}: {title}", id=summary.plan_id, title=summary.plan_title))
    show(
        Sheet(
            "counts",
            [("what", t("What")), *((kind, t(kind)) for kind in _COUNTS)],
            [
                (label, *(counts[k] for k in _COUNTS))
                for label, counts in ((t("Targets"), summary.targets), (t("Tasks"), summary.tasks))
            ],
        ),
        fmt,
    )
    for change, label in summary.changes[:_SHOWN_CHANGES]:
        console.print(f"  {t(change)}: {label}")
    if len(summary.changes) > _SHOWN_CHANGES:
        console.print(t("… and {n} more: see the export", n=len(summary.changes) - _SHOWN_CHANGES))
    console.print(
        t(
            "{linked} targets linked to catalog indicators; {proposed} not linked "
            "(a custom indicator is proposed in the export)",
            linked=summary.linked,
            proposed=summary.proposed_indicators,
        )
    )


class ReviewFormat(StrEnum):
    xlsx = "xlsx"
    yaml = "yaml"


@plan_app.command(
    "export", help=N_("Write a plan for review: one row per target and task, quote beside it.")
)
def export_command(
    plan: Annotated[int, typer.Option(help=N_("Plan id (see `healthplan plan list`)."))] = 1,
    fmt: Annotated[ReviewFormat, typer.Option("--format", help=N_("xlsx or yaml."))] = (
        ReviewFormat.xlsx
    ),
    out: OutOption = None,
) -> None:
    from healthplan.plans import export_plan

    path = out or Path(f"plan-{plan}.{fmt.value}")
    rows = export_plan(workspace(), plan, path, fmt.value)
    console.print(t("{n} rows written to {path}", n=rows, path=path))


@plan_app.command(
    "apply",
    help=N_(
        "Apply a reviewed export: edits, 确认 and 删除; nothing is stored if any row is wrong."
    ),
)
def apply_command(
    file: Annotated[Path, typer.Argument(help=N_("A reviewed export (.xlsx or .yaml)."))],
) -> None:
    from healthplan.plans import apply_plan

    counts = apply_plan(workspace(), file).counts
    console.print(
        t(
            "{updated} updated, {confirmed} confirmed, {deleted} deleted, {unchanged} unchanged",
            updated=counts["updated"],
            confirmed=counts["confirmed"],
            deleted=counts["deleted"],
            unchanged=counts["unchanged"],
        )
    )


@plan_app.command("list", help=N_("List the plans in the workspace."))
def list_command(fmt: FormatOption = OutputFormat.table, out: OutOption = None) -> None:
    from healthplan.plans import list_plans

    show(
        Sheet(
            "plans",
            [
                ("id", t("Id")),
                ("title", t("Title")),
                ("kind", t("Kind")),
                ("period", pt("plan", "Period")),
                ("documents", t("Documents")),
                ("status", t("Status")),
            ],
            [
                (
                    plan.id,
                    plan.title,
                    t(plan.kind.value),
                    plan.period.id,
                    len(plan.documents),
                    t(plan.status.value),
                )
                for plan in list_plans(workspace())
            ],
        ),
        fmt,
        out,
    )


class ReasonKindChoice(StrEnum):
    behind = "behind"
    adjusted = "adjusted"


@plan_app.command(
    "reason",
    help=N_(
        "Record in the ledger why a target is behind or was adjusted (cited by the "
        "mid-term and final evaluations)."
    ),
)
def reason_command(
    target: Annotated[int, typer.Argument(help=N_("Target id (编号 in the export)."))],
    text: Annotated[str, typer.Argument(help=N_("The reason, as the evaluation should cite it."))],
    kind: Annotated[
        ReasonKindChoice,
        typer.Option(help=N_("behind (滞后原因) or adjusted (调整原因).")),
    ] = ReasonKindChoice.behind,
) -> None:
    from healthplan.plans import record_reason

    reason = record_reason(workspace(), target, text, kind=kind.value)
    at = reason.at.astimezone().strftime("%Y-%m-%d %H:%M")
    if reason.kind.value == "behind":
        said = t("Target {id}: the reason it is behind is recorded ({at})", id=target, at=at)
    else:
        said = t("Target {id}: the reason it was adjusted is recorded ({at})", id=target, at=at)
    console.print(said)
