"""A work item's departments: every way an item names who does it — parentheses, role lines,
由…负责, …牵头 phrasing, a closing sentence, bodies before a colon, names alone in a column —
read in order of precedence by :func:`item_departments`.
"""

from __future__ import annotations

import re

from healthplan.documents.numbering import STYLE
from healthplan.extraction.departments.names import (
    _BULLETS,
    _GLOSS,
    _HEADING_WORD,
    _LABEL,
    _LEAD_ROLES,
    _MARKED,
    _NEXT_ARTICLE,
    _OWNED,
    _ROLE_LINE,
    _ROLE_MARK,
    _ROLES,
    _VERBS,
    _WORDS,
    DepartmentList,
    _colons,
    _name,
    _pieces,
    _role_lines,
    _wrapped_on,
    add_new,
    department_list,
    is_department,
    names_alone,
    parenthesised_departments,
)
from healthplan.extraction.departments.subjects import (
    _EACH_ONE,
    _GROUNDS,
    _LATER_SUBJECT,
    _OFFICE_NAME,
    _WORK_INSIDE,
    _at_levels,
    _authorities,
    _clause_subjects_of,
    _heading_subject,
    _subjects,
    opening_subject,
    without_asides,
)
from healthplan.extraction.text import split_outside_brackets

__all__ = [
    "item_departments",
    "named_departments",
]


# 由市卫健委、市财政局（市医保局）和市民政局负责 (a list whose names carry their other names
# in brackets runs past 80 characters)
_BY = re.compile(
    r"由(?P<names>[^。；;由]{2,120}?)"
    # 由甲部门按照规划组织调整: the grounds it acts on come between the body and its work
    rf"(?:{_GROUNDS})?(?:共同|按职责分工|分别|具体|统一)?(?:牵头)?"
    r"(?:负责(?![人同])|负总责|统筹组织|组织实施|统筹协调|组织(?![机部人领])"
    # 落实, 统筹 … closing the clause (由甲局落实。), not a verb with its object (由项目单位落实
    # 配套资金: who pays, not a department)
    r"|(?:落实|承办|主办|承担|统筹)(?=[。；;，,)）〕】\]\s]|$)"
    # 由甲、乙联合开展…, 由丙实施: who carries the work out (not 由点到面开展: no body)
    r"|(?:联合|共同|统一|具体)?(?:开展|实施)(?!方案|细则|意见|办法))"
)  # not 由各医疗机构负责人担任…: a person; 由市爱卫办组织对…进行考核: 组织 and its work


def _by_phrase(text: str) -> DepartmentList | None:
    """由市卫健委、市财政局（市医保局）和市民政局负责."""
    if "由" not in text:
        return None
    names: list[str] = []
    for match in _BY.finditer(text):  # 一是…由甲负责；二是…由乙负责: every one of them
        pieces = [_name(p) for p in _pieces(match.group("names"))]  # 牵头，会同乙、丙等部门
        pieces = [p for p in pieces if p]
        if pieces and all(is_department(p) for p in pieces):
            add_new(names, pieces)
    return DepartmentList(names, names[0]) if names else None


_LISTED_SENTENCE = re.compile(r"[^。；;]+")
_SHORT = re.compile(r"[、，,]")
_LISTED = re.compile(r"[局委办部厅院心府位联站所队](?:\s*[、，,])")  # a name, then a comma


def _bare_list(text: str) -> DepartmentList | None:
    """A sentence that is nothing but department names (a 责任单位 column printed in line):
    ``…卫生院。市卫健委、发改委、财政局``."""
    if not _LISTED.search(text):
        return None
    for match in _LISTED_SENTENCE.finditer(text):
        if max(map(len, _SHORT.split(match.group()))) > 40:
            continue  # prose, not a list of names
        pieces = [p for p in _pieces(match.group()) if p]
        names = map(_name, pieces)  # lazily: a sentence of prose fails on its first piece
        if len(pieces) >= 2 and all(is_department(p) and not _VERBS.search(p) for p in names):
            found = department_list(match.group())  # its roles read: 甲（牵头）、乙
            if found is not None:
                return found
    return None


# The names after the last comma of an item, closing it (推进…，甲局（牵头）、乙局、丙中心。)
_AFTER_LAST_COMMA = re.compile(r"[，,](?P<names>[^，,。；;：:\n]{4,80}?)[。；;]?\s*$")


