"""The one way data values enter the store. Every channel (Excel, CSV, JSON, DHIS2) turns
its input into :class:`RawValue` items that remember where they came from; this module checks
them all, reports every problem at once and stores nothing if there is any, else inserts and
updates in one transaction with an audit row per change (who, when, old → new)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import DEFAULT_CATEGORY, Period, PeriodError, ValueType
from healthplan.store import Workspace, record_audit
from healthplan.store.limits import column_problems
from healthplan.store.tables import OrgUnitRow
from healthplan.store.tables_collection import (
    ApprovalRow,
    DataElementRow,
    DataSetElementRow,
    DataSetRow,
    DataValueRow,
    DeletedValueRow,
)

__all__ = [
    "IMPORT_MODES",
    "RawValue",
    "ValueImportSummary",
    "check_values",
    "import_values",
    "parse_cell_number",
]

IMPORT_MODES = ("atomic", "partial")  # all or nothing | the good values, the rest reported

_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$")
_NUMBER = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
FIRST_YEAR = 1900  # no health statistics older than this; 0000M01 or 1899M01 is a typo


@dataclass(frozen=True)
class RawValue:
    """One value as read, with its origin (``row`` 1-based; ``field`` a column name)."""

    data_element: str
    period: str
    org_unit: str
    value: Any
    category: str = DEFAULT_CATEGORY
    comment: str | None = None
    file: str = ""
    row: int | None = None
    field: str | None = None
    sheet: str | None = None
    percent_format: bool = False  # the cell is formatted as a percentage (0.95 shows as 95%)
    org_unit_field: str | None = None  # where the org unit was read, if not ``field``
    # What a DHIS2 or ADX file says beside the value; kept and exported back.
    attribute: str = DEFAULT_CATEGORY  # attribute option combo
    followup: bool | None = None  # None: not said, keep what is stored
    stored_by: str | None = None  # the sender's storedBy, created and lastUpdated
    created: str | None = None
    last_updated: str | None = None
    deleted: bool = False  # remove the stored value (DHIS2 ``deleted: true``)


@dataclass(frozen=True)
class ValueImportSummary:
    """What an import did (or, ``dry_run``, would do): like DHIS2's importSummary.
    ``ignored``: values not stored (a problem, an empty value, a deletion of nothing);
    ``conflicts``: the problems of the values ignored in ``partial`` mode."""

    created: int
    updated: int
    unchanged: int
    deleted: int = 0
    ignored: int = 0
    conflicts: tuple[Problem, ...] = ()
    dry_run: bool = False

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


def parse_cell_number(raw: Any, *, percent_format: bool = False) -> float | None:
    """What people type into a number cell: ``95``, ``95.0``, ``９５`` (full width),
    ``95%`` (→ 95), ``1,234`` / ``1，234``, spaces; None for an empty cell. Raise
    :class:`ValueError` for anything else (text, ``N/A``, ``1,23``)."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueError(t("not a number: {text}", text=raw))
    if isinstance(raw, int | float):
        try:
            number = float(raw) * (100 if percent_format else 1)
        except OverflowError:  # an integer of hundreds of digits
            number = math.inf
        if not math.isfinite(number):
            raise ValueError(t("not a number: {text}", text=raw))
        return round(number, 10) if percent_format else number
    text = unicodedata.normalize("NFKC", str(raw)).strip().replace(" ", "")
    if not text:
        return None
    text = text.replace("，", ",")
    if text.endswith("%"):
        text = text[:-1]
    if _THOUSANDS.match(text):
        text = text.replace(",", "")
    if not _NUMBER.match(text) or not math.isfinite(number := float(text)):
        raise ValueError(t("not a number: {text}", text=str(raw).strip()))
    return number


def parse_text(raw: Any, value_type: str) -> str | None:
    """A text element's value as written (None for an empty cell), a date element's as
    YYYY-MM-DD. Raise :class:`ValueError` for a date that is none."""
    if raw is None:
        return None
    if isinstance(raw, datetime | date):
        text = raw.isoformat()[:10] if value_type == ValueType.date.value else raw.isoformat()
    else:
        text = str(raw).strip()
    if not text:
        return None
    if value_type == ValueType.date.value:
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            raise ValueError(t("not a date: {text}", text=text)) from None
    return text


