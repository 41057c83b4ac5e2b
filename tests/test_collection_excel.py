"""Excel templates written and read back; hand-made workbooks with what people really do."""

import pytest
from openpyxl import Workbook, load_workbook

from collection_helpers import small_city
from healthplan.collection.excel import HELP_SHEET, import_workbook, write_template
from healthplan.collection.formats import select_values
from healthplan.errors import InputError


def test_template_round_trip(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    path = write_template(ws, "mch", "A", "2024M06", tmp_path / "t.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.protection.sheet and HELP_SHEET in book.sheetnames
    assert sheet["A3"].value == "机构编码" and "访视人数" in sheet["C3"].value
    assert [sheet.cell(r, 1).value for r in (4, 5)] == ["a1", "a2"]  # b1 is not below A
    assert sheet["A4"].protection.locked and not sheet["C4"].protection.locked
    assert sheet.data_validations.dataValidation
    sheet["C4"], sheet["D4"], sheet["E4"] = "95%", "１００", "1,234"
    sheet["C5"], sheet["D5"] = 0.9, 120
    sheet["C5"].number_format = "0%"
    book.save(path)
    assert import_workbook(ws, path).created == 5
    stored = {(v.data_element, v.org_unit): v.value for v in select_values(ws)}
    assert stored[("visits", "a1")] == 95 and stored[("births", "a1")] == 100
    assert stored[("pop", "a1")] == 1234 and stored[("visits", "a2")] == 90
    assert {v.period for v in select_values(ws)} == {"2024M06"}


def test_template_rejects_wrong_period(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    with pytest.raises(InputError):
        write_template(ws, "mch", "A", "2024Q2", tmp_path / "t.xlsx")


def _hand_made(path, rows) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet["A1"] = "妇幼月报"
    sheet.merge_cells("A1:E1")
    sheet["A2"], sheet["B2"], sheet["C2"], sheet["D2"] = "数据集编码", "mch", "报告期", "2024M05"
    # two-row header: 机构编码/名称 merged vertically, a group heading merged across
    sheet["A3"], sheet["B3"], sheet["C3"] = "机构编码", "机构名称", "妇幼指标"
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("C3:D3")
    sheet["C4"], sheet["D4"] = "访视人数", "活产数（births）"
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            sheet.cell(r, c, value)
    book.save(path)


def test_hand_made_sheet_with_merged_headers(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    path = tmp_path / "hand.xlsx"
    _hand_made(
        path, [["a1", "甲一", "95.0", 100], [None, None, None, None], ["b1", "乙一", 7, "8"]]
    )
    assert import_workbook(ws, path).created == 4
    stored = {(v.data_element, v.org_unit): v.value for v in select_values(ws)}
    assert stored == {
        ("visits", "a1"): 95,
        ("births", "a1"): 100,
        ("visits", "b1"): 7,
        ("births", "b1"): 8,
    }


def test_bad_workbook_all_problems_nothing_stored(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    path = tmp_path / "bad.xlsx"
    _hand_made(
        path,
        [
            ["a1", "甲一", "九十五", 100],  # text in a number cell
            ["x9", "无此单位", 1, 2],  # unknown org unit
            ["a1", "甲一", 3, 4],  # duplicate row
            ["A", "甲区", 3, 4],  # a district does not report this township form
        ],
    )
    with pytest.raises(InputError) as caught:
        import_workbook(ws, path)
    problems = caught.value.problems
    assert all(p.file == "bad.xlsx" and p.sheet == "Sheet1" for p in problems)
    where = {(p.row, (p.field or "")[:1]) for p in problems}
    assert (5, "C") in where  # 九十五 at C5
    assert (6, "A") in where  # unknown org unit names the code column
    assert any(p.row == 7 and "5" in p.message for p in problems)  # duplicate of row 5
    assert any(p.row == 8 for p in problems)
    assert select_values(ws) == []


def test_unknown_heading_is_reported(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small_city(ws, tmp_path)
    path = tmp_path / "heading.xlsx"
    _hand_made(path, [["a1", "甲一", 1, 2]])
    book = load_workbook(path)
    book.active["E4"] = "不认识的列"
    book.active["E5"] = 3
    book.save(path)
    with pytest.raises(InputError) as caught:
        import_workbook(ws, path)
    assert any(p.field == "E" and "不认识的列" in p.message for p in caught.value.problems)
    assert select_values(ws) == []
