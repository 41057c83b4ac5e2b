"""The plan review (a draft beside its highlighted source sentence: confirm, edit, reject),
the indicator detail (drill down; the series against the target and 序时进度) and the district
comparison, as pages and through the API, on both stores: allowed, outside the caller's scope
(403), without a session (401 or the log-in page) and with a bad payload (422, nothing stored)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from healthplan.analytics import assess
from healthplan.model import Period
from healthplan.model.plan import Plan, PlanKind, ReviewStatus, SourceRef, Target, Task
from healthplan.plans import load_plan, save_plan
from healthplan.store import Workspace
from healthplan.web.drafts import FIELDS
from test_web_pages import _login
from web_helpers import city, client, token

TASK = "1.开展孕产妇健康管理。年底前完成。（妇幼健康科牵头）"
SENTENCE = "到2024年底，全区孕产妇系统管理率达到85%以上，产后访视率保持在90%以上。"


def drafts_plan(ws: Workspace) -> dict[str, int]:
    """A plan of district A read from a document, still in draft: two targets with their
    source sentence, one of B's."""

    def target(quote: str, value: float, unit: str = "A") -> Target:
        start = SENTENCE.find(quote)
        return Target(
            indicator_text=quote[:8],
            indicator_code="visit_rate",
            comparator=">=",
            value=value,
            unit="%",
            deadline=2024,
            departments=["妇幼健康科"],
            org_unit_code=unit,
            source=SourceRef(
                document="A区2024年工作要点.docx",
                start=start,
                end=start + len(quote),
                quote=quote,
                section_path=["二、主要目标"],
                sentence=SENTENCE,
            ),
            rule="reach",
        )

    plan = Plan(
        title="A区2024年妇幼工作要点",
        kind=PlanKind.annual,
        period=Period.parse("2024"),
        org_unit_code="A",
        targets=[
            target("孕产妇系统管理率达到85%以上", 85.0),
            target("产后访视率保持在90%以上", 90.0),
            target("产后访视率保持在90%以上", 80.0, unit="B"),
        ],
        tasks=[
            Task(
                title="开展孕产妇健康管理",
                text=TASK,
                lead_department="妇幼健康科",
                departments=["妇幼健康科"],
                rejected_departments=["按季度报送进展情况"],
                due_text="年底前",
                source=SourceRef(
                    document="A区2024年工作要点.docx", start=0, end=len(TASK), quote=TASK
                ),
            )
        ],
    )
    stored = load_plan(ws, save_plan(ws, plan))
    return {
        "task": stored.tasks[0].id,  # type: ignore[dict-item]
        "first": stored.targets[0].id,
        "second": stored.targets[1].id,
        "b": stored.targets[2].id,
    }  # type: ignore[dict-item]


@pytest.fixture
def site(ws, tmp_path):  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    ids = drafts_plan(ws)
    return client(ws), ids


def _audit(ws: Workspace, actor: str) -> int:
    with ws.engine.connect() as connection:
        query = text("select count(*) from audit_log where actor = :a and table_name = 'targets'")
        return int(connection.execute(query, {"a": actor}).scalar_one())


def test_without_authentication(site) -> None:  # type: ignore[no-untyped-def]
    api, ids = site
    for method, path in [
        ("get", "/api/plans"),
        ("get", "/api/plans/targets"),
        ("get", f"/api/plans/targets/{ids['first']}"),
        ("post", f"/api/plans/targets/{ids['first']}/confirm"),
        ("get", "/api/indicators/visit_rate"),
        ("get", "/api/dashboard/districts"),
    ]:
        assert getattr(api, method)(path).status_code == 401, path
    for path in [
        "/plans",
        f"/plans/targets/{ids['first']}",
        "/indicators/visit_rate",
        "/dashboard/districts",
    ]:
        answer = api.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/login", path
    answer = api.post(f"/plans/targets/{ids['first']}", data={"action": "confirm"})
    assert answer.status_code in (303, 200) and "/login" in str(answer.url)


