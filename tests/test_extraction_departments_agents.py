"""Bodies a regulation or a notice names as the agents of an item's work other than by a role
word or as a sentence's subject, or as subjects behind an aside (stop 26): each form written
here as a small regulation with invented bodies, and each must give every article its
departments in the order it names them, the body named first leading."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.extraction.departments import names_alone, not_a_department
from tasks_helpers import extracted_tasks

_HEAD = "某市港口卫生管理办法\n第一章 总则\n"
_A, _B, _C, _D = "市海洋渔业局", "市港航事务中心", "市口岸检疫站", "区航运管理处"

# (what the form is, the regulation, each task's (lead, departments))
FORMS = [
    (
        "由甲 and an act of authority after the subject's sentence (由乙另行制定, 由丙统一规定)",
        "第五条 {A}负责全市港口卫生工作。港口卫生检查的办法由{B}根据国家有关规定另行制定。\n"
        "第六条 船舶卫生标识的式样由{C}统一规定，并向社会公布。\n",
        [(_A, [_A, _B]), (_C, [_C])],
    ),
    (
        "由甲审定, 经乙审查批准, 报丙批准: every body the article's procedure names",
        "第七条 从事船舶供水的单位，由{A}审定，经{B}审查批准，并报{C}批准后方可营业。\n"
        "第八条 {D}负责港口卫生宣传。\n",
        [(_A, [_A, _B, _C]), (_D, [_D])],
    ),
    (
        "由甲 with the rules it follows before its act (按照有关规定执行), and 由乙 列入 a budget",
        "第九条 {A}主管港口卫生工作。船舶的卫生检查由{B}按照有关法律法规的规定执行。\n"
        "第十条 港口卫生所需经费，由{D}列入年度预算。\n",
        [(_A, [_A, _B]), (_D, [_D])],
    ),
    (
        "a committee of every level, its short name defined, under its government's leadership",
        "第十八条 各级港口卫生委员会（以下简称港卫会）在本级人民政府领导下，负责港口卫生的组织"
        "协调。港卫会办公室负责日常工作。\n"
        "第十九条 在各级港卫会的统一组织下，{A}负责港口病媒生物监测。\n",
        [("各级港口卫生委员会", ["各级港口卫生委员会", "港卫会办公室"]), (_A, [_A])],
    ),
    (
        "every level's body with a role word of its own (各级…中心具体负责)",
        "第二十条 {B}负责港口卫生监督，各级港口疾病监测中心具体负责病媒密度监测。\n"
        "第二十一条 {D}负责港口卫生宣传。\n",
        [(_B, [_B, "各级港口疾病监测中心"]), (_D, [_D])],
    ),
    (
        "an article's duties after its colon and a blank line, its body under a leadership",
        "第二十二条 各级港口卫生委员会（简称港卫会）在本级人民政府领导下，负责港口卫生工作。"
        "其主要职责是：\n\n（一）组织港口卫生宣传；\n\n（二）开展港口卫生检查评比。\n\n"
        "第二十三条 {D}负责港口卫生宣传。\n",
        [("各级港口卫生委员会", ["各级港口卫生委员会"]), (_D, [_D])],
    ),
    (
        "a subject with its defined short name before its modal",
        "第二十四条 市港口检疫委员会（以下简称市港检委）应当组织港口检疫演练。\n"
        "第二十五条 {D}负责港口卫生宣传。\n",
        [("市港口检疫委员会", ["市港口检疫委员会"]), (_D, [_D])],
    ),
    (
        # (who authorises a body does not do its work: README "## Tasks", stop 34)
        "a body a clause says which of: the body that owns it; one named by who authorises it",
        "第二十六条 {A}主管全市港口卫生工作。铁路部门所属的港口卫生机构负责站区卫生监督。"
        "市政府授权的港口检疫机构负责船舶检疫。\n第二十七条 {D}负责港口卫生宣传。\n",
        [
            (_A, [_A, "铁路部门所属的港口卫生机构", "港口检疫机构"]),
            (_D, [_D]),
        ],
    ),
    (
        # (the others in their remit, 其他有关部门, name no body: README "## Tasks", stop 31)
        "a government's department in charge of a field (负责…的部门), others in their remit",
        "第二十八条 县级以上人民政府负责港口管理的部门负责港口卫生工作，其他有关部门在各自职责"
        "范围内负责相关工作。\n第二十九条 {D}负责港口卫生宣传。\n",
        [
            ("县级以上人民政府负责港口管理的部门", ["县级以上人民政府负责港口管理的部门"]),
            (_D, [_D]),
        ],
    ),
    (
        "every level's government heading a list of bodies joined by 或者, 对… before its modal",
        "第三十二条 各级人民政府或者港卫会对在港口卫生工作中成绩显著的单位，应当给予表彰。\n"
        "第三十三条 {D}负责港口卫生宣传。\n",
        [("各级人民政府", ["各级人民政府", "港卫会"]), (_D, [_D])],
    ),
    (
        "a regulation's levels (设区的市, 自治州, 县(市、区)) before the government they share",
        "第三十八条 省人民政府应当制定全省港口卫生应急预案。\n"
        "设区的市、自治州、县（市、区）人民政府应当制定本级港口卫生应急预案。\n"
        "第三十九条 {D}负责港口卫生宣传。\n",
        # (each level's government on its own: stop 29's rule)
        [
            (
                "省人民政府",
                ["省人民政府", "设区的市、自治州人民政府", "县（市、区）人民政府"],
            ),
            (_D, [_D]),
        ],
    ),
    (
        "what a regulation states, allows or forbids a body (是…主管部门, 可以, 有权, 不得, 共同)",
        "第四十条 {A}是本市船舶卫生工作的主管部门。\n"
        "第四十一条 {B}及其工作人员在检查船舶时，不得收取任何费用。\n"
        "第四十二条 {C}可以委托{B}开展船舶卫生抽检。\n"
        "第四十三条 {A}有权对进港船舶进行卫生检查。\n"
        "第四十四条 {A}和{C}共同做好港口卫生应急工作。\n",
        [(_A, [_A]), (_B, [_B]), (_C, [_C]), (_A, [_A]), (_A, [_A, _C])],
    ),
    (
        "who supports the lead in a clause of its own (乙予以配合, 丁协助做好…)",
        "第四十五条 {A}负责港口卫生监督管理，{B}予以配合。\n"
        "第四十六条 {C}负责港口卫生宣传，{D}协助做好船舶检疫。\n",
        [(_A, [_A, _B]), (_C, [_C, _D])],
    ),
    (
        "由甲会同乙 and the act, and a body set up to do the work (设立…，负责…)",
        "第四十七条 港口卫生标准由{A}会同{B}制定。\n"
        "第四十八条 {C}应当设立港口卫生监测站，负责船舶卫生日常监测。\n",
        [(_A, [_A, _B]), (_C, [_C, "港口卫生监测站"])],
    ),
    (
        "a body the paragraph after an article's duties list names",
        "第四十九条 {A}负责全市港口卫生工作，其主要职责是：\n（一）制定港口卫生规划；\n"
        "（二）组织港口卫生检查。\n{B}是{A}的办事机构，负责日常工作。\n"
        "第五十条 {D}负责港口卫生宣传。\n",
        [(_A, [_A, _B]), (_D, [_D])],
    ),
    (
        "when a body must do its duty, an aside before its modal (在制定…时，必须…)",
        "第五十三条 国家对港口卫生实行预防为主的方针，各级人民政府在制定港口发展规划时，必须包括"
        "港口卫生目标。\n第五十四条 {D}在执行检查任务时，发现船舶卫生问题的，及时报告。\n",
        [("各级人民政府", ["各级人民政府"]), (_D, [_D])],
    ),
    (
        "the same body at the level that approves is one of the article's bodies (报经市…审核)",
        "第十一条 港航行政主管部门负责港口卫生规划，报经市港航行政主管部门审核同意后组织实施。\n"
        "第十二条 {D}负责港口卫生宣传。\n",
        [("港航行政主管部门", ["港航行政主管部门", "市港航行政主管部门"]), (_D, [_D])],
    ),
]


def _filled(text: str) -> str:
    return _HEAD + text.format(A=_A, B=_B, C=_C, D=_D)


@pytest.mark.parametrize(("text", "expected"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_a_form_names_each_articles_departments(
    tmp_path: Path, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks] == expected


def test_who_pays_or_a_persons_act_names_no_body(tmp_path: Path) -> None:
    text = (
        "第十二条 港口卫生检查中发现传染病的，由医生提出医学意见。\n"
        "第十三条 船舶消毒由船舶所有人落实费用，由{B}负责监督。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks if t.departments] == [(_B, [_B])]


def test_words_opening_with_the_marks_of_an_agent_are_no_agents(tmp_path: Path) -> None:
    # 经济…办 is a body's name, not 经 and a body; 报送 is a verb, not 报 and a body
    text = (
        "第十四条 经济发展办和{A}负责组织各船舶企业具体实施，按月报送{B}汇总。\n"
        "第十五条 {D}负责港口卫生宣传。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks] == [
        ("经济发展办", ["经济发展办", _A]),
        (_D, [_D]),
    ]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("铁路部门所属的港口卫生机构", None),
        ("市政府授权的港口检疫机构", None),
        ("县政府负责港口管理的部门", None),
        ("推进港口建设的市海洋渔业局", "a phrase"),  # work said of a body, not which body
        ("市政府授权的港口", "a phrase"),  # a place, no body
    ],
)
def test_a_clause_saying_which_body_is_part_of_its_name(name: str, reason: str | None) -> None:
    assert not_a_department(name) == reason


@pytest.mark.parametrize(
    "name", ["同级人民政府", "上一级人民政府", "本级人民政府", "上级卫生行政部门"]
)
def test_a_level_said_from_the_reader_is_a_reference(name: str) -> None:
    assert not_a_department(name) == "a reference"


def test_approval_by_a_relative_level_names_no_body(tmp_path: Path) -> None:
    text = (
        "第十六条 {A}制定港口卫生应急预案，报同级人民政府批准。\n第十七条 {D}负责港口卫生宣传。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks] == [(_A, [_A]), (_D, [_D])]


def test_a_sentence_with_a_modal_and_what_it_sets_up_is_no_list_of_names(tmp_path: Path) -> None:
    # a level's duty to set up a body: the sentence ends as a body's name does, but it is work
    text = (
        "第三十条 {A}应当加强港口急救网络建设。\n设区的市应当设立港口急救中心，"
        "并按照规定设立港口急救站。\n第三十一条 {D}负责港口卫生宣传。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks] == [(_A, [_A]), (_D, [_D])]
    assert names_alone("设区的市应当设立港口急救中心、县应当设立港口急救站") is None


def test_a_body_doing_its_work_by_a_time_is_the_items_subject(tmp_path: Path) -> None:
    plan = "1.{A}于今年6月底前完成港口卫生整治方案。\n2.{C}负责港口卫生宣传。\n"
    tasks = extracted_tasks(tmp_path, "2024年港口卫生工作要点\n" + plan.format(A=_A, C=_C))
    assert [(t.lead_department, t.departments) for t in tasks] == [(_A, [_A]), (_C, [_C])]


def test_a_line_broken_before_its_comma_is_no_name_alone(tmp_path: Path) -> None:
    # a PDF conversion broke the lines before the punctuation: the name goes on its sentence
    text = (
        "第三十四条 渔业、航运单位的主管部门应当制定所属船舶的卫生规划\n，并督促其施行\n。\n"
        "港航企业主管部门\n，必须指定专人负责船舶卫生工作\n。\n第三十五条 {D}负责港口卫生宣传。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks] == [
        ("渔业、航运单位的主管部门", ["渔业、航运单位的主管部门", "港航企业主管部门"]),
        (_D, [_D]),
    ]


def test_the_subject_after_a_clause_of_basis_leads_the_body_given_an_act(tmp_path: Path) -> None:
    # a notice's points: what the duty answers first, then the body doing it, then who decides
    notice = (
        "关于做好港口卫生工作的通知\n各区港口管理部门：\n"
        "一、根据港口卫生工作的实际需要，{A}在职责范围内适当扩展检查范围。具体检查项目由{B}确定。\n"
        "二、按照有关规定，{C}如果开展船舶检疫业务，应当经{D}审查批准。\n"
    )
    tasks = extracted_tasks(tmp_path, notice.format(A=_A, B=_B, C=_C, D=_D))
    assert [(t.lead_department, t.departments) for t in tasks] == [(_A, [_A, _B]), (_C, [_C, _D])]


@pytest.mark.parametrize(
    "date", ["", "\n2024年5月6日", "\n二〇二四年五月六日", "\n2024年5月6日\n（此件公开发布）"]
)
def test_a_notices_signature_is_no_department_of_its_last_point(tmp_path: Path, date: str) -> None:
    notice = (
        "关于加强港口卫生工作的通知\n各区港口管理部门：\n"
        "一、{A}负责港口卫生检查。\n二、{C}应当做好船舶卫生检疫。\n\n某市人民政府办公厅"
        + date
        + "\n"
    )
    tasks = extracted_tasks(tmp_path, notice.format(A=_A, C=_C))
    assert [(t.lead_department, t.departments) for t in tasks] == [(_A, [_A]), (_C, [_C])]


def test_a_last_points_own_line_of_departments_is_no_signature(tmp_path: Path) -> None:
    plan = "1.推进港口卫生整治。\n责任单位：{A}\n2.开展船舶卫生检疫。\n责任单位：{C}\n"
    tasks = extracted_tasks(tmp_path, "2024年港口卫生工作要点\n" + plan.format(A=_A, C=_C))
    assert [(t.lead_department, t.departments) for t in tasks] == [(_A, [_A]), (_C, [_C])]


def test_bodies_closed_by_dengzuzhi_beside_a_private_party(tmp_path: Path) -> None:
    # 等基层组织 closes the list of bodies as 等部门 does; the private party goes to review
    text = (
        "第三十六条 居民委员会、村民委员会等基层组织及物业服务企业应当协助有关部门做好港口卫生"
        "宣传。\n第三十七条 {D}负责港口卫生宣传。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks] == [
        ("居民委员会", ["居民委员会", "村民委员会"]),
        (_D, [_D]),
    ]
    assert tasks[0].rejected_departments == ["物业服务企业"]
    assert not_a_department("物业服务企业") == "a private party"


def test_a_plans_roles_said_with_anzhao_and_after_a_colon(tmp_path: Path) -> None:
    # 按照职责分工 is 按职责分工, its verb the role; a colon opens a clause like a comma
    plan = (
        "1.完善港口垃圾收运体系，{A}、{B}按照职责分工抓好落实。\n"
        "2.加强船舶卫生检疫。任务分工：{C}负责制定方案；{D}负责现场检查。\n"
    )
    tasks = extracted_tasks(
        tmp_path, "2024年港口卫生工作要点\n" + plan.format(A=_A, B=_B, C=_C, D=_D)
    )
    assert [(t.lead_department, t.departments) for t in tasks] == [(_A, [_A, _B]), (_C, [_C, _D])]


def test_a_body_named_by_two_sentences_of_an_article_is_listed_once(tmp_path: Path) -> None:
    # the remit (在各自的职责范围内) makes the second sentence's subject read twice
    text = (
        "第五十一条 国务院港航行政部门主管全国港口卫生工作。国务院其他有关部门在各自的职责范围内"
        "负责有关的港口卫生工作。\n第五十二条 {D}负责港口卫生宣传。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks] == [
        ("国务院港航行政部门", ["国务院港航行政部门", "国务院其他有关部门"]),
        (_D, [_D]),
    ]


def test_fields_of_work_under_a_role_label_name_their_departments(tmp_path: Path) -> None:
    # as in a 责任部门 column: the label says these are who is responsible, by their field
    plan = (
        "1.推进港口卫生整治。\n责任单位：港航、卫生健康\n2.开展船舶卫生检疫。\n责任部门：口岸\n"
        "3.完善港口应急体系。\n主管部门及代码：{A}\n"
    )
    tasks = extracted_tasks(tmp_path, "港口卫生示范区建设任务分解表\n" + plan.format(A=_A))
    assert [(t.lead_department, t.departments) for t in tasks][:2] == [
        ("港航", ["港航", "卫生健康"]),
        ("口岸", ["口岸"]),
    ]
    assert not any("及代码" in t.departments for t in tasks)  # a heading's rest, no field


def test_supporters_after_a_by_phrase_and_labour_divided(tmp_path: Path) -> None:
    # 由甲负责，乙要积极配合; 具体由甲承办，乙协办; 甲、乙分工负责
    plan = (
        "1.整治港口环境卫生，由{A}负责，{B}要积极配合。\n"
        "2.建设船舶检疫信息平台，具体由{C}承办，{D}协办。\n"
        "3.开展港口控烟宣传，{B}、{D}分工负责。\n"
    )
    tasks = extracted_tasks(
        tmp_path, "2024年港口卫生工作要点\n" + plan.format(A=_A, B=_B, C=_C, D=_D)
    )
    assert [(t.lead_department, t.departments) for t in tasks] == [
        (_A, [_A, _B]),
        (_C, [_C, _D]),
        (_B, [_B, _D]),
    ]


def test_an_articles_points_dividing_the_work_among_bodies_are_items(tmp_path: Path) -> None:
    # 按照下列分工负责：(一)甲负责…(二)乙负责…: not one body's duties list, each point its body's
    text = (
        "第五十五条 有关部门按照下列分工负责港口卫生工作：\n（一）{A}负责港区环境卫生；\n"
        "（二）{B}负责船舶传染病监测；\n（三）{C}负责港口食品安全监督。\n"
        "第五十六条 {D}负责港口卫生宣传。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks] == [
        (_A, [_A]),
        (_B, [_B]),
        (_C, [_C]),
        (_D, [_D]),
    ]


@pytest.mark.parametrize(
    "titles",
    [
        ("（部门职责）", "（宣传职责）"),
        ("【部门职责】", "【宣传职责】"),
        (" 部门职责\n", " 宣传职责\n"),
    ],
)
def test_an_articles_title_is_no_part_of_its_bodys_name(
    tmp_path: Path, titles: tuple[str, str]
) -> None:
    # local regulations title their articles, in brackets after the number or on a line
    text = (
        f"第五十七条{titles[0]}县级以上人民政府港航主管部门负责港口卫生工作。\n"
        f"第五十八条{titles[1]}{{D}}应当做好港口卫生宣传。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(text))
    assert [(t.lead_department, t.departments) for t in tasks] == [
        ("县级以上人民政府港航主管部门", ["县级以上人民政府港航主管部门"]),
        (_D, [_D]),
    ]


def test_names_after_a_dash_closing_the_line_of_work(tmp_path: Path) -> None:
    # no full stop before the dash: the work's line closes with who does it
    plan = (
        "1.整治港口环境卫生——{A}、{B}\n2.建设船舶检疫信息平台──{C}\n"
        "3.加快处理积案──{D}会把办结率提高。\n"  # a heading's dash, then the body's duty
    )
    tasks = extracted_tasks(
        tmp_path, "2024年港口卫生工作要点\n" + plan.format(A=_A, B=_B, C=_C, D=_D)
    )
    assert [(t.lead_department, t.departments) for t in tasks] == [
        (_A, [_A, _B]),
        (_C, [_C]),
        (_D, [_D]),
    ]


def test_a_one_line_regulations_points_take_no_body_from_earlier_articles(
    tmp_path: Path,
) -> None:
    # the page's fields (发布部门：) name no department, and only the article whose points follow
    # introduces them: not the 人民政府 an earlier article has give awards
    text = (
        "发布部门:某市人民代表大会常务委员会发布文号:第一章总则第一条为保障港口卫生,制定本条例。"
        "第五条对在港口卫生工作中成绩显著的单位,由人民政府给予表彰。"
        "第七条港航企业的主管部门,对所属企业的港口卫生工作行使下列职责:"
        "(一)制定港口卫生规划;(二)检查港口卫生制度的执行情况。\n"
    )
    tasks = extracted_tasks(tmp_path, text)
    points = [t for t in tasks if t.text.startswith("(")]
    assert points and all(not t.departments for t in points)
