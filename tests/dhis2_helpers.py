"""A workspace that knows the DHIS2 objects of tests/data/dhis2 under healthplan codes."""

from __future__ import annotations

from pathlib import Path

from healthplan.collection import (
    DataSet,
    import_metadata,
    import_orgunits,
    save_data_elements,
    save_data_set,
)
from healthplan.model import DataElement, OrgLevel, PeriodType, ValueType
from healthplan.store import Workspace

DHIS2 = Path(__file__).parent / "data" / "dhis2"
UNITS = ["OU_A", "OU_B", "OU_C", "OU_D", "OU_E", "OU_F", "OU_G", "OU_559"]
ADX_CATEGORIES = [f"{sex}, {age}" for age in ("AGE0-14", "AGE15-24") for sex in ("FMLE", "MLE")]
ADX_ELEMENTS = ["VCCT_0", "VCCT_1", "VCCT_2", "PLHIV_TB_0", "PLHIV_TB_1"]


def dhis2_city(ws: Workspace, folder: Path, *, mappings: bool = True) -> None:
    """Org units and data elements with the codes of metadata.json; its mappings imported."""
    units = folder / "units.csv"
    units.write_text(
        "code,name,level,parent_code\nSL,测试市,市,\nD1,测试区,区,SL\n"
        + "".join(f"{code},{code}街道,街道,D1\n" for code in UNITS),
        encoding="utf-8",
    )
    import_orgunits(ws, units)
    elements = [DataElement(code=f"DE_{x}", name=f"element {x}") for x in "ABCD"]
    elements.append(
        DataElement(code="DE_E", name="element E", categories=["fixed_lt1", "outreach_lt1"])
    )
    elements += [DataElement(code=c, name=c, categories=ADX_CATEGORIES) for c in ADX_ELEMENTS]
    elements += [
        DataElement(code=f"DE_BOOL_{x}", name=f"boolean {x}", value_type=ValueType.boolean)
        for x in "AB"
    ]
    save_data_elements(ws, elements)
    for code, name, members in (
        ("DS_A", "Mortality < 5 years", [f"DE_{x}" for x in "ABCDE"]),
        ("(TB/HIV)VCCT", "TB/HIV VCCT", ADX_ELEMENTS),
    ):
        data_set = DataSet(
            code=code,
            name=name,
            period_type=PeriodType.month,
            org_level=OrgLevel.township,
            elements=members,
        )
        save_data_set(ws, data_set)
    if mappings:
        import_metadata(ws, DHIS2 / "metadata.json")
