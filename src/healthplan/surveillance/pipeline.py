"""``run_surveillance`` (behind ``healthplan surveillance run``): every configured detector
over the store's channel data, fusion across channels and spatial clusters, signals recorded
with their lifecycle."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import numpy as np
from numpy.typing import NDArray

from healthplan.store import Workspace
from healthplan.store.orgunits import parents as orgunit_parents
from healthplan.surveillance.channels import ChannelMatrix, load_channel
from healthplan.surveillance.config import DEFAULT_CONFIG, ChannelRule, SurveillanceConfig
from healthplan.surveillance.count_files import SeriesGroup
from healthplan.surveillance.detection import Detection
from healthplan.surveillance.detectors import METHODS, run_method
from healthplan.surveillance.fusion import fuse, spatial_clusters
from healthplan.surveillance.lifecycle import NewSignal, flag_overdue, record_signals

Clock = Callable[[date], datetime]


@dataclass
class RunSummary:
    channel_alarms: int = 0
    recorded: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    signals: list[NewSignal] = field(default_factory=list)


def _detect(matrix: ChannelMatrix, rule: ChannelRule, lookback: int) -> tuple[int, Detection]:
    n = matrix.counts.shape[1]
    start = max(0, n - lookback)
    group = SeriesGroup(ids=matrix.areas, first=matrix.first, step_days=1, counts=matrix.counts)
    return start, run_method(rule.method, group, start, True, rule.percentile)


def _episodes(alarm: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """First day of each run of consecutive alarm days."""
    return np.asarray(alarm & ~np.pad(alarm, ((0, 0), (1, 0)))[:, :-1])


def run_surveillance(
    ws: Workspace,
    config: SurveillanceConfig = DEFAULT_CONFIG,
    *,
    clock: Clock | None = None,
    now: datetime | None = None,
) -> RunSummary:
    """Run the detectors of ``config`` over the last ``lookback_days`` of channel data and
    record channel, single-case, fused and cluster signals, then flag the open signals past
    their verification deadline (:func:`flag_overdue`). ``clock`` gives the detection time of
    a signal from its day (default: now)."""
    moment = now or datetime.now(UTC)
    when = clock or (lambda _day: moment)
    parents = orgunit_parents(ws)
    summary = RunSummary()
    signals: list[NewSignal] = []
    for rule in config.diseases:
        per_channel: dict[str, tuple[ChannelMatrix, int, Detection]] = {}
        for ch in rule.channels:
            matrix = load_channel(ws, ch.channel, ch.key)
            if matrix is None:
                continue
            start, det = _detect(matrix, ch, config.lookback_days)
            method = METHODS[ch.method]
            if method.fused:
                per_channel[ch.channel] = (matrix, start, det)
            summary.channel_alarms += int(det.alarm.sum())
            for a, d in zip(*np.nonzero(_episodes(det.alarm)), strict=True):
                day = matrix.first + timedelta(days=start + int(d))
                thr = float(det.threshold[a, d])
                signals.append(
                    NewSignal(
                        kind=method.signal_kind,
                        method=ch.method,
                        channel=ch.channel,
                        disease=rule.disease,
                        org_unit=matrix.areas[a],
                        day=day,
                        detected_at=when(day),
                        observed=float(matrix.counts[a, start + int(d)]),
                        threshold=None if np.isnan(thr) else thr,
                    )
                )
        if not per_channel:
            continue
        signals.extend(
            _fused(
                rule.disease,
                rule.k_of_n,
                rule.score_threshold,
                per_channel,
                {c.channel: c.weight for c in rule.channels},
                parents,
                when,
            )
        )
        signals.extend(_clusters(rule.disease, per_channel, parents, config, when))
    summary.signals = signals
    summary.recorded = record_signals(ws, signals, verify_hours=config.verify_hours)
    for s in signals:
        summary.by_kind[s.kind] = summary.by_kind.get(s.kind, 0) + 1
    summary.overdue = len(flag_overdue(ws, moment))
    return summary


def _to_fusion_level(
    per_channel: dict[str, tuple[ChannelMatrix, int, Detection]],
    parents: dict[str, str | None],
) -> tuple[list[str], date, int, dict[str, NDArray[np.bool_]]]:
    """Align every channel's alarms on the areas of the case channel (or the coarsest one);
    a channel reported below that level votes for the area above it."""
    base = per_channel.get("cases") or next(iter(per_channel.values()))
    areas = base[0].areas
    first = min(m.first + timedelta(days=s) for m, s, _ in per_channel.values())
    last = max(m.first + timedelta(days=m.counts.shape[1] - 1) for m, _, _ in per_channel.values())
    n_days = (last - first).days + 1
    index = {a: i for i, a in enumerate(areas)}
    out: dict[str, NDArray[np.bool_]] = {}
    for name, (matrix, start, det) in per_channel.items():
        grid = np.zeros((len(areas), n_days), dtype=bool)
        offset = (matrix.first + timedelta(days=start) - first).days
        for r, area in enumerate(matrix.areas):
            target = area if area in index else parents.get(area)
            if target in index:
                grid[index[target], offset : offset + det.alarm.shape[1]] |= det.alarm[r]
        out[name] = grid
    return areas, first, n_days, out


def _fused(
    disease: str,
    k_of_n: int,
    threshold: float,
    per_channel: dict[str, tuple[ChannelMatrix, int, Detection]],
    weights: dict[str, float],
    parents: dict[str, str | None],
    when: Clock,
) -> list[NewSignal]:
    areas, first, _, grids = _to_fusion_level(per_channel, parents)
    out = []
    for f in fuse(grids, weights, areas, k_of_n=k_of_n, score_threshold=threshold):
        day = first + timedelta(days=f.day_index)
        out.append(
            NewSignal(
                kind="fused",
                method=f"{k_of_n}-of-n",
                channel="+".join(f.channels),
                disease=disease,
                org_unit=f.area,
                day=day,
                detected_at=when(day),
                score=f.score,
                details={"channels": list(f.channels)},
            )
        )
    return out


def _clusters(
    disease: str,
    per_channel: dict[str, tuple[ChannelMatrix, int, Detection]],
    parents: dict[str, str | None],
    config: SurveillanceConfig,
    when: Clock,
) -> list[NewSignal]:
    out = []
    for name, (matrix, start, det) in per_channel.items():
        if name not in config.cluster_channels:
            continue
        for c in spatial_clusters(
            det.alarm,
            matrix.areas,
            parents,
            min_units=config.cluster_min_units,
            window=config.cluster_window_days,
        ):
            day = matrix.first + timedelta(days=start + c.day_index)
            out.append(
                NewSignal(
                    kind="cluster",
                    method="siblings",
                    channel=name,
                    disease=disease,
                    org_unit=c.parent,
                    day=day,
                    detected_at=when(day),
                    score=float(len(c.members)),
                    details={"members": list(c.members)},
                )
            )
    return out
