"""Multi-channel fusion (多点触发) and spatial clusters of weak signals (空间聚集).

Fusion, per area, disease and day: a channel *votes* when its detector alarmed within the
last ``window`` days (channels lag each other: pharmacy sales rise before case reports);
a fused signal is raised when at least ``k_of_n`` channels vote or the summed weights of
the voting channels reach ``score_threshold``. A single channel's alarm that does not fuse
stays a *weak* signal.

Spatial clusters: the neighbourhood of an org unit is its siblings (units of the same
level under the same parent; 同一上级下的同级单位). When weak signals of one disease
appear in at least ``min_units`` neighbours within ``window`` days, the parent unit gets a
cluster signal naming its members, even if no unit reached a fused signal on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class Fused:
    area: str
    day_index: int
    channels: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class Cluster:
    parent: str
    day_index: int
    members: tuple[str, ...]


def _recent(alarm: NDArray[np.bool_], window: int) -> NDArray[np.bool_]:
    """True where an alarm occurred in the last ``window`` days (inclusive)."""
    c = np.cumsum(alarm.astype(np.int64), axis=-1)
    lagged = np.zeros_like(c)
    lagged[..., window:] = c[..., :-window]
    return np.asarray((c - lagged) > 0)


def fuse(
    alarms: Mapping[str, NDArray[np.bool_]],
    weights: Mapping[str, float],
    areas: Sequence[str],
    *,
    k_of_n: int = 2,
    score_threshold: float = 1.5,
    window: int = 3,
) -> list[Fused]:
    """``alarms[channel]`` is (areas, days); returns the first day of each run of fused days
    per area (one signal per episode, not one per day)."""
    names = list(alarms)
    if not names:
        return []
    votes = np.stack([_recent(alarms[c], window) for c in names])  # (channels, areas, days)
    w = np.array([weights.get(c, 1.0) for c in names])[:, None, None]
    score = (votes * w).sum(axis=0)
    fired = (votes.sum(axis=0) >= k_of_n) | (score >= score_threshold)
    starts = fired & ~np.pad(fired, ((0, 0), (1, 0)))[:, :-1]
    out = []
    for a, d in zip(*np.nonzero(starts), strict=True):
        chans = tuple(c for i, c in enumerate(names) if votes[i, a, d])
        out.append(Fused(areas[a], int(d), chans, float(score[a, d])))
    return out


def spatial_clusters(
    weak: NDArray[np.bool_],
    areas: Sequence[str],
    parent_of: Mapping[str, str | None],
    *,
    min_units: int = 2,
    window: int = 3,
) -> list[Cluster]:
    """Clusters of weak signals among siblings; ``weak`` is (areas, days)."""
    recent = _recent(weak, window)
    by_parent: dict[str, list[int]] = defaultdict(list)
    for i, area in enumerate(areas):
        parent = parent_of.get(area)
        if parent is not None:
            by_parent[parent].append(i)
    out = []
    for parent, rows in sorted(by_parent.items()):
        if len(rows) < min_units:
            continue
        count = recent[rows].sum(axis=0)
        fired = count >= min_units
        starts = fired & ~np.concatenate([[False], fired[:-1]])
        for d in np.flatnonzero(starts):
            members = tuple(areas[r] for r in rows if recent[r, d])
            out.append(Cluster(parent, int(d), members))
    return out
