"""Departments of work items generated from templates: every list form plans use (、，和及与,
〔〕, （）, role lines, a list ended by another field, 由…负责, a closing sentence, items
numbered inside one line) filled with names drawn at random from real kinds of government
bodies, so that what is tested is the grammar of the forms, not the wordings of a corpus.

Each example is a whole plan extracted through the pipeline; the names and forms of every item
are known, so the expected departments and lead are too."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import opencc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthplan.extraction.departments import (
    department_key,
    department_list,
    is_department,
    named_departments,
    not_a_department,
)
from tasks_helpers import extracted_tasks

# Bodies as government documents name them, by kind; a level (市, 县, 区 …) goes before them.
_BUREAUS = [
    "卫生健康委员会", "卫健委", "卫生健康局", "卫健局", "财政局", "发展改革委", "发改局",
    "教育局", "教体局", "民政局", "人社局", "人力资源和社会保障局", "医保局", "医疗保障局",
    "市场监管局", "市场监督管理局", "住建局", "住房和城乡建设局", "生态环境局", "农业农村局",
    "水利局", "交通运输局", "公安局", "司法局", "应急管理局", "文旅局", "文化和旅游局",
    "体育局", "自然资源和规划局", "统计局", "审计局", "科技局", "工信局", "商务局",
    "退役军人事务局", "林业局", "城管局", "数据资源管理局", "行政审批服务局", "税务局",
    "疾控中心", "疾病预防控制中心", "妇幼保健院", "人民医院", "中医院", "红十字会", "残联",
    "妇联", "团委", "总工会", "科协", "委宣传部", "委组织部", "委编办", "委网信办", "爱卫办",
    "文明办", "融媒体中心", "消防救援大队", "公安局交警大队", "气象局", "烟草专卖局",
    "机关事务管理局", "信访局", "供销社", "医疗保障事务中心", "工商联", "侨联", "人武部",
    "供电公司", "农商银行", "农行支行", "委党校", "融媒体中心", "实验小学", "中心校",
    "人民法院", "人民检察院", "公安局城关派出所", "城管执法中队", "林场", "气象台",
]  # fmt: skip
_LEVELS = ["市", "县", "区", "省", "州", "旗", "宣城市", "南陵县", "西湖区", "凉山州", "自治区"]
_COLLECTIVES = [
    "各乡镇人民政府", "各街道办事处", "各县（市、区）人民政府", "各有关单位", "市直有关部门",
    "县直各单位", "各镇（街道）", "各县市区政府", "各开发区管委会", "有关直属单位",
    "各相关部门", "各乡镇卫生院",
    # 各 speaking of two levels' governments: one collective (a zone's committee after a county's
    # government is a body of its own, README "## Tasks", stop 31; in a bracket its stand-in)
    "各乡镇人民政府、街道办事处", "各县(市、区)政府(管委会)", "各区、市政府",
]  # fmt: skip
_UNITS = [  # 委内处室, 局内科室
    "医政医管处", "疾控处", "基层卫生健康处", "财务处", "规划信息处", "人事处", "法规处",
    "医政科", "疾控科", "基层科", "妇幼科", "办公室", "宣传科",
]  # fmt: skip
_WORK = [
    "加强基层医疗卫生服务能力建设", "推进家庭医生签约服务", "完善突发公共卫生事件应急机制",
    "开展爱国卫生运动", "实施慢性病综合防控", "健全城乡居民医保制度", "提升妇幼健康服务水平",
    "推进中医药传承创新", "加强食品安全监管", "改善农村人居环境", "完善养老服务体系",
]  # fmt: skip

_ALIASED = [("残联", "残疾人联合会"), ("医保局", "医疗保障局"), ("卫健委", "卫生健康委员会")]
_BODY = st.builds(
    lambda level, stem: level + stem, st.sampled_from(_LEVELS), st.sampled_from(_BUREAUS)
)
_GLOSSED = st.builds(  # 市残联（市残疾人联合会）: a name with its other name
    lambda level, pair: f"{level}{pair[0]}（{level}{pair[1]}）",
    st.sampled_from(_LEVELS),
    st.sampled_from(_ALIASED),
)
_NAME = st.one_of(_BODY, _BODY, _BODY, _GLOSSED, st.sampled_from(_COLLECTIVES))


@dataclass
class Item:
    text: str  # the item as the plan prints it, number excluded
    lead: str
    names: list[str]


def _joined(names: list[str], last: str) -> str:
    """甲、乙和丙: the last name joined by ``last`` (和/及/与), the others by 、."""
    if len(names) == 1:
        return names[0]
    return "、".join(names[:-1]) + last + names[-1]


@st.composite
def _item(draw: st.DrawFn, *, units: bool = False) -> Item:
    name = st.sampled_from(_UNITS) if units else _NAME
    names = draw(
        st.lists(name, min_size=1, max_size=4, unique=True).filter(
            # no name a part of another (各乡镇人民政府 and 各乡镇人民政府、街道办事处)
            lambda ns: not any(a != b and a in b for a in ns for b in ns)
        )
    )
    if not units:  # a body leads; collectives come after the bodies, as plans list them
        names = [draw(_BODY.filter(lambda n: n not in names)), *names]
        names = list(dict.fromkeys([names[0], *[n for n in names[1:] if n not in _COLLECTIVES],
                                    *[n for n in names[1:] if n in _COLLECTIVES]]))  # fmt: skip
    lead, rest = names[0], names[1:]
    work = draw(st.sampled_from(_WORK))
    comma = draw(st.sampled_from(["，", ","]))
    colon = draw(st.sampled_from(["：", ":"]))
    # how a role line writes its label: 责任单位：, 【责任单位】, 责任单位——, alone on its line
    styles = [f"{{}}{colon}", "【{}】", "{}——", f"{{}} {colon}", f"{{}}{colon}\n"]
    style = draw(st.sampled_from(styles))
    joiner = draw(st.sampled_from(["和", "及", "与", "、"]))
    open_, close = draw(st.sampled_from([("（", "）"), ("(", ")"), ("〔", "〕"), ("【", "】")]))
    listed = _joined(names, joiner)
    others = _joined(rest, joiner) if rest else ""
    forms = [
        f"{work}。{open_}{listed}负责{close}",
        f"{work}。{open_}责任单位{colon}{'、'.join(names)}{close}",
        f"{work}。{open_}{listed}按职责分工负责{close}",
        f"{work}。\n{style.format('责任单位')}{'、'.join(names)}\n",
        f"{work}。\n责任单位{colon}{'、'.join(names)}{comma}完成时限{colon}2024年12月底\n",
        f"{work}。\n责任单位{colon}{'、'.join(names)}；完成时限{colon}2024年底前\n",
        f"{work}。{open_}责任单位{colon}{'、'.join(names)}；完成时限{colon}长期坚持{close}",
        f"{work}，由{listed}负责。",
        f"{work}。{listed}负责落实。",
    ]
    etc = (
        draw(st.sampled_from(["等部门", "等单位", "等有关部门", "等市直相关单位", ""]))
        if len(names) > 1
        else ""
    )
    note = draw(st.sampled_from(_COLLECTIVES))
    when = draw(st.sampled_from(["2024年12月底前", "长期坚持", "持续推进", "6月底前完成"]))
    forms += [
        f"{work}。{open_}{listed}{etc}按职责分工负责{close}",
        f"{work}。{open_}{'、'.join(names)}{etc}负责{close}",
        f"{work}。{open_}{'、'.join(names)}；{when}{close}",
        f"{work}。{open_}{listed}负责{comma}{when}{close}",
        f"{work}。{open_}责任单位{colon}{'/'.join(names)}{close}",
        # a note after the list, in the same bracket
        f"{work}。{open_}{listed}负责。以下各项均需{note}落实，不再列出。{close}",
        f"{work}。{open_}{'、'.join(names)}；列第一位的为牵头单位{close}",
        f"{work}。{open_}分管领导{colon}张某 责任单位{colon}{'、'.join(names)}{close}",
        f"{work}。{open_}{listed}按职责分工抓好落实{close}",
        f"{work}。\n{draw(st.sampled_from(['责任单位', '责任部门', '主责单位', '落实单位']))}"
        f"{colon}"
        f"{'、'.join(names)}{draw(st.sampled_from(['', '；', '。']))}\n",
    ]
    if not any("、" in n for n in names):  # names a space apart (、 inside a name: not so)
        forms.append(f"{work}。{open_}{' '.join(names)} 负责{close}")
    if rest:
        role = draw(
            st.sampled_from(
                ["配合单位", "协办单位", "参与单位", "协作单位", "配合部门", "参与部门"]
            )
        )
        forms += [
            f"{work}。\n{style.format('牵头单位')}{lead}\n{style.format(role)}{'、'.join(rest)}\n",
            f"{work}，由{lead}会同{others}负责。",
            f"{work}，由{lead}牵头，会同{others}{etc}组织实施。",
            f"{work}。{open_}{lead}牵头负责{comma}{others}参与{close}",
            f"{work}。{open_}牵头单位{colon}{lead}{comma}{role}{colon}{others}{close}",
        ]
    if rest:
        forms += [
            f"{work}。{open_}{lead}牵头{comma}{others}配合{close}",
            f"{work}。{open_}牵头单位{colon}{lead}；配合单位{colon}{'、'.join(rest)}{close}",
            f"{work}。{open_}牵头单位{colon}{lead}。配合单位{colon}{'、'.join(rest)}{close}",
            f"{work}。\n牵头单位{colon}{lead}\n配合单位{colon}{'、'.join(rest)}\n",
            f"{work}。\n牵头单位{colon}{lead}{comma}责任单位{colon}{'、'.join(rest)}\n",
            f"{work}。{open_}{lead}牵头{comma}{others}按职责分工负责{close}",
            f"{work}，由{lead}牵头，{others}配合。",
            f"{work}。{lead}牵头落实{comma}{others}配合。",
            f"{work}。{open_}{others}负责{comma}{lead}牵头{close}",
        ]
    return Item(draw(st.sampled_from(forms)), lead, names)


_CN = "一二三四五六七八九十"
_STYLES = [lambda n: f"{n}.", lambda n: f"{n}、", lambda n: f"（{_CN[n - 1]}）", lambda n: f"({n})"]


def _plan(items: list[Item], inline: bool, style: int = 0) -> str:
    if inline:  # a one-line plan: items numbered inside the line
        number = _STYLES[style % 3]
        body = "".join(f"{number(n)}{item.text.strip()}" for n, item in enumerate(items, 1))
        return f"2024年重点工作任务分工方案\n{body}\n"
    number = _STYLES[style]
    lines = "".join(f"{number(n)}{item.text.rstrip()}\n" for n, item in enumerate(items, 1))
    return f"2024年重点工作任务分工方案\n一、重点任务\n{lines}"


def _extract(text: str) -> list[tuple[str | None, list[str]]]:
    with tempfile.TemporaryDirectory() as tmp:  # a folder an example: tmp_path is a test's
        tasks = extracted_tasks(Path(tmp), text)
    return [(t.lead_department, t.departments) for t in tasks]


_SETTINGS = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.lists(_item(), min_size=2, max_size=5), st.integers(0, len(_STYLES) - 1))
def test_every_list_form_names_the_departments_lead_first(items: list[Item], style: int) -> None:
    assert _extract(_plan(items, False, style)) == [(i.lead, i.names) for i in items]


@_SETTINGS
@given(
    st.lists(_item(), min_size=2, max_size=5).filter(
        lambda xs: all("\n" not in i.text for i in xs)
    ),
    st.integers(0, 2),
)
def test_items_numbered_inside_one_line_keep_their_own_departments(
    items: list[Item], style: int
) -> None:
    assert _extract(_plan(items, True, style)) == [(i.lead, i.names) for i in items]


@_SETTINGS
@given(st.lists(_item(units=True), min_size=2, max_size=4))
def test_units_inside_a_commission_are_departments(items: list[Item]) -> None:
    assert _extract(_plan(items, False)) == [(i.lead, i.names) for i in items]


@given(_BODY, st.sampled_from(_COLLECTIVES), st.sampled_from(_UNITS))
def test_names_of_bodies_of_every_kind_are_departments(
    body: str, collective: str, unit: str
) -> None:
    assert is_department(body) and is_department(collective) and is_department(unit)


@given(
    st.sampled_from(_WORK),
    st.sampled_from(["的", "开展", "进行", "确保", "由"]),
    _BODY,
)
def test_a_phrase_where_a_name_was_expected_goes_to_review(work: str, word: str, body: str) -> None:
    """A list whose piece is words of a sentence is no list of departments; a role line keeps
    the departments it names and sets the phrase apart, with its reason, for review."""
    phrase = f"{body}{word}{work}"
    assert not_a_department(phrase) is not None
    assert department_list(f"{body}、{phrase}") is None
    found = named_departments(f"责任单位：{body}、{phrase}")
    assert found is not None and found.names == [body]
    assert [p for p, _ in found.rejected] == [phrase]


_SURNAMES = "张王李刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
_GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "建国", "晓明"]
_PERSON = st.builds(lambda s, g: s + g, st.sampled_from(_SURNAMES), st.sampled_from(_GIVEN))


@st.composite
def _row(draw: st.DrawFn) -> tuple[str, str, list[str], list[str]]:
    """(work, leader, lead column names, other column names) of a table row."""
    lead = draw(st.lists(_BODY, min_size=1, max_size=2, unique=True))
    others = draw(st.lists(_NAME.filter(lambda n: n not in lead), max_size=3, unique=True))
    return draw(st.sampled_from(_WORK)) + "。", draw(_PERSON), lead, others


def _table(rows: list[tuple[str, str, list[str], list[str]]], layout: int) -> str:
    header = ["序号", "工作任务", "牵头领导", "牵头单位", "责任单位", "完成时限"]
    cells = [
        [str(n), work, leader, "、".join(lead), "、".join(others) or "/", "2024年底"]
        for n, (work, leader, lead, others) in enumerate(rows, 1)
    ]
    title = "2024年政府工作报告重点工作任务分解表\n"
    if layout == 0:  # | between cells
        return title + "".join(" | ".join(r) + "\n" for r in [header, *cells])
    if layout == 1:  # a tab between cells
        return title + "".join("\t".join(r) + "\n" for r in [header, *cells])
    if layout == 2:  # one cell a line, a rule between rows
        return title + "|\n".join("".join(f"{c} |\n" for c in r) for r in [header, *cells])
    if layout == 3:  # one cell a line, rows one after the other
        return title + "".join(f"{c} |\n" for r in [header, *cells] for c in r)
    # cells a space apart (a PDF table as text)
    return title + "".join(" ".join(r) + "\n" for r in [header, *cells])


@_SETTINGS
@given(st.lists(_row(), min_size=2, max_size=4), st.integers(0, 4))
def test_a_role_table_of_every_layout_names_its_columns_departments_never_a_leader(
    rows: list[tuple[str, str, list[str], list[str]]], layout: int
) -> None:
    expected = [(lead[0], [*lead, *others]) for _, _, lead, others in rows]
    assert _extract(_table(rows, layout)) == expected


def _wrapped(text: str, width: int) -> str:
    """``text`` as a PDF conversion gives it: every line broken at ``width`` characters."""
    return "".join(
        "".join(line[i : i + width] + "\n" for i in range(0, len(line), width)) or "\n"
        for line in text.split("\n")[:-1]
    )


@_SETTINGS
@given(
    st.lists(_item(), min_size=3, max_size=5).filter(
        # names a space apart are left out: the view takes a space inside a wrapped line for
        # layout (发改 委) and joins them
        lambda xs: all("\n" not in i.text and " " not in i.text for i in xs)
    ),
    st.integers(24, 40),
)
def test_lines_broken_by_a_page_width_inside_names(items: list[Item], width: int) -> None:
    # items as long as real ones, so that most lines of the page are full
    long = [Item(_DETAIL + i.text, i.lead, i.names) for i in items]
    assert _extract(_wrapped(_plan(long, False), width)) == [(i.lead, i.names) for i in items]


_DETAIL = "坚持问题导向和目标导向，统筹资源配置，完善工作机制，加强督促检查，确保各项措施落到实处。"


_PINYIN = {"卫": "wèi", "区": "qū", "县": "xiàn", "责": "zé", "实": "shí", "务": "wù"}


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])  # OpenCC is slow
@given(
    st.lists(_item(), min_size=2, max_size=4).filter(
        lambda xs: all("\n" not in i.text for i in xs)
    ),
    st.booleans(),
)
def test_a_plan_in_traditional_characters_names_departments_in_simplified(
    items: list[Item], glossed: bool
) -> None:
    """A page converted to traditional characters, some with pinyin after them (衛(wèi)生):
    the names come out as the register writes them, in simplified characters."""
    text = _plan(items, False)
    if glossed:
        text = "".join(f"{c}({_PINYIN[c]})" if c in _PINYIN else c for c in text)
    traditional = opencc.OpenCC("s2t").convert(text)
    assert _extract(traditional) == [(i.lead, i.names) for i in items]


def _roles_of(item: Item) -> str:
    rest = "、".join(item.names[1:])
    return f"【牵头单位：{item.lead}" + (f"；配合单位：{rest}】" if rest else "】")


@_SETTINGS
@given(st.lists(_item(), min_size=2, max_size=5), st.booleans())
def test_departments_named_before_their_items(items: list[Item], same_line: bool) -> None:
    """A plan that prints each item's role line before it, on the line before or before its
    number on its line (【牵头单位：甲；配合单位：乙】1.推进…)."""
    lines = "".join(
        f"{_roles_of(item)}{'' if same_line else chr(10)}{n}.{_WORK[n % len(_WORK)]}。\n"
        for n, item in enumerate(items, 1)
    )
    plan = f"2024年重点工作任务分工方案\n{lines}"
    assert _extract(plan) == [(i.lead, i.names) for i in items]


@_SETTINGS
@given(st.lists(_item(), min_size=2, max_size=5))
def test_a_reports_paragraph_numbering_its_tasks_yi_shi(items: list[Item]) -> None:
    """一是…（责任单位：…）；二是…: the tasks of a report's paragraph, each naming its own."""
    tasks = "；".join(
        f"{_CN[n - 1]}是{_WORK[n % len(_WORK)]}（责任单位：{'、'.join(item.names)}）"
        for n, item in enumerate(items, 1)
    )
    plan = f"关于重点民生实事进展情况的督查报告\n  涉及我市的任务有:{tasks}。目前均已完成。\n"
    assert _extract(plan) == [(i.names[0], i.names) for i in items]


