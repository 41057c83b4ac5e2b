"""What the pages compute from the data (the assessment of every target, the monthly trend),
kept while the workspace's data version (:func:`healthplan.store.data_version`, bumped by
every committed write) is unchanged: a page view after no write reads the version — one
small query — instead of recomputing. One computation at a time per key: the other requests
that need it wait for it instead of repeating it."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from datetime import date
from typing import Any, TypeVar

from healthplan.store import Workspace, data_version

T = TypeVar("T")


class _Entries:
    def __init__(self) -> None:
        self.values: dict[Hashable, tuple[tuple[int, date], Any]] = {}
        self.building: dict[Hashable, threading.Lock] = {}
        self.lock = threading.Lock()


# One set of entries per database engine (copies of a Workspace acting as another user share
# theirs); they go with the engine.
_BY_ENGINE: weakref.WeakKeyDictionary[Any, _Entries] = weakref.WeakKeyDictionary()
_GUARD = threading.Lock()


def _entries(ws: Workspace) -> _Entries:
    with _GUARD:
        found = _BY_ENGINE.get(ws.engine)
        if found is None:
            found = _BY_ENGINE[ws.engine] = _Entries()
        return found


def cached(ws: Workspace, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` for ``key``, reused until the data version or the day changes (the
    version is read before computing, so a write during the computation is never missed)."""
    entries = _entries(ws)
    stamp = (data_version(ws), date.today())
    with entries.lock:
        hit = entries.values.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]  # type: ignore[no-any-return]
        building = entries.building.setdefault(key, threading.Lock())
    with building:
        with entries.lock:
            hit = entries.values.get(key)
        if hit is not None and hit[0] >= stamp:
            return hit[1]  # type: ignore[no-any-return]
        value = compute()
        with entries.lock:
            current = entries.values.get(key)
            if current is None or current[0] <= stamp:
                entries.values[key] = (stamp, value)
        return value
