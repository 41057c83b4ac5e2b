"""Where the workspace lives and which database it uses."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

DEFAULT_HOME = "healthplan-data"


def home() -> Path:
    """The workspace folder: ``HEALTHPLAN_HOME`` or ``./healthplan-data``."""
    return Path(os.environ.get("HEALTHPLAN_HOME") or DEFAULT_HOME).resolve()


def database_url() -> str:
    """``HEALTHPLAN_DATABASE_URL`` (e.g. postgresql+psycopg://user@host/db) or a SQLite file
    in the workspace folder."""
    url = os.environ.get("HEALTHPLAN_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{home() / 'healthplan.db'}"


def current_actor() -> str:
    """Who is making changes, for the audit trail: ``HEALTHPLAN_USER`` or the OS account."""
    explicit = os.environ.get("HEALTHPLAN_USER")
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
