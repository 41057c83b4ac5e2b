"""Users of the web application: roles, scopes, argon2 passwords, log-in with lockout, API
tokens. A user's scope is an org-unit subtree and a set of departments (责任单位); every page
and endpoint asks :class:`User` before it reads or writes."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select

from healthplan.errors import HealthplanError, InputError, NotFoundError, Problem
from healthplan.i18n import NP_, t
from healthplan.store import Workspace, list_departments, list_orgunits, record_audit
from healthplan.store.tables_web import WebCredentialRow, WebSessionRow, WebTokenRow, WebUserRow

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
TOKEN_LIFETIME = timedelta(days=30)
MIN_PASSWORD = 10
_HASHER = PasswordHasher()  # argon2id with the library's recommended parameters


class Role(StrEnum):
    administrator = "administrator"
    planner = "planner"
    department_reporter = "department-reporter"
    org_unit_reporter = "org-unit-reporter"
    viewer = "viewer"


ROLE_LABELS = {
    Role.administrator: NP_("role", "administrator"),
    Role.planner: NP_("role", "planner"),
    Role.department_reporter: NP_("role", "department reporter"),
    Role.org_unit_reporter: NP_("role", "org-unit reporter"),
    Role.viewer: NP_("role", "viewer"),
}


class ForbiddenError(HealthplanError):
    """The user may not do this, or not here (HTTP 403)."""


class LoginError(HealthplanError):
    """Wrong name or password, or the account is locked (HTTP 401)."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    org_unit: str | None
    departments: tuple[str, ...]
    units: frozenset[str] | None = field(default=None, compare=False)  # None: every unit

    def sees_unit(self, code: str | None) -> bool:
        return self.units is None or (code is not None and code in self.units)

    def sees_departments(self, names: list[str] | tuple[str, ...] | str | None) -> bool:
        if not self.departments:
            return True
        if names is None:
            return False
        wanted = {names} if isinstance(names, str) else set(names)
        return bool(wanted & set(self.departments))

    def can(self, action: str) -> bool:
        return self.role in _ALLOWED[action]

    def require(
        self,
        action: str,
        *,
        unit: str | None = None,
        departments: list[str] | tuple[str, ...] | str | None = None,
    ) -> None:
        """Raise :class:`ForbiddenError` unless the role may ``action`` on this unit and
        these departments (None: not asked)."""
        if not self.can(action):
            raise ForbiddenError(t("your role may not do this"))
        if unit is not None and not self.sees_unit(unit):
            raise ForbiddenError(t("org unit {code} is outside your scope", code=unit))
        if departments is not None and not self.sees_departments(departments):
            raise ForbiddenError(t("this department is outside your scope"))


_EVERYONE = frozenset(Role)
_ALLOWED: dict[str, frozenset[Role]] = {
    "view": _EVERYONE,
    "enter": frozenset({Role.administrator, Role.org_unit_reporter, Role.department_reporter}),
    "approve": frozenset({Role.administrator, Role.planner}),
    "handle_warnings": frozenset({Role.administrator, Role.planner, Role.department_reporter}),
    "handle_signals": frozenset({Role.administrator, Role.planner}),
    "report_progress": frozenset({Role.administrator, Role.planner, Role.department_reporter}),
    "report": frozenset({Role.administrator, Role.planner}),
    "administer": frozenset({Role.administrator}),
}


def _user(ws: Workspace, row: WebUserRow) -> User:
    units = None
    if row.org_unit is not None:
        units = frozenset(u.code for u in list_orgunits(ws, row.org_unit))
    # a department is matched by its code or its name, whichever a stage's data carries
    given = set(row.departments)
    departments = tuple(
        sorted(
            {w for d in list_departments(ws) if given & {d.code, d.name} for w in (d.code, d.name)}
            | given
        )
    )
    return User(row.id, row.name, Role(row.role), row.org_unit, departments, units)


def add_user(
    ws: Workspace,
    name: str,
    role: str,
    password: str,
    *,
    org_unit: str | None = None,
    departments: list[str] | None = None,
) -> User:
    """Create a user (or replace the role, scope and password of one of that name)."""
    problems = []
    if role not in set(Role):
        problems.append(
            Problem(
                name,
                t("unknown role {role}; known: {known}", role=role, known=", ".join(Role)),
                field="role",
            )
        )
    if len(password) < MIN_PASSWORD:
        problems.append(
            Problem(
                name,
                t("the password needs at least {n} characters", n=MIN_PASSWORD),
                field="password",
            )
        )
    if not name.strip() or len(name) > 100:
        problems.append(Problem(name[:100], t("a user name has 1 to 100 characters"), field="name"))
    if org_unit is not None and not list_orgunits(ws, org_unit):
        problems.append(Problem(name, t("no org unit {code}", code=org_unit), field="org_unit"))
    known = {d.name for d in list_departments(ws)} | {d.code for d in list_departments(ws)}
    for department in departments or []:
        if department not in known:
            problems.append(
                Problem(name, t("no department {name}", name=department), field="department")
            )
    if role == Role.department_reporter and not departments:
        problems.append(
            Problem(name, t("a department reporter needs --department"), field="department")
        )
    if role == Role.org_unit_reporter and org_unit is None:
        problems.append(Problem(name, t("an org-unit reporter needs --org-unit"), field="org_unit"))
    if problems:
        raise InputError(problems)
    with ws.session(lock=True) as session:
        row = session.scalar(select(WebUserRow).where(WebUserRow.name == name))
        if row is None:
            row = WebUserRow(name=name, created_at=datetime.now(UTC))
            session.add(row)
        row.role = role
        row.org_unit = org_unit
        row.departments = list(departments or [])
        session.flush()
        credential = session.get(WebCredentialRow, row.id)
        if credential is None:
            credential = WebCredentialRow(user_id=row.id)
            session.add(credential)
        credential.password_hash = _HASHER.hash(password)
        credential.failed_logins = 0
        credential.locked_until = None
        return _user(ws, row)


