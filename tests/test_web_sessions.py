"""Sessions live on the server: log-out ends one for whoever holds a copy of its cookie; a
cookie whose session the database does not know opens nothing. On both stores."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from test_web_pages import _login
from web_helpers import city, client


@pytest.fixture
def pages(ws, tmp_path):  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    return client(ws)


def _sessions(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.engine.connect() as connection:
        return int(connection.execute(text("select count(*) from web_sessions")).scalar_one())


def test_logout_revokes_a_stolen_cookie(pages, ws) -> None:  # type: ignore[no-untyped-def]
    csrf = _login(pages, "planner")
    stolen = pages.cookies.get("hp_session")
    assert stolen and _sessions(ws) == 1
    thief = client(ws)
    thief.cookies.set("hp_session", stolen)
    assert thief.get("/", follow_redirects=False).status_code == 200
    assert thief.get("/api/me").json()["name"] == "planner"

    out = pages.post("/logout", data={"csrf": csrf}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login"
    assert _sessions(ws) == 0
    home = thief.get("/", follow_redirects=False)
    assert home.status_code == 303 and home.headers["location"] == "/login"
    assert thief.get("/api/me").status_code == 401
    # a write with the old cookie and its CSRF token is refused too
    moved = thief.post(
        "/approvals/submit",
        data={"data_set": "mch", "org_unit": "a1", "period": "2024M03", "csrf": csrf},
        follow_redirects=False,
    )
    assert moved.status_code == 303 and moved.headers["location"] == "/login"


def test_logout_ends_only_that_session(pages, ws) -> None:  # type: ignore[no-untyped-def]
    csrf = _login(pages, "planner")
    other = client(ws)
    _login(other, "planner")
    assert _sessions(ws) == 2
    pages.post("/logout", data={"csrf": csrf})
    assert other.get("/", follow_redirects=False).status_code == 200
    assert pages.get("/", follow_redirects=False).status_code == 303


def test_a_tampered_cookie_opens_nothing(pages, ws) -> None:  # type: ignore[no-untyped-def]
    _login(pages, "planner")
    cookie = pages.cookies.get("hp_session")
    assert cookie
    forged = client(ws)
    forged.cookies.set("hp_session", re.sub(r"^.", lambda m: "A" if m[0] != "A" else "B", cookie))
    assert forged.get("/", follow_redirects=False).status_code == 303
