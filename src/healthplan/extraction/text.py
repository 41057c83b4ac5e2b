"""The text the extraction rules read, and how they walk it.

:class:`View` is a document's normalised text with what page layout did to it undone: spaces
inside a number or between a number and its unit (``建成 3 个``, ``2 至 4 家``, ``9 5 %``,
left by PDF and Word conversions) are removed, and a line break inside a sentence
(``孕产妇系统管⏎理率``) is dropped, while a break before a numbered item, a labelled field
(``配合单位：``), an indented paragraph or a table row is kept; a full stop of the wrong width
(``26%以上.城乡…``, ``25。4%``) is read as the one meant. Every character of the view
knows its offset in the document's text, so a quote still points into the original file.
(Full-width forms, ideographic spaces, traditional characters and pinyin annotations are
folded by the documents stage already.)

Then: sentences (the documents stage's splitter), clauses, the one bracket-aware splitter
and the section path of a position.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, pairwise

from healthplan.documents import Document, Section, SourceFile, marker, sentence_spans
from healthplan.extraction.numbers import UNIT_BRACKET_END
from healthplan.extraction.scanning import scanning
from healthplan.model.plan import SourceRef

__all__ = [
    "EACH_LEVEL",
    "Piece",
    "SectionIndex",
    "View",
    "clauses",
    "own_text",
    "quote",
    "sentences",
    "split_outside_brackets",
    "table_rows",
    "unbroken",
    "view",
    "years_told",
]

OPENING, CLOSING = "(（《“「【〔[", ")）》”」】〕]"
_SHORT_QUOTE = 20  # “…” longer than this quotes a passage, whose commas end clauses
_SPACE = "[ \t\u3000\xa0]+"
_CJK = "\u4e00-\u9fff"
# A numbered item written as a sentence (1.…、…), not a heading: its line break is layout.
_ITEM_PROSE = re.compile(r"^\d{1,2}[.．、](?!\d)[^。；;：:]*[，,、]")
# Layout spaces: between digits, a digit and a unit or word, a word and a digit.
# It opens with a lookahead for the space every match begins with (so does _WORD_SPACE): else
# each of its ways, opening with a lookbehind, is tried at every character of a line (7 times
# the time, a tenth of the view's); the matches are the same.
_LAYOUT_SPACE = re.compile(
    r"(?=[ \t\u3000\xa0])"
    rf"(?:(?<=\d){_SPACE}(?=\d{{3}}(?!\d)|[%‰{_CJK}/])|(?<=[{_CJK}（(]){_SPACE}(?=\d)|(?<=\d\.){_SPACE}(?=\d)"
    rf"|(?<=\d){_SPACE}(?=\.\d)|(?<=\d){_SPACE}(?=(?:\d{_SPACE}?)+[%‰])"
    rf"|(?<=\d[%‰]){_SPACE}(?=[{_CJK}]))"  # …占全市的 50% 以上: the rate's suffix, set apart
)
# Rows of a 责任清单 table: cells split by | (one a line or several), or a line opening with
# its 序号 and a space (85 新增托育机构2所以上。 县卫健委 有关乡镇).
# a row's number, then its first cell (which may open with an age: 2    3岁以下儿童…)
_ROW_LINE = re.compile(r"^[ \t]*\d{1,3}[ \t]+(?=[^\s\d|]|\d+(?:[-—~～]\d+)?[\u4e00-\u9fff])", re.M)
_STOP_END = scanning(r"(?:[。；;！？!?：:]|\.{3}|…)\s*$")  # a lead cut short (…) ends too
_PROSE = re.compile(r"[，,、；;]")
_OPEN_END = re.compile(r"[，,、（(“《]\s*$")
# A line that is a field of its own: 配合单位：…, 完成时限：…
_FIELD = re.compile(r"^\s*[^，,。；;\s]{1,8}[：:]")
# A line ending with a verb that compares or changes: its value is on the next line.
_VERB_END = scanning(
    r"(?:达到|控制在|保持在|稳定在|维持在|提高到|提升到|提高至|提升至|降低到|降低至|下降到|下降至|降至|降到"
    r"|不低于|不少于|不超过|不高于|超过|低于|[≥≤])\s*$"
)
# A line opening on the last characters of an indicator's name, then its verb or value
_HEAD_TAIL = re.compile(
    rf"[{_CJK}]{{0,2}}(?:率|比例|比重)(?:达到|达|为|控制|保持|稳定|提高|下降|降低|不低于|不高于|[≥≤]|\d)"
)
_CJK_END = re.compile(f"[{_CJK}]\\s*$")
# (一)孕产妇死亡率⏎控制在…: a measure named, then the verb that gives its value
_MEASURE_THEN = re.compile(r"(?:率|比例|比重|人数|寿命)\s*$")
_VERB_OPENS = re.compile(
    r"(?:分别|均|要|应)?(?:达到|控制在|保持在|稳定在|维持在|提高到|提升到|降低到|下降到|降至|不低于|不超过)"
)
_VALUE_AFTER = re.compile(r"\s*[\d≥≤]")
# Each place of a level (各镇, 各县（市、区）): a count shared out among them, each place named
# before its own value after a colon (…各镇应检人数：甲镇136对、乙镇115对)
EACH_LEVEL = re.compile(
    r"各(?:乡镇|镇场?|乡|街道|县[（(]市、?区[)）]|县市区|县区|区县|市|区|县|村|社区|单位|地)"
)
# a place's name then its value (甲镇136对), not a measure stated (住院分娩率为90)
_PLACE_VALUE_AFTER = re.compile(
    r"\s*(?![^\d]*?[率为达到])[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,11}\d"
)
# A single space between two Chinese characters of a line of prose: where a PDF line was
# justified (城、乡 居民健康素养水平, 巩固提升 国家卫生城市); table cells keep theirs, and so
# does a space after the name of a body (市财政局 市医保局 are two, written apart).
_BODY_END = "局委办院府会心站所部厅处科队"
_WORD_SPACE = re.compile(rf"(?=[ \u3000])(?<=[{_CJK}、])(?<![{_BODY_END}])[ \u3000](?=[{_CJK}])")
_TABLE_CELLS = scanning(r"\t|\||[\u2500-\u257f]| {2,}\S.* {2,}\S")  # also a text table's │ ┼ ─
# Punctuation a conversion or a typist put in the wrong width: a half-width full stop between
# Chinese words ends a sentence (…提高到26%以上.城、乡…), a Chinese full stop between the
# digits of a rate is a decimal point (素养水平提升到25。4%).
_WRONG_STOP = scanning(
    rf"(?<=[{_CJK}%‰])\.(?=[ \t\u3000]*[{_CJK}（(])|(?<=\d)。(?=\d{{1,2}}[%‰](?![{_CJK}]))"
)

# A full stop glued to a rate and followed by what goes on with it (控制在14.9%。以内，比…;
# 分别降至12%。和14%。): the ‰ of an old typesetting a conversion cut in two, no sentence end.
_RATE_STOP = scanning(r"(?<=\d[%‰])。(?=以内|以下|左右|[和及、，,；;])")

# A financial or school year over two calendar years (2014/15年度, 2017/18学年): the year it
# opens, as the past year a figure is compared with (较2014年的…, 由2017年约…), not a number
# and a name ending in /15年度. A span of them (2022至23年度的工作计划, 2019/20至2021/22年度…内) is
# the year it ends in (README, stop 33: a financial year dates a target by the year it ends,
# as a period by its last year), so that its numbers are no value and 至23 no year 2023.
_FISCAL_YEAR = scanning(
    r"(?<!\d)(?:(?P<span>20\d\d(?:/\d\d)?[ \t]*至[ \t]*(?:20)?\d\d(?:/\d\d)?)"
    r"|(?P<year>20\d\d)[ \t]*/[ \t]*\d\d)[ \t]*(?:年度|学年)"
)


def _year_told(match: re.Match[str]) -> str:
    if match["year"]:
        return match["year"] + "年"
    return f"20{match['span'][-2:]}年度"


def years_told(text: str) -> str:
    """``text`` with its financial and school years read as the view reads them (2014/15年度 →
    2014年; a programme's 2019至2020年度 → 2020年度), for what reads a document's own text."""
    if "年度" not in text and "学年" not in text:
        return text
    return _FISCAL_YEAR.sub(_year_told, text)


# A sign a conversion turned into another: ℅ (care of, beside ％ in Chinese input methods)
# after a number is a per cent (阳性率不超过3℅); a ``?`` between an indicator and a number is
# a comparator the page lost (知晓率?80%), read as the floor or ceiling its indicator implies.
_CARE_OF = re.compile(r"(?<=\d)℅")
_LOST_SIGN = re.compile(rf"(?<=[{_CJK}）)])\?(?=\s*\d)")
_FALLING_BEFORE = re.compile(
    r"(?:死亡|发病|患病|感染|阳性|密度|不合格|超标|吸烟|肥胖|超重|近视|事故|传播|缺陷|漏报|迟报)"
    r"[\u4e00-\u9fff]{0,6}$"
)


# What a scraper left of a page's markup (</font>, <br/>, a tag cut to /font>): no text, and
# its > is no comparator.
_TAG = re.compile(
    r"(?:</?|/)(?:font|span|p|br|div|strong|em|b|i|u|td|tr|th|table|a|img|sup|sub|li|ul)"
    r"(?:\s[^<>\n]{0,60})?/?>",
    re.I,
)


# An item number glued to the value after it (3.…⏎4.40%的社区…): read as 4．40%.
_GLUED_ITEM = re.compile(r"^[ \t\u3000]*(\d{1,2})\.(?=\d)", re.M)
_GLUED_ANY = scanning(r"(?:^|\n)[ \t\u3000]*\d{1,2}\.\d")
_ITEM_NUMBER = re.compile(r"^[ \t\u3000]*(\d{1,2})[.．、](?!\d)", re.M)


def _glued_items(text: str) -> list[tuple[int, int, str]]:
    """The full stops of item numbers glued to a value: a line opening ``N.`` and a digit
    where the lines before number an item N-1 (or the line after N+1)."""
    if not _GLUED_ANY.search(text):
        return []
    glued = list(_GLUED_ITEM.finditer(text))
    numbered = {int(m.group(1)): m.start() for m in [*glued, *_ITEM_NUMBER.finditer(text)]}
    if not any(_ITEM_NUMBER.finditer(text)):
        return []  # a numbering of some items written apart (1.…) must show
    edits = []
    for m in glued:
        n = int(m.group(1))
        before = numbered.get(n - 1, len(text)) < m.start()
        after = numbered.get(n + 1, -1) > m.start()
        if before or after:
            edits.append((m.end() - 1, m.end(), "．"))
    return edits


# Numbered items run together on one line (1.开展…;2.新建12个…;3.100%比例…): a number glued to
# the value after it (3.100%) is the item's; in a table's cell, each ; before the next item's
# number parts two items of the cell, not two sentences, so that the row stays one.
_RUN_ITEM = re.compile(r"[;；][ \t\u3000]*(\d{1,2})([.．、])")
_RUN_OPENS = re.compile(r"(?:^|(?<=[|\t]))[ \t\u3000]*1[.．、](?!\d)")


def _run_items(text: str) -> list[tuple[int, int, str]]:
    """The full stop of an item number glued to a digit (3.100%) after a ; where the items of
    a line or of a table's cell run 1, 2, 3 …, read as ``．`` (as :func:`_glued_items` reads a
    line's opening one); in a cell (a line with a bar or a tab) each such ; is read as a comma."""
    edits: list[tuple[int, int, str]] = []
    position = 0
    for line in text.split("\n"):
        if ";" in line or "；" in line:
            celled = "|" in line or "\t" in line
            for opening in _RUN_OPENS.finditer(line):
                bar = re.search(r"[|\t]", line[opening.end() :]) if celled else None
                stop = opening.end() + bar.start() if bar else len(line)
                expected = 2
                for item in _RUN_ITEM.finditer(line, opening.end(), stop):
                    if int(item.group(1)) != expected:
                        break
                    expected += 1
                    if celled:
                        edits.append((position + item.start(), position + item.start() + 1, "，"))
                    if item.group(2) == "." and line[item.end() : item.end() + 1].isdigit():
                        edits.append((position + item.start(2), position + item.end(2), "．"))
        position += len(line) + 1
    return edits


# A list numbered by bare numbers and a space (01 新改扩建公办幼儿园11所⏎02 …), outside a
# table (whose rows open so too, under 序号): the number is the item's, not a value.
_BARE_ITEM = re.compile(r"^[ \t\u3000]*(\d{1,3})([ \t\u3000]+)(?=[\u4e00-\u9fff“「《(（])", re.M)


def _bare_items(text: str) -> list[tuple[int, int, str]]:
    """The spaces after bare item numbers, read as ``、``: a line opening ``N`` and a space
    where another line so opens with N-1 or N+1, three such lines at least."""
    if "序号" in text:
        return []
    found = list(_BARE_ITEM.finditer(text))
    if len(found) < 3:
        return []
    numbers = {int(m.group(1)) for m in found}
    return [
        (*m.span(2), "、")
        for m in found
        if int(m.group(1)) - 1 in numbers or int(m.group(1)) + 1 in numbers
    ]


# Width and separators the documents stage leaves: a full-width, division or fraction slash
# (10／10万, 0.13∕10万) and point between digits (3．2人), a thousands comma (5,000张) — which
# would end a clause.
_SLASHES = "／∕⁄"
_WIDE_SLASH = re.compile(f"[{_SLASHES}]")
_WIDE_POINT = re.compile(r"(?<=\d)．(?=\d)")
_THOUSANDS = scanning(r"(?<=\d),(?=\d{3}(?![\d.]))")
# A dollar sign before a sum (增至$2500, HK$2,500) stands between the verb and the number: left
# out, the sum is read as a bare number, as the dev gold records it
_DOLLAR = re.compile(r"(?:HK|港)?\$(?=\d)")


def _sign_edits(text: str) -> list[tuple[int, int, str]]:
    # each pattern only where its character is: most texts have none of them
    edits = [(m.start(), m.end(), "") for m in _TAG.finditer(text)] if ">" in text else []
    if "年度" in text or "学年" in text:
        edits += [(*m.span(), _year_told(m)) for m in _FISCAL_YEAR.finditer(text)]
    if any(slash in text for slash in _SLASHES):
        edits += [(m.start(), m.end(), "/") for m in _WIDE_SLASH.finditer(text)]
    if "．" in text:
        edits += [(m.start(), m.end(), ".") for m in _WIDE_POINT.finditer(text)]
    if "," in text:
        edits += [(m.start(), m.end(), "") for m in _THOUSANDS.finditer(text)]
    if "$" in text:
        edits += [(m.start(), m.end(), "") for m in _DOLLAR.finditer(text)]
    if "℅" in text:
        edits += [(m.start(), m.end(), "%") for m in _CARE_OF.finditer(text)]
    if "?" not in text:
        return edits
    for m in _LOST_SIGN.finditer(text):
        falling = _FALLING_BEFORE.search(text, max(0, m.start() - 12), m.start())
        edits.append((m.start(), m.end(), "≤" if falling else "≥"))
    return edits


# a numbered row with its cells closed by bars, four of them or more (a report's table of tasks)
_BARRED_ROW = re.compile(r"\d{1,3}\s*\|(?:[^|\n]*\|){3,}")


def _table_like(line: str) -> bool:
    """Cells, not prose: a sentence may only be the last cell, a note after a row of values
    (1	…率（%）	52.7	≤50	约束性	说明：…。)."""
    if not _TABLE_CELLS.search(line.strip()):
        return False
    if not re.search("[。；]", line):
        return True
    if _BARRED_ROW.fullmatch(line.strip()):
        return True  # 2 | 新增托位800个 | 新增托位860个，其中…。 | 超额完成 |: a sentence a cell
    head = line.rstrip()[: line.rstrip().rfind("\t")] if "\t" in line.strip() else ""
    return head.count("\t") >= 3 and not re.search("[。；]", head)


def _wrap_width(lines: list[str]) -> int:
    """The width a wrapped text was cut at: the length most full lines share (0 if none)."""
    lengths = sorted(len(line.strip()) for line in lines if len(line.strip()) >= 15)
    if len(lengths) < 4:
        return 0
    top = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if n >= top - 2)
    return top if near >= max(3, len(lengths) // 5) else 0


# A paragraph of its own: one sentence or more, ended by its full stop
_PARAGRAPH = re.compile(r"[^\n]{12,}。\s*")
_COUNT_IN_ITEM = re.compile(rf"\d\s*[{_CJK}%]")  # a figure the item names (27个, 150张)


def _joins(line: str, following: str, width: int) -> bool:
    """Whether the break between ``line`` and ``following`` is inside a sentence."""
    text, after = line.strip(), following.rstrip()
    if not text or not after.strip() or _STOP_END.search(text):
        return False
    if after[:1] in " \t\u3000" and len(after) - len(after.lstrip()) >= 2:
        return False  # an indented paragraph
    nxt = after.lstrip()
    if marker(nxt) or _FIELD.match(nxt) or _table_like(line) or _table_like(nxt):
        return False
    full = width and len(text) >= width - 2
    if _VERB_END.search(text) and not marker(text):
        return True  # 婴儿死亡率控制在⏎5‰以下: the value is on the next line
    if _ITEM_PROSE.match(text):
        # 9.高血压、2型糖尿病患者基层规⏎范管理服务率…: a numbered sentence goes on — but in a text
        # no width wrapped, an item naming its figures over a whole paragraph of its own is a
        # heading (4.开办27个暑托班、10个寒托班⏎1月20日起，…开办寒托班10个班级。)
        counted = _COUNT_IN_ITEM.search(text, 2) is not None
        return bool(width) or not (counted and _PARAGRAPH.fullmatch(nxt))
    if _CJK_END.search(text) and _HEAD_TAIL.match(nxt) and not marker(text):
        return True  # 孕产妇系统管⏎理率达到95%: no line opens on the end of a rate's name
    if _MEASURE_THEN.search(text) and _VERB_OPENS.match(nxt):
        return True
    if (_VERB_END.search(text) or text.endswith("达")) and _VALUE_AFTER.match(nxt):
        return True  # 1、…建档率达⏎99%: a value cut from its verb, a numbered item's too
    if marker(text) or _FIELD.match(text):
        return bool(full or _OPEN_END.search(text))  # a heading or field line ends here
    return bool(full or _OPEN_END.search(text) or _PROSE.search(text))


def table_rows(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each row of the numbered tables in ``text``: a header with 序号,
    then rows that open with their number, its cells split by ``|`` or one a line (several
    lines a row), or a row a line (85 新增托育机构2所以上。 县卫健委 …)."""
    rows: list[tuple[int, int]] = []
    headers = [m.start() for m in re.finditer("序号", text)]
    for header, stop in zip(headers, [*headers[1:], len(text)][: len(headers)], strict=True):
        rows.extend(_table(text, header, stop))
    return rows


def _table(text: str, header: int, stop: int) -> list[tuple[int, int]]:
    line_end = text.find("\n", header, stop)
    piped = text.count("|", header, stop) >= 8
    if piped:
        # a row a line with no bar at its ends (序号 | … ⏎1 | …): the break parts two cells too
        found = re.finditer(r"[^|\n]+", text[header:stop])
        cells = [(header + m.start(), m.group()) for m in found if m.group().strip()]
        stop = text.rfind("|", header, stop) + 1  # the table ends with its last cell
    elif not text[header + 2 : line_end if line_end > 0 else stop].strip():
        cells = [(header + m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[header:stop])]
        cells = [(at, c) for at, c in cells if c.strip()]
    else:
        header_line = text[text.rfind("\n", 0, header) + 1 : line_end if line_end > 0 else stop]
        if len(_SPACED_CELLS.split(header_line.strip())) >= 4:  # 类别  序号  指标  单位 …
            lines_found = list(re.finditer(r"[^\n]+", text[line_end + 1 : stop]))
            spaced = [m.group() for m in lines_found]
            # a row's line, or its first when a conversion cut its name (2  每千人口执业（助理）⏎
            # 医师数  人  2.6  3.2): the line after it goes on with the row
            cut = [
                i + 1 < len(spaced) and _cut_row(line, spaced[i + 1])
                for i, line in enumerate(spaced)
            ]
            rows = [
                line_end + 1 + lines_found[i].start()
                for i, line in enumerate(spaced)
                if cut[i] or (_spaced_row(line) and not (i and cut[i - 1]))
            ]
            if len(rows) > 1:  # a row a line, a category cell before some 序号: each line a row
                return list(zip(rows, [*rows[1:], stop], strict=True))
        lines = [m.start() for m in _ROW_LINE.finditer(text, header, stop)]
        return list(zip(lines, [*lines[1:], stop], strict=True)) if len(lines) > 1 else []
    columns = next((i for i, (_, c) in enumerate(cells) if c.strip().isdigit()), 0)
    starts: list[int] = []
    last, previous = -columns, -1
    for i, (at, cell) in enumerate(cells):
        number = cell.strip()
        if not (number.isdigit() and len(number) <= 4) or i - last < 2:
            continue
        near = i - last < max(columns - 2, 3)  # a narrow table's value is no row number
        after = cells[i + 1][1].strip() if i + 1 < len(cells) else ""
        valued = bool(re.fullmatch(r"[-—≥≤<>]?[\d.]+%?", after))
        if near and (valued or _next_number_near(cells, i, last + columns, int(number) - 1)):
            continue  # a value cell that reads as the next 序号: a value or the 序号 follows
        onward = int(number) > previous or int(number) == 1  # numbering goes on, or restarts
        far = not near and onward and not _next_number_near(cells, i, last + columns, previous)
        if int(number) == previous + 1 or far:  # the next 序号, or far (a merged cell)
            starts.append(at + len(cell) - len(cell.lstrip()))
            last, previous = i, int(number)
    # a table of cells may hold one row (its header repeated after a page break), or none
    return list(zip(starts, [*starts[1:], stop], strict=True)) if starts else []


_SPACED_CELLS = re.compile(r"\t+|\s{2,}")


def _spaced_row(line: str) -> bool:
    """A line of a table laid out with spaces: three cells or more, one a number."""
    cells = _SPACED_CELLS.split(line.strip())
    return len(cells) >= 3 and any(re.fullmatch(r"[≥≤<>]?\d+(?:\.\d+)?%?", c) for c in cells)


def _next_number_near(cells: list[tuple[int, str]], i: int, until: int, previous: int) -> bool:
    """Whether the next row's number (``previous`` + 1) is a cell after ``i`` up to a row's
    width past the last row's start: a value cell before it (…| 60 | 50 | 市卫健局 | 11) is
    no row number."""
    return any(c.strip() == str(previous + 1) for _, c in cells[i + 1 : until + 1])


def _table_breaks(text: str) -> list[tuple[int, int, str]]:
    """The line breaks inside each row (and header) of a table whose cells stand one a line:
    a row is read as one line of cells. A cell ``|`` ends keeps it as the separator (the break
    is dropped); a cell alone on its line is separated by a tab (blank lines dropped)."""
    if "序号" not in text:
        return []
    breaks: list[tuple[int, int, str]] = []
    rows = table_rows(text)
    for a, b in rows:
        header = text.rfind("序号", 0, a)
        for begin in (header, a) if header >= 0 and (a, b) == rows[0] else (a,):
            stop = b if begin == a else a
            piped = "|" in text[begin:stop]
            if not piped and text[begin:stop].count("\n") < 2:
                continue  # a row on one line (cells apart with spaces)
            for match in re.finditer(r"\n\s*", text[begin : stop - 1]):
                at, to = begin + match.start(), begin + match.end()
                line = text[text.rfind("\n", 0, at) + 1 : at]
                if piped and _closed_row(line, text[to:]):
                    continue
                cut = not piped and _cut_row(line, text[to:].split("\n", 1)[0])
                breaks.append((at, to, "" if piped or cut else "\t"))
    return breaks


def _cut_row(line: str, following: str) -> bool:
    """``2⇥每千人口执业（助理）⏎医师数⇥人⇥2.6⇥3.2``: a row a line (cells apart by tabs or
    spaces) whose name a conversion cut, its number and the name's first words on one line,
    the rest of the name and the row's values on the next."""
    if _ROW_LINE.match(line) is None:
        return False
    cells = _SPACED_CELLS.split(line.strip())
    return (
        len(cells) == 2
        and re.search(f"[{_CJK}）)]$", cells[1]) is not None
        and re.match(f"\\s*[{_CJK}（(]", following) is not None
        and _spaced_row(following)
    )


def _closed_row(line: str, after: str) -> bool:
    """``| 1 | …率 | 90% |`` then ``| 2 |…``: a row a line, its cells between bars that open and
    close it, and the next row's line opening with its bar; or rows a line with no bars at
    their ends (类别 | 序号 | 指标 | … then 健康水平 | 1 | …), as many bars on both lines. The
    break parts two rows."""
    line = line.strip()
    bars = line.count("|")
    following = after.split("\n", 1)[0]
    return bars >= 4 and (
        (line.startswith("|") and line.endswith("|") and after.startswith("|"))
        or following.count("|") == bars
        # 序号 | 地区 | 新建 | | 改建 | ⏎ | | 机构数 | 托位 | …: a header's second row, whole
        or (line.endswith("|") and after.startswith("|") and following.count("|") >= 4)
    )


# A form flattened one cell a line, a line holding only ``|`` between cells (…接种率⏎|⏎≧90%⏎|⏎…)
_PIPE_LINE = re.compile(r"(?<=(?P<before>[^\n]))\n[ \t\u3000]*\|[ \t\u3000]*\n(?=(?P<next>[^\n]*))")
# a value cell compares (≧90%, ≥500人次) or is a rate (95%); a bare amount (资金总额⏎|⏎2279万元)
# is what the form's project has, not a goal, and keeps its line
_VALUE_CELL = re.compile(
    r"[ \t\u3000]*(?:(?:[≥≤≧≦＞＜<>]|大于|小于|不低于|不高于|不少于|不超过)=?[ \t]*\d[\d.,]*[ \t]*"
    r"(?:%|‰|(?![岁年月])[\u4e00-\u9fff/]{0,4})|\d[\d.]*[ \t]*[%‰])(?:以上|以下|以内)?[ \t\u3000]*"
)


# a count cell (941250份) after a cell naming a count (…建档数): the count the form sets
_COUNT_CELL = re.compile(
    r"[ \t\u3000]*\d[\d.,]*[ \t]*(?:份|人次|人|例|户|家|个|名|张|所|次)[ \t\u3000]*"
)
_COUNT_NAMED = re.compile(r"[\u4e00-\u9fff](?:数|数量|人数)$")


def _pipe_lines(text: str) -> list[tuple[int, int, str]]:
    """A name cell and the value cell after it are read as one phrase (…接种率≧90%, …建档数
    941250份); other cells stay lines of their own (产出指标, 数量指标; a value cell after a
    number cell, an amount and the rate it gives): the ``|`` lines between them are dropped."""
    if text.count("|") < 3:
        return []
    found = list(_PIPE_LINE.finditer(text))
    if len(found) < 3:
        return []
    edits = []
    for m in found:
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        after = m.group("next")
        named = bool(before) and not before[-1].isdigit()
        glued = _VALUE_CELL.fullmatch(after) or (
            _COUNT_NAMED.search(before) and _COUNT_CELL.fullmatch(after)
        )
        edits.append((m.start(), m.end(), "" if named and glued else "\n"))
    return edits


# A summary a page generated with its clauses parted by single spaces only and its sources cited
# in brackets (…工程 包括挡墙13.46千米 道路8.72千米 [1][2] - …): a long line with no
# punctuation of a sentence
_UNPUNCTUATED = re.compile(r"^[^，,。；;！!？?\n]{80,}$", re.MULTILINE)
_CLAUSE_SPACE = re.compile(rf"(?<=[{_CJK}\d%])[ \u3000](?=[{_CJK}])")
_CITED = re.compile(r"[ \u3000]*(?:\[\d{1,2}\])+")
_DASH_ITEM = re.compile(r"[ \u3000]+-[ \u3000]+")


def _spaced_clauses(text: str) -> list[tuple[int, int, str]]:
    """The spaces that part the clauses of a long line with no sentence punctuation, read as
    commas, and its bracketed citation marks, read as full stops — where the line has several
    such spaces: a title or a heading with one space stays as it is."""
    edits: list[tuple[int, int, str]] = []
    for line in _UNPUNCTUATED.finditer(text):
        spaces = list(_CLAUSE_SPACE.finditer(text, line.start(), line.end()))
        if len(spaces) < 4 or _table_like(line.group()):
            continue
        cited = [*_CITED.finditer(text, line.start(), line.end())]
        cited += _DASH_ITEM.finditer(text, line.start(), line.end())  # … - 实施…: a new item
        edits.extend((*m.span(), "。") for m in cited)
        edits.extend((*m.span(), "，") for m in spaces if not _overlaps((*m.span(), ""), edits))
    return edits


# A table flattened one cell a line, each value cell opened by a bar under its row's name
# (人均期望寿命(岁)⏎| 76.05⏎| 77⏎|): the break and the bar before each value cell
_OPENED_CELL = re.compile(r"\n[ \t\u3000]*\|[ \t\u3000]*(?=[^\s|][^\n|]*\n)")


def _opened_cells(text: str) -> list[tuple[int, int, str]]:
    """The cells a bar opens, each on a line of its own, go on the line of their row's
    name (or of a header's, 健康指标⏎| 2007⏎| 2012), a tab before each: a row is its name's
    line and the opened cells after it. Only where such cells stand under several names: a
    lone line opening with a bar is prose's."""
    if text.count("|") < 6:
        return []
    found = list(_OPENED_CELL.finditer(text))
    # the first cell of each row: the line before it is its row's name, no cell of its own
    firsts = [m for m in found if not _OPENED_CELL.match(text, text.rfind("\n", 0, m.start()))]
    if len(firsts) < 3:
        return []
    return [(m.start(), m.end(), "\t") for m in found]


# A table flattened one cell a line, each cell closed by a bar (指标 |⏎2020年 |⏎…⏎床位数(张) |),
# a cell left blank a bar alone
_BARRED_CELL = re.compile(r"^[^|\n]{0,200}\|[ \t]*$", re.MULTILINE)
_BARE_NUMBER = re.compile(r"[-—≥≤<>]?\d[\d.]*%?")
_HEADER_YEAR = re.compile(r"20\d\d年")
_YEARS_NAMED = re.compile(r"20\d\d[ \t\u3000]?年")  # 2020 年: a PDF's gap before 年 too


def _barred_rows(text: str) -> list[tuple[int, int, str]]:
    """The line breaks inside each row of a table whose cells stand one a line, each closed
    by ``|``, with no row numbers to part its rows. A table with a unit column is parted by
    its units (:func:`_unit_parts`; its merged cells leave rows of unequal length): the breaks
    inside a row become spaces and a bar opens each row (``| 2 | …``), as a row between bars
    is written, so that a row is a line however many cells its merged ones leave it. Else the
    kinds of the header's columns part the rows (:func:`_barred_table`), else the header's
    cells (two of them years or more) tell how many cells a row has (:func:`_cell_run`). A
    cell a conversion cut over two lines, the first with no bar (…（助理）⏎医师数 |), is one
    cell. A run of cells that falls into no rows is left as it is."""
    if text.count("|") < 12:
        return []
    edits: list[tuple[int, int, str]] = []
    for run in _line_runs(text, _BARRED_CELL, cut_cells=True):
        # the break inside a cell a conversion cut (…（助理）⏎医师数 |) goes once its rows are read
        cut = [text.index("\n", a, b) for a, b in run if "\n" in text[a:b]]
        cells = [text[a:b].rsplit("|", 1)[0].replace("\n", "").strip() for a, b in run]
        parts = _unit_parts(cells) if len(run) >= 8 else []
        for first, last in parts:
            # the line break before a row is the reading's too: nothing else may join it
            at = run[first][0]
            edits.append((at - 1, at, "\n| ") if at else (at, at, "| "))
            edits.extend((run[k][1], run[k + 1][0], " ") for k in range(first, last))
        rows = [] if parts else _barred_table(run, cells) or _cell_run(run, cells, "")
        edits.extend(rows)
        if parts or rows:
            edits.extend((at, at + 1, "") for at in cut)
    return edits


def _line_runs(
    text: str, cell: re.Pattern[str], cut_cells: bool = False
) -> Iterator[list[tuple[int, int]]]:
    """The runs of consecutive lines each one ``cell`` (a table flattened one cell a line), as
    the (start, end) of each cell. With ``cut_cells``, a cell a conversion cut over two lines,
    the first with no bar (…（助理）⏎医师数 |), is one cell of its run, spanning both lines."""
    run: list[tuple[int, int]] = []
    for match in cell.finditer(text):
        if run and match.start() == run[-1][1] + 1:
            run.append(match.span())
            continue
        head = (
            _CUT_CELL.fullmatch(text, run[-1][1] + 1, match.start()) if cut_cells and run else None
        )
        if head and _CJK_START.match(text, match.start()):
            run.append((head.start(), match.end()))
            continue
        if run:
            yield run
        run = [match.span()]
    if run:
        yield run


# A header cell of what was done of a task (完成情况, 完成数, 占全年计划, 完成率, 进展情况) and one
# naming the tasks or what they are to do (实事项目名称, 项目内容, 目标任务, 建设内容)
PROGRESS_COLUMN = re.compile(
    r"完成(?:情况|数|值|率|进度)|实际完成|占全年(?:计划|任务)|进展情况|进度"
)
TASK_COLUMN = re.compile(r"(?:(?:项目|任务|实事)(?:名称|内容)?|(?:建设|工作|主要)内容)$")
_TASK_CELL = re.compile(r"^[^|\n]+\|[ \t]*$", re.MULTILINE)  # a task's cell lists many items
# the other columns a table of tasks has: its rows' numbers, who does them, by when
TASK_TABLE_COLUMN = re.compile(
    r"序号|编号|责任(?:单位|部门)|牵头(?:单位|部门)|配合单位|完成时限|时间节点|备注"
)


def _task_rows(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The rows of a table of tasks and their progress flattened one cell a line between bars
    (目标任务 |⏎进展情况 |⏎1.开展…;2.… |⏎1.已… |): under a header of a task's column, a
    progress column and others such a table has (序号, 责任单位, 完成时限), each row as many
    cells as the header; the breaks inside the header and each row become tabs, as the cells of
    a row are parted, so that a row of two cells is one line. A run that ``taken`` reads
    already is left to it, and so are a last row cut short and a run of no such header."""
    edits: list[tuple[int, int, str]] = []
    for run in _line_runs(text, _TASK_CELL):
        cells = [re.sub(r"\s", "", text[a:b].rsplit("|", 1)[0]) for a, b in run]
        opening = next((i for i, c in enumerate(cells) if TASK_COLUMN.search(c)), None)
        while opening and TASK_TABLE_COLUMN.fullmatch(cells[opening - 1]):
            opening -= 1  # 序号 before the task's column: the header opens with it
        if opening is not None and not _overlaps((run[0][0], run[-1][1], ""), taken):
            width = 0
            while (
                opening + width < len(cells)
                and len(cells[opening + width]) <= 10
                and (
                    TASK_COLUMN.search(cells[opening + width])
                    or PROGRESS_COLUMN.search(cells[opening + width])
                    or TASK_TABLE_COLUMN.fullmatch(cells[opening + width])
                )
            ):
                width += 1
            named = cells[opening : opening + width]
            if width >= 2 and any(PROGRESS_COLUMN.search(c) for c in named):
                for at in range(opening, len(run) - width + 1, width):
                    edits.extend((a[1], b[0], "\t") for a, b in pairwise(run[at : at + width]))
    return edits


# the first line of a cell cut in two between barred cells: words with no bar, then its rest
_CUT_CELL = re.compile(rf"[^\s|。；;，,：:\d][^\n|。；;：:]{{0,29}}[{_CJK}）)]\n")
_CJK_START = re.compile(rf"[ \t\u3000]*[{_CJK}]")


def _barred_table(run: list[tuple[int, int]], cells: list[str]) -> list[tuple[int, int, str]]:
    """The rows of a run of barred cells read by the kinds of its header's columns
    (:func:`_kind_rows`): the breaks inside a row go, and the break before each row is the
    reading's, so that nothing else joins two rows. The bars make the cells plain, so a header
    and one row (序号 | 区县 | …数量（处） | … ⏎ 合计 | 611 | …) are a table already."""
    rows = _kind_rows(cells)
    if len(rows) < 2:
        return []
    edits = [(run[a][0] - 1, run[a][0], "\n") for a, _ in rows[1:] if run[a][0]]
    edits.extend((run[i][1], run[i + 1][0], "") for a, b in rows for i in range(a, b - 1))
    return edits


# the columns of a table with a unit column (序号 |⏎考核指标 |⏎单位 |⏎…), the kinds of its cells
_UNIT_HEADER = re.compile(r"^[单單]\s*位$")
_NUMBER_HEADER = re.compile(r"^(?:序\s*号|编\s*号|序)$")
_FIRST_ROW = re.compile(r"^1[.、]?$")  # the first row's 序号
_ROW_NUMBER = re.compile(r"^\d{1,3}[.、]?$")
_NUMBER_CELL = re.compile(r"^(?:[≥≤<>]?\d|[-—–/]$)")  # a value, or none given (-)
_UNIT_CELL = re.compile(r"^(?:1?/\d*[十百千万]+|[^\d\s]{1,6})$")  # 个, 元/月/人, /10万


def _unit_parts(cells: list[str]) -> list[tuple[int, int]]:
    """The (first, last) cell of the header and of each row of a run of barred cells whose
    header has a 单位 column. Its rows cannot be told from the cell count alone: merged cells
    (a row's 序号, a group of items named once) leave rows with fewer cells than the header or
    more. But the cells after the unit are the same columns in every row, so a row ends as many
    cells after its unit (a value or - after it) as the header has columns after 单位."""
    unit = next((i for i, c in enumerate(cells) if _UNIT_HEADER.match(c)), None)
    if unit is None:
        return []
    first_row = next((i for i in range(unit + 1, len(cells)) if _FIRST_ROW.match(cells[i])), None)
    if first_row is None:
        return []
    after = first_row - unit - 1  # the columns after the unit: the same in every row
    named = [_CELL_GAP.sub("", c) for c in cells[unit + 1 : first_row]]
    if sum(bool(_HEADER_YEAR.fullmatch(c)) for c in named) >= 2 and any(
        _VALUE_WORD.fullmatch(c) for c in named
    ):
        return []  # 基期值 | 目标值 over 2020年 | 2025年: a header over two rows, read by its kinds
    opening = next((i for i in range(unit, -1, -1) if _NUMBER_HEADER.match(cells[i])), 0)
    rows = [(opening, first_row - 1)]
    start, i = first_row, first_row
    while i + 1 < len(cells):
        if _UNIT_CELL.match(cells[i]) and _NUMBER_CELL.match(cells[i + 1]):
            end = i + after
            if end >= len(cells):
                break
            rows.append((start, end))
            start = i = end + 1
        else:
            i += 1
    # rows that all open with their number (or repeat the header, a page's) are read as they
    # stand (the view parts them by their numbers, the task reader too): only merged cells
    # need the unit to part them
    if all(_ROW_NUMBER.match(cells[a]) or cells[a] == cells[opening] for a, _ in rows[1:]):
        return []
    # a merged cell takes one cell from a row or gives it one more (a group named once): a
    # row longer than that is no row, the unit read wrong, and the run is left as it is
    width = rows[0][1] - rows[0][0] + 1
    if any(b - a + 1 > width + 1 for a, b in rows[1:]):
        return []
    return rows


# A table flattened one cell a line with nothing closing its cells (指标⏎2020年⏎2025年⏎性质⏎
# 人均预期寿命（岁）⏎78.4⏎79⏎预期性): short lines that are no sentence
_BARE_CELL = re.compile(
    r"^[ \t\u3000]*[^\s|。；;，,：:][^\n|。；;，,：:]{0,39}?[ \t\u3000]*$", re.MULTILINE
)


def _bare_cell_rows(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The line breaks inside each row of a table whose cells stand one a line with nothing
    closing them, read as :func:`_barred_rows` reads barred ones; the cells of a row are
    joined by a tab, as a table's row is written. A table whose rows are not all of the
    header's width (a merged category cell, a unit column, a blank line between rows as HTML
    conversions leave them) is read by the kinds of its columns (:func:`_cell_table`). A run
    whose breaks ``taken`` already reads (a 序号 table's, by its rows' numbers) is left to it."""
    if not _columns_named(text):
        return []
    edits: list[tuple[int, int, str]] = []
    run: list[re.Match[str]] = []
    for match in [*_BARE_CELL.finditer(text), None]:
        if match is not None and run and text.count("\n", run[-1].end(), match.start()) <= 2:
            run.append(match)
            continue
        if len(run) >= 8 and not _overlaps((run[0].start(), run[-1].end(), ""), taken):
            cells = [m.group().strip() for m in run]
            spans = [m.span() for m in run]
            edits.extend(_cell_table(spans, cells) or _cell_run(spans, cells, "\t"))
        run = [match] if match is not None else []
    return edits


# The columns of an indicator table, by kind: what a header cell names (序号, 类别, 指标名称,
# 单位, a year or its values, 属性, 责任单位); a table laid out by a conversion is read by them.
_YEAR_COLUMN = re.compile(
    r"[（(]?20\d\d年?度?(?:末|底)?[)）]?"
    r"(?:[（(]?(?:基期|基线|现状|目标|规划目标|预期目标|规划|预期|完成)值?[)）]?)?"
    r"(?:[（(](?:%|‰|‱|[^（()）]{1,4}/[^（()）]{1,4})[)）])?"
)
_VALUE_WORD = scanning(
    r"(?:基期|基线|现状|目标|规划目标|预期目标|规划|预期|标准|完成)值|目标|基数|现状"
    r"|分值|权重|满分"
)
_PLACES = re.compile(r"地区|区域|县区|区县|县市区|县[（(]市、?区[)）]|乡镇|辖区")
_COLUMN_KINDS = (
    ("seq", re.compile(r"序号|编号")),
    ("cat", re.compile(r"类别|领域|分类|类型|一级指标")),
    ("name", _PLACES),
    (
        "name",
        re.compile(r"(?:主要|具体|二级|考核|评价|监测)?指标(?:名称|内容|项目)?|项目|内容|名称"),
    ),
    ("unit", re.compile(r"(?:计量)?单位")),
    ("nature", re.compile(r"(?:指标)?(?:属性|性质|类型)")),
    ("text", re.compile(r"备注|说明|责任(?:单位|部门|处室)|牵头(?:单位|部门)|配合单位|数据来源")),
)
_NATURE_CELL = re.compile(r"预期性?|约束性?")
_VALUE_CELL_TEXT = re.compile(
    r"(?:[≥≤<>＞＜≧≦]=?)?\d+(?:\.\d+)?\s*(?:%|‰)?(?:及?以上|及?以下|左右)?|[—–\-－/]+|无|暂无"
)


# a column of a table sharing a task out among places, named with its unit (老年人体检（人）)
_COUNT_COLUMN = re.compile(
    r"[\u4e00-\u9fff]{2,12}[（(](?:万?(?:人次|人|户|个|家|所|例|张|名|次|场|剂次)|%)[)）]"
)


def _columns_named(text: str) -> bool:
    """Whether ``text`` may hold a table's header: two years, or a column of goals or counts."""
    if _VALUE_WORD.search(text) or _COUNT_COLUMN.search(text):
        return True
    return len(_YEARS_NAMED.findall(text)) >= 2


def _column_kind(cell: str) -> str | None:
    """What a header cell names (``value`` for a year's or a goal's column), else None."""
    cell = _CELL_GAP.sub("", cell)  # 区 县, 序 号: a Word table's spaced-out words
    if _YEAR_COLUMN.fullmatch(cell) or _VALUE_WORD.fullmatch(cell) or _COUNT_COLUMN.fullmatch(cell):
        return "value"
    return next((kind for kind, named in _COLUMN_KINDS if named.fullmatch(cell)), None)


# a cell of a row apart by single spaces: a sign set apart is its value's, 年 its year's
_TOKEN = scanning(r"20\d\d[ \t\u3000]+年\S*|[≥≤<>＞＜≧≦]=?[ \t\u3000]*\S+|\S+")
_YEAR_GAP = scanning(r"(?<=20\d\d)[ \t\u3000]+(?=年)")
_SENTENCE_MARK = re.compile(r"[。；;，,：:]")


def _spaced_rows(text: str) -> tuple[list[tuple[int, int, str]], set[int]]:
    """The cells of a table a PDF conversion laid out with single spaces (指标 单位 2020年
    2025年 属性⏎人均预期寿命 岁 78.3 79.5 预期性): under a line of three cells or more that
    each name a column (one of them a year's or a goal's), the lines of three cells or more
    holding a value and no sentence are its rows. Each space between two cells becomes a tab,
    as a table's row is written; returns those edits and where each of those lines begins (no
    space of theirs is layout)."""
    if not _columns_named(text):
        return [], set()
    edits: list[tuple[int, int, str]] = []
    lines: set[int] = set()
    position = 0
    header = False
    for line in text.split("\n"):
        if not header and not _COLUMN_HINT.search(line):
            position += len(line) + 1
            continue  # no header, and no word a header's cell is named with
        tokens = list(_TOKEN.finditer(line))
        cells = [_YEAR_GAP.sub("", m.group()) for m in tokens]
        laid = bool(_TABLE_CELLS.search(line.strip()))  # its cells apart by tabs, bars or spaces
        spaced = len(cells) >= 3 and not laid
        named = _header_cells(_YEAR_GAP.sub("", line)) if laid else None
        named = named or (cells if all(_column_kind(c) for c in cells) else None)
        if named and (len(named) >= 3 or header):
            # a header's second line (（2020年） （2025年）) may hold fewer cells; a header laid
            # out with runs of spaces over rows apart by one (its own cells read already)
            header = header or any(_column_kind(c) == "value" for c in named)
            spaced = not laid
        elif not (
            header
            and spaced
            and not _SENTENCE_MARK.search(line)
            and any(_is_value(c) for c in cells[1:])
            and (not _is_value(cells[0]) or re.fullmatch(r"\d{1,3}", cells[0]) is not None)
        ):
            header = False
        if header and spaced:
            lines.add(position)
            edits.extend(
                (position + a.end(), position + b.start(), "\t") for a, b in pairwise(tokens)
            )
            edits.extend(  # 2020 年: a year its 年 was set apart from
                (position + t.start() + g.start(), position + t.start() + g.end(), "")
                for t in tokens
                for g in _YEAR_GAP.finditer(t.group())
            )
        position += len(line) + 1
    return edits, lines


# a word every header of an indicator table holds in one of its cells
_COLUMN_HINT = scanning(
    r"20\d\d|值|指标|序号|单位|目标|基期|基线|现状|分值|[（(]万?(?:人次|人|户|个|家|所|例|张|名|次|场|剂次|%)[)）]"
)
_CELL_SPLIT = scanning(r"\t+|[ \t\u3000]*[|│┃][ \t\u3000]*|[ \t\u3000]{2,}")


def _header_cells(line: str) -> list[str] | None:
    """The cells of a line that only names columns (指标名称 | 单位 | 基期值 | 目标值), else
    None; cells apart by single spaces when nothing else parts them."""
    splitter = _CELL_SPLIT if _CELL_SPLIT.search(line.strip()) else re.compile(r"\s+")
    cells = [c.strip() for c in splitter.split(line.strip()) if c.strip()]
    return cells if cells and all(_column_kind(c) for c in cells) else None


def _header_breaks(text: str) -> list[tuple[int, int, str]]:
    """The break inside a header printed over two lines, its years in one and what they
    hold in the other (… 基期值 | 目标值 | 属性 ⏎ | | （2020年） | （2025年） |): the two lines
    are one row of cells, read together (``tables.header_of`` pairs the years and words)."""
    edits: list[tuple[int, int, str]] = []
    lines = text.split("\n")
    position = 0
    for line, following in pairwise(lines):
        end = position + len(line)
        position = end + 1
        if not (_COLUMN_HINT.search(line) and _COLUMN_HINT.search(following)):
            continue
        first, second = _header_cells(line), _header_cells(following)
        if (
            first
            and second
            and len(first) >= 3
            and any(re.search(r"20\d\d", c) for c in first + second)
            and any(_column_kind(c) == "value" for c in second)
        ):
            edits.append((end, end + 1, "\t"))
    return edits


# A table a conversion ran into one stretch of text, no separator left between its cells
# (…框架序号类别指标2022年目标值责任部门1综合人均预期寿命(岁)77.7市卫生健康委2每千…): its header,
# the column words run together after 序号, then its rows, each opening with its number.
_FLAT_WORDS = (
    r"序号|类别|领域|分类|一级指标|二级指标|指[ \t\u3000]*标(?:名称|内容)?|项目|内容|计量单位|单位"
    r"|(?:20\d\d年)?(?:全[省市县区]|本[省市县区])?(?:目标值|基期值|现状值|基线值|目标|基数|规划值)"
    r"|20\d\d年|(?:指标)?属性|性质|(?:责任|牵头|配合)(?:部门|单位)|备注|完成时限"
)
_FLAT_HEADER = re.compile(rf"序号(?:[ \t\u3000]*(?:{_FLAT_WORDS})){{3,}}[ \t\u3000]*(?=1(?!\d))")
_FLAT_CELL = re.compile(_FLAT_WORDS)
# a row's name (its unit in brackets, maybe empty where a page lost its %), its value, the rest
_FLAT_ROW = re.compile(
    r"(?P<name>.*[\u4e00-\u9fff）)])(?P<value>[≥≤<>]?\d+(?:\.\d+)?[%‰]?)(?P<rest>[\u4e00-\u9fff].*|)$"
)


def _flat_rows(text: str) -> list[tuple[int, int, str]]:
    """The cells of a table run into one stretch of text: a line break before its header and
    before each row (found by its number, the one after the last row's, where a word ends), a
    tab between the header's words and around each row's value (after its name or the unit's
    brackets, before its department)."""
    edits: list[tuple[int, int, str]] = []
    for header in _FLAT_HEADER.finditer(text):
        if header.start() and text[header.start() - 1] != "\n":
            edits.append((header.start(), header.start(), "\n"))
        words = list(_FLAT_CELL.finditer(text, header.start(), header.end()))
        edits.extend((a.end(), b.start(), "\t") for a, b in pairwise(words))
        starts = [header.end()]
        while len(starts) < 200:
            after = _row_number(text, starts[-1] + len(str(len(starts))), len(starts) + 1)
            if after is None:
                break
            starts.append(after)
        if len(starts) < 3:
            continue
        end = text.find("\n", starts[-1])
        for n, (a, b) in enumerate(pairwise([*starts, end if end > 0 else len(text)]), start=1):
            edits.append((a, a, "\n"))
            number_end = a + len(str(n))
            edits.append((number_end, number_end, "\t"))
            line_start = max(text.rfind("\n", number_end, b) + 1, number_end)
            row = _FLAT_ROW.match(text, line_start, b)
            if row:
                edits.append((row.start("value"), row.start("value"), "\t"))
                if row.group("rest"):
                    edits.append((row.end("value"), row.end("value"), "\t"))
    return edits


def _row_number(text: str, start: int, number: int) -> int | None:
    """Where the row numbered ``number`` opens after ``start``: its digits after a word's last
    character (not a value's: no point or per cent after them), within a row's reach."""
    digits = str(number)
    at = text.find(digits, start, start + 160)
    while at >= 0:
        before, after = text[at - 1], text[at + len(digits) : at + len(digits) + 1]
        if re.match(f"[{_CJK}\n]", before) and after not in (".", "%", "‰"):
            return at
        at = text.find(digits, at + 1, start + 160)
    return None


def _overlaps(edit: tuple[int, int, str], edits: list[tuple[int, int, str]]) -> bool:
    return any(a < edit[1] and edit[0] < b for a, b, _ in edits)


def _cell_table(run: list[tuple[int, int]], cells: list[str]) -> list[tuple[int, int, str]]:
    """The rows of a table flattened one cell a line whose rows are not all of one width
    (:func:`_kind_rows`), each row's cells joined by a tab, the header's too."""
    rows = _kind_rows(cells)
    if len(rows) < 3:
        return []
    return [(run[i][1], run[i + 1][0], "\t") for a, b in rows for i in range(a, b - 1)]


_CELL_GAP = re.compile(r"[ \t\u3000]+")
# a column of a table sharing a task out among places, named with its unit in brackets
# (建设水源工程数量（处）, 改造管网长度 (公里)): a value column after a column of places
_UNIT_NAMED = re.compile(rf"[{_CJK}、]{{2,30}}")


def _share_column(cell: str) -> bool:
    cell = _CELL_GAP.sub("", cell)
    unit = UNIT_BRACKET_END.search(cell)
    return bool(unit and _UNIT_NAMED.fullmatch(cell, 0, unit.start()))


def _kind_rows(cells: list[str]) -> list[tuple[int, int]]:
    """The (first, last + 1) cell of the header and of each row of a table flattened one cell
    a line: the header (a run of cells naming columns, a value column among them) tells the
    kinds of its columns, and each row is read by them — a 序号, a category only where its
    cell was not merged into the one above, the name, a unit, the values (a row may leave some
    out), then its 属性 or its department. After a column of places (区县, 地区) a column named
    with its unit holds values (a share of the task), as a year's does in an indicator table.
    A total row (合计) whose 序号 merged into its name is a row as the others are."""
    start = next((i for i, c in enumerate(cells) if _column_kind(c)), None)
    if start is None:
        return []
    end = start
    places = False
    kinds: list[str] = []
    while end < len(cells):
        kind = _column_kind(cells[end])
        if kind is None and places and _share_column(cells[end]):
            kind = "value"
        if kind is None:
            break
        places = places or bool(kind == "name" and _PLACES.fullmatch(_CELL_GAP.sub("", cells[end])))
        kinds.append(kind)
        end += 1
    header = cells[start:end]
    if end - start < 3 or "value" not in kinds:
        return []
    kinds = _stacked_kinds(header, kinds)
    if "name" not in kinds and "cat" not in kinds and kinds[0] == "unit":
        kinds[0] = "name"  # 单位 | 老年人体检（人） | …: the places a task is shared out among
    elif "name" not in kinds and "cat" not in kinds:
        kinds = ["name", *kinds]  # a header whose first cell (指标) was left blank
    rows = [(start, end)]
    at = end
    while at < len(cells):
        row_end = _cell_row(cells, at, kinds)
        if row_end is None:
            break
        rows.append((at, row_end))
        at = row_end
    return rows


def _stacked_kinds(header: list[str], kinds: list[str]) -> list[str]:
    """The kinds of a header's columns (``kinds``, one a cell); a header printed over two rows
    (2020年 | 2025年 … 基期值 | 目标值) has as many value columns as its years."""
    years = [i for i, c in enumerate(header) if re.fullmatch(r"[（(]?20\d\d年?度?[)）]?", c)]
    words = [i for i, c in enumerate(header) if _VALUE_WORD.fullmatch(c)]
    if len(years) >= 2 and 0 < len(words) <= len(years):
        # as many value columns as years (目标值 may be merged over 2025年 | 2030年), where the
        # header's first row has them
        first = min(years[0], words[0])
        kept = [k for i, k in enumerate(kinds) if i not in years and i not in words]
        before = sum(1 for i in range(first) if i not in years and i not in words)
        kinds = kept[:before] + ["value"] * len(years) + kept[before:]
    return kinds


def _worded_value(cell: str) -> bool:
    return len(cell) <= 8 and not _NATURE_CELL.fullmatch(cell) and not _is_value(cell)


def _is_value(cell: str) -> bool:
    return _VALUE_CELL_TEXT.fullmatch(cell) is not None


def _cell_row(cells: list[str], at: int, kinds: list[str]) -> int | None:
    """Where the row of a one-cell-a-line table that begins at ``at`` ends, None if no row
    begins there. The cells before the name (序号, a category) are each there or not; a
    category's cell is there only where it was not merged into the row above."""
    united = "unit" in kinds

    def number(i: int) -> bool:
        return i < len(cells) and re.fullmatch(r"\d{1,3}", cells[i]) is not None

    def named(i: int) -> bool:  # a name: its values (after its unit) follow it
        if i >= len(cells) or _is_value(cells[i]) or _NATURE_CELL.fullmatch(cells[i]):
            return False
        after = cells[i + 1 : i + 3]
        return (
            bool(re.search(f"[{_CJK}]", cells[i]))
            and bool(after)
            and (
                _is_value(after[0])
                or (united and len(after) > 1 and len(after[0]) <= 6 and _is_value(after[1]))
            )
        )

    def opens(i: int) -> bool:  # a row begins at i: its 序号, category or name
        return (
            named(i)
            or (number(i) and named(i + 1))
            or ("cat" in kinds and (named(i + 1) or (number(i + 1) and named(i + 2))))
        )

    i = at
    name = kinds.index("name") if "name" in kinds else 0
    for kind in kinds[:name]:
        merged = kind == "cat" and (named(i) or number(i) or not opens(i + 1))
        if (kind == "seq" and number(i)) or (kind == "cat" and not merged):
            i += 1
    if not named(i):
        return None
    i += 1
    if united and i < len(cells) and not _is_value(cells[i]) and len(cells[i]) <= 6:
        i += 1
    columns = kinds.count("value")
    found = 0
    while i < len(cells) and found < columns and _is_value(cells[i]):
        i, found = i + 1, found + 1
    while i < len(cells) and 0 < found < columns and _worded_value(cells[i]) and not opens(i):
        i, found = i + 1, found + 1  # 持续下降: a goal in words, a column of its own
    last_value = len(kinds) - 1 - kinds[::-1].index("value")
    for kind in kinds[last_value + 1 :]:
        if i >= len(cells) or _is_value(cells[i]):
            break
        if kind == "nature":
            if not _NATURE_CELL.fullmatch(cells[i]):
                break
        elif opens(i):
            break  # the next row begins
        i += 1
    return i


def _cell_run(
    run: list[tuple[int, int]], cells: list[str], joint: str
) -> list[tuple[int, int, str]]:
    """The rows of one run of cells of one width (``run``: where each cell's line begins and
    ends, ``cells``: their texts, ``joint``: what parts two cells of a row once the line break
    between them goes): the header is the cells before the first row's name, from the first
    cell that lets the rows after it all be of its width (a title may come before it)."""
    first = next((i for i, c in enumerate(cells) if _BARE_NUMBER.fullmatch(c)), 0)
    for opening in range(first - 1):
        width = first - 1 - opening  # the cell before the first number names the first row
        if width < 3:
            break
        if sum(bool(_HEADER_YEAR.search(c)) for c in cells[opening : first - 1]) < 2:
            continue
        rows = [run[opening : first - 1]]
        for at in range(first - 1, len(run) - width + 1, width):
            row = cells[at : at + width]
            if _BARE_NUMBER.fullmatch(row[0]) or not _BARE_NUMBER.fullmatch(row[1]):
                break
            rows.append(run[at : at + width])
        if len(rows) >= 3 and first - 1 + (len(rows) - 1) * width > len(run) - width:
            return [(a[1], b[0], joint) for row in rows for a, b in pairwise(row)]
    return []


def _double_spaced(
    text: str, lines: list[str], width: int, first: int
) -> list[tuple[int, int, str]]:
    """The breaks inside sentences of a text whose every line is followed by a blank one (a
    conversion that doubled each break: 孕产妇系统管⏎⏎理率达到95%): the blank line is no
    paragraph break there, and the two lines around it join as two lines next to each other
    would."""
    breaks = [i for i in range(len(lines) - 1) if lines[i].strip()]
    doubled = [i for i in breaks if not lines[i + 1].strip() and i + 2 < len(lines)]
    single = [i for i in breaks if lines[i + 1].strip()]
    if len(doubled) < 6 or len(single) * 5 > len(doubled):
        return []
    starts = [0, *accumulate(len(line) + 1 for line in lines)]
    edits = []
    for i in doubled:
        line, following = lines[i], lines[i + 2]
        if starts[i] <= first <= starts[i] + len(line) or not _joins(line, following, width):
            continue  # a title or headline stands alone
        text_end, nxt = line.strip(), following.strip()
        cut = bool(width) and len(text_end) >= width - 2  # a line wrapped at the text's width
        cut = cut or bool(_VERB_END.search(text_end))  # 婴儿死亡率控制在⏎⏎5‰以下
        cut = cut or bool(_MEASURE_THEN.search(text_end) and _VERB_OPENS.match(nxt))
        cut = cut or bool(text_end.endswith("达") and _VALUE_AFTER.match(nxt))
        if not (cut or (_CJK_END.search(text_end) and _HEAD_TAIL.match(nxt))):
            continue  # but a paragraph may end without a stop: only a cut sentence joins
        indent = len(following) - len(following.lstrip())
        edits.append((starts[i] + len(line.rstrip()), starts[i + 2] + indent, ""))
    return edits


@dataclass
class View:
    """``text[i]`` is ``document.text[at[i]]``; ``at[len(text)]`` is the end."""

    text: str
    at: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The document-text range behind ``text[start:end]``."""
        if start >= end:
            return self.at[start], self.at[start]
        return self.at[start], self.at[end - 1] + 1


def view(text: str) -> View:
    """The view of a document's normalised ``text`` (see the module docstring)."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    # ranges of ``text`` left out, or replaced by one character (a tab between table cells)
    edits: list[tuple[int, int, str]] = _table_breaks(text)
    edits.extend(_pipe_lines(text))
    edits.extend(_opened_cells(text))
    edits.extend(_spaced_clauses(text))
    # a row of barred cells is one line whatever else would join or cut its lines (a blank
    # cell's bar alone)
    barred = _barred_rows(text)
    barred.extend(_task_rows(text, barred))
    edits.extend(barred)
    edits.extend(_bare_cell_rows(text, edits))
    spaced, spaced_lines = _spaced_rows(text)
    edits.extend(spaced)
    if _VALUE_WORD.search(text):
        edits.extend(_header_breaks(text))
    if "序号" in text:
        edits.extend(_flat_rows(text))
    position = 0
    first = len(text) - len(text.lstrip())
    edits.extend(
        (m.start(), m.end(), "。" if m.group() == "." else ".") for m in _WRONG_STOP.finditer(text)
    )
    edits.extend((*m.span(), "") for m in _RATE_STOP.finditer(text))
    edits.extend(_sign_edits(text))
    edits.extend(_glued_items(text))
    edits.extend(_run_items(text))
    edits.extend(_bare_items(text))
    for number, line in enumerate(lines):
        end = position + len(line)
        laid_out = " " in line or "\t" in line or "\u3000" in line
        if (
            laid_out
            and position not in spaced_lines
            and not _table_like(line)
            and not (number + 1 < len(lines) and _cut_row(line, lines[number + 1]))
        ):
            edits.extend((*m.span(), "") for m in _LAYOUT_SPACE.finditer(text, position, end))
            if _PROSE.search(line) or "。" in line:
                edits.extend((*m.span(), "") for m in _WORD_SPACE.finditer(text, position, end))
        opening = position <= first <= end  # a title or headline stands alone
        rows = position in spaced_lines or end + 1 in spaced_lines  # a table's rows stay apart
        if (
            number + 1 < len(lines)
            and not (opening or rows)
            and _joins(line, lines[number + 1], width)
        ):
            following = lines[number + 1]
            stripped = len(line.rstrip())
            indent = len(following) - len(following.lstrip())
            edits.append((position + stripped, end + 1 + indent, ""))
        position = end + 1
    edits.extend(_double_spaced(text, lines, width, first))
    if barred:
        kept = set(barred)
        edits = [e for e in edits if e in kept or not _overlaps(e, barred)]
    if not edits:
        return View(text, list(range(len(text) + 1)))
    pieces: list[str] = []
    at: list[int] = []
    position = 0
    for begin, stop, replacement in sorted(edits):
        if begin < position:
            begin = position
        pieces.append(text[position:begin] + replacement)
        at.extend(range(position, begin))
        at.extend([begin] * len(replacement))
        position = max(position, stop)
    pieces.append(text[position:])
    at.extend(range(position, len(text) + 1))
    return View("".join(pieces), at)


@lru_cache(maxsize=1)
def document_view(text: str) -> View:
    """:func:`view` of a whole document's text, kept for the document being read: its targets
    and its tasks each read it, a fair share of their time. Callers must not change it."""
    return view(text)


# A line break after a line that no stop ends: a page width broke the sentence (由市⏎卫生健康委员
# 会…, where the text has too few lines for :func:`view` to tell the width), no new paragraph.
_LINE_GOES_ON = scanning(r"(?<=[^。；;：:！!？?\s])[ \t\u3000]*\n[ \t\u3000]*(?=[^\s?？])")


def unbroken(text: str) -> str:
    """``text`` with each line no stop ends joined to the next (see ``_LINE_GOES_ON``): for a
    short passage (a regulation's article) whose page width the view cannot tell."""
    return _LINE_GOES_ON.sub("", text) if "\n" in text else text


def split_outside_brackets(text: str, separators: str) -> list[tuple[int, str, str]]:
    """Split ``text`` at any of ``separators`` that is outside brackets and short quotes
    (“十四五”; a long quotation is text like any other): ``(offset, piece, separator after
    it)`` for each piece, empty pieces included."""
    out: list[tuple[int, str, str]] = []
    depth, begin = 0, 0
    for match in _stops(separators).finditer(text):
        ch, i = match.group(), match.start()
        if ch == "“" and "”" not in text[i + 1 : i + _SHORT_QUOTE]:
            continue
        if ch in OPENING and text.find(CLOSING[OPENING.index(ch)], i + 1) < 0:
            continue  # never closed (a headline cut short: 《…方案(2024-…): it opens nothing
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append((begin, text[begin:i], ch))
            begin = i + 1
    out.append((begin, text[begin:], ""))
    return out


@cache
def _stops(separators: str) -> re.Pattern[str]:
    """The characters :func:`split_outside_brackets` looks at: brackets and separators."""
    return re.compile(f"[{re.escape(OPENING + CLOSING + separators)}]")


@dataclass
class Piece:
    """``text[start:end]`` of the view's text."""

    start: int
    end: int
    text: str


def sentences(text: str) -> Iterator[Piece]:
    """Sentences (the documents stage's splitter: 。；！？ and line breaks)."""
    for start, end in sentence_spans(text):
        yield Piece(start, end, text[start:end])


_RATIO_START = re.compile(r"[\u4e00-\u9fff]\s*(?:1|100)$")
# …率从2016年的36.1%，上升到2020年的40%: a level a change starts from, the change after a comma
_FROM_LEVEL = re.compile(r"(?:从|由)(?:20\d\d年(?:底|末)?的?)?\d[\d.]*[^\d，,]{0,3}$")
_CHANGE_TO = re.compile(r"\s*(?:提高|提升|增加|增长|上升|下降|降低|减少|缩短|扩大|控制)(?:到|至)")


def clauses(sentence: Piece) -> list[Piece]:
    """Clauses: split at ，,：: and sentence stops outside brackets; the stop is dropped. A
    colon before a number (高血压患者健康管理率：30%) states a value and does not split, nor
    does a comma between the level a change starts from and the change (从2016年的36%，上升到…)."""
    out: list[Piece] = []
    glue = False
    for at, piece, sep in split_outside_brackets(sentence.text, "，,：:。；;！？!?\t|│"):
        start = sentence.start + at
        if glue and out:
            out[-1] = Piece(
                out[-1].start,
                start + len(piece),
                sentence.text[out[-1].start - sentence.start : at + len(piece)],
            )
        elif piece:
            out.append(Piece(start, start + len(piece), piece))
        level = sep in "，," and _FROM_LEVEL.search(piece) is not None
        glue = (level and bool(_CHANGE_TO.match(sentence.text, at + len(piece) + 1))) or (
            sep in ":："  # only a colon may glue: the patterns are tried after one alone
            and (
                bool(_CJK_END.search(piece))  # not a time such as 11:49
                or bool(UNIT_BRACKET_END.search(piece))  # 人均预期寿命（岁）：79.5
                or bool(_RATIO_START.search(piece))  # 医护比达到1:1.2: a ratio, not two clauses
            )
            and bool(_VALUE_AFTER.match(sentence.text, at + len(piece) + 1))
        )
        shared_out = sep in ":：" and EACH_LEVEL.search(piece) is not None
        glue = glue or (
            shared_out and bool(_PLACE_VALUE_AFTER.match(sentence.text, at + len(piece) + 1))
        )
        # 筛查率⇥98%以上, 新建托育点 | 10个: a name cell and the value cell after it are one
        # phrase, as a colon's are
        cell = sep in "\t|│" and bool(_CJK_END.search(piece)) and len(out) == 1
        glue = glue or (cell and bool(_VALUE_AFTER.match(sentence.text, at + len(piece) + 1)))
    return out


def quote(
    source: SourceFile, span: tuple[int, int], path: list[str], sentence: str | None = None
) -> SourceRef:
    """Where a target or task was read: the original characters of ``span`` of ``source``."""
    first, last = span
    return SourceRef(
        document=source.name,
        start=first,
        end=last,
        quote=source.original[first:last],
        section_path=path,
        sentence=sentence,
    )


class SectionIndex:
    """Which headings enclose an original offset, outermost first."""

    def __init__(self, document: Document) -> None:
        self._roots = document.sections
        # per level of siblings (by id): their starts and the furthest end up to each, so
        # that each sentence's lookup bisects instead of scanning every sibling
        self._levels: dict[int, tuple[list[int], list[int]] | None] = {}

    def _level(self, level: list[Section]) -> tuple[list[int], list[int]] | None:
        key = id(level)
        if key not in self._levels:
            starts = [s.start for s in level]
            reach = list(accumulate((max(s.end, s.start + 1) for s in level), max))
            in_order = all(a <= b for a, b in pairwise(starts))
            self._levels[key] = (starts, reach) if in_order else None
        return self._levels[key]

    def sections(self, original_offset: int) -> list[Section]:
        """The sections enclosing ``original_offset``, outermost first (the last sibling
        holding it, when siblings overlap)."""
        found: list[Section] = []
        level: list[Section] = self._roots
        while True:
            indexed = self._level(level)
            inside: Section | None = None
            if indexed is None:  # siblings out of order: look at each
                held = [s for s in level if s.start <= original_offset < max(s.end, s.start + 1)]
                inside = held[-1] if held else None
            else:
                starts, reach = indexed
                i = bisect.bisect_right(starts, original_offset) - 1
                while i >= 0 and reach[i] > original_offset:  # one at or before i may hold it
                    s = level[i]
                    if original_offset < max(s.end, s.start + 1):
                        inside = s
                        break
                    i -= 1
            if inside is None:
                return found
            found.append(inside)
            level = inside.children


def own_text(section: Section) -> str:
    """A section's text before its first child: its heading and introduction."""
    if not section.children:
        return section.text
    at = section.text.find(section.children[0].heading)
    return section.text[:at] if at > 0 else section.heading
