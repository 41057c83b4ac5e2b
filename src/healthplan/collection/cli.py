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


def _workflow(action: str, dataset: str, orgunit: str, period: str, comment: str | None) -> None:
    from healthplan.cli import fail, workspace
    from healthplan.collection import workflow
    from healthplan.errors import HealthplanError

    ws = workspace()
    ws.ensure_schema()
    try:
        status = getattr(workflow, action)(ws, dataset, orgunit, period, comment)
    except (HealthplanError, InputError) as error:
        raise fail(error) from None
    console.print(
        t(
            "{ds} {ou} {period}: {state}",
            ds=status.data_set,
            ou=status.org_unit,
            period=status.period,
            state=t(status.state.value),
        )
    )


_DATASET = Annotated[str, typer.Argument(help="Data set code.")]
_ORGUNIT = Annotated[str, typer.Option("--orgunit", help="Reporting org unit.")]
_PERIOD = Annotated[str, typer.Option("--period", help="Period, e.g. 2024M06.")]
_COMMENT = Annotated[str | None, typer.Option("--comment", help="Note kept with the step.")]


@data_app.command("submit")
def submit(dataset: _DATASET, orgunit: _ORGUNIT, period: _PERIOD, comment: _COMMENT = None) -> None:
    """Submit a report (上报)."""
    _workflow("submit", dataset, orgunit, period, comment)


@data_app.command("review")
def review(dataset: _DATASET, orgunit: _ORGUNIT, period: _PERIOD, comment: _COMMENT = None) -> None:
    """Mark a submitted report as reviewed (审核)."""
    _workflow("review", dataset, orgunit, period, comment)


@data_app.command("approve")
def approve(
    dataset: _DATASET, orgunit: _ORGUNIT, period: _PERIOD, comment: _COMMENT = None
) -> None:
    """Approve a reviewed report and lock its data (审批)."""
    _workflow("approve", dataset, orgunit, period, comment)


@data_app.command("reopen")
def reopen(dataset: _DATASET, orgunit: _ORGUNIT, period: _PERIOD, comment: _COMMENT = None) -> None:
    """Return a report for correction, unlocking it (退回)."""
    _workflow("reopen", dataset, orgunit, period, comment)


@data_app.command("quality")
def quality(
    dataset: _DATASET,
    period: _PERIOD,
    orgunit: Annotated[str | None, typer.Option("--orgunit", help="Subtree to check.")] = None,
) -> None:
    """Completeness and timeliness, rule violations and outliers (数据质量)."""
    from rich.table import Table

    from healthplan.cli import fail, workspace
    from healthplan.collection.quality import completeness, outliers, validate_data

    ws = workspace()
    ws.ensure_schema()
    try:
        rates = completeness(ws, dataset, period, org_unit=orgunit)
        flags = validate_data(ws, dataset, period, org_unit=orgunit)
        flags += outliers(ws, dataset, period, org_unit=orgunit)
    except InputError as error:
        raise fail(error) from None
    table = Table(title=t("Reporting completeness and timeliness"))
    for heading in (
        t("Org unit"),
        t("Expected"),
        t("Reported"),
        t("Completeness"),
        t("On time"),
        t("Timeliness"),
    ):
        table.add_column(heading)
    for row in rates:
        if row.expected > 1 or len(rates) < 30:
            table.add_row(
                row.name,
                str(row.expected),
                str(row.reported),
                f"{row.completeness:.0%}",
                str(row.on_time),
                f"{row.timeliness:.0%}",
            )
    console.print(table)
    flagged = Table(title=t("{n} values flagged", n=len(flags)))
    for heading in (
        t("Check"),
        t("Data element / rule"),
        t("Org unit"),
        t("Period"),
        t("Value"),
        t("Detail"),
    ):
        flagged.add_column(heading)
    for flag in flags[:200]:
        flagged.add_row(
            t(flag.kind),
            flag.code,
            flag.org_unit,
            flag.period,
            "" if flag.value is None else f"{flag.value:g}",
            flag.detail,
        )
    console.print(flagged)