_DUTIES = [
    "监督管理各类场所的病媒生物防制工作",
    "做好辖区内的环境卫生整治",
    "开展控烟宣传和执法检查",
]


@st.composite
def _article(draw: st.DrawFn) -> Item:
    """One duty of a regulation: a body (or two) as the subject of what it does."""
    names = draw(st.lists(_BODY, min_size=1, max_size=2, unique=True))
    duty = draw(st.sampled_from(_DUTIES))
    how = draw(
        st.sampled_from(["负责", "根据各自职责负责", "按照职责分工负责", "要负责", "应当负责"])
    )
    return Item(f"{'、'.join(names)}{how}{duty}", names[0], names)


@_SETTINGS
@given(
    st.lists(_article(), min_size=2, max_size=5),
    st.lists(st.integers(1, 3), min_size=5, max_size=5),
    st.sampled_from([",", "，", "；"]),
)
def test_a_regulations_articles_run_into_one_line(
    items: list[Item], gaps: list[int], comma: str
) -> None:
    """…按照以下分工负责:(一)甲负责…,(三)乙、丙根据各自职责负责…: a regulation the page store
    kept in pieces, run into one line, its duties numbered (一)… after a comma, numbers left out."""
    numbers = [sum(gaps[: k + 1]) for k in range(len(items))]
    duties = comma.join(
        f"({_CN_ALL[n - 1]}){item.text}" for n, item in zip(numbers, items, strict=False)
    )
    plan = (
        f"某市病媒生物防制管理办法第一条为预防控制病媒生物危害{comma}第六条有关部门按照以下分工"
        f"负责病媒生物防制工作:{duties}{comma}第九条单位和个人应当积极参加防制活动。\n"
    )
    assert _extract(plan) == [(i.lead, i.names) for i in items]


