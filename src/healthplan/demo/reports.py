"""The demo's bulletins: district boundaries for its map (a fictional city has no survey, so
its four districts are drawn as a compact patchwork of polygons), then the latest monthly
bulletin (通报) and the annual assessment (年研判) in every format."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from healthplan.demo.city import COUNTIES
from healthplan.model import Period, PeriodType
from healthplan.reports import BOUNDARIES_FILE, ReportFiles, write_report
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


def demo_reports(ws: Workspace, as_of: date) -> ReportsDemo:
    """Write the boundaries into the workspace, then the bulletin for the month of
    ``as_of`` and the annual assessment of its year, in all four formats, into reports/."""
    (ws.home / BOUNDARIES_FILE).write_text(
        json.dumps(demo_boundaries(), ensure_ascii=False), encoding="utf-8"
    )
    month = Period.containing(PeriodType.month, as_of)
    year = Period.parse(str(as_of.year))
    return ReportsDemo(
        [
            write_report(ws, "bulletin", month, include_drafts=True),
            write_report(ws, "annual", year, include_drafts=True),
        ]
    )