def test_drafts_with_their_source_sentence_in_scope(site) -> None:  # type: ignore[no-untyped-def]
    api, ids = site
    planner = token(api, "planner")
    plans = api.get("/api/plans", headers=planner).json()
    mine = next(p for p in plans if p["title"] == "A区2024年妇幼工作要点")
    assert mine["targets"] == {"draft": 3} and mine["status"] == "draft"
    found = api.get(f"/api/plans/targets?plan={mine['id']}", headers=planner).json()
    assert [d["target"]["id"] for d in found] == [ids["first"], ids["second"], ids["b"]]
    source = found[0]["source"]
    assert source["quote"] == "孕产妇系统管理率达到85%以上"
    assert source["before"] + source["quote"] + source["after"] == SENTENCE
    assert source["before"] == "到2024年底，全区"
    # B's viewer sees B's target only; A's is outside their scope
    viewer = token(api, "viewer_b")
    seen = api.get("/api/plans/targets", headers=viewer).json()
    assert [d["target"]["id"] for d in seen] == [ids["b"]]
    assert api.get(f"/api/plans/targets/{ids['first']}", headers=viewer).status_code == 403
    assert api.get("/api/plans/targets/999999", headers=planner).status_code == 404
    assert api.get("/api/plans/targets?status=bogus", headers=planner).status_code == 422


def test_confirm_edit_reject_through_the_api(site, ws) -> None:  # type: ignore[no-untyped-def]
    api, ids = site
    planner = token(api, "planner")
    url = f"/api/plans/targets/{ids['first']}"
    edited = api.post(
        f"{url}/edit", json={"value": 88, "departments": ["妇幼健康科"]}, headers=planner
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["target"]["value"] == 88 and edited.json()["target"]["status"] == "draft"
    confirmed = api.post(f"{url}/confirm", headers=planner).json()
    assert confirmed["target"]["status"] == "confirmed"
    rejected = api.post(
        f"/api/plans/targets/{ids['second']}/reject", json={"value": 1}, headers=planner
    )
    assert rejected.json()["target"]["status"] == "deleted"
    assert rejected.json()["target"]["value"] == 90  # a rejection changes nothing else
    plan = load_plan(ws, confirmed["plan_id"])
    assert [tg.status for tg in plan.targets] == [
        ReviewStatus.confirmed,
        ReviewStatus.deleted,
        ReviewStatus.draft,
    ]
    assert _audit(ws, "planner") >= 3  # every write in the audit log with the user
    # the confirmed target is now assessed: it appears in the indicator detail of A
    detail = api.get(
        f"/api/indicators/visit_rate?org_unit=A&target={ids['first']}", headers=planner
    )
    assert detail.status_code == 200 and detail.json()["head"]["target"] == 88


def test_review_refused_out_of_scope_or_role(site, ws) -> None:  # type: ignore[no-untyped-def]
    api, ids = site
    before = _audit(ws, "viewer_b") + _audit(ws, "reporter_a")
    viewer = token(api, "viewer_b")
    assert api.post(f"/api/plans/targets/{ids['b']}/confirm", headers=viewer).status_code == 403
    reporter = token(api, "reporter_a")
    assert (
        api.post(f"/api/plans/targets/{ids['first']}/confirm", headers=reporter).status_code == 403
    )
    assert (
        api.post(
            f"/api/plans/targets/{ids['first']}/approve", headers=token(api, "planner")
        ).status_code
        == 422
    )
    assert _audit(ws, "viewer_b") + _audit(ws, "reporter_a") == before
    planner = token(api, "planner")
    for key in ("first", "b"):
        found = api.get(f"/api/plans/targets/{ids[key]}", headers=planner).json()
        assert found["target"]["status"] == "draft"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"value": "many"}, "value"),
        ({"comparator": "about"}, "比较符"),
        ({"indicator_code": "no_such_indicator"}, "指标编码"),
        ({"value": None}, "目标值"),
        ({"colour": "red"}, "colour"),
        ({"deadline": 3000}, "deadline"),
    ],
)
def test_bad_edits_are_422_and_store_nothing(site, ws, body, field) -> None:  # type: ignore[no-untyped-def]
    api, ids = site
    planner = token(api, "planner")
    before = _audit(ws, "planner")
    answer = api.post(f"/api/plans/targets/{ids['first']}/confirm", json=body, headers=planner)
    assert answer.status_code == 422, answer.text
    assert field in answer.text
    target = api.get(f"/api/plans/targets/{ids['first']}", headers=planner).json()["target"]
    assert target["status"] == "draft" and target["value"] == 85
    assert _audit(ws, "planner") == before


