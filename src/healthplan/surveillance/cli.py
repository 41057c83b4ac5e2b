"""``healthplan surveillance …``: thin veneers over the library functions of the same name."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from healthplan.console import console
from healthplan.console import fail as _fail
from healthplan.errors import HealthplanError
from healthplan.i18n import t
from healthplan.store import Workspace
from healthplan.surveillance.detectors import METHODS, detect
from healthplan.surveillance.lifecycle import SignalMetrics

if TYPE_CHECKING:
    from healthplan.demo.surveillance import SurveillanceDemo


surveillance_app = typer.Typer(
    help="Infectious-disease early warning / 传染病监测预警 (多点触发).", no_args_is_help=True
)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise typer.BadParameter(t("not a date YYYY-MM-DD: {v!r}", v=value)) from None


@surveillance_app.command("detect")
def detect_command(
    input: Annotated[Path, typer.Option("--input", help="CSV: series_id,date,count[,outbreak].")],
    method: Annotated[str, typer.Option("--method", help=" | ".join(METHODS))],
    out: Annotated[Path, typer.Option("--out", help="Alarms CSV to write.")],
    from_: Annotated[
        str | None,
        typer.Option("--from", help="First judged date (default: last 104 weeks / 728 days)."),
    ] = None,
    percentile: Annotated[
        float, typer.Option(help="CIDARS percentile P (50 or 80 as a rule).")
    ] = 50.0,
    workers: Annotated[int, typer.Option(help="Processes to spread the series over.")] = 1,
) -> None:
    """Run one detector over every series of a count file and write its alarms / 预警检测."""
    try:
        summary = detect(
            input,
            method,
            out,
            from_date=_parse_date(from_),
            percentile=percentile,
            workers=workers,
        )
    except HealthplanError as error:
        raise _fail(error) from None
    console.print(
        t(
            "{method}: {series} series, {rows} periods judged, {alarms} alarms -> {out}",
            method=summary.method,
            series=summary.series,
            rows=summary.rows,
            alarms=summary.alarms,
            out=summary.out,
        )
    )


def _workspace() -> Workspace:
    ws = Workspace()
    ws.ensure_schema()
    return ws


@surveillance_app.command("run")
def run_command(
    config: Annotated[
        Path | None, typer.Option(help="YAML rules (default: the built-in DEFAULT_CONFIG).")
    ] = None,
) -> None:
    """Run the configured detectors over the store's channel data and record signals / 运行预警."""
    from healthplan.surveillance.config import DEFAULT_CONFIG, load_config
    from healthplan.surveillance.pipeline import run_surveillance

    try:
        rules = load_config(config) if config else DEFAULT_CONFIG
    except HealthplanError as error:
        raise _fail(error) from None
    summary = run_surveillance(_workspace(), rules)
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


@surveillance_app.command("signals")
def signals_command(
    status: Annotated[
        str | None, typer.Option(help="open | verified | excluded | responding | closed | weak")
    ] = None,
) -> None:
    """List signals and their lifecycle (who verified, responded, closed, when) / 信号列表."""
    from healthplan.surveillance.lifecycle import signals

    rows = signals(_workspace(), status=status)
    table = Table()
    for column in ("ID", "Day", "Kind", "Disease", "Org unit", "Channel", "Status", "Verified"):
        table.add_column(t(column))
    for r in rows:
        verified = f"{r.verified_by} {r.verified_at:%Y-%m-%d %H:%M}" if r.verified_at else ""
        status_text = t(r.status) + (f" ({t('overdue')})" if r.overdue_at else "")
        table.add_row(
            str(r.id),
            str(r.day),
            t(r.kind),
            r.disease,
            r.org_unit,
            r.channel,
            status_text,
            verified,
        )
    console.print(table)


def _lifecycle_step(action: str, signal_id: int, by: str, note: str | None, **kw: str) -> None:
    from healthplan.surveillance import lifecycle

    try:
        row = getattr(lifecycle, action)(_workspace(), signal_id, by, note=note, **kw)
    except HealthplanError as error:
        raise _fail(error) from None
    console.print(t("signal {id}: {status}", id=row.id, status=t(row.status)))


@surveillance_app.command("verify")
def verify_command(
    signal_id: Annotated[int, typer.Argument(help="Signal ID.")],
    by: Annotated[str, typer.Option(help="Who verified (核实人).")],
    outcome: Annotated[str, typer.Option(help="confirmed | excluded")] = "confirmed",
    note: Annotated[str | None, typer.Option(help="Note.")] = None,
) -> None:
    """Record the verification (核实) of a signal: confirmed or excluded."""
    _lifecycle_step("verify", signal_id, by, note, outcome=outcome)


@surveillance_app.command("respond")
def respond_command(
    signal_id: Annotated[int, typer.Argument(help="Signal ID.")],
    by: Annotated[str, typer.Option(help="Who responds (处置人).")],
    note: Annotated[str | None, typer.Option(help="Note.")] = None,
) -> None:
    """Record the response (处置) to a confirmed signal."""
    _lifecycle_step("respond", signal_id, by, note)


@surveillance_app.command("close")
def close_command(
    signal_id: Annotated[int, typer.Argument(help="Signal ID.")],
    by: Annotated[str, typer.Option(help="Who closes it.")],
    note: Annotated[str | None, typer.Option(help="Note.")] = None,
) -> None:
    """Close a signal (关闭) after its response or exclusion."""
    _lifecycle_step("close", signal_id, by, note)


@surveillance_app.command("metrics")
def metrics_command() -> None:
    """Verification metrics: time to verification, share verified in time; flags overdue."""
    from healthplan.surveillance.lifecycle import flag_overdue, metrics

    ws = _workspace()
    flag_overdue(ws)
    print_metrics(metrics(ws))


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


def print_demo_surveillance(demo: SurveillanceDemo) -> None:
    """The demo's early-warning lines (called by ``healthplan demo``)."""
    kinds = ", ".join(f"{t(k)} {n}" for k, n in sorted(demo.signals_by_kind.items()))
    console.print(
        t(
            "Early warning: {detected} of {n} injected outbreaks signalled; signals: {kinds}",
            detected=demo.detected,
            n=len(demo.outbreaks),
            kinds=kinds,
        )
    )
    if demo.metrics is not None:
        print_metrics(demo.metrics)
