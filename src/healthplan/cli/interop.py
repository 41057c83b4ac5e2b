"""``healthplan fhir export``: indicator values and target judgements as FHIR R4."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from healthplan.cli.common import App, OutOption, date_option, parse_period, workspace
from healthplan.console import console
from healthplan.i18n import N_, t

fhir_app = App(help=N_("HL7 FHIR R4: Measure and MeasureReport resources."))


@fhir_app.command(
    "export",
    help=N_(
        "Export indicator values and target judgements as a FHIR R4 Bundle: a Measure per "
        "indicator, a MeasureReport per value and per judgement, validated."
    ),
)
def export_command(
    indicator: Annotated[
        list[str] | None, typer.Option("--indicator", help=N_("Indicator code (repeatable)."))
    ] = None,
    org_unit: Annotated[
        list[str] | None, typer.Option("--org-unit", help=N_("Org unit code (repeatable)."))
    ] = None,
    period: Annotated[
        list[Any] | None,
        typer.Option(
            "--period",
            parser=parse_period,
            metavar="PERIOD",
            help=N_("Period, e.g. 2024-03, 2024年第一季度 or 2024Q1 (repeatable)."),
        ),
    ] = None,
    as_of: Annotated[Any, date_option("--as-of", N_("Date to assess at, e.g. 2024-06-30."))] = None,
    judgements: Annotated[
        bool,
        typer.Option("--judgements/--no-judgements", help=N_("Include target judgements.")),
    ] = True,
    out: OutOption = None,
) -> None:
    from healthplan.interop import export_fhir

    result = export_fhir(
        workspace(),
        out,
        indicators=indicator,
        org_units=org_unit,
        periods=[p.id for p in period] if period else None,
        as_of=as_of,
        judgements=judgements,
    )
    if out is None:
        typer.echo(result.content.decode("utf-8"))
        return
    console.print(
        t(
            "{measures} measures, {reports} value reports, {judgements} judgements written "
            "to {path}",
            measures=result.measures,
            reports=result.reports,
            judgements=result.judgements,
            path=out,
        )
    )