def test_review_page_side_by_side_with_csrf(site, ws) -> None:  # type: ignore[no-untyped-def]
    pages, ids = site
    csrf = _login(pages, "planner")
    listing = pages.get("/plans")
    assert listing.status_code == 200 and "孕产妇系统管理率达到85%以上" in listing.text
    assert "第 1–3 条，共 3 条" in listing.text and 'id="following"' not in listing.text
    assert pages.get("/plans?page=0").status_code == 422
    page = pages.get(f"/plans/targets/{ids['first']}")
    assert '<mark id="quote">孕产妇系统管理率达到85%以上</mark>' in page.text
    assert "到2024年底，全区" in page.text and "确认" in page.text and "原文" in page.text
    url = f"/plans/targets/{ids['first']}"
    form = {name: "" for name in FIELDS["target"]} | {
        "indicator_text": "孕产妇系统管理率",
        "comparator": ">=",
    }
    form |= {"value": "86", "unit": "%", "deadline": "2024", "departments": "妇幼健康科"}
    forged = pages.post(url, data={**form, "action": "confirm", "csrf": "forged"})
    assert forged.status_code == 403
    bad = pages.post(url, data={**form, "value": "八十六", "action": "confirm", "csrf": csrf})
    assert bad.status_code == 422 and "目标值" in bad.text and 'value="八十六"' in bad.text
    assert load_plan(ws, _plan_id(pages, ids)).targets[0].value == 85
    done = pages.post(url, data={**form, "action": "confirm", "csrf": csrf})
    assert done.status_code == 200 and 'id="done"' in done.text and "已确认" in done.text
    stored = load_plan(ws, _plan_id(pages, ids)).targets[0]
    assert stored.status is ReviewStatus.confirmed and stored.value == 86
    english = pages.get(f"{url}?lang=en")
    assert "Source sentence" in english.text and "Confirm" in english.text
    pages.get("/plans?lang=zh")


def _plan_id(pages, ids) -> int:  # type: ignore[no-untyped-def]
    found = re.search(r"/plans\?plan=(\d+)", pages.get(f"/plans/targets/{ids['first']}").text)
    return int(found.group(1))  # type: ignore[union-attr]


def test_review_page_scope_and_role(site) -> None:  # type: ignore[no-untyped-def]
    pages, ids = site
    csrf = _login(pages, "viewer_b")
    assert pages.get(f"/plans/targets/{ids['first']}").status_code == 403
    own = pages.get(f"/plans/targets/{ids['b']}")
    assert own.status_code == 200 and 'id="confirm"' not in own.text and "readonly" in own.text
    refused = pages.post(f"/plans/targets/{ids['b']}", data={"action": "confirm", "csrf": csrf})
    assert refused.status_code == 403


