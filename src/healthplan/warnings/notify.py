"""Notifications: a daily digest per department and an immediate message for each red
warning, by e-mail (SMTP, or an mbox file where there is no server) and by webhook (a JSON
POST of the text message a 企业微信/政务微信 or 钉钉 group robot accepts).

Every message is written to the outbox (``warning_deliveries``) before it is sent, once per
recipient and channel. A failed attempt keeps its error and is retried after
``retry_minutes`` (doubled each time) until ``max_attempts``; then it stays ``failed`` in the
table, listed by ``healthplan warnings deliveries``, never dropped. Recipients' addresses are
never logged or printed unmasked."""

from __future__ import annotations

import json
import mailbox
import os
import re
import smtplib
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from sqlalchemy import select

from healthplan.i18n import t
from healthplan.store import Workspace
from healthplan.store.tables_warnings import DeliveryRow, WarningRow
from healthplan.warnings.config import Notifications, WarningRules
from healthplan.warnings.model import Severity, WarningKind, WarningState

__all__ = [
    "Delivery",
    "DeliverySummary",
    "deliver",
    "list_deliveries",
    "mask",
    "queue_notifications",
]

_OPEN = (WarningState.new.value, WarningState.acknowledged.value)


@dataclass(frozen=True)
class Delivery:
    id: int
    kind: str  # digest | immediate
    channel: str  # email | webhook
    recipient: str  # masked
    department: str | None
    subject: str
    status: str  # pending | retry | sent | failed
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


@dataclass
class DeliverySummary:
    queued: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def mask(recipient: str) -> str:
    """An address as it may be shown: ``z***@example.org``, a URL without its query."""
    if "@" in recipient and "://" not in recipient:
        user, _, host = recipient.partition("@")
        return f"{user[:1]}***@{host}"
    return recipient.split("?", 1)[0]


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _masked(text: str | None) -> str | None:
    """An error message with any e-mail address in it masked (servers quote them)."""
    return None if text is None else _ADDRESS.sub(lambda m: mask(m.group(0)), text)


def _line(row: WarningRow) -> str:
    severity = Severity(row.severity).label
    age = (row.last_seen - row.first_seen).days
    since = t("for {n} days", n=age) if age else t("new")
    return f"[{severity}] #{row.id} {WarningKind(row.kind).label}: {row.message} ({since})"


def queue_notifications(ws: Workspace, rules: WarningRules, at: datetime) -> int:
    """Write today's digests and the immediate messages not yet written to the outbox;
    returns how many deliveries were added (none when run again the same day)."""
    settings = rules.notifications
    immediate = {s.value for s in settings.immediate}
    added = 0
    with ws.session() as session:
        known: set[tuple[str, str, str]] = {
            (key, channel, recipient)
            for key, channel, recipient in session.execute(
                select(DeliveryRow.key, DeliveryRow.channel, DeliveryRow.recipient)
            )
        }
        open_rows = list(
            session.scalars(
                select(WarningRow).where(WarningRow.state.in_(_OPEN)).order_by(WarningRow.id)
            )
        )

        def add(
            key: str, kind: str, department: str | None, ids: list[int], subject: str, body: str
        ) -> None:
            nonlocal added
            recipients = settings.recipients(department)
            for channel, addresses in (
                ("email", recipients.email),
                ("webhook", recipients.webhook),
            ):
                for address in addresses:
                    if (key, channel, address) in known:
                        continue
                    known.add((key, channel, address))
                    session.add(
                        DeliveryRow(
                            key=key,
                            kind=kind,
                            channel=channel,
                            recipient=address,
                            department=department,
                            warning_ids=ids,
                            subject=subject[:300],
                            body=body,
                            status="pending",
                            attempts=0,
                            created_at=at,
                            next_attempt_at=at,
                        )
                    )
                    added += 1

        for row in open_rows:
            if row.severity in immediate:
                add(
                    f"immediate:{row.id}",
                    "immediate",
                    row.department,
                    [row.id],
                    t(
                        "[{severity} warning] {subject}",
                        severity=Severity(row.severity).label,
                        subject=row.subject,
                    ),
                    _line(row) + "\n\n" + json.dumps(row.evidence, ensure_ascii=False, default=str),
                )
        if settings.digest:
            by_department: dict[str | None, list[WarningRow]] = defaultdict(list)
            for row in open_rows:
                by_department[row.department].append(row)
            day = at.date().isoformat()
            for department, rows in by_department.items():
                rows.sort(key=lambda r: (-Severity(r.severity).rank, r.first_seen, r.id))
                counts = {s: sum(1 for r in rows if r.severity == s.value) for s in Severity}
                summary = "，".join(f"{s.label} {n}" for s, n in counts.items() if n)
                add(
                    f"digest:{department or '-'}:{day}",
                    "digest",
                    department,
                    [r.id for r in rows],
                    t(
                        "Warnings digest {day} for {department}: {summary}",
                        day=day,
                        department=department or t("(no department)"),
                        summary=summary,
                    ),
                    "\n".join(_line(r) for r in rows),
                )
    return added