_TEXT_TYPES = (ValueType.text.value, ValueType.date.value)


_BOOLEANS = {"true": 1.0, "t": 1.0, "1": 1.0, "false": 0.0, "f": 0.0, "0": 0.0}


def parse_boolean(raw: Any) -> float | None:
    """A yes/no value as DHIS2 accepts it (true, True, TRUE, t, 1; false, f, 0), stored as
    1 or 0; None for an empty cell. Raise :class:`ValueError` for anything else."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        return float(raw)
    found = _BOOLEANS.get(str(raw).strip().lower().removesuffix(".0"))
    if found is None:
        raise ValueError(t("not true or false: {text}", text=str(raw).strip()))
    return found


@dataclass
class _Context:
    elements: dict[str, DataElementRow]
    units: dict[str, int]  # code → level
    sets_by_element: dict[str, list[DataSetRow]]
    locked: set[tuple[str, str, str]]  # data set, org unit, period


def _context(session: Session, raw: list[RawValue]) -> _Context:
    elements = {r.code: r for r in session.scalars(select(DataElementRow))}
    codes = {r.org_unit for r in raw}
    units: dict[str, int] = {}
    chunk = sorted(codes)
    for start in range(0, len(chunk), 500):
        part = chunk[start : start + 500]
        for code, level in session.execute(
            select(OrgUnitRow.code, OrgUnitRow.level).where(OrgUnitRow.code.in_(part))
        ):
            units[code] = level
    sets = {r.code: r for r in session.scalars(select(DataSetRow))}
    by_element: dict[str, list[DataSetRow]] = {}
    for member in session.scalars(select(DataSetElementRow)):
        by_element.setdefault(member.data_element, []).append(sets[member.data_set])
    locked = {
        (a.data_set, a.org_unit, a.period)
        for a in session.scalars(select(ApprovalRow).where(ApprovalRow.state == "approved"))
    }
    return _Context(elements, units, by_element, locked)


def _check(
    raw: list[RawValue], ctx: _Context, data_set: str | None, today: date
) -> tuple[list[tuple[RawValue, Period, float | str | None]], list[Problem]]:
    problems: list[Problem] = []
    good: list[tuple[RawValue, Period, float | str | None]] = []
    first: dict[tuple[str, str, str, str, str], int | None] = {}
    for item in raw:

        def problem(message: str, item: RawValue = item, field: str | None = None) -> None:
            problems.append(Problem(item.file, message, item.row, field or item.field, item.sheet))

        ok = True
        element = ctx.elements.get(item.data_element)
        if element is None:
            problem(t("unknown data element {code}", code=item.data_element))
            ok = False
        level = ctx.units.get(item.org_unit)
        if level is None:
            problem(t("unknown org unit {code}", code=item.org_unit), field=item.org_unit_field)
            ok = False
        try:
            period = Period.parse(item.period)
            period.start  # noqa: B018 - year 0 parses, but has no first day
        except (PeriodError, ValueError):
            problem(t("not a period: {text}", text=item.period))
            continue
        if period.start > today:
            problem(t("period {period} has not started yet", period=period.id))
            ok = False
        if period.start.year < FIRST_YEAR:
            problem(t("period {period} is before {year}", period=period.id, year=FIRST_YEAR))
            ok = False
        for column, message in column_problems(
            DataValueRow.__table__, {"comment": item.comment, "category": item.category}
        ):
            problem(t("{field} {problem}", field=column, problem=message), field=column)
            ok = False
        value: float | str | None
        try:
            if element is not None and element.value_type == ValueType.boolean.value:
                value = parse_boolean(item.value)
            elif element is not None and element.value_type in _TEXT_TYPES:
                value = parse_text(item.value, element.value_type)
            else:
                value = parse_cell_number(item.value, percent_format=item.percent_format)
        except ValueError as error:
            problem(str(error))
            continue
        if element is not None:
            sets = ctx.sets_by_element.get(element.code, [])
            if data_set is not None:
                sets = [s for s in sets if s.code == data_set]
                if sets and level is not None and level != sets[0].org_level:
                    problem(
                        t(
                            "org unit {ou} is not at the level that reports data set {ds}",
                            ou=item.org_unit,
                            ds=data_set,
                        ),
                        field=item.org_unit_field,
                    )
                    ok = False
                if not sets:
                    problem(
                        t(
                            "data element {code} is not in data set {ds}",
                            code=element.code,
                            ds=data_set,
                        )
                    )
                    ok = False
            if sets and not any(s.period_type == period.type.value for s in sets):
                problem(
                    t(
                        "period {period} is outside data set {ds}, which is reported by {kind}",
                        period=period.id,
                        ds=sets[0].code,
                        kind=t(sets[0].period_type),
                    )
                )
                ok = False
            for s in sets:
                if (s.code, item.org_unit, period.id) in ctx.locked:
                    problem(
                        t(
                            "data set {ds} for {ou} {period} is approved and locked",
                            ds=s.code,
                            ou=item.org_unit,
                            period=period.id,
                        )
                    )
                    ok = False
            categories = list(element.categories or [])
            if item.category != DEFAULT_CATEGORY and item.category not in categories:
                problem(t("unknown category option {option}", option=item.category))
                ok = False
            integer = element.value_type == ValueType.integer.value
            if isinstance(value, float) and integer and not value.is_integer():
                problem(t("expected a whole number, got {value}", value=item.value))
                ok = False
            counted = element.value_type in ("number", "integer")
            if isinstance(value, float) and counted and value < 0:
                problem(t("a count cannot be negative: {value}", value=item.value))
                ok = False
        for name, stamp in (("created", item.created), ("last_updated", item.last_updated)):
            if stamp and not _is_timestamp(stamp):
                problem(t("not a date or time: {text}", text=stamp), field=name)
                ok = False
        key = (item.data_element, period.id, item.org_unit, item.category, item.attribute)
        if key in first:
            problem(
                t(
                    "duplicate value for {de} {ou} {period} (first at row {row})",
                    de=item.data_element,
                    ou=item.org_unit,
                    period=period.id,
                    row=first[key],
                )
            )
            continue
        first[key] = item.row
        if ok:
            good.append((item, period, value))
    return good, list(dict.fromkeys(problems))  # one row's org unit is reported once


def check_values(
    ws: Workspace,
    values: Iterable[RawValue],
    *,
    data_set: str | None = None,
    today: date | None = None,
) -> list[Problem]:
    """Every problem :func:`import_values` would report, without storing anything."""
    raw = list(values)
    with ws.session() as session:
        return _check(raw, _context(session, raw), data_set, today or date.today())[1]


def import_values(
    ws: Workspace,
    values: Iterable[RawValue],
    *,
    data_set: str | None = None,
    received_at: datetime | None = None,
    today: date | None = None,
    mode: str = "atomic",
    dry_run: bool = False,
) -> ValueImportSummary:
    """Check and store ``values`` atomically. ``data_set`` restricts them to one form;
    ``received_at`` is when they were received (default now; the demo backdates it);
    empty values are skipped; values marked ``deleted`` are removed. Raise
    :class:`InputError` listing every problem — or, ``mode="partial"``, store the good values
    and return the problems as ``conflicts``. ``dry_run``: check and count, store nothing."""
    if mode not in IMPORT_MODES:
        raise InputError([Problem("--mode", t("unknown import mode {mode}", mode=mode))])
    raw = list(values)
    now = received_at or datetime.now(UTC)
    # Locked from the first read: what is approved and what is stored cannot change between
    # the checks and the writes (an approval or a concurrent import of the same values).
    with ws.session(lock=True) as session:
        ctx = _context(session, raw)
        good, problems = _check(raw, ctx, data_set, today or now.date())
        if problems and mode == "atomic":
            raise InputError(problems)
        stored = [(i, p, v) for i, p, v in good if v is not None or i.deleted]
        summary = _store(session, stored, now, write=not dry_run)
        return replace(
            summary,
            ignored=summary.ignored + len(raw) - len(stored),
            conflicts=tuple(problems),
            dry_run=dry_run,
        )


def _is_timestamp(text: str) -> bool:
    try:
        datetime.fromisoformat(text.strip())
    except ValueError:
        return False
    return True


def time_text(moment: datetime | None) -> str | None:
    """A time as DHIS2 writes it (``2015-04-05T19:58:12.000``, UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="milliseconds")


