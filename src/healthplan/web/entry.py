"""The on-screen entry form (在线填报): one data set × one org unit × one period, a field per
data element (and category option). What is typed is checked by collection's own import
(:func:`healthplan.collection.import_values`, the rules a file meets), all or nothing; each
problem is shown beside its field."""

from __future__ import annotations

from dataclasses import dataclass, field

from healthplan.collection import (
    DataSet,
    RawValue,
    approval_status,
    get_data_set,
    import_values,
    list_data_elements,
    select_values,
)
from healthplan.errors import InputError, NotFoundError, Problem
from healthplan.i18n import t
from healthplan.model import DEFAULT_CATEGORY, Period, PeriodError
from healthplan.store import Workspace, list_orgunits
from healthplan.web.actions import as_user, check_departments
from healthplan.web.users import User

ENTRY_FILE = "form"  # the "file" every problem of a typed form names


@dataclass(frozen=True)
class EntryField:
    key: str  # the form field: the data element code, ``code.option`` for a category option
    data_element: str
    category: str
    label: str
    unit: str
    value: str  # as stored, or as typed when the form comes back with problems
    error: str | None = None


@dataclass(frozen=True)
class EntryForm:
    data_set: str
    data_set_name: str
    org_unit: str
    org_unit_name: str
    period: str
    state: str  # the report's approval state, "" before the first submission
    state_label: str
    fields: list[EntryField]
    problems: list[str] = field(default_factory=list)  # those of no one field


@dataclass(frozen=True)
class EntryResult:
    created: int
    updated: int
    unchanged: int
    deleted: int


def _number(value: float | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):  # a text or date element's value
        return value
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _period(text: str) -> Period:
    try:
        return Period.parse(text.strip())
    except (PeriodError, ValueError) as error:
        raise InputError(
            [Problem(ENTRY_FILE, t("not a period: {text}", text=text), field="period")]
        ) from error


def _accepted(data_set: DataSet, text: str) -> Period:
    chosen = _period(text)
    if not data_set.accepts(chosen):
        message = t(
            "period {period} is outside data set {ds}, which is reported by {kind}",
            period=chosen.id,
            ds=data_set.code,
            kind=t(data_set.period_type.value),
        )
        raise InputError([Problem(ENTRY_FILE, message, field="period")])
    return chosen


def _keys(ws: Workspace, data_set: str) -> list[tuple[str, str, str, str]]:
    """(form key, data element, category, label) of each field of ``data_set``."""
    elements = list_data_elements(ws)
    out = []
    for code in get_data_set(ws, data_set).elements:
        element = elements[code]
        if element.categories:
            out += [
                (f"{code}.{option}", code, option, f"{element.name}（{option}）")
                for option in element.categories
            ]
        else:
            out.append((code, code, DEFAULT_CATEGORY, element.name))
    return out


def entry_form(
    ws: Workspace,
    user: User,
    data_set: str,
    org_unit: str,
    period: str,
    *,
    typed: dict[str, str] | None = None,
    problems: list[Problem] | None = None,
) -> EntryForm:
    """The form with the stored values (or ``typed`` ones and their ``problems``)."""
    user.require("enter", unit=org_unit)
    found = get_data_set(ws, data_set)
    check_departments(ws, user, set(found.elements))
    unit = next((u for u in list_orgunits(ws, org_unit) if u.code == org_unit), None)
    if unit is None:
        raise NotFoundError(t("no org unit {code}", code=org_unit))
    chosen = _accepted(found, period)
    units = {e.code: e.unit for e in list_data_elements(ws).values()}
    stored = {
        (v.data_element, v.category): v.value
        for v in select_values(
            ws, org_unit=org_unit, start=chosen.start, end=chosen.end, elements=found.elements
        )
        if v.org_unit == org_unit and v.period == chosen.id
    }
    by_field: dict[str, list[str]] = {}
    general: list[str] = []
    keys = _keys(ws, data_set)
    known = {k for k, *_ in keys}
    for problem in problems or []:
        if problem.field in known:
            by_field.setdefault(problem.field, []).append(problem.message)
        else:
            general.append(str(problem))
    state = next(
        (s for s in approval_status(ws, data_set, chosen.id) if s.org_unit == org_unit), None
    )
    return EntryForm(
        data_set=found.code,
        data_set_name=found.name,
        org_unit=unit.code,
        org_unit_name=unit.name,
        period=chosen.id,
        state=state.state.value if state else "",
        state_label=t(state.state.value) if state else "",  # the states' words: cli/labels.py
        fields=[
            EntryField(
                key=key,
                data_element=element,
                category=category,
                label=label,
                unit=units.get(element, ""),
                value=typed.get(key, "")
                if typed is not None
                else _number(stored.get((element, category))),
                error="；".join(by_field[key]) if key in by_field else None,
            )
            for key, element, category, label in keys
        ],
        problems=list(dict.fromkeys(general)),
    )


def enter_values(
    ws: Workspace,
    user: User,
    data_set: str,
    org_unit: str,
    period: str,
    values: dict[str, str],
) -> EntryResult:
    """Store the typed values of one form, all or nothing: each is checked as a row of a
    value file would be (unknown element, not a number, negative count, a period the data set
    is not reported by, an org unit at the wrong level, an approved and locked report). A
    field left empty removes the stored value. Raise :class:`InputError` with a problem per
    field (``Problem.field`` the form key)."""
    user.require("enter", unit=org_unit)
    found = get_data_set(ws, data_set)
    check_departments(ws, user, set(found.elements))
    chosen = _accepted(found, period)
    keys = _keys(ws, data_set)
    unknown = sorted(set(values) - {k for k, *_ in keys})
    if unknown:
        raise InputError(
            [
                Problem(
                    ENTRY_FILE,
                    t("data element {code} is not in data set {ds}", code=k, ds=data_set),
                    field=k,
                )
                for k in unknown
            ]
        )
    stored = {
        (v.data_element, v.category)
        for v in select_values(
            ws, org_unit=org_unit, start=chosen.start, end=chosen.end, elements=found.elements
        )
        if v.org_unit == org_unit and v.period == chosen.id
    }
    raw = []
    for key, element, category, _label in keys:
        text = values.get(key, "").strip()
        if not text and (element, category) not in stored:
            continue
        raw.append(
            RawValue(
                data_element=element,
                period=chosen.id,
                org_unit=org_unit,
                value=text or None,
                category=category,
                file=ENTRY_FILE,
                field=key,
                deleted=not text,
            )
        )
    summary = import_values(as_user(ws, user), raw, data_set=data_set)
    return EntryResult(summary.created, summary.updated, summary.unchanged, summary.deleted)
