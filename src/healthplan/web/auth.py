"""Who is asking: a bearer token (the API) or the session cookie (the pages, and the API
when the pages call it, then with the CSRF token on every write)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from healthplan.i18n import t
from healthplan.store import Workspace
from healthplan.web.security import SESSION_COOKIE, csrf_ok
from healthplan.web.users import User, session_user, user_for_token

_SAFE = {"GET", "HEAD", "OPTIONS"}


class LoginRequired(Exception):
    """A page asked for without a session: go to the log-in page."""


def workspace(request: Request) -> Workspace:
    ws: Workspace = request.app.state.ws
    return ws


def session_of(request: Request) -> dict[str, object] | None:
    data: dict[str, object] | None = request.app.state.sessions.read(
        request.cookies.get(SESSION_COOKIE)
    )
    return data


def find_user(request: Request, csrf: str | None = None) -> User | None:
    """The user of a bearer token or of the session; a write by session must carry the
    session's CSRF token (``csrf``, a form field, or the ``X-CSRF-Token`` header)."""
    user = _find(request, csrf)
    if user is not None:
        request.state.user_id = user.id  # whose writes the cache makes them see
    return user


def _find(request: Request, csrf: str | None) -> User | None:
    ws = workspace(request)
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return user_for_token(ws, header[7:].strip())
    session = session_of(request)
    if session is None:
        return None
    if request.method not in _SAFE and not csrf_ok(
        session, csrf or request.headers.get("x-csrf-token")
    ):
        raise HTTPException(403, t("the form is out of date (CSRF check failed); reload the page"))
    return session_user(ws, str(session["s"]))


def api_user(request: Request) -> User:
    user = find_user(request)
    if user is None:
        raise HTTPException(
            401, t("log in first (a bearer token or a session)"), {"WWW-Authenticate": "Bearer"}
        )
    return user


ApiUser = Annotated[User, Depends(api_user)]