def _comma_closed(text: str, layout: str) -> DepartmentList | None:
    """The list of bodies an item ends with after a comma, no verb of its own (推进…，甲局
    （牵头）、乙局、丙中心。): two names at least, one of them an office's, every piece a
    department, written so in ``layout``."""
    match = _AFTER_LAST_COMMA.search(text) if "、" in text else None
    if match is None or _VERBS.search(match.group("names")) or match.group() not in layout:
        return None
    found = department_list(match.group("names"))
    if found is None or len(found.names) < 2:
        return None
    names = [_GLOSS.sub("", n) for n in found.names]
    if not all(is_department(n) for n in names) or not any(map(_OFFICE_NAME.search, names)):
        return None
    return found


_SEGMENT = re.compile(r"[^|\n\s。；;]+")
_NAME_LIKE = re.compile(r"^[\u4e00-\u9fff()（）、]{2,15}$")  # 各县（市、区）政府


def _column(text: str) -> DepartmentList | None:
    """Names standing alone in a table's 责任单位 column: one a line, a cell (``|``) or a
    space apart (省卫生厅⏎省发改委, 县卫健委 有关乡镇). A segment counts when every name in
    it is a department (so a person's name in the next column never is), or when it is one
    name of four characters or more standing between two departments of the column: a name
    the table wrote short, without its 委 or 局 (省财政厅⏎省人口计生⏎省妇联)."""
    found: list[tuple[str, list[str]]] = []  # ("dept" | "short" | "other", names)
    marked: list[str] = []  # 乙局、甲局（牵头）: named as the lead wherever listed
    for match in _SEGMENT.finditer(text):
        segment = match.group()
        pieces = [p for p in (_name(p) for p in _pieces(segment)) if p]
        marked += [_name(p) for p in _pieces(segment) if _MARKED.search(p)]
        # a line a dash or a bullet opens is a point of the work (——孕产妇…降低), not a cell;
        # a dash after the work's last sentence names who does it (…服务。——甲局)
        after_stop = match.start() > 0 and text[match.start() - 1] in "。；;"
        bullet = segment[0] in _BULLETS and not after_stop
        prose = max(map(len, _SHORT.split(segment))) > 20 or bullet
        if (
            prose
            or not pieces
            or not all(_NAME_LIKE.match(_GLOSS.sub("", p)) and not _VERBS.search(p) for p in pieces)
        ):
            found.append(("other", []))
        elif all(is_department(p) for p in pieces):
            found.append(("dept", pieces))
        elif len(pieces) == 1 and len(pieces[0]) >= 4 and not _HEADING_WORD.match(pieces[0]):
            found.append(("short", pieces))
        else:
            found.append(("other", []))
    names: list[str] = []
    for i, (kind, pieces) in enumerate(found):
        between = 0 < i < len(found) - 1 and found[i - 1][0] == found[i + 1][0] == "dept"
        if kind == "dept" or (kind == "short" and between):
            add_new(names, pieces)
    if not names:
        return None
    lead = next((n for n in marked if n in names), names[0])
    return DepartmentList([lead, *(n for n in names if n != lead)], lead)


# 市卫健委：推进…  — the department named before the task, as the owner of what follows.
# (a name may carry its bracket: 区县(市)人民政府：, 乡镇人民政府(街道办事处)：)
# (or a dash after it: 甲局——推进…)
_OWNER = re.compile(
    r"^\s*(?P<names>(?:[^：:，,。；;\s（()）—─]|[（(][^（()）：:，,。]{1,10}[)）]){2,40})"
    r"(?:[：:]|——|──)"
)


def _owner(text: str) -> DepartmentList | None:
    match = _OWNER.match(text)
    if not match:
        return None
    found = department_list(match.group("names"))
    if found is None or _VERBS.search(match.group("names")):
        return None
    # 甲局：推进…，乙局配合: who supports it in the duty after the colon
    return _beside_the_lead(found, text[match.end() :])


_LINE_OWNER = re.compile(r"\n[ \t\u3000]*[^：:，,。；;\s]{2,40}[：:]")


def _line_owners(text: str) -> DepartmentList | None:
    """The bodies a section names one a line, each before its own duty (联系单位⏎省财政厅：负责
    联系…；⏎省卫生厅：负责联系…): at least two such lines, the first body leading."""
    if text.count("\n") < 2 or len(_LINE_OWNER.findall(text)) < 2:
        return None  # the cheap test first: most items have no two lines opening so
    lines = text.split("\n")[1:]
    owners = [_owner(line) for line in lines]
    if sum(found is not None for found in owners) < 2:
        return None
    names: list[str] = []
    for line, owner in zip(lines, owners, strict=True):
        found = owner or _subjects(line)  # ⏎各级审计、监察部门要…: a line's subject, too
        add_new(names, found.names if found else [])
    return DepartmentList(names, names[0])


