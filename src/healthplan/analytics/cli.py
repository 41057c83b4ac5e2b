"""``healthplan compute`` and ``healthplan assess``: thin veneers over the library."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from healthplan.analytics.assess import Assessment, AssessmentReport, Status, assess
from healthplan.analytics.compute import compute
from healthplan.i18n import t

console = Console()

_STYLE = {
    Status.met: "green",
    Status.on_schedule: "cyan",
    Status.behind: "yellow",
    Status.far_behind: "bold red",
    Status.no_data: "dim",
}


_COMPARATOR = {
    ">=": "≥",
    "<=": "≤",
    ">": ">",
    "<": "<",
    "=": "=",
    "increase_by": "+",
    "decrease_by": "−",
}


def _fmt(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def print_assessment(report: AssessmentReport, out: Console | None = None) -> None:
    """The assessment as Rich tables, one per target (titled with the indicator and the
    responsible departments), then the department ranking."""
    out = out or console
    out.print(f"[bold]{t('Target assessment as of {date}', date=report.as_of.isoformat())}[/]")
    groups: dict[tuple[int, str], list[Assessment]] = {}
    for row in report.rows:
        groups.setdefault((row.target_id, row.indicator_code), []).append(row)
    for rows in groups.values():
        head = rows[0]
        title = f"{head.indicator_name}  {t('Responsible')}：{'、'.join(head.departments) or '—'}"
        table = Table(title=title, title_justify="left", padding=(0, 1))
        for heading in (
            t("Org unit"),
            t("Actual"),
            t("Target"),
            t("Expected by now"),
            t("Status"),
            t("Forecast"),
            t("Likelihood"),
            t("Rank"),
        ):
            table.add_column(heading, justify="left" if heading == t("Org unit") else "right")
        for row in rows:
            table.add_row(
                row.org_unit_name,
                _fmt(row.actual),
                _COMPARATOR.get(row.comparator, row.comparator) + _fmt(row.target),
                _fmt(row.expected),
                f"[{_STYLE[row.status]}]{row.status.label}[/]",
                _fmt(row.forecast),
                "—" if row.likelihood is None else f"{row.likelihood:.0%}",
                "" if row.rank is None else str(row.rank),
            )
        out.print(table)
    if report.departments:
        ranking = Table(title=t("Department ranking (通报排名)"))
        for heading in (t("Rank"), t("Department"), t("Met or on schedule"), t("Assessed")):
            ranking.add_column(heading)
        for rank, name, good, total in report.departments:
            ranking.add_row(str(rank), name, str(good), str(total))
        out.print(ranking)


def assess_command(
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Date to assess at (YYYY-MM-DD).")
    ] = None,
    orgunit: Annotated[
        str | None, typer.Option("--orgunit", help="Assess at this org unit and those below.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Assess every target: actual, 序时进度, status, forecast, ranking / 目标评估."""
    from healthplan.cli import workspace

    ws = workspace()
    ws.ensure_schema()
    day = date.fromisoformat(as_of) if as_of else None
    report = assess(ws, as_of=day, org_unit=orgunit)
    if as_json:
        payload = {
            "as_of": report.as_of.isoformat(),
            "rows": [
                {**asdict(r), "as_of": r.as_of.isoformat(), "status": r.status.value}
                for r in report.rows
            ],
            "departments": [
                {"rank": r, "department": d, "good": g, "assessed": n}
                for r, d, g, n in report.departments
            ],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if not report.rows:
        console.print(t("No targets linked to indicators yet."))
        return
    print_assessment(report)


def compute_command(
    indicator: Annotated[
        list[str] | None, typer.Option("--indicator", help="Indicator code (repeatable).")
    ] = None,
    orgunit: Annotated[
        list[str] | None, typer.Option("--orgunit", help="Org unit code (repeatable).")
    ] = None,
    period: Annotated[
        list[str] | None, typer.Option("--period", help="Period id, e.g. 2024Q1 (repeatable).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Compute every indicator for every org unit and period (DuckDB) / 指标计算."""
    from healthplan.cli import workspace

    ws = workspace()
    ws.ensure_schema()
    summary = compute(ws, indicators=indicator, org_units=orgunit, periods=period)
    if as_json:
        typer.echo(json.dumps([asdict(v) for v in summary.values], ensure_ascii=False, indent=2))
        return
    console.print(
        t(
            "{n} values: {i} indicators × {o} org units × {p} periods",
            n=len(summary.values),
            i=summary.indicators,
            o=summary.org_units,
            p=summary.periods,
        )
    )
    if indicator or orgunit or period:
        table = Table()
        for heading in (
            t("Indicator"),
            t("Org unit"),
            t("Period"),
            t("Numerator"),
            t("Denominator"),
            t("Value"),
        ):
            table.add_column(heading)
        for v in summary.values[:500]:
            table.add_row(
                v.indicator,
                v.org_unit,
                v.period,
                _fmt(v.numerator, 0),
                _fmt(v.denominator, 0),
                _fmt(v.value, 2),
            )
        console.print(table)
