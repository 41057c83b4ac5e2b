"""The ``healthplan`` command: one module per stage, each command a thin veneer over the
library function of the same name. Errors, language, tables and logging are handled once,
in :mod:`healthplan.cli.common`."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from healthplan.__about__ import __version__
from healthplan.cli.analytics import ASSESS_HELP, COMPUTE_HELP, assess_command, compute_command
from healthplan.cli.common import App, LocalCommand, RootGroup
from healthplan.cli.data import data_app
from healthplan.cli.db import db_app
from healthplan.cli.demo import DEMO_HELP, demo_command
from healthplan.cli.documents import INGEST_HELP, ingest_command
from healthplan.cli.extraction import EXTRACT_HELP, extract_command
from healthplan.cli.interop import fhir_app
from healthplan.cli.metadata import metadata_app
from healthplan.cli.orgunits import orgunits_app
from healthplan.cli.plans import plan_app
from healthplan.cli.programs import GENERATE_HELP, generate_command, records_app
from healthplan.cli.report import report_app
from healthplan.cli.serve import SERVE_HELP, serve_command
from healthplan.cli.surveillance import surveillance_app
from healthplan.cli.tasks import tasks_app
from healthplan.cli.users import users_app
from healthplan.cli.warnings import warnings_app
from healthplan.console import console
from healthplan.i18n import N_

__all__ = ["app", "main"]

app = App(
    help=N_("healthplan: plan targets, data collection, 序时进度 assessment and early warning."),
    cls=RootGroup,
)


class Language(StrEnum):
    zh = "zh"
    en = "en"


def _version(value: bool) -> None:
    if value:
        console.print(f"healthplan {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=N_("Show the version.")),
    ] = False,
    lang: Annotated[
        Language | None,
        typer.Option("--lang", help=N_("Language of the interface: zh (default) or en.")),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help=N_("Show the full traceback of an unexpected error."))
    ] = False,
) -> None:
    # --lang and --debug take effect before parsing (RootGroup.main); here they are checked.
    del version, lang, debug


app.command("ingest", help=INGEST_HELP, cls=LocalCommand)(ingest_command)
app.command("extract", help=EXTRACT_HELP, cls=LocalCommand)(extract_command)
app.add_typer(plan_app, name="plan")
app.add_typer(orgunits_app, name="orgunits")
app.add_typer(data_app, name="data")
app.add_typer(metadata_app, name="metadata")
app.add_typer(fhir_app, name="fhir")
app.command("compute", help=COMPUTE_HELP, cls=LocalCommand)(compute_command)
app.command("assess", help=ASSESS_HELP, cls=LocalCommand)(assess_command)
app.add_typer(surveillance_app, name="surveillance")
app.command("generate", help=GENERATE_HELP, cls=LocalCommand)(generate_command)
app.add_typer(records_app, name="records")
app.add_typer(tasks_app, name="tasks")
app.add_typer(warnings_app, name="warnings")
app.add_typer(report_app, name="report")
app.command("demo", help=DEMO_HELP, cls=LocalCommand)(demo_command)
app.add_typer(db_app, name="db")
app.command("serve", help=SERVE_HELP, cls=LocalCommand)(serve_command)
app.add_typer(users_app, name="users")


def main() -> None:
    app()
