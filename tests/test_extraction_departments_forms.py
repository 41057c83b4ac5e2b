"""Ways 分工 plans, 实施方案 and 工作要点 name departments that the development corpus does not
hold, or holds in one form only (stop 25): each written here as a small plan with invented bodies
(a level, a field, an ending: 市海洋渔业局, 县政务数据服务中心, 城关街道办事处), and each must give
every item its departments in order, the lead first. Phrases in these forms that are not a body go
to review (``rejected_departments``), never to the item's departments."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthplan.extraction.departments import is_collective, not_a_department
from tasks_helpers import extracted_tasks

_HEAD = "2024年卫生健康重点工作任务分工方案\n"
_A, _B, _C, _D = "市海洋渔业局", "县政务数据服务中心", "市港航局", "城关街道办事处"
_AB = [(_A, [_A, _B]), (_C, [_C])]

# (what the form is, the plan, each task's (lead, departments))
FORMS = [
    (
        "role words 主责/实施/督办 and 配合部门; 督办 never leads",
        "1.推进家庭医生签约服务。\n主责单位：{A}\n配合部门：{B}\n"
        "2.开展爱国卫生运动。\n督办单位：市政府督查室\n实施单位：{C}\n",
        [(_A, [_A, _B]), (_C, [_C, "市政府督查室"])],
    ),
    (
        "ranks and qualifiers of a role: 第一/直接/主体/具体",
        "1.推进家庭医生签约服务。\n第一责任单位：{A}；直接责任单位：{B}\n"
        "2.开展爱国卫生运动。（主体责任单位：{C}；具体负责单位：{D}）\n",
        [(_A, [_A, _B]), (_C, [_C, _D])],
    ),
    (
        "指导单位 guides, 实施单位 leads",
        "1.推进家庭医生签约服务。\n指导单位：{A}\n实施单位：{B}\n2.开展爱国卫生运动。\n承担单位：{C}\n",
        [(_B, [_B, _A]), (_C, [_C])],
    ),
    (
        "bare 承办：/协办： in a bracket",
        "1.推进家庭医生签约服务。（承办：{A}；协办：{B}）\n2.开展爱国卫生运动。（承办：{C}）\n",
        _AB,
    ),
    (
        "a county's 责任股室",
        "1.推进家庭医生签约服务。\n责任股室：医政股\n2.开展爱国卫生运动。\n责任股室：疾控股、办公室\n",
        [("医政股", ["医政股"]), ("疾控股", ["疾控股", "办公室"])],
    ),
    (
        "a label after the work, spaces for its colon",
        "1.推进家庭医生签约服务 责任单位 {A}\n2.开展爱国卫生运动 责任单位 {C}\n",
        [(_A, [_A]), (_C, [_C])],
    ),
    (
        "a ratio sign for the label's colon (a PDF's ∶)",
        "1.推进家庭医生签约服务。\n牵头单位∶{A}\n配合单位∶{B}\n2.开展爱国卫生运动。\n牵头单位∶{C}\n",
        _AB,
    ),
    (
        "由…承担, 由…负总责, …具体落实/承办",
        "1.推进家庭医生签约服务，由{A}负总责，{B}具体落实。\n"
        "2.开展爱国卫生运动，由{C}承担，{D}配合。\n3.实施慢性病综合防控，由{C}具体承办。\n",
        [(_A, [_A, _B]), (_C, [_C, _D]), (_C, [_C])],
    ),
    (
        "roles after a dash on the work's line",
        "1.推进家庭医生签约服务——{A}牵头，{B}配合。\n2.开展爱国卫生运动——{C}负责。\n",
        _AB,
    ),
    (
        "names after a dash that closes the work",
        "1.推进家庭医生签约服务。——{A}、{B}\n2.开展爱国卫生运动。——{C}\n",
        _AB,
    ),
    (
        "the bodies a list is written for, before its first number on one line",
        "一、部门职责\n{A}：1.推进家庭医生签约服务。2.开展爱国卫生运动。\n"
        "{C}：1.实施慢性病综合防控。2.提升妇幼健康服务水平。\n",
        [(_A, [_A])] * 2 + [(_C, [_C])] * 2,
    ),
    (
        "two bodies before a colon own the list under them",
        "{A}、{B}：\n1.推进家庭医生签约服务。\n2.开展爱国卫生运动。\n",
        [(_A, [_A, _B])] * 2,
    ),
    (
        "a page break inside a name of a role line's list",
        "1.推进家庭医生签约服务。\n责任单位：{A}、县政务数据服务\n\n— 5 —\n\n中心、{D}\n"
        "2.开展爱国卫生运动。\n责任单位：{C}\n",
        [(_A, [_A, _B, _D]), (_C, [_C])],
    ),
    (
        "a page break after a list's separator",
        "1.推进家庭医生签约服务。\n责任单位：{A}、{B}、\n\n- 5 -\n\n{D}\n"
        "2.开展爱国卫生运动。\n责任单位：{C}\n",
        [(_A, [_A, _B, _D]), (_C, [_C])],
    ),
    (
        "a bracket of names opening the item, no role word",
        "1.〔{A}〕推进家庭医生签约服务。\n2.〔{C}、{D}〕开展爱国卫生运动。\n",
        [(_A, [_A]), (_C, [_C, _D])],
    ),
    (
        "以及 joins two bodies",
        "1.推进家庭医生签约服务。（{A}以及{B}负责）\n2.开展爱国卫生运动。（{C}负责）\n",
        _AB,
    ),
    (
        "a role in brackets after each name: （牵头单位）, （配合单位）",
        "1.推进家庭医生签约服务。（{A}（牵头单位）、{B}（配合单位））\n"
        "2.开展爱国卫生运动。（{C}（牵头单位））\n",
        _AB,
    ),
    (
        "a table one cell a line without its header, numbers alone on their lines",
        "1\n推进家庭医生签约服务\n{A}\n2024年底\n2\n开展爱国卫生运动\n{C}\n2024年6月\n",
        [(_A, [_A]), (_C, [_C])],
    ),
    (
        "a table one cell a line under its header",
        "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n推进家庭医生签约服务\n{A}\n{B}\n2024年底\n"
        "2\n开展爱国卫生运动\n{C}\n{D}\n2024年6月\n",
        [(_A, [_A, _B]), (_C, [_C, _D])],
    ),
    (
        "collectives of two levels and scoped collectives",
        "1.推进家庭医生签约服务。（牵头单位：{A}；责任单位：各县市区人民政府、市直有关部门）\n"
        "2.开展爱国卫生运动。（各县（市、区）人民政府，市直各有关单位按职责分工负责）\n",
        [
            (_A, [_A, "各县市区人民政府", "市直有关部门"]),
            ("各县（市、区）人民政府", ["各县（市、区）人民政府", "市直各有关单位"]),
        ],
    ),
    (
        "a gloss in 〔〕 and names an ideographic space apart",
        "1.推进家庭医生签约服务。（责任单位：市政府办公室〔市大数据局〕、{C}）\n"
        "2.开展爱国卫生运动。（责任单位：{A}\u3000{B}）\n",
        [("市政府办公室〔市大数据局〕", ["市政府办公室〔市大数据局〕", _C]), (_A, [_A, _B])],
    ),
    (
        "a speech's points (i) (ii), the body after the heading's dash doing it (会, 将)",
        "12. 政府会继续推广家庭医生服务，包括：\n(i)推进家庭医生签约服务──{A}会把签约率提高；\n"
        "(ii)开展爱国卫生运动──{C}将在全市推出清洁行动；\n(iii)完善社区卫生服务──{D}明年内会增设服务点；\n"
        "(iv)加强社工培训──社署明年内会优化培训课程。\n",
        [(_A, [_A]), (_C, [_C]), (_D, [_D]), ("社署", ["社署"])],
    ),
    (
        "levels named before the body they share (a body each, stop 29's rule); an article's "
        "duties after its first paragraph",
        "第一章 总则\n第五条 {A}负责全市献血的宣传工作。\n"
        "第六条 市和区、县人民政府领导本行政区域内的献血工作。他们的主要职责是：\n"
        "（一）制定献血计划；\n（二）组织协调献血工作。\n"
        "第七条 省、市、县卫生行政部门对献血工作实施监督管理，履行下列职责：\n"
        "（一）监督检查献血计划的执行；\n（二）负责血液调剂。\n",
        [
            (_A, [_A]),
            ("市人民政府", ["市人民政府", "区、县人民政府"]),
            ("省卫生行政部门", ["省卫生行政部门", "市卫生行政部门", "县卫生行政部门"]),
        ],
    ),
    (
        "a later sentence naming the item's body at its levels adds no body",
        "1.推进家庭医生签约服务，{A}负责统筹。市、县两级海洋渔业局要加强督导。\n"
        "2.开展爱国卫生运动，{C}负责组织。{D}要做好保障。\n",
        [(_A, [_A]), (_C, [_C, _D])],
    ),
    (
        "an article naming fields of work before 等部门 as its subject (…等部门在…)",
        "第一章 总则\n第八条 {A}负责本市献血工作的监督管理。\n"
        "第九条 发展改革、财政、教育等部门在各自职责范围内做好献血相关工作。\n",
        [(_A, [_A]), ("发展改革部门", ["发展改革部门", "财政部门", "教育部门"])],
    ),
    (
        "a body's line above its list states its role (甲局负责：)",
        "{A}负责：\n1.推进家庭医生签约服务；\n2.开展爱国卫生运动。\n{C}主要负责以下工作：\n"
        "1.实施慢性病综合防控。\n",
        [(_A, [_A]), (_A, [_A]), (_C, [_C])],
    ),
    (
        "members' duties, each body before a colon opening its item",
        "三、职责分工\n（一）{A}：负责统筹推进家庭医生签约服务。\n（二）{B}：负责信息系统建设。\n"
        "四、成员单位职责\n1.{C}：负责港口卫生检疫工作。\n2.{D}：负责组织辖区居民参与。\n",
        [(_A, [_A]), (_B, [_B]), (_C, [_C]), (_D, [_D])],
    ),
    (
        "a heading naming the body that leads its list (（一）甲局牵头的任务)",
        "（一）{A}牵头的任务\n1.推进家庭医生签约服务。\n2.开展爱国卫生运动。\n"
        "（二）{C}牵头的任务\n1.实施慢性病综合防控。\n",
        [(_A, [_A]), (_A, [_A]), (_C, [_C])],
    ),
    (
        "a row's department cell a space before its work (not what the row builds)",
        "1.{A} 推进家庭医生签约服务\n2.{C} 开展爱国卫生运动\n3.县人民医院 新建住院楼\n",
        [(_A, [_A]), (_C, [_C]), (None, [])],
    ),
    (
        "a table one cell a line whose rows leave a blank cell out",
        "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n推进家庭医生签约服务\n{A}\n{B}\n2024年底\n"
        "2\n开展爱国卫生运动\n{C}\n2024年6月\n3\n实施慢性病综合防控\n{D}\n{C}\n2024年9月\n",
        [(_A, [_A, _B]), (_C, [_C]), (_D, [_D, _C])],
    ),
    (
        "a breakdown's note glued to the last name of the first list",
        "1.推进家庭医生签约服务。（{A}、{B}(列第一位者为工作牵头单位或汇总单位,下同)）\n"
        "2.开展爱国卫生运动。（{C}、{D}）\n",
        [(_A, [_A, _B]), (_C, [_C, _D])],
    ),
    (
        "a dash for the label's colon, a name with its other name in brackets",
        "1.推进家庭医生签约服务。\n牵头单位——{A}\n配合单位——市残联（市残疾人联合会）\n"
        "2.开展爱国卫生运动。\n牵头单位——{C}\n",
        [(_A, [_A, "市残联（市残疾人联合会）"]), (_C, [_C])],
    ),
    (
        "an article stating what its body is before its duty (甲是…机构，负责…)",
        "第一章 总则\n第五条 {A}负责本市献血工作的监督管理。\n"
        "第六条 {D}是本辖区采血供血机构，负责采集、贮存血液。\n"
        "第七条 社区卫生服务中心是居民健康的守门人。\n",
        [(_A, [_A]), (_D, [_D])],
    ),
    (
        "a leader's field in brackets after the lead's name on a role line",
        "1.推进家庭医生签约服务。\n牵头单位：{A}（分管领导：张某某）\n配合单位：{B}\n"
        "2.开展爱国卫生运动。\n牵头单位：{C}（分管领导：李某）\n",
        _AB,
    ),
    (
        "role words inside a role line, lists closed by a stop or a semicolon",
        "1.推进家庭医生签约服务。\n责任单位：{A}牵头，{B}、{D}配合。\n"
        "2.开展爱国卫生运动。\n牵头单位：{C}；\n责任单位：{D}。\n",
        [(_A, [_A, _B, _D]), (_C, [_C, _D])],
    ),
    (
        "(壹) for (一), as a traditional text converted to simplified keeps it",
        "一、重点任务\n（壹）推进家庭医生签约服务。（{A}、{B}负责）\n（二）开展爱国卫生运动。（{C}负责）\n",
        _AB,
    ),
    (
        "a later sentence's subject doing its part within its remit (在各自职责范围内)",
        "第一章 总则\n第五条 {A}负责全市献血工作。{B}在各自职责范围内做好献血保障工作。\n"
        "第六条 {C}负责港口献血宣传。\n",
        [(_A, [_A, _B]), (_C, [_C])],
    ),
    (
        "one article a page quotes after the regulation's title, 主管 and 负责 clauses",
        "问：献血由谁管？答：依照《某市献血管理细则》 第三条 {A}主管全市献血监督管理工作。"
        "{B}负责本辖区的献血信息管理工作。\n",
        [(_A, [_A, _B])],
    ),
    (
        "fields of work before 等有关行政部门 and 社会团体 as a later sentence's subject",
        "第一章 总则\n第四条 {A}主管本行政区域内的母婴保健工作。\n"
        "计划生育、教育、公安等有关行政部门和社会团体应当按照各自的职责，配合做好母婴保健工作。\n"
        "第五条 {C}负责港口卫生宣传。\n",
        [(_A, [_A, "计划生育行政部门", "教育行政部门", "公安行政部门", "社会团体"]), (_C, [_C])],
    ),
    (
        "a speech's points (a) (b) over points (i) (ii)",
        "15. 政府会继续推广家庭医生服务，包括：\n(a)推进家庭医生签约服务──{A}会把签约率提高；\n"
        "(b)开展爱国卫生运动，当中包括：\n(i)整治环境卫生──{C}将在全市推出清洁行动；\n"
        "(ii)防制病媒──{D}明年内会增设监测点。\n",
        [(_A, [_A]), (_C, [_C]), (_D, [_D])],
    ),
    (
        "…为主 leads; …参加, …支持 support",
        "1.推进家庭医生签约服务。（{A}为主，{B}配合）\n2.开展爱国卫生运动。（{C}牵头，{D}参加）\n"
        "3.实施慢性病综合防控。（{B}负责，{D}支持）\n",
        [(_A, [_A, _B]), (_C, [_C, _D]), (_B, [_B, _D])],
    ),
    (
        "every level's government or administration as an article's subject (各级…政府/部门)",
        "第一章 总则\n第四条 各级人民政府领导本行政区域内的海洋渔业工作。\n"
        "第五条 各级政府港航行政部门对港口卫生实施统一监督管理。\n"
        # 机构 of every level is no authority a regulation charges as one: no task
        "第六条 各级海事机构做好船舶卫生检查。\n第七条 {C}负责港口卫生宣传。\n",
        [
            ("各级人民政府", ["各级人民政府"]),
            ("各级政府港航行政部门", ["各级政府港航行政部门"]),
            (_C, [_C]),
        ],
    ),
    (
        "an article charging a body in each sentence (a lost indent left as ?)",
        "第一章 总则\n第四条 {A}领导全市港口卫生工作，制定港口卫生规划。\n"
        "?{B}对港口卫生信息工作实施统一管理。\n第五条 {C}负责港口卫生宣传。\n",
        [(_A, [_A, _B]), (_C, [_C])],
    ),
    (
        "fields of work before 等部门和单位, a comma before their modal",
        "第一章 总则\n第六条 {A}负责全市港口卫生工作。发展改革、人力资源和社会保障、交通运输等"
        "部门和单位，应当按照各自职责做好港口卫生相关工作。\n第七条 {C}负责港口卫生宣传。\n",
        [(_A, [_A, "发展改革部门", "人力资源和社会保障部门", "交通运输部门"]), (_C, [_C])],
    ),
    (
        "a body stated as the authority (是…主管部门，负责) before another 具体负责",
        "第一章 总则\n第六条 {A}是本市港口卫生工作的主管部门，负责监督管理港口卫生工作。"
        "{B}具体负责港口卫生检查的组织实施。\n第七条 {C}负责港口卫生宣传。\n",
        [(_A, [_A, _B]), (_C, [_C])],
    ),
    (
        "mass organisations before 等团体, and a body's remit after the rules it follows",
        "第一章 总则\n第八条 {A}负责全市港口卫生工作。\n"
        "第九条 工会、共青团、妇联等团体应当结合各自特点开展港口卫生宣传。\n"
        "第十条 {C}依照有关规定开展港口卫生检查。\n{B}和其他有关团体依照规定在各自的职责范围内"
        "开展港口卫生工作。\n{D}应当协助当地政府做好港口卫生工作。\n",
        [
            (_A, [_A]),
            ("工会", ["工会", "共青团", "妇联"]),
            (_C, [_C, _B, "其他有关团体", _D]),  # not 当地政府, whom 乙 helps
        ],
    ),
    (
        "a regulation's level 设区的市 and the units' 主管部门 inside a body's name",
        "第一章 总则\n第十一条 设区的市人民政府应当设立港口卫生检疫站；县（市）人民政府应当设立"
        "港口卫生服务点。\n第十二条 渔业、航运单位的主管部门负责所属船舶的卫生管理。\n",
        [
            ("设区的市人民政府", ["设区的市人民政府", "县（市）人民政府"]),
            ("渔业、航运单位的主管部门", ["渔业、航运单位的主管部门"]),
        ],
    ),
    (
        "分别由…负责 and 由…牵头，…参与",
        "1.推进家庭医生签约服务，分别由{A}、{B}负责。\n2.开展爱国卫生运动，由{C}牵头，{D}参与。\n",
        [(_A, [_A, _B]), (_C, [_C, _D])],
    ),
]


def _filled(plan: str) -> str:
    return _HEAD + plan.format(A=_A, B=_B, C=_C, D=_D)


@pytest.mark.parametrize(("plan", "expected"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_a_form_names_each_items_departments(
    tmp_path: Path, plan: str, expected: list[tuple[str, list[str]]]
) -> None:
    tasks = extracted_tasks(tmp_path, _filled(plan))
    assert [(t.lead_department, t.departments) for t in tasks] == expected
    assert not any(t.rejected_departments for t in tasks)


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("推进家庭医生签约服务——市海洋渔业局", "a phrase"),  # the work before a dash
        ("市政府督查室负责跟踪问效", "not an organisation"),  # a duty after the name
        ("各项目实施单位的法人", "a phrase"),
        ("市、区", "not an organisation"),  # levels with no body (各县（市、区）'s gloss)
        ("坚持“政府", "a phrase"),  # a quoted slogan (坚持“政府领导、部门协作…”)
        ("总则第五条市海洋渔业局", "a phrase"),  # a heading and an article's number run in
        ("按照年度计划组织开展", "a phrase"),  # 开展: a sentence's verb
        ("市海洋渔业局的港口科室", "a phrase"),  # a body's part, not 设区的市 nor units' 主管部门
        ("社区戒烟服务工作遵循政府", "a phrase"),  # a principle: 遵循政府主导、单位负责
    ],
)
def test_a_fragment_in_the_new_forms_is_no_department(phrase: str, reason: str) -> None:
    assert not_a_department(phrase) == reason


def test_a_fragment_where_a_new_label_expects_a_name_goes_to_review(tmp_path: Path) -> None:
    plan = (
        "1.推进家庭医生签约服务。\n督办单位：{A}负责跟踪问效\n承担单位：{B}\n"
        "2.开展爱国卫生运动。\n指导单位：按照年度计划组织开展\n实施单位：{C}\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(plan))
    assert [(t.lead_department, t.departments) for t in tasks] == [(_B, [_B]), (_C, [_C])]
    assert tasks[0].rejected_departments == [f"{_A}负责跟踪问效"]
    assert tasks[1].rejected_departments == ["按照年度计划组织开展"]


def test_a_sum_borne_names_no_department(tmp_path: Path) -> None:
    # 承担 with its object says who pays, not who does the work
    plan = "1.推进家庭医生签约服务，由项目单位承担配套资金。\n2.开展爱国卫生运动。（{C}负责）\n"
    tasks = extracted_tasks(tmp_path, _filled(plan))
    assert [(t.lead_department, t.departments) for t in tasks] == [(None, []), (_C, [_C])]


def test_a_notices_addressees_own_no_item(tmp_path: Path) -> None:
    plan = (
        "各县（市、区）卫生健康局、委直各单位：\n1.推进家庭医生签约服务。（{A}负责）\n"
        "2.开展爱国卫生运动。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(plan))
    assert [(t.lead_department, t.departments) for t in tasks] == [(_A, [_A]), (None, [])]


@pytest.mark.parametrize(
    "kind",
    [
        "一切单位",
        "所有单位",
        "个人",
        "公民",
        "医疗机构",
        "各级各类医疗机构",
        "各类教育机构",
        "学校",
        "各类公共场所",
        "经营场所",
    ],
)
def test_whom_a_rule_binds_is_a_category_not_a_department(kind: str) -> None:
    assert not_a_department(kind) == "a category"
    assert not is_collective(kind)


@pytest.mark.parametrize(
    "body", ["各级各类卫生防疫机构", "区疾病预防控制中心", "各中小学校", "卫生医疗机构"]
)
def test_a_kind_named_with_its_own_words_stays_a_body(body: str) -> None:
    assert not_a_department(body) is None


def test_a_regulations_categories_go_to_review_beside_the_bodies_they_share_a_duty_with(
    tmp_path: Path,
) -> None:
    regulation = (
        "第一章 总则\n第五条 {A}和各类公共场所应当做好港口卫生宣传。\n"
        "第六条 单位和个人应当遵守港口卫生规定。\n"
        "第七条 一切单位都应当配合港口卫生检查。\n第八条 {C}负责港口卫生监督。\n"
    )
    tasks = extracted_tasks(tmp_path, _filled(regulation))
    named = [(t.lead_department, t.departments) for t in tasks if t.departments]
    assert named == [(_A, [_A]), (_C, [_C])]
    assert tasks[0].rejected_departments == ["各类公共场所"]
