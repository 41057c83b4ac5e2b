"""``healthplan compute`` and ``healthplan assess``: indicators and the 序时进度 assessment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from healthplan.cli.common import (
    FormatOption,
    OutOption,
    OutputFormat,
    Sheet,
    date_option,
    parse_period,
    show,
    workspace,
)
from healthplan.console import console
from healthplan.i18n import N_, pt, t

if TYPE_CHECKING:
    from healthplan.analytics import AssessmentReport

COMPUTE_HELP = N_("Compute every indicator for every org unit and period (DuckDB).")
ASSESS_HELP = N_("Assess every target: actual, 序时进度, status, forecast, ranking.")

_STYLE = {
    "met": "green",
    "on_schedule": "cyan",
    "behind": "yellow",
    "far_behind": "bold red",
    "no_data": "dim",
}
_COMPARATOR = {"increase_by": "+", "decrease_by": "−", ">=": "≥", "<=": "≤"}


def _columns() -> list[tuple[str, str]]:
    return [
        ("org_unit", t("Org unit")),
        ("actual", t("Actual")),
        ("target", t("Target")),
        ("expected", t("Expected by now")),
        ("status", t("Status")),
        ("forecast", t("Forecast")),
        ("likelihood", t("Likelihood")),
        ("rank", t("Rank")),
    ]


def print_assessment(
    report: AssessmentReport, fmt: OutputFormat = OutputFormat.table, out: Any = None
) -> None:
    """The assessment: in a terminal one table per target (titled with the indicator and the
    responsible departments), elsewhere one flat table; then the department ranking."""

    def cells(row: Any) -> list[Any]:
        return [
            row.org_unit_name,
            row.actual,
            _COMPARATOR.get(row.comparator, row.comparator) + f"{row.target:g}",
            row.expected,
            Text(row.status.label, style=_STYLE.get(row.status.value, "")),
            row.forecast,
            None if row.likelihood is None else f"{row.likelihood:.0%}",
            row.rank,
        ]

    ranking = Sheet(
        "departments",
        [
            ("rank", t("Rank")),
            ("department", t("Department")),
            ("good", t("Met or on schedule")),
            ("assessed", t("Assessed")),
        ],
        [list(entry) for entry in report.departments],
        title=t("Department ranking (通报排名)"),
    )
    if fmt is not OutputFormat.table:
        flat = Sheet(
            "assessment",
            [
                ("target_id", t("Target id")),
                ("indicator", t("Indicator")),
                ("departments", t("Responsible")),
                ("org_unit_code", t("Org unit code")),
                *_columns(),
            ],
            [
                [r.target_id, r.indicator_name, "、".join(r.departments), r.org_unit, *cells(r)]
                for r in report.rows
            ],
        )
        show([flat, ranking], fmt, out)
        return
    console.print(
        Text(t("Target assessment as of {date}", date=report.as_of.isoformat()), style="bold")
    )
    groups: dict[int, list[Any]] = {}
    for row in report.rows:
        groups.setdefault(row.target_id, []).append(row)
    show(
        [
            Sheet(
                f"target_{target_id}",
                _columns(),
                [cells(r) for r in rows],
                title=t(
                    "{indicator}  responsible: {departments}",
                    indicator=rows[0].indicator_name,
                    departments="、".join(rows[0].departments) or "—",
                ),
            )
            for target_id, rows in groups.items()
        ]
        + ([ranking] if report.departments else []),
        fmt,
    )


IndicatorsOption = Annotated[
    list[str] | None, typer.Option("--indicator", help=N_("Indicator code (repeatable)."))
]
OrgUnitsOption = Annotated[
    list[str] | None, typer.Option("--org-unit", help=N_("Org unit code (repeatable)."))
]
PeriodsOption = Annotated[
    list[Any] | None,
    typer.Option(
        "--period",
        parser=parse_period,
        metavar="PERIOD",
        help=N_("Period, e.g. 2024-03, 2024年第一季度 or 2024Q1 (repeatable)."),
    ),
]
AsOfOption = Annotated[Any, date_option("--as-of", N_("Date to assess at, e.g. 2024-06-30."))]


def assess_command(
    as_of: AsOfOption = None,
    org_unit: Annotated[
        str | None,
        typer.Option("--org-unit", help=N_("Assess at this org unit and those below.")),
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.analytics import assess

    report = assess(workspace(), as_of=as_of, org_unit=org_unit)
    if not report.rows and fmt is OutputFormat.table:
        console.print(t("No targets linked to indicators yet."))
        return
    print_assessment(report, fmt, out)


def compute_command(
    indicator: IndicatorsOption = None,
    org_unit: OrgUnitsOption = None,
    period: PeriodsOption = None,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.analytics import compute

    periods = [p.id for p in period] if period else None
    summary = compute(workspace(), indicators=indicator, org_units=org_unit, periods=periods)
    if fmt is OutputFormat.table:
        console.print(
            t(
                "{n} values: {i} indicators × {o} org units × {p} periods",
                n=len(summary.values),
                i=summary.indicators,
                o=summary.org_units,
                p=summary.periods,
            )
        )
        if not (indicator or org_unit or period):
            return
    show(
        Sheet(
            "values",
            [
                ("indicator", t("Indicator")),
                ("org_unit", t("Org unit")),
                ("period", pt("reporting", "Period")),
                ("numerator", t("Numerator")),
                ("denominator", t("Denominator")),
                ("value", t("Value")),
            ],
            [
                (v.indicator, v.org_unit, v.period, v.numerator, v.denominator, v.value)
                for v in summary.values
            ],
        ),
        fmt,
        out,
    )
