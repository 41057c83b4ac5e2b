"""``healthplan extract FILE... [--out targets.jsonl] [--tasks tasks.jsonl]``: a thin veneer
over :func:`healthplan.extraction.extract`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from healthplan.documents.errors import IngestError
from healthplan.extraction import extract, target_record, task_record, write_jsonl
from healthplan.i18n import t

__all__ = ["extract_command"]


def extract_command(
    files: Annotated[
        list[Path], typer.Argument(help="Plan documents: .txt (any encoding), .docx, .pdf, .html.")
    ],
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the targets here, one JSON object a line.")
    ] = None,
    tasks: Annotated[
        Path | None, typer.Option("--tasks", help="Write the tasks here, one JSON object a line.")
    ] = None,
    link: Annotated[bool, typer.Option(help="Link targets to the indicator catalog.")] = True,
) -> None:
    """Read quantitative targets and tasks out of plan documents (提取规划目标与任务)."""
    try:
        results = extract(files, link=link)
    except IngestError as error:
        Console(stderr=True).print(f"[bold red]{error}[/]", highlight=False)
        raise typer.Exit(1) from None
    targets = [target_record(target) for result in results for target in result.targets]
    task_rows = [task_record(task) for result in results for task in result.tasks]
    console = Console()
    if out is None and tasks is None:
        for record in targets:
            typer.echo(json.dumps(record, ensure_ascii=False))
        return
    if out is not None:
        write_jsonl(targets, out)
    if tasks is not None:
        write_jsonl(task_rows, tasks)
    table = Table()
    table.add_column(t("File"))
    table.add_column(t("Targets"), justify="right")
    table.add_column(t("Linked"), justify="right")
    table.add_column(t("Tasks"), justify="right")
    for result in results:
        linked = sum(1 for target in result.targets if target.indicator_code)
        table.add_row(
            result.source.name, str(len(result.targets)), str(linked), str(len(result.tasks))
        )
    console.print(table)
    if out is not None:
        console.print(t("{n} targets written to {path}", n=len(targets), path=out))
    if tasks is not None:
        console.print(t("{n} tasks written to {path}", n=len(task_rows), path=tasks))
