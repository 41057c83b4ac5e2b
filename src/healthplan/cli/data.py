"""``healthplan data …``: templates, import, export, the approval workflow and quality."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from healthplan.cli.common import (
    App,
    FormatOption,
    OrgUnitOption,
    OutOption,
    OutputFormat,
    PeriodOption,
    Sheet,
    date_option,
    show,
    workspace,
)
from healthplan.console import console, err_console
from healthplan.i18n import N_, pt, t

data_app = App(help=N_("Data collection: templates, import, export, workflow, quality."))

DataSetArgument = Annotated[str, typer.Argument(help=N_("Data set code."))]
DataSetOption = Annotated[str | None, typer.Option("--data-set", help=N_("Only this data set."))]
CommentOption = Annotated[str | None, typer.Option(help=N_("Note kept with the step."))]


def _export_format(value: str) -> str:
    from healthplan.collection import value_formats

    choices = sorted(value_formats(writable=True))
    if value not in choices:
        raise typer.BadParameter(
            t(
                "unknown format {value}; choose one of {choices}",
                value=value,
                choices=", ".join(choices),
            )
        )
    return value


@data_app.command(
    "template", help=N_("Write a fill-in Excel workbook for a data set, org unit and period.")
)
def template_command(
    data_set: DataSetArgument,
    org_unit: Annotated[str, typer.Option("--org-unit", help=N_("Org unit whose units report."))],
    period: PeriodOption,
    out: OutOption = None,
) -> None:
    from healthplan.collection import write_template

    path = out or Path(f"{data_set}-{org_unit}-{period.id}.xlsx")
    written = write_template(workspace(), data_set, org_unit, period.id, path)
    console.print(t("Template written: {path}", path=written))


IdSchemeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--id-scheme",
        metavar="SCHEME",
        help=N_(
            "Ids as DHIS2 id schemes: uid, code, name or attribute:UID, for all objects or per "
            "kind (dataElement=uid, orgUnit=code, categoryOptionCombo=uid, dataSet=uid); "
            "repeatable. Default code."
        ),
    ),
]


class ImportMode(StrEnum):
    atomic = "atomic"
    partial = "partial"


@data_app.command(
    "import",
    help=N_(
        "Import data values: template, CSV, JSON, DHIS2 dataValueSet (JSON, XML, CSV) or ADX. "
        "All or nothing unless --mode partial; every problem listed."
    ),
)
def import_command(
    file: Annotated[Path, typer.Argument(help=N_("File of data values."))],
    data_set: DataSetOption = None,
    id_scheme: IdSchemeOption = None,
    mode: Annotated[
        ImportMode,
        typer.Option(
            help=N_("atomic: store nothing if any value is wrong; partial: store the good ones.")
        ),
    ] = ImportMode.atomic,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help=N_("Check and count, store nothing."))
    ] = False,
    summary: Annotated[
        Path | None,
        typer.Option(
            "--summary",
            metavar="FILE",
            help=N_("Write an import summary (JSON, like DHIS2's importSummary) to FILE."),
        ),
    ] = None,
) -> None:
    from healthplan.collection import import_file

    result = import_file(
        workspace(),
        file,
        data_set=data_set,
        id_scheme=id_scheme,
        mode=mode.value,
        dry_run=dry_run,
        summary=summary,
    )
    for problem in result.conflicts:
        err_console.print(Text(str(problem)), soft_wrap=True)
    line = t(
        "{created} created, {updated} updated, {unchanged} unchanged, {deleted} deleted, "
        "{ignored} ignored",
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
        deleted=result.deleted,
        ignored=result.ignored,
    )
    console.print(t("Dry run, nothing stored: {summary}", summary=line) if dry_run else line)


@data_app.command("export", help=N_("Export data values, e.g. as DHIS2 dataValueSets."))
def export_command(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            parser=_export_format,
            metavar="FORMAT",
            help=N_("Value format: dhis2-json, dhis2-xml, dhis2-csv, adx, json, csv, xlsx."),
        ),
    ] = "dhis2-json",
    org_unit: Annotated[
        str | None, typer.Option("--org-unit", help=N_("Subtree to export."))
    ] = None,
    start: Annotated[Any, date_option("--start", N_("From this day, e.g. 2024-01-01."))] = None,
    end: Annotated[Any, date_option("--end", N_("Up to this day, e.g. 2024-12-31."))] = None,
    data_set: DataSetOption = None,
    id_scheme: IdSchemeOption = None,
    include_deleted: Annotated[
        bool,
        typer.Option(
            "--include-deleted",
            help=N_("Also the deleted values, marked deleted: true (DHIS2 formats)."),
        ),
    ] = False,
    out: OutOption = None,
) -> None:
    from healthplan.collection import export_values

    if out is None and fmt == "xlsx":
        raise typer.BadParameter(t("--format xlsx needs --out FILE"))
    result = export_values(
        workspace(),
        fmt,
        out,
        data_set=data_set,
        org_unit=org_unit,
        start=start,
        end=end,
        id_scheme=id_scheme,
        include_deleted=include_deleted,
    )
    if out is None:
        typer.echo(result.content.decode("utf-8"))
    else:
        console.print(t("{n} values written to {path}", n=result.count, path=out))


def _state(status: Any) -> None:
    console.print(
        t(
            "{ds} {ou} {period}: {state}",
            ds=status.data_set,
            ou=status.org_unit,
            period=status.period,
            state=status.state.label,
        )
    )


@data_app.command("submit", help=N_("Submit a report (上报)."))
def submit_command(
    data_set: DataSetArgument,
    org_unit: OrgUnitOption,
    period: PeriodOption,
    comment: CommentOption = None,
) -> None:
    from healthplan.collection import submit

    _state(submit(workspace(), data_set, org_unit, period.id, comment))


@data_app.command("review", help=N_("Mark a submitted report as reviewed (审核)."))
def review_command(
    data_set: DataSetArgument,
    org_unit: OrgUnitOption,
    period: PeriodOption,
    comment: CommentOption = None,
) -> None:
    from healthplan.collection import review

    _state(review(workspace(), data_set, org_unit, period.id, comment))


@data_app.command("approve", help=N_("Approve a reviewed report and lock its data (审批)."))
def approve_command(
    data_set: DataSetArgument,
    org_unit: OrgUnitOption,
    period: PeriodOption,
    comment: CommentOption = None,
) -> None:
    from healthplan.collection import approve

    _state(approve(workspace(), data_set, org_unit, period.id, comment))


@data_app.command("reopen", help=N_("Return a report for correction, unlocking it (退回)."))
def reopen_command(
    data_set: DataSetArgument,
    org_unit: OrgUnitOption,
    period: PeriodOption,
    comment: CommentOption = None,
) -> None:
    from healthplan.collection import reopen

    _state(reopen(workspace(), data_set, org_unit, period.id, comment))


@data_app.command("quality", help=N_("Completeness and timeliness, rule violations and outliers."))
def quality_command(
    data_set: DataSetArgument,
    period: PeriodOption,
    org_unit: Annotated[
        str | None, typer.Option("--org-unit", help=N_("Subtree to check."))
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.collection import quality_report

    report = quality_report(workspace(), data_set, period.id, org_unit=org_unit)
    rates = report.completeness
    show(
        [
            Sheet(
                "completeness",
                [
                    ("org_unit", t("Org unit")),
                    ("expected", t("Expected")),
                    ("reported", t("Reported")),
                    ("completeness", t("Completeness")),
                    ("on_time", t("On time")),
                    ("timeliness", t("Timeliness")),
                ],
                [
                    (
                        row.name,
                        row.expected,
                        row.reported,
                        f"{row.completeness:.0%}",
                        row.on_time,
                        f"{row.timeliness:.0%}",
                    )
                    for row in rates
                ],
                title=t("Reporting completeness and timeliness"),
            ),
            Sheet(
                "flags",
                [
                    ("check", t("Check")),
                    ("code", t("Data element / rule")),
                    ("org_unit", t("Org unit")),
                    ("period", pt("reporting", "Period")),
                    ("value", t("Value")),
                    ("detail", t("Detail")),
                ],
                [
                    (t(f.kind), f.code, f.org_unit, f.period, f.value, f.detail)
                    for f in report.flags
                ],
                title=t("{n} values flagged", n=len(report.flags)),
            ),
        ],
        fmt,
        out,
    )
