"""Regulations written in our own words (invented articles) to probe how the articles of a
regulation are told apart and which bodies each charges (stop 27, after the tenth part): each
article must get every body its sentences charge, in order, the first named leading."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks


def test_articles_of_a_page_printed_on_one_line_with_indents(tmp_path: Path) -> None:
    # …本条例。   第二条 …: the spaces of each article's indent stand between it and the stop
    text = (
        "某市控烟条例 第一章 总  则   第一条 为了减少烟草烟雾危害，制定本条例。   "
        "第二条 市卫生健康行政部门主管本市控烟工作。   "
        "第三条 县级以上人民政府市场监督管理部门负责烟草广告的监督检查。"
    )
    assert led_tasks(tmp_path, text) == [
        ("市卫生健康行政部门", ["市卫生健康行政部门"]),
        ("县级以上人民政府市场监督管理部门", ["县级以上人民政府市场监督管理部门"]),
    ]


def test_articles_whose_punctuation_a_conversion_garbled(tmp_path: Path) -> None:
    # …本办法.第二条 …, …制定 第三条,…: a point, a space or a comma before the article's number;
    # a point between two sentences of one article; a comma after the subject; 共同制定
    text = (
        "第一条,为了规范病媒生物防制工作,制定本办法.第二条 病媒生物防制目录"
        "由市卫生健康行政部门和市生态环境部门共同制定 第三条,区人民政府卫生健康部门,"
        "对本区病媒生物防制工作实施监督管理.城市管理部门,对环境卫生设施的防制工作实施监督。"
    )
    assert led_tasks(tmp_path, text) == [
        ("市卫生健康行政部门", ["市卫生健康行政部门", "市生态环境部门"]),
        ("区人民政府卫生健康部门", ["区人民政府卫生健康部门", "城市管理部门"]),
    ]


def test_levels_glossed_before_the_body_they_share(tmp_path: Path) -> None:
    # 市和县（市）、区人民政府: the city's and the counties' bodies (stop 29's rule), the
    # levels a bracket glosses and a district named by its name (…、高新区…) one level
    text = (
        "第四条 市和县（市）、区人民政府负责本行政区域内的托育服务工作。\n"
        "第五条 市和县（市）、高新区教育行政部门应当会同有关部门制定托育机构布局规划。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市人民政府", ["市人民政府", "县（市）、区人民政府"]),
        ("市教育行政部门", ["市教育行政部门", "县（市）、高新区教育行政部门"]),
    ]


def test_an_article_heading_its_body_duties_with_shi(tmp_path: Path) -> None:
    # 第八条 甲的主要职责是：⏎（一）…: the duties listed are the body's, one task
    text = (
        "第八条 县级以上血液管理委员会办公室的主要职责是：\n"
        "（一）拟订年度无偿献血计划；\n"
        "（二）组织无偿献血宣传。\n"
        "第九条 县卫生健康局负责血站的监督管理。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上血液管理委员会办公室", ["县级以上血液管理委员会办公室"]),
        ("县卫生健康局", ["县卫生健康局"]),
    ]


def test_articles_numbered_without_di(tmp_path: Path) -> None:
    # 二条…⏎三条…: a page lost each article's 第; the run of numbers one after another
    text = (
        "某县农村改厕管理办法\n\n"
        "一条为了推进农村改厕，制定本办法。\n\n"
        "二条县农业农村局负责全县农村改厕的组织实施。\n\n"
        "三条各乡镇人民政府负责本辖区的改厕工作。县卫生健康局负责改厕的技术指导。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县农业农村局", ["县农业农村局"]),
        ("各乡镇人民政府", ["各乡镇人民政府", "县卫生健康局"]),
    ]


def test_the_heads_of_member_bodies_are_no_subject(tmp_path: Path) -> None:
    # …等部门主要负责人为成员…: 主要 is no modal, so 等部门主 is no body who must
    text = (
        "第五条 县人民政府成立由县长任组长，县卫生健康局、县财政局等部门主要负责人为成员的"
        "血防工作领导小组。\n"
        "第六条 县疾病预防控制中心负责血吸虫病监测。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县人民政府", ["县人民政府"]),
        ("县疾病预防控制中心", ["县疾病预防控制中心"]),
    ]


def test_each_sentence_of_an_article_saying_what_its_body_must_do(tmp_path: Path) -> None:
    # 第四条 甲…。乙应当…: the second sentence charges its body with 应当, no verb of work
    text = (
        "第四条 县人民政府统一领导本县的职业病防治工作。"
        "县人力资源和社会保障局应当将职业病防治纳入工伤保险工作。\n"
        "第五条 县卫生健康局负责职业健康检查机构的备案。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县人民政府", ["县人民政府", "县人力资源和社会保障局"]),
        ("县卫生健康局", ["县卫生健康局"]),
    ]


def test_a_committee_that_is_responsible_or_made_of_departments(tmp_path: Path) -> None:
    # 甲委员会在乙领导下，统一负责…; 丙委员会由有关部门组成，…: the committee is the subject,
    # the bodies it is made of are not charged by that clause
    text = (
        "第三条 各级食品安全委员会在本级人民政府领导下，统一负责本地区食品安全工作的协调。\n"
        "第四条 县级以上食品安全委员会由有关部门组成，实行成员单位分工负责制。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("各级食品安全委员会", ["各级食品安全委员会"]),
        ("县级以上食品安全委员会", ["县级以上食品安全委员会"]),
    ]


def test_building_as_a_field_in_a_list_of_sectors(tmp_path: Path) -> None:
    # 财政、建设、环保等有关部门应当…: 建设 after a 、 names a field, not building work
    text = (
        "第六条 县卫生健康局负责本县托育机构的监督管理。\n"
        "第七条 发展改革、财政、建设、环保等有关部门应当在各自职责范围内做好托育服务工作。\n"
    )
    assert led_tasks(tmp_path, text)[1] == (
        "发展改革部门",
        ["发展改革部门", "财政部门", "建设部门", "环保部门"],
    )


def test_a_body_that_asks_another_to_approve(tmp_path: Path) -> None:
    # 由甲局提请乙政府批准: both act, the one asking and the one approving (a level said from
    # the reader, 报同级人民政府批准, stays no body: test_extraction_departments_agents)
    text = (
        "第八条 县卫生健康局负责编制本县医疗机构设置规划。\n"
        "第九条 医疗机构设置规划由县卫生健康局提请县人民政府批准后公布。\n"
    )
    assert led_tasks(tmp_path, text)[1] == ("县卫生健康局", ["县卫生健康局", "县人民政府"])


def test_sectors_of_a_government_named_before_the_first(tmp_path: Path) -> None:
    # 各级人民政府的卫生、民政等部门应当…: fields of every level's government, each written
    # with whose they are and the word 部门 (stop 29's rule)
    text = (
        "第十条 县级以上人民政府的卫生、民政等部门应当将老年健康服务纳入工作计划。\n"
        "第十一条 县卫生健康局负责老年健康服务的指导。\n"
    )
    assert led_tasks(tmp_path, text)[0] == (
        "县级以上人民政府的卫生部门",
        ["县级以上人民政府的卫生部门", "县级以上人民政府的民政部门"],
    )


def test_schools_a_regulation_binds_are_no_body_it_charges(tmp_path: Path) -> None:
    # 中小学校应当…，幼儿园应当…: whom the article's rule reaches, not the administration
    text = (
        "第十二条 县教育局应当将近视防控纳入学校卫生工作。"
        "中小学校应当保证学生每天户外活动时间，幼儿园应当定期开展视力筛查。\n"
        "第十三条 县卫生健康局负责儿童眼保健服务。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县教育局", ["县教育局"]),
        ("县卫生健康局", ["县卫生健康局"]),
    ]


def test_institutions_a_regulation_governs_as_subjects(tmp_path: Path) -> None:
    # 甲机构以政府举办为主。乙政府应当…: who runs the institutions is no body's name; 丙机构实行…
    # 制度, 丙机构聘用…应当…: the care institutions a rule governs bind each of their class, no
    # body the ledger holds (stop 29's rule): an article naming no other body is no task
    text = (
        "第三条 社区卫生服务机构以政府举办为主。区人民政府应当保障其建设用地。\n"
        "第四条 公立社区卫生服务机构实行绩效工资制度。\n"
        "第五条 公立社区卫生服务机构聘用专业技术人员应当公开招聘。\n"
    )
    assert led_tasks(tmp_path, text) == [("区人民政府", ["区人民政府"])]


def test_a_system_of_responsibility_and_what_is_responsible_of_it(tmp_path: Path) -> None:
    # 实行甲部门分工负责制; 甲部门分工负责的具体办法: a system and a modifier, no body who is
    # responsible (the article charges 各甲部门 with 应当)
    text = (
        "第七条 县控烟委员会由有关部门组成，实行委员部门分工负责制，"
        "各委员部门应当按照分工履行职责。委员部门分工负责的具体办法由县人民政府另行制定。\n"
        "第八条 县卫生健康局负责控烟的日常监督。\n"
    )
    assert led_tasks(tmp_path, text)[0] == (
        "县控烟委员会",
        ["县控烟委员会", "各委员部门", "县人民政府"],
    )


def test_an_office_stated_with_its_staff_before_its_duty(tmp_path: Path) -> None:
    # 乙办是甲委员会的办事机构，应当配备专职人员，负责…: the office, its staff's clause between
    text = (
        "第五条 各级老龄工作委员会统一负责本地区的老龄工作。"
        "县级以上老龄工作委员会办公室是本级老龄工作委员会的办事机构，应当配备专职人员，负责日常工作。\n"
        "第六条 县民政局负责养老机构的监督管理。\n"
    )
    assert led_tasks(tmp_path, text)[0] == (
        "各级老龄工作委员会",
        ["各级老龄工作委员会", "县级以上老龄工作委员会办公室"],
    )


def test_the_body_that_organises_drafting_a_plan(tmp_path: Path) -> None:
    # 组织编制部门 / 组织编制机关: the body that has a plan drafted, 组织 no verb of work here
    text = (
        "第六条 县卫生健康局负责编制本县急救站点布局规划。\n"
        "第七条 规划报送审批前，组织编制部门应当公开征求公众意见。\n"
    )
    assert led_tasks(tmp_path, text)[1] == ("组织编制部门", ["组织编制部门"])
