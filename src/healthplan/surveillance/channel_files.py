"""Channel counts from the files the channels send (网络直报 exports, 发热门诊 and 药店
tallies, 学校缺勤 lists, 实验室 results): CSV or a spreadsheet, Chinese or English headings,
one row per day (``2024-03-01``, ``2024年3月1日``, a date cell) or per ISO week (``2024W05``,
``2024年第5周``; stored on the week's Monday), checked whole and stored in one transaction
through :func:`~healthplan.surveillance.channels.save_counts`."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from healthplan.collection.tabular import read_rows
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import Period, PeriodError, PeriodType
from healthplan.store import Workspace, list_orgunits
from healthplan.store.limits import column_problems
from healthplan.store.tables_surveillance import ChannelCountRow
from healthplan.surveillance.channels import save_counts
from healthplan.surveillance.count_files import FIRST_DATE, MAX_COUNT

__all__ = ["CHANNELS", "CountImportSummary", "import_counts"]

# The channel names a person types → the channel the store and the rule files use.
CHANNELS = {
    "cases": "cases",  # 网络直报
    "fever": "fever_clinic",  # 发热门诊
    "fever_clinic": "fever_clinic",
    "pharmacy": "pharmacy",  # 药店
    "school": "school",  # 学校缺勤
    "lab": "lab",  # 实验室
}
HEADINGS = {
    **dict.fromkeys(("日期", "报告日期", "发病日期", "周", "周次", "date", "day", "week"), "date"),
    **dict.fromkeys(
        ("疾病", "病种", "症状", "症候群", "药品类别", "disease", "syndrome", "key"), "key"
    ),
    **dict.fromkeys(
        ("机构编码", "地区编码", "区划代码", "单位编码", "org_unit", "orgunit", "area"), "org_unit"
    ),
    **dict.fromkeys(("数量", "病例数", "人数", "例数", "count", "cases", "value"), "count"),
}
_REQUIRED = ("date", "key", "org_unit", "count")


@dataclass(frozen=True)
class CountImportSummary:
    channel: str
    rows: int
    written: int  # new or changed counts
    first: date | None
    last: date | None
    weekly: bool

    @property
    def unchanged(self) -> int:
        return self.rows - self.written


def _day(raw: Any) -> tuple[date, bool]:
    """The day a cell names and whether it names an ISO week (its Monday)."""
    if isinstance(raw, datetime):
        return raw.date(), False
    if isinstance(raw, date):
        return raw, False
    text = str(raw).strip()
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日"):
        try:
            return datetime.strptime(text, pattern).date(), False
        except ValueError:
            continue
    period = Period.parse(text)
    if period.type is PeriodType.day:
        return period.start, False
    if period.type is PeriodType.week:
        return period.start, True
    raise ValueError(text)


def _count(raw: Any) -> int:
    number = float(str(raw).strip().replace(",", "")) if isinstance(raw, str) else float(raw)
    if not math.isfinite(number) or number < 0 or number > MAX_COUNT or not number.is_integer():
        raise ValueError(raw)
    return int(number)


def import_counts(ws: Workspace, path: Path, channel: str) -> CountImportSummary:
    """Check every row of ``path`` and store its counts for ``channel`` (``cases``, ``fever``,
    ``pharmacy``, ``school`` or ``lab``); raise :class:`InputError` listing every problem,
    nothing stored."""
    name = path.name
    if channel not in CHANNELS:
        raise InputError(
            [
                Problem(
                    name,
                    t(
                        "unknown channel {c}; choose one of {all}",
                        c=channel,
                        all=", ".join(CHANNELS),
                    ),
                )
            ]
        )
    stored_as = CHANNELS[channel]
    units = {u.code for u in list_orgunits(ws)}
    problems: list[Problem] = []
    counts: list[tuple[str, str, str, date, int]] = []
    seen: dict[tuple[str, str, date], int] = {}
    kinds: set[bool] = set()
    today = date.today()
    headings_checked = False
    for row in read_rows(path, HEADINGS):
        if not headings_checked:
            headings_checked = True
            missing = [f for f in _REQUIRED if f not in row.values]
            if missing:
                raise InputError(
                    [Problem(name, t("missing column {c}", c=f), 1, f, row.sheet) for f in missing]
                )

        def problem(message: str, field: str, row: Any = row) -> None:
            problems.append(Problem(name, message, row.number, field, row.sheet))

        values = row.values
        key = str(values.get("key") or "").strip()
        unit = str(values.get("org_unit") or "").strip()
        ok = True
        for field, text in (("key", key), ("org_unit", unit)):
            if not text:
                problem(t("{field} is empty", field=field), field)
                ok = False
        for field, message in column_problems(ChannelCountRow.__table__, {"disease": key}):
            problem(t("{field} {problem}", field=field, problem=message), "key")
            ok = False
        if unit and unit not in units:
            problem(t("unknown org unit {code}", code=unit), "org_unit")
            ok = False
        try:
            day, weekly = _day(values.get("date"))
        except (PeriodError, ValueError, TypeError):
            problem(t("not a day or an ISO week: {v}", v=values.get("date")), "date")
            continue
        if not FIRST_DATE <= day <= today:
            problem(t("{day} is not between 1900 and today", day=day.isoformat()), "date")
            ok = False
        kinds.add(weekly)
        try:
            count = _count(values.get("count"))
        except (ValueError, TypeError, OverflowError):
            problem(t("not a whole number from 0 to 1e9: {v}", v=values.get("count")), "count")
            continue
        duplicate = seen.get((key, unit, day))
        if duplicate is not None:
            problem(t("duplicate count (first at row {row})", row=duplicate), "date")
            continue
        seen[(key, unit, day)] = row.number
        if ok:
            counts.append((stored_as, key, unit, day, count))
    if len(kinds) > 1:
        problems.append(Problem(name, t("the file mixes days and weeks; use one or the other")))
    if problems:
        raise InputError(problems)
    if not headings_checked:
        raise InputError([Problem(name, t("no data rows"))])
    written = save_counts(ws, counts)
    days = [c[3] for c in counts]
    return CountImportSummary(
        stored_as,
        len(counts),
        written,
        min(days, default=None),
        max(days, default=None),
        kinds == {True},
    )
