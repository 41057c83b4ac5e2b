"""Tasks (清单化分工): every numbered work item of a plan, with its responsible departments
(from trailing parentheses, 牵头/配合/负责 phrasing, or inherited from the enclosing item),
its due date where stated (年底前, 6月份, 序时) and the targets it contains."""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
import unicodedata
from collections.abc import Callable
from datetime import date

from healthplan.documents import Document, Section, SectionKind, SourceFile
from healthplan.documents.numbering import ITEM_STYLES, STYLE, either, first_of, number_value
from healthplan.documents.numerals import cn_to_int
from healthplan.extraction.departments.items import (
    field_cell,
    item_departments,
    named_departments,
)
from healthplan.extraction.departments.names import (
    DepartmentList,
    add_new,
    column_departments,
    each_level,
    is_collective,
    is_department,
    is_role_column,
    named_once,
    names_alone,
    opens_with_role,
    parenthesised_departments,
    role_line_departments,
    without_guided,
    without_unnamed,
)
from healthplan.extraction.departments.register import DepartmentDirectory
from healthplan.extraction.departments.subjects import (
    SOCIAL_KIND,
    article_subjects,
    every_place,
    opening_subject,
    partners,
    without_asides,
)
from healthplan.extraction.scanning import scanning
from healthplan.extraction.targets import plan_years
from healthplan.extraction.text import (
    document_view,
    own_text,
    quote,
    split_outside_brackets,
    table_rows,
    view,
)
from healthplan.model.plan import Target, Task

__all__ = ["document_tasks", "due_date"]

_ITEM_KINDS = {
    SectionKind.cn_item,
    SectionKind.cn_paren,
    SectionKind.num_item,
    SectionKind.num_paren,
    SectionKind.circled,
}
_DUE = scanning(
    r"(?P<text>(?P<month>1[0-2]|[1-9])月(?:份|底|末)?(?:前|之前)?|年底前|年内|年末前?|"
    r"上半年|下半年|第[一二三四1-4]季度|序时(?:推进|进度)?|全年)"
)
# 1、 / 2. / （3） numbering inside a line, after a sentence ends: items printed in one line.
# （二） after a comma or a colon as well: a regulation's articles run into one line
# (…职责:(一)组织开展…,(二)协调…); a space may follow 1. (1. 推动…). A colon before 1.
# too: a list of duties run onto the line that introduces it (…履行下列职责:1.甲部门负责…;2.…),
# and a . after a sentence, where a conversion wrote . for 。 (…负责监测.2.乙部门…).
_INLINE = scanning(
    r"(?:(?:^|(?<=[。；;！？!?\s)）〕】\]：:])|(?<=[\u4e00-\u9fff][.．]))"
    rf"(?:(?P<n>{either('num_item', 'num_half')})[ \t\u3000]*|(?P<c>{STYLE['cn_paren'].pattern}))"
    rf"|(?<=[，,：:])(?P<k>{STYLE['cn_paren'].pattern}))"
    r"(?=\S)"
)


def _inline_number(match: re.Match[str]) -> tuple[str, int]:
    """(style, value) of an inline number: ("num_item", 3) for 3. 3、 or 3）, ("cn_paren", 3) for
    （三）; a run of items keeps one style. (①②, points inside an item, do not number items.)"""
    style = "num_item" if match.group("n") else "cn_paren"
    return style, number_value(match.group()) or 0


# Numbering that is read only when every item of its run names its own departments: (2) in
# the middle of a sentence (a plan printed on one line), 一是…；二是… or 第一，…第二，… in a
# report's paragraph, a bare number opening a line (1优化就业服务 — not 3个, 5月).
_RUN_MARK = scanning(
    rf"(?P<p>{STYLE['num_paren'].pattern})(?=\S)"
    rf"|(?:^|(?<=[。；;：:，,\s]))(?P<s>{STYLE['enumeration'].pattern})"
    rf"|(?:^|(?<=[。；;：:\s]))(?P<d>{STYLE['ordinal'].pattern})(?=\S)"
    # (also alone on its line, a table printed one cell a line without its header: 1⏎推进…⏎甲局)
    rf"|(?:^|(?<=\n))[ \t\u3000]*(?P<b>{STYLE['bare'].pattern})"
    r"[ \t\u3000]*\n?[ \t\u3000]*(?=[\u4e00-\u9fff])"
    # a plan printed on one line after its title: …分解表：一、…（甲局负责）。二、…; ①…；②…
    rf"|(?:^|(?<=[。；;：:)）〕】\]]))(?P<h>{STYLE['cn_item'].pattern})(?=\S)"
    rf"|(?:^|(?<=[。；;：:\s)）〕】\]]))(?P<o>{either('circled', 'parenthesised')})(?=\S)"
)


def _run_number(match: re.Match[str]) -> tuple[str, int]:
    """(style, value) of a :data:`_RUN_MARK` number (① and ⑴ one style, both read as 1)."""
    style = next(s for s in "psdbho" if match.group(s))
    return style, number_value(match.group(style)) or 0


