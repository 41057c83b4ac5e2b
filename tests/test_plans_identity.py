"""Many plans in one workspace: a plan is known by its title and issuing body or its
document number (文号), not by its file name (plans written for these tests)."""

from __future__ import annotations

from pathlib import Path

from healthplan.plans import import_plan, list_plans, load_plan

CITY_A = """某甲市卫生健康事业发展规划（2021-2025年）
一、主要指标
1.婴儿死亡率控制在5‰以下。（市卫健委）
2.每千人口执业医师数达到3.2人。（市卫健委）
"""
CITY_B = """某乙市2025年卫生健康工作要点
一、重点任务
1.新建村卫生室12个。（市卫健委、市财政局）
2.居民健康素养水平达到30%。（市疾控中心）
"""
NUMBERED = """某丙县人民政府办公室关于印发健康县城建设方案的通知
丙政办发〔2024〕7号
一、目标
1.城区生活垃圾无害化处理率达到95%。（县住建局）
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_same_file_name_from_two_cities_makes_two_plans(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = import_plan(ws, [_write(tmp_path / "a", "附件1.txt", CITY_A)])
    second = import_plan(ws, [_write(tmp_path / "b", "附件1.txt", CITY_B)])
    assert first.plan_id != second.plan_id
    assert second.targets["added"] == 2 and second.targets["removed"] == 0
    kept = load_plan(ws, first.plan_id)
    assert kept.title.startswith("某甲市") and all(t.change != "removed" for t in kept.targets)
    listed = {plan.id: plan for plan in list_plans(ws)}
    assert listed[first.plan_id].period.id == "2021-2025"
    assert listed[second.plan_id].period.id == "2025"


def test_a_new_version_under_another_name_updates_its_plan(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = import_plan(ws, [_write(tmp_path, "规划.txt", CITY_A)])
    changed = CITY_A.replace("3.2人", "3.4人")
    again = import_plan(ws, [_write(tmp_path, "规划（修订稿）.txt", changed)])
    assert again.plan_id == first.plan_id  # the same title: the same plan
    numbered = import_plan(ws, [_write(tmp_path, "方案.txt", NUMBERED)])
    renamed = NUMBERED.replace("健康县城建设方案", "健康县城建设实施方案")
    assert import_plan(ws, [_write(tmp_path, "x.txt", renamed)]).plan_id == numbered.plan_id


def test_plan_option_updates_that_plan_and_title_never_renames(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = import_plan(ws, [_write(tmp_path, "甲.txt", CITY_A)])
    other = import_plan(ws, [_write(tmp_path, "乙.txt", CITY_B)], title="另一个标题")
    assert other.plan_id != first.plan_id and other.plan_title == "另一个标题"
    into = import_plan(ws, [_write(tmp_path, "乙.txt", CITY_B)], plan_id=first.plan_id)
    assert into.plan_id == first.plan_id
    titles = {plan.id: plan.title for plan in list_plans(ws)}
    assert titles[first.plan_id].startswith("某甲市")
