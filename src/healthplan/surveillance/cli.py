"""``healthplan surveillance …``: thin veneers over the library functions of the same name."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from healthplan.errors import HealthplanError, InputError
from healthplan.i18n import t
from healthplan.surveillance.detect import METHODS, detect

console = Console()
err_console = Console(stderr=True)

surveillance_app = typer.Typer(
    help="Infectious-disease early warning / 传染病监测预警 (多点触发).", no_args_is_help=True
)


def _fail(error: HealthplanError) -> typer.Exit:
    if isinstance(error, InputError):
        err_console.print(
            f"[bold red]{t('{n} problem(s); nothing was stored:', n=len(error.problems))}[/]"
        )
        for problem in error.problems:
            err_console.print(f"  • {problem}", markup=False, highlight=False)
    else:
        err_console.print(f"[bold red]{error}[/]", highlight=False)
    return typer.Exit(1)


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
) -> None:
    """Run one detector over every series of a count file and write its alarms / 预警检测."""
    try:
        summary = detect(input, method, out, from_date=_parse_date(from_), percentile=percentile)
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
