"""D13 and D10 for ``plan apply``: a reviewer's edits are never ignored or merged silently —
two rows for one record, a renamed sheet or heading, a YAML file of the wrong shape are
refused with file, sheet, row and field, and nothing is stored."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from healthplan.errors import InputError
from healthplan.plans import apply_plan, export_plan, import_plan, load_plan

PLAN = """2025年某县卫生健康工作要点
一、重点指标
1.婴儿死亡率控制在5‰以下，孕产妇系统管理率达到92%以上。（县卫健局、县妇联）
2.居民健康素养水平达到30%。（县疾控中心牵头，县教育局配合）
"""


def _plan(ws, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    source = tmp_path / "要点.txt"
    source.write_text(PLAN, encoding="utf-8")
    return import_plan(ws, [source], title="某县2025年工作要点").plan_id


def _values(ws, plan_id: int) -> list[object]:  # type: ignore[no-untyped-def]
    return [t.value for t in load_plan(ws, plan_id).targets]


def test_two_rows_for_one_record_are_refused(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan_id = _plan(ws, tmp_path)
    exported = tmp_path / "review.yaml"
    export_plan(ws, plan_id, exported, "yaml")
    data = yaml.safe_load(exported.read_text(encoding="utf-8"))
    first = dict(data["目标"][0])
    data["目标"][0]["目标值"], first["目标值"] = 10, 20
    data["目标"].append(first)
    exported.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    before = _values(ws, plan_id)
    with pytest.raises(InputError) as caught:
        apply_plan(ws, exported)
    assert caught.value.problems[0].field == "编号"
    assert _values(ws, plan_id) == before


@pytest.mark.parametrize("change", ["sheet", "heading"])
def test_renamed_sheets_and_headings_are_refused(ws, tmp_path: Path, change: str) -> None:  # type: ignore[no-untyped-def]
    plan_id = _plan(ws, tmp_path)
    exported = tmp_path / "review.xlsx"
    export_plan(ws, plan_id, exported)
    book = load_workbook(exported)
    sheet = book["目标"]
    column = next(c.column for c in sheet[1] if c.value == "目标值")
    sheet.cell(2, column).value = 1
    if change == "sheet":
        sheet.title = "指标目标"
    else:
        sheet.cell(1, column).value = "目标值（%）"
    book.save(exported)
    before = _values(ws, plan_id)
    with pytest.raises(InputError):
        apply_plan(ws, exported)
    assert _values(ws, plan_id) == before


@pytest.mark.parametrize("content", ["- 1\n- 2\n", "42\n", "目标:\n  - abc\n"])
def test_yaml_of_the_wrong_shape_is_refused(ws, tmp_path: Path, content: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        apply_plan(ws, path)


def test_a_merged_review_cell_applies_to_every_row_it_covers(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """D13: 审核 merged over several rows and set to 确认 confirmed only the first."""
    plan_id = _plan(ws, tmp_path)
    exported = tmp_path / "review.xlsx"
    export_plan(ws, plan_id, exported)
    book = load_workbook(exported)
    sheet = book["目标"]
    column = next(c.column for c in sheet[1] if c.value == "审核")
    last = sheet.max_row
    assert last >= 3, "the plan has at least two targets"
    sheet.cell(2, column).value = "确认"
    for row in range(3, last + 1):
        sheet.cell(row, column).value = None
    sheet.merge_cells(start_row=2, start_column=column, end_row=last, end_column=column)
    book.save(exported)
    summary = apply_plan(ws, exported)
    assert summary.counts["confirmed"] == last - 1, summary
    assert {t.status.value for t in load_plan(ws, plan_id).targets} == {"confirmed"}


def test_a_utf16_review_file_is_refused_clearly(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """D15: a UTF-16 YAML file ended in an unexpected UnicodeDecodeError."""
    path = tmp_path / "review.yaml"
    path.write_bytes("目标: []\n".encode("utf-16") + b"x")
    with pytest.raises(InputError, match=r"review\.yaml: .*UTF-8"):
        apply_plan(ws, path)


@pytest.mark.parametrize(("field", "value"), [("期限", "inf"), ("期限", "nan"), ("编号", 10**25)])
def test_numbers_no_store_holds_are_refused(ws, tmp_path: Path, field: str, value: object) -> None:  # type: ignore[no-untyped-def]
    """bench/reliability.py: 期限 inf and 编号 10^25 ended in an OverflowError."""
    plan_id = _plan(ws, tmp_path)
    exported = tmp_path / "review.yaml"
    export_plan(ws, plan_id, exported, "yaml")
    data = yaml.safe_load(exported.read_text(encoding="utf-8"))
    row = dict(data["目标"][0])
    row[field] = value
    exported.write_text(
        yaml.safe_dump({"plan": plan_id, "目标": [row]}, allow_unicode=True), encoding="utf-8"
    )
    before = _values(ws, plan_id)
    with pytest.raises(InputError) as caught:
        apply_plan(ws, exported)
    assert caught.value.problems[0].field == field
    assert _values(ws, plan_id) == before
