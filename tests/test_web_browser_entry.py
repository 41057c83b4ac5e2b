"""The entry form, approval, task progress, administration and log-out in a real browser
(Debian's /usr/bin/chromium driven by Playwright) on both stores: a value typed wrong is
refused beside its field and nothing stored; typed right it changes the dashboard; approving
the report re-evaluates the warnings and the assessment shown in the ledger has changed; a
department reporter reports progress on the board; an administrator adds an org unit; after
log-out the old session cookie opens nothing. Screenshots as in test_web_browser."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from playwright.sync_api import Page, expect

from healthplan.web import add_user
from tasks_helpers import make_plan
from test_web_browser import page, server  # noqa: F401 - the fixtures
from web_helpers import PASSWORD


def _login(tab: Page, base: str, name: str) -> None:
    tab.goto(f"{base}/login")
    tab.fill("input[name=name]", name)
    tab.fill("input[name=password]", PASSWORD)
    tab.click("#login")
    expect(tab.locator("h1")).to_have_text("首页")


def test_entry_approval_progress_admin_logout(
    server: str,  # noqa: F811
    page: Page,  # noqa: F811
    ws,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    backend: str,
) -> None:
    make_plan(ws, year=date.today().year)
    add_user(ws, "cdc_rep", "department-reporter", PASSWORD, departments=["cdc"])
    shots = Path(os.environ.get("HEALTHPLAN_SCREENSHOTS", tmp_path / "shots")) / backend
    shots.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)

    _login(page, server, "admin")
    trend = page.locator("#trend-latest").inner_text()
    page.click("#nav-ledger")
    ledger_before = page.locator("#ledger").inner_text()
    page.click("#nav-warnings")
    warnings_before = page.locator("#warnings").inner_text()

    page.click("#nav-upload")
    page.click("#to-entry")
    page.select_option("#entry-data-set", "mch")
    page.fill("#entry-org-unit", "a1")
    page.fill("#entry-period", "2024-03")
    page.click("#entry-open")
    page.fill("#v-visits", "三十")
    page.fill("#v-births", "30")
    page.click("#entry-store")
    expect(page.locator("#entry-failed")).to_be_visible()
    expect(page.locator("tr[data-key=visits] .field-error")).to_contain_text("三十")
    expect(page.locator("tr[data-key=births] .field-error")).to_have_text("")
    expect(page.locator("#v-births")).to_have_value("30")  # what was typed stays
    shot("entry-error")
    page.fill("#v-visits", "30")
    page.click("#entry-store")
    expect(page.locator("#entry-saved")).to_be_visible()
    expect(page.locator("#v-visits")).to_have_value("30")
    shot("entry-stored")

    page.click("#nav-home")
    assert float(page.locator("#trend-latest").inner_text()) == float(trend) + 30

    page.goto(f"{server}/approvals?data_set=mch&period=2024M03")
    row = page.locator("#approvals tr[data-unit=a1]")
    # each move answers with the queue again: wait for it before the next click, or a later
    # click on the page still shown races the move before it
    for action, state in (("submit", "submitted"), ("review", "reviewed"), ("approve", "approved")):
        row.locator(f"button.{action}").click()
        row = page.locator("#approvals tr[data-unit=a1]")
        expect(row.locator(".state")).to_have_attribute("data-state", state)
    page.click("#nav-ledger")
    assert page.locator("#ledger").inner_text() != ledger_before
    shot("ledger-after-approval")
    page.click("#nav-warnings")
    after = page.locator("#warnings").inner_text()
    assert after != warnings_before
    assert "A 访视率" in warnings_before and "A 访视率" not in after  # lifted by the new run
    shot("warnings-after-approval")
    # an approved report is locked in the form too
    page.goto(f"{server}/entry?data_set=mch&org_unit=a1&period=2024M03")
    expect(page.locator("#entry-state")).to_have_attribute("data-state", "approved")
    page.fill("#v-visits", "31")
    page.click("#entry-store")
    expect(page.locator("tr[data-key=visits] .field-error")).to_contain_text("锁定")

    page.click("#nav-admin")
    page.click("#admin-tabs a[href='/admin/orgunits']")
    page.fill("#f-code", "a3")
    page.fill("#f-name", "甲三街道")
    page.select_option("#f-level", "乡镇/街道")
    page.fill("#f-parent_code", "A")
    page.click("#admin-save")
    expect(page.locator("#admin-saved")).to_be_visible()
    expect(page.locator("#items tr[data-code=a3]")).to_contain_text("甲三街道")
    shot("admin-orgunits")

    cookie = next(c for c in page.context.cookies() if c["name"] == "hp_session")
    page.click("header button")  # 退出
    expect(page).to_have_url(f"{server}/login")
    page.context.add_cookies([cookie])  # the copied cookie, after log-out
    page.goto(f"{server}/")
    expect(page).to_have_url(f"{server}/login")

    _login(page, server, "cdc_rep")
    page.click("#nav-tasks")
    forms = page.locator("form.progress-form")
    expect(forms).to_have_count(1)
    task = page.locator("#tasks tr", has=forms)
    task.locator("select[name=state]").select_option("in_progress")
    task.locator("input[name=percent]").fill("45")
    task.locator("input[name=note]").fill("已建成3个监测点")
    task.locator("button.report").click()
    task = page.locator("#tasks tr", has=page.locator("form.progress-form"))
    expect(task.locator(".note")).to_contain_text("已建成3个监测点")
    expect(task.locator(".percent")).to_contain_text("45%")
    expect(task.locator(".state")).to_have_attribute("data-state", "in_progress")
    shot("tasks-progress")
