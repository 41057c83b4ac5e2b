"""DHIS2 dataValueSets from DHIS2's own documentation and dhis2-core's test fixtures
(tests/data/dhis2/README.md names the source of each file): imported without loss, exported
back, round-tripped; id schemes, the default combo, deletions, dry run, partial mode and the
import summary."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from dhis2_helpers import DHIS2, dhis2_city
from healthplan.collection import (
    export_values,
    import_file,
    import_metadata,
    list_id_mappings,
    select_values,
)
from healthplan.errors import InputError
from healthplan.store import Workspace

# (file, where it comes from)
CORE = "dhis2-core dhis-2/dhis-test-integration/src/test/resources/dxf2/datavalueset/"
DOCS = "dhis2-docs src/developer/web-api/data.md, "
FIXTURES = [
    ("dataValueSetA.xml", CORE),
    ("dataValueSetACode.xml", CORE),
    ("dataValueSetBAttributeIdScheme.xml", CORE),
    ("dataValueSetB.csv", CORE),
    ("dataValueSetBNoHeader.csv", CORE),
    ("dataValueSetD.xml", CORE),
    ("dataValueSetE.xml", CORE),
    ("dataValueSetH.xml", CORE),
    ("dataValueSetWithDataSetHeader.csv", CORE),
    ("docs-single-set.xml", DOCS + "Sending data values"),
    ("docs-single-set.json", DOCS + "Sending data values"),
    ("docs-bulk.csv", DOCS + "Sending bulks of data values"),
    ("docs-csv-format.csv", DOCS + "CSV data value format"),
    ("docs-export.csv", DOCS + "Reading data values"),
    ("docs-export.json", DOCS + "Reading data values"),
    ("docs-export.xml", DOCS + "Reading data values"),
    ("healthplan-full-fields.json", "written for healthplan: every field DHIS2 writes"),
]
DEFAULTS = {"", "HllvX50cXC0", "bRowv6yZOF2"}  # the default combo in this metadata
CSV_ORDER = [
    "dataElement",
    "period",
    "orgUnit",
    "categoryOptionCombo",
    "attributeOptionCombo",
    "value",
    "storedBy",
    "lastUpdated",
    "comment",
    "followup",
]


def _as_written(name: str) -> list[dict[str, str]]:
    """The values of a fixture as the test reads it, independently of healthplan: each a
    dict of DHIS2 field names (set-level attributes applied; ``timestamp`` is lastUpdated)."""
    path = DHIS2 / name
    if name.endswith(".xml"):
        root = etree.parse(str(path)).getroot()
        top = dict(root.attrib)
        items = [dict(e.attrib) for e in root if etree.QName(e).localname == "dataValue"]
    elif name.endswith(".json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        top = {k: v for k, v in document.items() if k != "dataValues"}
        items = document["dataValues"]
    else:
        rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
        top = {}
        items = [dict(zip(CSV_ORDER, r, strict=False)) for r in rows if r[1] != "period"]
    out = []
    for item in items:
        merged = {**{k: top[k] for k in ("period", "orgUnit", "attributeOptionCombo") if k in top}}
        merged.update({k: v for k, v in item.items() if v not in ("", None)})
        if "timestamp" in merged:
            merged["lastUpdated"] = merged.pop("timestamp")
        out.append(
            {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in merged.items()}
        )
    return out


def _key(v: dict[str, Any]) -> tuple[str, ...]:
    combo = v.get("categoryOptionCombo", "")
    attribute = v.get("attributeOptionCombo", "")
    return (
        v["dataElement"],
        v["period"],
        v["orgUnit"],
        "default" if combo in DEFAULTS else combo,
        "default" if attribute in DEFAULTS else attribute,
    )


def _exported(ws: Workspace, scheme: str = "uid") -> dict[tuple[str, ...], dict[str, Any]]:
    document = json.loads(export_values(ws, "dhis2-json", id_scheme=scheme).content)
    return {_key(v): v for v in document["dataValues"]}


def _scheme(name: str) -> str:
    """The scheme the file's own ids are in (as it declares)."""
    if "Attribute" in name:
        return "attribute:uh6H2ff562G"
    return "code" if "Code" in name else "uid"


