"""通报排名: rank units by how far ahead of 序时进度 they are in the target's direction, and
departments by the share of their targets met or on schedule. Equal scores share a rank and
the next rank skips (1, 2, 2, 4 — standard competition ranking); units without a judgement
are not ranked, nor are collectives (各区、镇、街道)."""

from __future__ import annotations

from collections.abc import Callable

from healthplan.analytics.judgement import Status
from healthplan.analytics.report import Assessment

__all__ = ["competition_ranks", "rank_departments", "rank_units"]

_PRECISION = 6
UNJUDGED = (Status.no_data, Status.no_baseline)


def competition_ranks(scores: list[float]) -> list[int]:
    """Rank of each score, highest first; ties (to 6 decimals) share the best rank."""
    rounded = [round(s, _PRECISION) for s in scores]
    ordered = sorted(rounded, reverse=True)
    first: dict[float, int] = {}
    for position, score in enumerate(ordered, start=1):
        first.setdefault(score, position)
    return [first[s] for s in rounded]


def rank_units(rows: list[Assessment]) -> None:
    """Set ``rank`` on the rows (one target's units) that have a score."""
    scored = [r for r in rows if r.score is not None]
    for row, rank in zip(
        scored, competition_ranks([r.score for r in scored if r.score is not None]), strict=True
    ):
        row.rank = rank


def rank_departments(
    rows: list[Assessment], collective: Callable[[str], bool]
) -> list[tuple[int, str, int, int]]:
    """(rank, department, targets met or on schedule, targets judged) by share; one row per
    target (its own unit's), each department counted once per target."""
    tally: dict[str, list[int]] = {}
    for row in rows:
        if row.status in UNJUDGED:
            continue
        good = row.status in (Status.met, Status.on_schedule)
        for department in dict.fromkeys(row.departments):
            if collective(department):
                continue
            counts = tally.setdefault(department, [0, 0])
            counts[0] += int(good)
            counts[1] += 1
    names = sorted(tally)
    ranks = competition_ranks([tally[n][0] / tally[n][1] for n in names])
    return sorted(
        (
            (rank, name, tally[name][0], tally[name][1])
            for rank, name in zip(ranks, names, strict=True)
        ),
        key=lambda item: (item[0], item[1]),
    )
