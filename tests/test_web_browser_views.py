"""The plan review and the indicator drill-down in a real browser (Debian's /usr/bin/chromium
driven by Playwright, the server of tests/test_web_browser.py on loopback), on both stores:
review a draft beside its highlighted source sentence, confirm it with an edit, reject the
next; the dashboard's district comparison; the indicator detail from the city down to a
district. Screenshots as in tests/test_web_browser.py (HEALTHPLAN_SCREENSHOTS keeps them)."""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import Page, expect

import test_web_browser
from healthplan.model.plan import ReviewStatus
from healthplan.plans import load_plan
from test_web_views import drafts_plan
from web_helpers import PASSWORD

# the server on loopback and the browser page of the first browser test
server, page = test_web_browser.server, test_web_browser.page


def test_review_a_draft_and_drill_down(
    server,
    page: Page,
    ws,
    tmp_path: Path,
    backend: str,
) -> None:  # type: ignore[no-untyped-def]
    ids = drafts_plan(ws)
    shots = Path(os.environ.get("HEALTHPLAN_SCREENSHOTS", tmp_path / "shots")) / backend
    shots.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        page.wait_for_timeout(400)  # the charts' animation
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)

    page.goto(f"{server}/login")
    page.fill("input[name=name]", "planner")
    page.fill("input[name=password]", PASSWORD)
    page.click("#login")
    expect(page.locator("h1")).to_have_text("首页")

    # the plan review: the drafts, one beside its source sentence with the quote highlighted
    page.click("#nav-plans")
    expect(page.locator("#drafts")).to_contain_text("孕产妇系统管理率达到85%以上")
    shot("plans")
    page.locator(f"#drafts tr[data-id='{ids['first']}'] a.open").click()
    expect(page.locator("mark#quote")).to_have_text("孕产妇系统管理率达到85%以上")
    expect(page.locator("#sentence")).to_contain_text("到2024年底，全区")
    expect(page.locator("#review-status")).to_have_text("草稿")
    shot("plan-review")

    # a wrong value: the problem is shown, the typed value kept, nothing stored
    page.fill("#f-value", "八十六")
    page.click("#confirm")
    expect(page.locator("#problems")).to_contain_text("目标值")
    expect(page.locator("#f-value")).to_have_value("八十六")
    shot("plan-review-error")
    page.fill("#f-value", "86")
    page.click("#confirm")
    expect(page.locator("#done")).to_be_visible()
    expect(page.locator("#review-status")).to_have_text("已确认")
    shot("plan-review-confirmed")
    page.click("#next")
    expect(page.locator("mark#quote")).to_have_text("产后访视率保持在90%以上")
    page.click("#reject")
    expect(page.locator("#plans")).to_be_visible()
    stored = load_plan(ws, load_plan_id(ws, ids["first"]))
    statuses = {tg.id: tg.status for tg in stored.targets}
    assert statuses[ids["first"]] is ReviewStatus.confirmed
    assert statuses[ids["second"]] is ReviewStatus.deleted
    assert next(tg for tg in stored.targets if tg.id == ids["first"]).value == 86

    # a task (清单化分工) is reviewed the same way
    page.click("#kind-task")
    page.locator(f"#drafts tr[data-id='{ids['task']}'] a.open").click()
    expect(page.locator("mark#quote")).to_contain_text("开展孕产妇健康管理")
    page.fill("#f-due", "2024-12-31")
    shot("task-review")
    page.click("#confirm")
    expect(page.locator("#review-status")).to_have_text("已确认")

    # the dashboard compares the districts; from there, the indicator's detail and drill-down
    page.click("#nav-home")
    chart = page.locator("#district-chart canvas")
    expect(chart).to_be_visible()
    page.locator("#districts").scroll_into_view_if_needed()
    shot("dashboard-districts")
    page.click("#district-detail")
    expect(page.locator("#progress-chart canvas")).to_be_visible()
    expect(page.locator("#here")).to_have_text("测试市")
    shot("indicator-city")
    first = page.locator("#below tr[data-unit]").first
    unit = first.get_attribute("data-unit")
    figures = [first.locator("td").nth(i).inner_text() for i in (1, 4)]
    first.locator("a.drill").click()
    expect(page.locator("#trail a")).to_have_text("测试市")
    # drilling down never changes a row: the unit's figures are those the city listed
    assert page.url.endswith(f"org_unit={unit}&target={page.url.rsplit('=', 1)[-1]}")
    expect(page.locator("#actual")).to_have_text(figures[0])
    expect(page.locator("#status")).to_have_text(figures[1])
    expect(page.locator("#below tr[data-unit]").first).to_be_visible()
    expect(page.locator("#progress-chart canvas")).to_be_visible()
    shot("indicator-district")
    page.goto(page.url + "&lang=en")
    expect(page.locator("h2").last).to_have_text("Units below")
    shot("indicator-district-en")


def load_plan_id(ws, target_id: int) -> int:  # type: ignore[no-untyped-def]
    from healthplan.plans import list_plans

    for plan in list_plans(ws):
        if plan.id is not None and any(tg.id == target_id for tg in load_plan(ws, plan.id).targets):
            return plan.id
    raise AssertionError(target_id)
