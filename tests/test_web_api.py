"""The REST API on both stores: each endpoint as an allowed user, outside the caller's scope
(403), without authentication (401) and with a bad payload (422, nothing stored)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from healthplan.collection import select_values
from healthplan.web import MAX_FAILED_LOGINS
from web_helpers import PASSWORD, city, client, token, workbook


@pytest.fixture
def api(ws, tmp_path):  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    return client(ws)


def _count_values(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.engine.connect() as connection:
        return int(connection.execute(text("select count(*) from data_values")).scalar_one())


def test_without_authentication_every_endpoint_is_401(api) -> None:  # type: ignore[no-untyped-def]
    for method, path in [
        ("get", "/api/me"),
        ("get", "/api/assessment"),
        ("get", "/api/approvals?data_set=mch&period=2024M03"),
        ("post", "/api/approvals/approve"),
        ("post", "/api/values/preview"),
        ("post", "/api/values"),
        ("get", "/api/values/template?data_set=mch&org_unit=A&period=2024M03"),
        ("get", "/api/tasks"),
        ("get", "/api/warnings"),
        ("post", "/api/warnings/1/acknowledge"),
        ("get", "/api/signals"),
        ("post", "/api/signals/1/verify"),
        ("get", "/api/reports"),
        ("post", "/api/reports"),
        ("get", "/api/reports/x.html"),
        ("get", "/api/users"),
        ("post", "/api/users"),
    ]:
        answer = getattr(api, method)(path)
        assert answer.status_code == 401, (path, answer.status_code)
    assert api.get("/api/me", headers={"Authorization": "Bearer forged"}).status_code == 401


def test_assessment_is_scoped(api) -> None:  # type: ignore[no-untyped-def]
    everything = api.get("/api/assessment", headers=token(api, "planner")).json()
    units = {r["org_unit"] for r in everything}
    assert {"C", "A", "B"} <= units
    b_only = api.get("/api/assessment", headers=token(api, "viewer_b")).json()
    assert b_only and {r["org_unit"] for r in b_only} <= {"B", "b1"}
    outside = api.get("/api/assessment?org_unit=A", headers=token(api, "viewer_b"))
    assert outside.status_code == 403
    assert (
        api.get("/api/assessment?status=behind", headers=token(api, "planner")).status_code == 200
    )


def test_value_upload_preview_then_store(api, ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    headers = token(api, "reporter_a")
    before = _count_values(ws)
    bad = workbook(
        tmp_path / "bad.xlsx", [("visits", "2024M03", "a1", 30), ("births", "2024M03", "a1", "abc")]
    )
    with bad.open("rb") as handle:
        answer = api.post(
            "/api/values/preview", headers=headers, files={"file": ("bad.xlsx", handle)}
        )
    assert answer.status_code == 422
    problems = answer.json()["detail"]["problems"]
    assert any("bad.xlsx" in p and "3" in p for p in problems), problems
    with bad.open("rb") as handle:
        assert (
            api.post(
                "/api/values", headers=headers, files={"file": ("bad.xlsx", handle)}
            ).status_code
            == 422
        )
    assert _count_values(ws) == before
    good = workbook(
        tmp_path / "good.xlsx", [("visits", "2024M03", "a1", 30), ("births", "2024M03", "a1", 40)]
    )
    with good.open("rb") as handle:
        preview = api.post(
            "/api/values/preview", headers=headers, files={"file": ("good.xlsx", handle)}
        )
    assert preview.status_code == 200 and preview.json() == {
        "stored": False,
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "problems": [],
    }
    assert _count_values(ws) == before
    with good.open("rb") as handle:
        stored = api.post("/api/values", headers=headers, files={"file": ("good.xlsx", handle)})
    assert stored.json()["stored"] is True and _count_values(ws) == before + 2
    assert any(
        v.org_unit == "a1" and v.period == "2024M03" for v in select_values(ws, org_unit="a1")
    )
    with good.open("rb") as handle:
        outside = api.post(
            "/api/values", headers=token(api, "reporter_b"), files={"file": ("good.xlsx", handle)}
        )
    assert outside.status_code == 403
    with good.open("rb") as handle:  # mch's data set names no department: not 妇幼健康科's
        foreign = api.post(
            "/api/values", headers=token(api, "mch"), files={"file": ("g.xlsx", handle)}
        )
    assert foreign.status_code == 403 and "visits" in foreign.text
    with good.open("rb") as handle:  # a viewer enters nothing
        assert (
            api.post(
                "/api/values", headers=token(api, "viewer_b"), files={"file": ("g.xlsx", handle)}
            ).status_code
            == 403
        )
    assert api.post("/api/values", headers=headers).status_code == 422  # no file
    assert _count_values(ws) == before + 2


def test_fill_in_workbook(api, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = "/api/values/template?data_set=mch&org_unit=A&period=2024M03"
    got = api.get(url, headers=token(api, "reporter_a"))
    assert got.status_code == 200 and got.content[:2] == b"PK"
    book = load_workbook(BytesIO(got.content))
    cells = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row}
    assert {"a1", "a2"} <= cells and "b1" not in cells
    assert api.get(url, headers=token(api, "reporter_b")).status_code == 403
    bad = "/api/values/template?data_set=mch&org_unit=A&period=2024"
    assert api.get(bad, headers=token(api, "reporter_a")).status_code == 422
    missing = api.get("/api/values/template?data_set=mch", headers=token(api, "reporter_a"))
    assert missing.status_code == 422


def test_approval_workflow_and_scope(api, ws) -> None:  # type: ignore[no-untyped-def]
    body = {"data_set": "mch", "org_unit": "a1", "period": "2024M02"}
    assert (
        api.post("/api/approvals/submit", headers=token(api, "reporter_b"), json=body).status_code
        == 403
    )
    assert (
        api.post("/api/approvals/submit", headers=token(api, "mch"), json=body).status_code == 403
    )
    submitted = api.post("/api/approvals/submit", headers=token(api, "reporter_a"), json=body)
    assert submitted.status_code == 200 and submitted.json()["state"] == "submitted"
    # a reporter does not approve their own report
    assert (
        api.post("/api/approvals/approve", headers=token(api, "reporter_a"), json=body).status_code
        == 403
    )
    planner = token(api, "planner")
    assert (
        api.post("/api/approvals/review", headers=planner, json=body).json()["state"] == "reviewed"
    )
    assert (
        api.post("/api/approvals/approve", headers=planner, json=body).json()["state"] == "approved"
    )
    queue = api.get("/api/approvals?data_set=mch&period=2024M02", headers=token(api, "viewer_b"))
    assert [r["org_unit"] for r in queue.json()] == ["b1"]  # a1 is outside B
    states = api.get("/api/approvals?data_set=mch&period=2024M02", headers=planner).json()
    assert [(s["org_unit"], s["state"]) for s in states] == [
        ("a1", "approved"),
        ("a2", ""),
        ("b1", ""),
    ]
    assert (
        api.post("/api/approvals/approve", headers=planner, json={"data_set": "mch"}).status_code
        == 422
    )
    assert api.post("/api/approvals/destroy", headers=planner, json=body).status_code == 422
    # approving twice is a refused transition, not a server error
    assert api.post("/api/approvals/approve", headers=planner, json=body).status_code == 409
    with ws.engine.connect() as connection:
        actors = (
            connection.execute(text("select actor from audit_log where table_name = 'approvals'"))
            .scalars()
            .all()
        )
    assert {"reporter_a", "planner"} <= set(actors)


def test_warnings_inbox_masked_and_scoped(api) -> None:  # type: ignore[no-untyped-def]
    mine = api.get("/api/warnings", headers=token(api, "reporter_a")).json()
    assert [w["org_unit"] for w in mine] == ["A"]
    assert "13812345678" not in mine[0]["message"] and "138****5678" in mine[0]["message"]
    other = api.get("/api/warnings", headers=token(api, "reporter_b")).json()[0]["id"]
    headers = token(api, "mch")
    assert (
        api.post(
            f"/api/warnings/{other}/acknowledge", headers=token(api, "viewer_b"), json={}
        ).status_code
        == 403
    )
    assert (
        api.post(
            f"/api/warnings/{other}/acknowledge",
            headers=token(api, "planner"),
            json={"note": "x" * 3000},
        ).status_code
        == 422
    )
    done = api.post(f"/api/warnings/{other}/acknowledge", headers=headers, json={"note": "收到"})
    assert done.status_code == 200 and done.json()["state"] == "acknowledged"
    assert (
        api.post(f"/api/warnings/{other}/resolve", headers=headers, json={}).json()["state"]
        == "handled"
    )
    assert api.post("/api/warnings/99999/resolve", headers=headers, json={}).status_code == 404


def test_signals_lifecycle_and_scope(api) -> None:  # type: ignore[no-untyped-def]
    planner = token(api, "planner")
    found = {s["org_unit"]: s["id"] for s in api.get("/api/signals", headers=planner).json()}
    assert set(found) == {"a1", "b1"}
    assert [
        s["org_unit"] for s in api.get("/api/signals", headers=token(api, "viewer_b")).json()
    ] == ["b1"]
    assert (
        api.post(
            f"/api/signals/{found['a1']}/verify", headers=token(api, "reporter_a"), json={}
        ).status_code
        == 403
    )
    assert (
        api.post(
            f"/api/signals/{found['a1']}/verify", headers=planner, json={"outcome": "maybe"}
        ).status_code
        == 422
    )
    verified = api.post(
        f"/api/signals/{found['a1']}/verify", headers=planner, json={"outcome": "confirmed"}
    )
    assert verified.json()["status"] == "verified"
    assert (
        api.post(f"/api/signals/{found['a1']}/respond", headers=planner, json={}).json()["status"]
        == "responding"
    )
    assert (
        api.post(f"/api/signals/{found['a1']}/close", headers=planner, json={}).json()["status"]
        == "closed"
    )


def test_tasks_board(api) -> None:  # type: ignore[no-untyped-def]
    assert api.get("/api/tasks", headers=token(api, "planner")).status_code == 200
    assert api.get("/api/tasks?department=老龄健康科", headers=token(api, "mch")).status_code == 403
    assert api.get("/api/tasks?department=妇幼健康科", headers=token(api, "mch")).status_code == 200


def test_reports_generate_and_download(api) -> None:  # type: ignore[no-untyped-def]
    planner = token(api, "planner")
    assert (
        api.post(
            "/api/reports",
            headers=token(api, "viewer_b"),
            json={"kind": "monthly", "period": "2024-03"},
        ).status_code
        == 403
    )
    assert api.post("/api/reports", headers=planner, json={"period": "2024-03"}).status_code == 422
    kinds = api.get("/api/reports", headers=planner).json()["kinds"]
    written = api.post(
        "/api/reports",
        headers=planner,
        json={"kind": kinds[0], "period": "2024-03", "org_unit": "A"},
    )
    assert written.status_code == 200, written.text
    html = next(f for f in written.json()["files"] if f.endswith(".html"))
    got = api.get(f"/api/reports/{html}", headers=token(api, "reporter_a"))
    assert got.status_code == 200 and b"<html" in got.content.lower()
    assert api.get(f"/api/reports/{html}", headers=token(api, "reporter_b")).status_code == 403
    assert api.get("/api/reports/..%2F..%2Fhealthplan.db", headers=planner).status_code == 404


def test_users_admin_only(api) -> None:  # type: ignore[no-untyped-def]
    admin = token(api, "admin")
    assert api.get("/api/users", headers=token(api, "planner")).status_code == 403
    assert "reporter_a" in {u["name"] for u in api.get("/api/users", headers=admin).json()}
    short = api.post(
        "/api/users", headers=admin, json={"name": "x", "role": "viewer", "password": "short"}
    )
    assert short.status_code == 422 and "password" in short.text
    assert (
        api.post(
            "/api/users", headers=admin, json={"name": "x", "role": "king", "password": PASSWORD}
        ).status_code
        == 422
    )
    made = api.post(
        "/api/users",
        headers=admin,
        json={"name": "x", "role": "viewer", "password": PASSWORD, "org_unit": "B"},
    )
    assert made.status_code == 200


def test_login_lockout_is_audited(api, ws) -> None:  # type: ignore[no-untyped-def]
    for _ in range(MAX_FAILED_LOGINS):
        assert (
            api.post("/api/token", json={"name": "planner", "password": "wrong"}).status_code == 401
        )
    # locked: even the right password is refused for a while
    assert api.post("/api/token", json={"name": "planner", "password": PASSWORD}).status_code == 401
    with ws.engine.connect() as connection:
        actions = (
            connection.execute(
                text(
                    "select action from audit_log"
                    " where table_name = 'web_users' and record_key = 'planner'"
                )
            )
            .scalars()
            .all()
        )
    assert actions.count("login-fail") == MAX_FAILED_LOGINS - 1
    assert "lockout" in actions and "login-lock" in actions
    for _ in range(10):
        api.post("/api/token", json={"name": "nobody", "password": "x"})
    assert api.post("/api/token", json={"name": "nobody", "password": "x"}).status_code == 429