_SENTENCE_OWNER = re.compile(r"(?:^|(?<=[。；;]))[ \t\u3000]*[^：:，,。；;\s]{2,40}[：:]")


def _sentence_owners(text: str) -> DepartmentList | None:
    """The bodies an item's sentences name each before its own part of the work (推进…。甲局：
    完善…；乙局：推行…): at least two such sentences, the first body leading."""
    if len(_SENTENCE_OWNER.findall(text)) < 2:
        return None  # the cheap test first
    owners = [_owner(piece) for _, piece, _ in split_outside_brackets(text, "。；;")]
    names: list[str] = []
    for found in owners:
        add_new(names, found.names if found else [])
    return DepartmentList(names, names[0]) if sum(map(bool, owners)) >= 2 else None


# Two pieces of a line a page width broke, the second opening a field: 配合部⏎门：乙局.
_BROKEN_LABEL = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{1,6})[ \t\u3000]*\n[ \t\u3000]*(?P<b>[\u4e00-\u9fff]{1,6}[:：])"
)


# A label a page spaced out letter by letter to fill its cell: 牵 头 单 位：
_SPACED_LABEL = re.compile(
    r"(?:[\u4e00-\u9fff][ \t\u3000]+){1,5}[\u4e00-\u9fff](?=[ \t\u3000]*[:：])"
)


def _mended(text: str) -> str:
    """``text`` with every role label a line break cut in two made whole again (配合部⏎门：乙局
    → 配合部门：乙局): the line after it opens like a field of its own, so the view keeps the
    break, and the piece before it would read as a body ending in 部; and a label spaced out
    letter by letter (牵 头 单 位：) written together."""
    if ":" not in text and "：" not in text:
        return text
    text = _SPACED_LABEL.sub(_closed_up, text)
    if "\n" not in text:
        return text

    def mend(match: re.Match[str]) -> str:
        joined = match.group("a") + match.group("b")
        label = _ROLE_LINE.search(joined)
        straddles = label and label.end() == len(joined) and label.start() < len(match.group("a"))
        return joined if straddles else match.group()

    return _BROKEN_LABEL.sub(mend, text)


def _closed_up(match: re.Match[str]) -> str:
    """A spaced-out label written together, when it is a role label (not names a space apart)."""
    joined = re.sub(r"[ \t\u3000]+", "", match.group())
    return joined if _LABEL.match(joined + "：") else match.group()


def named_departments(text: str) -> DepartmentList | None:
    """The departments ``text`` names as such: in parentheses (several, in order), role
    lines, a 由…负责 phrase or …牵头 phrasing; and after them the bodies whose officers it
    holds to account for the work (``_ACCOUNTABLE``)."""
    found = _named(text)
    if found is None or "追究" not in text:
        return found
    names = list(found.names)
    for match in _ACCOUNTABLE.finditer(text):
        body = _name(match["body"])
        if is_department(body) and not _VERBS.search(body):
            add_new(names, [body])
    return DepartmentList(names, found.lead, found.rejected)


# The body whose officers a 责任追究 text holds to account when the work fails (…延误处置的，
# 追究甲局责任人的责任): it answers for that part of the work (not 追究直接负责的主管人员…: no body)
_ACCOUNTABLE = re.compile(
    r"追究(?P<body>[^，,。；;、的]{2,20}?)(?:主要|有关|相关)?(?:责任人|负责人|领导|人员)"
    r"(?:和(?:有关|相关|直接)?责任人)?(?:的)?(?:责任|行政责任)"
)


