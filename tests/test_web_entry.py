"""The on-screen entry form, through the API and the page, on both stores: the stored values
shown, typed values checked by the import's rules with each problem beside its field,
nothing stored on any problem, scope (403), no session (401), the audit log names the user."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from healthplan.collection import DataSet, save_data_elements, save_data_set, select_values
from healthplan.model import DataElement, OrgLevel, PeriodType, ValueType
from test_web_pages import _login
from web_helpers import city, client, token

URL = "/api/entry?data_set=mch&org_unit=a1&period=2024M03"


@pytest.fixture
def api(ws, tmp_path):  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    return client(ws)


def _stored(ws) -> dict[str, float | None]:  # type: ignore[no-untyped-def]
    return {
        v.data_element: v.value
        for v in select_values(ws, org_unit="a1")
        if v.org_unit == "a1" and v.period == "2024M03"
    }


def test_entry_api(api, ws) -> None:  # type: ignore[no-untyped-def]
    headers = token(api, "reporter_a")
    february = api.get(URL.replace("2024M03", "2024-02"), headers=headers)
    assert february.status_code == 200, february.text
    fields = {f["key"]: f["value"] for f in february.json()["fields"]}
    assert fields == {"visits": "18", "births": "20", "pop": "1100"}  # as stored
    assert api.get(URL, headers=headers).json()["state"] == ""
    before = _stored(ws)
    assert before == {}

    body = {"data_set": "mch", "org_unit": "a1", "period": "2024M03"}
    bad = api.post(
        "/api/entry", headers=headers, json={**body, "values": {"visits": "三十", "births": "-3"}}
    )
    assert bad.status_code == 422
    problems = bad.json()["problems"]
    assert any("visits" in p and "三十" in p for p in problems), problems
    assert any("births" in p for p in problems), problems
    assert _stored(ws) == before  # nothing stored, not even the good ones

    wrong_period = api.post(
        "/api/entry", headers=headers, json={**body, "period": "2024Q1", "values": {"visits": 1}}
    )
    assert wrong_period.status_code == 422 and "period" in wrong_period.text
    unknown = api.post("/api/entry", headers=headers, json={**body, "values": {"beds": 3}})
    assert unknown.status_code == 422 and "beds" in unknown.text
    assert api.post("/api/entry", headers=headers, json=body).status_code == 422  # no values

    good = api.post(
        "/api/entry", headers=headers, json={**body, "values": {"visits": "31", "births": 41}}
    )
    assert good.status_code == 200, good.text
    assert good.json()["created"] == 2
    assert _stored(ws)["visits"] == 31 and _stored(ws)["births"] == 41
    with ws.engine.connect() as connection:
        actors = connection.execute(
            text("select actor from audit_log where table_name = 'data_values'")
        ).scalars()
        assert "reporter_a" in set(actors)

    # outside the scope, the role, or without authentication
    assert api.get(URL, headers=token(api, "reporter_b")).status_code == 403
    outside = api.post("/api/entry", headers=token(api, "reporter_b"), json={**body, "values": {}})
    assert outside.status_code == 403
    viewer = api.post("/api/entry", headers=token(api, "viewer_b"), json={**body, "values": {}})
    assert viewer.status_code == 403
    assert api.get(URL).status_code == 401
    assert api.post("/api/entry", json={**body, "values": {}}).status_code == 401

    # an approved report is locked
    planner = token(api, "planner")
    api.post("/api/approvals/submit", headers=headers, json=body)
    api.post("/api/approvals/review", headers=planner, json=body)
    assert api.post("/api/approvals/approve", headers=planner, json=body).status_code == 200
    locked = api.post("/api/entry", headers=headers, json={**body, "values": {"visits": 1}})
    assert locked.status_code == 422 and "锁定" in locked.text
    assert _stored(ws)["visits"] == 31


def test_entry_page(api, ws) -> None:  # type: ignore[no-untyped-def]
    csrf = _login(api, "reporter_a")
    chooser = api.get("/entry?data_set=mch")
    assert chooser.status_code == 200 and 'value="a1"' in chooser.text  # the units to choose
    page = api.get("/entry?data_set=mch&org_unit=a1&period=2024-03")
    assert page.status_code == 200 and 'id="v-visits"' in page.text
    before = _stored(ws)
    fields = {"data_set": "mch", "org_unit": "a1", "period": "2024M03", "csrf": csrf}
    bad = api.post("/entry", data={**fields, "v.visits": "abc", "v.births": "12"})
    assert bad.status_code == 422
    row = re.search(r'<tr data-key="visits".*?</tr>', bad.text, re.S)
    assert row and "abc" in row.group(0) and 'aria-invalid="true"' in row.group(0)
    assert re.search(r'class="field-error">[^<]*abc', row.group(0))
    births = re.search(r'<tr data-key="births".*?</tr>', bad.text, re.S)
    assert births and 'class="field-error"></td>' in births.group(0)  # no error there
    assert _stored(ws) == before
    forged = api.post("/entry", data={**fields, "csrf": "x", "v.visits": "5"})
    assert forged.status_code == 403 and _stored(ws) == before
    good = api.post("/entry", data={**fields, "v.visits": "33", "v.births": "12", "v.pop": ""})
    assert good.status_code == 200 and 'id="entry-saved"' in good.text
    after = _stored(ws)
    assert after["visits"] == 33 and after["births"] == 12 and "pop" not in after  # emptied
    assert api.get("/entry?data_set=mch&org_unit=b1&period=2024M03").status_code == 403
    english = api.get("/entry?data_set=mch&org_unit=a1&period=2024M03&lang=en")
    assert "Entry form" in english.text


def test_a_field_per_category_option(api, ws) -> None:  # type: ignore[no-untyped-def]
    save_data_elements(
        ws,
        [
            DataElement(
                code="deaths", name="死亡数", value_type=ValueType.integer, categories=["男", "女"]
            )
        ],
    )
    save_data_set(
        ws,
        DataSet(
            code="deaths_m",
            name="死亡月报",
            period_type=PeriodType.month,
            org_level=OrgLevel.township,
            elements=["deaths"],
        ),
    )
    headers = token(api, "reporter_a")
    url = "/api/entry?data_set=deaths_m&org_unit=a2&period=2024M03"
    assert [f["key"] for f in api.get(url, headers=headers).json()["fields"]] == [
        "deaths.男",
        "deaths.女",
    ]
    body = {"data_set": "deaths_m", "org_unit": "a2", "period": "2024M03"}
    half = api.post("/api/entry", headers=headers, json={**body, "values": {"deaths.男": "1.5"}})
    assert half.status_code == 422 and "deaths.男" in half.text  # a whole number expected
    made = api.post(
        "/api/entry", headers=headers, json={**body, "values": {"deaths.男": "2", "deaths.女": 1}}
    )
    assert made.status_code == 200 and made.json()["created"] == 2
    stored = {
        v.category: v.value
        for v in select_values(ws, org_unit="a2", elements=["deaths"])
        if v.period == "2024M03"
    }
    assert stored == {"男": 2, "女": 1}
    fields = {f["key"]: f["value"] for f in api.get(url, headers=headers).json()["fields"]}
    assert fields == {"deaths.男": "2", "deaths.女": "1"}
