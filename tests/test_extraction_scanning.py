"""Patterns led by the characters their matches begin with (extraction.scanning): the same
matches as the plain pattern, the lookahead only where the engine would not skip ahead itself."""

from __future__ import annotations

import re

import pytest

from healthplan.extraction.scanning import first_characters, scanning

# ways that open with a lookbehind, an optional part, a repeat or a line start
LEADING = [
    r"(?<![比较])(?:目前|当前)|截至|\d+年来",
    r"(?:[“\"]?十[一二]五[”\"]?)?期间|至今",
    r"(?:^|\n)[ \t]*\d{1,2}\.\d",
    r"\s*(?:第\s*\d+\s*页)\s*",
    r"(?<=\d),(?=\d{3}(?![\d.]))",
    r"(?P<year>20\d\d)\s*年(?:底|末)?|[到至](?P<later>\d{4})",
]
TEXTS = [
    "截至目前，全县已建成卫生院12个，比较目前水平提高；十二五期间至今 3 年来",
    "1,000张床位，2,50元；第 3 页 \n 2.5万人\n12.3%；到2025年底，至20301",
    "",
    "“十一五”期间，较当前上升，二〇二〇年",
]


@pytest.mark.parametrize("pattern", LEADING)
def test_same_matches_as_the_plain_pattern(pattern: str) -> None:
    plain, led = re.compile(pattern, re.MULTILINE), scanning(pattern, re.MULTILINE)
    assert led.pattern != plain.pattern  # led by a lookahead: these patterns can use one
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
        assert led.sub("#", text) == plain.sub("#", text)
        assert led.split(text) == plain.split(text)
        assert led.groupindex == plain.groupindex


def test_first_characters_of_each_way() -> None:
    assert first_characters(r"(?<![比较])(?:目前|当前)|截至|\d+年来") == r"[目当截\d]"
    # a way that may be empty lets the next part begin the match
    assert first_characters(r"(?:到|至)?20\d\d年") == "[到至2]"
    assert first_characters(r"\s*[|│]\s*") == r"[\s\|│]"


@pytest.mark.parametrize(
    "pattern",
    [
        "十三五期间",  # a literal: the engine skips ahead to it by itself
        "[，,]之后",  # a class, likewise
        "甲|乙|丙",  # an alternation of literals, likewise
        r"[^，,]{2,10}负责",  # begins with any character but two
        r"(?:目前)?",  # may match nothing
        r".现在",
        r"(?i:ab)c",
    ],
)
def test_left_as_it_is_where_no_lookahead_helps(pattern: str) -> None:
    assert first_characters(pattern) is None
    assert scanning(pattern).pattern == pattern


def test_case_insensitive_patterns_left_as_they_are() -> None:
    assert first_characters(r"(?<!x)ab", re.IGNORECASE) is None
    assert scanning(r"(?<!x)ab", re.IGNORECASE).flags & re.IGNORECASE
