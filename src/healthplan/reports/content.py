"""What a report says, gathered from the store through the stages' public functions: the
assessment (:func:`healthplan.assess`), the indicator engine for year-to-date trends and
同比/环比, the task ledger, reporting completeness and quality, and the outbreak signals.

A report is a list of :class:`Section` — sentences, tables and charts — that every writer
(HTML, PDF, DOCX, XLSX) renders the same way. :class:`Facts` reads each source once, when a
section first asks for it, so a bulletin that shows no signals never reads them."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from healthplan.analytics import (
    Assessment,
    AssessmentReport,
    Status,
    Window,
    assess,
    competition_ranks,
    load_engine,
)
from healthplan.collection import Completeness, QualityFlag, list_data_sets, quality_report
from healthplan.errors import NotFoundError
from healthplan.i18n import t
from healthplan.model import OrgUnit, Period, PeriodType, TargetReason
from healthplan.plans import list_plans, target_reasons
from healthplan.reports.wording import Sentence, change_phrase, decimal
from healthplan.store import Workspace, list_departments, list_orgunits
from healthplan.surveillance import signals
from healthplan.tasks import LateDepartment, TaskEntry, late_departments, task_ledger

__all__ = ["BOUNDARIES_FILE", "Chart", "Facts", "Report", "Section", "Table", "TargetLine"]

BOUNDARIES_FILE = "boundaries.geojson"  # in the workspace folder: district polygons, by name
JUDGED = (Status.met, Status.on_schedule, Status.behind, Status.far_behind, Status.not_met)
GOOD = (Status.met, Status.on_schedule)
LAGGING = (Status.behind, Status.far_behind, Status.not_met)


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]]
    statuses: list[Status | None] = field(default_factory=list)  # per row: colours 状态
    status_column: int | None = None


@dataclass
class Chart:
    key: str  # file-name safe
    title: str
    kind: str  # line | bar | map
    categories: list[str]
    series: list[tuple[str, list[float | None]]]
    unit: str = ""
    geojson: dict[str, Any] | None = None  # kind "map": features named as the categories


@dataclass
class Section:
    heading: str
    sentences: list[Sentence] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)


@dataclass
class Report:
    kind: str
    title: str
    issuer: str  # 云川市卫生健康委员会
    org_unit: OrgUnit
    period: Period
    period_label: str  # 2024年11月
    as_of: date
    sections: list[Section]
    doc_number: str | None = None  # 发文字号: 云卫通〔2024〕11号
    signer: str | None = None  # 签发人

    def sentences(self) -> list[Sentence]:
        return [s for section in self.sections for s in section.sentences]

    def tables(self) -> list[Table]:
        return [table for section in self.sections for table in section.tables]

    def charts(self) -> list[Chart]:
        return [chart for section in self.sections for chart in section.charts]


@dataclass
class TargetLine:
    """A target at the report's unit, the units below it and its changes."""

    row: Assessment
    below: list[Assessment]
    month_on_month: str = ""  # 环比提高0.3个百分点
    year_on_year: str = ""  # 同比下降1.2个百分点
    trend: list[tuple[str, float | None]] = field(default_factory=list)  # YTD by month