def test_indicator_detail_drills_down_with_the_assessment_figures(site, ws) -> None:  # type: ignore[no-untyped-def]
    api, _ = site
    planner = token(api, "planner")
    city_level = api.get("/api/indicators/visit_rate", headers=planner).json()
    head = city_level["head"]
    assert head["org_unit"] == "C" and city_level["trail"] == []
    below = {r["org_unit"]: r for r in city_level["below"]}
    assert set(below) == {"A", "B"} and below["A"]["drillable"]
    report = assess(ws)
    row = next(r for r in report.rows if r.target_id == head["target_id"] and r.org_unit == "A")
    assert below["A"]["actual"] == row.actual and below["A"]["status"] == row.status.value
    # one level down: A and its townships, the trail back to the city
    district = api.get(
        f"/api/indicators/visit_rate?org_unit=A&target={head['target_id']}", headers=planner
    ).json()
    assert district["head"]["org_unit"] == "A"
    assert [p["code"] for p in district["trail"]] == ["C"]
    assert {r["org_unit"] for r in district["below"]} == {"a1", "a2"}
    # drilling down never changes a row: A's figures are those the city's page lists for A
    for name in ("actual", "target", "expected", "status", "baseline"):
        assert district["head"][name] == below["A"][name], name
    # the chart: the actual of the month the judgement used is the assessment's actual, and
    # 序时进度 at that month is the assessment's 序时进度
    for detail in (city_level, district):
        chart, h = detail["chart"], detail["head"]
        assert chart["periods"] == [f"2024M{m:02d}" for m in range(1, 13)]
        through = chart["periods"].index(f"{h['as_of'][:4]}M{h['as_of'][5:7]}")
        assert all(a is None for a in chart["actual"][through + 1 :])
        assert None not in chart["expected"]  # 序时进度 over the whole year
        at = chart["periods"].index(h["data_through"])
        assert round(chart["actual"][at], h["decimals"]) == h["actual"]
        if h["expected"] is not None:
            assert chart["expected"][at] == pytest.approx(h["expected"], abs=1e-3)
        assert set(chart["target"]) == {h["target"]}
    # outside the caller's scope: 403; an indicator with no target: 404
    viewer = token(api, "viewer_b")
    assert api.get("/api/indicators/visit_rate?org_unit=A", headers=viewer).status_code == 403
    own = api.get("/api/indicators/visit_rate", headers=viewer).json()
    assert own["head"]["org_unit"] == "B" and own["trail"] == []
    assert api.get("/api/indicators/nothing", headers=planner).status_code == 404


def test_count_target_chart_counts_completions(site) -> None:  # type: ignore[no-untyped-def]
    api, _ = site
    found = api.get("/api/indicators/births_total", headers=token(api, "planner")).json()
    head, chart = found["head"], found["chart"]
    assert head["measure"] == "count"
    at = chart["periods"].index(head["data_through"])
    assert round(chart["actual"][at], head["decimals"]) == head["actual"]
    shown = [a for a in chart["actual"] if a is not None]
    assert len(shown) >= 2 and shown == sorted(shown)  # cumulative
    assert chart["expected"][at] == pytest.approx(head["expected"], abs=1e-3)


def test_district_comparison(site, ws) -> None:  # type: ignore[no-untyped-def]
    api, _ = site
    planner = token(api, "planner")
    found = api.get("/api/dashboard/districts", headers=planner).json()
    assert {i["code"] for i in found["indicators"]} == {"visit_rate", "births_total"}
    units = {u["code"]: u for u in found["units"]}
    assert set(units) == {"A", "B"}
    report = assess(ws)
    target = found["indicator"]["target_id"]
    for code, unit in units.items():
        row = next(r for r in report.rows if r.target_id == target and r.org_unit == code)
        assert (unit["actual"], unit["status"]) == (row.actual, row.status.value)
    births = api.get("/api/dashboard/districts?indicator=births_total", headers=planner).json()
    assert births["indicator"]["code"] == "births_total"
    mine = api.get("/api/dashboard/districts", headers=token(api, "viewer_b")).json()
    assert [u["code"] for u in mine["units"]] == ["B"]
    assert api.get("/api/dashboard/districts?indicator=x", headers=planner).status_code == 404


def test_indicator_and_district_pages(site) -> None:  # type: ignore[no-untyped-def]
    pages, _ = site
    _login(pages, "planner")
    home = pages.get("/")
    assert 'hx-get="/dashboard/districts"' in home.text
    fragment = pages.get("/dashboard/districts")
    assert fragment.status_code == 200 and 'data-view-chart="districts"' in fragment.text
    assert "<html" not in fragment.text
    detail = pages.get("/indicators/visit_rate")
    assert detail.status_code == 200 and 'data-view-chart="progress"' in detail.text
    assert 'class="drill" href="/indicators/visit_rate?org_unit=A' in detail.text
    down = pages.get("/indicators/visit_rate?org_unit=A")
    assert 'id="trail"' in down.text and "序时进度" in down.text
    assert "Units below" in pages.get("/indicators/visit_rate?lang=en").text
    pages.get("/?lang=zh")
    _login(pages, "viewer_b")
    assert pages.get("/indicators/visit_rate?org_unit=A").status_code == 403