def _stored(row: Any) -> float | str | None:
    """A stored value as imported: the text of a text or date element, else the number."""
    return row.text_value if row.text_value is not None else row.value


def _origin(row: Any) -> tuple[str | None, str | None, str | None]:
    """The storedBy, created and lastUpdated a stored value is exported with."""
    return (
        row.origin_stored_by or row.stored_by,
        row.origin_created or time_text(row.created),
        row.origin_last_updated or time_text(row.last_updated),
    )


_Key = tuple[str, str, str, str, str]  # data element, period, org unit, category, attribute


def _store(
    session: Session,
    items: list[tuple[RawValue, Period, float | str | None]],
    now: datetime,
    *,
    write: bool = True,
) -> ValueImportSummary:
    keys = {(i.data_element, p.id, i.org_unit, i.category, i.attribute) for i, p, _ in items}
    existing: dict[_Key, Any] = {}
    elements = sorted({k[0] for k in keys})
    periods = sorted({k[1] for k in keys})
    if keys:
        query = select(
            DataValueRow.id,
            DataValueRow.data_element,
            DataValueRow.period,
            DataValueRow.org_unit,
            DataValueRow.category,
            DataValueRow.attribute,
            DataValueRow.value,
            DataValueRow.text_value,
            DataValueRow.comment,
            DataValueRow.followup,
            DataValueRow.stored_by,
            DataValueRow.created,
            DataValueRow.last_updated,
            DataValueRow.origin_stored_by,
            DataValueRow.origin_created,
            DataValueRow.origin_last_updated,
        ).where(DataValueRow.data_element.in_(elements), DataValueRow.period.in_(periods))
        for row in session.execute(query):
            key = (row.data_element, row.period, row.org_unit, row.category, row.attribute)
            if key in keys:
                existing[key] = row
    tombstones = _tombstones(session, keys, elements, periods)
    graves: dict[_Key, dict[str, Any]] = {}  # tombstones to write
    risen: list[int] = []  # tombstones of values stored again
    actor = str(session.info.get("actor", "unknown"))
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    deletes: list[int] = []
    audit: list[tuple[str, str, str, dict[str, Any] | None, dict[str, Any] | None]] = []
    unchanged = ignored = 0
    for item, period, value in items:
        key = (item.data_element, period.id, item.org_unit, item.category, item.attribute)
        record_key = "|".join(key[:4] if item.attribute == DEFAULT_CATEGORY else key)
        old = existing.get(key)
        origin = (item.stored_by, item.created, item.last_updated)
        number, text = (None, value) if isinstance(value, str) else (value, None)
        if item.deleted:
            # the stored value's tombstone; for a value never stored, the sender's word
            # (an export of deletions reads back as it was written)
            if old is not None or key not in tombstones:
                graves.setdefault(key, _grave(item, period, value, old, now))
            if old is None:
                ignored += 1
            else:
                deletes.append(old.id)
                gone = {"value": _stored(old)} | ({"comment": old.comment} if old.comment else {})
                audit.append(("delete", "data_values", record_key, gone, None))
            continue
        if old is not None:
            if (
                _stored(old) == value
                and item.comment in (None, old.comment)
                and item.followup in (None, old.followup)
                and all(
                    mine in (None, kept) for mine, kept in zip(origin, _origin(old), strict=True)
                )
            ):
                unchanged += 1
                continue
            comment = item.comment or old.comment
            followup = old.followup if item.followup is None else item.followup
            updates.append(
                {
                    "b_id": old.id,
                    "value": number,
                    "text_value": text,
                    "comment": comment,
                    "followup": followup,
                    "stored_by": actor,
                    "last_updated": now,
                    "origin_stored_by": item.stored_by,
                    "origin_created": item.created,
                    "origin_last_updated": item.last_updated,
                }
            )
            before: dict[str, Any] = {"value": _stored(old)}
            after: dict[str, Any] = {"value": value}
            # A changed comment or follow-up flag is a change like the value's: audited.
            for name, new in (("comment", comment), ("followup", followup)):
                if getattr(old, name) != new:
                    before[name], after[name] = getattr(old, name), new
            audit.append(("update", "data_values", record_key, before, after))
            continue
        if key in tombstones:
            risen.append(tombstones[key])
        inserts.append(
            {
                "data_element": item.data_element,
                "period": period.id,
                "period_type": period.type.value,
                "start_date": period.start,
                "end_date": period.end,
                "org_unit": item.org_unit,
                "category": item.category,
                "attribute": item.attribute,
                "value": number,
                "text_value": text,
                "comment": item.comment,
                "followup": bool(item.followup),
                "stored_by": actor,
                "last_updated": now,
                "created": now,
                "origin_stored_by": item.stored_by,
                "origin_created": item.created,
                "origin_last_updated": item.last_updated,
            }
        )
        audit.append(("insert", "data_values", record_key, None, {"value": value}))
    if write:
        _write(session, inserts, updates, deletes)
        _bury(session, graves, tombstones, risen)
        record_audit(session, audit)
    return ValueImportSummary(len(inserts), len(updates), unchanged, len(deletes), ignored)


