"""The demo's web user: a generated password is shown once and works; a given one (from
HEALTHPLAN_NEW_PASSWORD) is never shown; a second run keeps the password; the demo's output
ends with how to serve it."""

from __future__ import annotations

import pytest

from healthplan.cli.demo import print_web_user
from healthplan.console import console
from healthplan.demo.web import demo_web_user
from healthplan.web import LoginError, authenticate


def _printed(user) -> str:  # type: ignore[no-untyped-def]
    with console.capture() as captured:
        print_web_user(user)
    return captured.get()


def test_generated_once_then_kept(ws) -> None:  # type: ignore[no-untyped-def]
    first = demo_web_user(ws)
    assert first.source == "generated" and first.password and len(first.password) >= 12
    assert authenticate(ws, "demo", first.password).role.value == "administrator"
    shown = _printed(first)
    assert first.password in shown and "http://127.0.0.1:8000/" in shown and "./run serve" in shown
    again = demo_web_user(ws)
    assert again.source == "kept" and again.password is None
    assert first.password not in _printed(again)
    authenticate(ws, "demo", first.password)  # still the same password


def test_a_given_password_is_used_and_never_shown(ws) -> None:  # type: ignore[no-untyped-def]
    given = "from-the-environment-42"
    user = demo_web_user(ws, given)
    assert user.source == "given" and user.password is None
    assert given not in _printed(user) and "HEALTHPLAN_NEW_PASSWORD" in _printed(user)
    assert authenticate(ws, "demo", given).name == "demo"
    with pytest.raises(LoginError):
        authenticate(ws, "demo", "something-else-entirely")
