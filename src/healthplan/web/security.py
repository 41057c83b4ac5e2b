"""Sessions, CSRF and the log-in rate limit. The session is a signed cookie (itsdangerous)
holding a server-side session's id (ended by log-out) and a CSRF token; it is Secure,
HttpOnly and SameSite=Strict. A form post must carry that token (``csrf`` field or
``X-CSRF-Token`` header); API calls with a bearer token carry no cookie and need none."""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

SESSION_COOKIE = "hp_session"
LANG_COOKIE = "hp_lang"
SESSION_SECONDS = 8 * 3600  # one working day
LOGIN_ATTEMPTS = 10  # per client address and minute, whatever the name tried
SECRET_FILE = "web-secret"


def secret_key(home: Path) -> str:
    """``HEALTHPLAN_WEB_SECRET``, else a random key kept in the workspace (mode 600), so that
    sessions survive a restart and several workers share them."""
    given = os.environ.get("HEALTHPLAN_WEB_SECRET")
    if given:
        return given
    path = Path(home) / SECRET_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


class Sessions:
    def __init__(self, key: str) -> None:
        self._signer = URLSafeTimedSerializer(key, salt="healthplan-session")

    def issue(self, session_id: str) -> str:
        """The cookie of a server-side session (:func:`.users.open_session`) and its CSRF
        token; the signature stops a forged id before the database is asked."""
        return self._signer.dumps({"s": session_id, "c": secrets.token_urlsafe(24)})

    def read(self, cookie: str | None) -> dict[str, Any] | None:
        if not cookie:
            return None
        try:
            data = self._signer.loads(cookie, max_age=SESSION_SECONDS)
        except BadSignature:
            return None
        return data if isinstance(data, dict) and "s" in data and "c" in data else None


def csrf_ok(session: dict[str, Any], sent: str | None) -> bool:
    return bool(sent) and hmac.compare_digest(str(session["c"]), str(sent))


class RateLimit:
    """At most ``limit`` events per ``seconds`` for one key (a client address)."""

    def __init__(self, limit: int = LOGIN_ATTEMPTS, seconds: float = 60.0) -> None:
        self.limit = limit
        self.seconds = seconds
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            events = self._events.setdefault(key, deque())
            while events and events[0] <= now - self.seconds:
                events.popleft()
            if len(events) >= self.limit:
                return False
            events.append(now)
            return True
