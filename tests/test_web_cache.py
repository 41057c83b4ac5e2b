"""The pages' cache (web/cache.py), on both stores: reused while nothing is written; after a
write, refreshed in the background while others see the previous value, but whoever wrote sees
their write at once (through the API too)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from healthplan.store import data_version, record_audit
from healthplan.web import cache
from web_helpers import city, client, token


@pytest.fixture
def api(ws, tmp_path):  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    return client(ws)


def _write(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.session() as session:
        record_audit(session, [("insert", "test", "x", None, {"n": 1})])


def _eventually(check: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 30
    while not check():
        assert time.monotonic() < deadline, "the background refresh never landed"
        time.sleep(0.05)


def test_reused_until_a_write_then_refreshed(ws) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cache.cached(ws, "k", compute) == 1
    assert cache.cached(ws, "k", compute) == 1 and len(calls) == 1
    version = data_version(ws)
    _write(ws)
    assert data_version(ws) == version + 1
    assert cache.cached(ws, "k", compute) == 1  # the previous value, at once
    _eventually(lambda: cache.cached(ws, "k", compute) == 2)  # refreshed in the background
    assert len(calls) == 2
    _write(ws)
    cache.remember_write(ws, 7)
    assert cache.cached(ws, "k", compute, user_id=7) == 3  # the writer waits for theirs
    assert cache.cached(ws, "k", compute) == 3 and len(calls) == 3


def test_a_write_shows_on_the_writers_next_view(api, ws) -> None:  # type: ignore[no-untyped-def]
    reporter = token(api, "reporter_a")
    planner = token(api, "planner")
    before = api.get("/api/assessment", headers=reporter).json()
    planner_before = api.get("/api/assessment", headers=planner).json()
    body = {"data_set": "mch", "org_unit": "a1", "period": "2024M03"}
    stored = api.post(
        "/api/entry", headers=reporter, json={**body, "values": {"visits": 30, "births": 30}}
    )
    assert stored.status_code == 200
    after = api.get("/api/assessment", headers=reporter).json()
    assert after != before  # as of March now, a1's visits counted
    assert max(r["as_of"] for r in after) > max(r["as_of"] for r in before)
    _eventually(lambda: api.get("/api/assessment", headers=planner).json() != planner_before)