def _send_email(settings: Notifications, home: Path, row: DeliveryRow) -> None:
    message = EmailMessage()
    message["From"] = settings.email.sender
    message["To"] = row.recipient
    message["Subject"] = row.subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="healthplan")
    message.set_content(row.body)
    if settings.email.host is None:
        path = home / (settings.email.mailbox or "outbox.mbox")
        path.parent.mkdir(parents=True, exist_ok=True)
        box = mailbox.mbox(path)
        try:
            box.lock()
            box.add(message)
            box.flush()
        finally:
            box.unlock()
            box.close()
        return
    with smtplib.SMTP(
        settings.email.host, settings.email.port, timeout=settings.email.timeout_seconds
    ) as smtp:
        if settings.email.starttls:
            smtp.starttls()
        if settings.email.username:
            password = os.environ.get(settings.email.password_env or "", "")
            smtp.login(settings.email.username, password)
        smtp.send_message(message)


def _send_webhook(settings: Notifications, row: DeliveryRow) -> None:
    # 企业微信/政务微信 and 钉钉 group robots both take this text message.
    payload = {"msgtype": "text", "text": {"content": f"{row.subject}\n{row.body}"}}
    request = urllib.request.Request(
        row.recipient,
        data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=settings.email.timeout_seconds) as response:
        text = response.read().decode("utf-8", "replace")
    try:
        answer = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError:
        answer = {}
    if isinstance(answer, dict) and answer.get("errcode", 0) != 0:
        raise RuntimeError(
            t(
                "the robot refused: {code} {message}",
                code=answer.get("errcode"),
                message=answer.get("errmsg", ""),
            )
        )


def deliver(ws: Workspace, rules: WarningRules, at: datetime | None = None) -> DeliverySummary:
    """Send every delivery that is due (new ones and retries), recording each attempt."""
    settings = rules.notifications
    moment = at or datetime.now(UTC)
    summary = DeliverySummary()
    with ws.session() as session:
        due = [
            row.id
            for row in session.scalars(
                select(DeliveryRow)
                .where(DeliveryRow.status.in_(("pending", "retry")))
                .order_by(DeliveryRow.id)
            )
            if (row.next_attempt_at or moment) <= moment
        ]
    for delivery_id in due:
        with ws.session() as session:
            row = session.get(DeliveryRow, delivery_id)
            if row is None:
                continue
            error: str | None = None
            try:
                if row.channel == "email":
                    _send_email(settings, ws.home, row)
                else:
                    _send_webhook(settings, row)
            except (OSError, smtplib.SMTPException, urllib.error.URLError, RuntimeError) as failure:
                error = f"{type(failure).__name__}: {failure}"[:500]
            row.attempts += 1
            if error is None:
                row.status, row.sent_at, row.last_error = "sent", moment, None
                summary.sent += 1
            elif row.attempts >= settings.max_attempts:
                row.status, row.last_error = "failed", error
                summary.failed += 1
            else:
                wait = settings.retry_minutes * 2 ** (row.attempts - 1)
                row.status, row.last_error = "retry", error
                row.next_attempt_at = moment + timedelta(minutes=wait)
                summary.retrying += 1
    return summary


def list_deliveries(ws: Workspace, *, status: str | None = None) -> list[Delivery]:
    """The outbox, newest first, recipients masked."""
    query = select(DeliveryRow).order_by(DeliveryRow.id.desc())
    if status is not None:
        query = query.where(DeliveryRow.status == status)
    with ws.session() as session:
        return [
            Delivery(
                id=r.id,
                kind=r.kind,
                channel=r.channel,
                recipient=mask(r.recipient),
                department=r.department,
                subject=r.subject,
                status=r.status,
                attempts=r.attempts,
                last_error=_masked(r.last_error),
                created_at=r.created_at,
                sent_at=r.sent_at,
            )
            for r in session.scalars(query)
        ]
