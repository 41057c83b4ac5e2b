"""``healthplan compute`` and ``healthplan assess``: indicators and the 序时进度 assessment."""

from __future__ import annotations

from pathlib import Path
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
ASSESS_HELP = N_(
    "Assess every target of the plan of record: actual, 序时进度, status, forecast, ranking; "
    "or judge the cases of a case file (--cases)."
)

_STYLE = {
    "met": "green",
    "on_schedule": "cyan",
    "behind": "yellow",
    "far_behind": "bold red",
    "not_met": "bold red",
    "no_data": "dim",
    "no_baseline": "dim",
}
_CASE_KEYS = ("status", "expected", "target_value", "final", "data_through", "actual", "missing")


def _columns() -> list[tuple[str, str]]:
    return [
        ("org_unit", t("Org unit")),
        ("actual_display", t("Actual")),
        ("target_display", t("Target")),
        ("expected_display", t("Expected by now")),
        ("status", t("Status")),
        ("data_through", t("Data through")),
        ("forecast", t("Forecast")),
        ("likelihood", t("Likelihood")),
        ("rank", t("Rank")),
    ]


def _status(row: Any) -> Text:
    text = row.status.label
    if row.units_met is not None:
        text += " " + t("({met}/{n} townships met)", met=row.units_met[0], n=row.units_met[1])
    return Text(text, style=_STYLE.get(row.status.value, ""))


def _forecast(row: Any) -> str | None:
    """The forecast, or why there is none where there is a figure to forecast from."""
    if row.forecast is None:
        return row.forecast_note if row.actual is not None and not row.final else None
    return row.forecast_display


def print_assessment(
    report: AssessmentReport, fmt: OutputFormat = OutputFormat.table, out: Any = None
) -> None:
    """The assessment: in a terminal one table per target (titled with the indicator, the
    baseline and the responsible departments), elsewhere one flat table with every field;
    then the department ranking. Every figure at the indicator's published precision."""

    def cells(row: Any) -> list[Any]:
        through = row.data_through or "—"
        if row.missing:
            through += " " + t("(missing {months})", months="、".join(row.missing))
        return [
            row.org_unit_name,
            row.actual_display,
            row.target_display,
            row.expected_display,
            _status(row),
            through,
            _forecast(row),
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
                ("draft", t("Draft")),
                ("indicator", t("Indicator")),
                ("departments", t("Responsible")),
                ("org_unit_code", t("Org unit code")),
                ("org_unit", t("Org unit")),
                ("status", t("Status")),
                ("status_label", t("Status label")),
                ("final", t("Final")),
                ("measure", t("Measure")),
                ("actual", t("Actual")),
                ("actual_display", t("Actual as printed")),
                ("target", t("Target")),
                ("target_display", t("Target as printed")),
                ("expected", t("Expected by now")),
                ("expected_display", t("Expected as printed")),
                ("baseline", t("Baseline")),
                ("baseline_source", t("Baseline from")),
                ("data_through", t("Data through")),
                ("missing", t("Missing months")),
                ("upper_met", t("Upper bound met")),
                ("units_met", t("Townships met")),
                ("forecast", t("Forecast")),
                ("forecast_display", t("Forecast as printed")),
                ("forecast_method", t("Forecast method")),
                ("forecast_note", t("No forecast because")),
                ("likelihood", t("Likelihood")),
                ("rank", t("Rank")),
            ],
            [
                [
                    r.target_id,
                    r.draft,
                    r.indicator_name,
                    "、".join(r.departments),
                    r.org_unit,
                    r.org_unit_name,
                    r.status.value,
                    r.status.label,
                    r.final,
                    r.measure,
                    r.actual,
                    r.actual_display,
                    r.target,
                    r.target_display,
                    r.expected,
                    r.expected_display,
                    r.baseline,
                    r.baseline_source,
                    r.data_through,
                    "、".join(r.missing),
                    r.upper_met,
                    None if r.units_met is None else f"{r.units_met[0]}/{r.units_met[1]}",
                    r.forecast,
                    r.forecast_display,
                    r.forecast_method,
                    r.forecast_note,
                    r.likelihood,
                    r.rank,
                ]
                for r in report.rows
            ],
        )
        show([flat, ranking], fmt, out)
        return
    heading = (
        t(
            "Target assessment as of {date}, the latest month every unit has reported",
            date=report.as_of.isoformat(),
        )
        if report.as_of_from_data
        else t("Target assessment as of {date}", date=report.as_of.isoformat())
    )
    console.print(Text(heading, style="bold"))
    groups: dict[int, list[Any]] = {}
    for row in report.rows:
        groups.setdefault(row.target_id, []).append(row)
    show(
        [
            Sheet(
                f"target_{target_id}",
                _columns(),
                [cells(r) for r in rows],
                title=_title(rows[0]),
            )
            for target_id, rows in groups.items()
        ]
        + ([ranking] if report.departments else []),
        fmt,
    )


def _title(row: Any) -> str:
    shown = "—" if row.baseline is None else f"{row.baseline:.{row.decimals}f}"
    if row.baseline is None and row.measure == "count":
        baseline = t("counted since the plan started")
    elif row.baseline is None:
        baseline = t("no baseline (无基线)")
    elif row.baseline_source == "plan":
        baseline = t("baseline {value} (plan)", value=shown)
    else:
        baseline = t("baseline {value} ({year} data)", value=shown, year=row.baseline_source)
    title = t(
        "{indicator}  {baseline}  responsible: {departments}",
        indicator=row.indicator_name,
        baseline=baseline,
        departments="、".join(row.departments) or "—",
    )
    return title + ("  " + t("(draft)") if row.draft else "")


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
    as_of: Annotated[
        Any,
        date_option(
            "--as-of",
            N_(
                "Use the data reported by this date (default: the latest month every unit has "
                "reported)."
            ),
        ),
    ] = None,
    org_unit: Annotated[
        str | None,
        typer.Option("--org-unit", help=N_("Assess at this org unit and those below.")),
    ] = None,
    include_drafts: Annotated[
        bool,
        typer.Option("--include-drafts", help=N_("Assess draft targets too, marked as drafts.")),
    ] = False,
    cases: Annotated[
        Path | None,
        typer.Option(
            "--cases",
            metavar="FILE",
            help=N_("Judge the cases of a case file (YAML) instead of the workspace's targets."),
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help=N_("Print JSON (as --format json)."))
    ] = False,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.analytics import assess, judge_cases

    fmt = OutputFormat.json if as_json else fmt
    if cases is not None:
        records = judge_cases(cases)
        show(
            Sheet(
                "cases",
                [("id", "id"), *((key, key) for key in _CASE_KEYS)],
                [[r["id"], *(r[key] for key in _CASE_KEYS)] for r in records],
            ),
            fmt,
            out,
        )
        return
    report = assess(workspace(), as_of=as_of, org_unit=org_unit, include_drafts=include_drafts)
    if not report.rows and fmt is OutputFormat.table:
        console.print(t("No confirmed targets linked to indicators yet (see --include-drafts)."))
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
