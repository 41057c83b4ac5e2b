"""``healthplan serve``: the web application over the workspace."""

from __future__ import annotations

from typing import Annotated

import typer

from healthplan.cli.common import workspace
from healthplan.console import console
from healthplan.i18n import N_, t

SERVE_HELP = N_("Serve the web application (pages and the REST API under /api).")


def serve_command(
    host: Annotated[
        str, typer.Option("--host", help=N_("Address to listen on (loopback by default)."))
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help=N_("Port."))] = 8000,
) -> None:
    from healthplan.web import serve

    console.print(t("healthplan serving on http://{host}:{port}/", host=host, port=port))
    serve(workspace(), host, port)
