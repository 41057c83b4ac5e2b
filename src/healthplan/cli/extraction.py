"""``healthplan extract FILE...``: targets and tasks read out of plan documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from healthplan.cli.common import FormatOption, OutputFormat, Sheet, show, workspace
from healthplan.console import console
from healthplan.i18n import N_, t

if TYPE_CHECKING:
    from healthplan.model import Department

EXTRACT_HELP = N_("Read quantitative targets and tasks out of plan documents.")


def extract_command(
    files: Annotated[
        list[Path],
        typer.Argument(help=N_("Plan documents: .txt (any encoding), .docx, .pdf, .html.")),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", help=N_("Write the targets here, one JSON object a line.")),
    ] = None,
    tasks: Annotated[
        Path | None,
        typer.Option("--tasks", help=N_("Write the tasks here, one JSON object a line.")),
    ] = None,
    link: Annotated[bool, typer.Option(help=N_("Link targets to the indicator catalog."))] = True,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    from healthplan.extraction import extract, write_extractions

    if fmt is OutputFormat.xlsx:  # --out here names the targets file, not a workbook
        raise typer.BadParameter(t("extract prints a table, csv or json, not xlsx"))
    results = extract(files, link=link, departments=_register())
    if out is not None or tasks is not None:
        n_targets, n_tasks = write_extractions(results, targets=out, tasks=tasks)
        show(
            Sheet(
                "files",
                [
                    ("file", t("File")),
                    ("targets", t("Targets")),
                    ("linked", t("Linked")),
                    ("tasks", t("Tasks")),
                ],
                [
                    (
                        r.source.name,
                        len(r.targets),
                        sum(1 for target in r.targets if target.indicator_code),
                        len(r.tasks),
                    )
                    for r in results
                ],
            ),
            fmt,
        )
        if out is not None:
            console.print(t("{n} targets written to {path}", n=n_targets, path=out))
        if tasks is not None:
            console.print(t("{n} tasks written to {path}", n=n_tasks, path=tasks))
        return
    show(
        Sheet(
            "targets",
            [
                ("doc", t("File")),
                ("indicator", t("Indicator")),
                ("comparator", t("Comparator")),
                ("value", t("Target")),
                ("unit", t("Unit")),
                ("deadline", t("Deadline")),
                ("departments", t("Responsible")),
            ],
            [
                (
                    r.source.name,
                    target.indicator_text,
                    target.comparator.value,
                    target.value,
                    target.unit,
                    target.deadline,
                    "、".join(target.departments),
                )
                for r in results
                for target in r.targets
            ],
        ),
        fmt,
    )


def _register() -> list[Department]:
    """The workspace's department register, when there is a workspace: extract reads files
    and creates no database, but names the departments as a workspace's register does."""
    from healthplan import config
    from healthplan.store import list_departments

    url = config.database_url()
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return []
    ws = workspace()
    try:
        return list_departments(ws)
    finally:
        ws.close()