def _marked_runs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of items numbered in one of the :data:`_RUN_MARK` styles, runs of two
    or more numbered on by one (an excerpt's run may start at (2)), each item naming its own
    departments; the text before the first item as its own span when it holds anything. []
    when there is no such run."""
    runs: list[list[re.Match[str]]] = []
    for match in _RUN_MARK.finditer(text):
        style, number = _run_number(match)
        last = runs[-1][-1] if runs else None
        if last is not None and (style, number - 1) == _run_number(last):
            runs[-1].append(match)
        else:
            runs.append([match])
    starts = [m.start() for run in runs for m in run]
    kept: list[tuple[int, int]] = []
    for run in runs:
        if len(run) < 2:
            continue
        items, bodies = [], []
        for match in run:
            following = [a for a in starts if a > match.start()]
            items.append((match.start(), following[0] if following else len(text)))
            bodies.append(text[match.end() : items[-1][1]])
        # each names its departments, or opens with the body doing it (一是甲局做好…；二是乙局对…)
        laid = [_laid_out(text[m.start() : e]) for m, (_, e) in zip(run, items, strict=True)]
        if all(
            item_departments(b) is not None or opening_subject(b) or found
            for b, found in zip(bodies, laid, strict=True)
        ):
            kept.extend(items)
    if not kept:
        return []
    return [(0, kept[0][0]), *kept] if text[: kept[0][0]].strip() else kept


def _rows_before(
    document: Document, end: int, departments: Callable[[int, int], DepartmentList | None]
) -> list[tuple[int, int, str, str, DepartmentList | None, list[str]]]:
    """The rows of a table printed one cell a line, each opened by its number alone on a line
    (序号 涉及部门 职责分工 ⏎ 1 ⏎ 甲局 ⏎ 负责… ⏎ 2 ⏎ 乙局 ⏎ …), in ``document.text[:end]``, the
    text before the first numbered section (the notes under the table: 1.《…》): each an item
    of its own, as :func:`_marked_runs` reads them (a section's own rows are read with it)."""
    rows: list[tuple[int, int, str, str, DepartmentList | None, list[str]]] = []
    for a, b in _marked_runs(document.text[:end]):
        text = document.text[a:b]
        marked = _RUN_MARK.match(text)
        if marked is None or not marked.group("b"):
            continue  # the table's header, or 一是…二是… of an introduction: no rows
        first, last = document.original_span(a, a + len(text.rstrip()))
        found = departments(a + marked.end(), b)
        rows.append((first, last, text, text[marked.end() :], found, []))
    return rows


# Items that state a piece of work (not a chapter's heading): their 一是…二是… are its points.
_WORK_ITEMS = {
    SectionKind.cn_paren,
    SectionKind.num_item,
    SectionKind.num_paren,
    SectionKind.circled,
}
# The inline style (see _inline_number) of the items numbered on after such a section's number.
_NUMBERED = {
    SectionKind.num_item: "num_item",
    SectionKind.num_paren: "num_item",
    SectionKind.cn_paren: "cn_paren",
}
_TITLE_ROLES = re.compile(
    r"[（(〔【][^（()）〔〕【】]*(?:负责|牵头|配合|单位[:：])[^（()）〔〕【】]*[)）〕】]\s*$"
)
# a line of its own after an item: in brackets, a role line, or a note for the items above it
# (以上任务由甲局牵头，乙局配合。)
_STANDALONE = re.compile(
    r"^\s*(?:[（(〔【].*[)）〕】]|[^，,。]{2,12}[:：].*|(?:以上|上述).*由.*)\s*$"
)


def due_date(text: str, year: int | None) -> tuple[str | None, date | None]:
    """(as written, date) of the first due phrase in ``text``; the date needs the plan year."""
    match = _DUE.search(text)
    if not match:
        return None, None
    written = match.group("text")
    if year is None:
        return written, None
    if match.group("month"):
        month = int(match.group("month"))
        return written, date(year, month, calendar.monthrange(year, month)[1])
    if written.startswith(("年底", "年内", "年末", "全年", "下半年")):
        return written, date(year, 12, 31)
    if written == "上半年":
        return written, date(year, 6, 30)
    quarter = re.search(r"第([一二三四1-4])季度", written)
    if quarter:
        number = "一二三四".find(quarter.group(1)) + 1 or int(quarter.group(1))
        return written, date(year, number * 3, calendar.monthrange(year, number * 3)[1])
    return written, None


def _names_departments(section: Section) -> bool:
    """Whether the section, its sub-items included, names departments anywhere."""
    return named_departments(section.text) is not None


def _closing_departments(section: Section) -> bool:
    """Whether the last numbered sub-item ends with a line of its own naming departments and
    no other sub-item names any: ``1.完善应急预案体系 (1)… (2)… (责任单位：…)`` — the line
    is the item's, not the last sub-item's."""
    items = [c for c in section.children if c.kind in _ITEM_KINDS]
    if not items or any(_names_departments(c) for c in items[:-1]):
        return False
    last_line = items[-1].text.rstrip().rsplit("\n", 1)
    if len(last_line) < 2:
        return False
    # a 分工 table's department cell after the row's last point (…制定。⏎区政府、卫生)
    return field_cell(last_line[1]) is not None or (
        bool(_STANDALONE.match(last_line[1])) and item_departments(last_line[1]) is not None
    )


_HEADING_END = "。.：:；; \t\u3000"


def _owner_heading(section: Section) -> DepartmentList | None:
    """The body an item with numbered points names as its heading and nothing else (2.财政部门。
    ⏎(1)…(2)…, a regulation's or a contingency plan's duties listed under each body's name):
    the points are that body's duties, one task."""
    if not any(c.kind in _ITEM_KINDS for c in section.children):
        return None
    return _duties_owner(own_text(section)[len(section.number or "") :])


def _duties_owner(heading: str) -> DepartmentList | None:
    """The bodies a heading names as the owners of the duties under it (县卫健局职责, 甲机构、
    乙机构和丙站工作职责), None for any other heading."""
    own = heading.strip().rstrip(_HEADING_END)
    bare = _DUTIES_WORD.sub("", own)  # 县卫健局职责, 卫生部门的主要职责
    if not bare or len(bare) > 60 or "\n" in bare or _LEADS_LIST.search(bare):
        return None  # 甲局牵头的任务: a list of tasks the body leads, each a task
    if "由" in bare and (run_by := named_departments(bare)) is not None:
        # 办公室。由甲局负责，乙局参与，主要职责：: a working group's heading names who runs it;
        # the duties under it are theirs, not the group's own name's
        return run_by
    found = names_alone(bare)
    plural = [n for n in found.names if is_collective(n) or n.endswith("成员单位")] if found else []
    if bare != own and plural:
        return None  # 相关部门职责, 成员单位职责: the points name each body's duties
    return found


_LEADS_LIST = re.compile(r"(?:牵头|负责)(?:的)?$")
# (…的主要职责是：, …的职责如下：: a regulation's article heading the body's duties)
_DUTIES_WORD = re.compile(r"(?:的)?(?:主要|工作|具体)?(?:职责|任务)(?:分工)?(?:是|为|如下)?$")


# The parts a work item of a 实事 or 分工 plan may be written in, each under a heading of its
# own (一、目标任务 二、序时进度 三、资金安排 四、责任分工): parts of the item, not items.
_ITEM_PART = re.compile(
    r"(?:工作|建设|项目)?(?:目标|任务|目标任务|内容)|主要(?:任务|内容|措施)|实施内容"
    r"|(?:序时|时序)进度|进度安排|时间(?:安排|节点)|实施步骤|资金(?:安排|来源|保障|筹措)"
    r"|(?:工作|保障)措施|(?:责任|职责)分工|责任单位"
)


def _part_heading(section: Section) -> bool:
    own = section.heading[len(section.number or "") :].strip().rstrip(_HEADING_END)
    return bool(_ITEM_PART.fullmatch(own))


def _role_parts(section: Section) -> bool:
    """Whether a work item's numbered sub-items are its role lines (1.责任单位：甲局⏎2.协办单位：
    乙局), or parts under headings of their own whose sub-items are (see _ITEM_PART): one task,
    its roles those lines'."""
    if section.kind not in _WORK_ITEMS:
        return False
    lines = [c for c in section.children if c.kind in _ITEM_KINDS]
    parts = [p for p in lines if _part_heading(p)]
    lines = [c for c in lines if c not in parts] + [
        c for p in parts for c in p.children if c.kind in _ITEM_KINDS
    ]
    return bool(lines) and all(opens_with_role(c.heading[len(c.number or "") :]) for c in lines)


def _parts_folded(document: Document, sections: list[Section]) -> list[Section]:
    """``sections`` with a work item written in parts its numbering set above it (（六）…⏎
    一、目标任务⏎…⏎四、责任分工⏎1.责任单位：…, a plan's item printed on its own) taken as one
    section, those parts its children."""
    out: list[Section] = []
    k = 0
    while k < len(sections):
        section = sections[k]
        parts: list[Section] = []
        for after in sections[k + 1 :]:
            if after.kind == section.kind or not _part_heading(after):
                break
            parts.append(after)
        if section.kind in _WORK_ITEMS and not section.children and len(parts) >= 2:
            start = _text_index(document, section.start)
            end = _text_index(document, parts[-1].start) + len(parts[-1].text)
            whole = section.model_copy(
                update={"end": parts[-1].end, "text": document.text[start:end], "children": parts}
            )
            if _role_parts(whole):
                out.append(whole)
                k += 1 + len(parts)
                continue
        children = _parts_folded(document, section.children)
        out.append(
            section
            if children == section.children
            else section.model_copy(update={"children": children})
        )
        k += 1
    return out


# A task's item, the items enclosing it, and the body its heading names as the owner of its
# numbered points (see _owner_heading).
_Item = tuple[Section, list[Section], DepartmentList | None]


def _items(sections: list[Section], parents: list[Section]) -> list[_Item]:
    """The numbered items that are tasks: those without numbered sub-items, those whose
    heading is the body whose duties the sub-items are, and work items whose sub-items share
    the departments named after them."""
    out: list[_Item] = []
    for section in sections:
        items = [c for c in section.children if c.kind in _ITEM_KINDS]
        # The checks read the section's text: only for an item with numbered points. Under a
        # chapter's heading (一、) the items are tasks of their own, a closing line shared by
        # them (see _shared_closings); under a work item they are its points.
        owner = _owner_heading(section) if items and section.kind in _ITEM_KINDS else None
        if section.kind in _ITEM_KINDS and (
            not items
            or owner is not None
            or (section.kind in _WORK_ITEMS and _closing_departments(section))
            or _role_parts(section)
        ):
            out.append((section, parents, owner))
        elif items:
            out.extend(_items(section.children, [*parents, section]))
    return out


def _inline(text: str, after: tuple[str, int] | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of items numbered 1, 2, 3 … inside ``text`` (runs of at least two, in
    order; a numbering that starts again at 1 is a run of its own), or one span covering
    ``text`` when it holds no such run. ``after``: the number of the item ``text`` is the body
    of, which the items numbered on in the same line continue (…按职责分工负责）6.加强妇幼健康
    服务). In a text on one line, （一）（五）（六） is a run too: an excerpt of a regulation
    the page store kept in pieces leaves articles out."""
    flat = "\n" not in text.strip()
    runs: list[list[re.Match[str]]] = []
    continued: re.Match[str] | None = None  # the item numbered on after ``after``

    def continues(run: list[re.Match[str]], style: str, number: int) -> bool:
        last_style, last = _inline_number(run[-1])
        gap = flat and style == "cn_paren" and number > last
        return last_style == style and (number == last + 1 or gap)

    for match in _INLINE.finditer(text):
        style, number = _inline_number(match)
        if runs and continues(runs[-1], style, number):
            runs[-1].append(match)
        elif len(runs) > 1 and len(runs[-1]) == 1 and continues(runs[-2], style, number):
            runs.pop()  # a lone 1) among the items was a point of the last one
            runs[-1].append(match)
        elif (
            after is not None
            and not runs
            and (style, number) == (after[0], after[1] + 1)
            and match.start() > 0
        ):
            runs.append([match])
            continued = match
            after = None
        elif number == 1 or (flat and style == "cn_paren" and not runs):
            runs.append([match])  # an excerpt of a one-line regulation may open at (三)
    found = [m for run in runs if len(run) > 1 or run[0] is continued for m in run]
    if not found:
        return [(0, len(text))]
    stops = [m.start() for m in found[1:]] + [len(text)]
    spans = [(m.start(), stop) for m, stop in zip(found, stops, strict=True)]
    return [(0, found[0].start()), *spans] if text[: found[0].start()].strip() else spans


# An item's own numbering as a pattern of its number (1. / (1) / 一、 / （一） / ①), to find the
# items numbered on after it inside its line.
_OWN_MARKS = {
    SectionKind.num_item: re.compile(rf"(?<![\d.．]){STYLE['num_item'].pattern}"),
    SectionKind.num_paren: re.compile(either("num_paren", "parenthesised")),
    SectionKind.cn_item: re.compile(rf"(?<![第之]){STYLE['cn_item'].pattern}"),  # not 第一、之一、
    SectionKind.cn_paren: re.compile(STYLE["cn_paren"].pattern),
    SectionKind.circled: re.compile(STYLE["circled"].pattern),
}
# Where an item numbered on inside a line may open: after a sentence, a bracket closing a role
# note, a space, or the end of a body's name that closed the last item's role list
# (…牵头单位：甲局2.推进…, …乙局（二）推进…).
_OWN_BEFORE = re.compile(r"[。；;！？!?)）〕】\]\s局委办心府院所站队部厅室科处会社联司门位构道]")


def _continued(text: str, kind: SectionKind, ordinal: int) -> list[tuple[int, int]] | None:
    """``(start, end)`` of an item and of the items numbered on after it in its own style
    inside its text (1.…。2.…, (1)…。(2)…, 一、…。二、…, ①…②…, also right after the last
    item's department list: …甲局2.…); None when there are none. A number of that style that
    does not follow on (an item's own points (1)(2) restarting, a 3 after 1) stops the run:
    they are its points, not items. A number of a higher rank after a sentence (…。 二、具体要求)
    ends the run: the rest is a span of its own."""
    pattern = _OWN_MARKS.get(kind)
    if pattern is None:
        return None
    end = _higher_rank(text, kind)
    starts, expected = [], ordinal + 1
    for match in pattern.finditer(text, 0, end):
        at = match.start()
        if at == 0 or not _OWN_BEFORE.match(text, at - 1):
            continue  # inside a sentence (第1、2批, 建设1、2号楼): no item opens there
        if not re.match(r"\s*[\u4e00-\u9fff【\[〔（(]", text[match.end() :]):
            continue
        if number_value(match.group()) != expected:
            return None  # points of the item, or a numbering of another list
        starts.append(at)
        expected += 1
    if not starts:
        return None
    spans = list(zip([0, *starts], [*starts, end], strict=True))
    if end == len(text):
        return spans
    # the rest, a heading of a higher rank and the items under it (二、具体要求 (一)…。 (二)…)
    rest = [end, *(m.start() for m in _RANK_ITEM.finditer(text, end + 1))]
    pieces = list(zip(rest, [*rest[1:], len(text)], strict=True))
    if len(pieces) > 1 and len(text[end : rest[1]].strip()) <= 20:
        pieces = pieces[1:]  # the heading of the items after it (二、具体要求), no item itself
    return spans + pieces


# A number of a higher rank than an item's, after a sentence or a space: 二、 after （十二）…,
# （二） or 二、 after 1.…
_AFTER_SENTENCE = r"(?<=[。；;！？!?\s])"
_HIGHER = {
    SectionKind.cn_paren: re.compile(_AFTER_SENTENCE + either("cn_item", "chapter", "part")),
    SectionKind.num_item: re.compile(
        _AFTER_SENTENCE + either("cn_item", "chapter", "part", "cn_paren")
    ),
}


def _higher_rank(text: str, kind: SectionKind) -> int:
    """Where a number of a higher rank than ``kind``'s opens in ``text`` (see :data:`_HIGHER`),
    else its end."""
    higher = _HIGHER.get(kind)
    found = higher.search(text) if higher is not None else None
    return found.start() if found is not None else len(text)


def _led_points(text: str, spans: list[tuple[int, int]], kind: SectionKind) -> bool:
    """Whether each of the items numbered on in their own style names its departments before
    its own points (（十一）… 牵头单位:甲局 配合单位:乙局 主要任务:1、…;2、…（十二）…): the points
    numbered inside them are theirs, however many. A trailing span a higher rank opens (see
    :func:`_continued`) is not checked."""
    end = _higher_rank(text, kind)
    checked = [(a, b) for a, b in spans if a < end]
    if len(checked) < 2:
        return False
    for a, b in checked:
        item = text[a:b]
        point = next((m for m in _INLINE.finditer(item) if m.start() > 0), None)
        if item_departments(item[: point.start()] if point else item) is None:
            return False
    return True


_RANK_ITEM = re.compile(rf"{_AFTER_SENTENCE}{STYLE['cn_paren'].pattern}(?=\S)")


def _run_from_one(text: str) -> tuple[list[tuple[int, int]], re.Pattern[str]] | None:
    """A text on one line holding items numbered from 1 in one style (see :data:`_OWN_MARKS`),
    after a title or a colon, each naming its departments: ``(spans, mark)`` with the text before
    the first item as its own span; None when there is no such run."""
    for kind, pattern in _OWN_MARKS.items():
        first = next((m for m in pattern.finditer(text) if number_value(m.group()) == 1), None)
        if first is None or (first.start() > 0 and text[first.start() - 1] not in "：:。；; \t"):
            continue
        rest = _continued(text[first.end() :], kind, 1)
        if rest is None:
            continue
        spans = [(first.end() + a, first.end() + b) for a, b in rest]
        spans[0] = (first.start(), spans[0][1])  # the first item from its number
        bodies = [text[a:b] for a, b in spans]
        if all(item_departments(pattern.sub("", b, count=1)) is not None for b in bodies):
            return ([(0, first.start())] if first.start() else []) + spans, pattern
    return None


# Any item number inside a line, in any style, also glued to the heading before it (…行动1.推进…):
# a page that keeps pieces of a plan on one line numbers on, skips and repeats at will.
_ANY_NUMBER = re.compile(
    rf"(?:(?<![第\d.．]){STYLE['num_item'].pattern}|{either('num_paren', 'cn_paren')}"
    rf"|(?:^|(?<=[。；;：:)）〕】\]\s])){STYLE['cn_item'].pattern})(?=[\u4e00-\u9fff])"
)


def _role_closed(text: str) -> list[tuple[int, int, int]] | None:
    """A text on one line whose items each close with their own list of departments, numbered
    in any style and order (a summary page keeps some items of a plan and their role lists:
    ``(一)…行动1.…,(责任单位:甲局)2.…,(乙局负责)(二)…行动5.…``, numbers skipped or repeated,
    the list's left bracket lost: ``3.…,甲、乙按职责分工负责)``): ``(start, number end, end)``
    of each item. Between them stand only headings (short, naming no one, before an item or
    another heading); the text before the first number and after the last item is free. None
    unless two items at least are read so."""
    if "\n" in text.strip() or not _ANY_NUMBER.search(text):
        return None
    marks = list(_ANY_NUMBER.finditer(text))
    stops = [m.start() for m in marks[1:]] + [len(text)]
    kinds = []
    for mark, stop in zip(marks, stops, strict=True):
        body = text[mark.end() : stop]
        if item_departments(body) is not None:
            kinds.append("item")
        elif len(body) <= 40 and not re.search(r"[。；;]", body.rstrip("。；; ")):
            kinds.append("heading")
        else:
            kinds.append("other")
    last_item = max((k for k, kind in enumerate(kinds) if kind == "item"), default=-1)
    if kinds.count("item") < 2 or "other" in kinds[:last_item]:
        return None
    return [
        (mark.start(), mark.end(), stop)
        for mark, stop, kind in zip(marks, stops, kinds, strict=True)
        if kind == "item"
    ]


# A regulation's article opening its line (第十二条 …), and a chapter's heading, which ends one.
# A page that ran its lines together opens them after a sentence's stop instead
# (…自愿献血。第四条县级以上…), the spaces of its indent kept (…施行。   第二条 …), or after a
# chapter's heading glued to it (…。第二章管理职责第六条…); a page whose punctuation a conversion
# garbled stops a sentence with a point or a comma (…本条例.第二条 …, …支持,第五条,县级…) or a
# space alone (…公布 第三条,…). A citation (依照本条例第十条规定) follows none of them.
_CHAPTER = either("chapter", "part")
_ARTICLE_LINE = scanning(
    rf"(?:^[ \t\u3000]*|(?<=[。；;.．,，])[ \t\u3000]*|(?<=[\u4e00-\u9fff][ \t\u3000]))"
    rf"(?:{_CHAPTER}[^\s。，,；;：:（）()]{{1,16}}?)?"
    rf"(?P<article>{STYLE['article'].pattern}(?![例款项第的规之所]))[ \t\u3000,，]*",
    re.M,
)
# One article a page quotes after the regulation's title (a legal answer's excerpt)
_QUOTED_ARTICLE = re.compile(
    rf"》[ \t\u3000]*(?P<article>{STYLE['article'].pattern}(?![例款项第的规之所]))[ \t\u3000]*"
)
_CHAPTER_LINE = re.compile(rf"(?:^[ \t\u3000]*|(?<=[。；;])){_CHAPTER}", re.M)
# An article whose 第 a page lost, opening its line (二条新型…⏎三条建立…): read only in a run of
# two or more numbered one after another, as a line may open with a count (三条措施…).
_BARE_ARTICLE_LINE = re.compile(
    r"^[ \t\u3000]*(?P<article>(?P<n>[一二三四五六七八九十]{1,3})条)(?=[\u4e00-\u9fff])"
    r"[ \t\u3000]*",
    re.M,
)


def _bare_articles(text: str) -> list[re.Match[str]]:
    """The articles ``text`` numbers without 第 (see ``_BARE_ARTICLE_LINE``), when they run on."""
    marks = list(_BARE_ARTICLE_LINE.finditer(text))
    numbers = [cn_to_int(m.group("n")) for m in marks]
    on = all(a is not None and b == a + 1 for a, b in itertools.pairwise(numbers))
    return marks if len(marks) >= 2 and on else []


def _articles(text: str) -> list[tuple[int, int, int, DepartmentList | None]]:
    """The articles of a regulation (lines or sentences opening with 第N条, two at least, or
    one quoted after the regulation's title: 《…细则》 第三条 …): ``(start, start of its text,
    end, body)`` of each, ``body`` the one whose duties the article lists (第十条 乡镇合管办的
    主要职责。⏎（一）…, 第十五条 县监委会职责:监督…), else None."""
    if "条" not in text:
        return []
    marks = list(_ARTICLE_LINE.finditer(text))
    if len(marks) < 2:
        quoted = list(_QUOTED_ARTICLE.finditer(text))
        marks = _bare_articles(text) or (quoted if len(quoted) == 1 else [])
        if not marks:
            return []
    bounds = sorted(
        [m.start() for m in marks[1:]] + [m.start() for m in _CHAPTER_LINE.finditer(text)]
    )
    found = []
    for mark in marks:
        end = next((b for b in bounds if b > mark.start()), len(text))
        rest = text[mark.end() : end]
        heading = re.split(r"[。：:；;\n]", rest, maxsplit=1)[0]
        duties = _DUTIES_WORD.search(heading) is not None and len(heading) <= 30
        owner = (_owner_line(heading) if duties else None) or _listing_subject(rest)
        found.append((mark.start("article"), mark.end(), len(text[:end].rstrip()), owner))
    return found


# An article that opens with its body and lists that body's duties after a colon, on the
# lines after its first paragraph (第七条各级甲行政部门负责本行政区域内的…工作：⏎（一）…⏎（二）…,
# 第六条市和区、县人民政府领导…工作。他们的主要职责是：⏎（一）…): one task of that body; or
# run on after the colon, where a page printed the regulation on one line (…职责:(一)…;(二)…).
_LISTING = re.compile(r"(?P<lead>[^\n]{4,160}?)[：:](?:\n[ \t\u3000\n]*|[ \t\u3000]*)[（(]")
# the body before 负责, 主管 or 领导, which may be every level's (各级甲部门负责…)
_LISTING_NAMES = re.compile(
    r"(?P<names>[^，,。；;：:\s]{2,24}?(?:部门|政府|机构|委员会|局|委|办|中心))(?:负责|主管|领导)"
)


_INLINE_POINT = re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]")


def _listing_subject(rest: str) -> DepartmentList | None:
    match = _LISTING.match(rest)
    if match is None:
        return None
    # 有关部门按照下列分工负责…：⏎（一）甲部门负责…⏎（二）乙部门负责…: the points divide the work
    # among bodies they name each, items of their own, not one body's duties
    # (a page on one line runs its points on: …负责:(一)甲部门负责…,(二)乙部门负责…)
    split = _POINT_LINE if "\n" in match.group() else _INLINE_POINT
    points = [p for p in split.split(rest[match.end() - 1 :]) if p.strip()]
    # (a point may open with its body and no 负责: 丙部门对违反…的行为实施处罚)
    if len(points) >= 2 and all(named_departments(p) or opening_subject(p) for p in points):
        return None
    lead = without_asides(match.group("lead"))  # 甲委员会在本级人民政府领导下，负责…：
    named = _LISTING_NAMES.match(lead)
    found = names_alone(named.group("names")) if named else opening_subject(lead)
    return found if found is not None and all(is_department(n) for n in found.names) else None


# A point's closing stop and a line break before an article's paragraph that is not numbered
_POINT_CLOSED = re.compile(
    r"[。；;][ \t\u3000]*\n\s*(?![（(〔【\d一二三四五六七八九十①-⑳第])(?=\S)"
)


# The colon that opened an article's points, a line break after it
_LISTING_COLON = re.compile(r"[：:](?=[ \t\u3000]*\n)")


def _outside_points(
    document: Document, opening: int, end: int, taken: list[tuple[int, int]]
) -> str | None:
    """The text of an article's own paragraphs, outside the ``taken`` items its points are
    (their spans in ``document.text``): its opening and the paragraphs after its points; None
    when no point lies inside it."""
    inside = [(a, b) for a, b in taken if opening <= a < end]
    if not inside:
        return None
    after = max(b for _, b in inside)
    return document.text[opening : min(a for a, _ in inside)] + document.text[after:end]


def _article_tasks(
    document: Document,
    articles: list[tuple[int, int, int, DepartmentList | None]],
    readers: tuple[Callable[[int, int], DepartmentList | None], Callable[[int, int], str]],
    placed: list[tuple[int, int, str, str, DepartmentList | None, list[str]]],
) -> list[tuple[int, int, str, str, DepartmentList | None, list[str]]]:
    """The tasks of a regulation's articles: an article listing one body's duties (its points
    one task of that body), and an article of prose that names who does it
    (第十二条 财政、卫生等部门应当…) when no item was read inside it. ``readers``: the
    departments of a span of the document, and its text with the lines a page width broke
    joined (a line is no paragraph of its own there)."""
    departments, joined = readers
    taken = [
        (_text_index(document, first), _text_index(document, last)) for first, last, *_ in placed
    ]
    # the points no body is named for (下列场所禁止吸烟：⏎（一）…场所；): what the article lists
    bare = {span for span, item in zip(taken, placed, strict=True) if item[4] is None}
    tasks: list[tuple[int, int, str, str, DepartmentList | None, list[str]]] = []
    for start, opening, end, owner in articles:
        text = document.text[start:end]
        found = owner
        if found is not None:
            found = _after_points(found, joined(opening, end))
        cut = end  # the end of the article's source
        points: list[tuple[int, int]] = []  # the points read as items of their own
        named: list[tuple[int, int]] = []  # …those of them naming a body
        if found is None:
            own = _outside_points(document, opening, end, taken)
            if own is not None and owner is not None:
                continue  # one body's duties, some points read as items of their own
            if own is not None:
                # its points are items of their own; its own paragraphs (甲委员会实行成员单位
                # 分工负责制…：⏎（一）…⏎乙、丙等部门按照各自职责…) charge the bodies they name,
                # its source up to its first point
                points = [(a, b) for a, b in taken if opening <= a < end]
                named = [span for span in points if span not in bare]
                if named:
                    cut = min(a for a, _ in points)
                    text = document.text[start:opening] + own
                article = view(own).text if "\n" in own.strip() else own
                # 下列场所禁止吸烟：⏎（一）…⏎甲政府可以…: the colon before the points left out
                # ends the opening, the paragraph after them a sentence of its own
                article = _LISTING_COLON.sub("。", article, count=1)
                found = _departments(own) or _subject_of(article)
            else:
                # 第四条县级以上甲部门主管本行政区域内的…工作: the body it opens with, no role word;
                # or, when it opens with whom its rule binds (医疗机构应当…), the bodies its later
                # sentences charge (…。乙部门受理投诉后，应当…; ⏎丙部门对…进行抽查。)
                opening += _title_length(document.text[opening:end])
                article = joined(opening, end)
                found = (
                    departments(opening, end) or _subject_of(article) or article_subjects(article)
                )
            if found is None:
                continue
            # 第四条甲政府领导…。乙部门对…实施监督管理: each sentence charges its body, the
            # body the article names first leads
            sentences = article_subjects(article)
            if sentences is not None and (
                not set(sentences.names) <= set(found.names) or sentences.lead != found.lead
            ):
                before, after = (found, sentences)
                where = _named_at(article, sentences.lead), _named_at(article, found.lead)
                # (a lead not written as such, 公安部门 of 公安、民政等部门, comes after)
                first_named = where[0] < where[1] or where[1] < 0
                if where[0] >= 0 and first_named:
                    before, after = (sentences, found)
                names = [*before.names, *(n for n in after.names if n not in before.names)]
                found = DepartmentList(names, before.lead)
        found = _without_bound(found)
        # (有关部门按照下列分工负责：⏎（一）…, 市、区县人民政府有关部门应当履行下列职责：⏎（一）甲
        # 部门负责…: the bodies its points name, in their order, are the ones it charges, each
        # point a task too; not 由有关部门依法给予处罚：⏎（一）…（四）未经甲部门批准…的: the
        # breaches it punishes, a body named in one of them only as whose approval was lacking)
        shared = cut < end and 2 * len(named) >= len(points)
        if found is not None and shared and all(map(_unnamed, found.names)):
            found = _points_bodies(
                [item[4] for span, item in zip(taken, placed, strict=True) if span in named]
            )
        if found is None or (shared and all(map(is_collective, found.names))):
            continue
        first, last = document.original_span(start, cut)
        heading = document.text[opening:end].split("\n", 1)[0]
        tasks.append((first, last, text, heading, found, []))
    return tasks


# Bodies a level's government has, none named (市人民政府有关部门, 县级以上有关部门)
_UNNAMED_BODIES = re.compile(r"(?:有关|相关)(?:部门|单位)$")


def _unnamed(name: str) -> bool:
    return is_collective(name) or bool(_UNNAMED_BODIES.search(name))


def _points_bodies(found: list[DepartmentList | None]) -> DepartmentList | None:
    """The bodies of an article's points, in order, the first point's lead leading."""
    names: list[str] = []
    for listed in found:
        add_new(names, listed.names if listed is not None else [])
    lead = next((f.lead for f in found if f is not None), None)
    return DepartmentList(names, lead) if names else None


# The kind of body a list of fields shares, written once after the last (市、区卫生健康、财政
# 等部门 names 市、区卫生健康部门): the name is found in the text by its field
_KIND_WORD = re.compile(r"(?:(?:行政)?主管|行政)?部门$|机关$")  # (公安、司法行政机关: 公安)


def _named_at(text: str, name: str | None) -> int:
    """Where ``text`` names ``name`` (-1 when it does not), a sector's department also where
    its field opens a list that writes the shared kind once."""
    if not name:
        return -1
    at = text.find(name)
    stem = _KIND_WORD.sub("", name) if at < 0 else ""
    return text.find(stem) if len(stem) >= 2 else at


# Schools a regulation binds, by their kind (中小学校应当开设…课, 幼儿园应当…): whom its rule
# reaches, no body of the administration it charges (a work plan's 各中小学校负责… keeps them:
# not an article; a school named, 市实验小学, is one body)
_SCHOOL = re.compile(
    r"^(?:各级各类|各类|各|所有)?(?:中、?小学校?|中小学校|学校|中学|小学|幼儿园|托儿所|托幼机构|"
    r"高等学校|高等院校|高校|(?:中等)?职业(?:学校|院校)|普通(?:中学|高中))$"
)


# …and so are the institutions of a kind that give care (医疗机构应当…, 院前急救机构应当…,
# 公立基层医疗卫生机构实行…, 社区康复机构可以…, 二级以上综合医院应当…): the rule binds each of the
# class, no body the ledger holds to account for the article (the agencies that act for the
# health department stay: 疾病预防控制机构; a hospital named, 市康复医院, acts)
_CARE_KIND = re.compile(
    r"^(?:各级各类|各级|各类|所有|公立|非公立|民营|基层|定点|二级以上|三级)?[\u4e00-\u9fff]{0,8}?"
    r"(?:医疗|急救|护理|卫生服务|保健|医疗卫生|医疗保健|诊疗|康复|计划生育技术服务)机构$"
    r"|^(?:各级各类|各类|所有|[二三]级(?:甲等)?以上)?(?:综合|专科)医院$"
    # (the blood service by its kind too: 血站应当经…批准设立; a station named, 市中心血站, acts)
    r"|^(?:各级|各)?(?:血站|采供血机构|单采血浆站)$"
)


def _without_bound(found: DepartmentList) -> DepartmentList | None:
    """``found`` without the schools and the care institutions an article names by their kind
    (see ``_SCHOOL``, ``_CARE_KIND``) and every place of a level it lays a duty on (各区应当至少
    办一所…: the places under 各 name none of their bodies, as a bare level does; a plan's role
    line naming 各乡镇 is no article's), None when none is left or only social organisations
    are."""
    names = [
        n for n in found.names if not (_SCHOOL.search(n) or _CARE_KIND.search(n) or every_place(n))
    ]
    if all(map(SOCIAL_KIND.match, names)):
        return None  # 社会组织应当…: the kind alone, no department beside it (README, stop 29)
    if len(names) == len(found.names):
        return found
    lead = found.lead if found.lead in names else names[0]
    return DepartmentList(names, lead, found.rejected)


# An article's title: in brackets after its number (第五条（部门职责）…, 第五条【政府职责】…)
# or on a line of its own (第五条 部门职责⏎…), a few words naming no body.
_ARTICLE_TITLE = re.compile(
    r"[ \t\u3000]*(?:[（(【〔\[](?P<boxed>[^（()）【】〔〕\[\]\n]{2,12})[)）】〕\]]"
    r"|(?P<line>[^\n，,。；;：:（()）]{2,12})[ \t\u3000]*\n)"
)


def _title_length(article: str) -> int:
    """The length of the title ``article`` opens with (see ``_ARTICLE_TITLE``), or 0."""
    match = _ARTICLE_TITLE.match(article)
    if match is None:
        return 0
    title = match.group("boxed") or match.group("line")
    return 0 if is_department(title) or named_departments(title) else match.end()


_ANY_ARTICLE = re.compile(rf"{STYLE['article'].pattern}(?![例款项第的规之所])")


def _last_article(intro: str) -> int:
    """Where the last article run into an introduction starts (a regulation on one line: only
    the article whose points follow introduces them, not the articles before it), else 0."""
    marks = list(_ANY_ARTICLE.finditer(intro)) if "条" in intro else []
    return marks[-1].start() if marks else 0


# A line an article's duties list opens: （一）, (壹), 1.
_POINT_LINE = re.compile(
    rf"^[ \t\u3000]*{either('cn_paren', 'num_item', 'num_paren')}", re.MULTILINE
)


def _with_point_subjects(owner: DepartmentList, text: str) -> DepartmentList:
    """``owner`` of the duties listed under its heading, and the bodies its points open with
    as their subjects (3.兽医部门⏎(1)各级兽医部门要…⏎(2)动物防疫监督机构要…): the heading's
    body leads, the others do the points they are named in."""
    names = list(owner.names)
    for point in _POINT_LINE.finditer(text):
        line = text[point.end() :].split("\n", 1)[0]
        found = article_subjects(line)
        add_new(names, found.names if found else [])
    if names == owner.names:
        return owner
    return DepartmentList(names, owner.lead, owner.rejected)


def _after_points(owner: DepartmentList, article: str) -> DepartmentList:
    """``owner`` of an article listing its duties, and the bodies the paragraph after the list
    names (…（六）…。⏎甲办公室是…的办事机构，负责…; 乙政府应当设立丙机构，负责…)."""
    points = list(_POINT_LINE.finditer(article))
    if not points:
        return owner
    tail = article[points[-1].end() :].split("\n", 1)
    if len(tail) < 2 or not tail[1].strip():
        return owner
    names = list(owner.names)
    for found in (article_subjects(tail[1]), item_departments(tail[1])):
        add_new(names, found.names if found else [])
    return DepartmentList(names, owner.lead, owner.rejected)


# Where a point's heading stops: its first full stop, or a dash (加快处理个案──甲局会…)
_HEAD_STOP = re.compile(r"。|[─—]{2}")


def _subject_of(text: str) -> DepartmentList | None:
    """The body an item's duty opens with (see :func:`opening_subject`), or, after a heading
    that names no one (a stage and its dates: 检查验收阶段(4月30日至5月末)。), the body the next
    sentence opens with: 甲会组织有关部门对…进行检查."""
    found = opening_subject(text)
    if found is not None:
        return found
    head, *rest = _HEAD_STOP.split(text, maxsplit=1)
    if rest and 0 < len(head.strip()) <= 30 and named_departments(head) is None:
        return opening_subject(rest[0])
    return None


def _led_by_subject(found: DepartmentList, text: str) -> DepartmentList:
    """``found`` led by the body the item's duty opens with after a short heading of its own
    (疫情监测。甲中心全面负责…，乙站协助…。乙站负责…) when a later sentence named only others."""
    head, *rest = _HEAD_STOP.split(text.lstrip(), maxsplit=1)
    if not rest or not 0 < len(head.strip()) <= 12 or named_departments(head) is not None:
        return found
    subject = opening_subject(rest[0])
    if subject is None or subject.lead is None:
        return found
    if any(name.startswith(subject.lead) for name in found.names):
        return found  # 市委组织部、乙局要…: not 市委 before 组织 read as a verb
    names = [*subject.names, *(n for n in found.names if n not in subject.names)]
    return DepartmentList(names, subject.lead, found.rejected)


def _closing_line(section: Section) -> DepartmentList | None:
    """The departments a line of its own at the end of an item names (…。⏎（甲局牵头，乙局配合）),
    when nothing before it in the item names any."""
    lines = section.text.rstrip().rsplit("\n", 1)
    if len(lines) < 2 or not _STANDALONE.match(lines[1]):
        return None
    found = item_departments(lines[1])
    return found if found is not None and named_departments(lines[0]) is None else None


def _shared_closings(items: list[_Item]) -> dict[int, DepartmentList]:
    """A list of departments written once, on a line of its own after the last of a run of
    sibling items none of which names any (1.…⏎2.…⏎3.…⏎（甲局牵头，乙局配合）): the line closes
    the run, each item's departments. ``{item start: departments}`` for the items before the
    last (the last reads the line as its own)."""
    shared: dict[int, DepartmentList] = {}
    for _, run in itertools.groupby(items, key=lambda item: id(item[1])):
        sections = [section for section, _, _ in run]
        closing = _closing_line(sections[-1]) if len(sections) > 1 else None
        if closing is not None and not any(_names_departments(s) for s in sections[:-1]):
            shared.update((s.start, closing) for s in sections[:-1])
    return shared


def _lone_item(text: str) -> list[tuple[int, int]] | None:
    """A plan printed on one line, its excerpt ending in its first numbered item
    (…重点任务(一)…。1. 推动…（甲局、乙局负责）): that item, when it names its departments."""
    firsts = [m for m in _INLINE.finditer(text) if _inline_number(m) == ("num_item", 1)]
    for match in [*firsts, *_FIRST_CHAPTER.finditer(text)]:
        if named_departments(text[match.end() :]):
            return [(0, match.start()), (match.start(), len(text))]
    return None


# 一、 after a sentence or a colon: a chapter's number in a plan printed on one line
# (…作出如下安排: 一、加快完善…（甲局负责）)
_CHAPTER_ONE = rf"{STYLE['cn_item'].first}(?=\S)"
_FIRST_CHAPTER = re.compile(rf"(?<=[。；;：:\s]){_CHAPTER_ONE}")


def _closed_inline(text: str, spans: list[tuple[int, int]]) -> DepartmentList | None:
    """The departments of an item whose sub-items are numbered inside its line and whose last
    sub-item ends with a sentence naming only who does them, no other sub-item naming any
    (…保障。1.…2.…3.…。各级人民政府落实。): the sentence closes the item, as a department
    line after line-numbered sub-items does (see :func:`_closing_departments`)."""
    intro = text[spans[0][0] : spans[0][1]]
    if _INLINE.match(intro) or not intro.strip() or len(spans) < 3:
        return None
    if any(_departments(text[a:b]) for a, b in spans[1:-1]):
        return None
    # a ； inside a bracket parts no sentence: （牵头单位：甲局；配合单位：乙局）
    last = text[spans[-1][0] : spans[-1][1]]
    sentences = [p for _, p, _ in split_outside_brackets(last, "。；;") if p.strip()]
    closing = sentences[-1].strip() if len(sentences) > 1 else ""
    return item_departments(closing) if 0 < len(closing) <= 40 else None


def _laid_out(row: str, *, cut: int = 0, row_cells: bool = False) -> DepartmentList | None:
    """The departments of a table ``row`` laid out with spaces whose cells a page width broke
    over lines (see :func:`_aligned_row`), read past its first ``cut`` characters (the item's
    number); None for any other text."""
    if "  " not in row or "\n" not in row.strip():
        return None
    laid = _aligned_row(row.strip("\n"))
    return item_departments(laid[cut:], laid[cut:], row=row_cells) if laid else None


# A line break a web page's markup writes (<br>, <br/>, <BR />), which the view drops
_LINE_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _departments(text: str, *, row: bool = False) -> DepartmentList | None:
    text = _LINE_TAG.sub("\n", text) if "<" in text else text  # 甲局<br>乙局: names one a line
    laid = _laid_out(text, row_cells=row)
    if laid is not None:
        return laid
    joined = view(text).text if "\n" in text.strip() else text  # lists broken across lines
    return item_departments(joined, text, row=row)


# A role a regulation defines by what the unit does (本条例所称调度机构，是指受理…的机构), or a
# name it gives the bodies it lists together (甲会和接受单位是…登记机构（以下统称登记机构）): not
# the name of a body (以下简称爱卫会 is a body's short name and stays; so does the name it gives
# the departments of several levels it lists, 省甲部门和市、县承担甲职责的部门（以下统称甲部门）:
# the authority at each level, which later articles hold to account)
_DEFINED_ROLE = re.compile(
    r"本(?:条例|办法|规定|细则|法)所称(?P<term>[\u4e00-\u9fff]{2,12})[，,]\s*是指[^。；;]{2,80}?"
    r"的(?:机构|单位|组织)[。；;]"
    r"|[（(]以下统称(?P<grouped>[\u4e00-\u9fff]{2,12}(?<!部门)(?<!机关))[)）]"
)


def document_tasks(
    source: SourceFile,
    document: Document,
    targets: list[Target],
    register: DepartmentDirectory | None = None,
) -> list[Task]:
    """One task per numbered work item (see :func:`_items`); items numbered inside one line
    are split apart, and a plan with no numbered lines at all is read for such items. With a
    ``register`` (the workspace's departments), names are written as the register writes them."""
    tasks = _document_tasks(source, document, targets)
    roles = {m["term"] or m["grouped"] for m in _DEFINED_ROLE.finditer(document.text)}
    for task in tasks if roles else []:
        # 调度机构应当…, where 本条例所称调度机构，是指…的机构: whichever unit plays the role, no
        # body the ledger can hold to account (kept for review)
        kept = [name for name in task.departments if name not in roles]
        if len(kept) < len(task.departments):
            dropped = [name for name in task.departments if name in roles]
            task.rejected_departments = [*task.rejected_departments, *dropped]
            lead = task.lead_department
            task.departments, task.lead_department = (
                kept,
                lead if lead in kept else next(iter(kept), None),
            )
    if register:
        for task in tasks:
            found = register.register_names(DepartmentList(task.departments, task.lead_department))
            task.departments, task.lead_department = found.names, found.lead
        for target in targets:
            if target.departments:
                target.departments = register.register_names(
                    DepartmentList(target.departments, None)
                ).names
    return tasks


# A table's cells as Word and web pages give them: a tab or a | between cells.
_CELLS = scanning(r"\t+|\s*\|\s*")
_TASK_COLUMN = re.compile(r"任务|事项|内容|措施|项目|工作|目标|指标")


def _cells(line: str) -> list[tuple[int, str]]:
    """``(offset, cell)`` of each cell of a table line (blank cells kept, outer | dropped)."""
    cells, at = [], 0
    for match in [*_CELLS.finditer(line), None]:
        end = match.start() if match else len(line)
        cells.append((at, line[at:end].strip()))
        at = match.end() if match else at
    if cells and not cells[0][1] and line.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1][1] and line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


_NUMBERED_ROW = re.compile(r"^\s*(?P<n>\d{1,4})\s*(?:\||\t)")


def _numbered_rows(lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """A table printed without its header, one row a line opening with its number and a cell
    separator (1 | 完成…。 | 县教育局 | … |), numbered 1, 2, 3 …: ``(start, end)`` of each row,
    the rules between rows (a line of ``|``) left out. Two rows at least."""
    rows: list[tuple[int, int]] = []
    expected = 1
    for at, line in lines:
        match = _NUMBERED_ROW.match(line)
        if match and int(match.group("n")) == expected and len(_cells(line)) >= 3:
            rows.append((at, at + len(line.rstrip())))
            expected += 1
        elif rows and not line.strip(" |\t"):
            continue  # a rule between rows
        elif len(rows) >= 2:
            break
        else:
            rows, expected = [], 1
    return rows if len(rows) >= 2 else []


_CELL_LINE = re.compile(r"[ \t]*(?P<cell>[^|\n]*?)[ \t]*\|[ \t]*")  # 教体局 |
_RULE_LINE = re.compile(r"[ \t]*\|[|\t ]*")  # | or ||||| between rows
_MARKDOWN_RULE = re.compile(r":?-*:?")  # a blank cell, or |---|:---:| under a header


def _task_column(header: list[str], roles: list[int]) -> int:
    """The column that states the work: 工作任务, 项目名称 …, else the first but 序号."""
    return next(
        (k for k, c in enumerate(header) if k not in roles and _TASK_COLUMN.search(c)),
        next((k for k, c in enumerate(header) if k not in roles and c != "序号"), 0),
    )


def _cell_line_rows(text: str) -> list[tuple[int, int, list[str], list[str]]]:
    """A table that a web page printed one cell a line, each cell closed by `` |``, rows apart
    by a line of ``|`` or not at all: a header from 序号 to the cell before the first row
    number, naming a role column, then rows of as many cells opening with their number.
    ``(start, end, header, cells)`` of each row, ``cells`` empty where a row does not have as
    many as the header (a blank cell printed as a rule)."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    for match in re.finditer(r"[^\n]+", text):
        if "|" not in match.group():  # neither a cell nor a rule: no need to try the patterns
            runs.append([])
            continue
        cell = _CELL_LINE.fullmatch(match.group())
        if cell and cell.group("cell"):
            runs[-1].append((match.start(), match.end(), cell.group("cell")))
        elif not _RULE_LINE.fullmatch(match.group()):
            runs.append([])
    rows: list[tuple[int, int, list[str], list[str]]] = []
    for run in runs:
        texts = [c for _, _, c in run]
        if "序号" not in texts:
            continue
        h = texts.index("序号")
        k = next((i for i in range(h + 1, len(texts)) if re.fullmatch(r"\d{1,4}", texts[i])), 0)
        header = texts[h:k]
        if len(header) < 3 or not any(is_role_column(c) for c in header):
            continue
        width = len(header)
        while k < len(texts) and re.fullmatch(r"\d{1,4}", texts[k]):
            following = str(int(texts[k]) + 1)
            if k + width < len(texts) and texts[k + width] == following:
                stop = k + width
            else:  # a blank cell left out, or the last row: up to the next number
                stop = next(
                    (j for j in range(k + 1, len(texts)) if texts[j] == following),
                    min(k + width, len(texts)),
                )
            cells = texts[k:stop] if stop - k == width else []  # [] : read as a whole row
            rows.append((run[k][0], run[stop - 1][1], header, cells))
            k = stop
    return rows


_SUB_ROLE = re.compile(r"(?:牵头|配合|协办|协助|参与|主办|责任|主责)(?:单位|部门)?")


def _split_role_header(header: list[str], roles: list[int], line: str) -> list[str] | None:
    """A header of two rows, its one role column split under it (序号 | 工作任务 | 责任单位 ⏎
    | | 牵头 | 配合 |): the header with that column replaced by the second row's role words
    (牵头单位, 配合单位) — in order, however the blank cells line up — or None when ``line``
    is no such row."""
    if len(roles) != 1:
        return None
    words = [c for _, c in _cells(line) if c]
    if len(words) < 2 or not all(_SUB_ROLE.fullmatch(c) for c in words):
        return None
    named = [w if w.endswith(("单位", "部门")) else w + "单位" for w in words]
    return [*header[: roles[0]], *named, *header[roles[0] + 1 :]]


def _role_table_tasks(
    source: SourceFile, document: Document, targets: list[Target], year: int | None
) -> list[Task]:
    """A table whose header names its role columns (工作任务 | 牵头单位 | 配合单位 | 完成时限,
    cells a tab or a ``|`` apart): one task a row, its departments read column by column in
    the header's order, the lead from the first lead column (牵头/责任) when there is one. A
    row whose cells do not line up with the header (a merged cell) is read as a whole row."""
    text = document.text
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    rows: list[tuple[int, int, list[str], int]] = []  # start, end, header, task column
    i = 0
    while i < len(lines):
        header = [c for _, c in _cells(lines[i][1])]
        roles = [k for k, cell in enumerate(header) if is_role_column(cell)]
        i += 1
        if len(header) < 2 or not roles:
            continue
        if i < len(lines) and (split := _split_role_header(header, roles, lines[i][1])):
            header, i = split, i + 1
            roles = [k for k, cell in enumerate(header) if is_role_column(cell)]
        task_column = _task_column(header, roles)
        while i < len(lines):
            at, line = lines[i]
            cells = [c for _, c in _cells(line)]
            ruled = all(map(_MARKDOWN_RULE.fullmatch, cells))  # blank cells or |---|
            if len(cells) < 2 or ruled:
                if ruled and "|" in line:
                    i += 1  # a rule between rows
                    continue
                following = lines[i + 1][1] if i + 1 < len(lines) else ""
                if rows and rows[-1][2] is header and len(_cells(following)) >= 2:
                    rows[-1] = (rows[-1][0], at + len(line), header, task_column)
                    i += 1  # a cell's text broken onto a line of its own
                    continue
                break
            numbered = header[0] == "序号" and rows and rows[-1][2] is header
            if numbered and not re.match(r"\d{1,4}$", cells[0] or "x"):
                rows[-1] = (rows[-1][0], at + len(line.rstrip()), header, task_column)
            else:  # a row of its own, or a cell broken onto the next line with its cells after
                rows.append((at, at + len(line.rstrip()), header, task_column))
            i += 1
    laid_out: dict[int, list[str]] = {}  # a row's cells, where its lines do not give them
    if not rows:
        for start, end, header, cells in _cell_line_rows(text):
            roles = [k for k, cell in enumerate(header) if is_role_column(cell)]
            rows.append((start, end, header, _task_column(header, roles)))
            laid_out[start] = cells
    if not rows:
        rows = [(a, b, [], 0) for a, b in _numbered_rows(lines)]
    tasks: list[Task] = []
    for start, end, header, task_column in rows:
        row = text[start:end]
        cells = laid_out.get(start) or (
            [c for _, c in _cells(row)] if "\n" not in row else _stacked_cells(row)
        )
        cells = _merged_cells_back([_LINE_TAG.sub("\n", c) for c in cells], header)
        roles = [k for k, cell in enumerate(header) if is_role_column(cell)]
        leads = [k for k in roles if is_role_column(header[k], lead=True)]
        leads.sort(key=lambda k: "牵头" not in header[k])  # 牵头 over 责任, whichever is first
        if len(cells) == len(header) and cells[task_column]:
            ordered = leads[:1] + [k for k in roles if k not in leads[:1]]
            found = column_departments([cells[k] for k in ordered])
            heading = cells[task_column].replace("\n", "")
        else:
            found = _departments(row, row=True)
            heading = next(
                (c for c in re.split(r"[|\t\n]", row) if c.strip(" |") and not c.strip().isdigit()),
                row,
            ).strip()
        span = document.original_span(start, end)
        tasks.append(_task(source, targets, year, span, row, heading, found, []))
    return tasks


_ROW_NUMBER = re.compile(r"\s*\d{1,3}[.．、]?\s*")
_LAID_CELL = re.compile(r"\S+(?:[ \u3000]\S+)*")  # a cell: words a single space apart


def _widths(line: str, wide: bool) -> list[int]:
    """The column each character of ``line`` starts at, a Chinese character (and an
    ideographic space) two columns wide when ``wide``, as a page laid out by width prints it."""
    columns, at = [], 0
    for ch in line:
        columns.append(at)
        at += 2 if wide and unicodedata.east_asian_width(ch) in "WF" else 1
    return columns


def _aligned_row(text: str) -> str | None:
    """A table row laid out with spaces whose cells a page width broke over the lines after
    it (1   推进…，提高   甲局   乙局、丙⏎    签约覆盖率          局): the first line with each
    cell's pieces from the lines below joined on, where every piece of those lines opens at a
    column where a cell of the first line opens (counting a Chinese character one column wide
    or two); None when the lines do not line up so, or the first line has fewer than three
    cells."""
    lines = text.split("\n")
    # (the lines after it indented to their column: lines at the margin are lines of their own)
    if len(lines) < 2 or any(not line.strip() or not line[0].isspace() for line in lines[1:]):
        return None
    for wide in (False, True):
        first = lines[0]
        at = _widths(first, wide)
        opens = [(at[m.start()], m) for m in _LAID_CELL.finditer(first)]
        if len(opens) < 3:
            return None
        # the first cell's text opens after the item's number (1.推进…⏎  签约…) too
        number = _ROW_NUMBER.match(first)
        glued = number is not None and number.end() < opens[0][1].end()
        starts = [(0, at[number.end()])] if number and glued else []
        starts += [(k, o) for k, (o, _) in enumerate(opens)]
        added: dict[int, str] = {}
        for line in lines[1:]:
            line_at = _widths(line, wide)
            for piece in _LAID_CELL.finditer(line):
                column = next(
                    (k for k, o in starts if abs(o - line_at[piece.start()]) <= 1),
                    None,
                )
                if column is None:
                    break
                added[column] = added.get(column, "") + piece.group()
            else:
                continue
            break
        else:
            out, last = [], 0
            for k, (_, cell) in enumerate(opens):
                out += [first[last : cell.end()], added.get(k, "")]
                last = cell.end()
            return "".join(out) + first[last:]
    return None


def _stacked_cells(row: str) -> list[str]:
    """The cells of a row whose cells a page width broke over lines of their own, each line
    with as many bars (or tabs) as the first (1 | 甲任务 | 甲局、乙⏎  |  |  | 局 |, the blank
    cells of the lines after it kept between their bars): each column's pieces joined by their
    line break; [] when the lines do not line up."""
    bar = "|" if "|" in row else "\t"  # (or a tab: 1⇥甲任务⇥甲局、乙⏎⇥⇥⇥局)
    lines = [line.split(bar) for line in row.split("\n")]
    if len(lines[0]) < 3 or any(len(line) != len(lines[0]) for line in lines[1:]):
        return []
    columns = (
        "\n".join(p for p in (line[k].strip() for line in lines) if p) for k in range(len(lines[0]))
    )
    return [c for _, c in _cells("|".join(columns))]


def _merged_cells_back(cells: list[str], header: list[str]) -> list[str]:
    """A row that a merged cell before its number left short (| 3 | 卫生健康 | 指标… | under
    领域 | 序号 | 责任部门 | …): its cells put back under the header, the number under 序号."""
    if not cells or len(cells) > len(header) or "序号" not in header:
        return cells
    before = header.index("序号")
    if before == 0 or not cells[0].isdigit():
        return cells
    if len(cells) == len(header) and not any(cells[-before:]):
        cells = cells[:-before]  # the row's blank cells closing it, where the merged ones were
    return [""] * before + cells if before + len(cells) == len(header) else cells


def _before_department_cell(cell: str) -> str:
    """A row's work without the cells a single space set after it (推进签约服务 县卫健局 县医保局
    2024年底): up to the first that names a department."""
    words = cell.split(" ")
    for k, word in enumerate(words[1:], 1):
        if names_alone(word.strip("，,、")) is not None:
            return " ".join(words[:k]).strip()
    return cell


def _ends_with_department(line: str) -> bool:
    """Whether a row's line closes with a department cell, after the work it states."""
    cells = line.split()
    if cells and cells[0].isdigit():
        cells = cells[1:]  # the row's number
    if len(cells) < 2 or len(cells[0]) < 6 or is_department(_name_of(cells[0])):
        return False
    return is_department(_name_of(cells[-1]))


def _name_of(cell: str) -> str:
    return cell.strip(" |\t、，,。")


def _unnumbered_rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A numbered table row with the rows printed after it that carry no number of their own
    (a row the table left unnumbered: 完成…任务。 各科室): each line that states its work and
    closes with its department cell, after a line that closed with one, is a row of its own."""
    lines = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\n]+", text[start:end])]
    cuts = [start]
    for (before, after), (at, stop) in itertools.pairwise(lines):
        if _ends_with_department(text[before:after]) and _ends_with_department(text[at:stop]):
            cuts.append(at)
    return list(zip(cuts, [*cuts[1:], end], strict=True))


_SENTENCE_END = re.compile(r"[。；;]")
_SPACED_CELL = re.compile(r"[ \t\u3000]+(?P<cell>[^\s|]+)")


def _closed_rows(text: str) -> list[tuple[int, int, DepartmentList]]:
    """A table a conversion ran into one line, cells a space apart, under a header naming
    its role columns (…工作内容 牵头单位 责任单位 … 1 县政府… 爱卫办 各镇区 2 …): each row
    closes with its department cells, names a space apart after the row's last sentence;
    ``(start, end, departments)`` of each row, cut after those names: the rows of the lines
    that hold two such rows at least."""
    rows: list[tuple[int, int, DepartmentList]] = []
    for line in re.finditer(r"[^\n]+", text):
        if not any(is_role_column(c) for c in line.group().split()):
            continue
        cut, found = line.start(), len(rows)
        for end in _SENTENCE_END.finditer(line.group()):
            names, at = [], end.end()
            while cell := _SPACED_CELL.match(line.group(), at):
                name = cell.group("cell").strip("、，,")
                if not names_alone(name) or len(name) > 20:
                    break
                names.append(name)
                at = cell.end()
            if names:
                stop = line.start() + at
                rows.append((cut, stop, DepartmentList(names, names[0])))
                cut = stop
        if len(rows) - found < 2:
            del rows[found:]
    return rows


# A notice's signature: the body issuing it on a line of its own after a blank line at the
# document's end, its date on the line after it or not (…审查批准。⏎⏎某省人民政府办公厅⏎
# 2024年5月6日⏎（此件公开发布）).
_DATE_LINE = (
    r"[\d〇○零一二三四五六七八九十]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日"
)
_SIGNATURE = re.compile(
    r"(?<=[。；;！!）)])[ \t\u3000]*\n[ \t\u3000]*\n[ \t\u3000]*(?P<body>[^\s，,。；;：:、]{2,24})"
    rf"[ \t\u3000]*(?:\n[ \t\u3000]*{_DATE_LINE}[ \t\u3000]*)?"
    # how it is published, after the date: （此件公开发布）
    r"(?:\s*[（(]此件[^（()）\n]{2,10}[)）])?\s*$"
)


def _signature(text: str) -> int:
    """Where a notice's signature starts (see ``_SIGNATURE``), or the text's length."""
    tail = max(0, len(text) - 120)
    match = _SIGNATURE.search(text, tail)
    if match is None or not is_department(match.group("body")):
        return len(text)
    return match.start()


def _document_tasks(source: SourceFile, document: Document, targets: list[Target]) -> list[Task]:
    year = plan_years(document)[1]
    tasks: list[Task] = _role_table_tasks(source, document, targets, year)
    if tasks:
        return tasks
    rows = table_rows(document.text)
    if rows:  # a 责任清单 table: each row is a task
        tasks = []
        for a, b in (piece for row in rows for piece in _unnumbered_rows(document.text, *row)):
            text = document.text[a:b].rstrip(" |\n")
            first, last = document.original_span(a, a + len(text))
            cells = [c.strip() for c in re.split(r"\||\n|\t|\s{2,}", text) if c.strip()]
            heading = re.sub(r"^\d+\s*", "", cells[0]) or (cells[1] if len(cells) > 1 else "")
            heading = _before_department_cell(heading.lstrip("*"))
            found = _departments(text, row=True)
            tasks.append(_task(source, targets, year, (first, last), text, heading, found, []))
        return tasks
    closed = _closed_rows(document.text)
    if closed:  # a table run into one line, each row closing with its department cells
        for a, b, found in closed:
            text = document.text[a:b].strip()
            at = a + document.text[a:b].find(text)
            first, last = document.original_span(at, at + len(text))
            heading = re.sub(r"^[|*\s]*\d{1,3}[、.．]?\s*", "", text)
            tasks.append(_task(source, targets, year, (first, last), text, heading, found, []))
        return tasks
    items: list[_Item] = _items(_parts_folded(document, document.sections), [])
    enclosing: dict[int, DepartmentList | None] = {}  # what each enclosing item names
    layout = document_view(document.text)
    articles = _articles(document.text)
    signed = _signature(document.text)

    def joined(start: int, end: int) -> str:
        """``document.text[start:end]`` with the lines a page width broke joined as the whole
        document's view joins them (an item alone has too few lines to tell the width:
        南陵县⏎卫生健康委员会 is one name)."""
        piece = document.text[start:end]
        if "\n" not in piece.strip():
            return piece
        at = layout.at
        return layout.text[bisect.bisect_left(at, start) : bisect.bisect_left(at, end)]

    def departments(start: int, end: int) -> DepartmentList | None:
        """The departments of ``document.text[start:end]``, read from its lines joined (see
        ``joined``), with the lines as laid out beside them; not the notice's signature."""
        end = min(end, max(start, signed))
        piece = document.text[start:end]
        line_start = document.text.rfind("\n", 0, start) + 1
        laid = _laid_out(document.text[line_start:end], cut=start - line_start)
        if laid is not None:
            return laid
        if "<" in piece and _LINE_TAG.search(piece):
            return _departments(piece)  # a web page's <br>: read as the line break it is
        text = joined(start, end)
        return item_departments(text, piece) if text != piece else item_departments(piece)

    placed: list[tuple[int, int, str, str, DepartmentList | None, list[str]]] = []
    shared = _shared_closings(items)
    titled = (
        _titled_owner(document.text[: _text_index(document, items[0][0].start)]) if items else None
    )
    entries: list[tuple[Section | None, list[Section], DepartmentList | None]] = [*items]
    for section, parents, owner in entries or [(None, [], None)]:
        begin = _text_index(document, section.start) if section else 0
        body = section.text if section else document.text
        if articles and section is not None:
            if any(a <= begin < e for a, _, e, duties in articles if duties):
                continue  # a point of a body's duties, which its article lists (one task)
            # an article opening inside the item ends it (…（六）…任务。⏎第十条 …)
            cut = next((a for a, *_ in articles if begin < a < begin + len(body)), None)
            body = body if cut is None else body[: cut - begin].rstrip()
            if any(a <= begin < e for a, _, e, _ in articles):
                # …（八）乙部门负责…。⏎丙、丁等部门…: a paragraph after a point's closing stop,
                # not numbered, is the article's next paragraph, not more of the point
                point_end = _POINT_CLOSED.search(body)
                body = body if point_end is None else body[: point_end.start() + 1]
        skip = len(section.number or "") if section else 0
        inherited = shared.get(section.start) if section else None
        for parent in reversed(parents if inherited is None else []):
            if parent.start not in enclosing:
                at = _text_index(document, parent.start)
                # without its number: 一、县示范区管委会牵头工作(8项) names the list's lead
                own_start = at + len(parent.number or "")
                enclosing[parent.start] = departments(own_start, at + len(own_text(parent)))
            inherited = enclosing[parent.start]
            if inherited is not None:
                break
        if not parents:
            inherited = inherited or titled
        path = [p.heading for p in parents] + ([section.heading] if section else [])
        numbered = section is not None and section.kind in _NUMBERED and section.ordinal
        after = (
            (_NUMBERED[section.kind], section.ordinal)
            if section is not None and section.kind in _NUMBERED and section.ordinal
            else None
        )
        whole = owner is not None or (section is not None and _role_parts(section))
        spans = [(0, len(body) - skip)] if whole else _inline(body[skip:], after)
        own = None
        if section is not None and section.ordinal and not owner:
            # items numbered on in the item's own style inside its line: (1)…。(2)…, ①…②…,
            # …甲局2.… (more of them than the numbers after a sentence alone)
            continued = _continued(body[skip:], section.kind, section.ordinal)
            if continued is not None and (
                len(continued) > len(spans) or _led_points(body[skip:], continued, section.kind)
            ):
                spans, own, numbered = continued, _OWN_MARKS[section.kind], True
        if len(spans) == 1 and (section is None or section.kind not in _WORK_ITEMS):
            # a heading's or a whole plan's entries; the points of a work item stay its own
            spans = _marked_runs(body[skip:]) or spans
        if section is None:
            # a plan on one line, numbered from 1 in one style on to its end (…方案：1.…甲局2.…),
            # more items so than after sentences alone
            found_run = _run_from_one(body)
            if found_run is not None and len(found_run[0]) > len(spans):
                spans, own, numbered = found_run[0], found_run[1], False
        if len(spans) == 1 and section is None:
            spans = _lone_item(body) or spans
        summary = (
            _role_closed(body[skip:])
            if section is None or section.kind not in _WORK_ITEMS
            else None
        )
        if summary is not None and len(summary) > sum(
            1
            for a, _ in spans
            if _ANY_NUMBER.match(body, skip + a) or _RUN_MARK.match(body, skip + a)
        ):  # more items so than any other reading, its intro aside
            # items of a one-line page, each closing with its own role list (see _role_closed)
            for a, m, b in summary:
                first, last = document.original_span(begin + skip + a, begin + skip + b)
                read = departments(begin + skip + m, begin + skip + b)
                text = body[skip + a : skip + b]
                placed.append((first, last, text, body[skip + m : skip + b], read, path))
            continue
        if len(spans) == 1:
            if section is None:
                continue  # no numbered item anywhere
            found = _with_point_subjects(owner, body[skip:]) if owner else None
            found = found or _joined(departments(begin + skip, begin + len(body)), inherited, body)
            found = _led_by_subject(found, body[skip:]) if found else _subject_of(body[skip:])
            # the title from the item's first line: its heading may stop at a ； in brackets
            line = body[skip:].lstrip().split("\n", 1)[0]
            if found is None and "\n" in body[skip:].strip() and _DUTIES_WORD.search(line):
                # 甲机构、乙机构和丙站工作职责⏎甲机构组织实施…⏎乙机构承担…: the heading's
                # bodies own the duties its lines state
                found = _duties_owner(line)
            first, last = (
                (section.start, section.end)
                if len(body) == len(section.text)
                else document.original_span(begin, begin + len(body))
            )
            pieces = [(first, last, body, line, found)]
        elif closing := _closed_inline(body[skip:], spans):
            first, last = document.original_span(begin, begin + len(body))
            intro = body[skip : skip + spans[0][1]]
            pieces = [(first, last, body, intro, closing)]
        else:
            pieces = []
            for a, b in spans:
                text = body[skip + a : skip + b]
                marked = _INLINE.match(text) or _RUN_MARK.match(text)
                if own is not None and (a > 0 or not numbered):
                    marked = marked or own.match(text)
                marked = marked or (re.match(_CHAPTER_ONE, text) if a > 0 else None)
                if not marked and numbered and a == 0:  # the item itself, continued inline
                    first, last = document.original_span(begin, begin + skip + b)
                    found = departments(begin + skip + a, begin + skip + b)
                    found = _joined(found, inherited, text) or _subject_of(text)
                    pieces.append((first, last, body[: skip + b], text, found))
                    continue
                if not marked:  # the item's own heading and introduction
                    a += _last_article(body[skip + a : skip + b])
                    inherited = departments(begin + skip + a, begin + skip + b) or inherited
                    continue
                first, last = document.original_span(begin + skip + a, begin + skip + b)
                found = departments(begin + skip + a + marked.end(), begin + skip + b)
                found = _joined(found, inherited, text) or _subject_of(text[marked.end() :])
                pieces.append((first, last, text, text[marked.end() :], found))
        placed.extend((*piece, path) for piece in pieces)
    if items:
        placed[:0] = _rows_before(document, _text_index(document, items[0][0].start), departments)
    if articles:
        placed.extend(_article_tasks(document, articles, (departments, joined), placed))
        placed.sort(key=lambda piece: piece[0])
    spans = [
        (_text_index(document, first), _text_index(document, last)) for first, last, *_ in placed
    ]
    boxes = _roles_first(document.text, spans)
    by_number = _by_number([(text, path) for _, _, text, *_, path in placed])
    paths = [path for *_, path in placed]
    owners = _owner_lines(document.text, spans, paths)
    run_owned = False  # the run's first item stands under a body's line: those lines head lists
    for k, (first, last, text, heading, found, path) in enumerate(placed):
        if k == 0 or paths[k][:-1] != paths[k - 1][:-1]:
            run_owned = owners[k] is not None
        next_owner = owners[k + 1] if k + 1 < len(placed) else None
        heads_next = next_owner is not None and next_owner is not owners[k]
        # the next list numbers from its first number (…⏎乙局⏎1.…), or on (【乙局】⏎3.…) under
        # a run whose first list had its body's line too; a line of a name after an item that
        # opens no run of owners is the item's own department cell (1.…⏎甲局⏎2.…⏎乙局)
        heads_next = heads_next and (run_owned or bool(_FIRST_NUMBER.match(placed[k + 1][2])))
        if not boxes and path and (owners[k] is not None or heads_next):
            # under a body named above its list, the item's own departments, else the body's
            # (not the heading's, whose text ends with that line); an item whose last line
            # names the body of the next list (…。⏎乙局⏎1.…) is read without that line
            a = spans[k][0]
            item = document.text[a : spans[k][1]].rstrip()
            if heads_next and _owner_line(item.rsplit("\n", 1)[-1]) is not None:
                item = item.rsplit("\n", 1)[0]
            number = _LIST_NUMBER.match(item)
            found = departments(a + (number.end() if number else 0), a + len(item)) or owners[k]
        found = boxes[k] if boxes else found
        found = by_number.get(k, found)
        tasks.append(_task(source, targets, year, (first, last), text, heading, found, path))
    return tasks


# Items of a list a closing line names by their numbers: 第1-2项, 第3、5项, 1至3项, 第4项
_ITEM_REF = re.compile(
    r"第?\d{1,2}(?:\s*(?:[-—–~至、和及]|[，,]第)\s*第?\d{1,2})*\s*项(?:任务|工作)?"
)


# How many items above a line its bodies answer for: （以上两项）, 上述3项
_ITEMS_ABOVE = re.compile(r"(?:以上|上述)([两二三四五六七八九十]|\d{1,2})项")


def _referred(ref: str) -> list[int]:
    """The item numbers a reference names, ranges spelt out (第1-3、5项 → 1, 2, 3, 5)."""
    numbers: list[int] = []
    for part in re.finditer(r"(\d{1,2})(?:\s*[-—–~至]\s*第?(\d{1,2}))?", ref):
        low = int(part.group(1))
        numbers += range(low, int(part.group(2) or low) + 1)
    return numbers


def _by_number(placed: list[tuple[str, list[str]]]) -> dict[int, DepartmentList]:
    """The departments a run's closing line gives its items by their numbers (1.…⏎2.…⏎3.…⏎以上
    第1-2项由甲局负责，第3项由乙局负责): ``{index: departments}`` of the items of the run that
    holds that line, every reference naming its bodies; ``placed`` is each item's (text, path)."""
    found: dict[int, DepartmentList] = {}
    for k, (text, path) in enumerate(placed):
        lines = text.rstrip().rsplit("\n", 1)
        if len(lines) < 2 or "项" not in lines[1] or not _STANDALONE.match(lines[1]):
            continue
        line = lines[1]
        above = _ITEMS_ABOVE.search(line)
        counted = cn_to_int(above.group(1)) if above else None
        if counted and counted <= k + 1 and (named := item_departments(line)) is not None:
            # 责任单位：甲局（以上两项）: the line's bodies are the last items' of the run
            run = [j for j in range(k - counted + 1, k + 1) if placed[j][1][:-1] == path[:-1]]
            found.update((j, named) for j in run if len(run) == counted)
            continue
        refs = list(_ITEM_REF.finditer(line))
        # the numbers in brackets after the names (甲局（第1、2项）、乙局（第3项）), or before them
        after = bool(refs) and all(line[r.start() - 1 : r.start()] in ("（", "(") for r in refs)
        shares: dict[int, DepartmentList] = {}
        for i, ref in enumerate(refs):
            if after:
                opening = refs[i - 1].end() + 1 if i else 0
                piece = line[opening : ref.start() - 1]
            else:
                piece = line[ref.end() : refs[i + 1].start() if i + 1 < len(refs) else len(line)]
            named = item_departments(piece.strip("、，,；;。 \t"))
            if named is None:
                break
            shares.update((n, named) for n in _referred(ref.group()))
        else:
            j = k
            while j >= 0 and placed[j][1][:-1] == path[:-1]:
                number = _LIST_NUMBER.match(placed[j][0])
                value = number_value(number.group()) if number else None
                if value in shares:
                    found[j] = shares[value]
                j -= 1
    return found


# Roles that support the one who leads, and the words that name a lead.
_SUPPORT = re.compile(
    r"(?:配合|协办|协助|协同|协作|参与)(?:单位|部门|科室|处室)\s*[:：]"  # 配合单位：乙局
    r"|(?:配合|协办|协助|参与)\s*[)）〕】]"  # （乙局配合）: not 加强部门协同配合
)
_LEADING = re.compile(r"牵头|负责|责任|主责|主办|承办|落实单位|实施单位")


def _joined(
    found: DepartmentList | None, inherited: DepartmentList | None, text: str
) -> DepartmentList | None:
    """An item's departments with what the enclosing item names: the enclosing item's alone
    when the item names none, and its lead before the item's names when the item names only
    those who support (一、…（牵头单位：甲局）⏎2.…（配合单位：乙局）: 甲局 leads, 乙局 supports)."""
    if found is None or inherited is None:
        return found or inherited
    if not _SUPPORT.search(text) or _LEADING.search(text):
        return found
    names = [*inherited.names, *(n for n in found.names if n not in inherited.names)]
    return DepartmentList(names, inherited.lead, found.rejected)


def _titled_owner(before: str) -> DepartmentList | None:
    """The body a line of its own names just above a plan's first numbered item, over the
    list's title or alone (市卫生局⏎2011年重点工作目标责任书⏎1、…): the owner of items that
    name no one."""
    lines = [line.strip() for line in before.rstrip().split("\n")[-3:] if line.strip()]
    for line in reversed(lines[-2:]):
        if len(line) <= 20 and not re.search(r"[\s，,。；;：:、]", line):
            found = names_alone(line)
            if found is not None and len(found.names) == 1 and opening_subject(line + "。负责"):
                return found
    return None


def _owner_lines(
    text: str, spans: list[tuple[int, int]], paths: list[list[str]]
) -> list[DepartmentList | None]:
    """The body each item's list stands under when a line of its own names it just above the
    list's first item (二、部门职责⏎市海洋渔业局：⏎1.…⏎2.…⏎市港航中心：⏎1.…): the owner of
    the items after it that name no one, up to the next such line or the next heading."""
    owners: list[DepartmentList | None] = []
    current: DepartmentList | None = None
    for k, (start, _) in enumerate(spans):
        if k > 0 and paths[k][:-1] != paths[k - 1][:-1]:
            current = None  # another heading: its lists have owners of their own
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip():
            above = _lines_above(text, line_start, 2)
            owner = _owner_line(above[0]) if above else None
            # one name alone, not the last of a column of names one a line (a table's cell)
            if owner is not None and len(above) > 1 and names_alone(above[1].strip()):
                owner = None
            current = owner or current
        elif text[start - 1] in "：:":  # the body opening the list's line: 甲局：1.…2.…
            current = _owner_line(text[line_start:start]) or current
        owners.append(current)
    return owners


# The first number of a list: 1. 1、 (1) （一） 一、 ①; and any number opening an item.
_FIRST_NUMBER = re.compile(rf"\s*{first_of(*ITEM_STYLES)}")
_LIST_NUMBER = re.compile(rf"^\s*{either(*ITEM_STYLES)}")


def _lines_above(text: str, end: int, count: int) -> list[str]:
    """Up to ``count`` lines that are not blank above the line starting at ``end``, nearest
    first."""
    found: list[str] = []
    while end > 0 and len(found) < count:
        start = text.rfind("\n", 0, end - 1) + 1
        if text[start : end - 1].strip():
            found.append(text[start : end - 1])
        end = start
    return found


_OWNER_END = re.compile(
    r"(?:[局委办厅部院心府所站队处室科会社联司组门位构]|职责|任务)(?:是|为|如下)?$"
)


# The role a body's line above its list states (甲局负责：⏎1.…, 乙局主要负责以下工作：)
_OWNER_ROLE = scanning(
    r"(?<=[\u4e00-\u9fff]{2})(?:主要|具体)?(?:负责|牵头|承担)(?:以下|如下|下列)?(?:工作|事项|任务)?$"
)


_BOXED_LINE = re.compile(r"【([^【】]{2,30})】")


def _owner_line(line: str) -> DepartmentList | None:
    """The body a line names and nothing else (市港航中心：, 县卫健局职责, 【县卫健局】), else
    None."""
    boxed = _BOXED_LINE.fullmatch(line.strip())
    line = boxed.group(1) if boxed else line
    bare = _OWNER_ROLE.sub("", line.strip().rstrip(_HEADING_END))
    if not bare or len(bare) > 30 or not _OWNER_END.search(bare):
        return None  # the cheap test first: most lines before an item are work, not a name
    bare = _DUTIES_WORD.sub("", bare)
    # bodies listed before a colon own the list together (甲局、乙局：⏎1.…); a line of names
    # without it is the last item's department cell
    listed = line.rstrip().endswith(("：", ":")) and "、" in bare
    inside = r"[\s，,。；;：:]" if listed else r"[\s，,。；;、：:]"
    if not bare or len(bare) > 25 or re.search(inside, bare) or _INLINE.match(bare):
        return None
    found = names_alone(bare)
    if found is None or (len(found.names) != 1 and not listed):
        return None
    if listed and any(is_collective(n) for n in found.names):
        return None  # 各区卫生健康局、各有关单位：⏎1.…: a notice's addressees, not a list's owners
    if not opening_subject(bare + "。负责"):
        return None
    name = found.names[0]
    if name.endswith(("单位", "部门")) and (is_collective(name) or name.endswith("成员单位")):
        return None  # 成员单位职责, 相关部门: each point names its own body, no one owns the list
    return found


def _line_before(text: str, start: int) -> str:
    """What stands before ``start`` on its line, or the line before when nothing does."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return text[line_start:start]
    before = text[:line_start].rstrip()
    return before[before.rfind("\n") + 1 :]


def _roles_first(text: str, spans: list[tuple[int, int]]) -> list[DepartmentList] | None:
    """The departments of each item of a plan that names them on a role line before the item
    (【牵头单位：甲局；配合单位：乙局】⏎1.推进… or on the item's line, before its number): the
    line before the first item is such a line, every other item's last line is one, and no item
    names departments in its own text. None for any other plan."""
    if len(spans) < 2:
        return None
    first = role_line_departments(_line_before(text, spans[0][0]))
    if first is None:
        return None
    found = [first]
    for k, (a, b) in enumerate(spans):
        lines = text[a:b].rstrip().split("\n")
        box = role_line_departments(lines[-1]) if len(lines) > 1 else None
        own = "\n".join(lines[:-1]) if box is not None else text[a:b]
        if item_departments(own) is not None or (box is None) != (k == len(spans) - 1):
            return None  # the last item's line names the next item's departments, no other
        if box is not None:
            found.append(box)
    return found


# A box of roles before the work: 【责任单位：甲局】推进…
_LEADING_ROLES = re.compile(
    r"^[【\[〔（(][^】\]〕)）]*(?:单位|部门|牵头|负责)[^】\]〕)）]*[】\]〕)）]\s*"
)


def _title(heading: str) -> str:
    """The work a task's heading states: its first sentence (a ； inside the brackets of a
    role note ends none), without the roles or departments noted before or after it."""
    title = split_outside_brackets(heading.strip(), "。；;？?！!\n\t")[0][1]
    title = _LEADING_ROLES.sub("", title) or title
    title = _TITLE_ROLES.sub("", title) or title  # 推进…（市卫健委负责）: the title is the work
    found = parenthesised_departments(title) if title.endswith(("）", ")", "〕", "】")) else []
    if found and found[-1][1] == len(title) and found[-1][0] > 0:
        before = title[: found[-1][0]]
        if not any(is_department(before[-n:]) for n in range(3, 7)):
            title = before  # 加强执法〔甲局、乙局〕, not 建设服务站(村卫生室): the other name
    return title


def _task(
    source: SourceFile,
    targets: list[Target],
    year: int | None,
    span: tuple[int, int],
    text: str,
    heading: str,
    found: DepartmentList | None,
    path: list[str],
) -> Task:
    first, last = span
    due_text, due = due_date(text, year)
    title = _title(heading)
    inside = [
        i
        for i, target in enumerate(targets)
        if target.source and first <= target.source.start < last
    ]
    if found is not None and (joined := partners(text, found.names)):
        found = DepartmentList([*found.names, *joined], found.lead, found.rejected)  # 会同乙局
    # 市和区人民政府: each level's body; 有关部门: none named
    found = (
        named_once(without_guided(without_unnamed(each_level(found), text), text))
        if found
        else None
    )
    names = found.names if found else []
    for i in inside:
        if names and not targets[i].departments:
            targets[i].departments = list(names)
    return Task(
        title=title.strip().rstrip("。；;，,")[:200],
        text=text,
        lead_department=found.lead if found else None,
        departments=names,
        rejected_departments=[name for name, _ in found.rejected] if found else [],
        due=due,
        due_text=due_text,
        target_ids=inside,
        source=quote(source, span, path),
    )


def _text_index(document: Document, original: int) -> int:
    """The index in ``document.text`` of the character at ``original``."""
    return bisect.bisect_left(document.offsets, original)
