"""A small city for the web tests: org units C > A (a1, a2), B (b1), the 妇幼月报 data set,
five targets, a warning in each district, an outbreak signal in each, and one user per role."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from openpyxl import Workbook

from healthplan.store import Workspace
from healthplan.surveillance import NewSignal, record_signals
from healthplan.warnings import Finding, Severity, WarningKind, record_findings
from healthplan.web import add_user, create_app
from test_reports_files import _city

PASSWORD = "correct horse battery"
USERS = {
    "admin": ("administrator", None, []),
    "planner": ("planner", None, []),
    "reporter_a": ("org-unit-reporter", "A", []),
    "reporter_b": ("org-unit-reporter", "B", []),
    "viewer_b": ("viewer", "B", []),
    "mch": ("department-reporter", None, ["妇幼健康科"]),
}


def city(ws: Workspace, tmp_path: Path) -> None:
    _city(ws, tmp_path)
    kind = next(iter(WarningKind))
    record_findings(
        ws,
        [
            Finding(
                kind,
                f"w-{unit}",
                Severity.red,
                "妇幼健康科",
                unit,
                f"{unit} 访视率",
                "联系人 13812345678",
            )
            for unit in ("A", "B")
        ],
        at=datetime(2024, 4, 1, tzinfo=UTC),
        evaluated=[kind],
    )
    record_signals(
        ws,
        [
            NewSignal(
                kind="fused",
                method="2-of-n",
                channel="cases+lab",
                disease="influenza",
                org_unit=unit,
                day=date(2024, 3, 5),
                detected_at=datetime(2024, 3, 5, tzinfo=UTC),
                score=2.0,
            )
            for unit in ("a1", "b1")
        ],
    )
    for name, (role, unit, departments) in USERS.items():
        add_user(ws, name, role, PASSWORD, org_unit=unit, departments=departments)


def client(ws: Workspace) -> TestClient:
    return TestClient(create_app(ws), base_url="https://testserver")


def token(api: TestClient, name: str) -> dict[str, str]:
    answer = api.post("/api/token", json={"name": name, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def workbook(path: Path, rows: list[tuple[str, str, str, object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["data_element", "period", "org_unit", "value"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
