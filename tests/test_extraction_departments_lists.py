"""How plans and regulations list the bodies responsible for an item beyond a plain list:
a collective's other name in brackets after it, ... Each form written here in our own words with
invented bodies; each item must get every body it names, in order, the first named leading."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks

_A, _B, _C = "市口岸检疫站", "市港航事务中心", "市海洋渔业局"


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
    assert led_tasks(tmp_path, text) == [
        (_A, [_A, _B, "各县(市、区)政府(管委会)"]),
        (_C, [_C, "各区（县）人民政府（管委会）"]),
        (_B, [_B, _A, "各乡镇政府(街道办事处)"]),
    ]


def test_the_governments_of_a_level_named_together(tmp_path: Path) -> None:
    # every township's government and every sub-district office, named bare in a regulation or
    # after 各 in a plan's partner line (a generic 开发园区 too): one collective, not two bodies
    text = (
        "某市港口卫生条例\n第一章 总则\n"
        "第五条 乡镇人民政府、街道办事处应当做好本辖区内港口卫生的有关工作。\n"
        "第六条 镇人民政府、街道办事处负责组织港区周边的环境清理。\n"
        "第七条 市港航事务中心负责港口卫生监督。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("乡镇人民政府、街道办事处", ["乡镇人民政府、街道办事处"]),
        ("镇人民政府、街道办事处", ["镇人民政府、街道办事处"]),
        (_B, [_B]),
    ]
    plan = (
        "港口卫生重点工作分解\n1.加强船舶检疫。\n牵头单位:市海洋渔业局\n"
        "配合单位:市港航事务中心等市级有关部门,各区(县、市)政府、开发园区管委会\n"
        "2.建设港区卫生信息平台。\n牵头单位:市港航事务中心\n"
        "配合单位:各县政府、某某经济开发区管委会\n"  # one zone, named: a body of its own
    )
    assert led_tasks(tmp_path / "plan", plan) == [
        # (the zones' committees beside the counties' governments: two entries, README "## Tasks",
        # stop 31)
        (_C, [_C, _B, "各区(县、市)政府", "开发园区管委会"]),
        (_B, [_B, "各县政府", "某某经济开发区管委会"]),
    ]


def test_an_articles_paragraphs_of_sectors_and_mass_organisations(tmp_path: Path) -> None:
    # a level's government or department leads; a paragraph lists the fields whose departments
    # do their part (a long list, 住房和城乡建设 a field, not building work), another the mass
    # organisations that take part: all the article's, in the order named (stop 29's rules:
    # each level's body, each field's department with the word 部门)
    sectors = (
        "发展和改革、教育、公安、民政、财政、人力资源和社会保障、自然资源、生态环境、"
        "住房和城乡建设、交通运输、农业农村、文化和旅游、市场监督管理、体育"
    )
    text = (
        "某市港口卫生条例\n第一章 总则\n"
        "第五条 市、县(区)人民政府港航主管部门负责本行政区域内港口卫生的监督管理,"
        "协调有关部门共同做好港口卫生工作。\n"
        f"{sectors}等部门,按照各自职责做好港口卫生有关工作。\n"
        "工会、共产主义青年团、妇女联合会、红十字会等群团组织应当积极参与港口卫生工作。\n"
        "第六条 市港航事务中心负责港口卫生监督,市口岸检疫站予以配合。"
        "城乡建设、海洋渔业等部门应当在各自职责范围内做好相关工作。\n"
    )
    lead = "市人民政府港航主管部门"
    levels = [lead, "县(区)人民政府港航主管部门"]
    fields = [f"{sector}部门" for sector in sectors.split("、")]
    organisations = ["工会", "共产主义青年团", "妇女联合会", "红十字会"]
    assert led_tasks(tmp_path, text) == [
        (lead, [*levels, *fields, *organisations]),
        (_B, [_B, _A, "城乡建设部门", "海洋渔业部门"]),
    ]


def test_a_table_one_cell_a_line_whose_lead_cell_is_empty(tmp_path: Path) -> None:
    # a task list converted one cell a line, each closed by its bar: a row whose lead cell is
    # empty has its bodies only in the responsible cell, several there and none alone
    text = (
        "某市港口卫生常态管理工作任务清单 |\n|||||\n工作项目 |\n重点任务 |\n牵头单位 |\n"
        "责任单位 |\n完成时限 |\n|\n一、港口卫生组织管理 |\n"
        "1.将港口卫生工作纳入年度考核。 |\n|\n市港航事务中心、市直相关单位 |\n上半年 |\n"
        "2.每季度召开一次港口卫生联席会议，通报港区卫生状况。 |\n市港航事务中心 |\n"
        "市口岸检疫站,各区政府 |\n全年 |\n"
        "3.清理港区积存垃圾。 |\n|\n市海洋渔业局、市口岸检疫站 |\n6月底前 |\n"
    )
    assert led_tasks(tmp_path, text) == [
        (_B, [_B, "市直相关单位"]),
        (_B, [_B, _A, "各区政府"]),
        (_C, [_C, _A]),
    ]


def test_fields_and_mass_organisations_by_their_division_of_labour(tmp_path: Path) -> None:
    # the fields' departments act by the division of labour (a comma before their duty); the
    # mass organisations, named people's or mass bodies, act by their own charters or assist
    text = (
        "某市港口卫生条例\n第一章 总则\n"
        "第五条 县级以上人民政府港航主管部门负责本行政区域内港口卫生工作。\n"
        "卫生健康、财政、交通运输等部门按照职责分工，做好港口卫生相关工作。\n"
        "工会、共青团、妇联、残联等人民团体和红十字会应当协助做好港口卫生宣传。\n"
        "第六条 县级以上人民政府应当加强对港口卫生工作的领导。"
        "发展改革、财政等部门应当在各自职责范围内支持港口卫生设施建设。"
        "工会、共青团、妇联等群众团体按照各自章程参与港口卫生工作。\n"
    )
    lead, government = "县级以上人民政府港航主管部门", "县级以上人民政府"
    assert led_tasks(tmp_path, text) == [
        (
            lead,
            [
                lead,
                "卫生健康部门",
                "财政部门",
                "交通运输部门",
                *["工会", "共青团", "妇联", "残联", "红十字会"],
            ],
        ),
        (government, [government, "发展改革部门", "财政部门", "工会", "共青团", "妇联"]),
    ]


def test_township_levels_named_bare_before_their_government(tmp_path: Path) -> None:
    # 乡、镇人民政府 is the government of each township and town, one name; 县、乡、镇人民政府
    # names two levels, each level's body on its own (stop 29's rule)
    text = (
        "某市港口卫生条例\n第一章 总则\n"
        "第七条 乡、镇人民政府和街道办事处应当协助做好港口卫生工作。\n"
        "第八条 县、乡、镇人民政府应当保障港口卫生经费。\n"
        "第九条 市港航事务中心负责港口卫生监督。\n"
    )
    assert led_tasks(tmp_path, text) == [
        # (乡、镇 and 街道 joined by 和: a place has the one or the other, one entry)
        ("乡、镇人民政府和街道办事处", ["乡、镇人民政府和街道办事处"]),
        ("县人民政府", ["县人民政府", "乡、镇人民政府"]),
        (_B, [_B]),
    ]


def test_a_person_after_a_role_lines_names_is_no_department(tmp_path: Path) -> None:
    # who answers for the work, a space after the unit on its line, with a post or not, or a
    # placeholder for the name; a body's name there (各乡镇, 县医院) is the item's too
    text = (
        "港口卫生工程实施方案\n"
        "1、完成港区公厕改造项目\n责任单位：县港航事务中心 *** 主任\n"
        "2、建设船舶污水接收站\n责任单位：县海洋渔业局\u3000张某 局长\n"
        "3、启动码头垃圾分类\n责任单位：县城管局、县财政局 王某某\n"
        "4、更新港区消毒设备\n责任单位：县卫生健康局 各乡镇\n"
        "5、改造港区医务室\n责任单位：县卫生健康局 县医院\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县港航事务中心", ["县港航事务中心"]),
        ("县海洋渔业局", ["县海洋渔业局"]),
        ("县城管局", ["县城管局", "县财政局"]),
        ("县卫生健康局", ["县卫生健康局", "各乡镇"]),
        ("县卫生健康局", ["县卫生健康局", "县医院"]),
    ]


def test_an_articles_subject_closed_by_a_kind_of_organisation(tmp_path: Path) -> None:
    # 等社会组织 closes the list that is the article's subject: 组织 is no verb after 等社会,
    # and 甲会等社会 no body's name
    text = (
        "某市港口急救管理办法\n第一章 总则\n"
        "第七条 红十字会等社会组织应当依法参与港口急救知识普及。\n"
        "第八条 红十字会、港口急救协会等社会组织可以开展急救培训。\n"
        "第九条 港口商会等基层组织应当配合做好港口急救宣传。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("红十字会", ["红十字会"]),
        ("红十字会", ["红十字会", "港口急救协会"]),
        ("港口商会", ["港口商会"]),
    ]


def test_a_person_in_brackets_after_a_role_lines_body(tmp_path: Path) -> None:
    # each unit's contact named in brackets after it is no part of its name; a bracket that
    # names a unit, a level or the body's other name stays
    text = (
        "2026年港口重点工作任务分解\n一、港口发展（牵头领导：王某某）\n"
        "1.港口货物吞吐量增长3%。\n牵头单位：市港航事务中心（张某某）\n"
        "配合单位：市海洋渔业局（李某、周某）、市口岸检疫站(赵某某)\n"
        "2.新开国际航线2条。\n牵头单位：市商务局（口岸办）\n"
        "配合单位：各镇（街道）、市残联（市残疾人联合会）\n"
    )
    assert led_tasks(tmp_path, text) == [
        (_B, [_B, _C, _A]),
        ("市商务局（口岸办）", ["市商务局（口岸办）", "各镇（街道）", "市残联（市残疾人联合会）"]),
    ]


def test_a_level_of_government_leading_as_a_whole(tmp_path: Path) -> None:
    # a government that leads or manages the whole work as one (统一领导, 统一管理) opens its
    # article's duty as 领导 does, before the level under it that 负责 its part
    text = (
        "某市港口卫生管理办法\n第一章 总则\n"
        "第六条 市人民政府统一领导全市港口卫生工作。区人民政府负责本辖区港口卫生工作。\n"
        "第七条 市港航事务中心统一管理港区公共卫生设施，市口岸检疫站负责船舶检疫。\n"
        "第八条 市委统一战线工作部负责港口侨务工作。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市人民政府", ["市人民政府", "区人民政府"]),
        (_B, [_B, _A]),
        ("市委统一战线工作部", ["市委统一战线工作部"]),
    ]


def test_a_cell_a_page_width_broke_in_a_table_one_cell_a_line(tmp_path: Path) -> None:
    # a cell's line broken inside a name (市口岸⏎检疫站) or after a separator goes on to the
    # bar that closes the cell; names one a line in a cell stay two names
    text = (
        "某市港口卫生常态管理工作任务清单 |\n|||||\n工作项目 |\n重点任务 |\n牵头单位 |\n"
        "责任单位 |\n完成时限 |\n|\n"
        "1.将港口卫生工作纳入年度考核，\n定期通报。 |\n市政府办 |\n"
        "市港航事务中心、市口岸\n检疫站、各区政府 |\n上半年 |\n"
        "2.清理港区积存垃圾。 |\n市城管局 |\n市海洋渔业局、\n各区政府 |\n6月底前 |\n"
        "3.开展船舶灭鼠。 |\n市海洋渔业局 |\n市口岸检疫站\n市港航事务中心 |\n全年 |\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市政府办", ["市政府办", _B, _A, "各区政府"]),
        ("市城管局", ["市城管局", _C, "各区政府"]),
        (_C, [_C, _A, _B]),
    ]