def _one_value(folder: Path, attributes: dict[str, str], **value: str) -> Path:
    """A dataValueSet JSON file with one value (period 202401, value 9 unless given)."""
    path = folder / "one.json"
    item = {"period": "202401", "value": "9", **value}
    path.write_text(json.dumps({**attributes, "dataValues": [item]}), encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "source"), FIXTURES, ids=[f[0] for f in FIXTURES])
def test_fixture_imports_without_loss(
    ws: Workspace, tmp_path: Path, name: str, source: str
) -> None:
    """Every value of the file is stored with every field it carries, read back under the
    same ids (source: ``source``)."""
    dhis2_city(ws, tmp_path)
    summary = import_file(ws, DHIS2 / name, id_scheme="uid")
    expected = _as_written(name)
    assert summary.created == len(expected) and not summary.conflicts, source
    stored = _exported(ws, _scheme(name))
    assert len(stored) == len(expected)
    for value in expected:
        got = stored[_key(value)]
        assert float(got["value"]) == float(value["value"])
        for field in ("storedBy", "lastUpdated", "created", "comment"):
            if field in value:
                assert got[field] == value[field], (name, field)
        assert got["followup"] is (value.get("followup") == "true")


@pytest.mark.parametrize("fmt", ["dhis2-json", "dhis2-xml", "dhis2-csv"])
@pytest.mark.parametrize("scheme", ["uid", "code"])
def test_round_trip_gives_the_same_document(
    make_workspace, backend: str, tmp_path: Path, fmt: str, scheme: str
) -> None:  # type: ignore[no-untyped-def]
    """export → import into an empty workspace → export: byte for byte the same."""
    first = make_workspace(backend)
    dhis2_city(first, tmp_path)
    for name in ("dataValueSetA.xml", "dataValueSetD.xml", "docs-csv-format.csv"):
        import_file(first, DHIS2 / name, id_scheme="uid")
    import_file(first, DHIS2 / "healthplan-full-fields.json", id_scheme="uid")
    target = tmp_path / f"export.{fmt.removeprefix('dhis2-')}"
    exported = export_values(first, fmt, target, id_scheme=scheme).content
    second = make_workspace(backend)
    dhis2_city(second, tmp_path)
    summary = import_file(second, target, id_scheme=scheme)
    assert summary.created == len(select_values(first)) == 13
    assert export_values(second, fmt, id_scheme=scheme).content == exported


def test_header_spellings_and_header_less_csv_agree(ws: Workspace, tmp_path: Path) -> None:
    """dataValueSetB.csv (header), dataValueSetBNoHeader.csv (none): the same 12 values;
    docs-export.csv's short header (catoptcombo, attroptcombo, flwup) keeps the combos."""
    dhis2_city(ws, tmp_path)
    assert import_file(ws, DHIS2 / "dataValueSetB.csv", id_scheme="uid").created == 12
    again = import_file(ws, DHIS2 / "dataValueSetBNoHeader.csv", id_scheme="uid")
    assert (again.created, again.unchanged) == (0, 12)
    import_file(ws, DHIS2 / "docs-csv-format.csv", id_scheme="uid")
    combos = {v.category for v in select_values(ws, elements=["DE_E"])}
    assert combos == {"fixed_lt1", "outreach_lt1"}


def test_update_fixture_updates_comments(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path)
    import_file(ws, DHIS2 / "dataValueSetA.xml", id_scheme="uid")
    summary = import_file(ws, DHIS2 / "dataValueSetAUpdate.xml", id_scheme="uid")
    assert (summary.created, summary.updated) == (0, 3)
    assert {v.comment for v in select_values(ws)} == {"updated comment"}


