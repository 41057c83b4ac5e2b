"""Tables of the web application: its users (role, scope), their credentials (argon2 hash,
failed logins, lockout) and their API tokens (stored as SHA-256 digests). Only
:mod:`healthplan.web` reads and writes them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from healthplan.store.tables import Audited, Base
from healthplan.store.tables_tasks import UtcDateTime


class WebUserRow(Audited, Base):
    """A person who logs in. ``org_unit``: the root of the subtree they may see (None: all);
    ``departments``: the 责任单位 they act for (empty: all)."""

    __tablename__ = "web_users"
    __audit_key__ = ("name",)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    org_unit: Mapped[str | None] = mapped_column(ForeignKey("org_units.code"))
    departments: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class WebCredentialRow(Base):
    """A user's argon2 hash and failed-login count: apart from :class:`WebUserRow` so that the
    audit log never copies the hash (log-ins and lockouts are audited explicitly)."""

    __tablename__ = "web_credentials"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("web_users.id", ondelete="CASCADE"), primary_key=True
    )
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())


class WebTokenRow(Base):
    """An API token: only its SHA-256 digest is kept."""

    __tablename__ = "web_tokens"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("web_users.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())


class WebSessionRow(Base):
    """A log-in session of the pages: the cookie names it by a random id, only its SHA-256
    digest is kept; log-out deletes the row, so a copied cookie stops working."""

    __tablename__ = "web_sessions"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("web_users.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
