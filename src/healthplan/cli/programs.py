"""``healthplan generate`` and ``healthplan records import|compute``: service records of the
basic public health service programs (基本公共卫生服务) and the indicators counted from them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from healthplan.cli.common import (
    App,
    FormatOption,
    OutOption,
    OutputFormat,
    Sheet,
    progress,
    show,
    workspace,
)
from healthplan.console import console
from healthplan.i18n import N_, t

records_app = App(help=N_("Individual service records (基本公共卫生服务): import, compute."))

GENERATE_HELP = N_(
    "Write a synthetic population of the workspace's villages (the demo city's if it has "
    "none) and its service records of the year and the two before (Parquet, streamed in "
    "chunks) for demos and benchmarks."
)


class Engine(StrEnum):
    duckdb = "duckdb"
    spark = "spark"


def generate_command(
    population: Annotated[int, typer.Option("--population", min=1, help=N_("Residents."))],
    out: Annotated[Path, typer.Option("--out", help=N_("Folder to write the Parquet files to."))],
    seed: Annotated[int, typer.Option("--seed", help=N_("Random seed."))] = 2024,
    year: Annotated[int, typer.Option("--year", help=N_("Year of the service records."))] = 2024,
) -> None:
    from healthplan.demo import build_city
    from healthplan.model import OrgLevel
    from healthplan.programs import generate_population
    from healthplan.store import list_orgunits

    # The workspace's villages, so that the extract imports as it is; the demo city's if the
    # workspace has none yet.
    units = list_orgunits(workspace()) or build_city(seed).orgunits
    villages = [u.code for u in units if u.level is OrgLevel.village]
    with progress() as bar:
        task = bar.add_task(t("Generating residents"), total=population)
        summary = generate_population(
            population,
            out,
            villages,
            seed=seed,
            year=year,
            progress=lambda n: bar.advance(task, n),
        )
    residents = summary.rows["residents"]
    events = sum(summary.rows.values()) - residents
    console.print(
        t(
            "{n} residents and {events} service records written to {path}",
            n=format(residents, ","),
            events=format(events, ","),
            path=summary.out,
        )
    )


@records_app.command(
    "import",
    help=N_(
        "Import an extract (one Parquet or CSV file per table): bad rows are rejected with "
        "their reasons, the rest replace the workspace's records in one step."
    ),
)
def import_command(
    folder: Annotated[Path, typer.Argument(help=N_("Folder of the extract."))],
) -> None:
    from healthplan.programs import TABLES, import_records

    with progress() as bar:
        task = bar.add_task(t("Checking records"), total=len(TABLES))
        summary = import_records(workspace(), folder, progress=lambda _: bar.advance(task))
    stored = sum(summary.stored.values())
    console.print(
        t(
            "{stored} rows stored, {rejected} rejected",
            stored=format(stored, ","),
            rejected=format(summary.total_rejected, ","),
        )
    )
    if summary.rejected:
        rows: list[Sequence[Any]] = [
            [table, reason, count]
            for table, reasons in summary.rejected.items()
            for reason, count in sorted(reasons.items(), key=lambda item: -item[1])
        ]
        show(
            Sheet(
                "rejected",
                [("table", t("Table")), ("reason", t("Reason")), ("rows", t("Rows"))],
                rows,
            ),
            OutputFormat.table,
        )
        console.print(
            t("Rejected rows (file, row, field, reason): {path}", path=summary.rejects_file)
        )


@records_app.command(
    "compute",
    help=N_(
        "Compute the program indicators of a year from the records and store them as data "
        "values (DuckDB, or Spark for a province)."
    ),
)
def compute_command(
    year: Annotated[int, typer.Option("--year", help=N_("Year to compute."))],
    engine: Annotated[
        Engine, typer.Option("--engine", case_sensitive=False, help=N_("duckdb or spark."))
    ] = Engine.duckdb,
    fmt: FormatOption = OutputFormat.table,
    out: OutOption = None,
) -> None:
    from healthplan.programs import compute_programs

    with console.status(t("Computing")):
        run = compute_programs(workspace(), year, engine=engine.value)
    frame = run.results
    top = frame[frame["period"] == str(year)]
    roots = top.groupby("indicator")["denominator"].idxmax()  # the widest unit: the city
    rows: list[Sequence[Any]] = [
        [r.indicator, r.org_unit, r.numerator, r.denominator, r.value]
        for r in top.loc[roots].itertuples()
    ]
    show(
        Sheet(
            "programs",
            [
                ("indicator", t("Indicator")),
                ("org_unit", t("Org unit")),
                ("numerator", t("Numerator")),
                ("denominator", t("Denominator")),
                ("value", t("Value")),
            ],
            rows,
            title=t(
                "{created} values stored, {updated} updated",
                created=run.stored.created,
                updated=run.stored.updated,
            ),
        ),
        fmt,
        out,
    )
