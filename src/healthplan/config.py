"""Where the workspace lives and which database it uses."""

from __future__ import annotations

import getpass
import os
import re
from pathlib import Path

from healthplan.errors import HealthplanError
from healthplan.i18n import t

DEFAULT_HOME = "healthplan-data"
# The indicator engine's DuckDB working memory. Past it DuckDB spills to a temporary folder
# instead of growing: the full compute at bench/compute.py's size (6.5 million values,
# 10 million results) then peaks under 1 GB for the whole process at ~1.3x the time of an
# unbounded run, and a web server computing beside its requests stays small.
DEFAULT_ENGINE_MEMORY = "512MB"
_UNITS = {
    "B": 1,
    "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12,
    "KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40,
}  # fmt: skip
_MEMORY = re.compile(r"(\d+(?:\.\d+)?)\s*([KMGT]I?B|B)", re.IGNORECASE)


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


def engine_memory_limit() -> int:
    """Bytes: ``HEALTHPLAN_ENGINE_MEMORY`` (e.g. ``2GB``, ``512MiB``) or
    :data:`DEFAULT_ENGINE_MEMORY`."""
    value = (os.environ.get("HEALTHPLAN_ENGINE_MEMORY") or DEFAULT_ENGINE_MEMORY).strip()
    found = _MEMORY.fullmatch(value)
    if not found:
        raise HealthplanError(
            t(
                "HEALTHPLAN_ENGINE_MEMORY: not an amount of memory such as 512MB or 2GB: {value}",
                value=value,
            )
        )
    return int(float(found[1]) * _UNITS[found[2].upper()])