_CN_ALL = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
           "十四", "十五"]  # fmt: skip


@_SETTINGS
@given(st.lists(_BODY, min_size=2, max_size=4, unique=True), st.sampled_from(["。", "：", ""]))
def test_a_bodys_duties_listed_under_its_name(bodies: list[str], end: str) -> None:
    """1.甲局。⏎(1)…⏎(2)…: the points under a body's name are that body's one task."""
    plan = "（二）部门职责\n" + "".join(
        f"{n}.{body}{end}\n(1){_DUTIES[0]}。\n(2){_DUTIES[1]}。\n"
        for n, body in enumerate(bodies, 1)
    )
    assert _extract(plan) == [(b, [b]) for b in bodies]


@_SETTINGS
@given(
    st.lists(_NAME, min_size=2, max_size=4, unique=True).filter(
        lambda ns: not any(a != b and a in b for a in ns for b in ns)
    ),
    st.sampled_from(["要", "应当", "须", "适时", "也要"]),
)
def test_bodies_named_as_who_must_do_the_work(names: list[str], modal: str) -> None:
    """（一）准备阶段。甲、乙要制定…。丙适时…，丁也要…: an item naming its departments only as
    the subjects of its sentences and clauses, in order."""
    first, rest = names[:2], names[2:]
    clauses = "，".join(f"{name}{modal}{_WORK[k]}" for k, name in enumerate(rest))
    plan = (
        "一、工作步骤\n"
        f"（一）准备阶段。{'、'.join(first)}{modal}{_WORK[0]}。\n"
        f"（二）实施阶段。{clauses or names[0] + modal + _WORK[1]}。\n"
    )
    second = rest or names[:1]
    assert _extract(plan) == [(first[0], first), (second[0], second)]