def _named(text: str) -> DepartmentList | None:
    """The departments ``text`` names as such (see :func:`named_departments`)."""
    # 按照职责分工 is 按职责分工 (甲局、乙局按照职责分工抓好落实)
    text = without_asides(_mended(text)).replace("按照职责分工", "按职责分工")
    names: list[str] = []
    lead: str | None = None
    for _, _, found in parenthesised_departments(text):
        lead = lead or found.lead
        add_new(names, found.names)
    if names:
        return DepartmentList(names, lead)
    # a regulation's next article run in after a comma or a stop (…工作,第二十条…由乙承担。)
    # names the bodies of its own work, not this item's
    run_in = _RUN_IN_ARTICLE.search(text) if "条" in text else None
    text = text[: run_in.start()] if run_in else text
    by, led = _by_phrase(text), _lead_phrase(text)
    if by is not None and led is not None and set(by.names) < set(led.names):
        by = DepartmentList(led.names, by.lead)  # 由甲负责组织实施，乙具体负责: both
    closing = _closing(text)
    if by is not None and closing is not None and set(by.names) < set(closing.names):
        by = closing  # 甲负责具体实施（…由乙统筹组织）。: the 由 phrase is the closing's note
    if by is not None:
        by = _beside_the_lead(by, text)  # 由甲负责，乙要积极配合
        # 由甲统一组织，各乡镇具体实施: each later clause's body does its part
        by = _clause_subjects(by, text)
    stated = _role_lines(text) or by
    if stated is None and led is not None and not text.lstrip().startswith(led.names[0]):
        # 甲部门是…的主管部门，负责…。乙机构具体负责…: the body the text opens with leads
        opening = opening_subject(text)
        if opening is not None and not set(opening.names) & set(led.names):
            led = DepartmentList([*opening.names, *led.names], opening.lead)
    later = _LATER_SUBJECT.search(text) if stated is None and led is not None else None
    if stated is None and led is not None:
        # who supports the lead before the later sentences, whose bodies come in their order
        led = _beside_the_lead(led, text[: later.start()] if later else text)
        # 甲局牵头制定方案，乙局保障经费，丙乡镇抓好落实: each clause's body does its part
        led = _clause_subjects(led, text[: later.start()] if later else text)
    if led is not None and later is not None:
        # 卫生部门负责救治…。疾病预防控制部门要加强…: a second sentence's subject is a body too
        # (not past an article's number the page ran in: 第十六条市爱卫办应… is the next rule's)
        rest = text[later.start() :]
        also = _subjects(_NEXT_ARTICLE.split(rest, 1)[0])
        names = list(led.names)
        add_new(names, [n for n in (also.names if also else []) if not _at_levels(n, led.names)])
        return _beside_the_lead(DepartmentList(names, led.lead), rest)
    return stated or led or closing or _stated_roles(text)


# A clause naming who supports the body that leads (…，乙局予以配合; 乙局协助做好…): departments
# of the item after it.
_SUPPORTING = re.compile(
    # (a name's bracket kept: 村（居）民委员会予以协助)
    r"(?:^|(?<=[。；;，,]))\s*(?P<names>(?:[^，,。；;：:（()）\s]|[（(][^（()）\s]{1,6}[)）]){2,60}?)"
    r"(?:应当|要|须)?"
    r"(?:予以|给予|积极)?(?:配合|协助|协同|协办|参与)(?!单位|部门)"
)


def _beside_the_lead(led: DepartmentList, text: str) -> DepartmentList:
    """``led`` and, in the order named, the bodies ``text`` has support it (``_SUPPORTING``)."""
    if not re.search("配合|协助|协同|协办|参与", text):
        return led
    names = list(led.names)
    for match in _SUPPORTING.finditer(text):
        written = match.group("names")
        if _WORK_INSIDE.search(written):
            continue  # 甲局负责…并协助: a clause of the lead's own
        listed = department_list(written)
        if listed is not None and all(is_department(n) for n in listed.names):
            add_new(names, listed.names)
    return DepartmentList(names, led.lead, led.rejected)


def _clause_subjects(led: DepartmentList, text: str) -> DepartmentList:
    """``led`` and the bodies the clauses of ``text`` after the lead's open with as the
    subjects of their part of the work (…，乙局保障经费，各乡镇抓好落实), in order."""
    names = list(led.names)
    add_new(names, _clause_subjects_of(led.names, text))
    return DepartmentList(names, led.lead, led.rejected)


_RUN_IN_ARTICLE = re.compile(rf"(?<=[。；;，,]){STYLE['article'].pattern}(?![例款项第的规之所])")

# 甲局为牵头单位，乙局、丙局为配合单位 / 各乡镇人民政府是责任主体
_AS_ROLE = re.compile(
    r"(?:^|(?<=[。；;，,\s]))(?P<names>[^。；;，,\s]{2,60}?)(?:为|是|作为)"
    rf"(?P<role>{_ROLES})(?:单位|部门|主体)"
)


_ROLE_STATED_IN = re.compile(rf"(?:为|是)(?:{_ROLES})(?:单位|部门|主体)")


