"""``healthplan data …``: thin veneers over the collection library."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from healthplan.collection.values import ValueImportSummary
from healthplan.errors import InputError
from healthplan.i18n import t

console = Console()
data_app = typer.Typer(
    help="Data collection: templates, import, export, workflow, quality / 数据采集.",
    no_args_is_help=True,
)


def _summary(summary: ValueImportSummary) -> None:
    console.print(
        t(
            "{created} created, {updated} updated, {unchanged} unchanged",
            created=summary.created,
            updated=summary.updated,
            unchanged=summary.unchanged,
        )
    )


@data_app.command("template")
def template(
    dataset: Annotated[str, typer.Argument(help="Data set code.")],
    orgunit: Annotated[str, typer.Option("--orgunit", help="Org unit whose units report.")],
    period: Annotated[str, typer.Option("--period", help="Period, e.g. 2024M06.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Workbook to write.")
    ] = None,
) -> None:
    """Write a fill-in Excel workbook for a data set, org unit and period / 生成填报模板."""
    from healthplan.cli import fail, workspace
    from healthplan.collection.excel import write_template

    ws = workspace()
    ws.ensure_schema()
    path = output or Path(f"{dataset}-{orgunit}-{period}.xlsx")
    try:
        written = write_template(ws, dataset, orgunit, period, path)
    except InputError as error:
        raise fail(error) from None
    console.print(t("Template written: {path}", path=written))


@data_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help=".xlsx template, CSV, JSON or DHIS2 file.")],
    dataset: Annotated[
        str | None, typer.Option("--dataset", help="Restrict to this data set.")
    ] = None,
) -> None:
    """Import data values (all or nothing; every problem listed) / 导入数据."""
    from healthplan.cli import fail, workspace
    from healthplan.collection.excel import import_workbook
    from healthplan.collection.formats import read_value_file
    from healthplan.collection.values import import_values

    ws = workspace()
    ws.ensure_schema()
    try:
        if file.suffix.lower() in (".xlsx", ".xlsm") and _is_template(file):
            summary = import_workbook(ws, file)
        else:
            values, named = read_value_file(file)
            summary = import_values(ws, values, data_set=dataset or named)
    except InputError as error:
        raise fail(error) from None
    _summary(summary)


def _is_template(file: Path) -> bool:
    from openpyxl import load_workbook

    book = load_workbook(file, read_only=True)
    names = book.sheetnames
    book.close()
    return "_meta" in names or "数据填报" in names


@data_app.command("export")
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="dhis2-json, dhis2-csv, json or csv.")
    ] = "dhis2-json",
    orgunit: Annotated[str | None, typer.Option("--orgunit", help="Subtree to export.")] = None,
    start: Annotated[str | None, typer.Option("--start", help="From date YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--end", help="To date YYYY-MM-DD.")] = None,
    dataset: Annotated[
        str | None, typer.Option("--dataset", help="Only this data set's elements.")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write.")] = None,
) -> None:
    """Export data values, e.g. as DHIS2 dataValueSets / 导出数据."""
    from healthplan.cli import fail, workspace
    from healthplan.collection.datasets import get_data_set
    from healthplan.collection.formats import select_values, write_values

    ws = workspace()
    ws.ensure_schema()
    try:
        elements = get_data_set(ws, dataset).elements if dataset else None
    except InputError as error:
        raise fail(error) from None
    values = select_values(
        ws,
        org_unit=orgunit,
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
        elements=elements,
    )
    text = write_values(values, fmt, dataset)
    if output:
        output.write_text(text, encoding="utf-8")
        console.print(t("{n} values written to {path}", n=len(values), path=output))
    else:
        typer.echo(text)