def _tombstones(
    session: Session, keys: set[_Key], elements: list[str], periods: list[str]
) -> dict[_Key, int]:
    """The ids of the tombstones of ``keys``."""
    found: dict[_Key, int] = {}
    if not keys:
        return found
    query = select(
        DeletedValueRow.id,
        DeletedValueRow.data_element,
        DeletedValueRow.period,
        DeletedValueRow.org_unit,
        DeletedValueRow.category,
        DeletedValueRow.attribute,
    ).where(DeletedValueRow.data_element.in_(elements), DeletedValueRow.period.in_(periods))
    for row in session.execute(query):
        key = (row.data_element, row.period, row.org_unit, row.category, row.attribute)
        if key in keys:
            found[key] = row.id
    return found


def _grave(
    item: RawValue, period: Period, value: float | str | None, old: Any, now: datetime
) -> dict[str, Any]:
    """The tombstone of a deleted value: what the sender says of it, else what was stored."""
    if value is None and old is not None:
        value = _stored(old)
    kept = _origin(old) if old is not None else (None, None, None)
    return {
        "data_element": item.data_element,
        "period": period.id,
        "start_date": period.start,
        "end_date": period.end,
        "org_unit": item.org_unit,
        "category": item.category,
        "attribute": item.attribute,
        "value": None if isinstance(value, str) else value,
        "text_value": value if isinstance(value, str) else None,
        "comment": item.comment or (old.comment if old is not None else None),
        "stored_by": item.stored_by or kept[0],
        "created": item.created or kept[1],
        "last_updated": item.last_updated or time_text(now),
    }


def _bury(
    session: Session,
    graves: dict[_Key, dict[str, Any]],
    tombstones: dict[_Key, int],
    risen: list[int],
) -> None:
    gone = risen + [tombstones[key] for key in graves if key in tombstones]
    for start in range(0, len(gone), 500):
        session.execute(
            delete(DeletedValueRow).where(DeletedValueRow.id.in_(gone[start : start + 500]))
        )
    if graves:
        session.execute(insert(DeletedValueRow), list(graves.values()))


def _write(
    session: Session,
    inserts: list[dict[str, Any]],
    updates: list[dict[str, Any]],
    deletes: list[int],
) -> None:
    if inserts:
        session.execute(insert(DataValueRow), inserts)
    if updates:
        statement = (
            update(DataValueRow)
            .where(DataValueRow.id == bindparam("b_id"))
            .values({name: bindparam(name) for name in updates[0] if name != "b_id"})
        )
        session.connection().execute(statement, updates)
    for start in range(0, len(deletes), 500):
        session.execute(
            delete(DataValueRow).where(DataValueRow.id.in_(deletes[start : start + 500]))
        )
