"""The report kinds (月统计、季分析、年研判、中期评估、终期评估、通报): a registry of small frozen
records, each naming its title, the periods it covers, its sections and its template. The
built-ins are registered with :func:`register_report`, as an extension would be."""

from __future__ import annotations

from dataclasses import dataclass

from healthplan.errors import HealthplanError
from healthplan.i18n import t
from healthplan.model import Period, PeriodType
from healthplan.reports import sections
from healthplan.reports.content import Facts, Report, period_label
from healthplan.reports.header import ReportHeader
from healthplan.reports.sections import SectionBuilder
from healthplan.store import Workspace

__all__ = ["REPORTS", "ReportKind", "build_report", "register_report"]


@dataclass(frozen=True)
class ReportKind:
    name: str  # monthly | quarterly | annual | midterm | final | bulletin
    title: str  # 卫生健康规划监测月报 …
    periods: tuple[PeriodType, ...]  # the periods it may be made for
    sections: tuple[SectionBuilder, ...]
    template: str = "report.html.j2"  # Jinja2 template (HTML and PDF), overridable


REPORTS: dict[str, ReportKind] = {}


def register_report(kind: ReportKind) -> None:
    REPORTS[kind.name] = kind


_MONITORING = (
    sections.overview,
    sections.targets,
    sections.districts,
    sections.departments,
    sections.tasks,
    sections.reporting,
    sections.outbreaks,
)
_EVALUATION = (sections.overview, sections.evaluation, sections.districts, sections.departments)
_YEAR = (PeriodType.year,)
_NUMBERS = "一二三四五六七八九十"
for _kind in (
    ReportKind("monthly", "卫生健康规划监测月报（月统计）", (PeriodType.month,), _MONITORING),
    ReportKind(
        "quarterly", "卫生健康规划监测季度分析（季分析）", (PeriodType.quarter,), _MONITORING
    ),
    ReportKind("annual", "卫生健康规划年度研判（年度考核）", _YEAR, _MONITORING),
    ReportKind("midterm", "卫生健康规划中期评估", _YEAR, _EVALUATION),
    ReportKind("final", "卫生健康规划终期评估", _YEAR, _EVALUATION),
    ReportKind(
        "bulletin",
        "卫生健康规划目标任务推进情况通报",
        (PeriodType.month, PeriodType.quarter),
        (sections.overview, sections.districts, sections.departments, sections.tasks),
    ),
):
    register_report(_kind)


def build_report(
    ws: Workspace,
    kind: str,
    period: Period | str,
    *,
    org_unit: str | None = None,
    include_drafts: bool = False,
    header: ReportHeader | None = None,
) -> Report:
    """The report ``kind`` for ``period`` (the whole city, or ``org_unit`` and the units
    below it), every figure read from the store as of the period's end. ``header``: the
    issuer, 发文字号 (its placeholders filled for the period) and 签发人 of the title block;
    by default the unit's 卫生健康委员会 and neither number nor signer."""
    found = REPORTS.get(kind)
    if found is None:
        raise HealthplanError(
            t("no report kind {kind}; known: {known}", kind=kind, known=", ".join(REPORTS))
        )
    period = Period.parse(period)
    if period.type not in found.periods:
        raise HealthplanError(
            t(
                "a {kind} report is made for a period of type {types}, not {period}",
                kind=kind,
                types=", ".join(p.value for p in found.periods),
                period=period.id,
            )
        )
    facts = Facts(ws, period, org_unit, include_drafts=include_drafts)
    built = [s for s in (make(facts) for make in found.sections) if s is not None]
    for number, section in zip(_NUMBERS, built, strict=False):
        section.heading = f"{number}、{section.heading}"
    shown = (header or ReportHeader()).for_period(period)
    return Report(
        kind,
        found.title,
        shown.issuer or f"{facts.unit.name}卫生健康委员会",
        facts.unit,
        period,
        period_label(period),
        facts.as_of,
        built,
        shown.doc_number,
        shown.signer,
    )
