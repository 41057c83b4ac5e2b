"""Channel counts in the store: write (idempotent, audited per series) and read as aligned
daily matrices for the detectors."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import insert, select, update

from healthplan.store import Workspace
from healthplan.store.audit import record
from healthplan.store.tables_surveillance import ChannelCountRow

CountKey = tuple[str, str, str, date]  # channel, disease, org_unit, day


@dataclass
class ChannelMatrix:
    """Daily counts of one channel series for several areas; missing days are 0."""

    channel: str
    key: str
    areas: list[str]
    first: date
    counts: NDArray[np.float64]  # (areas, days)

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(self.counts.shape[1])]


def save_counts(ws: Workspace, rows: Iterable[tuple[str, str, str, date, int]]) -> int:
    """Insert or update counts; returns rows written. The audit trail gets one entry per
    (channel, disease, org unit) series written, with its date range and total."""
    incoming: dict[CountKey, int] = {(c, d, o, day): int(n) for c, d, o, day, n in rows}
    if not incoming:
        return 0
    series = {(c, d, o) for c, d, o, _ in incoming}
    channels = {c for c, _, _ in series}
    written = 0
    with ws.session(lock=True) as session:  # two imports of one file: one writes, one finds it
        existing: dict[CountKey, tuple[int, int]] = {}
        query = select(
            ChannelCountRow.id,
            ChannelCountRow.channel,
            ChannelCountRow.disease,
            ChannelCountRow.org_unit,
            ChannelCountRow.day,
            ChannelCountRow.count,
        ).where(ChannelCountRow.channel.in_(channels))
        for rid, c, d, o, day, n in session.execute(query):
            if (c, d, o) in series:
                existing[(c, d, o, day)] = (rid, n)
        new = [k for k in incoming if k not in existing]
        changed = [k for k in incoming if k in existing and existing[k][1] != incoming[k]]
        if new:
            session.execute(
                insert(ChannelCountRow),
                [
                    {"channel": c, "disease": d, "org_unit": o, "day": day, "count": incoming[k]}
                    for k in new
                    for c, d, o, day in [k]
                ],
            )
        if changed:
            session.execute(
                update(ChannelCountRow),
                [{"id": existing[k][0], "count": incoming[k]} for k in changed],
            )
        per_series: dict[tuple[str, str, str], list[CountKey]] = defaultdict(list)
        for k in new + changed:
            per_series[k[:3]].append(k)
        record(
            session,
            [
                (
                    "insert" if all(k not in existing for k in keys) else "update",
                    ChannelCountRow.__tablename__,
                    "|".join(s),
                    None,
                    {
                        "from": min(k[3] for k in keys).isoformat(),
                        "to": max(k[3] for k in keys).isoformat(),
                        "days": len(keys),
                        "total": sum(incoming[k] for k in keys),
                    },
                )
                for s, keys in sorted(per_series.items())
            ],
        )
        written = len(new) + len(changed)
    return written


def load_channel(ws: Workspace, channel: str, key: str) -> ChannelMatrix | None:
    """Every area's daily counts of one channel series, aligned on one date range."""
    with ws.session() as session:
        rows = session.execute(
            select(ChannelCountRow.org_unit, ChannelCountRow.day, ChannelCountRow.count).where(
                ChannelCountRow.channel == channel, ChannelCountRow.disease == key
            )
        ).all()
    if not rows:
        return None
    areas = sorted({r[0] for r in rows})
    first = min(r[1] for r in rows)
    last = max(r[1] for r in rows)
    counts = np.zeros((len(areas), (last - first).days + 1))
    index = {a: i for i, a in enumerate(areas)}
    for area, day, n in rows:
        counts[index[area], (day - first).days] = n
    return ChannelMatrix(channel, key, areas, first, counts)
