"""Notifications against real local servers: an SMTP server (aiosmtpd) and an HTTP server
standing in for a 企业微信/钉钉 robot, both on 127.0.0.1. A daily digest per department and an
immediate message per red warning; nothing sent twice; a failed delivery is recorded,
retried later and, when attempts run out, kept as failed."""

from __future__ import annotations

import json
import mailbox
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from healthplan.warnings import (
    Finding,
    Severity,
    WarningKind,
    WarningRules,
    deliver,
    list_deliveries,
    mask,
    queue_notifications,
    record_findings,
)

AT = datetime(2024, 7, 10, 8, tzinfo=UTC)


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=default))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[int, _Mailbox]]:
    box = _Mailbox()
    port = _free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, box
    controller.stop()


class _Robot:
    """A robot webhook: records each JSON body; answers errors for the first ``fail`` posts."""

    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self.fail = 0

    def handler(self) -> type[BaseHTTPRequestHandler]:
        robot = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if robot.fail > 0:
                    robot.fail -= 1
                    self.send_response(500)
                    self.end_headers()
                    return
                robot.posts.append(json.loads(body))
                answer = json.dumps({"errcode": 0, "errmsg": "ok"}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def robot() -> Iterator[tuple[str, _Robot]]:
    state = _Robot()
    server = ThreadingHTTPServer(("127.0.0.1", 0), state.handler())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/cgi-bin/webhook/send?key=secret", state
    server.shutdown()
    server.server_close()


def _rules(smtp_port: int | None, webhook: str | None, **extra: Any) -> WarningRules:
    email = {"host": "127.0.0.1", "port": smtp_port} if smtp_port else {"mailbox": "mail.mbox"}
    return WarningRules.model_validate(
        {
            "notifications": {
                "email": {"sender": "yujing@wjw.example.org", **email},
                "departments": {
                    "市财政局": {"email": ["caizheng@example.org"]},
                    "市卫生健康委员会": {
                        "email": ["ghk@example.org"],
                        "webhook": [webhook] if webhook else [],
                    },
                },
                **extra,
            }
        }
    )


def _findings(ws: Any) -> None:
    def finding(key: str, department: str, severity: Severity) -> Finding:
        return Finding(WarningKind.task_overdue, key, severity, department, None, key,
                       f"{key} 已逾期", {"days": 3})  # fmt: skip

    record_findings(
        ws,
        [
            finding("任务甲", "市卫生健康委员会", Severity.red),
            finding("任务乙", "市卫生健康委员会", Severity.yellow),
            finding("任务丙", "市财政局", Severity.orange),
        ],
        at=AT,
        evaluated=[WarningKind.task_overdue],
    )


def test_digest_and_immediate_by_email_and_webhook(ws, smtp, robot) -> None:  # type: ignore[no-untyped-def]
    port, box = smtp
    url, state = robot
    rules = _rules(port, url)
    _findings(ws)
    assert queue_notifications(ws, rules, AT) == 5  # 2 digests + 1 red, by mail and robot
    summary = deliver(ws, rules, AT)
    assert (summary.sent, summary.failed, summary.retrying) == (5, 0, 0)
    subjects = sorted(str(m["Subject"]) for m in box.messages)
    assert len(subjects) == 3
    immediate = [m for m in box.messages if "任务甲" in str(m["Subject"])]
    assert len(immediate) == 1 and immediate[0]["To"] == "ghk@example.org"
    digest = next(m for m in box.messages if m["To"] == "ghk@example.org" and m is not immediate[0])
    body = digest.get_content()
    assert "任务甲" in body and "任务乙" in body and "任务丙" not in body
    assert body.index("任务甲") < body.index("任务乙")  # red first
    finance = next(m for m in box.messages if m["To"] == "caizheng@example.org")
    assert "任务丙" in finance.get_content()
    assert len(state.posts) == 2
    assert all(p["msgtype"] == "text" and p["text"]["content"] for p in state.posts)
    # the same day again: nothing new is written or sent
    assert queue_notifications(ws, rules, AT + timedelta(hours=2)) == 0
    assert deliver(ws, rules, AT + timedelta(hours=2)).sent == 0
    assert len(box.messages) == 3
    # the next day brings the next digests, not the immediate message again
    assert queue_notifications(ws, rules, AT + timedelta(days=1)) == 3


def test_failed_deliveries_are_retried_and_kept(ws, robot) -> None:  # type: ignore[no-untyped-def]
    url, state = robot
    closed = _free_port()  # nothing listens there
    rules = _rules(closed, url, max_attempts=2, retry_minutes=10, digest=False)
    _findings(ws)
    assert queue_notifications(ws, rules, AT) == 2  # the red warning, by mail and robot
    state.fail = 1
    first = deliver(ws, rules, AT)
    assert (first.sent, first.retrying) == (0, 2)
    rows = {d.channel: d for d in list_deliveries(ws)}
    assert rows["webhook"].status == "retry" and "500" in (rows["webhook"].last_error or "")
    assert rows["email"].recipient == "g***@example.org"
    assert "secret" not in rows["webhook"].recipient
    # not due again before ten minutes
    assert deliver(ws, rules, AT + timedelta(minutes=9)).sent == 0
    second = deliver(ws, rules, AT + timedelta(minutes=10))
    assert (second.sent, second.failed) == (1, 1)
    rows = {d.channel: d for d in list_deliveries(ws)}
    assert (rows["webhook"].status, rows["webhook"].attempts) == ("sent", 2)
    assert (rows["email"].status, rows["email"].attempts) == ("failed", 2)
    assert rows["email"].last_error and "ghk@example.org" not in rows["email"].last_error
    assert [d.id for d in list_deliveries(ws, status="failed")] == [rows["email"].id]
    assert len(state.posts) == 1


def test_mail_to_a_mailbox_file(ws) -> None:  # type: ignore[no-untyped-def]
    rules = _rules(None, None)
    _findings(ws)
    queue_notifications(ws, rules, AT)
    assert deliver(ws, rules, AT).sent == 3
    box = mailbox.mbox(ws.home / "mail.mbox")
    assert sorted(m["To"] for m in box) == [
        "caizheng@example.org", "ghk@example.org", "ghk@example.org"
    ]  # fmt: skip
    box.close()


def test_mask() -> None:
    assert mask("zhang.san@example.org") == "z***@example.org"
    assert mask("https://qyapi.example/send?key=abc") == "https://qyapi.example/send"