# Stop 23: kinds of the fourth held-out part, built from random bodies.

_PREDICATES = [
    "做好",
    "加强",
    "负责",
    "结合实际",
    "根据需要",
    "按照要求",
    "对",
    "积极",
    "定期",
    "进一步",
    "通过",
    "持续",
    "参与",
]


@_SETTINGS
@given(
    st.lists(_BODY, min_size=2, max_size=4, unique=True).filter(
        lambda ns: not any(a != b and a in b for a in ns for b in ns)
    ),
    st.lists(st.sampled_from(_PREDICATES), min_size=4, max_size=4),
    st.integers(0, len(_STYLES) - 1),
    st.sampled_from(["", "会同{}等部门，"]),
)
def test_a_body_as_the_subject_of_each_numbered_duty(
    bodies: list[str], predicates: list[str], style: int, partner: str
) -> None:
    """3、甲局做好…⏎4、乙局对…: each duty opens with the body doing it, no role word; a body it
    works with (会同丙局) is not its subject, but a department after it (stop 29's rule) unless
    it is the subject by another name."""
    number = _STYLES[style]
    lines = "".join(
        f"{number(n)}{body}{partner.format(bodies[n % len(bodies)])}{predicates[n - 1]}"
        f"{_DUTIES[n % len(_DUTIES)]}。\n"
        for n, body in enumerate(bodies, 1)
    )
    expected = []
    for n, body in enumerate(bodies, 1):
        other = bodies[n % len(bodies)]
        joined = partner and department_key(other) != department_key(body)
        expected.append((body, [body, other] if joined else [body]))
    assert _extract("二、职责分工\n" + lines) == expected