def list_users(ws: Workspace) -> list[User]:
    with ws.session() as session:
        return [_user(ws, r) for r in session.scalars(select(WebUserRow).order_by(WebUserRow.name))]


def get_user(ws: Workspace, user_id: int) -> User:
    with ws.session() as session:
        row = session.get(WebUserRow, user_id)
        if row is None:
            raise NotFoundError(t("no user {name}", name=user_id))
        return _user(ws, row)


def authenticate(ws: Workspace, name: str, password: str, *, now: datetime | None = None) -> User:
    """The user if ``password`` is theirs; else :class:`LoginError`. Five failures in a row
    lock the account for 15 minutes; failures and lockouts go to the audit log."""
    now = now or datetime.now(UTC)
    refusal: str | None = None
    # The failure is committed (count, lockout, audit) before it is raised.
    with ws.session(lock=True) as session:
        row = session.scalar(select(WebUserRow).where(WebUserRow.name == name))
        credential = session.get(WebCredentialRow, row.id) if row is not None else None
        if row is None or credential is None:
            _HASHER.hash(password)  # the same time as for a known name: names do not leak
            record_audit(session, [("login-fail", "web_users", "?", None, None)])
            refusal = t("wrong user name or password")
        elif credential.locked_until is not None and credential.locked_until > now:
            record_audit(session, [("login-lock", "web_users", name, None, None)])
            refusal = t("this account is locked for a while after failed log-ins")
        elif not _verified(credential.password_hash, password):
            credential.failed_logins += 1
            entry = {"failed_logins": credential.failed_logins}
            action = "login-fail"
            if credential.failed_logins >= MAX_FAILED_LOGINS:
                credential.locked_until = now + LOCKOUT
                credential.failed_logins = 0
                action = "lockout"
            record_audit(session, [(action, "web_users", name, None, entry)])
            refusal = t("wrong user name or password")
        else:
            credential.failed_logins = 0
            credential.locked_until = None
            record_audit(session, [("login", "web_users", name, None, None)])
            user = _user(ws, row)
    if refusal is not None:
        raise LoginError(refusal)
    return user


def _verified(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(ws: Workspace, user: User) -> str:
    """A new API token for ``user``; only its digest is stored."""
    token = secrets.token_urlsafe(32)
    with ws.session() as session:
        session.add(
            WebTokenRow(
                digest=_digest(token),
                user_id=user.id,
                expires_at=datetime.now(UTC) + TOKEN_LIFETIME,
            )
        )
    return token


def user_for_token(ws: Workspace, token: str) -> User | None:
    with ws.session() as session:
        row = session.get(WebTokenRow, _digest(token))
        if row is None or row.expires_at <= datetime.now(UTC):
            return None
        user = session.get(WebUserRow, row.user_id)
        return None if user is None else _user(ws, user)


def open_session(ws: Workspace, user: User, lifetime: timedelta) -> str:
    """A new log-in session of ``user``: its random id goes into the (signed) cookie, only
    the id's digest is stored."""
    session_id = secrets.token_urlsafe(32)
    with ws.session() as session:
        now = datetime.now(UTC)
        # expired sessions go as new ones come, so the table stays small
        session.execute(delete(WebSessionRow).where(WebSessionRow.expires_at <= now))
        session.add(
            WebSessionRow(digest=_digest(session_id), user_id=user.id, expires_at=now + lifetime)
        )
    return session_id


def session_user(ws: Workspace, session_id: str) -> User | None:
    """The user of an open, unexpired session; None after log-out or expiry."""
    with ws.session() as session:
        row = session.get(WebSessionRow, _digest(session_id))
        if row is None or row.expires_at <= datetime.now(UTC):
            return None
        user = session.get(WebUserRow, row.user_id)
        return None if user is None else _user(ws, user)


def close_session(ws: Workspace, session_id: str) -> None:
    """Log-out: the session ends on the server, whoever holds a copy of its cookie."""
    with ws.session() as session:
        session.execute(delete(WebSessionRow).where(WebSessionRow.digest == _digest(session_id)))


def revoke_tokens(ws: Workspace, user: User) -> None:
    with ws.session() as session:
        session.execute(delete(WebTokenRow).where(WebTokenRow.user_id == user.id))