def test_attribute_option_combos_are_part_of_the_key(ws: Workspace, tmp_path: Path) -> None:
    """healthplan-full-fields.json: one cell for two attribute option combos, two values."""
    dhis2_city(ws, tmp_path)
    import_file(ws, DHIS2 / "healthplan-full-fields.json", id_scheme="uid")
    cell = [v for v in select_values(ws, elements=["DE_A"])]
    assert sorted((v.attribute, v.value) for v in cell) == [("default", 5.0), ("partner_a", 7.0)]
    default = next(v for v in cell if v.attribute == "default")
    assert (default.stored_by, default.created, default.last_updated, default.followup) == (
        "admin",
        "2024-02-01T08:00:00.000",
        "2024-02-03T09:30:00.000",
        True,
    )


def test_deleted_values_are_removed(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path)
    import_file(ws, DHIS2 / "healthplan-full-fields.json", id_scheme="uid")
    summary = import_file(ws, DHIS2 / "healthplan-deleted.json", id_scheme="uid")
    assert (summary.deleted, summary.ignored) == (1, 1)  # the second was never stored
    assert [v.attribute for v in select_values(ws, elements=["DE_A"])] == ["default"]


def test_dry_run_stores_nothing(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path)
    summary = import_file(ws, DHIS2 / "dataValueSetB.csv", id_scheme="uid", dry_run=True)
    assert (summary.created, summary.dry_run) == (12, True)
    assert select_values(ws) == []


def test_documented_import_summary_in_partial_mode(ws: Workspace, tmp_path: Path) -> None:
    """data.md, "Sending bulks of data values": after the single-set example, the bulk one
    gives imported 2, updated 1, ignored 1 (org unit Jkhdsf8sdf4 does not exist)."""
    dhis2_city(ws, tmp_path)
    import_file(ws, DHIS2 / "docs-single-set.json", id_scheme="uid")
    with pytest.raises(InputError, match="Jkhdsf8sdf4"):
        import_file(ws, DHIS2 / "docs-bulk.json", id_scheme="uid", summary=tmp_path / "s.json")
    refused = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert refused["status"] == "ERROR" and refused["conflicts"][0]["row"] == 4
    summary = import_file(
        ws, DHIS2 / "docs-bulk.json", id_scheme="uid", mode="partial", summary=tmp_path / "s.json"
    )
    assert (summary.created, summary.updated, summary.ignored) == (2, 1, 1)
    document = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert document["status"] == "WARNING"
    assert document["importCount"] == {
        "imported": 2,
        "updated": 1,
        "ignored": 1,
        "deleted": 0,
        "unchanged": 0,
    }
    [conflict] = document["conflicts"]
    assert (conflict["object"], conflict["row"], conflict["field"]) == (
        "docs-bulk.json",
        4,
        "org_unit",
    )
    assert "Jkhdsf8sdf4" in conflict["value"]


def test_default_combo_uid_is_default_in_every_scheme(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path, mappings=False)
    path = _one_value(
        tmp_path,
        {},
        dataElement="DE_A",
        orgUnit="OU_A",
        categoryOptionCombo="HllvX50cXC0",
        attributeOptionCombo="HllvX50cXC0",
    )
    assert import_file(ws, path).created == 1
    [value] = select_values(ws)
    assert (value.category, value.attribute) == ("default", "default")


def test_uids_without_mappings_are_refused_with_a_hint(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path, mappings=False)
    with pytest.raises(InputError, match="metadata import"):
        import_file(ws, DHIS2 / "dataValueSetA.xml", id_scheme="uid")
    assert select_values(ws) == []