@_SETTINGS
@given(
    _item().filter(lambda i: i.text.endswith(("）", ")", "〕", "】"))),
    st.integers(2, 4),
    st.integers(0, 1),
)
def test_a_list_written_once_after_the_last_of_several_items(
    listed: Item, count: int, style: int
) -> None:
    """1.…⏎2.…⏎3.…⏎（甲牵头，乙配合）: the line after the last item is every item's."""
    closing = listed.text[listed.text.index("。") + 1 :]
    number = _STYLES[style]
    lines = "".join(f"{number(n)}{_WORK[n]}。\n" for n in range(1, count + 1))
    plan = f"2024年重点工作任务分工方案\n一、重点任务\n{lines}{closing}\n"
    assert _extract(plan) == [(listed.lead, listed.names)] * count


_FIELDS = ["教育", "民政", "财政", "公安", "住房和城乡建设", "交通运输", "农业农村", "文化和旅游",
           "卫生健康", "体育", "工会", "共青团", "妇联", "市场监管"]  # fmt: skip
_BODIES_AMONG_FIELDS = ("工会", "共青团", "妇联")


@_SETTINGS
@given(
    _BODY,
    st.lists(st.sampled_from(_FIELDS), min_size=1, max_size=5, unique=True),
    st.sampled_from(["等部门配合", "等部门、单位配合", "等部门按职责分工负责", "等有关部门参与"]),
)
def test_fields_of_work_before_deng_bumen(lead: str, fields: list[str], role: str) -> None:
    """（甲局牵头，教育、住房和城乡建设等部门配合）: one department per field, the word 部门 on
    each (教育部门), a body by its own name as written (工会) — stop 29's rule."""
    plan = f"重点任务\n1.{_WORK[0]}。（{lead}牵头，{'、'.join(fields)}{role}）\n"
    named = [f if f in _BODIES_AMONG_FIELDS else f"{f}部门" for f in fields]
    assert _extract(plan) == [(lead, [lead, *(f for f in named if f != lead)])]