def _stated_roles(text: str) -> DepartmentList | None:
    """Departments a sentence states the role of, the first of a lead role leading."""
    if not _ROLE_STATED_IN.search(text):  # the role first, alone: cheap where most items fail
        return None
    names: list[str] = []
    lead: str | None = None
    for match in _AS_ROLE.finditer(text):
        found = names_alone(match.group("names"))
        if found is None or not all(is_department(n) for n in found.names):
            continue
        add_new(names, found.names)
        if lead is None and match.group("role").endswith(_LEAD_ROLES):
            lead = found.names[0]
    if not names:
        return None
    lead = lead or names[0]
    return DepartmentList([lead, *(n for n in names if n != lead)], lead)


def item_departments(
    text: str, layout: str | None = None, *, row: bool = False
) -> DepartmentList | None:
    """The departments a work item names: its department parentheses (several, in order),
    else every role line, else a 由…负责 phrase, else a sentence of names alone, else names
    standing alone in a column of ``layout`` (the item as laid out, lines and cells intact;
    ``text`` by default) — a line or cell of one name, or anywhere in a table ``row``; and after
    them the bodies it gives an act of authority (由甲审定, 经乙批准)."""
    found = _named_in_item(text, layout, row=row)
    found = _charged_before(text, found) if found is not None else None
    acting = _authorities(text)
    if acting is None:
        return found
    if found is None:
        # 甲机构…。具体项目由乙政府确定: the body whose duty the item opens with leads
        found = opening_subject(text)
        if found is None:
            return acting
    names = list(found.names)
    # (水行政主管部门 … 经市水行政主管部门批准: the level's member stays, a duty of its own)
    add_new(names, acting.names)
    if _acts_first(text, acting, found):
        # …的设置，由甲部门征求…意见后，报乙政府批准。⏎丙政府应当…: the body the work falls to
        # first leads, the subject of a later sentence after it
        names = [*acting.names, *(n for n in names if n not in acting.names)]
        return DepartmentList(names, acting.lead, found.rejected)
    return DepartmentList(names, found.lead, found.rejected)


def _acts_first(text: str, acting: DepartmentList, found: DepartmentList) -> bool:
    """Whether the body given an act (由甲部门…) is named a sentence before the subject that
    ``found`` reads, which opens a sentence of its own with no role bracket after it."""
    at, subject = text.find(acting.lead or ""), text.find(found.lead or "")
    if not 0 <= at < subject or not re.search(r"由\s*$", text[max(0, at - 3) : at]):
        return False
    between = text[at:subject]
    roles = re.search(r"[（(【〔\[][^）)】〕\]]*(?:负责|牵头|配合|单位)", text[subject:])
    return bool(re.search(r"[。；;]\s*$", between)) and roles is None


# A lead a list names by its role (甲局牵头, 主办: 乙局), which no body before it displaces
_LEAD_ROLE = re.compile(r"牵头|主办|主责")


def _charged_before(text: str, found: DepartmentList) -> DepartmentList:
    """``found``, the departments an item lists after its work, led by the bodies its sentence
    charges before that list (…，甲政府、乙管委会要加强…，（丙局、丁局按职责分工负责）): the item
    makes them do its duty first; not when the list names its lead (甲局牵头)."""
    first = text.find(found.names[0]) if found.names else -1
    if first <= 0 or _LEAD_ROLE.search(text):
        return found
    charged = _subjects(text[:first])
    if charged is None or any(n in found.names for n in charged.names):
        return found
    if not all(is_department(n) for n in charged.names):
        return found
    names = list(charged.names)
    add_new(names, found.names)
    return DepartmentList(names, charged.lead, [*charged.rejected, *found.rejected])


# The name of the next section's heading, a paragraph of its own after the item's last
# sentence (…扩展至全港。⏎⏎中医药检测中心⏎⏎13. 政府将…)
_HEADING_AFTER = re.compile(r"[。；;][ \t\u3000]*\n[ \t\u3000]*\n[ \t\u3000]*(?P<name>[^\n]+?)\s*$")
_ITEM_NUMBER = re.compile(r"^\s*\d{1,3}[.、．]\s*")


def _heading_after(text: str, column: DepartmentList) -> bool:
    """Whether the one name ``column`` reads is a heading closing ``text`` apart from it, while
    the item's prose opens with a body of its own as its subject (卫生署于去年…。⏎⏎甲中心)."""
    tail = _HEADING_AFTER.search(text)
    if tail is None or column.names != [_name(tail["name"])]:
        return False
    return opening_subject(_ITEM_NUMBER.sub("", text, count=1)) is not None


