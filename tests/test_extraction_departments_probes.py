"""Layouts of county and city work-item plans (重点任务分工, 任务分解, 工作要点) written to
probe how the departments of each numbered item are read on documents the rules never met. Each
form is written here in our own words with invented bodies; each item must get every body it
names, in order, the first named leading."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks

_A, _B, _C = "县水产技术推广站", "县渔政执法大队", "县海洋与渔业局"


def test_a_line_after_a_list_names_the_departments_of_every_item_above_it(
    tmp_path: Path,
) -> None:
    # 以上任务由甲牵头，乙、丙配合 / 上述3项工作均由甲负责: a note on a line of its own after the
    # last item of a run, each item's departments (not only the last one's)
    text = (
        "2025年渔区卫生工作任务分解\n一、渔船卫生\n"
        "1.开展渔船饮用水抽检。\n2.清理渔港垃圾。\n"
        f"以上任务由{_C}牵头，{_A}、{_B}配合。\n"
        "二、渔民健康\n"
        "3.组织渔民体检。\n4.建立渔民健康档案。\n5.开展海上急救培训。\n"
        f"上述3项工作均由{_A}负责。\n"
    )
    assert led_tasks(tmp_path, text) == [
        (_C, [_C, _A, _B]),
        (_C, [_C, _A, _B]),
        (_A, [_A]),
        (_A, [_A]),
        (_A, [_A]),
    ]


def test_a_note_for_the_items_above_read_as_a_sentence(tmp_path: Path) -> None:
    # 以上工作由甲牵头，乙配合 closing an item's text: the 由 after 以上工作 opens the clause
    text = (
        "渔港防疫要点\n"
        f"（一）做好渔港消杀。每周消杀一次。以上工作由{_B}牵头，{_C}配合。\n"
        f"（二）做好渔民接种。（{_A}负责）\n"
    )
    assert led_tasks(tmp_path, text) == [(_B, [_B, _C]), (_A, [_A])]


def test_a_star_by_a_name_marks_the_lead(tmp_path: Path) -> None:
    # 标*号的为牵头单位: one star after or before a name, in a 责任单位 field, a parenthesis,
    # a role line or a table's cell, is no part of the name and makes it the lead
    text = (
        "渔区卫生重点任务分工（标*号的为牵头单位）\n"
        f"1.开展渔船饮用水抽检。责任单位：{_A}、{_C}*、{_B}\n"
        f"2.清理渔港垃圾。（责任单位：{_B}、*{_A}）\n"
        f"3.组织渔民体检。\n配合单位：{_B}\n牵头单位：{_C}＊\n"
    )
    assert led_tasks(tmp_path, text) == [(_C, [_C, _A, _B]), (_A, [_A, _B]), (_C, [_C, _B])]
    table = (
        "序号 | 工作任务 | 责任单位 | 完成时限\n"
        f"1 | 建立渔民健康档案 | {_B}、{_A}* | 年底\n"
        f"2 | 开展海上急救培训 | {_C}、{_B}、{_A}* | 全年\n"
    )
    assert led_tasks(tmp_path / "table", table) == [(_A, [_A, _B]), (_A, [_A, _C, _B])]


def test_stars_that_mask_a_place_stay_in_the_name(tmp_path: Path) -> None:
    # a published copy masks a place with stars (**县): no lead mark, the name kept as written
    text = f"1.开展渔船饮用水抽检。责任单位：{_A}、**县海洋与渔业局\n"
    assert led_tasks(tmp_path, text) == [(_A, [_A, "**县海洋与渔业局"])]


def test_every_clinic_pharmacy_or_market_of_a_kind_is_a_collective(tmp_path: Path) -> None:
    # 各…门诊 / 各…药店 / 各…市场 name the units that do the work, as 各…医院 does: not dropped
    # from the list (a clinic alone, with no 各, names no body)
    text = (
        "渔区防疫任务\n"
        f"（一）做好渔民接种。\n（责任单位：{_A}、各渔港预防接种门诊）\n"
        f"（二）保障渔区药品供应。\n（责任单位：{_C}、各渔港零售药店、有关个体诊所）\n"
        f"（三）清理水产交易场所。\n（责任单位：{_B}、各水产批发市场）\n"
    )
    assert led_tasks(tmp_path, text) == [
        (_A, [_A, "各渔港预防接种门诊"]),
        (_C, [_C, "各渔港零售药店", "有关个体诊所"]),
        (_B, [_B, "各水产批发市场"]),
    ]


def test_a_table_row_a_page_width_broke_over_lines_of_bars(tmp_path: Path) -> None:
    # each line after the row's first keeps every bar, its blank cells between them: the
    # pieces of a cell join column by column (县⏎海洋与渔业局 is one name, a name a line two)
    table = (
        "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n"
        f"1 | 开展渔船饮用水抽检 | {_A} | {_B}、县 | 2025年\n"
        "  |  |  | 海洋与渔业局 | 底\n"
        f"2 | 清理渔港垃圾，整治 | {_C} | {_A} | 全年\n"
        f"  | 渔港环境 |  | {_B} |\n"
    )
    assert led_tasks(tmp_path, table) == [(_A, [_A, _B, _C]), (_C, [_C, _A, _B])]
    bordered = (
        "| 序号 | 重点任务 | 责任单位 | 完成时间 |\n"
        f"| 1 | 组织渔民体检 | {_C}、县水产技术 | 6月 |\n"
        "|  |  | 推广站 |  |\n"
    )
    assert led_tasks(tmp_path / "bordered", bordered) == [(_C, [_C, _A])]


def test_a_markdown_rule_under_the_header_is_no_row(tmp_path: Path) -> None:
    # |---|:---:| under a table's header is a rule between rows, not a work item of its own
    table = (
        "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n|---|:---|:---:|---:|\n"
        f"| 1 | 组织渔民体检 | {_C} | {_A} |\n"
        f"| 2 | 清理渔港垃圾 | {_B} | {_C} |\n"
    )
    assert led_tasks(tmp_path, table) == [(_C, [_C, _A]), (_B, [_B, _C])]


def test_a_page_number_of_other_forms_inside_a_role_lines_list(tmp_path: Path) -> None:
    # 第3页 共10页, ·3· or a number alone between blank lines, left by a conversion where a
    # page ended inside a list: the list goes on after it, a name broken there joined
    for k, mark in enumerate(("第4页 共9页", "第 4 页，共 9 页", "·4·", "• 4 •", "4")):
        text = (
            "渔区卫生任务分解\n"
            f"1.开展渔船饮用水抽检，建立抽检台账。责任单位：{_A}、县渔政执法\n\n{mark}\n\n"
            f"大队、{_C}\n"
            f"2.清理渔港垃圾。责任单位：{_B}\n"
        )
        assert led_tasks(tmp_path / str(k), text) == [(_A, [_A, _B, _C]), (_B, [_B])], mark


def test_a_list_closed_by_a_count_or_a_kind_of_bodies(tmp_path: Path) -> None:
    # 等2家县级医院, 等3所中心卫生院, 等医疗机构: the rest of the list left unnamed, as 等5个部门
    # is — no part of the last name
    text = (
        "渔区医疗保障任务\n"
        "1.开展渔民义诊。责任单位：县人民医院、县中医院等2家县级医院\n"
        f"2.设立渔港医疗点。责任单位：{_C}、东港镇卫生院、西港镇卫生院等3所中心卫生院\n"
        "3.开展海上救护演练。责任单位：县人民医院等医疗机构\n"
        f"4.储备急救药品。（{_C}、{_A}等2个单位负责）\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县人民医院", ["县人民医院", "县中医院"]),
        (_C, [_C, "东港镇卫生院", "西港镇卫生院"]),
        ("县人民医院", ["县人民医院"]),
        (_C, [_C, _A]),
    ]


def test_a_label_that_asks_for_the_person_with_the_body(tmp_path: Path) -> None:
    # 责任单位及责任人：甲局 王某；乙局 张某 — each body's person after it, a space apart, up to
    # the separator of the list; the persons are no departments
    text = (
        "渔区卫生任务分解\n"
        f"1.开展渔船饮用水抽检。责任单位及责任人：{_A} 王某；{_C} 张某某\n"
        f"2.清理渔港垃圾。\n牵头单位和分管领导：{_B} 刘某，{_A} 陈某\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A, _C]), (_B, [_B, _A])]


def test_a_lead_marked_in_a_responsible_column_one_cell_a_line(tmp_path: Path) -> None:
    # a table printed one cell a line, one 责任单位 column: the name marked （牵头） or with a
    # star leads wherever the cell lists it
    text = (
        "序号\n工作任务\n责任单位\n完成时限\n"
        f"1\n开展渔船饮用水抽检\n{_B}、{_A}（牵头）\n2025年底\n"
        f"2\n清理渔港垃圾\n{_A}、{_B}、{_C}*\n全年\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A, _B]), (_C, [_C, _A, _B])]


def test_a_role_in_brackets_glued_to_the_next_name(tmp_path: Path) -> None:
    # 甲局（牵头）乙局: the bracket closes the first name, the next one follows without a 、
    text = (
        "渔区卫生任务分解\n"
        f"1.开展渔船饮用水抽检。责任单位：{_B}（牵头）{_A}、{_C}\n"
        f"2.清理渔港垃圾。（{_C}（牵头单位）{_B}）\n"
        f"3.组织渔民体检。责任单位：{_A}（配合）{_B}（牵头）\n"
    )
    assert led_tasks(tmp_path, text) == [(_B, [_B, _A, _C]), (_C, [_C, _B]), (_B, [_B, _A])]


def test_a_lead_marked_in_brackets_before_the_lists_verb(tmp_path: Path) -> None:
    # 甲、乙（牵头）负责: the list's verb after the last name's bracket; the marked name leads and
    # keeps no bracket
    text = (
        "渔区卫生任务分解\n"
        f"1.组织渔民体检。责任单位：{_A}、{_B}（牵头）负责\n"
        f"2.清理渔港垃圾。（{_A}、{_C}（牵头）落实）\n"
    )
    assert led_tasks(tmp_path, text) == [(_B, [_B, _A]), (_C, [_C, _A])]


def test_every_body_given_a_role_is_a_reference_not_a_department(tmp_path: Path) -> None:
    # 各牵头单位 / 各责任单位 in a plan's closing requirements speak of the bodies its items
    # name, no body of their own; 各单位 and 各成员单位 stay collectives
    text = (
        "渔区卫生任务分解\n"
        f"1.开展渔船饮用水抽检。责任单位：{_A}\n"
        "2.加强组织领导。各牵头单位要高度重视，各责任单位要密切配合。\n"
        f"3.清理渔港垃圾。（{_C}牵头，各成员单位配合）\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A]), (None, []), (_C, [_C, "各成员单位"])]


def test_an_office_whose_name_opens_with_a_verb_like_word(tmp_path: Path) -> None:
    # 县政府督查室将…, 县海洋与渔业局监督科对…: 督查 and 监督 open the office's name here, the
    # sentence's verb comes after it; 县海洋与渔业局指导各科室… keeps the bureau alone
    text = (
        "渔区卫生任务分解\n"
        "1.强化督查考核。县政府督查室将适时开展督查。\n"
        f"2.加强渔船检查。{_C}监督科对渔船开展抽查。\n"
        f"3.落实岗位责任。{_C}指导各科室做好自查。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县政府督查室", ["县政府督查室"]),
        (f"{_C}监督科", [f"{_C}监督科"]),
        (_C, [_C]),
    ]


def test_a_lead_that_oversees_or_takes_charge_closing_its_clause(tmp_path: Path) -> None:
    # 甲统筹，乙落实 / 甲主抓，乙协同: the body whose role closes the first clause leads, the
    # bodies of the next clause support
    text = (
        "渔区卫生任务分解\n"
        f"1.开展渔船饮用水抽检。{_C}统筹，{_A}、{_B}具体落实。\n"
        f"2.清理渔港垃圾。{_B}主抓，{_C}协同。\n"
        f"3.组织渔民体检。（{_A}统筹，各乡镇配合）\n"
    )
    assert led_tasks(tmp_path, text) == [
        (_C, [_C, _A, _B]),
        (_B, [_B, _C]),
        (_A, [_A, "各乡镇"]),
    ]


def test_a_lead_named_with_its_own_unit_in_brackets(tmp_path: Path) -> None:
    # 甲局（甲站）牵头，乙配合: the bracket names a unit of its own (two bodies), the lead is the
    # first of them — not the whole name kept beside its two parts
    text = (
        "渔区卫生任务分解\n"
        f"1.开展渔船饮用水抽检。（{_C}（{_A}）牵头，{_B}配合）\n"
        f"2.清理渔港垃圾。（{_B}、{_C}（{_A}）（牵头））\n"
    )
    assert led_tasks(tmp_path, text) == [(_C, [_C, _A, _B]), (_C, [_C, _B, _A])]


def test_tasks_numbered_by_the_word_task_or_by_item(tmp_path: Path) -> None:
    # 任务一：…任务二：… and 第一项 …第二项 … number a plan's tasks as 一、 does
    text = (
        "渔区卫生工作方案\n"
        f"任务一：开展渔船饮用水抽检。责任单位：{_A}、{_B}。\n"
        f"任务二：清理渔港垃圾。责任单位：{_C}。\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A, _B]), (_C, [_C])]
    items = (
        "渔区卫生工作方案\n"
        f"第一项 组织渔民体检\n责任单位：{_B}、{_C}\n"
        f"第二项 开展海上急救培训\n责任单位：{_A}\n"
    )
    assert led_tasks(tmp_path / "items", items) == [(_B, [_B, _C]), (_A, [_A])]


def test_a_bracketed_role_line_closing_an_item_with_numbered_points(tmp_path: Path) -> None:
    # （一）…⏎1.…⏎2.…⏎（牵头单位：甲；配合单位：乙）: the line closes the item, the ； inside
    # its bracket parts no sentence — the lead is not lost with the half before it
    text = (
        "渔区卫生任务分解\n（一）整治渔港环境\n1.清理渔港垃圾。\n2.开展灭鼠行动。\n"
        f"（牵头单位：{_C}；配合单位：{_A}、{_B}）\n"
        f"（二）保障渔民健康\n1.组织渔民体检。\n2.开展急救培训。\n（牵头单位：{_B}）\n"
    )
    assert led_tasks(tmp_path, text) == [(_C, [_C, _A, _B]), (_B, [_B])]


def test_bodies_each_before_its_part_of_the_item(tmp_path: Path) -> None:
    # 推进…。甲：完善…；乙：推行…；丙：落实…: each body before a colon does its part, in order
    text = (
        "渔区卫生任务分解\n"
        f"1.整治渔港环境。{_C}：清理渔港垃圾；{_B}：查处违规排污；{_A}：开展水质监测。\n"
        f"2.组织渔民体检。（{_A}负责）\n"
    )
    assert led_tasks(tmp_path, text) == [(_C, [_C, _B, _A]), (_A, [_A])]


def test_a_body_in_a_box_above_its_list(tmp_path: Path) -> None:
    # 【甲局】⏎1.…⏎2.…⏎【乙局】⏎1.…: the box names the body whose list follows, as 甲局：does
    text = (
        "渔区卫生任务分解\n"
        f"【{_C}】\n1.清理渔港垃圾。\n2.开展灭鼠行动。\n"
        f"【{_A}】\n1.开展水质监测。\n2.建立抽检台账。\n"
    )
    assert led_tasks(tmp_path, text) == [(_C, [_C]), (_C, [_C]), (_A, [_A]), (_A, [_A])]


def test_a_row_a_space_parts_into_cells_without_its_header(tmp_path: Path) -> None:
    # a table's rows printed without bars nor header (its header on another page): the bodies
    # of the cells after the work, in order, the first leading
    text = (
        "渔区卫生任务分解（续）\n"
        f"1.开展渔船饮用水抽检 {_A} {_B}、{_C} 2025年底\n"
        f"2.清理渔港垃圾 {_C} 全年\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A, _B, _C]), (_C, [_C])]
