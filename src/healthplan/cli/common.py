"""What every command module shares: the Typer classes that translate ``--help`` when it is
shown, the workspace, the parameter types, the one table renderer and the one error path."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, StrEnum
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from typer.core import TyperCommand, TyperGroup

from healthplan import config
from healthplan.console import console, err_console
from healthplan.errors import HealthplanError, InputError
from healthplan.i18n import N_, set_language, t
from healthplan.model.cells import csv_row, xlsx_row

if TYPE_CHECKING:
    from healthplan.model.period import Period
    from healthplan.store import Workspace

log = logging.getLogger("healthplan")

# ---------------------------------------------------------------------------------------------
# --help in the active language: help texts are English message ids (marked with N_) that are
# translated when the help is formatted, after --lang has been read.

_CHROME = {
    "ARGUMENTS_PANEL_TITLE": N_("Arguments"),
    "OPTIONS_PANEL_TITLE": N_("Options"),
    "COMMANDS_PANEL_TITLE": N_("Commands"),
    "DEFAULT_STRING": N_("[default: {}]"),
    "REQUIRED_LONG_STRING": N_("[required]"),
    "ENVVAR_STRING": N_("[env var: {}]"),
}


def _translated(obj: Any, attribute: str) -> None:
    original = f"_msgid_{attribute}"
    if not hasattr(obj, original):
        setattr(obj, original, getattr(obj, attribute))
    msgid = getattr(obj, original)
    if msgid:
        setattr(obj, attribute, t(msgid))


def _localise(command: Any) -> None:
    from typer import rich_utils  # 0.2 s of imports (markdown…), needed only to show help

    _translated(command, "help")
    for param in command.params:
        _translated(param, "help")
    for sub in getattr(command, "commands", {}).values():
        _translated(sub, "help")
    for name, msgid in _CHROME.items():
        setattr(rich_utils, name, t(msgid))


class _Localised:
    def format_help(self, ctx: Any, formatter: Any) -> None:
        _localise(self)
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("Usage: "))

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("Show this message and exit.")
        return option


class LocalCommand(_Localised, TyperCommand):
    pass


class LocalGroup(_Localised, TyperGroup):
    pass


class App(typer.Typer):
    """A command group whose help is shown in the active language."""

    def __init__(self, *, help: str, cls: type[TyperGroup] = LocalGroup) -> None:
        super().__init__(
            cls=cls,
            help=help,
            no_args_is_help=True,
            rich_markup_mode="rich",
            add_completion=False,
        )

    def command(self, name: str | None = None, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", LocalCommand)
        return super().command(name, **kwargs)


# ---------------------------------------------------------------------------------------------
# Workspace and parameter types


def workspace(*, upgrade: bool = True) -> Workspace:
    """The workspace the environment names, its schema brought up to date unless ``upgrade``
    is false. A database that cannot be opened is one line naming it (password hidden)."""
    from sqlalchemy.exc import SQLAlchemyError

    from healthplan.store import Workspace

    try:
        ws = Workspace()
        if upgrade:
            ws.ensure_schema()
    except (SQLAlchemyError, ImportError) as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise HealthplanError(
            t("cannot open the database {url}: {reason}", url=database_label(), reason=reason)
        ) from error
    return ws


def database_label() -> str:
    """The database URL as shown to a person: the password hidden."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    url = config.database_url()
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def parse_period(value: str | Period) -> Period:
    from healthplan.model.period import Period, PeriodError

    if not isinstance(value, str):
        return value
    try:
        return Period.parse(value)
    except PeriodError:
        raise typer.BadParameter(
            t("not a period: {value} (e.g. 2024-03, 2024年3月, 2024Q1, 2024W05)", value=value)
        ) from None


def parse_date(value: str | date) -> date:
    if isinstance(value, date):
        return value
    text = value.strip()
    for pattern in ("%Y-%m-%d", "%Y%m%d", "%Y年%m月%d日", "%Y/%m/%d"):
        try:
            return _strptime(text, pattern)
        except ValueError:
            continue
    raise typer.BadParameter(t("not a date: {value} (e.g. 2024-03-31)", value=value))


def date_option(flag: str, help: str) -> Any:
    """An option holding a date read by :func:`parse_date`."""
    return typer.Option(flag, parser=parse_date, metavar="DATE", help=help)


def _strptime(text: str, pattern: str) -> date:
    from datetime import datetime

    return datetime.strptime(text, pattern).date()