def test_a_task_is_reviewed_and_the_plan_settles(site, ws) -> None:  # type: ignore[no-untyped-def]
    api, ids = site
    planner = token(api, "planner")
    tasks = api.get("/api/plans/tasks", headers=planner).json()
    task = next(d for d in tasks if d["task"]["id"] == ids["task"])
    assert task["source"]["quote"] == TASK and task["task"]["status"] == "draft"
    url = f"/api/plans/tasks/{ids['task']}"
    bad = api.post(f"{url}/confirm", json={"due": "someday"}, headers=planner)
    assert bad.status_code == 422 and "due" in bad.text
    wrong = api.post(f"{url}/confirm", json={"title": ""}, headers=planner)
    assert wrong.status_code == 422
    assert api.get(url, headers=planner).json()["task"]["status"] == "draft"
    assert api.post(f"{url}/confirm", headers=token(api, "viewer_b")).status_code == 403
    done = api.post(f"{url}/confirm", json={"due": "2024-12-31"}, headers=planner).json()
    assert done["task"]["status"] == "confirmed" and done["task"]["due"] == "2024-12-31"
    # nothing left in draft: the plan becomes the plan of record
    for key in ("first", "second", "b"):
        answer = api.post(f"/api/plans/targets/{ids[key]}/confirm", headers=planner)
        assert answer.status_code == 200, answer.text
    plan = next(
        p for p in api.get("/api/plans", headers=planner).json() if p["id"] == done["plan_id"]
    )
    assert plan["status"] == "confirmed" and plan["tasks"] == {"confirmed": 1}
    assert plan["targets"] == {"confirmed": 3}


def test_task_pages(site) -> None:  # type: ignore[no-untyped-def]
    pages, ids = site
    csrf = _login(pages, "planner")
    listing = pages.get("/plans?kind=task")
    assert (
        f'href="/plans/tasks/{ids["task"]}"' in listing.text
        and "开展孕产妇健康管理" in listing.text
    )
    page = pages.get(f"/plans/tasks/{ids['task']}")
    assert page.status_code == 200 and f'<mark id="quote">{TASK}</mark>' in page.text
    # a phrase the extractor would not take for a department is shown, not in the form
    assert '<p class="muted" id="rejected">未采纳为单位的词语：按季度报送进展情况</p>' in page.text
    assert 'value="妇幼健康科"' in page.text and 'value="按季度' not in page.text
    url = f"/plans/tasks/{ids['task']}"
    form = {
        "title": "开展孕产妇健康管理",
        "lead_department": "妇幼健康科",
        "departments": "妇幼健康科",
    }
    bad = pages.post(url, data={**form, "due": "年底", "action": "confirm", "csrf": csrf})
    assert bad.status_code == 422 and "截止日期" in bad.text
    done = pages.post(url, data={**form, "due": "2024-12-31", "action": "confirm", "csrf": csrf})
    assert done.status_code == 200 and "已确认" in done.text
    assert pages.get("/plans/others/1").status_code == 422


def test_in_the_openapi_description(site) -> None:  # type: ignore[no-untyped-def]
    api, _ = site
    paths = api.get("/api/openapi.json").json()["paths"]
    for path in [
        "/api/plans",
        "/api/plans/{kinds}",
        "/api/plans/{kinds}/{record_id}",
        "/api/plans/targets/{record_id}/{action}",
        "/api/plans/tasks/{record_id}/{action}",
        "/api/indicators/{code}",
        "/api/dashboard/districts",
    ]:
        assert path in paths, path
    assert not any(p.startswith(("/plans", "/indicators", "/dashboard")) for p in paths)