def test_metadata_import_writes_and_reads_the_mapping_file(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path, mappings=False)
    summary = import_metadata(ws, DHIS2 / "metadata.json", tmp_path / "mapping.csv")
    # 6 org units, 2 of them also under their attribute value (OU1, OU2)
    assert summary.by_kind["org_unit"] == 8 and summary.by_kind["category_option_combo"] == 5
    assert summary.created == len(list_id_mappings(ws))
    text = (tmp_path / "mapping.csv").read_text(encoding="utf-8")
    assert "org_unit,DiszpKrYNg8,OU_A,Ngelehun CHC" in text
    assert "org_unit,attribute:uh6H2ff562G:OU1,OU_A,Ngelehun CHC" in text
    edited = tmp_path / "edited.csv"
    edited.write_text(text.replace("DiszpKrYNg8,OU_A", "DiszpKrYNg8,OU_B"), encoding="utf-8")
    again = import_metadata(ws, edited)
    assert (again.updated, again.created) == (1, 0)
    bad = tmp_path / "bad.csv"
    bad.write_text("kind,uid,code,name\nplanet,x,y,z\n", encoding="utf-8")
    with pytest.raises(InputError, match="planet"):
        import_metadata(ws, bad)


def test_name_scheme_uses_dhis2_names(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path)
    path = _one_value(
        tmp_path,
        {"orgUnitIdScheme": "name", "dataElementIdScheme": "name"},
        dataElement="Measles",
        orgUnit="Ngelehun CHC",
    )
    assert import_file(ws, path).created == 1
    [value] = select_values(ws)
    assert (value.data_element, value.org_unit) == ("DE_A", "OU_A")
    names = json.loads(export_values(ws, "dhis2-json", id_scheme=["orgUnit=name"]).content)
    assert names["dataValues"][0]["orgUnit"] == "Ngelehun CHC"
    assert names["dataValues"][0]["dataElement"] == "DE_A"


def test_a_name_standing_for_two_objects_is_refused(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path)
    twin = tmp_path / "twin.csv"
    twin.write_text(
        "kind,uid,code,name\norg_unit,Twin0000001,OU_B,Ngelehun CHC\n", encoding="utf-8"
    )
    import_metadata(ws, twin)
    path = _one_value(
        tmp_path, {"orgUnitIdScheme": "name"}, dataElement="DE_A", orgUnit="Ngelehun CHC"
    )
    with pytest.raises(InputError) as caught:
        import_file(ws, path)
    [problem] = caught.value.problems
    assert (problem.field, problem.row) == ("org_unit", 1)
    assert "Ngelehun CHC" in problem.message and "DE_A" not in problem.message


def test_xml_external_entities_are_not_read(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path, mappings=False)
    secret = tmp_path / "secret.txt"
    secret.write_text("do-not-read", encoding="utf-8")
    path = tmp_path / "xxe.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        '<dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0"><dataValue dataElement="DE_A" '
        'period="202401" orgUnit="OU_A" value="1" comment="&x;"/></dataValueSet>\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        import_file(ws, path)
    assert "do-not-read" not in str(caught.value)
    assert select_values(ws) == []


def test_booleans_in_every_spelling_dhis2_accepts(ws: Workspace, tmp_path: Path) -> None:
    """dhis2-core's dataValueSetBooleanTest.csv: true/True/t/T/1 and false/False/f/F/0 are
    stored as 1 and 0; ``test`` and ``not true`` are conflicts (partial mode)."""
    dhis2_city(ws, tmp_path)
    path = DHIS2 / "dataValueSetBooleanTest.csv"
    summary = import_file(ws, path, id_scheme="uid", mode="partial")
    assert (summary.created, summary.ignored) == (15, 3)
    assert sorted(p.row for p in summary.conflicts) == [12, 13, 19]
    stored = {v.period: v.value for v in select_values(ws, elements=["DE_BOOL_A"])}
    assert stored["2012M01"] == stored["2012M07"] == stored["2012M09"] == 1.0
    assert stored["2012M03"] == stored["2012M06"] == stored["2012M10"] == 0.0