PeriodOption = Annotated[
    Any,
    typer.Option(
        "--period",
        parser=parse_period,
        metavar="PERIOD",
        help=N_("Period, e.g. 2024-03, 2024年3月, 2024Q1 or 2024W05."),
    ),
]
OrgUnitOption = Annotated[str, typer.Option("--org-unit", help=N_("Org unit code."))]


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        case_sensitive=False,
        help=N_("Output: table, csv, json or xlsx (xlsx needs --out)."),
    ),
]
OutOption = Annotated[Path | None, typer.Option("--out", help=N_("File to write."))]


# ---------------------------------------------------------------------------------------------
# The one table renderer


@dataclass
class Sheet:
    """A table a command shows: ``columns`` are (key, heading) pairs; keys name the fields in
    JSON and CSV, headings are the translated column titles."""

    name: str
    columns: list[tuple[str, str]]
    rows: list[Sequence[Any]] = field(default_factory=list)
    title: str | None = None
    styles: list[str | None] = field(default_factory=list)


def _cell(value: Any) -> Text:
    if isinstance(value, Text):
        return value
    return Text(_plain(value))


def _plain(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def _data(value: Any) -> Any:
    return value.plain if isinstance(value, Text) else value


def show(sheets: Sheet | list[Sheet], fmt: OutputFormat, out: Path | None = None) -> None:
    """Print ``sheets`` as Rich tables (full width, never cropped), CSV, JSON or write them
    to an Excel workbook (one sheet each). A cell may be a :class:`Text` to give it a style
    in the table; the other formats get its plain text."""
    sheets = [sheets] if isinstance(sheets, Sheet) else sheets
    if fmt is not OutputFormat.table:
        sheets = [
            Sheet(s.name, s.columns, [[_data(v) for v in row] for row in s.rows], s.title)
            for s in sheets
        ]
    if fmt is OutputFormat.xlsx:
        if out is None:
            raise typer.BadParameter(t("--format xlsx needs --out FILE"))
        _write_xlsx(sheets, out)
        console.print(t("Written: {path}", path=out))
        return
    if fmt is OutputFormat.table:
        for sheet in sheets:
            table = Table(title=sheet.title, title_justify="left")
            for (_, heading), style in zip(
                sheet.columns, sheet.styles or [None] * len(sheet.columns), strict=True
            ):
                table.add_column(heading, overflow="fold", style=style)
            for row in sheet.rows:
                table.add_row(*(_cell(v) for v in row))
            console.print(table)
        return
    if fmt is OutputFormat.json:
        records = {
            sheet.name: [
                dict(zip([k for k, _ in sheet.columns], row, strict=True)) for row in sheet.rows
            ]
            for sheet in sheets
        }
        payload: Any = next(iter(records.values())) if len(records) == 1 else records
        text = json.dumps(payload, ensure_ascii=False, indent=1, default=str)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for number, sheet in enumerate(sheets):
            if number:
                buffer.write("\n")
            writer.writerow([k for k, _ in sheet.columns])
            writer.writerows(csv_row("" if v is None else v for v in row) for row in sheet.rows)
        text = buffer.getvalue().rstrip("\n")
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")
        console.print(t("Written: {path}", path=out))


def _write_xlsx(sheets: list[Sheet], out: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        page = book.create_sheet(sheet.name[:31])
        page.append([heading for _, heading in sheet.columns])
        for row in sheet.rows:
            page.append(
                xlsx_row(
                    page,
                    [v if isinstance(v, int | float | str) or v is None else str(v) for v in row],
                )
            )
    book.save(out)


# ---------------------------------------------------------------------------------------------
# The one error path and the command log


def progress() -> Progress:
    """The one progress bar of long commands: on standard error, so piped output stays clean."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )


def _say(line: str) -> None:
    err_console.print(Text(t("Error: {message}", message=line), style="bold red"), soft_wrap=True)


def _coercion(error: Any, param: Any) -> str:
    """The message of a value Typer could not convert (its own is pydantic's, in English)."""
    cause = error.__cause__
    if type(cause).__name__ != "ValidationError" or param is None:
        return str(error.message)
    value = cause.errors()[0].get("input")
    kind = param.type_descriptor.annotation
    kind = next((k for k in getattr(kind, "__args__", ()) if k is not type(None)), kind)
    if isinstance(kind, type) and issubclass(kind, Enum):
        choices = ", ".join(str(member.value) for member in kind)
        return t("{value} is not one of {choices}", value=value, choices=choices)
    if kind is int:
        return t("{value} is not a whole number", value=value)
    if kind is float:
        return t("{value} is not a number", value=value)
    return str(error.message)


def _usage_line(error: Any) -> str:
    from typer._click import exceptions as click_errors

    ctx = getattr(error, "ctx", None)
    param = getattr(error, "param", None)
    name = getattr(error, "param_hint", None)
    if param is not None:
        name = " / ".join(param.opts) if param.param_type_name == "option" else param.name.upper()
    if isinstance(error, click_errors.MissingParameter):
        return t("missing {name}", name=name or "")
    if isinstance(error, click_errors.NoSuchOption):
        return t("no such option {name}", name=error.option_name)
    if isinstance(error, click_errors.BadParameter):
        if not name:
            return str(error.message)
        return t("invalid value for {name}: {message}", name=name, message=_coercion(error, param))
    message = error.format_message()
    unknown = re.fullmatch(r"No such command '(.+)'\.", message)
    if unknown:
        message = t("no such command {name}", name=unknown[1])
    if ctx is not None:
        return t("{message} (see `{command} --help`)", message=message, command=ctx.command_path)
    return str(message)


def report(error: BaseException, debug: bool) -> int:
    """Print ``error`` the one way errors are printed and return the exit status: 2 for a
    person's mistake (one line per problem), 1 for anything unexpected."""
    from typer._click import exceptions as click_errors

    if isinstance(error, InputError):
        for problem in error.problems:
            _say(str(problem))
        if len(error.problems) > 1:
            _say(t("{n} problems; nothing was stored", n=len(error.problems)))
        return 2
    if isinstance(error, HealthplanError):
        _say(str(error))
        return 2
    if isinstance(error, click_errors.UsageError):
        if type(error).__name__ == "NoArgsIsHelpError" and error.ctx is not None:
            typer.echo(error.ctx.get_help())
            return 2
        try:
            line = _usage_line(error)
        except Exception:  # the error path itself must never end in a traceback
            line = str(error)
        _say(line)
        return 2
    if debug:
        err_console.print(Text("".join(traceback.format_exception(error))))
    _say(
        t(
            "unexpected {kind}: {message} (run again with --debug for the details)",
            kind=type(error).__name__,
            message=str(error).splitlines()[0] if str(error) else "",
        )
    )
    return 1


_VALUE_OPTIONS = {"--lang"}


def _command_name(group: Any, args: list[str]) -> tuple[str, list[str]]:
    """The command path and the option names given (never their values)."""
    parts: list[str] = []
    node = group
    skip = False
    for token in args:
        if skip:
            skip = False
            continue
        if token.startswith("-"):
            skip = token in _VALUE_OPTIONS
            continue
        commands = getattr(node, "commands", None)
        if not commands or token not in commands:
            break
        parts.append(token)
        node = commands[token]
    options = sorted({a.split("=", 1)[0] for a in args if a.startswith("--")})
    return " ".join(parts) or "-", options


def _log_handler() -> logging.Handler | None:
    folder = config.home() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / "healthplan.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    return handler


def _pre_scan(args: list[str]) -> tuple[bool, str | None]:
    """``--debug`` and ``--lang`` read before Click parses, so that even a parse error is
    reported in the chosen language and with the chosen detail."""
    lang = None
    for number, token in enumerate(args):
        if token == "--lang" and number + 1 < len(args):
            lang = args[number + 1]
        elif token.startswith("--lang="):
            lang = token.split("=", 1)[1]
    return "--debug" in args, lang


class RootGroup(LocalGroup):
    """The ``healthplan`` group: runs a command, reports any error the one way, logs it."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        debug, lang = _pre_scan(argv)
        set_language(lang if lang in ("zh", "en") else None)
        name, options = _command_name(self, argv)
        handler = _log_handler()
        if handler is not None:
            log.addHandler(handler)
            log.setLevel(logging.INFO)
            log.propagate = False
            # A host process's logging.config.dictConfig (import-linter's, say) disables every
            # logger that existed before it; the command log must survive that.
            log.disabled = False
        started = time.perf_counter()
        status = 0
        try:
            result = super().main(
                argv, prog_name or "healthplan", complete_var, standalone_mode=False, **extra
            )
            status = result if isinstance(result, int) else 0
        except typer.Exit as stop:
            status = stop.exit_code
        except typer.Abort:
            status = 1
        except Exception as error:
            status = report(error, debug)
            if status == 1:
                log.error("command %s failed", name, exc_info=error)
            else:
                log.warning("command %s refused: %s", name, type(error).__name__)
        finally:
            log.info(
                "command=%s options=%s status=%s seconds=%.3f",
                name,
                ",".join(options) or "-",
                status,
                time.perf_counter() - started,
            )
            if handler is not None:
                log.removeHandler(handler)
                handler.close()
            set_language(None)
        if standalone_mode:
            sys.exit(status)
        return status
