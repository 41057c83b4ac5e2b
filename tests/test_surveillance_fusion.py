"""Multi-channel fusion (k of n, weighted score) and spatial clusters among siblings."""

from __future__ import annotations

import numpy as np

from healthplan.surveillance.fusion import fuse, spatial_clusters


def _alarm(days: int, on: list[int]) -> np.ndarray:
    a = np.zeros((2, days), dtype=bool)
    a[0, on] = True
    return a


def test_two_of_n_within_the_window() -> None:
    alarms = {"cases": _alarm(10, [5]), "pharmacy": _alarm(10, [3]), "school": _alarm(10, [9])}
    fused = fuse(alarms, {}, ["A", "B"], k_of_n=2, score_threshold=99, window=3)
    assert [(f.area, f.day_index, f.channels) for f in fused] == [("A", 5, ("cases", "pharmacy"))]
    # one day further apart than the window: no fusion
    alarms["pharmacy"] = _alarm(10, [2])
    assert fuse(alarms, {}, ["A", "B"], k_of_n=2, score_threshold=99, window=3) == []


def test_weighted_score() -> None:
    alarms = {"lab": _alarm(6, [2]), "school": _alarm(6, [4])}
    fused = fuse(alarms, {"lab": 1.6, "school": 0.5}, ["A", "B"], k_of_n=3, score_threshold=1.5)
    assert [(f.day_index, f.score) for f in fused] == [(2, 1.6)]  # one episode, not per day


def test_cluster_of_weak_signals_among_siblings() -> None:
    weak = np.zeros((4, 8), dtype=bool)
    weak[0, 3] = weak[1, 4] = True  # two townships of county C1
    weak[3, 4] = True  # a township of another county does not count for C1
    parents = {"t1": "C1", "t2": "C1", "t3": "C1", "u1": "C2"}
    clusters = spatial_clusters(weak, ["t1", "t2", "t3", "u1"], parents, min_units=2, window=2)
    assert [(c.parent, c.day_index, c.members) for c in clusters] == [("C1", 4, ("t1", "t2"))]
    assert spatial_clusters(weak, ["t1", "t2", "t3", "u1"], parents, min_units=3) == []
