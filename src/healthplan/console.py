"""The terminal every command writes to, and the one way a command reports a failure."""

from __future__ import annotations

import typer
from rich.console import Console

from healthplan.errors import HealthplanError, InputError
from healthplan.i18n import t

console = Console()
err_console = Console(stderr=True)


def fail(error: HealthplanError) -> typer.Exit:
    """Print ``error`` (every problem of an :class:`InputError`, unwrapped so paths and row
    numbers stay whole) and return the exit to raise."""
    if isinstance(error, InputError):
        err_console.print(
            f"[bold red]{t('{n} problem(s); nothing was stored:', n=len(error.problems))}[/]"
        )
        for problem in error.problems:
            err_console.print(f"  • {problem}", markup=False, highlight=False, soft_wrap=True)
    else:
        err_console.print(f"[bold red]{error}[/]", highlight=False)
    return typer.Exit(1)