def _named_in_item(
    text: str, layout: str | None = None, *, row: bool = False
) -> DepartmentList | None:
    # a line a PDF broke before the punctuation that goes on its sentence (甲部门⏎，必须…) is
    # no line of its own: not a name alone in a column
    text = _BROKEN_BEFORE_STOP.sub("", _colons(text))
    layout = _BROKEN_BEFORE_STOP.sub("", _colons(layout)) if layout is not None else None
    found = (
        named_departments(text)
        or _owner(text)
        or _line_owners(text)
        or _sentence_owners(text)
        or _dash_closed(text)
    )
    if layout is not None and layout != text and _ROLE_MARK.search(layout):
        # the view joined a role line to the prose line after it (责任单位：甲局⏎加大投入…), or
        # two names one a line (各县（市、区）人民政府⏎乙局): the lines as laid out, when they
        # read with fewer phrases set apart, or with every name and more
        laid = named_departments(layout)
        if laid is not None and (
            found is None
            or len(laid.rejected) < len(found.rejected)
            or (len(laid.rejected) == len(found.rejected) and _one_a_line(found, laid, layout))
        ):
            return laid
    if found is not None:
        return found
    # names alone: in a column, when a line or a cell holds one name and nothing else; else
    # in a sentence of their own (with the spaces of page layout inside names)
    layout = layout if layout is not None else text
    # a line, or the end of a line after the task's last sentence (…体检。市卫健委), that is
    # one name and nothing else
    lines = layout.split("\n")
    ends = [_LINE_STOP.split(line)[-1].strip(" |\t") for line in lines]
    ends = [end for end in ends if not _SPACE_OR_COMMA.search(end)]
    if row or any(is_department(_name(end)) for end in ends) or any(map(_listed_cell, lines)):
        column = _column(_cells_unbroken(layout))
        if not row and column is not None and _heading_after(text, column):
            return opening_subject(_ITEM_NUMBER.sub("", text, count=1))
        return column
    closing = layout.strip("\n").rsplit("\n", 1)
    if len(closing) == 2 and (cell := field_cell(closing[1])) is not None:
        return cell  # …实现监测数据互联互通⏎卫生: the row's department cell after its work
    found = _bare_list(text) or _heading_subject(text) or _subjects(text)
    single = layout.strip("\n")  # (an item's text up to the next one ends with its line break)
    if found is None and "\n" not in single and _spaced_row(single):
        return _column(single)
    # (not where the text is a table's cells the view ran together: 扩大⏎采血覆盖面 县血站)
    spaced = _LAYOUT_GAP.search(layout) or _LAYOUT_GAP.search(text)
    return found or (_comma_closed(text, layout) if not spaced else None)


_FIELDS = frozenset(_WORDS["fields"])
_CELL_PIECE = re.compile(r"[、，,]")


def field_cell(line: str) -> DepartmentList | None:
    """A 分工 table's department cell that writes sectors by their field alone, among bodies
    named by their own names or not (区政府、街道、卫生、文体旅游; 卫生): each field that level's
    department, every name kept as written, the first leading."""
    pieces = [p.strip(" \t\u3000") for p in _CELL_PIECE.split(line.strip(" |\t\u3000。"))]
    if not any(p in _FIELDS for p in pieces):
        return None
    if not all(p in _FIELDS or (is_department(p) and not _VERBS.search(p)) for p in pieces):
        return None
    return DepartmentList(pieces, pieces[0])


_LAYOUT_GAP = re.compile(r"[^\s][ \t\u3000]{2,}[^\s]")


_LINE_STOP = re.compile(r"[。；;]")
_SPACE_OR_COMMA = re.compile(r"[\s、，,]")
_BROKEN_BEFORE_STOP = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*(?=[，,。；;、])")


def _spaced_row(line: str) -> bool:
    """Whether ``line`` is a table's row a space parts into cells, a cell after the first one
    listing bodies and nothing else (推进签约服务 甲局 乙局、丙局 2024年底): a row of a table
    printed without its bars, its header on another page."""
    cells = line.split()
    if len(cells) < 2:
        return False
    return any(
        (pieces := [_name(p) for p in _pieces(cell)])
        and all(p and is_department(p) and not _VERBS.search(p) for p in pieces)
        for cell in cells[1:]
    )


