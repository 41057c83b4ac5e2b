"""``healthplan users …``: the web application's users, roles and scopes."""

from __future__ import annotations

from typing import Annotated

import typer

from healthplan.cli.common import App, workspace
from healthplan.console import console
from healthplan.i18n import N_, t

users_app = App(help=N_("Users of the web application: roles and scopes."))


@users_app.command("add", help=N_("Add a user, or change one's role, scope and password."))
def add_command(
    name: Annotated[str, typer.Argument(help=N_("User name."))],
    role: Annotated[
        str,
        typer.Option(
            "--role",
            help=N_("administrator, planner, department-reporter, org-unit-reporter or viewer."),
        ),
    ],
    org_unit: Annotated[
        str | None, typer.Option("--org-unit", help=N_("Scope: this org unit and below."))
    ] = None,
    department: Annotated[
        list[str] | None,
        typer.Option("--department", help=N_("Scope: a department (repeat for more).")),
    ] = None,
    password: Annotated[
        str,
        typer.Option(
            "--password",
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            envvar="HEALTHPLAN_NEW_PASSWORD",
            help=N_("Password (asked for when not given; or HEALTHPLAN_NEW_PASSWORD)."),
        ),
    ] = "",
) -> None:
    from healthplan.web import add_user

    user = add_user(
        workspace(), name, role, password, org_unit=org_unit, departments=department or []
    )
    console.print(t("user {name} saved ({role})", name=user.name, role=user.role.value))