def period_label(period: Period) -> str:
    """2024年11月, 2024年第三季度, 2024年, 2021—2025年."""
    if period.type is PeriodType.month:
        return f"{period.year}年{period.start.month}月"
    if period.type is PeriodType.quarter:
        quarter = "一二三四"[(period.start.month - 1) // 3]
        return f"{period.year}年第{quarter}季度"
    if period.start.year != period.end.year:
        return f"{period.start.year}—{period.end.year}年"
    return f"{period.year}年"


def _round(value: float, decimals: int) -> str:
    exponent = Decimal(1).scaleb(-decimals)
    return str(Decimal(str(value)).quantize(exponent, rounding=ROUND_HALF_UP))


class Facts:
    """The store's figures for one report: org unit, period, as-of; each read once, lazily."""

    def __init__(
        self, ws: Workspace, period: Period, org_unit: str | None, *, include_drafts: bool
    ) -> None:
        self.ws, self.period, self.include_drafts = ws, period, include_drafts
        units = list_orgunits(ws)
        if not units:
            raise NotFoundError(t("the workspace has no org units"))
        self.names = {u.code: u.name for u in units}
        found = next((u for u in units if u.code == org_unit), None) if org_unit else units[0]
        if found is None:
            raise NotFoundError(t("no org unit {code}", code=org_unit))
        self.unit = found
        self.below = [u for u in units if u.parent_code == found.code]
        self.subtree = {u.code for u in list_orgunits(ws, found.code)}
        self.as_of = period.end

    @property
    def subject(self) -> str:
        """全市 for the root, else the unit's name."""
        return "全市" if self.unit.parent_code is None else self.unit.name

    @cached_property
    def assessment(self) -> AssessmentReport:
        return assess(
            self.ws,
            as_of=self.as_of,
            org_unit=None if self.unit.parent_code is None else self.unit.code,
            include_drafts=self.include_drafts,
        )

    @cached_property
    def targets(self) -> list[TargetLine]:
        groups: dict[int, list[Assessment]] = {}
        for row in self.assessment.rows:
            groups.setdefault(row.target_id, []).append(row)
        lines = [TargetLine(rows[0], rows[1:]) for rows in groups.values()]
        self._changes(lines)
        return lines

    def _changes(self, lines: list[TargetLine]) -> None:
        """同比 and 环比 of the year-to-date figure at the month of the data used, and the
        year-to-date trend through the as-of month, at the report's unit."""
        levels = [x for x in lines if x.row.measure == "level" and x.row.actual is not None]
        if not levels:
            return
        codes = {x.row.indicator_code for x in levels}
        engine = load_engine(self.ws, indicators=codes)
        windows = {
            m.id: Window(m.id, m.start.replace(month=1), m.end)
            for year in (self.as_of.year - 1, self.as_of.year)
            for m in Period.parse(str(year)).periods(PeriodType.month)
            if m.end <= self.as_of
        }
        values: dict[tuple[str, str, str], float] = {}
        units = {x.row.org_unit for x in levels}
        for v in engine.window_values(list(windows.values()), codes, units):
            if v.value is not None:
                values[(v.indicator, v.org_unit, v.period)] = v.value
        for line in levels:
            row = line.row
            key = (row.indicator_code, row.org_unit)

            def shown(pid: str, row: Assessment = row, key: tuple[str, str] = key) -> str | None:
                value = values.get((*key, pid))
                return None if value is None else _round(value, row.decimals)

            through = Period.parse(row.data_through) if row.data_through else None
            if through is not None and through.type is PeriodType.month:
                if through.start.month > 1:
                    previous = shown(through.previous().id)
                    line.month_on_month = change_phrase(
                        "环比", row.actual_display, previous, row.unit
                    )
                last_year = f"{through.year - 1}M{through.start.month:02d}"
                line.year_on_year = change_phrase(
                    "同比", row.actual_display, shown(last_year), row.unit
                )
            months = [m for m in windows if m.startswith(str(self.as_of.year))]
            line.trend = [(m, values.get((*key, m))) for m in months]

    @cached_property
    def reasons(self) -> dict[int, TargetReason]:
        """The reasons recorded in the ledger, by target id (the evaluations cite them)."""
        return target_reasons(self.ws)

    @cached_property
    def tasks(self) -> list[TaskEntry]:
        """The task ledger on the as-of day; for one unit, the tasks of its plans (and its
        units' plans) and those a department of the unit leads or shares. A collective
        (各区、镇) names no unit in particular, so a city task it carries stays the city's."""
        entries = task_ledger(self.ws, as_of=self.as_of)
        if self.unit.parent_code is None:
            return entries
        plans = {p.id for p in list_plans(self.ws) if p.org_unit_code in self.subtree}
        local = {d.name for d in list_departments(self.ws) if d.org_unit_code in self.subtree}
        return [
            e for e in entries if e.plan_id in plans or local & {e.lead_department, *e.departments}
        ]

    @cached_property
    def overdue(self) -> list[TaskEntry]:
        return [k for k in self.tasks if k.days_overdue(self.as_of) > 0]

    @cached_property
    def late(self) -> list[LateDepartment]:
        return late_departments(self.ws, as_of=self.as_of, ledger=self.tasks)

    @cached_property
    def completeness(self) -> list[tuple[str, Completeness]]:
        """(data set name, completeness) of the report's unit and the units below it."""
        shown = {self.unit.code} | {u.code for u in self.below}
        out = []
        for name, report in self._quality:
            out += [(name, c) for c in report.completeness if c.org_unit in shown]
        return out

    @cached_property
    def flags(self) -> list[tuple[str, QualityFlag]]:
        return [(name, f) for name, report in self._quality for f in report.flags]

    @cached_property
    def _quality(self) -> list[tuple[str, Any]]:
        out = []
        for ds in list_data_sets(self.ws):
            if not self.period.periods(ds.period_type):  # a yearly form in a monthly report
                continue
            out.append(
                (ds.name, quality_report(self.ws, ds.code, self.period.id, org_unit=self.unit.code))
            )
        return out

    @cached_property
    def signals(self) -> list[Any]:
        """Outbreak signals detected in the period within the unit (weak ones left out)."""
        return [
            s
            for s in signals(self.ws)
            if self.period.start <= s.day <= self.period.end and s.org_unit in self.subtree
        ]

    @cached_property
    def boundaries(self) -> dict[str, Any] | None:
        """The installation's district polygons (GeoJSON, features named by ``name``)."""
        path = Path(self.ws.home) / BOUNDARIES_FILE
        if not path.exists():
            return None
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data

    def unit_scores(self) -> list[tuple[int, str, int, int, int]]:
        """The units below ranked by the share of their targets met or on schedule:
        (rank, name, good, lagging, judged); units with nothing judged are left out."""
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for line in self.targets:
            for row in line.below:
                if row.status in JUDGED:
                    counts = tally[row.org_unit_name]
                    counts[0] += row.status in GOOD
                    counts[1] += row.status in LAGGING
                    counts[2] += 1
        names = [u.name for u in self.below if u.name in tally]
        shares = [tally[n][0] / tally[n][2] for n in names]
        ranked = sorted(zip(competition_ranks(shares), names, strict=True))
        return [(rank, name, *_three(tally[name])) for rank, name in ranked]


def _three(counts: list[int]) -> tuple[int, int, int]:
    return counts[0], counts[1], counts[2]


def share_text(part: int, whole: int) -> str:
    return "—" if not whole else f"{_round(100 * part / whole, 1)}%"


def lagging_units(line: TargetLine, n: int = 2) -> list[str]:
    """The units below furthest behind 序时进度 (lowest score), at most ``n``."""
    behind = [r for r in line.below if r.status in LAGGING and r.score is not None]
    behind.sort(key=lambda r: (r.score if r.score is not None else 0.0, r.org_unit))
    return [r.org_unit_name for r in behind[:n]]


def figure(value: str | None) -> float | None:
    number = decimal(value)
    return None if number is None else float(number)