def test_uids_read_as_codes_get_a_hint(ws: Workspace, tmp_path: Path) -> None:
    """New-user review: the documentation's payload was refused with no hint that its ids
    are UIDs."""
    dhis2_city(ws, tmp_path)
    with pytest.raises(InputError) as caught:
        import_file(ws, DHIS2 / "docs-bulk.json")  # no --id-scheme: ids read as codes
    first = caught.value.problems[0]
    assert "DiszpKrYNg8, FNnj3jKGS7i" in first.message and "--id-scheme uid" in first.message


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"organisationUnits": [{"id": "A", "attributeValues": [1, {"attribute": 2}]}]}',
        '{"organisationUnits": [{"name": "no id"}]}',
        '{"dataValues": []}',
    ],
)
def test_bad_metadata_files_are_clear_refusals_or_harmless(
    ws: Workspace, tmp_path: Path, text: str
) -> None:
    path = tmp_path / "metadata.json"
    path.write_text(text, encoding="utf-8")
    try:
        summary = import_metadata(ws, path)
    except InputError as error:
        assert str(error).startswith("metadata.json")
        assert list_id_mappings(ws) == []
    else:
        assert [m.uid for m in list_id_mappings(ws)] == ["A"] and summary.created == 1


def test_migration_0008_keeps_stored_values(ws: Workspace, tmp_path: Path) -> None:
    """Values stored before 0008 survive it with the default attribute option combo, and a
    downgrade keeps the default ones (a value of another combo has no place before 0008)."""
    dhis2_city(ws, tmp_path)
    import_file(ws, DHIS2 / "healthplan-full-fields.json", id_scheme="uid")
    ws.downgrade("0007", backup=False)
    ws.upgrade()
    kept = {(v.data_element, v.category, v.attribute, v.value) for v in select_values(ws)}
    assert kept == {
        ("DE_A", "default", "default", 5.0),
        ("DE_E", "fixed_lt1", "default", 3.0),
        ("DE_E", "outreach_lt1", "default", 4.0),
    }
    assert {v.followup for v in select_values(ws)} == {False}


def test_complete_date_submits_the_report(ws: Workspace, tmp_path: Path) -> None:
    """data.md, "Sending data values": the single-set example's completeDate 2014-02-03
    registers DS_A complete for its org unit and period: submitted (上报) that day."""
    from healthplan.collection import approval_status

    dhis2_city(ws, tmp_path)
    import_file(ws, DHIS2 / "docs-single-set.json", id_scheme="uid")
    [status] = approval_status(ws, "DS_A", "2014M01")
    assert status.state.value == "submitted"
    assert (
        status.submitted_at is not None and status.submitted_at.date().isoformat() == "2014-02-03"
    )
    again = import_file(ws, DHIS2 / "docs-single-set.json", id_scheme="uid")
    assert again.unchanged == 3
    assert [s.state.value for s in approval_status(ws, "DS_A", "2014M01")] == ["submitted"]


def test_a_bad_complete_date_stores_nothing(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path)
    document = json.loads((DHIS2 / "docs-single-set.json").read_text(encoding="utf-8"))
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**document, "completeDate": "someday"}), encoding="utf-8")
    with pytest.raises(InputError, match="completeDate someday"):
        import_file(ws, path, id_scheme="uid")
    assert select_values(ws) == []


