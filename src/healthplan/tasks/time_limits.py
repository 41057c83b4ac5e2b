"""Time limits (完成时限) read from a task's text: 6月底前, 年内, 年底前, 第一季度, 上半年,
到2025年, 2024年6月底前. A phrase that names no year takes the plan's year. Every dated phrase
is read, in order: the latest is the time limit, the earlier ones are milestones
(2023年底前完成50%，2025年底前实现全覆盖).

The phrases without a year are extraction's (:func:`healthplan.extraction.due_date`, the
same reading the plan import shows); this module adds the year-qualified ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from healthplan.extraction import due_date

__all__ = ["TimeLimit", "read_time_limits", "time_limit"]


@dataclass(frozen=True)
class TimeLimit:
    text: str  # the phrase as written
    due: date
    clause: str  # the clause it stands in, for a milestone


# A year that is a deadline: 到2025年 / 至2025年底 / 2025年底前 / 2025年前 / 2025年6月底前 /
# 2024年上半年. A bare year (比2020年下降, 2021—2025年) is not.
_YEAR = re.compile(r"(?P<to>到|至|于|在)?(?P<year>20\d\d)年(?P<rest>[^，,。；;：:]{0,8})")
_YEAR_END = re.compile(r"^(?:年?(?:底|末)(?:以前|之前|前)?|年?内|全年|以前|之前|前)")
_CLAUSE = re.compile(r"[^，,。；;\n]+")


def _year_phrase(match: re.Match[str]) -> tuple[str, date] | None:
    year = int(match.group("year"))
    rest = match.group("rest")
    before = match.string[max(match.start() - 1, 0) : match.start()]
    if before in ("—", "-", "~", "～") or rest.startswith(("—", "-", "至", "到", "~")):
        return None  # a period 2021—2025年, not a time limit
    written, due = due_date(rest, year)
    if written is not None and due is not None and rest.startswith(written):
        head = match.group(0)[: match.end("rest") - match.start() - len(rest)]
        return head + written, due
    end = _YEAR_END.match(rest)
    if end or match.group("to"):
        head = match.group(0)[: match.end("rest") - match.start() - len(rest)]
        return head + (end.group(0) if end else ""), date(year, 12, 31)
    return None


def read_time_limits(text: str, plan_year: int | None) -> list[TimeLimit]:
    """Every dated phrase of ``text`` in the order written (a phrase without a year needs
    ``plan_year``; 序时 and other undated phrases are left out)."""
    found: list[tuple[int, TimeLimit]] = []
    taken: list[tuple[int, int]] = []
    for match in _YEAR.finditer(text):
        phrase = _year_phrase(match)
        if phrase is not None:
            start = match.start()
            taken.append((start, start + len(phrase[0])))
            found.append((start, TimeLimit(phrase[0], phrase[1], _clause(text, start))))
    if plan_year is not None:
        masked = list(text)
        for start, end in taken:
            masked[start:end] = "\0" * (end - start)
        rest = "".join(masked)
        position = 0
        while True:
            written, due = due_date(rest[position:], plan_year)
            if written is None:
                break
            at = rest.index(written, position)
            position = at + len(written)
            if due is not None:
                found.append((at, TimeLimit(written, due, _clause(text, at))))
    return [limit for _, limit in sorted(found, key=lambda item: item[0])]


def time_limit(text: str, plan_year: int | None) -> tuple[TimeLimit | None, list[TimeLimit]]:
    """(the time limit, the milestones before it): the latest dated phrase and the others,
    earliest first."""
    limits = sorted(read_time_limits(text, plan_year), key=lambda limit: limit.due)
    if not limits:
        return None, []
    final = limits[-1]
    return final, [m for m in limits[:-1] if m.due < final.due]


def _clause(text: str, at: int) -> str:
    for match in _CLAUSE.finditer(text):
        if match.start() <= at < match.end():
            return match.group(0).strip()[:200]
    return ""
