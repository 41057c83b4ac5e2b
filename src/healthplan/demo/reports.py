"""The demo's bulletins: district boundaries for its map (a fictional city has no survey, so
its four districts are drawn as a compact patchwork of polygons), then the latest monthly
bulletin (通报) and the annual assessment (年研判) in every format, under the commission's
发文字号, with the reason (滞后原因) recorded in the ledger for each city target behind."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from healthplan.analytics import AssessmentReport, Status
from healthplan.demo.city import CITY_CODE, COUNTIES
from healthplan.model import Period, PeriodType
from healthplan.plans import record_reason, target_reasons
from healthplan.reports import BOUNDARIES_FILE, REPORT_SETTINGS_FILE, ReportFiles, write_report
from healthplan.store import Workspace

__all__ = ["ReportsDemo", "demo_boundaries", "demo_reports"]

# the districts' corners on a 3 × 2 grid (lon, lat around 112°E 28°N): 明湖区 and 青山区 the
# small urban west, the two counties the larger east and south
_SHAPES = [
    [(0.0, 1.0), (0.9, 1.1), (1.0, 2.0), (0.1, 2.1)],
    [(0.0, 1.0), (0.1, 0.0), (1.1, 0.1), (0.9, 1.1)],
    [(0.9, 1.1), (1.0, 2.0), (2.6, 2.2), (2.8, 1.0)],
    [(1.1, 0.1), (0.9, 1.1), (2.8, 1.0), (2.7, -0.2)],
]


def demo_boundaries() -> dict[str, Any]:
    """GeoJSON of the demo city's districts, named as the org units are."""
    features = []
    for (_, name, _, _), corners in zip(COUNTIES, _SHAPES, strict=True):
        ring = [[round(112 + x * 0.3, 4), round(28 + y * 0.3, 4)] for x, y in corners]
        features.append(
            {
                "type": "Feature",
                "properties": {"name": name},
                "geometry": {"type": "Polygon", "coordinates": [[*ring, ring[0]]]},
            }
        )
    return {"type": "FeatureCollection", "features": features}


@dataclass
class ReportsDemo:
    files: list[ReportFiles] = field(default_factory=list)


_SETTINGS = """\
# The title block of the demo commission's bulletins (docs/reports.md)
issuer: 云川市卫生健康委员会
doc_number: 云卫通〔{year}〕{n}号
kinds:
  annual:
    doc_number: 云卫规〔{year}〕1号
"""

_REASON = "部分区县数据上报滞后、项目资金下达较晚；已列入季度督办，下阶段加大推进力度。"


def demo_reports(ws: Workspace, report: AssessmentReport) -> ReportsDemo:
    """Write the boundaries and (unless the user has their own) the report settings into the
    workspace, record a reason for each city target behind, then write the bulletin for the
    month of the assessment and the annual assessment of its year, in all four formats."""
    as_of = report.as_of
    (ws.home / BOUNDARIES_FILE).write_text(
        json.dumps(demo_boundaries(), ensure_ascii=False), encoding="utf-8"
    )
    settings = ws.home / REPORT_SETTINGS_FILE
    if not settings.exists():
        settings.write_text(_SETTINGS, encoding="utf-8")
    behind = {Status.behind, Status.far_behind}
    recorded = target_reasons(ws)  # a later run keeps them, as a planner's would stay
    for target_id in sorted(
        {r.target_id for r in report.rows if r.org_unit == CITY_CODE and r.status in behind}
        - set(recorded)
    ):
        record_reason(ws, target_id, _REASON)
    month = Period.containing(PeriodType.month, as_of)
    year = Period.parse(str(as_of.year))
    return ReportsDemo(
        [
            write_report(ws, "bulletin", month, include_drafts=True),
            write_report(ws, "annual", year, include_drafts=True),
        ]
    )
