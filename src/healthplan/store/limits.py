"""What both back ends store alike. SQLite keeps an over-long string, a NUL byte or an
infinite number that PostgreSQL rejects mid-transaction with a driver error, so every row is
checked against its table's column types before it is written: the same clear refusal on
both, before anything is stored."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from sqlalchemy import BigInteger, FromClause, Integer, String

from healthplan.errors import HealthplanError
from healthplan.i18n import t

__all__ = ["StoreLimitError", "check_row", "column_problems"]

_INT32 = 2**31 - 1
_INT64 = 2**63 - 1


class StoreLimitError(HealthplanError):
    """A value no back end can store as given (too long, a NUL byte, not finite, too big)."""


def _value_problem(value: Any, column: Any) -> str | None:
    if isinstance(value, str):
        if "\x00" in value:
            return t("contains a NUL byte")
        length = getattr(column.type, "length", None)
        if isinstance(column.type, String) and length and len(value) > length:
            return t("is {n} characters long; at most {limit} fit", n=len(value), limit=length)
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return t("is not a finite number: {value}", value=value)
    if isinstance(value, int) and isinstance(column.type, Integer):
        limit = _INT64 if isinstance(column.type, BigInteger) else _INT32
        if abs(value) > limit:
            return t("is too large a number: {value}", value=value)
    if isinstance(value, dict | list):
        return _json_problem(value)
    return None


def _json_problem(value: Any) -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return t("is not a finite number: {value}", value=value)
    if isinstance(value, str) and "\x00" in value:
        return t("contains a NUL byte")
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = _json_problem(item)
            if found:
                return found
    return None


def column_problems(table: FromClause, row: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``(column, problem)`` for every value of ``row`` that ``table`` cannot hold alike on
    SQLite and PostgreSQL."""
    found: list[tuple[str, str]] = []
    for column in table.columns:
        if column.key in row:
            problem = _value_problem(row[column.key], column)
            if problem:
                found.append((column.key, problem))
    return found


def check_row(table: FromClause, row: Mapping[str, Any], key: str) -> None:
    """Raise :class:`StoreLimitError` naming ``key`` and the column if ``row`` does not fit."""
    problems = column_problems(table, row)
    if problems:
        column, problem = problems[0]
        raise StoreLimitError(
            t(
                "{table} {key}, {field} {problem}",
                table=getattr(table, "name", ""),
                key=key,
                field=column,
                problem=problem,
            )
        )
