"""Administration (管理): org units, departments, indicators and data sets, each written
through the stage that owns it (collection's :func:`~healthplan.collection.save_orgunits`,
:func:`~healthplan.collection.save_indicators`, :func:`~healthplan.collection.save_data_set`;
the store's :func:`~healthplan.store.save_departments`) as the administrator, so the audit
log names them. Administrators only."""

from __future__ import annotations

from healthplan.collection import (
    DataSet,
    list_data_elements,
    list_data_sets,
    list_indicators,
    save_data_set,
    save_indicators,
    save_orgunits,
)
from healthplan.errors import InputError, Problem
from healthplan.i18n import t
from healthplan.model import DataElement, Department, Indicator, OrgUnit
from healthplan.store import Workspace, list_departments, list_orgunits, save_departments
from healthplan.web.actions import as_user
from healthplan.web.users import User

FORM = "form"  # what a problem of an administration form names as its "file"


def orgunits(ws: Workspace, user: User) -> list[OrgUnit]:
    user.require("administer")
    return list_orgunits(ws)


def save_orgunit(
    ws: Workspace, user: User, code: str, name: str, level: str, parent_code: str | None
) -> OrgUnit:
    """Add or change one org unit by the rules of an org-unit file."""
    user.require("administer")
    row = {"code": code, "name": name, "level": level, "parent_code": parent_code or ""}
    save_orgunits(as_user(ws, user), [row], source=FORM)
    return next(u for u in list_orgunits(ws, code) if u.code == code)


def departments(ws: Workspace, user: User) -> list[Department]:
    user.require("administer")
    return list_departments(ws)


def save_department(ws: Workspace, user: User, department: Department) -> Department:
    """Add or change one department; its org unit and parent department must exist."""
    user.require("administer")
    problems = []
    if not department.code.strip() or not department.name.strip():
        problems.append(Problem(FORM, t("code and name are needed"), field="code"))
    units = {u.code for u in list_orgunits(ws)}
    if department.org_unit_code and department.org_unit_code not in units:
        problems.append(
            Problem(
                FORM, t("no org unit {code}", code=department.org_unit_code), field="org_unit_code"
            )
        )
    known = {d.code for d in list_departments(ws)}
    if department.parent_code and (
        department.parent_code not in known or department.parent_code == department.code
    ):
        problems.append(
            Problem(
                FORM, t("no department {name}", name=department.parent_code), field="parent_code"
            )
        )
    if problems:
        raise InputError(problems)
    save_departments(as_user(ws, user), [department])
    return department


def indicators(ws: Workspace, user: User) -> list[Indicator]:
    user.require("administer")
    return sorted(list_indicators(ws).values(), key=lambda i: i.code)


def save_indicator(ws: Workspace, user: User, indicator: Indicator) -> Indicator:
    """Add or change one indicator; its formulas are checked against the stored data
    elements and constants (collection's one writer of indicators)."""
    user.require("administer")
    save_indicators(as_user(ws, user), [indicator])
    return indicator


def data_elements(ws: Workspace, user: User) -> list[DataElement]:
    user.require("administer")
    return sorted(list_data_elements(ws).values(), key=lambda e: e.code)


def data_sets(ws: Workspace, user: User) -> list[DataSet]:
    user.require("administer")
    return list_data_sets(ws)


def save_dataset(ws: Workspace, user: User, data_set: DataSet) -> DataSet:
    """Add or change one data set; every data element and its department must exist."""
    user.require("administer")
    save_data_set(as_user(ws, user), data_set)
    return data_set
