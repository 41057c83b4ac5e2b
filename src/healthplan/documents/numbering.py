"""How Chinese plans number their parts: one table of numbering styles, outermost rank first,
and the patterns the readers build from it.

The outline (:mod:`healthplan.documents.outline`) reads a style at the start of a line; the task
reader (:mod:`healthplan.extraction.tasks`) also reads items numbered inside a line, where
*where* a number may open (after a sentence, a bracket, a colon) is its own business — the
number itself is always written as this table says. Every pattern here is a regular expression
without capturing groups, so a reader may wrap it in groups of its own; :func:`number_value`
reads the value of any number the table matches.

style (section kind)         example   how it is written
---------------------------  --------  ----------------------------------------------------------
chapter (chapter)            第一章    第, a numeral (Chinese or digits), 章
part (part)                  第一节    第, a numeral, then 节, 部分 or 篇
article (—)                  第十条    a regulation's article: 第, a numeral, 条
cn_item (cn_item)            一、      a Chinese numeral, then 、 or a full-width point; a plan's
                                       tasks at that rank: 任务一： (任务, a numeral, a colon, 、
                                       or a point), 第一项 (before a colon, 、 or a space)
cn_paren (cn_paren)          （一）    a Chinese numeral in brackets of either width
num_item (num_item)          1. 1、    digits, then 、 or a point no digit follows (not 1.5)
num_paren (num_paren)        （1）     digits in brackets of either width
parenthesised (num_paren)    ⑴ … ⒇   one character for (1) … (20), as conversions leave it
letter (num_paren)           (a) (b)   a small letter in brackets (not i, v, x: Roman numerals),
                                       the points of a paragraph in Hong Kong and Macau texts
circled (circled)            ① … ⑳   a circled number
roman (circled)              (i) (iv)  a small Roman numeral in brackets: the points of a
                                       paragraph in Hong Kong and Macau texts
enumeration (enumeration)    一是      a report's 一是…二是… inside a paragraph
ordinal (—)                  第一，    a report's 第一，…第二，…
num_half (—)                 1）       digits closed by a bracket never opened
bare (—)                     1推进     digits alone before the text (a table flattened), not a
                                       count or a date (3个, 5月)

A heading closes every open section of the same or a deeper rank (see the outline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthplan.documents.model import SectionKind
from healthplan.documents.numerals import CIRCLED, PARENTHESISED, cn_to_int

# The numerals parts are numbered with: 一 … 十, 十一, 二十三, 一百零五 (两 and 千 only ever
# count), and 壹, which a traditional text converted to simplified keeps (第十壹条, (壹)).
CN_NUMERAL = "〇零一壹二三四五六七八九十百"
_CN = f"[{CN_NUMERAL}]{{1,4}}"
# a to z but i, v, x, which Roman numerals use
_LETTER = "[a-hj-uwyz]"
_ROMAN = "(?=[ivx])x{0,2}(?:ix|iv|v?i{0,3})"  # i … xx
_ONE_TO_TEN = (
    "[一二三四五六七八九十]{1,3}"  # 一是, 第一，: a report counts its points on its fingers
)
_DIGITS = r"\d{1,3}"
# What a bare number must not be followed by to number an item: a unit, a date's or a count's.
_COUNTED = "个年月日号时天周次人名家所项件条户元万亿台套张位岁点批期"


@dataclass(frozen=True)
class Style:
    """One way of numbering: ``written`` is its pattern with ``{n}`` where the numeral stands,
    ``numeral`` the pattern of the numeral, ``one`` the numeral of the first number."""

    name: str
    kind: SectionKind | None
    written: str
    numeral: str
    one: str

    @property
    def pattern(self) -> str:
        """Any number of this style."""
        return self.written.format(n=self.numeral)

    @property
    def first(self) -> str:
        """The first number of this style (1. （一） ①)."""
        return self.written.format(n=self.one)


STYLES: tuple[Style, ...] = (
    Style("chapter", SectionKind.chapter, "第{n}章", f"(?:{_CN}|{_DIGITS})", "一"),
    Style("part", SectionKind.part, "第{n}(?:节|部分|篇)", f"(?:{_CN}|{_DIGITS})", "一"),
    Style("article", None, "第{n}条", rf"(?:{_CN}|{_DIGITS})", "一"),
    Style(
        "cn_item",
        SectionKind.cn_item,
        r"(?:{n}[、．]|任务{n}[：:、．.]|第{n}项(?=[：:、\s]))",
        _CN,
        "一",
    ),
    Style("cn_paren", SectionKind.cn_paren, "[（(]{n}[)）]", _CN, "一"),
    Style("num_item", SectionKind.num_item, r"{n}(?:、|[.．](?!\d))", _DIGITS, "1"),
    Style("num_paren", SectionKind.num_paren, "[（(]{n}[)）]", _DIGITS, "1"),
    Style("parenthesised", SectionKind.num_paren, "{n}", f"[{PARENTHESISED}]", PARENTHESISED[0]),
    Style("letter", SectionKind.num_paren, "[（(]{n}[)）]", _LETTER, "a"),
    Style("circled", SectionKind.circled, "{n}", f"[{CIRCLED}]", CIRCLED[0]),
    Style("roman", SectionKind.circled, "[（(]{n}[)）]", _ROMAN, "i"),
    Style("enumeration", SectionKind.enumeration, r"{n}是(?=\S)", _ONE_TO_TEN, "一"),
    Style("ordinal", None, "第{n}[，,、]", _ONE_TO_TEN, "一"),
    Style("num_half", None, "{n}[)）]", _DIGITS, "1"),
    Style("bare", None, f"{{n}}(?![{_COUNTED}])", _DIGITS, "1"),
)
STYLE = {style.name: style for style in STYLES}
# The styles that number a plan's items (the outline's item kinds): 一、 （一） 1. （1） ⑴ ① (i)
ITEM_STYLES = (
    "cn_item",
    "cn_paren",
    "num_item",
    "num_paren",
    "parenthesised",
    "letter",
    "circled",
    "roman",
)
# The outline's ranks, outermost first: every style a line may open with as a heading.
RANK = {
    kind: rank
    for rank, kind in enumerate(dict.fromkeys(s.kind for s in STYLES if s.kind is not None))
}


def either(*names: str) -> str:
    """A non-capturing alternation of the numbers of the styles ``names``."""
    return "(?:" + "|".join(STYLE[name].pattern for name in names) + ")"


def first_of(*names: str) -> str:
    """A non-capturing alternation of the first numbers of the styles ``names``."""
    return "(?:" + "|".join(STYLE[name].first for name in names) + ")"


def kind_patterns() -> list[tuple[SectionKind, re.Pattern[str]]]:
    """One pattern per section kind, outermost rank first (the outline's markers)."""
    kinds: dict[SectionKind, list[str]] = {}
    for style in STYLES:
        if style.kind is not None:
            kinds.setdefault(style.kind, []).append(style.name)
    return [(kind, re.compile(either(*names))) for kind, names in kinds.items()]


_NOT_NUMERAL = re.compile(rf"[^\d{CN_NUMERAL}{CIRCLED}{PARENTHESISED}]")
_LETTER_NUMBER = re.compile(rf"[（(]({_LETTER})[)）]")
_ROMAN_NUMBER = re.compile(rf"[（(]({_ROMAN})[)）]")
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def number_value(number: str) -> int | None:
    """The value of a number as written (（三） → 3, 第十壹条 → 11, ⑵ → 2, 一是 → 1, (iv) → 4,
    (c) → 3)."""
    letter = _LETTER_NUMBER.fullmatch(number.strip())
    if letter:
        return ord(letter.group(1)) - ord("a") + 1
    roman = _ROMAN_NUMBER.fullmatch(number.strip())
    if roman:
        digits = [_ROMAN_DIGITS[c] for c in roman.group(1)]
        return sum(-d if d < e else d for d, e in zip(digits, [*digits[1:], 0], strict=True))
    return cn_to_int(_NOT_NUMERAL.sub("", number.replace("壹", "一")))