@_SETTINGS
@given(st.lists(_BODY, min_size=2, max_size=3, unique=True), st.booleans())
def test_roles_stated_in_a_sentence(bodies: list[str], name_first: bool) -> None:
    """甲局为牵头单位，乙局为配合单位 / 牵头单位为甲局，配合单位为乙局."""
    lead, rest = bodies[0], "、".join(bodies[1:])
    if name_first:
        stated = f"{lead}为牵头单位，{rest}为配合单位"
    else:
        stated = f"牵头单位为{lead}，配合单位为{rest}"
    plan = f"重点任务\n1.{_WORK[0]}，{stated}。\n2.{_WORK[1]}。（{lead}负责）\n"
    assert _extract(plan)[0] == (lead, bodies)


# Stop 26: bodies a regulation names other than by a role word, built from random bodies.
_BY_ACTS = ["审定", "确定", "统一规定", "另行制定", "实施监督管理", "列入年度预算",
            "根据国家有关规定制定", "按照有关法律法规的规定执行"]  # fmt: skip
_APPROVALS = ["经{}审查批准", "经{}许可", "报{}批准", "报经{}审核", "由{}核准"]
_ASIDES = ["", "在本级人民政府领导下，", "在市政府的统一组织下，"]


def _apart(a: str, b: str) -> bool:
    """Whether neither name holds the other, nor is the other's other name (市卫健委 and
    市卫生健康委员会) or the other at one level (市卫健委, 县卫健委)."""
    key_a, key_b = department_key(a), department_key(b)
    return key_a not in key_b and key_b not in key_a and key_a[-3:] != key_b[-3:]