def test_text_and_date_values_are_kept_and_exported_back(
    make_workspace, backend: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """DHIS2 TEXT, LONG_TEXT and DATE values were refused as "not a number": they are stored
    as written (a date as YYYY-MM-DD), never computed with, and round-trip."""
    from healthplan.collection import save_data_elements, value_frame
    from healthplan.model import DataElement, ValueType

    def workspace():  # type: ignore[no-untyped-def]
        ws = make_workspace(backend)
        dhis2_city(ws, tmp_path, mappings=False)
        save_data_elements(
            ws,
            [
                DataElement(code="DE_TEXT", name="备注说明", value_type=ValueType.text),
                DataElement(code="DE_DATE", name="核查日期", value_type=ValueType.date),
            ],
        )
        return ws

    first = workspace()
    document = {
        "dataValues": [
            {
                "dataElement": "DE_TEXT",
                "period": "202401",
                "orgUnit": "OU_A",
                "value": "已核实，无异常",
            },
            {
                "dataElement": "DE_DATE",
                "period": "202401",
                "orgUnit": "OU_A",
                "value": "2024-02-03",
            },
            {"dataElement": "DE_A", "period": "202401", "orgUnit": "OU_A", "value": "7"},
        ]
    }
    path = tmp_path / "text.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert import_file(first, path, id_scheme="code").created == 3
    stored = {v.data_element: v.value for v in select_values(first)}
    assert stored == {"DE_TEXT": "已核实，无异常", "DE_DATE": "2024-02-03", "DE_A": 7.0}
    frame, _ = value_frame(first)
    assert list(frame["data_element"]) == ["DE_A"]  # text is never summed
    exported = export_values(first, "dhis2-json", id_scheme="code").content
    again = tmp_path / "again.json"
    again.write_bytes(exported)
    second = workspace()
    assert import_file(second, again, id_scheme="code").created == 3
    assert export_values(second, "dhis2-json", id_scheme="code").content == exported
    assert import_file(second, again, id_scheme="code").unchanged == 3


def test_a_date_that_is_none_is_refused(ws: Workspace, tmp_path: Path) -> None:
    from healthplan.collection import save_data_elements
    from healthplan.model import DataElement, ValueType

    dhis2_city(ws, tmp_path, mappings=False)
    save_data_elements(
        ws, [DataElement(code="DE_DATE", name="核查日期", value_type=ValueType.date)]
    )
    path = _one_value(tmp_path, {}, dataElement="DE_DATE", orgUnit="OU_A", value="2024-02-30")
    with pytest.raises(InputError, match="2024-02-30"):
        import_file(ws, path, id_scheme="code")
    assert select_values(ws) == []


@pytest.mark.parametrize("fmt", ["dhis2-json", "dhis2-xml", "dhis2-csv"])
def test_deletions_are_exported_as_deleted_and_round_trip(
    make_workspace, backend: str, tmp_path: Path, fmt: str
) -> None:  # type: ignore[no-untyped-def]
    """A deletion synced from DHIS2 is passed on as DHIS2 exports it (``deleted: true``,
    with ``--include-deleted``), and such an export reads back into an empty workspace as
    the same document; a value stored again is no longer deleted."""
    first = make_workspace(backend)
    dhis2_city(first, tmp_path)
    import_file(first, DHIS2 / "healthplan-full-fields.json", id_scheme="uid")
    import_file(first, DHIS2 / "healthplan-deleted.json", id_scheme="uid")
    plain = export_values(first, fmt).content
    target = tmp_path / f"export.{fmt.removeprefix('dhis2-')}"
    exported = export_values(first, fmt, target, include_deleted=True).content
    assert exported != plain
    document = json.loads(export_values(first, "dhis2-json", include_deleted=True).content)
    deleted = [v for v in document["dataValues"] if v.get("deleted")]
    assert sorted((v["dataElement"], v["value"]) for v in deleted) == [("DE_A", "7"), ("DE_B", "1")]
    second = make_workspace(backend)
    dhis2_city(second, tmp_path)
    import_file(second, target)
    assert export_values(second, fmt, include_deleted=True).content == exported
    assert export_values(second, fmt).content == plain
    import_file(first, DHIS2 / "healthplan-full-fields.json", id_scheme="uid")
    again = json.loads(export_values(first, "dhis2-json", include_deleted=True).content)
    # DE_A is stored again; DE_B, never stored, stays deleted
    assert [v["dataElement"] for v in again["dataValues"] if v.get("deleted")] == ["DE_B"]


def test_only_dhis2_formats_mark_deletions(ws: Workspace, tmp_path: Path) -> None:
    dhis2_city(ws, tmp_path)
    with pytest.raises(InputError, match="--include-deleted"):
        export_values(ws, "csv", include_deleted=True)
