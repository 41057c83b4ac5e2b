"""ADX (IHE mADX): the (TB/HIV)VCCT example of DHIS2's developer manual ("ADX data format",
tests/data/dhis2/docs-adx.xml) imported without loss and round-tripped; ADX periods for
every DHIS2 period type (the manual's "ADX Periods" table)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from dhis2_helpers import DHIS2, dhis2_city
from healthplan.collection import export_values, import_file, select_values
from healthplan.collection.adx import adx_period, parse_adx_period
from healthplan.errors import InputError
from healthplan.model import Period, PeriodType
from healthplan.store import Workspace


def _without_export_time(content: bytes) -> bytes:
    root = etree.fromstring(content)
    del root.attrib["exported"]  # the time of the export, by definition new each time
    return etree.tostring(root)


def test_manual_example_imports_without_loss_and_round_trips(
    make_workspace, backend: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_workspace(backend)
    dhis2_city(first, tmp_path)
    summary = import_file(first, DHIS2 / "docs-adx.xml")  # ADX ids are codes by default
    assert summary.created == 20
    values = {(v.data_element, v.category): v.value for v in select_values(first)}
    assert values[("VCCT_0", "FMLE, AGE0-14")] == 32
    assert values[("PLHIV_TB_1", "MLE, AGE15-24")] == 10
    assert {v.period for v in select_values(first)} == {"2015M06"}
    target = tmp_path / "export.xml"
    exported = export_values(first, "adx", target, data_set="(TB/HIV)VCCT").content
    root = etree.fromstring(exported)
    [group] = root
    assert (group.get("orgUnit"), group.get("period"), group.get("dataSet")) == (
        "OU_559",
        "2015-06-01/P1M",
        "(TB/HIV)VCCT",
    )
    second = make_workspace(backend)
    dhis2_city(second, tmp_path)
    assert import_file(second, target).created == 20
    again = export_values(second, "adx", data_set="(TB/HIV)VCCT").content
    assert _without_export_time(again) == _without_export_time(exported)


@pytest.mark.parametrize(
    ("adx", "dhis2"),
    [
        ("2017-10-01/P1D", "20171001"),
        ("2017-10-02/P7D", "2017W40"),
        ("2017-10-04/P7D", "2017WedW40"),
        ("2017-10-05/P7D", "2017ThuW41"),
        ("2017-10-07/P7D", "2017SatW41"),
        ("2017-10-01/P7D", "2017SunW40"),
        ("2017-09-25/P14D", "2017BiW20"),
        ("2017-10-01/P1M", "2017M10"),
        ("2017-11-01/P2M", "201706B"),
        ("2017-07-01/P3M", "2017Q3"),
        ("2017-07-01/P6M", "2017S2"),
        ("2017-04-01/P6M", "2017AprilS1"),
        ("2017-11-01/P6M", "2018NovS1"),
        ("2017-01-01/P1Y", "2017"),
        ("2017-04-01/P1Y", "2017April"),
        ("2017-07-01/P1Y", "2017July"),
        ("2017-10-01/P1Y", "2017Oct"),
        ("2017-11-01/P1Y", "2017Nov"),
        ("2021-01-01/P5Y", "2021-2025"),
    ],
)
def test_adx_periods(adx: str, dhis2: str) -> None:
    period = Period.parse(dhis2)
    assert parse_adx_period(adx) == period
    assert adx_period(period) == adx


def test_every_period_type_has_an_adx_form() -> None:
    for kind in PeriodType:
        if kind is not PeriodType.plan:
            period = Period.containing(kind, date(2024, 5, 17))
            assert parse_adx_period(adx_period(period)) == period


def test_a_period_no_type_holds_is_refused(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path)
    text = (DHIS2 / "docs-adx.xml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.xml"
    bad.write_text(text.replace("2015-06-01/P1M", "2015-06-02/P1M"), encoding="utf-8")
    with pytest.raises(InputError, match="2015-06-02/P1M"):
        import_file(ws, bad)
    assert select_values(ws) == []
