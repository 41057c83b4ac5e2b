"""The table of numbering styles: each style reads its own numbers and their values, and the
outline's ranks follow the table's order."""

from __future__ import annotations

import re

import pytest

from healthplan.documents.model import SectionKind
from healthplan.documents.numbering import RANK, STYLE, STYLES, first_of, number_value
from healthplan.documents.outline import marker

# (style, numbers written in it with their values, text that is no number of it)
CASES = [
    ("chapter", {"第一章": 1, "第十二章": 12, "第3章": 3, "第十壹章": 11}, ["第一节"]),
    ("part", {"第二节": 2, "第三部分": 3, "第一篇": 1}, ["第二章"]),
    ("article", {"第十条": 10, "第一百零五条": 105, "第12条": 12}, ["第十款"]),
    ("cn_item", {"一、": 1, "二十三、": 23, "四．": 4}, ["两、", "1、"]),
    ("cn_paren", {"（一）": 1, "(十一)": 11, "(壹)": 1}, ["（1）", "（两）"]),
    ("num_item", {"1.": 1, "26、": 26, "3．": 3}, ["1.5", "3．2"]),
    ("num_paren", {"（1）": 1, "(12)": 12}, ["（一）"]),
    ("parenthesised", {"⑴": 1, "⒇": 20}, ["①"]),
    ("circled", {"①": 1, "⑳": 20}, ["⑴"]),
    ("letter", {"(a)": 1, "(c)": 3, "（h）": 8}, ["(i)", "(v)", "(A)"]),
    ("roman", {"(i)": 1, "(iv)": 4, "（ix）": 9, "(xiv)": 14}, ["(iiii)", "()", "(a)"]),
    ("enumeration", {"一是加": 1, "十是加": 10}, ["一是 "]),
    ("ordinal", {"第一，": 1, "第三、": 3}, ["第一章"]),
    ("num_half", {"1）": 1, "2)": 2}, ["（1）"]),
    ("bare", {"1推": 1, "12推": 12}, ["3个", "5月"]),
]


@pytest.mark.parametrize(("name", "numbers", "others"), CASES)
def test_style_reads_its_numbers(name: str, numbers: dict[str, int | None], others: list[str]):
    pattern = re.compile(STYLE[name].pattern)
    for written, value in numbers.items():
        match = pattern.match(written)
        assert match is not None, written
        assert number_value(match.group()) == value
    for text in others:
        assert pattern.match(text) is None, text


def test_every_style_has_a_case():
    assert {name for name, *_ in CASES} == {style.name for style in STYLES}


def test_first_numbers():
    first = re.compile(first_of("num_item", "cn_paren", "circled"))
    assert all(first.fullmatch(t) for t in ("1.", "（一）", "①"))
    assert not any(first.fullmatch(t) for t in ("2.", "（二）", "②"))


def test_outline_ranks_follow_the_table():
    assert sorted(RANK, key=RANK.get) == [
        SectionKind.chapter,
        SectionKind.part,
        SectionKind.cn_item,
        SectionKind.cn_paren,
        SectionKind.num_item,
        SectionKind.num_paren,
        SectionKind.circled,
        SectionKind.enumeration,
    ]
    assert marker("⑵加强…") == (SectionKind.num_paren, "⑵")
    assert marker("（三）加强…") == (SectionKind.cn_paren, "（三）")
