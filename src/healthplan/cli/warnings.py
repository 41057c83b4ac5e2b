"""``healthplan warnings …``: the warnings inbox (预警), its rules and notifications."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from healthplan.cli.common import (
    App,
    FormatOption,
    OutOption,
    OutputFormat,
    Sheet,
    parse_date,
    show,
    workspace,
)
from healthplan.console import console
from healthplan.i18n import N_, NP_, pt, t

warnings_app = App(help=N_("Warnings (预警): run the rules, the inbox, acknowledge and resolve."))

# the outbox's stored values, as shown
_DELIVERY = {
    "digest": NP_("delivery", "digest"),
    "immediate": NP_("delivery", "immediate"),
    "email": NP_("delivery", "e-mail"),
    "webhook": NP_("delivery", "webhook"),
    "pending": NP_("delivery", "pending"),
    "retry": NP_("delivery", "to retry"),
    "sent": NP_("delivery", "sent"),
    "failed": NP_("delivery", "failed"),
}


def _delivery(value: str) -> str:
    return pt("delivery", _DELIVERY[value])


WarningArgument = Annotated[int, typer.Argument(help=N_("Warning id."))]
ByOption = Annotated[str, typer.Option("--by", help=N_("Who (name or post)."))]
NoteOption = Annotated[str | None, typer.Option("--note", help=N_("Note."))]
RulesOption = Annotated[
    Path | None,
    typer.Option("--rules", help=N_("YAML rules (default: warnings.yaml in the workspace).")),
]


@warnings_app.command(
    "run", help=N_("Evaluate every rule now, record warnings, send notifications (idempotent).")
)
def run_command(
    as_of: Annotated[
        Any,
        typer.Option(
            "--as-of", parser=parse_date, metavar="DATE", help=N_("Judge as of this date.")
        ),
    ] = None,
    rules: RulesOption = None,
    notify: Annotated[
        bool, typer.Option("--notify/--no-notify", help=N_("Send digests and red alerts."))
    ] = True,
) -> None:
    from healthplan.warnings import WarningKind, run_warnings

    run = run_warnings(workspace(), as_of=as_of, rules_file=rules, notify=notify)
    r, d = run.recorded, run.delivered
    console.print(
        t(
            "{raised} new warnings, {aged} persisting, {unchanged} unchanged, {lifted} lifted",
            raised=r.raised,
            aged=r.aged,
            unchanged=r.unchanged,
            lifted=r.lifted,
        )
    )
    for kind, n in sorted(r.by_kind.items()):
        console.print(f"  {WarningKind(kind).label}: {n}")
    console.print(
        t(
            "notifications: {queued} queued, {sent} sent, {retrying} to retry, {failed} failed",
            queued=d.queued,
            sent=d.sent,
            retrying=d.retrying,
            failed=d.failed,
        )
    )


@warnings_app.command("list", help=N_("List warnings, most severe first."))
def list_command(
    department: Annotated[str | None, typer.Option(help=N_("Department."))] = None,
    severity: Annotated[str | None, typer.Option(help=N_("红, 橙 or 黄."))] = None,
    state: Annotated[str | None, typer.Option(help=N_("新, 已接收, 已处理 or 已解除."))] = None,
    open_only: Annotated[bool, typer.Option("--open", help=N_("Only 新 and 已接收."))] = False,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.warnings import list_warnings

    rows = list_warnings(
        workspace(), department=department, severity=severity, state=state, open_only=open_only
    )
    show(
        Sheet(
            "warnings",
            [
                ("id", t("ID")),
                ("severity", t("Severity")),
                ("kind", t("Kind")),
                ("department", t("Department")),
                ("org_unit", t("Org unit")),
                ("message", t("Warning")),
                ("state", t("State")),
                ("first_seen", t("First seen")),
                ("age_days", t("Age (days)")),
                ("handled", t("Handled by")),
            ],
            [
                (
                    w.id,
                    w.severity.label,
                    w.kind.label,
                    w.department,
                    w.org_unit,
                    w.message,
                    w.state.label,
                    w.first_seen.isoformat(),
                    w.age_days,
                    w.closed_by or w.acknowledged_by,
                )
                for w in rows
            ],
            title=t("{n} warnings", n=len(rows)),
        ),
        fmt,
        out,
    )


def _done(warning: Any) -> None:
    console.print(t("warning {id}: {state}", id=warning.id, state=warning.state.label))


@warnings_app.command("ack", help=N_("Acknowledge a warning (新 → 已接收)."))
def ack_command(warning_id: WarningArgument, by: ByOption, note: NoteOption = None) -> None:
    from healthplan.warnings import acknowledge

    _done(acknowledge(workspace(), warning_id, by=by, note=note))


@warnings_app.command("resolve", help=N_("Record that a warning was handled (→ 已处理)."))
def resolve_command(warning_id: WarningArgument, by: ByOption, note: NoteOption = None) -> None:
    from healthplan.warnings import resolve

    _done(resolve(workspace(), warning_id, by=by, note=note))


@warnings_app.command("dismiss", help=N_("Lift a warning, e.g. a false alarm (→ 已解除)."))
def dismiss_command(warning_id: WarningArgument, by: ByOption, note: NoteOption = None) -> None:
    from healthplan.warnings import dismiss

    _done(dismiss(workspace(), warning_id, by=by, note=note))


@warnings_app.command(
    "deliveries", help=N_("The notification outbox: sent, to retry, failed (addresses masked).")
)
def deliveries_command(
    status: Annotated[str | None, typer.Option(help=N_("pending, retry, sent or failed."))] = None,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.warnings import list_deliveries

    show(
        Sheet(
            "deliveries",
            [
                ("id", t("ID")),
                ("kind", t("Kind")),
                ("channel", t("Channel")),
                ("recipient", t("Recipient")),
                ("department", t("Department")),
                ("subject", t("Subject")),
                ("status", t("Status")),
                ("attempts", t("Attempts")),
                ("error", t("Last error")),
            ],
            [
                (
                    d.id,
                    _delivery(d.kind),
                    _delivery(d.channel),
                    d.recipient,
                    d.department,
                    d.subject,
                    _delivery(d.status),
                    d.attempts,
                    d.last_error,
                )
                for d in list_deliveries(workspace(), status=status)
            ],
        ),
        fmt,
        out,
    )


@warnings_app.command("rules", help=N_("Print the rules in force (the defaults, or your file's)."))
def rules_command(rules: RulesOption = None) -> None:
    from healthplan.warnings import rules_yaml

    typer.echo(rules_yaml(workspace(), rules))
