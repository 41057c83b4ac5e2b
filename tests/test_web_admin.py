"""Administration of org units, departments, indicators and data sets, through the API and
the pages, on both stores: administrators only (403 for others, 401 without a session), bad
payloads refused whole (422, nothing stored), every write audited with the user."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from healthplan.collection import get_data_set, list_indicators
from healthplan.store import list_departments, list_orgunits
from test_web_pages import _login
from web_helpers import city, client, token


@pytest.fixture
def api(ws, tmp_path):  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    return client(ws)


def _actors(ws, table: str) -> set[str]:  # type: ignore[no-untyped-def]
    with ws.engine.connect() as connection:
        return set(
            connection.execute(
                text("select actor from audit_log where table_name = :t"), {"t": table}
            ).scalars()
        )


def test_admin_api(api, ws) -> None:  # type: ignore[no-untyped-def]
    admin = token(api, "admin")
    planner = token(api, "planner")
    cases = [
        (
            "orgunits",
            {"code": "a3", "name": "三街道", "level": "街道", "parent_code": "A"},
            {"code": "a4", "name": "四街道", "level": "星球", "parent_code": "A"},
        ),
        (
            "departments",
            {"code": "cdc", "name": "疾病预防控制科", "aliases": ["疾控科"], "org_unit_code": "C"},
            {"code": "cdc2", "name": "疾控二科", "org_unit_code": "nowhere"},
        ),
        (
            "indicators",
            {"code": "pop_total", "name": "常住人口", "numerator": "#{pop}", "aggregation": "sum"},
            {
                "code": "bad_rate",
                "name": "坏比率",
                "numerator": "#{nothing}",
                "denominator": "#{pop}",
            },
        ),
        (
            "datasets",
            {
                "code": "births_q",
                "name": "出生季报",
                "period_type": "quarter",
                "org_level": 3,
                "elements": ["births"],
                "department_code": "mch",
            },
            {
                "code": "bad_q",
                "name": "坏季报",
                "period_type": "quarter",
                "org_level": 3,
                "elements": ["nothing"],
            },
        ),
    ]
    for kind, good, bad in cases:
        path = f"/api/admin/{kind}"
        assert api.get(path).status_code == 401, kind
        assert api.post(path, json=good).status_code == 401, kind
        assert api.get(path, headers=planner).status_code == 403, kind
        assert api.post(path, headers=planner, json=good).status_code == 403, kind
        before = api.get(path, headers=admin).json()
        refused = api.post(path, headers=admin, json=bad)
        assert refused.status_code == 422, (kind, refused.text)
        assert api.get(path, headers=admin).json() == before, kind
        assert api.post(path, headers=admin, json={"code": "x"}).status_code == 422, kind
        made = api.post(path, headers=admin, json=good)
        assert made.status_code == 200, (kind, made.text)
        listed = api.get(path, headers=admin).json()
        assert good["code"] in {item["code"] for item in listed}, kind
    assert "nothing" in api.post("/api/admin/indicators", headers=admin, json=cases[2][2]).text
    assert {u.code: u.parent_code for u in list_orgunits(ws)}["a3"] == "A"
    assert "疾控科" in next(d for d in list_departments(ws) if d.code == "cdc").aliases
    assert list_indicators(ws)["pop_total"].numerator == "#{pop}"
    assert get_data_set(ws, "births_q").elements == ["births"]
    for table in ("org_units", "departments", "indicators", "data_sets"):
        assert "admin" in _actors(ws, table), table
    documented = api.get("/api/openapi.json").json()["paths"]
    for path in ("/api/admin/orgunits", "/api/entry", "/api/tasks/{task_id}/progress"):
        assert "post" in documented[path], path


def test_admin_pages(api, ws) -> None:  # type: ignore[no-untyped-def]
    csrf = _login(api, "admin")
    for kind in ("orgunits", "departments", "indicators", "datasets"):
        page = api.get(f"/admin/{kind}")
        assert page.status_code == 200 and 'id="admin-form"' in page.text, kind
    assert 'href="/admin/orgunits"' in api.get("/admin").text
    edit = api.get("/admin/orgunits?code=a1")
    assert 'value="a1"' in edit.text
    bad = api.post(
        "/admin/orgunits",
        data={"csrf": csrf, "code": "a9", "name": "九街道", "level": "街道", "parent_code": "Z"},
    )
    assert bad.status_code == 422 and 'id="e-parent_code"' in bad.text
    assert "a9" not in {u.code for u in list_orgunits(ws)}
    forged = api.post(
        "/admin/orgunits",
        data={"csrf": "x", "code": "a9", "name": "九街道", "level": "街道", "parent_code": "A"},
    )
    assert forged.status_code == 403
    good = api.post(
        "/admin/orgunits",
        data={"csrf": csrf, "code": "a9", "name": "九街道", "level": "街道", "parent_code": "A"},
        follow_redirects=False,
    )
    assert good.status_code == 303
    assert "九街道" in api.get(good.headers["location"]).text
    formula = api.post(
        "/admin/indicators",
        data={
            "csrf": csrf,
            "code": "r",
            "name": "率",
            "numerator": "#{visits",
            "aggregation": "sum",
        },
    )
    assert formula.status_code == 422 and 'id="e-numerator"' in formula.text
    data_set = api.post(
        "/admin/datasets",
        data={
            "csrf": csrf,
            "code": "mch",
            "name": "妇幼月报",
            "period_type": "month",
            "org_level": "4",
            "elements": "visits，births、pop",
            "department_code": "mch",
            "due_days": "12",
        },
        follow_redirects=False,
    )
    assert data_set.status_code == 303, data_set.text
    assert get_data_set(ws, "mch").due_days == 12
    assert get_data_set(ws, "mch").department_code == "mch"

    other = client(ws)
    _login(other, "planner")
    assert other.get("/admin/orgunits").status_code == 403
    assert client(ws).get("/admin/orgunits", follow_redirects=False).status_code == 303
