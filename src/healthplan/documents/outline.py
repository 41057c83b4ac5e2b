"""The section tree of a plan, from the numbering Chinese plans use.

Ranks, outermost first (the order of GB/T 9704 and of most plans), are the section kinds of
the table of numbering styles (:mod:`healthplan.documents.numbering`): ``第一章`` → ``第一节`` /
``第一部分`` → ``一、`` → ``（一）`` → ``1.`` / ``1、`` / ``26、`` → ``（1）`` / ``⑴`` → ``①`` →
``一是…二是…``. A heading closes every open section of the same or a deeper rank, so a
fragment that starts at ``（九）`` and later reaches ``七、`` still puts ``七、`` at the top.
A line is a heading when it starts with a marker; its heading text runs to the end of its first
sentence. ``一是…二是…三是…`` inside a paragraph become enumeration children of the section the
paragraph is in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter

from healthplan.documents.layout import Line
from healthplan.documents.model import Section, SectionKind
from healthplan.documents.numbering import RANK, STYLE, kind_patterns, number_value

_MARKERS = kind_patterns()
_INLINE_ENUM = re.compile(rf"(?:^|(?<=[，。；：,;:\s])){STYLE['enumeration'].pattern}")
_HEAD_END = re.compile(r"[。；！？;!?]")

_SECTIONS = TypeAdapter(list[Section])
SpanMap = Callable[[int, int], tuple[int, int]]


@dataclass
class _Node:
    kind: SectionKind
    number: str
    start: int
    heading_end: int
    end: int = 0
    children: list[_Node] = field(default_factory=list)


def marker(text: str) -> tuple[SectionKind, str] | None:
    for kind, pattern in _MARKERS:
        match = pattern.match(text)
        if match:
            return kind, match.group()
    return None


def _heading_end(text: str, line: Line, body: int) -> int:
    """End (normalised offset) of the heading: its first sentence, or the line."""
    match = _HEAD_END.search(line.text, body - line.start)
    stop = line.start + match.end() if match else line.end
    while stop > line.start and text[stop - 1].isspace():
        stop -= 1
    return stop


def _enumerations(text: str, line: Line, skip: int) -> list[_Node]:
    """``一是…二是…`` inside one line, numbered 1, 2, … from the start; at least two."""
    found: list[re.Match[str]] = []
    for match in _INLINE_ENUM.finditer(line.text, skip):
        if number_value(match.group()) == len(found) + 1:
            found.append(match)
    if len(found) < 2:
        return []
    nodes = []
    stops = [m.start() for m in found[1:]] + [len(line.text.rstrip())]
    for match, stop in zip(found, stops, strict=True):
        begin = line.start + match.start()
        end = line.start + stop
        while end > begin and text[end - 1] in " \t\u3000":
            end -= 1
        clause = _HEAD_END.search(line.text, match.end()) or re.compile("[，,]").search(
            line.text, match.end()
        )
        head = line.start + clause.end() if clause and line.start + clause.end() < end else end
        nodes.append(_Node(SectionKind.enumeration, match.group(), begin, head, end))
    return nodes


def _last_content_end(lines: list[Line], before: int) -> int:
    for i in range(before - 1, -1, -1):
        if not lines[i].blank:
            return lines[i].start + len(lines[i].text.rstrip())
    return lines[0].start if lines else 0


def outline(text: str, lines: list[Line], span: SpanMap) -> list[Section]:
    """Sections of a document whose normalised text is ``text``; ``span`` maps a normalised
    range to the original."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for index, line in enumerate(lines):
        stripped = line.text.lstrip()
        if not stripped:
            continue
        start = line.start + len(line.text) - len(stripped)
        found = marker(stripped)
        inline_from = 0
        if found and found[0] is SectionKind.enumeration and _enumerations(text, line, 0):
            # 一是…二是… in one paragraph: enumerations inside it, not a heading
            found = None
        if found:
            kind, number = found
            while stack and RANK[stack[-1].kind] >= RANK[kind]:
                stack.pop().end = _last_content_end(lines, index)
            body = start + len(number)
            node = _Node(kind, number, start, _heading_end(text, line, body))
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
            inline_from = len(line.text) - len(stripped) + len(number)
        enums = _enumerations(text, line, inline_from) if "是" in line.text else []
        if enums:
            parent = stack[-1].children if stack else roots
            parent.extend(enums)
    while stack:
        stack.pop().end = _last_content_end(lines, len(lines))
    return _SECTIONS.validate_python([_section(text, node, 1, span) for node in roots])


def _section(text: str, node: _Node, level: int, span: SpanMap) -> dict[str, Any]:
    start, end = span(node.start, node.end)
    return {
        "start": start,
        "end": end,
        "heading": text[node.start : node.heading_end],
        "number": node.number,
        "ordinal": number_value(node.number),
        "kind": node.kind,
        "level": level,
        "text": text[node.start : node.end],
        "children": [_section(text, child, level + 1, span) for child in node.children],
    }
