"""``healthplan report …``: bulletins (月统计、季分析、年研判、中期/终期评估、通报) written as
HTML, PDF, DOCX and XLSX, one at a time or whatever is due."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from healthplan.cli.common import App, PeriodOption, date_option, progress, workspace
from healthplan.console import console
from healthplan.i18n import N_, t

if TYPE_CHECKING:
    from healthplan.reports import ReportFiles

report_app = App(
    help=N_("Reports: 月统计, 季分析, 年研判, 中期/终期评估 and 通报 in HTML, PDF, DOCX and XLSX.")
)

# the built-in kinds (healthplan.reports.REPORTS); importing the registry here would load
# the report stack for every `healthplan --help`
KINDS = {
    "monthly": N_("Monthly statistics (月统计) for a month."),
    "quarterly": N_("Quarterly analysis (季分析) for a quarter."),
    "annual": N_("Annual assessment (年研判, 年度考核) for a year."),
    "midterm": N_("Mid-term evaluation of the plan (中期评估) as of a year."),
    "final": N_("Final evaluation of the plan (终期评估) as of a year."),
    "bulletin": N_("Bulletin (通报) ranking districts and departments, for a month or quarter."),
}
FormatsOption = Annotated[
    str,
    typer.Option(
        "--format",
        help=N_(
            "Formats to write, comma-separated: html,pdf,docx,xlsx "
            "(default: those of report-settings.yaml, else all)."
        ),
    ),
]
FolderOption = Annotated[
    Path | None,
    typer.Option("--out", help=N_("Folder to write to (default: reports/ in the workspace).")),
]
DraftsOption = Annotated[
    bool, typer.Option("--include-drafts", help=N_("Include targets not yet confirmed."))
]
DocNumberOption = Annotated[
    str | None,
    typer.Option(
        "--doc-number",
        help=N_("Document number (发文字号) for this run, e.g. 云卫通〔2024〕11号."),
    ),
]
SignerOption = Annotated[
    str | None, typer.Option("--signer", help=N_("Signer (签发人) for this run."))
]


def _formats(text: str) -> list[str] | None:
    """The formats typed; None (the configured ones) when none are."""
    return [part.strip().lower() for part in text.split(",") if part.strip()] or None


def print_reports(written: list[ReportFiles]) -> None:
    for files in written:
        for path in files.files:
            console.print(
                t("{kind} {period}: {path}", kind=files.kind, period=files.period, path=path)
            )
    if not written:
        console.print(t("No report is due."))


def _advance(bar: Any, task: Any) -> Callable[[str], None]:
    def step(name: str) -> None:
        bar.update(task, description=name)
        bar.advance(task)

    return step


def _kind_command(kind: str) -> Callable[..., None]:
    def command(
        period: PeriodOption,
        org_unit: Annotated[
            str | None, typer.Option("--org-unit", help=N_("Org unit code (default: the city)."))
        ] = None,
        formats: FormatsOption = "",
        out: FolderOption = None,
        include_drafts: DraftsOption = False,
        doc_number: DocNumberOption = None,
        signer: SignerOption = None,
    ) -> None:
        from healthplan.reports import write_report

        wanted = _formats(formats)
        with progress() as bar:
            task = bar.add_task(kind, total=None)
            files = write_report(
                workspace(),
                kind,
                period,
                org_unit=org_unit,
                formats=wanted,
                out=out,
                include_drafts=include_drafts,
                doc_number=doc_number,
                signer=signer,
                progress=_advance(bar, task),
            )
        print_reports([files])

    command.__name__ = f"{kind}_command"
    return command


def schedule_command(
    as_of: Annotated[
        Any, date_option("--as-of", N_("Date to schedule for (default today)."))
    ] = None,
    formats: FormatsOption = "",
    out: FolderOption = None,
    include_drafts: DraftsOption = False,
) -> None:
    from healthplan.reports import report_schedule

    with progress() as bar:
        task = bar.add_task(t("Reports due"), total=None)
        written = report_schedule(
            workspace(),
            as_of=as_of,
            formats=_formats(formats),
            out=out,
            include_drafts=include_drafts,
            progress=_advance(bar, task),
        )
    print_reports(written)


for _kind, _help in KINDS.items():
    report_app.command(_kind, help=_help)(_kind_command(_kind))
report_app.command(
    "schedule",
    help=N_("Write every report that is due (for cron) and record it in reports/ledger.json."),
)(schedule_command)
