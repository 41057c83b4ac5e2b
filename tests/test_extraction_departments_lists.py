"""How plans and regulations list the bodies responsible for an item beyond a plain list:
a collective's other name in brackets after it, ... Each form written here in our own words with
invented bodies; each item must get every body it names, in order, the first named leading."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import extracted_tasks

_A, _B, _C = "市口岸检疫站", "市港航事务中心", "市海洋渔业局"


def _read(tmp_path: Path, text: str) -> list[tuple[str | None, list[str]]]:
    return [(t.lead_department, t.departments) for t in extracted_tasks(tmp_path, text)]


def test_a_collectives_other_name_in_brackets_after_it(tmp_path: Path) -> None:
    # 各县(市、区)政府(管委会): the governments or, where there is none, the zone's committee —
    # one collective, its bracket no list of departments of its own
    text = (
        "2024年港口卫生重点工作分解\n"
        "1.完善港口检疫机制，巩固向好态势。\n"
        f"责任单位:{_A}、{_B}等,各县(市、区)政府(管委会)\n"
        "2.加强船舶卫生检查。\n"
        f"责任单位：{_C}、各区（县）人民政府（管委会）\n"
        "3.开展港区灭鼠行动。\n"
        f"牵头单位:{_B};配合单位:{_A},各乡镇政府(街道办事处)\n"
    )
    assert _read(tmp_path, text) == [
        (_A, [_A, _B, "各县(市、区)政府(管委会)"]),
        (_C, [_C, "各区（县）人民政府（管委会）"]),
        (_B, [_B, _A, "各乡镇政府(街道办事处)"]),
    ]
