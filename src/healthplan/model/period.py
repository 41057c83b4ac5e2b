"""Reporting periods: day, ISO week, month, quarter, half-year, year and multi-year plan period.

Ids follow DHIS2 where DHIS2 has one: ``20240105`` (day; ``2024-01-05`` is accepted too),
``2024W05``, ``2024M03`` (DHIS2 writes ``202403``, also accepted), ``2024Q1``, ``2024S1``,
``2024`` and ``2021-2025`` for a plan period such as 十四五. :meth:`Period.parse` also reads
the forms people type — ``2024-03``, ``2024年3月``, ``2024年第一季度``/``2024年1季度``,
``2024年上半年``, ``2024年``, ``2024年第5周``, ``2024年3月5日`` — and refuses DHIS2's types
that no type here can hold (bi-weeks, weeks starting Wednesday…, bi-months ``202403B``,
April/November six-months, financial years ``2024April``) by name.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, model_serializer, model_validator


class PeriodType(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    half_year = "half_year"
    year = "year"
    plan = "plan"


_PATTERNS: list[tuple[PeriodType, re.Pattern[str]]] = [
    (PeriodType.plan, re.compile(r"^(\d{4})-(\d{4})$")),
    (PeriodType.day, re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")),
    (PeriodType.week, re.compile(r"^(\d{4})W(\d{1,2})$")),
    (PeriodType.month, re.compile(r"^(\d{4})M?(\d{2})$")),
    (PeriodType.quarter, re.compile(r"^(\d{4})Q([1-4])$")),
    (PeriodType.half_year, re.compile(r"^(\d{4})S([12])$")),
    (PeriodType.year, re.compile(r"^(\d{4})$")),
]


class PeriodError(ValueError):
    """A period id that cannot be read; ``unsupported`` names the DHIS2 period type when the
    id is one that no healthplan period type can hold."""

    def __init__(self, message: str, unsupported: str | None = None) -> None:
        super().__init__(message)
        self.unsupported = unsupported


class Period(BaseModel):
    """One reporting period. Build it with :meth:`parse` or :meth:`containing`.

    Fields: ``type``; ``year`` (ISO year for weeks, first year for plan periods); ``index``
    (day of year, week, month, quarter or half-year number; 1 for years and plan periods);
    ``end_year`` (last year of a plan period, else equal to ``year``).
    Serialises to, and validates from, its id string.
    """

    model_config = ConfigDict(frozen=True)

    type: PeriodType
    year: int
    index: int = 1
    end_year: int = 0

    @model_validator(mode="before")
    @classmethod
    def _from_id(cls, data: Any) -> Any:
        if isinstance(data, str | int):
            return _parse_fields(str(data))
        return data

    @model_validator(mode="after")
    def _check(self) -> Period:
        if self.type is PeriodType.plan:
            if self.end_year < self.year:
                raise PeriodError(f"plan period ends before it starts: {self.year}-{self.end_year}")
        elif self.end_year != self.year:
            object.__setattr__(self, "end_year", self.year)
        return self

    @model_serializer
    def _to_id(self) -> str:
        return self.id

    @classmethod
    def parse(cls, text: str | int | Period) -> Period:
        """Read a period id or a typed form (see the module's docstring); raise
        :class:`PeriodError` naming ``text`` when it is neither."""
        if isinstance(text, Period):
            return text
        return cls(**_parse_fields(str(text)))

    @classmethod
    def containing(cls, type: PeriodType | str, day: date) -> Period:
        """The period of ``type`` that contains ``day``."""
        kind = PeriodType(type)
        if kind is PeriodType.day:
            return cls(type=kind, year=day.year, index=day.timetuple().tm_yday)
        if kind is PeriodType.week:
            iso = day.isocalendar()
            return cls(type=kind, year=iso.year, index=iso.week)
        if kind is PeriodType.month:
            return cls(type=kind, year=day.year, index=day.month)
        if kind is PeriodType.quarter:
            return cls(type=kind, year=day.year, index=(day.month - 1) // 3 + 1)
        if kind is PeriodType.half_year:
            return cls(type=kind, year=day.year, index=1 if day.month <= 6 else 2)
        if kind is PeriodType.year:
            return cls(type=kind, year=day.year)
        raise PeriodError("a plan period is not determined by a single day")

    @property
    def id(self) -> str:
        y, i = self.year, self.index
        match self.type:
            case PeriodType.day:
                return self.start.strftime("%Y%m%d")
            case PeriodType.week:
                return f"{y}W{i:02d}"
            case PeriodType.month:
                return f"{y}M{i:02d}"
            case PeriodType.quarter:
                return f"{y}Q{i}"
            case PeriodType.half_year:
                return f"{y}S{i}"
            case PeriodType.year:
                return str(y)
            case _:
                return f"{y}-{self.end_year}"

    def __str__(self) -> str:
        return self.id

    @property
    def start(self) -> date:
        y, i = self.year, self.index
        match self.type:
            case PeriodType.day:
                return date(y, 1, 1) + timedelta(days=i - 1)
            case PeriodType.week:
                return date.fromisocalendar(y, i, 1)
            case PeriodType.month:
                return date(y, i, 1)
            case PeriodType.quarter:
                return date(y, 3 * i - 2, 1)
            case PeriodType.half_year:
                return date(y, 6 * i - 5, 1)
            case _:
                return date(y, 1, 1)

    @property
    def end(self) -> date:
        """Last day of the period (inclusive)."""
        y, i = self.year, self.index
        match self.type:
            case PeriodType.day:
                return self.start
            case PeriodType.week:
                return self.start + timedelta(days=6)
            case PeriodType.month:
                return date(y, i, calendar.monthrange(y, i)[1])
            case PeriodType.quarter:
                return date(y, 3 * i, calendar.monthrange(y, 3 * i)[1])
            case PeriodType.half_year:
                return date(y, 6 * i, 30 if i == 1 else 31)
            case _:
                return date(self.end_year, 12, 31)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, other: Period | date) -> bool:
        """Whether ``other`` (a period or a day) lies wholly inside this period."""
        if isinstance(other, date):
            return self.start <= other <= self.end
        return self.start <= other.start and other.end <= self.end

    def next(self) -> Period:
        return self._shift(1)

    def previous(self) -> Period:
        return self._shift(-1)

    def _shift(self, step: int) -> Period:
        if self.type is PeriodType.plan:
            span = self.end_year - self.year + 1
            return Period(
                type=self.type, year=self.year + step * span, end_year=self.end_year + step * span
            )
        if self.type is PeriodType.year:
            return Period(type=self.type, year=self.year + step)
        day = self.end + timedelta(days=1) if step > 0 else self.start - timedelta(days=1)
        return Period.containing(self.type, day)

    def elapsed_fraction(self, at: date) -> float:
        """Share of the period elapsed at the end of day ``at`` — the basis of 序时进度.

        0 before the period starts, 1 from its last day on; e.g. ``2024`` at 2024-06-30 gives
        182/366 and ``2021-2025`` at 2023-12-31 gives 3/5 (to within leap days).
        """
        if at < self.start:
            return 0.0
        if at >= self.end:
            return 1.0
        return ((at - self.start).days + 1) / self.days

    def periods(self, type: PeriodType | str) -> list[Period]:
        """The periods of ``type`` that lie wholly inside this one, in order."""
        out: list[Period] = []
        current = Period.containing(type, self.start)
        if current.start < self.start:
            current = current.next()
        while current.end <= self.end:
            out.append(current)
            current = current.next()
        return out


_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# The forms people type, rewritten to an id of the table above (Chinese and ISO-like input).
_TYPED: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(r"^(\d{4})-(\d{1,2})$"), lambda m: f"{m[1]}M{int(m[2]):02d}"),
    (
        re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
        lambda m: f"{m[1]}{int(m[2]):02d}{int(m[3]):02d}",
    ),
    (re.compile(r"^(\d{4})年(\d{1,2})月(?:份)?$"), lambda m: f"{m[1]}M{int(m[2]):02d}"),
    (
        re.compile(r"^(\d{4})年第?([一二三四1-4])季度?$"),
        lambda m: f"{m[1]}Q{_QUARTERS[m[2]]}",
    ),
    (re.compile(r"^(\d{4})年([上下])半年$"), lambda m: f"{m[1]}S{1 if m[2] == '上' else 2}"),
    (re.compile(r"^(\d{4})年第(\d{1,2})周$"), lambda m: f"{m[1]}W{int(m[2]):02d}"),
    (re.compile(r"^(\d{4})年度?$"), lambda m: m[1]),
    (re.compile(r"^(\d{4})年?[-—~至到](\d{4})年?$"), lambda m: f"{m[1]}-{m[2]}"),
]

# DHIS2 period types that no healthplan period type can hold: refused by name rather than
# read as something else (e.g. 202403B is a bi-month, not March).
_UNSUPPORTED: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^\d{4}BiW\d{1,2}$"), "bi-weekly"),
    (re.compile(r"^\d{4}(Wed|Thu|Sat|Sun)W\d{1,2}$"), "weekly starting on another day"),
    (re.compile(r"^\d{6}B$"), "bi-monthly"),
    (re.compile(r"^\d{4}(April|Nov)S[12]$"), "six-monthly starting in April or November"),
    (re.compile(r"^\d{4}(April|July|Oct|Nov)$"), "financial year"),
]

_EXAMPLES = "2024-03, 2024年3月, 2024年第一季度, 2024M03, 2024Q1, 2024W05, 2024, 2021-2025"


def _canonical(text: str) -> str:
    """``text`` with full-width characters folded and a typed form rewritten to an id."""
    text = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    for pattern, rewrite in _TYPED:
        m = pattern.match(text)
        if m:
            return str(rewrite(m))
    return text


def _parse_fields(text: str) -> dict[str, Any]:
    original = text
    text = _canonical(text)
    for pattern, kind_name in _UNSUPPORTED:
        if pattern.match(text):
            raise PeriodError(
                f"not a supported period: {original!r} is a DHIS2 {kind_name} period; healthplan "
                "holds days, weeks, months, quarters, half-years, years and plan periods",
                unsupported=kind_name,
            )
    for kind, pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        parts = [int(g) for g in m.groups()]
        try:
            if kind is PeriodType.day:
                day = date(parts[0], parts[1], parts[2])
                return {"type": kind, "year": day.year, "index": day.timetuple().tm_yday}
            if kind is PeriodType.week:
                date.fromisocalendar(parts[0], parts[1], 1)
                return {"type": kind, "year": parts[0], "index": parts[1]}
            if kind is PeriodType.month and not 1 <= parts[1] <= 12:
                raise ValueError("month must be 01-12")
            if kind is PeriodType.plan:
                return {"type": kind, "year": parts[0], "end_year": parts[1]}
        except ValueError as exc:
            raise PeriodError(f"not a valid period: {original!r} ({exc})") from exc
        if kind is PeriodType.year:
            return {"type": kind, "year": parts[0]}
        return {"type": kind, "year": parts[0], "index": parts[1]}
    raise PeriodError(f"not a period id: {original!r} (expected e.g. {_EXAMPLES})")
