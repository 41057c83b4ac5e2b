"""``healthplan fhir export``: indicator values and target judgements as FHIR R4."""

from __future__ import annotations

from typing import Annotated

import typer

from healthplan.cli.analytics import AsOfOption, IndicatorsOption, OrgUnitsOption, PeriodsOption
from healthplan.cli.common import App, OutOption, workspace
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
    indicator: IndicatorsOption = None,
    org_unit: OrgUnitsOption = None,
    period: PeriodsOption = None,
    as_of: AsOfOption = None,
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
