"""What the pages compute from the data (the assessment of every target, the monthly trend,
the task board), kept while the workspace's data version (:func:`healthplan.store.data_version`,
bumped by every committed write) is unchanged: a page view after no write reads the version —
one small query — instead of recomputing.

After a write the value is recomputed once, in the background, by one thread at a time and
at most once a second; meanwhile readers get the value of the previous version at once rather
than waiting — except whoever made the write: a user's views are never
older than their own last write (read your writes; :func:`remember_write`, called by the
application after each successful write request)."""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from healthplan.store import Workspace, data_version

T = TypeVar("T")
_LOG = logging.getLogger("healthplan.web")
# Seconds between two background refreshes of one value: under a stream of writes the
# refreshes take a bounded share of the server's time, and what others see lags the data by at
# most this plus one computation.
REFRESH_INTERVAL = 1.0


@dataclass(frozen=True)
class _Entry:
    version: int
    day: date
    value: Any
    computed_at: float  # time.monotonic() when the computation ended


class _Entries:
    def __init__(self) -> None:
        self.values: dict[Hashable, _Entry] = {}
        self.building: dict[Hashable, threading.Lock] = {}
        self.written: dict[int, int] = {}  # user id → the data version after their last write
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


def remember_write(ws: Workspace, user_id: int) -> None:
    """``user_id`` has just written: their next views show at least the data as it is now."""
    version = data_version(ws)
    entries = _entries(ws)
    with entries.lock:
        entries.written[user_id] = max(version, entries.written.get(user_id, 0))


def cached(
    ws: Workspace, key: Hashable, compute: Callable[[], T], *, user_id: int | None = None
) -> T:
    """``compute()`` for ``key`` at the current data version and day. The version is read
    before computing, so a write during the computation is never missed: it makes the result
    stale at once. ``user_id``: whose view it is (their own writes are always in it)."""
    entries = _entries(ws)
    version, day = data_version(ws), date.today()
    with entries.lock:
        hit = entries.values.get(key)
        floor = entries.written.get(user_id, 0) if user_id is not None else 0
        building = entries.building.setdefault(key, threading.Lock())
    if hit is not None and hit.day == day:
        if hit.version == version:
            return hit.value
        if hit.version >= floor:
            rested = time.monotonic() - hit.computed_at >= REFRESH_INTERVAL
            # else another thread is refreshing it, or did a moment ago
            if rested and building.acquire(blocking=False):
                threading.Thread(
                    target=_refresh,
                    args=(entries, key, compute, version, day, building),
                    name="healthplan-cache-refresh",
                    daemon=True,
                ).start()
            return hit.value
    return _compute(entries, key, compute, version, day, building, held=False)


def _refresh(
    entries: _Entries,
    key: Hashable,
    compute: Callable[[], Any],
    version: int,
    day: date,
    building: threading.Lock,
) -> None:
    try:
        _compute(entries, key, compute, version, day, building, held=True)
    except Exception:  # the next reader computes it again, and sees the error itself
        _LOG.warning("refreshing %s failed", key, exc_info=True)


def _compute(
    entries: _Entries,
    key: Hashable,
    compute: Callable[[], T],
    version: int,
    day: date,
    building: threading.Lock,
    *,
    held: bool,
) -> T:
    if not held:
        building.acquire()
    try:
        with entries.lock:
            hit = entries.values.get(key)
        if hit is not None and hit.day == day and hit.version >= version:
            return hit.value
        value = compute()
        with entries.lock:
            current = entries.values.get(key)
            if current is None or (current.day, current.version) <= (day, version):
                entries.values[key] = _Entry(version, day, value, time.monotonic())
        return value
    finally:
        building.release()


_SAFE = {"GET", "HEAD", "OPTIONS"}


async def track_writes(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Middleware: after a successful write request, :func:`remember_write` for its user (the
    authentication sets ``request.state.user_id``)."""
    response = await call_next(request)
    user_id = getattr(request.state, "user_id", None)
    if request.method not in _SAFE and user_id is not None and response.status_code < 400:
        await run_in_threadpool(remember_write, request.app.state.ws, user_id)
    return response