@_SETTINGS
@given(
    st.lists(_BODY, min_size=3, max_size=3, unique=True).filter(
        lambda bs: all(_apart(a, b) for a in bs for b in bs if a != b)
    ),
    st.sampled_from(_BY_ACTS),
    st.sampled_from(_APPROVALS),
    st.sampled_from(_ASIDES),
)
def test_bodies_given_acts_of_authority_after_the_articles_subject(
    bodies: list[str], act: str, approval: str, aside: str
) -> None:
    """第五条 甲局（在…领导下，）负责…。…由乙局审定。…经丙局审查批准: the subject leads, each
    body given an act follows in the order named; the body over the subject is none of them."""
    subject, by, approving = bodies
    plan = (
        "某市港口卫生管理办法\n第一章 总则\n"
        f"第五条 {subject}{aside}负责全市港口卫生工作。港口卫生检查办法由{by}{act}。\n"
        f"第六条 从事船舶供水的单位，应当{approval.format(approving)}后方可营业。\n"
        f"第七条 {by}负责港口卫生宣传。\n"
    )
    assert _extract(plan) == [(subject, [subject, by]), (approving, [approving]), (by, [by])]


@_SETTINGS
@given(
    st.lists(_BODY, min_size=3, max_size=3, unique=True).filter(
        lambda bs: all(_apart(a, b) for a in bs for b in bs if a != b)
    ),
    st.sampled_from(["所属的", "授权的", "委托的", "指定的", "负责港口管理的", "负责卫生检疫的"]),
    st.sampled_from(["港口卫生主管部门", "卫生检疫机构", "部门"]),
    st.sampled_from(["", "（以下简称检疫方）"]),
)
def test_a_body_a_clause_says_which_of(
    bodies: list[str], clause: str, head: str, defined: str
) -> None:
    """第五条 甲局主管…。乙局所属的港口卫生主管部门（以下简称…）负责…: the owner's clause is part
    of the body's name, the short name the text defines is not; who authorises, entrusts or
    designates a kind of body (乙局授权的卫生检疫机构) is not, unless the kind is no name alone."""
    first, owner, other = bodies
    name = owner + clause + head
    if clause in ("授权的", "委托的", "指定的") and head != "部门":
        name = head
    plan = (
        "某市港口卫生管理办法\n第一章 总则\n"
        f"第五条 {first}主管全市港口卫生工作。{name}{defined}负责站区卫生监督。\n"
        f"第六条 {other}负责港口卫生宣传。\n"
    )
    assert _extract(plan) == [(first, [first, name]), (other, [other])]


