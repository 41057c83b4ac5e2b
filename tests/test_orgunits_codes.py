"""Org units from official codes: parents derived from 统计用区划代码 / GB/T 2260 codes when a
file gives none, code lengths checked (new-user review: a 国家统计局 file imported as a flat
forest, 11-digit codes accepted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.collection import import_orgunits
from healthplan.errors import InputError
from healthplan.store import Workspace, list_orgunits, orgunit_tree


def _write(folder: Path, text: str) -> Path:
    path = folder / "units.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_statistics_bureau_file_imports_as_a_tree(ws: Workspace, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "统计用区划代码,城乡分类代码,名称\n"
        "110000000000,,北京市\n"
        "110100000000,,市辖区\n"
        "110101000000,,东城区\n"
        "110101001000,,东华门街道\n"
        "110101001001,111,多福巷社区\n"
        "110101001002,111,银闸社区\n"
        "110101002000,,景山街道\n",
    )
    import_orgunits(ws, path)
    parents = {u.code: u.parent_code for u in list_orgunits(ws)}
    assert parents == {
        "110000000000": None,
        "110100000000": "110000000000",
        "110101000000": "110100000000",
        "110101001000": "110101000000",
        "110101001001": "110101001000",
        "110101001002": "110101001000",
        "110101002000": "110101000000",
    }
    assert len(orgunit_tree(ws)) == 1  # one root


def test_twelve_digit_codes_hang_under_six_digit_ones_already_stored(
    ws: Workspace, tmp_path: Path
) -> None:
    import_orgunits(ws, _write(tmp_path, "code,name\n220400,辽源市\n220402,龙山区\n"))
    import_orgunits(ws, _write(tmp_path, "code,name\n220402001000,向阳街道\n"))
    parents = {u.code: u.parent_code for u in list_orgunits(ws)}
    assert parents["220402"] == "220400"
    assert parents["220402001000"] == "220402"


def test_a_parent_the_file_gives_is_kept(ws: Workspace, tmp_path: Path) -> None:
    import_orgunits(
        ws,
        _write(
            tmp_path,
            "code,name,level,parent_code\n220400,辽源市,市,\n220402,龙山区,区,220400\n"
            "H001,市中心医院,机构,220400\n",
        ),
    )
    assert {u.code: u.parent_code for u in list_orgunits(ws)}["H001"] == "220400"


@pytest.mark.parametrize("code", ["11010100100", "1101010", "12345678901234"])
def test_division_codes_of_the_wrong_length_are_refused(
    ws: Workspace, tmp_path: Path, code: str
) -> None:
    path = _write(tmp_path, f"code,name\n110101,东城区\n{code},某单位\n")
    with pytest.raises(InputError, match=f"units.csv, .*3.*{code}.*{len(code)}"):
        import_orgunits(ws, path)
    assert list_orgunits(ws) == []


def test_a_facility_may_have_a_numeric_code_of_any_length(ws: Workspace, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "code,name,level,parent_code\n110101,东城区,区,\n12110000400000,某医院,机构,110101\n",
    )
    assert import_orgunits(ws, path).created == 2
