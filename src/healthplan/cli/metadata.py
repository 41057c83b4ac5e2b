"""``healthplan metadata import``: identifier mappings from a DHIS2 metadata export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from healthplan.cli.common import App, OutOption, workspace
from healthplan.console import console
from healthplan.i18n import N_, t

metadata_app = App(help=N_("Metadata of other systems: DHIS2 identifier mappings."))


@metadata_app.command(
    "import",
    help=N_(
        "Map DHIS2 UIDs and names to healthplan codes, from a DHIS2 metadata export (JSON: "
        "org units, data elements, category combos, options and option combos, data sets) or "
        "a mapping file (CSV kind,uid,code,name); --out writes the mapping file."
    ),
)
def import_command(
    file: Annotated[Path, typer.Argument(help=N_("DHIS2 metadata JSON or mapping CSV."))],
    out: OutOption = None,
) -> None:
    from healthplan.collection import import_metadata

    summary = import_metadata(workspace(), file, out)
    console.print(
        t(
            "{created} created, {updated} updated, {unchanged} unchanged",
            created=summary.created,
            updated=summary.updated,
            unchanged=summary.unchanged,
        )
    )
    if summary.written is not None:
        console.print(t("Mapping file written: {path}", path=summary.written))
