"""Every write records who and when: a flush hook turns ORM changes on :class:`Audited`
tables into ``audit_log`` rows in the same transaction, so the trail can never disagree with
the data. Bulk writers that bypass the ORM call :func:`record` themselves."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, update
from sqlalchemy.orm import Session

from healthplan.store.limits import check_row
from healthplan.store.tables import Audited, AuditLog, DataVersionRow

ACTOR_KEY = "actor"
_CHANGED = "data_changed"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row_state(obj: Any, attrs: Iterable[str]) -> dict[str, Any]:
    return {name: _plain(getattr(obj, name)) for name in attrs}


def _key(obj: Audited) -> str:
    return "|".join(str(getattr(obj, name)) for name in obj.__audit_key__)


def record(
    session: Session,
    entries: Iterable[tuple[str, str, str, dict[str, Any] | None, dict[str, Any] | None]],
) -> None:
    """Append audit rows ``(action, table, key, old, new)`` for writes made outside the ORM."""
    now = datetime.now(UTC)
    actor = session.info.get(ACTOR_KEY, "unknown")
    rows = [
        {
            "at": now,
            "actor": actor,
            "action": a,
            "table_name": t,
            "record_key": k,
            "old": o,
            "new": n,
        }
        for a, t, k, o, n in entries
    ]
    if rows:
        session.connection().execute(insert(AuditLog), rows)
        session.info[_CHANGED] = True


@event.listens_for(Session, "before_commit")
def _bump_version(session: Session) -> None:
    # Last statement before the commit: the row lock it takes is held only until the commit,
    # so writers never wait on each other here while holding anything else, and versions
    # follow the order of commits.
    if session.info.pop(_CHANGED, False):
        session.execute(
            update(DataVersionRow)
            .where(DataVersionRow.id == 1)
            .values(version=DataVersionRow.version + 1)
        )


@event.listens_for(Session, "after_rollback")
def _forget_changes(session: Session) -> None:
    session.info.pop(_CHANGED, None)


@event.listens_for(Session, "before_flush")
def _check_limits(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj, raiseerr=False)
        if state is None or state.mapper.local_table is None:
            continue
        table = state.mapper.local_table
        key = _key(obj) if isinstance(obj, Audited) else ""
        check_row(table, state.dict, key)


@event.listens_for(Session, "after_flush")
def _audit_flush(session: Session, _context: Any) -> None:
    entries: list[tuple[str, str, str, dict[str, Any] | None, dict[str, Any] | None]] = []
    for obj in session.new:
        if isinstance(obj, Audited):
            mapper = inspect(obj, raiseerr=True).mapper
            new = _row_state(obj, (c.key for c in mapper.column_attrs))
            entries.append(("insert", mapper.local_table.name, _key(obj), None, new))
    for obj in session.dirty:
        if not isinstance(obj, Audited):
            continue
        state = inspect(obj, raiseerr=True)
        old: dict[str, Any] = {}
        new = {}
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].history
            if history.has_changes():
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if before != after:
                    old[attr.key] = _plain(before)
                    new[attr.key] = _plain(after)
        if new:
            entries.append(("update", state.mapper.local_table.name, _key(obj), old, new))
    for obj in session.deleted:
        if isinstance(obj, Audited):
            mapper = inspect(obj, raiseerr=True).mapper
            old_state = _row_state(obj, (c.key for c in mapper.column_attrs))
            entries.append(("delete", mapper.local_table.name, _key(obj), old_state, None))
    record(session, entries)
