"""Walking a document's normalised text: paragraphs, sentences, clauses, the section path
of a position, the years a sentence names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from healthplan.documents import Document, Section

__all__ = ["Piece", "SectionIndex", "clauses", "sentences"]

_SENTENCE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]*")
_OPEN, _CLOSE = "(（《“「【", ")）》”」】"


@dataclass
class Piece:
    """``text[start:end]`` of the document's normalised text."""

    start: int
    end: int
    text: str


def sentences(text: str) -> Iterator[Piece]:
    """Sentences: split at 。；！？ and line breaks."""
    for match in _SENTENCE.finditer(text):
        piece = match.group()
        stripped = piece.strip()
        if stripped:
            begin = match.start() + len(piece) - len(piece.lstrip())
            yield Piece(begin, begin + len(stripped), stripped)


def clauses(sentence: Piece) -> list[Piece]:
    """Clauses: split at ，,：: outside brackets and quotes; the stop itself is dropped."""
    out: list[Piece] = []
    depth, begin = 0, 0
    text = sentence.text
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "，,：:。；;！？!?":
            if i > begin:
                out.append(Piece(sentence.start + begin, sentence.start + i, text[begin:i]))
            begin = i + 1
    if begin < len(text):
        out.append(Piece(sentence.start + begin, sentence.start + len(text), text[begin:]))
    return out


class SectionIndex:
    """Which headings enclose an original offset, outermost first."""

    def __init__(self, document: Document) -> None:
        self._roots = document.sections

    def path(self, original_offset: int) -> list[str]:
        found: list[str] = []
        level: list[Section] = self._roots
        while True:
            inside = [s for s in level if s.start <= original_offset < max(s.end, s.start + 1)]
            if not inside:
                return found
            section = inside[-1]
            found.append(section.heading)
            level = section.children
