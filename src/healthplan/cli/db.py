"""``healthplan db upgrade|downgrade|current``: the schema (Alembic migrations)."""

from __future__ import annotations

from typing import Annotated

import typer

from healthplan.cli.common import App, database_label, workspace
from healthplan.console import console
from healthplan.errors import HealthplanError, NotFoundError
from healthplan.i18n import N_, t

db_app = App(help=N_("Database schema (Alembic migrations)."))


def _unknown_revision(revision: str) -> NotFoundError:
    return NotFoundError(t("unknown schema revision {rev}", rev=revision))


@db_app.command(
    "upgrade", help=N_("Upgrade the database schema to the latest (or given) revision.")
)
def upgrade_command(
    revision: Annotated[str, typer.Argument(help=N_("Target revision."))] = "heads",
) -> None:
    from alembic.util import CommandError

    ws = workspace(upgrade=False)
    try:
        ws.upgrade(revision)
    except CommandError:
        raise _unknown_revision(revision) from None
    console.print(t("Schema at {rev}", rev=ws.current()))


@db_app.command(
    "downgrade",
    help=N_(
        "Downgrade the database schema to the given revision: tables the older schema lacks "
        "are dropped with their data, after a backup in the workspace's backups folder."
    ),
)
def downgrade_command(
    revision: Annotated[str, typer.Argument(help=N_("Target revision, e.g. base."))],
    yes: Annotated[bool, typer.Option("--yes", help=N_("Do not ask for confirmation."))] = False,
) -> None:
    from alembic.util import CommandError

    ws = workspace(upgrade=False)
    if not yes and not _confirmed(
        t(
            "Downgrading {url} to {rev} drops the tables and data of every later revision "
            "(a backup is made first). Continue?",
            url=database_label(),
            rev=revision,
        )
    ):
        raise HealthplanError(t("nothing changed (confirm, or give --yes)"))
    try:
        saved = ws.downgrade(revision)
    except CommandError:
        raise _unknown_revision(revision) from None
    console.print(t("Backup: {path}", path=saved))
    console.print(t("Schema at {rev}", rev=ws.current() or "base"))


def _confirmed(question: str) -> bool:
    try:
        return typer.confirm(question, default=False)
    except typer.Abort:  # no terminal to answer on
        return False


@db_app.command(
    "current", help=N_("Show the schema revision of the database and the latest one available.")
)
def current_command() -> None:
    ws = workspace(upgrade=False)
    console.print(
        t(
            "Database {url}: revision {rev} (latest {head})",
            url=database_label(),
            rev=ws.current() or "base",
            head=ws.head(),
        )
    )
