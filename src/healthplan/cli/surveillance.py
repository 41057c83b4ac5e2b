"""``healthplan surveillance …``: infectious-disease early warning (传染病监测预警, 多点触发)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from healthplan.cli.common import (
    App,
    FormatOption,
    OutOption,
    OutputFormat,
    Sheet,
    date_option,
    show,
    workspace,
)
from healthplan.console import console
from healthplan.i18n import N_, pt, t

if TYPE_CHECKING:
    from healthplan.surveillance import SignalMetrics

surveillance_app = App(help=N_("Infectious-disease early warning (多点触发)."))

SignalArgument = Annotated[int, typer.Argument(help=N_("Signal id."))]
NoteOption = Annotated[str | None, typer.Option(help=N_("Note."))]


def _method(value: str) -> str:
    from healthplan.surveillance import METHODS

    if value not in METHODS:
        raise typer.BadParameter(
            t(
                "unknown method {value}; choose one of {choices}",
                value=value,
                choices=", ".join(sorted(METHODS)),
            )
        )
    return value


@surveillance_app.command(
    "detect", help=N_("Run one detector over every series of a count file and write its alarms.")
)
def detect_command(
    file: Annotated[Path, typer.Argument(help=N_("CSV: series_id,date,count[,outbreak]."))],
    method: Annotated[
        str,
        typer.Option(
            "--method",
            parser=_method,
            metavar="METHOD",
            help=N_("Detector: cidars, ears_c1, farrington_flexible, cusum …"),
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help=N_("Alarms CSV to write."))],
    from_: Annotated[
        Any,
        date_option("--from", N_("First judged day (default: the last 104 weeks or 728 days).")),
    ] = None,
    percentile: Annotated[
        float, typer.Option(help=N_("CIDARS percentile P (50 or 80 as a rule)."))
    ] = 50.0,
    workers: Annotated[int, typer.Option(help=N_("Processes to spread the series over."))] = 1,
) -> None:
    from healthplan.surveillance import detect

    summary = detect(file, method, out, from_date=from_, percentile=percentile, workers=workers)
    console.print(
        t(
            "{method}: {series} series, {rows} periods judged, {alarms} alarms -> {out}",
            method=summary.method,
            series=summary.series,
            rows=summary.judged,
            alarms=summary.alarms,
            out=summary.out,
        )
    )
    for reason, n in summary.unjudged.items():
        console.print(t("{n} periods not judged: {reason}", n=n, reason=reason))


@surveillance_app.command(
    "import",
    help=N_(
        "Load channel counts (网络直报, 发热门诊, 药店, 学校, 实验室) from a CSV or spreadsheet: "
        "columns 日期 (a day or an ISO week such as 2024W05), 疾病, 机构编码, 数量."
    ),
)
def import_command(
    file: Annotated[Path, typer.Argument(help=N_("CSV or spreadsheet of counts."))],
    channel: Annotated[
        str,
        typer.Option("--channel", help=N_("Channel: cases, fever, pharmacy, school or lab.")),
    ],
) -> None:
    from healthplan.surveillance import import_counts

    summary = import_counts(workspace(), file, channel)
    console.print(
        t(
            "{channel}: {rows} counts read ({first} to {last}), {written} new or changed, "
            "{unchanged} already stored",
            channel=summary.channel,
            rows=summary.rows,
            first=summary.first or "—",
            last=summary.last or "—",
            written=summary.written,
            unchanged=summary.unchanged,
        )
    )


@surveillance_app.command(
    "run",
    help=N_("Run the configured detectors over the store's channel data and record signals."),
)
def run_command(
    config: Annotated[
        Path | None, typer.Option(help=N_("YAML rules (default: the built-in rules)."))
    ] = None,
) -> None:
    from healthplan.surveillance import DEFAULT_CONFIG, load_config, run_surveillance

    rules = load_config(config) if config else DEFAULT_CONFIG
    summary = run_surveillance(workspace(), rules)
    console.print(
        t(
            "{alarms} channel alarms; {recorded} new signals recorded; {overdue} overdue",
            alarms=summary.channel_alarms,
            recorded=summary.recorded,
            overdue=summary.overdue,
        )
    )
    for kind, n in sorted(summary.by_kind.items()):
        console.print(f"  {t(kind)}: {n}")


@surveillance_app.command(
    "signals", help=N_("List signals and their lifecycle (who verified, responded, closed, when).")
)
def signals_command(
    status: Annotated[
        str | None,
        typer.Option(help=N_("open | verified | excluded | responding | closed | weak")),
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.surveillance import signals

    rows = signals(workspace(), status=status)
    show(
        Sheet(
            "signals",
            [
                ("id", t("ID")),
                ("day", t("Day")),
                ("kind", t("Kind")),
                ("disease", t("Disease")),
                ("org_unit", t("Org unit")),
                ("channel", t("Channel")),
                ("status", t("Status")),
                ("verified", t("Verified")),
            ],
            [
                (
                    r.id,
                    str(r.day),
                    t(r.kind),
                    r.disease,
                    r.org_unit,
                    r.channel,
                    t("{status} (overdue)", status=pt("signal", r.status))
                    if r.overdue_at
                    else pt("signal", r.status),
                    f"{r.verified_by} {r.verified_at:%Y-%m-%d %H:%M}" if r.verified_at else "",
                )
                for r in rows
            ],
        ),
        fmt,
        out,
    )


def _step(row: Any) -> None:
    console.print(t("signal {id}: {status}", id=row.id, status=pt("signal", row.status)))


@surveillance_app.command(
    "verify", help=N_("Record the verification (核实) of a signal: confirmed or excluded.")
)
def verify_command(
    signal_id: SignalArgument,
    by: Annotated[str, typer.Option(help=N_("Who verified (核实人)."))],
    outcome: Annotated[str, typer.Option(help=N_("confirmed | excluded"))] = "confirmed",
    note: NoteOption = None,
) -> None:
    from healthplan.surveillance import verify

    _step(verify(workspace(), signal_id, by, outcome, note=note))


@surveillance_app.command("respond", help=N_("Record the response (处置) to a confirmed signal."))
def respond_command(
    signal_id: SignalArgument,
    by: Annotated[str, typer.Option(help=N_("Who responds (处置人)."))],
    note: NoteOption = None,
) -> None:
    from healthplan.surveillance import respond

    _step(respond(workspace(), signal_id, by, note=note))


@surveillance_app.command(
    "close", help=N_("Close a signal (关闭) after its response or exclusion.")
)
def close_command(
    signal_id: SignalArgument,
    by: Annotated[str, typer.Option(help=N_("Who closes it."))],
    note: NoteOption = None,
) -> None:
    from healthplan.surveillance import close

    _step(close(workspace(), signal_id, by, note=note))


@surveillance_app.command(
    "metrics", help=N_("Verification metrics: time to verification, share verified in time.")
)
def metrics_command() -> None:
    from healthplan.surveillance import metrics

    print_metrics(metrics(workspace()))


def print_metrics(m: SignalMetrics) -> None:
    share = "-" if m.share_in_time is None else f"{m.share_in_time:.0%}"
    hours = "-" if m.median_hours_to_verify is None else f"{m.median_hours_to_verify:.1f}"
    console.print(
        t(
            "Signals {due} (verified {verified}, in time {share}, median {hours} h to "
            "verification); overdue warnings {overdue}",
            due=m.due,
            verified=m.verified,
            share=share,
            hours=hours,
            overdue=m.overdue_open,
        )
    )
