"""A tiny city for collection and analytics tests: C > A, B > a1, a2, b1 (townships)."""

from __future__ import annotations

from pathlib import Path

from healthplan.collection import (
    DataSet,
    import_orgunits,
    save_data_elements,
    save_data_set,
    save_indicators,
)
from healthplan.model import Aggregation, DataElement, Indicator, OrgLevel, PeriodType
from healthplan.store import Workspace

UNITS = [
    ("C", "测试市", "市", ""),
    ("A", "甲区", "区", "C"),
    ("B", "乙县", "县", "C"),
    ("a1", "甲一街道", "街道", "A"),
    ("a2", "甲二街道", "街道", "A"),
    ("b1", "乙一镇", "镇", "B"),
]


def small_city(ws: Workspace, folder: Path) -> None:
    csv = folder / "units.csv"
    csv.write_text(
        "code,name,level,parent_code\n" + "\n".join(",".join(u) for u in UNITS) + "\n",
        encoding="utf-8",
    )
    import_orgunits(ws, csv)
    save_data_elements(
        ws,
        [
            DataElement(code="visits", name="访视人数"),
            DataElement(code="births", name="活产数"),
            DataElement(code="pop", name="常住人口数", aggregation=Aggregation.last),
            DataElement(code="score", name="满意度评分", aggregation=Aggregation.average),
        ],
    )
    save_indicators(
        ws,
        [
            Indicator(
                code="visit_rate",
                name="访视率",
                numerator="#{visits}",
                denominator="#{births}",
                multiplier=100,
                unit="%",
            ),
            Indicator(
                code="birth_rate",
                name="出生率",
                numerator="#{births}",
                denominator="#{pop}",
                multiplier=1000,
                unit="‰",
            ),
            Indicator(
                code="births_total",
                name="活产数",
                numerator="#{births}",
                aggregation=Aggregation.sum,
            ),
        ],
    )
    save_data_set(
        ws,
        DataSet(
            code="mch",
            name="妇幼月报",
            period_type=PeriodType.month,
            org_level=OrgLevel.township,
            elements=["visits", "births", "pop"],
            due_days=10,
        ),
    )
