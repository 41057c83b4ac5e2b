"""The demo's web user: an administrator to log in to ``healthplan serve`` with. The password
is the one given (``HEALTHPLAN_NEW_PASSWORD``, as ``users add`` takes it) or, when none is
given, a random one generated here and returned once to be shown; a later demo run without
one keeps the user's password."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from healthplan.store import Workspace
from healthplan.web import add_user, list_users

DEMO_USER = "demo"
DEMO_ROLE = "administrator"


@dataclass(frozen=True)
class DemoWebUser:
    name: str
    role: str
    source: str  # generated | given | kept
    password: str | None = None  # only a generated one, to be shown once


def demo_web_user(ws: Workspace, password: str | None = None) -> DemoWebUser:
    """Create (or keep) the demo's administrator."""
    if password is None and any(u.name == DEMO_USER for u in list_users(ws)):
        return DemoWebUser(DEMO_USER, DEMO_ROLE, "kept")
    if password is not None:
        add_user(ws, DEMO_USER, DEMO_ROLE, password)
        return DemoWebUser(DEMO_USER, DEMO_ROLE, "given")
    generated = secrets.token_urlsafe(12)
    add_user(ws, DEMO_USER, DEMO_ROLE, generated)
    return DemoWebUser(DEMO_USER, DEMO_ROLE, "generated", generated)
