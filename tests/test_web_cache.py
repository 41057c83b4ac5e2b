"""The pages' cache of the assessment: reused while nothing is written, recomputed after a
write (a value stored through the API changes what the next page view shows), on both
stores."""

from __future__ import annotations

import pytest

from healthplan.store import data_version, record_audit
from healthplan.web import cache
from web_helpers import city, client, token


@pytest.fixture
def api(ws, tmp_path):  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    return client(ws)


def test_cached_until_the_data_changes(ws) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cache.cached(ws, "k", compute) == 1
    assert cache.cached(ws, "k", compute) == 1 and len(calls) == 1
    assert cache.cached(ws, "other", compute) == 2
    version = data_version(ws)
    with ws.session() as session:
        record_audit(session, [("insert", "test", "x", None, {"n": 1})])
    assert data_version(ws) == version + 1
    assert cache.cached(ws, "k", compute) == 3


def test_a_write_shows_on_the_next_view(api, ws) -> None:  # type: ignore[no-untyped-def]
    headers = token(api, "reporter_a")
    planner = token(api, "planner")
    before = api.get("/api/assessment", headers=planner).json()
    assert api.get("/api/assessment", headers=planner).json() == before
    body = {"data_set": "mch", "org_unit": "a1", "period": "2024M03"}
    stored = api.post(
        "/api/entry", headers=headers, json={**body, "values": {"visits": 30, "births": 30}}
    )
    assert stored.status_code == 200
    after = api.get("/api/assessment", headers=planner).json()
    assert after != before  # as of March now, a1's visits counted
    assert max(r["as_of"] for r in after) > max(r["as_of"] for r in before)
