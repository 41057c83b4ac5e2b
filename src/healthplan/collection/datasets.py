"""Data sets (报表): which data elements an org-unit level reports, how often, by which
department, and by when (上报时限)."""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import BaseModel, Field
from sqlalchemy import select

from healthplan.errors import InputError, NotFoundError, Problem
from healthplan.i18n import t
from healthplan.model import OrgLevel, Period, PeriodType
from healthplan.store import Workspace
from healthplan.store.tables import DepartmentRow
from healthplan.store.tables_collection import DataElementRow, DataSetElementRow, DataSetRow

__all__ = [
    "DataSet",
    "collecting_departments",
    "get_data_set",
    "list_data_sets",
    "save_data_set",
]


class DataSet(BaseModel):
    """A reporting form."""

    code: str = Field(description="Stable ASCII id, e.g. phc_monthly.")
    name: str = Field(description="Chinese name, e.g. 基本公共卫生服务月报.")
    period_type: PeriodType = Field(description="How often it is reported.")
    org_level: OrgLevel = Field(description="The level whose units report it.")
    elements: list[str] = Field(description="Data element codes, in form order.")
    department_code: str | None = Field(default=None, description="Department that collects it.")
    due_days: int = Field(default=10, ge=0, description="Days after the period end it is due.")

    def due_date(self, period: Period) -> date:
        """Last day a report for ``period`` counts as on time."""
        return period.end + timedelta(days=self.due_days)

    def accepts(self, period: Period) -> bool:
        return period.type is self.period_type


def save_data_set(ws: Workspace, data_set: DataSet) -> None:
    """Insert or replace a data set; every unknown data element or department is reported."""
    with ws.session() as session:
        known = set(session.scalars(select(DataElementRow.code)))
        problems = [
            Problem(data_set.code, t("unknown data element {code}", code=code), field="elements")
            for code in data_set.elements
            if code not in known
        ]
        if (
            data_set.department_code
            and session.get(DepartmentRow, data_set.department_code) is None
        ):
            problems.append(
                Problem(
                    data_set.code,
                    t("unknown department {code}", code=data_set.department_code),
                    field="department_code",
                )
            )
        if len(set(data_set.elements)) != len(data_set.elements):
            problems.append(
                Problem(data_set.code, t("data element listed twice"), field="elements")
            )
        if problems:
            raise InputError(problems)
        row = session.get(DataSetRow, data_set.code) or DataSetRow(code=data_set.code)
        row.name, row.period_type = data_set.name, data_set.period_type.value
        row.org_level, row.department_code = int(data_set.org_level), data_set.department_code
        row.due_days = data_set.due_days
        session.add(row)
        session.flush()
        current = {
            r.data_element: r
            for r in session.scalars(
                select(DataSetElementRow).where(DataSetElementRow.data_set == data_set.code)
            )
        }
        for order, code in enumerate(data_set.elements):
            element = current.pop(code, None) or DataSetElementRow(
                data_set=data_set.code, data_element=code
            )
            if element.sort_order != order:
                element.sort_order = order
            session.add(element)
        for stale in current.values():
            session.delete(stale)


def _model(row: DataSetRow, elements: list[str]) -> DataSet:
    return DataSet(
        code=row.code,
        name=row.name,
        period_type=PeriodType(row.period_type),
        org_level=OrgLevel(row.org_level),
        elements=elements,
        department_code=row.department_code,
        due_days=row.due_days,
    )


def list_data_sets(ws: Workspace) -> list[DataSet]:
    with ws.session() as session:
        members: dict[str, list[str]] = {}
        for r in session.scalars(
            select(DataSetElementRow).order_by(
                DataSetElementRow.data_set, DataSetElementRow.sort_order
            )
        ):
            members.setdefault(r.data_set, []).append(r.data_element)
        return [
            _model(r, members.get(r.code, []))
            for r in session.scalars(select(DataSetRow).order_by(DataSetRow.code))
        ]


def get_data_set(ws: Workspace, code: str) -> DataSet:
    for data_set in list_data_sets(ws):
        if data_set.code == code:
            return data_set
    raise NotFoundError(t("unknown data set {code}", code=code))


def collecting_departments(ws: Workspace) -> dict[str, list[str]]:
    """Data element code → the names of the departments that collect it (those of the data
    sets it is on, in data-set order): who answers for a figure."""
    with ws.session() as session:
        names = {r.code: r.name for r in session.scalars(select(DepartmentRow))}
        sets = {
            r.code: names.get(r.department_code or "") for r in session.scalars(select(DataSetRow))
        }
        out: dict[str, list[str]] = {}
        for member in session.scalars(select(DataSetElementRow)):
            name = sets.get(member.data_set)
            if name and name not in out.setdefault(member.data_element, []):
                out[member.data_element].append(name)
    return out
