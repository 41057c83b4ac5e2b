"""Layouts and wordings of work-item plans written in our own words (invented bodies) to probe
how the departments of each numbered item are read (stop 27): each item must get every body it
names, in order, the first named leading."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import extracted_tasks

_A, _B, _C = "县血站", "县红十字会", "县应急管理局"


def _read(tmp_path: Path, text: str) -> list[tuple[str | None, list[str]]]:
    tmp_path.mkdir(exist_ok=True)  # a folder of each document's own
    return [(t.lead_department, t.departments) for t in extracted_tasks(tmp_path, text)]


def test_a_boxed_body_heads_a_list_that_numbers_on(tmp_path: Path) -> None:
    # 【甲】⏎1.…⏎2.…⏎【乙】⏎3.…: the box above 3. heads the next list, not item 2's own name
    text = (
        "无偿献血工作任务清单\n"
        f"【{_A}】\n1.设立流动采血点。\n2.开展献血者回访。\n"
        f"【{_B}】\n3.组织献血志愿服务。\n4.表彰献血先进个人。\n"
        f"【{_C}】\n5.制定血液应急调配预案。\n"
    )
    assert _read(tmp_path, text) == [
        (_A, [_A]),
        (_A, [_A]),
        (_B, [_B]),
        (_B, [_B]),
        (_C, [_C]),
    ]


def test_a_name_after_each_item_stays_its_department_cell(tmp_path: Path) -> None:
    # 1.…⏎甲⏎2.…⏎乙: no body's line above the first item, so each line of a name is the
    # department cell of the item before it (a table printed one cell a line)
    text = (
        "无偿献血工作任务清单\n"
        f"1.设立流动采血点。\n{_A}\n2.组织献血志愿服务。\n{_B}\n"
        f"3.制定血液应急调配预案。\n{_C}\n"
    )
    assert _read(tmp_path, text) == [(_A, [_A]), (_B, [_B]), (_C, [_C])]


def test_bodies_joined_by_yu_both_do_the_work(tmp_path: Path) -> None:
    # 甲与乙开展…: 与 joins two subjects as 和 does; 甲与乙密切配合 has 乙 only as a partner,
    # and 甲和乙密切配合，… names both
    text = (
        "献血工作要点\n"
        f"1.开展献血宣传。{_A}与{_B}开展献血进社区活动。\n"
        f"2.做好应急保障。{_A}与各乡镇卫生院共同做好应急用血储备。\n"
        f"3.加强血液安全。{_A}与{_C}密切配合，做好血液运输保障。\n"
        f"4.推进志愿服务。{_B}和{_C}密切配合，建立应急献血队伍。\n"
    )
    assert _read(tmp_path, text) == [
        (_A, [_A, _B]),
        (_A, [_A, "各乡镇卫生院"]),
        (_A, [_A]),
        (_B, [_B, _C]),
    ]
