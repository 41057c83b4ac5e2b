"""The application in a real browser: Debian's /usr/bin/chromium driven by Playwright (never
a downloaded browser) against a server on loopback, on both stores. Each page's screenshot
is saved under the test's temporary folder (HEALTHPLAN_SCREENSHOTS to keep them)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, expect, sync_playwright

from healthplan.web import create_app
from web_helpers import PASSWORD, city, workbook

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def server(ws, tmp_path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app_server = uvicorn.Server(
        uvicorn.Config(create_app(ws), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not app_server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert app_server.started
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page() -> Iterator[Page]:
    # A view after a write computes the assessment afresh and an approval re-runs every
    # warning rule before it answers: seconds when the machine is busy (CI runs two workers).
    # The tests check what the pages show, not how fast: bench/load.py measures that.
    expect.set_options(timeout=30_000)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        yield context.new_page()
        browser.close()


def test_upload_fix_approve_report_and_signal(
    server, page: Page, tmp_path: Path, backend: str
) -> None:  # type: ignore[no-untyped-def]
    shots = Path(os.environ.get("HEALTHPLAN_SCREENSHOTS", tmp_path / "shots")) / backend
    shots.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)

    page.goto(f"{server}/")
    expect(page).to_have_url(f"{server}/login")
    page.fill("input[name=name]", "admin")
    page.fill("input[name=password]", PASSWORD)
    shot("login")
    page.click("#login")
    expect(page.locator("h1")).to_have_text("首页")
    before = page.locator("#trend-latest").inner_text()
    shot("dashboard-before")
    page.click("#nav-warnings")
    # personal data masked (the approval below re-evaluates the rules, which lift this one)
    expect(page.locator("#warnings")).to_contain_text("138****5678")
    page.click("#nav-home")

    bad = workbook(
        tmp_path / "三月.xlsx",
        [("visits", "2024M03", "a1", 30), ("births", "2024M03", "a1", "三十")],
    )
    page.click("#nav-upload")
    page.set_input_files("#file", str(bad))
    page.click("#check")
    expect(page.locator("#problems")).to_contain_text("三月.xlsx")
    expect(page.locator("#problems")).to_contain_text("3")
    shot("upload-error")

    good = workbook(
        tmp_path / "三月.xlsx", [("visits", "2024M03", "a1", 30), ("births", "2024M03", "a1", 30)]
    )
    page.set_input_files("#file", str(good))
    page.click("#check")
    expect(page.locator("#preview")).to_be_visible()
    page.set_input_files("#file", str(good))
    page.click("#store")
    expect(page.locator("#stored")).to_be_visible()
    shot("upload-stored")

    page.click("#nav-home")
    expect(page.locator("#trend-latest")).not_to_have_text(before)
    assert float(page.locator("#trend-latest").inner_text()) == float(before) + 30
    page.wait_for_timeout(500)  # the charts' animation
    shot("dashboard")

    page.goto(f"{server}/approvals?data_set=mch&period=2024M03")
    row = page.locator("#approvals tr[data-unit=a1]")
    # each move answers with the queue again: wait for it before the next click, or a later
    # click on the page still shown races the move before it
    for action, state in (("submit", "submitted"), ("review", "reviewed"), ("approve", "approved")):
        row.locator(f"button.{action}").click()
        row = page.locator("#approvals tr[data-unit=a1]")
        expect(row.locator(".state")).to_have_attribute("data-state", state)
    shot("approvals")

    page.click("#nav-ledger")
    expect(page.locator("#ledger")).to_be_visible()
    shot("ledger")
    page.click("#nav-warnings")
    expect(page.locator("#warnings")).not_to_contain_text("138****5678")
    page.locator("#warnings button.acknowledge").first.click()
    expect(page.locator("#warnings")).to_contain_text("已接收")
    shot("warnings")

    page.click("#nav-reports")
    page.select_option("select[name=kind]", "bulletin")
    page.fill("input[name=period]", "2024-03")
    page.click("#generate")
    link = page.locator("#report-files a[href$='.html']").first
    expect(link).to_be_visible(timeout=180_000)  # four formats, the PDF through WeasyPrint
    with page.expect_download() as download:
        page.locator("#report-files a[href$='.docx']").first.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.stat().st_size > 1000 and saved.read_bytes()[:2] == b"PK"
    shot("reports")

    page.click("#nav-signals")
    signal = page.locator("#signals tr[data-id]").first
    signal.locator("button.verify").click()
    expect(page.locator("#signals tr[data-id] .state").first).to_have_attribute(
        "data-state", "verified"
    )
    shot("signals")
    page.click("#nav-tasks")
    shot("tasks")
    page.click("#nav-admin")
    expect(page.locator("#users")).to_contain_text("reporter_a")
    shot("admin")
