"""The pages: log-in with secure cookies, redirect without a session, CSRF on every form,
scope on pages as on the API, Chinese by default and English on request."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from web_helpers import PASSWORD, city, client, workbook


@pytest.fixture
def pages(ws, tmp_path):  # type: ignore[no-untyped-def]
    city(ws, tmp_path)
    return client(ws)


def _login(pages, name: str) -> str:  # type: ignore[no-untyped-def]
    form = pages.get("/login")
    nonce = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)  # type: ignore[union-attr]
    answer = pages.post(
        "/login", data={"name": name, "password": PASSWORD, "csrf": nonce}, follow_redirects=False
    )
    assert answer.status_code == 303, answer.text
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "secure" in cookie and "samesite=strict" in cookie
    home = pages.get("/")
    return re.search(r'name="csrf" value="([^"]+)"', home.text).group(1)  # type: ignore[union-attr]


def test_no_session_redirects_to_login(pages) -> None:  # type: ignore[no-untyped-def]
    for path in [
        "/",
        "/ledger",
        "/upload",
        "/approvals",
        "/tasks",
        "/warnings",
        "/signals",
        "/reports",
        "/admin",
    ]:
        answer = pages.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/login", path
    login = pages.get("/login")
    assert "登录" in login.text and "script-src 'self'" in login.headers["content-security-policy"]


def test_login_needs_its_csrf_token_and_the_right_password(pages) -> None:  # type: ignore[no-untyped-def]
    pages.get("/login")
    forged = pages.post("/login", data={"name": "planner", "password": PASSWORD, "csrf": "x"})
    assert forged.status_code == 403
    form = pages.get("/login")
    nonce = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)  # type: ignore[union-attr]
    wrong = pages.post("/login", data={"name": "planner", "password": "nope", "csrf": nonce})
    assert wrong.status_code == 401 and "用户名或密码错误" in wrong.text


def test_every_page_renders_for_its_role_and_english_on_request(pages) -> None:  # type: ignore[no-untyped-def]
    _login(pages, "admin")
    for path in [
        "/",
        "/ledger?status=behind",
        "/upload",
        "/approvals?data_set=mch&period=2024M01",
        "/tasks",
        "/warnings",
        "/signals",
        "/reports",
        "/admin",
    ]:
        answer = pages.get(path)
        assert answer.status_code == 200, path
    assert "目标任务台账" in pages.get("/").text
    english = pages.get("/?lang=en")
    assert "Plan ledger" in english.text and "目标任务台账" not in english.text
    assert "Plan ledger" in pages.get("/ledger").text  # the choice is kept in a cookie
    assert pages.get("/static/htmx.min.js").status_code == 200
    assert pages.get("/static-shared/echarts.min.js").status_code == 200


def test_forms_need_the_session_csrf_token(pages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    csrf = _login(pages, "reporter_a")
    good = workbook(tmp_path / "good.xlsx", [("visits", "2024M03", "a1", 30)])
    with good.open("rb") as handle:
        forged = pages.post(
            "/upload", data={"action": "store", "csrf": "forged"}, files={"file": handle}
        )
    assert forged.status_code == 403
    with good.open("rb") as handle:
        stored = pages.post(
            "/upload", data={"action": "store", "csrf": csrf}, files={"file": handle}
        )
    assert stored.status_code == 200 and 'id="stored"' in stored.text


def test_scope_on_pages(pages) -> None:  # type: ignore[no-untyped-def]
    csrf = _login(pages, "viewer_b")
    assert pages.get("/admin").status_code == 403
    assert pages.get("/ledger?org_unit=A").status_code == 403
    assert "甲区" not in pages.get("/ledger").text and "乙县" in pages.get("/ledger").text
    moved = pages.post(
        "/approvals/approve",
        data={"data_set": "mch", "org_unit": "b1", "period": "2024M03", "csrf": csrf},
    )
    assert moved.status_code == 403
    assert "138****5678" in pages.get("/warnings").text
    assert "13812345678" not in pages.get("/warnings").text
