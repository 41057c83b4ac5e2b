"""Departments read by the layout's kind, not by a document's: the same work items laid out in
any of the ways plans write who is responsible — a role marker (牵头/责任/负责/主办/承办/主责单位,
责任部门, 责任主体, with ： or :, in （）()〔〕【】[], on the item's line, on lines after it, before
it, between its sentences, run into its title, left unclosed; 由…负责/落实, …牵头，…配合/协同,
共同/分别负责), numbered in any style (1. 1、 （一） (1) 一、 ①, on lines of their own or run into
one line, also right after the last item's list) — must give the same departments, lead first.

The bodies are invented from the forms of government bodies (a level, a field of work, an
ending: 市海洋渔业局, 县政务数据服务中心, 城关街道办事处), so that no register and no corpus
wording is what is tested: a body is known by its form."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthplan.extraction.departments import is_department, not_a_department
from tasks_helpers import led_tasks

_FIELDS = [
    "海洋渔业", "乡村振兴", "口岸", "港航", "营商环境", "人民防空", "政务数据", "粮食物资",
    "地震", "档案", "新闻出版", "侨务", "信访", "国防动员", "住房公积金管理", "城市更新",
    "数字经济", "水务", "园林绿化", "卫生健康", "财政", "医疗保障", "市场监督管理", "教育",
]  # fmt: skip
_ENDS = ["局", "委员会", "办公室", "中心", "服务中心", "事务中心", "管理处", "委", "办"]
_PLACES = ["城关", "东城", "高新", "临港", "北湖", "金山", "青龙", "南湖"]
_LOCAL = ["镇人民政府", "街道办事处", "乡人民政府", "镇卫生院", "社区卫生服务中心"]
_COLLECTIVES = [
    "各县（市、区）", "各县（市、区）人民政府", "各街道办事处", "各乡镇人民政府", "市直各有关部门",
    "各开发区管委会",
]  # fmt: skip

_BUREAU = st.builds(
    lambda level, stem, end: level + stem + end,
    st.sampled_from(["市", "县", "区", "省"]),
    st.sampled_from(_FIELDS),
    st.sampled_from(_ENDS),
)
_LOCAL_BODY = st.builds(lambda p, k: p + k, st.sampled_from(_PLACES), st.sampled_from(_LOCAL))
_NAME = st.one_of(_BUREAU, _BUREAU, _LOCAL_BODY, st.sampled_from(_COLLECTIVES))

_WORK = [
    "加强基层医疗卫生服务能力建设", "推进家庭医生签约服务", "完善突发公共卫生事件应急机制",
    "开展爱国卫生运动", "实施慢性病综合防控", "提升妇幼健康服务水平",
]  # fmt: skip
_LEAD_LABELS = ["牵头单位", "责任单位", "负责单位", "责任部门", "责任主体", "主办单位", "牵头部门",
                "主责单位", "承办单位", "承担单位", "实施单位", "第一责任单位", "直接责任单位",
                "具体负责单位", "主体责任单位", "牵头处室", "责任股室"]  # fmt: skip
_SUPPORT_LABELS = ["配合单位", "协办单位", "参与单位", "配合部门", "协作单位", "协同单位",
                   "支持单位", "协助部门"]  # fmt: skip
_BRACKETS = [("（", "）"), ("(", ")"), ("〔", "〕"), ("【", "】"), ("[", "]")]


@dataclass
class Item:
    lead: str
    rest: list[str]
    work: str

    @property
    def names(self) -> list[str]:
        return [self.lead, *self.rest]


@dataclass
class Style:
    """How one plan writes its roles: the label words, the colon, the bracket."""

    lead_label: str
    support_label: str
    colon: str
    bracket: tuple[str, str]


# Layouts of one item's roles, each (needs others, may run into one line, writer).
_Form = tuple[bool, bool, Callable[[Item, Style], str]]


def _listed(names: list[str]) -> str:
    return "、".join(names)


_FORMS: dict[str, _Form] = {
    "label in brackets after the work": (
        False,
        True,
        lambda i, s: (
            f"{i.work}。{s.bracket[0]}{s.lead_label}{s.colon}{_listed(i.names)}{s.bracket[1]}"
        ),
    ),
    "two labels in one bracket": (
        True,
        True,
        lambda i, s: (
            f"{i.work}。{s.bracket[0]}{s.lead_label}{s.colon}{i.lead}；"
            f"{s.support_label}{s.colon}{_listed(i.rest)}{s.bracket[1]}"
        ),
    ),
    "label in brackets inside the sentence": (
        False,
        True,
        lambda i, s: (
            f"{i.work}{s.bracket[0]}{s.lead_label}{s.colon}{_listed(i.names)}"
            f"{s.bracket[1]}，确保年底前完成。"
        ),
    ),
    "label in brackets before the work": (
        False,
        True,
        lambda i, s: (
            f"{s.bracket[0]}{s.lead_label}{s.colon}{_listed(i.names)}{s.bracket[1]}{i.work}。"
        ),
    ),
    "label line after the work": (
        False,
        False,
        lambda i, s: f"{i.work}。\n{s.lead_label}{s.colon}{_listed(i.names)}",
    ),
    "two label lines": (
        True,
        False,
        lambda i, s: (
            f"{i.work}。\n{s.lead_label}{s.colon}{i.lead}\n"
            f"{s.support_label}{s.colon}{_listed(i.rest)}"
        ),
    ),
    "support line first": (
        True,
        False,
        lambda i, s: (
            f"{i.work}。\n{s.support_label}{s.colon}{_listed(i.rest)}\n牵头单位{s.colon}{i.lead}"
        ),
    ),
    "label line then a time": (
        False,
        False,
        lambda i, s: (
            f"{i.work}。\n{s.lead_label}{s.colon}{_listed(i.names)}\n完成时限{s.colon}2024年底前"
        ),
    ),
    "label line then more of the work": (
        False,
        False,
        lambda i, s: (
            f"{i.work}。\n{s.lead_label}{s.colon}{_listed(i.names)}\n加大投入力度，确保取得实效。"
        ),
    ),
    "label alone, names one a line": (
        False,
        False,
        lambda i, s: f"{i.work}。\n{s.lead_label}{s.colon}\n" + "\n".join(i.names),
    ),
    "label after the work on its line": (
        False,
        True,
        lambda i, s: f"{i.work}。{s.lead_label}{s.colon}{_listed(i.names)}",
    ),
    "label run into the title": (
        False,
        True,
        lambda i, s: f"{i.work}{s.lead_label}{s.colon}{_listed(i.names)}",
    ),
    "two labels a space apart": (
        True,
        True,
        lambda i, s: (
            f"{i.work}。 {s.lead_label}{s.colon}{i.lead} "
            f"{s.support_label}{s.colon}{_listed(i.rest)}"
        ),
    ),
    "bracket left unclosed": (
        False,
        True,
        lambda i, s: f"{i.work}。{s.bracket[0]}{s.lead_label}{s.colon}{_listed(i.names)}",
    ),
    "a time after the list in the bracket": (
        False,
        True,
        lambda i, s: (
            f"{i.work}。{s.bracket[0]}{s.lead_label}{s.colon}{_listed(i.names)}；"
            f"完成时限{s.colon}2024年12月{s.bracket[1]}"
        ),
    ),
    "由…负责": (False, True, lambda i, s: f"{i.work}，由{_listed(i.names)}负责。"),
    "由…落实": (False, True, lambda i, s: f"{i.work}，由{_listed(i.names)}落实。"),
    "由…牵头，…配合": (
        True,
        True,
        lambda i, s: f"{i.work}，由{i.lead}牵头，{_listed(i.rest)}配合。",
    ),
    "由…牵头落实 before the work": (
        True,
        True,
        lambda i, s: f"由{i.lead}牵头落实，{_listed(i.rest)}配合，{i.work}。",
    ),
    "…牵头，…协同推进": (
        True,
        True,
        lambda i, s: f"{i.work}。{i.lead}牵头，{_listed(i.rest)}协同推进。",
    ),
    "…共同负责": (False, True, lambda i, s: f"{i.work}，{_listed(i.names)}共同负责。"),
    "…负责牵头，…配合": (
        True,
        True,
        lambda i, s: f"{i.work}。{i.lead}负责牵头，{_listed(i.rest)}配合。",
    ),
    "…按要求落实 in brackets": (
        True,
        True,
        lambda i, s: (
            f"{i.work}。{s.bracket[0]}{i.lead}牵头，{_listed(i.rest)}按要求落实{s.bracket[1]}"
        ),
    ),
    "按职责分别负责 in brackets": (
        False,
        True,
        lambda i, s: f"{i.work}。{s.bracket[0]}{_listed(i.names)}按职责分别负责{s.bracket[1]}",
    ),
    "由…统筹 in brackets": (
        False,
        True,
        lambda i, s: f"{i.work}{s.bracket[0]}由{_listed(i.names)}统筹{s.bracket[1]}。",
    ),
    "label spaced out letter by letter": (
        False,
        False,
        lambda i, s: f"{i.work}。\n{' '.join(s.lead_label)}{s.colon}{_listed(i.names)}",
    ),
    "label and a dash on its line": (
        False,
        False,
        lambda i, s: f"{i.work}。\n{s.lead_label}——{_listed(i.names)}",
    ),
    "support label first in one bracket": (
        True,
        True,
        lambda i, s: (
            f"{i.work}。{s.bracket[0]}{s.support_label}{s.colon}{_listed(i.rest)}；"
            f"牵头单位{s.colon}{i.lead}{s.bracket[1]}"
        ),
    ),
    "roles stated with 是": (
        True,
        True,
        lambda i, s: f"{i.work}。牵头单位是{i.lead}，配合单位是{_listed(i.rest)}。",
    ),
    "roles in brackets": (
        True,
        True,
        lambda i, s: f"{i.work}。{s.bracket[0]}{i.lead}牵头，{_listed(i.rest)}配合{s.bracket[1]}",
    ),
    "roles in brackets, 协办": (
        True,
        True,
        lambda i, s: f"{i.work}。{s.bracket[0]}{i.lead}牵头，{_listed(i.rest)}协办{s.bracket[1]}",
    ),
    "负责 in brackets": (
        False,
        True,
        lambda i, s: f"{i.work}。{s.bracket[0]}{_listed(i.names)}负责{s.bracket[1]}",
    ),
    "分别负责 in brackets": (
        False,
        True,
        lambda i, s: f"{i.work}。{s.bracket[0]}{_listed(i.names)}分别负责{s.bracket[1]}",
    ),
    "the lead marked in brackets": (
        True,
        True,
        lambda i, s: f"{i.work}。{s.bracket[0]}{i.lead}（牵头）、{_listed(i.rest)}{s.bracket[1]}",
    ),
    "a role parenthesis after each sentence": (
        True,
        True,
        lambda i, s: f"{i.work}（{i.lead}负责）；并建立长效机制（{_listed(i.rest)}负责）。",
    ),
}

_CN = "一二三四五六七八九十"
_NUMBERS: list[Callable[[int], str]] = [
    lambda n: f"{n}.",
    lambda n: f"{n}、",
    lambda n: f"（{_CN[n - 1]}）",
    lambda n: f"({n})",
    lambda n: f"{_CN[n - 1]}、",
    lambda n: "①②③④⑤⑥"[n - 1],
    lambda n: "⑴⑵⑶⑷⑸⑹"[n - 1],
]


def test_a_verb_with_its_object_names_no_department() -> None:
    """由项目单位落实配套资金: 落实 with its object says who pays, not who is responsible."""
    plan = (
        "2024年重点工作任务分工方案\n一、重点任务\n1.建设区域医疗中心，由项目单位落实配套资金。\n"
    )
    assert _extract(plan) == [(None, [])]


def _apart(lead: str) -> Callable[[list[str]], bool]:
    """Whether names are apart from ``lead`` and from each other (none inside another)."""

    def check(names: list[str]) -> bool:
        if any(lead in n or n in lead for n in names):
            return False
        return not any(a != b and a in b for a in names for b in names)

    return check


@st.composite
def _items(draw: st.DrawFn) -> list[Item]:
    items = []
    for k in range(draw(st.integers(2, 4))):
        lead = draw(_BUREAU | _LOCAL_BODY)
        rest = draw(st.lists(_NAME, max_size=3, unique=True).filter(_apart(lead)))
        items.append(Item(lead, rest, _WORK[k]))
    return items


_STYLE = st.builds(
    Style,
    st.sampled_from(_LEAD_LABELS),
    st.sampled_from(_SUPPORT_LABELS),
    st.sampled_from(["：", ":"]),
    st.sampled_from(_BRACKETS),
)


def _plan(
    items: list[Item], form: str, style: Style, number: int, one_line: bool, titled: bool = False
) -> str:
    write = _FORMS[form][2]
    numbered = [f"{_NUMBERS[number](n)}{write(item, style)}" for n, item in enumerate(items, 1)]
    if one_line:  # the items on the title's line after a colon, or on a line of their own
        return "2024年重点工作任务分工方案" + ("：" if titled else "\n") + "".join(numbered) + "\n"
    heading = "" if number == 4 else "一、重点任务\n"  # 一、 numbers the items themselves
    return "2024年重点工作任务分工方案\n" + heading + "".join(f"{n}\n" for n in numbered)


def _extract(text: str) -> list[tuple[str | None, list[str]]]:
    with tempfile.TemporaryDirectory() as tmp:
        return led_tasks(Path(tmp), text)


_SETTINGS = settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(
    _items(),
    st.lists(st.sampled_from(sorted(_FORMS)), min_size=2, max_size=2),
    _STYLE,
    st.integers(0, len(_NUMBERS) - 1),
    st.booleans(),
    st.booleans(),
)
def test_every_layout_of_the_same_items_names_the_same_departments(
    items: list[Item], forms: list[str], style: Style, number: int, one_line: bool, titled: bool
) -> None:
    """Two layouts of the same items (and the items' numbering, on lines or run into one line,
    that line the title's) give each item the same departments in order, the lead first."""
    expected = [(item.lead, item.names) for item in items]
    for form in forms:
        needs_others, runs_on, _ = _FORMS[form]
        laid = [Item(i.lead, i.rest or [_COLLECTIVES[0]], i.work) for i in items]
        laid = laid if needs_others else items
        want = [(i.lead, i.names) for i in laid] if needs_others else expected
        plan = _plan(laid, form, style, number, one_line and runs_on, titled)
        assert _extract(plan) == want, (form, plan)


@given(_BUREAU | _LOCAL_BODY, st.sampled_from(["的", "开展", "进行", "确保", "由"]))
def test_a_body_is_known_by_its_form_and_a_fragment_is_not(body: str, word: str) -> None:
    """An invented bureau, centre or local government reads as a department; the same name run
    into a sentence's words does not."""
    assert is_department(body), body
    assert not_a_department(f"{body}{word}{_WORK[0]}") is not None


def _break_inside(names: list[str], at: int) -> str:
    """The list 甲、乙 with a line break inside one name where neither side is a name of its
    own (a page width broke it), at about ``at``."""
    text = _listed(names)
    for k in [*range(at, len(text) - 1), *range(1, at)]:
        left, right = text[:k], text[k:]
        if left[-1] in "、（" or right[0] in "、）":
            continue
        if not (is_department(left.split("、")[-1]) and is_department(right.split("、")[0])):
            return f"{left}\n{right}"
    return text


@_SETTINGS
@given(_items(), _STYLE, st.integers(1, 30), st.booleans())
def test_a_list_a_page_width_broke_inside_a_name(
    items: list[Item], style: Style, at: int, bracketed: bool
) -> None:
    """责任单位：甲局、乙县（⏎市、区）, （区委社⏎会工作部负责）: the name is read whole."""
    o, c = style.bracket
    lines = "".join(
        f"{n}.{item.work}。{o}{_break_inside(item.names, at)}负责{c}\n"
        if bracketed
        else f"{n}.{item.work}。\n{style.lead_label}{style.colon}{_break_inside(item.names, at)}\n"
        for n, item in enumerate(items, 1)
    )
    plan = f"2024年重点工作任务分工方案\n一、重点任务\n{lines}"
    assert _extract(plan) == [(i.lead, i.names) for i in items], plan


@_SETTINGS
@given(
    st.lists(_BUREAU | _LOCAL_BODY, min_size=2, max_size=3, unique=True),
    st.sampled_from(["：", ":", "", "职责："]),
    st.integers(0, 1),
)
def test_a_body_named_above_each_list_owns_its_items(
    bodies: list[str], end: str, number: int
) -> None:
    """二、部门职责⏎甲局：⏎1.…⏎2.…⏎乙中心：⏎1.…: each list's items are the body's above it."""
    duties = ["负责辖区环境卫生整治。", "做好病媒生物防制工作。"]
    plan = "2024年爱国卫生工作任务分工\n二、部门职责\n" + "".join(
        f"{body}{end}\n" + "".join(f"{_NUMBERS[number](k)}{d}\n" for k, d in enumerate(duties, 1))
        for body in bodies
    )
    assert _extract(plan) == [(b, [b]) for b in bodies for _ in duties], plan


@_SETTINGS
@given(_items(), _STYLE, st.sampled_from(["", " ", "\u3000"]))
def test_bare_numbers_opening_lines(items: list[Item], style: Style, space: str) -> None:
    """1推进…（甲局负责）⏎2 完善…: a bare number, a space or none before the work, when every item
    names its own departments."""
    o, c = style.bracket
    lines = "".join(
        f"{n}{space}{item.work}{o}{style.lead_label}{style.colon}{_listed(item.names)}{c}\n"
        for n, item in enumerate(items, 1)
    )
    plan = f"2024年重点工作任务分工方案\n一、重点任务\n{lines}"
    assert _extract(plan) == [(i.lead, i.names) for i in items], plan


def test_a_plural_heading_above_a_list_owns_no_item() -> None:
    """成员单位职责： above a list: each point would name its own body; no one owns the list."""
    plan = "2024年方案\n二、部门职责\n成员单位职责：\n1.负责辖区环境卫生整治。\n2.做好病媒防制。\n"
    assert _extract(plan) == [(None, []), (None, [])]


@_SETTINGS
@given(
    _items(),
    _STYLE,
    st.lists(st.integers(1, 12), min_size=4, max_size=4),
    st.sampled_from(["", "（二）完善保障体系行动", "（三）提升服务能力"]),
    st.booleans(),
)
def test_a_summary_page_keeps_some_items_on_one_line(
    items: list[Item], style: Style, numbers: list[int], heading: str, lost: bool
) -> None:
    """二、重点任务（一）…行动1.推进…，（甲局负责）4.…，甲、乙按职责分工负责）（二）…行动5.…: a
    page that keeps some items of a plan on one line, their numbers skipped or repeated, a
    heading glued before an item's number, the left bracket of a list lost — each item is read
    with its own list."""
    o, c = style.bracket
    parts = []
    for k, (item, n) in enumerate(zip(items, numbers, strict=False)):
        if lost:
            roles = f"{_listed(item.names)}按职责分工负责{c}"
        else:
            roles = f"{o}{style.lead_label}{style.colon}{_listed(item.names)}{c}"
        parts.append(f"{heading if k == 1 else ''}{n}.{item.work}，{roles}")
    plan = "2024年重点工作任务分工方案\n二、重点任务（一）强化基础行动" + "".join(parts) + "\n"
    assert _extract(plan) == [(i.lead, i.names) for i in items], plan


def test_lists_of_the_sixth_part_by_kind() -> None:
    """Kinds of list read since the sixth held-out part (invented bodies): a 牵头 whose comma a
    page took out, a collective of two levels with its other name in brackets, a note naming who
    does every later item too, two levels named bare, a gloss and a private party that are no
    body, a park as a responsible unit."""
    from healthplan.extraction.departments import item_departments

    def names(text: str) -> list[str]:
        found = item_departments(text)
        return found.names if found else []

    assert names("（省海洋渔业局、省港航中心牵头\n省侨务办、省档案局按职\n责分工负责）") == [
        "省海洋渔业局", "省港航中心", "省侨务办", "省档案局",
    ]  # fmt: skip
    assert names("〔市水务局牵头，各县、区人民政府(管委会)负责落实。以下各项均需乙局落实。〕") == [
        "市水务局", "各县、区人民政府(管委会)",
    ]  # fmt: skip
    assert names("（市地震局、市档案局按职责分工负责，以下均需各街道办事处落实，不再列出）") == [
        "市地震局", "市档案局", "各街道办事处",
    ]  # fmt: skip
    assert names("…机制。（市口岸办牵头，市口岸委各有关成员单位协作）各区参照执行。") == [
        "市口岸办", "市口岸委各有关成员单位",
    ]  # fmt: skip
    assert names("街道、社区负责辖区内病媒生物防制的监督管理。") == ["街道、社区"]
    assert names("由物业服务单位负责小区消杀，园林部门负责监督管理。") == ["园林部门"]
    assert names("（县住建局物业管理科、县港航中心负责）") == ["县住建局物业管理科", "县港航中心"]
    assert names("成立县口岸工作委员会（以下简称县口岸委）。") == []
    assert names("（牵头单位：县港航中心；责任单位：临港物流园、高新科技园等）") == [
        "县港航中心", "临港物流园", "高新科技园",
    ]  # fmt: skip


@_SETTINGS
@given(
    st.lists(_BUREAU | _LOCAL_BODY, min_size=2, max_size=3, unique=True).filter(
        lambda bodies: _apart(bodies[0])(bodies[1:])
    ),
    st.sampled_from(["的职责：", "职责：", "的主要职责。", "主要职责："]),
    st.booleans(),
)
def test_a_regulation_names_each_body_in_its_article_heading(
    bodies: list[str], heading: str, inline: bool
) -> None:
    """第九条 甲局的主要职责。⏎（一）…⏎（二）…⏎第十条 乙中心职责：监督…: each article lists one
    body's duties, one task of that body; an article of prose whose subject is a list of fields
    (第十一条 财政、教育、民政等部门应当…) names those fields."""
    duties = [
        "（一）制定年度工作方案；",
        "（二）负责资金的筹集和管理；",
        "（三）落实上级交办的其他任务。",
    ]
    articles = [
        f"第{_CN[k]}条 {body}{heading}"
        + ("监督检查各项工作的落实情况。" if inline else "\n" + "\n".join(duties))
        for k, body in enumerate(bodies)
    ]
    fields = f"第{_CN[len(bodies)]}条 财政、教育、民政等部门应当按照各自职责共同做好有关工作。"
    plan = "某某管理办法\n第二章 组织管理\n" + "\n".join([*articles, fields]) + "\n第三章 附则\n"
    want = [(b, [b]) for b in bodies] + [("财政部门", ["财政部门", "教育部门", "民政部门"])]
    assert _extract(plan) == want, plan


@_SETTINGS
@given(_items(), _STYLE, st.booleans(), st.booleans())
def test_role_fields_run_on_one_line_with_the_work(
    items: list[Item], style: Style, points: bool, closing: bool
) -> None:
    """（十一）…治理 牵头单位:甲局 配合单位:乙局 主要任务:1、…;2、…。 （十二）…: items a page
    ran into one line, each with its role fields, then the field of its work — numbered
    points of its own, which stay the item's — and a chapter after the last (二、要求 （一）…)."""
    parts = []
    for n, item in enumerate(items, 11):
        work = "1、开展专项整治;2、建立长效机制。" if points else "年底前完成整治任务。"
        rest = f" {style.support_label}{style.colon}{_listed(item.rest)}" if item.rest else ""
        parts.append(
            f"（{_CN[9]}{_CN[n - 11]}）{item.work} {style.lead_label}{style.colon}{item.lead}"
            f"{rest} 主要任务{style.colon}{work} "
        )
    end = "二、具体要求 （一）各单位要提高认识。 （二）按时完成整改任务。" if closing else ""
    plan = "某某整改任务分解\n一、整改任务\n" + "".join(parts) + end + "\n"
    got = _extract(plan)[: len(items)]
    assert got == [(i.lead, i.names) for i in items], plan


def test_a_stage_and_its_organiser() -> None:
    """（三）检查验收阶段(5月)。甲会组织有关部门对…进行检查: the body the sentence after the stage's
    heading opens with organises it."""
    plan = (
        "某某活动方案\n三、活动安排\n（一）动员部署阶段(4月)。各单位制定方案。\n"
        "（二）检查验收阶段(5月)。县口岸工作委员会组织有关部门对各乡镇进行检查，并通报结果。\n"
    )
    assert _extract(plan)[1] == ("县口岸工作委员会", ["县口岸工作委员会"])


@_SETTINGS
@given(st.lists(_BUREAU | _LOCAL_BODY, min_size=2, max_size=2, unique=True), st.integers(0, 1))
def test_a_heading_names_the_lead_of_its_list(bodies: list[str], number: int) -> None:
    """一、甲局牵头工作(2项)⏎1.…⏎2.…⏎二、乙中心牵头工作(2项)⏎1.…: each list's items are led by the
    body its numbered heading names."""
    plan = "2025年政府工作报告任务清单\n" + "".join(
        f"{_CN[k]}、{body}牵头工作(2项)\n"
        + "".join(f"{_NUMBERS[number](n)}{_WORK[n]}。\n" for n in (1, 2))
        for k, body in enumerate(bodies)
    )
    assert _extract(plan) == [(b, [b]) for b in bodies for _ in (1, 2)], plan


def test_a_table_row_its_merged_cell_left_short() -> None:
    """领域 | 序号 | 责任部门 | 指标 |, then a row whose 领域 cell the one above spans
    (| 3 | 海洋渔业 | …): its cells under the header again, and a field of work in the
    责任部门 column is read as the department of that field."""
    plan = (
        "主要指标\n领域 | 序号 | 责任部门 | 指标 | 2025年 |\n"
        "渔业安全行动 | 1 | 市港航中心 | 渔船安全检查覆盖率 | >90% |\n"
        "3 | 海洋渔业 | 渔港规范化管理率 | >80% | |\n"
    )
    assert _extract(plan) == [("市港航中心", ["市港航中心"]), ("海洋渔业", ["海洋渔业"])]


def test_page_numbers_a_sharing_site_glued_into_the_text() -> None:
    """1、 opening the text and 2、 opening the line a page break cut mid-word (…推进农⏎2、贸市场…):
    a document-sharing site's page numbers, dropped, so the item runs on across them and keeps
    the role list after the break; a numbered list whose lines close their sentences keeps its
    numbers."""
    from healthplan.documents import ingest

    page = "持续推进爱国卫生日活动，建立健全环境卫生管理长效机制。" * 6
    plan = (
        "1、某某实施方案为推进工作，制定本方案。二、主要任务(一)提升工程。1.推进城乡环境整治。"
        f"{page}推进农\n2、贸市场标准化建设。（市港航中心、市档案局按职责分工负责）\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.txt"
        path.write_text(plan, encoding="utf-8")
        text = ingest(path).documents[0].text
    assert text.startswith("某某实施方案") and "推进农贸市场" in text
    assert _extract(plan) == [("市港航中心", ["市港航中心", "市档案局"])]
    listed = f"1、推进环境整治。\n2、{page}\n3、完善长效机制。\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "list.txt"
        path.write_text(listed, encoding="utf-8")
        assert ingest(path).documents[0].text == listed.strip()


@_SETTINGS
@given(
    st.lists(_BUREAU | _LOCAL_BODY, min_size=3, max_size=4, unique=True).filter(
        lambda bodies: _apart(bodies[0])(bodies[1:])
    ),
    st.integers(1, 2),
    st.sampled_from(["", "\n"]),
)
def test_a_regulations_articles_open_after_a_stop(
    bodies: list[str], chapter_at: int, line: str
) -> None:
    """…自愿参加。第四条甲局负责…。第五条乙委应当…。第二章管理职责第六条丙办…: a page that ran a
    regulation's lines together opens each article after the sentence before it, a chapter's
    heading glued to the article after it; each article is the task of the body it opens with. A
    citation (依照本办法第四条规定) opens no article."""
    articles = [
        ("第二章管理职责" if k == chapter_at else "")
        + f"第{_CN[k + 3]}条{body}负责本行政区域内的有关工作，依照本办法第四条规定组织实施。"
        + (line if k % 2 else "")
        for k, body in enumerate(bodies)
    ]
    plan = "某某管理办法\n第一章总则第一条为了做好有关工作，制定本办法。" + "".join(articles) + "\n"
    assert _extract(plan) == [(b, [b]) for b in bodies], plan


def test_a_regulations_subjects_joined_by_its_own_and_by_or() -> None:
    """A regulation's subjects (invented bodies): 及其 joins a body to its own offices, one
    subject (甲县人民政府及其有关部门应当…); 或者 joins two bodies that may each do the work."""
    from healthplan.extraction.departments import item_departments

    def names(text: str) -> list[str]:
        found = item_departments(text)
        return found.names if found else []

    assert names("各级人民政府及其有关部门应当采取措施，广泛宣传有关知识。") == [
        "各级人民政府及其有关部门"
    ]
    assert names("县卫健局及其所属单位负责组织实施。") == ["县卫健局及其所属单位"]
    assert names("各级人民政府或者县港航中心应当组织开展创建活动。") == [
        "各级人民政府", "县港航中心",
    ]  # fmt: skip


def test_a_regulations_article_opens_with_the_body_that_heads_the_work() -> None:
    """第二条县级以上甲部门主管本行政区域内的…工作 / 第三条乙中心领导…: an article of a regulation
    whose subject is a body and whose verb is 主管 or 领导 is that body's task (invented bodies)."""
    plan = (
        "某某港航条例\n第一条为了做好有关工作，制定本条例。"
        "第二条县级以上港航行政部门主管本行政区域内的港航工作。"
        "第三条市港航中心领导全市的港航服务工作，制定年度计划。\n"
    )
    assert _extract(plan) == [
        ("县级以上港航行政部门", ["县级以上港航行政部门"]),
        ("市港航中心", ["市港航中心"]),
    ]


@_SETTINGS
@given(
    st.sampled_from(["各级港航行政部门", "县级以上港航行政部门", "市港航中心"]),
    st.sampled_from(["（", "("]),
)
def test_a_regulations_article_lists_its_bodys_duties_after_a_colon(
    body: str, bracket: str
) -> None:
    """第七条各级甲行政部门负责本行政区域内的…工作：⏎（一）…⏎（二）…: the points after the colon
    are the duties of the body the article opens with, one task of that body (invented bodies)."""
    close = "）" if bracket == "（" else ")"
    plan = (
        "某某港航条例\n第一条为了做好有关工作，制定本条例。\n"
        f"第七条{body}负责本行政区域内的港航工作：\n"
        f"{bracket}一{close}制定年度港航计划；\n{bracket}二{close}监督检查计划的执行情况。\n"
        "第八条市港航中心应当做好港航服务工作。\n"
    )
    assert _extract(plan) == [(body, [body]), ("市港航中心", ["市港航中心"])], plan
