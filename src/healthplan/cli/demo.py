"""``healthplan demo``: build the demo workspace and summarise it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from healthplan.cli.analytics import print_assessment
from healthplan.cli.common import FormatOption, OutputFormat, Sheet, database_label, show, workspace
from healthplan.cli.report import print_reports
from healthplan.cli.surveillance import print_metrics
from healthplan.console import console
from healthplan.i18n import N_, pt, t

if TYPE_CHECKING:
    from healthplan.demo import DemoSummary, DemoWebUser

SERVE_URL = "http://127.0.0.1:8000/"  # healthplan serve's defaults

DEMO_HELP = N_("Build the demo workspace (demo city, plans, data, early warning) and summarise it.")


def print_demo(summary: DemoSummary, fmt: OutputFormat) -> None:
    show(
        Sheet(
            "demo",
            [("what", t("What")), ("count", t("Count"))],
            [
                *(
                    (t("Org units: {level}", level=level), count)
                    for level, count in summary.orgunits_by_level.items()
                ),
                *(
                    (t("Departments: {kind}", kind=t(kind)), count)
                    for kind, count in summary.departments_by_kind.items()
                ),
            ],
            title=summary.city,
        ),
        fmt,
    )
    months = summary.reporting_months
    console.print(
        t(
            "Plan period {plan}; reporting months {first} … {last} ({n})",
            plan=summary.plan_period,
            first=months[0],
            last=months[-1],
            n=len(months),
        )
    )
    if summary.plans is not None:
        console.print(
            t(
                "Demo plan: {targets} targets ({linked} linked to indicators) and {tasks} tasks",
                targets=sum(summary.plans.targets.values()),
                linked=summary.plans.linked,
                tasks=sum(summary.plans.tasks.values()),
            )
        )
    if summary.surveillance is not None:
        outbreaks = summary.surveillance
        kinds = ", ".join(f"{t(k)} {n}" for k, n in sorted(outbreaks.signals_by_kind.items()))
        console.print(
            t(
                "Early warning: {detected} of {n} injected outbreaks signalled; signals: {kinds}",
                detected=outbreaks.detected,
                n=len(outbreaks.outbreaks),
                kinds=kinds,
            )
        )
        if outbreaks.metrics is not None:
            print_metrics(outbreaks.metrics)
    for line in summary.tasks.lines() if summary.tasks is not None else []:
        console.print(line)
    if summary.monitoring is not None:
        print_assessment(summary.monitoring.report, fmt)
    if summary.reports is not None:
        print_reports(summary.reports.files)
    if summary.web_user is not None:
        print_web_user(summary.web_user)


def print_web_user(user: DemoWebUser) -> None:
    """Who logs in to the served demo; a generated password is shown this once, a given one
    never."""
    role = pt("role", user.role)  # the roles' words: web/users.py
    if user.source == "generated":
        line = t(
            "Web user {name} ({role}); its password, generated now and shown only this once: "
            "{password}",
            name=user.name,
            role=role,
            password=user.password,
        )
    elif user.source == "given":
        line = t(
            "Web user {name} ({role}); its password is the one in HEALTHPLAN_NEW_PASSWORD",
            name=user.name,
            role=role,
        )
    else:
        line = t(
            "Web user {name} ({role}); its password is unchanged "
            "(set HEALTHPLAN_NEW_PASSWORD to change it)",
            name=user.name,
            role=role,
        )
    console.print(Text(line))
    console.print(
        Text(t("Serve the demo: ./run serve (or healthplan serve), then open {url}", url=SERVE_URL))
    )


def demo_command(
    seed: Annotated[int, typer.Option(help=N_("Seed of the generated demo city."))] = 2024,
    population: Annotated[
        int,
        typer.Option(
            min=0,
            help=N_(
                "Residents whose service records the demo generates and counts the program "
                "indicators from (0: simulate those indicators too)."
            ),
        ),
    ] = 200_000,
    fmt: FormatOption = OutputFormat.table,
    web_password: Annotated[
        str | None,
        typer.Option(
            "--web-password",
            envvar="HEALTHPLAN_NEW_PASSWORD",
            show_default=False,
            help=N_(
                "Password of the web user demo (or HEALTHPLAN_NEW_PASSWORD); without one a "
                "password is generated and shown once."
            ),
        ),
    ] = None,
) -> None:
    from healthplan.demo import demo

    ws = workspace()
    with console.status(t("Building the demo workspace…")):
        summary = demo(ws, seed=seed, population=population, web_password=web_password)
    console.print(
        Text(t("Demo workspace: {home} ({database})", home=ws.home, database=database_label()))
    )
    print_demo(summary, fmt)