_SUPPORTS = [
    "{a}负责{w}，{b}予以配合",
    "由{a}负责{w}，{b}要积极配合",
    "{a}负责{w}，{b}协助做好相关工作",
    "{w}具体由{a}承办，{b}协办",
    "{w}，{a}、{b}分工负责",
]


@_SETTINGS
@given(
    st.lists(_BODY, min_size=3, max_size=3, unique=True).filter(
        lambda bs: all(_apart(a, b) for a in bs for b in bs if a != b)
    ),
    st.sampled_from(_SUPPORTS),
    st.booleans(),
)
def test_who_supports_the_lead_in_a_clause_of_its_own(
    bodies: list[str], form: str, regulation: bool
) -> None:
    """甲局负责…，乙局予以配合 / 由甲局负责…，乙局要积极配合 / 具体由甲局承办，乙局协办: the
    supporter follows the lead, in a plan's item or a regulation's article."""
    lead, support, other = bodies
    duty = form.format(a=lead, b=support, w=_WORK[0])
    if regulation:
        plan = f"某市卫生管理办法\n第一章 总则\n第五条 {duty}。\n第六条 {other}负责{_WORK[1]}。\n"
    else:
        plan = f"重点任务\n1.{duty}。\n2.{_WORK[1]}。（{other}负责）\n"
    assert _extract(plan) == [(lead, [lead, support]), (other, [other])]


@_SETTINGS
@given(
    st.lists(_BODY, min_size=3, max_size=3, unique=True).filter(
        lambda bs: all(_apart(a, b) for a in bs for b in bs if a != b)
    ),
    st.integers(18, 40),
)
def test_a_regulation_a_page_width_broke(bodies: list[str], width: int) -> None:
    """The articles of stop 26's forms, every line broken at ``width`` characters: a line is no
    paragraph of its own, so a name it breaks (由市⏎口岸检疫站) is one name, never two."""
    a, b, c = bodies
    regulation = (
        "某市港口卫生管理办法\n第一章 总则\n"
        f"第五条 {a}负责本行政区域内的港口卫生监督管理工作。港口卫生检查办法由{b}根据国家有关"
        "规定另行制定。\n"
        f"第六条 各级港口卫生委员会（以下简称港卫会）在本级人民政府领导下，负责港口卫生的组织协"
        "调。港卫会办公室负责日常工作。\n"
        f"第七条 铁路部门所属的港口卫生机构负责站区卫生监督，{c}予以配合。\n"
    )
    assert _extract(_wrapped(regulation, width)) == [
        (a, [a, b]),
        ("各级港口卫生委员会", ["各级港口卫生委员会", "港卫会办公室"]),
        ("铁路部门所属的港口卫生机构", ["铁路部门所属的港口卫生机构", c]),
    ]
