"""Errors that reach a person: every problem names the file, sheet, row and field."""

from __future__ import annotations

from dataclasses import dataclass

from healthplan.i18n import t


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input. ``row`` is the 1-based row as a spreadsheet shows it."""

    file: str
    message: str
    row: int | None = None
    field: str | None = None
    sheet: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.sheet:
            where.append(t("sheet {sheet}", sheet=self.sheet))
        if self.row is not None:
            where.append(t("row {row}", row=self.row))
        if self.field:
            where.append(t("field {field}", field=self.field))
        return f"{', '.join(where)}: {self.message}"


class HealthplanError(Exception):
    """Base of the errors healthplan reports to its users."""


class InputError(HealthplanError):
    """An input was rejected; nothing of it was stored. Carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class NotFoundError(HealthplanError):
    """Something a person named (a plan, an org unit, a data set, a signal) does not exist."""
