"""Reporting periods: every DHIS2 period type, and the multi-year plan period.

Ids follow DHIS2 (healthplan writes months as ``2024M03``; DHIS2's ``202403`` is read too):
day ``20240105`` (``2024-01-05`` too); weeks starting Monday ``2024W05`` (ISO), Wednesday
``2024WedW5``, Thursday ``2024ThuW5``, Saturday ``2024SatW5``, Sunday ``2024SunW5``; bi-week
``2024BiW3``; month; bi-month ``202402B`` (March–April); quarter ``2024Q1``; half-year
``2024S1``; six months from April ``2024AprilS1`` (April–September) and from November
``2024NovS1`` (November 2023–April 2024); year ``2024``; financial years ``2024April``,
``2024July``, ``2024Oct``, ``2024Nov`` (starting in that month of 2024); and ``2021-2025`` for a
plan period such as 十四五. :meth:`Period.parse` also reads the forms people type —
``2024-03``, ``2024年3月``, ``2024年第一季度``/``2024年1季度``, ``2024年上半年``, ``2024年``,
``2024年第5周``, ``2024年3月5日``.

Week 1 of a weekly type is, as in DHIS2 and ISO 8601, the week that holds 4 January. A
bi-week is two Monday weeks (``BiW1`` = ISO weeks 1–2); in a year of 53 ISO weeks the last
bi-week is week 53 alone, so that bi-weeks tile the calendar without overlap.
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
    week_wednesday = "week_wednesday"
    week_thursday = "week_thursday"
    week_saturday = "week_saturday"
    week_sunday = "week_sunday"
    bi_week = "bi_week"
    month = "month"
    bi_month = "bi_month"
    quarter = "quarter"
    half_year = "half_year"
    six_month_april = "six_month_april"
    six_month_nov = "six_month_nov"
    year = "year"
    financial_april = "financial_april"
    financial_july = "financial_july"
    financial_oct = "financial_oct"
    financial_nov = "financial_nov"
    plan = "plan"


# Types made of whole months: (months per period, first month of period 1 of year y as an
# offset from January of y). 2024NovS1 starts in November 2023: offset -2.
_MONTHLY: dict[PeriodType, tuple[int, int]] = {
    PeriodType.month: (1, 0),
    PeriodType.bi_month: (2, 0),
    PeriodType.quarter: (3, 0),
    PeriodType.half_year: (6, 0),
    PeriodType.six_month_april: (6, 3),
    PeriodType.six_month_nov: (6, -2),
    PeriodType.year: (12, 0),
    PeriodType.financial_april: (12, 3),
    PeriodType.financial_july: (12, 6),
    PeriodType.financial_oct: (12, 9),
    PeriodType.financial_nov: (12, 10),
}
# Weekly types: the weekday they start on (Monday 0).
_WEEKLY: dict[PeriodType, int] = {
    PeriodType.week: 0,
    PeriodType.week_wednesday: 2,
    PeriodType.week_thursday: 3,
    PeriodType.week_saturday: 5,
    PeriodType.week_sunday: 6,
}
# Id of each type but day and plan; {y} the year, {i} the index.
_IDS: dict[PeriodType, str] = {
    PeriodType.week: "{y}W{i:02d}",
    PeriodType.week_wednesday: "{y}WedW{i}",
    PeriodType.week_thursday: "{y}ThuW{i}",
    PeriodType.week_saturday: "{y}SatW{i}",
    PeriodType.week_sunday: "{y}SunW{i}",
    PeriodType.bi_week: "{y}BiW{i}",
    PeriodType.month: "{y}M{i:02d}",
    PeriodType.bi_month: "{y}{i:02d}B",
    PeriodType.quarter: "{y}Q{i}",
    PeriodType.half_year: "{y}S{i}",
    PeriodType.six_month_april: "{y}AprilS{i}",
    PeriodType.six_month_nov: "{y}NovS{i}",
    PeriodType.year: "{y}",
    PeriodType.financial_april: "{y}April",
    PeriodType.financial_july: "{y}July",
    PeriodType.financial_oct: "{y}Oct",
    PeriodType.financial_nov: "{y}Nov",
}

_PATTERNS: list[tuple[PeriodType, re.Pattern[str]]] = [
    (PeriodType.plan, re.compile(r"^(\d{4})-(\d{4})$")),
    (PeriodType.day, re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")),
    (PeriodType.week, re.compile(r"^(\d{4})W(\d{1,2})$")),
    (PeriodType.week_wednesday, re.compile(r"^(\d{4})WedW(\d{1,2})$")),
    (PeriodType.week_thursday, re.compile(r"^(\d{4})ThuW(\d{1,2})$")),
    (PeriodType.week_saturday, re.compile(r"^(\d{4})SatW(\d{1,2})$")),
    (PeriodType.week_sunday, re.compile(r"^(\d{4})SunW(\d{1,2})$")),
    (PeriodType.bi_week, re.compile(r"^(\d{4})BiW(\d{1,2})$")),
    (PeriodType.bi_month, re.compile(r"^(\d{4})(\d{2})B$")),
    (PeriodType.month, re.compile(r"^(\d{4})M?(\d{2})$")),
    (PeriodType.quarter, re.compile(r"^(\d{4})Q(\d)$")),
    (PeriodType.half_year, re.compile(r"^(\d{4})S(\d)$")),
    (PeriodType.six_month_april, re.compile(r"^(\d{4})AprilS(\d)$")),
    (PeriodType.six_month_nov, re.compile(r"^(\d{4})NovS(\d)$")),
    (PeriodType.financial_april, re.compile(r"^(\d{4})April$")),
    (PeriodType.financial_july, re.compile(r"^(\d{4})July$")),
    (PeriodType.financial_oct, re.compile(r"^(\d{4})Oct$")),
    (PeriodType.financial_nov, re.compile(r"^(\d{4})Nov$")),
    (PeriodType.year, re.compile(r"^(\d{4})$")),
]


class PeriodError(ValueError):
    """A period id that cannot be read."""


def _week_one(year: int, weekday: int) -> date:
    """First day of week 1: the week starting on ``weekday`` that holds 4 January."""
    fourth = date(year, 1, 4)
    return fourth - timedelta(days=(fourth.weekday() - weekday) % 7)


def _weeks_in(year: int, weekday: int) -> int:
    return (_week_one(year + 1, weekday) - _week_one(year, weekday)).days // 7


def _month_start(months: int) -> date:
    """The first day of the month ``months`` months after January of year 0."""
    return date(months // 12, months % 12 + 1, 1)


def _count(kind: PeriodType, year: int) -> int:
    """How many periods of ``kind`` year ``year`` has (their indexes are 1..count)."""
    if kind in _MONTHLY:
        return 12 // _MONTHLY[kind][0]
    if kind in _WEEKLY:
        return _weeks_in(year, _WEEKLY[kind])
    if kind is PeriodType.bi_week:
        return (_weeks_in(year, 0) + 1) // 2
    return 1


class Period(BaseModel):
    """One reporting period. Build it with :meth:`parse` or :meth:`containing`.

    Fields: ``type``; ``year`` (the year in the id: the week-year for weekly types, the
    starting year of a financial year, the first year of a plan period); ``index`` (day of
    year, or number of the week, month, quarter… within the year; 1 for years); ``end_year``
    (last year of a plan period, else equal to ``year``).
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
        if kind in _MONTHLY:
            span, offset = _MONTHLY[kind]
            step = (day.year * 12 + day.month - 1 - offset) // span
            per_year = 12 // span
            return cls(type=kind, year=step // per_year, index=step % per_year + 1)
        if kind in _WEEKLY:
            weekday = _WEEKLY[kind]
            year = day.year
            if day < _week_one(year, weekday):
                year -= 1
            elif day >= _week_one(year + 1, weekday):
                year += 1
            return cls(type=kind, year=year, index=(day - _week_one(year, weekday)).days // 7 + 1)
        if kind is PeriodType.bi_week:
            iso = day.isocalendar()
            return cls(type=kind, year=iso.year, index=(iso.week + 1) // 2)
        raise PeriodError("a plan period is not determined by a single day")

    @property
    def id(self) -> str:
        if self.type is PeriodType.day:
            return self.start.strftime("%Y%m%d")
        if self.type is PeriodType.plan:
            return f"{self.year}-{self.end_year}"
        return _IDS[self.type].format(y=self.year, i=self.index)

    def __str__(self) -> str:
        return self.id

    @property
    def start(self) -> date:
        y, i = self.year, self.index
        if self.type is PeriodType.day:
            return date(y, 1, 1) + timedelta(days=i - 1)
        if self.type in _MONTHLY:
            span, offset = _MONTHLY[self.type]
            return _month_start(y * 12 + offset + span * (i - 1))
        if self.type in _WEEKLY:
            return _week_one(y, _WEEKLY[self.type]) + timedelta(weeks=i - 1)
        if self.type is PeriodType.bi_week:
            return _week_one(y, 0) + timedelta(weeks=2 * (i - 1))
        return date(y, 1, 1)

    @property
    def end(self) -> date:
        """Last day of the period (inclusive)."""
        y, i = self.year, self.index
        if self.type is PeriodType.day:
            return self.start
        if self.type in _MONTHLY:
            span, offset = _MONTHLY[self.type]
            last = _month_start(y * 12 + offset + span * i - 1)
            return date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
        if self.type in _WEEKLY:
            return self.start + timedelta(days=6)
        if self.type is PeriodType.bi_week:
            return min(self.start + timedelta(days=13), _week_one(y + 1, 0) - timedelta(days=1))
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
    for kind, pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        parts = [int(g) for g in m.groups()]
        if kind is PeriodType.plan:
            return {"type": kind, "year": parts[0], "end_year": parts[1]}
        if kind is PeriodType.day:
            try:
                day = date(parts[0], parts[1], parts[2])
            except ValueError as exc:
                raise PeriodError(f"not a valid period: {original!r} ({exc})") from exc
            return {"type": kind, "year": day.year, "index": day.timetuple().tm_yday}
        index = parts[1] if len(parts) > 1 else 1
        count = _count(kind, parts[0])
        if not 1 <= index <= count:
            raise PeriodError(
                f"not a valid period: {original!r} ({kind.value} must be 1-{count} in {parts[0]})"
            )
        return {"type": kind, "year": parts[0], "index": index}
    raise PeriodError(f"not a period id: {original!r} (expected e.g. {_EXAMPLES})")
