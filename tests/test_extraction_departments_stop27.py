"""Layouts and wordings of work-item plans written in our own words (invented bodies) to probe
how the departments of each numbered item are read (stop 27): each item must get every body it
names, in order, the first named leading."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks

_A, _B, _C = "县血站", "县红十字会", "县应急管理局"


def test_a_boxed_body_heads_a_list_that_numbers_on(tmp_path: Path) -> None:
    # 【甲】⏎1.…⏎2.…⏎【乙】⏎3.…: the box above 3. heads the next list, not item 2's own name
    text = (
        "无偿献血工作任务清单\n"
        f"【{_A}】\n1.设立流动采血点。\n2.开展献血者回访。\n"
        f"【{_B}】\n3.组织献血志愿服务。\n4.表彰献血先进个人。\n"
        f"【{_C}】\n5.制定血液应急调配预案。\n"
    )
    assert led_tasks(tmp_path, text) == [
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
    assert led_tasks(tmp_path, text) == [(_A, [_A]), (_B, [_B]), (_C, [_C])]


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
    assert led_tasks(tmp_path, text) == [
        (_A, [_A, _B]),
        (_A, [_A, "各乡镇卫生院"]),
        (_A, [_A]),
        (_B, [_B, _C]),
    ]


def test_partners_whose_role_is_said_with_a_verb(tmp_path: Path) -> None:
    # 甲具体负责，乙抓好落实 / 乙做好落实: 抓好 is no part of 乙's name
    text = (
        "献血工作要点\n"
        f"1.做好街头采血。{_A}具体负责，各乡镇卫生院抓好落实。\n"
        f"2.做好献血表彰。{_B}负责，{_C}做好落实。\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A, "各乡镇卫生院"]), (_B, [_B, _C])]


def test_bodies_after_you_that_carry_the_work_out(tmp_path: Path) -> None:
    # 由甲、乙联合开展 / 由丙实施 / 由甲共同开展: those who carry the work out, as 由…负责
    text = (
        "献血工作要点\n"
        f"（一）清理非法采血点。由{_A}、{_C}联合开展。\n"
        f"（二）培训应急献血队伍。由{_B}实施。\n"
        "（三）编制献血工作实施方案。由各乡镇开展自查。\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A, _C]), (_B, [_B]), ("各乡镇", ["各乡镇"])]


def test_a_time_a_space_after_a_bracketed_list(tmp_path: Path) -> None:
    # （甲、乙 2025年12月底前完成）: the time a space after the names is another field
    text = (
        "献血工作要点\n"
        f"1.建成县献血屋（{_A}、{_C} 2025年12月底前完成）\n"
        f"2.更新采血车（{_A}　长期坚持）\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A, _C]), (_A, [_A])]


def test_partner_groups_a_comma_parts(tmp_path: Path) -> None:
    # 甲牵头，乙，各乡镇（街道）配合: every group before the partners' role word; a clause of
    # the lead's own before a comma (甲负责组织协调，乙负责…) is no group of partners
    text = (
        "献血工作要点\n"
        f"1.开展全民献血月活动。{_B}牵头，县直各有关部门，各乡镇（街道）配合。\n"
        f"2.做好献血者激励。{_B}负责组织协调，{_A}负责落实献血者优待。\n"
    )
    assert led_tasks(tmp_path, text) == [
        (_B, [_B, "县直各有关部门", "各乡镇（街道）"]),
        (_B, [_B, _A]),
    ]


def test_a_body_that_gives_technical_guidance(tmp_path: Path) -> None:
    # （甲负责，乙技术指导）: 技术指导 is 乙's role, as 业务指导 is
    text = f"献血工作要点\n1.开展献血者健康检查（{_A}负责，县疾控中心技术指导）\n"
    assert led_tasks(tmp_path, text) == [(_A, [_A, "县疾控中心"])]


def test_every_level_a_bracket_adds_is_one_collective(tmp_path: Path) -> None:
    # 各市、县（市、区）政府 / 各市、县〔市、区〕卫生健康局: 各 speaks of every level named, one
    # collective; 各县区、市卫健委 is every county and the city's own commission
    text = (
        "全省献血工作要点\n"
        "1.落实献血屋建设用地（省自然资源厅，各市、县〔市、区〕政府）\n"
        "2.开展无偿献血宣传（省红十字会、各市、县（市、区）卫生健康局负责）\n"
        "3.做好血液调配（各县区、市卫健委负责）\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("省自然资源厅", ["省自然资源厅", "各市、县〔市、区〕政府"]),
        ("省红十字会", ["省红十字会", "各市、县（市、区）卫生健康局"]),
        ("各县区", ["各县区", "市卫健委"]),
    ]


def test_roles_stated_after_the_names_in_a_bracket(tmp_path: Path) -> None:
    # （甲牵头；乙、丙为配合单位）, （乙为配合单位，甲为牵头单位）: the role said with 为 after the
    # names; a note that says who leads (排在第一位的为牵头部门) names no body and leads nothing
    text = (
        "献血工作要点\n"
        f"1.建设献血屋（{_A}牵头；{_B}、{_C}为配合单位）\n"
        f"2.开展献血宣传（{_B}为配合单位，{_A}为牵头单位）\n"
        f"3.做好血液储备（{_A}、{_C}负责，排在第一位的为牵头部门）\n"
    )
    assert led_tasks(tmp_path, text) == [
        (_A, [_A, _B, _C]),
        (_A, [_A, _B]),
        (_A, [_A, _C]),
    ]


def test_persons_beside_the_bodies_of_a_bracket(tmp_path: Path) -> None:
    # （甲 王某某 站长）, （甲 王某某，乙 李某）, （甲，责任人：王某）: who answers for the body,
    # no part of the list
    text = (
        "献血工作要点\n"
        f"1.建设献血屋（{_A} 王某某 站长）\n"
        f"2.开展献血宣传（{_B} 李某，{_C} 赵某某）\n"
        f"3.做好血液储备（{_A}，责任人：孙某）\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A]), (_B, [_B, _C]), (_A, [_A])]


def _laid(*rows: tuple[str, ...]) -> str:
    """Rows of a table laid out with spaces, a Chinese character one column wide."""
    widths = (6, 18, 10, 10)
    lines = ("".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)
    return "\n".join(line.rstrip() for line in lines)


def test_a_spaced_table_whose_cells_a_page_width_broke(tmp_path: Path) -> None:
    # a table a conversion laid out with spaces (pdftotext -layout), its cells broken over the
    # lines after the row, each piece under its column: 甲、乙⏎ … 丙 are the names 甲、乙丙
    table = _laid(
        ("序号", "重点任务", "牵头单位", "配合单位"),
        ("1", "设立流动采血点，扩大", _A, f"{_B}、县"),
        ("", "采血覆盖面", "", "应急管理局"),
        ("2", "开展献血者回访", _B, _A),
        ("3", "制定血液调配预案", _C, f"{_A}、县"),
        ("", "", "", "红十字会"),
    )
    assert led_tasks(tmp_path / "chars", f"献血任务分工表\n{table}\n") == [
        (_A, [_A, _B, _C]),
        (_B, [_B, _A]),
        (_C, [_C, _A, _B]),
    ]
    # the same laid out by width, a Chinese character two columns wide
    wide = (
        "献血任务分工表\n"
        "1.设立流动采血点，扩大    县血站      县红十字会、县\n"
        "  采血覆盖面                          应急管理局\n"
        "2.开展献血者回访          县红十字会  县血站\n"
    )
    assert led_tasks(tmp_path / "wide", wide) == [(_A, [_A, _B, _C]), (_B, [_B, _A])]


def test_rows_numbered_bare_under_a_chapter_with_wide_spaces(tmp_path: Path) -> None:
    # 一、…⏎1     设立…     甲     乙: a bare number a run of spaces before its row's text, as a
    # table laid out with spaces prints it under a chapter's heading
    rows = _laid(("1", "设立流动采血点", _A, _B), ("2", "开展献血者回访", _B, _C))
    text = f"献血任务分工表\n一、采血服务\n{rows}\n"
    expected = [(_A, [_A, _B]), (_B, [_B, _C])]
    assert led_tasks(tmp_path / "chapter", text) == expected
    assert led_tasks(tmp_path / "alone", f"献血任务分工表\n{rows}\n") == expected


def test_a_tab_table_whose_cells_a_page_width_broke(tmp_path: Path) -> None:
    # cells a tab apart, a cell broken onto the next line with its tabs kept (甲、县⏎⇥⇥⇥应急管理局)
    text = (
        "献血任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n"
        f"1\t设立流动采血点\t{_A}\t{_B}、县\n\t\t\t应急管理局\n"
        f"2\t开展献血者回访\t{_B}\t{_A}\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A, _B, _C]), (_B, [_B, _A])]


def test_names_a_web_page_breaks_with_markup(tmp_path: Path) -> None:
    # 甲（牵头）<br>乙 in a table's cell or on a role line: names one a line
    text = (
        "献血任务分工表\n| 序号 | 重点任务 | 责任单位 |\n|---|---|---|\n"
        f"| 1 | 设立流动采血点 | {_A}（牵头）<br>{_B} |\n"
        f"| 2 | 开展献血者回访 | {_B}、<br/>{_C} |\n"
    )
    assert led_tasks(tmp_path / "table", text) == [(_A, [_A, _B]), (_B, [_B, _C])]
    lines = f"献血工作要点\n1.设立流动采血点。\n责任单位：{_C}<BR>{_A}\n"
    assert led_tasks(tmp_path / "line", lines) == [(_C, [_C, _A])]


def test_a_note_of_the_items_a_body_answers_for_is_no_part_of_its_name(tmp_path: Path) -> None:
    # 甲（以上两项）, 乙（第3项）: which items of the list the body answers for, not its name
    text = (
        "献血工作要点\n1.设立流动采血点。\n2.开展献血者回访。\n"
        f"责任单位：{_A}（以上两项）\n3.制定血液调配预案。\n责任单位：{_C}（第3项）\n"
    )
    assert led_tasks(tmp_path, text)[1:] == [(_A, [_A]), (_C, [_C])]


def test_a_closing_line_that_gives_items_their_bodies_by_number(tmp_path: Path) -> None:
    # 以上第1-2项由甲负责，第3项由乙牵头、丙配合: each item the bodies its number is given
    text = (
        "献血工作要点\n1.设立流动采血点。\n2.开展献血者回访。\n3.制定血液调配预案。\n"
        f"以上第1-2项由{_A}负责，第3项由{_C}牵头、{_B}配合。\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A]), (_A, [_A]), (_C, [_C, _B])]


def test_a_line_whose_names_say_which_items_are_theirs(tmp_path: Path) -> None:
    # 牵头单位：甲（第1、2项）、乙（第3项） / 责任单位：甲（以上两项）: the items the notes name
    items = "献血工作要点\n1.设立流动采血点。\n2.开展献血者回访。\n"
    text = f"{items}3.制定血液调配预案。\n牵头单位：{_A}（第1、2项）、{_C}（第3项）\n"
    assert led_tasks(tmp_path / "numbers", text) == [(_A, [_A]), (_A, [_A]), (_C, [_C])]
    text = f"{items}责任单位：{_B}（以上两项）\n3.制定血液调配预案。\n责任单位：{_C}\n"
    assert led_tasks(tmp_path / "count", text) == [(_B, [_B]), (_B, [_B]), (_C, [_C])]


def test_a_rectification_list_and_bare_role_words(tmp_path: Path) -> None:
    # 整改单位：… in a list of problems to put right; 责任： written alone as 牵头： is
    text = (
        "献血屋检查问题整改清单\n"
        f"1.献血屋消毒记录不全。整改单位：{_A}、各乡镇\n"
        f"2.献血宣传资料过期。（牵头：{_B} 责任：{_A}）\n"
    )
    assert led_tasks(tmp_path, text) == [(_A, [_A, "各乡镇"]), (_B, [_B, _A])]


def test_a_body_opening_its_item_before_a_dash(tmp_path: Path) -> None:
    # 1.甲——推进…: the body the item opens with before a dash, as before a colon
    text = f"献血工作要点\n1.{_A}——设立流动采血点。\n2.{_B}、{_C}——开展献血者回访。\n"
    assert led_tasks(tmp_path, text) == [(_A, [_A]), (_B, [_B, _C])]


def test_a_body_named_with_the_support_it_gives(tmp_path: Path) -> None:
    # （甲负责，乙提供技术支持）, （甲牵头，乙资金保障）: 乙 supports, with the kind of support said
    text = (
        "献血工作要点\n"
        f"1.开展献血宣传（{_B}负责，{_A}提供技术支持）\n"
        f"2.建设献血屋（{_A}牵头，县财政局资金保障）\n"
    )
    assert led_tasks(tmp_path, text) == [(_B, [_B, _A]), (_A, [_A, "县财政局"])]


def test_a_unit_of_its_own_in_brackets_on_a_role_line_or_in_a_cell(tmp_path: Path) -> None:
    # 责任单位：甲局（甲中心）, a cell 甲局（甲中心）: two bodies, as in a bracketed list; an
    # alias that does not repeat the place (县发改局（粮食局）) stays one
    line = "献血工作要点\n1.建设献血屋。\n责任单位：县卫健局（县中心血站）、县发改局（粮食局）\n"
    assert led_tasks(tmp_path / "line", line) == [
        ("县卫健局", ["县卫健局", "县中心血站", "县发改局（粮食局）"])
    ]
    table = (
        "献血任务表\n| 序号 | 重点任务 | 责任单位 |\n|---|---|---|\n"
        "| 1 | 开展献血者回访 | 县卫健局（县中心血站） |\n| 2 | 建设献血屋 | 县财政局 |\n"
    )
    assert led_tasks(tmp_path / "table", table) == [
        ("县卫健局", ["县卫健局", "县中心血站"]),
        ("县财政局", ["县财政局"]),
    ]


def test_a_regulations_helpers_and_enforcers(tmp_path: Path) -> None:
    # 村（居）民委员会予以协助: the helper's name keeps its bracket; 由甲局责令改正: an act of
    # authority of the body that enforces the article
    text = (
        "某县献血管理办法\n第一条 为保障临床用血，制定本办法。\n"
        f"第二条 乡镇人民政府负责本辖区献血动员工作，村（居）民委员会予以协助。\n"
        f"第三条 对违反本办法采集血液的，由{_C}责令限期改正。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("乡镇人民政府", ["乡镇人民政府", "村（居）民委员会"]),
        (_C, [_C]),
    ]