def _cells_unbroken(layout: str) -> str:
    """A table laid out one cell a line, each closed by its bar, with the lines a page width
    broke inside a cell joined (甲中心、乙口岸⏎检疫站、丙政府 |); names one a line in a cell
    (甲局⏎乙局 |) stay apart."""
    lines = layout.split("\n")
    if sum(line.rstrip().endswith("|") for line in lines) < 2:
        return layout
    out = [lines[0]]
    for line in lines[1:]:
        before = out[-1].rstrip()
        broken = before and not before.endswith("|") and line.strip() and "|" not in before
        if broken and _wrapped_on(before, line) is not None:
            out[-1] = before + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _listed_cell(line: str) -> bool:
    """Whether ``line`` is a table's cell (closed by its bar) that lists bodies and nothing
    else (甲局、乙局 |): a column of names though no cell of it holds one name alone, as when
    the lead's cell of a row is empty."""
    cell = line.strip(" \t\u3000")
    if not cell.endswith("|") or not re.search(r"[、，,]", cell):
        return False
    found = names_alone(cell.rstrip(" |\t\u3000"))
    return found is not None and all(is_department(n) for n in found.names)


# Names after a dash that closes a line of work (推进…整治——甲局、乙局), no stop before it
_DASH_CLOSED = re.compile(
    r"[^\s—─](?:——|──)[ \t\u3000]*(?P<names>[^—─\n。；;：:]{2,80}?)[ \t\u3000。]*$", re.M
)


def _dash_closed(text: str) -> DepartmentList | None:
    for match in _DASH_CLOSED.finditer(text) if "—" in text or "─" in text else ():
        found = names_alone(match.group("names"))
        if found is not None and all(is_department(n) for n in found.names):
            return found
    return None


def _one_a_line(found: DepartmentList, laid: DepartmentList, layout: str) -> bool:
    """Whether ``laid`` (read from the lines as laid out) names all that ``found`` names and
    more, a name of ``found`` being names of ``laid`` that stand each on a whole line of their
    own (各县（市、区）人民政府⏎乙局, which the view joined), not a name a page width broke."""
    if set(found.names) < set(laid.names):
        return True
    lines = {line.strip() for line in layout.split("\n")}
    whole = [n for n in laid.names if n in lines]
    if len(laid.names) <= len(found.names) or not whole:
        return False
    for name in found.names:
        rest = name
        while rest and rest not in laid.names:
            part = next((n for n in whole if rest.startswith(n)), None)
            if part is None:
                return False
            rest = rest[len(part) :]
    return True


# 由市卫健委牵头，市财政局配合 / 市卫健委负责: departments named in the sentence itself.
# a name's bracketed part: 各县（市、区）人民政府, 市残联（市残疾人联合会）
_BRACKETED = r"[（(][^（()）。；;，,]{1,12}[)）]"


# 根据各自职责负责, 按照职责分工负责: each by its own duties
_DUTY = r"(?:根据|按照|依据|依照)(?:各自)?(?:的)?职责(?:分工)?"
_REMIT = r"在各自(?:的)?(?:职责|职权)范围内"
# How a group of partners before a comma ends: a body's last character, or a bracket (各镇（街道）)
_GROUP_END = r"(?:[局委办院心府站所队会联门位道镇乡区县]|[)）])"
_PHRASE = re.compile(
    # a dash opens a clause too: 推进…——甲局牵头，乙局配合
    # …and a colon: 任务分工：甲局负责…；乙局负责…
    # …and a line closing a list for all its items: 以上任务由甲局牵头，乙局配合
    r"(?:^|(?<=[。；，,;（(—：:]))(?:\s*(?:以上|上述)(?:各项|\d{1,2}项)?(?:任务|工作|事项)(?:均|都)?由|由)?"
    # 中 belongs to a name (中心, 中医院, 执法中队) but not to 其中 or 工作中
    # a body a clause says which of (甲部门所属的乙部门负责…; see _OWNED)
    rf"(?P<lead>(?:{_OWNED})?(?:[^，。；,;：:（()）的由中—]|(?<![其之在作])中|{_BRACKETED}){{2,140}}?)"
    # 在各自职责范围内 too: 其他有关部门在各自职责范围内负责…
    rf"(?P<etc>等部门|等单位)?(?:按职责分工|按职责|分工|分别|共同|具体|主要|{_DUTY}|{_REMIT})?"
    r"(?:要|应当|应|须|必须)?"
    # 承担 closing its clause (甲局承担，乙局配合), not with its object (承担…费用: who pays)
    # …and 主抓, 统筹 closing theirs (甲局统筹，乙局落实; not 统筹推进…: a verb of the work)
    # (not 负责人, a person; 负责的, a modifier; 分工负责制, a system — but 负责制定, a role)
    r"(?:负责牵头|牵头(?:负责|落实|实施)?|负责(?!人|的|制(?![定订作]))|负总责"
    r"|(?:承担|主抓|统筹)(?=[。；;，,)）\s]|$)"
    # 按职责分工 and the verb it says the role with (按职责分工抓好落实)
    r"|(?<=按职责分工)[\u4e00-\u9fff]{0,2}(?:落实|推进|实施)"
    # a regulation's 甲部主管全国…工作 (not 主管部门)
    r"|主管(?!部门|机构|单位|领导))[，,、]?"
    # (the partners may be groups a comma parts, each ending as a body's name does: 甲牵头，乙、
    # 丙，各乡镇（街道）配合 — not a clause of the lead's own: 甲负责组织协调，乙负责…)
    rf"(?:(?P<rest>(?:(?:[^，。；,;（()）—]|{_BRACKETED}){{1,30}}?{_GROUP_END}[，,])*"
    rf"(?:[^，。；,;（()）—]|{_BRACKETED}){{2,60}}?)(?:等部门|等单位)?"
    # (抓好落实, 做好落实: the lead's partners' role said with the verb it is done with)
    r"(?:按职责分工|按职责|分别|共同|具体)?(?:抓好|做好)?"
    r"(?:配合|参与|参加|支持|协助|协同|协办|协作|负责|落实|指导))?"
)


