"""The review loop on a real xlsx file: import → export → edit with openpyxl like a person →
apply (idempotent, audited, atomic on bad input) → re-import a changed document as a diff."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from healthplan.errors import InputError
from healthplan.model import Department, DepartmentKind
from healthplan.plans import apply_plan, export_plan, import_plan, load_plan
from healthplan.store.departments import save_departments
from healthplan.store.tables import AuditLog
from healthplan.store.tables_collection import IndicatorRow

PLAN = """2025年某县卫生健康工作要点
一、重点指标
1.婴儿死亡率控制在5‰以下，孕产妇系统管理率达到92%以上。（县卫健局、县妇联）
2.新建村卫生室12个，完成老年人健康体检2万人次。（县卫健局，各乡镇）
3.居民健康素养水平达到30%。（县疾控中心牵头，县教育局配合）
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _columns(sheet) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {cell.value: cell.column for cell in sheet[1]}


def _row_of(sheet, heading: str, text: str) -> int:  # type: ignore[no-untyped-def]
    column = _columns(sheet)[heading]
    for row in range(2, sheet.max_row + 1):
        if text in str(sheet.cell(row=row, column=column).value or ""):
            return row
    raise AssertionError(f"no row with {text}")


def _audit_count(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.session() as session:
        return session.scalar(select(func.count()).select_from(AuditLog)) or 0


def test_xlsx_round_trip(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = _write(tmp_path / "要点.txt", PLAN)
    summary = import_plan(ws, [source], title="某县2025年工作要点")
    assert summary.targets["added"] == 5 and summary.tasks["added"] == 3
    assert summary.linked >= 2  # 婴儿死亡率, 孕产妇系统管理率, 居民健康素养水平
    with ws.session() as session:  # linked and proposed indicators exist for the FK
        codes = set(session.scalars(select(IndicatorRow.code)))
    plan = load_plan(ws, summary.plan_id)
    assert {t.indicator_code for t in plan.targets if t.indicator_code} <= codes
    assert summary.proposed_indicators == sum(1 for t in plan.targets if not t.indicator_code)

    save_departments(ws, [Department(code="c.hc", name="县卫生健康局", kind=DepartmentKind.office)])
    exported = tmp_path / "review.xlsx"
    assert export_plan(ws, summary.plan_id, exported) == 8
    book = load_workbook(exported)
    targets, tasks = book["目标"], book["任务"]
    heads = _columns(targets)
    assert {"编号", "审核", "指标", "目标值", "原文", "责任单位"} <= set(heads)
    infant = _row_of(targets, "指标", "婴儿死亡率")
    assert targets.cell(row=infant, column=heads["原文"]).value == "婴儿死亡率控制在5‰以下"
    targets.cell(row=infant, column=heads["目标值"]).value = 4.5  # a person corrects it
    targets.cell(row=infant, column=heads["审核"]).value = "确认"
    literacy = _row_of(targets, "指标", "健康素养")
    targets.cell(row=literacy, column=heads["审核"]).value = "删除"
    clinic = _row_of(targets, "指标", "村卫生室")
    targets.cell(row=clinic, column=heads["责任单位"]).value = "县卫健局；县财政局"
    proposed = targets.cell(row=clinic, column=heads["建议自定义指标"]).value
    assert proposed.startswith("custom.")  # not in the catalog: a custom indicator is proposed
    targets.cell(row=clinic, column=heads["指标编码"]).value = proposed  # a person accepts it
    task_heads = _columns(tasks)
    first = _row_of(tasks, "标题", "婴儿死亡率")
    assert tasks.cell(row=first, column=task_heads["责任单位"]).value == "县卫健局；县妇联"
    assert (
        tasks.cell(row=first, column=task_heads["未识别单位"]).value == "县妇联"
    )  # 县卫健局 known
    third = _row_of(tasks, "标题", "居民健康素养")
    assert tasks.cell(row=third, column=task_heads["牵头单位"]).value == "县疾控中心"
    tasks.cell(row=third, column=task_heads["截止日期"]).value = "2025-06-30"
    tasks.cell(row=third, column=task_heads["审核"]).value = "确认"
    book.save(exported)

    before = _audit_count(ws)
    result = apply_plan(ws, exported)
    assert result.counts["confirmed"] == 2 and result.counts["deleted"] == 1
    assert result.counts["updated"] == 1  # the departments edit without a review action
    assert _audit_count(ws) > before  # the history is kept
    plan = load_plan(ws, summary.plan_id)
    by_text = {t.indicator_text: t for t in plan.targets}
    assert by_text["婴儿死亡率"].value == 4.5 and by_text["婴儿死亡率"].status == "confirmed"
    assert next(t for t in plan.targets if "健康素养" in t.indicator_text).status == "deleted"
    clinic_target = next(t for t in plan.targets if "村卫生室" in t.indicator_text)
    assert clinic_target.departments == ["县卫健局", "县财政局"]
    assert clinic_target.indicator_code == proposed and clinic_target.link_confidence == 1.0
    with ws.session() as session:
        custom = session.get(IndicatorRow, proposed)
        assert custom is not None and custom.custom and "村卫生室" in custom.name
    assert next(k for k in plan.tasks if "健康素养" in k.title).due.isoformat() == "2025-06-30"

    audited = _audit_count(ws)
    again = apply_plan(ws, exported)  # idempotent
    assert again.counts["unchanged"] == 8 and _audit_count(ws) == audited

    # re-import a changed document: one value changed, one target gone, one new
    changed = PLAN.replace("5‰以下", "4‰以下").replace("，完成老年人健康体检2万人次", "")
    changed = changed.replace("达到30%。", "达到30%，新增托位300个。")
    _write(source, changed)
    diff = import_plan(ws, [source])
    assert diff.plan_id == summary.plan_id
    assert (diff.targets["added"], diff.targets["changed"], diff.targets["removed"]) == (1, 1, 1)
    assert ("changed", "婴儿死亡率 4‰") in diff.changes
    assert ("added", "新增托位 300个") in diff.changes
    plan = load_plan(ws, summary.plan_id)
    assert len(plan.targets) == 6  # never duplicated
    infant_target = next(t for t in plan.targets if t.indicator_text == "婴儿死亡率")
    assert infant_target.value == 4.5  # confirmed by a person: kept, the new value proposed
    assert infant_target.change == "changed" and infant_target.proposal is not None
    assert infant_target.proposal["value"] == 4
    gone = next(t for t in plan.targets if "体检" in t.indicator_text)
    assert gone.change == "removed" and gone.status == "draft"


def test_bad_review_file_names_sheet_row_field_and_stores_nothing(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = import_plan(ws, [_write(tmp_path / "plan.txt", PLAN)])
    exported = tmp_path / "review.xlsx"
    export_plan(ws, summary.plan_id, exported)
    book = load_workbook(exported)
    sheet = book["目标"]
    heads = _columns(sheet)
    sheet.cell(row=2, column=heads["目标值"]).value = "九十"
    sheet.cell(row=3, column=heads["比较符"]).value = "大约"
    sheet.cell(row=4, column=heads["审核"]).value = "通过"
    sheet.cell(row=5, column=heads["指标"]).value = "改过的指标"  # valid, but must not be stored
    book.save(exported)
    audited = _audit_count(ws)
    with pytest.raises(InputError) as caught:
        apply_plan(ws, exported)
    text = str(caught.value)
    assert "review.xlsx" in text
    fields = {(p.sheet, p.row, p.field) for p in caught.value.problems}
    assert fields == {("目标", 2, "目标值"), ("目标", 3, "比较符"), ("目标", 4, "审核")}
    assert _audit_count(ws) == audited
    assert all(t.indicator_text != "改过的指标" for t in load_plan(ws, summary.plan_id).targets)


def test_yaml_round_trip(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import yaml

    summary = import_plan(ws, [_write(tmp_path / "plan.txt", PLAN)])
    exported = tmp_path / "review.yaml"
    export_plan(ws, summary.plan_id, exported, "yaml")
    data = yaml.safe_load(exported.read_text("utf-8"))
    data["目标"][0]["审核"] = "确认"
    data["任务"][0]["审核"] = "删除"
    exported.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    result = apply_plan(ws, exported)
    assert result.counts["confirmed"] == 1 and result.counts["deleted"] == 1
    plan = load_plan(ws, summary.plan_id)
    assert plan.targets[0].status == "confirmed" and plan.tasks[0].status == "deleted"
    assert plan.status == "draft"
    for row in data["目标"] + data["任务"]:  # everything reviewed: the plan of record
        row["审核"] = row["审核"] or "确认"
    exported.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    apply_plan(ws, exported)
    assert load_plan(ws, summary.plan_id).status == "confirmed"


WORK_PLAN = """2025年某县健康乡村建设工作方案
1.完成10个村卫生室标准化建设。牵头单位：县卫健局；配合单位：县财政局、按季度报送进展情况
2.开展家庭医生签约服务。责任单位：县卫健局、县医保局
"""


def test_a_phrase_that_is_no_department_goes_to_review_not_into_the_ledger(
    ws, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = _write(tmp_path / "方案.txt", WORK_PLAN)
    summary = import_plan(ws, [source], title="某县健康乡村建设工作方案")
    building = next(t for t in load_plan(ws, summary.plan_id).tasks if "村卫生室" in t.title)
    assert building.departments == ["县卫健局", "县财政局"]
    assert building.rejected_departments == ["按季度报送进展情况"]
    exported = tmp_path / "review.xlsx"
    export_plan(ws, summary.plan_id, exported)
    tasks = load_workbook(exported)["任务"]
    heads = _columns(tasks)
    row = _row_of(tasks, "标题", "村卫生室")
    assert tasks.cell(row=row, column=heads["未采纳词语"]).value == "按季度报送进展情况"
    assert tasks.cell(row=row, column=heads["责任单位"]).value == "县卫健局；县财政局"
    other = _row_of(tasks, "标题", "家庭医生")
    assert not tasks.cell(row=other, column=heads["未采纳词语"]).value

    # A later reading without the phrase clears it, and is no change to the task.
    _write(source, WORK_PLAN.replace("、按季度报送进展情况", ""))
    again = import_plan(ws, [source], plan_id=summary.plan_id)
    assert again.tasks["changed"] == 0
    building = next(t for t in load_plan(ws, summary.plan_id).tasks if "村卫生室" in t.title)
    assert building.rejected_departments == []
