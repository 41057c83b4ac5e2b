"""Outlier checks, as DHIS2's outlier detection: a value far from the unit's own history, far
from its peers (the other units of the same parent, same period), or much changed from the
previous period."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterator

from healthplan.collection.quality.checks import (
    QualityCheck,
    QualityContext,
    QualityFlag,
    register_quality_check,
)
from healthplan.i18n import t
from healthplan.model import Period

Z_THRESHOLD = 3.0  # DHIS2's default for z-score outliers
MIN_HISTORY = 3  # earlier values a unit needs before its history is a baseline
MIN_PEERS = 4  # units in a peer group (the unit included) before peers are compared
CHANGE_THRESHOLD = 0.5  # a change of more than 50 % from the previous period is flagged …
MIN_CHANGE = 5  # … when it is at least this much (3 → 6 is not news)


def _z(value: float, others: list[float]) -> float | None:
    """The z-score of ``value`` against ``others`` if beyond :data:`Z_THRESHOLD`."""
    mean, sd = statistics.fmean(others), statistics.pstdev(others)
    if sd > 0 and abs(value - mean) / sd > Z_THRESHOLD:
        return (value - mean) / sd
    return None


def _judged(context: QualityContext) -> Iterator[tuple[str, str, str, float, dict[str, float]]]:
    """(org unit, data element, period, value, the series it is in) for every judged value;
    a series maps period → value over the history window."""
    series: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for (ou, per), found in context.history.items():
        for code, value in found.items():
            series[(ou, code)][per] = value
    for (ou, code), by_period in sorted(series.items()):
        for per in context.periods:
            if per in by_period:
                yield ou, code, per, by_period[per], by_period


def check_history(context: QualityContext) -> list[QualityFlag]:
    """|z| > :data:`Z_THRESHOLD` against the unit's own earlier periods."""
    flags = []
    for ou, code, per, value, by_period in _judged(context):
        past = [v for p, v in by_period.items() if p < per]
        z = _z(value, past) if len(past) >= MIN_HISTORY else None
        if z is not None:
            detail = t("z = {z:.1f} against its own history", z=z)
            flags.append(QualityFlag("history", code, ou, per, value, detail))
    return flags


def check_change(context: QualityContext) -> list[QualityFlag]:
    """A change of more than :data:`CHANGE_THRESHOLD` (and :data:`MIN_CHANGE`) from the
    previous period."""
    flags = []
    for ou, code, per, value, by_period in _judged(context):
        previous = by_period.get(Period.parse(per).previous().id)
        if (
            previous
            and abs(value - previous) / abs(previous) > CHANGE_THRESHOLD
            and abs(value - previous) >= MIN_CHANGE
        ):
            detail = t(
                "changed {pct:+.0%} from the previous period", pct=(value - previous) / previous
            )
            flags.append(QualityFlag("change", code, ou, per, value, detail))
    return flags


def check_peers(context: QualityContext) -> list[QualityFlag]:
    """|z| > :data:`Z_THRESHOLD` against the other units of the same parent."""
    parents = {u.code: u.parent_code for u in context.tree}
    peers: dict[tuple[str | None, str, str], list[tuple[str, float]]] = defaultdict(list)
    for (ou, per), found in context.values.items():
        for code, value in found.items():
            peers[(parents.get(ou), code, per)].append((ou, value))
    flags = []
    for (_, code, per), group in sorted(peers.items(), key=lambda item: str(item[0])):
        if len(group) < MIN_PEERS:
            continue
        for ou, value in group:
            z = _z(value, [v for o, v in group if o != ou])
            if z is not None:
                detail = t("z = {z:.1f} against its peers", z=z)
                flags.append(QualityFlag("peers", code, ou, per, value, detail))
    return flags


register_quality_check(QualityCheck("history", check_history))
register_quality_check(QualityCheck("change", check_change))
register_quality_check(QualityCheck("peers", check_peers))