# The sentence that closes an item and names only who does it: …。各级人民政府落实。
_CLOSING = re.compile(
    r"(?:^|(?<=[。；;]))\s*(?P<names>(?:[^。；;，,：:（()）]|[（(][^（()）。；;]{1,10}[)）]){2,60}?)"
    r"(?:等部门|等单位)?(?:按职责分工|按职责|分别|共同|具体|组织)?"
    r"(?:牵头负责|负责落实|负责具体实施|负责组织实施|负责实施|负责组织|负责|落实|实施)"
    r"(?P<note>[（(][^（()）]{2,40}[)）])?[。；;]?\s*$"
)

# How every match of _CLOSING ends: its verb's last two characters, the note, the stop.
_CLOSING_END = re.compile(r"(?:负责|落实|实施|组织)(?:[（(][^（()）]{2,40}[)）])?[。；;]?\s*$")


def _closing(text: str) -> DepartmentList | None:
    """…。水利所和各村（社区）负责具体实施。 — with a note that names one more body
    (各中小学校负责具体实施（各小学由中心小学统筹组织）) taken after them."""
    # the pattern's ending, checked alone first: most items do not end so, and the whole
    # pattern would be tried at each of their sentences
    if not _CLOSING_END.search(text.rstrip()):
        return None
    match = _CLOSING.search(text.rstrip())
    if not match:
        return None
    found = department_list(match.group("names"))
    note = _by_phrase(match.group("note")) if found and match.group("note") else None
    if found is None or note is None:
        return found
    return DepartmentList(
        [*found.names, *(n for n in note.names if n not in found.names)], found.lead
    )


# A body's name opening with its level (县疾病预防控制中心, 各乡镇人民政府)
_LEVELLED_NAME = re.compile(r"^(?:各|[省市州县区乡镇])[\u4e00-\u9fff]")


def _below_heading(lead: str) -> str:
    """The lead of a clause, a heading on the line above it left out (信息报告⏎县疾病预防控制中心
    负责…: the heading names the work, the body opens its own line); a name a page width broke
    (县疾病预防⏎控制中心) stays whole."""
    if "\n" not in lead:
        return lead
    heading, below = (part.strip() for part in lead.rsplit("\n", 1))
    if len(heading) < 4 or is_department(heading) or not _LEVELLED_NAME.match(below):
        return lead
    return below if is_department(_name(below)) else lead


def _lead_phrase(text: str) -> DepartmentList | None:
    words = ("牵头", "负责", "负总责", "承担", "主管", "主抓", "统筹", "按职责分工")
    if not any(word in text for word in words):
        return None
    names: list[str] = []
    lead: str | None = None
    for match in _PHRASE.finditer(text):  # every clause that names its departments
        # (the 等部门 after fields of work says they are departments: 甲、乙等部门负责…)
        head = department_list(
            _below_heading(match.group("lead").strip()).removeprefix("由")
            + (match.group("etc") or "")
        )
        # 各级甲中心负责… names every level's body, a collective; 每个乙负责… names none
        if head is None or any(_EACH_ONE.search(n) for n in head.names):
            continue
        rest = department_list(match.group("rest") or "") if match.group("rest") else None
        add_new(names, head.names + (rest.names if rest else []))
        lead = lead or head.names[0]
    return DepartmentList(names, lead) if names and lead else None
